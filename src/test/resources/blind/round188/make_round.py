#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r188 - Stenhamra kommun, T1 2026.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
into the folder of this script. Run: /usr/bin/python3 make_round.py
Intermediate files for LibreOffice conversions go to /tmp/r188_build.
"""
import csv
import datetime as dt
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r188_build"
LO_PROFILE = "file:///tmp/lo-round188"
FIXED = dt.datetime(2026, 5, 6, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_xlsx_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - easy xlsx, title rows, status as words
# ---------------------------------------------------------------------------
def f_ks():
    fil = "KS uppföljning internkontrollplan T1 2026.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        # nr, process, kontrollmoment, metod, frekvens, ansvarig, status, kommentar, exp_status, exp_avv
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertialvis", "Redovisningschef", "Genomförd",
         "Stickprov på 20 fakturor jan–apr. 2 fakturor saknade beslutsattest, har åtgärdats och attestanterna har påmints om rutinen.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av att representation följer kommunens riktlinjer för representation",
         "Stickprov 10 verifikationer", "Tertialvis", "Redovisningschef", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Upphandling", "Avtalstrohet vid inköp av varor och tjänster",
         "Spendanalys av inköp utan avtal", "Halvår", "Upphandlingschef", "Planeras till T2",
         "Spendanalysen görs efter halvårsskiftet.", "EJ_GENOMFORD", ""),
        (4, "Personal", "Kontroll av att löneutbetalningar baseras på korrekta underlag",
         "Stickprov 15 lönespecifikationer mot beslut", "Tertialvis", "HR-chef", "Pågående",
         "Stickprov påbörjat, 8 av 15 kontrollerade. Hittills inga fel.", "DELVIS", "nej"),
        (5, "Personal", "Bisysslor – inhämtning av uppgifter om bisysslor från samtliga chefer",
         "Enkät till chefer", "Årligen", "HR-chef", "Genomförs under hösten", "", "EJ_GENOMFORD", ""),
        (6, "IT och informationssäkerhet", "Behörighetskontroll i ekonomisystemet Raindance",
         "Behörighetslista mot aktuella anställningar", "Tertialvis", "IT-chef", "Genomförd med avvikelse",
         "Tre konton för avslutade anställningar var fortfarande aktiva. Kontona har spärrats 2026-04-22.",
         "GENOMFORD", "ja"),
        (7, "IT och informationssäkerhet", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Genomgång av incidentloggen", "Tertialvis", "Dataskyddssamordnare", "", "", "SAKNAS", ""),
        (8, "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Beslut i Ciceron mot anmälningslistor", "Tertialvis", "Kanslichef", "Genomförd",
         "Samtliga 46 beslut under perioden har anmälts.", "GENOMFORD", "nej"),
        (9, "Säkerhet", "Krisledningsplanen är uppdaterad och känd i krisledningsstaben",
         "Övning i krisledningsstaben", "Årligen", "Säkerhetssamordnare", "Utgår",
         "Ersätts av totalförsvarsövningen enligt KS beslut 2026-02-10 § 18.", "UTGAR", ""),
        (10, "Ekonomi", "Momsredovisning – kontroll av avdragen ingående moms",
         "Avstämning mot huvudbok", "Månadsvis", "Redovisningschef", "Delvis",
         "Januari och februari avstämda. Mars–april återstår på grund av bokslutsarbetet.", "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Uppföljning av internkontrollplan 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Tertial 1 (januari–april) 2026"
    ws["A4"] = "Rapporterad av: Karin Lundqvist, controller     Datum: 2026-05-06"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status T1", "Kommentar/resultat"]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    for i, r in enumerate(rows):
        for c, v in enumerate(r[:8], 1):
            cell = ws.cell(r0 + 1 + i, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, N, r[2], r[8], r[9])
    last = r0 + len(rows)
    ws.cell(last + 2, 1, "Sammanställning T1: 4 av 10 kontroller genomförda, 2 pågår, 2 planeras senare under året, 1 utgår.")
    ws.cell(last + 3, 1, "Rapporten behandlas av kommunstyrelsen 2026-05-26.")
    widths = [5, 22, 46, 32, 12, 20, 20, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    fix_xlsx_props(wb, "Karin Lundqvist")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2026", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, merged process cells, symbol legend below table
# ---------------------------------------------------------------------------
def f_bun():
    fil = "BUN_Uppföljning IKP T1 2026.docx"
    N = "Barn- och utbildningsnämnden"
    groups = [
        ("Ekonomi", [
            ("Kontroll av att inköp sker från avtalade leverantörer", "Stickprov 25 fakturor", "Ekonomichef", "!",
             "4 av 25 inköp gjordes utanför avtal (läromedel). Information till rektorerna i april.", "GENOMFORD", "ja"),
            ("Hantering av kontanta medel och handkassor på skolorna", "Inventering av handkassor", "Controller", "✔",
             "Samtliga 9 handkassor inventerade, stämmer mot kassabok.", "GENOMFORD", "nej"),
        ]),
        ("Myndighetsutövning och elevhälsa", [
            ("Anmälan om kränkande behandling till huvudman sker utan dröjsmål",
             "Genomgång av anmälningar i DF Respons", "Utvecklingsstrateg", "◐",
             "Genomgång av grundskolans anmälningar klar, förskolan återstår.", "DELVIS", ""),
            ("Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 10 beslut",
             "Skolskjutshandläggare", "○", "Genomförs i samband med läsårsplaneringen i juni.", "EJ_GENOMFORD", ""),
            ("Elever med hög frånvaro uppmärksammas och anmäls till rektor", "Uttag ur frånvarosystemet",
             "Elevhälsochef", "✔", "", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret har visats innan anställning i förskola och skola",
             "Stickprov 20 nyanställningar", "HR-specialist", "", "Se bilaga 1.", "OKLAR", ""),
            ("Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete", "Sammanställning per enhet",
             "HR-chef", "U", "Utgår ur planen enligt BUN beslut 2026-03-18 § 34, följs i stället upp i arbetsmiljöuppföljningen.",
             "UTGAR", ""),
        ]),
        ("Information och IT", [
            ("Behörigheter i lärplattformen Unikum tas bort när personal slutar",
             "Jämförelse mot avslutade anställningar", "IT-samordnare", "◐",
             "Kontroll genomförd för januari–februari.", "DELVIS", ""),
            ("Gallring av elevakter enligt dokumenthanteringsplanen", "Stickprov i elevarkivet", "Arkivarie", "", "",
             "SAKNAS", ""),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Stenhamra kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2026/112"
    p = d.add_paragraph()
    run = p.add_run("Barn- och utbildningsnämnden")
    run.bold = True
    run.font.size = Pt(12)
    d.add_heading("Uppföljning av internkontrollplan 2026 – tertial 1", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2026 den 10 december 2025. Planen omfattar nio kontrollmoment "
        "fördelade på fyra processer. Denna rapport avser perioden januari–april 2026. Flera kontroller är enligt "
        "planen schemalagda till senare under året och är därför inte påbörjade.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "Kommentar"]):
        t.rows[0].cells[c].text = h
        for r in t.rows[0].cells[c].paragraphs[0].runs:
            r.bold = True
    for proc, ctrls in groups:
        first = None
        for km, metod, ansv, sym, komm, st, avv in ctrls:
            row = t.add_row()
            cells = row.cells
            if first is None:
                first = cells[0]
                cells[0].text = proc
            cells[1].text = km
            cells[2].text = metod
            cells[3].text = ansv
            cells[4].text = sym
            cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cells[5].text = komm
            exp(fil, N, km, st, avv)
        if len(ctrls) > 1:
            last_row = t.rows[len(t.rows) - 1]
            first.merge(last_row.cells[0])
    widths = [Cm(3.5), Cm(7), Cm(4.5), Cm(3.5), Cm(1.2), Cm(8)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    lp = d.add_paragraph()
    lp.add_run("Teckenförklaring: ").bold = True
    lp.add_run("✔ = Kontrollen genomförd utan anmärkning   ! = Kontrollen genomförd, avvikelse noterad   "
               "◐ = Kontrollen påbörjad   ○ = Ej påbörjad, genomförs senare under året   "
               "U = Utgår efter beslut i nämnden")
    d.add_paragraph()
    d.add_paragraph("Stenhamra 2026-05-08")
    d.add_paragraph("Anna Berglund\nFörvaltningschef, barn- och utbildningsförvaltningen")
    fix_docx_props(d, "Anna Berglund")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2026", "T1"))


# ---------------------------------------------------------------------------
# 3. Stratsys CSV export - two nämnder, cp1252, multi-line fields
# ---------------------------------------------------------------------------
SN_CTRLS = [
    # process, risk, riskvärde, kontrollmoment, ansvarig, status, kommentar, exp_status, exp_avv
    ("Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd", 9,
     "Kontroll att utbetalning av ekonomiskt bistånd överensstämmer med beslut", "Enhetschef försörjningsstöd",
     "Genomförd", "Stickprov 30 ärenden. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Ekonomiskt bistånd", "Bidragsbrott upptäcks inte", 8,
     "Kontroll av att uppgifter från Försäkringskassan och CSN inhämtas vid nyansökan", "Enhetschef försörjningsstöd",
     "Genomförd med avvikelse",
     "I 3 av 20 ärenden saknades kontroll mot CSN.\nÅtgärd: påminnelse vid handläggarmöte 2026-04-14.",
     "GENOMFORD", "ja"),
    ("Barn och unga", "Förhandsbedömning av orosanmälan blir inte klar inom lagstadgad tid", 12,
     "Uppföljning av att förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef barn och unga",
     "Pågående",
     "Januari–februari sammanställda: 8 av 97 förhandsbedömningar tog längre tid än 14 dagar.\nMars–april tas fram i maj.",
     "DELVIS", "ja"),
    ("Barn och unga", "Placerade barn får inte lagstadgade besök", 9,
     "Kontroll att socialsekreterare besöker placerade barn enligt 6 kap. 7 b § SoL", "Enhetschef barn och unga",
     "Ej påbörjad", "Planeras till T2.", "EJ_GENOMFORD", ""),
    ("Informationssäkerhet", "Obehörig åtkomst till personakter", 8,
     "Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare", "Ej rapporterad", "", "SAKNAS", ""),
    ("Personal", "Brister i sekretess och dokumentation hos nyanställda", 6,
     "Kontroll av att ny personal fått introduktion i sekretess och dokumentation", "HR-partner",
     "Utgår", "Ingår i den nya introduktionsrutinen, beslut SN 2026-02-24 § 12.", "UTGAR", ""),
    ("Synpunkter och klagomål", "Synpunkter hanteras inte", 6,
     "Synpunkter och klagomål registreras och besvaras inom 10 arbetsdagar", "Kvalitetsutvecklare",
     "Pågående", "", "DELVIS", ""),
]
VON_CTRLS = [
    ("Avgifter", "Felaktiga avgifter inom hemtjänsten", 12,
     "Kontroll av att avgiftsbeslut för hemtjänst överensstämmer med beviljade och utförda timmar", "Avgiftshandläggare",
     "Genomförd med avvikelse", "Stickprov 25 beslut: 2 felaktiga debiteringar (för låg avgift). Rättat i april.",
     "GENOMFORD", "ja"),
    ("Läkemedelshantering", "Läkemedelsavvikelser på särskilt boende", 9,
     "Kontroll av signeringslistor för läkemedel på särskilda boenden", "MAS",
     "Genomförd", "Egenkontroll på Solgården och Ekbacken. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Hemtjänst", "Utförd tid motsvarar inte beviljad tid", 8,
     "Avstämning av planerad och utförd tid i TES", "Enhetschef hemtjänst",
     "Ej påbörjad", "Genomförs under hösten när det nya planeringssystemet är infört.", "EJ_GENOMFORD", ""),
    ("Bemanning", "Vikarier saknar introduktion", 8,
     "Kontroll av att timvikarier genomgått obligatorisk introduktion innan första arbetspass", "Bemanningsenheten",
     "Pågående", "Vårens nyanställda vikarier kontrollerade, inga avvikelser hittills.\nSommarvikarierna kontrolleras i maj–juni.",
     "DELVIS", "nej"),
    ("Lex Sarah", "Rapporter om missförhållanden utreds inte", 12,
     "Lex Sarah-rapporter utreds och dokumenteras enligt rutin", "Kvalitetsstrateg",
     "Genomförd", "", "GENOMFORD", ""),
    ("Informationssäkerhet", "Avslutade medarbetare har kvar behörighet", 9,
     "Behörighetskontroll i Lifecare – avslutade medarbetare", "Systemförvaltare",
     "Ej rapporterad", "", "SAKNAS", ""),
]


def f_stratsys():
    fil = "Stratsys_Internkontroll_export_20260505.csv"
    lines = []
    hdr = ["Organisation", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Period",
           "Status", "Kommentar", "Senast ändrad"]
    data = []
    dates = ["2026-04-28", "2026-04-29", "2026-04-30", "2026-05-04", "2026-01-12", "2026-03-02", "2026-04-30"]
    for i, r in enumerate(SN_CTRLS):
        data.append(["Stenhamra kommun/Socialnämnden", r[0], r[1], str(r[2]), r[3], r[4], "T1 2026", r[5], r[6], dates[i]])
        exp(fil, "Socialnämnden", r[3], r[7], r[8])
    for i, r in enumerate(VON_CTRLS):
        data.append(["Stenhamra kommun/Vård- och omsorgsnämnden", r[0], r[1], str(r[2]), r[3], r[4], "T1 2026",
                     r[5], r[6], dates[i]])
        exp(fil, "Vård- och omsorgsnämnden", r[3], r[7], r[8])
    import io
    buf = io.StringIO()
    buf.write("Rapport: Intern kontroll - uppföljning;Exporterad 2026-05-05 08:14;Användare: ekonomi\r\n")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    for row in data:
        w.writerow(row)
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", "Socialnämnden", "2026", "T1"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2026", "T1"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - xlsx, plan months + T1/T2/T3 fill-only traffic lights
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"


def f_kfn():
    fil = "KFN Internkontroll 2026 uppföljning.xlsx"
    N = "Kultur- och fritidsnämnden"
    groups = [
        ("1. Föreningsbidrag", [
            ("1.1", "Felaktigt utbetalda bidrag", "Kontroll av att föreningsbidrag betalas ut enligt gällande bidragsregler",
             "2x3=6", "Föreningskonsulent", [3], (GREEN, None),
             "T1: Samtliga 14 aktivitetsbidrag kontrollerade mot närvarorapporter.", "GENOMFORD", "nej"),
            ("1.2", "Bidrag till föreningar som inte uppfyller villkoren",
             "Kontroll av att föreningar som får bidrag har lämnat in årsmöteshandlingar", "3x2=6",
             "Föreningskonsulent", [4], (RED, None),
             "T1: 3 föreningar saknade revisionsberättelse, bidragen är vilande tills handlingarna kommit in.",
             "GENOMFORD", "ja"),
            ("1.3", "Bidrag till organisationer som inte respekterar demokratins idéer",
             "Uppföljning av att föreningar uppfyller demokrativillkoret", "2x4=8", "Kultur- och fritidschef",
             [9], (None, None), "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("2. Anläggningar och lokaler", [
            ("2.1", "Intäktsbortfall", "Kontroll av att bokningar i Interbook debiteras korrekt", "3x2=6",
             "Bokningsansvarig", [1, 5, 9], (YELLOW, None),
             "T1: Stickprov påbörjat, hittills 2 av 10 bokningar som inte debiterats.", "DELVIS", "ja"),
            ("2.2", "Brand i anläggning", "Brandskyddskontroll (SBA) i idrottshallar och simhall", "1x4=4",
             "Anläggningschef", [3, 6, 9, 12], (GREEN, "OK"), "", "GENOMFORD", "nej"),
            ("2.3", "Obehörigt tillträde", "Nyckel- och passerkortshantering i fritidsanläggningarna", "2x2=4",
             "Anläggningschef", [2], (GREY, None),
             "Utgår – ansvaret flyttades till tekniska förvaltningen 2026-01-01.", "UTGAR", ""),
        ]),
        ("3. Ekonomi och inköp", [
            ("3.1", "Stöld eller förlust av kontanter", "Kontanthantering i bibliotekens och simhallens kassor",
             "2x2=4", "Controller", [2, 6, 10], (GREEN, None), "T1: Kassainventering 2026-02-19 utan anmärkning.",
             "GENOMFORD", "nej"),
            ("3.2", "Jäv vid attest", "Attest av fakturor – kontroll av jäv och beloppsgränser", "2x3=6",
             "Controller", [4, 8, 12], (None, None), "", "SAKNAS", ""),
            ("3.3", "Otillåten direktupphandling", "Inköp under direktupphandlingsgränsen dokumenteras",
             "3x2=6", "Controller", [6], (None, None), "Planeras till T2", "EJ_GENOMFORD", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2026"
    ws["A1"] = "Kultur- och fritidsnämnden – Internkontrollplan 2026 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Planen antagen av KFN 2025-12-09 § 87. Uppföljning rapporteras per tertial."
    ws["A3"] = "Färgförklaring uppföljning:"
    ws["A3"].font = Font(bold=True)
    legend = [(GREEN, "Kontrollen genomförd, inga avvikelser"),
              (YELLOW, "Kontrollen påbörjad / delvis genomförd"),
              (RED, "Kontrollen genomförd, avvikelser konstaterade"),
              (GREY, "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.cell(4 + i, 2).fill = PatternFill("solid", fgColor=col)
        ws.cell(4 + i, 2).border = BOX
        ws.cell(4 + i, 3, txt)
    hr = 9  # header row 1
    ws.cell(hr, 6, "Planerad kontroll (månad)")
    ws.merge_cells(start_row=hr, start_column=6, end_row=hr, end_column=17)
    ws.cell(hr, 18, "Uppföljning 2026")
    ws.merge_cells(start_row=hr, start_column=18, end_row=hr, end_column=20)
    sub = ["Nr", "Risk", "Kontrollmoment", "Riskvärde (SxK)", "Ansvarig"] + \
          ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"] + ["T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(sub, 1):
        cell = ws.cell(hr + 1, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c in (6, 18):
        ws.cell(hr, c).font = Font(bold=True)
        ws.cell(hr, c).alignment = Alignment(horizontal="center")
    r = hr + 2
    for gname, ctrls in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=21)
        r += 1
        for nr, risk, km, rv, ansv, months, (t1fill, t1text), komm, st, avv in ctrls:
            vals = [nr, risk, km, rv, ansv]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v).alignment = WRAP
            for m in range(1, 13):
                cell = ws.cell(r, 5 + m, "x" if m in months else None)
                cell.alignment = Alignment(horizontal="center")
            t1 = ws.cell(r, 18, t1text)
            t1.alignment = Alignment(horizontal="center", vertical="center")
            if t1fill:
                t1.fill = PatternFill("solid", fgColor=t1fill)
            ws.cell(r, 21, komm if komm else None).alignment = WRAP
            for c in range(1, 22):
                ws.cell(r, c).border = BOX
            exp(fil, N, km, st, avv)
            r += 1
    ws.cell(r + 1, 1, "Uppföljningen T1 fastställd av förvaltningsledningen 2026-05-05. Ansvarig: Lena Holm, controller.")
    widths = {1: 5, 2: 26, 3: 48, 4: 10, 5: 20, 18: 7, 19: 7, 20: 7, 21: 55}
    for c in range(6, 18):
        ws.column_dimensions[get_column_letter(c)].width = 3.5
    for c, w in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A11"
    fix_xlsx_props(wb, "Lena Holm")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2026", "T1"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - xls (xlwt), nämnd only in print header + file name, X tick columns
# ---------------------------------------------------------------------------
def f_sbn():
    fil = "SBN_IK_uppf_T1_2026.xls"
    N = "Samhällsbyggnadsnämnden"
    rows = [
        # område, km, metod, ansvarig, G, D, E, avv(J/N), kommentar, exp_status, exp_avv
        ("Bygglov", "Handläggningstiden för bygglov håller sig inom PBL:s tio veckor", "Uttag ur Castor",
         "Bygglovschef", "X", "", "", "J", "4 av 61 ärenden över tio veckor, avgiften reducerad enligt PBL.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", "Stickprov 15 ärenden", "Bygglovschef",
         "X", "", "", "N", "", "GENOMFORD", "nej"),
        ("Bygglov", "Tillsyn av ovårdade tomter enligt tillsynsplanen", "Genomgång av tillsynsärenden",
         "Byggnadsinspektör", "", "", "X", "", "Ej påbörjad på grund av vakans.", "EJ_GENOMFORD", ""),
        ("Plan", "Planavtal upprättas innan planarbete påbörjas", "Genomgång av påbörjade detaljplaner",
         "Planchef", "", "X", "", "", "5 av 7 planer granskade.", "DELVIS", ""),
        ("Mark och exploatering", "Arrendeavgifter indexregleras och faktureras", "Avstämning mot arrendeförteckningen",
         "Mark- och exploateringsingenjör", "", "", "X", "",
         "Kontrollen görs i september i samband med faktureringen.", "EJ_GENOMFORD", ""),
        ("Lantmäteri", "Delegationsbeslut inom lantmäteriet anmäls till nämnden", "Jämförelse mot delegationslistor",
         "Kommunlantmätare", "X", "", "X", "N", "", "OKLAR", "nej"),
        ("GIS", "Behörigheter i GIS-systemet och Castor följs upp", "Behörighetslista mot personallista",
         "GIS-samordnare", "", "", "", "", "", "SAKNAS", ""),
        ("Trafik", "Beslut om parkeringstillstånd för rörelsehindrade fattas enligt delegation", "Stickprov 10 beslut",
         "Trafikhandläggare", "X", "", "", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Trafik", "Redovisning av felparkeringsavgifter från parkeringsbolaget stäms av", "Avstämning mot faktura",
         "Trafikingenjör", "", "", "", "", "Utgår, avtalet med parkeringsbolaget upphörde 2025-12-31.",
         "UTGAR", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    ws._Worksheet__header_str = "&LSamhällsbyggnadsnämnden&CUppföljning intern kontroll&RStenhamra kommun"  # xlwt setter breaks on non-ASCII
    ws._Worksheet__footer_str = "&LUtskrivet &D&RSida &P av &N"
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    ws.write(0, 0, "Uppföljning intern kontroll", title)
    ws.write(1, 0, "Tertial 1 2026", bold)
    ws.write(2, 0, "Markera med X i den kolumn som stämmer. Avvikelse anges J/N.")
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd",
           "Avvikelse (J/N)", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, head)
    for i, r in enumerate(rows):
        for c, v in enumerate(r[:9]):
            ws.write(5 + i, c, v, tick if c in (4, 5, 6, 7) else body)
        exp(fil, N, r[1], r[9], r[10])
    end = 5 + len(rows)
    ws.write(end + 1, 0, "Upprättad av: Per Nyström, verksamhetscontroller, 2026-05-04")
    for c, w in enumerate([20, 45, 30, 22, 10, 8, 12, 10, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2026", "T1"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - late helår 2025, docx text only
# ---------------------------------------------------------------------------
def f_tn():
    fil = "Tekniska nämnden uppföljning internkontroll helår 2025.docx"
    N = "Tekniska nämnden"
    blocks = [
        ("1. Ekonomiadministration", [
            ("1.1 Leverantörsfakturor",
             "Kontroll av att leverantörsfakturor attesteras av behörig attestant enligt attestförteckningen",
             [("Metod", "Stickprov 30 fakturor per halvår."),
              ("Resultat delår", "30 fakturor granskade, inga avvikelser."),
              ("Resultat helår", "30 fakturor granskade. En faktura hade attesterats av en ersättare som inte fanns "
                                 "med i attestförteckningen. Förteckningen har uppdaterats."),
              ("Status", "Genomförd med avvikelse")], "GENOMFORD", "ja"),
            ("1.2 Inventarier",
             "Inventering av kommunens fordon och maskiner mot anläggningsregistret",
             [("Metod", "Fysisk inventering."),
              ("Resultat helår", "Inventeringen genomfördes i december. Två maskiner som sålts 2024 fanns kvar i "
                                 "anläggningsregistret och har nu utrangerats.")], "GENOMFORD", "ja"),
        ]),
        ("2. Investeringar och entreprenader", [
            ("2.1 Slutbesiktning",
             "Kontroll av att entreprenader över 1 mnkr har slutbesiktigats innan slutbetalning",
             [("Metod", "Genomgång av samtliga avslutade entreprenader."),
              ("Resultat helår", "Samtliga sex entreprenader slutbesiktigades före slutbetalning."),
              ("Status", "Genomförd")], "GENOMFORD", "nej"),
            ("2.2 Städentreprenad",
             "Avtalsuppföljning av städentreprenaden i kommunens verksamhetslokaler",
             [("Metod", "Kvalitetsronder och avstämning mot avtal."),
              ("Resultat helår", "–")], "SAKNAS", ""),
        ]),
        ("3. Gata, park och fordon", [
            ("3.1 Körjournaler",
             "Uppföljning av körjournaler för kommunens fordonsflotta",
             [("Metod", "Stickprov 10 fordon."),
              ("Resultat delår", "Påbörjad."),
              ("Resultat helår", "Kontrollen kunde inte genomföras eftersom det nya körjournalssystemet inte "
                                 "hann införas. Kontrollen flyttas till internkontrollplanen 2026."),
              ("Status", "Ej genomförd")], "EJ_GENOMFORD", ""),
            ("3.2 Vinterväghållning",
             "Entreprenörens utryckningstider vid vinterväghållning följer avtalet",
             [("Metod", "Stickprov på utryckningar mot väderdata."),
              ("Resultat delår", "Stickprov januari–mars utan anmärkning."),
              ("Resultat helår", "Stickprovet för november–december kunde inte slutföras. Inga avvikelser i de "
                                 "delar som kontrollerats."),
              ("Status", "Delvis genomförd")], "DELVIS", "nej"),
            ("3.3 Lekplatser",
             "Kontroll av att årlig huvudbesiktning av lekplatser genomförs",
             [("Status", "Utgår"),
              ("Kommentar", "Ansvaret för lekplatserna överfördes till kultur- och fritidsnämnden 2025-07-01.")],
             "UTGAR", ""),
        ]),
        ("4. Vatten och avlopp", [
            ("4.1 Dricksvatten",
             "Egenkontroll av dricksvattenkvalitet enligt kontrollprogrammet",
             [("Metod", "Provtagning enligt kontrollprogram."),
              ("Resultat helår", "Se bilaga 3, provtagningsrapport 2025.")], "OKLAR", ""),
        ]),
    ]
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Stenhamra kommun – Tekniska förvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=0)
    p = d.add_paragraph()
    p.add_run("Tekniska nämnden").bold = True
    d.add_paragraph("Datum: 2026-02-18\nDiarienummer: TN 2025/233")
    d.add_paragraph(
        "Uppföljningen skulle ha redovisats till nämnden i januari men har försenats på grund av "
        "vakans på controllertjänsten. Rapporten avser hela år 2025 och redovisar resultatet för varje "
        "kontrollmoment i den internkontrollplan som nämnden antog 2024-12-12 § 98. För kontroller som "
        "även följdes upp i delårsrapporten redovisas båda resultaten.")
    for proc, ctrls in blocks:
        d.add_heading(proc, level=1)
        for sub, km, lines, st, avv in ctrls:
            d.add_heading(sub, level=2)
            p = d.add_paragraph()
            p.add_run("Kontrollmoment: ").bold = True
            p.add_run(km)
            for k, v in lines:
                p = d.add_paragraph()
                p.add_run(k + ": ").bold = True
                p.add_run(v)
            exp(fil, N, km, st, avv)
    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "Körjournalskontrollen och vinterväghållningen följs upp i 2026 års plan.")
    d.add_paragraph("Magnus Ek\nFörvaltningschef, tekniska förvaltningen")
    fix_docx_props(d, "Magnus Ek")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - easy .doc (docx converted), Ja/Nej column
# ---------------------------------------------------------------------------
def f_ofn():
    fil = "Överförmyndarnämnden IK T1 2026.doc"
    N = "Överförmyndarnämnden"
    rows = [
        ("Granskning av årsräkningar – stickprov av verifikationer", "Ja",
         "Stickprov 15 årsräkningar, en saknade verifikation för ett uttag. Komplettering har begärts.",
         "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har lämnat utdrag ur belastningsregistret innan förordnande", "Ja",
         "Samtliga 9 nya förordnanden kontrollerade, utan anmärkning.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Nej",
         "Planeras till T2 när granskningen av årsräkningarna är klar.", "EJ_GENOMFORD", ""),
        ("Kontroll av överförmyndarspärr på bankkonton för omyndiga", "Delvis",
         "10 av 20 konton kontrollerade.", "DELVIS", ""),
        ("Introduktionsutbildning för nya ställföreträdare genomförs", "",
         "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Handläggningstid för ansökan om uttag från spärrat konto är högst fyra veckor", "Ja", "",
         "GENOMFORD", ""),
    ]
    d = docx.Document()
    d.add_heading("Överförmyndarnämnden", level=1)
    d.add_paragraph("Uppföljning intern kontroll, tertial 1 2026 (januari–april)")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollmoment", "Genomförd (Ja/Nej)", "Kommentar"]):
        t.rows[0].cells[c].text = h
    for km, jn, komm, st, avv in rows:
        cells = t.add_row().cells
        cells[0].text = km
        cells[1].text = jn
        cells[2].text = komm
        exp(fil, N, km, st, avv)
    d.add_paragraph()
    d.add_paragraph("Sofia Dahl, handläggare, 2026-05-04")
    fix_docx_props(d, "Sofia Dahl")
    tmp = os.path.join(TMP, "Överförmyndarnämnden IK T1 2026.docx")
    d.save(tmp)
    soffice_convert(tmp, "doc", TMP)
    shutil.copy(os.path.join(TMP, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2026", "T1"))


# ---------------------------------------------------------------------------
# 8. Miljö- och hälsoskyddsnämnden - adopted plan 2026 only (.odt), no follow-up
# ---------------------------------------------------------------------------
def f_mhn_plan():
    fil = "Internkontrollplan 2026 Miljö- och hälsoskyddsnämnden.odt"
    rows = [
        ("Myndighetsutövning", "Tillsynsavgifter debiteras inte enligt taxa", "3", "3", "9",
         "Kontroll av att tillsynsavgifter debiteras enligt gällande taxa", "Stickprov 20 ärenden", "Miljöchef", "Delår"),
        ("Myndighetsutövning", "Långa handläggningstider", "3", "2", "6",
         "Handläggningstid för ansökan om enskilt avlopp", "Uttag ur Ecos", "Gruppledare miljö", "Helår"),
        ("Livsmedelskontroll", "Kontrollskulden ökar", "2", "4", "8",
         "Livsmedelskontroller genomförs enligt kontrollplanen", "Jämförelse utfall mot plan", "Gruppledare livsmedel",
         "Delår och helår"),
        ("Rättssäkerhet", "Jäv vid tillsyn", "1", "4", "4",
         "Kontroll av att handläggare som utför tillsyn inte är jäviga", "Genomgång av jävsdeklarationer",
         "Miljöchef", "Helår"),
        ("Ärendehantering", "Beslut anmäls inte", "2", "2", "4",
         "Delegationsbeslut anmäls till nämnden", "Stickprov", "Nämndsekreterare", "Delår"),
        ("Informationshantering", "Inspektionsrapporter diarieförs inte", "2", "3", "6",
         "Inspektionsrapporter diarieförs i Ecos inom en vecka", "Stickprov 15 inspektioner", "Administratör", "Helår"),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Internkontrollplan 2026", level=0)
    p = d.add_paragraph()
    p.add_run("Miljö- och hälsoskyddsnämnden").bold = True
    d.add_paragraph("Antagen av miljö- och hälsoskyddsnämnden 2026-01-27 § 5")
    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Internkontrollplanen bygger på nämndens risk- och väsentlighetsanalys hösten 2025. Riskerna har "
        "bedömts utifrån sannolikhet (S) och konsekvens (K) på en skala 1–4. Risker med riskvärde 4 eller "
        "högre tas med i planen. Resultatet av kontrollerna rapporteras till nämnden i samband med "
        "delårsrapporten och årsredovisningen.")
    d.add_heading("Kontrollmoment 2026", level=1)
    hdr = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "Rapporteras"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        t.rows[0].cells[c].text = h
    for r in rows:
        cells = t.add_row().cells
        for c, v in enumerate(r):
            cells[c].text = v
    fix_docx_props(d, "Miljöförvaltningen")
    tmp = os.path.join(TMP, "Internkontrollplan 2026 Miljö- och hälsoskyddsnämnden.docx")
    d.save(tmp)
    soffice_convert(tmp, "odt", TMP)
    shutil.copy(os.path.join(TMP, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och hälsoskyddsnämnden", "2026", ""))


# ---------------------------------------------------------------------------
# 9. Socialnämnden - adopted plan 2026 (.ods), no follow-up (its T1 is in the Stratsys export)
# ---------------------------------------------------------------------------
def f_sn_plan():
    fil = "SN internkontrollplan 2026 antagen.ods"
    freq = ["Tertialvis", "Tertialvis", "Tertialvis", "Halvår", "Tertialvis", "Årligen", "Tertialvis"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontrollplan 2026"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av socialnämnden 2025-12-16 § 141"
    ws["A3"] = "Riskvärde = sannolikhet x konsekvens (1–4). Återrapportering till nämnden sker i T1, T2 och T3."
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Återrapportering"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for i, r in enumerate(SN_CTRLS):
        vals = [r[0], r[1], r[2], r[3], r[4], freq[i], "T1, T2, T3" if freq[i] == "Tertialvis" else "T3"]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(6 + i, c, v)
            cell.alignment = WRAP
            cell.border = BOX
    for i, w in enumerate([22, 40, 10, 55, 26, 12, 16], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_xlsx_props(wb, "Socialförvaltningen")
    tmp = os.path.join(TMP, "SN internkontrollplan 2026 antagen.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", TMP)
    shutil.copy(os.path.join(TMP, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2026", ""))


# ---------------------------------------------------------------------------
# 10. Reject: Tekniska nämnden's economic T1 report (budget follow-up, no controls)
# ---------------------------------------------------------------------------
def f_reject():
    fil = "TN Ekonomisk uppföljning T1 2026.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "T1 2026"
    ws["A1"] = "Tekniska nämnden – Ekonomisk uppföljning tertial 1 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belopp i tkr. Utfall januari–april, prognos för helår."
    hdr = ["Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    data = [
        ("Gata och park", 38500, 15210, 39900, "Vinterväghållningen dyrare än budgeterat efter snörik februari."),
        ("Vatten och avlopp", 0, -1240, 0, "Avgiftsfinansierat, resultat regleras mot VA-fond."),
        ("Fastighet", 112300, 36880, 111800, ""),
        ("Kost", 41200, 13950, 41600, "Ökade livsmedelspriser."),
        ("Fordon och maskiner", 6400, 2010, 6400, ""),
        ("Nämnd och förvaltningsledning", 4900, 1580, 4700, "Vakans controller."),
    ]
    for i, (v, b, u, p, k) in enumerate(data):
        r = 5 + i
        ws.cell(r, 1, v)
        ws.cell(r, 2, b)
        ws.cell(r, 3, u)
        ws.cell(r, 4, p)
        ws.cell(r, 5, f"=B{r}-D{r}")
        ws.cell(r, 6, k if k else None)
    tr = 5 + len(data)
    ws.cell(tr, 1, "Summa").font = Font(bold=True)
    for c in range(2, 6):
        L = get_column_letter(c)
        ws.cell(tr, c, f"=SUM({L}5:{L}{tr - 1})").font = Font(bold=True)
    for i, w in enumerate([30, 12, 14, 14, 20, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_xlsx_props(wb, "Tekniska förvaltningen")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddskontoret"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Stenhamrahem AB", "Stenhamrahem|Stenhamra Bostäder|Stenhamra Bostads AB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(sorted(FILES))
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(TMP, exist_ok=True)
    f_ks()
    f_bun()
    f_stratsys()
    f_kfn()
    f_sbn()
    f_tn()
    f_ofn()
    f_mhn_plan()
    f_sn_plan()
    f_reject()
    write_csvs()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
