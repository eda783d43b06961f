#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r533 - Eksjö kommun, tertial 2 (januari-augusti) 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import datetime
import os
import shutil
import struct
import subprocess
import zlib

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round533"
FIXED = datetime.datetime(2025, 9, 10, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR")
    assert avv in ("ja", "nej", "")
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt):
    """Convert src (in OUT) with LibreOffice into OUT; return produced path."""
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", OUT, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(OUT, base + "." + ext)
    assert os.path.exists(out), out
    return out


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnadsnämnden"
VN = "Valnämnden"
OFN = "Överförmyndarnämnden"
EBO = "Eksjöbostäder AB"
EEAB = "Eksjö Energi AB"
RTJ = "Höglandets räddningstjänstförbund"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Barn och utbildning"),
    (SN, "SN|Socialförvaltningen|SOF"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö- och byggkontoret"),
    (VN, "VN|Valnämnd"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (EBO, "Eksjöbostäder|EBO|Eksjöbostäder Aktiebolag"),
    (EEAB, "Eksjö Energi|EEAB|Eksjö Energi Aktiebolag"),
    (RTJ, "Räddningstjänsten Höglandet|RTJ Höglandet|Räddningstjänstförbundet"),
]


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - xlsx, last year's template reused (2024 + 2025 columns)
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Uppföljning internkontroll KS T2 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2024"          # sheet name never updated from last year
    fix_wb_props(wb, "Karin Sjöberg")

    ws["A1"] = "Kommunstyrelsen – internkontrollplan med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunledningsförvaltningen, Eksjö kommun"
    ws["A3"] = "Aktuell rapport: tertial 2 2025 (januari–augusti). Kolumnerna för 2024 lämnas kvar som jämförelse."
    ws["A3"].font = Font(italic=True)

    # two-level header
    groups = [("A5:F5", "Kontrollmoment"), ("G5:J5", "Uppföljning 2024"), ("K5:N5", "Uppföljning 2025")]
    for rng, txt in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        c.fill = PatternFill("solid", fgColor="BDD7EE" if "2025" in txt else ("D9D9D9" if "2024" in txt else "FFFFFF"))
    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "T1 2024", "T2 2024", "Helår 2024", "Kommentar 2024",
               "T1 2025", "T2 2025", "Helår 2025", "Kommentar 2025"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = WRAP
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="BDD7EE" if i >= 11 else ("D9D9D9" if i >= 7 else "F2F2F2"))

    rows = [
        # nr, process, km, metod, frekvens, ansvarig, t1_24, t2_24, h_24, k_24, t1_25, t2_25, h_25, k_25, (status, avv)
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per tertial i Raindance", "Tertialvis", "Redovisningschef",
         "Genomförd", "Genomförd", "Genomförd med avvikelse", "Helår: 1 faktura saknade beslutsattest.",
         "Genomförd", "Genomförd med avvikelse", None,
         "T1: inga avvikelser. T2: 2 av 25 fakturor attesterade av person utan behörighet i Raindance. Berörda chefer informerade och behörighetslistan uppdaterad.",
         ("GENOMFORD", "ja")),
        (2, "Ekonomi", "Representation redovisas med syfte och deltagare",
         "Genomgång av samtliga representationsfakturor", "Tertialvis", "Ekonom KLF",
         "Genomförd", "Genomförd", "Genomförd", "Inga avvikelser.",
         "Genomförd", "Genomförd", None, "Inga avvikelser.",
         ("GENOMFORD", "nej")),
        (3, "Upphandling", "Avtalstrohet – inköp görs från avtalade leverantörer",
         "Analys av inköpsdata i Visma Spend", "Halvår", "Upphandlingschef",
         "Pågår", "Genomförd med avvikelse", "Genomförd med avvikelse", "Avtalstrohet 81 %, mål 90 %.",
         "Pågår", "Pågår", None, "Analys av inköpsdata januari–juni klar, juli–augusti återstår.",
         ("DELVIS", "")),
        (4, "Personal", "Löneutbetalningar till avslutade anställningar har upphört",
         "Avstämning avslutade anställningar mot lönelista", "En gång per år", "HR-chef",
         "Genomförd", None, None, "Kontrollen genomförd i mars.",
         "Genomförd", None, None, "Kontrollen genomförd i april, inga felaktiga utbetalningar.",
         ("GENOMFORD", "nej")),
        (5, "IT/informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "Utdrag behörighetslista jämförs med Heroma", "Årligen", "Systemförvaltare Raindance",
         None, None, None, None,
         "Ej påbörjad", "Ej påbörjad", None, "Ny kontroll 2025. Planeras till oktober i samband med systembyte.",
         ("EJ_GENOMFORD", "")),
        (6, "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Jämförelse delegationslista – protokoll", "Tertialvis", "Kanslichef",
         "Genomförd", "Genomförd", "Genomförd", "Samtliga beslut anmälda.",
         None, None, None, None,
         ("SAKNAS", "")),
        (7, "Krisberedskap", "Kontinuitetsplaner finns för samhällsviktig verksamhet",
         "Inventering av planer per förvaltning", "Årligen", "Säkerhetssamordnare",
         "Pågår", "Pågår", "Ej genomförd", "Endast 3 av 6 förvaltningar har planer.",
         "Utgår", "Utgår", None,
         "Utgår ur planen 2025 enligt KS beslut 2024-12-03 § 231, hanteras i kommunens beredskapsplan.",
         ("UTGAR", "")),
        (8, "Ekonomi", "Moms på representation och inköp redovisas korrekt",
         "Stickprov 30 verifikationer", "Halvår", "Redovisningsekonom",
         None, None, None, None,
         "Pågår", "Genomförd", None, "Stickprov 30 verifikationer, 1 felaktigt momsavdrag har rättats.",
         ("GENOMFORD", "ja")),
        (9, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Genomgång av direktupphandlingsregistret", "Tertialvis", "Upphandlingschef",
         "Genomförd", "Genomförd", "Genomförd", None,
         None, "Genomförd med avvikelse", None,
         "3 av 12 direktupphandlingar saknade dokumentation. Utbildning för beställare hålls i september.",
         ("GENOMFORD", "ja")),
        (10, "Personal", "Rehabiliteringsutredning påbörjas senast dag 15 vid sjukfrånvaro",
         "Rapport ur Adato jämförs med sjukfrånvarolista", "Tertialvis", "HR-chef",
         "Genomförd", "Genomförd", "Genomförd", None,
         "Pågår", "Ej genomförd", None, "Kontrollen har inte hunnits med under T2 på grund av vakans på HR-avdelningen.",
         ("EJ_GENOMFORD", "")),
    ]
    r = 7
    for row in rows:
        vals = row[:14]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if 7 <= i <= 10:
                c.font = Font(color="7F7F7F")
        exp(fil, KS, row[2], row[14][0], row[14][1])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusalternativ: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Ej genomförd / Utgår")
    ws.cell(row=r + 1, column=1, value="Uppföljningen redovisas för kommunstyrelsen 2025-10-01.")

    widths = [5, 16, 40, 30, 12, 20, 12, 12, 12, 28, 12, 16, 12, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))


# ---------------------------------------------------------------------------
# F2  Socialnämnden - docx, status only as words inside the Kommentar text
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def build_sn():
    fil = "Socialnämnden uppföljning intern kontroll tertial 2 2025.docx"
    d = docx.Document()
    fix_doc_props(d, "Anna Lindqvist", "Uppföljning intern kontroll T2 2025")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    hp = d.sections[0].header.paragraphs[0]
    hp.text = "EKSJÖ KOMMUN\tSocialförvaltningen\tDnr SN 2025/34"

    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph("Socialnämnden").runs[0].bold = True
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 152). Planen omfattar "
        "åtta kontrollmoment som följs upp per tertial. I denna rapport redovisas resultatet för perioden "
        "januari–augusti 2025.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Av planens åtta kontrollmoment har fyra genomförts under perioden, två är påbörjade, ett har inte "
        "genomförts och ett har utgått genom nämndbeslut. Förvaltningen bedömer att den interna kontrollen "
        "i huvudsak är tillräcklig men att rutinerna för förhandsbedömning under semesterperioden behöver "
        "ses över.")
    d.add_heading("Resultat per kontrollmoment", level=2)

    rows = [
        ("1", "Myndighetsutövning barn och unga",
         "Utredningar inom barn och unga slutförs inom fyra månader (11 kap. 2 § SoL)",
         "Stickprov 20 avslutade utredningar", "Enhetschef barn och unga",
         "Kontrollen är genomförd utan anmärkning. Samtliga 20 granskade utredningar var avslutade inom lagstadgad tid.",
         "GENOMFORD", "nej"),
        ("2", "Ekonomiskt bistånd",
         "Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Stickprov 25 beslut i Lifecare", "Enhetschef försörjningsstöd",
         "Kontrollen är genomförd. I 2 av 25 granskade ärenden saknades underskrift av beslutsfattaren; "
         "ärendena har kompletterats och handläggarna har påmints om rutinen.",
         "GENOMFORD", "ja"),
        ("3", "Myndighetsutövning barn och unga",
         "Orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur verksamhetssystemet, samtliga anmälningar maj–augusti", "Enhetschef mottagning",
         "Kontrollen är genomförd med anmärkning. 6 av 40 förhandsbedömningar tog längre tid än 14 dagar "
         "under sommarperioden. Bemanningen under semestern ses över inför 2026.",
         "GENOMFORD", "ja"),
        ("4", "Kvalitet och patientsäkerhet",
         "Rapporter enligt lex Sarah utreds och avslutas enligt rutin",
         "Genomgång av samtliga rapporter", "Kvalitetsstrateg",
         "Kontrollen är påbörjad. Genomgången av första halvårets rapporter är gjord; utredningstiderna för "
         "juli–augusti återstår att granska.",
         "DELVIS", ""),
        ("5", "Vård och omsorg",
         "Signeringslistor för läkemedel i särskilt boende är kompletta",
         "Stickprov en vecka per boende", "MAS",
         "Kontrollen har inte genomförts under tertialet eftersom tjänsten som medicinskt ansvarig sjuksköterska "
         "har varit vakant. Den genomförs under tertial 3.",
         "EJ_GENOMFORD", ""),
        ("6", "Ekonomi",
         "Fakturor för externa placeringar (HVB och familjehem) stäms av mot beslut",
         "Samtliga fakturor april och augusti", "Controller SOF",
         "Kontrollen är genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
        ("7", "Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet Lifecare",
         "Slumpvis loggkontroll 10 användare per månad", "Systemförvaltare",
         "Kontrollen utgår för 2025 eftersom regionens nya loggverktyg ännu inte är infört. "
         "Beslut i socialnämnden 2025-03-19 § 41.",
         "UTGAR", ""),
        ("8", "Hemtjänst",
         "Utförd tid i hemtjänsten jämförs med beviljad tid",
         "Rapport ur TES jämförs med beslut", "Enhetschef hemtjänst",
         "Kontrollen är delvis genomförd; utförd tid har jämförts för två av fyra hemtjänstområden. "
         "I område Norr var utförd tid mer än 10 % lägre än beviljad tid, vilket följs upp med enheten.",
         "DELVIS", "ja"),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Metod och omfattning", "Ansvarig", "Kommentar"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "D9E2F3")
    set_repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = r[i]
        exp(fil, SN, r[2], r[6], r[7])
    widths = [Cm(1.0), Cm(2.8), Cm(4.2), Cm(3.0), Cm(2.6), Cm(5.4)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_paragraph()
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen för tertial 2 2025.")
    d.add_paragraph()
    d.add_paragraph("Eksjö 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(p(fil))
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F3  Barn- och utbildningsnämnden - xlsx, status codes G/D/E/U, legend in note cell above
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Internkontroll T2 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    fix_wb_props(wb, "Maria Holm")

    ws["A1"] = "Barn- och utbildningsnämnden, Eksjö kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A4:H4")
    ws["A4"] = ("Instruktion: Ange status för varje kontrollmoment med kod i kolumn F.\n"
                "G = Genomförd   D = Delvis genomförd / pågår   E = Ej genomförd   U = Utgår / ej aktuell\n"
                "Ange J i kolumn G om kontrollen visat avvikelse och beskriv den i kolumnen Iakttagelser och åtgärder.")
    ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A4"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws["A4"].font = Font(italic=True, size=9)
    ws.row_dimensions[4].height = 48

    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T2", "Avvikelse J/N",
           "Iakttagelser och åtgärder"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5597")
        c.alignment = WRAP
        c.border = BORDER

    data = [
        ("Ekonomi", None),
        ("1.1", "Ekonomi", "Interkommunal ersättning faktureras för elever från andra kommuner",
         "Elevlista jämförs med utställda fakturor", "Controller BUF", "G", "N",
         "Samtliga 34 elever fakturerade för vårterminen.", ("GENOMFORD", "nej")),
        ("1.2", "Ekonomi", "Skolskjuts – beviljade resor överensstämmer med fakturerade resor",
         "Stickprov 2 månader", "Skolskjutssamordnare", "D", "J",
         "Kontroll gjord för januari–april; 4 felaktigt fakturerade resor har krediterats. Maj–augusti kontrolleras i oktober.",
         ("DELVIS", "ja")),
        ("1.3", "Ekonomi", "Inköp av läromedel sker via avtalad leverantör",
         "Stickprov 15 fakturor", "Controller BUF", "G", "J",
         "2 av 15 stickprov avsåg inköp utanför avtal. Berörda rektorer har informerats.",
         ("GENOMFORD", "ja")),
        ("Verksamhet", None),
        ("2.1", "Verksamhet", "Elever med hög frånvaro anmäls till elevhälsan enligt rutin",
         "Frånvarorapport ur Skolplattformen", "Verksamhetschef grundskola", "E", None,
         "Ny rutin för frånvarohantering implementeras HT 2025, kontrollen görs därefter.",
         ("EJ_GENOMFORD", "")),
        ("2.2", "Verksamhet", "Kränkande behandling anmäls till huvudman inom fem dagar",
         "Genomgång av anmälningar i DF Respons", "Kvalitetsutvecklare", "G", "N", None,
         ("GENOMFORD", "nej")),
        ("2.3", "Verksamhet", "Utdrag ur belastningsregistret kontrolleras vid nyanställning i förskola och skola",
         "Stickprov 20 nyanställningar", "HR-konsult BUF", "G", "N",
         "Samtliga 20 anställningar hade kontrollerat utdrag.", ("GENOMFORD", "nej")),
        ("2.4", "Verksamhet", "Förskolornas kvalitetsrapporter följs upp i det systematiska kvalitetsarbetet",
         "Granskning av kvalitetsrapporter", "Verksamhetschef förskola", None, None,
         "Se bilaga 3, Kvalitetsrapport förskola.", ("OKLAR", "")),
        ("Personal", None),
        ("3.1", "Personal", "Timanställdas arbetstid attesteras i Heroma före löneutbetalning",
         "Stickprov 30 timrapporter", "Rektor/förskolechef", "D", "N",
         "Kontrollen pågår. Januari–juni är granskade utan anmärkning.", ("DELVIS", "nej")),
        ("3.2", "Personal", "Skolplaceringar görs enligt fastställda skolvalsregler",
         "Genomgång av placeringsbeslut", "Antagningshandläggare", "U", None,
         "Utgår 2025, området ingår i Skolinspektionens tillsyn.", ("UTGAR", "")),
        ("3.3", "Personal", "Tillbud och arbetsskador registreras i KIA",
         "Jämförelse KIA – skyddsronder", "HR-konsult BUF", "E", None,
         "Hinns inte med före tertial 3.", ("EJ_GENOMFORD", "")),
    ]
    r = 7
    fills = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    for row in data:
        if row[1] is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DEEBF7")
        else:
            for i, v in enumerate(row[:8], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if i in (6, 7):
                    c.alignment = Alignment(horizontal="center", vertical="top")
                if i == 6 and v in fills:
                    c.fill = PatternFill("solid", fgColor=fills[v])
            exp(fil, BUN, row[2], row[8][0], row[8][1])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Maria Holm, controller, 2025-09-08")
    ws.cell(row=r + 1, column=1, value="Behandlas i barn- och utbildningsnämnden 2025-09-24.")
    for i, w in enumerate([6, 12, 44, 28, 22, 10, 11, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", BUN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F4  Samhällsbyggnadsnämnden - xlsx, nämnd only in print header + file name,
#     fills, one row whose status contradicts its comment
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "SBN_internkontroll_T2_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "T2"
    fix_wb_props(wb, "Per Gustafsson")
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Eksjö kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"

    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportdatum: 2025-09-05"

    hdr = ["Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Frekvens", "Ansvarig", "Status", "Kommentar T2"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
        c.alignment = WRAP

    fill = {"Genomförd": "92D050", "Pågår": "FFFF00", "Delvis genomförd": "FFFF00",
            "Ej genomförd": "FF0000", "Ej aktuell": "BFBFBF"}
    data = [
        ("Process: Fastighetsförvaltning", None),
        ("Fastighetsförvaltning", "Skador på barn vid bristande underhåll av lekplatser", "3×4=12",
         "Lekplatser besiktigas enligt SS-EN 1176", "Årligen", "Fastighetschef", "Genomförd",
         "Huvudbesiktning utförd i maj. 3 anmärkningar (lösa fästen) har åtgärdats.", ("GENOMFORD", "ja")),
        ("Fastighetsförvaltning", "Ökade energikostnader", "3×3=9",
         "Energiförbrukningen i kommunens fastigheter följs upp månadsvis", "Månadsvis", "Energistrateg", "Pågår",
         "Uppföljning görs löpande, avläsningar för juli saknas ännu i Energiportalen.", ("DELVIS", "")),
        ("Fastighetsförvaltning", "Verksamheter drabbas av långa åtgärdstider", "2×3=6",
         "Felanmälningar åtgärdas inom avtalad tid", "Tertialvis", "Driftchef", "Genomförd",
         "Kontrollen har inte genomförts under tertialet eftersom rapporten ur Infracontrol inte har kunnat tas fram. Görs under hösten.",
         ("OKLAR", "")),
        ("Process: Gata och park", None),
        ("Gata och park", "Felaktig fakturering från entreprenör", "3×3=9",
         "Vinterväghållning – entreprenörens utryckningar stäms av mot faktura", "Vintersäsong", "Gatuchef",
         "Genomförd", "Stickprov 10 fakturor januari–mars, inga avvikelser.", ("GENOMFORD", "nej")),
        ("Gata och park", "Skador på ledningar och trafikfara", "2×4=8",
         "Schaktanmälan finns innan grävning i allmän mark", "Tertialvis", "Gatuingenjör", "Ej genomförd",
         "Resursbrist under sommaren, flyttas till T3.", ("EJ_GENOMFORD", "")),
        ("Process: VA och avfall", None),
        ("VA och avfall", "Felaktiga intäkter", "3×3=9",
         "Debitering av VA-avgifter stäms av mot mätarställning", "Tertialvis", "VA-chef", "Genomförd",
         "Stickprov 50 abonnenter. 2 abonnenter med felaktig debitering har rättats.", ("GENOMFORD", "ja")),
        ("VA och avfall", "Missnöjda abonnenter, miljöpåverkan", "2×2=4",
         "Slamtömning utförs enligt tömningsschema", "Halvår", "Avfallssamordnare", "Ej aktuell",
         "Hanteras av Höglandets renhållning från 1 januari 2025.", ("UTGAR", "")),
        ("Process: Måltidsverksamhet", None),
        ("Måltidsverksamhet", "Matförgiftning", "2×5=10",
         "Egenkontroll för livsmedelssäkerhet följs i tillagningskök", "Tertialvis", "Kostchef",
         "Delvis genomförd", "Egenkontrollen granskad i 6 av 11 kök, resterande granskas i september.",
         ("DELVIS", "")),
        ("Måltidsverksamhet", "Högre kostnader vid köp utanför avtal", "3×2=6",
         "Avtalstrohet vid livsmedelsinköp", "Halvår", "Kostchef", "Genomförd",
         "Avtalstrohet 94 %, målet 90 % är uppnått.", ("GENOMFORD", "nej")),
    ]
    r = 5
    for row in data:
        if row[1] is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True, italic=True)
        else:
            for i, v in enumerate(row[:8], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if i == 7:
                    c.fill = PatternFill("solid", fgColor=fill[v])
            exp(fil, SBN, row[3], row[8][0], row[8][1])
        r += 1
    for i, w in enumerate([20, 30, 12, 42, 12, 18, 16, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F5  Stratsys export, TAB separated .csv, two nämnder (KFN + Valnämnden)
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_internkontroll_export_2025-09-04.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
           "Senast ändrad"]
    plan = "Internkontrollplan 2025"
    rows = [
        (KFN, "Föreningsbidrag", "Bidrag till föreningar betalas ut enligt bidragsreglerna", "Föreningskonsulent",
         "Genomförd", "Stickprov 10 föreningar, inga avvikelser.", "2025-08-28", ("GENOMFORD", "nej")),
        (KFN, "Kontanthantering", "Dagskassor i Eksjö badhus stäms av mot kassasystemet", "Badhuschef",
         "Genomförd med avvikelse", "Differens vid 3 tillfällen (högst 450 kr). Rutinen för kassaavslut har förtydligats.",
         "2025-09-01", ("GENOMFORD", "ja")),
        (KFN, "Uthyrning", "Uthyrning av lokaler och anläggningar faktureras korrekt", "Bokningsansvarig",
         "Pågående", "Januari–juni kontrollerat, juli–augusti återstår.", "2025-09-02", ("DELVIS", "")),
        (KFN, "Informationssäkerhet", "Personuppgifter i bibliotekets lånesystem hanteras enligt GDPR",
         "Bibliotekschef", "Ej påbörjad", "", "2025-05-12", ("EJ_GENOMFORD", "")),
        (KFN, "Evenemang", "Avtal med externa arrangörer är undertecknade före evenemanget", "Evenemangssamordnare",
         "", "Kontrollen är genomförd, samtliga 8 avtal var undertecknade i tid.", "2025-09-03", ("GENOMFORD", "nej")),
        (KFN, "Inventarier", "Inventarieförteckning för fritidsgårdarna uppdateras", "Fritidschef",
         "Avbruten", "Avbruten genom beslut i KFN 2025-05-14 § 52, fritidsgårdarna omorganiseras.",
         "2025-05-20", ("UTGAR", "")),
        (VN, "Valadministration", "Rutin för hantering av valsedlar och valmaterial inför valet 2026 är uppdaterad",
         "Valsamordnare", "Pågående", "Revidering pågår och beräknas vara klar i december.", "2025-08-30",
         ("DELVIS", "")),
        (VN, "Valadministration", "Röstmottagare har genomgått obligatorisk utbildning", "Valsamordnare",
         "Ej aktuell", "Inget val genomförs 2025.", "2025-04-22", ("UTGAR", "")),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for org, proc, km, ansv, status, komm, dt, e in rows:
            w.writerow([org, plan, proc, km, ansv, "Tertial 2 2025", status, komm, dt])
            exp(fil, org, km, e[0], e[1])
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))
    FILES.append((fil, "INLAST", VN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F6  Miljö- och byggnadsnämnden - docx landscape, repeated header, vertically merged process column
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "MBN uppföljning internkontrollplan T2 2025.docx"
    d = docx.Document()
    fix_doc_props(d, "Lena Ek", "Uppföljning internkontrollplan T2 2025")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec.header.paragraphs[0].text = "Miljö- och byggförvaltningen – Eksjö kommun"
    sec.footer.paragraphs[0].text = "Uppföljning internkontrollplan 2025, tertial 2"

    h = d.add_paragraph()
    run = h.add_run("Miljö- och byggnadsnämnden")
    run.bold = True
    run.font.size = Pt(16)
    h2 = d.add_paragraph()
    run = h2.add_run("Uppföljning av internkontrollplan 2025 – tertial 2 (1 januari–31 augusti)")
    run.bold = True
    run.font.size = Pt(12)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024, § 118. Nedan redovisas status för "
        "respektive kontrollmoment per den 31 augusti 2025. Status anges som Genomförd, Delvis genomförd, "
        "Ej påbörjad, Ej genomförd eller Utgår.")

    groups = [
        ("Bygglovshantering", [
            ("Bygglov handläggs inom lagstadgad tid (10 veckor) enligt PBL 9 kap. 27 §",
             "Stickprov 30 beslutade ärenden per tertial", "Bygglovschef", "Genomförd",
             "Av 30 granskade ärenden avgjordes 28 inom tio veckor. I 2 ärenden överskreds tiden och avgiften "
             "reducerades med en femtedel per påbörjad vecka i enlighet med 12 kap. 8 a § PBL. Orsaken var "
             "kompletteringar som inte registrerades i tid.", ("GENOMFORD", "ja")),
            ("Avgifter debiteras enligt gällande plan- och bygglovstaxa",
             "Stickprov 20 fakturerade ärenden", "Administratör", "Genomförd",
             "Inga avvikelser i de 20 granskade ärendena. Samtliga avgifter var beräknade enligt taxan "
             "antagen av kommunfullmäktige 2024.", ("GENOMFORD", "nej")),
            ("Delegationsbeslut anmäls till nämnden",
             "Jämförelse beslutslista i Castor – nämndprotokoll", "Nämndsekreterare", "Genomförd",
             "Samtliga delegationsbeslut har anmälts vid nämndens sammanträden i februari, april, juni och augusti.",
             ("GENOMFORD", "nej")),
        ]),
        ("Miljötillsyn", [
            ("Planerade inspektioner enligt tillsynsplanen genomförs",
             "Uppföljning av tillsynsplanen i Ecos", "Miljöchef", "Delvis genomförd",
             "58 % av årets planerade inspektioner är genomförda t.o.m. augusti. Resterande inspektioner är "
             "inbokade under september–november. Lantbrukstillsynen har prioriterats under våren.",
             ("DELVIS", "")),
            ("Tillsynsavgifter faktureras efter utförd tillsyn",
             "Avstämning utförd tillsyn mot fakturerade avgifter", "Administratör", "Ej genomförd",
             "Kontrollen skjuts till tertial 3 på grund av byte av ärendehanteringssystem (Ecos 2). "
             "Rapporter ur det nya systemet finns först från oktober.", ("EJ_GENOMFORD", "")),
            ("Klagomålsärenden registreras och besvaras inom två veckor",
             "Genomgång av samtliga klagomål jan–aug", "Miljöinspektör", "Genomförd",
             "Genomförd med avvikelse: 5 av 18 klagomål besvarades efter mer än två veckor. Rutinen för "
             "bevakning av inkomna klagomål har förtydligats.", ("GENOMFORD", "ja")),
        ]),
        ("Livsmedelskontroll", [
            ("Livsmedelskontroll utförs enligt kontrollplan och riskklassning",
             "Uppföljning kontrollplan, antal kontroller per riskklass", "Livsmedelsinspektör", "Delvis genomförd",
             "Kontrollerna i riskklass 1–2 är genomförda. Kontrollerna i lägre riskklasser pågår och beräknas "
             "vara klara till årsskiftet.", ("DELVIS", "")),
            ("Provtagning av dricksvatten i enskilda vattenverk följs upp",
             "Granskning av inlämnade provsvar", "Livsmedelsinspektör", "Utgår",
             "Utgår – ansvaret för provtagning ligger hos verksamhetsutövaren enligt LIVSFS 2022:12 och "
             "kontrolleras inom ordinarie livsmedelskontroll.", ("UTGAR", "")),
        ]),
        ("Administration och offentlighet", [
            ("Inkommande handlingar diarieförs inom tre arbetsdagar",
             "Stickprov 40 handlingar", "Registrator", "Ej påbörjad",
             "", ("EJ_GENOMFORD", "")),
            ("Begäran om utlämnande av allmän handling hanteras skyndsamt",
             "Genomgång av samtliga begäranden", "Registrator", "Genomförd",
             "Inga avvikelser. Samtliga 46 begäranden besvarades samma eller nästa arbetsdag.",
             ("GENOMFORD", "nej")),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod/omfattning", "Ansvarig", "Status", "Resultat och kommentar"]
    for i, hh in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = hh
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "C5E0B3")
    set_repeat_header(t.rows[0])
    r = 1
    for proc, items in groups:
        start = r
        for km, metod, ansv, status, komm, e in items:
            cells = t.rows[r].cells
            cells[1].text = km
            cells[2].text = metod
            cells[3].text = ansv
            cells[4].text = status
            cells[5].text = komm
            exp(fil, MBN, km, e[0], e[1])
            r += 1
        top = t.cell(start, 0)
        top.text = proc
        top.paragraphs[0].runs[0].bold = True
        if r - 1 > start:
            top.merge(t.cell(r - 1, 0))
    widths = [Cm(3.3), Cm(6.0), Cm(4.2), Cm(2.8), Cm(2.6), Cm(7.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Eksjö den 9 september 2025")
    d.add_paragraph("Lena Ek, förvaltningschef miljö- och byggförvaltningen")
    d.save(p(fil))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F7  Eksjöbostäder AB - ODS with tick columns (built as xlsx, converted by LibreOffice)
# ---------------------------------------------------------------------------
def build_ebo():
    fil = "Eksjöbostäder internkontroll tertial 2 2025.ods"
    tmp = p("_tmp_ebo_r533.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    fix_wb_props(wb, "Eksjöbostäder AB")
    ws["A1"] = "Eksjöbostäder AB – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tertial 2 (januari–augusti) – underlag till styrelsemötet 2025-09-25"
    ws["A4"] = "Markera med X i den kolumn som gäller."
    ws["A4"].font = Font(italic=True)
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.alignment = WRAP
    data = [
        (1, "Hyror", "Hyreshöjningen 2025 är korrekt inlagd i hyressystemet", "Ekonomichef", "X", None, None,
         "Stickprov 40 lägenheter, samtliga korrekta.", ("GENOMFORD", "nej")),
        (2, "Hyror", "Hyresskulder följs upp och överlämnas till inkasso enligt rutin", "Kundansvarig",
         None, "X", None, "Rutinen följs i huvudsak men 4 ärenden överlämnades för sent till inkasso.",
         ("DELVIS", "ja")),
        (3, "Förvaltning", "Besiktning vid in- och utflyttning dokumenteras i Vitec", "Förvaltningschef", "X", None,
         None, "Stickprov 25 flyttar, dokumentation fanns i samtliga.", ("GENOMFORD", "nej")),
        (4, "Säkerhet", "Systematiskt brandskyddsarbete (SBA) – brandskyddsronder i flerbostadshus",
         "Fastighetschef", None, None, "X", "Ronderna är försenade och planeras till oktober.",
         ("EJ_GENOMFORD", "")),
        (5, "Ekonomi", "Fakturor attesteras enligt attestinstruktionen", "Ekonomichef", "X", None, None,
         "1 av 30 fakturor attesterad av fel person, åtgärdat.", ("GENOMFORD", "ja")),
        (6, "Säkerhet", "Borttappade nyckeltaggar spärras i passagesystemet", "Fastighetschef", None, None, None,
         None, ("SAKNAS", "")),
        (7, "Upphandling", "Beställningar av entreprenader görs inom gällande ramavtal", "VD", "X", None, None,
         "Inga beställningar utanför ramavtal.", ("GENOMFORD", "nej")),
    ]
    r = 6
    for row in data:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = Alignment(horizontal="center", vertical="top") if 5 <= i <= 7 else WRAP
        exp(fil, EBO, row[2], row[8][0], row[8][1])
        r += 1
    ws.cell(row=r + 1, column=1, value="Upprättad av: Jonas Berg, ekonomichef")
    for i, w in enumerate([5, 14, 48, 18, 11, 9, 13, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(tmp)
    out = soffice_convert(tmp, "ods")
    os.replace(out, p(fil))
    os.remove(tmp)
    FILES.append((fil, "INLAST", EBO, "2025", "T2"))


# ---------------------------------------------------------------------------
# Plan  Överförmyndarnämnden - adopted internkontrollplan 2025, no follow-up (odt)
# ---------------------------------------------------------------------------
def build_ofn_plan():
    fil = "Internkontrollplan 2025 Överförmyndarnämnden.odt"
    tmp = p("_tmp_ofn_r533.docx")
    d = docx.Document()
    fix_doc_props(d, "Överförmyndarenheten", "Internkontrollplan 2025")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    d.add_heading("Internkontrollplan 2025", level=1)
    d.add_paragraph("Överförmyndarnämnden, Eksjö kommun").runs[0].bold = True
    d.add_paragraph("Antagen av överförmyndarnämnden 2024-12-11, § 64. Dnr ÖFN 2024/112.")
    d.add_paragraph(
        "Planen bygger på nämndens risk- och väsentlighetsanalys för 2025. Riskvärdet är sannolikhet (S) "
        "gånger konsekvens (K) på en skala 1–4. Kontrollmoment med riskvärde 8 eller högre ingår i planen. "
        "Resultatet återrapporteras till nämnden vid tertial 2 och helår.")
    rows = [
        ("Årsräkningar", "Ställföreträdares förvaltning granskas inte i tid", "3", "3", "9",
         "Granskning av årsräkningar slutförs senast den 30 juni",
         "Uttag ur Wärna över granskade årsräkningar", "Två gånger per år", "Handläggare"),
        ("Förordnanden", "Huvudmannens tillgångar saknar överblick", "3", "3", "9",
         "Ställföreträdare har lämnat förteckning inom två månader efter förordnandet",
         "Stickprov 15 nya förordnanden", "Tertialvis", "Handläggare"),
        ("Förvaltning av tillgångar", "Otillåtna uttag ur huvudmannens medel", "2", "4", "8",
         "Uttag från spärrade konton sker endast efter överförmyndarens samtycke",
         "Stickprov 10 ärenden med spärrade konton", "Halvår", "Enhetschef"),
        ("Rekrytering", "Olämplig person förordnas som ställföreträdare", "2", "4", "8",
         "Registerkontroll görs av nya gode män och förvaltare innan förordnande",
         "Genomgång av samtliga nya ställföreträdare", "Tertialvis", "Handläggare"),
        ("Arvoden", "Arvoden beslutas olika för likartade uppdrag", "3", "3", "9",
         "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Stickprov 20 arvodesbeslut", "Årligen", "Enhetschef"),
    ]
    t = d.add_table(rows=1, cols=9)
    t.style = "Table Grid"
    hdr = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig"]
    for i, hh in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = hh
        c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
        exp(fil, OFN, r[5], "SAKNAS", "")
    d.add_paragraph()
    d.add_paragraph("Justerat av ordföranden, Birgitta Nilsson")
    d.save(tmp)
    out = soffice_convert(tmp, "odt")
    os.replace(out, p(fil))
    os.remove(tmp)
    FILES.append((fil, "INLAST", OFN, "2025", ""))


# ---------------------------------------------------------------------------
# Reject  Eksjö Energi AB - a PNG screenshot renamed .xlsx
# ---------------------------------------------------------------------------
def png_bytes(width, height, pixel):
    raw = b""
    for y in range(height):
        raw += b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def build_reject():
    fil = "Eksjö Energi internkontroll T2 2025.xlsx"

    def pix(x, y):
        # a grey "spreadsheet screenshot": header band, grid lines, a column of green/yellow cells
        if y < 24:
            return (47, 85, 151)
        if y % 20 == 4 or x % 120 == 0:
            return (190, 190, 190)
        if 600 <= x < 720:
            return (146, 208, 80) if (y // 20) % 3 else (255, 235, 156)
        return (255, 255, 255)
    with open(p(fil), "wb") as f:
        f.write(png_bytes(840, 260, pix))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    build_ks()
    build_sn()
    build_bun()
    build_sbn()
    build_stratsys()
    build_mbn()
    build_ebo()
    build_ofn_plan()
    build_reject()
    write_csvs()
    names = {n for n, _ in NAMNDER}
    inlast = {f for f, u, *_ in FILES if u == "INLAST"}
    for fil, n, km, s, a in EXPECTED:
        assert fil in inlast and n in names, (fil, n)
        assert not km.startswith("=")
    print(len(FILES), "files.csv rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
