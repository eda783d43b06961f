#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 106 – Vindelsjö kommun, delår per 31 augusti 2025.
Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TextProperties, TableColumnProperties, TableCellProperties,
                       ParagraphProperties, TableProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round106"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def expect(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ---------------------------------------------------------------------------
# A. Kommunstyrelsen – month grid with ✓ / ! / ✗ / ○ (.xlsx), legend under the table
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppföljning_jan-aug_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Vindelsjö kommun"
    ws["A1"].font = Font(size=9, color="666666")
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Underlag till delårsrapport per 31 augusti 2025. Sammanställt av Kommunledningskontoret, ekonomienheten."
    ws["A3"].font = Font(italic=True)
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    head = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig"] + months + ["Kommentar"]
    hr = 5
    for i, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    # sub-title above month columns
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=17)
    ws.cell(row=4, column=6, value="Utförda kontroller per månad 2025").alignment = Alignment(horizontal="center")
    ws.cell(row=4, column=6).font = Font(bold=True)

    V, A, X, O = "✓", "!", "✗", "○"
    # months Jan..Aug given, Sep..Dec blank (not yet)
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor – stickprov 20 fakturor per månad mot gällande attestordning",
         "Månadsvis", "Redovisningsansvarig", [V, V, V, V, V, V, V, V], "",
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Avstämning av kundreskontra mot huvudbok",
         "Månadsvis", "Ekonom", [V, V, V, V, V, A, V, V],
         "Juni: differens 12 tkr mellan reskontra och huvudbok (felaktig periodisering), rättad i juli.",
         "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Representation – kontroll att syfte och deltagare anges på underlaget",
         "Kvartalsvis", "Controller", [O, O, V, O, O, A, O, O],
         "Jun: 3 av 15 underlag saknade deltagarförteckning, kompletterat.",
         "GENOMFORD", "ja"),
        ("4", "Lön", "Löneutbetalningar – nyanställda och avslutade kontrolleras mot HR-beslut",
         "Månadsvis", "Lönechef", [V, V, V, V, V, V, X, X],
         "Jul–aug ej utförd p.g.a. semester och vakant tjänst som lönespecialist. Tas igen i september.",
         "DELVIS", "nej"),
        ("5", "IT", "IT-behörigheter i ekonomisystemet – aktiva användare stäms av mot anställningslista",
         "Tertialvis", "Systemförvaltare", [O, O, O, V, O, O, O, A],
         "Aug: 4 konton för avslutade anställningar var aktiva, stängda 2025-08-22.",
         "GENOMFORD", "ja"),
        ("6", "Upphandling", "Avtalstrohet – stickprov av 10 inköp över 50 tkr mot avtalsdatabasen",
         "Kvartalsvis", "Upphandlare", [O, O, X, O, O, X, O, O],
         "Upphandlartjänsten vakant sedan februari.",
         "EJ_GENOMFORD", "nej"),
        ("7", "Dataskydd", "Registerförteckningen enligt dataskyddsförordningen är uppdaterad",
         "Årligen (okt)", "Dataskyddssamordnare", [O, O, O, O, O, O, O, O], "",
         "SAKNAS", "nej"),
        ("8", "Delegation", "Delegationsbeslut – samtliga beslut i ärendesystemet har anmälts till KS",
         "Inför varje KS-sammanträde", "Kommunsekreterare", [O, V, V, V, V, V, O, V], "",
         "GENOMFORD", "nej"),
        ("9", "Kontanthantering", "Handkassor – oanmäld inventering av samtliga handkassor",
         "Halvårsvis", "Ekonomichef", [O, O, O, O, O, "?", O, O], "",
         "OKLAR", "nej"),
    ]
    fills = {V: "C6EFCE", A: "FFEB9C", X: "FFC7CE"}
    r = hr + 1
    for nr, proc, km, frek, ansv, marks, kom, st, av in rows:
        vals = [nr, proc, km, frek, ansv] + marks + ["", "", "", ""] + [kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True,
                                    horizontal="center" if 6 <= i <= 17 else None)
            if 6 <= i <= 17 and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        ws.row_dimensions[r].height = 45
        expect(fil, namnd, km, st, av)
        r += 1
    # count row (not a control)
    ws.cell(row=r, column=3, value="Antal utförda kontroller").font = Font(bold=True)
    for m in range(8):
        col = 6 + m
        n = sum(1 for row in rows if row[5][m] in (V, A))
        c = ws.cell(row=r, column=col, value=n)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
    r += 2
    ws.cell(row=r, column=2, value="Teckenförklaring").font = Font(bold=True)
    legend = [
        (V, "Kontroll utförd utan anmärkning"),
        (A, "Kontroll utförd – avvikelse noterad (se kommentar)"),
        (X, "Kontroll ej utförd"),
        (O, "Ingen kontroll planerad denna månad"),
    ]
    for sym, txt in legend:
        r += 1
        c = ws.cell(row=r, column=2, value=sym)
        c.alignment = Alignment(horizontal="center")
        if sym in fills:
            c.fill = PatternFill("solid", fgColor=fills[sym])
        ws.cell(row=r, column=3, value=txt)
    r += 2
    ws.cell(row=r, column=2, value="Tomma rutor sep–dec fylls i vid helårsuppföljningen.").font = Font(italic=True, size=9)
    widths = {"A": 5, "B": 15, "C": 48, "D": 14, "E": 18, "R": 50}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    for col in range(6, 18):
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = 5
    ws.freeze_panes = "F6"
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "Karin Holm"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# ODS helpers
# ---------------------------------------------------------------------------
class OdsBuilder:
    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        self.bold = Style(name="fetstil", family="table-cell")
        self.bold.addElement(TextProperties(fontweight="bold"))
        self.doc.automaticstyles.addElement(self.bold)
        self.title = Style(name="rubrik", family="table-cell")
        self.title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
        self.doc.automaticstyles.addElement(self.title)
        self.head = Style(name="huvud", family="table-cell")
        self.head.addElement(TextProperties(fontweight="bold"))
        self.head.addElement(TableCellProperties(backgroundcolor="#D9E1F2", border="0.5pt solid #000000",
                                                 wrapoption="wrap"))
        self.doc.automaticstyles.addElement(self.head)
        self.cellst = Style(name="ruta", family="table-cell")
        self.cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                                   verticalalign="top"))
        self.doc.automaticstyles.addElement(self.cellst)
        self.sect = Style(name="avsnitt", family="table-cell")
        self.sect.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
        self.sect.addElement(TableCellProperties(backgroundcolor="#F2F2F2", border="0.5pt solid #000000"))
        self.doc.automaticstyles.addElement(self.sect)
        self._colstyles = {}

    def colstyle(self, width):
        if width not in self._colstyles:
            s = Style(name="kol%d" % (len(self._colstyles) + 1), family="table-column")
            s.addElement(TableColumnProperties(columnwidth=width))
            self.doc.automaticstyles.addElement(s)
            self._colstyles[width] = s
        return self._colstyles[width]

    def table(self, name, widths):
        t = Table(name=name)
        for w in widths:
            t.addElement(TableColumn(stylename=self.colstyle(w)))
        self.doc.spreadsheet.addElement(t)
        return t

    @staticmethod
    def cell(value, style=None, span=1, number=False):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span > 1:
            kw["numbercolumnsspanned"] = span
        if value is None or value == "":
            return TableCell(**kw)
        if number:
            c = TableCell(valuetype="float", value=value, **kw)
        else:
            c = TableCell(valuetype="string", **kw)
        for line in str(value).split("\n"):
            c.addElement(P(text=line))
        return c

    def row(self, table, cells):
        """cells: list of (value, style, span, number)"""
        tr = TableRow()
        for spec in cells:
            if not isinstance(spec, tuple):
                spec = (spec,)
            defaults = [None, None, 1, False]
            value, style, span, number = list(spec) + defaults[len(spec):]
            tr.addElement(self.cell(value, style, span or 1, number))
            for _ in range((span or 1) - 1):
                tr.addElement(CoveredTableCell())
        table.addElement(tr)


# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden – 1/2/3 codes per period, legend in separate sheet (.ods)
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN internkontroll uppföljning delår 2025.ods"
    namnd = "Barn- och utbildningsnämnden"
    ob = OdsBuilder()
    t = ob.table("Uppföljning", ["1.0cm", "3.2cm", "7.5cm", "5.0cm", "0.8cm", "0.8cm", "1.0cm",
                                 "1.4cm", "1.4cm", "1.4cm", "8.0cm"])
    ob.row(t, [("Barn- och utbildningsnämnden", ob.title, 6)])
    ob.row(t, [("Internkontrollplan 2025 – uppföljning", ob.bold, 6)])
    ob.row(t, [("Uppföljningstillfälle: Delår (jan–aug)", None, 4), ("", None, 3),
               ("Datum: 2025-09-08", None, 3)])
    ob.row(t, [("Statuskoder och riskskala: se flik Förklaring", None, 6)])
    ob.row(t, [])
    ob.row(t, [("", ob.head, 4), ("Riskbedömning", ob.head, 3), ("Status", ob.head, 3), ("", ob.head)])
    ob.row(t, [(h, ob.head) for h in ["Nr", "Process", "Kontrollmoment", "Kontrollmetod",
                                       "S", "K", "RV", "T1", "Delår", "Helår", "Kommentar"]])
    data = [
        ("1. Ekonomi", None),
        ("1.1", "Ekonomi", "Attestordningen följs", "Stickprov 25 fakturor per tertial",
         2, 3, "1", "1", "", "", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Skolskjutsfakturor stäms av mot beställda resor", "Avstämning varje månad",
         3, 2, "2", "1", "",
         "T1: två fakturor med fel antal resor, kreditering begärd. Delår: inga fel.",
         "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Interkommunal ersättning – fakturering av elever från andra kommuner",
         "Kontroll att samtliga elever fakturerats", 2, 3, "", "3", "",
         "Fakturering för vt 2025 har inte skickats, görs i september.",
         "EJ_GENOMFORD", "nej"),
        ("2. Personal", None),
        ("2.1", "Personal", "Utdrag ur belastningsregistret har kontrollerats vid nyanställning",
         "Genomgång av samtliga nyanställda", 2, 4, "1", "2", "",
         "3 av 40 nyanställda saknade dokumenterad kontroll, rektorer påminda.",
         "GENOMFORD", "ja"),
        ("2.2", "Personal", "Timanställdas tidrapporter attesteras av rektor före lönekörning",
         "Stickprov 3 skolor", 3, 2, "P", "P", "",
         "Pågår – två av tre skolor kontrollerade.", "DELVIS", "nej"),
        ("3. Verksamhet", None),
        ("3.1", "Verksamhet", "Kränkande behandling anmäls till huvudman inom 5 dagar",
         "Genomgång av anmälningar i DF Respons", 3, 3, "1", "X", "", "",
         "OKLAR", "nej"),
        ("3.2", "Verksamhet", "Skolplikt – uppföljning av elever med hög frånvaro",
         "Kontroll en gång per termin", 2, 4, "1", "", "",
         "Kontrolleras en gång per termin, vt klar.", "GENOMFORD", "nej"),
        ("3.3", "Verksamhet", "Modersmålsundervisning – beslut finns för samtliga elever",
         "Stickprov 10 elever", 1, 2, "U", "U", "",
         "Utgår enligt beslut BUN 2025-03-12 § 31.", "UTGAR", "nej"),
        ("4. Informationssäkerhet", None),
        ("4.1", "Informationssäkerhet", "Behörigheter i elevdokumentationssystemet IST gås igenom",
         "Genomgång av behörighetslista", 2, 3, "", "", "", "", "SAKNAS", "nej"),
        ("4.2", "Informationssäkerhet", "Personuppgiftsincidenter rapporteras till IMY inom 72 timmar",
         "Genomgång av incidentloggen", 1, 4, "1", "1", "", "", "GENOMFORD", "nej"),
    ]
    for d in data:
        if d[1] is None:
            ob.row(t, [(d[0], ob.sect, 11)])
            continue
        nr, proc, km, met, s, k, t1, dl, hl, kom, st, av = d
        ob.row(t, [(nr, ob.cellst), (proc, ob.cellst), (km, ob.cellst), (met, ob.cellst),
                   (s, ob.cellst, 1, True), (k, ob.cellst, 1, True), (s * k, ob.cellst, 1, True),
                   (t1, ob.cellst), (dl, ob.cellst), (hl, ob.cellst), (kom, ob.cellst)])
        expect(fil, namnd, km, st, av)
    ob.row(t, [])
    ob.row(t, [("", None, 2), ("Behandlas i nämnden 2025-09-24", None, 3)])

    t2 = ob.table("Förklaring", ["3.0cm", "12cm"])
    ob.row(t2, [("Förklaringar", ob.title, 2)])
    ob.row(t2, [])
    ob.row(t2, [("Riskbedömning", ob.bold, 2)])
    ob.row(t2, [("S", None), ("Sannolikhet, 1 (osannolik) – 4 (mycket sannolik)", None)])
    ob.row(t2, [("K", None), ("Konsekvens, 1 (försumbar) – 4 (allvarlig)", None)])
    ob.row(t2, [("RV", None), ("Riskvärde = S × K", None)])
    ob.row(t2, [])
    ob.row(t2, [("Status (T1, Delår, Helår)", ob.bold, 2)])
    ob.row(t2, [("1", None), ("Kontrollen genomförd – inga avvikelser", None)])
    ob.row(t2, [("2", None), ("Kontrollen genomförd – avvikelser noterade (beskriv i kommentar)", None)])
    ob.row(t2, [("3", None), ("Kontrollen ej genomförd", None)])
    ob.row(t2, [("P", None), ("Kontrollen påbörjad, pågår", None)])
    ob.row(t2, [("U", None), ("Kontrollmomentet utgår (ange beslut i kommentar)", None)])
    ob.doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# C. Socialnämnden – Word table with ☒/☐ boxes (.docx)
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_sn():
    fil = "SN Uppföljning internkontrollplan 2025-08-31.docx"
    namnd = "Socialnämnden"
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "VINDELSJÖ KOMMUN\tSocialförvaltningen\tDnr SN 2025/112"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = doc.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Socialnämnden\n")
    p.add_run("Uppföljningsperiod: ").bold = True
    p.add_run("1 januari – 31 augusti 2025 (delår)")
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Nedan redovisas status för "
        "respektive kontrollmoment per den 31 augusti. Markera med kryss i den ruta som stämmer. "
        "Avvikelser ska beskrivas i kommentarsfältet tillsammans med vidtagen åtgärd.")
    cols = ["Kontrollmoment", "Kontrollant", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]
    ON, OFF = "☒", "☐"
    rows = [
        ("Myndighetsutövning",),
        ("Beslut enligt LSS verkställs inom tre månader – genomgång av ej verkställda beslut",
         "Enhetschef LSS", (ON, OFF, OFF), "Ja",
         "Två beslut om bostad med särskild service ej verkställda inom tre månader, rapporterade till IVO.",
         "GENOMFORD", "ja"),
        ("Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Enhetschef barn och familj", (OFF, ON, OFF), "Nej",
         "Stickprov gjort för januari–maj, återstår juni–augusti.", "DELVIS", "nej"),
        ("Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Nämndsekreterare", (ON, OFF, OFF), "Nej", "", "GENOMFORD", "nej"),
        ("Lex Sarah – rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Kvalitetsstrateg", (ON, OFF, OFF), "Nej", "Fyra rapporter, samtliga utredda i tid.",
         "GENOMFORD", "nej"),
        ("Ekonomi",),
        ("Ekonomiskt bistånd – dubbelattest vid utbetalning över 15 000 kr",
         "Ekonom IFO", (ON, OFF, ON), "", "", "OKLAR", "nej"),
        ("Fakturor för externa placeringar (HVB, familjehem) stäms av mot beslut",
         "Controller", (OFF, OFF, OFF), "",
         "Kontrollen har inte genomförts på grund av vakant controllertjänst.", "EJ_GENOMFORD", "nej"),
        ("Brukarmedel på särskilt boende – inventering av kassor varje kvartal",
         "Enhetschefer SÄBO", (ON, OFF, OFF), "Ja",
         "Differens 340 kr på Björkgården, åtgärdat och rutinen genomgången med personalen.",
         "GENOMFORD", "ja"),
        ("Avgifter inom äldreomsorgen – avgiftsbeslut kontrolleras mot maxtaxan",
         "Avgiftshandläggare", (OFF, OFF, ON), "Nej", "Planeras hösten 2025.", "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet",),
        ("Loggkontroll i verksamhetssystemet – slumpvis kontroll av 10 användare per månad",
         "Systemförvaltare", (OFF, ON, OFF), "Nej", "Utförd mars–juni, ej under semesterperioden.",
         "DELVIS", "nej"),
        ("Nyanställda har undertecknat tystnadsförbindelse",
         "Enhetschefer", (OFF, OFF, OFF), "",
         "Kontrollmomentet utgår – ingår från 2025 i HR-avdelningens centrala kontroll (KS 2025-02-04 § 19).",
         "UTGAR", "nej"),
    ]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for i, h in enumerate(cols):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.size = Pt(9)
        shade(c, "D9D9D9")
    for r in rows:
        cells = table.add_row().cells
        if len(r) == 1:
            m = cells[0].merge(cells[-1])
            m.text = ""
            run = m.paragraphs[0].add_run(r[0])
            run.bold = True
            shade(m, "EDEDED")
            continue
        km, who, boxes, avv_txt, kom, st, av = r
        vals = [km, who] + list(boxes) + [avv_txt, kom]
        for i, v in enumerate(vals):
            cells[i].text = ""
            para = cells[i].paragraphs[0]
            run = para.add_run(v)
            run.font.size = Pt(9) if i not in (2, 3, 4) else Pt(12)
            if i in (2, 3, 4):
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        expect(fil, namnd, km, st, av)
    widths = [Cm(7.5), Cm(3.2), Cm(1.9), Cm(1.6), Cm(1.9), Cm(1.8), Cm(7.5)]
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. "
                      "Kontrollen av placeringsfakturor prioriteras under hösten.")
    doc.add_paragraph("Vindelsjö 2025-09-10")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.core_properties.author = "Anna Lindqvist"
    doc.core_properties.title = "Uppföljning IKP 2025 delår"
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# D. Samhällsbyggnadsnämnden – letter codes, legend in a cell note, 2024 column (.xls via soffice)
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def file_sbn():
    fil = "SBN_IKP2025_uppf.xls"
    namnd = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "SAMHÄLLSBYGGNADSFÖRVALTNINGEN"
    ws["A1"].font = Font(bold=True, size=9)
    ws["A2"] = "Uppföljning internkontrollplan – Samhällsbyggnadsnämnden"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "År: 2025"
    ws["C3"] = "Period: Delår (t.o.m. 31/8)"
    head = ["Id", "Område", "Kontrollmoment", "Kontrollansvarig", "Utfall 2024",
            "Status delår 2025", "Avvikelse (X)", "Åtgärd / kommentar"]
    hr = 5
    for i, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    note = Comment("Statuskoder:\nG = Genomförd\nD = Delvis genomförd / pågår\nE = Ej genomförd\nU = Utgår", "Per Sjöberg")
    note.width = 220
    note.height = 110
    ws.cell(row=hr, column=6).comment = note
    ws.cell(row=hr, column=5).comment = Comment("Från helårsuppföljningen 2024 (SBN 2025-02-11 § 12)", "Per Sjöberg")
    rows = [
        ("SBN-1", "Bygglov", "Bygglov – handläggningstid inom 10 veckor, stickprov 15 ärenden",
         "Bygglovschef", "G", "D", "", "Stickprov gjort för 8 ärenden, resterande i september.",
         "DELVIS", "nej"),
        ("SBN-2", "Bygglov", "Debitering av bygglovsavgifter enligt gällande taxa",
         "Bygglovschef", "E", "G", "X", "Två ärenden debiterade enligt fel taxa, korrigerat.",
         "GENOMFORD", "ja"),
        ("SBN-3", "Bygglov", "Delegationsbeslut inom bygglov anmäls till nämnden",
         "Nämndsekreterare", "G", "g", "", "", "GENOMFORD", "nej"),
        ("SBN-4", "Mark och exploatering", "Arrendeavtal – indexuppräkning har fakturerats",
         "Mark- och exploateringsingenjör", "G", "G", "", "", "GENOMFORD", "nej"),
        ("SBN-5", "Mark och exploatering", "Detaljplaner – planavtal tecknat innan planarbete påbörjas",
         "Planchef", "D", "", "", "", "SAKNAS", "nej"),
        ("SBN-6", "Ekonomi", "Investeringsprojekt – slutredovisning inom sex månader efter färdigställande",
         "Controller", "–", "U", "", "Utgår 2025, inga projekt avslutade under året.", "UTGAR", "nej"),
        ("SBN-7", "Ekonomi", "Bostadsanpassningsbidrag – beslut och utbetalning överensstämmer",
         "Handläggare BAB", "G", "E", "", "Har ej hunnits med.", "EJ_GENOMFORD", "nej"),
        ("SBN-8", "Ekonomi", "Förtroendekänsliga poster (representation, resor, kurser) granskas",
         "Controller", "G", "Se bilaga 2", "", "", "OKLAR", "nej"),
        ("SBN-9", "IT", "Behörigheter i GIS-systemet gås igenom två gånger per år",
         "GIS-samordnare", "", "G", "X", "Två konsulter hade kvar behörighet efter avslutat uppdrag, borttaget.",
         "GENOMFORD", "ja"),
    ]
    r = hr + 1
    for d in rows:
        for i, v in enumerate(d[:8], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (5, 6, 7) else None)
        ws.row_dimensions[r].height = 32
        expect(fil, namnd, d[2], d[8], d[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Bilaga 2 redovisas separat till nämnden.").font = Font(italic=True, size=9)
    for k, w in {"A": 8, "B": 20, "C": 52, "D": 24, "E": 10, "F": 12, "G": 11, "H": 55}.items():
        ws.column_dimensions[k].width = w
    wb.properties.creator = "Per Sjöberg"
    tmp = tempfile.mkdtemp(prefix="r106_")
    try:
        src = os.path.join(tmp, "SBN_IKP2025_uppf.xlsx")
        wb.save(src)
        soffice_convert(src, "xls", tmp)
        shutil.copy(os.path.join(tmp, "SBN_IKP2025_uppf.xls"), os.path.join(OUT, fil))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# E. Export from the governance system – two nämnder, quarter columns with codes (.xlsx)
# ---------------------------------------------------------------------------
def file_export():
    fil = "IK_rapport_kvartal_2025-09-04.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll – uppföljning per kvartal"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Urval: Kultur- och fritidsnämnden, Tekniska nämnden | Planår: 2025 | Uppföljning: Delår 2025-08-31"
    ws["A3"] = "Utskriven 2025-09-04 09:12 av maria.ek | K3 avser t.o.m. 31 augusti"
    ws["A3"].font = Font(size=8, color="7F7F7F")
    head = ["Organisation", "Process", "Kontrollmoment", "Frekvens", "K1", "K2", "K3", "K4", "Senaste kommentar"]
    hr = 5
    for i, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BFBFBF")
        c.border = BOX
    fills = {"OK": "92D050", "AVV": "FFFF00", "PÅG": "9BC2E6", "EJ": "FF5050", "N/A": "D9D9D9"}
    data = [
        ("Kultur- och fritidsnämnden", [
            ("Bidrag", "Föreningsbidrag – underlag (medlemsförteckning, verksamhetsberättelse) finns före utbetalning",
             "Årlig", "", "AVV", "", "",
             "3 föreningar saknade revisionsberättelse, utbetalning stoppad tills underlag kommit in.",
             "GENOMFORD", "ja"),
            ("Kontanthantering", "Dagskassa i simhallen stäms av mot kassarapport",
             "Månadsvis", "OK", "OK", "OK", "", "", "GENOMFORD", "nej"),
            ("Bidrag", "Bidrag till studieförbund utbetalas enligt beslut",
             "Årlig", "", "N/A", "", "",
             "Från 2025 hanteras studieförbundsbidraget av regionen.", "UTGAR", "nej"),
            ("Intäkter", "Lokaluthyrning – samtliga bokningar i bokningssystemet har fakturerats",
             "Kvartalsvis", "PÅG", "OK", "", "", "", "GENOMFORD", "nej"),
            ("Tillgångar", "Inventering av bibliotekets datorer och surfplattor",
             "Årlig", "", "EJ", "PÅG", "", "Inventering startad v. 34.", "DELVIS", "nej"),
            ("Inköp", "Avtalstrohet vid inköp av material och tjänster – stickprov 10 fakturor",
             "Kvartalsvis", "OK", "AVV", "", "",
             "K2: två inköp av städmaterial utanför ramavtal.", "GENOMFORD", "ja"),
        ]),
        ("Tekniska förvaltningen", [
            ("Fordon", "Drivmedelskort – tankningar kontrolleras mot körjournal",
             "Kvartalsvis", "OK", "AVV", "OK", "",
             "K2: en tankning av privat fordon, polisanmäld. K3 utan anmärkning.", "GENOMFORD", "ja"),
            ("Gata/park", "Vinterväghållning – entreprenörens fakturor stäms av mot körrapporter",
             "Vintersäsong", "OK", "", "", "", "", "GENOMFORD", "nej"),
            ("Fordon", "Körjournal förs för samtliga kommunens fordon",
             "Kvartalsvis", "EJ", "EJ", "EJ", "", "Elektronisk körjournal inte införd.", "EJ_GENOMFORD", "nej"),
            ("VA", "Anslutningsavgifter VA debiteras enligt VA-taxan",
             "Halvår", "", "PÅG", "PÅG", "", "", "DELVIS", "nej"),
            ("Investeringar", "Entreprenadfakturor kontrolleras mot godkända ÄTA-beslut",
             "Kvartalsvis", "OK", "OK", "AVV", "",
             "K3: ÄTA om 85 tkr fakturerad utan skriftligt beslut, reglerat.", "GENOMFORD", "ja"),
            ("VA", "Behörigheter i styrsystemet för VA-verket gås igenom",
             "Halvår", "", "", "", "", "", "SAKNAS", "nej"),
        ]),
    ]
    namnd_of = {"Kultur- och fritidsnämnden": "Kultur- och fritidsnämnden",
                "Tekniska förvaltningen": "Tekniska nämnden"}
    r = hr + 1
    for org, items in data:
        first = True
        for proc, km, frek, k1, k2, k3, k4, kom, st, av in items:
            vals = [org if first else None, proc, km, frek, k1, k2, k3, k4, kom]
            first = False
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if 5 <= i <= 8 else None)
                if 5 <= i <= 8 and v in fills:
                    c.fill = PatternFill("solid", fgColor=fills[v])
            ws.row_dimensions[r].height = 30
            expect(fil, namnd_of[org], km, st, av)
            r += 1
    for k, w in {"A": 26, "B": 16, "C": 60, "D": 13, "E": 6, "F": 6, "G": 6, "H": 6, "I": 55}.items():
        ws.column_dimensions[k].width = w
    ws.auto_filter.ref = "A%d:I%d" % (hr, r - 1)

    ws2 = wb.create_sheet("Statuskoder")
    ws2["A1"] = "Statuskoder"
    ws2["A1"].font = Font(bold=True)
    codes = [("OK", "Kontroll genomförd, inga avvikelser"),
             ("AVV", "Kontroll genomförd, avvikelse noterad"),
             ("PÅG", "Kontroll påbörjad"),
             ("EJ", "Kontroll ej genomförd"),
             ("N/A", "Ej aktuellt / utgår")]
    for i, (code, txt) in enumerate(codes, 3):
        c = ws2.cell(row=i, column=1, value=code)
        c.fill = PatternFill("solid", fgColor=fills[code])
        ws2.cell(row=i, column=2, value=txt)
    ws2["A9"] = "Tom cell = ingen rapportering för kvartalet."
    ws2.column_dimensions["B"].width = 45
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F. Miljö- och hälsoskyddsnämnden – tertial 2, symbols + (+) ½ – 0 with legend after table (.odt)
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "Miljö- och hälsoskyddsnämnden - IK uppföljning T2 2025.odt"
    namnd = "Miljö- och hälsoskyddsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(h2)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.styles.addElement(small)
    boldp = Style(name="FetCell", family="paragraph")
    boldp.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(boldp)
    center = Style(name="Mitt", family="paragraph")
    center.addElement(ParagraphProperties(textalign="center"))
    center.addElement(TextProperties(fontsize="13pt"))
    doc.automaticstyles.addElement(center)
    tstyle = Style(name="Tabell1", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(tstyle)
    cst = Style(name="Tabell1.cell", family="table-cell")
    cst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cst)
    hst = Style(name="Tabell1.head", family="table-cell")
    hst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#E7E6E6"))
    doc.automaticstyles.addElement(hst)
    colw = []
    for i, w in enumerate(["3.2cm", "6.3cm", "2.0cm", "5.5cm"]):
        s = Style(name="Tabell1.%s" % "ABCD"[i], family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colw.append(s)

    doc.text.addElement(P(stylename=small, text="Vindelsjö kommun – Miljökontoret"))
    doc.text.addElement(P(stylename=h1, text="Miljö- och hälsoskyddsnämnden"))
    doc.text.addElement(P(stylename=h2, text="Uppföljning av intern kontroll – tertial 2 2025"))
    doc.text.addElement(P(text="Rapportperiod: 1 januari – 31 augusti 2025"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text=(
        "Nämndens internkontrollplan för 2025 omfattar åtta kontrollmoment. Uppföljningen har gjorts av "
        "miljöchefen tillsammans med administratör. Bedömningen anges med symbol enligt teckenförklaringen "
        "under tabellen.")))
    doc.text.addElement(P(text=""))

    t = Table(name="Tabell1", stylename=tstyle)
    for s in colw:
        t.addElement(TableColumn(stylename=s))

    def cell(text, style=cst, pstyle=None, rows=1):
        kw = {"stylename": style, "valuetype": "string"}
        if rows > 1:
            kw["numberrowsspanned"] = rows
        c = TableCell(**kw)
        for line in text.split("\n"):
            c.addElement(P(stylename=pstyle, text=line) if pstyle else P(text=line))
        return c

    tr = TableRow()
    for h in ["Kontrollområde", "Kontrollmoment", "Bedömning", "Iakttagelser / åtgärder"]:
        tr.addElement(cell(h, hst, boldp))
    t.addElement(tr)
    groups = [
        ("Avgifter och taxor", [
            ("Tillsynsavgifter debiteras enligt taxa – stickprov 20 beslut", "+", "", "GENOMFORD", "nej"),
            ("Timavgift – nedlagd handläggningstid registreras i ärendesystemet", "(+)",
             "4 av 20 ärenden saknade tidsregistrering. Påminnelse på APT i juni.", "GENOMFORD", "ja"),
        ]),
        ("Myndighetsutövning", [
            ("Livsmedelskontroll – planerade kontroller enligt kontrollplanen är utförda", "½",
             "62 % av årets planerade kontroller utförda per 31/8.", "DELVIS", "nej"),
            ("Handläggare har lämnat jävsdeklaration", "–",
             "Ej genomförd, blankett under framtagande.", "EJ_GENOMFORD", "nej"),
            ("Delegationsbeslut anmäls till nämnden", "+", "", "GENOMFORD", "nej"),
            ("Radonmätningar i flerbostadshus – förelägganden följs upp", "",
             "Kontrollen genomförd i juni. Samtliga förelägganden uppföljda, inga anmärkningar.",
             "GENOMFORD", "nej"),
        ]),
        ("Administration", [
            ("Inkomna klagomål diarieförs inom två arbetsdagar", "?",
             "Underlaget osäkert, diskuteras med nämndsekreteraren.", "OKLAR", "nej"),
            ("Provsvar från badvattenprovtagning registreras och kommuniceras", "0",
             "Utgår – provtagningen har förts över till Tekniska nämnden.", "UTGAR", "nej"),
        ]),
    ]
    for area, items in groups:
        for j, (km, sym, txt, st, av) in enumerate(items):
            tr = TableRow()
            if j == 0:
                tr.addElement(cell(area, rows=len(items)))
            else:
                tr.addElement(CoveredTableCell())
            tr.addElement(cell(km))
            tr.addElement(cell(sym, pstyle=center))
            tr.addElement(cell(txt))
            t.addElement(tr)
            expect(fil, namnd, km, st, av)
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=boldp, text="Teckenförklaring, bedömning:"))
    for line in ["+     genomförd utan anmärkning",
                 "(+)   genomförd med anmärkning",
                 "½     delvis genomförd",
                 "–     ej genomförd",
                 "0     utgår"]:
        doc.text.addElement(P(text=line))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Vindelsjö den 9 september 2025"))
    doc.text.addElement(P(text="Jonas Berg, miljöchef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# G. Överförmyndarnämnden – last year's helår sent by mistake; X = utförd per tertial (.xlsx)
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN uppföljning internkontroll 2024.xlsx"
    namnd = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Överförmyndarnämnden i Vindelsjö"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontroll 2024 – årsuppföljning (T3)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Markera med X i kolumnen för det tertial då kontrollen utförts. Beskriv avvikelser i kommentaren."
    ws["A3"].font = Font(italic=True, size=9, color="C00000")
    head = ["Kontrollmoment", "Omfattning", "T1", "T2", "T3", "Avvikelse", "Kommentar"]
    hr = 5
    for i, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        ("Exempel: Kontroll av att ...", "Ange urval", "X", "", "", "Nej", "", None, None),
        ("Årsräkningar granskas inom sex månader efter inlämning", "Samtliga", "X", "X", "X", "Nej", "",
         "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt arvodesriktlinjerna", "Stickprov 15 ärenden, T1 och T3",
         "X", "", "X", "Ja", "Två arvoden beräknade för högt, återkrävda.", "GENOMFORD", "ja"),
        ("Uttagsspärr är registrerad på förvaltarkonton", "Stickprov 10 ärenden, en gång per år", "", "", "X", "Nej", "",
         "GENOMFORD", "nej"),
        ("Lämplighetsprövning av nya gode män (belastningsregister och skuldsaldo)", "Samtliga nya, varje tertial",
         "X", "X", "", "Nej", "T3 ej utförd på grund av handläggarbyte.", "DELVIS", "nej"),
        ("Sekretessmarkering i ärendesystemet kontrolleras", "Stickprov 10 ärenden", "", "", "", "",
         "Utgår, nytt ärendesystem från september.", "UTGAR", "nej"),
        ("Delegationsbeslut anmäls till nämnden", "Samtliga", "X", "X", "X", "Nej", "", "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for d in rows:
        for i, v in enumerate(d[:7], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 3 <= i <= 6 else None)
            if d[7] is None:
                c.font = Font(italic=True, color="808080")
        if d[7] is not None:
            ws.row_dimensions[r].height = 30
            expect(fil, namnd, d[0], d[7], d[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Justerat av ordförande 2025-01-28")
    for k, w in {"A": 55, "B": 20, "C": 5, "D": 5, "E": 5, "F": 10, "G": 45}.items():
        ws.column_dimensions[k].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# H. Excel lock file left next to the KS workbook – must be rejected
# ---------------------------------------------------------------------------
def file_lock(ks_fil):
    fil = "~$" + ks_fil
    user = "Karin Holm"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Bildningsförvaltningen"),
        ("Socialnämnden", "SN|SocN|Socialförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
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
    ks = file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_export()
    file_mhn()
    file_ofn()
    file_lock(ks)
    write_csvs()
    print("files:", len(set(f[0] for f in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
