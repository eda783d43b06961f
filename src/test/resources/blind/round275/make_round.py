#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 275 - theme "compiled documents" - Tjärnviks kommun.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round275"
FIXED = datetime.datetime(2026, 1, 22, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
TBAB = "Tjärnviks Bostäder AB"
RTF = "Räddningstjänstförbundet Tjärnvik-Ås"
KLN = "Krisledningsnämnden"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (MBN, "MBN|Miljö- och bygg|Miljö- och byggnadsnämnden"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VN, "VN|Valnämnd"),
    (TBAB, "Tjärnviksbostäder|TBAB|Bostadsbolaget"),
    (RTF, "RTF|Räddningstjänsten Tjärnvik-Ås|Räddningstjänsten"),
    (KLN, "KLN|Krisledning"),
]


def exp(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_docx_props(d, author, title):
    cp = d.core_properties
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


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# File 1: compiled Word document from kommunledningskontoret (KS, BUN, SN, KFN-none)
# ---------------------------------------------------------------------------
def file_samlad():
    fil = "Samlad uppföljning av internkontroll helår 2025.docx"
    d = docx.Document()
    fix_docx_props(d, "Lena Bergqvist", "Samlad uppföljning av internkontroll helår 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Tjärnviks kommun · Kommunledningskontoret · Ekonomiavdelningen"
    sec.footer.paragraphs[0].text = "Dnr KS 2026/0031"

    t = d.add_paragraph()
    r = t.add_run("Samlad uppföljning av internkontroll helår 2025")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph("Tjärnviks kommun – rapport till kommunstyrelsen 2026-02-10")
    d.add_paragraph("Handläggare: Lena Bergqvist, controller")

    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Enligt reglementet för intern kontroll ska varje nämnd årligen följa upp sin "
        "internkontrollplan och rapportera resultatet till kommunstyrelsen. I denna samlade "
        "rapport redovisas nämndernas uppföljningar för helåret 2025 så som de lämnats in till "
        "ekonomiavdelningen. Tabellerna återges i nämndernas egna format. Samhällsbyggnadsförvaltningens "
        "nämnder, vård- och omsorgsnämnden, överförmyndarnämnden och de kommunala bolagen redovisas i "
        "separata bilagor.")
    d.add_paragraph(
        "Uppföljningarna omfattar totalt 21 kontrollmoment i denna rapport. Nämndernas bedömningar "
        "har inte granskats av ekonomiavdelningen.")

    # ---- Kommunstyrelsen: Heading 1 -------------------------------------
    d.add_heading("Kommunstyrelsen", level=1)
    d.add_paragraph("Internkontrollplanen antogs av kommunstyrelsen 2025-01-21 § 12. "
                    "Uppföljningen behandlades 2026-01-27 § 8.")
    ks = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Genomförd",
         "Stickprov om 40 fakturor. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         "Genomförd med avvikelse",
         "3 av 25 beslut anmäldes för sent. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Efterlevnad av upphandlingsreglerna vid direktupphandling över 100 tkr", "Upphandlingschef",
         "Delvis genomförd",
         "Granskning av första halvåret klar, andra halvåret slutförs i februari 2026.", "DELVIS", ""),
        ("Behörighetskontroll i ekonomisystemet Raindance", "IT-chef", "Ej genomförd",
         "Skjuts till 2026 p.g.a. systembyte.", "EJ_GENOMFORD", ""),
        ("Uppföljning av att diarieföring sker inom fem arbetsdagar", "Registrator", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av representation och kurser mot riktlinjer", "Ekonomichef", "Utgår",
         "Ersatt av kommungemensam granskning, beslut KS 2025-04-08 § 61.", "UTGAR", ""),
        ("Kontroll av att bisysslor registreras och prövas", "HR-chef", "Genomförd",
         "Två bisysslor bedömdes som förtroendeskadliga och har avslutats.", "GENOMFORD", "ja"),
    ]
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]):
        cell_text(c, h, bold=True)
        set_cell_bg(c, "D9E2F3")
    set_repeat_header(tb.rows[0])
    for km, ans, st, kom, _, _ in ks:
        cells = tb.add_row().cells
        for c, v in zip(cells, [km, ans, st, kom]):
            cell_text(c, v)
    exp(fil, KS, [(r[0], r[4], r[5]) for r in ks])

    # ---- Facknämnder: Heading 1 with Heading 2 sections -------------------
    d.add_heading("Facknämnderna", level=1)
    d.add_paragraph("Nedan redovisas de facknämnder som lämnat sin uppföljning via ekonomiavdelningen.")

    # BUN - Heading 2, group rows, symbols + legend below
    d.add_heading("Barn- och utbildningsnämnden", level=2)
    d.add_paragraph("Nämnden behandlade uppföljningen 2026-01-20 § 4. Bedömningen anges med symbol, "
                    "se teckenförklaring under tabellen.")
    bun_groups = [
        ("Ekonomi", [
            ("1.1", "Kontroll av att barnomsorgsavgifter debiteras enligt taxa", "Stickprov 30 hushåll", "✓", "",
             "GENOMFORD", "nej"),
            ("1.2", "Hantering av kontanta medel i skolcaféer och elevråd", "Inventering av kassor", "!",
             "Kassabok har inte förts vid två skolor. Åtgärdat under december.", "GENOMFORD", "ja"),
        ]),
        ("Personal", [
            ("2.1", "Kontroll av registerutdrag ur belastningsregistret vid nyanställning",
             "Stickprov 20 anställningar", "✓", "Samtliga hade uppvisat utdrag.", "GENOMFORD", "nej"),
            ("2.2", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Genomgång i Adato", "◐",
             "Genomgång gjord för förskolan, grundskolan återstår.", "DELVIS", ""),
        ]),
        ("Verksamhet", [
            ("3.1", "Anmälan av kränkande behandling till huvudman inom fem dagar", "Stickprov i DF Respons", "✗",
             "Ej genomförd på grund av vakans på stabsenheten.", "EJ_GENOMFORD", ""),
            ("3.2", "Rutin för uppföljning av problematisk skolfrånvaro", "Intervjuer med rektorer", "–",
             "Ingår i revisionens granskning 2025.", "UTGAR", ""),
            ("3.3", "Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen", "Stickprov 15 beslut",
             "✓", "", "GENOMFORD", "nej"),
        ]),
    ]
    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Nr", "Kontrollmoment", "Metod", "Bedömning", "Kommentar"]):
        cell_text(c, h, bold=True)
        set_cell_bg(c, "E2EFD9")
    set_repeat_header(tb.rows[0])
    for g, rows in bun_groups:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[4])
        cell_text(m, g, bold=True)
        set_cell_bg(m, "F2F2F2")
        for nr, km, met, sym, kom, st, av in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, [nr, km, met, sym, kom]):
                cell_text(c, v, align=WD_ALIGN_PARAGRAPH.CENTER if v == sym and c is cells[3] else None)
            exp(fil, BUN, [(km, st, av)])
    p = d.add_paragraph()
    r = p.add_run("Teckenförklaring: ✓ genomförd utan anmärkning   ! genomförd med avvikelse   "
                  "◐ påbörjad/delvis genomförd   ✗ ej genomförd   – utgår")
    r.italic = True
    r.font.size = Pt(8)

    # SN - Heading 2, T2 + helår columns
    d.add_heading("Socialnämnden", level=2)
    d.add_paragraph("Socialnämnden redovisar status både per tertial 2 och helår. Uppföljningen "
                    "behandlades av nämnden 2026-01-22 § 11.")
    sn = [
        ("1", "Kontroll av att utbetalt ekonomiskt bistånd är beviljat och korrekt beräknat", "Pågår", "Klar",
         "Ja", "2 felaktiga utbetalningar av 50 granskade, återkrav upprättat.", "GENOMFORD", "ja"),
        ("2", "Uppföljning av att utredningstiden om fyra månader hålls inom barn och unga", "Pågår", "Pågår",
         "", "Fortsätter under 2026.", "DELVIS", ""),
        ("3", "Kontroll av avtalstrohet vid köp av HVB-placeringar", "Ej påbörjad", "Klar", "Nej", "",
         "GENOMFORD", "nej"),
        ("4", "Granskning av att dokumentation sker enligt SoL och HSL", "Klar", "", "", "",
         "GENOMFORD", ""),
        ("5", "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO", "Pågår", "Se bilaga 3", "", "",
         "OKLAR", ""),
        ("6", "Behörighetsuppföljning i verksamhetssystemet Lifecare", "", "", "",
         "Kontrollen slutfördes i december, inga obehöriga behörigheter hittades.", "GENOMFORD", "nej"),
        ("7", "Kontroll av att hyreskontrakt för sociala kontrakt följs upp", "Ej påbörjad", "Ej påbörjad", "",
         "Prioriterades bort 2025.", "EJ_GENOMFORD", ""),
    ]
    tb = d.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Nr", "Kontrollmoment", "Status T2", "Status helår", "Avvikelse",
                                       "Kommentar"]):
        cell_text(c, h, bold=True)
        set_cell_bg(c, "FBE4D5")
    for nr, km, t2, ha, av_, kom, st, av in sn:
        cells = tb.add_row().cells
        for c, v in zip(cells, [nr, km, t2, ha, av_, kom]):
            cell_text(c, v)
    exp(fil, SN, [(r[1], r[6], r[7]) for r in sn])

    # KFN - nothing received
    d.add_heading("Kultur- och fritidsnämnden", level=2)
    d.add_paragraph("Ingen uppföljning inkom.")

    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Av de 21 kontrollmoment som redovisas ovan är 12 genomförda, varav 4 med avvikelse. "
        "Ekonomiavdelningen bedömer att den interna kontrollen i huvudsak är tillräcklig men att "
        "uppföljningen av delvis genomförda kontroller behöver förbättras. Kultur- och fritidsnämnden "
        "har inte lämnat någon helårsuppföljning och uppmanas att komplettera.")
    d.add_paragraph("Lena Bergqvist\nController")
    d.save(os.path.join(HERE, fil))
    FILES.extend([(fil, "INLAST", KS, "2025", "HELAR"),
                  (fil, "INLAST", BUN, "2025", "HELAR"),
                  (fil, "INLAST", SN, "2025", "HELAR")])


# ---------------------------------------------------------------------------
# File 2: förvaltning report covering SBN and MBN in turn (.doc via LibreOffice)
# ---------------------------------------------------------------------------
def file_sbf(tmp):
    fil = "SBF rapport internkontroll 2025 helår.doc"
    d = docx.Document()
    fix_docx_props(d, "Anders Holm", "Uppföljning intern kontroll 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Samhällsbyggnadsförvaltningen\tTjärnviks kommun"
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplaner 2025 – helår")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Tjänsteskrivelse 2026-01-14, Dnr SBF 2026/12")
    d.add_paragraph(
        "Samhällsbyggnadsförvaltningen betjänar två nämnder. Förvaltningen redovisar här uppföljningen av "
        "respektive nämnds internkontrollplan för 2025 i tur och ordning. Markering med X anger om "
        "kontrollen är genomförd (Ja), delvis genomförd (Delvis) eller inte genomförd (Nej).")

    def section(title, intro, rows, namnd):
        p = d.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(13)
        d.add_paragraph(intro)
        tb = d.add_table(rows=2, cols=7)
        tb.style = "Table Grid"
        h0, h1 = tb.rows[0].cells, tb.rows[1].cells
        for i, h in [(0, "Kontrollmoment"), (1, "Omfattning"), (5, "Avvikelse"), (6, "Kommentar")]:
            m = h0[i].merge(h1[i])
            cell_text(m, h, bold=True)
        m = h0[2].merge(h0[4])
        cell_text(m, "Genomförd", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        for i, h in [(2, "Ja"), (3, "Delvis"), (4, "Nej")]:
            cell_text(h1[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        for row in (tb.rows[0], tb.rows[1]):
            for c in row.cells:
                set_cell_bg(c, "DEEAF6")
        for km, omf, ticks, av_, kom, st, av in rows:
            cells = tb.add_row().cells
            vals = [km, omf, "X" if "J" in ticks else "", "X" if "D" in ticks else "",
                    "X" if "N" in ticks else "", av_, kom]
            for i, (c, v) in enumerate(zip(cells, vals)):
                cell_text(c, v, align=WD_ALIGN_PARAGRAPH.CENTER if 2 <= i <= 4 else None)
            exp(fil, namnd, [(km, st, av)])
        d.add_paragraph("")

    sbn = [
        ("Kontroll av att fakturor för gatu- och parkdrift stämmer mot avtal", "25 fakturor", "J", "Nej",
         "Inga fel.", "GENOMFORD", "nej"),
        ("Uppföljning av färdtjänstresor mot beviljade tillstånd", "Två månader", "J", "Ja",
         "4 resor utan giltigt tillstånd, återbetalning begärd.", "GENOMFORD", "ja"),
        ("Kontroll av att VA-anslutningsavgifter debiteras enligt taxa", "Samtliga nya anslutningar", "D", "Nej",
         "Kvartal 4 ej granskat.", "DELVIS", "nej"),
        ("Inventering av kommunens fordon och maskiner", "Hela fordonsparken", "N", "",
         "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Kontroll av att arbetsmiljöronder genomförs på driftenheterna", "4 enheter", "J", "Nej", "",
         "GENOMFORD", "nej"),
        ("Granskning av ÄTA-arbeten i investeringsprojekt", "3 projekt", "D", "Ja",
         "Ett projekt saknade skriftlig beställning av ÄTA-arbeten.\nTvå projekt återstår att granska.",
         "DELVIS", "ja"),
    ]
    mbn = [
        ("Handläggningstid för bygglov inom tio veckor enligt PBL", "Samtliga ärenden", "J", "Ja",
         "7 % av ärendena överskred tidsfristen, avgiften reducerades.", "GENOMFORD", "ja"),
        ("Kontroll av att tillsynsavgifter enligt miljöbalken faktureras", "Stickprov 30 objekt", "J", "Nej", "",
         "GENOMFORD", "nej"),
        ("Jäv och delegation vid beslut om strandskyddsdispens", "10 beslut", "JN", "",
         "Se kommentar i nämndens protokoll.", "OKLAR", ""),
        ("Uppföljning av livsmedelskontrollplanen", "Planerade kontroller", "D", "Nej",
         "80 % av planerade kontroller utförda.", "DELVIS", "nej"),
        ("Kontroll av att inkomna klagomål besvaras inom två veckor", "Stickprov", "", "",
         "Utgår enligt beslut MBN 2025-06-12 § 44.", "UTGAR", ""),
    ]
    section("1. Samhällsbyggnadsnämnden",
            "Internkontrollplanen antogs 2025-01-28 § 7. Ansvarig: förvaltningschef Anders Holm.", sbn, SBN)
    section("2. Miljö- och byggnämnden",
            "Internkontrollplanen antogs 2025-02-05 § 3. Ansvarig: miljö- och byggchef Karin Nyström.", mbn, MBN)
    d.add_paragraph("Förslag till beslut: Nämnderna godkänner uppföljningen av respektive internkontrollplan 2025.")
    d.add_paragraph("Anders Holm\nFörvaltningschef")
    src = os.path.join(tmp, "SBF rapport internkontroll 2025 helår.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(HERE, fil))
    FILES.extend([(fil, "INLAST", SBN, "2025", "HELAR"), (fil, "INLAST", MBN, "2025", "HELAR")])


# ---------------------------------------------------------------------------
# File 3: Excel workbook with several nämnder stacked in one sheet
# ---------------------------------------------------------------------------
def file_stacked():
    fil = "Internkontroll helår 2025 - sammanställning VON ÖFN bolag.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}

    info = wb.active
    info.title = "Läs mig"
    lines = [
        "Sammanställning av internkontrolluppföljning helår 2025",
        "",
        "Bladet 'Uppföljning' innehåller de nämnder och bolag vars uppföljning har lämnats in via "
        "ekonomiavdelningens mall.",
        "Varje nämnd/bolag har ett eget block som inleds med en rubrikrad.",
        "",
        "Statuskoder:",
        "G = Genomförd",
        "D = Delvis genomförd / pågår",
        "E = Ej genomförd",
        "U = Utgår",
        "",
        "Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse",
        "Om helårskolumnen är tom gäller senast rapporterade status.",
    ]
    for i, l in enumerate(lines, 1):
        info.cell(row=i, column=1, value=l)
    info["A1"].font = Font(bold=True, size=14)
    for code, rr in zip("GDEU", range(7, 11)):
        info.cell(row=rr, column=1).fill = PatternFill("solid", fgColor=fills[code])
    info.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Uppföljning internkontrollplaner helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sammanställt av ekonomiavdelningen 2026-01-19. Statuskoder, se bladet 'Läs mig'."
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T2", "Status helår",
           "Avvikelse (J/N)", "Kommentar"]
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=ci, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    ws.freeze_panes = "A5"
    widths = [7, 18, 55, 20, 10, 11, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    blocks = [
        ("Vård- och omsorgsnämnden", VON, [
            ("VON1", "Ekonomi", "Kontroll av att hemtjänsttimmar debiteras enligt beslut", "Enhetschef hemtjänst",
             "D", "G", "N", "Avstämning mot TES gjord för samtliga månader.", "GENOMFORD", "nej"),
            ("VON2", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "G", "G", "J", "En faktura attesterad av jävig attestant.", "GENOMFORD", "ja"),
            ("VON3", "Kvalitet", "Uppföljning av avvikelser enligt lex Sarah", "MAS",
             "D", "D", "N", "Rutinen revideras, klar mars 2026.", "DELVIS", "nej"),
            ("VON4", "Kvalitet", "Läkemedelshantering på särskilda boenden – kontroll av signeringslistor", "MAS",
             "D", None, None, None, "DELVIS", ""),
            ("VON5", "Personal", "Kontroll av att introduktion av timanställda dokumenteras", "HR-konsult",
             "E", "E", None, "Ej genomförd p.g.a. vakans.", "EJ_GENOMFORD", ""),
            ("VON6", "Informationssäkerhet", "Loggkontroll i journalsystemet Procapita", "Systemförvaltare",
             "G", "G", "N", None, "GENOMFORD", "nej"),
        ]),
        ("Överförmyndarnämnden", OFN, [
            ("ÖFN1", "Tillsyn", "Granskning av årsräkningar inom föreskriven tid", "Handläggare",
             "D", "G", "N", "Samtliga årsräkningar granskade.", "GENOMFORD", "nej"),
            ("ÖFN2", "Tillsyn", "Kontroll av att ställföreträdare har giltigt registerutdrag", "Handläggare",
             "G", "U", None, "Ersätts av ny rutin från 2025-10-01.", "UTGAR", ""),
            ("ÖFN3", "Ekonomi", "Arvodesberäkning för gode män och förvaltare", "Enhetschef",
             None, None, None, None, "SAKNAS", ""),
            ("ÖFN4", "Ekonomi", "Kontroll av spärrade bankkonton för huvudmän", "Handläggare",
             None, None, None, "Kontrollen ej utförd, planeras till första kvartalet 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Tjärnviks Bostäder AB", TBAB, [
            ("TB1", "Ekonomi", "Kontroll av hyresavisering mot hyresavtal", "Ekonomichef",
             "G", "G", "N", None, "GENOMFORD", "nej"),
            ("TB2", "Ekonomi", "Uppföljning av hyresfordringar och inkassoärenden", "Ekonomichef",
             "D", "G", "J", "Tre fordringar avskrivna utan beslut av VD.", "GENOMFORD", "ja"),
            ("TB3", "Fastighet", "Kontroll av att nycklar och passerbrickor kvitteras", "Förvaltare",
             "E", "D", "N", "Två av fem bostadsområden klara.", "DELVIS", "nej"),
            ("TB4", "Upphandling", "Efterlevnad av LOU vid entreprenadupphandling", "VD",
             "G", "G", "N", None, "GENOMFORD", "nej"),
            ("TB5", "Fastighet", "Systematiskt brandskyddsarbete i bostadsområdena", "Förvaltare",
             "D", "E", None, "Skjuts upp till 2026.", "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 5
    for title, namnd, rows in blocks:
        ws.cell(row=r, column=1, value=title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for nr, proc, km, ans, t2, ha, av_, kom, st, av in rows:
            vals = [nr, proc, km, ans, t2, ha, av_, kom]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if ci in (5, 6, 7) else None)
                if ci in (5, 6) and v in fills:
                    c.fill = PatternFill("solid", fgColor=fills[v])
            exp(fil, namnd, [(km, st, av)])
            r += 1
        r += 1  # blank row between blocks

    summ = wb.create_sheet("Summering")
    summ["A1"] = "Antal kontrollmoment per status, helår"
    summ["A1"].font = Font(bold=True)
    for ci, h in enumerate(["Nämnd/bolag", "G", "D", "E", "U", "Totalt"], 1):
        summ.cell(row=3, column=ci, value=h).font = Font(bold=True)
    counts = {
        "Vård- och omsorgsnämnden": (3, 2, 1, 0),
        "Överförmyndarnämnden": (1, 0, 0, 1),
        "Tjärnviks Bostäder AB": (3, 1, 1, 0),
    }
    for i, (n, cs) in enumerate(counts.items(), 4):
        summ.cell(row=i, column=1, value=n)
        for j, v in enumerate(cs, 2):
            summ.cell(row=i, column=j, value=v)
        summ.cell(row=i, column=6, value="=SUM(B%d:E%d)" % (i, i))
    summ.cell(row=7, column=1, value="Summa").font = Font(bold=True)
    for j in range(2, 7):
        L = get_column_letter(j)
        summ.cell(row=7, column=j, value="=SUM(%s4:%s6)" % (L, L))
    summ.column_dimensions["A"].width = 28
    wb.active = 1
    wb.save(os.path.join(HERE, fil))
    FILES.extend([(fil, "INLAST", VON, "2025", "HELAR"),
                  (fil, "INLAST", OFN, "2025", "HELAR"),
                  (fil, "INLAST", TBAB, "2025", "HELAR")])


# ---------------------------------------------------------------------------
# File 4: KFN T2 - Stratsys CSV export (single nämnd)
# ---------------------------------------------------------------------------
def file_kfn_csv():
    fil = "Stratsys_export_KFN_internkontroll_T2_2025.csv"
    org = "Kultur- och fritidsnämnden"
    rows = [
        ("Föreningsstöd", "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna", "Bidragshandläggare",
         "Genomförd", "Nej", "Stickprov 15 ansökningar, inga fel.", "GENOMFORD", "nej"),
        ("Kontanthantering", "Hantering av kontanter i simhallens kassa", "Badchef", "Genomförd", "Ja",
         "Kassadifferens 1 200 kr i maj.\nRutin för dagskassa har uppdaterats.", "GENOMFORD", "ja"),
        ("Uthyrning", "Uthyrning av lokaler – debitering enligt taxa", "Bokningsansvarig", "Pågående", "",
         "Fortsätter under hösten.", "DELVIS", ""),
        ("Bibliotek", "Kontroll av att biblioteksmedia inventeras", "Bibliotekschef", "Ej påbörjad", "",
         "Planerad till november.", "EJ_GENOMFORD", ""),
        ("Sponsring", "Efterlevnad av riktlinjer för sponsring", "Förvaltningschef", "Ej aktuell", "",
         "Inga sponsoravtal tecknade 2025.", "UTGAR", ""),
        ("Personal", "Registerkontroll för ledare i kommunens lovverksamhet", "Fritidschef", "Genomförd", "Nej",
         "", "GENOMFORD", "nej"),
        ("Evenemang", "Kontroll av att tillstånd finns vid kommunala evenemang", "Evenemangssamordnare", "", "",
         "", "SAKNAS", ""),
        ("Avtal", "Uppföljning av avtal med driftentreprenör för ishallen", "Fritidschef", "Pågående", "Nej",
         "Avtalsuppföljningsmöte hölls i juni, protokoll under granskning.", "DELVIS", "nej"),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Rapportperiod", "Process", "Kontrollmoment", "Kontrollansvarig",
                    "Status", "Avvikelse", "Kommentar", "Senast ändrad"])
        for i, (proc, km, ans, st_, av_, kom, st, av) in enumerate(rows):
            w.writerow([org, "Internkontrollplan 2025", "Tertial 2 2025", proc, km, ans, st_, av_, kom,
                        "2025-09-%02d" % (8 + i)])
            exp(fil, KFN, [(km, st, av)])
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 5: Räddningstjänstförbundet - ODS with group rows and plan + follow-up columns
# ---------------------------------------------------------------------------
def file_rtf(tmp):
    fil = "Räddningstjänsten Tjärnvik-Ås uppföljning IKP 2025.ods"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Räddningstjänstförbundet Tjärnvik-Ås"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Fastställd av förbundsdirektionen 2025-02-14 § 9. Riskvärde = sannolikhet × konsekvens (1–16)."
    # two-level header rows 5-6
    top = ["Risk", "Kontrollmoment", "Riskvärde", "Frekvens", "Ansvarig", "Uppföljning helår 2025", None]
    sub = [None, None, None, None, None, "Status", "Kommentar"]
    for ci, v in enumerate(top, 1):
        ws.cell(row=5, column=ci, value=v)
    for ci, v in enumerate(sub, 1):
        if v:
            ws.cell(row=6, column=ci, value=v)
    for ci in range(1, 6):
        ws.merge_cells(start_row=5, start_column=ci, end_row=6, end_column=ci)
    ws.merge_cells(start_row=5, start_column=6, end_row=5, end_column=7)
    for rr in (5, 6):
        for ci in range(1, 8):
            c = ws.cell(row=rr, column=ci)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="F8CBAD")
            c.border = border
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    groups = [
        ("EKONOMI", [
            ("Intäktsbortfall", "Kontroll av att fakturering sker för samtliga onödiga automatlarm", 12,
             "Kvartalsvis", "Ekonom", "Genomförd – avvikelse", "9 larm ofakturerade under kvartal 2, rättat.",
             "GENOMFORD", "ja"),
            ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", 9,
             "Två ggr/år", "Ekonom", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("PERSONAL", [
            ("Fordon framförs utan behörighet",
             "Kontroll av att heltidsbrandmän och RIB-personal har giltigt körkort med C-behörighet", 16,
             "Årligen", "Stf förbundsdirektör", "Genomförd", None, "GENOMFORD", "nej"),
            ("Arbetsmiljö, överskriden dygnsvila",
             "Uppföljning av arbetstid och vila enligt kollektivavtal för RIB", 12, "Halvår", "HR",
             "Delvis", "Första halvåret granskat.", "DELVIS", ""),
        ]),
        ("VERKSAMHET", [
            ("Bristande tillsyn", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", 9, "Årligen",
             "Chef förebyggande", "Ej genomförd", "Kontrollen hanns inte med under året.", "EJ_GENOMFORD", ""),
            ("Utrustning ej funktionsduglig", "Kontroll av underhåll och besiktning av andningsskydd", 16,
             "Kvartalsvis", "Materialansvarig", "Genomförd", "Samtliga apparater besiktigade.", "GENOMFORD",
             "nej"),
            ("Bristande dokumentation", "Kontroll av att insatsrapporter upprättas inom 14 dagar", 6, "Årligen",
             "Insatsledare", "Utgått", "Ersatt av ny rapportmodul i Daedalos.", "UTGAR", ""),
            ("Bristande brandskydd hos fastighetsägare",
             "Sotning och brandskyddskontroll utförs enligt fastställda frister", 8, "Årligen",
             "Chef förebyggande", None, None, "SAKNAS", ""),
        ]),
    ]
    r = 7
    for g, rows in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="EDEDED")
        r += 1
        for risk, km, rv, frek, ans, st_, kom, st, av in rows:
            for ci, v in enumerate([risk, km, rv, frek, ans, st_, kom], 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, RTF, [(km, st, av)])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen godkänd av förbundsdirektionen 2026-02-06 § 4.")
    ws.cell(row=r + 2, column=1, value="Per Lindgren, förbundsdirektör")
    for L, w in zip("ABCDEFG", [26, 50, 10, 12, 18, 20, 40]):
        ws.column_dimensions[L].width = w
    src = os.path.join(tmp, "rtf.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, "rtf.ods"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", RTF, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: Valnämnden .xls - status only as cell colour, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_vn(tmp):
    fil = "IK-uppföljning helår 2025 VN.xls"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Valnämnden – Tjärnviks kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    colours = {"G": "00FF00", "Y": "FFFF00", "R": "FF0000"}
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Rapporterad 2026-01-12"
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=ci, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C0C0C0")
        c.border = border
    rows = [
        ("Kontroll av att röstlängder och valmaterial förvaras säkert", "Inventering av förråd", "Valsamordnare",
         "G", "", "GENOMFORD", ""),
        ("Rekrytering och utbildning av röstmottagare inför valet 2026 enligt tidplan", "Avstämning mot tidplan",
         "Valsamordnare", "Y", "Rekryteringen påbörjad, utbildningen genomförs våren 2026.", "DELVIS", ""),
        ("Kontroll av att vallokalerna uppfyller tillgänglighetskraven", "Besiktning", "Valsamordnare",
         "R", "Besiktning ej utförd, görs i februari 2026.", "EJ_GENOMFORD", ""),
        ("Attest av fakturor enligt attestordningen", "Stickprov 10 fakturor", "Nämndsekreterare",
         "G", "Inga fel.", "GENOMFORD", "nej"),
        ("Kontroll av att protokoll justeras och anslås inom föreskriven tid", "Genomgång av protokoll",
         "Nämndsekreterare", None, "", "SAKNAS", ""),
    ]
    for i, (km, met, ans, col, kom, st, av) in enumerate(rows):
        r = 5 + i
        for ci, v in enumerate([km, met, ans, None, kom or None], 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if col:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=colours[col])
        exp(fil, VN, [(km, st, av)])
    r = 5 + len(rows) + 1
    ws.cell(row=r, column=1, value="Förklaring status:").font = Font(bold=True)
    for j, (col, txt) in enumerate([("G", "Genomförd"), ("Y", "Delvis genomförd"), ("R", "Ej genomförd")]):
        ws.cell(row=r + 1 + j, column=1, value=txt)
        ws.cell(row=r + 1 + j, column=4).fill = PatternFill("solid", fgColor=colours[col])
        ws.cell(row=r + 1 + j, column=4).border = border
    for L, w in zip("ABCDE", [55, 24, 18, 10, 50]):
        ws.column_dimensions[L].width = w
    src = os.path.join(tmp, "vn.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, "vn.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", VN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# Reject: covering letter for the compiled report
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev till KS - samlad uppföljning internkontroll 2025.docx"
    d = docx.Document()
    fix_docx_props(d, "Lena Bergqvist", "Följebrev")
    d.sections[0].header.paragraphs[0].text = "Tjärnviks kommun · Ekonomiavdelningen"
    d.add_paragraph("2026-01-28")
    d.add_paragraph("Till: Kommunstyrelsen\nKopia: Kommunens revisorer")
    p = d.add_paragraph()
    r = p.add_run("Följebrev – samlad uppföljning av intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(
        "Härmed översänds nämndernas uppföljningar av internkontrollplanerna för helåret 2025. "
        "Ekonomiavdelningen har sammanställt kommunstyrelsens, barn- och utbildningsnämndens och "
        "socialnämndens uppföljningar i en gemensam rapport. Samhällsbyggnadsförvaltningen har lämnat en egen "
        "rapport för samhällsbyggnadsnämnden och miljö- och byggnämnden.")
    d.add_paragraph("Bifogade handlingar:")
    for t in ["Samlad uppföljning av internkontroll helår 2025",
              "SBF rapport internkontroll 2025 helår",
              "Internkontroll helår 2025 – sammanställning VON, ÖFN och bolag",
              "Räddningstjänstförbundets uppföljning av IKP 2025",
              "Valnämndens uppföljning helår 2025"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Kultur- och fritidsnämnden har endast lämnat uppföljning per tertial 2 och har påmints om "
        "helårsuppföljningen. Krisledningsnämnden har inte haft någon internkontrollplan för 2025.")
    d.add_paragraph("Ärendet föreslås behandlas på kommunstyrelsens sammanträde 2026-02-10.")
    d.add_paragraph("Med vänlig hälsning\n\nLena Bergqvist\nController, ekonomiavdelningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r275_")
    try:
        file_samlad()
        file_sbf(tmp)
        file_stacked()
        file_kfn_csv()
        file_rtf(tmp)
        file_vn(tmp)
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
