#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r201 – Lövsta kommun, tertial 1 2025.

Theme: recurring controls followed up by calendar (one column per month or per
kvartal, plan months vs done months).  Builds every follow-up file of the round
plus namnder.csv, files.csv and expected.csv.  Run:

    /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import xlwt

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TableCellProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = dt.datetime(2025, 5, 12, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round201"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREEN = PatternFill("solid", fgColor="C6EFCE")
RED = PatternFill("solid", fgColor="FFC7CE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="1F4E78")
GROUP = PatternFill("solid", fgColor="DDEBF7")


def autoheight(ws, first_row, last_row):
    """Rough row heights for wrapped text so the sheet prints readably."""
    import math
    for r in range(first_row, last_row + 1):
        lines = 1
        if sum(1 for c in ws[r] if c.value not in (None, "")) < 2:
            continue  # group heading row
        for cell in ws[r]:
            if cell.value is None or not isinstance(cell.value, str):
                continue
            w = ws.column_dimensions[cell.column_letter].width or 10
            n = sum(max(1, math.ceil(len(part) / (w * 1.05))) for part in cell.value.split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[r].height = 15 * lines


def fit_width(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen – monthly grid with dates/initials/OK, xlsx
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppfoljning_T1_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Lövsta kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: tertial 1 (januari–april)        Rapportdatum: 2025-05-09"
    ws["A4"] = ("Instruktion: Ange datum och signatur (initialer) i den månad kontrollen utförts. "
                "Skriv \u201dAvv\u201d om avvikelse upptäckts och beskriv den i kommentarskolumnen. "
                "Månader som ännu inte passerat lämnas tomma.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:R4")
    ws.row_dimensions[4].height = 28
    ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")

    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig"] + MONTHS + ["Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.alignment = CENTER
        cell.border = BORDER

    rows = [
        ("G", "Ekonomiadministration"),
        ("1.1", "Leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestordningen – stickprov 10 fakturor per månad",
         "Månadsvis", "Redovisningschef",
         ["7/2 AL", "6/3 AL", "4/4 AL", "6/5 AL"], "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("1.2", "Kundfordringar", "Avstämning av kundreskontra mot huvudbok",
         "Månadsvis", "Redovisningsekonom",
         ["OK", "OK", "", "OK"], "Mars ej utförd p.g.a. bokslutsarbetet, tas igen i maj.",
         "DELVIS", "nej"),
        ("1.3", "Likvida medel", "Avstämning av bankkonton och koncernkonto mot huvudbok",
         "Månadsvis", "Ekonom", ["OK", "OK", "OK", "OK"], "",
         "GENOMFORD", "nej"),
        ("1.4", "Förtroendekänsliga poster",
         "Kontroll av representation, resor och andra förtroendekänsliga poster för kommunledningen",
         "Kvartalsvis", "Ekonomichef", ["", "", "Avv", ""],
         "2 av 15 verifikationer saknade deltagarförteckning och syfte. Återkopplat till berörda chefer 2025-04-02.",
         "GENOMFORD", "ja"),
        ("1.5", "Inköp", "Avtalstrohet – stickprov på inköp utan avtal (fakturor över 100 tkr)",
         "Kvartalsvis", "Upphandlingschef", ["", "", "", ""], "",
         "SAKNAS", ""),
        ("G", "Personal och lön"),
        ("2.1", "Lön",
         "Kontroll av att löneutbetalningar överensstämmer med beslutade lönelistor (stickprov)",
         "Månadsvis", "HR-chef", ["\u2713 2025-01-27", "\u2713 2025-02-26", "", ""],
         "Ansvarig sjukskriven från mars; kontrollen för mars och april görs i maj.",
         "DELVIS", "nej"),
        ("2.2", "Anställning", "Kontroll av att anställningsbeslut fattats enligt delegationsordningen",
         "Kvartalsvis", "HR-chef", ["", "", "2025-03-31 KN", ""],
         "10 anställningar granskade, samtliga beslutade av rätt delegat.",
         "GENOMFORD", "nej"),
        ("2.3", "Bisysslor", "Kontroll av att chefers bisysslor redovisats och prövats",
         "Årligen (mars)", "HR-specialist", ["", "", "", ""],
         "Enkät till samtliga chefer skickad i april, sammanställning klar i juni.",
         "DELVIS", "nej"),
        ("G", "Ärendehantering och IT"),
        ("3.1", "Delegation", "Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen",
         "Vid varje KS-sammanträde", "Nämndsekreterare", ["–", "X", "X", "X"],
         "Inget sammanträde i januari.",
         "GENOMFORD", "nej"),
        ("3.2", "Behörigheter",
         "Kontroll av behörigheter i ekonomisystemet – konton för avslutade anställningar är spärrade",
         "Kvartalsvis", "Systemförvaltare", ["", "", "28/3 JS", ""],
         "Tre konton för personer som slutat var fortfarande aktiva; spärrade i samband med kontrollen.",
         "GENOMFORD", "ja"),
        ("3.3", "Informationssäkerhet", "Loggkontroll av åtkomst till personalakter i HR-systemet",
         "Månadsvis", "Systemförvaltare", ["OK", "Avv", "OK", "OK"],
         "Februari: en chef utan personalansvar hade läst två akter. Behörigheten justerad.",
         "GENOMFORD", "ja"),
        ("3.4", "Diarieföring",
         "Kontroll av att inkomna handlingar diarieförs inom två arbetsdagar",
         "Halvår (jun, dec)", "Registrator", ["", "", "", ""], "",
         "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, len(hdr) + 1):
                ws.cell(r, c).fill = GROUP
                ws.cell(r, c).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            r += 1
            continue
        nr, proc, km, frek, ansv, marks, komm, st, avv = row
        vals = [nr, proc, km, frek, ansv] + marks + [""] * 8 + [komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP_TOP if c in (2, 3, 18) else CENTER
        for i, m in enumerate(marks):
            cell = ws.cell(r, 6 + i)
            if m.startswith("Avv"):
                cell.fill = RED
            elif m and m != "–":
                cell.fill = GREEN
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av: Anna Lindqvist, controller, kommunledningsförvaltningen, 2025-05-09")
    ws.cell(r + 1, 1, "Uppföljningen anmäls till kommunstyrelsen 2025-05-28.")

    widths = [6, 20, 48, 14, 16] + [9] * 12 + [50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "F7"
    autoheight(ws, 7, r - 2)
    fit_width(ws)
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Anna Lindqvist"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 2: Barn- och utbildningsnämnden – per kvartal, ODS written with odfpy
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUF uppföljning internkontroll T1 2025.ods"
    namnd = "Barn- och utbildningsnämnden"
    doc = OpenDocumentSpreadsheet()

    def cstyle(name, bold=False, bg=None, size=None, italic=False, wrap=True, color=None):
        st = Style(name=name, family="table-cell")
        kw = {"border": "0.5pt solid #808080"} if name not in ("title", "sub", "plain", "note") else {}
        if bg:
            kw["backgroundcolor"] = bg
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        st.addElement(TableCellProperties(**kw))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = size
        if color:
            tp["color"] = color
        if tp:
            st.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(st)
        return st

    s_title = cstyle("title", bold=True, size="14pt", wrap=False)
    s_sub = cstyle("sub", bold=True, size="11pt", wrap=False)
    s_note = cstyle("note", italic=True, size="9pt", wrap=False)
    s_plain = cstyle("plain", wrap=False)
    s_head = cstyle("head", bold=True, bg="#BDD7EE")
    s_cell = cstyle("cell")
    s_done = cstyle("done", bg="#C6EFCE")
    s_grey = cstyle("greyc", bg="#D9D9D9")
    s_yel = cstyle("yel", bg="#FFEB9C")
    s_red = cstyle("redc", bg="#FFC7CE")

    def colstyle(name, width):
        st = Style(name=name, family="table-column")
        st.addElement(TableColumnProperties(columnwidth=width))
        doc.automaticstyles.addElement(st)
        return st

    widths = ["3.2cm", "8.5cm", "3.0cm", "3.4cm", "2.6cm", "2.6cm", "2.6cm", "2.6cm", "9cm"]
    table = Table(name="Uppföljning T1")
    for i, w in enumerate(widths):
        table.addElement(TableColumn(stylename=colstyle("co%d" % i, w)))

    def add_row(cells):
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(CoveredTableCell())
                continue
            text, style = c[0], c[1]
            span = c[2] if len(c) > 2 else 1
            rspan = c[3] if len(c) > 3 else 1
            kw = {"stylename": style, "valuetype": "string"}
            if span > 1:
                kw["numbercolumnsspanned"] = span
            if rspan > 1:
                kw["numberrowsspanned"] = rspan
            tc = TableCell(**kw)
            for line in text.split("\n"):
                tc.addElement(P(text=line))
            if text == "":
                tc = TableCell(stylename=style, **({"numbercolumnsspanned": span} if span > 1 else {}))
            tr.addElement(tc)
        table.addElement(tr)

    add_row([("Barn- och utbildningsförvaltningen", s_title)])
    add_row([("Internkontroll 2025 – uppföljning tertial 1 (januari–april)", s_sub)])
    add_row([("Markera utförd kontroll med \u2713 och datum i det kvartal den gjorts. "
              "Kv 2 fylls bara i om kontrollen redan gjorts i april. "
              "Grått = kontroll ej planerad det kvartalet.", s_note)])
    add_row([("", s_plain)])
    # two-row header with merged "Utfört"
    add_row([("Område", s_head, 1, 2), ("Kontrollmoment", s_head, 1, 2), ("Frekvens", s_head, 1, 2),
             ("Kontrollansvarig", s_head, 1, 2), ("Utfört 2025", s_head, 4), None, None, None,
             ("Kommentar / iakttagelser", s_head, 1, 2)])
    add_row([None, None, None, None, ("Kv 1", s_head), ("Kv 2", s_head), ("Kv 3", s_head),
             ("Kv 4", s_head), None])

    rows = [
        ("Personal",
         "Kontroll av att utdrag ur belastningsregistret uppvisats före anställning",
         "Kvartalsvis", "HR-konsult", ["\u2713 2025-03-18", "", "", ""],
         "Samtliga 12 nyanställda under kv 1 hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("Närvaro",
         "Ogiltig frånvaro – vårdnadshavare informeras samma dag",
         "Kvartalsvis", "Rektorer", ["\u2713 2025-03-25", "påbörjad", "", ""],
         "Kv 1: inga avvikelser.\nKv 2 (april): stickprov på två skolor visade att meddelande gått ut först dagen efter. Återstående skolor granskas i maj.",
         "DELVIS", "ja"),
        ("Trygghet och studiero",
         "Kränkande behandling – anmälan till huvudman och utredning påbörjad inom fem skoldagar",
         "Kvartalsvis", "Utvecklingsledare", ["Ej utförd", "", "", ""],
         "Skjuts till kv 2 p.g.a. byte av ärendesystem för kränkningsanmälningar.",
         "EJ_GENOMFORD", "nej"),
        ("Skolskjuts",
         "Kontroll av skolskjutsbeslut mot skolskjutsreglementet (stickprov 15 beslut)",
         "Halvår", "Skolskjutshandläggare", ["\u2713 2025-02-12", "", "", ""], "",
         "GENOMFORD", "nej"),
        ("Avgifter",
         "Kontroll av inkomstuppgifter för förskoleavgift (maxtaxa), stickprov",
         "Halvår (kv 2 och kv 4)", "Avgiftshandläggare", ["G", "", "G", ""], "",
         "SAKNAS", ""),
        ("Avgifter",
         "Uppföljning av avgifter i fritidshem",
         "Kvartalsvis", "Avgiftshandläggare", ["Utgår", "Utgår", "Utgår", "Utgår"],
         "Utgår enligt BUN beslut 2025-02-18 § 14 – ingår i kontrollen av förskoleavgifter.",
         "UTGAR", "nej"),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Kvartalsvis", "Controller", ["\u2713", "\u2713 2025-04-22", "", ""], "",
         "GENOMFORD", "nej"),
        ("Elevadministration",
         "Avstämning av elevregistret mot folkbokföringen inför fakturering av interkommunal ersättning",
         "Kvartalsvis", "Controller", ["Se bilaga 2", "", "", ""], "",
         "OKLAR", ""),
        ("Personal",
         "Kontroll av att lärare har legitimation och behörighet i undervisande ämne",
         "Årligen", "HR-konsult", ["pågår", "", "", ""],
         "Sammanställning klar för 9 av 14 skolenheter.",
         "DELVIS", "nej"),
    ]
    for omr, km, frek, ansv, q, komm, st, avv in rows:
        cells = [(omr, s_cell), (km, s_cell), (frek, s_cell), (ansv, s_cell)]
        for v in q:
            if v == "G":
                cells.append(("", s_grey))
            elif v.startswith("\u2713"):
                cells.append((v, s_done))
            elif v.lower().startswith("ej"):
                cells.append((v, s_red))
            elif v.lower() in ("påbörjad", "pågår"):
                cells.append((v, s_yel))
            else:
                cells.append((v, s_cell))
        cells.append((komm, s_cell))
        add_row(cells)
        exp(fil, namnd, km, st, avv)
    add_row([("", s_plain)])
    add_row([("Uppföljningen är godkänd av förvaltningschef Maria Ek 2025-05-12 och redovisas för nämnden 2025-05-27.", s_plain)])
    doc.spreadsheet.addElement(table)

    t2 = Table(name="Instruktion")
    t2.addElement(TableColumn(stylename=colstyle("coi", "20cm")))
    for line in ["Instruktion för uppföljning av internkontrollplan",
                 "Uppföljningen görs tertialvis (T1, T2) och vid helår.",
                 "Skicka filen till ekonomiavdelningen senast 12 maj.",
                 "Bilagor (stickprovslistor) skickas separat i samma mejl."]:
        tr = TableRow()
        tc = TableCell(valuetype="string")
        tc.addElement(P(text=line))
        tr.addElement(tc)
        t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
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
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if align:
            p.alignment = align


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def new_doc(landscape=False):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if landscape:
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
        sec.left_margin = sec.right_margin = Cm(1.8)
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Lövsta kommun"
    return d


# ---------------------------------------------------------------------------
# File 3: Socialnämnden – Word, table 1 "Planerad månad/Utförd datum",
#         table 2 monthly tick grid
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden_IKP_2025_uppföljning_T1.docx"
    namnd = "Socialnämnden"
    d = new_doc(landscape=True)
    d.sections[0].header.paragraphs[0].text = "Lövsta kommun  |  Socialförvaltningen  |  Dnr SN 2024/311"
    d.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025, tertial 1", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 182). Planen innehåller tio "
        "kontrollmoment, varav sju genomförs vid en planerad tidpunkt under året och tre är löpande månadskontroller. "
        "Nedan redovisas utfallet för perioden januari–april. Kontroller som är planerade senare under året redovisas "
        "i delårs- respektive helårsuppföljningen.")
    d.add_heading("Kontroller med planerad tidpunkt", level=2)
    hdr = ["Nr", "Kontrollmoment", "Metod och omfattning", "Planerad månad", "Utförd datum", "Resultat / kommentar"]
    rows = [
        ("1", "Handläggningstid för utredning av ekonomiskt bistånd (nybesök)",
         "Stickprov 20 ärenden i verksamhetssystemet", "Februari", "2025-02-24",
         "Samtliga 20 ärenden beslutade inom fyra veckor.", "GENOMFORD", "nej"),
        ("2", "Orosanmälningar – förhandsbedömning klar inom 14 dagar",
         "Samtliga anmälningar inkomna januari–februari (25 st)", "Mars", "2025-03-31",
         "3 av 25 förhandsbedömningar klara först efter 16–19 dagar. Åtgärd: veckovis genomgång av inkomna anmälningar på mottagningen.",
         "GENOMFORD", "ja"),
        ("3", "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
         "Slumpvis uttag av 30 loggposter", "Mars", "",
         "Ej genomförd. Flyttas till maj eftersom loggverktyget inte fungerat efter uppgraderingen i februari.",
         "EJ_GENOMFORD", "nej"),
        ("4", "Placeringar HVB – avtal, beslut och fakturor stämmer överens",
         "Samtliga pågående placeringar (10 st)", "April", "Pågår",
         "6 av 10 placeringar granskade utan anmärkning; resterande fyra granskas i maj.",
         "DELVIS", "nej"),
        ("5", "Gynnande beslut enligt LSS verkställs inom tre månader",
         "Uttag ur verksamhetssystemet, samtliga beslut", "September", "", "",
         "SAKNAS", ""),
        ("6", "Registerkontroll av familjehem och kontaktpersoner före uppdrag",
         "Stickprov 10 nya uppdragstagare", "Februari", "2025-02-14", "Se bilaga 1.",
         "GENOMFORD", ""),
        ("7", "Avslutade ärenden är arkiverade med avslutsanteckning",
         "Stickprov 30 akter", "April", "2025-04-30",
         "Genomförd med anmärkning: 4 av 30 akter saknade avslutsanteckning. Berörda handläggare har kompletterat.",
         "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for nr, km, met, plan, utf, res, st, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, met, plan, utf, res]):
            set_cell(cells[i], v)
        exp(fil, namnd, km, st, avv)
    widths = [Cm(1.0), Cm(6.0), Cm(4.5), Cm(2.6), Cm(2.6), Cm(8.5)]
    set_widths(t, widths)

    d.add_paragraph()
    d.add_heading("Löpande månadskontroller", level=2)
    d.add_paragraph("\u2713 = kontroll utförd för månaden. Tom ruta = ej utförd eller ännu inte aktuell.")
    hdr2 = ["Nr", "Kontrollmoment", "Jan", "Feb", "Mar", "Apr", "Kommentar"]
    rows2 = [
        ("8", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut (stickprov 20 utbetalningar per månad)",
         ["\u2713", "\u2713", "\u2713", "\u2713"], "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
        ("9", "Kontroll av att delegationsbeslut anmäls till nämnden",
         ["\u2713", "\u2713", "\u2713", "\u2713"],
         "Mars: 12 beslut om bistånd enligt SoL hade inte anmälts i tid. De anmäls på nämndens sammanträde i maj.",
         "GENOMFORD", "ja"),
        ("10", "Uppföljning av kostnader för köpta platser mot budget",
         ["\u2713", "\u2713", "", ""], "", "DELVIS", "nej"),
    ]
    t2 = d.add_table(rows=1, cols=len(hdr2))
    t2.style = "Table Grid"
    for i, h in enumerate(hdr2):
        set_cell(t2.rows[0].cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if 2 <= i <= 5 else None)
        shade(t2.rows[0].cells[i], "D9E2F3")
    for nr, km, marks, komm, st, avv in rows2:
        cells = t2.add_row().cells
        set_cell(cells[0], nr)
        set_cell(cells[1], km)
        for i, m in enumerate(marks):
            set_cell(cells[2 + i], m, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[6], komm)
        exp(fil, namnd, km, st, avv)
    widths2 = [Cm(1.0), Cm(8.5), Cm(1.3), Cm(1.3), Cm(1.3), Cm(1.3), Cm(10.5)]
    set_widths(t2, widths2)

    d.add_paragraph()
    d.add_paragraph("Lövsta 2025-05-08")
    d.add_paragraph("Karin Holm\nSocialchef")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 4: Vård- och omsorgsnämnden – P (planned) / X (done) year grid, xlsx
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_internkontrollplan_2025_uppf_april.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljning per 2025-04-30 (tertial 1)"
    ws["J1"] = "Teckenförklaring"
    ws["J1"].font = Font(bold=True)
    ws["J2"] = "P = planerad kontroll"
    ws["J2"].fill = YELLOW
    ws["J3"] = "X = utförd kontroll"
    ws["J3"].fill = GREEN
    ws["J4"] = "X! = utförd, avvikelse noterad (se kommentar)"
    ws["J4"].fill = RED

    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig"] + [m.lower() for m in MONTHS] + ["Kommentar / åtgärd"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.alignment = CENTER
        cell.border = BORDER

    def grid(plan, done, bang=()):
        """plan: month numbers planned; done: months done -> list of 12 marks."""
        out = []
        for m in range(1, 13):
            if m in bang:
                out.append("X!")
            elif m in done:
                out.append("X")
            elif m in plan:
                out.append("P")
            else:
                out.append("")
        return out

    allm = list(range(1, 13))
    rows = [
        ("G", "Hälso- och sjukvård"),
        ("Läkemedelshantering", "Läkemedel ges inte enligt ordination", 12,
         "Kontroll av signeringslistor för läkemedel i särskilt boende",
         "MAS", grid(allm, [1, 2, 3, 4]), "", "GENOMFORD", "nej"),
        ("Avvikelsehantering", "Avvikelser utreds inte och leder inte till förbättring", 9,
         "Avvikelser i verksamhetssystemet är åtgärdade och avslutade inom 14 dagar",
         "MAS", grid([3, 6, 9, 12], [], bang=[3]),
         "Mars: 4 avvikelser äldre än 14 dagar utan åtgärd (två enheter). Påminnelse till enhetscheferna.",
         "GENOMFORD", "ja"),
        ("Fallprevention", "Fallrisk bedöms inte vid inflyttning", 8,
         "Fallriskbedömning är gjord inom en vecka efter inflyttning i särskilt boende",
         "Sjuksköterska", grid([3, 9], []), "", "EJ_GENOMFORD", "nej"),
        ("G", "Hemtjänst"),
        ("Utförd tid", "Brukare får inte beviljade insatser / felaktig ersättning", 12,
         "Kontroll av utförd hemtjänsttid mot beviljad tid",
         "Enhetschef hemtjänst", grid([1, 4, 7, 10], [1]),
         "Aprilkontrollen flyttad till maj p.g.a. byte av planeringssystem.",
         "DELVIS", "nej"),
        ("Nyckelhantering", "Nycklar till brukares bostäder kommer bort", 6,
         "Kontroll av kvittenslistor för nycklar i hemtjänsten",
         "Enhetschef hemtjänst", grid(allm, [1, 2]),
         "Digitala lås införs under våren; manuell kontroll pausad från mars.",
         "DELVIS", "nej"),
        ("Genomförandeplaner", "Insatser utförs inte utifrån brukarens behov", 9,
         "Genomförandeplan upprättad inom 14 dagar från beslut",
         "Enhetschef", grid([4, 10], [4]), "", "GENOMFORD", "nej"),
        ("G", "Ekonomi och administration"),
        ("Brukarmedel", "Förskingring av brukares kontanter", 8,
         "Inventering av kontantkassor för brukares privata medel",
         "Administratör", grid([2, 5, 8, 11], [2]), "", "GENOMFORD", "nej"),
        ("Avgifter", "Felaktiga omsorgsavgifter", 6,
         "Kontroll av debitering av omsorgsavgifter mot beslut och maxtaxa",
         "Avgiftshandläggare", grid([4, 10], [2, 4]),
         "Extra kontroll i februari efter ny maxtaxa.", "GENOMFORD", "nej"),
        ("Måltider", "Matsvinn och felaktig beställning", 4,
         "Kontroll av matsvinn och beställda portioner i tillagningskök",
         "Kostchef", [""] * 12,
         "Utgår – ansvaret flyttat till tekniska nämnden (VON 2025-03-19 § 31).",
         "UTGAR", "nej"),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            for c in range(1, len(hdr) + 1):
                ws.cell(r, c).fill = GROUP
            r += 1
            continue
        proc, risk, rv, km, ansv, marks, komm, st, avv = row
        vals = [proc, risk, rv, km, ansv] + marks + [komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP_TOP if c in (1, 2, 4, 18) else CENTER
        for i, m in enumerate(marks):
            cell = ws.cell(r, 6 + i)
            cell.fill = {"P": YELLOW, "X": GREEN, "X!": RED}.get(m, PatternFill())
        if st == "UTGAR":
            for c in range(1, 18):
                ws.cell(r, c).font = Font(strike=True, color="7F7F7F")
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Uppföljning T1 sammanställd av kvalitetsutvecklare Jonas Berg 2025-05-06.")
    widths = [18, 30, 9, 44, 18] + [5] * 12 + [46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "F7"
    autoheight(ws, 7, r - 2)
    fit_width(ws)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Jonas Berg"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 5: Kultur- och fritidsnämnden – Word table per kvartal with symbols and
#         legend, saved as .doc via LibreOffice
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN intern kontroll tertial 1 2025.doc"
    namnd = "Kultur- och fritidsnämnden"
    d = new_doc(landscape=False)
    d.sections[0].left_margin = d.sections[0].right_margin = Cm(2.0)
    p = d.add_paragraph()
    run = p.add_run("Kultur- och fritidsnämnden")
    run.bold = True
    run.font.size = Pt(16)
    p = d.add_paragraph()
    run = p.add_run("Uppföljning intern kontroll – tertial 1 2025")
    run.bold = True
    run.font.size = Pt(13)
    d.add_paragraph("Ärende till nämndens sammanträde 2025-05-22. Handläggare: Sofia Nyström, nämndsekreterare.")
    d.add_paragraph(
        "Kontrollerna i nämndens internkontrollplan följs upp per kvartal. Tabellen visar läget efter tertial 1. "
        "Kvartal 2 är markerat endast där kontrollen redan genomförts i april.")

    hdr = ["Kontrollmoment", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Kommentar"]
    rows = [
        ("Kassainventering av kontantkassor i bibliotek, simhall och konsthall",
         ["\u2714", "", "", ""], "", "GENOMFORD", "nej"),
        ("Föreningsbidrag – underlag (medlemsförteckning, verksamhetsberättelse) kontrolleras före utbetalning",
         ["(\u2714)", "", "", ""],
         "Två föreningar saknade verksamhetsberättelse för 2024. Utbetalningen pausad tills underlag kommit in.",
         "GENOMFORD", "ja"),
        ("Bokade tider i bokningssystemet är fakturerade",
         ["\u2718", "", "", ""], "Ej hunnit p.g.a. vakans på administratörstjänsten. Görs i kv 2.",
         "EJ_GENOMFORD", "nej"),
        ("Lotteritillstånd – kontroll av redovisning från kontrollanter",
         ["", "", "", ""], "Årlig kontroll, planerad till november.",
         "EJ_GENOMFORD", "nej"),
        ("Hyresavtal för externt inhyrda lokaler följs upp mot faktura",
         ["\u2714", "\u2714", "", ""], "Kv 2 genomförd i april i samband med ny hyresfaktura.",
         "GENOMFORD", "nej"),
        ("Öppettider och bemanning på fritidsgårdarna följer beslutad plan",
         ["\u2714", "", "", ""],
         "Kontrollen har inte kunnat genomföras under kvartal 1 eftersom ansvarig fritidskonsulent slutat.",
         "OKLAR", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         ["\u2714", "", "", ""], "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10,
                 align=WD_ALIGN_PARAGRAPH.CENTER if 1 <= i <= 4 else None)
        shade(t.rows[0].cells[i], "FCE4D6")
    for km, q, komm, st, avv in rows:
        cells = t.add_row().cells
        set_cell(cells[0], km, size=10)
        for i, v in enumerate(q):
            set_cell(cells[1 + i], v, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
            if v.startswith("\u2714"):
                shade(cells[1 + i], "E2EFDA")
            elif v.startswith("(\u2714"):
                shade(cells[1 + i], "FFF2CC")
            elif v.startswith("\u2718"):
                shade(cells[1 + i], "F8CBAD")
        set_cell(cells[5], komm, size=10)
        exp(fil, namnd, km, st, avv)
    widths = [Cm(6.0), Cm(1.2), Cm(1.2), Cm(1.2), Cm(1.2), Cm(6.2)]
    set_widths(t, widths)
    p = d.add_paragraph()
    run = p.add_run("Teckenförklaring: \u2714 = genomförd utan anmärkning   (\u2714) = genomförd med anmärkning   "
                    "\u2718 = ej genomförd   tom ruta = inte aktuellt ännu")
    run.italic = True
    run.font.size = Pt(9)
    d.add_paragraph()
    d.add_paragraph("Förslag till beslut: Kultur- och fritidsnämnden godkänner uppföljningen av intern kontroll för tertial 1 2025.")
    tmp = tempfile.mkdtemp(prefix="r201_")
    src = os.path.join(tmp, "KFN intern kontroll tertial 1 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, fil), fil)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 6: Stratsys-like export, two nämnder, one column per month, xlsx
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_Internkontroll_2025-05-07.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    meta = [
        ("Rapport:", "Internkontroll – månadsuppföljning"),
        ("Organisation:", "Samhällsbyggnadsförvaltningen (inkl. underliggande)"),
        ("Period:", "2025-01 – 2025-04"),
        ("Utskriven:", "2025-05-07 14:32 av ulrika.sandberg"),
    ]
    for i, (k, v) in enumerate(meta, 1):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    hdr = ["Organisation", "Id", "Kontrollmoment", "Kontrollfrekvens", "Ansvarig",
           "2025-01", "2025-02", "2025-03", "2025-04", "Kommentar (senaste)"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = GREY
        cell.border = BORDER
    SBN = "Samhällsbyggnadsnämnden"
    MHN = "Miljö- och hälsoskyddsnämnden"
    rows = [
        (SBN, "IK-SBN-01", "Bygglov – handläggningstid inom tio veckor från komplett ansökan, stickprov",
         "Månadsvis", "Bygglovschef", ["Utförd", "Utförd", "Utförd", "Utförd"],
         "Samtliga granskade ärenden inom lagstadgad tid.", "GENOMFORD", "nej"),
        (SBN, "IK-SBN-02", "Debitering av bygglovsavgifter sker enligt gällande taxa",
         "Kvartalsvis", "Bygglovschef", ["", "", "Utförd med avvikelse", ""],
         "3 av 20 ärenden debiterade enligt 2024 års taxa. Kompletterande fakturor skickade.",
         "GENOMFORD", "ja"),
        (SBN, "IK-SBN-03", "Delegationsbeslut anmäls till nämnden",
         "Månadsvis", "Nämndsekreterare", ["Utförd", "Utförd", "Ej utförd", "Utförd"],
         "April utförd. Mars: ingen kontroll p.g.a. byte av ärendehanteringssystem.",
         "DELVIS", "nej"),
        (SBN, "IK-SBN-04", "Plankostnader debiteras enligt tecknade planavtal",
         "Halvårsvis", "Planchef", ["", "", "", ""], "",
         "SAKNAS", ""),
        (MHN, "IK-MHN-01", "Livsmedelskontroll – utförda kontroller följer kontrollplanen",
         "Månadsvis", "Enhetschef livsmedel", ["Utförd", "Utförd", "Utförd", "Utförd"],
         "42 av 160 planerade kontroller utförda per april (26 %), i fas med planen.",
         "GENOMFORD", "nej"),
        (MHN, "IK-MHN-02", "Nedlagd handläggningstid registreras och debiteras enligt taxa",
         "Kvartalsvis", "Miljöchef", ["", "", "Ej utförd", ""],
         "Görs i samband med årsdebiteringen i maj.", "EJ_GENOMFORD", "nej"),
        (MHN, "IK-MHN-03", "Klagomål enligt miljöbalken – första åtgärd inom fyra veckor",
         "Månadsvis", "Miljöinspektör", ["Utförd", "Utförd", "Utförd med avvikelse", "Pågår"],
         "April: kontrollen påbörjad, slutförs v. 19. Mars: 2 ärenden utan åtgärd efter fyra veckor.",
         "DELVIS", "ja"),
        (MHN, "IK-MHN-04", "Delegationsbeslut anmäls till nämnden",
         "Månadsvis", "Nämndsekreterare", ["Utförd", "Utförd", "Utförd", "Utförd"], "",
         "GENOMFORD", "nej"),
    ]
    r = 7
    for org, idn, km, frek, ansv, marks, komm, st, avv in rows:
        vals = [org, idn, km, frek, ansv] + marks + [komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP_TOP
        exp(fil, org, km, st, avv)
        r += 1
    ws.cell(r + 1, 1, "Antal rader: 8")
    widths = [30, 11, 52, 16, 20, 14, 14, 20, 14, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = "A6:J14"
    autoheight(ws, 7, 14)
    fit_width(ws)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Stratsys"
    wb.save(fil)
    FILES.append((fil, "INLAST", SBN, "2025", "T1"))
    FILES.append((fil, "INLAST", MHN, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 7: Lövsta Bostäder AB – old .xls, month columns + explicit Status T1
# ---------------------------------------------------------------------------
def file_lbab():
    fil = "LBAB_Internkontroll_jan-apr_2025.xls"
    namnd = "Lövsta Bostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    cellf = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Lövsta Bostäder AB", title)
    ws.write(1, 0, "Internkontroll 2025 – uppföljning januari–april", bold)
    ws.write(2, 0, "Rapporteras till styrelsen 2025-05-15 och till kommunens ekonomiavdelning.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Jan", "Feb", "Mar", "Apr", "Status T1", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, head)
    rows = [
        ("Hyresadministration", "Hyreshöjning 2025 korrekt inlagd i hyressystemet",
         "Årligen (jan)", ["KL", "", "", ""], "Genomförd", "", "GENOMFORD", "nej"),
        ("Inköp", "Fakturor från ramavtalsentreprenörer stäms av mot avtalade priser",
         "Månadsvis", ["KL", "KL", "KL", "KL"], "Genomförd", "", "GENOMFORD", "nej"),
        ("Uthyrning", "Vakansrapport – outhyrda lägenheter stäms av mot hyresreskontran",
         "Månadsvis", ["MB", "MB", "", "MB"], "Delvis", "Mars ej utförd (semester).", "DELVIS", "nej"),
        ("Hyresadministration", "Depositioner och hyresgarantier återbetalas vid avflytt",
         "Kvartalsvis", ["", "", "MB", ""], "Genomförd med avvikelse",
         "En deposition ej återbetald vid avflytt i december 2024. Åtgärdat i mars.", "GENOMFORD", "ja"),
        ("Fastighet", "Systematiskt brandskyddsarbete – egenkontroll i gemensamma utrymmen",
         "Kvartalsvis", ["", "", "", "x"], "", "Utförd i april, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Firmatecknare och behörigheter i bank stämmer med styrelsebeslut",
         "Halvår (jun, dec)", ["", "", "", ""], "Ej påbörjad", "Planerad till juni.",
         "EJ_GENOMFORD", "nej"),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)",
         "Månadsvis", ["KL", "KL", "KL", "KL"], "Genomförd", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for omr, km, frek, marks, status, komm, st, avv in rows:
        for c, v in enumerate([omr, km, frek] + marks + [status, komm]):
            ws.write(r, c, v, cellf)
        exp(fil, namnd, km, st, avv)
        r += 1
    ws.write(r + 1, 0, "Signatur: KL = Kristina Lund, ekonomichef   MB = Mats Berglund, förvaltare")
    for c, w in enumerate([20, 50, 16, 6, 6, 6, 6, 22, 50]):
        ws.col(c).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 8: Överförmyndarnämnden – Word, text only, nämnd only in page header
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN uppföljning intern kontroll första tertialet 2025.docx"
    namnd = "Överförmyndarnämnden"
    d = new_doc()
    hdr_ = d.sections[0].header
    hdr_.paragraphs[0].text = "Överförmyndarnämnden i Lövsta kommun"
    hdr_.paragraphs[0].runs[0].bold = True
    hdr_.add_paragraph("Tjänsteskrivelse 2025-05-05, dnr ÖFN 2025/14")
    d.add_heading("Uppföljning av intern kontroll, första tertialet 2025", level=1)
    d.add_paragraph(
        "Nämnden beslutade i december 2024 om en internkontrollplan med fem kontrollmoment. Flera av kontrollerna "
        "görs löpande varje månad medan andra görs kvartalsvis eller en gång per halvår. Nedan redovisas vad som "
        "gjorts under januari–april 2025.")
    items = [
        ("Granskning av årsräkningar – stickprov om tio procent av inlämnade årsräkningar",
         "Löpande, avrapportering per kvartal",
         "Stickprov genomfört i mars (14 av 140 inlämnade årsräkningar).",
         "I 2 av 14 årsräkningar saknades verifikationer för större uttag. Kompletteringar har begärts in.",
         "GENOMFORD", "ja"),
        ("Förordnanden av ställföreträdare registreras i verksamhetssystemet inom en vecka",
         "Månadsvis",
         "Kontrollen har gjorts varje månad januari–april.",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Arvodesbeslut följer nämndens riktlinjer för arvodering",
         "Kvartalsvis",
         "Ej genomförd under kvartal 1.",
         "Kontrollen har skjutits till kvartal 2 eftersom arvodesgranskningen för 2024 pågår till och med maj.",
         "EJ_GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret och från Kronofogden inhämtas för nya ställföreträdare",
         "Vid varje nytt uppdrag, avrapportering per tertial",
         "Kontrollen pågår.",
         "8 av 12 nya ställföreträdare under perioden är kontrollerade; övriga fyra väntar på utdrag.",
         "DELVIS", "nej"),
        ("Uttag från spärrade bankkonton har föregåtts av nämndens samtycke",
         "Halvårsvis (juni, december)",
         "\u2013",
         "",
         "SAKNAS", ""),
    ]
    for i, (km, frek, utf, res, st, avv) in enumerate(items, 1):
        p = d.add_paragraph()
        r1 = p.add_run("Kontrollmoment %d: " % i)
        r1.bold = True
        r2 = p.add_run(km)
        r2.bold = True
        p.paragraph_format.space_before = Pt(10)
        for label, text in (("Frekvens", frek), ("Genomfört", utf), ("Resultat", res)):
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Cm(0.8)
            q.paragraph_format.space_after = Pt(0)
            rl = q.add_run(label + ": ")
            rl.italic = True
            q.add_run(text)
        exp(fil, namnd, km, st, avv)
    d.add_paragraph()
    d.add_paragraph("Förslag till beslut: Nämnden godkänner uppföljningen och lägger den till handlingarna.")
    d.add_paragraph("Eva Sundin\nenhetschef, överförmyndarenheten")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 9 (reject): covering letter from Tekniska förvaltningen, no follow-up
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Missiv_TN_internkontroll_T1_2025.docx"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Lövsta kommun – Tekniska förvaltningen"
    d.add_paragraph("2025-05-09")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_paragraph("Från: Tekniska förvaltningen")
    p = d.add_paragraph()
    p.add_run("Angående uppföljning av tekniska nämndens internkontrollplan, tertial 1 2025").bold = True
    d.add_paragraph(
        "Med anledning av omorganisationen av förvaltningen den 1 mars och bytet av ekonomisystem har tekniska "
        "nämnden inte kunnat sammanställa uppföljningen av internkontrollplanen för tertial 1. Kontrollerna enligt "
        "planen fortsätter enligt tidplan och samtliga utfall för januari–augusti kommer att redovisas i samband med "
        "delårsrapporten.")
    d.add_paragraph(
        "Vi ber om överseende med detta och står till förfogande för frågor. Tekniska nämnden informeras om "
        "förseningen vid sammanträdet den 20 maj.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Per Åström\nteknisk chef")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddskontoret|Miljöförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Lövsta Bostäder AB", "LBAB|Lövstabostäder|Lövsta Bostäder"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    file_ks()
    file_bun()
    file_sn()
    file_von()
    file_kfn()
    file_stratsys()
    file_lbab()
    file_ofn()
    file_reject()
    write_csvs()
    print("files: %d rows, expected: %d rows" % (len(FILES), len(EXPECTED)))


if __name__ == "__main__":
    main()
