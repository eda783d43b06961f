#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 62 – Frötuna kommun (Uppland), helår 2025.

Builds every follow-up file of the January inbox plus namnder.csv, files.csv
and expected.csv from scratch.  Run with /usr/bin/python3 from anywhere.
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties,
                       TableColumnProperties, TableCellProperties,
                       TableProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR",
                      "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    t = " ".join(text.split())
    assert ";" not in t
    EXPECTED.append((fil, namnd, t, status, avv))


def clean_old():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)


# ---------------------------------------------------------------------------
# helpers for python-docx
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def docx_table(doc, header, rows, widths=None, header_fill="D9E2F3", size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, size=size)
        if header_fill:
            set_cell_shading(c, header_fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def base_doc(font="Calibri", size=11):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


# ---------------------------------------------------------------------------
# helpers for odfpy (text documents)
# ---------------------------------------------------------------------------
class Odt:
    def __init__(self):
        self.doc = OpenDocumentText()
        s = self.doc.styles
        a = self.doc.automaticstyles
        self.title = Style(name="Titel", family="paragraph")
        self.title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
        self.title.addElement(ParagraphProperties(marginbottom="0.2cm"))
        s.addElement(self.title)
        self.h2 = Style(name="Rubrik2", family="paragraph")
        self.h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold"))
        self.h2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.15cm"))
        s.addElement(self.h2)
        self.normal = Style(name="Brodtext", family="paragraph")
        self.normal.addElement(TextProperties(fontsize="10.5pt"))
        self.normal.addElement(ParagraphProperties(marginbottom="0.12cm"))
        s.addElement(self.normal)
        self.small = Style(name="Liten", family="paragraph")
        self.small.addElement(TextProperties(fontsize="9pt"))
        s.addElement(self.small)
        self.smallbold = Style(name="LitenFet", family="paragraph")
        self.smallbold.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
        s.addElement(self.smallbold)
        self.center = Style(name="LitenCenter", family="paragraph")
        self.center.addElement(TextProperties(fontsize="10pt"))
        self.center.addElement(ParagraphProperties(textalign="center"))
        s.addElement(self.center)
        self.bold = Style(name="Fet", family="text")
        self.bold.addElement(TextProperties(fontweight="bold"))
        a.addElement(self.bold)
        self.cell = Style(name="CellBorder", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        a.addElement(self.cell)
        self.cellhead = Style(name="CellHead", family="table-cell")
        self.cellhead.addElement(TableCellProperties(border="0.5pt solid #000000",
                                                     padding="0.08cm", backgroundcolor="#DDE8CB"))
        a.addElement(self.cellhead)
        self.cellgroup = Style(name="CellGroup", family="table-cell")
        self.cellgroup.addElement(TableCellProperties(border="0.5pt solid #000000",
                                                      padding="0.08cm", backgroundcolor="#F2F2F2"))
        a.addElement(self.cellgroup)
        self.celllabel = Style(name="CellLabel", family="table-cell")
        self.celllabel.addElement(TableCellProperties(border="0.5pt solid #000000",
                                                      padding="0.08cm", backgroundcolor="#EAF1F8"))
        a.addElement(self.celllabel)
        self._tcount = 0
        self._colstyles = {}

    def p(self, text, style=None, boldprefix=None):
        par = P(stylename=style or self.normal)
        if boldprefix:
            par.addElement(Span(stylename=self.bold, text=boldprefix))
        par.addText(text)
        self.doc.text.addElement(par)

    def heading(self, text, level=2):
        h = H(outlinelevel=level, stylename=self.title if level == 1 else self.h2, text=text)
        self.doc.text.addElement(h)

    def colstyle(self, width):
        if width not in self._colstyles:
            cs = Style(name="Col%d" % len(self._colstyles), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % width))
            self.doc.automaticstyles.addElement(cs)
            self._colstyles[width] = cs
        return self._colstyles[width]

    def table(self, widths):
        self._tcount += 1
        ts = Style(name="Tbl%d" % self._tcount, family="table")
        ts.addElement(TableProperties(width="%.2fcm" % sum(widths), align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name="Tabell%d" % self._tcount, stylename=ts)
        for w in widths:
            t.addElement(TableColumn(stylename=self.colstyle(w)))
        self.doc.text.addElement(t)
        return t

    def row(self, table, values, kind="body", span=None):
        tr = TableRow()
        cstyle = {"body": self.cell, "head": self.cellhead, "group": self.cellgroup}[kind]
        pstyle = self.smallbold if kind in ("head", "group") else self.small
        if span:
            tc = TableCell(stylename=cstyle, numbercolumnsspanned=span, valuetype="string")
            for line in values[0].split("\n"):
                tc.addElement(P(stylename=pstyle, text=line))
            tr.addElement(tc)
            from odf.table import CoveredTableCell
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        else:
            for v in values:
                if isinstance(v, tuple):   # (text, paragraph style)
                    v, ps = v
                else:
                    ps = pstyle
                tc = TableCell(stylename=cstyle, valuetype="string")
                for line in (v.split("\n") if v else [""]):
                    tc.addElement(P(stylename=ps, text=line))
                tr.addElement(tc)
        table.addElement(tr)

    def labelrow(self, table, label, value):
        tr = TableRow()
        tc = TableCell(stylename=self.celllabel, valuetype="string")
        tc.addElement(P(stylename=self.smallbold, text=label))
        tr.addElement(tc)
        tc = TableCell(stylename=self.cell, valuetype="string")
        for line in (value.split("\n") if value else [""]):
            tc.addElement(P(stylename=self.small, text=line))
        tr.addElement(tc)
        table.addElement(tr)

    def save(self, path):
        self.doc.save(path)


# ===========================================================================
# 1. Kultur- och fritidsnämnden – verksamhetsberättelse chapter (.docx)
# ===========================================================================
def make_kfn():
    fil = "KFN_Verksamhetsberättelse_2025_kap4.docx"
    namnd = "Kultur- och fritidsnämnden"
    doc = base_doc("Garamond", 11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Frötuna kommun  |  Verksamhetsberättelse 2025  |  Kapitel 4"
    sec.footer.paragraphs[0].text = "Utkast till nämnd 2026-02-11 – version 3"

    doc.add_heading("4 Kultur- och fritidsnämnden", level=1)
    p = doc.add_paragraph()
    p.add_run("Ordförande: ").bold = True
    p.add_run("Lena Hägg (C)    ")
    p.add_run("Förvaltningschef: ").bold = True
    p.add_run("Johan Brattström")

    doc.add_heading("4.1 Året i korthet", level=2)
    doc.add_paragraph(
        "2025 präglades av invigningen av den nya sporthallen i Rimbo och av det utökade sommarlovsprogrammet "
        "som nådde drygt 2 300 barn och unga. Biblioteken ökade antalet fysiska besök för tredje året i rad, "
        "medan utlånen per invånare fortsatte att minska något. Kulturskolan har för första gången haft fler än "
        "1 000 elever under båda terminerna.")
    doc.add_paragraph(
        "Nämnden redovisar ett underskott om 1,2 mnkr, främst förklarat av högre energi- och driftkostnader "
        "för idrottsanläggningarna och badhuset Roslagsbadet.")

    doc.add_heading("4.2 Nyckeltal", level=2)
    doc.add_paragraph("Tabell 4.1 Verksamhetsmått kultur och fritid")
    docx_table(doc, ["Nyckeltal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Målvärde 2025"], [
        ["Antal fysiska besök på biblioteken", "212 400", "219 850", "224 310", "220 000"],
        ["Utlån per invånare", "4,1", "4,0", "3,9", "4,2"],
        ["Deltagartillfällen med LOK-stöd (7–20 år)", "141 220", "138 905", "142 760", "140 000"],
        ["Elever i kulturskolan (ht)", "1 012", "1 044", "1 097", "1 050"],
        ["Nöjd kund-index Roslagsbadet", "78", "81", "80", "80"],
    ], widths=[6.5, 2.2, 2.2, 2.2, 2.4])
    doc.add_paragraph()
    doc.add_paragraph("Tabell 4.2 Ekonomiskt utfall per verksamhet (tkr)")
    docx_table(doc, ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"], [
        ["Nämnd och administration", "-6 850", "-6 712", "138"],
        ["Bibliotek", "-31 400", "-31 955", "-555"],
        ["Kulturskola", "-24 100", "-23 780", "320"],
        ["Fritid och idrottsanläggningar", "-58 300", "-59 410", "-1 110"],
        ["Summa", "-120 650", "-121 857", "-1 207"],
    ], widths=[6.5, 2.8, 2.8, 2.8])

    doc.add_heading("4.3 Intern kontroll", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplan 2025 den 19 februari 2025 (KFN 2025/0031 § 9). Planen omfattar tio "
        "kontrollmoment fördelade på fem processer. Delårsuppföljningen redovisades för nämnden i september; "
        "nedan redovisas utfallet för helåret. Status anges som Genomförd, Delvis genomförd, Ej genomförd eller "
        "Utgår. Kontrollansvarig har lämnat underlag till förvaltningens controller senast 9 januari 2026.")

    processes = [
        ("Föreningsbidrag", [
            ("Kontroll att beviljade aktivitetsbidrag (LOK-stöd) motsvarar inrapporterade närvarolistor",
             "Stickprov 10 föreningar, vår- och höstomgång",
             "Stickprov i 10 föreningar. I två föreningar saknades närvarolistor för delar av perioden; "
             "14 200 kr har återkrävts.",
             "Genomförd med anmärkning", "GENOMFORD", "ja"),
            ("Kontroll att anläggningsbidrag endast betalats ut till föreningar med inlämnad "
             "verksamhetsberättelse och årsbokslut",
             "Samtliga utbetalningar 2025",
             "Samtliga 23 föreningar hade lämnat in handlingar före utbetalning. Inga avvikelser.",
             "Genomförd", "GENOMFORD", "nej"),
        ]),
        ("Kontanthantering och kassor", [
            ("Avstämning av dagskassor på Roslagsbadet mot kassasystem och bankinsättning",
             "Fyra oanmälda kontroller per år",
             "Tre av fyra planerade kontroller har genomförts. Den fjärde ställdes in i samband med driftstoppet "
             "i november. Kassadifferens på 180 kr vid ett tillfälle.",
             "Delvis genomförd", "DELVIS", "ja"),
            ("Inventering av växelkassor och handkassor på bibliotek och fritidsgårdar",
             "En gång per år, december",
             "Inventering genomförd 2025-12-12 på samtliga sju enheter. Kassorna stämde.",
             "Genomförd", "GENOMFORD", "nej"),
        ]),
        ("Inköp och avtal", [
            ("Stickprov av 20 leverantörsfakturor mot gällande ramavtal",
             "20 fakturor, urval via ekonomisystemet",
             "Kontrollen hann inte genomföras på grund av vakans på controllertjänsten under hösten.",
             "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll att direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinjen",
             "Genomgång av samtliga direktupphandlingar",
             "Inte genomförd under 2025. Flyttas till internkontrollplan 2026.",
             "", "EJ_GENOMFORD", "nej"),
        ]),
        ("Kulturskolan – avgifter", [
            ("Kontroll att samtliga elever i kulturskolan är avgiftsdebiterade enligt taxa",
             "Avstämning elevregister mot fakturering vt och ht",
             "Avstämning gjord för vt och ht. 11 elever saknade debitering för ht, fakturor skickade i december.",
             "Genomförd", "GENOMFORD", "ja"),
            ("Kontroll att syskonrabatt och avgiftsbefrielse beviljats enligt beslutade regler",
             "Stickprov 25 ärenden",
             "Pågår – 15 av 25 ärenden granskade, inga fel hittills.",
             "Delvis genomförd", "DELVIS", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Kontroll av behörigheter i bokningssystemet – avslut för personal som slutat",
             "Två gånger per år",
             "Kontrollmomentet har utgått efter beslut i nämnden 2025-06-11 § 52 då bokningssystemet ersätts 2026.",
             "Utgår", "UTGAR", "nej"),
            ("Logguppföljning i biblioteksdatasystemet avseende låntagaruppgifter",
             "Stickprov av loggar, en gång per halvår",
             "", "", "SAKNAS", "nej"),
        ]),
    ]
    for i, (proc, ctrls) in enumerate(processes, 1):
        doc.add_heading("Process %d: %s" % (i, proc), level=3)
        rows = [[c[0], c[1], c[2], c[3]] for c in ctrls]
        docx_table(doc, ["Kontrollmoment", "Metod och omfattning", "Utfall helår 2025", "Status"], rows,
                   widths=[5.5, 3.5, 6.0, 2.5], header_fill="E2EFD9")
        for c in ctrls:
            exp(fil, namnd, c[0], c[4], c[5])
        doc.add_paragraph()

    doc.add_paragraph("Tabell 4.3 Sammanställning av kontrollmomentens status helår 2025")
    docx_table(doc, ["Status", "Antal kontrollmoment"], [
        ["Genomförd", "5"], ["Delvis genomförd", "2"], ["Ej genomförd", "1"], ["Utgår", "1"],
        ["Ej rapporterad", "1"], ["Totalt", "10"]], widths=[5, 4])
    doc.add_paragraph()
    doc.add_paragraph(
        "Nämndens samlade bedömning är att den interna kontrollen i huvudsak har varit tillräcklig. "
        "Kontrollerna inom inköp behöver förstärkas och flyttas med i planen för 2026.")
    doc.add_heading("4.4 Framtid", level=2)
    doc.add_paragraph(
        "Under 2026 fortsätter arbetet med ny bokningslösning och en översyn av föreningsbidragen. "
        "Biblioteksplanen revideras och en ny kulturskoleplan tas fram.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ===========================================================================
# 2. Barn- och skolnämnden – tjänsteskrivelse (.docx)
# ===========================================================================
def make_bsn():
    fil = "Tjänsteskrivelse BSN 2025-0412 Uppföljning IKP helår 2025.docx"
    namnd = "Barn- och skolnämnden"
    doc = base_doc("Arial", 10.5)
    hdr = doc.add_table(rows=3, cols=3)
    vals = [["Frötuna kommun", "TJÄNSTESKRIVELSE", "Datum: 2026-01-15"],
            ["Barn- och skolförvaltningen", "", "Dnr: BSN 2025/0412"],
            ["Handläggare: Sara Wikström, kvalitetsstrateg", "", "Sida 1 (4)"]]
    for r, row in enumerate(vals):
        for c, v in enumerate(row):
            cell_text(hdr.rows[r].cells[c], v, bold=(c == 1), size=9)
    doc.add_paragraph()
    doc.add_paragraph("Barn- och skolnämnden")
    h = doc.add_paragraph()
    r = h.add_run("Uppföljning av internkontrollplan 2025 – helår")
    r.bold = True
    r.font.size = Pt(15)

    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("1. Barn- och skolnämnden godkänner uppföljningen av internkontrollplan 2025.")
    doc.add_paragraph("2. Uppföljningen överlämnas till kommunstyrelsen.")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Nämndens internkontrollplan för 2025 innehåller åtta kontrollmoment. Fem kontrollmoment har "
        "genomförts, ett är delvis genomfört, ett har inte genomförts och ett har utgått. Avvikelser har "
        "noterats inom attest och hantering av kränkande behandling. Förvaltningen bedömer att den interna "
        "kontrollen i huvudsak är tillräcklig.")

    doc.add_heading("1 Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Enligt kommunens reglemente för intern kontroll ska nämnden årligen anta en internkontrollplan och "
        "följa upp den vid delår och helår. Internkontrollplanen för 2025 antogs 2025-02-12, § 14.")
    doc.add_heading("2 Metod", level=2)
    doc.add_paragraph(
        "Kontrollerna har utförts av rektorer, förvaltningens ekonomer och HR-specialister. Resultaten har "
        "sammanställts av kvalitetsstrateg. För varje kontrollmoment anges iakttagelser och en kort "
        "bedömning.")
    doc.add_heading("3 Resultat per kontrollmoment", level=2)

    ctrls = [
        ("Attest av leverantörsfakturor enligt attestordning – stickprov 30 fakturor",
         "Ekonomi och attest", "Förvaltningsekonom",
         "30 fakturor har granskats. Två fakturor var attesterade av person utan attesträtt för ansvaret "
         "(vikarierande rektor under sommaren).",
         "Genomförd med anmärkning.", "GENOMFORD", "ja"),
        ("Registrering och handläggning av anmälningar om kränkande behandling",
         "Trygghet och studiero", "Verksamhetschef grundskola",
         "Samtliga 14 grundskolor har granskats. Anmälan till huvudman sker i 96 % av fallen inom fem dagar. "
         "Tre ärenden saknade avslutad utredning vid årets slut.",
         "Genomförd. Avvikelser noterade, se avsnitt 5.", "GENOMFORD", "ja"),
        ("Kontroll av frånvarorapportering och anmälan vid upprepad ogiltig frånvaro",
         "Elevhälsa", "Rektorer",
         "Granskningen har påbörjats på fem av fjorton skolor. Resterande skolor granskas i februari 2026.",
         "Delvis genomförd.", "DELVIS", "nej"),
        ("Kontroll av att utdrag ur belastningsregistret finns för nyanställda",
         "Rekrytering", "HR-specialist",
         "Stickprov på 40 anställningar under 2025. Utdrag fanns i samtliga fall.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Debitering av förskoleavgifter (maxtaxa) – avstämning mot inkomstuppgifter",
         "Avgifter förskola och fritidshem", "Avgiftshandläggare",
         "Kontrollen har inte kunnat genomföras eftersom inkomstjämförelsen från Skatteverket försenades. "
         "Den görs i stället under våren 2026.",
         "Ej genomförd.", "EJ_GENOMFORD", "nej"),
        ("Skolskjuts – kontroll av att beviljade skolskjutsar överensstämmer med fakturerade turer",
         "Skolskjuts", "Skolskjutshandläggare",
         "Ansvaret för skolskjuts överfördes till samhällsbyggnadsnämnden den 1 juli 2025.",
         "Utgår.", "UTGAR", "nej"),
        ("Rutin för hantering av allmänna handlingar och diarieföring på skolenheterna",
         "Informationshantering", "Registrator",
         "Se bilaga 2.",
         "Se bilaga 2.", "OKLAR", "nej"),
        ("Kontroll av att statsbidrag för mindre barngrupper rekvireras och redovisas i rätt tid",
         "Statsbidrag", "Controller",
         "Samtliga rekvisitioner och redovisningar har skickats in före Skolverkets sista datum. "
         "Inga avvikelser.",
         "", "GENOMFORD", "nej"),
    ]
    for i, c in enumerate(ctrls, 1):
        doc.add_heading("3.%d %s" % (i, c[0]), level=3)
        for lab, val in (("Process: ", c[1]), ("Ansvarig: ", c[2]), ("Iakttagelser: ", c[3]),
                         ("Bedömning: ", c[4])):
            p = doc.add_paragraph()
            p.add_run(lab).bold = True
            if val:
                p.add_run(val)
        exp(fil, namnd, c[0], c[5], c[6])

    doc.add_heading("4 Sammanfattande bedömning", level=2)
    docx_table(doc, ["Bedömning", "Antal"], [["Genomförd", "5"], ["Delvis genomförd", "1"],
                                              ["Ej genomförd", "1"], ["Utgår", "1"]], widths=[5, 3])
    doc.add_paragraph()
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak varit tillräcklig under 2025.")
    doc.add_heading("5 Åtgärder inför 2026", level=2)
    doc.add_paragraph("• Information om attestordningen vid varje rektorsbyte.")
    doc.add_paragraph("• Uppföljning av öppna ärenden om kränkande behandling varje månad i ledningsgruppen.")
    doc.add_paragraph("• Avgiftskontrollen för förskolan förs över till internkontrollplan 2026.")
    doc.add_paragraph()
    doc.add_paragraph("Anna-Karin Berglöf\nFörvaltningschef")
    doc.add_paragraph("Sara Wikström\nKvalitetsstrateg")
    doc.add_paragraph("Beslutet skickas till: Kommunstyrelsen, Ekonomienheten")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ===========================================================================
# 3. Överförmyndarnämnden – checklista (.odt)
# ===========================================================================
def make_ofn():
    fil = "Checklista IK 2025 Överförmyndarnämnden.odt"
    namnd = "Överförmyndarnämnden"
    o = Odt()
    o.heading("Checklista – uppföljning av intern kontroll 2025", 1)
    o.p("Överförmyndarnämnden (överförmyndarenheten)", boldprefix="Nämnd: ")
    o.p("Helår 2025 (1 januari – 31 december 2025)", boldprefix="Uppföljningsperiod: ")
    o.p("Markera en ruta per kontrollmoment med ☒. Skriv kort om iakttagelser och avvikelser under "
        "Notering. Checklistan lämnas till ekonomienheten senast 16 januari 2026.")
    X, O = "☒", "☐"
    groups = [
        ("A. Granskning av årsräkningar", [
            ("A1", "Samtliga inkomna årsräkningar för 2024 är granskade senast 30 september 2025",
             "G", "412 av 418 granskade per 30/9, resterande 6 klara i oktober.", "GENOMFORD", "ja"),
            ("A2", "Stickprov av 15 granskade årsräkningar – kontroll av verifikat mot kontoutdrag",
             "G", "Ett ärende med ej redovisat uttag om 8 500 kr, föreläggande skickat.", "GENOMFORD", "ja"),
            ("A3", "Påminnelse och vitesföreläggande skickas när årsräkning inte inkommit i tid",
             "D", "Påminnelser skickade. Vitesföreläggande har inte skickats i 4 ärenden.", "DELVIS", "ja"),
        ]),
        ("B. Ställföreträdare", [
            ("B1", "Kontroll av belastningsregister och skulder hos Kronofogden för nya ställföreträdare",
             "GD", "Gjort för de flesta.", "OKLAR", "nej"),
            ("B2", "Uppföljning av att nya ställföreträdare genomgått grundutbildning inom sex månader",
             "", "Kontrollen klar i november. 3 ställföreträdare saknade utbildning och har kallats till "
             "vårens tillfälle.", "GENOMFORD", "ja"),
            ("B3", "Kontroll av att godmanskap och förvaltarskap med ändrat behov omprövas",
             "", "", "SAKNAS", "nej"),
        ]),
        ("C. Arvoden", [
            ("C1", "Arvodesbeslut – stickprov 20 beslut mot gällande arvodesriktlinje",
             "E", "Hann ej p.g.a. hög ärendemängd under hösten.", "EJ_GENOMFORD", "nej"),
            ("C2", "Kontroll av att arvode belastar huvudmannen respektive kommunen enligt beslut",
             "A", "Ingår i C1 fr.o.m. 2025.", "UTGAR", "nej"),
        ]),
    ]
    t = o.table([1.0, 6.6, 1.7, 1.4, 1.7, 1.6, 4.5])
    o.row(t, ["Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuellt", "Notering"],
          kind="head")
    for g, ctrls in groups:
        o.row(t, [g], kind="group", span=7)
        for nr, text, ticks, note, st, av in ctrls:
            boxes = [(X if k in ticks else O, o.center) for k in "GDEA"]
            o.row(t, [nr, text] + boxes + [note])
            exp(fil, namnd, text, st, av)
    o.p("")
    o.p("Maria Gren, enhetschef överförmyndarenheten", boldprefix="Ifylld av: ")
    o.p("2026-01-13", boldprefix="Datum: ")
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ===========================================================================
# 4. Vård- och omsorgsnämnden – label/value table per control (.odt)
# ===========================================================================
def make_von():
    fil = "VON uppföljning internkontroll 2025 helår.odt"
    namnd = "Vård- och omsorgsnämnden"
    o = Odt()
    o.heading("Vård- och omsorgsnämnden – uppföljning av internkontrollplan 2025", 1)
    o.p("Redovisningen avser helår 2025. Status vid delårsbokslutet (per 31 augusti) visas för jämförelse. "
        "Underlaget har tagits fram av vård- och omsorgsförvaltningens kvalitetsenhet.")
    o.p("🟢 Genomförd   🟡 Pågår / delvis genomförd   🔴 Ej genomförd   ⚪ Utgår",
        boldprefix="Teckenförklaring status: ")
    ctrls = [
        ("Avgiftshantering", "Kontroll av att omsorgsavgifter beräknas utifrån aktuella inkomstuppgifter",
         "Stickprov 25 brukare", "Avgiftshandläggare", "🟡", "🟢",
         "25 ärenden granskade. Två hade inaktuella inkomstuppgifter, avgifterna har korrigerats retroaktivt.",
         "Påminnelse om årlig inkomstförfrågan.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Avstämning av beviljad mot utförd tid i hemtjänsten per utförare",
         "Månadsvis avstämning", "Biståndschef", "🟢", "🟢",
         "Avstämning gjord varje månad. Två privata utförare hade registrerat tid över beviljad tid; avdrag har "
         "gjorts i ersättningen.", "Dialog med utförarna i avtalsuppföljningen.", "GENOMFORD", "ja"),
        ("Läkemedelshantering", "Kontroll av signeringslistor för läkemedel på särskilda boenden",
         "Egenkontroll två gånger per år", "MAS", "🟡", "",
         "Delår: granskning genomförd på 3 av 6 boenden, inga avvikelser.", "", "DELVIS", "nej"),
        ("Avvikelsehantering", "Kontroll att rapporter enligt lex Sarah utreds och anmäls inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetschef", "🟢", "🟢",
         "Kontrollen kunde inte genomföras fullt ut eftersom avvikelsemodulen byttes i oktober.",
         "", "GENOMFORD", "nej"),
        ("Hemtjänst", "Kontroll av nyckelhantering i hemtjänsten (kvittenser och digitala lås)",
         "Stickprov två hemtjänstgrupper", "Enhetschef hemtjänst", "", "",
         "Ej genomförd p.g.a. personalbrist i hemtjänstens administration.", "Flyttas till 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Bemanning", "Kontroll att timanställda inte överskrider anställningstid enligt LAS",
         "Kvartalsvis rapport", "HR-konsult", "⚪", "⚪",
         "Utgår – hanteras centralt av HR-avdelningen från 2025.", "", "UTGAR", "nej"),
        ("Dokumentation", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Uttag ur verksamhetssystemet", "Enhetschefer", "🔴", "?",
         "Uppgifterna från verksamhetssystemet är inte kompletta.", "", "OKLAR", "nej"),
        ("Upphandlad verksamhet", "Privata utförare – uppföljning av avtalsvillkor enligt uppföljningsplanen",
         "Enligt plan, två utförare per år", "Avtalsuppföljare", "🔴", "🔴",
         "Avtalsuppföljningen av de två utförarna sköts upp till 2026.", "", "EJ_GENOMFORD", "nej"),
    ]
    for i, c in enumerate(ctrls, 1):
        o.heading("Kontroll %d – %s" % (i, c[0]), 2)
        t = o.table([4.0, 12.5])
        for lab, val in (("Process", c[0]), ("Kontrollmoment", c[1]), ("Kontrollmetod", c[2]),
                         ("Ansvarig", c[3]), ("Status delår", c[4]), ("Status helår", c[5]),
                         ("Resultat", c[6]), ("Åtgärd", c[7])):
            o.labelrow(t, lab, val)
        exp(fil, namnd, c[1], c[8], c[9])
    o.p("")
    o.p("Frötuna 2026-01-20")
    o.p("Per-Olof Sandin, kvalitetschef, vård- och omsorgsförvaltningen")
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ===========================================================================
# 5. Bygg- och miljönämnden – last year's report sent by mistake (.docx, 2024)
# ===========================================================================
def make_bmn():
    fil = "BMN_IK_uppföljning.docx"
    namnd = "Bygg- och miljönämnden"
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    r = p.add_run("Bygg- och miljönämnden")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll, helår 2024")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Bygg- och miljöförvaltningen, 2025-01-22. Ansvarig: Henrik Tallbo, administrativ chef.")
    ctrls = [
        ("Livsmedelskontroll", "Kontroll att planerade livsmedelskontroller genomförts enligt kontrollplanen",
         "J", "J", "92 % av planerade kontroller genomförda. Resterande flyttade till 2025.", "GENOMFORD", "ja"),
        ("Bygglov", "Handläggningstid bygglov – stickprov 20 ärenden mot lagstadgad tidsfrist",
         "J", "N", "Samtliga 20 ärenden inom tidsfristen.", "GENOMFORD", "nej"),
        ("Avgifter", "Kontroll att timavgift för tillsyn debiteras enligt taxa",
         "N", "", "Ej genomförd, resursbrist.", "EJ_GENOMFORD", "nej"),
        ("Delegation", "Anmälan av delegationsbeslut till nämnden",
         "J", "N", "", "GENOMFORD", "nej"),
        ("Strandskydd", "Kontroll av att strandskyddsdispenser skickats till länsstyrelsen inom en vecka",
         "", "", "Delvis genomförd, 6 av 11 ärenden kontrollerade.", "DELVIS", "nej"),
        ("Arkiv", "Arkivering av avslutade bygglovsärenden i e-arkivet",
         "J", "J", "Fem ärenden saknade slutbesked i akten.", "GENOMFORD", "ja"),
    ]
    docx_table(doc, ["Kontrollområde", "Kontrollmoment", "Genomförd (J/N)", "Avvikelse (J/N)", "Kommentar"],
               [[c[0], c[1], c[2], c[3], c[4]] for c in ctrls],
               widths=[3.5, 8.5, 2.5, 2.5, 7.5], header_fill="FFF2CC", size=10)
    for c in ctrls:
        exp(fil, namnd, c[1], c[5], c[6])
    doc.add_paragraph()
    doc.add_paragraph("Behandlad i bygg- och miljönämnden 2025-02-19, § 21.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


# ===========================================================================
# 6. Frötunahem AB – the housing company's spreadsheet (.xlsx)
# ===========================================================================
def make_bolag():
    fil = "Frötunahem AB IK 2025 uppföljning T3.xlsx"
    namnd = "Frötunahem AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Frötunahem AB"
    ws["A1"].font = Font(bold=True, size=16, color="1F4E78")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 3 (helår)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Planen fastställd av styrelsen 2025-02-20. Uppföljningen rapporteras till styrelsen 2026-02-12."
    ws.merge_cells("A3:I3")
    ws["A4"] = "Statuskod:  G = Genomförd    D = Delvis genomförd    E = Ej genomförd    U = Utgår"
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("A4:I4")
    head = ["Nr", "Kontrollmoment", "Frekvens", "Ansvarig", "T1", "T2", "T3", "Iakttagelser", "Åtgärd"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = border
        c.alignment = Alignment(horizontal="center" if i >= 5 and i <= 7 else "left", vertical="center")
    groups = [
        ("1. Hyresadministration", [
            ("1.1", "Kontroll att nya hyresavtal är undertecknade av båda parter och registrerade i fastighetssystemet",
             "Tertial", "Uthyrningschef", "G", "G", "G", "Stickprov 10 avtal per tertial, inga avvikelser.", "",
             "GENOMFORD", "nej"),
            ("1.2", "Avstämning av hyresfordringar och kravrutin – fordringar äldre än 60 dagar",
             "Tertial", "Ekonomichef", "G", "D", "D",
             "Kravrutinen har inte följts för 7 hyresgäster under hösten.", "Genomgång med kundtjänst i januari.",
             "DELVIS", "ja"),
            ("1.3", "Kontroll av hyressättning vid nyuthyrning mot beslutad hyresnivå",
             "En gång per år", "Uthyrningschef", "", "G", "", "Genomförd i juni, inga avvikelser.", "",
             "GENOMFORD", "nej"),
        ]),
        ("2. Inköp och upphandling", [
            ("2.1", "Stickprov 15 fakturor per tertial mot avtalat pris (ramavtal entreprenad)",
             "Tertial", "Inköpsansvarig", "G", "G", "g",
             "T3: två fakturor med felaktigt timpris, kreditering erhållen.", "", "GENOMFORD", "ja"),
            ("2.2", "Kontroll att direktupphandlingar över 100 tkr dokumenteras i upphandlingsmodulen",
             "Halvår", "Inköpsansvarig", "E", "E", "", "Flyttas till 2026, ej genomförd under året.", "",
             "EJ_GENOMFORD", "nej"),
            ("2.3", "Kontroll av leverantörers skatte- och registreringsstatus vid nya avtal",
             "Löpande", "Inköpsansvarig", "", "", "X", "", "", "OKLAR", "nej"),
        ]),
        ("3. Fastighetsunderhåll", [
            ("3.1", "Uppföljning att planerat underhåll genomförs enligt underhållsplan 2025",
             "Tertial", "Förvaltningschef", "", "D", "G",
             "87 % av planerade åtgärder utförda; resterande flyttade till 2026 efter styrelsebeslut.", "",
             "GENOMFORD", "nej"),
            ("3.2", "OVK och hissbesiktningar – kontroll att anmärkningar åtgärdas inom föreskriven tid",
             "Halvår", "Driftchef", "", "", "U", "Utgår, ingår i ny egenkontrollplan för fastigheter.", "",
             "UTGAR", "nej"),
        ]),
        ("4. Ekonomi och attest", [
            ("4.1", "Kontroll av attesträtter i ekonomisystemet mot beslutad attestförteckning",
             "Halvår", "Ekonomichef", "G", "", "G",
             "Attestförteckningen uppdaterades inte efter omorganisationen i september; 3 personer hade "
             "felaktig attesträtt.", "Behörigheter justerade 2025-12-04.", "GENOMFORD", "ja"),
            ("4.2", "Kontroll av representation och förtroendekänsliga poster – samtliga VD-kostnader",
             "Tertial", "Styrelsens ordförande", "", "", "", "", "", "SAKNAS", "nej"),
            ("4.3", "Avstämning av bankkonton och skattekonto månadsvis",
             "Månad", "Redovisningsekonom", "G", "G", "G", "Avstämt t.o.m. december utan differenser.", "",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 7
    for g, ctrls in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(row=r, column=col).border = border
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for c in ctrls:
            for col, v in enumerate(c[:9], 1):
                cell = ws.cell(row=r, column=col, value=v if v != "" else None)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="center" if 5 <= col <= 7 else None)
            exp(fil, namnd, c[1], c[9], c[10])
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal genomförda (G) T3").font = Font(bold=True)
    ws.cell(row=r, column=7, value=5).font = Font(bold=True)
    ws.cell(row=r + 1, column=2, value="Antal kontrollmoment totalt").font = Font(bold=True)
    ws.cell(row=r + 1, column=7, value=11).font = Font(bold=True)
    ws.cell(row=r + 3, column=1, value="Sammanställt av: Camilla Norén, ekonomichef, 2026-01-16")
    for col, w in zip("ABCDEFGHI", [6, 58, 12, 20, 6, 6, 6, 48, 34]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C7"
    ws2 = wb.create_sheet("Instruktion")
    lines = ["Instruktion för uppföljning",
             "Fyll i statuskod för den tertial som rapporteras (G, D, E eller U).",
             "Lämna tidigare tertialers koder orörda.",
             "Beskriv iakttagelser och avvikelser i kolumn H och beslutade åtgärder i kolumn I.",
             "Filen skickas till kommunens ekonomienhet (ekonomi@froetuna.se) senast 16 januari 2026."]
    for i, l in enumerate(lines, 1):
        ws2.cell(row=i, column=1, value=l)
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.column_dimensions["A"].width = 90
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ===========================================================================
# 7. Tekniska nämnden – colour per year, converted to .xls
# ===========================================================================
def make_tn():
    fil = "TN internkontroll 2025 helår.xls"
    namnd = "Tekniska nämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    fills = {"G": GREEN, "Y": YELLOW, "R": RED, "S": GREY, "": None}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Tekniska nämnden – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Uppföljning helår 2025. Status markeras med färg i kolumnerna 2024 och 2025 "
                "(se förklaring längst ned).")
    head = ["Process / rutin", "Kontrollmoment", "Frekvens", "Kontrollansvarig", "2024", "2025",
            "Kommentar 2025"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = border
    groups = [
        ("VA och avfall", [
            ("Anslutningsavgifter", "Kontroll av att VA-anslutningsavgifter debiteras vid nya anslutningar enligt taxa",
             "Halvår", "VA-chef", "G", "G", "Samtliga 48 nya anslutningar debiterade.", "GENOMFORD", "nej"),
            ("Avfallstaxa", "Avstämning av avfallsabonnemang för fritidshus mot fastighetsregistret",
             "År", "Avfallsstrateg", "Y", "Y",
             "Avstämning gjord för Väddö och Rådmansö, övriga områden 2026. 37 fastigheter saknade abonnemang.",
             "DELVIS", "ja"),
        ]),
        ("Gata och park", [
            ("Vinterväghållning", "Kontroll av entreprenörens körjournaler mot fakturerade timmar",
             "Stickprov 4 ggr/år", "Gatuchef", "R", "G",
             "Stickprov jan–mars och dec. En faktura med 14 timmar för mycket, krediterad.", "GENOMFORD", "ja"),
            ("Lekplatser", "Kontroll av att lekplatsbesiktningar genomförts och anmärkningar åtgärdats",
             "År", "Parkchef", "G", "", "", "SAKNAS", "nej"),
            ("Schakt", "Kontroll att schakttillstånd finns för grävarbeten i kommunal mark (stickprov)",
             "Kvartal", "Trafikingenjör", "", "",
             "Genomfört enligt plan, 12 arbetsplatser besökta, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Fastighet", [
            ("Inhyrning", "Kontroll av att hyreskontrakt för inhyrda lokaler omförhandlas före uppsägningstid",
             "År", "Fastighetschef", "", "R",
             "Genomfört i december, två kontrakt hade förlängts automatiskt med tre år.", "EJ_GENOMFORD", "ja"),
            ("Energi", "Energiuppföljning – kontroll av månatlig mätaravläsning i kommunala fastigheter",
             "Månad", "Energiingenjör", "G", "S", "Ersatt av automatisk mätinsamling från mars 2025.",
             "UTGAR", "nej"),
        ]),
        ("Ekonomi", [
            ("Leverantörsfakturor", "Stickprov 20 leverantörsfakturor per halvår mot avtal och attestordning",
             "Halvår", "Controller", "G", "G", "40 fakturor granskade, en saknade beställarreferens.",
             "GENOMFORD", "ja"),
            ("Investeringar", "Kontroll av att avslutade investeringsprojekt aktiveras i anläggningsregistret",
             "Halvår", "Controller", "", "Y", "Pågår, 9 av 16 projekt aktiverade.", "DELVIS", "nej"),
        ]),
    ]
    r = 5
    for g, ctrls in groups:
        c = ws.cell(row=r, column=1, value=g)
        c.font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for proc, km, frek, ans, y24, y25, kom, st, av in ctrls:
            vals = [proc, km, frek, ans, None, None, kom or None]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            for col, code in ((5, y24), (6, y25)):
                if fills[code]:
                    ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=fills[code])
            exp(fil, namnd, km, st, av)
            r += 1
    r += 2
    ws.cell(row=r, column=1, value="Förklaring").font = Font(bold=True)
    r += 1
    for code, label in (("G", "Genomförd"), ("Y", "Delvis genomförd / pågår"), ("R", "Ej genomförd"),
                        ("S", "Utgår / ej aktuell")):
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=fills[code])
        ws.cell(row=r, column=1).border = border
        ws.cell(row=r, column=2, value=label)
        r += 1
    ws.cell(row=r, column=2, value="Ingen färg = ej rapporterad")
    r += 2
    ws.cell(row=r, column=1, value="Uppdaterad 2026-01-12 / Jonas Ekh, verksamhetscontroller")
    for col, w in zip("ABCDEFG", [22, 60, 16, 18, 8, 8, 55]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, fil[:-4] + ".xlsx")
        wb.save(src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % tmp,
                        "--convert-to", "xls", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ===========================================================================
# 8. Governance-system export: KS, SN, SBN (.csv, Windows-1252)
# ===========================================================================
def make_export():
    fil = "Export_internkontroll_2025_KS_SN_SBN.csv"
    orgs = [
        ("Kommunstyrelsen", "Kommunledningsförvaltningen", [
            ("Löner", "Kontroll av att lönetillägg och engångsbelopp har underlag och är attesterade",
             "Stickprov 30 utbetalningar per halvår", "Lönechef",
             [("Delår 2025", "Genomförd", "Stickprov 30 utbetalningar jan–jun, inga avvikelser.", "Nej"),
              ("Helår 2025", "Genomförd med avvikelse",
               "Stickprov 30 utbetalningar jul–dec. Två engångsbelopp saknade attest.", "Ja")],
             "GENOMFORD", "ja"),
            ("Informationssäkerhet", "Kontroll av att behörigheter i ekonomisystemet tas bort när anställning upphör",
             "Jämförelse behörighetslista mot avslutade anställningar", "Systemförvaltare ekonomi",
             [("Delår 2025", "Pågående", "", ""), ("Helår 2025", "", "", "")],
             "DELVIS", "nej"),
            ("Upphandling", "Kontroll av avtalstrohet – andel inköp från avtalade leverantörer (mål 90 %)",
             "Spendanalys helår", "Upphandlingschef",
             [("Delår 2025", "Ej påbörjad", "", ""),
              ("Helår 2025", "Genomförd",
               "Avtalstroheten uppgick till 84 %, under målet. Information till beställare planeras.", "Ja")],
             "GENOMFORD", "ja"),
            ("Ärendehantering", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen inom två månader",
             "Genomgång av delegationslistor", "Kanslichef",
             [("Helår 2025", "", "Kontrollen genomförd i oktober, inga avvikelser.", "")],
             "GENOMFORD", "nej"),
            ("Krisberedskap", "Kontroll att krisledningsplanen övats och reviderats under året",
             "Dokumentgranskning", "Säkerhetschef",
             [("Helår 2025", "Utgår",
               "Utgår enligt KS beslut 2025-09-03 § 142, ersätts av totalförsvarsplaneringen.", "")],
             "UTGAR", "nej"),
            ("Ekonomi", "Avstämning av kommunens koncernkonto mot bank per månad",
             "Månadsvis avstämning", "Redovisningschef",
             [("Delår 2025", "", "", ""), ("Helår 2025", "", "", "")],
             "SAKNAS", "nej"),
        ]),
        ("Socialnämnden", "Socialförvaltningen", [
            ("Ekonomiskt bistånd", "Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut i verksamhetssystemet",
             "Stickprov per halvår", "Enhetschef försörjningsstöd",
             [("Delår 2025", "Genomförd", "Inga avvikelser.", "Nej"),
              ("Helår 2025", "Genomförd", "Inga felaktiga utbetalningar.", "Nej")],
             "GENOMFORD", "nej"),
            ("Barn och unga", "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Enhetschef mottagning",
             [("Delår 2025", "Genomförd med avvikelse", "82 % inom tidsgränsen.", "Ja"),
              ("Helår 2025", "Genomförd med avvikelse",
               "Andel inom 14 dagar 87 % (mål 100 %). Åtgärdsplan beslutad i SN 2025-11-19.", "Ja")],
             "GENOMFORD", "ja"),
            ("Placeringar", "Kontroll att avtal finns för samtliga externa placeringar (HVB och konsulentstödda familjehem)",
             "Genomgång av samtliga placeringar", "Placeringssamordnare",
             [("Delår 2025", "Pågående", "Genomgång påbörjad.", ""),
              ("Helår 2025", "Ej genomförd", "Genomgången avbröts vid byte av placeringssamordnare.", "")],
             "EJ_GENOMFORD", "nej"),
            ("Dokumentation", "Loggkontroll – otillåten åtkomst till personakter, 10 slumpvis utvalda användare per månad",
             "Logguttag", "Systemförvaltare",
             [("Delår 2025", "Genomförd", "Inga otillåtna åtkomster.", "Nej"),
              ("Helår 2025", "", "Se kommentar", "")],
             "OKLAR", "nej"),
            ("Avgifter", "Kontroll att egenavgifter för familjerådgivning och boende debiteras enligt taxa",
             "Månadsvis avstämning", "Ekonomiassistent",
             [("Helår 2025", "Pågående", "9 av 12 månader avstämda.", "")],
             "DELVIS", "nej"),
            ("Hot och våld", "Uppföljning att samtliga hot- och våldssituationer rapporterats och åtgärdats",
             "Genomgång av incidentrapporter", "Arbetsmiljösamordnare",
             [("Delår 2025", "Genomförd", "", "Nej"),
              ("Helår 2025", "Genomförd", "12 rapporterade händelser, samtliga åtgärdade.", "Nej")],
             "GENOMFORD", "nej"),
        ]),
        ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsförvaltningen", [
            ("Plan och bygg", "Kontroll av att planavgift debiteras i samband med bygglov inom detaljplan",
             "Stickprov 20 bygglov", "Planchef",
             [("Helår 2025", "Genomförd", "Inga avvikelser.", "Nej")],
             "GENOMFORD", "nej"),
            ("Exploatering", "Uppföljning av exploateringsavtal – att avtalade ersättningar fakturerats",
             "Genomgång av gällande avtal", "Exploateringschef",
             [("Delår 2025", "Ej påbörjad", "", ""),
              ("Helår 2025", "Ej påbörjad", "Planeras till våren 2026.", "")],
             "EJ_GENOMFORD", "nej"),
            ("Mark och fastighet", "Kontroll av arrendeavtal – indexuppräkning och fakturering",
             "Samtliga arrenden", "Mark- och exploateringsingenjör",
             [("Helår 2025", "Genomförd med avvikelse",
               "Fyra arrenden hade inte indexuppräknats sedan 2022. Rättat från 2026-01-01.", "Ja")],
             "GENOMFORD", "ja"),
            ("Skolskjuts", "Kontroll av att beviljade skolskjutsar överensstämmer med fakturerade turer",
             "Stickprov per månad", "Trafikplanerare",
             [("Helår 2025", "Pågående", "Ansvaret övertogs från BSN 1 juli. Kontroll av ht 2025 pågår.", "")],
             "DELVIS", "nej"),
            ("Trafik", "Kontroll att parkeringstillstånd för rörelsehindrade handläggs inom fyra veckor",
             "Uttag ur ärendesystemet", "Trafikhandläggare",
             [("Delår 2025", "Genomförd", "Snitt 2,1 veckor.", "Nej"),
              ("Helår 2025", "Genomförd",
               "Snitt 2,5 veckor.\nTvå ärenden över fyra veckor under semesterperioden.", "Ja")],
             "GENOMFORD", "ja"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Rapport: Uppföljning internkontrollplan 2025"])
    w.writerow(["Urval: Frötuna kommun > Kommunstyrelsen, Socialnämnden, Samhällsbyggnadsnämnden. "
                "Perioder: Delår 2025, Helår 2025. Utskrivet 2026-01-19 08:42 av ekonomienheten"])
    w.writerow([])
    w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Period", "Status",
                "Kommentar", "Avvikelse", "Senast uppdaterad"])
    day = {"Delår": 1, "Helår": 2}

    def stamp(per):
        # delår entries were made in September 2025, helår entries in January 2026
        if per.startswith("Delår"):
            day["Delår"] = day["Delår"] % 28 + 3
            return "2025-09-%02d" % day["Delår"]
        day["Helår"] = day["Helår"] % 17 + 2
        return "2026-01-%02d" % day["Helår"]

    for namnd, org, ctrls in orgs:
        for proc, km, met, ans, periods, st, av in ctrls:
            for per, status, kom, avv in periods:
                d = stamp(per) if (status or kom or avv) else ""
                w.writerow([org, proc, km, met, ans, per, status, kom, avv, d])
            exp(fil, namnd, km, st, av)
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())


# ===========================================================================
# 9. Valnämnden – a letter without controls (.docx) → AVVISAD
# ===========================================================================
def make_letter():
    fil = "Skrivelse Valnämnden – intern kontroll 2025.docx"
    doc = base_doc("Times New Roman", 12)
    doc.add_paragraph("Frötuna kommun\nValnämnden")
    doc.add_paragraph("2026-01-09")
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    p = doc.add_paragraph()
    r = p.add_run("Angående uppföljning av intern kontroll 2025")
    r.bold = True
    doc.add_paragraph(
        "Valnämnden har inte antagit någon egen internkontrollplan för 2025. Nämnden bedömde vid sitt "
        "sammanträde 2025-03-04 (§ 5) att verksamheten under ett mellanvalsår är av begränsad omfattning och "
        "att riskerna omhändertas inom kommunstyrelsens plan. Det finns därför inga kontrollmoment att "
        "redovisa för året.")
    doc.add_paragraph(
        "Inför valet 2026 avser nämnden att anta en plan med kontroller av bland annat förtidsröstning, "
        "rekrytering av röstmottagare och hantering av valsedlar.")
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Gunnel Åkerman\nValnämndens sekreterare")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ===========================================================================
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och skolnämnden", "BSN|Barn- och skolförvaltningen|Barn och skola"),
            ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
            ("Socialnämnden", "SN|Socialförvaltningen"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
            ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
            ("Valnämnden", "VN|Valkansliet"),
            ("Frötunahem AB", "Frötunahem|AB Frötunahem"),
        ]:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")


def main():
    clean_old()
    make_kfn()
    make_bsn()
    make_ofn()
    make_von()
    make_bmn()
    make_bolag()
    make_tn()
    make_export()
    make_letter()
    write_csvs()
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
