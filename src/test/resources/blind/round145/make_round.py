#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 145 - Sjöbo-Hammars kommun, helårsuppföljning intern kontroll 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv in the
folder of this script.  Run with /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/round145_build"
LO_PROFILE = "file:///tmp/lo-round145"
FIXED_DT = datetime.datetime(2026, 2, 9, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def expect(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, " ".join(km.split()), st, av))


# ---------------------------------------------------------------- helpers
def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (deterministic bytes)."""
    tmp = path + ".tmpzip"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 2, 9, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if align:
            p.alignment = align


def doc_table(doc, header, rows, widths=None, head_fill="D9E2F3", size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def merge_runs_in_column(table, col, first_row=1):
    """Merge vertically consecutive cells in column `col` where only the first one has text."""
    rows = table.rows
    start = None
    for r in range(first_row, len(rows) + 1):
        txt = rows[r].cells[col].text if r < len(rows) else "\x00"
        if r < len(rows) and txt == "" and start is not None:
            continue
        if start is not None and r - 1 > start:
            a = rows[start].cells[col]
            b = rows[r - 1].cells[col]
            keep = a.text
            m = a.merge(b)
            set_cell(m, keep)
        start = r


def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Sjöbo-Hammars kommun"
    if landscape:
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.8)
    return doc


# ====================================================================== F1
def f1_ks():
    fil = "Verksamhetsberättelse 2025 Kommunstyrelsen.docx"
    doc = new_doc(landscape=True)
    cp = doc.core_properties
    cp.author = "Anna Lindqvist"
    cp.title = "Verksamhetsberättelse 2025"
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "SJÖBO-HAMMARS KOMMUN\tKommunledningsförvaltningen\tDnr KS 2026/0041"

    doc.add_heading("Verksamhetsberättelse 2025", 0)
    doc.add_paragraph("Kommunstyrelsen").runs[0].bold = True
    doc.add_paragraph("Beslutad av kommunstyrelsen 2026-02-25. Rapporten ingår som underlag till "
                      "kommunens årsredovisning 2025.")

    doc.add_heading("1. Ordförandens kommentar", 1)
    doc.add_paragraph(
        "År 2025 präglades av fortsatt stramare ekonomiska förutsättningar, en ny organisation för "
        "kommunledningsförvaltningen och arbetet med att införa ett nytt ärendehanteringssystem. "
        "Kommunstyrelsen redovisar ett överskott mot budget på 3,4 mnkr, främst beroende på vakanser "
        "och lägre kostnader för konsulttjänster.")

    doc.add_heading("2. Viktiga händelser under året", 1)
    for b in ["Ny översiktsplan antogs av kommunfullmäktige i juni.",
              "Upphandling av nytt ärendehanteringssystem slutfördes; driftstart januari 2026.",
              "Kommunens krisledningsorganisation övades tillsammans med räddningstjänsten i november.",
              "Kontaktcenter öppnade i kommunhuset i Hammar."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. Ekonomi", 1)
    doc.add_paragraph("Tabell 1. Driftredovisning per verksamhet (tkr)")
    doc_table(doc, ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"], [
        ["Kommunledning och kansli", "-24 300", "-23 120", "1 180", "-22 870"],
        ["Ekonomi och upphandling", "-18 950", "-18 410", "540", "-18 020"],
        ["HR och lön", "-21 400", "-20 680", "720", "-20 950"],
        ["IT och digitalisering", "-31 200", "-31 650", "-450", "-29 480"],
        ["Samhällsutveckling och näringsliv", "-12 800", "-11 390", "1 410", "-11 960"],
        ["Summa", "-108 650", "-105 250", "3 400", "-103 280"],
    ], widths=[7, 3, 3, 3, 3])

    doc.add_heading("4. Måluppfyllelse", 1)
    doc.add_paragraph("Tabell 2. Kommunstyrelsens mål och indikatorer 2025")
    doc_table(doc, ["Mål", "Indikator", "Målvärde", "Utfall 2025", "Bedömning"], [
        ["Sjöbo-Hammar är en attraktiv kommun att bo och verka i",
         "Nöjd-Region-Index (SCB)", "≥ 60", "58", "Delvis uppfyllt"],
        ["God service till invånare och företag",
         "Andel e-post besvarade inom två dagar", "90 %", "93 %", "Uppfyllt"],
        ["Hållbar personalförsörjning", "Sjukfrånvaro kommunledningsförvaltningen", "≤ 5,0 %", "5,6 %",
         "Ej uppfyllt"],
        ["Ekonomi i balans", "Resultat i förhållande till budget", "≥ 0", "+3,4 mnkr", "Uppfyllt"],
    ], widths=[7, 6, 2.5, 2.5, 3])

    doc.add_heading("5. Intern kontroll", 1)
    doc.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 12 februari 2025 (§ 23). Planen omfattar "
        "nio kontrollmoment inom sex processer. Nedan redovisas uppföljningen för helåret. Av de nio "
        "kontrollerna har sex genomförts, en har genomförts delvis, en har inte genomförts och en har "
        "utgått efter beslut. Internkontrollplanen för 2026 antas av kommunstyrelsen i mars 2026.")
    doc.add_paragraph("Tabell 3. Uppföljning av internkontrollplan 2025, helår")
    rows = [
        # process, kontrollmoment, metod, ansvarig, status, resultat, (exp status, avv)
        ["Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor per halvår", "Redovisningschef", "Genomförd",
         "Inga avvikelser. Samtliga granskade fakturor var attesterade av behörig attestant.",
         "GENOMFORD", "nej"],
        ["", "Representation och förtroendekänsliga poster – syfte och deltagare anges",
         "Samtliga verifikationer på konto 6071–6072", "Controller", "Genomförd med avvikelse",
         "I 6 av 31 verifikationer saknades deltagarförteckning. Påminnelse om riktlinjen har "
         "skickats till samtliga chefer.", "GENOMFORD", "ja"],
        ["Upphandling", "Köp över direktupphandlingsgränsen sker mot avtal (avtalstrohet)",
         "Leverantörsanalys för helåret", "Upphandlingschef", "Delvis genomförd",
         "Analysen är gjord för januari–september. Tre leverantörer av IT-konsulttjänster utan avtal "
         "har identifierats; upphandling pågår.", "DELVIS", "ja"],
        ["Personal", "Löneutbetalningar till avslutade anställningar",
         "Kontroll mot avslutslista varje månad", "HR-chef", "Genomförd",
         "En felaktig utbetalning (8 200 kr) upptäcktes i mars och har återkrävts.", "GENOMFORD", "ja"],
        ["", "Bisysslor är anmälda och prövade", "Enkät till samtliga chefer", "HR-chef",
         "Ej genomförd",
         "Kontrollen har skjutits till 2026 på grund av byte av HR-system.", "EJ_GENOMFORD", ""],
        ["Informationssäkerhet",
         "Behörigheter i ekonomisystemet Raindance följs upp och tas bort vid avslutad anställning",
         "Behörighetsgenomgång två gånger per år", "IT-chef", "Genomförd",
         "Genomgång i juni och december. Fyra behörigheter för avslutade användare togs bort.",
         "GENOMFORD", "ja"],
        ["Dokument- och ärendehantering",
         "Diarieföring av inkommande handlingar sker inom två arbetsdagar",
         "Stickprov 25 handlingar per kvartal", "Registrator", "Genomförd",
         "Samtliga stickprov var diarieförda inom tidsgränsen.", "GENOMFORD", "nej"],
        ["Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse mellan beslut i Public 360 och anmälningslistor", "Kommunsekreterare", "Utgår",
         "Utgår enligt beslut KS 2025-06-11 § 112 – ersätts av automatisk anmälan i det nya "
         "ärendesystemet.", "UTGAR", ""],
        ["Säkerhet", "Krisledningsplanen är uppdaterad och övad",
         "Övning genomförs under hösten", "Säkerhetssamordnare", "",
         "Övningen genomfördes 2025-11-19 tillsammans med räddningstjänsten. Planen uppdaterades "
         "efter övningen utan anmärkning.", "GENOMFORD", "nej"],
    ]
    t = doc_table(doc, ["Process", "Kontrollmoment", "Metod och omfattning", "Ansvarig", "Status",
                        "Resultat och åtgärder"],
                  [r[:6] for r in rows], widths=[3.2, 6, 4, 2.8, 2.8, 7])
    merge_runs_in_column(t, 0)
    expect(fil, "Kommunstyrelsen", [(r[1], r[6], r[7]) for r in rows])

    doc.add_paragraph("")
    doc.add_paragraph(
        "Kommunstyrelsen bedömer att den interna kontrollen inom styrelsens ansvarsområde under 2025 "
        "i huvudsak har varit tillräcklig. Avvikelserna om representation och avtalstrohet följs upp "
        "i internkontrollplanen 2026.")

    doc.add_heading("6. Personal", 1)
    doc_table(doc, ["Nyckeltal", "2023", "2024", "2025"], [
        ["Antal tillsvidareanställda", "148", "152", "149"],
        ["Sjukfrånvaro, %", "5,1", "5,3", "5,6"],
        ["Personalomsättning, %", "9,8", "11,2", "8,7"],
    ], widths=[7, 3, 3, 3])

    doc.add_paragraph("")
    doc.add_paragraph("Sjöbo-Hammar 2026-02-10\n\nAnna Lindqvist\nKommundirektör")
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    return fil


# ====================================================================== F2
def f2_bun():
    fil = "BUN Årsredovisning 2025 kapitel Barn- och utbildningsnämnden.odt"
    doc = new_doc(landscape=False)
    doc.core_properties.author = "Karin Sjöberg"
    doc.core_properties.title = "Årsredovisning 2025 – Barn- och utbildningsnämnden"
    doc.sections[0].left_margin = doc.sections[0].right_margin = Cm(1.8)
    doc.add_heading("Barn- och utbildningsnämnden", 1)
    doc.add_paragraph("Kapitel i Sjöbo-Hammars kommuns årsredovisning 2025")

    doc.add_heading("Verksamhetens inriktning", 2)
    doc.add_paragraph(
        "Nämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, grundskola, fritidshem, "
        "grundsärskola, gymnasieskola och kommunal vuxenutbildning. Under 2025 hade verksamheterna "
        "i genomsnitt 4 380 barn och elever. Elevantalet i grundskolan minskade något medan "
        "vuxenutbildningen ökade.")

    doc.add_heading("Ekonomiskt utfall", 2)
    doc_table(doc, ["Verksamhet (tkr)", "Nettokostnad 2024", "Budget 2025", "Utfall 2025",
                    "Budgetavvikelse"], [
        ["Förskola och pedagogisk omsorg", "-178 400", "-183 900", "-182 100", "1 800"],
        ["Grundskola inkl. förskoleklass och fritidshem", "-356 200", "-362 500", "-366 900", "-4 400"],
        ["Grundsärskola", "-19 800", "-20 400", "-21 250", "-850"],
        ["Gymnasieskola", "-141 700", "-146 000", "-144 300", "1 700"],
        ["Vuxenutbildning", "-22 900", "-23 600", "-23 100", "500"],
        ["Skolskjuts", "-28 300", "-29 000", "-31 400", "-2 400"],
        ["Totalt", "-747 300", "-765 400", "-769 050", "-3 650"],
    ])

    doc.add_heading("Nämndens mål", 2)
    doc.add_paragraph("Måluppfyllelse: ● uppfyllt  ◐ delvis uppfyllt  ○ ej uppfyllt")
    doc_table(doc, ["Mål", "Indikator", "Utfall 2025", "Bedömning"], [
        ["Alla elever ska nå kunskapskraven", "Andel elever i åk 9 behöriga till gymnasiet", "84 %", "◐"],
        ["Trygg och stimulerande lärmiljö", "Andel elever som känner sig trygga i skolan (åk 5)", "91 %", "●"],
        ["Hög tillgänglighet i förskolan", "Placering inom fyra månader från ansökan", "100 %", "●"],
        ["Hållbar skolskjuts", "Andel skolskjuts med fossilfria fordon", "42 %", "○"],
    ])

    doc.add_heading("Intern kontroll", 2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen 2025 i januari 2025 (BUN § 8). Planen omfattar tio "
        "kontrollmoment. Tabellen visar status vid andra tertialen (T2) och vid årets slut (helår).")
    doc.add_paragraph(
        "Teckenförklaring status: ● Genomförd   ◐ Delvis genomförd / pågår   ○ Ej genomförd   "
        "✕ Utgår   – ingen rapportering vid tertialen")
    rows = [
        ["Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Halvår", "●", "●", "Nej",
         "Stickprov 2 × 30 fakturor utan anmärkning.", "GENOMFORD", "nej"],
        ["", "Inköp via e-handel – beställningar görs i e-handelssystemet", "Tertial", "◐", "◐", "Ja",
         "Andelen e-handel 71 % (mål 85 %). Förskoleområde Norr köper fortfarande utanför systemet.",
         "DELVIS", "ja"],
        ["", "Fakturering av barnomsorgsavgifter mot aktuell inkomstuppgift", "Årligen", "○", "●", "Ja",
         "Inkomstkontroll mot Skatteverket genomförd i oktober; 37 hushåll har efterdebiterats.",
         "GENOMFORD", "ja"],
        ["Elevhälsa och trygghet",
         "Anmälan om kränkande behandling utreds och dokumenteras inom 14 dagar", "Tertial", "◐", "●",
         "Ja", "Samtliga 212 anmälningar utredda, varav 204 inom 14 dagar. Rektorer med sena "
         "utredningar har fått återkoppling.", "GENOMFORD", "ja"],
        ["", "Frånvarouppföljning – vårdnadshavare kontaktas samma dag vid ogiltig frånvaro", "Tertial",
         "●", "", "", "", "GENOMFORD", ""],
        ["Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Årligen", "–", "○", "–",
         "Ej genomförd – resurserna har prioriterats till ny upphandling av skolskjuts.",
         "EJ_GENOMFORD", ""],
        ["", "Upphandlad skolskjutstrafik följer avtalade villkor (fordon, tider)", "Halvår", "◐", "◐",
         "Ja", "Avtalsuppföljning gjord med en av två entreprenörer. Återkommande förseningar på "
         "linje 14.", "DELVIS", "ja"],
        ["Personal", "Legitimationskontroll vid nyanställning av lärare och förskollärare", "Tertial",
         "●", "●", "Nej", "Kontroll mot Skolverkets register för samtliga 48 nyanställda.",
         "GENOMFORD", "nej"],
        ["", "Utdrag ur belastningsregistret lämnas före anställning", "Tertial", "●", "◐ ●", "", "",
         "OKLAR", ""],
        ["Informationssäkerhet",
         "Behörigheter i elevdokumentationssystemet tas bort när personal slutar", "Halvår", "✕", "✕",
         "–", "Utgår – kontrollen är flyttad till kommunstyrelsens plan för IT-säkerhet.", "UTGAR", ""],
    ]
    t = doc_table(doc, ["Kontrollområde", "Kontrollmoment", "Frekvens", "T2", "Helår", "Avvikelse",
                        "Kommentar helår"],
                  [r[:7] for r in rows], widths=[2.6, 5.2, 1.6, 1, 1.2, 1.6, 5.2], size=8.5)
    for row in t.rows[1:]:
        for c in (3, 4, 5):
            row.cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    merge_runs_in_column(t, 0)
    expect(fil, "Barn- och utbildningsnämnden", [(r[1], r[7], r[8]) for r in rows])

    doc.add_paragraph("")
    doc.add_paragraph(
        "Nämndens samlade bedömning är att den interna kontrollen är tillräcklig men att uppföljningen "
        "av skolskjutsavtalen behöver stärkas. Kontrollen av e-handel och skolskjuts återkommer i "
        "internkontrollplanen 2026.")

    doc.add_heading("Investeringar", 2)
    doc_table(doc, ["Projekt (tkr)", "Budget 2025", "Utfall 2025", "Status"], [
        ["Ny förskola Hammar norra", "38 000", "31 450", "Pågår"],
        ["Inventarier skolor", "4 500", "4 380", "Klart"],
        ["Skolgård Lövåsskolan", "2 200", "0", "Ej påbörjat"],
    ])
    doc.add_heading("Framtid", 2)
    doc.add_paragraph(
        "Minskande barnkullar i förskolan och fler elever i gymnasieåldern kräver en fortsatt "
        "anpassning av lokalerna under planperioden 2026–2028.")

    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, fil[:-4] + ".docx")
    doc.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))
    return fil


# ====================================================================== F3
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def omsorg_sheet(ws, namnd, ansvarig, data):
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["C2"] = namnd
    ws["A3"] = "Period:"
    ws["C3"] = "Helår (januari–december 2025)"
    ws["A4"] = "Sammanställd av:"
    ws["C4"] = ansvarig
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(bold=True)
    # two-row header
    ws["A6"] = "Riskbedömning och kontroll"
    ws.merge_cells("A6:J6")
    ws["K6"] = "Uppföljning"
    ws.merge_cells("K6:N6")
    heads = ["Nr", "Process/rutin", "Risk", "Sanno-\nlikhet", "Konse-\nkvens", "Risk-\nvärde",
             "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status T2", "Status helår",
             "Avvikelse\n(Ja/Nej)", "Kommentar/åtgärd"]
    fill_h = PatternFill("solid", fgColor="1F4E78")
    fill_g = PatternFill("solid", fgColor="DDEBF7")
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill_h
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    for col in range(1, 15):
        c = ws.cell(row=6, column=col)
        c.font = Font(bold=True)
        c.fill = fill_g
        c.border = BORDER
    widths = [5, 16, 24, 7, 7, 6, 34, 22, 11, 18, 12, 12, 10, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    dv = DataValidation(type="list", formula1='"Klar,Pågår,Ej påbörjad,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    r = 8
    merge_start = None
    prev_proc = None
    for d in data:
        nr, proc, risk, s, k, km, metod, frek, ans, t2, hel, avv, kom = d[:13]
        vals = [nr, proc, risk, s, k, s * k, km, metod, frek, ans, t2, hel, avv, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v != "" else None))
            c.alignment = WRAP
            c.border = BORDER
        dv.add("K%d:L%d" % (r, r))
        if proc:
            if merge_start is not None and r - 1 > merge_start:
                ws.merge_cells("B%d:B%d" % (merge_start, r - 1))
            merge_start = r
        r += 1
    if merge_start is not None and r - 1 > merge_start:
        ws.merge_cells("B%d:B%d" % (merge_start, r - 1))
    last = r - 1
    r += 1
    ws.cell(row=r, column=1, value="Summering helår").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Antal kontroller")
    ws.cell(row=r + 1, column=4, value=len(data))
    ws.cell(row=r + 2, column=1, value="varav Klar")
    ws.cell(row=r + 2, column=4, value=sum(1 for d in data if d[10] == "Klar"))
    ws.cell(row=r + 3, column=1, value="varav med avvikelse")
    ws.cell(row=r + 3, column=4, value=sum(1 for d in data if d[11] == "Ja"))
    ws.freeze_panes = "A8"
    ws.print_title_rows = "7:7"
    ws.page_setup.orientation = "landscape"
    ws.oddFooter.left.text = "Omsorgsförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"


def f3_omsorg():
    fil = "Omsorgsförvaltningen_uppföljning_IKP_helår2025.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Instruktion – uppföljning av internkontrollplan 2025", True),
        ("", False),
        ("Varje nämnd som omsorgsförvaltningen arbetar åt har en egen flik.", False),
        ("Fyll i kolumnen Status för aktuell period med hjälp av rullistan och kommentera alltid "
         "avvikelser och ej genomförda kontroller.", False),
        ("", False),
        ("Statusvärden", True),
        ("Klar", False), ("Kontrollen är genomförd för perioden.", False),
        ("Pågår", False), ("Kontrollen är påbörjad men inte slutförd.", False),
        ("Ej påbörjad", False), ("Kontrollen har inte påbörjats.", False),
        ("Utgår", False), ("Nämnden har beslutat att kontrollen inte ska genomföras.", False),
        ("", False),
        ("Riskvärde = sannolikhet × konsekvens (1–4). Riskvärde 9 eller högre = kritisk risk.", False),
        ("Sista dag för inlämning till kommunledningsförvaltningen: 2026-02-06.", False),
    ]
    r = 1
    i = 0
    while i < len(lines):
        text, bold = lines[i]
        if text in ("Klar", "Pågår", "Ej påbörjad", "Utgår"):
            ins.cell(row=r, column=1, value=text).font = Font(bold=True)
            ins.cell(row=r, column=2, value=lines[i + 1][0])
            i += 2
        else:
            c = ins.cell(row=r, column=1, value=text or None)
            if bold:
                c.font = Font(bold=True, size=12)
            i += 1
        r += 1
    ins.column_dimensions["A"].width = 16
    ins.column_dimensions["B"].width = 70

    sn = [
        ["1.1", "Ekonomiskt bistånd", "Felaktiga utbetalningar", 3, 4,
         "Utbetalning av ekonomiskt bistånd sker mot fattat beslut", "Stickprov 20 ärenden per månad",
         "Månadsvis", "Enhetschef försörjningsstöd", "Klar", "Klar", "Nej",
         "240 ärenden granskade under året, inga felaktigheter.", "GENOMFORD", "nej"],
        ["1.2", "", "Bidragsfel p.g.a. ej kontrollerade inkomster", 3, 3,
         "Kontroll av inkomster mot Försäkringskassan och CSN (SSBTEK) vid nybesök",
         "Stickprov 15 nybesök per tertial", "Tertial", "Enhetschef försörjningsstöd", "Pågår", "Klar",
         "Ja", "I 3 av 60 ärenden saknades SSBTEK-kontroll. Rutinen har förtydligats på APT.",
         "GENOMFORD", "ja"],
        ["2.1", "Barn och unga", "Barn far illa p.g.a. utebliven skyddsbedömning", 2, 4,
         "Skyddsbedömning görs samma dag som orosanmälan inkommer", "Månatlig genomgång i Treserva",
         "Månadsvis", "Enhetschef barn och unga", "Klar", "Pågår", "",
         "Genomgången för september–december är inte slutförd, klar i mars 2026.", "DELVIS", ""],
        ["2.2", "", "Utredning inleds inte i tid", 3, 3,
         "Förhandsbedömning avslutas inom 14 dagar", "Uttag ur Treserva, samtliga anmälningar",
         "Tertial", "Enhetschef barn och unga", "Ej påbörjad", "Ej påbörjad", "",
         "Har inte hunnits med på grund av hög personalomsättning. Flyttas till plan 2026.",
         "EJ_GENOMFORD", ""],
        ["2.3", "", "Placerade barn följs inte upp",
         2, 4, "Socialsekreterare besöker placerade barn minst fyra gånger per år",
         "Stickprov 10 placeringar", "Halvår", "Enhetschef barn och unga", "Klar", "", "", "",
         "GENOMFORD", ""],
        ["3.1", "Vuxen och missbruk", "Bristande dokumentation", 3, 2,
         "Journalföring sker löpande och senast inom fem arbetsdagar", "Stickprov 10 akter per tertial",
         "Tertial", "Enhetschef vuxen", "Pågår", "Pågår", "Ja",
         "Stickproven visar eftersläpning inom vuxenenheten. Två av tre stickprov är gjorda.",
         "DELVIS", "ja"],
        ["3.2", "Delegation", "Beslut fattas utan behörighet", 1, 3,
         "Delegationsbeslut inom IFO anmäls till nämnden", "Jämförelse beslut/anmälningslista",
         "Halvår", "Nämndsekreterare", "Utgår", "Utgår", "", "Utgår enligt beslut SN 2025-05-20 § 61.",
         "UTGAR", ""],
        ["3.3", "Ekonomi", "Felaktiga betalningar", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Halvår",
         "Förvaltningsekonom", "", "", "", "", "SAKNAS", ""],
    ]
    von = [
        ["1.1", "Hemtjänst", "Debitering av ej utförd tid", 3, 3,
         "Utförd tid i hemtjänsten registreras i TES och stäms av mot beviljad tid",
         "Månadsvis avstämning per brukare", "Månadsvis", "Enhetschef hemtjänst", "Klar", "Klar", "Ja",
         "Avvikelse över 20 % i 11 ärenden; samtliga har utretts och beslut har setts över.",
         "GENOMFORD", "ja"],
        ["1.2", "", "Felaktiga avgifter", 2, 2, "Avgifter för hemtjänst debiteras enligt taxa",
         "Stickprov 20 fakturor", "Halvår", "Avgiftshandläggare", "Klar", "Klar", "Nej",
         "Inga fel i stickproven.", "GENOMFORD", "nej"],
        ["2.1", "Särskilt boende", "Felaktig läkemedelsgivning", 2, 4,
         "Läkemedelshantering –\nsigneringslistor kontrolleras", "Egenkontroll av MAS, samtliga enheter",
         "Tertial", "Medicinskt ansvarig sjuksköterska", "Pågår", "Klar", "Ja",
         "Brister i signering vid två enheter; handlingsplan upprättad.", "GENOMFORD", "ja"],
        ["2.2", "", "Den enskildes behov tillgodoses inte", 3, 2,
         "Genomförandeplan upprättas inom 14 dagar efter inflyttning", "Genomgång av nya inflyttningar",
         "Halvår", "Enhetschefer SÄBO", "Pågår", "Pågår", "Nej",
         "Kontrollen har genomförts på 3 av 6 boenden.", "DELVIS", "nej"],
        ["3.1", "LSS", "Beslut verkställs inte", 2, 3,
         "Beslut enligt LSS verkställs inom tre månader", "Uttag ur verksamhetssystemet", "Tertial",
         "Enhetschef LSS", "Ej påbörjad", "Ej påbörjad", "",
         "Ej genomförd. Ersätts av den lagstadgade rapporteringen av ej verkställda beslut till IVO.",
         "EJ_GENOMFORD", ""],
        ["3.2", "", "Fakturor betalas för tjänster som inte beviljats", 2, 4,
         "Fakturor från externa utförare av personlig assistans stäms av mot beslut",
         "Samtliga fakturor", "Månadsvis", "Förvaltningsekonom", "Klar", "Klar", "Nej", "",
         "GENOMFORD", "nej"],
        ["4.1", "Bemanning", "Olämplig person anställs", 1, 4,
         "Timanställda har giltigt registerutdrag innan första arbetspass",
         "Stickprov 20 nyanställda timavlönade", "Halvår", "Bemanningsenheten", "", "Se bilaga 2", "",
         "", "OKLAR", ""],
    ]
    ws = wb.create_sheet("SN")
    omsorg_sheet(ws, "Socialnämnden", "Lena Ahlgren, kvalitetsutvecklare", sn)
    ws = wb.create_sheet("VON")
    omsorg_sheet(ws, "Vård- och omsorgsnämnden", "Lena Ahlgren, kvalitetsutvecklare", von)
    expect(fil, "Socialnämnden", [(d[5], d[13], d[14]) for d in sn])
    expect(fil, "Vård- och omsorgsnämnden", [(d[5], d[13], d[14]) for d in von])
    wb.properties.creator = "Lena Ahlgren"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.active = 1
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "HELAR"))
    return fil


# ====================================================================== F4
def sbf_sheet(ws, title2, data, header_text):
    ws["A1"] = "Samhällsbyggnadsförvaltningen – intern kontroll 2025, helårsuppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    if title2:
        ws["A2"] = title2
        ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Markera med x i den kolumn som stämmer för kontrollen. Beskriv iakttagelser och avvikelser."
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis",
             "Ej genomförd", "Ej aktuell", "Iakttagelser / avvikelser"]
    fill = PatternFill("solid", fgColor="E2EFDA")
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center",
                                horizontal="center" if 4 <= i <= 7 else "left")
    for col, w in zip("ABCDEFGH", [16, 42, 18, 10, 8, 10, 9, 48]):
        ws.column_dimensions[col].width = w
    r = 6
    for d in data:
        area, km, ans, marks, kom = d[:5]
        vals = [area, km, ans] + [("x" if m in marks else None) for m in "GDEA"] + [kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 4 <= i <= 7 else "left")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Datum: 2026-01-30").font = Font(size=9)
    ws.cell(row=r + 1, column=1, value="Ansvarig: Jonas Berg, förvaltningschef").font = Font(size=9)
    ws.oddHeader.center.text = header_text
    ws.oddHeader.right.text = "&D"
    ws.page_setup.orientation = "landscape"


def f4_sbf():
    fil = "SBF IK-uppföljning 2025 helår.xls"
    wb = Workbook()
    tn = [
        ["Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "G",
         "Inga anmärkningar.", "GENOMFORD", "nej"],
        ["Ekonomi", "Fakturering av VA-anslutningsavgifter sker enligt VA-taxan", "VA-chef", "D",
         "12 av 30 nya anslutningar kontrollerade; en felaktig debitering har rättats.", "DELVIS", "ja"],
        ["Fastighet", "Lagstadgade besiktningar (hiss, brand, OVK) genomförs enligt plan",
         "Fastighetschef", "G", "OVK försenad på två objekt, nu åtgärdat.", "GENOMFORD", "ja"],
        ["Gata/park", "Inspektion av lekplatser enligt SS-EN 1176", "Parkingenjör", "GD", "",
         "OKLAR", ""],
        ["Upphandling",
         "Avrop från ramavtal för entreprenader följer avtalets fördelningsordning", "Teknisk chef", "",
         "Kontrollen har inte genomförts under året.", "EJ_GENOMFORD", ""],
        ["Avfall", "Kundregistret för renhållning stäms av mot fastighetsregistret", "Avfallssamordnare",
         "A", "Renhållningen överfördes till Sjöbo-Hammar Avfall AB från 2025-04-01.", "UTGAR", ""],
        ["Fordon", "Körjournaler förs för kommunens fordon", "Fordonssamordnare", "", "", "SAKNAS", ""],
    ]
    mbn = [
        ["Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "G",
         "94 % inom tid. Sju ärenden över tio veckor, samtliga med beslut om förlängd handläggningstid.",
         "GENOMFORD", "nej"],
        ["Myndighetsutövning", "Tillsynsavgifter debiteras enligt taxa", "Miljöchef", "G",
         "Stickprov 25 debiteringar: två fel i timavgiften, rättade.", "GENOMFORD", "ja"],
        ["Myndighetsutövning", "Jäv – handläggare anmäler jäv i ärendesystemet", "Miljöchef", "E", "",
         "EJ_GENOMFORD", ""],
        ["Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "G", "",
         "GENOMFORD", ""],
        ["Livsmedelskontroll", "Planerade livsmedelskontroller genomförs enligt kontrollplan",
         "Livsmedelsinspektör", "D",
         "82 % av planerade kontroller genomförda; vakans under halva året.", "DELVIS", "ja"],
        ["Ekonomi", "Representation redovisas med syfte och deltagare", "Ekonom", "G",
         "Inga avvikelser.", "GENOMFORD", "nej"],
    ]
    ws = wb.active
    ws.title = "TN 2025"
    sbf_sheet(ws, "Tekniska nämnden", tn, "Tekniska nämnden")
    ws = wb.create_sheet("MBN 2025")
    sbf_sheet(ws, None, mbn, "Miljö- och byggnämnden")
    expect(fil, "Tekniska nämnden", [(d[1], d[5], d[6]) for d in tn])
    expect(fil, "Miljö- och byggnämnden", [(d[1], d[5], d[6]) for d in mbn])
    wb.properties.creator = "Jonas Berg"
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, fil[:-4] + ".xlsx")
    wb.save(src)
    soffice_convert(src, 'xls:MS Excel 97', OUT)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "HELAR"))
    return fil


# ====================================================================== F5
def f5_ofn():
    fil = "ÖFN Verksamhetsberättelse 2025 Sjöbo-Hammar och Ljungå.doc"
    namnd = "Överförmyndarnämnden Sjöbo-Hammar–Ljungå"
    doc = new_doc()
    doc.core_properties.author = "Överförmyndarenheten"
    doc.sections[0].header.paragraphs[0].text = \
        "Överförmyndarnämnden Sjöbo-Hammar–Ljungå\tVerksamhetsberättelse 2025"
    doc.add_heading("Verksamhetsberättelse 2025", 0)
    doc.add_paragraph("Överförmyndarnämnden Sjöbo-Hammar–Ljungå – gemensam nämnd för Sjöbo-Hammars "
                      "kommun och Ljungå kommun").runs[0].bold = True
    doc.add_paragraph(
        "Överförmyndarnämnden är sedan 2019 en gemensam nämnd för Sjöbo-Hammars kommun och Ljungå "
        "kommun, med Sjöbo-Hammar som värdkommun. Nämnden ingår i värdkommunens organisation och "
        "verksamhetsberättelsen lämnas till kommunfullmäktige i båda kommunerna. Kostnaderna fördelas "
        "enligt samverkansavtalet efter antal ärenden (2025: Sjöbo-Hammar 62 %, Ljungå 38 %).")

    doc.add_heading("Ärendeutveckling", 1)
    doc_table(doc, ["Ärendetyp", "Sjöbo-Hammar 2025", "Ljungå 2025", "Totalt 2024", "Totalt 2025"], [
        ["Godmanskap", "231", "142", "366", "373"],
        ["Förvaltarskap", "48", "27", "71", "75"],
        ["Förmynderskap (barn med tillgångar)", "96", "55", "148", "151"],
        ["Ensamkommande barn, god man", "3", "1", "7", "4"],
        ["Summa", "378", "225", "592", "603"],
    ])
    doc.add_heading("Ekonomi", 1)
    doc_table(doc, ["Tkr", "Budget 2025", "Utfall 2025", "varav Sjöbo-Hammar", "varav Ljungå"], [
        ["Arvoden ställföreträdare", "-2 950", "-3 080", "-1 910", "-1 170"],
        ["Personal och administration", "-4 100", "-3 960", "-2 455", "-1 505"],
        ["Nämndkostnader", "-310", "-285", "-177", "-108"],
        ["Nettokostnad", "-7 360", "-7 325", "-4 542", "-2 783"],
    ])

    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph(
        "Nämndens internkontrollplan 2025 gäller verksamheten i båda kommunerna. Där kontrollen avser "
        "endast den ena kommunen anges det i kolumnen Kommun.")
    rows = [
        ["Årsräkningar granskas inom sex månader från inlämning", "Båda",
         "Samtliga 412 årsräkningar",
         "Sjöbo-Hammar: 98 % inom sex månader.\nLjungå: 91 % inom sex månader.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"],
        ["Nya ställföreträdare kontrolleras mot belastnings- och kronofogderegistret före förordnande",
         "Båda", "Samtliga nya ställföreträdare (37)", "Ingen avvikelse.", "Genomförd", "GENOMFORD",
         "nej"],
        ["Arvodesutbetalningar till ställföreträdare stämmer med nämndens beslut", "Sjöbo-Hammar",
         "Stickprov 20 utbetalningar", "Utbetalning sker via Sjöbo-Hammars lönesystem. Inga fel "
         "upptäcktes.", "Genomförd", "GENOMFORD", "nej"],
        ["Fakturering av Ljungå kommuns andel av nämndens kostnader sker enligt samverkansavtalet",
         "Ljungå", "Kvartalsvis", "Fakturering för kvartal 1–3 är gjord och stämmer med avtalet. "
         "Kvartal 4 faktureras i februari 2026.", "Delvis genomförd", "DELVIS", "nej"],
        ["Förteckningar över huvudmannens tillgångar lämnas in inom två månader", "Båda",
         "Bevakning i verksamhetssystemet",
         "Påminnelserutinen har inte följts upp under året på grund av byte av verksamhetssystem.",
         "Ej genomförd", "EJ_GENOMFORD", ""],
        ["Akter arkiveras digitalt i e-arkivet", "Båda", "–",
         "Ej aktuellt 2025 – införandet av e-arkiv har skjutits upp av värdkommunen.", "Utgår",
         "UTGAR", ""],
        ["Spärrade bankkonton för huvudmän kontrolleras vid granskning", "Båda", "Stickprov 30 akter",
         "Se separat rapport till nämnden 2025-12-09.", "", "OKLAR", ""],
    ]
    doc_table(doc, ["Kontrollmoment", "Kommun", "Omfattning", "Resultat", "Bedömning"],
              [r[:5] for r in rows], widths=[5, 2.2, 3, 5.5, 2.6], size=9)
    expect(fil, namnd, [(r[0], r[5], r[6]) for r in rows])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Nämnden bedömer att den interna kontrollen under 2025 har varit tillräcklig. Granskningstiden "
        "för årsräkningar i Ljungå ska förbättras under 2026.")
    doc.add_paragraph("Sjöbo-Hammar den 3 februari 2026\n\nGunilla Persson (C)\nOrdförande")

    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, fil[:-4] + ".docx")
    doc.save(src)
    soffice_convert(src, 'doc:MS Word 97', OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    return fil


# ====================================================================== F6
def f6_kfn():
    fil = "SV Uppföljning intern kontroll 2025 - KFN.txt"
    items = [
        ("Utbetalning av föreningsbidrag sker enligt riktlinjerna och mot fullständig ansökan",
         "genomförd. 25 ansökningar granskade, två föreningar saknade årsmötesprotokoll och bidraget "
         "har hållits inne tills protokollen kommit in.", "GENOMFORD", "ja"),
        ("Kontanthantering i simhallens kassa och bibliotekets avgifter",
         "genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler och idrottshallar debiteras enligt taxa",
         "delvis, vi har kontrollerat Hammarhallen men inte de mindre lokalerna.", "DELVIS", ""),
        ("Systematiskt brandskyddsarbete i kulturhuset och på fritidsgårdarna",
         "ej genomförd, flyttas till 2026.", "EJ_GENOMFORD", ""),
    ]
    body = [
        "Från: Maria Holm <maria.holm@sjobohammar.se>",
        "Skickat: den 6 februari 2026 14:12",
        "Till: Ekonomi Sjöbo-Hammar <ekonomi@sjobohammar.se>",
        "Kopia: Peter Ek <peter.ek@sjobohammar.se>",
        "Ämne: SV: Uppföljning intern kontroll 2025",
        "",
        "Hej!",
        "",
        "Vi har inte hunnit göra någon egen rapport i år, så här kommer kultur- och fritidsnämndens "
        "helårsuppföljning av internkontrollplanen 2025 direkt i mejlet. Nämnden tar upp den på "
        "sammanträdet den 18 februari.",
        "",
    ]
    for i, (km, res, _, _) in enumerate(items, 1):
        body.append("%d. %s – %s" % (i, km, res))
    body += [
        "",
        "Säg till om ni behöver något mer!",
        "",
        "Hälsningar",
        "Maria Holm",
        "Förvaltningsekonom",
        "Kultur- och fritidsförvaltningen, Sjöbo-Hammars kommun",
        "Tfn 0416-38 12 40",
        "",
        "-----Ursprungligt meddelande-----",
        "Från: Ekonomi Sjöbo-Hammar",
        "Skickat: den 12 januari 2026 09:03",
        "Till: Förvaltningsekonomer",
        "Ämne: Uppföljning intern kontroll 2025",
        "",
        "Hej alla,",
        "",
        "påminnelse: helårsuppföljningen av nämndernas internkontrollplaner 2025 ska lämnas till "
        "ekonomi@sjobohammar.se senast den 6 februari. Använd gärna er egen mall, men ange för varje "
        "kontrollmoment om det är genomfört och om avvikelser har upptäckts.",
        "",
        "Vänliga hälsningar",
        "Ekonomiavdelningen",
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(body) + "\n")
    expect(fil, "Kultur- och fritidsnämnden", [(a, c, d) for a, b, c, d in items])
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    return fil


# ====================================================================== F7
def f7_amn():
    fil = "VB 2025 AMN.docx"
    doc = new_doc()
    doc.core_properties.author = "Sara Nilsson"
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Arbetsmarknadsnämnden\tVerksamhetsberättelse 2025\t"
    doc.sections[0].footer.paragraphs[0].text = "Sjöbo-Hammars kommun"
    doc.add_heading("Verksamhetsberättelse helår 2025", 0)
    doc.add_paragraph(
        "Under året har verksamheten vid Jobbtorget tagit emot 612 deltagare, varav 238 har gått "
        "vidare till arbete eller studier. Antalet hushåll med ekonomiskt bistånd där arbetslöshet är "
        "huvudorsak minskade med 9 procent jämfört med 2024.")

    doc.add_heading("Uppdrag från kommunfullmäktige", 1)
    doc_table(doc, ["Uppdrag", "Status", "Kommentar"], [
        ["Utreda en gemensam ingång för unga som varken arbetar eller studerar (UVAS)", "Klart",
         "Rapport lämnad till KF i oktober."],
        ["Öka antalet feriepraktikplatser hos privata arbetsgivare", "Pågår",
         "42 platser 2025 (mål 60)."],
        ["Införa digital närvarorapportering i kommunala arbetsmarknadsinsatser", "Ej påbörjat",
         "Avvaktar nytt verksamhetssystem."],
    ], widths=[8, 2.5, 6])

    doc.add_heading("Nyckeltal", 1)
    doc_table(doc, ["Nyckeltal", "2023", "2024", "2025"], [
        ["Deltagare i arbetsmarknadsinsatser", "544", "590", "612"],
        ["Andel till arbete eller studier", "34 %", "36 %", "39 %"],
        ["Antal extratjänster/lönebidragsanställningar", "61", "48", "52"],
    ], widths=[8, 2.5, 2.5, 2.5])

    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 (antagen AMN 2025-01-22 § 4).")
    groups = [
        ("Ekonomi", [
            ["Lönebidrag och anställningsstöd – utbetalning stäms av mot beslut från Arbetsförmedlingen",
             "30 stickprov", "Samtliga utbetalningar korrekta.", "Nej", "–", "✔", "GENOMFORD", "nej"],
            ["Handkassor på Jobbtorget inventeras kvartalsvis", "4 tillfällen",
             "Inventering gjord tre av fyra kvartal. Differens på 340 kr i kvartal 2.", "Ja",
             "Ny rutin för kvittering av uttag.", "◑", "DELVIS", "ja"],
        ]),
        ("Myndighetsutövning", [
            ["Beslut om praktik och arbetsmarknadsanställning fattas enligt delegationsordningen",
             "20 ärenden", "Två beslut var fattade av fel delegat.", "Ja",
             "Utbildning i delegationsordningen för handläggare.", "✔", "GENOMFORD", "ja"],
            ["Närvarorapportering för deltagare i etableringsprogrammet kontrolleras", "–",
             "Ansvaret har övergått till Arbetsförmedlingen.", "–", "–", "—", "UTGAR", ""],
        ]),
        ("Arbetsmiljö", [
            ["Skyddsronder genomförs på samtliga arbetsplatser", "5 arbetsplatser",
             "Skyddsronderna har inte genomförts på grund av chefsbyte.", "–",
             "Genomförs under kvartal 1 2026.", "✘", "EJ_GENOMFORD", ""],
            ["Hot och våld – incidenter rapporteras i KIA och åtgärdas", "Helår", "", "", "", "",
             "SAKNAS", ""],
        ]),
    ]
    heads = ["Kontrollmoment", "Omfattning", "Utfall", "Avvikelse", "Åtgärd", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C6E0B4")
    exp = []
    for g, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, g, bold=True)
        shade(m, "EDEDED")
        for it in items:
            cells = t.add_row().cells
            for i, v in enumerate(it[:6]):
                set_cell(cells[i], v, align=WD_ALIGN_PARAGRAPH.CENTER if i == 5 else None)
            exp.append((it[0], it[6], it[7]))
    for row in t.rows:
        for i, w in enumerate([5.2, 2.2, 4.2, 1.8, 3.2, 1.4]):
            row.cells[i].width = Cm(w)
    p = doc.add_paragraph()
    r = p.add_run("Status: ✔ genomförd  ◑ påbörjad/delvis genomförd  ✘ ej genomförd  — utgår")
    r.italic = True
    r.font.size = Pt(8.5)
    expect(fil, "Arbetsmarknadsnämnden", exp)
    doc.add_paragraph(
        "Uppföljningen av hot och våld redovisas i arbetsmiljöbokslutet som lämnas i mars.")
    doc.add_heading("Framåtblick", 1)
    doc.add_paragraph(
        "Arbetsförmedlingens reformering fortsätter att påverka kommunens uppdrag. Nämnden kommer "
        "under 2026 att prioritera insatser för unga och för personer långt från arbetsmarknaden.")
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Arbetsmarknadsnämnden", "2025", "HELAR"))
    return fil


# ====================================================================== F8 (reject)
def f8_lock():
    fil = "~$rksamhetsberättelse 2025 Kommunstyrelsen.docx"
    user = "Anna Lindqvist"
    data = bytes([len(user)]) + user.encode("cp1252")
    data += b" " * (54 - len(data))
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data += b"\x00" * (162 - len(data))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[:162])
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


# ====================================================================== CSVs
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Individ- och familjeomsorgen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård och omsorg"),
    ("Tekniska nämnden", "TN|Tekniska avdelningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggavdelningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen|Jobbtorget"),
    ("Överförmyndarnämnden Sjöbo-Hammar–Ljungå",
     "Gemensamma överförmyndarnämnden|Överförmyndarnämnden|ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], REGISTER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    f1_ks()
    f2_bun()
    f3_omsorg()
    f4_sbf()
    f5_ofn()
    f6_kfn()
    f7_amn()
    f8_lock()
    write_csvs()
    names = {r[0] for r in REGISTER}
    inlast = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for fil, n, km, st, av in EXPECTED:
        assert n in names, n
        assert (fil, n) in inlast, (fil, n)
        assert os.path.exists(os.path.join(OUT, fil)), fil
    for f, u, n, _, _ in FILES:
        assert os.path.exists(os.path.join(OUT, f)), f
    print("files: %d, nämnd rows: %d, controls: %d" % (
        len({f[0] for f in FILES}), len(FILES), len(EXPECTED)))


if __name__ == "__main__":
    main()
