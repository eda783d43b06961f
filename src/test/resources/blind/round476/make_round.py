#!/usr/bin/python3
"""Blind round 476 – Valdemarsviks kommun, tertial 2 (jan–aug) 2025.

Theme: symbols and codes. Builds 7 follow-up files + 1 file to reject, plus
namnder.csv, files.csv and expected.csv, all in the folder of this script.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P
from PIL import Image, ImageDraw

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"
PERIOD = "T2"
FIXED_DT = (2025, 9, 12, 8, 30, 0)

# expected rows: (fil, nämnd, kontrollmoment, status, avvikelse)
EXPECTED = []
# files rows: (fil, utfall, nämnd, år, period)
FILES = []


def p(*parts):
    return os.path.join(OUT, *parts)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (deterministic bytes).
    'mimetype' (ODF) is kept first and stored uncompressed."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_props(wb):
    import datetime
    dt = datetime.datetime(*FIXED_DT)
    wb.properties.created = dt
    wb.properties.modified = dt
    wb.properties.creator = "Valdemarsviks kommun"
    wb.properties.lastModifiedBy = "Valdemarsviks kommun"


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen – xlsx with ✓ / ◐ / ✗, legend in a cell below the table
# ---------------------------------------------------------------------------
def f1():
    fil = "KS_Uppföljning_internkontroll_T2_2025.xlsx"
    namnd = "Kommunstyrelsen"
    # (nr, process, kontrollmoment, metod, ansvarig, symbol, kommentar, status, avv)
    groups = [
        ("Ekonomiprocesser", [
            ("1", "Leverantörsfakturor",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Ekonomichef", "✓",
             "20 fakturor granskade, samtliga korrekt attesterade av behörig attestant.",
             "GENOMFORD", "nej"),
            ("2", "Representation",
             "Kontroll av att representation redovisas med syfte och deltagare",
             "Stickprov 15 verifikationer", "Redovisningsekonom", "✓",
             "3 av 15 verifikationer saknade deltagarförteckning. Berörda chefer har informerats och kompletterat.",
             "GENOMFORD", "ja"),
            ("3", "Bokslut",
             "Avstämning av balanskonton inför delårsbokslut",
             "Genomgång av kontoavstämningar", "Redovisningsansvarig", "◐",
             "Avstämningar klara för 19 av 24 konton, resterande slutförs i september. Inga differenser hittills.",
             "DELVIS", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("4", "Direktupphandling",
             "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Genomgång av samtliga direktupphandlingar", "Upphandlare", "✗",
             "Ej genomförd p.g.a. vakans på tjänsten som upphandlare. Flyttas till T3.",
             "EJ_GENOMFORD", ""),
            ("5", "Avtalstrohet",
             "Avtalstrohet vid inköp av kontorsmaterial",
             "Stickprov 10 fakturor", "Inköpssamordnare", "✓",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("6", "Behörigheter",
             "Behörigheter i ekonomisystemet och lönesystemet\nstäms av mot aktuell personallista",
             "Jämförelse behörighetslista mot HR-systemet", "IT-samordnare", "◐",
             "Avstämning gjord för ekonomisystemet, lönesystemet återstår. Två konton för avslutade anställda har stängts.",
             "DELVIS", "ja"),
            ("7", "Säkerhetskopiering",
             "Säkerhetskopiering av verksamhetssystem testas genom återläsning",
             "Återläsningstest", "IT-chef", None,
             "Återläsningstest genomfört 2025-06-12 med godkänt resultat.*",
             "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("8", "Lön",
             "Löneutbetalningar efter avslutad anställning",
             "Avslutade anställningar jämförs mot lönekörning", "HR-ekonom", "✓",
             "Inga felaktiga utbetalningar upptäckta.", "GENOMFORD", "nej"),
            ("9", "Rehabilitering",
             "Rehabiliteringsutredning påbörjas senast dag 30 vid sjukfrånvaro",
             "Genomgång av rehabärenden i HR-systemet", "HR-chef", "✗",
             "", "EJ_GENOMFORD", ""),
        ]),
        ("Nämndadministration", [
            ("10", "Diarieföring",
             "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
             "Stickprov april och augusti", "Registrator", "◐",
             "Stickprov april genomfört utan anmärkning, stickprov augusti pågår.",
             "DELVIS", "nej"),
        ]),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK 2025 T2"
    widths = {"A": 5, "B": 18, "C": 46, "D": 30, "E": 20, "F": 11, "G": 52}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Valdemarsviks kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Tertial 2 (januari–augusti 2025)"
    ws["A3"].font = Font(size=12, bold=True)
    ws.merge_cells("A3:G3")
    ws["A4"] = "Upprättad av: controller, Kommunledningsförvaltningen    Datum: 2025-09-10"
    ws.merge_cells("A4:G4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status T2", "Kommentar / resultat"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = CENTER
        cell.border = BOX
    colors = {"✓": "00B050", "◐": "C69200", "✗": "C00000"}
    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (nr, proc, km, met, ans, sym, kom, st, av) in rows:
            vals = [int(nr), proc, km, met, ans, sym, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            sc = ws.cell(row=r, column=6)
            sc.alignment = Alignment(horizontal="center", vertical="top")
            if sym:
                sc.font = Font(size=14, bold=True, color=colors[sym])
            EXPECTED.append((fil, namnd, km, st, av))
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Teckenförklaring:  ✓ = Genomförd    ◐ = Påbörjad / delvis genomförd    ✗ = Ej genomförd")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    ws.cell(row=r, column=1,
            value="* Kontroll 7 saknar symbol eftersom resultatet av återläsningstestet kom in efter att sammanställningen gjorts.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    ws.cell(row=r, column=1, value="Rapporten behandlas av kommunstyrelsens arbetsutskott 2025-09-23.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A7"
    ws.print_title_rows = "6:6"
    ws.page_setup.orientation = "landscape"
    wb.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden – xlsx, numeric codes 1/2/3, legend in title
# ---------------------------------------------------------------------------
def f2():
    fil = "Uppföljning IK BUN tertial 2 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    # (nr, process, km, metod, omfattning, ansvarig, kod, resultat, åtgärd, status, avv)
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Inköp", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov", "25 fakturor", "Förvaltningsekonom", 1,
             "Samtliga fakturor attesterade av behörig attestant.", "–",
             "GENOMFORD", "nej"),
            ("1.2", "Avgifter", "Kontroll av att barnomsorgsavgifter debiteras enligt taxa",
             "Stickprov", "30 hushåll", "Avgiftshandläggare", 1,
             "2 hushåll hade felaktig inkomstuppgift; avgiften har korrigerats retroaktivt.",
             "Påminnelse om inkomstuppgift skickas ut två gånger per år.",
             "GENOMFORD", "ja"),
            ("1.3", "Skolskjuts",
             "Skolskjuts – fakturerade resor stäms av mot beviljade skolskjutsbeslut",
             "Avstämning", "Samtliga fakturor", "Skolskjutssamordnare", 2,
             "Avstämning gjord för vårterminen utan avvikelser. Höstterminen stäms av i september.",
             "", "DELVIS", "nej"),
        ]),
        ("2. Verksamhet", [
            ("2.1", "Trygghet och studiero",
             "Anmälan om kränkande behandling rapporteras till huvudmannen inom fem arbetsdagar",
             "Genomgång av ärenden i ärendesystemet", "Samtliga anmälningar", "Utvecklingsstrateg", 1,
             "41 anmälningar under perioden, varav 37 rapporterade inom fem arbetsdagar.",
             "Rektorer påminns om rutinen på rektorsmöte i september.",
             "GENOMFORD", "ja"),
            ("2.2", "Närvaro",
             "Elever med frånvaro över 15 % uppmärksammas och utreds",
             "Uttag ur närvarosystemet", "Samtliga skolenheter", "Elevhälsochef", 3,
             "Ny rutin för frånvarouppföljning tas fram under hösten, kontrollen görs därefter.",
             "", "EJ_GENOMFORD", ""),
            ("2.3", "Rekrytering",
             "Registerkontroll av personal i förskola och skola innan anställning",
             "Stickprov", "20 nyanställda", "HR-konsult", 1,
             "Samtliga hade uppvisat utdrag ur belastningsregistret före anställning.", "–",
             "GENOMFORD", "nej"),
            ("2.4", "Rekrytering",
             "Lärare har legitimation och behörighet för undervisande ämne",
             "Genomgång av tjänstefördelning", "Samtliga lärare", "Rektorer", 2,
             "Genomgång pågår inför läsåret 2025/26, redovisas vid helår.", "",
             "DELVIS", ""),
        ]),
        ("3. Information och säkerhet", [
            ("3.1", "Arkiv", "Gallring av elevakter enligt informationshanteringsplanen",
             "Stickprov", "2 skolenheter", "Arkivansvarig", "Utgår",
             "Utgår enligt beslut BUN 2025-04-15 § 42, ersätts av kontroll 3.2.", "",
             "UTGAR", ""),
            ("3.2", "Behörigheter",
             "Behörigheter i elevdokumentationssystemet följs upp",
             "Behörighetslista mot personalförteckning", "Samtliga användare", "Systemförvaltare", 1,
             "6 inaktuella behörigheter hittades och har tagits bort.", "Kvartalsvis avstämning införs.",
             "GENOMFORD", "ja"),
            ("3.3", "Brandskydd",
             "Systematiskt brandskyddsarbete (SBA) dokumenteras på varje skolenhet",
             "Kontroll av SBA-pärmar", "7 skolenheter", "Lokalsamordnare", 2,
             "Dokumenterat på 5 av 7 enheter, resterande två klara under september.", "",
             "DELVIS", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    for k, v in {"A": 6, "B": 18, "C": 44, "D": 24, "E": 16, "F": 18, "G": 10,
                 "H": 48, "I": 36}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Uppföljning av intern kontroll – tertial 2 2025"
    ws["A2"].font = Font(size=12, bold=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Status anges med kod: 1 = Genomförd, 2 = Påbörjad, 3 = Ej påbörjad"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Omfattning", "Ansvarig",
           "Status (kod)", "Resultat och iakttagelser", "Åtgärd"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = CENTER
    r = 6
    counts = {1: 0, 2: 0, 3: 0, "Utgår": 0}
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (nr, proc, km, met, omf, ans, kod, res, atg, st, av) in rows:
            vals = [nr, proc, km, met, omf, ans, kod, res, atg or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            counts[kod] += 1
            EXPECTED.append((fil, namnd, km, st, av))
            r += 1
    assert counts[1] == 5
    r += 1
    for txt in (f"Antal genomförda: {counts[1]}", f"Antal påbörjade: {counts[2]}",
                f"Antal ej påbörjade: {counts[3]}", f"Antal utgående: {counts['Utgår']}"):
        ws.cell(row=r, column=2, value=txt).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Uppföljningen behandlas av barn- och utbildningsnämnden 2025-09-18. "
                  "Kontakt: förvaltningsekonom, Barn- och utbildningsförvaltningen.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A6"
    wb.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# F3  Socialnämnden – xlsx, letters G/P/E in separate T1 / T2 / T3 columns
# ---------------------------------------------------------------------------
def f3():
    fil = "SN IK-plan 2025 uppföljning T2.xlsx"
    namnd = "Socialnämnden"
    # (id, risk, km, metod, frekvens, ansvarig, T1, T2, kommentar, status, avv)
    rows = [
        ("S1", "Felaktiga utbetalningar av ekonomiskt bistånd",
         "Kontroll att utbetalning av ekonomiskt bistånd överensstämmer med beslut",
         "Stickprov 10 akter", "Tertial", "Enhetschef IFO", "G", "G",
         "T2: 10 akter granskade, en utbetalning saknade beslut – återkrav är upprättat.",
         "GENOMFORD", "ja"),
        ("S2", "Barn far illa utan att åtgärder vidtas",
         "Orosanmälningar skyddsbedöms inom 24 timmar",
         "Genomgång av samtliga anmälningar", "Tertial", "Enhetschef barn och unga", "G", "P",
         "T1 utan avvikelse. Genomgång för maj–augusti pågår.", "DELVIS", ""),
        ("S3", "Felaktiga avgifter",
         "Avgifter inom äldreomsorgen beräknas på aktuellt inkomstunderlag",
         "Stickprov 20 beslut", "Halvår", "Avgiftshandläggare", "G", None,
         "Kontrollen görs halvårsvis. Inga avvikelser vid kontrollen i april.",
         "GENOMFORD", "nej"),
        ("S4", "Felaktig läkemedelshantering",
         "Läkemedelshantering – signeringslistor kontrolleras på särskilt boende",
         "Stickprov på varje boende", "Tertial", "MAS", "P", "G",
         "Samtliga tre boenden kontrollerade. Brister i signering på Solgläntan har åtgärdats.",
         "GENOMFORD", "ja"),
        ("S5", "Missförhållanden utreds inte",
         "Avvikelser enligt lex Sarah utreds och rapporteras",
         "Genomgång av avvikelsesystemet", "Tertial", "Kvalitetsutvecklare", "G", "G",
         "Två lex Sarah-rapporter under T2, båda utredda inom tidsgräns.",
         "GENOMFORD", "nej"),
        ("S6", "Ej verkställda beslut",
         "Ej verkställda beslut enligt SoL och LSS rapporteras till IVO",
         "Kontroll mot verksamhetssystemet", "Kvartal", "Systemförvaltare", "E", "E",
         "Kontrollen ej utförd p.g.a. byte av verksamhetssystem.",
         "EJ_GENOMFORD", ""),
        ("S7", "Otillbörlig åtkomst till journaler",
         "Loggkontroll i journalsystemet",
         "Stickprov 5 användare", "Tertial", "Systemförvaltare", "E", "G",
         "Loggkontroll gjord i juni, ingen otillbörlig åtkomst upptäckt.",
         "GENOMFORD", "nej"),
        ("S8", "Felaktig fakturering",
         "Hemtjänsttimmar som faktureras stäms av mot beviljade timmar",
         "Avstämning utförda/beviljade timmar", "Tertial", "Enhetschef hemtjänst", None, None,
         None, "SAKNAS", ""),
        ("S9", "Delegering saknas",
         "Delegeringar av hälso- och sjukvårdsuppgifter är aktuella",
         "Genomgång av delegeringsregister", "Halvår", "MAS", "P", None,
         None, "DELVIS", ""),
        ("S10", "Privat användning av verksamhetsbilar",
         "Kontroll av att körjournaler förs för verksamhetsbilar",
         "Stickprov 3 bilar", "Tertial", "Administratör", "G", "Utgår",
         "Bilarna ingår i kommunens bilpool från april (SN 2025-03-26 § 29).",
         "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Plan och uppföljning"
    for k, v in {"A": 6, "B": 30, "C": 44, "D": 26, "E": 10, "F": 22, "G": 6,
                 "H": 6, "I": 6, "J": 52}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Socialnämnden, Valdemarsviks kommun"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning – tertial 2"
    ws["A2"].font = Font(size=12)
    ws["A3"] = "Uppföljning per tertial: G = Genomförd, P = Pågår, E = Ej genomförd"
    ws["A3"].font = Font(italic=True, size=9)
    # two-level header
    top = ["Id", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Uppföljning 2025", None, None, "Kommentar"]
    sub = [None, None, None, None, None, None, "T1", "T2", "T3", None]
    for c, h in enumerate(top, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.alignment = CENTER
        cell.border = BOX
    for c, h in enumerate(sub, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.alignment = CENTER
        cell.border = BOX
    for c in (1, 2, 3, 4, 5, 6, 10):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells("G5:I5")
    fills = {"G": "C6EFCE", "P": "FFEB9C", "E": "FFC7CE"}
    r = 7
    for (i, risk, km, met, frek, ans, t1, t2, kom, st, av) in rows:
        vals = [i, risk, km, met, frek, ans, t1, t2, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        for c in (7, 8, 9):
            cell = ws.cell(row=r, column=c)
            cell.alignment = Alignment(horizontal="center", vertical="top")
            if cell.value in fills:
                cell.fill = PatternFill("solid", fgColor=fills[cell.value])
        EXPECTED.append((fil, namnd, km, st, av))
        r += 1
    dv = DataValidation(type="list", formula1='"G,P,E"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G7:I{r - 1}")
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen T2 fastställd av socialnämnden 2025-09-24.").font = Font(italic=True, size=9)
    ws.freeze_panes = "C7"
    wb.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# F4  Samhällsbyggnadsnämnden – docx, X ticks in Genomförd / Delvis / Ej genomförd
# ---------------------------------------------------------------------------
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, center=False, size=9):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    par = cell.paragraphs[0]
    for n, line in enumerate(lines):
        if n:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def f4():
    fil = "Samhällsbyggnadsnämnden uppföljning internkontroll T2 2025.docx"
    namnd = "Samhällsbyggnadsnämnden"
    # (km, G, D, E, kommentar, status, avv)
    groups = [
        ("Fastighet", [
            ("Ventilationskontroller (OVK) utförs enligt besiktningsplan", "X", "", "",
             "12 av 12 planerade besiktningar gjorda. Två objekt fick anmärkning som är åtgärdad.",
             "GENOMFORD", "ja"),
            ("Hyresavtal för externa hyresgäster indexregleras enligt avtal", "", "X", "",
             "Indexuppräkning gjord för 14 av 18 avtal. Fyra avtal saknade indexklausul i hyressystemet, rättas under hösten.",
             "DELVIS", "ja"),
        ]),
        ("Vatten och avlopp", [
            ("Provtagning av dricksvatten enligt provtagningsprogrammet", "x", "", "",
             "Samtliga prover tjänliga.", "GENOMFORD", "nej"),
            ("Debitering av VA-avgifter stäms av mot mätaravläsningar", "X", "X", "",
             "Avläsningar inlästa i kundsystemet.", "OKLAR", ""),
        ]),
        ("Gata och park", [
            ("Lekplatsbesiktning genomförs och brister åtgärdas", "", "", "X",
             "Besiktningen flyttad till september p.g.a. leverantörens kapacitet.",
             "EJ_GENOMFORD", ""),
            ("Vinterväghållning – entreprenörens fakturor kontrolleras mot körjournaler", "X", "", "",
             "Fakturor januari–mars kontrollerade. Felaktigt debiterade timmar (18 h) har krediterats.",
             "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Investeringsprojekt följs upp mot beslutad budget", "", "X", "",
             "Uppföljning gjord för 6 av 9 projekt, inga överskridanden hittills.",
             "DELVIS", "nej"),
            ("Attest av leverantörsfakturor enligt attestordningen", "X", "", "",
             "Stickprov 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("Upphandlade ramavtal används vid inköp av entreprenadtjänster", "", "", "",
             "Utgår enligt beslut SBN 2025-05-14 § 44 – ingår i kommunstyrelsens kontroll av avtalstrohet.",
             "UTGAR", ""),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    sec.header.paragraphs[0].text = "Valdemarsviks kommun\tSamhällsbyggnadsförvaltningen"
    d.core_properties.author = "Samhällsbyggnadsförvaltningen"
    import datetime
    d.core_properties.created = datetime.datetime(*FIXED_DT)
    d.core_properties.modified = datetime.datetime(*FIXED_DT)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    meta = d.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([("Nämnd", "Samhällsbyggnadsnämnden"),
                                ("Period", "Tertial 2, januari–augusti 2025"),
                                ("Ansvarig tjänsteperson", "Ekonom, Samhällsbyggnadsförvaltningen")]):
        set_cell(meta.cell(i, 0), k, bold=True, size=10)
        set_cell(meta.cell(i, 1), v, size=10)
    d.add_paragraph()
    d.add_paragraph("Markera med X i den kolumn som stämmer för respektive kontrollmoment och "
                    "kommentera resultatet. Konstaterade avvikelser ska beskrivas i kommentaren.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True, center=c in (1, 2, 3))
        shade(t.rows[0].cells[c], "D9E2F3")
    for gname, rows in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, gname, bold=True)
        shade(m, "F2F2F2")
        for (km, g, dl, e, kom, st, av) in rows:
            cells = t.add_row().cells
            set_cell(cells[0], km)
            set_cell(cells[1], g, bold=True, center=True)
            set_cell(cells[2], dl, bold=True, center=True)
            set_cell(cells[3], e, bold=True, center=True)
            set_cell(cells[4], kom)
            EXPECTED.append((fil, namnd, km, st, av))
    widths = [Cm(8.5), Cm(2.2), Cm(2.0), Cm(2.4), Cm(10.9)]
    for row in t.rows:
        for c, w in enumerate(widths):
            if c < len(row.cells):
                row.cells[c].width = w
    d.add_paragraph()
    fn = d.add_paragraph("Kontrollmomenten beslutades av samhällsbyggnadsnämnden 2024-12-11 § 98. "
                         "Rapporten redovisas för nämnden 2025-09-17.")
    fn.runs[0].italic = True
    fn.runs[0].font.size = Pt(8)
    d.add_paragraph("Valdemarsvik 2025-09-08")
    d.add_paragraph("Förvaltningschef, Samhällsbyggnadsförvaltningen")
    d.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# F5  Kultur- och fritidsnämnden – .ods with 🟢 🟡 🔴 ⚪ and a legend sheet
# ---------------------------------------------------------------------------
def f5():
    fil = "KFN_IK_T2_2025.ods"
    namnd = "Kultur- och fritidsnämnden"
    # (område, km, risk, ansvarig, symbol, kommentar, status, avv)
    rows = [
        ("Ekonomi", "Kontanthantering i simhallens kassa – dagskassor stäms av mot kassarapport",
         "12", "Föreståndare simhall", "🟢", "Avstämning varje vecka, inga differenser.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Föreningsbidrag betalas ut enligt riktlinjer och beslut",
         "9", "Fritidskonsulent", "🟡",
         "Aktivitetsbidrag vårterminen kontrollerade utan anmärkning. Lokalbidrag kontrolleras i oktober.",
         "DELVIS", "nej"),
        ("Inköp", "Inköp av biblioteksmedier sker enligt avtal",
         "6", "Bibliotekschef", "🟢",
         "Stickprov 15 fakturor, en faktura avsåg inköp utanför avtal. Leverantören har kontaktats.",
         "GENOMFORD", "ja"),
        ("Intäkter", "Uthyrning av idrottshallar faktureras enligt bokningssystemet",
         "8", "Bokningsansvarig", "🔴",
         "Ej genomförd, bokningssystemet byts under hösten.", "EJ_GENOMFORD", ""),
        ("Personal", "Registerkontroll för ledare i kommunens lovverksamhet",
         "12", "Enhetschef fritid", "🟢",
         "Samtliga 11 ledare för sommarlovsaktiviteter kontrollerade.", "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Systematiskt arbetsmiljöarbete – skyddsronder på fritidsgårdar",
         "6", "Enhetschef fritid", "⚪",
         "Ej aktuellt 2025, fritidsgården Ungdomens hus är stängd för renovering.",
         "UTGAR", ""),
        ("Information", "Personuppgiftsbehandling i bokningssystemet följer dataskyddsförordningen",
         "9", "Systemförvaltare", "🟡",
         "Registerförteckning upprättad, rutin för gallring ej påbörjad.", "DELVIS", ""),
        ("Tillgångar", "Konstsamlingen inventeras mot förteckning",
         "4", "Kulturchef", "🔴", "Flyttad till 2026.", "EJ_GENOMFORD", ""),
        ("Avtal", "Hyresavtal för föreningslokaler är aktuella och undertecknade",
         "6", "Fritidskonsulent", "", "", "SAKNAS", ""),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#d9d9d9", border="0.5pt solid #808080",
                                        wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap",
                                        verticalalign="top"))
    doc.automaticstyles.addElement(body)
    sym = Style(name="sym", family="table-cell")
    sym.addElement(TableCellProperties(border="0.5pt solid #808080", verticalalign="top"))
    sym.addElement(ParagraphProperties(textalign="center"))
    sym.addElement(TextProperties(fontsize="14pt"))
    doc.automaticstyles.addElement(sym)
    colstyles = {}
    for w in ("2.5cm", "3cm", "4cm", "9cm", "11cm", "1.8cm"):
        s = Style(name="co" + w.replace(".", "_"), family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles[w] = s

    def cell(text="", style=None, span=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        if text != "" and text is not None:
            if isinstance(text, (int, float)):
                tc = TableCell(valuetype="float", value=text, **kw)
                tc.addElement(P(text=str(text)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(text).split("\n"):
                    tc.addElement(P(text=line))
        else:
            tc = TableCell(**kw)
        return tc

    t = Table(name="Uppföljning T2")
    for w in ("3cm", "9cm", "2.5cm", "4cm", "1.8cm", "11cm"):
        t.addElement(TableColumn(stylename=colstyles[w]))

    def title_row(text, style):
        tr = TableRow()
        tr.addElement(cell(text, style, span=6))
        for _ in range(5):
            tr.addElement(CoveredTableCell())
        t.addElement(tr)

    title_row("Kultur- och fritidsnämnden", title)
    title_row("Internkontroll 2025 – uppföljning tertial 2 (januari–augusti)", bold)
    title_row("Symbolerna förklaras på fliken Teckenförklaring.", None)
    t.addElement(TableRow())
    tr = TableRow()
    for h in ("Kontrollområde", "Kontrollmoment", "Riskvärde", "Ansvarig", "Status",
              "Kommentar T2"):
        tr.addElement(cell(h, head))
    t.addElement(tr)
    for (omr, km, risk, ans, s, kom, st, av) in rows:
        tr = TableRow()
        tr.addElement(cell(omr, body))
        tr.addElement(cell(km, body))
        tr.addElement(cell(int(risk), body))
        tr.addElement(cell(ans, body))
        tr.addElement(cell(s, sym))
        tr.addElement(cell(kom, body))
        t.addElement(tr)
        EXPECTED.append((fil, namnd, km, st, av))
    t.addElement(TableRow())
    tr = TableRow()
    tr.addElement(cell("Riskvärde = sannolikhet × konsekvens (skala 1–4).", None, span=6))
    for _ in range(5):
        tr.addElement(CoveredTableCell())
    t.addElement(tr)
    doc.spreadsheet.addElement(t)

    lg = Table(name="Teckenförklaring")
    lg.addElement(TableColumn(stylename=colstyles["2.5cm"]))
    lg.addElement(TableColumn(stylename=colstyles["9cm"]))
    tr = TableRow()
    tr.addElement(cell("Symbol", head))
    tr.addElement(cell("Betydelse", head))
    lg.addElement(tr)
    for s, txt in (("🟢", "Genomförd"), ("🟡", "Pågår / delvis genomförd"),
                   ("🔴", "Ej genomförd"), ("⚪", "Ej aktuell / utgår")):
        tr = TableRow()
        tr.addElement(cell(s, sym))
        tr.addElement(cell(txt, body))
        lg.addElement(tr)
    lg.addElement(TableRow())
    tr = TableRow()
    tr.addElement(cell("Statusen avser läget per 31 augusti 2025.", None, span=2))
    tr.addElement(CoveredTableCell())
    lg.addElement(tr)
    doc.spreadsheet.addElement(lg)
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# F6  CSV export from the governance system – MBN + ÖFN, English status codes
# ---------------------------------------------------------------------------
def f6():
    fil = "Hypergene_export_internkontroll_2025-09-05.csv"
    reg = {"MBN": "Miljö- och byggnämnden", "ÖFN": "Överförmyndarnämnden"}
    # (id, kod, km, ansvarig, status, avvikelse, kommentar, exp_status, exp_avv)
    rows = [
        ("IK25-MBN-01", "MBN", "Handläggningstid för bygglov hålls inom lagstadgad tid (10 veckor)",
         "Bygglovschef", "Completed", "Yes",
         "3 av 58 ärenden överskred tiden; avgiften har reducerats enligt PBL.", "GENOMFORD", "ja"),
        ("IK25-MBN-02", "MBN", "Tillsynsavgifter enligt miljöbalken debiteras enligt taxa",
         "Miljöchef", "In progress", "No",
         "Debitering för livsmedelskontroll klar, miljötillsyn pågår.", "DELVIS", "nej"),
        ("IK25-MBN-03", "MBN", "Delegationsbeslut återrapporteras till nämnden",
         "Nämndsekreterare", "Completed", "No", "", "GENOMFORD", "nej"),
        ("IK25-MBN-04", "MBN", "Handläggare intygar att jäv inte föreligger i tillsynsärenden",
         "Miljöchef", "Not started", "", "Planeras till T3.", "EJ_GENOMFORD", ""),
        ("IK25-MBN-05", "MBN", "Inkomna ansökningar registreras i ärendesystemet inom två arbetsdagar",
         "Administratör", "Completed", "No", "Stickprov 25 ärenden.", "GENOMFORD", "nej"),
        ("IK25-OFN-01", "ÖFN", "Årsräkningar granskas inom sex månader från inlämning",
         "Handläggare överförmyndare", "In progress", "No",
         "142 av 168 årsräkningar granskade.\nÅterstående granskas under september.", "DELVIS", "nej"),
        ("IK25-OFN-02", "ÖFN", "Arvoden till ställföreträdare beräknas enligt riktlinje",
         "Handläggare överförmyndare", "Completed", "Yes",
         "Stickprov 20 arvoden: två var felberäknade och har justerats.", "GENOMFORD", "ja"),
        ("IK25-OFN-03", "ÖFN",
         "Lämplighetsprövning av nya ställföreträdare (belastningsregister, kreditupplysning)",
         "Handläggare överförmyndare", "Completed", "No", "Samtliga 9 nya ställföreträdare prövade.",
         "GENOMFORD", "nej"),
        ("IK25-OFN-04", "ÖFN", "Förteckningar över huvudmännens tillgångar inkommer inom två månader",
         "Handläggare överförmyndare", "Cancelled", "",
         "Avbruten genom beslut ÖFN 2025-04-09 § 12, ingår i granskningen av årsräkningar.",
         "UTGAR", ""),
        ("IK25-OFN-05", "ÖFN", "Uttag från spärrade bankkonton kontrolleras mot beslut",
         "Handläggare överförmyndare", "", "", "", "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Nämndkod", "Plan", "Period", "KontrollID", "Kontrollmoment",
                "Ansvarig", "Status", "Avvikelse", "Kommentar", "Senast uppdaterad"])
    for n, (i, kod, km, ans, st, avv, kom, est, eav) in enumerate(rows):
        w.writerow(["Valdemarsviks kommun", kod, "Internkontrollplan 2025", "2025 T2", i, km, ans,
                    st, avv, kom, f"2025-09-0{1 + n % 4} 1{n % 6}:{10 + n * 3:02d}"])
        EXPECTED.append((fil, reg[kod], km, est, eav))
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    for kod in ("MBN", "ÖFN"):
        FILES.append((fil, "INLAST", reg[kod], YEAR, PERIOD))


# ---------------------------------------------------------------------------
# F7  Valdemarsviks Bostäder AB – plain .xls with status words
# ---------------------------------------------------------------------------
def f7():
    fil = "VBAB_internkontroll_T2_2025.xls"
    namnd = "Valdemarsviks Bostäder AB"
    rows = [
        ("Hyror", "Hyresavier debiteras enligt gällande hyresavtal", "Ekonomichef", "Genomförd",
         "Stickprov 30 avtal, inga avvikelser.", "GENOMFORD", "nej"),
        ("Hyror", "Hyresfordringar – påminnelse och inkasso enligt kravrutinen", "Ekonomiassistent",
         "Genomförd med anmärkning", "Fyra ärenden skickades till inkasso för sent.",
         "GENOMFORD", "ja"),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Genomförd",
         "OK", "GENOMFORD", "nej"),
        ("Förvaltning", "Besiktning vid avflyttning dokumenteras i besiktningsprotokoll",
         "Förvaltare", "Pågår", "Ny besiktningsmall infördes i juni, uppföljning pågår.",
         "DELVIS", ""),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)", "Uthyrare",
         "Genomförd", "10 uthyrningar kontrollerade, samtliga enligt kötid.", "GENOMFORD", "nej"),
        ("Underhåll", "Underhållsplanen följs upp mot budget", "Fastighetschef", "Ej påbörjad",
         "Görs inför budget 2026 i oktober.", "EJ_GENOMFORD", ""),
        ("Brandskydd", "Systematiskt brandskyddsarbete i flerbostadshus", "Fastighetschef",
         "Genomförd", "Brandskyddsronder gjorda i samtliga 22 fastigheter.", "GENOMFORD", "nej"),
        ("Personal", "Redovisning av bisysslor från anställda", "VD", "Ej aktuell",
         "Ersätts av koncerngemensam kontroll som kommunstyrelsen genomför.", "UTGAR", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll")
    ws.header_str = b"&LVBAB&CInternkontroll 2025&R&D"
    ws.footer_str = b"&CSida &P av &N"
    b = xlwt.easyxf("font: bold on")
    t = xlwt.easyxf("font: bold on, height 280")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                    "borders: left thin, right thin, top thin, bottom thin")
    c = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    for i, wdt in enumerate([16, 50, 18, 24, 50]):
        ws.col(i).width = wdt * 256
    ws.write(0, 0, "Valdemarsviks Bostäder AB – internkontroll 2025", t)
    ws.write(1, 0, "Uppföljning T2 (januari–augusti)", b)
    for j, hh in enumerate(["Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        ws.write(3, j, hh, h)
    r = 4
    for (omr, km, ans, st_word, kom, st, av) in rows:
        for j, v in enumerate([omr, km, ans, st_word, kom]):
            ws.write(r, j, v, c)
        EXPECTED.append((fil, namnd, km, st, av))
        r += 1
    r += 1
    ws.write(r, 0, "Godkänd av styrelsen 2025-09-16")
    ws.write(r + 1, 0, "VD, Valdemarsviks Bostäder AB")
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# R   A screenshot (PNG) saved with an .xlsx extension – must be rejected
# ---------------------------------------------------------------------------
def reject():
    fil = "Statusöversikt IK T2 2025 (skärmklipp).xlsx"
    im = Image.new("RGB", (520, 220), "white")
    dr = ImageDraw.Draw(im)
    dr.text((10, 8), "Statusöversikt internkontroll T2 2025", fill="black")
    cols = [(0, 176, 80), (255, 192, 0), (192, 0, 0), (0, 176, 80), (0, 176, 80)]
    for i, col in enumerate(cols):
        y = 40 + i * 34
        dr.rectangle([10, y, 500, y + 28], outline=(128, 128, 128))
        dr.text((20, y + 8), f"Kontrollmoment {i + 1}", fill="black")
        dr.ellipse([450, y + 4, 470, y + 24], fill=col)
    bio = io.BytesIO()
    im.save(bio, format="PNG")
    with open(p(fil), "wb") as f:
        f.write(bio.getvalue())
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
    ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN"),
    ("Valdemarsviks Bostäder AB", "VBAB|Valdemarsviks Bostäder|Bostadsbolaget"),
]


def write_csv(name, header, rows):
    with open(p(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    f1(); f2(); f3(); f4(); f5(); f6(); f7(); reject()
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    # kontrollmoment text in expected.csv: multi-line cells written with the
    # line break replaced by a space (matching is lenient on whitespace)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"],
              [(f, n, " ".join(k.split()), s, a) for (f, n, k, s, a) in EXPECTED])
    names = {r[0] for r in REGISTER}
    inl = {(r[0], r[2]) for r in FILES if r[1] == "INLAST"}
    for (f, n, k, s, a) in EXPECTED:
        assert (f, n) in inl, (f, n)
        assert n in names
        assert s in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR")
        assert a in ("ja", "nej", "")
    print(f"{len(FILES)} files rows, {len(EXPECTED)} expected rows")


if __name__ == "__main__":
    main()
