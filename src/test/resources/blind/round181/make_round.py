#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r181 - Storvreta kommun, helårsuppföljning av internkontrollplaner 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py   (from any directory; writes next to this script)
"""
import csv
import datetime
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

import xlwt

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, HeaderStyle, HeaderFooterProperties)
from odf.text import P, H, Span, LineBreak
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 2, 4, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 4, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)
    os.replace(tmp, path)


def fix_core(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        r = par.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        par.alignment = align


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------------------
# File 1: Barn- och utbildningsnämnden - Word, one table per process under headings
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Uppföljning internkontrollplan helår 2025.docx"
    nmd = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_core(doc, "Erik Sjöberg", "Uppföljning internkontrollplan 2025")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    # title page
    for _ in range(3):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("STORVRETA KOMMUN")
    r.bold = True
    r.font.size = Pt(14)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Barn- och utbildningsnämnden")
    r.font.size = Pt(18)
    for _ in range(2):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(24)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Helårsuppföljning")
    r.font.size = Pt(16)
    for _ in range(6):
        doc.add_paragraph()
    for line in ["Diarienummer: BUN 2025/0412",
                 "Datum: 2026-01-28",
                 "Upprättad av: Erik Sjöberg, controller, Barn- och utbildningsförvaltningen",
                 "Behandlas av: Barn- och utbildningsnämnden 2026-02-17"]:
        doc.add_paragraph(line)
    page_break(doc)

    doc.add_heading("Innehåll", level=1)
    for line in ["1 Inledning ........................................ 2",
                 "2 Sammanfattning ................................... 2",
                 "3 Uppföljning per process .......................... 3",
                 "4 Samlad bedömning och fortsatt arbete .............. 5"]:
        doc.add_paragraph(line)
    page_break(doc)

    doc.add_heading("1 Inledning", level=1)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 10 december 2024 (§ 112). "
        "Planen bygger på en risk- och väsentlighetsanalys där risker har bedömts utifrån sannolikhet och "
        "konsekvens. I denna rapport redovisas resultatet av de kontrollmoment som ingår i planen för "
        "helåret 2025.")
    doc.add_paragraph(
        "Uppföljningen har gjorts av förvaltningens controller tillsammans med respektive kontrollansvarig. "
        "Statusen anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Pågår, Ej genomförd eller Utgår.")
    doc.add_heading("2 Sammanfattning", level=1)
    doc.add_paragraph(
        "Av planens tio kontrollmoment har sex genomförts under året. Avvikelser har konstaterats inom "
        "attest, avtalstrohet, registerkontroll vid nyanställning, anmälan om kränkande behandling och "
        "behörighetshantering. Ett kontrollmoment "
        "har inte genomförts och ett har utgått efter beslut i nämnden. Åtgärder för de konstaterade "
        "avvikelserna framgår av respektive avsnitt.")
    page_break(doc)
    doc.add_heading("3 Uppföljning per process", level=1)

    header = ["Kontrollmoment", "Metod och omfattning", "Ansvarig", "Resultat helår 2025", "Status"]
    processes = [
        ("3.1 Ekonomiadministration", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor per halvår", "Controller",
             "Stickprov på 40 fakturor i oktober. Två fakturor hade attesterats av person utan attesträtt "
             "efter organisationsförändringen på gymnasiet. Attestförteckningen uppdaterades i november.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Kontroll av att inköp sker från upphandlade leverantörer (avtalstrohet)",
             "Spendanalys helår", "Ekonomichef",
             "Avtalstroheten uppgick till 87 % (mål 90 %). Inköp av förbrukningsmaterial utanför avtal "
             "har skett vid tre skolor. Information lämnad på rektorsmöte i december.",
             "Genomförd", "GENOMFORD", "ja"),
            ("Representation och förtroendekänsliga poster följer kommunens riktlinjer",
             "Granskning av samtliga verifikationer konto 7110-7190", "Controller",
             "Samtliga 26 verifikationer har granskats. Deltagarförteckning och syfte fanns angivet. "
             "Inga avvikelser.",
             "Genomförd", "GENOMFORD", "nej"),
        ]),
        ("3.2 Personal och kompetensförsörjning", [
            ("Kontroll av utdrag ur belastningsregistret vid nyanställning",
             "Stickprov 30 nyanställningar", "HR-specialist",
             "29 av 30 nyanställda hade visat upp utdrag. En vikarie inom fritidshem saknade registrerat "
             "utdrag; utdrag har därefter visats upp. Rutinen i rekryteringsstödet har förtydligats.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Löneutbetalningar efter avslutad anställning",
             "Lista avslutade anställningar mot utbetald lön", "Lönekonsult",
             "Kontrollen har påbörjats. Körning har gjorts för januari–juni, resterande månader granskas "
             "i februari 2026. Hittills har inga felaktiga utbetalningar identifierats.",
             "Pågår", "DELVIS", "nej"),
        ]),
        ("3.3 Elevhälsa och myndighetsutövning", [
            ("Anmälan till huvudman om kränkande behandling sker skyndsamt",
             "Genomgång av anmälningar i DF Respons", "Verksamhetschef elevhälsa",
             "Granskning gjord för grundskolan: 181 av 212 anmälningar (85 %) inkom inom fem arbetsdagar. "
             "Gymnasieskolan har inte granskats på grund av vakans.",
             "Delvis genomförd", "DELVIS", "ja"),
            ("Beslut om skolskjuts fattas enligt delegationsordningen",
             "Stickprov 20 beslut", "Skolskjutssamordnare",
             "Kontrollen har flyttats till 2026 års plan på grund av byte av verksamhetssystem.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
            ("Rapportering av ogiltig frånvaro till huvudman",
             "Genomgång av frånvarorapporter per termin", "Skolchef",
             "Utgår enligt beslut BUN 2025-05-20 § 48. Ingår i den ordinarie statistikuppföljningen.",
             "Utgår", "UTGAR", ""),
        ]),
        ("3.4 Informationssäkerhet", [
            ("Behörigheter i elevdokumentationssystemet tas bort när anställning upphör",
             "Behörighetslista mot HR-systemet", "Systemförvaltare",
             "Behörighetslistan jämfördes med HR-systemet per 2025-11-30. 14 konton för avslutade "
             "anställningar var fortfarande aktiva och har avslutats i efterhand.",
             "Genomförd", "GENOMFORD", "ja"),
            ("Loggkontroll av åtkomst till elevhälsans journaler",
             "Loggkontroll två gånger per år", "Verksamhetschef elevhälsa",
             "Loggkontroll genomförd i oktober och december. Ingen otillbörlig åtkomst upptäcktes.",
             "", "GENOMFORD", "nej"),
        ]),
    ]
    for head, rows in processes:
        doc.add_heading(head, level=2)
        tbl = doc.add_table(rows=1, cols=5)
        tbl.style = "Table Grid"
        for i, h in enumerate(header):
            cell_text(tbl.rows[0].cells[i], h, bold=True, size=10)
            set_cell_bg(tbl.rows[0].cells[i], "D9E2F3")
        for km, metod, ansv, res, status, exp, avv in rows:
            cells = tbl.add_row().cells
            for i, v in enumerate([km, metod, ansv, res, status]):
                cell_text(cells[i], v, size=10)
            EXPECTED.append((fil, nmd, km, exp, avv))
        widths = [Cm(4.2), Cm(3.2), Cm(2.6), Cm(5.5), Cm(2.4)]
        for row in tbl.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()

    doc.add_heading("4 Samlad bedömning och fortsatt arbete", level=1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "De avvikelser som konstaterats har åtgärdats eller kommer att följas upp i internkontrollplanen "
        "för 2026. Kontrollen av skolskjutsbeslut och löneutbetalningar efter avslutad anställning förs över "
        "till 2026.")
    doc.add_paragraph()
    doc.add_paragraph("Storvreta den 28 januari 2026")
    doc.add_paragraph()
    doc.add_paragraph("Anna Lindqvist\t\t\t\tErik Sjöberg")
    doc.add_paragraph("Förvaltningschef\t\t\t\tController")
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", nmd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 2: Socialnämnden - Word, status as symbols, legend paragraph below the table
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden IK helår 2025.docx"
    nmd = "Socialnämnden"
    doc = Document()
    fix_core(doc, "Maria Holm", "Uppföljning intern kontroll helår 2025")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    t = doc.add_paragraph()
    r = t.add_run("SOCIALNÄMNDEN")
    r.bold = True
    r.font.size = Pt(12)
    t = doc.add_paragraph()
    r = t.add_run("Uppföljning av intern kontroll – helår 2025")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Rapport till Socialnämnden 2026-02-11\tDnr SN 2025/118")
    doc.add_heading("Inledning", level=2)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024, § 143. Planen omfattar "
        "tio kontrollmoment inom ekonomiskt bistånd, barn och unga, placeringar, dokumentation, personal "
        "samt synpunktshantering. Kontrollerna följs upp per tertial; tabellen nedan visar utfallet vid "
        "tertial 2 och vid helår. Kommentaren avser helårsuppföljningen om inget annat anges.")
    doc.add_heading("Resultat", level=2)

    header = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "T2", "Helår", "Kommentar"]
    rows = [
        ("1", "Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Stickprov 25 beslut", "✓", "✓",
         "Samtliga granskade beslut var fattade av rätt delegat.", "GENOMFORD", "nej"),
        ("2", "",
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut",
         "Avstämning månadsvis", "✓", "!",
         "Två utbetalningar (sammanlagt 8 400 kr) saknade underliggande beslut. Återkrav har upprättats.",
         "GENOMFORD", "ja"),
        ("3", "",
         "Kontroll mot andra myndigheter via SSBTEK görs vid nyansökan",
         "Stickprov 30 nyansökningar", "◐", "◐",
         "Kontroll gjordes i 92 % av nyansökningarna. Utbildningsinsats planeras första kvartalet 2026.",
         "DELVIS", "ja"),
        ("4", "Barn och unga",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet", "✓", "!",
         "11 av 164 förhandsbedömningar överskred 14 dagar, främst under semesterperioden.",
         "GENOMFORD", "ja"),
        ("5", "",
         "Utredningstiden om fyra månader enligt 11 kap. 2 § SoL hålls",
         "Uttag ur verksamhetssystemet", "◐", "",
         "T2: genomgång av hälften av de avslutade utredningarna klar.",
         "DELVIS", ""),
        ("6", "Placeringar",
         "Fakturor för externa placeringar (HVB, familjehem) stäms av mot beslut och avtal",
         "Avstämning samtliga fakturor en månad", "✓", "✓",
         "Samtliga fakturor för november stämdes av. Inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "",
         "Arvoden och omkostnadsersättningar till familjehem betalas enligt SKR:s riktlinjer",
         "Stickprov 15 uppdrag", "–", "✗",
         "Kontrollen hanns inte med på grund av personalomsättning. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("8", "Dokumentation och informationssäkerhet",
         "Loggkontroll i verksamhetssystemet",
         "Slumpvis loggkontroll 10 användare/månad", "✓", "✓ ◐",
         "",
         "OKLAR", ""),
        ("9", "Personal",
         "Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete",
         "Genomgång av protokoll", "", "–",
         "Utgår – ingår i kommunstyrelsens gemensamma kontroll 2025 (SN 2025-03-12 § 31).",
         "UTGAR", ""),
        ("10", "Synpunkter och klagomål",
         "Synpunkter och klagomål registreras och besvaras inom tio arbetsdagar",
         "Stickprov 40 ärenden", "◐", "✓",
         "Rutinen reviderades i september. Samtliga 40 granskade ärenden besvarades i tid.",
         "GENOMFORD", "nej"),
    ]
    tbl = doc.add_table(rows=1, cols=len(header))
    tbl.style = "Table Grid"
    for i, h in enumerate(header):
        cell_text(tbl.rows[0].cells[i], h, bold=True, size=9)
        set_cell_bg(tbl.rows[0].cells[i], "E7E6E6")
    for nr, proc, km, metod, t2, hel, kom, exp, avv in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate([nr, proc, km, metod, t2, hel, kom]):
            cell_text(cells[i], v, size=9,
                      align=WD_ALIGN_PARAGRAPH.CENTER if i in (4, 5) else None)
        EXPECTED.append((fil, nmd, km, exp, avv))
    widths = [Cm(1), Cm(3.2), Cm(6.5), Cm(3.5), Cm(1.3), Cm(1.3), Cm(8.5)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    # merge the process cells vertically (rows 1-3, 4-5, 6-7)
    for a, b in [(1, 3), (4, 5), (6, 7)]:
        top = tbl.cell(a, 1)
        txt = top.text
        merged = top.merge(tbl.cell(b, 1))
        cell_text(merged, txt, size=9)

    leg = doc.add_paragraph()
    r = leg.add_run("Teckenförklaring: ")
    r.bold = True
    r.font.size = Pt(9)
    r = leg.add_run("✓ = Kontrollen genomförd, inga avvikelser   ! = Kontrollen genomförd, avvikelse noterad "
                    "(se kommentar)   ◐ = Kontrollen påbörjad/delvis genomförd   ✗ = Kontrollen ej genomförd   "
                    "– = Utgår/ej aktuell under perioden")
    r.font.size = Pt(9)

    doc.add_heading("Samlad bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Avvikelser har konstaterats "
        "inom ekonomiskt bistånd och handläggningen av orosanmälningar. Åtgärder har vidtagits och följs "
        "upp i internkontrollplanen för 2026.")
    doc.add_paragraph()
    doc.add_paragraph("Storvreta den 2 februari 2026")
    doc.add_paragraph("Maria Holm")
    doc.add_paragraph("Socialchef, Socialförvaltningen")
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", nmd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 3: Vård- och omsorgsnämnden - Word, a small two-column table per control
# ---------------------------------------------------------------------------
def build_von():
    fil = "VON_internkontroll_2025_helarsuppfoljning.docx"
    nmd = "Vård- och omsorgsnämnden"
    doc = Document()
    fix_core(doc, "Karin Ek", "Helårsuppföljning internkontrollplan 2025")
    doc.styles["Normal"].font.name = "Garamond"
    doc.styles["Normal"].font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Vård- och omsorgsnämnden\t\tStorvreta kommun"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr VON 2025/233 – Helårsuppföljning intern kontroll"

    t = doc.add_paragraph()
    r = t.add_run("Helårsuppföljning internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Tjänsteskrivelse 2026-01-30")
    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Vård- och omsorgsförvaltningen redovisar här helårsuppföljningen av nämndens internkontrollplan "
        "för 2025. Varje kontroll redovisas i en egen tabell med kontrollmoment, process, ansvarig, "
        "resultat och status. Delårsuppföljningen redovisades för nämnden i september (VON 2025-09-24 § 88).")
    doc.add_heading("Uppföljning av kontrollerna", level=1)

    ctrls = [
        ("Hälso- och sjukvård",
         "Avvikelser i läkemedelshanteringen följs upp och analyseras",
         "Medicinskt ansvarig sjuksköterska (MAS)",
         "Samtliga 37 avvikelser under året har analyserats av MAS. Återkommande brister i signeringslistor "
         "på Solgårdens särskilda boende; åtgärdsplan har tagits fram.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Avgifter",
         "Debitering av omsorgsavgifter stäms av mot beviljade insatser",
         "Avgiftshandläggare",
         "Stickprov 50 brukare i oktober. Tre brukare hade debiterats för fel antal timmar; debiteringen har rättats.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Myndighetsutövning",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Enhetschefer hemtjänst och särskilt boende",
         "Granskning gjord för hemtjänsten i område Norr och Söder. Särskilt boende granskas i januari 2026.",
         "Delvis genomförd", "DELVIS", ""),
        ("Hemtjänst",
         "Nyckelhantering i hemtjänsten – kvittens och inventering av nyckelskåp",
         "Enhetschefer hemtjänst",
         "Inventering av nyckelskåp genomförd i samtliga hemtjänstgrupper i november. Inga saknade nycklar.",
         "Klar", "GENOMFORD", "nej"),
        ("Hemtjänst",
         "Tidsregistrering i planeringssystemet stäms av mot utförd tid",
         "Verksamhetsutvecklare",
         "Se bilaga 2.",
         "", "OKLAR", ""),
        ("Hälso- och sjukvård",
         "Riskbedömning enligt Senior alert görs vid inflyttning på särskilt boende",
         "Enhetschefer särskilt boende",
         "Kontrollen har inte genomförts under 2025. Den prioriterades ned efter införandet av ny journalmodul.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Särskilt boende",
         "Hantering av brukarnas privata medel på särskilt boende",
         "Enhetschefer särskilt boende",
         "Från 2025-04-01 hanterar personalen inte längre brukarnas kontanter, enligt ny rutin.",
         "Utgår", "UTGAR", ""),
        ("Hälso- och sjukvård",
         "Delegeringsbeslut för hälso- och sjukvårdsuppgifter är giltiga",
         "MAS",
         "",
         "", "SAKNAS", ""),
        ("Ekonomi",
         "Ersättning till privata utförare enligt LOV stäms av mot rapporterad tid",
         "Controller",
         "Avstämning görs månadsvis. Under hösten har avstämning gjorts för september–november, "
         "december återstår. Inga avvikelser hittills.",
         "Pågående", "DELVIS", "nej"),
    ]
    for n, (proc, km, ansv, res, status, exp, avv) in enumerate(ctrls, 1):
        doc.add_heading(f"Kontroll {n}", level=2)
        tbl = doc.add_table(rows=5, cols=2)
        tbl.style = "Table Grid"
        for i, (lab, val) in enumerate([("Kontrollmoment:", km), ("Process:", proc),
                                        ("Ansvarig:", ansv), ("Resultat:", res), ("Status:", status)]):
            cell_text(tbl.cell(i, 0), lab, bold=True, size=11)
            set_cell_bg(tbl.cell(i, 0), "F2F2F2")
            cell_text(tbl.cell(i, 1), val, size=11)
            tbl.cell(i, 0).width = Cm(3.5)
            tbl.cell(i, 1).width = Cm(12.5)
        doc.add_paragraph()
        EXPECTED.append((fil, nmd, km, exp, avv))

    doc.add_heading("Bilagor", level=1)
    doc.add_paragraph("Bilaga 1: Internkontrollplan 2025, antagen VON 2024-12-11 § 120")
    doc.add_paragraph("Bilaga 2: Avstämning tidsregistrering hemtjänst 2025")
    doc.add_paragraph()
    doc.add_paragraph("Karin Ek")
    doc.add_paragraph("Förvaltningschef, Vård- och omsorgsförvaltningen")
    doc.add_paragraph("Jonas Nyberg")
    doc.add_paragraph("Kvalitetsstrateg")
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", nmd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: Kultur- och fritidsnämnden - Word, prose only, numbered heading per control
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "Kultur- och fritidsnämnden - uppföljning intern kontroll 2025.docx"
    nmd = "Kultur- och fritidsnämnden"
    doc = Document()
    fix_core(doc, "Sara Åberg", "Uppföljning intern kontroll 2025")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    for line, size, bold in [("Storvreta kommun", 11, False),
                             ("Kultur- och fritidsförvaltningen", 11, False),
                             ("Tjänsteskrivelse", 11, True),
                             ("Datum 2026-01-22", 11, False),
                             ("Diarienummer KFN 2025/77", 11, False)]:
        r = doc.add_paragraph().add_run(line)
        r.font.size = Pt(size)
        r.bold = bold
    doc.add_paragraph()
    doc.add_paragraph("Kultur- och fritidsnämnden")
    t = doc.add_paragraph()
    r = t.add_run("Uppföljning av internkontrollplan 2025 – helår")
    r.bold = True
    r.font.size = Pt(16)

    doc.add_heading("1. Inledning", level=1)
    doc.add_paragraph(
        "Kultur- och fritidsnämnden antog sin internkontrollplan för 2025 den 12 december 2024, § 96. "
        "Planen innehåller sju kontrollmoment. I denna tjänsteskrivelse redovisas resultatet av "
        "kontrollerna för helåret. Varje kontrollmoment redovisas under en egen rubrik i avsnitt 2.")
    doc.add_heading("2. Resultat av kontrollerna", level=1)

    ctrls = [
        ("2.1", "Kontanthantering i simhallens och bibliotekens kassor",
         ["Oanmälda kassainventeringar har genomförts vid fyra tillfällen under året på Storvretabadet "
          "och huvudbiblioteket. Vid inventeringen i augusti saknades 350 kronor i simhallens kassa.",
          "Händelsen har utretts och rutinen för kassaredovisning vid skiftbyte har skärpts. Vid de "
          "övriga inventeringarna stämde kassan."],
         "GENOMFORD", "ja"),
        ("2.2", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         ["Samtliga 42 ansökningar om lokalt aktivitetsstöd för höstterminen har kontrollerats mot "
          "närvarokort och medlemsförteckningar. Inga felaktigheter har upptäckts."],
         "GENOMFORD", "nej"),
        ("2.3", "Uthyrning av lokaler och anläggningar faktureras korrekt",
         ["Kontrollen har påbörjats. Bokningarna i bokningssystemet för januari–juni har stämts av mot "
          "faktureringen. Avstämningen av andra halvåret återstår och redovisas vid första uppföljningen "
          "2026. Hittills har inga avvikelser noterats."],
         "DELVIS", "nej"),
        ("2.4", "Inventering av utrustning och kommunens konstsamling",
         ["Inventeringen av konstsamlingen kunde inte genomföras under 2025 eftersom konstintendenten "
          "har varit tjänstledig. Kontrollen flyttas till 2026."],
         "EJ_GENOMFORD", ""),
        ("2.5", "Avtalstrohet vid inköp av evenemangstjänster",
         ["Kontrollen har genomförts genom en spendanalys av leverantörsfakturor inom evenemang och "
          "kulturhus. Två inköp av ljudteknik, sammanlagt 64 000 kronor, gjordes utanför avtal.",
          "Berörda medarbetare har fått information om gällande ramavtal."],
         "GENOMFORD", "ja"),
        ("2.6", "Registerkontroll av ledare i sommarlovsverksamheten",
         ["Nämnden beslutade 2025-04-15, § 22, att kontrollmomentet utgår eftersom "
          "sommarlovsverksamheten 2025 upphandlades av extern aktör."],
         "UTGAR", ""),
        ("2.7", "Systematiskt brandskyddsarbete i kulturhuset",
         ["Brandskyddsronder har genomförts kvartalsvis enligt plan och dokumenterats. Utrymningsövning "
          "genomfördes i oktober. Inga avvikelser har noterats."],
         "GENOMFORD", "nej"),
    ]
    for num, head, paras, exp, avv in ctrls:
        doc.add_heading(f"{num} {head}", level=2)
        for para in paras:
            doc.add_paragraph(para)
        EXPECTED.append((fil, nmd, head, exp, avv))

    doc.add_heading("3. Samlad bedömning", level=1)
    doc.add_paragraph(
        "Fyra av sju kontroller har genomförts fullt ut, en har genomförts delvis, en har inte genomförts "
        "och en har utgått efter beslut i nämnden. Förvaltningen bedömer att den interna kontrollen under "
        "2025 har varit tillräcklig.")
    doc.add_heading("4. Förslag till beslut", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025.")
    doc.add_paragraph()
    doc.add_paragraph("Sara Åberg")
    doc.add_paragraph("Kultur- och fritidschef")
    doc.add_paragraph()
    doc.add_paragraph("Expedieras till: Kommunstyrelsen, Ekonomikontoret")
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", nmd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 5: Samhällsbyggnadsnämnden - OpenDocument text, nämnd only in the page header
# ---------------------------------------------------------------------------
def build_sbn_odt():
    fil = "Internkontroll_helar_2025_samhallsbyggnad.odt"
    nmd = "Samhällsbyggnadsnämnden"
    doc = OpenDocumentText()

    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape",
                                       margintop="1.5cm", marginbottom="1.5cm",
                                       marginleft="2cm", marginright="2cm"))
    pl.addElement(HeaderStyle())
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hdr = Header()
    hs = Style(name="HeaderPar", family="paragraph")
    hs.addElement(TextProperties(fontsize="9pt", color="#555555"))
    doc.automaticstyles.addElement(hs)
    hdr.addElement(P(stylename=hs, text="Samhällsbyggnadsnämnden – Internkontroll 2025"))
    mp.addElement(hdr)
    doc.masterstyles.addElement(mp)

    title = Style(name="Titel", family="paragraph")
    title.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.styles.addElement(title)
    h2 = Style(name="Rubrik", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.styles.addElement(h2)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    bold_small = Style(name="LitenFet", family="paragraph")
    bold_small.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(bold_small)

    tstyle = Style(name="Tabell1", family="table")
    tstyle.addElement(TableProperties(width="25.7cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    headcell = Style(name="HeadCell", family="table-cell")
    headcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                            backgroundcolor="#DDEBF7"))
    doc.automaticstyles.addElement(headcell)
    widths = ["3.2cm", "6.5cm", "2.2cm", "1.8cm", "1.8cm", "1.8cm", "8.4cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"Col{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(stylename=title, text="Uppföljning internkontrollplan 2025, helår"))
    doc.text.addElement(P(text="Datum: 2026-02-03    Diarienummer: SBN 2025/0310"))
    doc.text.addElement(P(stylename=h2, text="Bakgrund"))
    doc.text.addElement(P(text=(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Kontrollerna följs upp tre gånger per år "
        "(T1, T2 och helår). I tabellen anges för varje period om kontrollen är Utförd, Delvis utförd (Delvis), "
        "Ej utförd eller Ej aktuell. Tomma rutor innebär att kontrollen inte var planerad för perioden.")))
    doc.text.addElement(P(stylename=h2, text="Uppföljning"))

    header = ["Process", "Kontrollmoment", "Frekvens", "T1", "T2", "Helår", "Kommentar"]
    groups = [
        ("Bygglov", [
            ("Handläggningstid för bygglov inom tio veckor enligt PBL", "Tertialvis",
             "Utförd", "Utförd", "Utförd",
             "Snitt 6,1 veckor. Fyra ärenden överskred tidsfristen; avgiften har reducerats enligt 12 kap. 8 a § PBL.",
             "GENOMFORD", "ja"),
            ("Avgifter för bygglov debiteras enligt taxa", "1 gång/år",
             "", "Utförd", "",
             "T2: stickprov 20 ärenden, inga fel.",
             "GENOMFORD", "nej"),
            ("Delegationsbeslut anmäls till nämnden", "Löpande",
             "Utförd", "Utförd", "Utförd",
             "Anmäls vid varje sammanträde.",
             "GENOMFORD", "nej"),
        ]),
        ("Tillsyn", [
            ("Tillsyn av ovårdade tomter och byggnader enligt tillsynsplan", "Tertialvis",
             "Ej utförd", "Delvis", "Delvis",
             "12 av 20 planerade tillsynsbesök genomförda.",
             "DELVIS", ""),
            ("Uppföljning av OVK-besiktningar", "1 gång/år",
             "", "", "Ej utförd",
             "Resursbrist. Prioriteras 2026.",
             "EJ_GENOMFORD", ""),
            ("Parkeringstillstånd för rörelsehindrade handläggs enligt riktlinjer", "Halvår",
             "", "", "Ej aktuell",
             "Handläggningen flyttades till Tekniska nämnden fr.o.m. 2025-03-01.",
             "UTGAR", ""),
        ]),
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Halvår",
             "", "Utförd", "Utförd",
             "Stickprov 30 fakturor. En faktura saknade beslutsattest.",
             "GENOMFORD", "ja"),
            ("Externa konsultuppdrag har avtal och skriftlig beställning", "1 gång/år",
             "", "", "Delvis",
             "Planavdelningens konsulter granskade, bygglovsavdelningen återstår.",
             "DELVIS", ""),
        ]),
    ]

    tbl = Table(name="Uppfoljning", stylename=tstyle)
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))
    tr = TableRow()
    for h in header:
        tc = TableCell(stylename=headcell, valuetype="string")
        tc.addElement(P(stylename=bold_small, text=h))
        tr.addElement(tc)
    tbl.addElement(tr)

    def mkcell(text):
        tc = TableCell(stylename=cellst, valuetype="string")
        tc.addElement(P(stylename=small, text=text))
        return tc

    for proc, rows in groups:
        for i, (km, freq, t1, t2, hel, kom, exp, avv) in enumerate(rows):
            tr = TableRow()
            if i == 0:
                tc = TableCell(stylename=cellst, valuetype="string", numberrowsspanned=len(rows))
                tc.addElement(P(stylename=bold_small, text=proc))
                tr.addElement(tc)
            else:
                tr.addElement(CoveredTableCell())
            for v in (km, freq, t1, t2, hel, kom):
                tr.addElement(mkcell(v))
            tbl.addElement(tr)
            EXPECTED.append((fil, nmd, km, exp, avv))
    doc.text.addElement(tbl)

    doc.text.addElement(P(stylename=h2, text="Sammanfattande bedömning"))
    doc.text.addElement(P(text=(
        "Förvaltningen bedömer att den interna kontrollen är tillräcklig men att tillsynsarbetet behöver "
        "förstärkas. Ej utförda och delvis utförda kontroller förs över till internkontrollplan 2026.")))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Samhällsbyggnadsförvaltningen, Storvreta 2026-02-03"))
    doc.text.addElement(P(text="Johan Berg, förvaltningschef"))
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "INLAST", nmd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: Stratsys-like xlsx export holding two nämnder, traffic-light fills
# ---------------------------------------------------------------------------
def build_export_xlsx():
    fil = "Stratsys_export_internkontroll_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    wb.properties.creator = "Stratsys"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED

    fills = {"Genomförd": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Avbruten": "D9D9D9"}
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Internkontroll 2025 – Uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport: Kontrollmoment per organisation   |   Utskrivet 2026-01-19 08:42 av ekonomikontoret"
    ws["A2"].font = Font(italic=True, size=9, color="595959")
    ws["A3"] = "Period: Helår 2025 (T3)   Urval: Tekniska nämnden; Miljö- och hälsoskyddsnämnden"
    ws["A3"].font = Font(size=9, color="595959")

    header = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Kontrollmetod",
              "Status T1", "Status T2", "Status T3", "Kommentar T3"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = wrap
        cell.border = border

    data = [
        ("Tekniska nämnden", [
            ("Gata/park", "Besiktning av lekplatser enligt SS-EN 1176", "Parkchef", "Årlig huvudbesiktning",
             "Pågår", "Pågår", "Genomförd",
             "Samtliga 34 lekplatser besiktade. Tre anmärkningar om fallskydd har åtgärdats.", "GENOMFORD", "ja"),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Stickprov 40 fakturor",
             "", "", "Genomförd", "Inga avvikelser i stickprovet.", "GENOMFORD", "nej"),
            ("Fordon", "Kontroll av fordonsbokning och körjournaler", "Fordonssamordnare", "Stickprov 10 fordon",
             "Ej påbörjad", "Ej påbörjad", "Ej påbörjad", "Nytt bokningssystem införs 2026.", "EJ_GENOMFORD", ""),
            ("VA", "Debitering av VA-avgifter stäms av mot mätarställning", "VA-ekonom", "Avstämning kundregister",
             "", "Pågår", "Pågår", "Avstämning gjord för ca 80 % av abonnenterna.", "DELVIS", ""),
            ("Gata/park", "Vinterväghållning utförs enligt avtal med entreprenör", "Gatuchef",
             "Uppföljning av körrapporter", "Genomförd", "", "", "", "GENOMFORD", ""),
            ("Trafik", "Parkeringstillstånd för rörelsehindrade handläggs enligt riktlinjer", "Trafikhandläggare",
             "Stickprov 15 beslut", "", "", "Genomförd", "Stickprov 15 beslut, samtliga enligt riktlinjerna.",
             "GENOMFORD", "nej"),
            ("Upphandling", "Upphandlade entreprenader följs upp mot avtalsvillkor", "Teknisk chef",
             "Avtalsuppföljning", "Pågår", "Avbruten", "Avbruten",
             "Avbruten genom beslut TN 2025-09-18 § 77. Ersätts av revision av ramavtal.", "UTGAR", ""),
        ]),
        ("Miljö- och hälsoskyddsnämnden", [
            ("Myndighetsutövning", "Tillsynsavgifter debiteras enligt taxa", "Miljöchef", "Stickprov 25 ärenden",
             "", "", "Genomförd", "Två felaktiga timavgifter korrigerade.", "GENOMFORD", "ja"),
            ("Myndighetsutövning", "Livsmedelskontroller genomförs enligt kontrollplan", "Livsmedelsinspektör",
             "Uppföljning i ärendesystem", "Pågår", "Pågår", "Pågår", "86 % av planerade kontroller genomförda.",
             "DELVIS", ""),
            ("Förtroende", "Handläggare redovisar bisysslor årligen", "Miljöchef", "Genomgång av redovisningar",
             "", "", "Genomförd", "Samtliga 14 inspektörer har redovisat. Inga otillåtna bisysslor.",
             "GENOMFORD", "nej"),
            ("Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
             "Jämförelse ärendesystem/protokoll", "", "", "", "", "SAKNAS", ""),
            ("Registratur", "Inkomna handlingar registreras inom två arbetsdagar", "Registrator",
             "Stickprov 50 handlingar", "", "", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ]),
    ]
    row = 6
    for org, rows in data:
        ws.cell(row=row, column=1, value=org).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        row += 1
        for proc, km, ansv, metod, s1, s2, s3, kom, exp, avv in rows:
            vals = [org, proc, km, ansv, metod, s1, s2, s3, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v if v != "" else None)
                cell.alignment = wrap
                cell.border = border
                if c in (6, 7, 8) and v in fills:
                    cell.fill = PatternFill("solid", fgColor=fills[v])
            EXPECTED.append((fil, org, km, exp, avv))
            row += 1
        ws.cell(row=row, column=2, value=f"Antal kontrollmoment: {len(rows)}").font = Font(italic=True)
        row += 2
        FILES.append((fil, "INLAST", org, "2025", "HELAR"))

    ws.cell(row=row, column=1, value="Statusfärger: grön = Genomförd, gul = Pågår, röd = Ej påbörjad, grå = Avbruten").font = Font(size=9, italic=True)
    for col, w in zip("ABCDEFGHI", [26, 18, 46, 20, 26, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Urval")
    for r, (k, v) in enumerate([("Rapportmall", "IK – kontrollmoment per organisation"),
                                ("Verksamhetsår", "2025"), ("Period", "T3 (helår)"),
                                ("Organisationer", "Tekniska nämnden; Miljö- och hälsoskyddsnämnden"),
                                ("Exporterad", "2026-01-19 08:42"), ("Användare", "ekonomikontoret")], 1):
        ws2.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws2.cell(row=r, column=2, value=v)
    ws2.column_dimensions["A"].width = 18
    ws2.column_dimensions["B"].width = 50
    wb.save(p(fil))
    normalize_zip(p(fil))


# ---------------------------------------------------------------------------
# File 7: Kommunstyrelsen - legacy .xls, plan columns + delår + helår tick columns
# ---------------------------------------------------------------------------
def build_ks_xls():
    fil = "KS internkontrollplan 2025 med uppföljning.xls"
    nmd = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")

    title = xlwt.easyxf("font: bold on, height 280")
    boldst = xlwt.easyxf("font: bold on")
    grp = xlwt.easyxf("font: bold on; align: horiz center, vert center; "
                      "pattern: pattern solid, fore_colour light_turquoise; borders: left thin, right thin, top thin, bottom thin")
    grp2 = xlwt.easyxf("font: bold on; align: horiz center, vert center; "
                       "pattern: pattern solid, fore_colour light_yellow; borders: left thin, right thin, top thin, bottom thin")
    hdr = xlwt.easyxf("font: bold on; align: wrap on, vert top; "
                      "pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin")
    txt = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ctr = xlwt.easyxf("align: horiz center, vert top; borders: left thin, right thin, top thin, bottom thin")
    small = xlwt.easyxf("font: italic on, height 180")

    ws.write(0, 0, "Storvreta kommun", boldst)
    ws.write(1, 0, "Internkontrollplan med uppföljning", title)
    ws.write(2, 0, "Nämnd:", boldst)
    ws.write(2, 1, "Kommunstyrelsen")
    ws.write(3, 0, "År:", boldst)
    ws.write(3, 1, "2025")
    ws.write(4, 0, "Uppföljning:", boldst)
    ws.write(4, 1, "Helår")
    ws.write(5, 0, "Instruktion: Markera helårsutfallet med X i en av kolumnerna Genomförd / Delvis / Ej genomförd. "
                   "Ange om avvikelse upptäckts (Ja/Nej) och kommentera.", small)

    ws.write_merge(7, 7, 0, 8, "PLAN (antagen KS 2024-12-10 § 201)", grp)
    ws.write_merge(7, 7, 9, 10, "UPPFÖLJNING DELÅR (jan–aug)", grp2)
    ws.write_merge(7, 7, 11, 15, "UPPFÖLJNING HELÅR", grp)
    header = ["Nr", "Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde", "Kontrollmoment",
              "Kontrollansvarig", "Frekvens", "Status delår", "Kommentar delår", "Genomförd", "Delvis",
              "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar helår"]
    for c, h in enumerate(header):
        ws.write(8, c, h, hdr)

    rows = [
        ("1", "Ekonomi", "Felaktig redovisning i bokslut", 2, 3,
         "Avstämning av balanskonton vid månadsbokslut", "Redovisningsansvarig", "Månadsvis",
         "Genomförd", "", "X", "", "", "Nej", "Samtliga balanskonton avstämda vid årsbokslut.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Oegentligheter vid attest", 2, 4,
         "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Halvår",
         "Genomförd", "Stickprov 40 fakturor, inga avvikelser.", "X", "", "", "Ja",
         "Två fakturor med jävsattest (attestant har attesterat egna utlägg). Information till berörda chefer.",
         "GENOMFORD", "ja"),
        ("3", "Upphandling", "Otillåten direktupphandling", 3, 3,
         "Direktupphandlingar över 100 000 kr dokumenteras\n(enligt riktlinje för direktupphandling)",
         "Upphandlingschef", "Halvår",
         "Påbörjad", "", "", "X", "", "Ja",
         "Dokumentation saknades i 4 av 18 granskade direktupphandlingar. Granskning av kvartal 4 återstår.",
         "DELVIS", "ja"),
        ("4", "Personal", "Lönebeslut fattas utan delegation", 1, 3,
         "Lönerevision och lönetillägg beslutas enligt delegationsordningen", "HR-chef", "1 gång/år",
         "Genomförd", "Kontroll efter lönerevisionen i april, inga avvikelser.", "", "", "", "", "",
         "GENOMFORD", "nej"),
        ("5", "IT", "Obehörig åtkomst i ekonomisystemet", 2, 4,
         "Behörigheter i ekonomisystemet ses över", "Systemförvaltare ekonomi", "1 gång/år",
         "Ej påbörjad", "", "", "", "X", "",
         "Flyttas till 2026 i samband med byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        ("6", "Säkerhet", "Bristande krisberedskap", 2, 4,
         "Krisledningsplanen övas och revideras", "Säkerhetssamordnare", "1 gång/år",
         "", "", "X", "", "", "Nej",
         "Övning genomförd 2025-10-08 tillsammans med räddningstjänsten. Planen reviderad i november.",
         "GENOMFORD", "nej"),
        ("7", "Nämndadministration", "Protokoll anslås för sent", 2, 2,
         "Protokoll justeras och anslås inom lagstadgad tid", "Kanslichef", "Löpande",
         "Genomförd", "", "X", "", "", "Ja",
         "Ett protokoll anslogs en dag för sent (KS AU 2025-06-24).", "GENOMFORD", "ja"),
        ("8", "Diarieföring", "Allmänna handlingar registreras inte", 2, 3,
         "Allmänna handlingar registreras utan dröjsmål", "Registrator", "Halvår",
         "", "", "", "", "", "",
         "Utgår – ersätts av kommungemensam granskning av registraturen (KS 2025-04-08 § 62).",
         "UTGAR", ""),
        ("9", "Bidrag", "Felaktiga utbetalningar av bidrag", 1, 3,
         "Utbetalda föreningsbidrag och partistöd följer beslut", "Kanslichef", "1 gång/år",
         "", "", "X", "", "", "Nej",
         "Partistödet har redovisats av samtliga partier enligt 4 kap. 31 § KL.", "GENOMFORD", "nej"),
    ]
    r = 9
    for (nr, proc, risk, s, k, km, ansv, frek, sd, kd, g, d, e, avv_col, kh, exp, avv) in rows:
        vals = [nr, proc, risk, s, k, s * k, km, ansv, frek, sd, kd, g, d, e, avv_col, kh]
        for c, v in enumerate(vals):
            ws.write(r, c, v, ctr if c in (0, 3, 4, 5, 11, 12, 13, 14) else txt)
        EXPECTED.append((fil, nmd, km, exp, avv))
        r += 1
    ws.write(r, 5, "Summa", boldst)
    ws.write(r, 6, "9 kontrollmoment", boldst)
    ws.write(r, 11, xlwt.Formula('COUNTIF(L10:L18;"X")'), ctr)
    ws.write(r, 12, xlwt.Formula('COUNTIF(M10:M18;"X")'), ctr)
    ws.write(r, 13, xlwt.Formula('COUNTIF(N10:N18;"X")'), ctr)
    r += 2
    ws.write(r, 0, "Upprättad av: Lena Forsberg, controller, Kommunledningskontoret, 2026-01-26")
    ws.write(r + 1, 0, "Behandlad i kommunstyrelsen 2026-02-10 § 18")

    for c, w in enumerate([5, 16, 26, 11, 11, 9, 40, 20, 12, 13, 28, 10, 8, 11, 11, 48]):
        ws.col(c).width = w * 256
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(9)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nmd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 8 (reject): Socialnämndens covering letter (missiv) - no follow-up in it
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv uppföljning intern kontroll 2025 SN.docx"
    doc = Document()
    fix_core(doc, "Maria Holm", "Missiv")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    for line in ["Storvreta kommun", "Socialförvaltningen", "2026-02-12", "Dnr SN 2025/118"]:
        doc.add_paragraph(line)
    doc.add_paragraph()
    doc.add_paragraph("Till: Kommunstyrelsen, ekonomikontoret")
    t = doc.add_paragraph()
    r = t.add_run("Översändande av Socialnämndens uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "Härmed översänds Socialnämndens helårsuppföljning av internkontrollplanen för 2025, som nämnden "
        "godkände vid sitt sammanträde den 11 februari 2026, § 14.")
    doc.add_paragraph(
        "Huvuddelen av nämndens kontrollmoment har genomförts under året. Avvikelser har noterats inom "
        "ekonomiskt bistånd och handläggningen av orosanmälningar; åtgärder har vidtagits och kommer att "
        "följas upp i internkontrollplanen för 2026. Kontrollen av ersättningar till familjehem har inte "
        "hunnits med och förs över till nästa år.")
    doc.add_paragraph(
        "Uppföljningen i sin helhet framgår av bilagan. Frågor besvaras av undertecknad.")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Maria Holm")
    doc.add_paragraph("Socialchef")
    doc.add_paragraph("maria.holm@storvreta.se, 018-727 40 00")
    doc.add_paragraph()
    doc.add_paragraph("Bilaga: Socialnämnden IK helår 2025.docx")
    doc.add_paragraph("Protokollsutdrag SN 2026-02-11 § 14")
    doc.save(p(fil))
    normalize_zip(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for fil, nmd, km, st, avv in EXPECTED:
            w.writerow([fil, nmd, " ".join(km.split()), st, avv])


def main():
    build_bun()
    build_sn()
    build_von()
    build_kfn()
    build_sbn_odt()
    build_export_xlsx()
    build_ks_xls()
    build_missiv()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
