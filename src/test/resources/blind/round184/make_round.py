#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r184 – Västerby kommun, helår 2025.
Theme: statuses without words (fills, legends, tick columns, symbols, emoji,
comment-only files, 'Se bilaga', a row with two marks).

Run:  /usr/bin/python3 make_round.py
Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv
in the folder of this script.
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TableColumnProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – traffic-light fills, legend at the bottom of the sheet
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Internkontroll_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    fix_props(wb, "Anna Lindqvist")
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Period: Helår (januari–december) 2025. Planen antagen av KS 2025-02-11 § 18."
    ws.merge_cells("A2:H2")
    ws["A3"] = "Status anges med färg i kolumn G, se teckenförklaring längst ned."
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("G", "Ekonomi och inköp"),
        ("C", "1.1", "Inköp", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per halvår", "2 ggr/år", "Redovisningschef", GREEN,
         "Stickprov 60 fakturor. 2 fakturor hade attesterats av person utan attesträtt, rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("C", "1.2", "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Spendanalys per leverantör", "1 gång/år", "Upphandlingschef", YELLOW,
         "Spendanalysen är gjord för januari–september. Fjärde kvartalet analyseras i februari 2026.",
         "DELVIS", ""),
        ("C", "1.3", "Ekonomi", "Representation och förtroendekänsliga poster – kontroll av syfte och deltagarförteckning",
         "Stickprov 20 verifikationer", "1 gång/år", "Ekonomichef", RED,
         "Kontrollen har inte kunnat genomföras på grund av vakans på ekonomienheten. Flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("G", "Personal och lön"),
        ("C", "2.1", "Lön", "Kontroll av att löneutbetalningar baseras på attesterade underlag",
         "Stickprov 25 löneutbetalningar", "2 ggr/år", "Lönechef", GREEN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("C", "2.2", "HR", "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato",
         "Genomgång av samtliga pågående ärenden", "1 gång/år", "HR-chef", GREEN,
         None, "GENOMFORD", ""),
        ("C", "2.3", "HR", "Kontroll av bisysslor – samtliga chefer har lämnat bisysslodeklaration",
         "Inventering av deklarationer", "1 gång/år", "HR-chef", YELLOW,
         "Inventeringen pågår, 41 av 50 chefer kontrollerade hittills.", "DELVIS", ""),
        ("G", "Informationssäkerhet"),
        ("C", "3.1", "IT", "Behörighetskontroll i ekonomisystemet Raindance – avslutade anställningar",
         "Jämförelse behörighetslista mot personalsystem", "2 ggr/år", "IT-chef", GREEN,
         "Två konton för avslutade anställningar låg kvar och har nu stängts.", "GENOMFORD", "ja"),
        ("C", "3.2", "Dokumenthantering", "Loggkontroll i diariesystemet",
         "Stickprov loggar", "2 ggr/år", "Kanslichef", GREY,
         "Utgår enligt beslut KS 2025-06-10 § 97, ersätts av central loggrutin.", "UTGAR", ""),
        ("C", "3.3", "Dokumenthantering", "Efterlevnad av dokumenthanteringsplanen vid gallring",
         "Stickprov i arkivet", "1 gång/år", "Arkivarie", None, None, "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, nr, proc, km, metod, frek, ansv, col, kom, st, av = row
            vals = [nr, proc, km, metod, frek, ansv, None, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            if col:
                ws.cell(row=r, column=7).fill = fill(col)
            exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring:").font = Font(bold=True)
    r += 1
    for col, txt in [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                     (RED, "Ej genomförd"), (GREY, "Utgår")]:
        ws.cell(row=r, column=2).fill = fill(col)
        ws.cell(row=r, column=2).border = BOX
        ws.cell(row=r, column=3, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställd av: Anna Lindqvist, controller, 2026-01-20")
    widths = [6, 16, 48, 30, 11, 18, 9, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. BUN – fills in T1 / T2 / Helår columns, legend on a separate sheet,
#    yellow means "genomförd med avvikelse", blue = pågår, one struck row
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning internkontroll 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, Y, B, R, GR = "00B050", "FFC000", "5B9BD5", "FF0000", "D9D9D9"
    wb = openpyxl.Workbook()
    fix_props(wb, "BUF Ekonomi")
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning T1, T2 och helår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Färgkoder: se flik Teckenförklaring. Kommentar lämnas vid helårsuppföljningen."
    ws["A3"].font = Font(italic=True, color="595959")
    hdr = ["Process/rutin", "Risk", "Kontrollmoment", "Ansvarig", "Riskvärde", "T1", "T2", "Helår", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    data = [
        ("Elevhälsa", "Kränkande behandling anmäls inte i tid till huvudman",
         "Kontroll av att anmälan om kränkande behandling skickas till huvudman samma dag",
         "Rektorer", 12, G, Y, Y,
         "Stickprov 40 anmälningar, 6 skickades senare än samma dag. Påminnelse till rektorerna.",
         "GENOMFORD", "ja", False),
        ("Elevhälsa", "Elever med hög frånvaro får inte stöd",
         "Frånvarouppföljning – elever med mer än 20 % frånvaro har åtgärdsplan",
         "Elevhälsochef", 9, GR, B, G,
         "Samtliga 14 elever med hög frånvaro har åtgärdsplan.", "GENOMFORD", "nej", False),
        ("Ekonomi", "Felaktiga avgifter tas ut",
         "Barnomsorgsavgifter – kontroll av inkomstuppgifter mot underlag",
         "Avgiftshandläggare", 8, GR, GR, B,
         "Inkomstkontrollen avseende 2024 pågår och beräknas klar i mars 2026.", "DELVIS", "", False),
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", 8, G, G, G, "Inga avvikelser.", "GENOMFORD", "nej", False),
        ("Ekonomi", "Inköp görs utanför avtal",
         "Inköp utanför avtal – stickprov på skolornas inköp",
         "Controller", 6, GR, G, None, None, "GENOMFORD", "nej", False),
        ("Skolskjuts", "Beslut fattas utan delegation",
         "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutshandläggare", 6, GR, GR, R,
         "Ej genomförd – handläggaren har varit föräldraledig under hösten.", "EJ_GENOMFORD", "", False),
        ("Skolskjuts", "Felaktig fakturering från entreprenör",
         "Fakturakontroll skolskjutsentreprenör mot körda turer",
         "Skolskjutshandläggare", 9, None, None, None, None, "SAKNAS", "", False),
        ("Personal", "Olämplig person anställs i verksamhet med barn",
         "Registerkontroll (utdrag ur belastningsregistret) vid nyanställning",
         "HR-specialist", 16, G, G, G, "Stickprov 30 anställningar, utdrag fanns i samtliga.", "GENOMFORD", "nej", False),
        ("Personal", "Brister i arbetsmiljön upptäcks inte",
         "Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter",
         "Förvaltningschef", 8, GR, GR, B,
         "Skyddsronder genomförda på 21 av 26 enheter, resterande under januari.", "DELVIS", "", False),
        ("Fordon", "Privat körning med tjänstebil",
         "Kontroll av tjänstebilarnas körjournaler",
         "Administrativ chef", 4, None, None, None,
         "Struken ur planen – BUN 2025-04-23 § 41 (tjänstebilarna avvecklade).", "UTGAR", "", True),
    ]
    r = 6
    for (proc, risk, km, ansv, rv, t1, t2, ha, kom, st, av, struck) in data:
        vals = [proc, risk, km, ansv, rv, None, None, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        if struck:
            for i in (1, 2, 3, 4, 5):
                ws.cell(row=r, column=i).font = Font(strike=True, color="7F7F7F")
        for i, col in ((6, t1), (7, t2), (8, ha)):
            if col:
                ws.cell(row=r, column=i).fill = fill(col)
        exp(fil, N, km, st, av)
        r += 1
    widths = [14, 34, 50, 20, 9, 7, 7, 8, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D6"

    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Teckenförklaring statusfärger"
    lg["A1"].font = Font(bold=True, size=12)
    lg["A3"] = "Färg"
    lg["B3"] = "Betydelse"
    lg["A3"].font = lg["B3"].font = Font(bold=True)
    leg = [(G, "Kontrollen genomförd – inga avvikelser"),
           (Y, "Kontrollen genomförd – avvikelse noterad (se kommentar)"),
           (B, "Kontrollen påbörjad / pågår"),
           (R, "Kontrollen ej genomförd"),
           (GR, "Ingen kontroll planerad under perioden")]
    for i, (col, txt) in enumerate(leg, 4):
        lg.cell(row=i, column=1).fill = fill(col)
        lg.cell(row=i, column=1).border = BOX
        lg.cell(row=i, column=2, value=txt)
    lg["A10"] = "Överstruken rad = kontrollmomentet struket ur planen genom nämndbeslut."
    lg.column_dimensions["A"].width = 10
    lg.column_dimensions["B"].width = 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# 3. Socialnämnden – Word table with tick columns Ja | Nej | Delvis (X marks)
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning intern kontroll helår 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    fix_docx_props(d, "Maria Ek")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden, Västerby kommun")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 29 januari 2025 (§ 7). I tabellen nedan "
        "redovisas för varje kontrollmoment om kontrollen genomförts under året. Markera med X i kolumnen "
        "Ja, Nej eller Delvis och beskriv resultatet i kommentarsfältet.")
    t = d.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    h1 = t.rows[0].cells
    set_cell(h1[0], "Nr", bold=True)
    set_cell(h1[1], "Kontrollmoment", bold=True)
    set_cell(h1[2], "Metod / omfattning", bold=True)
    set_cell(h1[3], "Genomförd", bold=True, center=True)
    set_cell(h1[6], "Kommentar", bold=True)
    h1[3].merge(h1[5])
    h2 = t.rows[1].cells
    for i, txt in ((3, "Ja"), (4, "Nej"), (5, "Delvis")):
        set_cell(h2[i], txt, bold=True, center=True)
    # vertical merges of the header
    for i in (0, 1, 2, 6):
        t.cell(0, i).merge(t.cell(1, i))
    for c in list(t.rows[0].cells) + list(t.rows[1].cells):
        shade(c, "D9E2F3")

    def group(title):
        row = t.add_row().cells
        m = row[0].merge(row[6])
        set_cell(m, title, bold=True)
        shade(m, "F2F2F2")

    def ctrl(nr, km, metod, marks, kom, st, av):
        row = t.add_row().cells
        set_cell(row[0], nr)
        set_cell(row[1], km)
        set_cell(row[2], metod)
        for idx, mk in zip((3, 4, 5), marks):
            set_cell(row[idx], mk, center=True)
        set_cell(row[6], kom)
        exp(fil, N, km, st, av)

    group("Myndighetsutövning barn och unga")
    ctrl("1", "Utredningstid inom barn och unga – förhandsbedömning inom 14 dagar",
         "Stickprov 25 ärenden ur Lifecare", ("X", "", ""),
         "Samtliga 25 förhandsbedömningar gjordes inom 14 dagar.", "GENOMFORD", "nej")
    ctrl("2", "Uppföljning av placeringar – vårdplan upprättad och aktuell",
         "Genomgång av samtliga placeringar", ("", "", "X"),
         "Vårdplanerna för HVB-placeringarna är kontrollerade. Familjehemsplaceringarna återstår och gås igenom under första kvartalet 2026.",
         "DELVIS", "")
    ctrl("3", "Handläggning av orosanmälningar – skyddsbedömning samma dag",
         "Stickprov 30 anmälningar", ("", "X", ""),
         "Kontrollen hann inte genomföras under 2025 och flyttas till planen för 2026.",
         "EJ_GENOMFORD", "")
    group("Ekonomiskt bistånd")
    ctrl("4", "Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med beslut",
         "Stickprov 50 utbetalningar", ("x", "", ""),
         "2 av 50 utbetalningar avvek från beslutet. Återkrav har upprättats.", "GENOMFORD", "ja")
    ctrl("5", "Kontroll mot Försäkringskassan och arbetslöshetskassa (samkörning via SSBTEK)",
         "Månadsvis samkörning", ("X", "X", ""), "", "OKLAR", "")
    ctrl("6", "Hantering av kontanta medel och värdehandlingar för klienter",
         "Inventering av kassor och kvittenser", ("", "", ""), "Se bilaga 1", "OKLAR", "")
    group("Administration")
    ctrl("7", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutslistor – protokoll", ("", "", ""),
         "Kontrollen är genomförd. Samtliga delegationsbeslut har anmälts, inga avvikelser.",
         "GENOMFORD", "nej")
    ctrl("8", "Behörigheter i verksamhetssystemet Lifecare – kontroll av aktiva konton",
         "Behörighetslista mot personalförteckning", ("X", "", ""), "", "GENOMFORD", "")
    ctrl("9", "Avtalsuppföljning HVB – placeringar sker hos avtalade utförare",
         "Stickprov 10 placeringar", ("", "", ""),
         "Utgår – ingår från 2025 i kommunens centrala avtalsuppföljning.", "UTGAR", "")

    widths = [Cm(1.0), Cm(5.5), Cm(3.6), Cm(1.1), Cm(1.1), Cm(1.3), Cm(5.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 1: Inventering av klientmedel 2025 (separat dokument)")
    d.add_paragraph("Västerby 2026-01-28")
    d.add_paragraph("Maria Ek\nFörvaltningschef, Socialförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. VON – ODS, symbols ● ◐ ○ – with legend above the table, Delår + Helår
# ---------------------------------------------------------------------------
def ods_styles(doc):
    st = {}
    s = Style(name="bold", family="table-cell")
    s.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(s)
    st["bold"] = s
    s = Style(name="title", family="table-cell")
    s.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(s)
    st["title"] = s
    s = Style(name="head", family="table-cell")
    s.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000", wrapoption="wrap"))
    s.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(s)
    st["head"] = s
    s = Style(name="cell", family="table-cell")
    s.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(s)
    st["cell"] = s
    s = Style(name="sym", family="table-cell")
    s.addElement(TableCellProperties(border="0.5pt solid #000000", verticalalign="top"))
    s.addElement(ParagraphProperties(textalign="center"))
    s.addElement(TextProperties(fontsize="14pt"))
    doc.automaticstyles.addElement(s)
    st["sym"] = s
    s = Style(name="ital", family="table-cell")
    s.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(s)
    st["ital"] = s
    return st


def ods_row(table, values, styles=None, span_first=0):
    tr = TableRow()
    for i, v in enumerate(values):
        kw = {}
        if styles and styles[i] is not None:
            kw["stylename"] = styles[i]
        if i == 0 and span_first:
            kw["numbercolumnsspanned"] = span_first
        if v is None or v == "":
            tc = TableCell(**kw)
        elif isinstance(v, (int, float)):
            tc = TableCell(valuetype="float", value=v, **kw)
            tc.addElement(P(text=str(v)))
        else:
            tc = TableCell(valuetype="string", **kw)
            for line in str(v).split("\n"):
                tc.addElement(P(text=line))
        tr.addElement(tc)
        if i == 0 and span_first:
            for _ in range(span_first - 1):
                tr.addElement(CoveredTableCell())
    table.addElement(tr)


def file_von():
    fil = "VON_IK_2025_helar.ods"
    N = "Vård- och omsorgsnämnden"
    doc = OpenDocumentSpreadsheet()
    st = ods_styles(doc)
    widths = ["3.2cm", "9cm", "4cm", "2.2cm", "2.2cm", "9cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="Uppföljning 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    ods_row(t, ["Vård- och omsorgsnämnden, Västerby kommun"], [st["title"]], span_first=6)
    ods_row(t, ["Uppföljning internkontroll 2025 – delår och helår"], [st["bold"]], span_first=6)
    ods_row(t, ["Teckenförklaring:  ● = Genomförd    ◐ = Delvis genomförd / pågår    ○ = Ej genomförd    – = Utgår / ej aktuell"],
            [st["ital"]], span_first=6)
    ods_row(t, [""])
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Delår (aug)", "Helår", "Iakttagelser / avvikelser helår"]
    ods_row(t, hdr, [st["head"]] * 6)
    data = [
        ("Hemtjänst", "Kontroll av att beviljade insatser i hemtjänsten överensstämmer med utförd tid (TES)",
         "Enhetschef hemtjänst", "◐", "●",
         "Avvikelse i ca 4 % av besöken, återkopplat till enheterna.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Fakturering av hemtjänstavgifter – kontroll mot beslut",
         "Avgiftshandläggare", "●", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Särskilt boende", "Läkemedelshantering – kvalitetsgranskning av farmaceut på samtliga boenden",
         "MAS", "◐", "◐", "Granskning genomförd på 5 av 7 boenden.", "DELVIS", ""),
        ("Särskilt boende", "Kontroll av nattbemanning mot schema",
         "Verksamhetschef SÄBO", "○", "○", "Ej genomförd p.g.a. byte av schemasystem.", "EJ_GENOMFORD", ""),
        ("LSS", "Uppföljning av genomförandeplaner inom LSS-boenden",
         "Enhetschef LSS", "●", "", "", "GENOMFORD", ""),
        ("LSS", "Kontroll av assistansersättning – tidrapporter mot beslut",
         "Enhetschef personlig assistans", "–", "–",
         "Utgår, ansvaret överfört till Socialnämnden 2025-03-01.", "UTGAR", ""),
        ("Bemanning", "Timanställdas lönerapportering – attest av tidrapporter",
         "Bemanningsenheten", "●", "●",
         "Rutinen följdes inte under sommaren; 12 tidrapporter saknade attest.", "GENOMFORD", "ja"),
        ("Bemanning", "Uppföljning av sjukfrånvaro – rehabiliteringsutredning inom 30 dagar",
         "HR-konsult", "", "", "", "SAKNAS", ""),
        ("Ledning", "Avvikelsehantering – lex Sarah-rapporter utreds och anmäls inom tid",
         "Kvalitetsutvecklare", "◐", "●", "Samtliga 9 utredningar klara inom tid.", "GENOMFORD", "nej"),
        ("Ledning", "Informationssäkerhet – loggkontroll i journalsystemet",
         "Systemförvaltare", "○", "◐", "Loggkontroller påbörjade i november.", "DELVIS", ""),
    ]
    for (omr, km, ansv, dl, ha, kom, s, av) in data:
        ods_row(t, [omr, km, ansv, dl, ha, kom],
                [st["cell"], st["cell"], st["cell"], st["sym"], st["sym"], st["cell"]])
        exp(fil, N, km, s, av)
    ods_row(t, [""])
    ods_row(t, ["Godkänd av förvaltningsledningen 2026-01-22. Behandlas i VON 2026-02-12."], [st["ital"]], span_first=6)
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Hypergene export – two förvaltningar, emoji status with legend on top
# ---------------------------------------------------------------------------
def file_export():
    fil = "Hypergene_IK_uppfoljning_2025-12.xlsx"
    KFN, TN = "Kultur- och fritidsnämnden", "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Hypergene")
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Intern kontroll – uppföljning kontrollmoment"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Organisation: Västerby kommun | Period: 2025-12 (helår) | Utskriven 2026-01-15 08:42 av lena.sjoberg"
    ws["A3"] = "Bedömning:  🟢 Genomförd   🟡 Delvis genomförd   🔴 Ej genomförd   ⚪ Ej bedömd"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Bedömning", "Kommentar", "Senast ändrad"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
    K, T = "Kultur- och fritidsförvaltningen", "Tekniska förvaltningen"
    data = [
        (K, KFN, "Ekonomi", "Kassahantering i simhallen – dagliga kassarapporter stäms av mot bank",
         "Anläggningschef", "🟢", "Avstämning gjord varje månad. Differens i maj (320 kr) har utretts.", "2025-12-18", "GENOMFORD", "ja"),
        (K, KFN, "Bidrag", "Föreningsbidrag – kontroll av att bidrag betalas ut enligt beslut och regler",
         "Föreningskonsulent", "🟢", "Stickprov 15 ansökningar, inga avvikelser.", "2025-12-03", "GENOMFORD", "nej"),
        (K, KFN, "Intäkter", "Uthyrning av lokaler – fakturering sker för samtliga bokningar",
         "Bokningsansvarig", "🟡", "Kontrollerat januari–juni. Andra halvåret kontrolleras i samband med bokslutet.",
         "2025-12-20", "DELVIS", ""),
        (K, KFN, "Inköp", "Bibliotekets medieinköp sker enligt avtal",
         "Bibliotekschef", "🔴", "Ej genomförd.", "2025-12-22", "EJ_GENOMFORD", ""),
        (K, KFN, "Säkerhet", "Säkerhetsrond på fritidsgårdar",
         "Fritidschef", "⚪", "", "2025-04-02", "SAKNAS", ""),
        (K, KFN, "Personal", "Registerkontroll av ledare i sommarlovsverksamheten",
         "Fritidschef", "🟢", "", "2025-09-11", "GENOMFORD", ""),
        (T, TN, "Entreprenad", "Kontroll av att entreprenadfakturor överensstämmer med avtalade à-priser",
         "Driftchef", "🟡", "Kontrollerat 3 av 5 entreprenader. Felaktigt à-pris för snöröjning upptäckt, kreditering begärd.",
         "2025-12-19", "DELVIS", "ja"),
        (T, TN, "VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram",
         "VA-chef", "🟢", "Samtliga prover utan anmärkning.", "2025-12-30", "GENOMFORD", "nej"),
        (T, TN, "Fordon", "Fordonsförvaltning – körjournaler för kommunens fordon",
         "Fordonssamordnare", "🔴", "Kontrollen senareläggs till 2026 då nytt system för körjournaler införs.",
         "2025-11-28", "EJ_GENOMFORD", ""),
        (T, TN, "Gata", "Inventering av gatubelysningsanläggningar mot anläggningsregistret",
         "Gatuchef", "🟡", "Tätorten inventerad, landsbygden återstår.", "2025-12-12", "DELVIS", ""),
        (T, TN, "VA", "Anläggningsavgifter för VA debiteras enligt taxa",
         "VA-ekonom", "🟢", "Två anslutningar hade debiterats enligt fel taxa, rättat.", "2025-12-15", "GENOMFORD", "ja"),
        (T, TN, "Arbetsmiljö", "Riskbedömning inför arbete på väg",
         "Driftchef", "", "Utgår enligt TN beslut 2025-09-17 § 88.", "2025-09-18", "UTGAR", ""),
    ]
    r = 6
    for (org, n, omr, km, ansv, em, kom, dt, s, av) in data:
        vals = [org, omr, km, ansv, em or None, kom or None, dt]
        for i, v in enumerate(vals, 1):
            ws.cell(row=r, column=i, value=v)
        exp(fil, n, km, s, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: 12")
    widths = [30, 14, 60, 18, 11, 60, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = "A5:G%d" % (r - 1)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. SBN – Word, no status column: only the comment tells what happened.
#    Förvaltning only in the page header. Distractor table of 2026 actions.
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "IK_helarsuppfoljning_2025_samhallsbyggnad.docx"
    N = "Samhällsbyggnadsnämnden"
    d = docx.Document()
    fix_docx_props(d, "Johan Berg")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Samhällsbyggnadsförvaltningen\tTjänsteskrivelse\t2026-01-26"
    d.add_heading("Helårsuppföljning av intern kontroll 2025", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 5). Planen omfattar nio "
        "kontrollmoment. Nedan redovisas resultatet av kontrollerna för hela året. Förvaltningens samlade "
        "bedömning är att den interna kontrollen i huvudsak har varit tillräcklig, men att kontrollerna inom "
        "mark och exploatering behöver prioriteras under 2026.")
    d.add_heading("Resultat av kontrollerna", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Metod", "Ansvarig", "Uppföljning helår 2025"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "E2EFDA")
    data = [
        ("Bygglov", "Handläggningstid för bygglov – beslut inom 10 veckor från komplett ansökan",
         "Stickprov 30 ärenden", "Bygglovschef",
         "Stickprov om 30 ärenden har kontrollerats. 28 beslut fattades inom lagstadgad tid, 2 ärenden "
         "överskred tiden med en respektive tre veckor.", "GENOMFORD", "ja"),
        ("Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa",
         "Stickprov 20 beslut", "Bygglovschef",
         "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Exploatering", "Kontroll av att exploateringsavtal följs upp ekonomiskt",
         "Genomgång av samtliga avtal", "Exploateringschef",
         "Arbetet har påbörjats men kunde inte slutföras under året; två av fem avtal är genomgångna.",
         "DELVIS", ""),
        ("Mark", "Arrendeavgifter – fakturering enligt avtal",
         "Avstämning avtalsregister – kundreskontra", "Markingenjör",
         "Har inte genomförts under året på grund av personalomsättning. Kontrollen läggs in i planen för 2026.",
         "EJ_GENOMFORD", ""),
        ("Lantmäteri", "Debitering av förrättningskostnader",
         "Stickprov 10 förrättningar", "Stadsingenjör",
         "Kontrollmomentet utgår då den kommunala lantmäterimyndigheten avvecklades den 1 juli 2025 "
         "(SBN 2025-03-19 § 27).", "UTGAR", ""),
        ("GIS", "Behörigheter i GIS-systemet ses över", "Behörighetslista", "GIS-samordnare",
         "", "SAKNAS", ""),
        ("Bostadsanpassning", "Bostadsanpassningsbidrag – beslut fattas enligt delegation och rätt belopp betalas ut",
         "Stickprov 20 beslut", "Handläggare BAB",
         "Genomgång av 20 beslut. Samtliga var fattade på rätt delegation. I ett fall hade för mycket betalats "
         "ut (1 850 kr), återkrav har skickats.", "GENOMFORD", "ja"),
        ("Tillsyn", "Ovårdade tomter – ärenden följs upp inom tre månader",
         "Genomgång av ärendelista", "Byggnadsinspektör",
         "Uppföljningen pågår och redovisas för nämnden i februari 2026.", "DELVIS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Controller",
         "Kontroll gjord i december, inga fel hittades.", "GENOMFORD", "nej"),
    ]
    for (omr, km, met, ansv, kom, s, av) in data:
        row = t.add_row().cells
        for i, v in enumerate([omr, km, met, ansv, kom]):
            set_cell(row[i], v)
        exp(fil, N, km, s, av)
    widths = [Cm(2.6), Cm(5.0), Cm(3.0), Cm(2.6), Cm(5.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_heading("Förbättringsåtgärder inför 2026", level=2)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Åtgärd", "Ansvarig", "Klart senast"]):
        set_cell(t2.rows[0].cells[i], h, bold=True)
    for a in [("Rutin för uppföljning av exploateringsavtal tas fram", "Exploateringschef", "2026-06-30"),
              ("Arrendeavtalen förs in i nytt avtalsregister", "Markingenjör", "2026-04-30"),
              ("Påminnelse om handläggningstider på bygglovsenhetens APT", "Bygglovschef", "2026-02-28")]:
        row = t2.add_row().cells
        for i, v in enumerate(a):
            set_cell(row[i], v)
    d.add_paragraph()
    d.add_paragraph("Johan Berg\nSamhällsbyggnadschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. MHN – fills WITHOUT legend, nämnd only in print header and file name
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "IK uppföljning 2025 MHN.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    GREEN, YELLOW, RED = "92D050", "FFFF00", "FF0000"
    wb = openpyxl.Workbook()
    fix_props(wb, "Miljökontoret")
    ws = wb.active
    ws.title = "Helår 2025"
    ws.oddHeader.left.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "Västerby kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Uppföljning internkontrollplan – helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kontrollmoment", "Risk (S×K)", "Kontroll", "Ansvarig", "Bedömning", "Resultat / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("Tillsynsavgifter debiteras enligt taxa – livsmedelskontroll", "3×3", "Stickprov 20 fakturor",
         "Enhetschef livsmedel", GREEN, "Stickprov 20 fakturor, samtliga korrekta.", "GENOMFORD", "nej"),
        ("Planerade livsmedelskontroller genomförs enligt kontrollplanen", "3×4", "Uppföljning i verksamhetssystemet Ecos",
         "Enhetschef livsmedel", YELLOW,
         "Uppföljningen gjord för första halvåret, andra halvåret sammanställs i februari 2026.", "DELVIS", ""),
        ("Handläggningstid för anmälningsärenden enligt miljöbalken", "2×3", "Stickprov 15 ärenden",
         "Enhetschef miljö", GREEN, None, "GENOMFORD", ""),
        ("Registrering av inkomna handlingar i diariet inom två arbetsdagar", "2×2", "Stickprov 30 handlingar",
         "Registrator", RED, "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Jäv – handläggare med bisyssla inom tillsynsområdet", "2×4", "Genomgång bisysslodeklarationer",
         "Miljöchef", GREEN, "Ett fall av möjligt jäv identifierat, ärendet har omfördelats.", "GENOMFORD", "ja"),
        ("Sekretessmarkering av handlingar med känsliga personuppgifter", "2×3", "Stickprov 20 ärenden",
         "Registrator", None, None, "SAKNAS", ""),
        ("Förelägganden följs upp inom angiven tid", "3×3", "Genomgång av samtliga förelägganden",
         "Enhetschef miljö", GREEN, "Samtliga 12 förelägganden har följts upp.", "GENOMFORD", "nej"),
        ("Debitering av timavgift för extra offentlig kontroll", "2×2", "Stickprov 10 ärenden",
         "Enhetschef livsmedel", RED, "Har inte hunnits med, flyttas till 2026.", "EJ_GENOMFORD", ""),
    ]
    r = 4
    for (km, risk, kon, ansv, col, kom, s, av) in data:
        vals = [km, risk, kon, ansv, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        if col:
            ws.cell(row=r, column=5).fill = fill(col)
        exp(fil, N, km, s, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen behandlad på nämndens sammanträde 2026-02-05 § 9.")
    for i, w in enumerate([50, 10, 30, 20, 12, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Västerby Energi AB – tick marks ✓ ✗ (✓) n/a, converted to ODS by LibreOffice
# ---------------------------------------------------------------------------
def file_energi(tmpdir):
    fil = "Vasterby_Energi_internkontroll_2025.ods"
    N = "Västerby Energi AB"
    wb = openpyxl.Workbook()
    fix_props(wb, "Västerby Energi AB")
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Västerby Energi AB"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 2025-12-31"
    hdr = ["ID", "Område", "Kontrollmoment", "Utförd", "Avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    data = [
        ("E1", "Elnät", "Avstämning av elnätsintäkter mot insamlade mätvärden", "✓", "", "Inga differenser.", "GENOMFORD", "nej"),
        ("E2", "Ekonomi", "Kontroll av leverantörsregistret – ändring av bankgiro verifieras", "✓", "✓",
         "Ett försök till fakturabedrägeri stoppades i april.", "GENOMFORD", "ja"),
        ("E3", "Fjärrvärme", "Kundavläsningar fjärrvärme stäms av mot debitering", "(✓)", "",
         "Kontrollerat för tre av fyra kvartal.", "DELVIS", ""),
        ("E4", "IT/OT", "Behörigheter i driftövervakningssystemet (SCADA)", "✗", "",
         "Skjuts till första kvartalet 2026 i samband med systembyte.", "EJ_GENOMFORD", ""),
        ("E5", "Ekonomi", "Representation och gåvor – efterlevnad av policy", "✓", "", "", "GENOMFORD", "nej"),
        ("E6", "Elhandel", "Kontroll av prissäkringar mot finanspolicyn", "n/a", "",
         "Bolaget bedriver inte längre egen elhandel.", "UTGAR", ""),
        ("E7", "Underhåll", "Arbetsordrar i underhållssystemet attesteras av behörig", "✓", "✓",
         "3 av 40 arbetsordrar saknade attest.", "GENOMFORD", "ja"),
    ]
    r = 5
    for (i_d, omr, km, utf, avv, kom, s, av) in data:
        vals = [i_d, omr, km, utf, avv or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i in (4, 5):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, s, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="✓ = utförd   ✗ = ej utförd   (✓) = delvis utförd   n/a = ej tillämplig")
    ws.cell(row=r + 1, column=1, value="Avvikelse: ✓ = avvikelse konstaterad, se kommentar.")
    ws.cell(row=r + 3, column=1, value="Rapporteras till styrelsen 2026-02-18. /Ekonomichef Peter Sandberg")
    for i, w in enumerate([5, 12, 55, 8, 10, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmpdir, "Vasterby_Energi_internkontroll_2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round184",
                    "--convert-to", "ods", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, "Vasterby_Energi_internkontroll_2025.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Reject: the economy office's instruction on colour marking (legend + example)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Instruktion statusmarkering IK-uppföljning 2025.docx"
    d = docx.Document()
    fix_docx_props(d, "Ekonomiavdelningen")
    d.add_heading("Instruktion – uppföljning av internkontrollplan, helår 2025", level=1)
    d.add_paragraph("Till: nämndsekreterare och controllers i samtliga förvaltningar samt Västerby Energi AB")
    d.add_paragraph("Från: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_paragraph(
        "Helårsuppföljningen av nämndernas internkontrollplaner ska lämnas till ekonomiavdelningen senast "
        "den 31 januari 2026. Använd gärna nämndens egen mall, men markera status för varje kontrollmoment "
        "enligt teckenförklaringen nedan så att vi kan sammanställa resultatet till kommunstyrelsen.")
    d.add_heading("Teckenförklaring", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Färg", "Symbol", "Betydelse"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for col, sym, txt in [("00B050", "●", "Kontrollen är genomförd"),
                          ("FFFF00", "◐", "Kontrollen är delvis genomförd eller pågår"),
                          ("FF0000", "○", "Kontrollen är inte genomförd"),
                          ("BFBFBF", "–", "Kontrollmomentet har utgått genom beslut")]:
        row = t.add_row().cells
        shade(row[0], col)
        set_cell(row[1], sym, center=True)
        set_cell(row[2], txt)
    d.add_heading("Exempel på ifylld rad", level=2)
    t2 = d.add_table(rows=2, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Status", "Kommentar"]):
        set_cell(t2.rows[0].cells[i], h, bold=True)
    set_cell(t2.rows[1].cells[0], "(Exempel) Attest av leverantörsfakturor enligt attestordningen")
    shade(t2.rows[1].cells[1], "00B050")
    set_cell(t2.rows[1].cells[2], "Stickprov 20 fakturor, inga avvikelser.")
    d.add_paragraph()
    d.add_paragraph("Om en kontroll har genomförts men avvikelser har hittats ska detta beskrivas i kommentaren. "
                    "Hänvisa inte enbart till bilagor – skriv en kort sammanfattning i tabellen.")
    d.add_paragraph("Frågor: Anna Lindqvist, controller, anna.lindqvist@vasterby.se")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljökontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret"),
        ("Valnämnden", "VN"),
        ("Västerby Energi AB", "VEAB|Västerby Energi"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r184_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_von()
        file_export()
        file_sbn()
        file_mhn()
        file_energi(tmpdir)
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
