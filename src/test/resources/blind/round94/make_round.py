#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 94 – Hällesunds kommun (Bohuslän), delår 2025 (per 31 augusti).

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Hällesunds kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def base_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = Cm(2)
        s.right_margin = Cm(2)
    return d


def header_line(d, left, right):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{left}\t\t{right}"
    for r in hp.runs:
        r.font.size = Pt(8)


# =====================================================================
# 1. Kommunstyrelsen – docx, table with merged cells (section rows, vertically
#    merged process cells, one status cell merged over two controls)
# =====================================================================
def make_ks():
    fil = "KS Uppföljning internkontrollplan delår 2025.docx"
    namnd = "Kommunstyrelsen"
    d = base_doc()
    header_line(d, KOMMUN + " – Kommunledningskontoret", "Dnr KS 2025/0412")
    p = d.add_paragraph()
    r = p.add_run(KOMMUN.upper())
    r.bold = True
    r.font.size = Pt(9)
    d.add_heading("Uppföljning av kommunstyrelsens internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Delårsrapport – läget per 31 augusti 2025").bold = True
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (KS 2024-12-11 § 210). "
        "Planen omfattar tio kontrollmoment inom tre områden. Nedan redovisas hur långt kontrollerna "
        "har kommit per den 31 augusti. Slutlig redovisning sker i samband med verksamhetsberättelsen "
        "i februari 2026.")
    d.add_paragraph("Ärendet har beretts av kommunledningskontorets ekonomienhet och kansli.")

    cols = ["Process", "Kontrollmoment", "Metod / omfattning", "Ansvarig", "Status 31/8", "Kommentar / iakttagelser"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "1F4E79")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    # rows: ("SEC", text) or (process, km, metod, ansvarig, status, kommentar, exp_status, avv)
    # process None => merged with the one above ; status "^" => merged with the one above
    rows = [
        ("SEC", "Område 1 – Ekonomi och upphandling"),
        ("Leverantörsfakturor",
         "Stickprov 25 leverantörsfakturor – attest enligt gällande attestordning",
         "Stickprov 25 fakturor, jan–jun", "Redovisningsansvarig",
         "Genomförd – avvikelse",
         "Två fakturor (konsulttjänster) var attesterade av ersättare som saknade beslut om attesträtt. "
         "Attestförteckningen har uppdaterats.",
         "GENOMFORD", "ja"),
        (None,
         "Kontroll av dubbelbetalningar i leverantörsreskontran",
         "Systemrapport Raindance, helt urval", "Ekonomienheten",
         "Genomförd",
         "Inga dubbelbetalningar hittades.",
         "GENOMFORD", "nej"),
        ("Avtalstrohet",
         "Inköp över 100 tkr utan giltigt avtal (spendanalys)",
         "Spendanalys jan–jun mot avtalsdatabasen", "Upphandlingschef",
         "Pågår",
         "Analysen är påbörjad men inte färdig p.g.a. sjukskrivning. Resultat redovisas i helårsuppföljningen.",
         "DELVIS", "nej"),
        ("Förtroendekänsliga poster",
         "Representation – syfte och deltagarförteckning finns på fakturan",
         "Samtliga representationsfakturor jan–jun (20 st)", "Kanslichef",
         "Genomförd",
         "3 av 20 fakturor saknade deltagarförteckning. Berörda chefer har kompletterat.",
         "GENOMFORD", "ja"),
        ("SEC", "Område 2 – Personal och lön"),
        ("Löneutbetalningar",
         "Nyanställda i lönesystemet stäms av mot anställningsbeslut",
         "Stickprov 15 nyanställningar", "HR-chef",
         "Genomförd",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        (None,
         "Avslutade anställningar – ingen lön utbetald efter slutdatum",
         "Samtliga avslut jan–jul", "Lönechef",
         "^",
         "En felaktig utbetalning om 8 400 kr efter avslutad anställning. Beloppet är återkrävt.",
         "GENOMFORD", "ja"),
        ("Arbetsmiljö",
         "Rehabiliteringsärenden följs upp enligt rutin (dag 14, 30, 60)",
         "Genomgång av rehabärenden i Adato", "HR-chef",
         "Ej påbörjad",
         "Kontrollen görs under hösten.",
         "EJ_GENOMFORD", "nej"),
        ("SEC", "Område 3 – IT, informationssäkerhet och ärendehantering"),
        ("Behörigheter",
         "Behörigheter i ekonomisystemet – avslutade användare är borttagna",
         "Jämförelse behörighetslista mot personalsystem", "IT-chef",
         "Delvis genomförd",
         "12 konton för medarbetare som slutat var fortfarande aktiva. Borttagning pågår.",
         "DELVIS", "ja"),
        ("Dataskydd",
         "Registerförteckning enligt GDPR art. 30 är uppdaterad",
         "Genomgång av förteckningen", "Dataskyddssamordnare",
         "Utgår",
         "Ersätts av kommunövergripande granskning enligt beslut KS 2025-03-12 § 41.",
         "UTGAR", "nej"),
        ("Delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen",
         "Stickprov 46 beslut i ärendesystemet", "Kommunsekreterare",
         "",
         "Kontrollen gjordes i juni. Samtliga 46 beslut i stickprovet var anmälda till KS. Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    merges_proc = []   # (start_row_idx, end_row_idx)
    merges_status = []
    last_proc_row = None
    last_status_row = None
    for row in rows:
        cells = t.add_row().cells
        ri = len(t.rows) - 1
        if row[0] == "SEC":
            m = cells[0].merge(cells[-1])
            set_cell(m, row[1], bold=True, size=10)
            shade(m, "D9E2F3")
            last_proc_row = None
            continue
        proc, km, metod, ansv, status, komm, es, avv = row
        if proc is None:
            merges_proc.append((last_proc_row, ri))
        else:
            set_cell(cells[0], proc, bold=True)
            last_proc_row = ri
        set_cell(cells[1], km)
        set_cell(cells[2], metod)
        set_cell(cells[3], ansv)
        if status == "^":
            merges_status.append((last_status_row, ri))
        else:
            set_cell(cells[4], status)
            last_status_row = ri
        set_cell(cells[5], komm)
        exp(fil, namnd, km, es, avv)
    for a, b in merges_proc:
        top = t.cell(a, 0)
        txt = top.text
        m = top.merge(t.cell(b, 0))
        set_cell(m, txt, bold=True)
    for a, b in merges_status:
        top = t.cell(a, 4)
        txt = top.text
        m = top.merge(t.cell(b, 4))
        set_cell(m, txt)
    # total row
    cells = t.add_row().cells
    m = cells[0].merge(cells[-1])
    set_cell(m, "Summa: 10 kontrollmoment enligt plan, varav 6 genomförda, 2 pågående/delvis, 1 ej påbörjad och 1 utgår.",
             italic=True)
    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning: Kommunledningskontoret bedömer att den interna kontrollen hittills under "
                    "året i huvudsak fungerar. Avvikelserna inom attest och behörigheter åtgärdas under hösten.")
    d.add_paragraph("Hällesund 2025-09-08")
    d.add_paragraph("Karin Strömberg\nkommundirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# =====================================================================
# 2. Socialnämnden – docx, each control is a section: heading + Risk/Metod + "Resultat:"
# =====================================================================
def make_sn():
    fil = "Socialnämnden delårsuppföljning IK 2025.docx"
    namnd = "Socialnämnden"
    d = base_doc()
    header_line(d, "Socialförvaltningen", "Tjänsteskrivelse 2025-09-10")
    d.add_heading("Uppföljning av intern kontroll – delår januari–augusti 2025", level=1)
    d.add_paragraph("Socialnämnden, Hällesunds kommun").runs[0].italic = True
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden två gånger per år följa upp sin "
        "internkontrollplan. Denna uppföljning avser perioden 1 januari – 31 augusti 2025. Varje kontrollmoment "
        "redovisas nedan med risk, metod och resultat.")
    d.add_heading("Redovisning per kontrollmoment", level=2)

    items = [
        ("Utbetalning av ekonomiskt bistånd sker mot fullständigt underlag",
         "Felaktiga utbetalningar p.g.a. bristande underlag.",
         "Stickprov 30 akter, enhetschef försörjningsstöd.",
         ["Resultat: Stickprov på 30 akter gjordes i maj. I tre akter saknades kontoutdrag för hela "
          "utredningsperioden. Rutinen har gåtts igenom på APT i juni."],
         "GENOMFORD", "ja"),
        ("Orosanmälningar – förhandsbedömning görs inom 14 dagar",
         "Barn som far illa uppmärksammas inte i tid.",
         "Genomgång av samtliga anmälningar jan–jun i verksamhetssystemet.",
         ["Resultat: Kontrollen är påbörjad men inte slutförd eftersom enheten haft två vakanta tjänster. "
          "Hittills har 40 av 80 anmälningar granskats och samtliga var förhandsbedömda inom 14 dagar."],
         "DELVIS", "nej"),
        ("Gynnande beslut enligt LSS verkställs inom tre månader",
         "Sanktionsavgift och att den enskilde inte får sin insats.",
         "Uttag ur verksamhetssystemet, kvartalsvis.",
         ["Resultat: Kontrollen har inte genomförts under perioden. Den flyttas till hösten."],
         "EJ_GENOMFORD", "nej"),
        ("Placeringar på HVB – fakturerad dygnskostnad stämmer med avtal",
         "Kommunen betalar mer än avtalat pris.",
         "Jämförelse av fakturor mot avtal, samtliga placeringar.",
         ["Resultat (tertial 1): Ej påbörjad.",
          "Resultat (delår): Genomförd. Samtliga 11 placeringar har kontrollerats utan anmärkning."],
         "GENOMFORD", "nej"),
        ("Loggkontroll i journalsystemet",
         "Obehörig åtkomst till sekretessuppgifter.",
         "Slumpvis loggkontroll av 20 personakter.",
         ["Resultat: Se bilaga 2."],
         "OKLAR", "nej"),
        ("Hot och våld – händelser rapporteras i KIA",
         "Händelser rapporteras inte och åtgärder uteblir.",
         "Jämförelse mellan incidentrapporter och arbetsmiljöombudens noteringar.",
         ["Resultat: Kontrollmomentet har strukits ur planen genom beslut i socialnämnden 2025-04-23 § 58, "
          "eftersom det ingår i den årliga arbetsmiljöuppföljningen."],
         "UTGAR", "nej"),
        ("Handläggningstid för ansökan om försörjningsstöd",
         "Sökande får inte beslut inom rimlig tid.",
         "Mätning av tid från ansökan till beslut, månadsvis.",
         ["Resultat:"],
         "SAKNAS", "nej"),
    ]
    for km, risk, metod, res, es, avv in items:
        d.add_heading(km, level=3)
        p = d.add_paragraph()
        p.add_run("Risk: ").bold = True
        p.add_run(risk)
        p = d.add_paragraph()
        p.add_run("Metod: ").bold = True
        p.add_run(metod)
        for line in res:
            head, _, rest = line.partition(":")
            p = d.add_paragraph()
            p.add_run(head + ":").bold = True
            if rest.strip():
                p.add_run(rest)
        exp(fil, namnd, km, es, avv)

    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen är tillräcklig men att de kontroller som inte hunnits "
        "med ska prioriteras under hösten.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen per 31 augusti 2025.")
    d.add_paragraph()
    d.add_paragraph("Anna Berglund\nNämndsekreterare")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    return fil


# =====================================================================
# 3. Barn- och utbildningsnämnden – docx, two-column table (control | comment);
#    status only in the comment text; merged "Område" rows
# =====================================================================
def make_bun():
    fil = "BUF internkontroll avrapportering aug 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = base_doc()
    p = d.add_paragraph()
    r = p.add_run("Barn- och utbildningsförvaltningen")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Avrapportering av intern kontroll 2025 till BUN:s sammanträde 2025-09-17")
    d.add_paragraph(
        "Nedan lämnas en kort kommentar till varje kontrollmoment i årets plan. Kommentaren beskriver läget "
        "per den 31 augusti 2025. Ansvariga: respektive verksamhetschef, sammanställt av nämndsekreteraren.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Kontrollmoment (enligt plan)", bold=True, size=10)
    set_cell(t.rows[0].cells[1], "Kommentar", bold=True, size=10)
    for c in t.rows[0].cells:
        shade(c, "E2EFD9")
    items = [
        ("SEC", "Område: Ekonomi och administration"),
        ("Skolskjuts – beslut fattas enligt riktlinjer och delegationsordning",
         "Vi har gått igenom 20 beslut från vårterminen. Alla var fattade enligt riktlinjerna och av rätt "
         "delegat. Klart.", "GENOMFORD", "nej"),
        ("Avgifter i förskola och fritidshem – inkomstuppgifter och maxtaxa",
         "Inkomstkontrollen mot Skatteverket är inte gjord ännu. Den har fått vänta p.g.a. byte av "
         "verksamhetssystem och görs i oktober.", "EJ_GENOMFORD", "nej"),
        ("Statsbidrag – återrapportering till Skolverket sker i tid",
         "Samtliga tre återrapporteringar som förföll under perioden lämnades i tid.", "GENOMFORD", "nej"),
        ("Inköp av läromedel och digitala licenser följer ramavtal",
         "? (kolla med Per på ekonomi)", "OKLAR", "nej"),
        ("SEC", "Område: Verksamhet och elevsäkerhet"),
        ("Kränkande behandling – anmälan till huvudman inom fem arbetsdagar",
         "Granskning gjord för vårterminen. 7 av 52 anmälningar kom in senare än fem arbetsdagar. "
         "Rektorerna har fått återkoppling och rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Rutin för elever med hög frånvaro följs",
         "Arbetet pågår, fyra av nio skolor är granskade. Resten under september.", "DELVIS", "nej"),
        ("Behörigheter i lärplattformen – avslutad personal tas bort",
         "", "SAKNAS", "nej"),
        ("Systematiskt brandskyddsarbete – brandskyddsronder dokumenteras",
         "Utgår i år – ingår i fastighetsägarens egen kontroll (samhällsbyggnadsförvaltningen), beslut BUN § 19.",
         "UTGAR", "nej"),
    ]
    for it in items:
        cells = t.add_row().cells
        if it[0] == "SEC":
            m = cells[0].merge(cells[1])
            set_cell(m, it[1], bold=True, italic=True, size=10)
            shade(m, "F2F2F2")
            continue
        km, komm, es, avv = it
        set_cell(cells[0], km, size=10)
        set_cell(cells[1], komm, size=10)
        exp(fil, namnd, km, es, avv)
    for row in t.rows:
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(10)
    d.add_paragraph()
    d.add_paragraph("Frågor om sammanställningen: Lena Hallberg, nämndsekreterare BUF, tel 0523-19 40 12.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# =====================================================================
# 4. Miljö- och byggnadsnämnden – .odt, table with code letters + legend,
#    a "Status 2024" column to ignore, one code not in the legend
# =====================================================================
def make_mbn():
    fil = "MBN_Delårsuppföljning_IKP_2025.odt"
    namnd = "Miljö- och byggnadsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    smallb = Style(name="LitenFet", family="paragraph")
    smallb.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(smallb)
    tstyle = Style(name="Tab", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cstyle = Style(name="Cell", family="table-cell")
    cstyle.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cstyle)
    hcstyle = Style(name="HCell", family="table-cell")
    hcstyle.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#dddddd"))
    doc.automaticstyles.addElement(hcstyle)
    widths = ["1cm", "6cm", "2.2cm", "2.2cm", "5.6cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"Col{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(stylename=h1, text="Miljö- och byggnadsnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Delår 1 januari – 31 augusti 2025"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text=(
        "Miljö- och byggförvaltningen redovisar här status för nämndens kontrollmoment. För jämförelse anges "
        "även utfallet vid helårsuppföljningen 2024 för de moment som fanns med i fjolårets plan.")))
    p = P(stylename=small)
    p.addElement(Span(stylename=bold, text="Teckenförklaring: "))
    p.addText("G = genomförd   P = påbörjad   E = ej påbörjad   U = utgår")
    doc.text.addElement(p)
    doc.text.addElement(P(text=""))

    tbl = Table(name="Internkontroll", stylename=tstyle)
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))

    def row(values, header=False):
        tr = TableRow()
        for v in values:
            tc = TableCell(stylename=hcstyle if header else cstyle, valuetype="string")
            for line in (v.split("\n") if v else [""]):
                tc.addElement(P(stylename=smallb if header else small, text=line))
            tr.addElement(tc)
        tbl.addElement(tr)

    row(["Nr", "Kontrollmoment", "Status helår 2024", "Status delår 2025", "Kommentar"], header=True)
    items = [
        ("1", "Bygglov – beslut inom lagstadgad handläggningstid (10 veckor)", "G", "P",
         "Stickprov för jan–apr gjort, maj–aug pågår.", "DELVIS", "nej"),
        ("2", "Avgiftsdebitering för tillsyn sker enligt gällande taxa", "G", "G",
         "Två ärenden hade fel timavgift. Rättat och kreditfaktura skickad.", "GENOMFORD", "ja"),
        ("3", "Delegationsbeslut anmäls till nämnden", "E", "G",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Strandskyddsdispenser – beslut skickas till Länsstyrelsen inom en vecka", "", "G",
         "Nytt kontrollmoment 2025. 14 beslut kontrollerade, alla skickade i tid.", "GENOMFORD", "nej"),
        ("5", "Livsmedelskontroll – planerade kontroller genomförs enligt kontrollplanen", "P", "A",
         "", "OKLAR", "nej"),
        ("6", "Inkommande handlingar diarieförs inom två arbetsdagar", "G", "E",
         "Ej påbörjad – görs under T3.", "EJ_GENOMFORD", "nej"),
        ("7", "Jäv – kontroll av handläggares jävsdeklaration vid tillsynsbesök", "", "U",
         "Ersätts av utbildningsinsats, beslut MBN 2025-05-14 § 72.", "UTGAR", "nej"),
    ]
    for nr, km, s24, s25, komm, es, avv in items:
        row([nr, km, s24, s25, komm])
        exp(fil, namnd, km, es, avv)
    doc.text.addElement(tbl)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Beslutad av miljö- och byggnadsnämnden 2025-09-24."))
    doc.text.addElement(P(text="Jonas Ek, nämndsekreterare"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# =====================================================================
# 5. Samhällsbyggnadsnämnden – .xlsx with tick-mark columns (X), merged headers,
#    "tertial 2" in the title (=> T2), two boxes ticked, no tick + comment "Utgår"
# =====================================================================
def make_sbn():
    fil = "SBF IK-uppföljning T2 2025.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr_fill = PatternFill("solid", fgColor="BDD7EE")
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning tertial 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Markera status med X i en av kolumnerna Genomförd / Delvis / Ej genomförd."
    ws["A3"].font = Font(italic=True, size=9, color="7F7F7F")
    # header on rows 5-6
    ws["A5"] = "Nr"
    ws["B5"] = "Process"
    ws["C5"] = "Kontrollmoment"
    ws["D5"] = "Status per 31/8"
    ws["G5"] = "Avvikelse\n(ja/nej)"
    ws["H5"] = "Kommentar"
    ws["D6"] = "Genomförd"
    ws["E6"] = "Delvis"
    ws["F6"] = "Ej genomförd"
    for rng in ("A5:A6", "B5:B6", "C5:C6", "D5:F5", "G5:G6", "H5:H6"):
        ws.merge_cells(rng)
    for r in (5, 6):
        for c in range(1, 9):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = hdr_fill
            cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    items = [
        # nr, process, km, G, D, E, avv-cell, kommentar, exp, avv
        (1, "Ekonomi", "Attest av leverantörsfakturor inom VA-verksamheten", "X", "", "", "Nej",
         "Stickprov 20 fakturor.", "GENOMFORD", "nej"),
        (2, None, "Avtalstrohet – avrop vid entreprenadinköp gata/park", "", "X", "", "Ja",
         "3 av 15 inköp gjordes utan avrop från ramavtal. Resterande kontroll under hösten.", "DELVIS", "ja"),
        (3, None, "Fakturering av VA-anslutningsavgifter", "", "", "X", "Nej",
         "Görs efter uppgraderingen av kundsystemet i oktober.", "EJ_GENOMFORD", "nej"),
        (4, "Verksamhet", "Dricksvattenprover tas enligt provtagningsplan", "X", "", "", "Nej",
         "", "GENOMFORD", "nej"),
        (5, None, "Körjournaler för kommunens bilpool förs och kontrolleras", "X", "X", "", "",
         "", "OKLAR", "nej"),
        (6, None, "Vinterväghållning – entreprenörernas tidrapporter stäms av", "", "", "", "",
         "Utgår enligt beslut SBN 2025-02-19 § 15.", "UTGAR", "nej"),
        (7, "IT och inventarier", "Behörigheter i fastighetssystemet ses över", "", "", "", "",
         "", "SAKNAS", "nej"),
        (8, None, "Inventering av maskiner och handverktyg på förrådet", "x", "", "", "Ja",
         "Två röjsågar saknas, polisanmälan gjord.", "GENOMFORD", "ja"),
        (9, None, "Delegationsbeslut anmäls till nämnden", "", "X", "", "Nej",
         "Pågår", "DELVIS", "nej"),
    ]
    r = 7
    proc_start = None
    merges = []
    for nr, proc, km, g, dv, e, av, komm, es, avv in items:
        ws.cell(r, 1, nr)
        if proc is not None:
            if proc_start is not None and r - 1 > proc_start:
                merges.append((proc_start, r - 1))
            ws.cell(r, 2, proc)
            proc_start = r
        ws.cell(r, 3, km)
        ws.cell(r, 4, g or None)
        ws.cell(r, 5, dv or None)
        ws.cell(r, 6, e or None)
        ws.cell(r, 7, av or None)
        ws.cell(r, 8, komm or None)
        for c in range(1, 9):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = Alignment(vertical="top", wrap_text=True,
                                       horizontal="center" if c in (1, 4, 5, 6, 7) else "left")
        exp(fil, namnd, km, es, avv)
        r += 1
    if proc_start is not None and r - 1 > proc_start:
        merges.append((proc_start, r - 1))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    last = r - 1
    ws.cell(r, 3, "Antal markeringar").font = Font(bold=True)
    for c, col in ((4, "D"), (5, "E"), (6, "F")):
        ws.cell(r, c, f"=COUNTA({col}7:{col}{last})").font = Font(bold=True)
        ws.cell(r, c).alignment = Alignment(horizontal="center")
    ws.cell(r + 2, 1, "Upprättad av: Mikael Sandberg, controller. Behandlad i SBN 2025-09-25 § 88.").font = Font(size=9)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 52
    for col in "DEF":
        ws.column_dimensions[col].width = 11
    ws.column_dimensions["G"].width = 11
    ws.column_dimensions["H"].width = 50
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# =====================================================================
# 6. Stratsys-like CSV export, semicolons, windows-1252, two nämnder,
#    one row per control and period (T1 and Delår) – latest period decides
# =====================================================================
def make_csv():
    fil = "Stratsys_export_internkontroll_2025-09-05.csv"
    rows = []
    kfn = "Kultur och fritid"
    von = "Vård- och omsorgsnämnden"
    data = [
        (kfn, "Kultur- och fritidsnämnden", "Föreningsstöd",
         "Bidrag till föreningar beslutas enligt gällande bidragsregler",
         ("Ej påbörjad", "", ""), ("Klar", "Nej", "20 beslut kontrollerade."), "GENOMFORD", "nej"),
        (kfn, "Kultur- och fritidsnämnden", "Kontanthantering",
         "Dagskassor i simhallen stäms av mot kassasystemet",
         ("Pågående", "", "Kontroll varje månad."), ("Klar", "Ja", "Kassadifferens 1 250 kr i juni, utredd."),
         "GENOMFORD", "ja"),
        (kfn, "Kultur- och fritidsnämnden", "Lokaluthyrning",
         "Uthyrning av lokaler – avtal finns och fakturering sker",
         ("Ej påbörjad", "", ""), ("Pågående", "", "Halva underlaget genomgånget."), "DELVIS", "nej"),
        (kfn, "Kultur- och fritidsnämnden", "Inköp",
         "Inköp av biblioteksmedier sker enligt avtal",
         ("Ej påbörjad", "", ""), ("Ej påbörjad", "", "Skjuts till 2026 p.g.a. ny upphandling."),
         "EJ_GENOMFORD", "nej"),
        (kfn, "Kultur- och fritidsnämnden", "Förtroendekänsliga poster",
         "Representation vid evenemang följer riktlinjerna",
         ("Klar", "Nej", ""), ("Klar", "Nej", "Inga nya representationstillfällen sedan T1."), "GENOMFORD", "nej"),
        (von, "Vård- och omsorgsnämnden", "Avgifter",
         "Avgifter inom hemtjänsten – beslut och debitering stämmer",
         ("Pågående", "", ""), ("Klar", "Ja", "4 brukare hade felaktig avgift, korrigerat retroaktivt."),
         "GENOMFORD", "ja"),
        (von, "Vård- och omsorgsnämnden", "Läkemedel",
         "Signeringslistor för läkemedel är kompletta",
         ("Pågående", "", ""), ("Pågående", "", "Tre av fem boenden kontrollerade."), "DELVIS", "nej"),
        (von, "Vård- och omsorgsnämnden", "Myndighetsutövning",
         "Beslut om särskilt boende verkställs inom tre månader",
         ("Klar", "Nej", ""), ("Klar", "Nej", ""), "GENOMFORD", "nej"),
        (von, "Vård- och omsorgsnämnden", "Personal",
         "Schemaändringar i bemanningssystemet attesteras av chef",
         ("Ej påbörjad", "", ""), ("Ej påbörjad", "", "Resursbrist, görs i november."), "EJ_GENOMFORD", "nej"),
        (von, "Vård- och omsorgsnämnden", "Brukarnas medel",
         "Hantering av brukares kontanta medel på boenden",
         ("Ej påbörjad", "", ""), ("Utgår", "", "Strukits ur planen, beslut VON 2025-05-20 § 33."), "UTGAR", "nej"),
        (von, "Vård- och omsorgsnämnden", "Personal",
         "Bisysslor – samtliga medarbetare har redovisat bisyssla",
         ("Ej påbörjad", "", ""), ("Klar", "Nej", "Enkät besvarad av 96 %, inga otillåtna bisysslor."),
         "GENOMFORD", "nej"),
    ]
    header = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar",
              "Senast ändrad"]
    for org, namnd, proc, km, t1, dl, es, avv in data:
        rows.append([org, "Internkontrollplan 2025", proc, km, "T1 2025", t1[0], t1[1], t1[2], "2025-05-08"])
        rows.append([org, "Internkontrollplan 2025", proc, km, "Delår 2025", dl[0], dl[1], dl[2], "2025-09-03"])
        exp(fil, namnd, km, es, avv)
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Internkontroll - uppföljning;;;;;;;;\r\n")
        f.write("Urval: Kultur och fritid, Vård- och omsorgsnämnden;;;;;;;;\r\n")
        f.write(";;;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        for rr in rows:
            w.writerow(rr)
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))


# =====================================================================
# 7. Hamnnämnden – real .doc (converted by LibreOffice); last year's helår report sent by mistake
# =====================================================================
def make_hamn():
    fil = "Hamnnämnden internkontroll.doc"
    namnd = "Hamnnämnden"
    d = base_doc()
    p = d.add_paragraph()
    r = p.add_run("Hamnnämnden")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Uppföljning av internkontrollplan 2024 – helår")
    d.add_paragraph("Underlag till verksamhetsberättelsen. Upprättad 2025-01-28 av hamnförvaltningens kansli.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, c in enumerate(["Kontrollområde", "Kontrollmoment", "Genomfört\n(Ja/Nej/Delvis)", "Iakttagelser"]):
        set_cell(t.rows[0].cells[i], c, bold=True)
    items = [
        ("Intäkter", "Gästhamnsavgifter – redovisning av betalautomater stäms av", "Ja",
         "Differens 3 200 kr vid kontroll i juli. Orsaken var en trasig kortläsare, utrett och rättat.",
         "GENOMFORD", "ja"),
        ("Intäkter", "Båtplatser tilldelas enligt kö och gällande regler", "Ja",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Intäkter", "Hamnavgifter för fiske- och fraktfartyg faktureras fullständigt", "Delvis",
         "Kontrollerat för första halvåret, andra halvåret återstår.", "DELVIS", "nej"),
        ("Säkerhet", "Egenkontroll av bryggor, stegar och livräddningsutrustning", "Ja",
         "Genomförd i maj och september.", "GENOMFORD", "nej"),
        ("Avtal", "Uppföljning av avtal med muddringsentreprenör", "Nej",
         "Muddringen sköts upp till 2025, ingen uppföljning gjord.", "EJ_GENOMFORD", "nej"),
        ("Ekonomi", "Leverantörsfakturor attesteras enligt attestordning", "Ja",
         "Stickprov 15 fakturor utan anmärkning.", "GENOMFORD", "nej"),
    ]
    for omr, km, st, komm, es, avv in items:
        cells = t.add_row().cells
        set_cell(cells[0], omr)
        set_cell(cells[1], km)
        set_cell(cells[2], st)
        set_cell(cells[3], komm)
        exp(fil, namnd, km, es, avv)
    # merge "Intäkter" vertically (rows 1-3)
    top = t.cell(1, 0)
    m = top.merge(t.cell(3, 0))
    set_cell(m, "Intäkter")
    d.add_paragraph()
    d.add_paragraph("Hamnchef Erik Johansson")
    tmp = tempfile.mkdtemp(prefix="r94doc_")
    src = os.path.join(tmp, "Hamnnämnden internkontroll.docx")
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round94", "--headless",
                    "--convert-to", "doc", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "Hamnnämnden internkontroll.doc"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


# =====================================================================
# 8. Word owner/lock file left in the inbox folder (must be rejected)
# =====================================================================
def make_lock(sn_fil):
    fil = "~$" + sn_fil[2:]
    user = "Anna Berglund"
    b = bytearray()
    b.append(len(user))
    b += user.encode("cp1252").ljust(53, b" ")
    b += b"\x00\x00"
    b += bytes([len(user), 0])
    b += user.encode("utf-16-le")
    b = b.ljust(162, b"\x20")
    b = bytes(b[:160]) + b"\x00\x00"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_meta():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK|Kommunstyrelsens förvaltning"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|VoO|Vård och omsorg|Vård- och omsorgsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF|Tekniska nämnden"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Hamnnämnden", "HN|Hamnförvaltningen|Hällesunds hamn"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    make_ks()
    sn = make_sn()
    make_bun()
    make_mbn()
    make_sbn()
    make_csv()
    make_hamn()
    make_lock(sn)
    write_meta()
    print(f"{len(FILES)} files.csv rows, {len(set(f[0] for f in FILES))} files, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
