#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 139 – Storsjöviks kommun, helår 2025.
Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import xlwt

from odf.opendocument import OpenDocumentText
from odf.style import ParagraphProperties, Style, TextProperties
from odf.text import H, P

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLK"),
    ("Socialnämnden", "SN|SocN|Socialförvaltningen|Socialtjänsten"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur & fritid|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Storsjöhem AB", "Storsjöhem|AB Storsjöhem|Styrelsen för Storsjöhem AB|Storsjöhems styrelse"),
    ("Storsjövik Energi AB", "Storsjövik Energi|Storsjö Energi|SEAB|Storsjövik Energi Aktiebolag"),
    ("Räddningstjänstförbundet Storsjö-Ådalen", "RSÅ|Räddningstjänsten Storsjö-Ådalen|Räddningstjänsten Storsjö Ådalen|"
                                                "Direktionen för Räddningstjänstförbundet Storsjö-Ådalen"),
]

# ---------------------------------------------------------------------------
# Helpers for docx
# ---------------------------------------------------------------------------

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def cell_bullets(cell, items, lead=None, size=9):
    """Fill a cell with an optional lead paragraph and bullet paragraphs."""
    cell.text = ""
    first = True
    if lead:
        p = cell.paragraphs[0]
        r = p.add_run(lead)
        r.font.size = Pt(size)
        first = False
    for it in items:
        if first:
            p = cell.paragraphs[0]
            p.style = "List Bullet"
            first = False
        else:
            p = cell.add_paragraph(style="List Bullet")
        r = p.add_run(it)
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# File 1: Storsjöhem AB – Word, landscape table with bullet lists in cells
# ---------------------------------------------------------------------------
F1 = "Storsjohem_Uppfoljning_intern_kontroll_2025.docx"
N1 = "Storsjöhem AB"

# (nr, process/risk, kontrollmoment lead, kontrollmoment bullets, genomförande, iakttagelser bullets, bedömning,
#  expected status, avvikelse)
F1_SECTIONS = [
    ("1. Ekonomi och finans", [
        ("1.1", "Felaktiga utbetalningar till leverantörer",
         "Attest av leverantörsfakturor enligt bolagets attestordning", [],
         "Stickprov 2 ggr/år, 20 fakturor per tillfälle. Ekonomichef",
         ["Stickprov maj: 20 fakturor, samtliga korrekt attesterade.",
          "Stickprov november: 20 fakturor, 2 fakturor attesterade av semestervikarie utan attesträtt.",
          "Attestförteckningen i Proceedo uppdaterad 2025-12-01."],
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("1.2", "Köp utanför avtal, dyrare inköp",
         "Avtalstrohet vid inköp av drift- och underhållstjänster", [],
         "Leverantörsanalys helår. Inköpsansvarig",
         ["Genomgång av de 30 största leverantörerna utan avtal.",
          "Inköp utan avtal motsvarar 6 % av inköpsvolymen (målet är högst 5 %).",
          "Åtgärd: ramavtal för låssmed och skadedjursbekämpning upphandlas Q1 2026."],
         "Genomförd", "GENOMFORD", "ja"),
        ("1.3", "Förtroendeskada",
         "Representation och förtroendekänsliga poster – kontroll av syfte och deltagarförteckning", [],
         "Samtliga verifikationer VD och ledningsgrupp. Styrelsens ordförande",
         ["Samtliga 14 verifikationer granskade av styrelsens ordförande.",
          "Inga avvikelser."],
         "Genomförd", "GENOMFORD", "nej"),
    ]),
    ("2. Uthyrning och kundfordringar", [
        ("2.1", "Otillbörlig förtur vid uthyrning",
         "Hyreskontrakt tecknas enligt uthyrningspolicyn (kö-ordning och förtur)", [],
         "Stickprov 25 nya kontrakt. Uthyrningschef",
         ["Stickprov för januari–juni genomfört: 12 kontrakt, 3 saknade dokumenterad motivering till förtur.",
          "Stickprov för andra halvåret påbörjat men inte slutfört på grund av byte av kösystem.",
          "Återstående stickprov görs i februari 2026."],
         "Delvis genomförd", "DELVIS", "ja"),
        ("2.2", "Kundförluster",
         "Hyresfordringar – kontroll av att:",
         ["kravprocessen följs (påminnelse, inkasso, avhysning)",
          "avskrivning av fordringar beslutas enligt delegationsordningen"],
         "Månadsvis avstämning och stickprov. Redovisningsansvarig",
         ["Kundreskontran stämd av mot huvudboken varje månad.",
          "Avskrivna fordringar 2025: 412 tkr, samtliga beslutade av behörig enligt delegationsordning."],
         "Genomförd", "GENOMFORD", "nej"),
        ("2.3", "Skador på lägenheter debiteras inte",
         "Besiktning av lägenhet vid avflyttning och debitering av skador", [],
         "Stickprov 15 avflyttningar. Förvaltare",
         ["Kontrollen har inte hunnits med under 2025.",
          "Kontrollmomentet flyttas till internkontrollplan 2026."],
         "Ej genomförd", "EJ_GENOMFORD", "nej"),
    ]),
    ("3. IT och informationssäkerhet", [
        ("3.1", "Obehörig åtkomst till hyresgästuppgifter",
         "Behörigheter i fastighetssystemet (Vitec) – avslutade anställningar tas bort", [],
         "Avstämning mot HR-systemet 1 ggr/år. IT-samordnare",
         ["Behörighetslistan jämförd mot avslutade anställningar per 2025-10-31.",
          "Två konton för avslutade konsulter var fortfarande aktiva – spärrades samma dag.",
          "Kontrollen är därmed utförd enligt plan."],
         "", "GENOMFORD", "ja"),
        ("3.2", "Brister i hanteringen av personuppgifter",
         "Registerförteckning enligt dataskyddsförordningen (GDPR) hålls uppdaterad", [],
         "Genomgång 1 ggr/år. Dataskyddssamordnare",
         ["Från 2025 sköts registerförteckningen av kommunkoncernens gemensamma dataskyddsombud.",
          "Styrelsen beslutade 2025-04-10 (§ 27) att kontrollmomentet stryks ur bolagets plan."],
         "Utgår", "UTGAR", "nej"),
    ]),
    ("4. Personal och styrning", [
        ("4.1", "Felaktiga löner",
         "Löneutbetalningar – nyanställningar och löneändringar kontrolleras mot underlag", [],
         "Stickprov 15 ändringar. HR-ansvarig",
         ["Stickprov 15 löneändringar och 5 nyanställningar.",
          "Inga avvikelser."],
         "Genomförd", "GENOMFORD", "nej"),
        ("4.2", "Beslut fattas utan mandat",
         "Delegationsbeslut – VD:s beslut anmäls till styrelsen", [],
         "Vid varje styrelsemöte. VD-assistent",
         ["Delegationsbeslut anmälda vid styrelsemötena i mars, juni och oktober.",
          "Anmälan av beslut fattade i november–december sker vid styrelsemötet i februari 2026."],
         "Pågår", "DELVIS", "nej"),
    ]),
]


def build_f1():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hdr = sec.header.paragraphs[0]
    hdr.text = "STORSJÖHEM AB\tTjänsteskrivelse\t2026-01-29"

    p = doc.add_paragraph()
    r = p.add_run("Storsjöhem AB")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    doc.add_paragraph("Ärende till styrelsens sammanträde 2026-02-12, punkt 8")
    doc.add_paragraph("Handläggare: Maria Lindqvist, ekonomichef")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 5 december 2024. Planen omfattar tio "
        "kontrollmoment inom fyra områden. Enligt ägardirektivet ska bolaget årligen rapportera uppföljningen av den "
        "interna kontrollen till kommunstyrelsen i Storsjöviks kommun. Av tio kontrollmoment har sex genomförts, två "
        "genomförts delvis, ett inte genomförts och ett har strukits ur planen genom styrelsebeslut.")
    doc.add_paragraph(
        "Uppföljningen visar brister i attestrutinen under semesterperioden samt i dokumentationen av förtur vid "
        "uthyrning. Åtgärder redovisas i tabellen nedan.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Styrelsen godkänner uppföljningen av intern kontroll 2025 och överlämnar den till "
                      "kommunstyrelsen.")

    # landscape section with the table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.left_margin = new.right_margin = Cm(1.5)
    new.top_margin = new.bottom_margin = Cm(1.5)
    doc.add_heading("Bilaga – Uppföljning per kontrollmoment, helår 2025", level=2)

    headers = ["Nr", "Process / risk", "Kontrollmoment", "Genomförande och ansvar",
               "Iakttagelser helår 2025", "Bedömning"]
    widths = [Cm(1.1), Cm(3.6), Cm(6.0), Cm(4.2), Cm(8.5), Cm(3.2)]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True)
        shade(c, "BDD7EE")
    repeat_header(t.rows[0])

    for title, items in F1_SECTIONS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        cell_text(m, title, bold=True, size=10)
        shade(m, "D9E2F3")
        for (nr, risk, lead, kb, genomf, iakt, bed, status, avv) in items:
            row = t.add_row()
            c = row.cells
            cell_text(c[0], nr)
            cell_text(c[1], risk)
            if kb:
                cell_bullets(c[2], kb, lead=lead)
            else:
                cell_text(c[2], lead)
            cell_text(c[3], genomf)
            cell_bullets(c[4], iakt)
            cell_text(c[5], bed)
            exp(F1, N1, lead, status, avv)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    doc.add_paragraph("Storsjöviken 2026-01-29")
    doc.add_paragraph("Maria Lindqvist\nEkonomichef\t\t\tPeter Ahlgren\nVerkställande direktör")
    doc.save(F1)
    FILES.append((F1, "INLAST", N1, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 2: Word lock file that came along in the same mail (must be rejected)
# ---------------------------------------------------------------------------
F2 = "~$orsjohem_Uppfoljning_intern_kontroll_2025.docx"


def build_f2():
    user = "mlindqvist"
    b = bytes([len(user)]) + user.encode("ascii")
    b += b"\x00" * (54 - len(b))
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b += b"\x00" * (162 - len(b))
    with open(F2, "wb") as fh:
        fh.write(b)
    FILES.append((F2, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# File 3: Räddningstjänstförbundet – Excel transposed (one column per control)
# ---------------------------------------------------------------------------
F3 = "RSÅ IKP 2025 uppföljning helår.xlsx"
N3 = "Räddningstjänstförbundet Storsjö-Ådalen"

# (område, kontrollmoment, metod, frekvens, ansvarig, delår, helår, avvikelse J/N, kommentar, status, avv)
F3_CONTROLS = [
    ("Ekonomi", "Leverantörsfakturor över 50 tkr är attesterade av två attestanter",
     "Stickprov 20 fakturor", "2 ggr/år", "Ekonomihandläggare", "G", "G", "N",
     "Inga avvikelser vid något av stickproven.", "GENOMFORD", "nej"),
    ("Ekonomi", "Avtalstrohet – skyddsutrustning köps från upphandlad leverantör",
     "Genomgång leverantörsreskontra", "1 ggr/år", "Förbundets upphandlare", "D", "G", "J",
     "Två inköp av brandhandskar utanför avtal (akut behov vid skogsbrand i juli). Påtalat för stationscheferna.",
     "GENOMFORD", "ja"),
    ("Personal", "Rökdykare har genomfört årligt arbetsprov och läkarundersökning",
     "Utdrag ur kompetensregistret", "1 ggr/år", "Utbildningsansvarig", "D", "D", "J",
     "11 av 64 rökdykare hade inte genomfört läkarundersökning vid årsskiftet – tider bokade i januari 2026.",
     "DELVIS", "ja"),
    ("Myndighetsutövning", "Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan",
     "Avstämning mot tillsynsplanen", "2 ggr/år", "Enhetschef förebyggande", "D", "D", "J",
     "58 % av planerade tillsyner genomförda p.g.a. två vakanta tjänster som brandinspektör.",
     "DELVIS", "ja"),
    ("Myndighetsutövning", "Beslut om egensotning fattas enligt delegationsordningen",
     "Stickprov 10 beslut", "1 ggr/år", "Förbundsjurist", "", "E", "N",
     "Kontrollen ej genomförd – ansvarig handläggare föräldraledig hela hösten. Flyttas till plan 2026.",
     "EJ_GENOMFORD", "nej"),
    ("IT och information", "Behörigheter i insatsrapporteringssystemet (Daedalos) stäms av mot personallistan",
     "Behörighetslista mot personalregister", "1 ggr/år (vår)", "IT-samordnare", "G", "", "N",
     "Genomförd i april enligt plan (en gång per år). Inga avvikelser.", "GENOMFORD", "nej"),
    ("IT och information", "Personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar",
     "Genomgång av incidentloggen", "2 ggr/år", "Förbundsdirektör", "D", "", "N",
     "Kontrollen slutförd i november: samtliga tre incidenter under året rapporterades inom 72 timmar.",
     "GENOMFORD", "nej"),
    ("Styrning", "Representation – direktionens och ledningens representation har dokumenterat syfte",
     "Granskning av samtliga verifikationer", "1 ggr/år", "Direktionens ordförande", "", "U", "",
     "Utgår enligt direktionens beslut 2025-06-12 § 31; granskas i stället av förbundets revisorer.",
     "UTGAR", "nej"),
]


def build_f3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    n = len(F3_CONTROLS)
    last_col = get_column_letter(n + 1)

    ws["A1"] = "Räddningstjänsten Storsjö-Ådalen"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells(f"A1:{last_col}1")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells(f"A2:{last_col}2")
    ws["A3"] = ("Redovisas för direktionen 2026-02-20. Förbundets medlemskommuner: Storsjöviks kommun och "
                "Ådalens kommun.")
    ws.merge_cells(f"A3:{last_col}3")

    labels = ["Kontrollmoment nr", "Kontrollområde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
              "Status delår (31/8)", "Status helår", "Avvikelse noterad (J/N)", "Kommentar helår"]
    start = 5
    for i, lab in enumerate(labels):
        c = ws.cell(row=start + i, column=1, value=lab)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="F2F2F2")
        c.border = box
        c.alignment = wrap
    for j, ctl in enumerate(F3_CONTROLS):
        (omr, km, metod, frek, ansv, delar, helar, avvjn, komm, status, avv) = ctl
        col = j + 2
        vals = [j + 1, omr, km, metod, frek, ansv, delar, helar, avvjn, komm]
        for i, v in enumerate(vals):
            c = ws.cell(row=start + i, column=col, value=v if v != "" else None)
            c.border = box
            c.alignment = wrap
            if i in (6, 7, 8):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(F3, N3, km, status, avv)
    # merge the area row where neighbouring controls share area
    r_area = start + 1
    j = 0
    while j < n:
        k = j
        while k + 1 < n and F3_CONTROLS[k + 1][0] == F3_CONTROLS[j][0]:
            k += 1
        if k > j:
            ws.merge_cells(start_row=r_area, start_column=j + 2, end_row=r_area, end_column=k + 2)
            ws.cell(row=r_area, column=j + 2).alignment = Alignment(horizontal="center", vertical="top")
        j = k + 1
    ws.cell(row=start + 2, column=1).fill = PatternFill("solid", fgColor="FCE4D6")
    for j in range(n):
        ws.cell(row=start + 2, column=j + 2).font = Font(bold=True)

    leg = start + len(labels) + 1
    ws.cell(row=leg, column=1, value="Statuskoder:").font = Font(bold=True, italic=True)
    ws.cell(row=leg, column=2, value="G = genomförd")
    ws.cell(row=leg, column=3, value="D = delvis genomförd / pågår")
    ws.cell(row=leg, column=4, value="E = ej genomförd")
    ws.cell(row=leg, column=5, value="U = utgår")
    ws.cell(row=leg + 2, column=1, value="Upprättad av: Jonas Berg, förbundsekonom, 2026-01-22")

    ws.column_dimensions["A"].width = 24
    for j in range(n):
        ws.column_dimensions[get_column_letter(j + 2)].width = 30
    ws.row_dimensions[start + 2].height = 60
    ws.row_dimensions[start + 9].height = 90
    ws.freeze_panes = "B5"

    # distractor sheet: the risk analysis behind the plan (no follow-up)
    ws2 = wb.create_sheet("Riskanalys 2025")
    ws2.append(["Risk- och väsentlighetsanalys inför internkontrollplan 2025 (antagen av direktionen 2024-11-28)"])
    ws2.append([])
    ws2.append(["Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde", "Hantering"])
    for r in [
        ("Felaktig attest av fakturor", 2, 3, 6, "Kontrollmoment i IKP"),
        ("Inköp utanför avtal", 3, 2, 6, "Kontrollmoment i IKP"),
        ("Rökdykare saknar giltig hälsokontroll", 2, 4, 8, "Kontrollmoment i IKP"),
        ("Eftersatt tillsyn enligt LSO", 3, 3, 9, "Kontrollmoment i IKP"),
        ("Bränder i egna lokaler", 1, 4, 4, "Hanteras i SBA-arbetet"),
        ("Avbrott i larmmottagning (SOS)", 1, 4, 4, "Hanteras i avtal med SOS Alarm"),
        ("Obehörig åtkomst i Daedalos", 2, 3, 6, "Kontrollmoment i IKP"),
    ]:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 42
    ws2.column_dimensions["E"].width = 32
    wb.save(F3)
    FILES.append((F3, "INLAST", N3, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: Storsjövik Energi AB – English-influenced group template
# ---------------------------------------------------------------------------
F4 = "Storsjovik_Energi_Internal_control_FY2025.xlsx"
N4 = "Storsjövik Energi AB"

# (id, process, risk, control activity, owner, frequency, status, comment, deviation, exp status, avv)
F4_CONTROLS = [
    ("IC-01", "Purchase-to-pay", "Felaktiga utbetalningar",
     "Leverantörsfakturor attesteras av behörig attestant enligt attestordning", "Redovisningschef", "Quarterly",
     "Completed", "Stickprov 4 x 15 fakturor. Inga avvikelser.", "N", "GENOMFORD", "nej"),
    ("IC-02", "Purchase-to-pay", "Bedrägeri / fakturabedrägeri",
     "Nya leverantörer och ändrade bankuppgifter verifieras mot extern källa", "Redovisningschef", "Monthly",
     "Completed with findings",
     "1 ändring av bankgiro registrerades utan verifiering (juni). Stoppades innan betalning; rutinen förtydligad.",
     "Y", "GENOMFORD", "ja"),
    ("IC-03", "Procurement", "Köp utanför avtal / LOU",
     "Avtalstrohet – köp över 100 tkr sker mot ramavtal eller genomförd upphandling", "Inköpschef", "Semi-annual",
     "Partly completed", "Analys gjord för H1 (3 köp utan avtal). Analys för H2 slutförs i samband med bokslutet.",
     "Y", "DELVIS", "ja"),
    ("IC-04", "Payroll", "Felaktiga löner",
     "Löneutbetalningar – lönelistan stäms av mot HR-systemet före utbetalning", "HR-chef", "Monthly",
     "Completed", "Avstämning dokumenterad varje månad.", "N", "GENOMFORD", "nej"),
    ("IC-05", "IT / OT security", "Obehörig åtkomst till driftsystem",
     "Admin-konton i SCADA och driftsystem granskas kvartalsvis (privileged access review)", "IT-säkerhetsansvarig",
     "Quarterly", "Ongoing", "Q1–Q3 genomförda utan anmärkning. Granskningen för Q4 pågår.", "N", "DELVIS", "nej"),
    ("IC-06", "GDPR", "Personuppgifter sparas för länge",
     "Kunduppgifter i debiteringssystemet gallras enligt dokumenthanteringsplanen", "Kundservicechef", "Annual",
     "Not performed", "Postponed to 2026 due to upgrade of the billing system.", "N", "EJ_GENOMFORD", "nej"),
    ("IC-07", "Governance", "Beslut utan mandat",
     "VD-beslut dokumenteras och anmäls till styrelsen enligt delegationsordning", "Styrelsesekreterare",
     "Each board meeting", "",
     "Done – samtliga VD-beslut anmälda vid styrelsemötena (4 tillfällen). No findings.", "N", "GENOMFORD", "nej"),
    ("IC-08", "Governance", "Förtroendeskada",
     "Representation och gåvor följer kommunkoncernens riktlinjer", "CFO", "Annual",
     "N/A – cancelled", "Removed from the plan by board decision 2025-04-24 (covered by group-wide audit).", "",
     "UTGAR", "nej"),
    ("IC-09", "Energy trading", "Finansiell förlust",
     "Limiter för prissäkring av elhandel följs upp mot finanspolicyn", "Risk manager", "Monthly",
     "Completed", "All limits within policy during 2025.", "N", "GENOMFORD", "nej"),
]


def build_f4():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IC follow-up 2025"
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Storsjövik Energi AB – Internal Control Plan 2025"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A2"] = "Uppföljning helår / Full year follow-up 2025"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Reported to: Styrelsen, Storsjövik Energi AB – board meeting 2026-02-18"
    ws["A4"] = "Instruction: Status – use one of Completed / Completed with findings / Partly completed / Ongoing / " \
               "Not performed / N/A. Deviation: Y/N."
    ws["A4"].font = Font(italic=True, color="808080", size=9)
    hdr = ["ID", "Process", "Risk", "Control activity", "Control owner", "Frequency", "Status",
           "Findings / comments", "Deviation (Y/N)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    # example row in grey
    ex = ["IC-00", "Example", "Example risk", "Example: Describe the control activity", "Role", "Monthly",
          "Completed", "Example comment", "N"]
    for i, v in enumerate(ex, 1):
        c = ws.cell(row=7, column=i, value=v)
        c.font = Font(italic=True, color="A6A6A6")
        c.border = box
    r = 8
    fills = {"Completed": "C6EFCE", "Completed with findings": "C6EFCE", "Partly completed": "FFEB9C",
             "Ongoing": "FFEB9C", "Not performed": "FFC7CE", "N/A – cancelled": "D9D9D9"}
    for ctl in F4_CONTROLS:
        (cid, proc, risk, act, owner, freq, st, com, dev, status, avv) = ctl
        vals = [cid, proc, risk, act, owner, freq, st, com, dev]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if st in fills:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[st])
        exp(F4, N4, act, status, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total controls: 9")
    ws.cell(row=r, column=4, value="Completed: 4 | Completed with findings: 1 | Partly/Ongoing: 2 | "
                                  "Not performed: 1 | N/A: 1")
    ws.cell(row=r, column=1).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Status legend:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Completed = genomförd; Completed with findings = genomförd, avvikelse noterad; "
                                       "Partly completed / Ongoing = delvis genomförd; Not performed = ej genomförd; "
                                       "N/A = utgår")
    r += 3
    ws.cell(row=r, column=1, value="Prepared by: Finance & Control, Storsjövik Energi AB. Approved by CEO 2026-02-03.")
    for col, w in zip("ABCDEFGHI", [8, 18, 24, 48, 20, 16, 22, 50, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(F4)
    FILES.append((F4, "INLAST", N4, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 5: Socialnämnden – traffic-light fills, Status 2024 column
# ---------------------------------------------------------------------------
F5 = "SN Uppföljning internkontroll 2025 helår.xlsx"
N5 = "Socialnämnden"
GREEN, YELLOW, RED, GREY, BLUE = "92D050", "FFFF00", "FF0000", "BFBFBF", "00B0F0"

# process heading then controls: (kontrollmoment, metod, ansvarig, fill2024, filldelår, fillhelår, texthelår,
#  kommentar, status, avv)
F5_BLOCKS = [
    ("Myndighetsutövning – individ- och familjeomsorg", [
        ("Utredningar barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)", "Uttag ur Treserva",
         "Enhetschef barn och unga", RED, YELLOW, GREEN, "",
         "92 % avslutade inom fyra månader; övriga med beslut om förlängning enligt lag.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd – beslut fattas enligt delegationsordningen", "Stickprov 30 beslut",
         "Enhetschef försörjningsstöd", GREEN, GREEN, YELLOW, "",
         "2 av 30 beslut fattade av handläggare utan delegation på beloppet. Genomgång med handläggarna i december.",
         "GENOMFORD", "ja"),
        ("Attest av fakturor för köpt verksamhet (placeringar HVB och familjehem)", "Stickprov 20 fakturor",
         "Controller", GREEN, None, None, "", "", "SAKNAS", "nej"),
    ]),
    ("Myndighetsutövning – LSS", [
        ("Gynnande LSS-beslut verkställs inom tre månader och ej verkställda beslut rapporteras till IVO",
         "Kvartalsrapportering", "Enhetschef LSS", GREEN, GREEN, GREEN, "",
         "Samtliga ej verkställda beslut rapporterade i tid.", "GENOMFORD", "nej"),
        ("Beviljade LSS-insatser följs upp minst en gång per år", "Stickprov 15 ärenden",
         "Enhetschef LSS", YELLOW, YELLOW, RED, "",
         "Uppföljningen hann inte genomföras under hösten. Flyttas till 2026.", "EJ_GENOMFORD", "nej"),
        ("Privata medel – kassaböcker på gruppbostäder stäms av", "Stickprov 6 gruppbostäder",
         "Verksamhetschef", GREEN, GREEN, BLUE, "", "Se bilaga 3", "OKLAR", "nej"),
    ]),
    ("Ekonomi", [
        ("Avgifter inom hemtjänst och särskilt boende debiteras enligt taxa", "Stickprov 25 debiteringar",
         "Avgiftshandläggare", GREEN, YELLOW, None, "",
         "Delår: 3 av 25 debiteringar med fel taxa, korrigerade.", "GENOMFORD", "ja"),
    ]),
    ("Informationssäkerhet och arbetsmiljö", [
        ("Loggkontroll i verksamhetssystemet (Treserva) – obehörig åtkomst", "Loggutdrag 2 ggr/år",
         "Systemförvaltare", YELLOW, GREEN, None, "Pågår",
         "Loggkontrollen för hösten påbörjad i december, slutförs i januari.", "DELVIS", "nej"),
        ("Personuppgiftsincidenter anmäls till IMY inom 72 timmar", "Genomgång av incidentregistret",
         "Dataskyddssamordnare", GREEN, GREEN, GREY, "",
         "Kontrollen utgår – ersatt av kommungemensam kontroll i kommunstyrelsens plan.", "UTGAR", "nej"),
        ("Hot och våld – handlingsplanen gås igenom på APT i samtliga enheter", "Enkät till enhetschefer",
         "HR-strateg", None, YELLOW, GREEN, "", "Genomfört i 14 av 14 enheter.", "GENOMFORD", "nej"),
    ]),
]


def build_f5():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – årsbokslut"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Färgförklaring finns längst ned i tabellen. Dnr SN 2024/311"
    ws["A3"].font = Font(italic=True)
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status 2024", "Delår 2025",
           "Helår 2025", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = box
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 6
    for proc, ctls in F5_BLOCKS:
        ws.cell(row=r, column=1, value=proc).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        first = r
        for (km, metod, ansv, f24, fd, fh, th, kom, status, avv) in ctls:
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=metod)
            ws.cell(row=r, column=4, value=ansv)
            for col, fill in ((5, f24), (6, fd), (7, fh)):
                c = ws.cell(row=r, column=col)
                if fill:
                    c.fill = PatternFill("solid", fgColor=fill)
            if th:
                ws.cell(row=r, column=7, value=th)
            ws.cell(row=r, column=8, value=kom if kom else None)
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = box
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
            exp(F5, N5, km, status, avv)
            r += 1
        # process name repeated in col A, merged vertically over its controls
        ws.cell(row=first, column=1, value=proc.split(" – ")[0])
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Färgförklaring").font = Font(bold=True)
    for fill, txt in ((GREEN, "Genomförd, inga avvikelser"), (YELLOW, "Genomförd, avvikelser noterade"),
                      (RED, "Ej genomförd"), (GREY, "Utgår")):
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=r, column=1).border = box
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Beslutad av socialnämnden 2026-02-17, § 14")
    for col, w in zip("ABCDEFGH", [22, 52, 24, 22, 11, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(F5)
    FILES.append((F5, "INLAST", N5, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: Barn- och utbildningsförvaltningen – real .xls with tick columns
# ---------------------------------------------------------------------------
F6 = "BUF_internkontroll_T3_2025.xls"
N6 = "Barn- och utbildningsnämnden"

# (nr, område, kontrollmoment, genomförd, delvis, ej, avvikelse, kommentar, status, avv)
F6_CONTROLS = [
    ("1", "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
     "X", "", "", "Nej", "Stickprov 20 beslut, samtliga korrekta.", "GENOMFORD", "nej"),
    ("2", "Kränkande behandling", "Anmälan om kränkande behandling lämnas till huvudmannen inom en vecka",
     "X", "", "", "Ja", "4 av 37 anmälningar lämnades för sent. Information till rektorerna på rektorsmöte.",
     "GENOMFORD", "ja"),
    ("3", "Närvaro", "Problematisk frånvaro följs upp och rapporteras enligt rutin",
     "", "x", "", "Nej", "Genomfört på grundskolan, gymnasiet återstår till vårterminen.", "DELVIS", "nej"),
    ("4", "Ekonomi", "Attest av leverantörsfakturor – stickprov 20 fakturor per enhet",
     "X", "X", "", "", "Se separat rapport från controller.", "OKLAR", "nej"),
    ("5", "Ekonomi", "Avtalstrohet vid livsmedelsinköp i förskolans kök",
     "", "", "X", "", "Ej genomförd p.g.a. sjukskrivning (måltidschef).", "EJ_GENOMFORD", "nej"),
    ("6", "Dokumenthantering", "Orosanmälningar från skolan diarieförs enligt dokumenthanteringsplan",
     "", "", "", "", "Utgår enligt beslut i BUN 2025-05-14 § 52 (hanteras i socialnämndens plan).",
     "UTGAR", "nej"),
    ("7", "IT", "Behörigheter i Unikum tas bort vid avslutad anställning",
     "\u2713", "", "", "Nej", "", "GENOMFORD", "nej"),
    ("8", "Avgifter", "Inkomstuppgifter för barnomsorgsavgift kontrolleras mot Skatteverket",
     "", "", "", "", "", "SAKNAS", "nej"),
]


def build_f6():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Tertial 3 2025")
    title = xlwt.easyxf("font: bold on, height 280;")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")
    ital = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Barn- och utbildningsförvaltningen", title)
    ws.write(1, 0, "Uppföljning internkontroll – tertial 3, 2025")
    ws.write(2, 0, "Markera med X i den kolumn som stämmer. Kommentera alltid avvikelser.", ital)
    ws.write_merge(4, 4, 3, 5, "Utfall", bold)
    hdr = ["Nr", "Område", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse?",
           "Kommentar / åtgärd"]
    for i, h in enumerate(hdr):
        if i in (0, 1, 2, 6, 7):
            ws.write_merge(4, 5, i, i, h, bold)
        else:
            ws.write(5, i, h, bold)
    r = 6
    for (nr, omr, km, g, d, e, av, kom, status, avv) in F6_CONTROLS:
        ws.write(r, 0, nr, ctr)
        ws.write(r, 1, omr, norm)
        ws.write(r, 2, km, norm)
        ws.write(r, 3, g, ctr)
        ws.write(r, 4, d, ctr)
        ws.write(r, 5, e, ctr)
        ws.write(r, 6, av, ctr)
        ws.write(r, 7, kom, norm)
        exp(F6, N6, km, status, avv)
        r += 1
    ws.write(r, 2, "Antal", bold)
    ws.write(r, 3, 4, ctr)
    ws.write(r, 4, 2, ctr)
    ws.write(r, 5, 1, ctr)
    r += 3
    ws.write(r, 0, "Storsjöviken 2026-01-15")
    ws.write(r + 1, 0, "Helena Sandberg, förvaltningschef")
    for i, w in enumerate([5, 20, 55, 11, 9, 13, 11, 60]):
        ws.col(i).width = w * 256
    wb.save(F6)
    FILES.append((F6, "INLAST", N6, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 7: governance system export – row per control, separate rows per comment, two nämnder
# ---------------------------------------------------------------------------
F7 = "Export_internkontroll_2025_SBN_KFN.csv"
N7a = "Samhällsbyggnadsnämnden"
N7b = "Kultur- och fritidsnämnden"

# control: (unit, id, title, [comments: (id, period, status, deviation, text, by, modified)], exp status, avv)
F7_CONTROLS = [
    ("Samhällsbyggnadsnämnden", "K-2025-101", "Bygglov – handläggning inom lagstadgad tid (10 veckor)", [
        ("C-5102", "Delår 2025", "In progress", "No", "Stickprov för januari–juni klart, inga överskridanden.",
         "anna.e", "2025-09-02 10:14"),
        ("C-5531", "Helår 2025", "Completed", "Yes",
         "7 av 212 ärenden överskred tidsfristen. Avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "anna.e", "2026-01-12 15:40"),
    ], "GENOMFORD", "ja"),
    ("Samhällsbyggnadsnämnden", "K-2025-102", "Delegationsbeslut anmäls till nämnden varje månad", [
        ("C-5540", "Helår 2025", "Completed", "No", "Anmälda vid samtliga 10 sammanträden.",
         "lars.n", "2026-01-13 08:55"),
    ], "GENOMFORD", "nej"),
    ("Samhällsbyggnadsnämnden", "K-2025-103", "Avtalstrohet – entreprenader inom gata/park avropas enligt ramavtal", [
        ("C-5110", "Delår 2025", "In progress", "No", "Underlag beställt från upphandlingsenheten.",
         "lars.n", "2025-09-05 13:20"),
        ("C-5552", "Helår 2025", "Not completed", "No",
         "Kontrollen har inte kunnat genomföras – upphandlingsenheten har inte levererat\nunderlaget. "
         "Flyttas till 2026.", "lars.n", "2026-01-14 09:02"),
    ], "EJ_GENOMFORD", "nej"),
    ("Samhällsbyggnadsnämnden", "K-2025-104", "Livsmedelskontroll – årlig kontrollavgift debiteras samtliga objekt", [
        ("C-5121", "Delår 2025", "Completed", "No",
         "Samtliga 184 registrerade objekt debiterade i mars. Kontrollen görs en gång per år.",
         "sara.m", "2025-08-29 11:47"),
    ], "GENOMFORD", "nej"),
    ("Samhällsbyggnadsnämnden", "K-2025-105", "Miljötillsyn av prioriterade objekt enligt tillsynsplanen", [
        ("C-5125", "Delår 2025", "In progress", "No", "45 % av planerade besök genomförda.",
         "sara.m", "2025-08-29 11:52"),
        ("C-5560", "Helår 2025", "In progress", "No",
         "81 % genomförda. Resterande objekt besöks under första kvartalet 2026.", "sara.m", "2026-01-15 14:30"),
    ], "DELVIS", "nej"),
    ("Samhällsbyggnadsnämnden", "K-2025-106", "Markanvisningsavtal följer kommunens riktlinjer för markanvisning", [
        ("C-5565", "Helår 2025", "Cancelled", "No",
         "Inga markanvisningar under 2025 – kontrollen avbruten genom beslut SBN 2025-10-21 § 118.",
         "lars.n", "2026-01-15 16:05"),
    ], "UTGAR", "nej"),
    ("Kultur- och fritidsnämnden", "K-2025-301", "Föreningsbidrag – underlag för aktivitetsstöd kontrolleras", [
        ("C-5601", "Helår 2025", "Completed", "Yes",
         "Stickprov 12 föreningar. Två föreningar redovisade fler sammankomster än genomförda och blir "
         "återbetalningsskyldiga.", "karin.l", "2026-01-19 10:10"),
    ], "GENOMFORD", "ja"),
    ("Kultur- och fritidsnämnden", "K-2025-302", "Kontanthantering i simhallens kassa – dagskassor stäms av", [
        ("C-5602", "Helår 2025", "Completed", "No", "Oanmäld kontroll 3 ggr. Inga differenser.",
         "karin.l", "2026-01-19 10:22"),
    ], "GENOMFORD", "nej"),
    ("Kultur- och fritidsnämnden", "K-2025-303", "Behörigheter i bibliotekssystemet (Book-IT) vid avslutad anställning", [
        ("C-5190", "Delår 2025", "Not started", "No", "Planerad till hösten.", "per.h", "2025-09-03 09:00"),
        ("C-5610", "Helår 2025", "", "",
         "Status: Completed. Genomgång gjord i oktober; 1 konto för avslutad timanställd spärrat.",
         "per.h", "2026-01-20 13:12"),
    ], "GENOMFORD", "ja"),
    ("Kultur- och fritidsnämnden", "K-2025-304", "Lotteritillstånd – föreningarnas redovisningar granskas", [
        ("C-5612", "Helår 2025", "Not started", "No", "Ingen handläggare avsatt under 2025.",
         "per.h", "2026-01-20 13:20"),
    ], "EJ_GENOMFORD", "nej"),
    ("Kultur- och fritidsnämnden", "K-2025-305", "Representation – syfte och deltagare dokumenteras", [
        ("C-5588", "Helår 2025", "In progress", "No", "Granskning av verifikationer påbörjad.",
         "karin.l", "2025-12-15 16:41"),
        ("C-5640", "Helår 2025", "Completed", "No", "Samtliga 22 verifikationer granskade. Inga avvikelser.",
         "karin.l", "2026-01-21 08:30"),
    ], "GENOMFORD", "nej"),
]


def build_f7():
    rows = []
    rows.append(["Export från Styrportalen 2026-01-28 13:42 – Urval: Internkontrollplan 2025, "
                 "Period: Helår 2025 (inkl. tidigare perioder), Enheter: SBN, KFN"])
    rows.append(["Enhet", "Objekttyp", "Id", "Tillhör", "Rubrik", "Period", "Status", "Avvikelse", "Text",
                 "Ändrad av", "Senast ändrad"])
    for unit, cid, title, comments, status, avv in F7_CONTROLS:
        rows.append([unit, "Control activity", cid, "", title, "2025", "", "", "", "", ""])
        for (mid, per, st, dev, txt, by, mod) in comments:
            rows.append([unit, "Comment", mid, cid, "", per, st, dev, txt, by, mod])
        exp(F7, unit, title, status, avv)
    with open(F7, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)
    FILES.append((F7, "INLAST", N7a, "2025", "HELAR"))
    FILES.append((F7, "INLAST", N7b, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 8: Kommunstyrelsen – ODT free text
# ---------------------------------------------------------------------------
F8 = "KS Uppföljning intern kontroll 2025.odt"
N8 = "Kommunstyrelsen"

# (område, kontrollmoment, metod, resultat, bedömning, status, avv)
F8_CONTROLS = [
    ("Bolag och kommunalförbund",
     "Bolagens och kommunalförbundens rapportering av intern kontroll till kommunstyrelsen sker enligt ägardirektiv",
     "Genomgång av inkomna rapporter per 31 januari.",
     "Storsjöhem AB och Storsjövik Energi AB har rapporterat efter styrelsebeslut. Räddningstjänstförbundet "
     "Storsjö-Ådalen har rapporterat efter direktionens beslut. Samtliga rapporter inkom i tid.",
     "Genomförd", "GENOMFORD", "nej"),
    ("Attest",
     "Attesträtter i ekonomisystemet motsvarar beslutad attestförteckning",
     "Systemutdrag jämförs mot nämndernas beslutade attestförteckningar, två gånger per år.",
     "Vid kontrollen i oktober fanns 9 användare med attesträtt som saknades i beslutad förteckning. "
     "Behörigheterna har tagits bort.",
     "Genomförd med avvikelse", "GENOMFORD", "ja"),
    ("Löner",
     "Manuella lönetillägg har underlag och är attesterade av chef",
     "Stickprov 40 tillägg.",
     "Stickprov för första halvåret genomfört utan anmärkning. Andra halvårets stickprov har inte hunnits med "
     "på grund av införandet av nytt lönesystem.",
     "Delvis genomförd", "DELVIS", "nej"),
    ("Upphandling",
     "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjerna",
     "Genomgång av samtliga direktupphandlingar över 100 tkr.",
     "Kontrollen har inte genomförts. Upphandlingsfunktionen har varit underbemannad under hela året.",
     "Ej genomförd", "EJ_GENOMFORD", "nej"),
    ("Informationssäkerhet",
     "Kommunens kritiska IT-system är informationsklassade",
     "Avstämning mot systemförteckningen.",
     "23 av 41 kritiska system klassade. Arbetet fortsätter 2026.",
     "Pågår", "DELVIS", "nej"),
    ("Dataskydd",
     "Registerförteckningen över personuppgiftsbehandlingar hålls aktuell",
     "Genomgång av förteckningen.",
     "–",
     "–", "SAKNAS", "nej"),
    ("Representation",
     "Kommunstyrelsens ordförandes och kommundirektörens representation har dokumenterat syfte",
     "Granskning av samtliga verifikationer.",
     "Ersatt av de förtroendevalda revisorernas granskning av förtroendekänsliga poster 2025.",
     "Utgår", "UTGAR", "nej"),
]


def build_f8():
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1F4E79"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.styles.addElement(small)
    bstyle = Style(name="Bedomning", family="paragraph")
    bstyle.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bstyle)

    doc.text.addElement(P(stylename=small, text="Storsjöviks kommun • Kommunledningsförvaltningen • Dnr KS 2025/0412"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Kommunstyrelsens uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Bilaga 4 till verksamhetsberättelse 2025"))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Inledning"))
    doc.text.addElement(P(text=(
        "Kommunstyrelsen har enligt kommunallagen 6 kap. 6 § ansvar för att den interna kontrollen är tillräcklig. "
        "Kommunstyrelsen har dessutom uppsiktsplikt över nämnderna, de kommunala bolagen och kommunalförbunden. "
        "Internkontrollplanen för 2025 antogs av kommunstyrelsen 2024-12-11 § 201 och innehåller sju "
        "kontrollmoment. Nedan redovisas resultatet per kontrollmoment. Nämndernas, bolagens och förbundets egna "
        "uppföljningar redovisas i separata ärenden.")))
    for i, (omr, km, metod, res, bed, status, avv) in enumerate(F8_CONTROLS, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f"{i}. {omr}"))
        doc.text.addElement(P(text=f"Kontrollmoment: {km}"))
        doc.text.addElement(P(text=f"Metod: {metod}"))
        doc.text.addElement(P(text=f"Resultat: {res}"))
        doc.text.addElement(P(stylename=bstyle, text=f"Bedömning: {bed}"))
        exp(F8, N8, km, status, avv)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattande bedömning"))
    doc.text.addElement(P(text=(
        "Av sju kontrollmoment har två genomförts, två genomförts delvis, ett har inte genomförts, ett utgår och "
        "för ett saknas redovisning. Kommunstyrelsen bedömer att den interna kontrollen 2025 i huvudsak har varit "
        "tillräcklig men att uppföljningen av upphandling och dataskydd behöver förstärkas 2026.")))
    doc.text.addElement(P(text="Storsjöviken den 3 februari 2026"))
    doc.text.addElement(P(text="Eva Holmberg, kommundirektör"))
    doc.save(F8)
    FILES.append((F8, "INLAST", N8, "2025", "HELAR"))


# ---------------------------------------------------------------------------
def main():
    for f in os.listdir("."):
        if f.endswith((".docx", ".xlsx", ".xls", ".odt", ".csv")) and f not in ("namnder.csv", "files.csv",
                                                                               "expected.csv"):
            os.remove(f)
    build_f1()
    build_f2()
    build_f3()
    build_f4()
    build_f5()
    build_f6()
    build_f7()
    build_f8()

    with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in REGISTER:
            fh.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for (f, n, km, st, av) in EXPECTED:
            assert ";" not in km and "\n" not in km
            fh.write(f"{f};{n};{km};{st};{av}\n")
    names = {n for n, _ in REGISTER}
    assert all(r[2] in names for r in FILES if r[1] == "INLAST")
    assert all(e[1] in names for e in EXPECTED)
    print("files:", len({r[0] for r in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
