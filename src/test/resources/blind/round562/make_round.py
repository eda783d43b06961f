#!/usr/bin/python3
"""Blind round r562 - Karlshamns kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
all directly in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round562"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningsförvaltning"),
    ("Barn- och ungdomsnämnden", "BUN|Barn- och ungdomsförvaltningen|BUF"),
    ("Utbildningsnämnden", "UN|Utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggnadsförvaltningen"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Karlshamnsbostäder AB", "KBAB|Karlshamnsbostäder|Karlshamnsbostäder Aktiebolag"),
    ("Räddningstjänsten Västra Blekinge", "RVB|Räddningstjänstförbundet Västra Blekinge"),
]


# ---------------------------------------------------------------------------
# 1. Plain Excel list - Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN uppföljning internkontroll helår 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "2 ggr/år",
         "Genomförd", "Stickprov 25 fakturor (april och oktober). Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kassahantering och dagsavstämning i simhallens reception", "Enhetschef bad", "2 ggr/år",
         "Genomförd", "Kassaavstämning vid två oanmälda tillfällen. Differens på 140 kr vid ett tillfälle, "
         "rutinen för dagsavstämning har förtydligats.", "GENOMFORD", "ja"),
        (3, "Föreningsbidrag", "Utbetalda föreningsbidrag följer kommunens bidragsregler", "Föreningskonsulent",
         "1 gång/år", "Genomförd", "10 ansökningar om aktivitetsstöd granskade mot närvarolistor. Inga avvikelser.",
         "GENOMFORD", "nej"),
        (4, "Bibliotek", "Gallring av personuppgifter i bibliotekssystemet enligt informationshanteringsplanen",
         "Bibliotekschef", "1 gång/år", "Delvis genomförd",
         "Genomgång påbörjad i november, slutförs under första kvartalet 2026.", "DELVIS", ""),
        (5, "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Controller", "1 gång/år",
         "Ej genomförd", "Hann inte genomföras på grund av vakans på ekonomfunktionen. Flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        (6, "Personal", "Utdrag ur belastningsregistret har visats före anställning inom fritidsgårdarna",
         "Fritidschef", "Löpande", "Genomförd",
         "Samtliga 14 nyanställningar kontrollerade. I ett fall hade utdraget visats först efter tillträdet.",
         "GENOMFORD", "ja"),
        (7, "Lokaler", "Systematiskt brandskyddsarbete i Kulturhuset och på Väggaparken", "Fastighetssamordnare",
         "Kvartalsvis", "Genomförd", "Egenkontroller genomförda enligt schema, protokoll finns.", "GENOMFORD", "nej"),
        (8, "Evenemang", "Tillstånd och avtal finns vid större evenemang på offentlig plats", "Evenemangssamordnare",
         "Löpande", "Utgår", "Utgår enligt beslut i KFN 2025-05-14 § 41.", "UTGAR", ""),
        (9, "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "2 ggr/år",
         "Genomförd", "Samtliga delegationsbeslut har anmälts. Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: helår 2025 (januari–december)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Status", "Kommentar"]
    thin = Side(style="thin", color="808080")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Anna Lindqvist, controller, 2026-01-20")
    for col, w in zip("ABCDEFG", [5, 18, 55, 22, 12, 16, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Word table, process in first column (merged), rows numbered 1.1, 1.2 - Omsorgsnämnden
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def make_on():
    fil = "Omsorgsnämnden - Uppföljning intern kontrollplan 2025 helår.docx"
    namnd = "Omsorgsnämnden"
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 2 ggr/år", "Controller",
             "Genomförd", "Stickprov 30 fakturor (maj och november). Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Hantering av brukares privata medel på särskilda boenden", "Stickprov, kvittenser",
             "Enhetschefer SÄBO", "Genomförd med avvikelse",
             "På två av sju boenden saknades kvittens vid kontantuttag. Rutinen har gåtts igenom med "
             "enhetscheferna.", "GENOMFORD", "ja"),
            ("1.3", "Debitering av omsorgsavgifter enligt avgiftsbeslut", "Avstämning avgiftsbeslut mot faktura",
             "Avgiftshandläggare", "Delvis genomförd",
             "Kontroll genomförd för hemtjänst. Särskilt boende återstår och görs i februari 2026.",
             "DELVIS", ""),
        ]),
        ("2. Vård och omsorg", [
            ("2.1", "Genomförandeplan upprättas inom 14 dagar efter verkställt beslut",
             "Aktgranskning 40 akter", "Verksamhetsutvecklare", "Genomförd",
             "31 av 40 akter hade genomförandeplan inom tidsgränsen.\nÅtgärdsplan beslutad i ledningsgruppen.",
             "GENOMFORD", "ja"),
            ("2.2", "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
             "Genomgång av samtliga rapporter", "Kvalitetsstrateg", "",
             "Kontrollen är genomförd. Samtliga 12 rapporter under året har utretts och anmälts till IVO där "
             "så krävdes. Inga brister i handläggningen.", "GENOMFORD", "nej"),
            ("2.3", "Signeringslistor för läkemedel är fullständigt ifyllda", "Stickprov per enhet", "MAS",
             "Ej genomförd", "Ej genomförd under 2025 då MAS-tjänsten varit vakant sedan augusti. "
             "Planeras till tertial 1 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("3. Personal", [
            ("3.1", "Utdrag ur belastningsregistret vid anställning inom LSS-verksamheten",
             "Kontroll av samtliga nyanställningar", "HR-konsult", "Genomförd",
             "Samtliga 22 anställningar kontrollerade, utdrag fanns i alla fall.", "GENOMFORD", "nej"),
            ("3.2", "Attest av tidrapporter för timavlönade", "Stickprov 2 månader", "Enhetschefer",
             "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("4. Informationssäkerhet", [
            ("4.1", "Behörigheter i verksamhetssystemet Treserva följs upp", "Behörighetslista mot personallista",
             "Systemförvaltare", "Utgår", "Ersatt av kommungemensam kontroll inom kommunstyrelsens plan.",
             "UTGAR", ""),
            ("4.2", "Loggkontroll av åtkomst till social dokumentation", "Slumpvis loggutdrag",
             "Systemförvaltare", "", "Se bilaga 3.", "OKLAR", ""),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Karlshamns kommun\tOmsorgsförvaltningen\tDnr ON 2025/112"
    h = d.add_heading("Uppföljning av intern kontrollplan 2025", level=1)
    d.add_paragraph("Omsorgsnämnden – helårsuppföljning")
    d.add_paragraph(
        "Omsorgsnämnden antog internkontrollplanen för 2025 den 26 februari 2025. Planen omfattar tio "
        "kontrollmoment inom fyra processer. Nedan redovisas resultatet för helåret. Kontroller som inte "
        "genomförts eller där brister har upptäckts förs vid behov över till internkontrollplanen för 2026.")
    hdr = ["Process", "Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status helår", "Kommentar"]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for i, hh in enumerate(hdr):
        set_cell(t.cell(0, i), hh, bold=True)
    r = 1
    for proc, items in groups:
        start = r
        for (nr, km, metod, ansv, status, komm, st, avv) in items:
            set_cell(t.cell(r, 1), nr)
            set_cell(t.cell(r, 2), km)
            set_cell(t.cell(r, 3), metod)
            set_cell(t.cell(r, 4), ansv)
            set_cell(t.cell(r, 5), status)
            set_cell(t.cell(r, 6), komm)
            exp(fil, namnd, km, st, avv)
            r += 1
        merged = t.cell(start, 0).merge(t.cell(r - 1, 0))
        set_cell(merged, proc, bold=True)
    widths = [Cm(3.2), Cm(1.1), Cm(6.0), Cm(3.6), Cm(3.0), Cm(2.6), Cm(6.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 3: Loggkontroll 2025 (lämnas separat, innehåller uppgifter som omfattas av sekretess).")
    d.add_paragraph("Karlshamn 2026-01-22")
    d.add_paragraph("Maria Ek\nFörvaltningschef, Omsorgsförvaltningen")
    d.core_properties.author = "Omsorgsförvaltningen"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. ODS with traffic-light words and fills - Barn- och ungdomsnämnden
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_bun():
    fil = "BUN IK-uppföljning 2025.ods"
    namnd = "Barn- och ungdomsnämnden"
    FILL = {"Grön": "00B050", "Gul": "FFFF00", "Röd": "FF0000", "Grå": "BFBFBF"}
    # (process, risk, kontrollmoment, riskvärde, ansvarig, T1, T2, Helår, kommentar, status, avv)
    # each period value: None, or (word, fillname)
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", 9,
         "Controller", None, ("Grön", "Grön"), ("Grön", "Grön"),
         "Stickprov 2 ggr/år. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Återbetalningskrav från Skolverket",
         "Statsbidrag söks och återredovisas inom fastställd tid", 12, "Ekonom statsbidrag",
         None, ("Gul", "Gul"), ("Grön", "Grön"),
         "Samtliga återredovisningar inlämnade före 2025-12-31.", "GENOMFORD", "nej"),
        ("Förskola", "Barn får inte plats inom fyra månader",
         "Köhantering och placering i förskola sker enligt antagna regler", 8, "Placeringsansvarig",
         None, None, ("Röd", "Röd"),
         "Ej genomförd, nytt placeringssystem infördes i oktober. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Trygghet och studiero", "Kränkningar utreds inte",
         "Anmälan om kränkande behandling lämnas till huvudmannen inom fem arbetsdagar", 16,
         "Rektorer / utvecklingsstrateg", ("Gul", "Gul"), ("Gul", "Gul"), ("Gul", "Gul"),
         "42 av 51 anmälningar inkom inom fem dagar. Uppföljning av utredningarnas kvalitet återstår.",
         "DELVIS", "ja"),
        ("Grundskola", "Elever med hög frånvaro uppmärksammas inte",
         "Skolpliktsbevakning – frånvaro anmäls till rektor och huvudman enligt rutin", 12, "Rektorer",
         None, ("Gul", "Gul"), ("", "Grön"),
         "Rutinen följs på samtliga F–9-enheter.", "GENOMFORD", "nej"),
        ("Personal", "Olämplig person anställs",
         "Utdrag ur belastningsregistret kontrolleras före anställning", 12, "HR-konsult",
         None, ("Grön", "Grön"), None,
         "Kontroll gjord i augusti inför läsårsstart, 35 anställningar.", "GENOMFORD", "nej"),
        ("Skolskjuts", "Felaktig fakturering",
         "Fakturerade skolskjutsresor stäms av mot beställda resor", 6, "Skolskjutshandläggare",
         None, None, ("Utgår", "Grå"),
         "Kontrollen överförd till kommunstyrelsens plan (tekniska avdelningen).", "UTGAR", ""),
        ("Barns säkerhet", "Orosanmälan görs inte",
         "Orosanmälningar till socialtjänsten görs utan dröjsmål", 16, "Elevhälsochef",
         None, None, ("Röd", "Röd"),
         "Planerad enkät till rektorerna har inte genomförts.", "EJ_GENOMFORD", ""),
        ("Inventarier", "Stöld och förlust av elevdatorer",
         "Inventering av elevdatorer och surfplattor mot inventarieförteckning", 9, "IT-samordnare",
         None, ("Gul", "Gul"), ("Gul", "Gul"),
         "Inventering klar på 9 av 14 skolor.", "DELVIS", ""),
        ("Nämndadministration", "Beslut fattas utan delegation",
         "Delegationsbeslut anmäls till nämnden", 6, "Nämndsekreterare",
         None, None, ("Grön", "Röd"), "", "OKLAR", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och ungdomsförvaltningen"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppdaterad 2026-01-16 inför nämndens sammanträde i februari"
    hdr = ["Process", "Risk", "Kontrollmoment", "Riskvärde", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]
    thin = Side(style="thin", color="000000")
    bd = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws.merge_cells("F4:H4")
    ws["F4"] = "Status 2025"
    ws["F4"].alignment = Alignment(horizontal="center")
    ws["F4"].font = Font(bold=True)
    for c, hh in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=hh)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = bd
    r = 6
    for row in rows:
        proc, risk, km, rv, ansv, t1, t2, hel, komm, st, avv = row
        vals = [proc, risk, km, rv, ansv]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = bd
        for c, pv in zip((6, 7, 8), (t1, t2, hel)):
            cell = ws.cell(row=r, column=c)
            cell.border = bd
            cell.alignment = Alignment(horizontal="center", vertical="top")
            if pv:
                word, fill = pv
                if word:
                    cell.value = word
                cell.fill = PatternFill("solid", fgColor=FILL[fill])
        cell = ws.cell(row=r, column=9, value=komm if komm else None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = bd
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True)
    legend = [("Grön", "Kontrollen genomförd utan avvikelse"),
              ("Gul", "Kontrollen pågår / delvis genomförd, eller avvikelser som åtgärdas"),
              ("Röd", "Kontrollen ej genomförd"),
              ("Grå", "Utgår / ej aktuell")]
    for word, text in legend:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = PatternFill("solid", fgColor=FILL[word])
        ws.cell(row=r, column=2, value=text)
    for col, w in zip("ABCDEFGHI", [18, 26, 48, 10, 20, 9, 9, 9, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Barn- och ungdomsnämnden – intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    tmp = tempfile.mkdtemp(prefix="r562-")
    src = os.path.join(tmp, "BUN IK-uppföljning 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "BUN IK-uppföljning 2025.ods"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. System export CSV, several nämnder, column Uppföljningsperiod
# ---------------------------------------------------------------------------
def make_export():
    fil = "Stratsys_export_internkontroll_2026-01-19.csv"
    T1, T2, HEL = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    # enhet, process, kontrollmoment, ansvarig, [(period, status, avvikelse, kommentar, datum)], exp status, exp avv
    data = [
        ("Kommunstyrelsen", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         [(T1, "Genomförd", "Nej", "Stickprov 20 fakturor.", "2025-05-06"),
          (T2, "Genomförd", "Nej", "Stickprov 20 fakturor.", "2025-09-12"),
          (HEL, "Genomförd", "Nej", "Stickprov 20 fakturor. Inga avvikelser under året.", "2026-01-14")],
         "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Upphandlingschef",
         [(T2, "Pågående", "", "Granskning påbörjad.", "2025-09-15"),
          (HEL, "Genomförd", "Ja", "20 direktupphandlingar granskade.\n3 saknade dokumentation av "
           "konkurrensutsättning. Utbildning för beställare genomförs våren 2026.", "2026-01-15")],
         "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "Lön", "Felaktiga löneutbetalningar och återkrav följs upp", "Lönechef",
         [(T2, "Ej påbörjad", "", "", "2025-09-10"),
          (HEL, "Pågående", "", "Analys av återkrav jan–okt klar, november–december återstår.", "2026-01-13")],
         "DELVIS", ""),
        ("Kommunstyrelsen", "Informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet", "IT-säkerhetssamordnare",
         [(T1, "Ej påbörjad", "", "", "2025-05-02"),
          (T2, "Pågående", "", "Behörighetslistor beställda från leverantören.", "2025-09-18"),
          (HEL, "Ej genomförd", "", "Skjuts till 2026 på grund av byte av ekonomisystem.", "2026-01-16")],
         "EJ_GENOMFORD", ""),
        ("Kommunstyrelsen", "Ekonomi", "Representation och gåvor följer kommunens riktlinjer", "Controller KLF",
         [(T1, "Genomförd", "Nej", "Samtliga representationsfakturor jan–mars granskade. Årlig kontroll.",
           "2025-05-06")],
         "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Nämndadministration", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         [(HEL, "", "", "", "2026-01-19")],
         "SAKNAS", ""),
        ("Utbildningsnämnden", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller UF",
         [(HEL, "Genomförd", "Nej", "Inga avvikelser.", "2026-01-12")],
         "GENOMFORD", "nej"),
        ("Utbildningsnämnden", "Betyg", "Betygskataloger signeras och arkiveras enligt rutin", "Rektorer gymnasiet",
         [(HEL, "Genomförd", "Ja", "Två betygskataloger saknade rektors signatur, kompletterat i december.",
           "2026-01-12")],
         "GENOMFORD", "ja"),
        ("Utbildningsnämnden", "Ekonomi", "Interkommunal ersättning faktureras och betalas enligt avtal",
         "Ekonom UF",
         [(T2, "Pågående", "", "", "2025-09-20"),
          (HEL, "Pågående", "", "Avstämning mot elevregistret pågår för höstterminen.", "2026-01-14")],
         "DELVIS", ""),
        ("Utbildningsnämnden", "Studiestöd", "Utbetalning av inackorderingstillägg sker enligt beslut",
         "Administratör elevstöd",
         [(HEL, "Avbruten", "", "Avbruten genom beslut i UN 2025-09-17 § 62.", "2025-09-22")],
         "UTGAR", ""),
        ("Utbildningsnämnden", "Vuxenutbildning", "Busskort till vuxenstuderande lämnas ut enligt riktlinjen",
         "Rektor Komvux",
         [(T1, "Pågående", "", "", "2025-05-08"),
          (HEL, "Genomförd", "Nej", "Kontrollerat mot antagningsbesked, inga avvikelser.", "2026-01-09")],
         "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Bygglov", "Beslut om bygglov fattas inom lagstadgad handläggningstid",
         "Bygglovschef",
         [(T1, "Genomförd", "Ja", "5 av 96 ärenden överskred tiden.", "2025-05-05"),
          (T2, "Genomförd", "Ja", "4 av 101 ärenden överskred tiden.", "2025-09-11"),
          (HEL, "Genomförd", "Ja", "Totalt 12 av 298 ärenden (4 %) överskred handläggningstiden; "
           "avgiften har reducerats enligt PBL.", "2026-01-15")],
         "GENOMFORD", "ja"),
        ("Miljö- och byggnadsnämnden", "Miljötillsyn", "Debitering av tillsynsavgifter enligt gällande taxa",
         "Miljöchef",
         [(HEL, "Genomförd", "Nej", "Stickprov 30 fakturor mot taxebilaga.", "2026-01-15")],
         "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Miljötillsyn", "Jävsfrågor dokumenteras vid inspektioner",
         "Miljöchef",
         [(T1, "Ej påbörjad", "", "", "2025-05-05"),
          (T2, "Pågående", "", "Checklista framtagen.", "2025-09-11"),
          (HEL, "Pågående", "", "Checklistan används sedan oktober, genomgång av äldre ärenden återstår.",
           "2026-01-15")],
         "DELVIS", ""),
        ("Miljö- och byggnadsnämnden", "Administration", "Ärenden diarieförs och arkiveras enligt dokumenthanteringsplan",
         "Registrator",
         [(HEL, "Ej påbörjad", "", "Resursbrist under hösten.", "2026-01-15")],
         "EJ_GENOMFORD", ""),
        ("Miljö- och byggnadsnämnden", "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare",
         [(HEL, "Genomförd", "Nej", "", "2026-01-15")],
         "GENOMFORD", "nej"),
    ]
    hdr = ["Enhet", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Uppföljningsperiod", "Status",
           "Avvikelse", "Kommentar", "Senast uppdaterad", "Uppdaterad av"]
    who = {"Kommunstyrelsen": "Karlshamns kommun/Kommunstyrelsen",
           "Utbildningsnämnden": "Karlshamns kommun/Utbildningsnämnden",
           "Miljö- och byggnadsnämnden": "Karlshamns kommun/Miljö- och byggnadsnämnden"}
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for enhet, proc, km, ansv, periods, st, avv in data:
            for (per, status, av, komm, dat) in periods:
                w.writerow([who[enhet], "Internkontrollplan 2025", proc, km, ansv, per, status, av, komm,
                            dat, "stratsys.admin" if not status else ansv.split()[0].lower()])
            exp(fil, enhet, km, st, avv)
    for n in ("Kommunstyrelsen", "Utbildningsnämnden", "Miljö- och byggnadsnämnden"):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. XLS with "Utfört enligt plan?" Ja/Nej and "Avvikelse?" - Socialnämnden
# ---------------------------------------------------------------------------
def make_sn():
    fil = "SN Internkontroll 2025 helårsuppföljning.xls"
    namnd = "Socialnämnden"
    groups = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", "Utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare",
             "Stickprov 40 utbetalningar", "Enhetschef försörjningsstöd", "Ja", "Nej",
             "Samtliga utbetalningar hade beslut av behörig handläggare.", "GENOMFORD", "nej"),
            ("Bidragsbrott", "Kontroll mot andra myndigheter via SSBTEK görs före beslut",
             "Stickprov 40 akter", "Enhetschef försörjningsstöd", "Ja", "Ja",
             "I 3 av 40 ärenden saknades dokumenterad SSBTEK-kontroll. Påminnelse till handläggarna.",
             "GENOMFORD", "ja"),
        ]),
        ("Barn och unga", [
            ("Barn far illa", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Uttag ur Lifecare", "Enhetschef mottagning", "Nej", "Ja",
             "Kontrollen gjord för januari–juni: 78 % inom 14 dagar. Andra halvåret har inte granskats "
             "på grund av personalbrist.", "DELVIS", "ja"),
            ("Långa utredningstider", "Utredningar avslutas inom fyra månader",
             "Uttag ur Lifecare", "Enhetschef utredning", "Ja", "Nej",
             "Samtliga utredningar avslutade inom tidsgränsen eller med beslut om förlängning.",
             "GENOMFORD", "nej"),
            ("Kostnader för placeringar", "Avtal och fakturor för externa placeringar (HVB och konsulentstödda "
             "familjehem) stäms av", "Avstämning faktura mot avtal", "Controller SF", "Nej", "",
             "Ej genomförd. Kontrollen flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
            ("Felaktiga ersättningar", "Arvoden och omkostnadsersättningar till familjehem följer SKR:s "
             "rekommendationer", "Stickprov 15 uppdragstagare", "Enhetschef familjehem", "Ja", "Nej", "",
             "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Obehörig åtkomst", "Loggkontroll i verksamhetssystemet Lifecare", "Slumpvisa loggutdrag",
             "Systemförvaltare", "", "", "Se bilaga 2", "OKLAR", ""),
        ]),
        ("Personal", [
            ("Olämplig person anställs", "Utdrag ur belastningsregistret begärs vid anställning inom HVB och "
             "stödboende", "Kontroll av samtliga nyanställningar", "HR-konsult", "Ja", "Nej",
             "12 nyanställningar, samtliga med uppvisat utdrag.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi", [
            ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 2 ggr/år", "Controller SF", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("Beslut utan delegation", "Delegationsbeslut dokumenteras i verksamhetssystemet",
             "Stickprov", "Nämndsekreterare", "Ej aktuell", "",
             "Ersatt av digital anmälan av delegationsbeslut. Kontrollen utgår enligt beslut SN 2025-04-23 § 37.",
             "UTGAR", ""),
        ]),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cellf = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    procf = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                        "alignment: wrap on, vert top")
    ws.write(0, 0, "Socialnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning helår", bold)
    ws.write(2, 0, "Datum: 2026-01-26    Upprättad av: Johan Nilsson, controller socialförvaltningen")
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Utfört enligt plan?",
           "Avvikelse?", "Kommentar / åtgärd"]
    for c, hh in enumerate(hdr):
        ws.write(4, c, hh, head)
    r = 5
    for proc, items in groups:
        start = r
        for (risk, km, metod, ansv, utf, avvk, komm, st, avv) in items:
            for c, v in enumerate([risk, km, metod, ansv, utf, avvk, komm], 1):
                ws.write(r, c, v, cellf)
            exp(fil, namnd, km, st, avv)
            r += 1
        if r - 1 > start:
            ws.write_merge(start, r - 1, 0, 0, proc, procf)
        else:
            ws.write(start, 0, proc, procf)
    r += 1
    ws.write(r, 0, "Bilaga 2: Loggkontroll Lifecare 2025 (sekretess, redovisas muntligt vid sammanträdet).")
    ws.write(r + 2, 0, "Godkänd av förvaltningschef: Eva Persson  2026-01-27")
    for c, w in enumerate([20, 22, 48, 22, 22, 12, 11, 55]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Bolag's short Word report in prose - Karlshamnsbostäder AB
# ---------------------------------------------------------------------------
def make_kbab():
    fil = "Karlshamnsbostäder AB - Rapport intern kontroll 2025.docx"
    namnd = "Karlshamnsbostäder AB"
    items = [
        ("Kontroll av hyresdebitering mot gällande hyresavtal",
         "Kontrollen har genomförts i oktober genom stickprov av 50 hyresavtal. I ett fall debiterades fel hyra "
         "efter årets hyresförhandling. Felet är rättat och hyresgästen har kompenserats.", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov av 30 fakturor har gjorts vid två tillfällen under året. Kontrollen är genomförd utan "
         "anmärkning.", "GENOMFORD", "nej"),
        ("Uppföljning av hyresfordringar och avskrivning av kundfordringar",
         "Kontrollen är påbörjad men har inte slutförts under året. Återstående del genomförs i samband med "
         "bokslutsarbetet i februari 2026.", "DELVIS", ""),
        ("Upphandling av entreprenader följer lagen om offentlig upphandling",
         "Kontrollen har inte genomförts under 2025 på grund av vakans på tjänsten som inköpsansvarig och "
         "skjuts fram till 2026.", "EJ_GENOMFORD", ""),
        ("Nyckel- och passagehantering i låssystemet",
         "Genomgång av utlämnade nycklar och passerbrickor har gjorts för samtliga bostadsområden. Inga "
         "avvikelser noterades.", "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "KARLSHAMNSBOSTÄDER AB"
    p = d.add_paragraph()
    run = p.add_run("Rapport intern kontroll 2025")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Till styrelsen för Karlshamnsbostäder AB samt för kännedom till kommunstyrelsen, "
                    "Karlshamns kommun")
    d.add_paragraph(
        "Styrelsen fastställde bolagets plan för intern kontroll den 12 februari 2025. Planen omfattar fem "
        "kontrollpunkter som valts ut utifrån bolagets riskanalys. Nedan redovisas resultatet av kontrollerna "
        "för verksamhetsåret 2025.")
    for i, (km, text, s, a) in enumerate(items, 1):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(f"{i}. {km}")
        r.bold = True
        d.add_paragraph(text)
        exp(fil, namnd, km, s, a)
    d.add_paragraph(
        "Sammantaget bedömer ledningen att den interna kontrollen i bolaget i allt väsentligt är tillräcklig. "
        "De kontroller som inte slutförts förs över till planen för 2026.")
    d.add_paragraph("Karlshamn den 10 februari 2026")
    d.add_paragraph("Per Olsson\nVerkställande direktör")
    d.core_properties.author = "Karlshamnsbostäder AB"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Rejected: protokollsutdrag (no follow-up in it)
# ---------------------------------------------------------------------------
def make_reject():
    fil = "ON protokollsutdrag 2026-01-28 § 6 internkontroll 2025.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "KARLSHAMNS KOMMUN\tPROTOKOLLSUTDRAG\tSida 1(1)"
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Omsorgsnämnden"
    t.cell(0, 1).text = "Sammanträdesdatum\n2026-01-28"
    t.cell(1, 0).text = "Justerandes signatur"
    t.cell(1, 1).text = "Utdragsbestyrkande"
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("§ 6").bold = True
    p = d.add_paragraph()
    p.add_run("Uppföljning av internkontrollplan 2025").bold = True
    d.add_paragraph("Dnr ON 2025/112")
    p = d.add_paragraph()
    p.add_run("Ärendebeskrivning").bold = True
    d.add_paragraph(
        "Omsorgsförvaltningen har följt upp nämndens internkontrollplan för 2025. Av planens tio kontrollmoment "
        "har sex genomförts, ett genomförts delvis och ett inte genomförts. Ett kontrollmoment har utgått och "
        "resultatet av loggkontrollen redovisas i en separat bilaga som omfattas av sekretess. Kontroller som "
        "inte slutförts förs över till internkontrollplanen för 2026.")
    p = d.add_paragraph()
    p.add_run("Beslutsunderlag").bold = True
    d.add_paragraph("Tjänsteskrivelse 2026-01-12\nUppföljning av intern kontrollplan 2025, helår")
    p = d.add_paragraph()
    p.add_run("Omsorgsnämndens beslut").bold = True
    d.add_paragraph("Omsorgsnämnden beslutar att godkänna uppföljningen av internkontrollplan 2025 och "
                    "överlämna den till kommunstyrelsen.")
    d.add_paragraph("Expedieras till: Kommunstyrelsen, Ekonomiavdelningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    make_kfn()
    make_on()
    make_bun()
    make_export()
    make_sn()
    make_kbab()
    make_reject()
    write_csvs()


if __name__ == "__main__":
    main()
