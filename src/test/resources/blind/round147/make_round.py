#!/usr/bin/python3
"""Blind round 147 – Tallåsens kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties, TableColumnProperties, TableRowProperties, TextProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
LO_ENV = "-env:UserInstallation=file:///tmp/lo-round147"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    # expected text: whole cell, newlines folded to single spaces
    km = " ".join(km.split())
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik- och serviceförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Samhällsbyggnadsnämndens myndighetsutskott|Myndighetsutskottet|MU"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Tallåsens Bostäder AB", "Tallåsbostäder|TBAB"),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def fit_rows(ws, first_row, widths, landscape=True, last_row=None):
    """Set row heights roughly as Excel would after 'autofit' and landscape, fit-to-width printing."""
    wide = set()
    for mr in ws.merged_cells.ranges:
        if mr.max_col > mr.min_col:
            wide.add((mr.min_row, mr.min_col))
    for r in range(first_row, (last_row or ws.max_row) + 1):
        lines = 1
        for c, w in enumerate(widths, 1):
            if (r, c) in wide:
                continue
            v = ws.cell(row=r, column=c).value
            if isinstance(v, str):
                n = sum(max(1, -(-len(part) // max(1, int(w * 1.1)))) for part in v.split("\n"))
                lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[r].height = 15 * lines
    if landscape:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True


# ---------------------------------------------------------------------------
# File 1: KFN – workbook reused from last year: sheet 1 = 2024 (left), sheet 2 = 2025
# ---------------------------------------------------------------------------
KFN_FILE = "KFN uppföljning internkontroll.xlsx"
KFN = "Kultur- och fritidsnämnden"

KFN_2024 = [
    ("1", "Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder",
     "Kontroll av att utbetalda verksamhetsbidrag till föreningar överensstämmer med beviljade belopp",
     "2 ggr/år", "Fritidskonsulent", "Genomförd", "Stickprov 12 föreningar, inga avvikelser."),
    ("2", "Föreningsbidrag", "Bidrag till förening som inte uppfyller villkoren",
     "Kontroll av att föreningar som erhåller bidrag har inlämnat årsmöteshandlingar och verksamhetsberättelse",
     "1 ggr/år", "Fritidskonsulent", "Ej genomförd", "Hanns inte med under hösten. Flyttas till 2025."),
    ("3", "Uthyrning av lokaler", "Intäktsbortfall",
     "Avstämning av bokade timmar i bokningssystemet mot fakturerade timmar för idrottshallar",
     "Kvartalsvis", "Bokningsansvarig", "Genomförd", "Samtliga kvartal avstämda."),
    ("4", "Inköp", "Felaktig attest",
     "Attest av leverantörsfakturor enligt gällande attestordning",
     "2 ggr/år", "Ekonom", "Genomförd med avvikelse", "2 av 30 fakturor attesterade av ersättare utan delegation."),
    ("5", "Kulturskolan", "Felaktig avgiftsdebitering",
     "Kontroll av att avgifter för kulturskolan debiteras enligt fastställd taxa och att syskonrabatt tillämpas korrekt",
     "1 ggr/år", "Kulturskolechef", "Ej genomförd", "Ny taxa från ht 2024, kontroll görs 2025."),
    ("6", "Bibliotek", "Informationssäkerhet",
     "Kontroll av att behörigheter i bibliotekssystemet tas bort när anställning upphör",
     "2 ggr/år", "Bibliotekschef", "Delvis genomförd", "Endast vårens kontroll gjord."),
    ("7", "Allmänna samlingslokaler", "Felaktig bidragsgivning",
     "Uppföljning av driftbidrag till samlingslokalföreningar",
     "1 ggr/år", "Fritidschef", "Genomförd", "Inga avvikelser."),
    ("8", "Arbetsmiljö", "Hot och våld",
     "Kontroll av att incidentrapporter om hot och våld på fritidsgårdarna hanteras inom 14 dagar",
     "Tertialvis", "Fritidsgårdschef", "Genomförd", "Sex incidenter, samtliga hanterade inom tid."),
]

# (nr, process, risk, kontrollmoment, frekvens, ansvarig, status, kommentar, EXP_STATUS, EXP_AVV)
KFN_2025 = [
    ("1", "Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder",
     "Kontroll av att utbetalda verksamhetsbidrag till föreningar överensstämmer med beviljade belopp\n(stickprov mot inlämnade närvarolistor)",
     "2 ggr/år", "Fritidskonsulent", "Genomförd med avvikelse",
     "Stickprov 15 föreningar. En förening hade fått bidrag för deltagartillfällen som inte styrkts av närvarolista (3 200 kr).\nÅterkrav är skickat.",
     "GENOMFORD", "ja"),
    ("2", "Föreningsbidrag", "Bidrag till förening som inte uppfyller villkoren",
     "Kontroll av att föreningar som erhåller bidrag har inlämnat årsmöteshandlingar och verksamhetsberättelse",
     "1 ggr/år", "Fritidskonsulent", "Genomförd",
     "Samtliga 42 bidragsberättigade föreningar har lämnat in handlingarna. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("3", "Uthyrning av lokaler", "Intäktsbortfall",
     "Avstämning av bokade timmar i bokningssystemet mot fakturerade timmar för idrottshallar",
     "Kvartalsvis", "Bokningsansvarig", "Delvis genomförd",
     "Avstämning gjord för kvartal 1–3. Kvartal 4 har inte hunnits med p.g.a. byte av bokningssystem i november.",
     "DELVIS", ""),
    ("4", "Inköp", "Inköp utanför avtal",
     "Stickprov av 20 inköp över 10 000 kr avseende avtalstrohet",
     "1 ggr/år", "Administrativ chef", "Ej genomförd",
     "Ej genomförd under 2025. Flyttas till internkontrollplan 2026.",
     "EJ_GENOMFORD", ""),
    ("5", "Inköp", "Felaktig attest",
     "Attest av leverantörsfakturor enligt gällande attestordning",
     "2 ggr/år", "Ekonom", "Genomförd",
     "Stickprov 30 fakturor, samtliga korrekt attesterade.",
     "GENOMFORD", "nej"),
    ("6", "Kulturskolan", "Felaktig avgiftsdebitering",
     "Kontroll av att avgifter för kulturskolan debiteras enligt fastställd taxa och att syskonrabatt tillämpas korrekt",
     "1 ggr/år", "Kulturskolechef", "",
     "Kontrollen genomförd i november. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("7", "Bibliotek", "Informationssäkerhet",
     "Kontroll av att behörigheter i bibliotekssystemet tas bort när anställning upphör",
     "2 ggr/år", "Bibliotekschef", "Genomförd",
     "Två konton för avslutade vikarier var fortfarande aktiva och har nu stängts.\nRutinen för avslut ses över tillsammans med HR.",
     "GENOMFORD", "ja"),
    ("8", "Allmänna samlingslokaler", "Felaktig bidragsgivning",
     "Uppföljning av driftbidrag till samlingslokalföreningar",
     "1 ggr/år", "Fritidschef", "Utgår",
     "Bidragsformen upphörde 2025-01-01 enligt beslut i KF.",
     "UTGAR", ""),
    ("9", "Arbetsmiljö", "Hot och våld",
     "Kontroll av att incidentrapporter om hot och våld på fritidsgårdarna hanteras inom 14 dagar",
     "Tertialvis", "Fritidsgårdschef", "", "",
     "SAKNAS", ""),
]


def kfn_sheet(ws, year, rows, status_header):
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Uppföljning av internkontrollplan {year} – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Statusalternativ: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollfrekvens", "Ansvarig", status_header, "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="4F6228")
        cell.alignment = WRAP_TOP
        cell.border = BORDER
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=(int(v) if c == 1 else (v if v != "" else None)))
            cell.alignment = WRAP_TOP
            cell.border = BORDER
        r += 1
    for col, w in zip("ABCDEFGH", [5, 20, 26, 55, 14, 18, 22, 55]):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 6, [5, 20, 26, 55, 14, 18, 22, 55], last_row=5 + len(rows))
    ws.freeze_panes = "A6"
    return r


def make_kfn():
    wb = openpyxl.Workbook()
    ws1 = wb.active
    ws1.title = "IKP 2024"
    r = kfn_sheet(ws1, 2024, KFN_2024, "Status helår 2024")
    ws1.cell(row=r + 1, column=1, value="Rapporterad till KFN 2025-02-13 § 9")
    ws2 = wb.create_sheet("IKP 2025")
    r = kfn_sheet(ws2, 2025, KFN_2025, "Status helår")
    ws2.cell(row=r + 1, column=1, value="Uppföljningen godkänd av förvaltningsledningen 2026-01-12. /Sara Holm, förvaltningschef")
    wb.properties.creator = "Sara Holm"
    wb.active = 0      # file saved while the old sheet was showing
    wb.save(os.path.join(OUT, KFN_FILE))
    FILES.append((KFN_FILE, "INLAST", KFN, "2025", "HELAR"))
    for row in KFN_2025:
        exp(KFN_FILE, KFN, row[3], row[8], row[9])


# ---------------------------------------------------------------------------
# File 2: SN – Word verksamhetsberättelse excerpt, status only as a sentence
# ---------------------------------------------------------------------------
SN_FILE = "Verksamhetsberättelse 2025 SN utdrag intern kontroll.docx"
SN = "Socialnämnden"
# (kontrollområde, kontrollmoment, utfört av, resultat, EXP_STATUS, EXP_AVV)
SN_ROWS = [
    ("Ekonomiskt bistånd",
     "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
     "Enhetschef försörjningsstöd",
     "Stickprov om 25 beslut från perioden mars–oktober. Samtliga beslut var fattade på rätt delegationsnivå. Kontrollen är genomförd utan anmärkning.",
     "GENOMFORD", "nej"),
    ("Ekonomiskt bistånd",
     "Kontroll av att utbetalningar av ekonomiskt bistånd stämmer mot beslut",
     "Controller",
     "Av 30 granskade utbetalningar saknade två ett underliggande beslut i verksamhetssystemet. Utbetalningarna var korrekta till beloppet men dokumentationen brister.\nKontrollen är genomförd och avvikelsen har återkopplats till handläggargruppen.",
     "GENOMFORD", "ja"),
    ("Ekonomiskt bistånd",
     "Kontroll mot Försäkringskassan och arbetslöshetskassa (SSBTEK) inför utbetalning",
     "Handläggare",
     "Kontrollen har påbörjats men kunde endast genomföras för andra halvåret, eftersom behörigheterna till SSBTEK förnyades först i juni. Momentet bedöms som delvis genomfört.",
     "DELVIS", ""),
    ("Barn och unga",
     "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
     "Enhetschef barn och unga",
     "Samtliga 312 anmälningar under året har följts upp. 94 procent bedömdes inom 14 dagar; 19 förhandsbedömningar överskred tidsgränsen.\nKontrollen är genomförd men visar avvikelse mot lagkravet. En åtgärdsplan har tagits fram.",
     "GENOMFORD", "ja"),
    ("Barn och unga",
     "Kontroll av att utredningar avslutas inom fyra månader",
     "Kvalitetsutvecklare",
     "Kontrollen har inte genomförts under 2025 på grund av vakant tjänst som kvalitetsutvecklare. Den förs över till 2026 års plan.",
     "EJ_GENOMFORD", ""),
    ("Placeringar",
     "Uppföljning av att fakturor för externa placeringar överensstämmer med avtal och beslut",
     "Controller",
     "Se bilaga 3.",
     "OKLAR", ""),
    ("Informationssäkerhet",
     "Loggkontroll i verksamhetssystemet avseende otillbörlig åtkomst till personakter",
     "Systemförvaltare",
     "Loggkontroll har gjorts vid fyra tillfällen under året med slumpvis urval om 20 akter per tillfälle. Ingen otillbörlig åtkomst har upptäckts.",
     "GENOMFORD", "nej"),
    ("Informationssäkerhet",
     "Kontroll av att sekretessbelagda handlingar skickas med säker e-post",
     "Enhetschefer",
     "Momentet ströks ur planen genom nämndens beslut 2025-04-23 § 41, då säker e-post införts som tvingande funktion i systemet.",
     "UTGAR", ""),
    ("Ekonomi",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Ekonom",
     "Stickprov om 40 fakturor. Samtliga var attesterade av behörig attestant. Genomförd utan avvikelse.",
     "GENOMFORD", "nej"),
    ("Ekonomi",
     "Kontroll av representation och andra förtroendekänsliga poster",
     "Ekonom",
     "Granskningen pågår och beräknas vara klar i februari 2026. Hittills granskade poster (18 av 35) har inte visat några brister.",
     "DELVIS", "nej"),
]


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


def make_sn():
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Tallåsens kommun\tSocialnämnden\tVerksamhetsberättelse 2025"
    sec.footer.paragraphs[0].text = "Dnr SN 2026/14"
    d.add_heading("Verksamhetsberättelse 2025", level=1)
    d.add_paragraph("Socialnämnden – utdrag avsnitt 5 och 6")
    d.add_heading("5. Ekonomi", level=2)
    d.add_paragraph(
        "Nämnden redovisar för 2025 ett underskott om 6,4 mnkr. Underskottet förklaras främst av ökade kostnader "
        "för externa placeringar av barn och unga samt ett högre ekonomiskt bistånd än budgeterat.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Verksamhet (mnkr)", "Budget 2025", "Utfall 2025", "Avvikelse"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("Ekonomiskt bistånd", "38,0", "41,2", "-3,2"),
                ("Barn och unga", "52,5", "57,9", "-5,4"),
                ("Vuxna missbruk", "21,3", "19,6", "1,7"),
                ("Nämnd och administration", "9,8", "9,3", "0,5"),
                ("Summa", "121,6", "128,0", "-6,4")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v, bold=(row[0] == "Summa"))
    d.add_paragraph("Tabell 5.1 Nettokostnad per verksamhet").runs[0].italic = True
    d.add_heading("6. Intern kontroll", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplan för 2025 den 22 januari 2025 (§ 7). Planen omfattar tio kontrollmoment "
        "inom fem kontrollområden. Resultatet av årets kontroller redovisas i tabellen nedan. Merparten av "
        "kontrollerna har genomförts; där brister har upptäckts har åtgärder vidtagits eller planerats.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollområde", "Kontrollmoment", "Utfört av", "Resultat och bedömning"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    start = {}
    for i, row in enumerate(SN_ROWS):
        cells = t.add_row().cells
        ridx = i + 1
        area = row[0]
        if area not in start:
            start[area] = ridx
            set_cell(cells[0], area)
        for c in (1, 2, 3):
            set_cell(cells[c], row[c])
    # merge the Kontrollområde cells per area
    areas = [r[0] for r in SN_ROWS]
    for area, s in start.items():
        e = s + areas.count(area) - 1
        if e > s:
            m = t.cell(s, 0).merge(t.cell(e, 0))
            set_cell(m, area)
    widths = [Cm(3.0), Cm(5.5), Cm(3.0), Cm(7.0)]
    t.autofit = False
    for c, w in enumerate(widths):
        t.columns[c].width = w
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    d.add_paragraph("Tabell 6.1 Uppföljning av internkontrollplan 2025").runs[0].italic = True
    d.add_paragraph(
        "Nämndens bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. De avvikelser som "
        "konstaterats inom barn och unga följs upp särskilt i internkontrollplanen för 2026.")
    d.save(os.path.join(OUT, SN_FILE))
    FILES.append((SN_FILE, "INLAST", SN, "2025", "HELAR"))
    for row in SN_ROWS:
        exp(SN_FILE, SN, row[1], row[4], row[5])


# ---------------------------------------------------------------------------
# File 3: BUN – xlsx, Klar/Påbörjad/Inte startad/Stryks + Avvikelse? (J/N)
# ---------------------------------------------------------------------------
BUN_FILE = "BUN_uppfoljning_internkontroll_helar2025.xlsx"
BUN = "Barn- och utbildningsnämnden"
# (process, kontrollmoment, metod, frekvens, ansvarig, status, J/N, kommentar, EXP_STATUS, EXP_AVV)
BUN_ROWS = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor", "2 ggr/år", "Controller", "Klar", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Ekonomi", "Kontroll av att statsbidrag återrapporteras i rätt tid och med korrekt underlag",
     "Genomgång av samtliga sökta statsbidrag", "1 ggr/år", "Controller", "Klar", "J",
     "Återrapporten för Likvärdig skola lämnades nio dagar för sent.\nBevakningslista för statsbidrag införd från december.",
     "GENOMFORD", "ja"),
    ("Ekonomi", "Kontroll av att interkommunal ersättning (IKE) faktureras för samtliga elever från andra kommuner",
     "Avstämning elevregister mot fakturering", "2 ggr/år", "Ekonomiassistent", "Klar", "N", "",
     "GENOMFORD", "nej"),
    ("Elevhälsa och skolplikt",
     "Kontroll av att frånvaro över 10 % uppmärksammas och utreds enligt rutin för problematisk skolfrånvaro",
     "Stickprov två skolor per termin", "Terminsvis", "Verksamhetschef grundskola", "Påbörjad", "N",
     "Genomförd på Tallåsskolan och Norrängsskolan vt 2025.\nHöstterminens kontroll pågår.", "DELVIS", "nej"),
    ("Elevhälsa och skolplikt",
     "Kontroll av att kränkande behandling anmäls till huvudman inom fem dagar",
     "Uttag ur ärendesystemet", "Tertialvis", "Kvalitetsstrateg", "Klar", "J",
     "3 av 57 anmälningar kom in senare än fem dagar.\nÅterkopplat i rektorsgruppen.", "GENOMFORD", "ja"),
    ("Personal", "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning",
     "Stickprov 20 nyanställda", "1 ggr/år", "HR-specialist", "Klar", "N", "", "GENOMFORD", "nej"),
    ("Personal", "Kontroll av att legitimation och behörighet finns för tillsvidareanställda lärare",
     "Avstämning mot lärarlegitimationsregistret", "1 ggr/år", "HR-specialist", "Klar", "N",
     "Samtliga tillsvidareanställda lärare har legitimation.", "GENOMFORD", "nej"),
    ("Förskola", "Kontroll av att barnomsorgsavgifter debiteras enligt maxtaxa och aktuell inkomstuppgift",
     "Stickprov 30 hushåll", "1 ggr/år", "Avgiftshandläggare", "Inte startad", "",
     "Har inte hunnits med p.g.a. byte av e-tjänst. Genomförs vt 2026.", "EJ_GENOMFORD", ""),
    ("Förskola", "Kontroll av att barngruppernas storlek följer Skolverkets riktmärken",
     "Sammanställning per 15 oktober", "1 ggr/år", "Verksamhetschef förskola", "Stryks", "",
     "Följs i stället upp i det systematiska kvalitetsarbetet (BUN 2025-03-18 § 22).", "UTGAR", ""),
    ("Skolskjuts", "Kontroll av att skolskjutsbeslut fattas enligt riktlinjer och delegationsordning",
     "Stickprov 15 beslut", "1 ggr/år", "Skolskjutshandläggare", "Klar", "N", "", "GENOMFORD", "nej"),
]


def make_bun():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Instruktion: Ange status med något av värdena Klar, Påbörjad, Inte startad eller Stryks. "
                "Markera J i kolumnen Avvikelse om kontrollen visat fel eller brister, annars N. "
                "Beskriv vidtagna åtgärder i kommentarsfältet.")
    ws["A4"] = "Skickas till ekonomienheten senast 2024-01-19."
    for a in ("A3", "A4"):
        ws[a].font = Font(italic=True, size=9, color="7F7F7F")
    ws.merge_cells("A3:H3")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 30
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status",
           "Avvikelse? (J/N)", "Kommentar / åtgärd"]
    HR = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BORDER
        cell.alignment = WRAP_TOP
    r = HR + 1
    groups = {}
    for row in BUN_ROWS:
        groups.setdefault(row[0], []).append(r)
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = WRAP_TOP
            cell.border = BORDER
        r += 1
    for proc, rows in groups.items():
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=1, end_row=rows[-1], end_column=1)
    last = r - 1
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$5", allow_blank=True)
    dv.add(f"F{HR+1}:F{last}")
    dv2 = DataValidation(type="list", formula1="=Listor!$B$2:$B$3", allow_blank=True)
    dv2.add(f"G{HR+1}:G{last}")
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)
    ws.cell(row=r + 1, column=1, value="Antal genomförda: 7 av 9").font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="(kontrollmoment som stryks räknas inte)").font = Font(italic=True, size=9)
    ws.cell(row=r + 4, column=1, value="Tallåsen 2026-01-15")
    ws.cell(row=r + 5, column=1, value="Underskrift: ______________________________")
    ws.cell(row=r + 6, column=1, value="Maria Ekholm, förvaltningschef Barn- och utbildningsförvaltningen")
    for col, w in zip("ABCDEFGH", [20, 50, 28, 12, 24, 13, 11, 50]):
        ws.column_dimensions[col].width = w
    fit_rows(ws, HR, [20, 50, 28, 12, 24, 13, 11, 50], last_row=last)
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)
    ws.oddHeader.center.text = "Barn- och utbildningsnämnden – intern kontroll"
    ws.oddFooter.right.text = "Sida &P av &N"
    ls = wb.create_sheet("Listor")
    ls["A1"], ls["B1"] = "Status", "Avvikelse"
    for i, v in enumerate(["Klar", "Påbörjad", "Inte startad", "Stryks"], 2):
        ls.cell(row=i, column=1, value=v)
    for i, v in enumerate(["J", "N"], 2):
        ls.cell(row=i, column=2, value=v)
    ls.sheet_state = "hidden"
    wb.properties.creator = "Anders Wikström"
    wb.save(os.path.join(OUT, BUN_FILE))
    FILES.append((BUN_FILE, "INLAST", BUN, "2025", "HELAR"))
    for row in BUN_ROWS:
        exp(BUN_FILE, BUN, row[1], row[8], row[9])


# ---------------------------------------------------------------------------
# File 4: KS – semicolon CSV export, one row per control and tertial
# ---------------------------------------------------------------------------
KS_FILE = "Stratsys_export_KS_internkontroll_2025.csv"
KS = "Kommunstyrelsen"
# (enhet, process, kontrollmoment, ansvarig, {T1:(status, avv, komm), T2:..., T3:...}, EXP_STATUS, EXP_AVV)
KS_ROWS = [
    ("Ekonomiavdelningen", "Ekonomi", "Avstämning av balanskonton i samband med bokslut", "Redovisningschef",
     {"T1": ("Genomförd", "Nej", "Avstämt per 30/4."), "T2": ("Genomförd", "Nej", "Avstämt per 31/8."),
      "T3": ("Genomförd", "Nej", "Samtliga balanskonton avstämda per 31/12.")}, "GENOMFORD", "nej"),
    ("Ekonomiavdelningen", "Ekonomi",
     "Kontroll av att ändring av leverantörers bankgiro verifieras via oberoende kontakt med leverantören",
     "Redovisningsekonom",
     {"T1": ("Pågående", "", ""),
      "T2": ("Genomförd med avvikelse", "Ja", "En ändring av bankgironummer gjordes utan verifiering."),
      "T3": ("Genomförd med avvikelse", "Ja",
             "Under året upptäcktes en ändring av bankgironummer som inte verifierats (T2).\n"
             "Rutinen har skärpts; inga ytterligare fall under T3.")}, "GENOMFORD", "ja"),
    ("Upphandlingsenheten", "Upphandling", "Stickprov avseende avtalstrohet vid inköp över 100 000 kr",
     "Upphandlingschef",
     {"T1": ("Ej påbörjad", "", ""), "T2": ("Pågående", "", "Urval framtaget."),
      "T3": ("Pågående", "", "Granskning av 12 av 20 inköp klar. Slutförs i februari 2026.")}, "DELVIS", ""),
    ("HR-avdelningen", "Lön",
     "Kontroll av att löneutbetalningar grundas på korrekta anställningsavtal (stickprov 30 anställda)",
     "Lönechef",
     {"T1": ("", "", ""), "T2": ("", "", ""), "T3": ("Genomförd", "Nej", "")}, "GENOMFORD", "nej"),
    ("HR-avdelningen", "Personal", "Kontroll av att bisysslor är anmälda och prövade för samtliga chefer",
     "HR-chef",
     {"T1": ("Pågående", "", "Påminnelse skickad till cheferna."),
      "T2": ("Genomförd", "Nej", "Samtliga 48 chefer har lämnat bisyssleredovisning; inga otillåtna bisysslor."),
      "T3": ("", "", "")}, "GENOMFORD", "nej"),
    ("IT-enheten", "Informationssäkerhet",
     "Kontroll av att behörigheter i ekonomisystemet motsvarar aktuell befattning", "IT-säkerhetssamordnare",
     {"T1": ("Ej påbörjad", "", ""), "T2": ("Ej påbörjad", "", ""),
      "T3": ("Ej genomförd", "", "Ej genomförd p.g.a. byte av ekonomisystem. Flyttas till 2026.")},
     "EJ_GENOMFORD", ""),
    ("Kansliavdelningen", "Nämndadministration", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
     "Kanslichef",
     {"T1": ("Ej aktuell", "", "Utgår – ersatt av automatisk anmälan i ärendesystemet enligt KS 2025-02-10 § 12."),
      "T2": ("", "", ""), "T3": ("", "", "")}, "UTGAR", ""),
    ("Kansliavdelningen", "Registratur",
     "Kontroll av att begäran om allmän handling hanteras skyndsamt", "Registrator",
     {"T1": ("", "", ""), "T2": ("", "", ""), "T3": ("", "", "")}, "SAKNAS", ""),
    ("Ekonomiavdelningen", "Ekonomi",
     "Kontroll av att fakturor för representation är attesterade enligt attestordningen och har deltagarförteckning",
     "Controller",
     {"T1": ("", "", ""), "T2": ("Pågående", "", ""),
      "T3": ("Genomförd", "Ja", "3 av 25 fakturor saknade deltagarförteckning. Återkopplat till berörda chefer.")},
     "GENOMFORD", "ja"),
]


def make_ks():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Rapport: Internkontroll – uppföljning per tertial", "Utskriven 2026-01-09 08:14"] + [""] * 8)
    w.writerow(["Organisation", "Enhet", "Process", "Kontrollmoment", "Kontrollansvarig", "År", "Tertial",
                "Status", "Avvikelse", "Kommentar"])
    for enhet, proc, km, ansv, per, _s, _a in KS_ROWS:
        for t in ("T1", "T2", "T3"):
            st, av, ko = per[t]
            w.writerow([KS, enhet, proc, km, ansv, "2025", t, st, av, ko])
    with open(os.path.join(OUT, KS_FILE), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((KS_FILE, "INLAST", KS, "2025", "HELAR"))
    for row in KS_ROWS:
        exp(KS_FILE, KS, row[2], row[5], row[6])


# ---------------------------------------------------------------------------
# File 5: TN – .ods, status as traffic-light fills, legend top right
# ---------------------------------------------------------------------------
TN_FILE = "TN internkontroll helår 2025.ods"
TN = "Tekniska nämnden"
G, Y, R_, N = "green", "yellow", "red", None
# (nr, område, kontrollmoment, metod, ansvarig, delår, helår, kommentar, EXP_STATUS, EXP_AVV)
TN_ROWS = [
    (1, "Gata/park", "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler",
     "Stickprov 10 fakturor", "Driftchef gata", G, G, "Stickprov 10 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
    (2, "Gata/park", "Kontroll av att lekplatser besiktigas enligt fastställt intervall",
     "Genomgång besiktningsprotokoll", "Parkchef", Y, G,
     "Samtliga 34 lekplatser har besiktigats enligt intervall. Inga avvikelser.", "GENOMFORD", "nej"),
    (3, "Fastighet", "Kontroll av att hyresavtal för externt förhyrda lokaler har korrekt indexuppräkning",
     "Genomgång av samtliga avtal", "Fastighetschef", N, Y,
     "15 av 22 avtal kontrollerade.\nEtt avtal hade felaktig uppräkning (för hög hyra 2024–2025), reklamerat till hyresvärden.",
     "DELVIS", "ja"),
    (4, "Fastighet", "Kontroll av att lagstadgade besiktningar (OVK, hissar, brandlarm) har utförts",
     "Avstämning mot besiktningsplan", "Förvaltare", G, N,
     "Alla besiktningar utförda under våren. Inga anmärkningar.", "GENOMFORD", "nej"),
    (5, "Fastighet", "Kontroll av att akuta felanmälningar åtgärdas inom avtalad tid",
     "Uttag ur felanmälningssystemet", "Driftchef fastighet", R_, R_,
     "Ej genomförd – systemstöd för uttag saknas sedan byte av felanmälningssystem.", "EJ_GENOMFORD", ""),
    (6, "Kost", "Kontroll av att livsmedelsinköp görs från upphandlade leverantörer",
     "Uttag ur e-handelssystemet", "Kostchef", Y, G,
     "Avtalstrohet 96 %. Inköp utanför avtal från lokalt bageri på två kök – åtgärdat.", "GENOMFORD", "ja"),
    (7, "VA", "Kontroll av att debitering av VA-avgifter överensstämmer med mätarställning",
     "Stickprov 50 abonnenter", "VA-chef", N, N, "", "SAKNAS", ""),
    (8, "VA", "Kontroll av att egenkontrollprogrammet för dricksvatten följs",
     "Genomgång provtagningsprotokoll", "VA-ingenjör", G, G, "", "GENOMFORD", ""),
    (9, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 30 fakturor", "Controller", G, G,
     "En faktura var attesterad av attestant utan behörighet för ansvaret. Rättat.", "GENOMFORD", "ja"),
    (10, "Fordon", "Kontroll av att körjournaler förs för samtliga kommunens bilar",
     "Genomgång körjournaler oktober", "Fordonssamordnare", N, N,
     "Kontrollen genomförd i december. Körjournal saknades för två bilar under oktober.", "GENOMFORD", "ja"),
]
COLORS = {"green": "#00b050", "yellow": "#ffc000", "red": "#ff0000"}


def make_tn():
    doc = OpenDocumentSpreadsheet()
    st = {}

    def cellstyle(name, bg=None, bold=False, wrap=True, size=None, border=True):
        s = Style(name=name, family="table-cell")
        kw = {"verticalalign": "top"}
        if wrap:
            kw["wrapoption"] = "wrap"
        if bg:
            kw["backgroundcolor"] = bg
        if border:
            kw["border"] = "0.5pt solid #808080"
        s.addElement(TableCellProperties(**kw))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        st[name] = s
        return s

    cellstyle("plain", border=False, wrap=False)
    cellstyle("title", bold=True, size="14pt", border=False, wrap=False)
    cellstyle("sub", size="10pt", border=False, wrap=False)
    cellstyle("hdr", bg="#d9d9d9", bold=True)
    cellstyle("body")
    for k, v in COLORS.items():
        cellstyle(k, bg=v)
        cellstyle("leg_" + k, bg=v, bold=True, wrap=False)
    cellstyle("legh", bold=True, border=False, wrap=False)

    widths = ["1.0cm", "2.6cm", "7.5cm", "4.5cm", "3.8cm", "1.8cm", "1.8cm", "8.5cm", "0.8cm", "4.6cm"]
    table = Table(name="Helår 2025")
    for i, wdt in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def cell(text=None, style="plain", rows=None, vtype=None):
        kw = {"stylename": st[style]}
        if rows:
            kw["numberrowsspanned"] = rows
            kw["numbercolumnsspanned"] = 1
        if vtype == "float" and text is not None:
            c = TableCell(valuetype="float", value=text, **kw)
            c.addElement(P(text=str(text)))
            return c
        c = TableCell(**kw)
        if text:
            for line in str(text).split("\n"):
                c.addElement(P(text=line))
        return c

    rowstyles = {}

    def rowstyle(lines):
        if lines not in rowstyles:
            rs = Style(name=f"ro{lines}", family="table-row")
            rs.addElement(TableRowProperties(rowheight=f"{0.45 * lines + 0.05:.2f}cm", useoptimalrowheight="false"))
            doc.automaticstyles.addElement(rs)
            rowstyles[lines] = rs
        return rowstyles[lines]

    cw = [float(x[:-2]) for x in widths]

    def row(cells):
        lines = 1
        for i, c in enumerate(cells):
            if c.qname[1] != "table-cell" or i >= len(cw) or c.getAttribute("stylename") in ("title", "sub", "plain", "legh") :
                continue
            txt = [str(p) for p in c.getElementsByType(P)]
            n = sum(max(1, -(-len(t) // int(cw[i] * 5.2))) for t in txt) if txt else 1
            lines = max(lines, n)
        tr = TableRow(stylename=rowstyle(lines))
        for c in cells:
            tr.addElement(c)
        table.addElement(tr)

    empty = lambda n: [cell() for _ in range(n)]
    legend = [("Teckenförklaring", "legh"), ("Genomförd", "leg_green"),
              ("Påbörjad / delvis genomförd", "leg_yellow"), ("Ej genomförd", "leg_red")]
    top = [
        [cell("Tekniska nämnden", "title")],
        [cell("Uppföljning av internkontrollplan 2025", "sub")],
        [cell("Helårsuppföljning – redovisas för nämnden 2026-02-12", "sub")],
        [cell()],
    ]
    for i, t in enumerate(top):
        t += empty(8)
        t.append(cell(legend[i][0], legend[i][1]))
        row(t)
    row([cell()])
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Delår (aug)", "Helår", "Kommentar"]
    row([cell(h, "hdr") for h in hdr])
    # merged Område cells
    areas = [r[1] for r in TN_ROWS]
    seen = set()
    for r in TN_ROWS:
        nr, area, km, met, ans, dl, hl, kom = r[:8]
        cs = [cell(nr, "body", vtype="float")]
        if area not in seen:
            seen.add(area)
            n = areas.count(area)
            cs.append(cell(area, "body", rows=n if n > 1 else None))
        else:
            cs.append(CoveredTableCell())
        cs += [cell(km, "body"), cell(met, "body"), cell(ans, "body"),
               cell(None, dl or "body"), cell(None, hl or "body"), cell(kom, "body")]
        row(cs)
    row([cell()])
    row([cell("Sammanställt av: Johan Berg, controller, Tekniska förvaltningen, 2026-01-16")])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, TN_FILE))
    FILES.append((TN_FILE, "INLAST", TN, "2025", "HELAR"))
    for r in TN_ROWS:
        exp(TN_FILE, TN, r[2], r[8], r[9])


# ---------------------------------------------------------------------------
# File 6: VON – .docx, heading per process, numbered list, "Status: …" next paragraph
# ---------------------------------------------------------------------------
VON_FILE = "VON uppföljning IKP 2025 helår.docx"
VON = "Vård- och omsorgsnämnden"
# (process, kontrollmoment, [status paragraphs], EXP_STATUS, EXP_AVV)
VON_ROWS = [
    ("Biståndshandläggning", "Kontroll av att beslut om hemtjänst följs upp minst en gång per år",
     ["Status: Genomförd. Stickprov 30 ärenden, 27 hade uppföljning inom ett år. De tre övriga ärendena har följts upp i efterhand."],
     "GENOMFORD", "ja"),
    ("Biståndshandläggning", "Kontroll av att utredningar enligt socialtjänstlagen kommuniceras med den enskilde innan beslut",
     ["Status: Genomförd utan avvikelse."], "GENOMFORD", "nej"),
    ("Avgifter", "Kontroll av att avgifter för hemtjänst och särskilt boende beräknas utifrån aktuella inkomstuppgifter",
     ["Status: Delvis genomförd – kontrollen omfattade endast särskilt boende, hemtjänsten återstår."],
     "DELVIS", ""),
    ("Avgifter", "Kontroll av att förbehållsbelopp räknas om vid ändrad hyra",
     ["Status: Ej genomförd. Skjuts till 2026 på grund av vakans som avgiftshandläggare."], "EJ_GENOMFORD", ""),
    ("Läkemedelshantering", "Kontroll av att signeringslistor för läkemedel är fullständigt ifyllda",
     ["Status: Genomförd med avvikelse. Brister i signering på två enheter (Björkgården och Solbacken). Handlingsplan upprättad."],
     "GENOMFORD", "ja"),
    ("Läkemedelshantering", "Kontroll av att delegeringar för läkemedelshantering är aktuella och förnyade",
     ["Status:", "Kontrollen genomfördes i oktober av medicinskt ansvarig sjuksköterska. Samtliga delegeringar var aktuella."],
     "GENOMFORD", "nej"),
    ("Ekonomi och inköp", "Attest av leverantörsfakturor enligt attestordningen",
     ["Status: Se bilaga 2."], "OKLAR", ""),
    ("Ekonomi och inköp", "Kontroll av att hanteringen av brukarnas privata medel sker enligt rutin",
     ["Status: Påbörjad. Genomförd på fyra av sju boenden; inga avvikelser hittills."], "DELVIS", "nej"),
    ("Bemanning", "Kontroll av att utdrag ur belastningsregistret begärts vid anställning inom LSS-verksamhet",
     ["Status: Utgår – kontrollen ersätts av en central HR-kontroll i kommunstyrelsens plan."], "UTGAR", ""),
]


def make_von():
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Tallåsens kommun – Vård- och omsorgsförvaltningen"
    sec.footer.paragraphs[0].text = "Dnr VON 2025/112"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Vård- och omsorgsnämnden").runs[0].bold = True
    d.add_paragraph(
        "Nämnden fastställde internkontrollplanen för 2025 i februari 2025. Nedan redovisas resultatet av "
        "årets kontroller per process. Varje kontrollmoment följs av status och en kort kommentar.")
    cur = None
    for proc, km, stat, _s, _a in VON_ROWS:
        if proc != cur:
            d.add_heading(proc, level=2)
            cur = proc
        d.add_paragraph(km, style="List Number")
        for sp in stat:
            p = d.add_paragraph(sp)
            p.paragraph_format.left_indent = Cm(0.63)
    d.add_paragraph()
    d.add_paragraph("Tallåsen den 13 januari 2026")
    d.add_paragraph()
    d.add_paragraph("Karin Sjöberg")
    d.add_paragraph("Förvaltningschef, Vård- och omsorgsförvaltningen")
    d.save(os.path.join(OUT, VON_FILE))
    FILES.append((VON_FILE, "INLAST", VON, "2025", "HELAR"))
    for r in VON_ROWS:
        exp(VON_FILE, VON, r[1], r[3], r[4])


# ---------------------------------------------------------------------------
# File 7: SBN + myndighetsutskottet – .xls saved by LibreOffice, merged band rows
# ---------------------------------------------------------------------------
SBN_FILE = "SBN och MU intern kontroll helår 2025.xls"
SBN = "Samhällsbyggnadsnämnden"
BMN = "Bygg- och miljönämnden"
SBN_BANDS = [
    ("Samhällsbyggnadsnämnden", SBN, [
        ("Planprocess", "Kontroll av att planavgift debiteras enligt plantaxa", "Planchef", "G",
         "Fem planavtal kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Planprocess", "Uppföljning av att planuppdrag startas i den ordning kommunstyrelsen prioriterat",
         "Planchef", "D", "Kontroll gjord för första halvåret.", "DELVIS", ""),
        ("Mark och exploatering", "Kontroll av att markanvisningsavtal följer antagen markanvisningspolicy",
         "Exploateringschef", "G",
         "Två av tre avtal följde policyn.\nEtt avtal saknade tidsgräns för byggstart – kompletteras.", "GENOMFORD", "ja"),
        ("Mark och exploatering", "Kontroll av att arrendeavgifter faktureras och indexregleras",
         "Markhandläggare", "E", "Ej genomförd, resursbrist.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "G",
         "Stickprov 20 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Geodata", "Kontroll av att behörigheter till fastighetsregistret avslutas när anställning upphör",
         "GIS-samordnare", "", "", "SAKNAS", ""),
    ]),
    ("Samhällsbyggnadsnämndens myndighetsutskott", BMN, [
        ("Bygglov", "Kontroll av att bygglov beslutas inom lagstadgad handläggningstid (10 veckor)",
         "Bygglovschef", "G",
         "96 % inom tid. Sex ärenden överskred tiden och avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("Bygglov", "Kontroll av att avgiftsreduktion enligt 12 kap. 8 a § PBL tillämpas korrekt",
         "Bygglovschef", "G", "Samtliga sex ärenden korrekt reducerade.", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Kontroll av att planerad tillsyn enligt tillsynsplanen har genomförts",
         "Miljöchef", "D", "78 % av planerade tillsynsbesök genomförda.", "DELVIS", ""),
        ("Miljötillsyn", "Kontroll av att timavgifter för tillsyn debiteras enligt taxa",
         "Miljöchef", "U", "Utgår – ny taxemodell med efterhandsdebitering från 2025.", "UTGAR", ""),
        ("Delegation", "Kontroll av att delegationsbeslut anmäls till utskottet", "Nämndsekreterare", "G",
         "Samtliga delegationsbeslut anmälda. Inga avvikelser.", "GENOMFORD", "nej"),
    ]),
]


def make_sbn(tmp):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Tallåsens kommun – Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning intern kontroll, helår 2025"
    ws["A2"].font = Font(bold=True, size=11)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
    r = 5
    for band, namnd, rows in SBN_BANDS:
        ws.cell(row=r, column=1, value=band)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=11)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="1F4E78")
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        r += 1
        groups = {}
        for i, row in enumerate(rows, 1):
            groups.setdefault(row[0], []).append(r)
            vals = [i, row[0], row[1], row[2], row[3] or None, row[4] or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP_TOP
                cell.border = BORDER
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        for proc, rr in groups.items():
            if len(rr) > 1:
                ws.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
    last = r - 1
    r += 1
    ws.cell(row=r, column=1, value="Status: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEF", [5, 22, 55, 18, 8, 55]):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 5, [5, 22, 55, 18, 8, 55], last_row=last)
    wb.properties.creator = "Erik Nyström"
    src = os.path.join(tmp, SBN_FILE[:-4] + ".xlsx")
    wb.save(src)
    subprocess.run(["soffice", LO_ENV, "--headless", "--convert-to", "xls", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(OUT, SBN_FILE)), "LibreOffice conversion failed"
    for band, namnd, rows in SBN_BANDS:
        FILES.append((SBN_FILE, "INLAST", namnd, "2025", "HELAR"))
        for row in rows:
            exp(SBN_FILE, namnd, row[1], row[5], row[6])


# ---------------------------------------------------------------------------
# File 8 (reject): ÖFN covering letter – no follow-up in it
# ---------------------------------------------------------------------------
OFN_FILE = "Följebrev ÖFN internkontroll 2025.docx"


def make_ofn():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Tallåsens kommun – Överförmyndarenheten"
    d.add_paragraph("2026-01-08")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Angående uppföljning av intern kontroll 2025 – Överförmyndarnämnden").bold = True
    d.add_paragraph(
        "Hej! Som vi meddelade i samband med delårsrapporten har Överförmyndarnämnden inte antagit någon egen "
        "internkontrollplan för 2025, eftersom nämndens kontroller sedan 1 juli 2024 ingår i den gemensamma "
        "granskningsplanen för ställföreträdare som redovisas till nämnden i mars.")
    d.add_paragraph(
        "Någon uppföljning enligt er mall lämnas därför inte för 2025. Granskningen av årsräkningar för 2025 "
        "påbörjas i februari och resultatet kommer att rapporteras i verksamhetsberättelsen.")
    d.add_paragraph(
        "Inför 2026 planerar nämnden att åter anta en egen internkontrollplan. Hör gärna av er om ni har frågor.")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Lena Åkesson")
    d.add_paragraph("Enhetschef, Överförmyndarenheten")
    d.save(os.path.join(OUT, OFN_FILE))
    FILES.append((OFN_FILE, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            wr.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r147_")
    try:
        make_kfn()
        make_sn()
        make_bun()
        make_ks()
        make_tn()
        make_von()
        make_sbn(tmp)
        make_ofn()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
