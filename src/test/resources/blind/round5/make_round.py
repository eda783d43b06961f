#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 5 – Lövsjö kommun, run year 2025.

Rebuilds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 (openpyxl, python-docx) and LibreOffice (soffice) on PATH.
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.comments import Comment
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Lövsjö kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")


def exp(fil, namnd, text, status, avv):
    assert status in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "SAKNAS", "OKLAR", "UTGAR"}, status
    assert avv in {"ja", "nej"}
    EXPECTED.append((fil, namnd, text.replace(";", ","), status, avv))


def soffice_convert(src, fmt, dest_name):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(OUT, dest_name))
    shutil.rmtree(tmp)


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            if ws.cell(r, c).alignment is None or not ws.cell(r, c).alignment.wrap_text:
                ws.cell(r, c).alignment = WRAP


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


# ---------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen – .docx, one small two-column table per control, process headings between
# ---------------------------------------------------------------------------------------------
def f_ks():
    fil = "Uppföljning intern kontroll 2025 KS helår.docx"
    namnd = "Kommunstyrelsen"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lövsjö kommun\tKommunledningskontoret\tDnr KS 2025/0412"
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    d.add_paragraph("Kommunstyrelsen")
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 12 februari 2025 (KS § 18). "
        "Planen omfattar nio kontrollmoment inom sex processer. I denna rapport redovisas resultatet "
        "av årets kontroller per process. För varje kontroll anges status, iakttagelser och eventuella "
        "åtgärder. Avvikelser som kräver åtgärd följs upp i internkontrollplanen 2026.")
    d.add_paragraph(
        "Statusbegrepp: Genomförd = kontrollen är utförd enligt plan. Genomförd med anmärkning = "
        "kontrollen är utförd och brister har noterats. Pågående = kontrollen är påbörjad men inte klar. "
        "Ej genomförd = kontrollen har inte utförts. Utgår = kontrollen har strukits genom beslut.")

    controls = [
        ("Process: Upphandling och inköp", [
            dict(k="Avtalstrohet – stickprov på 20 leverantörsfakturor per halvår mot avtalsdatabasen",
                 risk="Inköp sker utanför avtal, vilket kan strida mot LOU och ge högre kostnader.",
                 ansv="Upphandlingschef", metod="Stickprov, två gånger per år",
                 status="Genomförd",
                 res="40 fakturor granskade. 3 fakturor (kontorsmaterial och konsulttjänst) saknade "
                     "giltigt avtal. Berörda chefer har informerats.",
                 atg="Information om avtalskatalogen på chefsforum i januari 2026.",
                 e=("GENOMFORD", "ja")),
            dict(k="Kontroll att direktupphandlingar över 100 tkr dokumenteras",
                 risk="Bristande dokumentation av direktupphandlingar.",
                 ansv="Upphandlingschef", metod="Genomgång av samtliga direktupphandlingar > 100 tkr",
                 status="Genomförd med anmärkning",
                 res="12 direktupphandlingar över 100 tkr under året. 2 saknade dokumentation av "
                     "konkurrensutsättning.",
                 atg="Mall för dokumentation görs obligatorisk i e-handelssystemet.",
                 e=("GENOMFORD", "ja")),
        ]),
        ("Process: Ekonomi och attest", [
            dict(k="Kontroll av att attestförteckningen är uppdaterad",
                 risk="Personer som slutat eller bytt roll har kvar attesträtt.",
                 ansv="Redovisningsansvarig", metod="Jämförelse attestförteckning mot personalsystem, två ggr/år",
                 status="Slutförd",
                 res="Attestförteckningen stämmer mot personalsystemet. Inga avvikelser.",
                 atg="–", e=("GENOMFORD", "nej")),
            dict(k="Förtroendekänsliga poster – granskning av representation och resor",
                 risk="Representation och resor som inte följer riktlinjerna.",
                 ansv="Controller", metod="Stickprov 25 verifikationer",
                 status="Pågående",
                 res="Granskning av verifikationer t.o.m. augusti är klar. Kvartal 4 granskas i samband "
                     "med bokslutet och redovisas i mars 2026.",
                 atg="", e=("DELVIS", "nej")),
        ]),
        ("Process: Informationssäkerhet", [
            dict(k="Behörighetsgenomgång i ekonomisystemet",
                 risk="Obehöriga har åtkomst till ekonomisystemet.",
                 ansv="Systemförvaltare ekonomisystem", metod="Genomgång av samtliga användarkonton",
                 status="Ej genomförd",
                 res="Kontrollen har inte genomförts på grund av byte av ekonomisystem under hösten. "
                     "Genomgång görs i det nya systemet under kvartal 1 2026.",
                 atg="Flyttas till internkontrollplan 2026.", e=("EJ_GENOMFORD", "nej")),
            dict(k="Kontroll att personuppgiftsbiträdesavtal finns för samtliga system",
                 risk="Personuppgifter behandlas utan giltigt biträdesavtal.",
                 ansv="Dataskyddssamordnare", metod="Avstämning mot systemförteckning",
                 status="",
                 res="Se bilaga 2.",
                 atg="", e=("OKLAR", "nej")),
        ]),
        ("Process: Personal", [
            dict(k="Kontroll av att alla chefer har redovisat bisysslor",
                 risk="Förtroendeskadliga bisysslor upptäcks inte.",
                 ansv="HR-chef", metod="Avstämning i personalsystemet",
                 status="Delvis genomförd",
                 res="78 % av cheferna har redovisat bisysslor i personalsystemet. 11 chefer har inte "
                     "lämnat någon uppgift trots påminnelse.",
                 atg="Påminnelse via förvaltningschef, ny kontroll i april 2026.", e=("DELVIS", "ja")),
        ]),
        ("Process: Krisberedskap", [
            dict(k="Övning av krisledningsstaben enligt övningsplan",
                 risk="Bristande förmåga att leda vid en samhällsstörning.",
                 ansv="Säkerhetssamordnare", metod="Genomförd övning och utvärdering",
                 status="Utgår",
                 res="Kontrollen utgår enligt beslut i KS 2025-05-14 § 87. Kommunen deltar i stället i "
                     "den regionala övningen 2026.",
                 atg="", e=("UTGAR", "nej")),
        ]),
        ("Process: Ärendehantering", [
            dict(k="Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
                 risk="Delegationsbeslut anmäls inte och vinner inte laga kraft.",
                 ansv="Kanslichef", metod="Jämförelse diarium mot anmälningslistor, halvår",
                 status="Genomförd",
                 res="Kontrollen av vårens beslut är gjord utan anmärkning. Höstens kontroll har inte "
                     "kunnat utföras på grund av sjukskrivning på kansliet.",
                 atg="Höstens beslut kontrolleras i februari 2026.", e=("DELVIS", "nej")),
        ]),
    ]
    n = 0
    for process, items in controls:
        d.add_heading(process, level=2)
        for c in items:
            n += 1
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in [("Kontrollmoment:", c["k"]), ("Risk:", c["risk"]), ("Ansvarig:", c["ansv"]),
                             ("Metod/frekvens:", c["metod"]), ("Status:", c["status"]),
                             ("Resultat/iakttagelser:", c["res"]), ("Åtgärd:", c["atg"])]:
                row = t.add_row().cells
                row[0].text = lab
                row[1].text = val
                row[0].paragraphs[0].runs[0].bold = True
                set_cell_shading(row[0], "EDEDED")
                row[0].width = Cm(4)
                row[1].width = Cm(12)
            d.add_paragraph("")
            exp(fil, namnd, c["k"], *c["e"])
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Kommunledningskontoret bedömer att den interna kontrollen inom kommunstyrelsens ansvarsområde "
        "i huvudsak har varit tillräcklig under 2025. De brister som noterats avser främst dokumentation "
        "vid direktupphandling och redovisning av bisysslor.")
    d.add_paragraph("Lövsjö 2026-01-28")
    d.add_paragraph("Maria Ek, kommundirektör")
    d.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
# 2. Socialnämnden – status and comment in the same cell, no status column
# ---------------------------------------------------------------------------------------------
def f_sn():
    fil = "SN uppföljning IKP 2025 helår.xlsx"
    namnd = "Socialnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws.oddHeader.center.text = "Socialnämnden"
    ws.oddHeader.right.text = "Internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Helårsrapport – behandlas i nämnden 2026-02-18"
    ws["A3"] = ("Kontrollerna har utförts av förvaltningens kvalitetsstrateger tillsammans med berörda "
                "enhetschefer. Resultatet anges i kolumnen Utfall och kommentar.")
    ws.merge_cells("A3:G3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    hdr = ["Nr", "Process", "Risk", "Vad kontrolleras", "Hur / när", "Ansvarig", "Utfall och kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.fill = GREY
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd",
         "Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut", "Stickprov, halvår",
         "Enhetschef försörjningsstöd", "Genomförd. Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Ekonomiskt bistånd", "Ersättning betalas ut trots att den enskilde har inkomst",
         "Kontroll mot SSBTEK innan beslut i nyansökningar", "Stickprov 20 akter, årligen",
         "Enhetschef försörjningsstöd",
         "Påbörjad – rutinen är uppdaterad men stickprovet är inte gjort ännu.", ("DELVIS", "nej")),
        ("Barn och unga", "Barn far illa när orosanmälningar inte bedöms i tid",
         "Kontroll att förhandsbedömning av orosanmälan sker inom 14 dagar", "Uttag ur verksamhetssystemet, kvartal",
         "Enhetschef mottagning",
         "Genomförd. 9 av 60 anmälningar bedömdes efter mer än 14 dagar, framför allt under juli. "
         "Sommarbemanningen ses över.", ("GENOMFORD", "ja")),
        ("Barn och unga", "Placerade barn saknar aktuell vårdplan",
         "Uppföljning av placerade barn – vårdplan och genomförandeplan finns", "Aktgranskning, årligen",
         "Enhetschef barn och unga",
         "Delvis genomförd – granskningen är gjord för HVB-placeringar, familjehemsplaceringarna "
         "granskas under kvartal 1 2026.", ("DELVIS", "nej")),
        ("Barn och unga", "Felaktig fakturering från HVB",
         "Kontroll av att fakturor från HVB överensstämmer med avtal", "Samtliga fakturor, kvartal",
         "Controller",
         "Genomförd med anmärkning: två fakturor med felaktigt dygnspris, kreditering begärd och erhållen.",
         ("GENOMFORD", "ja")),
        ("Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter",
         "Loggkontroll i verksamhetssystemet (10 slumpvis valda användare per kvartal)", "Loggutdrag, kvartal",
         "Systemförvaltare",
         "Ej genomförd – vakans på systemförvaltartjänsten sedan april.", ("EJ_GENOMFORD", "nej")),
        ("Informationssäkerhet", "Handlingar bevaras eller gallras felaktigt",
         "Kontroll av att akter gallras enligt dokumenthanteringsplanen", "Stickprov i arkiv, årligen",
         "Registrator", "", ("SAKNAS", "nej")),
        ("Myndighetsutövning", "Beslut fattas av fel befattningshavare",
         "Beslut om bistånd fattas enligt delegationsordningen", "Stickprov 30 beslut, halvår",
         "Avdelningschef",
         "Utgår – ersatt av revisionens granskning av delegering (SN 2025-03-19 § 34).", ("UTGAR", "nej")),
        ("Myndighetsutövning", "Brister i bemötande och återkoppling",
         "Kontroll av att synpunkter och klagomål besvaras inom 10 arbetsdagar", "Uttag ur diariet, halvår",
         "Kvalitetsstrateg",
         "Genomförd men med brister: 31 % av synpunkterna besvarades senare än 10 arbetsdagar.",
         ("GENOMFORD", "ja")),
    ]
    r = 6
    start = {}
    for i, (proc, risk, k, hur, ansv, utfall, e) in enumerate(rows, 1):
        ws.cell(r, 1, i)
        if proc not in start:
            start[proc] = r
            ws.cell(r, 2, proc)
        ws.cell(r, 3, risk)
        ws.cell(r, 4, k)
        ws.cell(r, 5, hur)
        ws.cell(r, 6, ansv)
        ws.cell(r, 7, utfall)
        exp(fil, namnd, k, *e)
        r += 1
    last = r - 1
    # merge process cells spanning several rows
    procs = [p for p, *_ in rows]
    for p, s in start.items():
        e_ = s + procs.count(p) - 1
        if e_ > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e_, end_column=2)
    boxed(ws, 5, last, 1, 7)
    ws.cell(last + 2, 1, "Antal kontroller: 9").font = BOLD
    ws.cell(last + 4, 1, "Sammanställt av: Anna Lindqvist, kvalitetsstrateg, 2026-01-30")
    for col, w in zip("ABCDEFG", [5, 20, 32, 42, 24, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – .ods, a status row under each control
# ---------------------------------------------------------------------------------------------
def f_bun():
    fil = "BUN Internkontroll 2025 - helårsuppföljning.ods"
    namnd = "Barn- och utbildningsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontroll – uppföljning helår 2025"
    ws["A2"].font = BOLD
    ws["A3"] = "Varje kontroll redovisas med status och resultat på raderna under kontrollen."
    blocks = [
        ("Område: Elevhälsa och närvaro", [
            ("Uppföljning att elever med frånvaro över 15 % utreds", "Rektorer grundskola",
             "Genomförd", "Vid två av fem granskade skolor saknades utredning för flera elever med hög frånvaro.",
             "Rektorerna har fått återkoppling, ny uppföljning vt 2026.", ("GENOMFORD", "ja")),
            ("Kontroll att anmälan om kränkande behandling görs till huvudman samma dag", "Verksamhetschef",
             "Delvis", "Kontrollen är utförd för vårterminen. Höstterminens anmälningar är ännu inte granskade.",
             "", ("DELVIS", "nej")),
        ]),
        ("Område: Ekonomi", [
            ("Kontroll av att skolskjutsbeslut fattats enligt riktlinjerna", "Skolskjutshandläggare",
             "Ej påbörjad", "Handläggaren slutade i maj, tjänsten tillsattes i november.",
             "Kontrollen görs under våren 2026.", ("EJ_GENOMFORD", "nej")),
            ("Barnomsorgsavgifter – kontroll av inkomstuppgifter (stickprov 30 hushåll)", "Avgiftshandläggare",
             "Genomförd", "Fyra hushåll hade för låg debiterad avgift. Efterdebitering är gjord.",
             "", ("GENOMFORD", "ja")),
        ]),
        ("Område: Förskola", [
            ("Kontroll av att registerutdrag uppvisats för all personal i förskolan", "Förskolechefer",
             "", "Samtliga 212 anställda har uppvisat utdrag ur belastningsregistret. Inga avvikelser.",
             "", ("GENOMFORD", "nej")),
            ("Kontroll att systematiskt brandskyddsarbete dokumenteras på varje förskola", "Förskolechefer",
             "Osäkert", "", "", ("OKLAR", "nej")),
        ]),
        ("Område: IT och informationssäkerhet", [
            ("Kontroll av att elevdatorer återlämnas vid skolbyte och avgång", "IT-samordnare",
             "Ej aktuell 2025", "Kontrollen är flyttad till 2026 års plan efter beslut i BUN 2025-04-22 § 41.",
             "", ("UTGAR", "nej")),
            ("Kontroll av att personuppgiftsincidenter rapporteras inom 72 timmar", "Dataskyddsombud",
             "Genomförd", "Sex incidenter under året. En incident rapporterades till IMY först efter fem dagar.",
             "Rutinen har förtydligats.", ("GENOMFORD", "ja")),
        ]),
    ]
    r = 5
    n = 0
    for area, items in blocks:
        ws.cell(r, 1, area).font = Font(bold=True, color="1F4E78")
        ws.cell(r, 1).fill = BLUE
        ws.cell(r, 2).fill = BLUE
        r += 1
        for k, ansv, status, res, atg, e in items:
            n += 1
            ws.cell(r, 1, f"Kontroll {n}").font = BOLD
            ws.cell(r, 2, k).font = BOLD
            r += 1
            ws.cell(r, 2, f"Ansvarig: {ansv}")
            r += 1
            ws.cell(r, 2, f"Status: {status}" if status else "Status:")
            r += 1
            ws.cell(r, 2, f"Resultat: {res}" if res else "Resultat:")
            r += 1
            if atg:
                ws.cell(r, 2, f"Åtgärd: {atg}")
                r += 1
            r += 1
            exp(fil, namnd, k, *e)
    ws.cell(r, 1, "Beslutad i barn- och utbildningsnämnden 2026-02-10, § 12")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 100
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "BUN Internkontroll 2025 - helårsuppföljning.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – .xls, numbered sub-controls under parent rows without status,
#    Status 2024 | Status 2025 columns, nämnd only in the file name, no period given
# ---------------------------------------------------------------------------------------------
def f_von():
    fil = "VON IK-plan uppföljning.xls"
    namnd = "Vård- och omsorgsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", ""))
    wb = Workbook()
    ws = wb.active
    ws.title = "IK-plan"
    ws["A1"] = "Internkontrollplan 2024–2025 med uppföljning"
    ws["A1"].font = TITLE
    ws["A2"] = "Status: Klar / Pågår / Ej startad / Utgår"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollmoment", "Metod och frekvens", "Ansvarig", "Status 2024", "Status 2025",
           "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.fill = GREY
    R = [
        ("1", "Kontroll att genomförandeplaner upprättas inom 14 dagar efter beslut", "Stickprov 20 brukare, årligen",
         "Enhetschefer", "Klar", "Pågår", "Stickprov gjort i hemtjänsten. Särskilt boende återstår.",
         ("DELVIS", "nej")),
        ("2", "Avvikelsehantering", None, None, None, None, None, None),
        ("2.1", "Kontroll att avvikelser enligt SoL och HSL hanteras inom 30 dagar", "Uttag ur avvikelsesystemet, halvår",
         "MAS / SAS", "Klar", "Klar",
         "21 % av avvikelserna avslutades efter mer än 30 dagar. Påminnelsefunktion införs.", ("GENOMFORD", "ja")),
        ("2.2", "Kontroll att lex Sarah-rapporter utreds och anmäls till IVO vid behov", "Genomgång av samtliga rapporter",
         "SAS", "Klar", "Klar", "Inga brister.", ("GENOMFORD", "nej")),
        ("3", "Läkemedelshantering", None, None, None, None, None, None),
        ("3.1", "Kontroll av narkotikaförteckningar på särskilt boende", "Kvartalsvis", "MAS",
         "Klar", "Klar", "Differens i en förteckning på Björkgården, utredd och avvikelse skriven.",
         ("GENOMFORD", "ja")),
        ("3.2", "Kontroll av att delegeringar för läkemedelsöverlämning är aktuella", "Genomgång delegeringsregister",
         "Sjuksköterskor", "Klar", "Pågår", "", ("DELVIS", "nej")),
        ("3.3", "Kontroll av läkemedelsförråd (temperatur och utgångsdatum)", "Egenkontroll, månadsvis",
         "Sjuksköterskor", "Klar", "", "", ("SAKNAS", "nej")),
        ("4", "Kontroll av att hemtjänsttid registreras och faktureras korrekt", "Jämförelse planerad/utförd tid",
         "Avgiftshandläggare", "Pågår", "Ej startad",
         "Ny app för tidsregistrering infördes i oktober. Kontrollen görs i det nya systemet 2026.",
         ("EJ_GENOMFORD", "nej")),
        ("5", "Kontroll av att brukarmedel (kontanter) redovisas med kvitton", "Stickprov 5 enheter",
         "Enhetschefer", "Klar", "Klar", "Tre enheter saknade kvitton för uttag. Rutinen har förtydligats.",
         ("GENOMFORD", "ja")),
        ("6", "Kontroll av att personal med SITHS-kort har rätt behörighet i journalsystemet", "Behörighetslista",
         "Systemförvaltare", "", "Utgår", "Regionen tar över behörighetskontrollen från 2025.",
         ("UTGAR", "nej")),
    ]
    r = 5
    for nr, k, metod, ansv, s24, s25, kom, e in R:
        ws.cell(r, 1, nr)
        ws.cell(r, 2, k)
        if metod is None:  # parent row
            ws.cell(r, 1).font = BOLD
            ws.cell(r, 2).font = BOLD
        else:
            ws.cell(r, 3, metod)
            ws.cell(r, 4, ansv)
            ws.cell(r, 5, s24 or None)
            ws.cell(r, 6, s25 or None)
            ws.cell(r, 7, kom or None)
            exp(fil, namnd, k, *e)
        r += 1
    boxed(ws, 4, r - 1, 1, 7)
    for col, w in zip("ABCDEFG", [6, 60, 30, 18, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "VON IK-plan uppföljning.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------------------------
# 5. Samhällsbyggnadsförvaltningen – two nämnder in one workbook, sheets "TN" and "MBN"
# ---------------------------------------------------------------------------------------------
def f_sbf():
    fil = "Samhällsbyggnadsförvaltningen IK uppföljning 2025.xlsx"
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))
    wb = Workbook()
    # ---- TN: X in tick columns
    ws = wb.active
    ws.title = "TN"
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"
    ws["A1"].font = TITLE
    ws["A2"] = "Samhällsbyggnadsförvaltningen"
    ws["A3"] = "Markera med X i den kolumn som gäller."
    ws["A3"].font = Font(italic=True)
    hdr = ["Kontroll", "Frekvens", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.fill = GREY
    T = [
        ("Kontroll av att mätaravläsningar för VA debiteras korrekt (stickprov 50 abonnenter)", "Årligen", "X", "", "",
         "Två felaktigt registrerade mätarbyten, fakturorna är rättade.", ("GENOMFORD", "ja")),
        ("Kontroll av att besiktning av lekplatser sker enligt plan", "Årligen", "X", "", "",
         "Alla 34 lekplatser besiktade, inga allvarliga anmärkningar.", ("GENOMFORD", "nej")),
        ("Kontroll av att vinterväghållningsentreprenören fakturerar enligt avtal", "Säsong", "", "X", "",
         "Januari–mars kontrollerat. November–december återstår.", ("DELVIS", "nej")),
        ("Kontroll av drivmedelskort – stickprov på tankningar", "Halvår", "", "", "X",
         "Ej hunnits med.", ("EJ_GENOMFORD", "nej")),
        ("Kontroll av att egenkontroller i vattenverket dokumenteras", "Månadsvis", "", "", "",
         "Se bilaga 3 (driftjournal).", ("OKLAR", "nej")),
        ("Kontroll av att avfallstaxan tillämpas korrekt (stickprov hushåll och fritidshus)", "Årligen", "X", "", "",
         "Hushåll i tätort kontrollerade utan anmärkning. Fritidshusen kontrolleras i februari 2026.",
         ("DELVIS", "nej")),
        ("Kontroll av att investeringsprojekt över 5 mnkr har slutredovisats", "Årligen", "", "", "",
         "", ("SAKNAS", "nej")),
    ]
    r = 6
    for k, fr, g, dv, ej, kom, e in T:
        for i, v in enumerate([k, fr, g, dv, ej, kom], 1):
            ws.cell(r, i, v or None)
        for i in (3, 4, 5):
            ws.cell(r, i).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, "Tekniska nämnden", k, *e)
        r += 1
    boxed(ws, 5, r - 1, 1, 6)
    ws.cell(r, 1, "Summa").font = BOLD
    ws.cell(r, 3, 3)
    ws.cell(r, 4, 1)
    ws.cell(r, 5, 1)
    ws.cell(r + 2, 1, "Rapporten är sammanställd av förvaltningens controller 2026-01-22.")
    for col, w in zip("ABCDEF", [62, 12, 11, 9, 13, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Lövsjö kommun"

    # ---- MBN: Genomförd (J/N) + Bedömning
    ws = wb.create_sheet("MBN")
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"
    ws["A1"].font = TITLE
    ws["A2"] = "Samhällsbyggnadsförvaltningen"
    hdr = ["Kontroll", "Ansvarig", "Genomförd (J/N)", "Bedömning", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.fill = GREY
    M = [
        ("Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "J",
         "Ej tillfredsställande",
         "14 av 120 ärenden överskred tiden. Avgiftsreduktion har tillämpats enligt PBL.", ("GENOMFORD", "ja")),
        ("Kontroll av att tillsynsavgifter (miljö) debiteras enligt taxa", "Miljöchef", "J",
         "Tillfredsställande", "", ("GENOMFORD", "nej")),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "J",
         "Delvis tillfredsställande", "Beslut fattade i juni anmäldes först i oktober.", ("GENOMFORD", "ja")),
        ("Kontroll av att livsmedelskontrollplanen följs", "Miljöchef", "N", "",
         "Ej utförd på grund av vakanser på miljöenheten. Flyttas till 2026.", ("EJ_GENOMFORD", "nej")),
        ("Kontroll av att strandskyddsdispenser skickas till länsstyrelsen inom tre veckor", "Bygglovschef", "J",
         "Tillfredsställande", "", ("GENOMFORD", "nej")),
        ("Kontroll av att OVK-protokoll med anmärkning följs upp", "Byggnadsinspektör", "–", "",
         "Pågår, beräknas klar i mars 2026.", ("DELVIS", "nej")),
    ]
    r = 5
    for k, ansv, jn, bed, kom, e in M:
        for i, v in enumerate([k, ansv, jn, bed, kom], 1):
            ws.cell(r, i, v or None)
        ws.cell(r, 3).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, "Miljö- och byggnadsnämnden", k, *e)
        r += 1
    boxed(ws, 4, r - 1, 1, 5)
    ws.cell(r + 1, 1, "Bedömning: Tillfredsställande / Delvis tillfredsställande / Ej tillfredsställande "
                      "avser resultatet av kontrollen.").font = Font(italic=True)
    for col, w in zip("ABCDE", [62, 18, 16, 24, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Lövsjö kommun"
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – upper-case codes GEN/DELV/EJ GEN/EA, legend on sheet "Instruktion"
# ---------------------------------------------------------------------------------------------
def f_kfn():
    fil = "KFN uppföljning internkontroll 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    wb = Workbook()
    wi = wb.active
    wi.title = "Instruktion"
    lines = [
        ("Instruktion för uppföljning av internkontrollplanen", TITLE),
        ("", None),
        ("1. Fyll i fliken Uppföljning för varje kontroll i planen.", None),
        ("2. Ange status i kolumnen St. med någon av koderna nedan.", None),
        ("3. Beskriv vad som kontrollerats och eventuella avvikelser i kolumnen Notering.", None),
        ("4. Skicka filen till förvaltningens controller senast 15 januari.", None),
        ("", None),
        ("Statuskoder", BOLD),
        ("GEN = Genomförd", None),
        ("DELV = Delvis genomförd", None),
        ("EJ GEN = Ej genomförd", None),
        ("EA = Ej aktuell (kontrollen utgår)", None),
    ]
    for i, (t, f) in enumerate(lines, 1):
        wi.cell(i, 1, t or None)
        if f:
            wi.cell(i, 1).font = f
    wi.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Uppföljning internkontroll"
    ws["A1"].font = TITLE
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Kultur- och fritidsnämnden"
    ws["A3"] = "År:"
    ws["B3"] = 2025
    ws["A4"] = "Period:"
    ws["B4"] = "Helår"
    for a in ("A2", "A3", "A4"):
        ws[a].font = BOLD
    hdr = ["Id", "Aktivitet", "Risk (1–16)", "St.", "Notering"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = GREY
    K = [
        ("KF1", "Kontroll av att föreningsbidrag betalas ut enligt beslut och regelverk", 12, "GEN",
         "Stickprov 15 föreningar. En förening hade fått aktivitetsstöd för fel antal deltagare – beloppet är återkrävt.",
         ("GENOMFORD", "ja")),
        ("KF2", "Kontroll av kassarutiner i simhallen (dagsavstämning)", 9, "DELV",
         "Kontroll gjord för januari–juni. Avstämning saknades för tre dagar i maj.", ("DELVIS", "ja")),
        ("KF3", "Kontroll av att biblioteksmedia inventeras", 4, "EJ GEN",
         "Nytt bibliotekssystem under hösten, inventeringen flyttad.", ("EJ_GENOMFORD", "nej")),
        ("KF4", "Kontroll av hyresavtal för lokaler som upplåts till föreningar", 6, "EA",
         "Avtalen har förts över till tekniska nämnden.", ("UTGAR", "nej")),
        ("KF5", "Kontroll av att nyckelkort till idrottshallar spärras när en förening avslutar sin bokning", 8, "gen",
         "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("KF6", "Kontroll av att föreningar med lotteritillstånd lämnar redovisning", 4, "GEN",
         "Redovisning inkommen från 9 av 12 föreningar, påminnelse skickad till övriga.", ("GENOMFORD", "ja")),
        ("KF7", "Kontroll av att konstinventarier finns på plats (stickprov 30 verk)", 9, "GEN",
         "Två verk kunde inte lokaliseras. Polisanmälan är gjord.", ("GENOMFORD", "ja")),
        ("KF8", "Kontroll av att bidrag till studieförbund följs upp mot verksamhetsberättelse", 6, "",
         "", ("SAKNAS", "nej")),
    ]
    r = 7
    for idx, k, risk, st, note, e in K:
        for i, v in enumerate([idx, k, risk, st, note], 1):
            ws.cell(r, i, v if v != "" else None)
        ws.cell(r, 4).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, k, *e)
        r += 1
    boxed(ws, 6, r - 1, 1, 5)
    ws.cell(r + 1, 1, "Summa: GEN 4, DELV 1, EJ GEN 1, EA 1, ej ifyllt 1")
    ws.cell(r + 3, 1, "Uppgiftslämnare: Jonas Berg, 2026-01-13")
    for col, w in zip("ABCDE", [6, 64, 11, 8, 70]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
# 7. Arbetsmarknadsnämnden – one column per quarter with short codes, legend far to the right
# ---------------------------------------------------------------------------------------------
def f_amn():
    fil = "Arbetsmarknadsnämnden kontrollrapport 2025.xlsx"
    namnd = "Arbetsmarknadsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontrollrapport"
    ws["A1"] = "Arbetsmarknadsnämnden – kontrollrapport intern kontroll 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Rapporteringsperiod: helår (t.o.m. kvartal 4)"
    hdr = ["Nr", "Kontrollmoment", "Frekvens", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.fill = GREY
    A = [
        ("Stickprov på utbetalda anställningsstöd mot beslut (10 per kvartal)", "Kvartalsvis",
         ["✓", "✓", "A", "✓"], "Kv 3: ett stöd betalades ut för en månad efter att anställningen upphört, "
                               "beloppet är återkrävt.", ("GENOMFORD", "ja")),
        ("Kontroll av närvarorapporter i arbetsmarknadsinsatser innan aktivitetsersättning betalas", "Kvartalsvis",
         ["✓", "✓", "✓", "✓"], "", ("GENOMFORD", "nej")),
        ("Kontroll av att handlingsplan upprättas inom 30 dagar för nya deltagare", "Halvår",
         ["", "P", "", "A"], "Helår: 7 av 40 deltagare saknade handlingsplan inom 30 dagar.", ("GENOMFORD", "ja")),
        ("Kontroll av att feriepraktikanter har registerutdrag där det krävs", "Årligen",
         ["", "✓", "", ""], "Kontrollerat inför sommaren.", ("GENOMFORD", "nej")),
        ("Kontroll av avtalstrohet vid inköp av utbildningsplatser", "Halvår",
         ["", "–", "", "P"], "Inköpen under hösten granskas, klart i februari.", ("DELVIS", "nej")),
        ("Behörighetskontroll i verksamhetssystemet (avslutade anställningar)", "Kvartalsvis",
         ["✓", "✓", "–", "–"], "Systemansvarig slutade i augusti, ingen kontroll gjord efter det.",
         ("EJ_GENOMFORD", "nej")),
        ("Kontroll av att stöd till sociala företag följer överenskommelsen", "Årligen",
         ["", "", "", "E"], "Överenskommelsen upphörde 2025-06-30.", ("UTGAR", "nej")),
        ("Kontroll av att deltagares personuppgifter gallras efter avslutad insats", "Årligen",
         ["", "", "", ""], "", ("SAKNAS", "nej")),
    ]
    r = 5
    for i, (k, fr, q, kom, e) in enumerate(A, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, k)
        ws.cell(r, 3, fr)
        for j, v in enumerate(q):
            c = ws.cell(r, 4 + j, v or None)
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 8, kom or None)
        exp(fil, namnd, k, *e)
        r += 1
    boxed(ws, 4, r - 1, 1, 8)
    # legend far to the right
    leg = ["Teckenförklaring", "✓ = kontrollen utförd utan anmärkning",
           "A = kontrollen utförd, avvikelse noterad (se kommentar)", "P = kontrollen påbörjad / pågår",
           "– = kontrollen ej utförd", "E = ej aktuell / utgår",
           "Tom ruta = ingen kontroll planerad det kvartalet"]
    for i, t in enumerate(leg):
        c = ws.cell(4 + i, 14, t)
        if i == 0:
            c.font = BOLD
    for col, w in zip("ABCDEFGH", [5, 62, 12, 6, 6, 6, 6, 60]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["N"].width = 48
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
# 8. Överförmyndarnämnden – system export .csv, ';', Windows-1252, quoted multi-line comments
# ---------------------------------------------------------------------------------------------
def f_ofn():
    fil = "export_ik_uppfoljning_20260114.csv"
    namnd = "Överförmyndarnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    cols = ["Organisation", "Plan", "Period", "Id", "Process", "Kontrollmoment", "Status", "Kommentar",
            "Senast ändrad"]
    O = [
        ("ÖF-01", "Tillsyn", "Granskning av årsräkningar – stickprov 20 ärenden med fördjupad granskning", "Slutförd",
         "Granskat 20 ärenden.\nI 3 ärenden saknades verifikationer för uttag över 10 000 kr; kompletteringar "
         "har begärts.", "2026-01-09", ("GENOMFORD", "ja")),
        ("ÖF-02", "Tillsyn", "Kontroll att arvoden till ställföreträdare beslutas enligt riktlinje", "Slutförd",
         "Inga avvikelser.", "2025-12-15", ("GENOMFORD", "nej")),
        ("ÖF-03", "Tillsyn", "Kontroll av att förteckningar inkommer inom två månader", "Genomförd med anmärkning",
         "12 % av förteckningarna inkom för sent.\nPåminnelserutin infördes i oktober.\n\nFöljs upp 2026.",
         "2026-01-12", ("GENOMFORD", "ja")),
        ("ÖF-04", "Rekrytering", "Kontroll av att ställföreträdare har aktuellt registerutdrag vid nyrekrytering",
         "Pågående", "Rutinen revideras.\nStickprov planerat till februari.", "2025-11-30", ("DELVIS", "nej")),
        ("ÖF-05", "Förvaltning", "Kontroll av samtycke till uttag från spärrat konto", "Ej påbörjad", "",
         "2025-06-02", ("EJ_GENOMFORD", "nej")),
        ("ÖF-06", "Informationssäkerhet", "Kontroll av att e-tjänsten för årsräkning har rätt behörigheter",
         "Avbruten", "Avbruten – e-tjänsten byts ut 2026 enligt beslut i ÖFN 2025-09-10 § 51.", "2025-09-12",
         ("UTGAR", "nej")),
        ("ÖF-07", "Tillsyn", "Kontroll av arvodesräkningar för gode män till ensamkommande barn", "", "Se bilaga",
         "2025-12-01", ("OKLAR", "nej")),
    ]

    def q(s):
        s = str(s)
        if any(ch in s for ch in ';"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    lines = [";".join(cols)]
    for idx, proc, k, st, kom, dt, e in O:
        row = [namnd, "Internkontrollplan 2025", "Helår 2025", idx, proc, k, st, kom, dt]
        lines.append(";".join(q(x) for x in row))
        exp(fil, namnd, k, *e)
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data.encode("cp1252"))


# ---------------------------------------------------------------------------------------------
# 9. Gymnasie- och vuxenutbildningsnämnden – plan and follow-up in one sheet, delår filled,
#    helår columns present but empty; traffic-light emoji with legend
# ---------------------------------------------------------------------------------------------
def f_gvn():
    fil = "GVN IKP 2025 plan och uppföljning delår.xlsx"
    namnd = "Gymnasie- och vuxenutbildningsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Gymnasie- och vuxenutbildningsnämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = TITLE
    ws["A2"] = "Antagen GVN 2025-01-22 § 6. Uppföljning per 31 augusti (delår) och per 31 december (helår)."
    # group header row
    ws["A4"] = "PLAN"
    ws.merge_cells("A4:H4")
    ws["I4"] = "UPPFÖLJNING DELÅR (per 31/8)"
    ws.merge_cells("I4:J4")
    ws["K4"] = "UPPFÖLJNING HELÅR"
    ws.merge_cells("K4:M4")
    for a, fill in (("A4", "BDD7EE"), ("I4", "FFE699"), ("K4", "C6E0B4")):
        ws[a].font = BOLD
        ws[a].fill = PatternFill("solid", fgColor=fill)
        ws[a].alignment = Alignment(horizontal="center")
    hdr = ["Process", "Risk", "S", "K", "Kontrollmoment", "Frekvens", "Ansvarig", "Klart senast",
           "Status", "Kommentar", "Status", "Kommentar", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.fill = GREY
    G = [
        ("Antagning", "Elever antas i strid med urvalsreglerna", 2, 4,
         "Kontroll att antagning till gymnasiet följer urvalsreglerna (stickprov 30 ansökningar)", "Årligen",
         "Antagningshandläggare", "2025-06-30", "🟢", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Ekonomi", "Felaktiga interkommunala ersättningar", 3, 3,
         "Kontroll av att interkommunala ersättningar (IKE) faktureras korrekt", "Kvartalsvis", "Controller",
         "2025-12-31", "🟡",
         "Kv 1–2 kontrollerade. En faktura från grannkommun hade fel programpris och är krediterad.",
         ("DELVIS", "ja")),
        ("Vuxenutbildning", "Studerande saknar studieplan", 3, 2,
         "Kontroll av att studerande på vuxenutbildningen har giltig studieplan", "Årligen", "Rektor vux",
         "2025-11-30", "🔴", "Planeras till oktober.", ("EJ_GENOMFORD", "nej")),
        ("Betyg", "Betyg sätts av lärare utan behörighet", 2, 4,
         "Kontroll av att betyg registreras av behörig lärare", "Terminsvis", "Rektorer", "2025-12-31",
         "🟢", "Vårterminen 2025 kontrollerad utan anmärkning.", ("GENOMFORD", "nej")),
        ("Arbetsplatsförlagt lärande", "Elever på APL utan avtal och försäkring", 2, 3,
         "Kontroll av att APL-platser har avtal med arbetsgivaren", "Årligen", "APL-samordnare",
         "2025-10-31", "🟡", "", ("DELVIS", "nej")),
        ("Ekonomi", "Felaktigt beviljade tillägg", 2, 2,
         "Kontroll av att inackorderingstillägg beviljas enligt reglerna", "Årligen", "Handläggare",
         "2025-12-31", "", "", ("SAKNAS", "nej")),
        ("Inköp", "Inköp utanför avtal", 3, 2,
         "Kontroll av att läromedel köps från avtalsleverantör", "Halvår", "Inköpssamordnare",
         "2025-08-31", "🟢", "Kontrollen påbörjades i juni, stickprovet är ännu inte klart.", ("DELVIS", "nej")),
        ("Ekonomi", "Ersättning betalas utan motprestation", 2, 3,
         "Kontroll av att lärlingsersättning betalas ut till arbetsgivare enligt avtal", "Halvår",
         "Controller", "2025-12-31", "Utgår",
         "Statsbidraget upphörde. Kontrollen utgår enligt GVN 2025-02-12 § 9.", ("UTGAR", "nej")),
    ]
    r = 6
    for proc, risk, s, k_, km, fr, ansv, dl, st, kom, e in G:
        for i, v in enumerate([proc, risk, s, k_, km, fr, ansv, dl, st, kom], 1):
            ws.cell(r, i, v if v != "" else None)
        ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, *e)
        r += 1
    boxed(ws, 5, r - 1, 1, 13)
    ws.cell(r + 1, 1, "Teckenförklaring status:").font = BOLD
    ws.cell(r + 2, 1, "🟢 Genomförd enligt plan")
    ws.cell(r + 3, 1, "🟡 Pågår / delvis genomförd")
    ws.cell(r + 4, 1, "🔴 Ej genomförd")
    ws.cell(r + 6, 1, "S = sannolikhet (1–4), K = konsekvens (1–4)")
    for col, w in zip("ABCDEFGHIJKLM", [20, 30, 4, 4, 55, 12, 20, 12, 8, 48, 8, 40, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
# 10. Räddningsnämnden – .docx with only prose and a revision table, no control table (AVVISAD)
# ---------------------------------------------------------------------------------------------
def f_rn():
    fil = "RN uppföljning internkontroll 2025.docx"
    namnd = "Räddningsnämnden"
    FILES.append((fil, "AVVISAD", namnd, "2025", "HELAR"))
    d = Document()
    d.add_heading("Räddningsnämnden – uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Tjänsteskrivelse, 2026-01-20")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Räddningsnämnden ska enligt kommunens reglemente för intern kontroll årligen följa upp "
        "internkontrollplanen. Planen för 2025 antogs av nämnden 2025-02-05.")
    d.add_paragraph(
        "Uppföljningen har gjorts i kommunens system för mål- och resultatstyrning. Kontrollernas "
        "resultat redovisas i den rapport som tagits ut ur systemet och som bifogas ärendet (bilaga 1). "
        "Sammanfattningsvis har räddningstjänsten genomfört de planerade kontrollerna. Två avvikelser "
        "har noterats och åtgärdats under året.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Räddningsnämnden godkänner uppföljningen av internkontrollplanen 2025 och överlämnar "
                    "den till kommunstyrelsen.")
    d.add_heading("Dokumenthistorik", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Datum", "Version", "Ändring"]):
        c.text = h
    for row in [("2026-01-15", "0.1", "Utkast"), ("2026-01-20", "1.0", "Fastställd av räddningschef")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("")
    d.add_paragraph("Per Håkansson, räddningschef")
    d.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
def write_meta():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen|Arbetsmarknadsenheten"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Räddningsnämnden", "RN|Räddningstjänsten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("nämnd;alias\n")
        for n, a in namnder:
            fh.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert all(";" not in x for x in row)
            fh.write(";".join(row) + "\n")


if __name__ == "__main__":
    f_ks()
    f_sn()
    f_bun()
    f_von()
    f_sbf()
    f_kfn()
    f_amn()
    f_ofn()
    f_gvn()
    f_rn()
    write_meta()
    print(len(FILES), "file lines,", len(EXPECTED), "expected controls")
