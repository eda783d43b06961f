#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r536 - Kungälvs kommun, uppföljning av internkontrollplaner tertial 2 (T2) 2025.

Builds every follow-up file of the round, the file to reject, and the three CSVs
(namnder.csv, files.csv, expected.csv) directly in this folder.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fix_props(wb):
    wb.properties.creator = "Kungälvs kommun"
    wb.properties.lastModifiedBy = "Kungälvs kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "Kungälvs kommun"
    cp.last_modified_by = "Kungälvs kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def normalize_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed timestamps and sorted-stable order -> deterministic bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


# ======================================================================
# F1 - Omsorgsnämnden: xlsx with T1 and T2 status columns side by side
# ======================================================================
def f1():
    fil = "ON Internkontrollplan 2025 uppföljning T1-T2.xlsx"
    namnd = "Omsorgsnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Omsorgsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Uppföljning per tertial. Ange status för aktuell tertial: Genomförd / Pågår / "
                "Ej påbörjad / Utgår. Tertial 2 avser maj–augusti.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Sektor Omsorg, senast uppdaterad 2025-09-12"
    ws["A3"].font = Font(size=9)
    # group header row
    ws["A5"] = "Plan 2025 (beslutad ON 2024-12-11 § 112)"
    ws.merge_cells("A5:E5")
    ws["F5"] = "Tertial 1 (jan–apr)"
    ws.merge_cells("F5:G5")
    ws["H5"] = "Tertial 2 (maj–aug)"
    ws.merge_cells("H5:I5")
    heads = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
             "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(heads, 1):
        ws.cell(row=6, column=c, value=h)
    grp_fill = PatternFill("solid", fgColor="1F4E78")
    sub_fill = PatternFill("solid", fgColor="DDEBF7")
    for r in (5, 6):
        for c in range(1, 10):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True, color="FFFFFF" if r == 5 else "000000")
            cell.fill = grp_fill if r == 5 else sub_fill
            cell.alignment = CENTER
            cell.border = BORDER

    # (nr, process, kontrollmoment, metod, ansvarig, st1, k1, st2, k2, expected status, avvikelse)
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Ekonomichef",
         "Genomförd", "Inga avvikelser.",
         "Genomförd", "2 av 20 fakturor saknade andra attest. Åtgärdat och attestanterna påminda.",
         "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Korrekt debitering av omsorgsavgifter",
         "Avstämning av 15 avgiftsbeslut mot fakturering", "Avgiftshandläggare",
         "Pågår", "Avstämning mot verksamhetssystemet påbörjad.",
         "Genomförd", "Avstämningen klar, samtliga 15 avgifter korrekt debiterade.",
         "GENOMFORD", "nej"),
        ("3", "Ekonomi", "Hantering av brukares privata medel (kontanthantering)",
         "Kassaboken stäms av mot kvitton på fyra boenden", "Enhetschef SÄBO",
         "Genomförd", "Kassaboken avstämd på fyra boenden, inga differenser.",
         None, None,
         "GENOMFORD", "nej"),
        ("4", "Myndighetsutövning", "Verkställighet av beslut om särskilt boende inom tre månader",
         "Uttag ur verksamhetssystemet, samtliga beslut", "Biståndschef",
         "Pågår", "Uppföljning pågår.",
         "Pågår", "Tre beslut ej verkställda inom tre månader på grund av platsbrist. Rapporterade till IVO.",
         "DELVIS", "ja"),
        ("5", "Myndighetsutövning", "Genomförandeplan upprättas inom 14 dagar efter inflyttning",
         "Granskning av 15 genomförandeplaner", "Enhetschef SÄBO",
         "Ej påbörjad", None,
         None, "Granskning genomförd i juni: 3 av 15 planer var upprättade först efter 14 dagar.",
         "GENOMFORD", "ja"),
        ("6", "Kvalitet och patientsäkerhet",
         "Avvikelsehantering enligt rutin (lex Sarah och avvikelser enligt HSL)",
         "Genomgång av avvikelserapporter i verksamhetssystemet", "MAS",
         "Genomförd", "",
         "Genomförd", "Samtliga avvikelser utredda inom två veckor.",
         "GENOMFORD", "nej"),
        ("7", "Kvalitet och patientsäkerhet", "Läkemedelshantering – signering av given läkemedelsdos",
         "Egenkontroll av signeringslistor på sex enheter", "MAS",
         "Pågår", "Egenkontroll klar på 2 av 6 enheter.",
         None, None,
         "DELVIS", ""),
        ("8", "Kvalitet och patientsäkerhet", "Basala hygienrutiner – egenkontroll enligt Vårdhygien",
         "Observationsstudie enligt Vårdhygiens protokoll", "Enhetschef hemtjänst",
         "Ej påbörjad", "Planeras till hösten.",
         "Ej påbörjad", "Flyttas till tertial 3.",
         "EJ_GENOMFORD", ""),
        ("9", "Personal", "Kontroll av utdrag ur belastningsregistret vid nyanställning",
         "Samtliga nyanställningar under perioden", "HR-konsult",
         "Genomförd", "20 av 20 kontrollerade utan anmärkning.",
         "Genomförd", "Sommarvikarier: 2 av 25 saknade registerutdrag vid tillträdet.",
         "GENOMFORD", "ja"),
        ("10", "Personal", "Schemaläggning enligt arbetstidslagen (dygns- och veckovila)",
         "Uttag ur schemasystemet", "HR-konsult",
         "Utgår", "Ersätts av central kontroll i kommunstyrelsens plan.",
         None, None,
         "UTGAR", ""),
        ("11", "Personal", "Systematiskt arbetsmiljöarbete – skyddsronder genomförda enligt årshjul",
         "Genomgång av protokoll från skyddsronder", "Sektorchef",
         None, None,
         None, None,
         "SAKNAS", ""),
    ]
    r = 7
    proc_start = {}
    for row in rows:
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            cell.font = Font(size=10)
        proc_start.setdefault(row[1], []).append(r)
        exp(fil, namnd, row[2], row[9], row[10])
        r += 1
    # merge the process column over the rows of each process (value kept in the first cell)
    for proc, rs in proc_start.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
            ws.cell(row=rs[0], column=2).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: kvalitetsstrateg, Sektor Omsorg")
    ws.cell(row=r + 1, column=1, value="Redovisas för Omsorgsnämnden 2025-09-24")
    widths = [5, 18, 42, 30, 18, 13, 36, 13, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:6"
    wb.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ======================================================================
# F2 - Barn- och utbildningsnämnden: docx, column 1 = risk (long), column 2 = kontrollmoment
# ======================================================================
def f2():
    fil = "Uppföljning intern kontroll T2 2025 - Barn- och utbildningsnämnden.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_docx_props(doc, "Uppföljning intern kontroll T2 2025")
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Kungälvs kommun\tSektor Barn och utbildning\tDnr BUN 2024/0412"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 17 december 2024. Planen bygger på nämndens "
        "risk- och väsentlighetsanalys. I tabellen nedan redovisas för varje risk det kontrollmoment som "
        "ska granskas, hur granskningen görs och hur långt granskningen har kommit efter tertial 2 "
        "(januari–augusti 2025). Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, "
        "Ej genomförd eller Utgår.")
    heads = ["Risk", "Kontrollmoment", "Metod och frekvens", "Ansvarig", "Status T2", "Kommentar"]
    rows = [
        ("Risk att kränkande behandling av elever inte anmäls till huvudmannen, vilket leder till att "
         "händelser inte utreds skyndsamt och att huvudmannen inte kan fullgöra sitt ansvar enligt "
         "skollagen 6 kap.",
         "Anmälan av kränkande behandling till huvudman inom fem dagar",
         "Stickprov 30 ärenden, två gånger per år", "Kvalitetsutvecklare",
         "Genomförd med avvikelse",
         "6 av 30 ärenden anmäldes senare än fem dagar. Rektorerna har fått påminnelse om rutinen.",
         "GENOMFORD", "ja"),
        ("Risk att elever i behov av särskilt stöd inte får stödet i tid, vilket kan leda till att "
         "eleven inte når kunskapskraven och till kritik från Skolinspektionen.",
         "Åtgärdsprogram upprättas inom skälig tid efter utredning",
         "Granskning av åtgärdsprogram på samtliga grundskolor, en gång per år", "Elevhälsochef",
         "Delvis genomförd",
         "Granskning gjord på 4 av 9 skolor, resterande under oktober. Inga brister hittills.",
         "DELVIS", "nej"),
        ("Risk att hög eller upprepad ogiltig frånvaro inte uppmärksammas och att vårdnadshavare "
         "inte kontaktas samma dag, med risk för att elevens skolgång och säkerhet påverkas.",
         "Uppföljning av elevers ogiltiga frånvaro och kontakt med vårdnadshavare",
         "Uttag ur närvarosystemet per tertial", "Rektor",
         "Genomförd",
         "Rutinen följs på samtliga enheter.",
         "GENOMFORD", "nej"),
        ("Risk för felaktig ersättning till fristående förskolor och skolor samt till andra kommuner "
         "genom att barn och elever registreras felaktigt, vilket ger ekonomisk förlust för nämnden.",
         "Kontroll av barn- och elevpeng mot folkbokföringen",
         "Avstämning mot folkbokföringen varje månad", "Controller",
         "Genomförd",
         "Två barn var felaktigt registrerade. Ersättningen har återkrävts.",
         "GENOMFORD", "ja"),
        ("Risk att skolskjuts beviljas eller avslås på felaktiga grunder, vilket leder till "
         "överklaganden, olikabehandling och ökade kostnader.",
         "Beslut om skolskjuts fattas enligt riktlinjerna",
         "Stickprov 20 beslut inför läsårsstart", "Skolskjutssamordnare",
         "Ej genomförd",
         "Skjuts till tertial 3 på grund av personalbrist under sommaren.",
         "EJ_GENOMFORD", ""),
        ("Risk att inköp görs utanför gällande ramavtal, vilket innebär brott mot LOU, risk för "
         "upphandlingsskadeavgift och högre kostnader.",
         "Avtalstrohet vid inköp av läromedel",
         "Uttag ur e-handelssystemet, alla köp över 10 000 kr", "Inköpssamordnare",
         "Genomförd",
         "95 % av inköpen inom avtal. Tre köp gjordes utanför avtal, berörda skolor har informerats.",
         "GENOMFORD", "ja"),
        ("Risk att personer som dömts för brott mot barn anställs i förskola eller skola, vilket "
         "innebär en allvarlig risk för barnens säkerhet och för förtroendet för verksamheten.",
         "Registerkontroll vid anställning i förskola och skola",
         "Samtliga anställningar under perioden", "HR-partner",
         "Genomförd",
         "Samtliga nyanställda kontrollerade, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Risk att personuppgifter om barn och elever hanteras i strid med dataskyddsförordningen "
         "genom att behörigheter i elevregistret inte tas bort när personal slutar eller byter tjänst.",
         "Behörighetsgenomgång i elevregistret",
         "Genomgång av behörighetslistor två gånger per år", "Systemförvaltare",
         "",
         "Se bilaga 3.",
         "OKLAR", ""),
        ("Risk för brister i det systematiska brandskyddsarbetet på skolor och förskolor, vilket "
         "kan leda till personskador vid brand.",
         "Systematiskt brandskyddsarbete – genomförda utrymningsövningar",
         "Kontroll av protokoll från utrymningsövningar", "Rektor",
         "Utgår",
         "Utgår ur planen enligt beslut BUN 2025-05-20 § 48. Hanteras av fastighetsavdelningen.",
         "UTGAR", ""),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(7.5), Cm(5.0), Cm(3.8), Cm(2.8), Cm(2.6), Cm(5.0)]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True)
        set_cell_bg(c, "D9E2F3")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cell_text(cells[i], v)
        exp(fil, namnd, row[1], row[6], row[7])
    for r_ in t.rows:
        for i, w in enumerate(widths):
            r_.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 3: Behörighetsgenomgång elevregistret (separat dokument)")
    doc.add_paragraph("Kungälv 2025-09-15")
    doc.add_paragraph("Anna Lindqvist\nSektorchef Barn och utbildning")
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ======================================================================
# F3 - Kommunstyrelsen: xlsx, status as emoji, legend in a text box to the right
# ======================================================================
def add_textbox_legend(path, lines, col_from, row_from, col_to, row_to):
    """Inject a DrawingML text box (legend) into sheet1 of an openpyxl-saved xlsx."""
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
        order = [i.filename for i in z.infolist()]
    paras = []
    for i, line in enumerate(lines):
        b = ' b="1"' if i == 0 else ""
        line_x = (line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        paras.append('<a:p><a:r><a:rPr lang="sv-SE" sz="1100"%s/><a:t>%s</a:t></a:r></a:p>' % (b, line_x))
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<xdr:twoCellAnchor editAs="oneCell">'
        '<xdr:from><xdr:col>%d</xdr:col><xdr:colOff>152400</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
        '<xdr:to><xdr:col>%d</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
        '<xdr:sp macro="" textlink="">'
        '<xdr:nvSpPr><xdr:cNvPr id="2" name="Textruta 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFDE7"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></xdr:spPr>'
        '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/>'
        '<a:lstStyle/>%s</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
    ) % (col_from, row_from, col_to, row_to, "".join(paras))
    items["xl/drawings/drawing1.xml"] = drawing.encode("utf-8")
    order.append("xl/drawings/drawing1.xml")
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdDr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
        'Target="../drawings/drawing1.xml"/></Relationships>')
    relname = "xl/worksheets/_rels/sheet1.xml.rels"
    assert relname not in items
    items[relname] = rels.encode("utf-8")
    order.append(relname)
    sheet = items["xl/worksheets/sheet1.xml"].decode("utf-8")
    root = re.search(r"<worksheet[^>]*>", sheet).group(0)
    if 'xmlns:r=' not in root:
        sheet = sheet.replace(
            "<worksheet ",
            '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    for tail in ("<legacyDrawing", "<tableParts", "<extLst"):
        assert tail not in sheet
    sheet = sheet.replace("</worksheet>", '<drawing r:id="rIdDr1"/></worksheet>')
    items["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace(
        "</Types>",
        '<Override PartName="/xl/drawings/drawing1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
    items["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, items[name])


def f3():
    fil = "KS internkontroll 2025 - uppföljning T2.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Tertial 2 (maj–augusti 2025). Kommunledningskontoret."
    ws["A2"].font = Font(size=10, italic=True)
    heads = ["Id", "Process", "Kontrollmoment", "Ansvarig funktion", "Status", "Avvikelse", "Kommentar"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2E75B6")
        cell.alignment = CENTER
        cell.border = BORDER
    G, Y, R, W = "\U0001F7E2", "\U0001F7E1", "\U0001F534", "\u26AA"
    rows = [
        ("KS-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningsenheten",
         G, "Nej", "Stickprov 40 fakturor.", "GENOMFORD", "nej"),
        ("KS-02", "Ekonomi", "Förtroendekänsliga poster – representation och resor", "Redovisningsenheten",
         G, "Ja", "3 representationstillfällen saknade deltagarförteckning. Kompletterat.", "GENOMFORD", "ja"),
        ("KS-03", "Ekonomi", "Avstämning av balanskonton vid tertialbokslut", "Redovisningsenheten",
         Y, None, "Två konton kvarstår att stämma av.", "DELVIS", ""),
        ("KS-04", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Upphandlingsenheten", R, None, "Ej genomförd på grund av vakans som upphandlare.",
         "EJ_GENOMFORD", ""),
        ("KS-05", "Upphandling", "Avtalstrohet – inköp sker inom ramavtal", "Upphandlingsenheten",
         G, "Nej", "Avtalstrohet 92 %, i nivå med målet.", "GENOMFORD", "nej"),
        ("KS-06", "IT och informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet", "IT-enheten",
         G, "Ja", "5 konton för avslutade medarbetare fanns kvar, nu borttagna.", "GENOMFORD", "ja"),
        ("KS-07", "IT och informationssäkerhet", "Återläsningstest av säkerhetskopior", "IT-enheten",
         W, None, "Planeras i oktober.", "EJ_GENOMFORD", ""),
        ("KS-08", "HR och lön", "Kontroll av manuella lönetillägg", "Löneenheten",
         Y, "Nej", "Hälften av sektorerna kontrollerade, inga fel hittills.", "DELVIS", "nej"),
        ("KS-09", "HR och lön", "Uppföljning av rehabiliteringsärenden vid upprepad korttidsfrånvaro",
         "HR-enheten", G, "Nej", None, "GENOMFORD", "nej"),
        ("KS-10", "Dokumenthantering", "Diarieföring av inkommande handlingar inom två arbetsdagar",
         "Kansliet", None, None, None, "SAKNAS", ""),
    ]
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if c == 5:
                cell.alignment = CENTER
                cell.font = Font(size=14)
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Kommunledningskontoret 2025-09-16")
    for i, w in enumerate([8, 22, 46, 20, 9, 11, 46, 3, 12, 12, 12, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(p(fil))
    legend = ["Teckenförklaring status",
              G + "  Genomförd",
              Y + "  Pågår / delvis genomförd",
              R + "  Ej genomförd",
              W + "  Ej påbörjad (planerad senare under året)"]
    # text box over columns I-L (index 8..12), rows 4..10 (0-based 3..10)
    add_textbox_legend(p(fil), legend, 8, 3, 12, 10)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ======================================================================
# F4 - Kultur- och fritidsnämnden: xlsx template with "Exempel:" row at the top of the table
# ======================================================================
def f4():
    fil = "Mall_uppföljning_internkontroll_T2_2025_KFN.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "MALL – Uppföljning av internkontrollplan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Kultur- och fritidsnämnden"
    ws["A3"] = "År:"
    ws["B3"] = 2025
    ws["B3"].alignment = Alignment(horizontal="left")
    ws["D3"] = "Period:"
    ws["E3"] = "Tertial 2"
    for a in ("A2", "A3", "D3"):
        ws[a].font = Font(bold=True)
    ws["A4"] = ("Instruktion: Fyll i en rad per kontrollmoment. Status väljs i rullistan (Genomförd, "
                "Delvis genomförd, Ej genomförd, Utgår). Exempelraden får stå kvar. Skicka till "
                "ekonomiavdelningen senast 15 september.")
    ws["A4"].font = Font(italic=True, size=9, color="595959")
    ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A4:H4")
    ws.row_dimensions[4].height = 30
    heads = ["Nr", "Område", "Kontrollmoment", "Hur kontrollen görs", "Ansvarig", "Status",
             "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    hr = 6
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.alignment = CENTER
        cell.border = BORDER
    example = ("Ex", "Exempel: Ekonomi", "Exempel: Kontroll av att kassaredovisning görs dagligen",
               "Stickprov 10 dagar", "Enhetschef", "Genomförd", "Nej",
               "Exempel: Inga avvikelser. Beskriv kort vad ni hittat och vad ni gör.")
    for c, v in enumerate(example, 1):
        cell = ws.cell(row=hr + 1, column=c, value=v)
        cell.font = Font(italic=True, color="808080")
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
        cell.alignment = WRAP
        cell.border = BORDER
    rows = [
        ("1", "Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna", "Stickprov 15 utbetalningar",
         "Föreningskonsulent", "Genomförd", "Ja",
         "Två föreningar saknade verksamhetsberättelse. Utbetalningen stoppad tills komplettering kommit in.",
         "GENOMFORD", "ja"),
        ("2", "Bidrag", "Föreningar redovisar användningen av aktivitetsstöd", "Granskning av redovisningar",
         "Föreningskonsulent", "Delvis genomförd", "Nej", "15 av 40 redovisningar granskade.",
         "DELVIS", "nej"),
        ("3", "Kassahantering", "Dagskassan i simhallen stäms av mot kassasystemet",
         "Stickprov 10 dagar", "Badchef", "Genomförd", "Nej", "Inga differenser.",
         "GENOMFORD", "nej"),
        ("4", "Uthyrning", "Bokning och fakturering av lokaler och idrottshallar",
         "Jämförelse bokningar mot fakturor, en månad", "Bokningsansvarig", "Ej genomförd", None,
         "Nytt bokningssystem infördes i juni. Kontrollen flyttas till tertial 3.",
         "EJ_GENOMFORD", ""),
        ("5", "Bibliotek", "Hantering av förkomna medier och krav",
         "Uttag ur bibliotekssystemet", "Bibliotekschef", "Utgår", None,
         "Hanteras numera centralt av regionbiblioteket.", "UTGAR", ""),
        ("6", "Säkerhet", "Registerkontroll för ledare i sommarlovsverksamheten",
         "Samtliga anställda ledare", "Fritidschef", "Genomförd", "Nej",
         "Samtliga 34 ledare har lämnat utdrag.", "GENOMFORD", "nej"),
        ("7", "Inköp", "Inköp sker via e-handel och inom ramavtal", "Uttag ur e-handelssystemet",
         "Controller", "Delvis genomförd", "Ja", "Fyra inköp utanför avtal hittills. Granskningen fortsätter.",
         "DELVIS", "ja"),
        ("8", "Konst", "Inventering av den offentliga konstsamlingen", "Inventering mot konstregistret",
         "Kulturstrateg", None, None, None, "SAKNAS", ""),
    ]
    r = hr + 2
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, namnd, row[2], row[8], row[9])
        r += 1
    # empty numbered template rows left over
    for n in (9, 10, 11):
        ws.cell(row=r, column=1, value=str(n))
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = BORDER
        r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"',
                        allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)
    dv.add("F7:F%d" % (r - 1))
    dv2.add("G7:G%d" % (r - 1))
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen godkänd av (förvaltningschef):")
    ws.cell(row=r, column=5, value="Datum: 2025-09-11")
    for i, w in enumerate([5, 18, 44, 28, 18, 18, 12, 48], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ======================================================================
# F5 - Socialnämnden: docx table with "Kommentar:" rows spanning all columns under a control
# ======================================================================
def f5():
    fil = "Socialnämnden internkontroll uppföljning tertial 2 2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    fix_docx_props(doc, "Internkontroll 2025 – uppföljning tertial 2")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    t0 = doc.add_paragraph()
    run = t0.add_run("KUNGÄLVS KOMMUN\nSocialnämnden")
    run.bold = True
    doc.add_heading("Internkontroll 2025 – uppföljning tertial 2", level=1)
    doc.add_paragraph("Period: 1 januari – 31 augusti 2025. Ärendet behandlas av socialnämnden i september.")
    heads = ["Nr", "Kontrollmoment", "Metod", "Ansvarig", "Genomförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)"]
    # items: ("H", heading) | ("C", nr, km, metod, ansv, genomf, avv, kommentar, exp_status, exp_avv)
    items = [
        ("H", "Område: Barn och familj"),
        ("C", "1", "Utredningstid för barnavårdsutredningar inom fyra månader",
         "Uttag ur verksamhetssystemet, samtliga avslutade utredningar", "Enhetschef barn och familj",
         "Delvis", "Ja",
         "12 av 48 utredningar överskred fyra månader. Granskningen av augusti återstår och görs under T3.",
         "DELVIS", "ja"),
        ("C", "2", "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Stickprov 25 anmälningar", "Enhetschef mottagning", "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("C", "3", "Placeringar i HVB och familjehem sker enligt ramavtal",
         "Genomgång av samtliga nya placeringar", "Enhetschef barn och familj", "", "",
         "Granskningen är genomförd. Samtliga nio placeringar har gjorts enligt ramavtal.",
         "GENOMFORD", "nej"),
        ("C", "4", "Placerade barn besöks av socialsekreterare minst fyra gånger per år",
         "Stickprov 15 akter", "Enhetschef familjehem", "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("H", "Område: Ekonomiskt bistånd"),
        ("C", "5", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 30 beslut", "Enhetschef försörjningsstöd", "Ja", "Ja",
         "Två beslut var fattade av handläggare utan delegation. Rutinen har förtydligats på APT.",
         "GENOMFORD", "ja"),
        ("C", "6", "Kontroll av dubbelutbetalningar av ekonomiskt bistånd",
         "Uttag av utbetalningar per månad", "Controller", "Nej", "",
         "Ej genomförd. Systembytet försenade uttaget, kontrollen görs i oktober.",
         "EJ_GENOMFORD", ""),
        ("H", "Område: Gemensamt"),
        ("C", "7", "Synpunkter och klagomål registreras och besvaras inom tre veckor",
         "Genomgång av registret", "Kvalitetsutvecklare", "Delvis", "",
         "Sammanställningen för perioden pågår.", "DELVIS", ""),
        ("C", "8", "Journalanteckningar förs inom 14 dagar",
         "Stickprov 20 akter", "Enhetschefer", "Utgår", "",
         "Utgår enligt nämndbeslut 2025-06-17 § 77, ingår i stället i egenkontrollprogrammet.",
         "UTGAR", ""),
    ]
    ncol = len(heads)
    t = doc.add_table(rows=1, cols=ncol)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True)
        set_cell_bg(c, "BFBFBF")
    repeat_header(t.rows[0])
    for it in items:
        if it[0] == "H":
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[ncol - 1])
            cell_text(merged, it[1], bold=True, size=10)
            set_cell_bg(merged, "E7E6E6")
            continue
        _, nr, km, metod, ansv, gen, avv, komm, es, ea = it
        row = t.add_row()
        for i, v in enumerate([nr, km, metod, ansv, gen, avv]):
            cell_text(row.cells[i], v)
        exp(fil, namnd, km, es, ea)
        if komm:
            krow = t.add_row()
            merged = krow.cells[0].merge(krow.cells[ncol - 1])
            merged.text = ""
            par = merged.paragraphs[0]
            r1 = par.add_run("Kommentar: ")
            r1.bold = True
            r1.font.size = Pt(9)
            r2 = par.add_run(komm)
            r2.italic = True
            r2.font.size = Pt(9)
    widths = [Cm(1.0), Cm(5.6), Cm(3.8), Cm(3.0), Cm(2.2), Cm(2.0)]
    for r_ in t.rows:
        tcs = r_._tr.findall(qn("w:tc"))
        if len(tcs) == ncol:
            for i, w in enumerate(widths):
                r_.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Sammanfattande bedömning: Förvaltningen bedömer att den interna kontrollen hittills "
                      "under året är i huvudsak tillräcklig. Kontrollerna 1 och 6 följs upp särskilt under tertial 3.")
    doc.add_paragraph("Kungälv 2025-09-10\nMarie Holm, socialchef")
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ======================================================================
# F6 - Miljö- och byggnämnden: xlsx with question headers; nämnd only in the print header
# ======================================================================
def f6():
    fil = "IK-uppföljning T2 2025 Miljö och bygg.xlsx"
    namnd = "Miljö- och byggnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Internkontroll"
    ws.oddHeader.left.text = "Kungälvs kommun"
    ws.oddHeader.center.text = "Miljö- och byggnämnden"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Skriv med egna ord hur kontrollen gick och om ni har hittat något fel. "
                "Kolumnerna A–F är planen, G–I fylls i vid uppföljningen.")
    ws["A2"].font = Font(italic=True, size=9)
    heads = ["Nr",
             "Vad ska kontrolleras? (vilken rutin eller process ska granskas)",
             "Varför? Vad kan hända om det blir fel?",
             "Hur ska det kontrolleras?",
             "Vem ansvarar?",
             "När?",
             "Hur gick det?",
             "Vad har vi hittat?",
             "Vad gör vi nu?"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6" if c >= 7 else "FFF2CC")
        cell.alignment = CENTER
        cell.border = BORDER
    ws.row_dimensions[hr].height = 48
    rows = [
        ("1", "Handläggningstid för bygglov inom tio veckor enligt plan- och bygglagen",
         "Sökande får inte beslut i tid och avgiften ska sättas ned.", "Uttag ur ärendesystemet",
         "Bygglovschef", "Maj och augusti",
         "Klart. Alla ärenden beslutades inom lagstadgad tid.", "Inget att anmärka.", "–",
         "GENOMFORD", "nej"),
        ("2", "Avgiften för bygglov tas ut enligt gällande taxa",
         "Fel avgift ger intäktsbortfall eller för höga avgifter för den sökande.",
         "Stickprov 20 ärenden", "Bygglovschef", "Augusti",
         "Delvis – 10 av 20 ärenden granskade.", "Två ärenden hade fått för låg avgift.",
         "Resten granskas i september. Rutin för taxeberäkning ses över.",
         "DELVIS", "ja"),
        ("3", "Tillsyn av miljöfarliga verksamheter enligt tillsynsplanen",
         "Nämnden uppfyller inte sitt tillsynsansvar enligt miljöbalken.",
         "Jämförelse tillsynsplan mot utförda besök", "Miljöchef", "Augusti",
         "Inte gjort än, planeras till hösten.", None, None,
         "EJ_GENOMFORD", ""),
        ("4", "Timavgift för livsmedelskontroll debiteras",
         "Nedlagd tid faktureras inte och intäkter uteblir.", "Stickprov 15 kontroller",
         "Miljöchef", "Maj",
         "Klart", "Inga fel.", None,
         "GENOMFORD", "nej"),
        ("5", "Delegationsbeslut anmäls till nämnden",
         "Besluten vinner inte laga kraft och nämnden saknar insyn.",
         "Jämförelse delegationslistor mot ärendesystemet", "Nämndsekreterare", "Varje tertial",
         "Gjort, med anmärkning", "Tre beslut anmäldes för sent (mer än en månad).",
         "Påminnelse till handläggarna.",
         "GENOMFORD", "ja"),
        ("6", "Diarieföring av inkomna handlingar i ärendesystemet",
         "Handlingar kommer bort och allmänhetens rätt till insyn påverkas.",
         "Stickprov 30 handlingar", "Registrator", "Juni",
         "Se bilaga 2", None, None,
         "OKLAR", ""),
        ("7", "Beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka",
         "Länsstyrelsen kan inte överpröva beslutet i tid.",
         "Genomgång av samtliga dispensbeslut", "Planarkitekt", "Augusti",
         "Stryks", "Kontrollen utgår enligt beslut MBN 2025-04-23 § 62.", None,
         "UTGAR", ""),
        ("8", "Klagomål från allmänheten besvaras inom två veckor",
         "Förtroendet för nämnden minskar.", "Genomgång av klagomålsregistret",
         "Miljöchef", "Augusti",
         "Pågår", None, None,
         "DELVIS", ""),
        ("9", "Handläggare handlägger inte ärenden där jäv föreligger",
         "Beslut kan upphävas och förtroendet skadas.", "Jävsdeklarationer och stickprov 10 ärenden",
         "Sektorchef", "Juni",
         "Ok", "Inget att anmärka.", None,
         "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, namnd, row[1], row[9], row[10])
        r += 1
    for i, w in enumerate([5, 40, 34, 26, 16, 14, 30, 32, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "4:4"
    wb.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ======================================================================
# F7 - Stratsys export (CSV) holding two nämnder, T1 and T2 rows in the same export
# ======================================================================
def f7():
    fil = "Stratsys_export_internkontroll_2025-09-18.csv"
    head = ["Organisation", "Plan", "Process", "Risk", "Kontrollmoment", "Ansvarig",
            "Uppföljningsperiod", "Status", "Kommentar", "Avvikelse"]
    TN, OFN = "Tekniska nämnden", "Överförmyndarnämnden"
    plan = "Internkontrollplan 2025"
    out = []
    # Tekniska nämnden
    tn = [
        ("VA-ekonomi", "Felaktig debitering av VA-avgifter", "Fakturering av VA-avgifter enligt taxa",
         "VA-chef",
         [("2025 T1", "Pågående", "Stickprovet påbörjat.", ""),
          ("2025 T2", "Klar", "Stickprov 50 abonnenter, ett fel i debiterad mängd som har rättats.", "Ja")],
         "GENOMFORD", "ja"),
        ("Drift gata", "Entreprenören utför inte avtalad vinterväghållning",
         "Kontroll av entreprenörens egenkontroller vid vinterväghållning", "Driftchef gata",
         [("2025 T2", "Ej påbörjad", "Vintersäsongen startar i november.", "")],
         "EJ_GENOMFORD", ""),
        ("Investeringar", "Felaktiga kostnader belastar investeringsprojekt",
         "Attest av fakturor i investeringsprojekt", "Projektcontroller",
         [("2025 T1", "Klar", "Inga avvikelser.", "Nej"),
          ("2025 T2", "Klar", "Inga avvikelser.", "Nej")],
         "GENOMFORD", "nej"),
        ("Investeringar", "ÄTA-arbeten beställs utan behörighet",
         "Ändrings- och tilläggsarbeten (ÄTA) beslutas enligt delegationsordningen", "Projektchef",
         [("2025 T2", "Pågående", "Granskning av 3 av 6 projekt klar.", "")],
         "DELVIS", ""),
        ("Park och natur", "Skador på barn på grund av bristfälliga lekredskap",
         "Lekplatsbesiktning enligt SS-EN 1176", "Parkchef",
         [("2025 T1", "Ej påbörjad", "Besiktning bokad till juni.", ""),
          ("2025 T2", "Försenad", "Besiktningsfirman avbokade, ny tid i oktober.", "")],
         "EJ_GENOMFORD", ""),
        ("Fordon", "Privat tankning med kommunens bränslekort",
         "Bränslekort – kontroll av tankningar mot fordon", "Fordonssamordnare",
         [("2025 T2", "Avbruten",
           "Avbruten genom beslut TN 2025-06-11 § 71, fordonen övergår till leasing med egen kontroll.", "")],
         "UTGAR", ""),
    ]
    ofn = [
        ("Tillsyn", "Ställföreträdares förvaltning granskas inte i tid",
         "Granskning av årsräkningar inom sex månader", "Enhetschef överförmyndarenheten",
         [("2025 T2", "Pågående", "78 % av årsräkningarna granskade, inga anmärkningar hittills.", "Nej")],
         "DELVIS", "nej"),
        ("Rekrytering", "Olämpliga personer förordnas som ställföreträdare",
         "Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret",
         "Handläggare",
         [("2025 T2", "Klar", "En ställföreträdare saknade utdrag, har begärts in.", "Ja")],
         "GENOMFORD", "ja"),
        ("Tillsyn", "Uttag från spärrat konto utan samtycke",
         "Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "Handläggare",
         [("2025 T2", "Klar", "Stickprov 20 uttag, samtliga med samtycke.", "Nej")],
         "GENOMFORD", "nej"),
        ("Ekonomi", "Arvoden betalas ut med fel belopp",
         "Arvodering av ställföreträdare enligt riktlinjer", "Enhetschef överförmyndarenheten",
         [("2025 T2", "", "", "")],
         "SAKNAS", ""),
    ]
    for org, lst in ((TN, tn), (OFN, ofn)):
        for proc, risk, km, ansv, ups, es, ea in lst:
            for per, status, komm, avv in ups:
                out.append([org, plan, proc, risk, km, ansv, per, status, komm, avv])
            exp(fil, org, km, es, ea)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(head)
    for row in out:
        w.writerow(row)
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", TN, "2025", "T2"))
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


# ======================================================================
# R - file to reject: covering letter (följebrev) from Sektor Omsorg
# ======================================================================
def reject():
    fil = "Följebrev uppföljning internkontroll T2 2025 Omsorg.docx"
    doc = Document()
    fix_docx_props(doc, "Följebrev")
    doc.add_paragraph("Kungälvs kommun\nSektor Omsorg\n2025-09-12")
    doc.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    doc.add_heading("Översändande av uppföljning av internkontrollplan, tertial 2 2025", level=2)
    doc.add_paragraph(
        "Hej! Härmed översänds Omsorgsnämndens uppföljning av internkontrollplanen för tertial 2 2025 "
        "i bifogad Excelfil. Uppföljningen behandlas av nämnden den 24 september och protokollsutdrag "
        "skickas när protokollet är justerat.")
    doc.add_paragraph(
        "Observera att ett par kontroller har flyttats till tertial 3 på grund av hög arbetsbelastning "
        "under sommaren. Detaljer framgår av bilagan.")
    doc.add_paragraph("Vid frågor, kontakta kvalitetsstrateg Johan Berg, tel 0303-23 80 00.")
    doc.add_paragraph("Med vänlig hälsning\nLena Sandberg\nSektorchef Omsorg")
    doc.add_paragraph("Bilaga: ON Internkontrollplan 2025 uppföljning T1-T2.xlsx")
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ======================================================================
def register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Sektor Barn och utbildning"),
        ("Omsorgsnämnden", "ON|Sektor Omsorg|Äldreomsorgen"),
        ("Socialnämnden", "SN|Sektor Socialtjänst|Individ- och familjeomsorgen|IFO"),
        ("Kultur- och fritidsnämnden", "KFN|Sektor Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö och bygg|Sektor Samhällsbyggnad miljö och bygg"),
        ("Tekniska nämnden", "TN|Sektor Teknik|Teknik och gata"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write("%s;%s\n" % (n, a))


def write_csvs():
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert not any(";" in x or "\n" in x for x in row), row
            f.write(";".join(row) + "\n")


def main():
    f1()
    f2()
    f3()
    f4()
    f5()
    f6()
    f7()
    reject()
    register()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
