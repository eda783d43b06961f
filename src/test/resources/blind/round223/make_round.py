#!/usr/bin/python3
"""Blind round r223 - Hästviks kommun, tertial 1 2025 (jan-apr).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 5, 12, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round223"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite a zip container (xlsx/docx/ods) with fixed timestamps so the output is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 12, 9, 0, 0))
            # mimetype of ODF must stay stored (uncompressed) and first
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            z.writestr(ni, data)
    os.replace(tmp, path)


def fixed_core(doc):
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Hästviks kommun"
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain xlsx, title rows, status words + Planerad tidpunkt
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_IKP_T1_2025.xlsx"
    N = "Kommunstyrelsen"
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "Kristina Ek"
    ws = wb.active
    ws.title = "Uppföljning T1"
    bold = Font(bold=True)
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Tertial 1 (januari–april)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = "Rapporterad 2025-05-12 av Kristina Ek, controller"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Planerad tidpunkt", "Status T1", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Ekonomichef", "2 ggr/år", "April, oktober", "Genomförd",
         "Stickprov av 20 fakturor i april. 2 fakturor saknade andra attest; återkoppling till berörda chefer.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 15 verifikat", "Redovisningsansvarig", "1 ggr/år", "Hösten", "Ej påbörjad",
         "Planeras till hösten enligt plan.", "EJ_GENOMFORD", ""),
        (3, "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Analys i inköpssystemet", "Upphandlingschef", "Tertialvis", "Maj, sep, jan", "Pågår",
         "Analys av perioden jan–april pågår, klar i maj.", "DELVIS", ""),
        (4, "Personal", "Kontroll av att löneutbetalningar endast görs till anställda med giltig anställning",
         "Avstämning HR-system mot lönelista", "HR-chef", "Månadsvis", "Jan–dec", "Genomförd",
         "Kontrollerat januari–april utan anmärkning.", "GENOMFORD", "nej"),
        (5, "Personal", "Uppföljning av långtidssjukskrivningar och rehabiliteringsärenden",
         "Genomgång av rehabärenden i Adato", "HR-chef", "1 ggr/år", "Oktober", None,
         "Genomförs i oktober enligt plan.", "EJ_GENOMFORD", ""),
        (6, "Informationssäkerhet", "Behörigheter i ekonomisystemet tas bort för personer som slutat",
         "Jämförelse behörighetslista mot avslutade anställningar", "Systemförvaltare", "2 ggr/år",
         "Mars, september", "Genomförd",
         "Genomgång i mars: 3 konton för avslutade anställda var fortfarande aktiva och har nu spärrats.",
         "GENOMFORD", "ja"),
        (7, "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom fastställd tid",
         "Stickprov 30 ärenden", "Registrator", "1 ggr/år", "Kvartal 3", "Ej påbörjad", None,
         "EJ_GENOMFORD", ""),
        (8, "Säkerhet", "Krisledningsplanen är uppdaterad och känd av krisledningsgruppen",
         "Genomgång av planen och övning", "Säkerhetssamordnare", "1 ggr/år", "November", None, None,
         "SAKNAS", ""),
        (9, "Ekonomi", "Beslutade investeringar följs upp mot budget",
         "Avstämning av investeringsredovisningen", "Ekonomichef", "Tertialvis", "April, augusti, december",
         "Genomförd", "Uppföljning per april redovisad i T1-rapporten. Inga avvikelser.", "GENOMFORD", "nej"),
        (10, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Stickprov", "Upphandlingschef", "1 ggr/år", "–", "Utgår",
         "Utgår enligt beslut KS 2025-03-05 § 41, ersätts av centralt direktupphandlingsregister.",
         "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusalternativ: Genomförd / Pågår / Ej påbörjad / Utgår").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Kontroller som enligt plan genomförs senare under året redovisas i delårs- respektive helårsuppföljningen.").font = Font(italic=True)
    widths = [5, 18, 45, 30, 20, 12, 18, 14, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws2 = wb.create_sheet("Instruktion")
    ws2["A1"] = "Instruktion"
    ws2["A2"] = "Fyll i kolumnen Status T1 och kommentera resultat och eventuella avvikelser."
    ws2["A3"] = "Lämna till ekonomiavdelningen senast 2025-05-15."
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# 2. BUN - Word, two tables, symbols with legend, group rows, Kvartal column
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_bun():
    fil = "BUN IK-uppföljning tertial 1 2025.docx"
    N = "Barn- och utbildningsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    d = docx.Document()
    fixed_core(d)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll 2025 – tertial 1", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 29 januari 2025 (§ 8). Denna rapport redovisar "
        "läget per den 30 april. Flera kontroller är enligt tidplanen förlagda till andra halvåret och är "
        "därför ännu inte påbörjade.")
    d.add_paragraph("Teckenförklaring:  ● = Genomförd   ◐ = Påbörjad/pågår   ○ = Ej påbörjad   ✕ = Utgår")
    hdr = ["Kontrollmoment", "Ansvarig", "Kvartal", "Status", "Kommentar"]

    def make_table(groups):
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            set_cell_bg(t.rows[0].cells[i], "BDD7EE")
        for gname, items in groups:
            if gname:
                rc = t.add_row().cells
                m = rc[0].merge(rc[4])
                m.text = gname
                m.paragraphs[0].runs[0].bold = True
                set_cell_bg(m, "EDEDED")
            for km, ans, kv, sym, kom, st, av in items:
                rc = t.add_row().cells
                for i, v in enumerate([km, ans, kv, sym, kom]):
                    rc[i].text = v
                rc[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                exp(fil, N, km, st, av)
        return t

    make_table([
        ("Ekonomi och administration", [
            ("Kontroll av att barnomsorgsavgifter debiteras enligt gällande taxa", "Avgiftshandläggare", "Q1",
             "●", "Stickprov 25 hushåll, inga felaktigheter.", "GENOMFORD", "nej"),
            ("Attest av leverantörsfakturor enligt attestordningen", "Controller", "Q2, Q4", "○",
             "Genomförs i juni och december.", "EJ_GENOMFORD", ""),
            ("Kontroll av att skolskjutsar faktureras enligt avtal", "Skolskjutssamordnare", "Q1–Q4", "◐",
             "Januari–mars kontrollerat, april återstår.", "DELVIS", ""),
            ("Inventarieförteckningar på skolenheterna är uppdaterade", "Rektorer", "Q3", "○",
             "Ej påbörjad – enligt tidplan.", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("Anmälan till huvudman om kränkande behandling görs skyndsamt", "Verksamhetschef", "Löpande", "●",
             "42 anmälningar jan–april; 5 anmäldes senare än 5 arbetsdagar. Rutinen har kommunicerats på nytt.",
             "GENOMFORD", "ja"),
            ("Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro", "Rektorer", "Q2", "○",
             "Startar v. 20.", "EJ_GENOMFORD", ""),
            ("Utdrag ur belastningsregistret finns för samtliga nyanställda", "HR-specialist", "Q1", "●",
             "Samtliga 18 nyanställda kontrollerade. 1 utdrag saknades och har inhämtats i efterhand.",
             "GENOMFORD", "ja"),
        ]),
    ])
    d.add_paragraph()
    d.add_heading("Kommungemensamma kontroller (beslutade av kommunstyrelsen)", level=3)
    make_table([
        (None, [
            ("Behörigheter i verksamhetssystemen tas bort när anställning upphör", "Systemförvaltare", "Q2, Q4",
             "○", "Planeras till hösten.", "EJ_GENOMFORD", ""),
            ("Diarieföring av allmänna handlingar sker inom fastställd tid", "Nämndsekreterare", "Q3", "✕",
             "Utgår 2025 enligt beslut i kommunstyrelsen.", "UTGAR", ""),
            ("Uppföljning av avtalstrohet vid inköp", "Controller", "Tertialvis", "◐ ●", "", "OKLAR", ""),
        ]),
    ])
    d.add_paragraph()
    d.add_paragraph("Hästvik 2025-05-14")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    p = os.path.join(OUT, fil)
    d.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, nämnd only in file name + print header, month ticks,
#    status only as fill colour with a legend
# ---------------------------------------------------------------------------
def file_soc():
    fil = "IK T1 2025 SOC.xlsx"
    N = "Socialnämnden"
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "Maria Sjöberg"
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Socialnämnden – Hästviks kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    GREEN = PatternFill("solid", fgColor="92D050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    ORANGE = PatternFill("solid", fgColor="FFC000")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="BFBFBF")
    ws["A1"] = "Internkontroll 2025 – uppföljning per 30 april"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Färgmarkering i kolumnen Status:"
    legend = [(GREEN, "Genomförd"), (YELLOW, "Genomförd med avvikelse"), (ORANGE, "Pågår / delvis genomförd"),
              (RED, "Ej genomförd / ej påbörjad"), (GREY, "Utgår")]
    col = 2
    for fill, txt in legend:
        c = ws.cell(row=2, column=col, value=txt)
        c.fill = fill
        col += 3
    ws["A3"] = "x i månadskolumn = kontroll utförd den månaden"
    ws["A3"].font = Font(italic=True)
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    hdr = ["Kontrollmoment", "Frekvens"] + months + ["Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = Border(bottom=Side(style="medium"))
    rows = [
        ("Utbetalning av ekonomiskt bistånd görs enligt beslut i Viva", "Månadsvis", "xxxx", GREEN,
         "Stickprov 10 ärenden per månad, inga avvikelser.", "GENOMFORD", "nej"),
        ("Beslut om placering av barn och unga fattas av behörig delegat", "Månadsvis", "xxx-", ORANGE,
         "April ej kontrollerad p.g.a. vakans, görs i maj.", "DELVIS", ""),
        ("Orosanmälningar förhandsbedöms inom 14 dagar", "Månadsvis", "xxxx", YELLOW,
         "Jan–april kontrollerat. 6 av 88 förhandsbedömningar överskred 14 dagar.", "GENOMFORD", "ja"),
        ("Avstämning av klientmedel (kassa och bankkonton)", "Kvartalsvis", "--x-", GREEN,
         "Avstämt per 31 mars utan differens.", "GENOMFORD", "nej"),
        ("Uppföljning av externa placeringar mot avtal och ramavtal", "2 ggr/år", "----", RED,
         "Planeras till september.", "EJ_GENOMFORD", ""),
        ("Journalanteckningar förs inom fastställd tid", "1 ggr/år", "----", RED,
         "Ej påbörjad – enligt tidplan (oktober).", "EJ_GENOMFORD", ""),
        ("Hantering av gåvor och testamenten till brukare", "1 ggr/år", "----", GREY,
         "Ej aktuell 2025, hanteras av överförmyndaren.", "UTGAR", ""),
        ("Avgifter för familjerådgivning debiteras enligt taxa", "Månadsvis", "xxxx", None, None,
         "GENOMFORD", ""),
        ("Lex Sarah-rapporter utreds och anmäls enligt rutin", "Tertialvis", "---x", ORANGE,
         "Utredning av 2 rapporter pågår.", "DELVIS", ""),
    ]
    r = 6
    for km, fr, ticks, fill, kom, st, av in rows:
        ws.cell(row=r, column=1, value=km).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=2, value=fr)
        for i, t in enumerate(ticks):
            if t == "x":
                ws.cell(row=r, column=3 + i, value="x").alignment = Alignment(horizontal="center")
        sc = ws.cell(row=r, column=15)
        if fill is not None:
            sc.fill = fill
        ws.cell(row=r, column=16, value=kom).alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, st, av)
        r += 1
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 12
    for i in range(3, 15):
        ws.column_dimensions[get_column_letter(i)].width = 5
    ws.column_dimensions["O"].width = 9
    ws.column_dimensions["P"].width = 60
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# 4. Stratsys export, cp1252 CSV, two nämnder, T1/T2/T3 columns side by side
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-05-09.csv"
    VON = "Vård- och omsorgsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    FILES.append((fil, "INLAST", VON, "2025", "T1"))
    FILES.append((fil, "INLAST", KFN, "2025", "T1"))
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Tidpunkt",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Status T3", "Kommentar T3"]
    data = [
        (VON, "Läkemedelshantering", "Signeringslistor för läkemedel kontrolleras på särskilda boenden",
         "MAS", "Månadsvis", "Jan–dec", "Klar",
         "Jan–april genomfört på alla 6 boenden.\nBrister i signering på Solgården i februari, åtgärdat.",
         "GENOMFORD", "ja"),
        (VON, "Myndighetsutövning", "Beslut om hemtjänst verkställs inom 14 dagar", "Enhetschef myndighet",
         "Tertialvis", "Apr, aug, dec", "Klar", "3 av 57 beslut verkställdes efter mer än 14 dagar.",
         "GENOMFORD", "ja"),
        (VON, "Avgifter", "Hemtjänstavgifter debiteras enligt beslut och taxa", "Avgiftshandläggare",
         "2 ggr/år", "Q2, Q4", "Ej påbörjad", "Planeras till juni.", "EJ_GENOMFORD", ""),
        (VON, "Ekonomi", "Brukares privata medel hanteras enligt rutin (kassabok, kvitton)", "Enhetschefer",
         "Kvartalsvis", "Mar, jun, sep, dec", "Pågående", "Kontroll gjord på 4 av 8 enheter.", "DELVIS", ""),
        (VON, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar från verkställighet",
         "Verksamhetsutvecklare", "1 ggr/år", "Okt", "Ej påbörjad", "Genomförs i oktober enligt plan.",
         "EJ_GENOMFORD", ""),
        (VON, "Inköp", "Inköp av förbrukningsmaterial sker enligt avtal", "Controller", "1 ggr/år", "Mar",
         "Försenad", "Kontrollen skulle ha gjorts i mars men har skjutits till juni p.g.a. byte av e-handelssystem.",
         "EJ_GENOMFORD", ""),
        (VON, "Bemanning", "Timanställdas arbetade tid stämmer mot schema", "Bemanningsenheten", "2 ggr/år",
         "Sep, nov", "", "", "SAKNAS", ""),
        (KFN, "Kontanthantering", "Kontantkassor i simhallen och på biblioteken stäms av", "Enhetschefer",
         "Månadsvis", "Jan–dec", "Klar", "Avstämt jan–april, inga differenser.", "GENOMFORD", "nej"),
        (KFN, "Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", "Fritidskonsulent",
         "1 ggr/år", "Apr", "Klar", "Samtliga 23 ansökningar om aktivitetsstöd granskade. Inga avvikelser.",
         "GENOMFORD", "nej"),
        (KFN, "Uthyrning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig",
         "2 ggr/år", "Maj, nov", "Ej påbörjad", "Startar v. 21.", "EJ_GENOMFORD", ""),
        (KFN, "Personal", "Registerutdrag finns för ledare i lovverksamheten", "Fritidschef", "1 ggr/år",
         "Jun", "Inte aktuell", "Lovverksamheten upphandlas 2025 – kontrollen utgår.", "UTGAR", ""),
        (KFN, "Tillgångar", "Inventering av kommunens konstsamling", "Kulturchef", "1 ggr/år", "Q3",
         "Ej påbörjad", "Ej påbörjad – enligt tidplan", "EJ_GENOMFORD", ""),
        (KFN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "2 ggr/år",
         "Apr, okt", "Pågående", "Stickprov uttaget, granskning pågår.", "DELVIS", ""),
    ]
    buf = io.StringIO()
    buf.write("Rapport: Internkontroll - uppföljning\r\n")
    buf.write("Utskriven: 2025-05-09 08:14;Användare: ekonomi\\joli\r\n")
    buf.write("Filter: År 2025; Organisation: Vård- och omsorgsnämnden, Kultur- och fritidsnämnden\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(hdr)
    for row in data:
        org, proc, km, ans, fr, tp, st1, k1, est, eav = row
        w.writerow([org, proc, km, ans, fr, tp, st1, k1, "", "", "", ""])
        exp(fil, org, km, est, eav)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))


# ---------------------------------------------------------------------------
# 5. SBN - OpenDocument spreadsheet, merged process cells, risk values, Kvartal
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN_internkontroll_2025_uppf_T1.ods"
    N = "Samhällsbyggnadsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hdrst = Style(name="hdr", family="table-cell")
    hdrst.addElement(TextProperties(fontweight="bold"))
    hdrst.addElement(TableCellProperties(backgroundcolor="#c6e0b4", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(hdrst)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(wrap)
    widths = ["3.5cm", "4cm", "1.8cm", "7cm", "3.5cm", "2.2cm", "4cm", "8cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="IKP 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def cell(v, style=None, rows=None, cols=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if rows:
            kw["numberrowsspanned"] = rows
        if cols:
            kw["numbercolumnsspanned"] = cols
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            c = TableCell(valuetype="float", value=v, **kw)
            c.addElement(P(text=str(v)))
        else:
            c = TableCell(**kw)
            if v:
                for line in str(v).split("\n"):
                    c.addElement(P(text=line))
        return c

    def simple_row(vals, style=None):
        tr = TableRow()
        for v in vals:
            tr.addElement(cell(v, style))
        t.addElement(tr)

    simple_row(["Samhällsbyggnadsnämnden – Internkontrollplan 2025 med uppföljning"], bold)
    simple_row(["Uppföljningsperiod: Tertial 1 (januari–april 2025)"])
    simple_row(["Riskvärde = sannolikhet × konsekvens (1–16)"])
    simple_row([])
    simple_row(["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Kvartal", "Status",
                "Uppföljning T1"], hdrst)
    groups = [
        ("Bygglov", [
            ("Handläggningstiden överskrids", 9,
             "Handläggningstiden för bygglov följs upp mot lagkravet tio veckor", "Bygglovschef", "Q1–Q4",
             "Pågår", "Jan–april: 4 av 96 ärenden över tio veckor. Uppföljningen fortsätter löpande.",
             "DELVIS", "ja"),
            ("Felaktiga avgifter", 6, "Bygglovsavgifter debiteras enligt gällande taxa", "Administratör",
             "Q2", "Ej påbörjad – enligt tidplan", "", "EJ_GENOMFORD", ""),
            ("Jäv i handläggningen", 4, "Jävsdeklarationer är upprättade för samtliga handläggare",
             "Bygglovschef", "Q1", "Genomförd", "Samtliga handläggare har lämnat jävsdeklaration.",
             "GENOMFORD", "nej"),
        ]),
        ("Gata/park", [
            ("Felaktig fakturering från entreprenör", 8,
             "Entreprenörens fakturor för vinterväghållning stäms av mot körjournaler", "Gatuchef", "Q1",
             "Genomförd med avvikelse",
             "Fakturor jan–mars avstämda.\nDubbeldebitering 34 tkr i februari, krediterad i april.",
             "GENOMFORD", "ja"),
            ("Olycksrisk på lekplatser", 6, "Säkerhetsbesiktning av kommunens lekplatser genomförs",
             "Parkchef", "Q3", "Planeras till hösten", "", "EJ_GENOMFORD", ""),
        ]),
        ("Mark och exploatering", [
            ("Uteblivna intäkter", 6, "Arrendeavgifter faktureras enligt gällande avtal", "Markingenjör",
             "Q3", "Startar v. 38", "", "EJ_GENOMFORD", ""),
            ("Förseningar och fördyrningar", 4,
             "Exploateringsavtal följs upp avseende tidplan och ekonomi", "Exploateringschef", "Q2, Q4",
             "", "", "SAKNAS", ""),
        ]),
        ("Administration", [
            ("Beslut fattas utan delegation", 6, "Delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare", "Tertialvis", "Utgår", "Ersätts av kommungemensam kontroll (KS).",
             "UTGAR", ""),
            ("Otillåten direktupphandling", 9, "Direktupphandlingar dokumenteras enligt riktlinjen",
             "Förvaltningschef", "Q1", "", "Se bilaga 1", "OKLAR", ""),
        ]),
    ]
    for proc, items in groups:
        for i, (risk, rv, km, ans, kv, st, kom, est, eav) in enumerate(items):
            tr = TableRow()
            if i == 0:
                tr.addElement(cell(proc, wrap, rows=len(items)))
            else:
                tr.addElement(CoveredTableCell())
            for v in (risk, rv, km, ans, kv, st, kom):
                tr.addElement(cell(v, wrap))
            t.addElement(tr)
            exp(fil, N, km, est, eav)
    simple_row([])
    simple_row(["Bilaga 1: Sammanställning direktupphandlingar jan–april (separat dokument)"])
    simple_row(["Godkänd av förvaltningschef Lars Nyström 2025-05-08"])
    doc.spreadsheet.addElement(t)
    p = os.path.join(OUT, fil)
    doc.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
# 6. MHN - text-only Word 97 .doc (built as docx, converted with LibreOffice)
# ---------------------------------------------------------------------------
def file_mhn(tmpdir):
    fil = "Miljöförvaltningen uppföljning IK T1-2025.doc"
    N = "Miljö- och hälsoskyddsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    d = docx.Document()
    fixed_core(d)
    d.add_heading("Rapport om intern kontroll – tertial 1 2025", level=1)
    d.add_paragraph("Miljö- och hälsoskyddsnämnden").runs[0].bold = True
    d.add_paragraph("Dnr MHN 2025/0112")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 22 januari 2025, § 7. Planen innehåller sex "
        "kontrollmoment. Flertalet är enligt tidplanen inte aktuella förrän under hösten och redovisas "
        "därför utförligare i delårs- och helårsrapporten. Nedan redovisas läget per den 30 april.")
    items = [
        ("Debitering av timavgift för tillsyn sker enligt taxa",
         "Stickprov av 20 tillsynsärenden.",
         "Resultat: Stickprov av 20 tillsynsärenden januari–mars genomfört. I två ärenden hade 2024 års "
         "timavgift debiterats. Felen är rättade och kunderna har fått ny faktura.",
         "GENOMFORD", "ja"),
        ("Livsmedelskontroller genomförs enligt fastställd kontrollplan",
         "Avstämning mot kontrollplanen i tillsynssystemet.",
         "Resultat: Pågår. Per 30 april har 61 av årets planerade 210 kontroller genomförts, vilket är i nivå "
         "med plan.",
         "DELVIS", ""),
        ("Handläggning av klagomål på störningar påbörjas inom två veckor",
         "Stickprov 15 klagomålsärenden.",
         "Resultat: Kontrollen genomförs i oktober enligt plan.",
         "EJ_GENOMFORD", ""),
        ("Sekretessmarkering av handlingar i ärendehanteringssystemet",
         "Genomgång av 20 ärenden med sekretessuppgifter.",
         "Resultat: Ej påbörjad – enligt tidplan.",
         "EJ_GENOMFORD", ""),
        ("Registrering av avloppsanläggningar i tillsynsregistret är fullständig",
         "Jämförelse mellan tillstånd och register.",
         "Resultat: Utgår. Nämnden beslutade 2025-03-19, § 28, att kontrollen flyttas till 2026 års plan "
         "eftersom registret byts under året.",
         "UTGAR", ""),
        ("Förelägganden med vite bevakas och följs upp",
         "Genomgång av samtliga förelägganden med vite.",
         None,
         "SAKNAS", ""),
    ]
    for i, (km, metod, res, st, av) in enumerate(items, 1):
        p = d.add_paragraph()
        r = p.add_run("Kontrollmoment %d" % i)
        r.bold = True
        d.add_paragraph(km)
        d.add_paragraph("Metod: " + metod)
        if i == 6:
            d.add_paragraph("Ansvarig: miljöchef. Planerad tidpunkt: november.")
        else:
            d.add_paragraph(res)
        exp(fil, N, km, st, av)
    d.add_paragraph()
    d.add_paragraph("Per Holm")
    d.add_paragraph("Miljöchef")
    src = os.path.join(tmpdir, "mhn.docx")
    d.save(src)
    convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, "mhn.doc"), os.path.join(OUT, fil))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 7. Hästviks Bostäder AB - .xls (xlwt), two periods side by side, Ja/Nej columns
# ---------------------------------------------------------------------------
def file_hbab():
    fil = "HBAB IK-rapport jan-apr 2025.xls"
    N = "Hästviks Bostäder AB"
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    b = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                    "borders: left thin, right thin, top thin, bottom thin; align: wrap on, horiz center")
    wr = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Hästviks Bostäder AB – Rapport intern kontroll", title)
    ws.write(1, 0, "Period: januari–april 2025 (jämförelse helår 2024)")
    ws.write(2, 0, "Rapporteras till styrelsen 2025-05-20")
    ws.write_merge(4, 5, 0, 0, "Kontroll", h)
    ws.write_merge(4, 5, 1, 1, "Ansvarig", h)
    ws.write_merge(4, 5, 2, 2, "Tidpunkt", h)
    ws.write_merge(4, 4, 3, 4, "Helår 2024", h)
    ws.write_merge(4, 4, 5, 6, "Jan–apr 2025", h)
    ws.write_merge(4, 5, 7, 7, "Kommentar 2025", h)
    for c, txt in zip(range(3, 7), ["Utförd", "Avvikelse", "Utförd", "Avvikelse"]):
        ws.write(5, c, txt, h)
    rows = [
        ("Hyresavier skickas ut enligt gällande hyresnivå efter årets hyresförhandling", "Ekonomichef", "Mars",
         "Ja", "Nej", "Ja", "Nej", "Ny hyra från 1 mars kontrollerad på 40 avier.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "April, oktober",
         "Ja", "Ja", "Ja", "Ja", "2 fakturor attesterade av fel person, rutin genomgången med förvaltarna.",
         "GENOMFORD", "ja"),
        ("Besiktning av lekplatser på bostadsområdena", "Förvaltare", "September",
         "Ja", "Nej", "Nej", "", "Planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Spärr av borttappade nyckeltaggar sker samma dag", "Driftchef", "Löpande",
         "Delvis", "Ja", "Delvis", "Nej", "Pågår, kontrollerat 2 av 5 områden.", "DELVIS", "nej"),
        ("Kreditupplysning tas vid nyuthyrning", "Uthyrare", "Tertialvis",
         "Ja", "Nej", "", "", "Se bilaga 2", "OKLAR", ""),
        ("Systematiskt brandskyddsarbete (SBA) dokumenteras i fastigheterna", "Säkerhetsansvarig", "Kvartal 4",
         "Ja", "Ja", "", "", "", "SAKNAS", ""),
        ("Avstämning av vakansrapport mot hyresreskontra", "Ekonomichef", "Månadsvis",
         "Ja", "Nej", "Ja", "Nej", "Jan–apr avstämt.", "GENOMFORD", "nej"),
        ("Energiuppföljning per fastighet", "Driftchef", "1 ggr/år",
         "Ja", "Nej", "Utgår", "", "Ersatt av nytt energisystem med automatisk uppföljning.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8]):
            ws.write(r, c, v, wr)
        exp(fil, N, row[0], row[8], row[9])
        r += 1
    ws.write(r + 1, 0, "Bilaga 2 lämnas separat till styrelsen.")
    ws.write(r + 2, 0, "VD Eva Bergkvist", b)
    for c, wdt in enumerate([50, 18, 16, 10, 10, 10, 10, 50]):
        ws.col(c).width = wdt * 256
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter from Tekniska nämnden (no follow-up in it)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev IK T1 2025 Tekniska nämnden.docx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    d = docx.Document()
    fixed_core(d)
    d.add_paragraph("Tekniska förvaltningen\t\t\t2025-05-13")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan tertial 1 2025", level=2)
    d.add_paragraph(
        "Hej! Tekniska nämndens uppföljning av internkontrollplanen för tertial 1 kommer att behandlas av "
        "nämnden den 27 maj och skickas därför till er efter sammanträdet. Vi ber om anstånd till den 30 maj.")
    d.add_paragraph(
        "Som tidigare meddelats är de flesta av nämndens kontroller förlagda till andra halvåret. "
        "Uppföljningen kommer att lämnas i kommunens gemensamma mall.")
    d.add_paragraph("Vänliga hälsningar")
    d.add_paragraph("Johan Åberg\nEkonom, Tekniska förvaltningen")
    p = os.path.join(OUT, fil)
    d.save(p)
    normalize_zip(p)


# ---------------------------------------------------------------------------
def write_registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Hästviks Bostäder AB", "HBAB|Hästviksbostäder"),
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
    names = {r[0] for r in reg}
    for row in FILES:
        assert row[1] == "AVVISAD" or row[2] in names, row
    inl = {r[0] for r in FILES if r[1] == "INLAST"}
    for row in EXPECTED:
        assert row[0] in inl and row[1] in names, row


def main():
    tmpdir = tempfile.mkdtemp(prefix="r223_")
    try:
        file_ks()
        file_bun()
        file_soc()
        file_stratsys()
        file_sbn()
        file_mhn(tmpdir)
        file_hbab()
        file_reject()
        write_registers()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("files:", len(FILES), "expected controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
