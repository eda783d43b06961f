#!/usr/bin/python3
# Blind round r455 - Tanums kommun, delår 2025, OpenDocument/Word with unusual layouts.
import os, csv, shutil, subprocess, datetime, glob
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell, TableHeaderRows

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 9, 0, 0)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXP.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- docx helpers
def new_doc(landscape=False):
    d = Document()
    cp = d.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.author = "Tanums kommun"; cp.last_modified_by = "Tanums kommun"; cp.revision = 1
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(1.8)
    return d


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if i < len(lines) - 1:
            r.add_break()


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)


def add_table(d, header, rows, widths=None, style="Table Grid", repeat=True):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
    if repeat:
        repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------- odt helpers
class Odt:
    def __init__(self, header_text=None, landscape=False):
        self.doc = OpenDocumentText()
        s = self.doc.styles; a = self.doc.automaticstyles
        self.bold = Style(name="Fet", family="text"); self.bold.addElement(TextProperties(fontweight="bold"))
        s.addElement(self.bold)
        self.title = Style(name="Rubrik", family="paragraph")
        self.title.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
        self.title.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.2cm"))
        s.addElement(self.title)
        self.h2 = Style(name="Rubrik2", family="paragraph")
        self.h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
        self.h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
        s.addElement(self.h2)
        self.small = Style(name="Liten", family="paragraph"); self.small.addElement(TextProperties(fontsize="8pt"))
        s.addElement(self.small)
        self.cellbold = Style(name="CellFet", family="paragraph"); self.cellbold.addElement(TextProperties(fontweight="bold", fontsize="9pt"))
        s.addElement(self.cellbold)
        self.cellp = Style(name="CellText", family="paragraph"); self.cellp.addElement(TextProperties(fontsize="9pt"))
        s.addElement(self.cellp)
        self.pb = Style(name="Sidbrytning", family="paragraph"); self.pb.addElement(ParagraphProperties(breakbefore="page"))
        a.addElement(self.pb)
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        a.addElement(self.cell)
        self.cellgrey = Style(name="CellGra", family="table-cell")
        self.cellgrey.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#d9d9d9"))
        a.addElement(self.cellgrey)
        self.ncol = 0
        pl = PageLayout(name="Sida")
        if landscape:
            pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape",
                                               margin="1.5cm"))
        else:
            pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
        a.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        if header_text:
            hd = Header(); hd.addElement(P(stylename=self.small, text=header_text)); mp.addElement(hd)
        self.doc.masterstyles.addElement(mp)

    def p(self, text, style=None, bold=False):
        el = P(stylename=style) if style else P()
        if bold:
            el.addElement(Span(stylename=self.bold, text=text))
        else:
            el.addText(text)
        self.doc.text.addElement(el)
        return el

    def pagebreak(self):
        self.doc.text.addElement(P(stylename=self.pb, text=""))

    def table(self, name, rows, widths, bold_first_col=False, bold_first_row=True, header_rows=1,
              spans=None, grey_rows=()):
        """rows: list of lists; a cell value None = covered by span. spans: {(r,c): n}"""
        spans = spans or {}
        tw = sum(widths)
        ts = Style(name=name + "T", family="table"); ts.addElement(TableProperties(width="%.2fcm" % tw, align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for i, w in enumerate(widths):
            cs = Style(name="%sC%d" % (name, i), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        container = t
        if header_rows:
            thr = TableHeaderRows(); t.addElement(thr)
        for ri, row in enumerate(rows):
            tr = TableRow()
            for ci, v in enumerate(row):
                if v is None:
                    tr.addElement(CoveredTableCell()); continue
                kw = dict(stylename=self.cellgrey if ri in grey_rows else self.cell, valuetype="string")
                if (ri, ci) in spans:
                    kw["numbercolumnsspanned"] = spans[(ri, ci)]
                tc = TableCell(**kw)
                isbold = (bold_first_row and ri < max(header_rows, 1) and header_rows) or (bold_first_col and ci == 0) \
                    or ri in grey_rows
                for line in str(v).split("\n"):
                    tc.addElement(P(stylename=self.cellbold if isbold else self.cellp, text=line))
                tr.addElement(tc)
            if header_rows and ri < header_rows:
                thr.addElement(tr)
            else:
                t.addElement(tr)
        self.doc.text.addElement(t)
        return t

    def save(self, path):
        self.doc.save(path)


# ==================================================================== FILE 1
# Kommunledningsförvaltningen: sideways tables (controls as columns), KS + Valnämnden in one .odt
def file1():
    fil = "Uppföljning IKP delår 2025 - Kommunledningsförvaltningen.odt"
    o = Odt(header_text="Tanums kommun  |  Kommunledningsförvaltningen  |  Dnr KS 2024/0712", landscape=True)
    o.p("Uppföljning av internkontrollplan 2025 – delårsrapport", o.title)
    o.p("Period: 1 januari – 31 augusti 2025. Redovisningen avser de nämnder som kommunledningsförvaltningen "
        "är tjänstemannaorganisation åt. Varje kolumn motsvarar en kontroll i den av nämnden antagna planen.")
    o.p("Kommunstyrelsen", o.h2)
    labels = ["Kontroll nr", "Process", "Kontrollmoment", "Risk (S×K)", "Ansvarig", "Metod och frekvens",
              "Status delår", "Resultat / kommentar"]
    ks = [
        ("KS 1", "Ekonomi – leverantörsreskontra", "Attest av leverantörsfakturor enligt attestordningen", "3×3 = 9",
         "Ekonomichef", "Stickprov 30 fakturor per tertial", "Genomförd",
         "Stickprov på 60 fakturor. 2 fakturor saknade beslutsattest; berörda attestanter har påmints.",
         "GENOMFORD", "ja"),
        ("KS 2", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen", "3×4 = 12",
         "Upphandlingssamordnare", "Genomgång av samtliga direktupphandlingar, två gånger/år", "Delvis genomförd",
         "Perioden jan–apr är genomgången, inga avvikelser hittills. Maj–aug återstår.", "DELVIS", "nej"),
        ("KS 3", "Personal", "Kontroll av att anställningsavtal är undertecknade innan tillträde", "2×3 = 6",
         "HR-chef", "Stickprov 20 nyanställningar", "Ej genomförd",
         "Skjuts till hösten på grund av byte av HR-system.", "EJ_GENOMFORD", ""),
        ("KS 4", "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet Raindance tas bort när anställning upphör", "2×4 = 8",
         "Systemförvaltare ekonomi", "Avstämning mot avslutade anställningar, per tertial", "Genomförd",
         "Kontrollerat 14 avslutade anställningar, samtliga behörigheter borttagna.", "GENOMFORD", "nej"),
        ("KS 5", "Dokumenthantering", "Diarieföring av inkommande handlingar inom fem arbetsdagar", "2×2 = 4",
         "Kommunsekreterare", "Stickprov 25 handlingar, en gång/år", "Ej påbörjad",
         "Planerad till oktober enligt plan.", "EJ_GENOMFORD", ""),
        ("KS 6", "Ekonomi", "Representation – syfte och deltagare framgår av underlag", "2×3 = 6",
         "Controller", "Stickprov 15 verifikationer", "Utgår",
         "Kontrollen utgår enligt KS beslut 2025-05-14 § 88 och ersätts av kommunövergripande granskning.",
         "UTGAR", ""),
    ]
    rows = [[labels[i]] + [c[i] for c in ks] for i in range(len(labels))]
    o.table("KS", rows, [3.2] + [3.9] * len(ks), bold_first_col=True, bold_first_row=True, header_rows=1)
    for c in ks:
        exp(fil, "Kommunstyrelsen", c[2], c[8], c[9])
    o.p("")
    o.p("Valnämnden", o.h2)
    vn = [
        ("VN 1", "Valadministration", "Röstlängder och valsedlar förvaras inlåsta enligt säkerhetsrutin", "1×4 = 4",
         "Valsamordnare", "Kontroll vid varje val", "Ej aktuell", "Inget val genomförs under 2025.", "UTGAR", ""),
        ("VN 2", "Ekonomi", "Arvoden till röstmottagare betalas ut enligt fastställt arvodesreglemente", "2×2 = 4",
         "Valsamordnare", "Avstämning mot närvarolistor", "Genomförd",
         "Arvoden för utbildningsdagen i mars (inför valet 2026) kontrollerade mot närvarolistor, inga fel.",
         "GENOMFORD", "nej"),
    ]
    rows = [[labels[i]] + [c[i] for c in vn] for i in range(len(labels))]
    o.table("VN", rows, [3.2, 5.5, 5.5], bold_first_col=True, bold_first_row=True, header_rows=1)
    for c in vn:
        exp(fil, "Valnämnden", c[2], c[8], c[9])
    o.p("")
    o.p("Tanumshede 2025-09-12")
    o.p("Anna Berglund, kommundirektör")
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Valnämnden", "2025", "DELAR"))


# ==================================================================== FILE 2
# BUN: table split over two pages, header repeated (also as a new table), control 5 continued across the break
def file2():
    fil = "BUN IK-uppföljning delår 2025.docx"
    d = new_doc(landscape=True)
    d.sections[0].header.paragraphs[0].text = "Tanums kommun – Barn- och utbildningsförvaltningen"
    d.add_paragraph().add_run("Internkontrollplan 2025 – uppföljning per 31 augusti").bold = True
    d.add_paragraph("Barn- och utbildningsnämnden. Uppföljningen redovisas per tertial; kolumnen T1 avser "
                    "januari–april och kolumnen Delår avser läget per 31 augusti.")
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Ansvarig", "T1", "Delår", "Kommentar delår"]
    w = [1.0, 3.2, 6.5, 3.0, 2.2, 2.6, 7.5]
    p1 = [
        ["1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom BUF",
         "Genomförd", "Genomförd", "Inga avvikelser."],
        ["2", "Skolskjuts",
         "Beslut om skolskjuts fattas enligt delegationsordningen och riktlinjer för skolskjuts",
         "Skolskjutshandläggare", "–", "Genomförd med anmärkning",
         "3 av 25 beslut saknade motivering. Handläggarna har informerats."],
        ["3", "Elevhälsa och trygghet",
         "Anmälan om kränkande behandling rapporteras till huvudman samma dag", "Rektorer",
         "Delvis", "Genomförd",
         "Samtliga 41 anmälningar kontrollerade. 4 anmäldes till huvudman senare än samma dag."],
        ["4", "Närvaro",
         "Uppföljning av elevers upprepade frånvaro enligt rutin för främjande av närvaro", "Rektorer",
         "Ej genomförd", "Delvis genomförd",
         "Kontroll gjord på Hedeskolan och Tanumskolan. Övriga skolor kontrolleras under hösten."],
        ["5", "Förskola – placering", "Placering i förskola erbjuds inom fyra månader från ansökan",
         "Placeringssamordnare", "Genomförd", "",
         "Stickprov 30 ansökningar. 29 erbjöds plats inom fyra månader,"],
    ]
    add_table(d, hdr, p1, widths=w)
    pg = d.add_paragraph(); pg.add_run().add_break(WD_BREAK.PAGE)
    p2 = [
        ["5 forts.", "", "(forts.)", "", "", "Genomförd",
         "en placering erbjöds efter fyra månader och två veckor på grund av platsbrist i Grebbestad. "
         "Åtgärd: utökad planering inför vårterminen."],
        ["6", "Personal",
         "Registerutdrag ur belastningsregistret uppvisas före anställning i förskola och skola", "HR-konsult",
         "Genomförd", "Genomförd", "Kontrollerat 18 nyanställningar, samtliga hade uppvisat utdrag."],
        ["7", "Lön", "Timanställdas tidrapporter attesteras av närmaste chef", "Förskolechefer",
         "Genomförd", "Ej genomförd", "Hanns inte under perioden på grund av sjukfrånvaro."],
        ["8", "Ekonomi – intäkter",
         "Interkommunala ersättningar faktureras och stäms av mot elevregistret", "Ekonom BUF",
         "Genomförd", "", ""],
        ["9", "Informationssäkerhet", "Behörigheter i elevdokumentationssystemet följs upp vid läsårsstart",
         "IT-samordnare", "–", "Ej påbörjad", "Görs i september vid läsårsstart."],
        ["10", "Inventarier", "Inventarieförteckning på varje enhet uppdateras", "Enhetschefer",
         "Utgår", "Utgår", "Utgår enligt beslut BUN 2025-03-25 § 31."],
    ]
    add_table(d, hdr, p2, widths=w)
    d.add_paragraph("")
    d.add_paragraph("Statusord: Genomförd / Delvis genomförd / Ej genomförd / Ej påbörjad / Utgår. "
                    "Genomförd med anmärkning = kontrollen är utförd men brister har noterats.")
    d.add_paragraph("Beslutad av förvaltningsledningen 2025-09-10. Lena Johansson, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    N = "Barn- och utbildningsnämnden"
    exp(fil, N, "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej")
    exp(fil, N, "Beslut om skolskjuts fattas enligt delegationsordningen och riktlinjer för skolskjuts", "GENOMFORD", "ja")
    exp(fil, N, "Anmälan om kränkande behandling rapporteras till huvudman samma dag", "GENOMFORD", "ja")
    exp(fil, N, "Uppföljning av elevers upprepade frånvaro enligt rutin för främjande av närvaro", "DELVIS", "")
    exp(fil, N, "Placering i förskola erbjuds inom fyra månader från ansökan", "GENOMFORD", "ja")
    exp(fil, N, "Registerutdrag ur belastningsregistret uppvisas före anställning i förskola och skola", "GENOMFORD", "nej")
    exp(fil, N, "Timanställdas tidrapporter attesteras av närmaste chef", "EJ_GENOMFORD", "")
    exp(fil, N, "Interkommunala ersättningar faktureras och stäms av mot elevregistret", "GENOMFORD", "")
    exp(fil, N, "Behörigheter i elevdokumentationssystemet följs upp vid läsårsstart", "EJ_GENOMFORD", "")
    exp(fil, N, "Inventarieförteckning på varje enhet uppdateras", "UTGAR", "")
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ==================================================================== FILE 3
# Omsorgsförvaltningen / Socialnämnden: nested tables, symbol statuses with legend, nämnd in page header
def file3():
    fil = "Omsorgsförvaltningen uppföljning intern kontroll jan-aug 2025.docx"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Socialnämnden, Tanums kommun – Delårsrapport 2025, bilaga 3"
    d.add_paragraph().add_run("Omsorgsförvaltningen – uppföljning av internkontrollplan, januari–augusti 2025").bold = True
    d.add_paragraph("Teckenförklaring: ● = genomförd   ◐ = delvis genomförd   ○ = ej genomförd   – = utgår")
    areas = [
        ("1. Myndighetsutövning", [
            ("Utredningar inom barn och unga avslutas inom fyra månader (SoL 11 kap. 2 §)", "◐",
             "62 av 70 utredningar avslutade inom tid. 8 överskred tiden, i 3 av dessa saknades beslut om förlängning.",
             "DELVIS", "ja"),
            ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "●",
             "Stickprov 25 beslut, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("2. Ekonomi", [
            ("Fakturering av avgifter inom hemtjänst stäms av mot utförd tid", "●",
             "Avstämning gjord för mars och juni. I juni var 6 kunder felfakturerade, rättat i juli.",
             "GENOMFORD", "ja"),
            ("Utbetalning av arvoden till familjehem och kontaktpersoner kontrolleras mot beslut", "○",
             "Ej påbörjad, planeras till oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("3. Kvalitet och patientsäkerhet", [
            ("Läkemedelsgenomgång genomförs för boende i särskilt boende", "Se bilaga 2", "", "OKLAR", ""),
            ("Avvikelser enligt lex Sarah utreds och rapporteras till nämnden", "●",
             "Två rapporter under perioden, båda utredda inom tid och redovisade för nämnden.", "GENOMFORD", "nej"),
        ]),
        ("4. Personal och bemanning", [
            ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "–",
             "Kontrollen utgår, ingår i HR:s kommunövergripande uppföljning.", "UTGAR", ""),
            ("Bemanning med vikarier följer beslutade bemanningsnivåer", "", "", "SAKNAS", ""),
        ]),
    ]
    outer = d.add_table(rows=1, cols=2); outer.style = "Table Grid"
    set_cell(outer.rows[0].cells[0], "Område", bold=True)
    set_cell(outer.rows[0].cells[1], "Kontroller och utfall", bold=True)
    for area, ctrls in areas:
        r = outer.add_row().cells
        set_cell(r[0], area, bold=True)
        c = r[1]
        c.paragraphs[0].text = ""
        inner = c.add_table(rows=1, cols=3); inner.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Status", "Kommentar"]):
            set_cell(inner.rows[0].cells[i], h, bold=True)
        for km, st, com, _, _ in ctrls:
            ic = inner.add_row().cells
            set_cell(ic[0], km); set_cell(ic[1], st); set_cell(ic[2], com)
        for row in inner.rows:
            for i, wdt in enumerate([5.5, 1.8, 5.5]):
                row.cells[i].width = Cm(wdt)
        c.add_paragraph("")
        for km, st, com, s, a in ctrls:
            exp(fil, "Socialnämnden", km, s, a)
    for row in outer.rows:
        row.cells[0].width = Cm(3.2); row.cells[1].width = Cm(13.5)
    d.add_paragraph("")
    d.add_paragraph("Sammanfattande bedömning: den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                    "Åtgärder för utredningstider redovisas i delårsrapportens verksamhetsavsnitt.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))


# ==================================================================== FILE 4
# Miljö- och byggnadsnämnden: numbered areas 1, 2 … with controls 1.1, 1.2, code statuses with legend below
def file4():
    fil = "MBN internkontrollplan 2025 uppföljning delår.odt"
    o = Odt(header_text="Tanums kommun – Samhällsbyggnadsförvaltningen", landscape=True)
    o.p("Internkontrollplan 2025 med uppföljning", o.title)
    o.p("Nämnd: Miljö- och byggnadsnämnden")
    o.p("Uppföljningstillfälle: Delår (januari–augusti 2025)")
    hdr = ["Nr", "Område / kontrollmoment", "Metod", "Ansvarig", "Bedömning delår", "Kommentar"]
    data = [
        ("1", "Ekonomi och debitering", None),
        ("1.1", "Avgifter för bygglov debiteras enligt gällande taxa", "Stickprov 40 ärenden", "Bygglovschef", "G*",
         "Av 40 granskade ärenden var 2 felaktigt debiterade (för låg avgift). Rättat och kompletterande faktura skickad.",
         "GENOMFORD", "ja"),
        ("1.2", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Förvaltningsekonom",
         "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Myndighetsutövning", None),
        ("2.1", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Uttag ur ärendesystemet",
         "Bygglovschef", "D", "Januari–juni är granskade. Juli–augusti granskas i september.", "DELVIS", ""),
        ("2.2", "Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslista – protokoll", "Nämndsekreterare",
         "G", "Sammanställning anmäld vid varje sammanträde.", "GENOMFORD", "nej"),
        ("2.3", "Tillsyn av enskilda avlopp genomförs enligt tillsynsplanen", "Avstämning mot tillsynsplan",
         "Miljöchef", "E", "Tillsynen har prioriterats ned på grund av vakanta tjänster.", "EJ_GENOMFORD", ""),
        ("3", "Livsmedelskontroll", None),
        ("3.1", "Livsmedelskontroller genomförs enligt fastställd kontrollplan", "Uttag ur ärendesystemet",
         "Miljöchef", "D", "48 av 110 planerade kontroller utförda.", "DELVIS", ""),
        ("3.2", "Jäv – handläggare anmäler jäv i ärenden", "Genomgång av 10 ärenden", "Förvaltningschef", "U",
         "Utgår, kontrolleras inom ramen för kommunstyrelsens granskning.", "UTGAR", ""),
        ("4", "Information och dataskydd", None),
        ("4.1", "Personuppgifter i bygglovsärenden som publiceras på webben avidentifieras",
         "Stickprov 15 publicerade ärenden", "Administratör", "",
         "Kontroll gjord av 15 publicerade ärenden, samtliga korrekt avidentifierade.", "GENOMFORD", "nej"),
    ]
    rows = [hdr]; spans = {}; grey = []
    for item in data:
        if item[2] is None:
            ri = len(rows)
            rows.append([item[0], item[1], None, None, None, None]); spans[(ri, 1)] = 5; grey.append(ri)
        else:
            rows.append(list(item[:6]))
            exp(fil, "Miljö- och byggnadsnämnden", item[1], item[6], item[7])
    o.table("IKP", rows, [1.2, 7.5, 4.0, 3.2, 2.3, 8.3], spans=spans, grey_rows=grey)
    o.p("")
    o.p("Teckenförklaring bedömning: G = genomförd utan anmärkning, G* = genomförd, avvikelse noterad, "
        "D = delvis genomförd, E = ej genomförd, U = utgår.", o.small)
    o.p("Justerad: Per Olsson, förvaltningschef, 2025-09-08")
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "DELAR"))


# ==================================================================== FILE 5
# Kultur och fritid: form, one 2-column table per control, tick boxes
def file5():
    fil = "Kultur och fritid - blankett uppföljning IK delår 2025.odt"
    o = Odt(header_text="Tanums kommun")
    o.p("Blankett: Uppföljning av intern kontroll", o.title)
    o.p("Nämnd: Kultur- och fritidsnämnden")
    o.p("Uppföljningstillfälle: ☐ Tertial 1   ☒ Delår (31 augusti)   ☐ Helår        År: 2025")
    o.p("Instruktion: fyll i en tabell per kontroll. Kryssa i ett (1) alternativ för status. "
        "Blanketten skickas till ekonomienheten senast 15 september.", o.small)

    def box(opts, ticked):
        return "   ".join(("☒ " if o_ in ticked else "☐ ") + o_ for o_ in opts)
    SOPT = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
    ctr = [
        ("Bidrag till föreningar betalas ut enligt bidragsreglerna", "Felaktiga utbetalningar", "Fritidskonsulent",
         "Stickprov 20 ansökningar", ["Genomförd"], ["Nej"], "20 ansökningar granskade, samtliga enligt reglerna.",
         "GENOMFORD", "nej"),
        ("Kontanthantering vid badplatser och bibliotek – dagskassa stäms av mot kassarapport", "Förskingring",
         "Bibliotekschef", "Avstämning varje månad", ["Genomförd"], ["Ja"],
         "Differens på 340 kr vid Tanumshede bibliotek i juli, utredd och dokumenterad.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler faktureras enligt taxa", "Intäktsbortfall", "Fritidschef", "Avstämning bokning – faktura",
         ["Delvis genomförd"], [], "Sporthallarna är kontrollerade, övriga lokaler återstår.", "DELVIS", ""),
        ("Avtal med föreningar om drift av anläggningar följs upp årligen", "Bristande underhåll", "Fritidschef",
         "Genomgång av samtliga driftavtal", ["Ej genomförd"], [], "Flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Utlåning av bibliotekets teknikutrustning registreras", "Förlust av utrustning", "Bibliotekschef",
         "Inventering mot utlåningslista", [], [], "", "SAKNAS", ""),
        ("Inköp av konst följer riktlinjer för konstinköp", "Ej ändamålsenliga inköp", "Kulturchef",
         "Genomgång av årets inköp", ["Genomförd", "Ej genomförd"], [], "", "OKLAR", ""),
    ]
    for i, c in enumerate(ctr, 1):
        o.p("Kontroll %d" % i, o.h2)
        rows = [
            ["Kontrollmoment", c[0]],
            ["Risk", c[1]],
            ["Ansvarig", c[2]],
            ["Kontrollmetod", c[3]],
            ["Status", box(SOPT, c[4])],
            ["Avvikelse konstaterad", box(["Ja", "Nej"], c[5])],
            ["Kommentar / åtgärd", c[6]],
        ]
        o.table("K%d" % i, rows, [4.0, 13.0], bold_first_col=True, bold_first_row=False, header_rows=0)
        exp(fil, "Kultur- och fritidsnämnden", c[0], c[7], c[8])
    o.p("")
    o.p("Ifylld av: Karin Svensson, kultur- och fritidschef   Datum: 2025-09-11")
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))


# ==================================================================== FILE 6
# Tekniska nämnden: easy plain Word table
def file6():
    fil = "Tekniska nämnden delår 2025 internkontroll.docx"
    d = new_doc()
    d.add_heading("Tekniska nämnden – uppföljning internkontroll delår 2025", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025, period januari–augusti.")
    hdr = ["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    c = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonom TF", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av förbrukningsmaterial", "Inköpare", "Delvis genomförd",
         "Kvartal 1 och 2 kontrollerade. Avtalstrohet 87 %, två inköp gjordes utanför avtal.", "DELVIS", "ja"),
        ("Fakturering av VA-avgifter stäms av mot mätaravläsningar", "VA-chef", "Genomförd",
         "Avstämning utan anmärkning.", "GENOMFORD", "nej"),
        ("Egenkontroll av kommunens lekplatser genomförs enligt besiktningsschema", "Parkchef",
         "Genomförd med avvikelse", "Två lekplatser hade brister i fallskyddet, åtgärdat i juni.", "GENOMFORD", "ja"),
        ("Körjournaler för kommunens bilar förs korrekt", "Fordonssamordnare", "Ej genomförd",
         "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("Underhållsplan för kommunens fastigheter uppdateras", "Fastighetschef", "Pågår",
         "Uppdatering pågår, beräknas klar i oktober.", "DELVIS", ""),
        ("Hantering av drivmedelskort", "Fordonssamordnare", "Utgår",
         "Drivmedelskorten har avvecklats, kontrollen är inte längre aktuell.", "UTGAR", ""),
    ]
    add_table(d, hdr, [x[:4] for x in c], widths=[6.0, 2.8, 2.8, 5.5])
    for x in c:
        exp(fil, "Tekniska nämnden", x[0], x[4], x[5])
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))


# ==================================================================== FILE 7
# Tanums Bostäder AB: legacy .doc, company name only in page header, group rows merged across the table
def file7(tmpdir):
    fil = "IK uppföljning 2025-08-31.doc"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Tanums Bostäder AB  •  Org.nr 556123-4567"
    d.add_paragraph().add_run("Uppföljning internkontroll 2025 – läge per 31 augusti").bold = True
    d.add_paragraph("Rapport till styrelsen och till kommunens ekonomienhet (delårsbokslut).")
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Utfört (Ja/Nej/Delvis)", "Iakttagelser"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    repeat_header(t.rows[0])
    groups = [
        ("Hyresadministration", [
            ("Hyresavier skickas enligt gällande hyresavtal", "Ja", "Stickprov 30 avtal, inga fel.", "GENOMFORD", "nej"),
            ("Hyresfordringar över 60 dagar hanteras enligt inkassorutin", "Ja",
             "4 ärenden hade inte överlämnats till inkasso i tid. Åtgärdat.", "GENOMFORD", "ja"),
            ("Uthyrning sker enligt bostadskön och uthyrningspolicyn", "Delvis",
             "10 av planerade 20 uthyrningar kontrollerade.", "DELVIS", ""),
        ]),
        ("Fastighet och underhåll", [
            ("Systematiskt brandskyddsarbete (SBA) i flerbostadshus dokumenteras", "Nej",
             "Genomförs i november.", "EJ_GENOMFORD", ""),
            ("Upphandlade ramavtal för underhåll följs", "Ja", "", "GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Utgår",
             "Hanteras av kommunens ekonomienhet från 2025 och ingår i kommunstyrelsens kontroll.", "UTGAR", ""),
        ]),
    ]
    for g, ctrls in groups:
        cells = t.add_row().cells
        m = cells[0].merge(cells[2]); set_cell(m, g, bold=True)
        for km, st, com, s, a in ctrls:
            rc = t.add_row().cells
            set_cell(rc[0], km); set_cell(rc[1], st); set_cell(rc[2], com)
            exp(fil, "Tanums Bostäder AB", km, s, a)
    d.add_paragraph("")
    d.add_paragraph("Mats Karlsson, VD")
    src = os.path.join(tmpdir, "IK uppföljning 2025-08-31.docx")
    d.save(src)
    conv(src, "doc", tmpdir)
    shutil.copy(os.path.join(tmpdir, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Tanums Bostäder AB", "2025", "DELAR"))


# ==================================================================== REJECT
# covering letter (missiv) – no follow-up in it
def reject():
    fil = "Följebrev internkontroll delår 2025 Socialnämnden.docx"
    d = new_doc()
    d.add_paragraph("Tanums kommun\nOmsorgsförvaltningen\n2025-09-12")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_paragraph().add_run("Översändande av uppföljning av intern kontroll, delår 2025").bold = True
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden "
                    "januari–augusti 2025. Uppföljningen behandlas av nämnden den 24 september och protokollsutdrag "
                    "skickas när protokollet är justerat.")
    d.add_paragraph("Uppföljningen finns som bilaga 3 till delårsrapporten. Frågor besvaras av "
                    "kvalitetsutvecklare Sara Nilsson, tfn 0525-180 00.")
    d.add_paragraph("Med vänlig hälsning\n\nJohan Ek\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def conv(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round455",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Omsorgsförvaltningen|Socialförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggenheten"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndare i samverkan"),
    ("Räddningsnämnden", "RN|Räddningstjänsten Tanum"),
    ("Tanums Bostäder AB", "TBAB|Tanumsbostäder|Tanums Bostäder"),
]


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmpdir = "/tmp/lo-round455-work"
    shutil.rmtree(tmpdir, ignore_errors=True); os.makedirs(tmpdir)
    file1(); file2(); file3(); file4(); file5(); file6(); file7(tmpdir); reject()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(REGISTER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    print("files:", len(set(x[0] for x in FILES)), "controls:", len(EXP))


if __name__ == "__main__":
    main()
