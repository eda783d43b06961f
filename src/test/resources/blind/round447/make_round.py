#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r447 - Forshaga kommun, tertial 1 2025.
Theme: OpenDocument (.ods/.odt) and legacy (.xls/.doc) follow-ups whose status is shown
by traffic-light cell fills or coloured symbols, explained by a legend (one file has no legend).
Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import os
import shutil
import subprocess
import glob

import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
import xlwt
import docx
from docx.shared import RGBColor, Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TableCellProperties, TextProperties, TableColumnProperties,
                       ParagraphProperties)
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf import text as odftext

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r447-build"
LO_PROFILE = "file:///tmp/lo-round447"

GREEN = "00B050"
YELLOW = "FFC000"
RED = "FF0000"
GREY = "A6A6A6"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    outdir = os.path.join(TMP, "conv_" + fmt.split(":")[0])
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = fmt.split(":")[0]
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    shutil.move(produced, os.path.join(OUT, outname))


# ----------------------------------------------------------------------------------------
# 1. Kommunstyrelsen - .ods written with odfpy, fills, legend BELOW the table (easy)
# ----------------------------------------------------------------------------------------
def build_ks():
    fil = "KS_Internkontroll_T1_2025.ods"
    nd = "Kommunstyrelsen"
    doc = OpenDocumentSpreadsheet()

    def cellstyle(name, bg=None, bold=False, wrap=True, size=None):
        st = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = "#" + bg
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["border"] = "0.5pt solid #808080"
        st.addElement(TableCellProperties(**kw))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        if tp:
            st.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(st)
        return st

    def plainstyle(name, bold=False, size=None):
        st = Style(name=name, family="table-cell")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        if tp:
            st.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(st)
        return st

    s_title = plainstyle("title", bold=True, size="14pt")
    s_bold = plainstyle("bold", bold=True)
    s_plain = plainstyle("plain")
    s_head = cellstyle("head", bg="D9E1F2", bold=True)
    s_body = cellstyle("body")
    fills = {"G": cellstyle("fG", bg=GREEN), "Y": cellstyle("fY", bg=YELLOW),
             "R": cellstyle("fR", bg=RED), "N": cellstyle("fN")}

    widths = ["1.0cm", "3.5cm", "7.5cm", "3.5cm", "2.4cm", "2.2cm", "8.5cm"]
    table = Table(name="IK T1 2025")
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def row(values, styles):
        tr = TableRow()
        for v, st in zip(values, styles):
            if v is None or v == "":
                tc = TableCell(stylename=st)
            else:
                if isinstance(v, int):
                    tc = TableCell(valuetype="float", value=v, stylename=st)
                    tc.addElement(odftext.P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string", stylename=st)
                    for line in v.split("\n"):
                        tc.addElement(odftext.P(text=line))
            tr.addElement(tc)
        table.addElement(tr)

    row(["Forshaga kommun"], [s_bold])
    row(["Kommunstyrelsen – uppföljning av internkontrollplan 2025"], [s_title])
    row(["Period: Tertial 1 (januari–april)"], [s_plain])
    row([""], [s_plain])
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Status T1", "Kommentar"]
    row(hdr, [s_head] * len(hdr))
    data = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Tertialvis", "G", "Stickprov 25 fakturor, samtliga korrekt attesterade.",
         "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Redovisningsansvarig", "Tertialvis", "R",
         "Av 12 granskade representationsfakturor saknade 4 deltagarförteckning. "
         "Påminnelse har skickats till berörda chefer.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Kontroll av avtalstrohet vid inköp över 100 000 kr", "Upphandlingschef",
         "Tertialvis", "Y", "Januari–februari granskade. Mars–april redovisas i T2.",
         "DELVIS", ""),
        (4, "Personal", "Kontroll att löneutbetalningar till nyanställda sker enligt beslut",
         "HR-chef", "Tertialvis", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        (5, "IT och informationssäkerhet",
         "Behörighetskontroll i ekonomisystemet – avslutade anställningar",
         "IT-chef", "Halvår", "N", "Genomförs i augusti.", "EJ_GENOMFORD", ""),
        (6, "Dokumenthantering", "Diarieföring av inkommande handlingar inom föreskriven tid",
         "Kommunsekreterare", "Tertialvis", "G", "Stickprov 20 handlingar, samtliga diarieförda i tid.",
         "GENOMFORD", "nej"),
        (7, "Personal", "Kontroll av bisysslor hos chefer", "HR-chef", "Årligen", "Y",
         "Enkät utskickad i april, svar inkommer under maj.", "DELVIS", ""),
        (8, "Säkerhet", "Uppdatering av krisledningsplan och kontaktlistor", "Säkerhetssamordnare",
         "Årligen", "R",
         "Kontaktlistor uppdaterade.\nTvå förvaltningar har inte reviderat sina delar av planen.",
         "GENOMFORD", "ja"),
    ]
    for nr, proc, km, ans, frek, col, kom, st, av in data:
        row([nr, proc, km, ans, frek, "", kom],
            [s_body, s_body, s_body, s_body, s_body, fills[col], s_body])
        exp(fil, nd, km, st, av)
    row([""], [s_plain])
    row(["", "Förklaring status:"], [s_plain, s_bold])
    row(["", "", "Kontrollen genomförd utan avvikelse"], [s_plain, fills["G"], s_plain])
    row(["", "", "Kontrollen pågår / delvis genomförd"], [s_plain, fills["Y"], s_plain])
    row(["", "", "Kontrollen genomförd – avvikelse konstaterad"], [s_plain, fills["R"], s_plain])
    row(["", "", "Ej påbörjad (ingen färg)"], [s_plain, fills["N"], s_plain])
    row([""], [s_plain])
    row(["", "Sammanställt 2025-05-07, Anna Lindqvist, ekonomiavdelningen"], [s_plain, s_plain])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "T1"))


# ----------------------------------------------------------------------------------------
# 2. Socialnämnden - .odt (python-docx -> LibreOffice), coloured ● in a table, legend ABOVE
# ----------------------------------------------------------------------------------------
def build_sn():
    fil = "SN uppföljning internkontrollplan T1 2025.odt"
    nd = "Socialnämnden"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). "
        "Nedan redovisas utfallet av de kontroller som ska följas upp under årets första tertial. "
        "Kontrollerna har genomförts av respektive enhetschef tillsammans med förvaltningens "
        "kvalitetsutvecklare.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    for color, label in [(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Genomförd med anmärkning"),
                         (RED, "Ej genomförd"), (None, "Ej påbörjad, planeras senare under året")]:
        sym = "○" if color is None else "●"
        r = p.add_run(sym + " ")
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        p.add_run(label + "    ")

    hdr = ["Område/process", "Kontrollmoment", "Metod", "Status", "Resultat/kommentar"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True

    def heading_row(txt):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        m.text = ""
        m.paragraphs[0].add_run(txt).bold = True

    def ctrl(area, km, metod, sym, kom):
        cells = t.add_row().cells
        cells[0].text = area
        cells[1].text = km
        cells[2].text = metod
        cells[3].text = ""
        if sym:
            color, ch = sym
            r = cells[3].paragraphs[0].add_run(ch)
            r.font.size = Pt(14)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[4].text = kom

    G, Y, R, O = (GREEN, "●"), (YELLOW, "●"), (RED, "●"), (None, "○")
    groups = [
        ("Individ- och familjeomsorg", [
            ("Myndighetsutövning",
             "Handläggningstid för förhandsbedömning inom 14 dagar enligt SoL 11 kap. 1 a §",
             "Stickprov 15 ärenden i Treserva", G, "15 av 15 ärenden inom tidsgränsen.",
             "GENOMFORD", "nej"),
            ("Myndighetsutövning",
             "Uppföljning av placerade barn – vårdplan och genomförandeplan upprättade",
             "Genomgång av samtliga placeringar", Y,
             "Vårdplan finns i samtliga ärenden. Genomförandeplan saknades i 2 av 18 ärenden, "
             "åtgärdas senast i juni.", "GENOMFORD", "ja"),
            ("Ekonomiskt bistånd", "Kontroll av utbetalning av ekonomiskt bistånd mot beslut",
             "Stickprov 30 utbetalningar", R,
             "Ej genomförd på grund av byte av verksamhetssystem. Flyttas till T2.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Vård och omsorg", [
            ("LSS", "Delegationsbeslut inom LSS anmäls till nämnden", "Jämförelse beslutslista/protokoll",
             G, "Samtliga beslut anmälda vid nämndens sammanträden februari–april.", "GENOMFORD", "nej"),
            ("Hemtjänst",
             "Läkemedelshantering:\nsigneringslistor i hemtjänsten kontrolleras månadsvis",
             "Granskning av signeringslistor", Y,
             "Kontroll genomförd januari–april. Osignerade tillfällen i 3 % av fallen, "
             "MAS följer upp med berörda grupper.", "GENOMFORD", "ja"),
            ("Avgifter",
             "Avgiftsbeslut inom äldreomsorgen – korrekt underlag för inkomstuppgifter",
             "Stickprov 20 avgiftsbeslut", O, "Planeras till september.", "EJ_GENOMFORD", ""),
            ("Myndighetsutövning", "Rapportering av ej verkställda beslut till IVO inom tidsgräns",
             "Kontroll mot rapporteringsdatum", G, "Rapport för kvartal 1 lämnad i tid.",
             "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och administration", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
             G, "Inga avvikelser i stickprovet.", "GENOMFORD", "nej"),
            ("Inköp", "Kontroll av att avtal finns vid köp av externa placeringar",
             "Genomgång av fakturor för externa placeringar", None, "Se bilaga 1.", "OKLAR", ""),
            ("Personal", "Registerkontroll (belastningsregister) vid nyanställning",
             "Stickprov nyanställda jan–april", R,
             "Ej genomförd – rekryteringsmodulen är ännu inte i drift.", "EJ_GENOMFORD", ""),
        ]),
    ]
    for gname, ctrls in groups:
        heading_row(gname)
        for area, km, metod, sym, kom, st, av in ctrls:
            ctrl(area, km, metod, sym, kom)
            exp(fil, nd, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 1: Sammanställning externa placeringar och avtal (lämnas separat).")
    d.add_paragraph("Forshaga 2025-05-09\nLena Berglund, socialchef")
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "sn_src.docx")
    d.save(src)
    convert(src, "odt", fil)
    FILES.append((fil, "INLAST", nd, "2025", "T1"))


# ----------------------------------------------------------------------------------------
# 3. Bildningsnämnden - .xls (xlwt), fills, T1/T2/Helår side by side, legend on OTHER sheet,
#    nämnd only in file name ("BIN") and print header
# ----------------------------------------------------------------------------------------
def build_bin():
    fil = "BIN_IKP2025_uppf.xls"
    nd = "Bildningsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    # custom palette colours
    xlwt.add_palette_colour("ik_green", 0x21)
    wb.set_colour_RGB(0x21, 0x00, 0xB0, 0x50)
    xlwt.add_palette_colour("ik_yellow", 0x22)
    wb.set_colour_RGB(0x22, 0xFF, 0xC0, 0x00)
    xlwt.add_palette_colour("ik_red", 0x23)
    wb.set_colour_RGB(0x23, 0xFF, 0x00, 0x00)
    xlwt.add_palette_colour("ik_grey", 0x24)
    wb.set_colour_RGB(0x24, 0xA6, 0xA6, 0xA6)

    border = "borders: left thin, right thin, top thin, bottom thin;"
    st_title = xlwt.easyxf("font: bold on, height 280;")
    st_note = xlwt.easyxf("font: italic on;")
    st_head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                          "alignment: wrap on, vert top;" + border)
    st_proc = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue;" + border)
    st_body = xlwt.easyxf("alignment: wrap on, vert top;" + border)
    st_num = xlwt.easyxf("alignment: horiz center, vert top;" + border)
    fill = {c: xlwt.easyxf("pattern: pattern solid, fore_colour ik_%s;" % n + border)
            for c, n in [("G", "green"), ("Y", "yellow"), ("R", "red"), ("X", "grey")]}
    fill["N"] = st_body

    ws = wb.add_sheet("Uppföljning")
    # xlwt cannot set a non-ASCII header through the property; set the str directly
    ws._Worksheet__header_str = "&LForshaga kommun&CBildningsnämnden&RInternkontroll 2025"
    ws.footer_str = b"&CSida &P av &N"
    widths = [16, 28, 48, 16, 9, 7, 7, 7, 50]
    for i, w in enumerate(widths):
        ws.col(i).width = w * 256
    ws.write(0, 0, "Internkontrollplan 2025 – uppföljning", st_title)
    ws.write(1, 0, "Färgförklaring, se fliken Förklaring. Status fylls i per tertial.", st_note)
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Riskvärde", "T1", "T2", "Helår",
           "Kommentar T1"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, st_head)
    groups = [
        ("Elevhälsa och trygghet", [
            ("Kränkande behandling utreds inte", "Kontroll av att anmälan om kränkande behandling utreds skyndsamt",
             "Verksamhetschef grundskola", 12, "G",
             "Samtliga 14 anmälningar har utretts inom 5 arbetsdagar.", "GENOMFORD", "nej"),
            ("Elever med hög frånvaro fångas inte upp",
             "Frånvarouppföljning – åtgärder vid hög frånvaro dokumenteras", "Rektorer", 9, "Y",
             "Två av fem skolor granskade.", "DELVIS", ""),
        ]),
        ("Ekonomi", [
            ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
             "Controller", 8, "G", "Stickprov 20 fakturor utan anmärkning.", "GENOMFORD", "nej"),
            ("Skolskjuts beviljas på felaktiga grunder",
             "Kontroll av skolskjutsbeslut mot gällande regler", "Skolskjutshandläggare", 6, "R",
             "Ej hunnen på grund av handläggarbyte.", "EJ_GENOMFORD", ""),
            ("Intäkter uteblir",
             "Interkommunal ersättning – fakturering av elever från andra kommuner", "Controller", 9,
             "G", "Fakturering gjord för vt 2025. En faktura hade fel belopp och har krediterats.",
             "GENOMFORD", "ja"),
        ]),
        ("Förskola", [
            ("Lagkrav på plats inom fyra månader uppfylls inte",
             "Köhantering – erbjudande om plats inom fyra månader", "Placeringsassistent", 6, "X",
             "Utgår – ersätts av uppföljning i kvalitetsarbetet enligt beslut BIN 2025-02-12 § 14.",
             "UTGAR", ""),
            ("Felaktig statistik", "Barngruppernas storlek rapporteras korrekt till Skolverket",
             "Verksamhetschef förskola", 4, "N", "", "SAKNAS", ""),
        ]),
        ("Personal", [
            ("Olämplig person anställs",
             "Registerutdrag ur belastningsregistret vid anställning i skola och förskola",
             "HR-konsult", 12, "G", "25 av 25 nyanställningar kontrollerade.", "GENOMFORD", "nej"),
            ("Brister i arbetsmiljön",
             "Kontroll av att systematiskt arbetsmiljöarbete (SAM) dokumenteras", "Rektorer", 8, "Y",
             "Pågår, redovisas vid helår.", "DELVIS", ""),
        ]),
    ]
    r = 4
    n = 0
    for proc, ctrls in groups:
        ws.write_merge(r, r, 0, 8, proc, st_proc)
        r += 1
        for risk, km, ans, rv, col, kom, st, av in ctrls:
            ws.write(r, 0, proc, st_body)
            ws.write(r, 1, risk, st_body)
            ws.write(r, 2, km, st_body)
            ws.write(r, 3, ans, st_body)
            ws.write(r, 4, rv, st_num)
            ws.write(r, 5, "", fill[col])
            ws.write(r, 6, "", st_body)
            ws.write(r, 7, "", st_body)
            ws.write(r, 8, kom, st_body)
            exp(fil, nd, km, st, av)
            r += 1
            n += 1
    r += 1
    ws.write(r, 2, "Antal kontrollmoment", xlwt.easyxf("font: bold on;"))
    ws.write(r, 4, n, st_num)
    ws.write(r + 1, 2, "varav genomförda T1", xlwt.easyxf("font: bold on;"))
    ws.write(r + 1, 4, 4, st_num)

    lg = wb.add_sheet("Förklaring")
    lg.col(0).width = 12 * 256
    lg.col(1).width = 60 * 256
    lg.write(0, 0, "Färgförklaring status", st_title)
    for i, (c, t) in enumerate([("G", "Genomförd"), ("Y", "Pågår / delvis genomförd"),
                                ("R", "Ej genomförd"), ("X", "Utgår"),
                                ("N", "Ingen färg = ej rapporterad")]):
        lg.write(2 + i, 0, "", fill[c])
        lg.write(2 + i, 1, t)
    lg.write(8, 0, "Riskvärde = sannolikhet (1–4) × konsekvens (1–4).")
    lg.write(9, 0, "Kontaktperson: Johan Nyström, controller")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "T1"))


# ----------------------------------------------------------------------------------------
# 4. Tekniska nämnden - .doc (python-docx -> LibreOffice), symbols ▲ ◆ ▼ — coloured,
#    legend BELOW the table, period only as "januari–april"
# ----------------------------------------------------------------------------------------
def build_tn():
    fil = "Tekniska nämnden - uppföljning intern kontroll jan-apr 2025.doc"
    nd = "Tekniska nämnden"
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    p.add_run("FORSHAGA KOMMUN\nTekniska förvaltningen").bold = True
    d.add_paragraph("Datum: 2025-05-12\nDnr TN 2024/118")
    d.add_heading("Uppföljning intern kontroll januari–april 2025", level=1)
    d.add_paragraph(
        "Tekniska nämnden ska enligt reglementet för intern kontroll följa upp sin "
        "internkontrollplan tre gånger per år. Denna rapport avser perioden januari–april 2025. "
        "Bedömningen i tabellen anges med symboler, se förklaring under tabellen.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Utfall", "Bedömning", "Åtgärd"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    SYM = {"UP": ("▲", GREEN), "DI": ("◆", YELLOW), "DN": ("▼", RED), "NA": ("—", GREY)}
    data = [
        ("VA", "Avläsning och fakturering av VA-abonnemang enligt taxa",
         "Stickprov 40 abonnemang. Två abonnemang hade felaktig taxa, rättat.", "UP",
         "Rutin för taxekod vid nyanslutning ses över.", "GENOMFORD", "ja"),
        ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
         "Besiktning av 6 av 14 lekplatser utförd.", "DI", "Resterande besiktigas i maj–juni.",
         "DELVIS", "nej"),
        ("Fastighet",
         "Kontroll av att brandskyddskontroller (SBA) genomförs i kommunens fastigheter",
         "Genomförd, inga anmärkningar.", "UP", "", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll av avtalstrohet vid inköp av entreprenadtjänster",
         "Se bilaga 2.", None, "", "OKLAR", ""),
        ("Kost", "Temperaturkontroll vid varmhållning av mat i skolkök",
         "Ej genomförd.", "DN", "Ny rutin tas fram, kontroll under hösten.", "EJ_GENOMFORD", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs enligt riktlinje",
         "Utgår enligt beslut TN 2025-03-18 § 22.", "NA", "", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor. Inga avvikelser.", "UP", "", "GENOMFORD", "nej"),
        ("Avfall", "Vågsedlar vid återvinningscentralen stäms av mot fakturering",
         "Avstämning januari–februari gjord utan avvikelse, mars–april återstår.", "DI", "",
         "DELVIS", "nej"),
    ]
    for area, km, utf, sym, atg, st, av in data:
        cells = t.add_row().cells
        cells[0].text = area
        cells[1].text = km
        cells[2].text = utf
        cells[3].text = ""
        if sym:
            ch, col = SYM[sym]
            run = cells[3].paragraphs[0].add_run(ch)
            run.font.color.rgb = RGBColor.from_string(col)
            run.font.size = Pt(12)
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[4].text = atg
        exp(fil, nd, km, st, av)
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Förklaring bedömning").bold = True
    for key, label in [("UP", "Kontrollen genomförd"), ("DI", "Kontrollen delvis genomförd"),
                       ("DN", "Kontrollen ej genomförd"), ("NA", "Utgår / ej aktuell")]:
        ch, col = SYM[key]
        pp = d.add_paragraph()
        rr = pp.add_run(ch + "  ")
        rr.font.color.rgb = RGBColor.from_string(col)
        pp.add_run(label)
    d.add_paragraph("")
    d.add_paragraph("Per Andersson\nFörvaltningschef, Tekniska förvaltningen")
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "tn_src.docx")
    d.save(src)
    convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", nd, "2025", "T1"))


# ----------------------------------------------------------------------------------------
# 5. Stratsys export - .ods (openpyxl -> LibreOffice), two nämnder under org heading rows,
#    coloured ● (font colour) with legend rows ABOVE the header
# ----------------------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-05-06.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    bold = Font(bold=True)
    ws["A1"] = "Rapport: Internkontroll – uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: 2025 T1"
    ws["A3"] = "Utskriven: 2025-05-06 av Maria Ek"
    ws["A5"] = "Statusförklaring"
    ws["A5"].font = bold
    legend = [(GREEN, "Genomförd"), (YELLOW, "Pågående"), (RED, "Ej genomförd / försenad"),
              (GREY, "Ej aktuell")]
    for i, (col, label) in enumerate(legend):
        ws.cell(row=6 + i, column=1, value="●").font = Font(color=col, size=12)
        ws.cell(row=6 + i, column=2, value=label)
    hr = 11
    hdr = ["Organisation", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar",
           "Senast uppdaterad"]
    thin = Side(style="thin", color="999999")
    for i, h in enumerate(hdr):
        c = ws.cell(row=hr, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    for col, w in zip("ABCDEFG", [26, 52, 30, 20, 8, 55, 16]):
        ws.column_dimensions[col].width = w
    SYM = {"G": GREEN, "Y": YELLOW, "R": RED, "X": GREY}
    orgs = [
        ("Miljö- och byggnämnden", [
            ("Handläggningstid för bygglov inom 10 veckor enligt PBL", "Uttag ur ärendesystemet",
             "Bygglovschef", "G", "Samtliga 31 beslut fattade inom lagstadgad tid.", "2025-04-28",
             "GENOMFORD", "nej"),
            ("Debitering av tillsynsavgifter enligt taxa – livsmedelskontroll", "Avstämning mot tillsynsplan",
             "Miljöchef", "Y", "Fakturering för 2025 påbörjad, ca 60 % klar.", "2025-04-30",
             "DELVIS", ""),
            ("Delegationsbeslut anmäls till nämnden", "Jämförelse beslutslista/protokoll",
             "Nämndsekreterare", "G", "Genomförd. Två beslut anmäldes för sent (mars).",
             "2025-04-22", "GENOMFORD", "ja"),
            ("Uppföljning av förelägganden om enskilda avlopp", "Genomgång av ärenden med föreläggande",
             "Miljöinspektör", "R", "Försenad på grund av vakant tjänst.", "2025-05-02",
             "EJ_GENOMFORD", ""),
            ("Arkivering av avslutade ärenden i e-arkiv", "Stickprov 10 ärenden", "Administratör",
             "X", "Ej aktuell 2025 – införandet av e-arkiv är framflyttat till 2026.",
             "2025-03-14", "UTGAR", ""),
        ]),
        ("Kultur- och fritidsnämnden", [
            ("Föreningsbidrag – kontroll av underlag för aktivitetsstöd", "Stickprov 10 föreningar",
             "Fritidskonsulent", "G", "Underlagen korrekta i samtliga stickprov.", "2025-04-25",
             "GENOMFORD", "nej"),
            ("Kontanthantering i simhallens kassa", "Avstämning kassa mot kassarapport",
             "Badmästare", "G", "Kassaavstämning genomförd. Differens 350 kr i februari, utredd.",
             "2025-04-29", "GENOMFORD", "ja"),
            ("Uthyrning av lokaler och utrustning – avtal och avgifter", "Stickprov 15 bokningar",
             "Bokningsansvarig", "Y", "Pågår.", "2025-04-15", "DELVIS", ""),
            ("Bibliotekets medieinköp sker enligt avtal", "Genomgång av fakturor", "Bibliotekschef",
             None, "", "", "SAKNAS", ""),
        ]),
    ]
    r = hr + 1
    for org, ctrls in orgs:
        c = ws.cell(row=r, column=1, value=org)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        for ci in range(2, 8):
            ws.cell(row=r, column=ci).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for km, metod, ans, sym, kom, dat, st, av in ctrls:
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=metod)
            ws.cell(row=r, column=4, value=ans)
            if sym:
                c = ws.cell(row=r, column=5, value="●")
                c.font = Font(color=SYM[sym], size=12)
                c.alignment = Alignment(horizontal="center")
            ws.cell(row=r, column=6, value=kom)
            ws.cell(row=r, column=7, value=dat)
            for ci in range(1, 8):
                ws.cell(row=r, column=ci).border = Border(bottom=thin)
                if ci in (2, 6):
                    ws.cell(row=r, column=ci).alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, org, km, st, av)
            r += 1
        FILES.append((fil, "INLAST", org, "2025", "T1"))
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "stratsys_src.xlsx")
    wb.save(src)
    convert(src, "ods", fil)


# ----------------------------------------------------------------------------------------
# 6. Forshaga Bostads AB - .xls (openpyxl -> LibreOffice), fills WITHOUT any legend,
#    three tertial columns side by side (hard)
# ----------------------------------------------------------------------------------------
def build_bostader():
    fil = "Forshagabostader_IK_tertial1_2025.xls"
    nd = "Forshaga Bostads AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Forshaga Bostads AB – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1"
    ws["A2"].font = Font(italic=True)
    hdr = ["Område", "Kontroll", "Ansvarig", "Jan–apr", "Maj–aug", "Sep–dec", "Notering"]
    thin = Side(style="thin", color="000000")
    brd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.border = brd
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    for col, w in zip("ABCDEFG", [16, 55, 18, 10, 10, 10, 55]):
        ws.column_dimensions[col].width = w
    F = {"G": GREEN, "Y": "FFFF00", "R": RED}
    data = [
        ("Hyror", "Hyresavisering – kontroll av hyreshöjning 2025 mot förhandlingsresultat",
         "Ekonomiansvarig", "G", "Stämmer för samtliga 12 kontrollerade kontrakt.", "GENOMFORD", "nej"),
        ("Hyror", "Hyresfordringar – påminnelse och inkasso enligt rutin", "Ekonomiansvarig", "G", "",
         "GENOMFORD", ""),
        ("Förvaltning", "Besiktning vid avflyttning dokumenteras", "Förvaltare", "Y",
         "Stickprov på hälften av avflyttningarna, rutinen ses över.", "DELVIS", ""),
        ("Ekonomi", "Leverantörsfakturor attesteras av behörig person", "VD", "R",
         "Två fakturor attesterade av person utan behörighet. Attestlistan uppdaterad i april.",
         "GENOMFORD", "ja"),
        ("Fastighet", "Kontroll av att OVK-besiktningar utförs enligt plan", "Teknisk förvaltare", "R",
         "Försenad – besiktningsfirman har inte kunnat komma.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Nyckelhantering – kvittens vid utlämning av huvudnycklar", "Fastighetsskötare",
         "Y", "", "DELVIS", ""),
        ("Uthyrning", "Uthyrning sker enligt uthyrningspolicy (kötid)", "Uthyrare", None,
         "Görs under hösten.", "EJ_GENOMFORD", ""),
    ]
    r = 5
    for area, km, ans, col, kom, st, av in data:
        vals = [area, km, ans, None, None, None, kom]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.border = brd
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if col:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=F[col])
        exp(fil, nd, km, st, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Upprättad av: Karin Sjöberg, 2025-05-05")
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "bostader_src.xlsx")
    wb.save(src)
    convert(src, "xls:MS Excel 97", fil)
    FILES.append((fil, "INLAST", nd, "2025", "T1"))


# ----------------------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .odt written with odfpy, free text (no table), coloured ●
#    after "Status:", legend at the END of the document
# ----------------------------------------------------------------------------------------
def build_ofn():
    fil = "Överförmyndarnämnden internkontroll T1-2025.odt"
    nd = "Överförmyndarnämnden"
    doc = OpenDocumentText()
    span_styles = {}
    for key, col in [("G", GREEN), ("O", "ED7D31"), ("R", RED)]:
        s = Style(name="sym" + key, family="text")
        s.addElement(TextProperties(color="#" + col, fontsize="14pt", fontweight="bold"))
        doc.automaticstyles.addElement(s)
        span_styles[key] = s
    sb = Style(name="lbl", family="text")
    sb.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(sb)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)

    def P(txt=""):
        doc.text.addElement(odftext.P(text=txt))

    doc.text.addElement(odftext.H(outlinelevel=1, stylename=h1,
                                  text="Överförmyndarnämnden i Forshaga"))
    doc.text.addElement(odftext.H(outlinelevel=2, stylename=h2,
                                  text="Uppföljning av internkontrollplan 2025, tertial 1"))
    P("Nämndens internkontrollplan för 2025 omfattar fem kontrollmoment. Nedan redovisas "
      "läget per den 30 april 2025. Statusen markeras med färgad symbol enligt teckenförklaringen "
      "sist i dokumentet.")
    data = [
        ("Granskning av årsräkningar inom fastställd tid", "O",
         "180 av 212 årsräkningar var granskade per den 30 april. Resterande granskas under maj.",
         "DELVIS", ""),
        ("Kontroll av att ställföreträdare har registerkontroll vid förordnande", "G",
         "Kontrollerat för samtliga nio nya ställföreträdare under perioden.", "GENOMFORD", "nej"),
        ("Arvodesbeslut enligt nämndens riktlinjer", "G",
         "Stickprov 15 beslut. Ett beslut var felberäknat och har rättats.", "GENOMFORD", "ja"),
        ("Förvaltarkonton – spärr enligt föräldrabalken 14 kap.", "R",
         "Ej genomförd under perioden.", "EJ_GENOMFORD", ""),
        ("Hantering av allmänna handlingar och sekretess i ärendesystemet", None,
         "Kontrollen genomfördes i april. Inga avvikelser noterades.", "GENOMFORD", "nej"),
    ]
    for i, (km, sym, kom, st, av) in enumerate(data, 1):
        doc.text.addElement(odftext.H(outlinelevel=2, stylename=h2, text="%d. %s" % (i, km)))
        p = odftext.P()
        p.addElement(odftext.Span(stylename=sb, text="Status: "))
        if sym:
            p.addElement(odftext.Span(stylename=span_styles[sym], text="●"))
        doc.text.addElement(p)
        p = odftext.P()
        p.addElement(odftext.Span(stylename=sb, text="Kommentar: "))
        p.addText(kom)
        doc.text.addElement(p)
        exp(fil, nd, km, st, av)
    P()
    doc.text.addElement(odftext.H(outlinelevel=2, stylename=h2, text="Teckenförklaring"))
    for key, label in [("G", "Genomförd"), ("O", "Påbörjad"), ("R", "Ej genomförd")]:
        p = odftext.P()
        p.addElement(odftext.Span(stylename=span_styles[key], text="●"))
        p.addText("  " + label)
        doc.text.addElement(p)
    P()
    P("Forshaga den 6 maj 2025")
    P("Eva Holm, handläggare överförmyndarenheten")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "T1"))


# ----------------------------------------------------------------------------------------
# 8. Rejected - covering letter (.doc) from Bildningsförvaltningen, no follow-up in it
# ----------------------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv BIN internkontroll T1 2025.doc"
    d = docx.Document()
    d.add_paragraph("FORSHAGA KOMMUN\nBildningsförvaltningen")
    d.add_paragraph("2025-05-15")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Missiv – uppföljning av internkontrollplan 2025, tertial 1", level=1)
    d.add_paragraph(
        "Härmed översänds Bildningsnämndens uppföljning av internkontrollplanen för tertial 1 2025 "
        "(bilaga, BIN_IKP2025_uppf.xls). Nämnden behandlade uppföljningen vid sammanträdet "
        "2025-05-14, § 38, och lade den till handlingarna.")
    d.add_paragraph(
        "Statusen för respektive kontrollmoment är markerad med färg enligt förklaringen på "
        "fliken Förklaring i bilagan. Kontrollen av köhantering i förskolan utgår enligt tidigare "
        "beslut. Frågor besvaras av controller Johan Nyström.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Lund\nBildningschef")
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "missiv_src.docx")
    d.save(src)
    convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Bildningsnämnden", "BIN|BN|Bildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|Socialtjänsten"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Forshaga Bostads AB", "Forshagabostäder|Forshagabostader|FBAB"),
    ("Forshaga Energi AB", "Forshaga Energi|FEAB"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(header + "\n")
        for r in rows:
            for v in r:
                assert ";" not in v and "\n" not in v, v
            f.write(";".join(r) + "\n")


def main():
    # clean previous outputs (never touch make_round.py / README.md)
    keep = {"make_round.py", "README.md"}
    for p in glob.glob(os.path.join(OUT, "*")) + glob.glob(os.path.join(OUT, ".*")):
        if os.path.basename(p) not in keep and os.path.isfile(p):
            os.remove(p)
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build_ks()
    build_sn()
    build_bin()
    build_tn()
    build_stratsys()
    build_bostader()
    build_ofn()
    build_missiv()
    write_csv("namnder.csv", "nämnd;alias", NAMNDER)
    write_csv("files.csv", "fil;utfall;nämnd;år;period", FILES)
    # multi-line control texts: keep the file's wording, lines joined with a space
    write_csv("expected.csv", "fil;nämnd;kontrollmoment;status;avvikelse",
              [(f, n, k.replace("\n", " "), s, a) for f, n, k, s, a in EXPECTED])
    shutil.rmtree(TMP)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
