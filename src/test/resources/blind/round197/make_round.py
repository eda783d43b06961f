#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r197 - Kustby kommun, uppföljning av internkontrollplaner T2 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Footer, Header, MasterPage, PageLayout, PageLayoutProperties,
                       ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, P

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round197"
FIXED_DT = datetime.datetime(2025, 9, 8, 9, 0, 0)
YEAR = "2025"

# expected rows: (fil, nämnd, kontrollmoment, status, avvikelse)
EXPECTED = []
# files rows: (fil, utfall, nämnd, år, period)
FILES = []


def out(name):
    return os.path.join(HERE, name)


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def fix_xlsx_props(wb):
    wb.properties.creator = "Kustby kommun"
    wb.properties.lastModifiedBy = "Kustby kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def docx_cell_shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def docx_set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, ✔ / (✔) / ✘ / – with legend in the top-right corner,
#    T1 and T2 columns side by side, process merged vertically.
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Kommunstyrelsen IKP uppföljning T2 2025.xlsx"
    namnd = "Kommunstyrelsen"
    # (nr, process, kontrollmoment, metod, ansvarig, frekvens, t1, t2, kommentar, åtgärd, status, avv)
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Redovisningschef", "Tertial", "✔", "✔",
         "Stickprov 30 fakturor T2. 2 fakturor attesterade av person utan delegation, rättade i efterhand.",
         "Påminnelse om attestordningen till budgetansvariga", "GENOMFORD", "ja"),
        ("1.2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Genomgång av samtliga representationsfakturor", "Controller", "Tertial", "✔", "✔",
         "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton inför delårsbokslut",
         "Avstämning med specifikation per konto", "Redovisningschef", "Delår/helår", "", "(✔)",
         "Avstämning pågår, klar i samband med delårsbokslutet 30/9.", "", "DELVIS", ""),
        ("2.1", "Upphandling och inköp", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Analys av leverantörsreskontra i spendanalysverktyget", "Upphandlingschef", "Tertial", "✔", "✘",
         "Uppföljningen ej gjord T2 p.g.a. vakans upphandlare. Görs T3.", "", "EJ_GENOMFORD", ""),
        ("2.2", "Upphandling och inköp", "Direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av direktupphandlingsregistret", "Upphandlingschef", "Helår", "✔", "",
         "Helårskontroll, genomförd under T1: 4 av 12 direktupphandlingar saknade dokumentation.",
         "Utbildning för beställare i juni", "GENOMFORD", "ja"),
        ("3.1", "Personal", "Löneutbetalningar kontrolleras mot beslut om anställning",
         "Stickprov 20 nyanställningar mot anställningsavtal", "HR-chef", "Tertial", "✔", "✔",
         "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("3.2", "Personal", "Rehabiliteringsärenden följs upp enligt rutin",
         "Genomgång av öppna rehabärenden i Adato", "HR-chef", "Tertial", "✘", "(✔)",
         "Genomgång av 9 av 15 ärenden, resterande under hösten.", "", "DELVIS", ""),
        ("4.1", "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet stäms av mot aktuell personalförteckning",
         "Behörighetslista mot personalsystemet", "IT-chef", "Halvår", "–", "–",
         "Utgår enligt KS beslut 2025-03-12 § 45, ersätts av ny kontroll i 2026 års plan.", "",
         "UTGAR", ""),
        ("4.2", "IT och informationssäkerhet", "Loggkontroll i diariesystemet",
         "Stickprov på loggar för sekretessmarkerade ärenden", "Informationssäkerhetssamordnare", "Tertial",
         "", "", "", "", "SAKNAS", ""),
        ("5.1", "Styrning och ledning", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationsbeslut i diariet mot anmälningslistor", "Kommunsekreterare", "Tertial",
         "✔", "✔", "Samtliga beslut anmälda. Ett beslut (avskrivning av fordran) anmäldes för sent, i juni.",
         "", "GENOMFORD", "ja"),
    ]
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Kustby kommun"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E79")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Period: Tertial 2 (januari–augusti 2025)"
    ws["A4"] = "Upprättad av: Controller, Kommunledningsförvaltningen, 2025-09-08"
    ws["A4"].font = Font(italic=True, size=9)
    # legend in the corner
    ws["L1"] = "Teckenförklaring"
    ws["L1"].font = Font(bold=True)
    legend = [("✔", "Genomförd"), ("(✔)", "Delvis genomförd / pågår"), ("✘", "Ej genomförd"),
              ("–", "Utgår")]
    for i, (sym, txt) in enumerate(legend, start=2):
        ws.cell(row=i, column=12, value=sym).alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=13, value=txt)
    for r in range(1, 6):
        for c in (12, 13):
            ws.cell(row=r, column=c).border = thin_border()
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="F2F2F2")
    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "T1", "T2",
               "Kommentar / iakttagelser", "Åtgärd"]
    hr = 7
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = thin_border()
    r = hr + 1
    groups = {}
    for row in rows:
        vals = list(row[:10])
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (7, 8) else None)
            cell.border = thin_border()
        groups.setdefault(row[1], []).append(r)
        EXPECTED.append((fil, namnd, row[2], row[10], row[11]))
        r += 1
    # merge process cells vertically (value only in the first cell)
    for proc, rr in groups.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summering T2: 10 kontrollmoment – 5 genomförda, 2 delvis, 1 ej genomförd, "
                                    "1 utgår, 1 ej rapporterad").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(row=r, column=1, value="Godkänd av kommundirektör Per Sandberg 2025-09-10")
    widths = {"A": 6, "B": 18, "C": 42, "D": 32, "E": 20, "F": 11, "G": 6, "H": 6, "I": 50, "J": 30,
              "K": 3, "L": 8, "M": 24}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A8"
    ws.oddHeader.center.text = "Kustby kommun – Kommunstyrelsen"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, ● ◐ ○ legend below the table,
#    process heading rows merged across the table.
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Uppföljning intern kontroll tertial 2 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor från samtliga rektorsområden",
             "25 fakturor granskade, samtliga korrekt attesterade.", "●", "GENOMFORD", "nej"),
            ("Kontroll av att interkommunal ersättning (IKE) faktureras för elever från andra kommuner",
             "Avstämning elevregister mot fakturerade IKE",
             "Fakturering för vt 2025 genomförd. Två elever hade inte fakturerats, faktura skickad i juni.",
             "●", "GENOMFORD", "ja"),
            ("Skolskjuts beviljas enligt gällande riktlinjer",
             "Genomgång av 20 beslut om skolskjuts",
             "12 av 20 beslut granskade hittills, inga avvikelser. Resterande granskas i september.",
             "◐", "DELVIS", "nej"),
        ]),
        ("Verksamhet", [
            ("Anmälan om kränkande behandling till huvudman hanteras inom fem arbetsdagar",
             "Stickprov 15 anmälningar i DF Respons",
             "Ej påbörjad, kontrollen genomförs under oktober.", "○", "EJ_GENOMFORD", ""),
            ("Frånvarouppföljning av elever med hög frånvaro",
             "Kontroll att åtgärdsplan finns för elever med > 20 % frånvaro",
             "", "○", "EJ_GENOMFORD", ""),
            ("Hantering av allmänna handlingar – diarieföring av inkommande post",
             "Stickprov inkommande post på tre skolor",
             "Redovisas i separat rapport, se bilaga 2.", "", "OKLAR", ""),
        ]),
        ("Personal", [
            ("Registerkontroll (utdrag ur belastningsregistret) vid nyanställning",
             "Kontroll av samtliga nyanställda inför ht 2025",
             "Samtliga 34 nyanställda kontrollerade. 1 utdrag uppvisades först efter anställningens start.",
             "●", "GENOMFORD", "ja"),
            ("Systematiskt arbetsmiljöarbete – skyddsronder genomförs på samtliga enheter",
             "Sammanställning av protokoll från skyddsronder",
             "Skyddsronder genomförda på 14 av 19 enheter.", "◐", "DELVIS", ""),
        ]),
    ]
    d = docx.Document()
    fix_docx_props(d, "Barn- och utbildningsförvaltningen")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kustby kommun\tTjänsteskrivelse\tDnr BUN 2025/41"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 112). Planen omfattar åtta "
        "kontrollmoment inom ekonomi, verksamhet och personal. I denna skrivelse redovisas hur långt "
        "kontrollerna kommit per den 31 augusti 2025. Slutlig redovisning sker i samband med årsredovisningen.")
    d.add_paragraph(
        "Förvaltningen bedömer att arbetet i huvudsak följer plan. Två kontroller har inte påbörjats och "
        "kommer att genomföras under hösten.")
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Process / Kontrollmoment", "Kontrollmetod och omfattning", "Resultat tertial 2", "Status"]
    for i, h in enumerate(hdr):
        docx_set_cell(table.rows[0].cells[i], h, bold=True)
        docx_cell_shade(table.rows[0].cells[i], "BDD7EE")
    for gname, items in groups:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[3])
        docx_set_cell(merged, gname, bold=True)
        docx_cell_shade(merged, "E7E6E6")
        for km, metod, res, sym, status, avv in items:
            cells = table.add_row().cells
            docx_set_cell(cells[0], km)
            docx_set_cell(cells[1], metod)
            docx_set_cell(cells[2], res)
            docx_set_cell(cells[3], sym, size=12)
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            EXPECTED.append((fil, namnd, km, status, avv))
    widths = [Cm(5.5), Cm(4.5), Cm(6), Cm(1.5)]
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w
    p = d.add_paragraph()
    r = p.add_run("Teckenförklaring: ● Genomförd   ◐ Påbörjad/delvis genomförd   ○ Ej påbörjad")
    r.italic = True
    r.font.size = Pt(9)
    d.add_paragraph()
    d.add_paragraph("Kustby 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - ods, 🟢 🟡 🔴 ⚪ with legend on a second sheet (🟡 = done WITH deviation)
# ---------------------------------------------------------------------------
def ods_cell(text, style=None, span=None):
    kw = {}
    if style is not None:
        kw["stylename"] = style
    if span:
        kw["numbercolumnsspanned"] = span
    if text is None or text == "":
        return TableCell(**kw)
    c = TableCell(valuetype="string", **kw)
    for line in str(text).split("\n"):
        c.addElement(P(text=line))
    return c


def ods_num(v, style=None):
    kw = {"stylename": style} if style else {}
    c = TableCell(valuetype="float", value=v, **kw)
    c.addElement(P(text=str(v)))
    return c


def build_sn():
    fil = "Socialnämnden_IK_T2_2025.ods"
    namnd = "Socialnämnden"
    rows = [
        ("Ekonomiskt bistånd", "Risk för felaktiga utbetalningar", 12,
         "Stickprov av utbetalt ekonomiskt bistånd mot beslut i verksamhetssystemet",
         "Enhetschef IFO vuxen", "🟡",
         "40 ärenden granskade. I 3 ärenden saknades underlag för beviljad hyra. Återkrav utreds.",
         "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Risk för bidragsbrott", 9,
         "Kontroll mot Försäkringskassan (SSBTEK) vid nybesök",
         "Enhetschef IFO vuxen", "🟢", "Kontroll görs i samtliga nybesök.", "GENOMFORD", "nej"),
        ("Barn och unga", "Risk att orosanmälningar inte förhandsbedöms i tid", 16,
         "Förhandsbedömning inom 14 dagar enligt SoL",
         "Enhetschef barn och unga", "🔴",
         "Ej genomförd T2 pga ny modul i verksamhetssystemet, rapport saknas. Flyttas till T3.",
         "EJ_GENOMFORD", ""),
        ("Barn och unga", "Risk att placerade barn inte följs upp", 12,
         "Uppföljning av placerade barn – besök minst fyra gånger per år",
         "Enhetschef barn och unga", "🟡",
         "Av 22 placerade barn har 19 fått besök enligt plan. 3 barn har fått för få besök.",
         "GENOMFORD", "ja"),
        ("Familjehem", "Risk att olämpliga familjehem anlitas", 8,
         "Utdrag ur belastningsregistret inhämtas innan familjehemsplacering",
         "Familjehemssekreterare", "🟢", "", "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Risk för hot och våld mot personal", 9,
         "Hot och våld – incidentrapporter följs upp på APT",
         "Avdelningschefer", "⚪",
         "Utgår ur planen, hanteras inom det systematiska arbetsmiljöarbetet (SN 2025-04-23 § 61).",
         "UTGAR", ""),
        ("Dokumentation", "Risk för otillbörlig åtkomst till personuppgifter", 12,
         "Loggkontroll av journalsystemet minst en gång per tertial",
         "Systemförvaltare", "",
         "Loggkontroll genomförd i maj, inga otillbörliga slagningar upptäcktes.", "GENOMFORD", "nej"),
        ("Upphandlade insatser", "Risk att köpta placeringar inte motsvarar avtal", 8,
         "Avtalsuppföljning av HVB-placeringar (kvalitet och pris)",
         "Avdelningschef IFO", "", "", "SAKNAS", ""),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    hdr = Style(name="hdr", family="table-cell")
    hdr.addElement(TextProperties(fontweight="bold", color="#ffffff"))
    hdr.addElement(TableCellProperties(backgroundcolor="#385723", border="0.5pt solid #808080",
                                       wrapoption="wrap"))
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top",
                                        border="0.5pt solid #808080"))
    sym = Style(name="sym", family="table-cell")
    sym.addElement(TableCellProperties(verticalalign="top", border="0.5pt solid #808080"))
    sym.addElement(ParagraphProperties(textalign="center"))
    sym.addElement(TextProperties(fontsize="14pt"))
    for s in (bold, title, hdr, wrap, sym):
        doc.automaticstyles.addElement(s)
    colw = ["3.5cm", "5cm", "1.8cm", "7cm", "4cm", "2.4cm", "9cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="Uppföljning")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def addrow(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    tr = TableRow()
    tr.addElement(ods_cell("Socialnämnden – Internkontrollplan 2025", title, span=4))
    for _ in range(3):
        tr.addElement(CoveredTableCell())
    t.addElement(tr)
    addrow([ods_cell("Uppföljning tertial 2 (jan–aug), avstämd 2025-09-05", bold)])
    addrow([ods_cell("Teckenförklaring för bedömning, se fliken Teckenförklaring.")])
    addrow([ods_cell("")])
    heads = ["Område", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Bedömning T2", "Kommentar"]
    addrow([ods_cell(h, hdr) for h in heads])
    for omr, risk, rv, km, ans, bed, kom, status, avv in rows:
        addrow([ods_cell(omr, wrap), ods_cell(risk, wrap), ods_num(rv, wrap), ods_cell(km, wrap),
                ods_cell(ans, wrap), ods_cell(bed, sym), ods_cell(kom, wrap)])
        EXPECTED.append((fil, namnd, km, status, avv))
    addrow([ods_cell("")])
    addrow([ods_cell("Riskvärde = sannolikhet × konsekvens (1–4). Kritiska risker ≥ 12.")])
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Teckenförklaring")
    t2.addElement(TableColumn(stylename=colstyles[2]))
    t2.addElement(TableColumn(stylename=colstyles[6]))
    legend = [("Symbol", "Innebörd"),
              ("🟢", "Kontrollen genomförd, inga avvikelser"),
              ("🟡", "Kontrollen genomförd, avvikelser har noterats – åtgärd pågår"),
              ("🔴", "Kontrollen ej genomförd"),
              ("⚪", "Kontrollen utgår")]
    for i, (a, b) in enumerate(legend):
        tr = TableRow()
        tr.addElement(ods_cell(a, hdr if i == 0 else sym))
        tr.addElement(ods_cell(b, hdr if i == 0 else wrap))
        t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - odt, tick columns ☑/☒/☐, nämnd only in the page header
# ---------------------------------------------------------------------------
def build_von():
    fil = "VON uppföljning IK T2-2025.odt"
    namnd = "Vård- och omsorgsnämnden"
    G, D, E = "Genomförd", "Delvis", "Ej genomförd"
    # (nr, kontrollmoment, marks{col: glyph}, kommentar, status, avv)
    rows = [
        ("1", "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet", {G: "☑"},
         "Kontroll av rapporteringen på 6 enheter, rutinen följs.", "GENOMFORD", "nej"),
        ("2", "Hemtjänsttimmar i verksamhetssystemet stäms av mot fakturering från externa utförare", {G: "☑"},
         "Differens på 112 timmar hos en utförare, kreditering har begärts.", "GENOMFORD", "ja"),
        ("3", "Genomförandeplaner upprättas inom 14 dagar efter beslut", {D: "☑"},
         "Stickprov genomfört i 2 av 4 hemtjänstområden.", "DELVIS", ""),
        ("4", "Brandskyddsutbildning för nyanställda inom särskilt boende", {E: "☒"},
         "Utbildningstillfällena ställdes in i juni.", "EJ_GENOMFORD", ""),
        ("5", "Kontroll av att bemanningsföretag används enligt ramavtal", {G: "☑", E: "☑"},
         "", "OKLAR", ""),
        ("6", "Privata medel för brukare på särskilt boende redovisas kvartalsvis", {},
         "Kontrollen flyttas till tertial 3 p.g.a. personalbrist på enheten.", "EJ_GENOMFORD", ""),
        ("7", "Tillsyn nattetid – kontroll av att tillsynsbesök utförs enligt beslut", {},
         "", "SAKNAS", ""),
        ("8", "Fakturering av avgifter för hemtjänst enligt maxtaxa", {G: "☑"},
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    doc = OpenDocumentText()
    # page layout + master page with header (the only place the nämnd is named)
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape",
                                       margintop="1.5cm", marginbottom="1.5cm", marginleft="2cm",
                                       marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    hdrp = Style(name="HeaderP", family="paragraph")
    hdrp.addElement(TextProperties(fontsize="9pt", color="#555555"))
    doc.automaticstyles.addElement(hdrp)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hh = Header()
    hh.addElement(P(stylename=hdrp, text="Vård- och omsorgsnämnden · Kustby kommun"))
    mp.addElement(hh)
    ff = Footer()
    ff.addElement(P(stylename=hdrp, text="Uppföljning intern kontroll 2025"))
    mp.addElement(ff)
    doc.masterstyles.addElement(mp)

    h1 = Style(name="H1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontsize="10pt"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="S", family="paragraph")
    small.addElement(TextProperties(fontsize="10pt"))
    doc.automaticstyles.addElement(small)
    center = Style(name="C", family="paragraph")
    center.addElement(ParagraphProperties(textalign="center"))
    center.addElement(TextProperties(fontsize="13pt"))
    doc.automaticstyles.addElement(center)
    tstyle = Style(name="Tbl", family="table")
    tstyle.addElement(TableProperties(width="25.5cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                         backgroundcolor="#dbe5f1"))
    doc.automaticstyles.addElement(hcell)
    widths = ["1cm", "9cm", "2.2cm", "2.2cm", "2.6cm", "8.5cm"]
    cols = []
    for i, w in enumerate(widths):
        cs = Style(name="TC%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        cols.append(cs)

    doc.text.addElement(P(stylename=h1, text="Uppföljning av intern kontroll – tertial 2 2025"))
    doc.text.addElement(P(stylename=small, text=(
        "Redovisningen avser perioden 1 januari – 31 augusti 2025. Markera med kryss i den kolumn som "
        "stämmer för respektive kontrollmoment och kommentera resultatet. Avvikelser ska alltid kommenteras.")))
    doc.text.addElement(P(text=""))
    t = Table(name="Uppfoljning", stylename=tstyle)
    for cs in cols:
        t.addElement(TableColumn(stylename=cs))
    heads = ["Nr", "Kontrollmoment", G, D, E, "Kommentar"]
    tr = TableRow()
    for h in heads:
        c = TableCell(stylename=hcell, valuetype="string")
        c.addElement(P(stylename=bold, text=h))
        tr.addElement(c)
    t.addElement(tr)
    for nr, km, marks, kom, status, avv in rows:
        tr = TableRow()
        for i, v in enumerate([nr, km, marks.get(G, "☐"), marks.get(D, "☐"), marks.get(E, "☐"), kom]):
            c = TableCell(stylename=cellst, valuetype="string")
            c.addElement(P(stylename=center if 2 <= i <= 4 else small, text=v))
            tr.addElement(c)
        t.addElement(tr)
        EXPECTED.append((fil, namnd, km, status, avv))
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=small, text="Sammanfattande bedömning: Den interna kontrollen bedöms i "
                                                "huvudsak vara tillräcklig. Kontrollmoment 6 redovisas "
                                                "vid helårsuppföljningen."))
    doc.text.addElement(P(stylename=small, text="2025-09-09  Karin Ek, verksamhetsutvecklare"))
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 5. Stratsys-like CSV export - two nämnder, + / – / 0, T1 and T2 rows stacked,
#    legend in the header lines of the export.
# ---------------------------------------------------------------------------
def build_csv_export():
    fil = "Stratsys_export_internkontroll_2025-09-04.csv"
    kfn = "Kultur- och fritidsnämnden"
    sbn = "Samhällsbyggnadsnämnden"
    org = {kfn: "Kustby kommun > Kultur- och fritidsnämnden",
           sbn: "Kustby kommun > Samhällsbyggnadsnämnden"}
    # (namnd, id, process, km, ansvarig, [(period, status, kommentar)], exp_status, avv)
    ctrls = [
        (kfn, "KFN-IK-01", "Bidragshantering",
         "Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler", "Föreningskonsulent",
         [("T1", "+", "Stickprov 15 utbetalningar, utan anmärkning."),
          ("T2", "–", "Ett aktivitetsbidrag betalades ut dubbelt i maj, beloppet har återbetalats.")],
         "GENOMFORD", "ja"),
        (kfn, "KFN-IK-02", "Kontanthantering",
         "Kassahantering i simhallen – dagskassor stäms av mot kassarapport", "Badchef",
         [("T1", "+", ""), ("T2", "+", "")], "GENOMFORD", "nej"),
        (kfn, "KFN-IK-03", "Fakturering",
         "Uthyrning av lokaler faktureras enligt taxa", "Administratör",
         [("T1", "", ""), ("T2", "", "Påbörjad, 30 av 80 bokningar kontrollerade mot fakturor.")],
         "DELVIS", ""),
        (kfn, "KFN-IK-04", "Anläggningstillgångar",
         "Inventering av utrustning och konst i kommunens ägo", "Kulturchef",
         [("T1", "", ""), ("T2", "0", "Skjuts till hösten p.g.a. flytt av konstdepån.")],
         "EJ_GENOMFORD", ""),
        (kfn, "KFN-IK-05", "Personal",
         "Utdrag ur belastningsregistret för ledare i sommarlovsverksamhet", "Fritidschef",
         [("T1", "", ""), ("T2", "+", "Samtliga 41 sommarledare kontrollerade.")], "GENOMFORD", "nej"),
        (sbn, "SBN-IK-01", "Myndighetsutövning",
         "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef",
         [("T1", "–", "4 av 38 ärenden över 10 veckor."),
          ("T2", "–", "7 av 61 ärenden överskred 10 veckor; avgiften har reducerats enligt PBL.")],
         "GENOMFORD", "ja"),
        (sbn, "SBN-IK-02", "Avgifter",
         "Debitering av bygglovsavgifter enligt taxa", "Bygglovschef",
         [("T1", "+", ""), ("T2", "+", "Stickprov 20 beslut, korrekt debiterade.")], "GENOMFORD", "nej"),
        (sbn, "SBN-IK-03", "Delegation",
         "Delegationsbeslut anmäls till nämnd", "Nämndsekreterare",
         [("T1", "", ""), ("T2", "+", "")], "GENOMFORD", "nej"),
        (sbn, "SBN-IK-04", "Fakturering",
         "Kontroll av att lantmäteriförrättningar faktureras", "Ekonom",
         [("T1", "", ""),
          ("T2", "", "Utgår – den kommunala lantmäterimyndigheten är avvecklad sedan 2025-01-01.")],
         "UTGAR", ""),
        (sbn, "SBN-IK-05", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         [("T1", "+", "Inga avvikelser."), ("T2", "0", "Ej utförd under T2 på grund av semesterperioden.")],
         "EJ_GENOMFORD", ""),
        (sbn, "SBN-IK-06", "Tillsyn",
         "Uppföljning av förelägganden enligt PBL", "Byggnadsinspektör",
         [("T1", "", ""), ("T2", "", "")], "SAKNAS", ""),
    ]
    lines = [
        ["Rapport", "Uppföljning internkontrollplan 2025"],
        ["Organisation", "Kustby kommun (urval: KFN, SBN)"],
        ["Period", "Tertial 1–2 2025"],
        ["Utskriven", "2025-09-04 14:22", "av", "ekonomienheten"],
        ["Teckenförklaring", "+ = Kontroll utförd utan anmärkning", "– = Kontroll utförd, avvikelse konstaterad",
         "0 = Kontroll ej utförd", "(tom) = ej rapporterat"],
        [],
        ["Organisation", "Id", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"],
    ]
    for namnd, cid, proc, km, ans, periods, st, avv in ctrls:
        for per, s, kom in periods:
            lines.append([org[namnd], cid, proc, km, ans, per + " 2025", s, kom])
        EXPECTED.append((fil, namnd, km, st, avv))
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", kfn, YEAR, "T2"))
    FILES.append((fil, "INLAST", sbn, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - xls (via LibreOffice), arrows ↑ → ↓ with legend below the table,
#    a 2024 result column beside the T2 2025 column, fills.
# ---------------------------------------------------------------------------
def build_tn(tmpdir):
    fil = "Tekniska nämnden IK T2 2025.xls"
    namnd = "Tekniska nämnden"
    # (process, km, ansvarig, planerad, 2024, t2, kommentar, status, avv)
    rows = [
        ("Fastighet", "Felanmälningar åtgärdas inom avtalad tid", "Fastighetschef", "Löpande", "↑", "→",
         "Mätning pågår, systemdata för jan–jun visar 87 % inom avtalad tid. Juli–aug tas fram i september.",
         "DELVIS", ""),
        ("Fastighet", "Lagstadgade besiktningar (hiss, brandlarm, OVK) genomförs i tid", "Fastighetschef",
         "Mars, juni", "↓", "↑",
         "Samtliga besiktningar genomförda. OVK på Strandskolan fick anmärkning som nu är åtgärdad.",
         "GENOMFORD", "ja"),
        ("Gata/park", "Skötselavtal för grönytor följs upp mot entreprenör", "Parkingenjör", "Maj–aug", "↑", "↑",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av lekplatser enligt SS-EN 1176", "Parkingenjör", "Juni", "↑", "",
         "", "SAKNAS", ""),
        ("Vatten och avlopp", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "Löpande", "↑", "↑",
         "Samtliga prover tagna. Ett prov i Norrvik visade förhöjd halt koliforma bakterier; "
         "kokningsrekommendation i 3 dygn.", "GENOMFORD", "ja"),
        ("Vatten och avlopp", "Avläsning och fakturering av vattenmätare", "VA-chef", "April, augusti", "→", "↓",
         "Ej genomförd – nytt kundsystem driftsätts i oktober.", "EJ_GENOMFORD", ""),
        ("Måltid", "Egenkontroll livsmedel i tillagningskök", "Kostchef", "Tertialvis", "↑", "↑",
         "", "GENOMFORD", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs och kontrolleras", "Fordonssamordnare", "Tertialvis",
         "↑", "Utgår", "Ersatt av GPS-baserad körjournal fr.o.m. mars 2025 (TN 2025-02-26 § 18).",
         "UTGAR", ""),
        ("Upphandling", "Avrop från ramavtal för entreprenader följer avtalsvillkor", "Teknisk chef", "Aug",
         "", "→", "Granskat 5 av 12 avrop, hittills utan anmärkning.", "DELVIS", "nej"),
    ]
    fills = {"↑": "C6EFCE", "→": "FFEB9C", "↓": "FFC7CE", "Utgår": "D9D9D9"}
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – tertial 2 (status per 31 augusti)"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Kolumnen 2024 visar utfallet vid helårsuppföljningen 2024 för kontroller som även fanns i förra årets plan."
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Process", "Kontrollmoment", "Kontrollansvarig", "Planerad tidpunkt", "Utfall 2024",
             "Status T2 2025", "Kommentar"]
    hr = 5
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = thin_border()
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = hr + 1
    for proc, km, ans, plan, y24, t2, kom, status, avv in rows:
        vals = [proc, km, ans, plan, y24, t2, kom]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = thin_border()
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (5, 6) else None)
            if c in (5, 6) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
            if c in (5, 6):
                cell.font = Font(size=12, bold=True)
        EXPECTED.append((fil, namnd, km, status, avv))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True)
    leg = [("↑", "Genomförd"), ("→", "Pågår / delvis genomförd"), ("↓", "Ej genomförd / försenad")]
    for i, (s, t) in enumerate(leg, start=1):
        c1 = ws.cell(row=r + i, column=1, value=s)
        c1.fill = PatternFill("solid", fgColor=fills[s])
        c1.alignment = Alignment(horizontal="center")
        ws.cell(row=r + i, column=2, value=t)
    r += len(leg) + 2
    ws.cell(row=r, column=1, value="Teknisk chef: Mats Holm        Datum: 2025-09-11")
    for k, v in {"A": 16, "B": 46, "C": 18, "D": 14, "E": 10, "F": 12, "G": 60}.items():
        ws.column_dimensions[k].width = v
    src = os.path.join(tmpdir, "Tekniska nämnden IK T2 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, fil), out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 7. Kustby Hamn AB - .doc (via LibreOffice), text only, ✔ / ✘ before each control
# ---------------------------------------------------------------------------
def build_hamn(tmpdir):
    fil = "Kustby Hamn AB - rapport intern kontroll T2 2025.doc"
    namnd = "Kustby Hamn AB"
    items = [
        ("✔", "Hamnavgifter faktureras enligt fastställd taxa",
         "Stickprov på 20 fartygsanlöp under perioden. Samtliga var korrekt fakturerade.",
         "GENOMFORD", "nej"),
        ("✔", "Attest av leverantörsfakturor enligt attestordningen",
         "Kontrollen genomförd. En faktura attesterades av VD utan kontrasignering av styrelsens ordförande. "
         "Avvikelsen har rapporterats till styrelsen.", "GENOMFORD", "ja"),
        ("✘", "Tillträdeskontroll till hamnområdet enligt ISPS-koden",
         "Kontrollen har inte genomförts under perioden på grund av byte av passersystem. Genomförs i oktober.",
         "EJ_GENOMFORD", ""),
        ("✘", "Uppföljning av arrendeavtal för sjöbodar",
         "Utgår enligt styrelsebeslut 2025-05-20 § 14; arrendeavtalen har överlåtits till kommunen.",
         "UTGAR", ""),
        ("✔", "Avstämning av bankkonton månadsvis",
         "Genomförd för januari–juli utan differenser. Augusti stäms av i samband med månadsbokslutet i september.",
         "GENOMFORD", "nej"),
        ("", "Miljörapportering till tillsynsmyndigheten enligt hamnens miljötillstånd",
         "Pågår. Miljörapporten för 2024 är inlämnad; halvårsrapporten 2025 är under framtagande.",
         "DELVIS", ""),
    ]
    d = docx.Document()
    fix_docx_props(d, "Kustby Hamn AB")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("KUSTBY HAMN AB")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    d.add_paragraph("Org.nr 556xxx-xxxx · Hamngatan 2, 456 30 Kustby")
    d.add_paragraph()
    d.add_paragraph("Till: Styrelsen för Kustby Hamn AB\nKopia: Kommunstyrelsen, Kustby kommun")
    d.add_heading("Rapport om intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph(
        "Styrelsen fastställde bolagets plan för intern kontroll 2025 vid sammanträdet den 11 februari 2025. "
        "Nedan redovisas utfallet av kontrollerna för perioden januari–augusti 2025. Enligt ägardirektivet "
        "rapporteras resultatet även till kommunstyrelsen i samband med kommunens delårsrapport.")
    d.add_heading("Kontrollernas utfall", level=2)
    for sym, km, res, status, avv in items:
        p = d.add_paragraph()
        if sym:
            rr = p.add_run(sym + "  ")
            rr.font.size = Pt(13)
            rr.font.color.rgb = RGBColor(0x00, 0x80, 0x00) if sym == "✔" else RGBColor(0xC0, 0x00, 0x00)
        rk = p.add_run(km)
        rk.bold = True
        p2 = d.add_paragraph(res)
        p2.paragraph_format.left_indent = Cm(0.8)
        EXPECTED.append((fil, namnd, km, status, avv))
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "VD bedömer att bolagets interna kontroll i allt väsentligt fungerar. Kontrollen av tillträde till "
        "hamnområdet genomförs när det nya passersystemet är i drift.")
    d.add_paragraph()
    d.add_paragraph("Kustby den 5 september 2025")
    d.add_paragraph("Lena Åberg\nVerkställande direktör")
    src = os.path.join(tmpdir, "Kustby Hamn AB - rapport intern kontroll T2 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, fil), out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 8. Miljö- och hälsoskyddsnämnden - xlsx, stars; legend only in a cell comment on the
#    status header; nämnd only in the file name (MHN), sheet name and print header.
# ---------------------------------------------------------------------------
def build_mhn():
    fil = "MHN IK 2025 T2.xlsx"
    namnd = "Miljö- och hälsoskyddsnämnden"
    rows = [
        ("1", "Tillsynsavgifter debiteras enligt taxa och beslut", "Stickprov 25 ärenden",
         "Miljöchef", "★★★", "Kontroll av 25 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("2", "Handläggning av klagomål påbörjas inom två veckor", "Uttag ur ärendesystemet",
         "Enhetschef", "★★☆", "3 av 18 klagomål påbörjades efter mer än två veckor.", "GENOMFORD", "ja"),
        ("3", "Jävsdeklarationer för inspektörer är uppdaterade", "Genomgång av samtliga deklarationer",
         "Miljöchef", "★★★", "", "GENOMFORD", "nej"),
        ("4", "Offentlig kontroll livsmedel genomförs enligt kontrollplan", "Utfall mot kontrollplan",
         "Livsmedelsinspektör", "★☆☆", "52 % av planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""),
        ("5", "Delegationsbeslut anmäls till nämnden", "Jämförelse beslut – anmälningslistor",
         "Nämndsekreterare", "☆☆☆", "", "EJ_GENOMFORD", ""),
        ("6", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Stickprov 30 handlingar",
         "Registrator", "", "Se separat rapport till nämnden 2025-09-17.", "OKLAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "MHN T2"
    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Miljökontoret, per 2025-08-31"
    heads = ["Nr", "Kontrollmoment", "Hur kontrolleras", "Ansvarig", "Status ★", "Kommentar"]
    hr = 4
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = thin_border()
    cm = Comment("Status:\n★★★ = Genomförd utan anmärkning\n★★☆ = Genomförd med anmärkning\n"
                 "★☆☆ = Påbörjad\n☆☆☆ = Ej påbörjad", "Miljöchef")
    cm.width = 260
    cm.height = 110
    ws.cell(row=hr, column=5).comment = cm
    r = hr + 1
    for nr, km, hur, ans, stars, kom, status, avv in rows:
        for c, v in enumerate([nr, km, hur, ans, stars, kom], start=1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = thin_border()
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c == 5:
                cell.font = Font(color="BF8F00", size=12)
        EXPECTED.append((fil, namnd, km, status, avv))
        r += 1
    for k, v in {"A": 5, "B": 48, "C": 30, "D": 20, "E": 10, "F": 50}.items():
        ws.column_dimensions[k].width = v
    ws.oddHeader.left.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 9. REJECT - covering letter (missiv) from Överförmyndarnämnden, no follow-up in it
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Missiv ÖFN intern kontroll T2 2025.docx"
    d = docx.Document()
    fix_docx_props(d, "Överförmyndarenheten")
    d.add_paragraph("Kustby kommun\nÖverförmyndarnämnden")
    d.add_paragraph("2025-09-03\nDnr ÖFN 2025/17")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Angående uppföljning av intern kontroll tertial 2 2025", level=1)
    d.add_paragraph(
        "Överförmyndarnämnden har tagit emot ekonomienhetens begäran om uppföljning av internkontrollplanen "
        "per tertial 2. Nämndens internkontrollplan för 2025 omfattar två granskningar – granskning av "
        "årsräkningar och kontroll av ställföreträdares arvoden – som båda genomförs under hösten i samband "
        "med granskningssäsongen.")
    d.add_paragraph(
        "Nämnden lämnar därför ingen separat uppföljning för tertial 2. Resultatet av kontrollerna redovisas "
        "i helårsuppföljningen som lämnas senast den 31 januari 2026.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning\n\nJohan Nyström\nEnhetschef, Överförmyndarenheten")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Bygg- och planenheten"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddskontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Kustby Hamn AB", "Hamnbolaget|KHAB|Kustby hamn"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r197_")
    try:
        build_ks()
        build_bun()
        build_sn()
        build_von()
        build_csv_export()
        build_tn(tmpdir)
        build_hamn(tmpdir)
        build_mhn()
        build_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
