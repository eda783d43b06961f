#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r248 - theme: tables that passed through other programs.
Kommun Granbo, year 2025, delår (jan-aug). Run: /usr/bin/python3 make_round.py"""
import os, subprocess, shutil, datetime, csv, glob

import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
LO_PROFILE = "file:///tmp/lo-round248"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_wb_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Granbo kommun"


def fixed_doc_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Granbo kommun"
    cp.author = "Granbo kommun"
    cp.revision = 1


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def cell_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            r.add_break()


# ---------------------------------------------------------------------------
# 1 + reject: Socialnämnden. Original (clean) Word -> PDF (the PDF is the
#   rejected file) and a "PDF converted back to Word" docx that is read.
# ---------------------------------------------------------------------------
SN_HEAD = ["Nr", "Process", "Kontrollmoment", "Metod / frekvens", "Ansvarig", "Status delår", "Kommentar"]
SN_ROWS = [
    ("1", "Myndighetsutövning IFO", "Verkställighet av beslut enligt SoL inom tre månader",
     "Stickprov 20 ärenden, tertialvis", "Avdelningschef IFO", "Genomförd",
     "Samtliga 20 granskade beslut verkställda inom tre månader.", "GENOMFORD", "nej"),
    ("2", "Barn och unga", "Uppföljning av placeringar av barn och unga (HVB och familjehem) enligt vårdplan",
     "Genomgång av samtliga placeringar, 1 ggr/år", "Enhetschef barn och unga", "Genomförd med avvikelse",
     "I 3 av 14 placeringar saknades aktuell vårdplan. Åtgärdsplan upprättad, klart okt.", "GENOMFORD", "ja"),
    ("3", "Ekonomiskt bistånd", "Handläggningstid för nyansökan om ekonomiskt bistånd",
     "Stickprov 15 ärenden per tertial", "Enhetschef försörjningsstöd", "Pågår",
     "Kontroll för januari–april klar utan anmärkning, maj–augusti pågår.", "DELVIS", "nej"),
    ("4", "Barn och unga", "Orosanmälningar förhandsbedöms inom 14 dagar",
     "Uttag ur verksamhetssystemet, tertialvis", "Enhetschef mottagning", "Genomförd",
     "Ingen avvikelse. 212 anmälningar, samtliga bedömda inom 14 dagar.", "GENOMFORD", "nej"),
    ("5", "Hemtjänst", "Läkemedelshantering i hemtjänst – kontroll av att signeringslistor är kompletta och följs upp av sjuksköterska",
     "Stickprov 6 enheter, 2 ggr/år", "MAS", "Genomförd med avvikelse",
     "I 2 av 6 granskade enheter saknades signaturer. Åtgärd: utbildning för hemtjänstpersonal.", "GENOMFORD", "ja"),
    ("6", "Kvalitet", "Avvikelserapportering och utredning enligt lex Sarah",
     "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", "Ej påbörjad",
     "Flyttas till tertial 3 på grund av vakans.", "EJ_GENOMFORD", ""),
    ("7", "Personal", "Utdrag ur belastningsregistret finns vid nyanställning inom LSS och barn och unga",
     "Stickprov 10 anställningar", "HR-konsult", "Genomförd",
     "Utdrag fanns i samtliga 10 ärenden.", "GENOMFORD", "nej"),
    ("8", "Särskilt boende", "Hantering av privata medel för brukare på särskilt boende",
     "Kassainventering", "Verksamhetschef äldreomsorg", "Utgår",
     "Utgår enligt beslut SN 2025-04-23 § 41, ingår i revisionens granskning.", "UTGAR", ""),
    ("9", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor", "Förvaltningsekonom", "", "", "SAKNAS", ""),
]
SN_PDF = "Socialnämnden uppföljning IK delår 2025.pdf"
SN_DOCX = "Socialnämnden uppföljning IK delår 2025 (konverterad från PDF).docx"


def sn_original_docx(path):
    d = docx.Document()
    landscape(d)
    fixed_doc_props(d)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Granbo kommun\tSocialnämnden\tDelårsuppföljning intern kontroll 2025"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår januari–augusti", level=1)
    d.add_paragraph("Socialnämnden, Granbo kommun. Uppföljningen avser perioden 2025-01-01 – 2025-08-31 "
                    "och redovisas till kommunstyrelsen i samband med delårsrapporten.")
    t = d.add_table(rows=1, cols=len(SN_HEAD))
    t.style = "Table Grid"
    for i, h in enumerate(SN_HEAD):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "D9E2F3")
    set_repeat_header(t.rows[0])
    for r in SN_ROWS:
        cells = t.add_row().cells
        for i, v in enumerate(r[:7]):
            cell_text(cells[i], v, size=9)
    d.add_paragraph("")
    d.add_paragraph("Granbo 2025-09-15")
    d.add_paragraph("Anna Lindqvist, socialchef")
    d.save(path)


def sn_converted_docx(path):
    """Mimics Acrobat 'Export to Word': one table per page, the page header as a
    paragraph, a control and its status split across the page break, the page
    footer pulled into the table, header row repeated on each page."""
    d = docx.Document()
    landscape(d)
    fixed_doc_props(d)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)

    def page_header():
        p = d.add_paragraph("Granbo kommun                    Socialnämnden                    "
                            "Delårsuppföljning intern kontroll 2025")
        p.runs[0].font.size = Pt(8)

    def new_table():
        t = d.add_table(rows=1, cols=len(SN_HEAD))
        t.style = "Table Grid"
        for i, h in enumerate(SN_HEAD):
            cell_text(t.rows[0].cells[i], h, bold=True)
        return t

    def add(t, vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            cell_text(cells[i], v)
        return cells

    # page 1
    page_header()
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – delår januari–augusti")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Socialnämnden, Granbo kommun. Uppföljningen avser perioden 2025-01-01 – 2025-08-31 "
                    "och redovisas till kommunstyrelsen i samband med delårsrapporten.")
    t1 = new_table()
    for r in SN_ROWS[:4]:
        add(t1, r[:7])
    # control 5 split over the page break (text lines as the PDF had them)
    add(t1, ("5", "Hemtjänst", "Läkemedelshantering i hemtjänst – kontroll av att signeringslistor",
             "Stickprov 6 enheter, 2 ggr/år", "MAS", "Genomförd med",
             "I 2 av 6 granskade enheter saknades"))
    d.add_paragraph("Sida 1 av 3")
    d.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)
    # page 2
    page_header()
    t2 = new_table()
    add(t2, ("", "", "är kompletta och följs upp av sjuksköterska", "", "", "avvikelse",
             "signaturer. Åtgärd: utbildning för hemtjänstpersonal."))
    for r in SN_ROWS[5:7]:
        add(t2, r[:7])
    # footer pulled into the table as a merged row
    cells = t2.add_row().cells
    m = cells[0].merge(cells[-1])
    cell_text(m, "Sida 2 av 3")
    # header repeated once more (converter kept the repeated header of the original)
    cells = t2.add_row().cells
    for i, h in enumerate(SN_HEAD):
        cell_text(cells[i], h, bold=True)
    for r in SN_ROWS[7:]:
        add(t2, r[:7])
    d.add_paragraph("")
    d.add_paragraph("Granbo 2025-09-15")
    d.add_paragraph("Anna Lindqvist, socialchef")
    d.add_paragraph("Sida 3 av 3")
    d.save(path)


def build_sn():
    tmp = "/tmp/r248_sn"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    src = os.path.join(tmp, "Socialnämnden uppföljning IK delår 2025.docx")
    sn_original_docx(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "Socialnämnden uppföljning IK delår 2025.pdf"), os.path.join(OUT, SN_PDF))
    FILES.append((SN_PDF, "AVVISAD", "", "", ""))

    sn_converted_docx(os.path.join(OUT, SN_DOCX))
    FILES.append((SN_DOCX, "INLAST", "Socialnämnden", "2025", "DELAR"))
    for r in SN_ROWS:
        exp(SN_DOCX, "Socialnämnden", r[2], r[7], r[8])


# ---------------------------------------------------------------------------
# 2: Kommunstyrelsen + Valnämnden: PDF converted to Excel. Each text line of
#    the PDF is its own row, columns shift on page 2, page header repeated.
# ---------------------------------------------------------------------------
KS_FILE = "KS_VN_IK_delar_2025_fran_pdf.xlsx"


def build_ks():
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Table 1"
    rows = []
    H1 = ["Id", "Process", "Kontrollmoment", None, "Utfört", "Resultat/kommentar", "Status"]
    rows += [
        ["Granbo kommun", None, None, None, None, None, "2025-09-12"],
        ["Uppföljning intern kontroll 2025 – delår 1 januari–31 augusti", None, None, None, None, None, None],
        ["Kommunstyrelsen och Valnämnden", None, None, None, None, None, None],
        [None] * 7,
        H1,
        ["Kommunstyrelsen", None, None, None, None, None, None],
        ["KS1", "Ekonomi", "Attest av leverantörsfakturor enligt", None, "Maj, aug",
         "Stickprov 40 fakturor, 2 saknade", "Genomförd"],
        [None, None, "attestordningen", None, None, "korrekt attest. Återkoppling till attestanter.", None],
        ["KS2", "Upphandling", "Kontroll av att direktupphandlingar över 100", None, "April",
         "Jan–april kontrollerad, inga avvikelser", "Delvis"],
        [None, None, "tkr dokumenteras enligt riktlinjen", None, None, "hittills. Maj–aug återstår.", "genomförd"],
        ["KS3", "IT", "Behörigheter i ekonomisystemet Raindance", None, "Juni",
         "Tre konton för avslutade anställda", "Genomförd"],
        [None, None, "stäms av mot anställningsstatus", None, None, "var aktiva och har spärrats.", None],
        ["KS4", "Ekonomi", "Representation och förtroendekänsliga poster", None, "Mars, aug",
         "Inga avvikelser.", "Genomförd"],
        ["KS5", "Administration", "Diarieföring av inkommande handlingar", None, "–",
         "Skjuts till hösten p.g.a. byte av", "Ej genomförd"],
        [None, None, None, None, None, "ärendehanteringssystem.", None],
        [None] * 7,
        ["Sida 1 av 2", None, None, None, None, None, None],
        ["Granbo kommun", None, None, None, None, None, "2025-09-12"],
    ]
    # page 2: converter found an extra column at the left -> everything shifted one column right
    H2 = [None, "Id", "Process", "Kontrollmoment", "Utfört", "Resultat/kommentar", "Status"]
    rows += [
        H2,
        [None, "KS6", "Lön", "Löneutbetalningar – kontroll av nyupplagda", "Jan–aug",
         "Inga avvikelser.", "Genomförd"],
        [None, None, None, "anställda mot underlag", None, None, None],
        [None, "KS7", "Informationssäkerhet", "Uppföljning av incidentrapportering", None,
         "Ersätts av ny kontroll i plan 2026 enligt KS", "Ej aktuell"],
        [None, None, None, None, None, "beslut 2025-03-05 § 34.", None],
        [None, "Valnämnden", None, None, None, None, None],
        [None, "VN1", "Val 2026", "Rekrytering och utbildning av röstmottagare", "Pågår",
         "Rekrytering påbörjad, utbildning", "Delvis"],
        [None, None, None, "inför valet 2026", None, "planeras till våren 2026.", "genomförd"],
        [None, "VN2", "Val 2026", "Kontroll av att vallokaler uppfyller", None,
         "Planeras till oktober.", "Ej genomförd"],
        [None, None, None, "tillgänglighetskraven", None, None, None],
        [None, "VN3", "Ekonomi", "Arvodesutbetalningar till röstmottagare", None,
         "Inget val genomförs 2025.", "Ej aktuell"],
        [None] * 7,
        [None, "Sida 2 av 2", None, None, None, None, None],
    ]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows():
        for c in row:
            c.font = Font(name="Calibri", size=10)
    for rr in (2,):
        ws.cell(rr, 1).font = Font(name="Calibri", size=14, bold=True)
    ws.cell(3, 1).font = Font(name="Calibri", size=12, bold=True)
    for rr in range(1, ws.max_row + 1):
        vals = [ws.cell(rr, c).value for c in range(1, 8)]
        if "Kontrollmoment" in vals:
            for c in range(1, 8):
                ws.cell(rr, c).font = Font(name="Calibri", size=10, bold=True)
    widths = [9, 16, 38, 8, 10, 40, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, KS_FILE))
    FILES.append((KS_FILE, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    FILES.append((KS_FILE, "INLAST", "Valnämnden", "2025", "DELAR"))
    K = "Kommunstyrelsen"
    exp(KS_FILE, K, "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "ja")
    exp(KS_FILE, K, "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "DELVIS", "nej")
    exp(KS_FILE, K, "Behörigheter i ekonomisystemet Raindance stäms av mot anställningsstatus", "GENOMFORD", "ja")
    exp(KS_FILE, K, "Representation och förtroendekänsliga poster", "GENOMFORD", "nej")
    exp(KS_FILE, K, "Diarieföring av inkommande handlingar", "EJ_GENOMFORD", "")
    exp(KS_FILE, K, "Löneutbetalningar – kontroll av nyupplagda anställda mot underlag", "GENOMFORD", "nej")
    exp(KS_FILE, K, "Uppföljning av incidentrapportering", "UTGAR", "")
    V = "Valnämnden"
    exp(KS_FILE, V, "Rekrytering och utbildning av röstmottagare inför valet 2026", "DELVIS", "")
    exp(KS_FILE, V, "Kontroll av att vallokaler uppfyller tillgänglighetskraven", "EJ_GENOMFORD", "")
    exp(KS_FILE, V, "Arvodesutbetalningar till röstmottagare", "UTGAR", "")


# ---------------------------------------------------------------------------
# 3: BUN: plain-text e-mail pasted into Excel - everything in column A,
#    fixed-width columns made of spaces, long texts wrapped onto next line.
# ---------------------------------------------------------------------------
BUN_FILE = "BUN IK delår 2025.xlsx"


def build_bun():
    W = [4, 52, 22, 18]

    def line(nr, km, ans, st, kom):
        return (nr.ljust(W[0]) + km.ljust(W[1]) + ans.ljust(W[2]) + st.ljust(W[3]) + kom).rstrip()

    lines = [
        "Från: Karin Ek <karin.ek@granbo.se>",
        "Skickat: den 12 september 2025 14:03",
        "Till: Ekonomienheten <ekonomi@granbo.se>",
        "Ämne: SV: Delårsuppföljning intern kontroll BUN 2025",
        "",
        "Hej!",
        "Här kommer barn- och utbildningsnämndens uppföljning av internkontrollplanen per 31 augusti.",
        "Tabellen är kopierad ur Hypergene, hoppas formatet går att använda.",
        "",
        line("Nr", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar"),
        "-" * 130,
        line("1", "Frånvaro hos elever följs upp enligt rutin", "Rektorer", "Genomförd",
             "Ingen avvikelse."),
        line("2", "Skolskjuts – beslut fattas enligt riktlinjer", "Skolskjutshandl.", "Genomförd",
             "2 av 20 beslut saknade motivering,"),
        line("", "", "", "", "rutinen förtydligad."),
        line("3", "Anmälan om kränkande behandling till huvudman", "Rektorer", "Genomförd m anm",
             "Fyra anmälningar inkom senare"),
        line("", "inom fem arbetsdagar", "", "", "än fem dagar."),
        line("4", "Barnomsorgsavgifter – kontroll av inkomstuppgifter", "Avgiftshandläggare", "Pågår",
             "Urval 50 hushåll, 30 klara."),
        line("5", "Inköp följer gällande ramavtal", "Förvaltningsekonom", "Ej påbörjad",
             "Startar i september."),
        line("6", "Registerkontroll av personal i förskola", "HR", "Genomförd",
             "Samtliga nyanställda kontrollerade."),
        line("7", "Systematiskt brandskyddsarbete på skolenheterna", "Fastighetssamordn.", "Delvis",
             "9 av 14 enheter klara."),
        line("8", "Behörighetsloggar i elevhälsans journalsystem", "Verksamhetschef EH", "–",
             "Se bilaga."),
        line("", "granskas", "", "", ""),
        "-" * 130,
        "",
        "Med vänlig hälsning",
        "Karin Ek",
        "Controller, Barn- och utbildningsförvaltningen",
        "Granbo kommun",
    ]
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    for i, l in enumerate(lines, 1):
        c = ws.cell(i, 1, l if l else None)
        c.font = Font(name="Courier New", size=10)
    ws.column_dimensions["A"].width = 14
    wb.save(os.path.join(OUT, BUN_FILE))
    FILES.append((BUN_FILE, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
    B = "Barn- och utbildningsnämnden"
    exp(BUN_FILE, B, "Frånvaro hos elever följs upp enligt rutin", "GENOMFORD", "nej")
    exp(BUN_FILE, B, "Skolskjuts – beslut fattas enligt riktlinjer", "GENOMFORD", "ja")
    exp(BUN_FILE, B, "Anmälan om kränkande behandling till huvudman inom fem arbetsdagar", "GENOMFORD", "ja")
    exp(BUN_FILE, B, "Barnomsorgsavgifter – kontroll av inkomstuppgifter", "DELVIS", "")
    exp(BUN_FILE, B, "Inköp följer gällande ramavtal", "EJ_GENOMFORD", "")
    exp(BUN_FILE, B, "Registerkontroll av personal i förskola", "GENOMFORD", "nej")
    exp(BUN_FILE, B, "Systematiskt brandskyddsarbete på skolenheterna", "DELVIS", "")
    exp(BUN_FILE, B, "Behörighetsloggar i elevhälsans journalsystem granskas", "OKLAR", "")


# ---------------------------------------------------------------------------
# 4: Tekniska nämnden: web page (Stratsys) pasted into Excel - breadcrumb,
#    empty spacer columns, merged header cells, symbols + legend, nbsp.
# ---------------------------------------------------------------------------
TN_FILE = "Tekniska nämnden - IK delår 2025.xlsx"


def build_tn():
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    NB = "\u00a0"
    ws["B1"] = "Start › Tekniska nämnden › Internkontroll 2025 › Uppföljning"
    ws["B1"].font = Font(color="0563C1", underline="single", size=9)
    ws["B2"] = "Logga ut"
    ws["B2"].font = Font(color="0563C1", underline="single", size=9)
    ws["B4"] = "Internkontrollplan 2025 – Tekniska nämnden"
    ws["B4"].font = Font(size=16, bold=True, color="1F3864")
    ws["B5"] = "Rapportperiod:" + NB + "Augusti 2025 (delår)"
    ws["B6"] = "Visa:" + NB + "Alla kontrollmoment" + NB * 3 + "Exportera" + NB + "|" + NB + "Skriv ut"
    ws["B6"].font = Font(color="0563C1", size=9)
    hdr_row = 8
    heads = {2: "Kontrollmoment", 4: "Process", 6: "Status", 8: "Kommentar", 10: "Senast uppdaterad"}
    for col, h in heads.items():
        ws.cell(hdr_row, col, h)
        ws.merge_cells(start_row=hdr_row, start_column=col, end_row=hdr_row, end_column=col + 1)
        ws.cell(hdr_row, col).font = Font(bold=True, color="FFFFFF")
        ws.cell(hdr_row, col).fill = PatternFill("solid", fgColor="1F3864")
    data = [
        ("grp", "Fastighetsförvaltning"),
        ("Kontroll av att besiktningar av lekplatser genomförs enligt plan", "Fastighetsförvaltning",
         "●" + NB + "Klar", "Samtliga 23 lekplatser besiktigade, inga allvarliga anmärkningar.", "2025-06-30",
         "GENOMFORD", "nej"),
        ("Hyreskontrakt för externt inhyrda lokaler följs upp mot avtalsregistret", "Fastighetsförvaltning",
         "◐" + NB + "Pågående", "12 av 31 kontrakt genomgångna.", "2025-08-28", "DELVIS", ""),
        ("Energiuppföljning för kommunens fastigheter", "Fastighetsförvaltning",
         "●" + NB + "Klar", "Avvikande förbrukning i Granbo sporthall, felsökning av ventilation pågår.",
         "2025-08-20", "GENOMFORD", "ja"),
        ("grp", "Gata/park"),
        ("Vinterväghållning – kontroll av entreprenörens utförande mot avtal", "Gata/park",
         "●" + NB + "Klar", "Stickprov på 15 utryckningar, utförda enligt avtal.", "2025-04-15",
         "GENOMFORD", "nej"),
        ("Kontroll av att schaktanmälningar hanteras inom fastställd tid", "Gata/park",
         "○" + NB + "Ej" + NB + "startad", "", "2025-01-10", "EJ_GENOMFORD", ""),
        ("grp", "VA och avfall"),
        ("Debitering av VA-avgifter stäms av mot mätarställning", "VA och avfall",
         "●" + NB + "Klar", "Avstämning utan anmärkning.", "2025-05-31", "GENOMFORD", "nej"),
        ("Uppföljning av avfallsentreprenörens avvikelserapporter", "VA och avfall",
         "✕" + NB + "Avbruten", "Avbruten genom beslut TN 2025-05-14 § 52, ny entreprenör från 1 juli.",
         "2025-05-15", "UTGAR", ""),
    ]
    r = hdr_row + 1
    for d in data:
        if d[0] == "grp":
            ws.cell(r, 2, d[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
            ws.cell(r, 2).fill = PatternFill("solid", fgColor="D9E1F2")
            r += 1
            continue
        km, proc, st, kom, upd, s, a = d
        ws.cell(r, 2, km)
        ws.cell(r, 4, proc)
        c = ws.cell(r, 6, st)
        col = {"●": "00B050", "◐": "FFC000", "○": "7F7F7F", "✕": "C00000"}[st[0]]
        c.font = Font(color=col)
        ws.cell(r, 8, kom if kom else None)
        ws.cell(r, 10, upd)
        for cc in (2, 4, 6, 8, 10):
            ws.merge_cells(start_row=r, start_column=cc, end_row=r, end_column=cc + 1)
            ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="top")
        exp(TN_FILE, "Tekniska nämnden", km, s, a)
        r += 1
    r += 1
    ws.cell(r, 2, "Teckenförklaring:" + NB + "●" + NB + "Klar" + NB * 3 + "◐" + NB + "Pågående" + NB * 3
            + "○" + NB + "Ej startad" + NB * 3 + "✕" + NB + "Avbruten").font = Font(size=9, italic=True)
    r += 2
    ws.cell(r, 2, "© Stratsys AB").font = Font(size=8, color="7F7F7F")
    for col in range(1, 13):
        ws.column_dimensions[get_column_letter(col)].width = 2 if col % 2 == 1 else 30
    ws.column_dimensions["H"].width = 45
    wb.save(os.path.join(OUT, TN_FILE))
    FILES.append((TN_FILE, "INLAST", "Tekniska nämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5: Kultur- och fritidsnämnden: tables copied from PowerPoint into Word.
#    Slide titles as paragraphs, coloured "●" as status, legend at the end,
#    one status shape was lost in the paste.
# ---------------------------------------------------------------------------
KFN_FILE = "KFN_delår_IK_2025.docx"
GREEN, YELLOW, RED = "00B050", "FFC000", "FF0000"


def build_kfn():
    d = docx.Document()
    fixed_doc_props(d)
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri Light"

    def title(txt, size=24):
        p = d.add_paragraph()
        r = p.add_run(txt)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor.from_string("44546A")

    title("Intern kontroll 2025", 28)
    title("Uppföljning delår – Kultur- och fritidsnämnden", 18)
    d.add_paragraph("Dragning för KFN 2025-09-18").runs[0].font.size = Pt(12)
    d.add_paragraph("1")
    d.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    head = ["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]

    def slide_table(title_txt, rows, slide_no):
        title(title_txt, 24)
        t = d.add_table(rows=1, cols=4)
        for i, h in enumerate(head):
            cell_text(t.rows[0].cells[i], h, bold=True, size=14, color="FFFFFF")
            shade(t.rows[0].cells[i], "4472C4")
        for k, (km, ans, colr, kom, s, a) in enumerate(rows):
            cells = t.add_row().cells
            cell_text(cells[0], km, size=14)
            cell_text(cells[1], ans, size=14)
            if colr:
                cell_text(cells[2], "●", size=20, color=colr)
            else:
                cell_text(cells[2], "", size=14)
            cell_text(cells[3], kom, size=12)
            fill = "CFD5EA" if k % 2 == 0 else "E9EBF5"
            for c in cells:
                shade(c, fill)
            exp(KFN_FILE, "Kultur- och fritidsnämnden", km, s, a)
        p = d.add_paragraph()
        for txt, colr in (("● ", GREEN), ("Genomförd   ", None), ("● ", YELLOW), ("Pågår   ", None),
                          ("● ", RED), ("Ej påbörjad", None)):
            r = p.add_run(txt)
            r.font.size = Pt(11)
            if colr:
                r.font.color.rgb = RGBColor.from_string(colr)
        d.add_paragraph(str(slide_no))

    slide_table("Kontroller – ekonomi och bidrag", [
        ("Föreningsbidrag – redovisning har inkommit före utbetalning", "Bidragshandläggare", GREEN,
         "Stickprov 15 föreningar, ok.", "GENOMFORD", "nej"),
        ("Kassahantering i simhallen och på biblioteket", "Enhetschefer", GREEN,
         "Kassadifferens 1 200 kr i simhallen, rutinen uppdaterad.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler – debitering enligt taxa", "Bokningsansvarig", YELLOW,
         "Halva urvalet kontrollerat.", "DELVIS", ""),
        ("Inventering av konstsamlingen", "Kulturchef", RED,
         "Planeras till kvartal 4.", "EJ_GENOMFORD", ""),
    ], 2)
    d.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)
    slide_table("Kontroller – verksamhet", [
        ("Ledarregistrering i ansökningar om LOK-stöd", "Bidragshandläggare", GREEN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av material till fritidsgårdarna", "Fritidschef", YELLOW,
         "Pågår, klart i oktober.", "DELVIS", ""),
        ("Säkerhetsrutiner vid egna arrangemang", "Evenemangssamordnare", None,
         "", "SAKNAS", ""),
    ], 3)
    d.save(os.path.join(OUT, KFN_FILE))
    FILES.append((KFN_FILE, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6: Samhällsbyggnadsnämnden: Excel range pasted into Word as a table.
#    Excel title rows inside the table, an empty spacer column, T1 + Delår
#    code columns, legend and count rows inside the table.
# ---------------------------------------------------------------------------
SBN_FILE = "SBN uppföljning intern kontroll delår 2025.docx"


def build_sbn():
    d = docx.Document()
    fixed_doc_props(d)
    landscape(d)
    p = d.add_paragraph()
    r = p.add_run("Bilaga 3 till delårsrapport 2025")
    r.bold = True
    d.add_paragraph("Samhällsbyggnadsnämnden följer upp internkontrollplanen två gånger per år före "
                    "helårsuppföljningen. Nedan redovisas status efter tertial 1 och per delår (31 augusti).")
    rows = [
        # nr, km, metod, frekvens, T1, delår, kommentar, status, avv
        ("1", "Bygglov handläggs inom lagstadgad tid", "Uttag ur Castor", "Tertialvis", "G", "G",
         "3 ärenden överskred 10 veckor, avgiften reducerad.", "GENOMFORD", "ja"),
        ("2", "Debitering av bygglovsavgifter enligt taxa", "Stickprov 20", "Tertialvis", "D", "G",
         "Inga fel.", "GENOMFORD", "nej"),
        ("3", "Detaljplaner diarieförs och expedieras korrekt", "Genomgång", "1 ggr/år", "G", "",
         "Årlig kontroll, utförd i mars utan anmärkning.", "GENOMFORD", "nej"),
        ("4", "Lantmäteriförrättningar – fakturering sker efter avslutad förrättning", "Stickprov 10",
         "Tertialvis", "E", "D", "Fem av tio kontrollerade.", "DELVIS", ""),
        ("5", "Tillsyn av ovårdade tomter enligt tillsynsplan", "Avstämning mot plan", "Tertialvis", "E", "E",
         "Resursbrist, prioriteras hösten 2025.", "EJ_GENOMFORD", ""),
        ("6", "Markanvisningsavtal följs upp avseende byggstart", "Genomgång avtal", "1 ggr/år", "", "U",
         "Inga aktiva markanvisningar 2025.", "UTGAR", ""),
        ("7", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25", "Tertialvis", "G", "G",
         "", "GENOMFORD", ""),
        ("8", "Bostadsanpassningsbidrag – slutbesiktning är gjord före utbetalning", "Stickprov 15",
         "Tertialvis", "D", "G", "Ett ärende utbetalt utan slutbesiktning, rutin förtydligad.",
         "GENOMFORD", "ja"),
    ]
    ncol = 8  # Nr, Kontrollmoment, (empty), Metod, Frekvens, T1, Delår, Kommentar
    t = d.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"

    def full(txt, bold=False, size=11):
        cells = t.add_row().cells
        cell_text(cells[0], txt, bold=bold, size=size)   # Excel keeps title text in the first cell only

    full("Samhällsbyggnadsnämnden", bold=True, size=14)
    full("Uppföljning internkontrollplan 2025", bold=True)
    t.add_row()
    cells = t.add_row().cells
    for i, h in enumerate(["Nr", "Kontrollmoment", "", "Kontrollmetod", "Frekvens", "T1", "Delår", "Kommentar"]):
        cell_text(cells[i], h, bold=True, size=10)
        shade(cells[i], "BDD7EE")
    for r in rows:
        cells = t.add_row().cells
        vals = [r[0], r[1], "", r[2], r[3], r[4], r[5], r[6]]
        for i, v in enumerate(vals):
            cell_text(cells[i], v, size=10)
        exp(SBN_FILE, "Samhällsbyggnadsnämnden", r[1], r[7], r[8])
    cells = t.add_row().cells
    cell_text(cells[1], "Antal kontrollmoment", bold=True, size=10)
    cell_text(cells[5], "7", size=10)
    cell_text(cells[6], "8", size=10)
    t.add_row()
    full("Teckenförklaring: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår", size=9)
    full("Ifylld av: Per Holm, verksamhetscontroller SBF, 2025-09-10", size=9)
    d.add_paragraph("")
    d.add_paragraph("Förvaltningens bedömning är att den interna kontrollen i allt väsentligt är tillräcklig.")
    d.save(os.path.join(OUT, SBN_FILE))
    FILES.append((SBN_FILE, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7: Överförmyndarnämnden: .xls where a tab-separated text was pasted into
#    single cells - each row one cell in column A with tabs. Nämnd only in the
#    file name.
# ---------------------------------------------------------------------------
OFN_FILE = "ÖFN IK delår 2025.xls"


def build_ofn():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    rows = [
        ("1", "Granskning av årsräkningar senast 30 juni", "Genomförd",
         "Samtliga årsräkningar granskade före 30 juni.", "GENOMFORD", "nej"),
        ("2", "Ställföreträdare har giltigt utdrag ur belastningsregistret", "Delvis",
         "Utdrag saknas för 4 nya gode män, har begärts in.", "DELVIS", "ja"),
        ("3", "Arvodesbeslut följer nämndens riktlinjer", "Genomförd", "Ingen avvikelse.", "GENOMFORD", "nej"),
        ("4", "Förvaltarskap – uttag från spärrat konto kontrolleras mot beslut", "Ej genomförd",
         "Görs under hösten.", "EJ_GENOMFORD", ""),
        ("5", "Gallring av akter enligt dokumenthanteringsplan", "Utgår",
         "Ej aktuell efter ny dokumenthanteringsplan.", "UTGAR", ""),
    ]
    bold = xlwt.easyxf("font: bold on")
    ws.write(0, 0, "Uppföljning intern kontroll – delår 2025 (jan–aug)", xlwt.easyxf("font: bold on, height 280"))
    ws.write(2, 0, "Nr\tKontrollmoment\tStatus\tKommentar", bold)
    for i, r in enumerate(rows):
        ws.write(3 + i, 0, "\t".join(r[:4]))
        exp(OFN_FILE, "Överförmyndarnämnden", r[1], r[4], r[5])
    ws.write(10, 0, "Rapporterat av Lena Sjöberg 2025-09-08")
    ws.col(0).width = 256 * 60
    wb.save(os.path.join(OUT, OFN_FILE))
    FILES.append((OFN_FILE, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8: Granbo Bostäder AB: PDF converted to Excel by an online converter -
#    one sheet per page ("Page 1", "Page 2"), header repeated, numbers as
#    text, legend at the end of the last page.
# ---------------------------------------------------------------------------
GBAB_FILE = "Granbo Bostäder IK 2025 delår.xlsx"


def build_gbab():
    wb = openpyxl.Workbook()
    fixed_wb_props(wb)
    head = ["Risk", "Kontrollmoment", "Ansvarig", "Riskvärde", "Uppföljning augusti", "Status"]
    p1 = [
        ("Felaktig debitering", "Hyresavisering – nya hyror debiteras enligt förhandlingsresultat",
         "Ekonomichef", "9", "Kontrollerat 40 avier.", "OK", "GENOMFORD", "nej"),
        ("Personskada", "Besiktning av hissar sker enligt lag", "Fastighetschef", "12",
         "Alla 38 hissar besiktigade.", "OK", "GENOMFORD", "nej"),
        ("Ekonomisk förlust", "Hantering av depositioner och hyresskulder", "Kundtjänstchef", "8",
         "Två hyresskulder äldre än tre månader utan påminnelse.", "Avvikelse", "GENOMFORD", "ja"),
        ("Brott mot LOU", "Upphandling av ramavtal för underhåll följer LOU", "Inköpare", "6",
         "Upphandling pågår, kontroll efter tilldelning.", "Pågår", "DELVIS", ""),
    ]
    p2 = [
        ("Förtroendeskada", "Uthyrning sker enligt kö-regler och förturspolicy", "Uthyrningschef", "9",
         "20 kontrakt granskade.", "OK", "GENOMFORD", "nej"),
        ("Kundmissnöje", "Felanmälningar åtgärdas inom avtalad tid", "Driftchef", "6",
         "", "Ej startad", "EJ_GENOMFORD", ""),
        ("Oegentligheter", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "8",
         "En faktura attesterad av jävig person.", "Avvikelse", "GENOMFORD", "ja"),
    ]
    ws = wb.active
    ws.title = "Page 1"
    ws.append(["Granbo Bostäder AB"])
    ws.append(["Internkontrollplan 2025 – uppföljning per 2025-08-31"])
    ws.append([])
    ws.append(head)
    for r in p1:
        ws.append(list(r[:6]))
        exp(GBAB_FILE, "Granbo Bostäder AB", r[1], r[6], r[7])
    ws.append([])
    ws.append(["", "", "", "", "", "1 (2)"])
    ws2 = wb.create_sheet("Page 2")
    ws2.append(["Granbo Bostäder AB", "", "", "", "", ""])
    ws2.append(head)
    for r in p2:
        ws2.append(list(r[:6]))
        exp(GBAB_FILE, "Granbo Bostäder AB", r[1], r[6], r[7])
    ws2.append([])
    ws2.append(["Status: OK = kontroll genomförd utan anmärkning. Avvikelse = kontroll genomförd, brister noterade. "
                "Pågår = kontroll påbörjad. Ej startad = kontroll ej påbörjad."])
    ws2.append(["Godkänd av styrelsen 2025-09-22"])
    ws2.append(["", "", "", "", "", "2 (2)"])
    for w in (ws, ws2):
        for i, wd in enumerate([18, 50, 16, 10, 40, 12], 1):
            w.column_dimensions[get_column_letter(i)].width = wd
        for row in w.iter_rows():
            for c in row:
                c.font = Font(name="Arial", size=9)
                c.alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    wb.save(os.path.join(OUT, GBAB_FILE))
    FILES.append((GBAB_FILE, "INLAST", "Granbo Bostäder AB", "2025", "DELAR"))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|ÖF"),
    ("Granbo Bostäder AB", "Granbo Bostäder|GBAB"),
    ("Räddningstjänstförbundet Granbo-Älvdal", "RTF|Räddningstjänsten"),
]


def main():
    for f in os.listdir(OUT):
        if f != "make_round.py" and f != "README.md" and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    build_sn()
    build_ks()
    build_bun()
    build_tn()
    build_kfn()
    build_sbn()
    build_ofn()
    build_gbab()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
