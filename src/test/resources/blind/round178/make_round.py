#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 178 - Sjöfallet kommunkoncern, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round178"
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    res = os.path.join(outdir, base + "." + ext)
    assert os.path.exists(res), res
    return res


def normalise_zip(path):
    """Rewrite a zip container with fixed timestamps (keeps order and compression)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 8, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            zout.writestr(ni, data)
    os.replace(tmp, path)


def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Sjöfallet kommun"
    wb.properties.lastModifiedBy = "Sjöfallet kommun"


THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
SN = "Socialnämnden"
BUN = "Barn- och utbildningsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnadsnämnden"
TN = "Tekniska nämnden"
SEAB = "Sjöfallet Energi AB"
SJOBO = "AB Sjöfallets Bostäder"
RFF = "Räddningstjänstförbundet Fjällälv"
FITF = "Fjällregionens IT-förbund"

REGISTER = [
    (KS, "KS|Kommunledningskontoret|KLK"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen"),
    (MBN, "MBN|Miljö- och byggförvaltningen"),
    (TN, "TN|Tekniska förvaltningen"),
    (SEAB, "SEAB|Sjöfallet Energi|Energibolaget"),
    (SJOBO, "SjöBo|SjoBo|Sjöfallets Bostäder|Bostadsbolaget"),
    (RFF, "RFF|Räddningstjänsten Fjällälv|Direktionen för Räddningstjänstförbundet Fjällälv"),
    (FITF, "FITF|IT-förbundet|Kommunalförbundet Fjällregionens IT-förbund"),
]


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def fix_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "Sjöfallet kommun"
    cp.last_modified_by = "Sjöfallet kommun"
    cp.revision = 1


# ===========================================================================
# 1. Sjöfallet Energi AB – styrelserapport, Word
# ===========================================================================
def build_seab():
    fil = "SEAB_IK-uppfoljning_styrelsen_2025-08.docx"
    d = docx.Document()
    fix_docx_props(d)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Sjöfallet Energi AB\tStyrelsehandling\tÄrende 7"

    p = d.add_paragraph()
    r = p.add_run("Sjöfallet Energi AB")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    d.add_paragraph("Org.nr 556712-4410")
    h = d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport till styrelsen", level=1)
    d.add_paragraph("Styrelsemöte 2025-09-18, ärende 7\nAvser perioden 2025-01-01 – 2025-08-31")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt ägardirektivet från Sjöfallet kommun ska bolaget ha en av styrelsen fastställd plan för intern "
        "kontroll och rapportera uppföljningen till styrelsen två gånger per år samt till kommunstyrelsen i "
        "samband med delårsrapport och årsredovisning. Styrelsen fastställde internkontrollplanen 2025 vid "
        "sammanträdet 2025-02-13 (§ 9).")
    d.add_paragraph(
        "Nedan redovisas iakttagelser och vidtagna eller planerade åtgärder per kontrollpunkt. Kolumnen "
        "”Klar” anger om kontrollen är slutförd för perioden (Ja/Nej). Kontrollpunkter som inte är klara "
        "kommenteras i kolumnen Iakttagelse.")

    d.add_heading("Sammanställning", level=2)
    summ = [
        ("Område", "Kontrollpunkter", "Klar = Ja", "Klar = Nej", "Övrigt"),
        ("Ekonomi och finans", "3", "2", "1", "–"),
        ("Inköp", "2", "1", "1", "–"),
        ("Drift och leverans", "3", "1", "1", "1 utgår"),
        ("Informationssäkerhet och IT", "3", "2", "–", "1 ej rapporterad"),
        ("Totalt", "11", "6", "3", "2"),
    ]
    t = d.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(summ):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, bold=(i == 0 or i == len(summ) - 1))
            if i == 0:
                shade(c, "D9E2F3")

    d.add_heading("Uppföljning per kontrollpunkt", level=2)
    GJ = "GENOMFORD"
    rows = [
        ("G", "Ekonomi och finans"),
        ("1", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov om 40 fakturor (januari–juni). 2 fakturor har attesterats av person utan attesträtt efter "
         "organisationsförändringen i mars.",
         "Attestförteckningen uppdaterad 2025-06-10. Påminnelse till budgetansvariga.", "Ja", GJ, "ja"),
        ("2", "Avstämning av kundreskontra mot huvudbok månadsvis",
         "Avstämning gjord för samtliga månader januari–augusti utan differenser.", "–", "Ja", GJ, "nej"),
        ("3", "Kontroll av att nättariffer debiteras kunderna enligt beslutad prislista",
         "Kontrollen är påbörjad. Stickprov på 25 av planerade 50 kunder genomfört, inga fel hittills.",
         "Återstående stickprov görs under september.", "Nej", "DELVIS", "nej"),
        ("G", "Inköp"),
        ("4", "Efterlevnad av LOU vid direktupphandlingar över 100 tkr",
         "Genomgång av 12 direktupphandlingar. I 3 fall saknas dokumentation av konkurrensutsättning.",
         "Utbildning för beställare planeras i oktober. Mall för dokumentation av direktupphandling införs.",
         "Ja", GJ, "ja"),
        ("5", "Avtalstrohet – inköp sker från ramavtalsleverantörer",
         "Kontrollen har inte påbörjats på grund av vakans i inköpsfunktionen.",
         "Genomförs under tredje tertialen.", "Nej", "EJ_GENOMFORD", ""),
        ("G", "Drift och leverans"),
        ("6", "Avbrottsrapportering till Energimarknadsinspektionen sker inom föreskriven tid",
         "Rapport för 2024 inlämnad 2025-02-27, inom föreskriven tid.", "–", "Ja", GJ, "nej"),
        ("7", "Egenkontroll av elsäkerhet i nätstationer och ställverk enligt kontrollprogram",
         "Egenkontroller genomförda i 9 av 14 ställverk. En avvikelse: saknad varningsskyltning i ställverk "
         "Forsnäs.",
         "Skyltning åtgärdad 2025-05-20. Resterande ställverk kontrolleras under hösten.", "Nej", "DELVIS", "ja"),
        ("8", "Fjärrvärme – kontroll av mätvärdesinsamling och debitering",
         "Kontrollpunkten utgår efter styrelsebeslut 2025-04-24 § 31 då fjärrvärmeverksamheten har överlåtits "
         "till Fjällvärme AB.", "–", "–", "UTGAR", ""),
        ("G", "Informationssäkerhet och IT"),
        ("9", "Behörighetsgranskning i kundinformationssystemet",
         "Granskning genomförd i maj. 6 konton för avslutade anställda var fortfarande aktiva; samtliga är nu "
         "spärrade.", "Rutinen för avslut av anställning ses över tillsammans med HR.", "Ja", GJ, "ja"),
        ("10", "Test av återläsning av säkerhetskopior för driftövervakningssystemet (SCADA)", "", "", "",
         "SAKNAS", ""),
        ("11", "Incidentrapportering enligt cybersäkerhetslagen (NIS 2) sker enligt rutin",
         "Rutin finns och är känd. Inga rapporteringspliktiga incidenter under perioden.", "–", "Ja", GJ, "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Nr", "Kontrollpunkt", "Iakttagelse", "Åtgärd", "Klar (Ja/Nej)"]
    for c, v in zip(t.rows[0].cells, hdr):
        set_cell(c, v, bold=True)
        shade(c, "1F4E79")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "G":
            m = cells[0].merge(cells[4])
            set_cell(m, row[1], bold=True)
            shade(m, "DEEAF6")
            continue
        nr, km, iakt, atg, klar, st, avv = row
        for c, v in zip(cells, (nr, km, iakt, atg, klar)):
            set_cell(c, v)
        exp(fil, SEAB, km, st, avv)
    widths = [Cm(1.0), Cm(5.0), Cm(5.5), Cm(4.5), Cm(1.8)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "VD bedömer att den interna kontrollen i huvudsak är tillräcklig. De brister som noterats avseende "
        "attesträtter och dokumentation av direktupphandlingar har åtgärdats eller har åtgärder planerade. "
        "Kontrollpunkt 10 rapporteras till styrelsen i december.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Styrelsen godkänner uppföljningen av internkontrollplanen per 2025-08-31 och överlämnar den "
                    "till kommunstyrelsen i Sjöfallet kommun.")
    d.add_paragraph("\nSjöfallet 2025-09-05\n\nKarin Öberg\nVerkställande direktör")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalise_zip(path)
    FILES.append((fil, "INLAST", SEAB, "2025", "DELAR"))


# ===========================================================================
# 2. Räddningstjänstförbundet Fjällälv – xlsx with risk values and colour status
# ===========================================================================
GREEN, YELLOW, RED, GREY = "FF92D050", "FFFFFF00", "FFFF0000", "FFBFBFBF"


def risk_colour(v):
    if v <= 4:
        return GREEN
    if v <= 8:
        return YELLOW
    return RED


def build_rff():
    fil = "RFF_IKP_2025_delårsuppföljning.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025 delår"
    ws.oddHeader.left.text = "Räddningstjänstförbundet Fjällälv"
    ws.oddHeader.right.text = "Internkontrollplan 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Räddningstjänstförbundet Fjällälv"
    ws["A1"].font = Font(bold=True, size=14, color="FFC00000")
    ws["A2"] = "Internkontrollplan 2025 – delårsuppföljning (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Planen fastställd av direktionen 2024-12-12 § 48. Uppföljningen redovisas för direktionen "
                "2025-09-25.")
    ws["A5"] = ("Riskvärde = sannolikhet (1–4) × konsekvens (1–4). Riskvärde 1–4 = låg risk (grön), "
                "6–8 = medelhög risk (gul), 9–16 = hög risk (röd).")
    ws["A5"].font = Font(italic=True, size=9)
    ws["A6"] = "Status vid delår markeras med färg i kolumn J – se teckenförklaring under tabellen."
    ws["A6"].font = Font(italic=True, size=9)

    hdr = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Metod / omfattning", "Ansvarig", "Status delår", "Kommentar delår"]
    HR = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF404040")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BORDER

    rows = [
        ("1", "Tillsyn enligt LSO",
         "Tillsynsplanen följs inte, vilket kan leda till brister i brandskyddet hos verksamheter", 3, 3,
         "Kontroll av att tillsyner genomförs enligt fastställd tillsynsplan",
         "Uppföljning av antal genomförda tillsyner mot plan, månadsvis", "Stf. förbundschef", YELLOW,
         "62 av 110 planerade tillsyner genomförda t.o.m. augusti (56 %). Bedöms nås till årsskiftet.",
         "DELVIS", "nej"),
        ("2", "Tillsyn enligt LSO", "Beslut i tillsynsärenden fattas utan korrekt delegation", 2, 3,
         "Stickprov på tillsynsbeslut – delegationsordningen följs", "10 beslut per tertial", "Brandinspektör",
         GREEN, "20 beslut granskade, samtliga fattade med korrekt delegation.", "GENOMFORD", "nej"),
        ("3", "Räddningsinsats", "Fördröjd utryckning – anspänningstiden överskrids", 2, 4,
         "Uppföljning av anspänningstid för deltidsstyrkor (mål: högst 5 minuter)",
         "Utdrag ur insatsrapporteringssystemet, kvartalsvis", "Insatschef", GREEN,
         "Anspänningstiden överskreds vid 14 av 212 larm (6,6 %), främst vid station Rautas. "
         "Dialog med styrkan om bemanning under semesterperioden.", "GENOMFORD", "ja"),
        ("4", "Personal och arbetsmiljö",
         "Rökdykare saknar giltigt fystest eller medicinsk kontroll", 3, 4,
         "Kontroll av att samtliga rökdykare genomfört godkänt fystest och medicinsk kontroll",
         "Genomgång av utbildningsregistret, samtliga stationer", "HR-ansvarig", RED,
         "Ej genomförd under perioden. Utbildningsregistret byts ut och kontrollen flyttas till oktober.",
         "EJ_GENOMFORD", ""),
        ("5", "Ekonomi", "Felaktiga utbetalningar av beredskapsersättning", 2, 2,
         "Kontroll av beredskapsersättning mot beredskapsschema", "Stickprov två månader", "Ekonom", GREEN,
         "Stickprov för mars och juni. Inga fel.", "GENOMFORD", "nej"),
        ("6", "Ekonomi", "Attest sker inte enligt attestordningen", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Ekonom", GREEN,
         "25 fakturor granskade. 1 faktura saknade beslutsattest – åtgärdat.", "GENOMFORD", "ja"),
        ("7", "Fordon och materiel", "Bristande underhåll av räddningsfordon och andningsskydd", 2, 4,
         "Kontroll av att besiktning och service av räddningsfordon sker enligt underhållsplan",
         "Genomgång av fordonsjournaler per station", "Materielansvarig", YELLOW,
         "Genomfört för stationerna Sjöfallet och Forsnäs. Övriga stationer kontrolleras under hösten.",
         "DELVIS", "nej"),
        ("8", "Informationssäkerhet", "Obehörig åtkomst till insatsrapporter med personuppgifter", 1, 3,
         "Loggkontroll i insatsrapporteringssystemet", "Stickprov 20 loggposter", "Systemförvaltare", GREY,
         "Utgår enligt direktionsbeslut 2025-04-10 § 14 – systemet ersätts och kontrollen flyttas till "
         "internkontrollplan 2026.", "UTGAR", ""),
        ("9", "Upphandling", "Inköp utanför avtal", 3, 2,
         "Kontroll av avtalstrohet vid inköp av skyddsutrustning", "Genomgång av leverantörsreskontra",
         "Ekonom", None, "", "SAKNAS", ""),
        ("10", "Brandskyddskontroll", "Brandskyddskontroller utförs inte inom föreskrivna frister", 2, 3,
         "Uppföljning av att brandskyddskontroll utförs enligt fastställda frister (entreprenör)",
         "Avstämning mot entreprenörens rapport", "Stf. förbundschef", GREEN, "", "GENOMFORD", ""),
    ]
    r = HR + 1
    start_of = {}
    for row in rows:
        nr, proc, risk, s, k, km, metod, ansv, colour, komm, st, avv = row
        vals = [int(nr), proc, risk, s, k, s * k, km, metod, ansv, None, komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=risk_colour(s * k))
        ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        if colour:
            ws.cell(r, 10).fill = PatternFill("solid", fgColor=colour)
        start_of.setdefault(proc, []).append(r)
        exp(fil, RFF, km, st, avv)
        r += 1
    for proc, rr in start_of.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], end_row=rr[-1], start_column=2, end_column=2)
    r += 1
    ws.cell(r, 1, "Teckenförklaring status").font = Font(bold=True)
    r += 1
    for colour, text in [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                         (RED, "Ej genomförd"), (GREY, "Utgår")]:
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=colour)
        ws.cell(r, 1).border = BORDER
        ws.cell(r, 2, text)
        r += 1
    r += 1
    ws.cell(r, 1, "Upprättad av: Jonas Kitok, förbundschef, 2025-09-10")
    widths = [5, 18, 30, 11, 11, 10, 38, 28, 16, 12, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "A9"
    ws.print_title_rows = "8:8"
    ws.page_setup.orientation = "landscape"
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalise_zip(path)
    FILES.append((fil, "INLAST", RFF, "2025", "DELAR"))


# ===========================================================================
# 3. Fjällregionens IT-förbund – text-only report, ISO-style numbering, .odt
# ===========================================================================
def build_fitf(tmpdir):
    fil = "FITF_Tertialrapport_2_2025_intern_kontroll.odt"
    d = docx.Document()
    fix_docx_props(d)
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = "Fjällregionens IT-förbund – Intern kontroll T2 2025 – Version 1.0"
    p = d.add_paragraph()
    r = p.add_run("Fjällregionens IT-förbund")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Kommunalförbund för Sjöfallet, Rautasvaara och Forsnäs kommuner")
    d.add_heading("Uppföljning av intern kontroll – tertialrapport 2, 2025", level=0)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Dokumentägare", "Förbundsdirektör"), ("Mottagare", "Förbundsdirektionen"),
                 ("Version", "1.0"), ("Datum", "2025-09-12"), ("Diarienummer", "FITF 2025/118")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True, size=10)
        set_cell(cells[1], b, size=10)

    def H(text, level):
        d.add_heading(text, level=level)

    def P(text):
        d.add_paragraph(text)

    H("1 Inledning", 1)
    P("Förbundsdirektionen fastställde internkontrollplanen för 2025 den 2024-11-28 (§ 61). Planen bygger på "
      "förbundets riskanalys och är strukturerad efter ledningssystemet för informationssäkerhet (LIS) enligt "
      "SS-EN ISO/IEC 27001:2023. Denna rapport redovisar utfallet per tertial 2 (januari–augusti 2025).")
    H("2 Omfattning och metod", 1)
    H("2.1 Omfattning", 2)
    P("Rapporten omfattar samtliga kontrollmoment i internkontrollplanen 2025. Medlemskommunernas egna "
      "kontroller redovisas i respektive kommuns uppföljning.")
    H("2.2 Bedömningsskala", 2)
    P("Varje kontrollmoment bedöms enligt skalan Genomförd, Genomförd med avvikelse, Delvis genomförd, "
      "Ej påbörjad, Ej genomförd och Utgår. Utfall T1 avser januari–april och utfall T2 januari–augusti. "
      "Ett streck (–) anger att inget utfall rapporterats för tertialen.")
    H("3 Sammanfattning", 1)
    P("Av förbundets elva kontrollmoment är fem genomförda (varav ett med avvikelse), två delvis genomförda och "
      "ett ej genomfört. Ett kontrollmoment har utgått efter beslut i direktionen. För kontinuitetsövningen "
      "hänvisas till bilaga 3. Kontrollmoment 4.4.3 har inte rapporterats av ansvarig funktion.")
    H("4 Uppföljning per kontrollområde", 1)

    ctrls = [
        ("4.1 Styrning och ledning (ISO/IEC 27001 kap. 5)", None),
        ("4.1.1", "Informationssäkerhetspolicyn är fastställd och kommunicerad till samtliga medarbetare",
         "Genomgång av intranät och introduktionsmaterial.", "Genomförd.", "–",
         "Policyn reviderades och fastställdes av direktionen 2025-02-20. Information gavs vid APT i mars.",
         "GENOMFORD", "nej"),
        ("4.1.2", "Roller och ansvar för informationssäkerhet är dokumenterade för samtliga driftsatta system",
         "Genomgång av systemförteckningen.", "Ej påbörjad.", "Delvis genomförd.",
         "Ansvarsmatris (RACI) dokumenterad för 31 av 47 system. Resterande klart i november.",
         "DELVIS", "nej"),
        ("4.2 Åtkomststyrning (bilaga A 5.15–5.18)", None),
        ("4.2.1", "Behörighetsgranskning av administratörskonton i Active Directory",
         "Halvårsvis granskning av samtliga konton med administratörsbehörighet.", "Genomförd.",
         "Genomförd med avvikelse.",
         "Vid granskningen i juni identifierades 4 administratörskonton utan aktiv ägare. Kontona inaktiverades "
         "2025-06-19.", "GENOMFORD", "ja"),
        ("4.2.2", "Behörigheter avslutas inom fem arbetsdagar när en anställning upphör",
         "Stickprov 30 avslutade anställningar.", "Delvis genomförd.", "Genomförd.",
         "Samtliga 30 stickprov avslutade inom fristen.", "GENOMFORD", "nej"),
        ("4.2.3", "Kontroll av att flerfaktorsautentisering krävs vid fjärråtkomst", "Teknisk kontroll i "
         "VPN-lösningen.", "–", "Ej genomförd.",
         "Kontrollen har skjutits upp till T3 på grund av byte av VPN-lösning.", "EJ_GENOMFORD", ""),
        ("4.3 Drift och kontinuitet (bilaga A 8.13–8.14)", None),
        ("4.3.1", "Återläsningstest av säkerhetskopior för medlemskommunernas verksamhetssystem",
         "Återläsning i testmiljö, ett system per månad.", "Delvis genomförd.", "Delvis genomförd.",
         "Test genomfört för ekonomisystemet och ärendehanteringssystemet. Verksamhetssystemet för vård och "
         "omsorg testas i oktober.", "DELVIS", "nej"),
        ("4.3.2", "Kontinuitetsplanen för datacentret är övad", "Skrivbordsövning med driftorganisationen.",
         "–", "Se bilaga 3.", "", "OKLAR", ""),
        ("4.3.3", "Patchning av servrar sker enligt fastställd patchcykel (30 dagar)",
         "Rapport ur patchverktyget.", "Genomförd.", "Genomförd.",
         "Samtliga servrar patchade inom 30 dagar enligt rapport från patchverktyget.", "GENOMFORD", "nej"),
        ("4.4 Ekonomi och inköp", None),
        ("4.4.1", "Attest av leverantörsfakturor enligt förbundets attestordning",
         "Stickprov 20 fakturor per tertial.", "Genomförd.", "Genomförd.", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("4.4.2", "Antal licenser stämmer mot avtal (Microsoft 365)", "Avstämning licensportal mot avtal.",
         "Ej påbörjad.", "Utgår.",
         "Utgår enligt beslut i direktionen 2025-06-12 § 22; frågan hanteras i licensprojektet.", "UTGAR", ""),
        ("4.4.3", "Fakturering till medlemskommunerna sker enligt beslutad prismodell",
         "Avstämning av fakturaunderlag mot prismodell.", "–", "–", "", "SAKNAS", ""),
    ]
    for c in ctrls:
        if c[1] is None:
            H(c[0], 2)
            continue
        nr, km, metod, t1, t2, komm, st, avv = c
        H(nr + " " + km, 3)
        P("Kontrollmetod: " + metod)
        P("Utfall T1: " + t1)
        P("Utfall T2: " + t2)
        if komm:
            P("Kommentar: " + komm)
        exp(fil, FITF, km, st, avv)
    H("5 Förslag till beslut", 1)
    P("Förbundsdirektionen föreslås godkänna uppföljningen av intern kontroll per tertial 2 2025.")
    H("6 Bilagor", 1)
    P("Bilaga 1 Internkontrollplan 2025\nBilaga 2 Riskanalys 2025\nBilaga 3 Övningsrapport kontinuitetsövning "
      "2025-05-14")
    P("\nRautasvaara 2025-09-12\n\nLena Nutti\nFörbundsdirektör")
    src = os.path.join(tmpdir, os.path.splitext(fil)[0] + ".docx")
    d.save(src)
    res = soffice_convert(src, "odt", tmpdir)
    shutil.copy(res, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", FITF, "2025", "T2"))


# ===========================================================================
# 4. AB Sjöfallets Bostäder – mixed English/Swedish headings, .xls (xlwt)
# ===========================================================================
def build_sjobo():
    fil = "SjoBo_Internal_control_2025_Aug.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IC 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: bold on, height 220")
    small = xlwt.easyxf("font: italic on, height 180")
    head = xlwt.easyxf("font: bold on, colour white; pattern: pattern solid, fore_colour dark_teal; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "AB Sjöfallets Bostäder – Internal Control / Intern kontroll 2025", title)
    ws.write(1, 0, "Follow-up / Uppföljning: Delår (jan–aug) 2025", sub)
    ws.write(2, 0, "Status: Completed = Genomförd | Completed w/ remarks = Genomförd med anmärkning | "
                   "In progress = Pågår | Not started = Ej påbörjad | N/A = Ej aktuell", small)
    ws.write(3, 0, "Reported to the board / rapporteras till styrelsen 2025-09-24", small)
    hdr = ["ID", "Process", "Control", "Kontrollmetod", "Owner", "Frequency", "Status T1", "Status Delår",
           "Comment / Kommentar"]
    HR = 5
    for i, h in enumerate(hdr):
        ws.write(HR, i, h, head)
    data = [
        ("G", "Uthyrning / Letting"),
        ("SB-01", "Uthyrning", "Lägenheter fördelas enligt gällande uthyrningspolicy och kö-ordning",
         "Stickprov 15 kontrakt", "Head of Letting", "Tertial", "Completed", "Completed w/ remarks",
         "2 of 15 contracts: förtur utan dokumenterat beslut. Rutinen förtydligad juni 2025.",
         "GENOMFORD", "ja"),
        ("SB-02", "Uthyrning", "Kreditprövning av nya hyresgäster genomförs och dokumenteras",
         "Stickprov 20 kontrakt", "Head of Letting", "Tertial", "In progress", "Completed",
         "All 20 sampled contracts OK.", "GENOMFORD", "nej"),
        ("SB-03", "Uthyrning", "Hyresavier efter årets hyresförhandling stämmer mot förhandlingsprotokollet",
         "Avstämning 30 avier", "Ekonomichef", "Annual", "Completed", "",
         "Kontrollerat i mars efter förhandlingen. Inga fel.", "GENOMFORD", "nej"),
        ("G", "Fastighetsförvaltning / Property management"),
        ("SB-04", "Fastighet", "Obligatorisk ventilationskontroll (OVK) genomförs enligt besiktningsplan",
         "Genomgång av besiktningsprotokoll", "Property manager", "Tertial", "In progress", "In progress",
         "OVK done in 38 of 52 properties. 3 underkända – åtgärdas under hösten.", "DELVIS", "ja"),
        ("SB-05", "Fastighet",
         "Systematiskt brandskyddsarbete (SBA) – egenkontroll i trapphus och allmänna utrymmen",
         "Rondering med checklista", "Property manager", "Tertial", "Not started", "Not started",
         "Postponed to Q4 – vakans på fastighetsskötartjänst.", "EJ_GENOMFORD", ""),
        ("SB-06", "Fastighet", "Planerat underhåll följer underhållsplanen – utfall mot budget",
         "Uppföljning i ekonomisystemet", "Technical manager", "Tertial", "", "In progress",
         "Utfall 58 % av budget, i linje med plan.", "DELVIS", "nej"),
        ("G", "Ekonomi / Finance"),
        ("SB-07", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "CFO", "Tertial", "Completed", "Completed", "", "GENOMFORD", ""),
        ("SB-08", "Ekonomi", "Avstämning av hyresreskontra mot huvudbok", "Månadsvis avstämning", "CFO",
         "Monthly", "Completed", "Completed", "Monthly reconciliation, no differences.", "GENOMFORD", "nej"),
        ("SB-09", "Ekonomi", "Representation och förtroendekänsliga poster följer bolagets riktlinjer",
         "Genomgång av samtliga representationsfakturor", "CFO", "Annual", "Not started", "N/A",
         "Ej aktuell 2025 – granskas av lekmannarevisorn i stället (styrelsebeslut 2025-05-22).",
         "UTGAR", ""),
        ("G", "Governance / Styrning"),
        ("SB-10", "Styrning", "Styrelsens beslut verkställs och återrapporteras (beslutsuppföljning)",
         "Genomgång av beslutslogg", "CEO", "Tertial", "In progress", "Completed",
         "Beslutsloggen uppdaterad; 3 beslut ej verkställda inom tidsplan (se styrelseprotokoll).",
         "GENOMFORD", "ja"),
        ("SB-11", "Styrning", "Registerförteckning enligt dataskyddsförordningen (GDPR) är uppdaterad",
         "Genomgång av registerförteckningen", "DPO / Dataskyddsombud", "Annual", "", "", "",
         "SAKNAS", ""),
    ]
    r = HR + 1
    for row in data:
        if row[0] == "G":
            ws.write_merge(r, r, 0, len(hdr) - 1, row[1], grp)
            r += 1
            continue
        vals = row[:9]
        for i, v in enumerate(vals):
            ws.write(r, i, v, cell)
        exp(fil, SJOBO, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.write(r, 0, "Prepared by / Upprättad av: Maria Sarri, CFO – 2025-09-08", small)
    for i, w in enumerate([8, 14, 48, 28, 18, 11, 13, 18, 50]):
        ws.col(i).width = w * 256
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(HR + 1)
    path = os.path.join(OUT, fil)
    wb.save(path)
    FILES.append((fil, "INLAST", SJOBO, "2025", "DELAR"))


# ===========================================================================
# 5. Socialnämnden – kommunens standardmall, xlsx with dropdown
# ===========================================================================
def build_sn():
    fil = "SN_uppfoljning_IKP_delar_2025.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    for r, (a, b) in enumerate([("Nämnd:", "Socialnämnden"), ("År:", 2025),
                                ("Uppföljningstillfälle:", "Delår (januari–augusti)")], start=2):
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.cell(r, 2, b)
    ws["A5"] = ("Instruktion: Välj status i listan (Genomförd, Genomförd med avvikelse, Delvis genomförd, "
                "Ej genomförd, Utgår). Beskriv resultat, avvikelser och åtgärder i kolumn H.")
    ws["A5"].font = Font(italic=True, size=9, color="FF595959")
    ws.merge_cells("A5:H5")
    hdr = ["Process/rutin", "Risk", "Riskvärde", "Kontrollmoment", "Metod och omfattning", "Ansvarig",
           "Status", "Resultat/kommentar"]
    HR = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFD9E1F2")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", 9,
         "Utbetalningar av ekonomiskt bistånd sker enligt beslut", "Stickprov 30 ärenden per halvår",
         "Enhetschef försörjningsstöd", "Genomförd med avvikelse",
         "30 ärenden granskade.\nI 2 ärenden hade utbetalning skett före beslut.\n"
         "Åtgärd: påminnelse om rutinen på APT 2025-06-03.", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Bidragsbrott upptäcks inte", 6,
         "Kontroll mot Försäkringskassan och a-kassa (SSBTEK) vid nybesök", "Stickprov 10 nybesök per månad",
         "Enhetschef försörjningsstöd", "Delvis genomförd",
         "Stickprov för maj–augusti genomfört, inga avvikelser.\nJanuari–april granskas inför helår.",
         "DELVIS", "nej"),
        ("Barn och unga", "Barn far illa utan att insatser sätts in", 12,
         "Förhandsbedömning av orosanmälningar görs inom 14 dagar", "Uppföljning i verksamhetssystemet",
         "Enhetschef barn och unga", "Genomförd",
         "Samtliga 212 anmälningar förhandsbedömda inom 14 dagar.", "GENOMFORD", "nej"),
        ("Barn och unga", "Utredningar drar ut på tiden", 9,
         "Utredningstiden enligt SoL (fyra månader) hålls", "Uttag av pågående utredningar",
         "Enhetschef barn och unga", "Ej genomförd",
         "Kontrollen har inte genomförts på grund av byte av verksamhetssystem. Planeras till oktober.",
         "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Brukarens behov tillgodoses inte", 8,
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut (hemtjänst)",
         "Stickprov 10 planer per hemtjänstgrupp", "Enhetschefer hemtjänst", "Delvis genomförd",
         "Stickprov i 2 av 4 hemtjänstgrupper.\n5 av 20 planer upprättade för sent.", "DELVIS", "ja"),
        ("Äldreomsorg", "Felaktig läkemedelshantering", 12,
         "Läkemedelshantering – signeringslistor kontrolleras", "Kvartalsvis granskning av MAS",
         "MAS", None, "Se bilaga 2, MAS-rapport.", "OKLAR", ""),
        ("LSS", "Felaktiga avgifter", 4, "Avgifter för boende enligt LSS debiteras korrekt",
         "Stickprov 10 beslut", "Avgiftshandläggare", "Utgår",
         "Utgår – ingår i kommunstyrelsens kontroll av avgiftshantering 2025 (KS 2025-03-10 § 41).",
         "UTGAR", ""),
        ("Personal", "Hög sjukfrånvaro", 6,
         "Sjukfrånvaro följs upp och rehabiliteringsplaner upprättas enligt rutin",
         "Uttag ur HR-systemet per enhet", "HR-konsult", "Genomförd", None, "GENOMFORD", ""),
        ("Gemensamt", "Beslut fattas utan stöd i delegation", 6,
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutslistor – nämndprotokoll", "Nämndsekreterare", None,
         "Delegationsbeslut har anmälts vid varje sammanträde. Kontrollen är genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Gemensamt", "Hot och våld mot personal", 8,
         "Tillbud och incidenter om hot och våld rapporteras och åtgärdas", "Uttag ur KIA",
         "Förvaltningens säkerhetssamordnare", None, None, "SAKNAS", ""),
    ]
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med avvikelse,Delvis genomförd,Ej genomförd,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    r = HR + 1
    spans = {}
    for row in rows:
        vals = row[:8]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border = BORDER
            c.alignment = WRAP
        dv.add(ws.cell(r, 7))
        spans.setdefault(row[0], []).append(r)
        exp(fil, SN, row[3], row[8], row[9])
        r += 1
    for rr in spans.values():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], end_row=rr[-1], start_column=1, end_column=1)
    r += 1
    ws.cell(r, 1, "Godkänd av förvaltningschef: Anna Lindqvist, 2025-09-08")
    for i, w in enumerate([18, 26, 10, 42, 30, 24, 22, 55], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalise_zip(path)
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))


# ===========================================================================
# 6. Stratsys export – BUN + KFN, long format with T1 and Delår rows, cp1252 CSV
# ===========================================================================
def build_stratsys():
    fil = "Stratsys_export_IK_2025-09-03.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
           "Senast ändrad"]
    T1, DL = "Tertial 1 2025", "Delår 2025"
    ctrls = [
        (BUN, "Skolskjuts", "Skolskjutsbeslut fattas enligt riktlinjer och delegationsordning",
         "Skolskjutshandläggare",
         ("Pågående", "Stickprov påbörjat.", "2025-04-28"),
         ("Genomförd", "15 beslut granskade, samtliga enligt riktlinjer.", "2025-08-29"), "GENOMFORD", "nej"),
        (BUN, "Elevhälsa", "Loggkontroll av elevhälsans journalsystem enligt patientdatalagen",
         "Verksamhetschef elevhälsa",
         ("Ej påbörjad", "", "2025-04-30"),
         ("Pågående", "Loggkontroll genomförd för vårterminen. Två obefogade åtkomster utreds.", "2025-09-01"),
         "DELVIS", "ja"),
        (BUN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         ("Genomförd", "Inga avvikelser.", "2025-04-25"),
         ("Genomförd", "Stickprov 40 fakturor. 3 fakturor saknade beställarreferens, i övrigt utan anmärkning.",
          "2025-08-27"), "GENOMFORD", "ja"),
        (BUN, "Förskola", "Barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift", "Avgiftshandläggare",
         ("Ej rapporterad", "", ""),
         ("Ej påbörjad", "Inkomstkontroll mot Skatteverket görs i november.", "2025-08-20"),
         "EJ_GENOMFORD", ""),
        (BUN, "Skolpeng", "Ersättning till fristående skolor betalas ut enligt beslutad skolpeng och elevantal",
         "Controller",
         ("Genomförd", "Avstämt mot elevregistret i februari, inga differenser.", "2025-03-14"),
         ("Ej rapporterad", "", ""), "GENOMFORD", "nej"),
        (BUN, "Kränkande behandling",
         "Anmälningar om kränkande behandling anmäls till huvudmannen och utreds skyndsamt",
         "Skolchef",
         ("Pågående", "", "2025-04-29"),
         ("Pågående", "Anmälningar hanteras löpande. 4 av 61 utredningar ej avslutade inom fyra veckor.",
          "2025-08-31"), "DELVIS", "ja"),
        (BUN, "Informationssäkerhet", "Behörigheter i lärplattformen ses över vid terminsstart",
         "Systemförvaltare",
         ("Ej påbörjad", "", "2025-04-29"),
         ("Avbruten", "Avbruten genom beslut i BUN 2025-05-14 § 52, lärplattformen avvecklas.", "2025-05-15"),
         "UTGAR", ""),
        (KFN, "Föreningsbidrag", "Föreningsbidrag betalas ut enligt bidragsregler och beslut",
         "Föreningskonsulent",
         ("Genomförd", "Samtliga 34 bidragsbeslut kontrollerade.", "2025-04-22"),
         ("Genomförd", "Ytterligare 12 beslut kontrollerade, inga avvikelser.", "2025-08-26"),
         "GENOMFORD", "nej"),
        (KFN, "Kassahantering", "Dagskassor i simhall och bibliotek stäms av dagligen", "Enhetschef fritid",
         ("Genomförd", "En kassadifferens på 350 kr i simhallen, utredd.", "2025-04-24"),
         ("Genomförd", "", "2025-08-28"), "GENOMFORD", "ja"),
        (KFN, "Lokaler", "Uthyrning av lokaler och anläggningar faktureras korrekt", "Bokningsansvarig",
         ("Ej rapporterad", "", ""),
         ("Pågående", "Stickprov på bokningar i bokningssystemet; halva urvalet klart.", "2025-08-30"),
         "DELVIS", "nej"),
        (KFN, "Bibliotek", "Inventering av mediebeståndet (stickprov)", "Bibliotekschef",
         ("Ej påbörjad", "", "2025-04-30"),
         ("Ej påbörjad", "Skjuts till 2026 på grund av flytten av huvudbiblioteket.", "2025-08-19"),
         "EJ_GENOMFORD", ""),
        (KFN, "Arbetsmiljö", "Skyddsronder genomförs enligt årshjulet för systematiskt arbetsmiljöarbete",
         "Förvaltningschef",
         ("Ej rapporterad", "", ""), ("Ej rapporterad", "", ""), "SAKNAS", ""),
    ]
    rows = []
    for org, proc, km, ansv, t1, dl, st, avv in ctrls:
        for per, (s, k, dt) in ((T1, t1), (DL, dl)):
            rows.append([org, "Internkontrollplan 2025", proc, km, ansv, per, s, k, dt])
        exp(fil, org, km, st, avv)
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))


# ===========================================================================
# 7. Kommunledningskontoret (KS) – plan + tick columns, nämnd only in file name / print header, .ods
# ===========================================================================
def build_ks(tmpdir):
    fil = "KLK_internkontroll_delar25.ods"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws.oddHeader.center.text = "Kommunledningskontoret – intern kontroll 2025"
    ws.oddFooter.left.text = "Sjöfallet kommun"
    ws.oddFooter.right.text = "Sida &P"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – delår (jan–aug)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapportering per 2025-08-31. Markera utfallet med X i en av kolumnerna G–I."
    ws["A2"].font = Font(italic=True, size=9)
    ws["A4"] = "PLAN"
    ws.merge_cells("A4:F4")
    ws["G4"] = "UPPFÖLJNING DELÅR"
    ws.merge_cells("G4:J4")
    for c in ("A4", "G4"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="FFE2EFDA" if c == "A4" else "FFFCE4D6")
    hdr = ["Nr", "Process", "Kontrollmoment", "Omfattning/metod", "Frekvens", "Ansvarig", "Genomförd",
           "Delvis", "Ej genomförd", "Kommentar"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Lön", "Kontroll av nyanställda i lönesystemet mot anställningsavtal", "Stickprov 20 nyanställningar",
         "Halvår", "Lönechef", "X", "", "", "Stickprov 20 nyanställningar, inga fel.", "GENOMFORD", "nej"),
        ("Lön", "Kontroll av manuella löneutbetalningar och förskott", "Samtliga manuella utbetalningar",
         "Tertial", "Lönechef", "X", "", "",
         "2 förskott saknade attest av chef. Återkrävda och rutinen förtydligad.", "GENOMFORD", "ja"),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial (stickprov i e-handelssystemet)",
         "Analys av inköpsdata", "Halvår", "Upphandlingschef", "", "X", "",
         "Analys för januari–juni klar, juli–augusti återstår.", "DELVIS", "nej"),
        ("Ekonomi", "Förtroendekänsliga poster – representation, resor och gåvor", "Stickprov 30 verifikationer",
         "Halvår", "Redovisningschef", "X", "", "X", "", "OKLAR", ""),
        ("Ekonomi", "Avstämning av balanskonton inför delårsbokslut", "Samtliga balanskonton", "Delår/helår",
         "Redovisningschef", "X", "", "", "Samtliga balanskonton avstämda och specificerade.",
         "GENOMFORD", "nej"),
        ("Ägarstyrning",
         "Bolag och förbund rapporterar enligt ägardirektiv (delårsrapport och uppföljning av intern kontroll)",
         "Avstämning mot ägardirektiv", "Delår/helår", "Kommundirektör", "", "X", "",
         "Sjöfallet Energi AB och AB Sjöfallets Bostäder har rapporterat. Räddningstjänstförbundet Fjällälv "
         "rapporterar efter direktionens möte i september.", "DELVIS", "nej"),
        ("Säkerhet", "Risk- och sårbarhetsanalys (RSA) är uppdaterad enligt lag (2006:544)",
         "Granskning av RSA", "Årlig", "Säkerhetssamordnare", "", "", "X",
         "Ny RSA tas fram under hösten efter ny vägledning från MSB.", "EJ_GENOMFORD", ""),
        ("Dokumenthantering", "Diarieföring av inkommande handlingar sker inom en vecka",
         "Stickprov 50 handlingar", "Halvår", "Registrator", "", "", "",
         "Utgår – ersätts av granskning av nytt ärendehanteringssystem (KS 2025-04-07 § 55).", "UTGAR", ""),
        ("Dataskydd", "Registerförteckning enligt GDPR artikel 30 är aktuell", "Genomgång av förteckningen",
         "Årlig", "Dataskyddssamordnare", "", "", "", "", "SAKNAS", ""),
    ]
    r = HR + 1
    for n, row in enumerate(rows, 1):
        vals = [n] + list(row[:9])
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP if i not in (7, 8, 9) else Alignment(horizontal="center", vertical="top")
        exp(fil, KS, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av ekonomienheten 2025-09-04")
    for i, w in enumerate([5, 16, 48, 26, 11, 20, 11, 9, 12, 55], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    src = os.path.join(tmpdir, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    res = soffice_convert(src, "ods", tmpdir)
    shutil.copy(res, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "DELAR"))


# ===========================================================================
# 8. Reject: Sjöfallets Bostäder delårsbokslut (income statement) – no follow-up
# ===========================================================================
def build_reject():
    fil = "SjoBo_delarsbokslut_resultatrakning_2025-08.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Resultaträkning"
    ws["A1"] = "AB Sjöfallets Bostäder"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delårsbokslut 2025-08-31 – Resultaträkning (tkr)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Post", "Utfall jan–aug 2025", "Budget jan–aug 2025", "Avvikelse mot budget",
           "Utfall jan–aug 2024", "Prognos helår 2025", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = Font(bold=True)
    data = [
        ("Hyresintäkter bostäder", 98412, 97800, None, 93120, 147600, "Hyreshöjning 4,1 % från 1 april"),
        ("Hyresintäkter lokaler", 11230, 11500, None, 11015, 16900, "Vakans Storgatan 12"),
        ("Övriga intäkter", 1845, 1200, None, 2210, 2400, ""),
        ("Drift- och underhållskostnader", -41320, -43000, None, -40980, -64500, ""),
        ("Planerat underhåll", -9870, -17000, None, -12450, -26000, "Takbyte Granvägen förskjutet"),
        ("Fastighetsskatt/avgift", -3410, -3400, None, -3310, -5100, ""),
        ("Avskrivningar", -21560, -21600, None, -20870, -32400, ""),
        ("Rörelseresultat", None, None, None, None, None, ""),
        ("Finansiella intäkter", 312, 200, None, 285, 450, ""),
        ("Räntekostnader", -14820, -16200, None, -15930, -22300, "Lägre snittränta än budgeterat"),
        ("Resultat efter finansiella poster", None, None, None, None, None, ""),
    ]
    r = 5
    first = r
    for row in data:
        ws.cell(r, 1, row[0])
        if row[0] == "Rörelseresultat":
            for col in "BCEF":
                ws[f"{col}{r}"] = f"=SUM({col}{first}:{col}{r-1})"
            ws.cell(r, 1).font = Font(bold=True)
            op_row = r
        elif row[0] == "Resultat efter finansiella poster":
            for col in "BCEF":
                ws[f"{col}{r}"] = f"={col}{op_row}+{col}{r-2}+{col}{r-1}"
            ws.cell(r, 1).font = Font(bold=True)
        else:
            for i, v in zip((2, 3, 5, 6), (row[1], row[2], row[4], row[5])):
                ws.cell(r, i, v)
        ws[f"D{r}"] = f"=B{r}-C{r}"
        ws.cell(r, 7, row[6] or None)
        for col in "BCDEF":
            ws[f"{col}{r}"].number_format = "# ##0"
        r += 1
    r += 1
    ws.cell(r, 1, "Upprättad av ekonomiavdelningen 2025-09-10. Balansräkning och kassaflödesanalys, se flik 2–3.")
    ws2 = wb.create_sheet("Balansräkning")
    ws2["A1"] = "Balansräkning 2025-08-31 (tkr)"
    ws2["A1"].font = Font(bold=True)
    for i, (a, b, c) in enumerate([("Post", "2025-08-31", "2024-12-31"),
                                   ("Byggnader och mark", 1284500, 1262300),
                                   ("Pågående nyanläggningar", 48210, 31880),
                                   ("Kundfordringar", 1320, 1610),
                                   ("Kassa och bank", 22480, 18940),
                                   ("Eget kapital", 214660, 205200),
                                   ("Långfristiga skulder", 1098000, 1068000),
                                   ("Kortfristiga skulder", 43850, 41520)], start=3):
        ws2.cell(i, 1, a)
        ws2.cell(i, 2, b)
        ws2.cell(i, 3, c)
    ws3 = wb.create_sheet("Kassaflöde")
    ws3["A1"] = "Kassaflödesanalys jan–aug 2025 (tkr)"
    ws3["A3"] = "Kassaflöde från den löpande verksamheten"
    ws3["B3"] = 31840
    ws3["A4"] = "Kassaflöde från investeringsverksamheten"
    ws3["B4"] = -58300
    ws3["A5"] = "Kassaflöde från finansieringsverksamheten"
    ws3["B5"] = 30000
    for i, w in enumerate([36, 18, 18, 18, 18, 18, 34], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalise_zip(path)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ===========================================================================
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r178_")
    try:
        build_seab()
        build_rff()
        build_fitf(tmpdir)
        build_sjobo()
        build_sn()
        build_stratsys()
        build_ks(tmpdir)
        build_reject()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    names = {n for n, _ in REGISTER}
    for f in FILES:
        assert f[1] == "AVVISAD" or f[2] in names, f
    for e in EXPECTED:
        assert e[1] in names, e
        assert (e[0], e[1]) in {(f[0], f[2]) for f in FILES if f[1] == "INLAST"}, e
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
