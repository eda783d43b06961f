#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r187 - Kvarnby kommun, helår 2025.

Theme: shared and joint bodies.  One förvaltning reporting for two nämnder in one
workbook (sheet per nämnd), a gemensam nämnd shared with the neighbouring kommun
Ålsta, kommungemensamma kontrollmoment first in every file, a Word document with
two nämnder in two tables, plus ordinary single-nämnd files and one file to reject.

Run:  /usr/bin/python3 make_round.py   (builds everything into this folder)
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
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round187"
FIXED_DT = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
KFN = "Kultur- och fritidsnämnden"
TN = "Tekniska nämnden"
BMN = "Bygg- och miljönämnden"
AVN = "Arbetsmarknads- och vuxenutbildningsnämnden"
VN = "Valnämnden"
OFN = "Gemensamma överförmyndarnämnden Ålsta-Kvarnby"

REGISTER = [
    (KS, "KS|Kommunledningskontoret|KLK"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
    (TN, "TN|Teknisk nämnd|Samhällsbyggnadsförvaltningen|SBF"),
    (BMN, "BMN|Miljö- och byggnämnden|Samhällsbyggnadsförvaltningen|SBF"),
    (AVN, "AVN|Arbetsmarknads- och vuxenutbildningsförvaltningen|AVF"),
    (VN, "VN|Valnämnd"),
    (OFN, "ÖFN|Överförmyndarnämnden|Gemensam överförmyndarnämnd|"
          "Gemensamma överförmyndarnämnden Ålsta–Kvarnby|Överförmyndarnämnden Ålsta-Kvarnby|"
          "Överförmyndarenheten"),
    ("Krisledningsnämnden", "KLN|Krisledningsnämnd"),
    ("Kvarnbyhem AB", "Kvarnbyhem|Kommunens bostadsbolag"),
]

# Kvarnby's kommungemensamma kontrollmoment 2025 (decided by KS)
KG1 = "Attest av leverantörsfakturor enligt attestordningen"
KG2 = "Inköp görs från upphandlade leverantörer (avtalstrohet)"
KG3 = "Representation och förtroendekänsliga poster redovisas enligt riktlinjen"


def p(name):
    return os.path.join(OUT, name)


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# File 1: Samhällsbyggnadsförvaltningen, one workbook, a sheet per nämnd
# ---------------------------------------------------------------------------
F1 = "Samhällsbyggnadsförvaltningen IK-uppföljning helår 2025.xlsx"

# (nr, process, kontrollmoment, metod, frekvens, ansvarig, T1, T2, helår, avv, kommentar,
#  expected status, expected avvikelse)
TN_ROWS = [
    ("GROUP", "Kommungemensamma kontrollmoment (beslutade av KS 2024-11-18 § 212)"),
    ("KG1", "Ekonomi", KG1, "Stickprov 40 fakturor", "2 ggr/år", "Controller",
     "G", "G", "G", "N", "Stickprov 40 fakturor (20 per halvår). Samtliga korrekt attesterade.",
     "GENOMFORD", "nej"),
    ("KG2", "Inköp", KG2, "Stickprov 30 inköp ur leverantörsreskontran", "1 ggr/år", "Inköpssamordnare",
     "–", "D", "G", "J",
     "Stickprov 30 inköp: 4 inköp av kemtekniska produkter gjordes utan avtal.\n"
     "Åtgärd: information till arbetsledare på driftenheten i november.",
     "GENOMFORD", "ja"),
    ("KG3", "Ekonomi", KG3, "Granskning av samtliga verifikat konto 7130–7139", "1 ggr/år", "Ekonomichef",
     "–", "–", "G", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("GROUP", "Tekniska nämndens kontrollmoment"),
    ("TN1", "Gata/park",
     "Egenkontroll av lekplatser enligt SS-EN 1176 har genomförts och dokumenterats",
     "Genomgång av besiktningsprotokoll", "1 ggr/år", "Parkchef",
     "D", "G", "", "N", "Kontroll utförd under sommaren, se T2.", "GENOMFORD", "nej"),
    ("TN2", "Vatten och avlopp", "Provtagning av dricksvatten enligt fastställt kontrollprogram",
     "Jämförelse provtagningsplan/utförda prover", "Tertial", "VA-chef",
     "G", "G", "G", "N", "Samtliga 96 planerade prover tagna. Inga otjänliga prov.", "GENOMFORD", "nej"),
    ("TN3", "Avfall", "Fakturering av renhållningsavgifter stäms av mot abonnentregistret",
     "Avstämning kvartalsvis", "Kvartal", "Avfallschef",
     "G", "D", "D", "J",
     "Avstämning gjord för kvartal 1–3; 112 abonnemang hade fel kärlstorlek i debiteringen och har rättats.\n"
     "Kvartal 4 stäms av i februari 2026.",
     "DELVIS", "ja"),
    ("TN4", "Fastighet", "Uppföljning av att ÄTA-arbeten i entreprenader är beställda skriftligen",
     "Stickprov 3 entreprenader", "1 ggr/år", "Projektcontroller",
     "–", "–", "E", "",
     "Ej genomförd p.g.a. vakans som projektcontroller under hösten. Flyttas till internkontrollplan 2026.",
     "EJ_GENOMFORD", ""),
    ("TN5", "Fordon", "Kontroll av att fordonsförare har giltigt körkort (behörighet)",
     "Kontroll mot körkortsregistret", "1 ggr/år", "Fordonssamordnare",
     "–", "U", "U", "",
     "Utgår enligt beslut TN 2025-06-11 § 64, kontrollen hanteras av HR-avdelningen.",
     "UTGAR", ""),
    ("TN6", "Fordon", "Bränsle- och drivmedelskort – kontroll av tankningar mot körjournal",
     "Stickprov 2 månader", "1 ggr/år", "Fordonssamordnare",
     "–", "–", "", "", "", "SAKNAS", ""),
]

BMN_ROWS = [
    ("GROUP", "Kommungemensamma kontrollmoment (beslutade av KS 2024-11-18 § 212)"),
    ("KG1", "Ekonomi", KG1, "Stickprov 30 fakturor", "2 ggr/år", "Controller",
     "G", "G", "G", "J",
     "30 fakturor granskade. 1 faktura saknade beslutsattest (endast mottagningsattest). "
     "Attestanten har påmints.",
     "GENOMFORD", "ja"),
    ("KG2", "Inköp", KG2, "Stickprov 20 inköp", "1 ggr/år", "Inköpssamordnare",
     "–", "–", "G", "N", "Samtliga inköp gjorda mot avtal.", "GENOMFORD", "nej"),
    ("KG3", "Ekonomi", KG3, "Granskning av samtliga verifikat konto 7130–7139", "1 ggr/år", "Ekonomichef",
     "–", "–", "D", "",
     "Granskningen pågår, slutförs i samband med bokslutet (februari 2026).",
     "DELVIS", ""),
    ("GROUP", "Bygg- och miljönämndens kontrollmoment"),
    ("BMN1", "Bygglov", "Handläggningstid för bygglov håller lagstadgad tid (9 kap. PBL)",
     "Uttag ur ärendesystemet Castor", "Tertial", "Bygglovschef",
     "G", "G", "G", "J",
     "3 av 214 ärenden överskred 10 veckor; avgiften reducerades enligt 12 kap. 8 a § PBL.",
     "GENOMFORD", "ja"),
    ("BMN2", "Miljötillsyn", "Miljötillsyn genomförs enligt fastställd tillsynsplan",
     "Jämförelse tillsynsplan/utförda besök", "Tertial", "Miljöchef",
     "D", "D", "D", "N",
     "82 % av planerade tillsynsbesök genomförda. Resterande besök flyttas till 2026.",
     "DELVIS", "nej"),
    ("BMN3", "Taxor och avgifter", "Debitering av timavgift för tillsyn stäms av mot tidsredovisning",
     "Stickprov 25 ärenden", "1 ggr/år", "Miljöchef",
     "–", "–", "G", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("BMN4", "Delegation", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
     "Jämförelse beslutslistor/anmälda beslut", "Tertial", "Nämndsekreterare",
     "", "", "", "", "Se bilaga 2.", "OKLAR", ""),
]

CODE_FILL = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}


def build_f1():
    wb = openpyxl.Workbook()
    wb.properties.creator = "Samhällsbyggnadsförvaltningen"
    wb.properties.created = FIXED_DT
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws = wb.active
    ws.title = "Anvisning"
    lines = [
        ("Anvisning – uppföljning av internkontrollplan 2025", True),
        ("", False),
        ("Förvaltningen redovisar uppföljningen för båda nämnderna i denna arbetsbok, en flik per nämnd.", False),
        ("Fyll i status per uppföljningstillfälle (T1, T2 och helår) med koderna nedan.", False),
        ("Avvikelse anges med J (ja) eller N (nej). Beskriv avvikelse och åtgärd i kommentarskolumnen.", False),
        ("", False),
        ("Statuskoder", True),
        ("G", False), ("D", False), ("E", False), ("U", False), ("–", False),
        ("", False),
        ("Kontaktperson: Maria Sundqvist, controller, 0412-550 23", False),
    ]
    legend = {"G": "Genomförd", "D": "Delvis genomförd / pågår", "E": "Ej genomförd",
              "U": "Utgår (beslut om att kontrollen inte ska göras)",
              "–": "Ingen kontroll planerad denna period"}
    for i, (txt, bold) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=txt)
        c.font = Font(bold=bold, size=12 if i == 1 else 11)
        if txt in legend:
            ws.cell(row=i, column=2, value=legend[txt])
            if txt in CODE_FILL:
                c.fill = PatternFill("solid", fgColor=CODE_FILL[txt])
            c.alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 60

    headers = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "Status T1", "Status T2", "Status helår", "Avvikelse (J/N)", "Kommentar / åtgärd"]
    widths = [6, 16, 48, 30, 10, 18, 9, 9, 10, 11, 60]

    for sheetname, namnd_text, rows in (("TN 2025", "Tekniska nämnden", TN_ROWS),
                                        ("BMN 2025", "Bygg- och miljönämnden", BMN_ROWS)):
        ws = wb.create_sheet(sheetname)
        ncol = len(headers)
        ws.cell(row=1, column=1, value="Uppföljning av internkontrollplan 2025").font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        ws.cell(row=2, column=1, value="Nämnd: " + namnd_text).font = Font(bold=True)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=6)
        ws.cell(row=3, column=1,
                value="Förvaltning: Samhällsbyggnadsförvaltningen        Uppföljningsperiod: helår 2025 (januari–december)")
        ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
        hr = 5
        for j, h in enumerate(headers, start=1):
            c = ws.cell(row=hr, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = border
        r = hr + 1
        for row in rows:
            if row[0] == "GROUP":
                c = ws.cell(row=r, column=1, value=row[1])
                c.font = Font(bold=True, italic=True)
                c.fill = PatternFill("solid", fgColor="DDEBF7")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                r += 1
                continue
            vals = row[:11]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if 7 <= j <= 10 else None)
                c.border = border
                if 7 <= j <= 9 and v in CODE_FILL:
                    c.fill = PatternFill("solid", fgColor=CODE_FILL[v])
            EXPECTED.append((F1, TN if sheetname.startswith("TN") else BMN, row[2], row[11], row[12]))
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Sammanställt av: Maria Sundqvist, controller, 2026-01-20")
        ws.cell(row=r + 1, column=1,
                value="Behandlas i nämnden: " + ("TN 2026-02-11" if sheetname.startswith("TN") else "BMN 2026-02-12"))
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = w
        ws.freeze_panes = ws.cell(row=hr + 1, column=1)
        ws.oddHeader.center.text = namnd_text + " – intern kontroll helår 2025"
        ws.oddFooter.right.text = "Sida &P av &N"
        ws.page_setup.orientation = "landscape"
    wb.active = 1
    wb.save(p(F1))
    FILES.append((F1, "INLAST", TN, "2025", "HELAR"))
    FILES.append((F1, "INLAST", BMN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# docx helpers
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
    parts = text.split("\n")
    par = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k > 0:
            par = cell.add_paragraph()
        run = par.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def fix_core(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = author


# ---------------------------------------------------------------------------
# File 2: Word document, Kommunstyrelsen + Valnämnden, two tables under headings
# ---------------------------------------------------------------------------
F2 = "Uppföljning intern kontroll 2025 KS och valnämnden.docx"

KS_TABLE = [
    ("GROUP", "Kommungemensamma kontrollmoment"),
    (KG1, "Stickprov 50 fakturor, ekonomienheten", "Inga avvikelser. Samtliga fakturor attesterade av behörig attestant.",
     "Genomförd", "GENOMFORD", "nej"),
    (KG2, "Analys av inköp i leverantörsreskontran",
     "Avtalstroheten uppgick till 87 %. Konsulttjänster köptes utan avtal vid sex tillfällen. "
     "Upphandling av ramavtal för kommunikationskonsulter påbörjad.",
     "Genomförd med avvikelse", "GENOMFORD", "ja"),
    (KG3, "Granskning av verifikat, kvartalsvis",
     "Kvartal 1–2 granskade, inga avvikelser i granskad del. Kvartal 3–4 återstår.",
     "Delvis genomförd", "DELVIS", "nej"),
    ("GROUP", "Kommunstyrelsens egna kontrollmoment"),
    ("Löneutbetalningar – kontroll av att nyanställda registreras med korrekt lön enligt anställningsavtal",
     "Stickprov 20 nyanställningar, HR/lön",
     "Samtliga 20 kontrollerade anställningar registrerade med lön enligt avtal.",
     "Genomförd", "GENOMFORD", "nej"),
    ("Behörigheter i ekonomisystemet Raindance följs upp två gånger per år",
     "Behörighetslista mot personalregistret",
     "Genomförd i april och oktober. Sju behörigheter för avslutade anställningar fanns kvar och har tagits bort.",
     "Genomförd med avvikelse", "GENOMFORD", "ja"),
    ("Uppföljning av att kommunens styrdokument är aktuella och reviderade enligt plan",
     "Genomgång av styrdokumentregistret",
     "Har inte prioriterats under året. Kontrollen flyttas till 2026.",
     "Ej genomförd", "EJ_GENOMFORD", ""),
    ("Kontroll av att allmänna handlingar registreras och diarieförs i rätt tid",
     "Stickprov 60 inkomna handlingar, kansliet",
     "Kontrollen är utförd. Samtliga 60 handlingar var diarieförda inom två arbetsdagar.",
     "", "GENOMFORD", "nej"),
    ("Hantering av personuppgiftsincidenter enligt rutin",
     "Genomgång av incidentloggen",
     "Ersätts av dataskyddsombudets årliga granskning (KS 2025-04-07 § 58).",
     "Utgår", "UTGAR", ""),
]

VN_TABLE = [
    ("GROUP", "Kommungemensamma kontrollmoment"),
    (KG1, "Samtliga fakturor (11 st)", "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    (KG2, "Samtliga inköp", "Alla inköp gjorda mot ramavtal.", "Genomförd", "GENOMFORD", "nej"),
    (KG3, "–", "Valnämnden har inte haft någon representation under 2025.", "Ej aktuell", "UTGAR", ""),
    ("GROUP", "Valnämndens egna kontrollmoment"),
    ("Förberedelser inför valen 2026: lokaler för röstmottagning är bokade och tillgänglighetsanpassade",
     "Genomgång av lokalförteckning och besök på plats",
     "41 av 46 vallokaler och röstningslokaler bokade. Tre lokaler har brister i tillgängligheten; "
     "tillfälliga ramper beställs.",
     "Delvis genomförd", "DELVIS", "ja"),
    ("Utbildningsplan för röstmottagare är fastställd",
     "Kontroll av protokoll",
     "Utbildningsplanen fastställdes av valnämnden 2025-10-02 § 12.",
     "Genomförd", "GENOMFORD", "nej"),
]


def build_f2():
    d = docx.Document()
    fix_core(d, "Kommunledningskontoret", "Uppföljning intern kontroll 2025")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kvarnby kommun\tKommunledningskontoret\tDnr KS 2025/0412"
    d.add_heading("Uppföljning av intern kontroll 2025 – kommunstyrelsen och valnämnden", level=0)
    d.add_paragraph(
        "Kommunledningskontoret är förvaltning åt både kommunstyrelsen och valnämnden. Denna rapport redovisar "
        "helårsuppföljningen av respektive nämnds internkontrollplan för 2025. Enligt kommunstyrelsens reglemente "
        "för intern kontroll ska samtliga nämnder följa upp de kommungemensamma kontrollmomenten, vilka därför "
        "redovisas först i varje tabell följt av nämndens egna kontrollmoment.")
    d.add_paragraph(
        "Bedömning anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår/Ej aktuell.")
    hdr = ["Kontrollmoment", "Kontrollmetod/omfattning", "Resultat och iakttagelser", "Bedömning"]
    widths = [Cm(7.5), Cm(5), Cm(10), Cm(3.2)]

    def table(rows, namnd):
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            if row[0] == "GROUP":
                m = cells[0].merge(cells[3])
                set_cell(m, row[1], bold=True)
                shade(m, "F2F2F2")
                continue
            for j in range(4):
                set_cell(cells[j], row[j])
            EXPECTED.append((F2, namnd, row[0], row[4], row[5]))
        for r in t.rows:
            for j, c in enumerate(r.cells):
                c.width = widths[j]

    d.add_heading("1. Kommunstyrelsen", level=1)
    d.add_paragraph("Kommunstyrelsen antog internkontrollplan 2025 den 2 december 2024, § 231. "
                    "Planen innehåller tre kommungemensamma och fem egna kontrollmoment.")
    table(KS_TABLE, KS)
    d.add_paragraph("Sammanfattande bedömning: kommunstyrelsens interna kontroll bedöms som tillräcklig.")
    d.add_heading("2. Valnämnden", level=1)
    d.add_paragraph("Valnämnden antog internkontrollplan 2025 den 13 februari 2025, § 3.")
    table(VN_TABLE, VN)
    d.add_paragraph("")
    d.add_paragraph("Kvarnby 2026-01-28")
    d.add_paragraph("Lena Holmgren\nKommundirektör")
    d.save(p(F2))
    FILES.append((F2, "INLAST", KS, "2025", "HELAR"))
    FILES.append((F2, "INLAST", VN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 3: gemensam överförmyndarnämnd, from the värdkommun Ålsta, .ods
# ---------------------------------------------------------------------------
F3 = "ÖFN Ålsta-Kvarnby internkontroll helår 2025.ods"

OFN_ROWS = [
    ("GROUP", "Ålsta kommuns kommungemensamma kontrollmoment"),
    ("Ekonomi", "Attestering av fakturor följer Ålsta kommuns attestreglemente", "4 (2×2)", "Enhetschef",
     "✔", "Stickprov 25 fakturor, inga avvikelser.", "", "GENOMFORD", "nej"),
    ("Inköp", "Kontroll av att avtal finns vid direktupphandling över 100 tkr", "6 (2×3)", "Enhetschef",
     "✔", "Kontrollen gjord. Inga direktupphandlingar över beloppsgränsen under året.", "", "GENOMFORD", "nej"),
    ("GROUP", "Överförmyndarnämndens kontrollmoment"),
    ("Granskning av årsräkningar",
     "Årsräkningar granskas inom fastställd tid (senast 30 september)", "9 (3×3)", "Handläggare",
     "◐", "92 % av årsräkningarna var granskade per 30 september, resterande granskades i november.",
     "Tillfällig förstärkning under sommaren 2026.", "DELVIS", "ja"),
    ("Förteckningar",
     "Kontroll av att ställföreträdare har lämnat förteckning inom två månader", "6 (2×3)", "Handläggare",
     "✔", "Påminnelser skickades i 14 ärenden där förteckningen inte kommit in i tid. Samtliga har nu kommit in.",
     "Påminnelserutinen tidigareläggs.", "GENOMFORD", "ja"),
    ("Arvoden",
     "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "6 (3×2)", "Enhetschef",
     "✘", "Ej genomförd på grund av resursbrist under hösten.", "Genomförs första kvartalet 2026.",
     "EJ_GENOMFORD", ""),
    ("Lämplighetsprövning",
     "Lämplighetsprövning av nya ställföreträdare inkl. utdrag ur belastningsregistret", "8 (2×4)", "Handläggare",
     "✔", "Samtliga 38 nya ställföreträdare har lämplighetsprövats.", "", "GENOMFORD", "nej"),
    ("Spärrade konton",
     "Uttag från spärrade bankkonton har samtycke från överförmyndaren", "4 (1×4)", "Handläggare",
     "—", "Ingår i granskningen av årsräkningar.", "", "UTGAR", ""),
]


def build_f3(tmp):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Ålsta kommun"
    wb.properties.created = FIXED_DT
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "ÅLSTA KOMMUN"
    ws["A1"].font = Font(bold=True, size=16, color="2E75B6")
    ws["A2"] = "Gemensamma överförmyndarnämnden Ålsta–Kvarnby"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A4"] = ("Värdkommun: Ålsta kommun. Nämnden är gemensam för Ålsta kommun och Kvarnby kommun "
                "enligt samverkansavtal (dnr ÖFN 2022/14).")
    ws["A4"].font = Font(italic=True)
    hdr = ["Risk/process", "Kontrollmoment", "Riskvärde (S×K)", "Ansvarig", "Utfört", "Resultat", "Åtgärd"]
    hr = 6
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    r = hr + 1
    for row in OFN_ROWS:
        if row[0] == "GROUP":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            r += 1
            continue
        for j, v in enumerate(row[:7], start=1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if j == 5 else None)
            if j == 5:
                c.font = Font(size=14)
        EXPECTED.append((F3, OFN, row[1], row[7], row[8]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="✔ = utfört enligt plan")
    ws.cell(row=r + 2, column=1, value="◐ = delvis utfört")
    ws.cell(row=r + 3, column=1, value="✘ = ej utfört")
    ws.cell(row=r + 4, column=1, value="— = utgår")
    ws.cell(row=r + 6, column=1,
            value="Uppföljningen delges Kvarnby kommuns kommunstyrelse enligt samverkansavtalet § 7.")
    ws.cell(row=r + 7, column=1, value="Ålsta 2026-01-22, Överförmyndarenheten, Karin Björk, enhetschef")
    for col, w in zip("ABCDEFG", (22, 48, 14, 14, 8, 55, 35)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "ofn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "ofn.ods"), p(F3))
    FILES.append((F3, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: Socialnämnden, Stratsys CSV export, one row per control and period
# ---------------------------------------------------------------------------
F4 = "Stratsys_export_internkontroll_SN_20260115.csv"

# (område, kontrollmoment, ansvarig, [(period, status, kommentar, avvikelse)], exp status, exp avv)
SN_ROWS = [
    ("Kommungemensamt", KG1, "Controller",
     [("Tertial 1 2025", "Klar", "15 fakturor granskade utan anmärkning.", "Nej"),
      ("Tertial 2 2025", "Klar", "15 fakturor granskade utan anmärkning.", "Nej"),
      ("Helår 2025", "Klar", "Totalt 45 fakturor granskade utan anmärkning.", "Nej")],
     "GENOMFORD", "nej"),
    ("Kommungemensamt", KG2, "Inköpssamordnare",
     [("Tertial 2 2025", "Pågående", "Uttag ur leverantörsreskontran gjort.", ""),
      ("Helår 2025", "Klar", "Avtalstrohet 91 %. Livsmedel köptes utanför avtal i två verksamheter.", "Ja")],
     "GENOMFORD", "ja"),
    ("Kommungemensamt", KG3, "Ekonomichef",
     [("Helår 2025", "Pågående", "Granskningen av höstens representation är inte avslutad.", "")],
     "DELVIS", ""),
    ("Individ- och familjeomsorg", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Enhetschef IFO",
     [("Tertial 1 2025", "Klar", "Inga avvikelser.", "Nej"),
      ("Tertial 2 2025", "Klar", "Inga avvikelser.", "Nej"),
      ("Helår 2025", "Klar", "Två dubbelutbetalningar upptäcktes i oktober och har återkrävts.", "Ja")],
     "GENOMFORD", "ja"),
    ("Individ- och familjeomsorg", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
     "Enhetschef barn och unga",
     [("Tertial 1 2025", "Klar", "98 % inom 14 dagar, övriga inom 16 dagar med dokumenterat skäl.", "Nej"),
      ("Tertial 2 2025", "Klar", "100 % inom 14 dagar.", "Nej"),
      ("Helår 2025", "Klar", "Samtliga förhandsbedömningar inom lagstadgad tid.", "Nej")],
     "GENOMFORD", "nej"),
    ("Vård och omsorg", "Avgifter inom äldreomsorgen debiteras enligt beslut (maxtaxa)", "Avgiftshandläggare",
     [("Tertial 1 2025", "Ej påbörjad", "", ""),
      ("Tertial 2 2025", "Pågående", "Urval om 40 kunder framtaget.", ""),
      ("Helår 2025", "Pågående", "Stickprov på hälften av urvalet genomfört, inga fel hittills.", "")],
     "DELVIS", "nej"),
    ("Vård och omsorg", "Läkemedelshantering i särskilt boende enligt rutin – egenkontroll",
     "MAS",
     [("Tertial 1 2025", "Klar", "Egenkontroll gjord på samtliga fyra boenden.", "Nej"),
      ("Tertial 2 2025", "Klar", "Uppföljande egenkontroll gjord, inga avvikelser.", "Nej"),
      ("Helår 2025", "", "", "")],
     "GENOMFORD", "nej"),
    ("Vård och omsorg", "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO", "Kvalitetsutvecklare",
     [("Tertial 2 2025", "Ej påbörjad", "", ""),
      ("Helår 2025", "Ej påbörjad", "Ej genomförd på grund av personalomsättning.", "")],
     "EJ_GENOMFORD", ""),
    ("Funktionsstöd", "Stickprov av att genomförandeplaner upprättas inom 14 dagar (LSS)", "Enhetschef LSS",
     [("Tertial 1 2025", "Avbruten", "Avbruten genom beslut SN 2025-03-19 § 31; ingår i kvalitetsledningssystemet.", "")],
     "UTGAR", ""),
]


def build_f4():
    with open(p(F4), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll - uppföljning", "", "", "", "", "", "", ""])
        w.writerow(["Kvarnby kommun / Socialnämnden", "Utskriftsdatum: 2026-01-15", "", "", "", "", "", ""])
        w.writerow(["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status",
                    "Kommentar", "Avvikelse"])
        for omr, km, ansv, periods, est, eav in SN_ROWS:
            for per, st, kom, av in periods:
                w.writerow(["Socialnämnden", omr, km, ansv, per, st, kom, av])
            EXPECTED.append((F4, SN, km, est, eav))
    FILES.append((F4, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 5: Barn- och utbildningsförvaltningen, docx, traffic-light shaded cells,
#         nämnd only via the förvaltning in the page header / file name
# ---------------------------------------------------------------------------
F5 = "BUF_IK_uppfoljning_helar_2025.docx"
GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"

BUN_ROWS = [
    ("GROUP", "Kommungemensamma kontrollmoment"),
    ("KG1", KG1, "Möjlig (2) × Kännbar (2)", "Controller", GREEN,
     "Stickprov 40 fakturor. Två fakturor saknade beslutsattest – rutinen påmind vid rektorsmöte i november.",
     "GENOMFORD", "ja"),
    ("KG2", KG2, "Sannolik (3) × Kännbar (2)", "Inköpsansvarig", YELLOW,
     "Genomgång av inköp gjord på 6 av 14 enheter.", "DELVIS", ""),
    ("KG3", KG3, "Möjlig (2) × Lindrig (1)", "Ekonomichef", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
    ("GROUP", "Nämndens egna kontrollmoment"),
    ("1", "Skolskjuts – beslut om skolskjuts fattas enligt riktlinjen och faktureras korrekt",
     "Möjlig (2) × Allvarlig (3)", "Skolskjutshandläggare", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
    ("2", "Kontroll av att elevers frånvaro rapporteras och följs upp enligt rutin",
     "Sannolik (3) × Allvarlig (3)", "Rektorer", YELLOW,
     "Pågår. Den nya frånvarorutinen är införd på 4 av 9 skolor.", "DELVIS", ""),
    ("3", "Registerkontroll (belastningsregister) inför anställning i förskola och skola",
     "Möjlig (2) × Mycket allvarlig (4)", "HR-specialist", RED,
     "Ej genomförd under året; kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
    ("4", "Interkommunal ersättning – fakturering mot andra kommuner stäms av",
     "Möjlig (2) × Kännbar (2)", "Ekonom", GREEN,
     "Avstämning gjord per läsår. Tre elever saknades i underlaget och har fakturerats i efterhand.",
     "GENOMFORD", "ja"),
    ("5", "Kränkande behandling anmäls till huvudman inom fastställd tid",
     "Sannolik (3) × Allvarlig (3)", "Verksamhetschef", GREY,
     "Utgår – följs upp i det systematiska kvalitetsarbetet.", "UTGAR", ""),
    ("6", "Barngruppernas storlek i förskolan följs upp två gånger per år",
     "Möjlig (2) × Kännbar (2)", "Förskolechefer", None, "", "SAKNAS", ""),
    ("7", "Modersmålsundervisning – kontroll av att beslut och närvaro dokumenteras",
     "Möjlig (2) × Lindrig (1)", "Samordnare modersmål", GREEN, "Se bilaga 4.", "GENOMFORD", ""),
]


def build_f5():
    d = docx.Document()
    fix_core(d, "Barn- och utbildningsförvaltningen", "Uppföljning intern kontroll helår 2025")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Kvarnby kommun\tBarn- och utbildningsförvaltningen\t2026-01-19"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr BUN 2025/0088"
    d.add_heading("Uppföljning intern kontroll – helår 2025", level=1)
    d.add_paragraph("Uppföljningen avser nämndens internkontrollplan 2025, antagen 2025-01-22 § 6. "
                    "De kommungemensamma kontrollmomenten redovisas först.")
    leg = d.add_paragraph()
    leg.add_run("Förklaring status: ").bold = True
    for color, txt in ((GREEN, "grön = genomförd"), (YELLOW, "gul = delvis genomförd/pågår"),
                       (RED, "röd = ej genomförd"), (GREY, "grå = utgår")):
        run = leg.add_run("■ ")
        run.font.color.rgb = RGBColor.from_string(color)
        leg.add_run(txt + "   ")
    hdr = ["Nr", "Kontrollmoment", "Risk (sannolikhet × konsekvens)", "Ansvarig", "Status", "Kommentar / åtgärd"]
    widths = [Cm(1.2), Cm(8), Cm(4.5), Cm(3.5), Cm(1.6), Cm(8.5)]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for row in BUN_ROWS:
        cells = t.add_row().cells
        if row[0] == "GROUP":
            m = cells[0].merge(cells[-1])
            set_cell(m, row[1], bold=True)
            continue
        set_cell(cells[0], row[0])
        set_cell(cells[1], row[1])
        set_cell(cells[2], row[2])
        set_cell(cells[3], row[3])
        set_cell(cells[4], "")
        if row[4]:
            shade(cells[4], row[4])
        set_cell(cells[5], row[5])
        EXPECTED.append((F5, BUN, row[1], row[6], row[7]))
    for r in t.rows:
        for j, c in enumerate(r.cells):
            c.width = widths[j]
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist, förvaltningschef")
    d.save(p(F5))
    FILES.append((F5, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: Kultur- och fritidsnämnden, .xls (xlwt), typ column, 2024 beside 2025
# ---------------------------------------------------------------------------
F6 = "KFN internkontroll 2025 helår.xls"

KFN_ROWS = [
    ("Kommungemensam", "Ekonomi", KG1, "Ja", "Ja", "Nej", "Stickprov 25 fakturor.", "", "GENOMFORD", "nej"),
    ("Kommungemensam", "Inköp", KG2, "Nej", "Ja", "Ja", "Tre inköp av scenteknik gjordes utan avtal.",
     "Dialog med upphandlingsenheten om ramavtal för scenteknik.", "GENOMFORD", "ja"),
    ("Kommungemensam", "Ekonomi", KG3, "Ja", "Delvis", "Nej",
     "Hälften av verifikaten granskade, inga fel i den granskade delen.", "", "DELVIS", "nej"),
    ("Nämnd", "Bidrag", "Föreningsbidrag betalas ut enligt nämndens bidragsregler", "–", "Ja", "Nej",
     "Samtliga 64 ansökningar om aktivitetsstöd kontrollerade mot närvarokort.", "", "GENOMFORD", "nej"),
    ("Nämnd", "Bibliotek", "Kassahantering i bibliotekens kassor stäms av månadsvis", "Ja", "Ja", "Ja",
     "Kassadifferens 1 240 kr i mars på Kvarnby huvudbibliotek, polisanmäld.",
     "Dubbel kontrollräkning infördes i april.", "GENOMFORD", "ja"),
    ("Nämnd", "Anläggningar",
     "Bokning och debitering av idrottsanläggningar stäms av mot bokningssystemet", "Delvis", "Nej", "",
     "Ej genomförd – nytt bokningssystem infördes i oktober.", "Genomförs våren 2026.",
     "EJ_GENOMFORD", ""),
    ("Nämnd", "Kulturskola", "Avgifter för kulturskolan debiteras enligt taxa", "Ja", "Utgår", "",
     "Avgiften slopades från 1 januari 2025 (KF 2024-11-25 § 140).", "", "UTGAR", ""),
    ("Nämnd", "Konst", "Inventering av kommunens konstsamling", "Nej", "Delvis", "Nej",
     "412 av 960 verk inventerade.", "Inventeringen fortsätter 2026.", "DELVIS", "nej"),
]


def build_f6():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    bold = xlwt.easyxf("font: bold on, height 280")
    b = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                    "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    wrap = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Kultur- och fritidsnämnden", bold)
    ws.write(1, 0, "Uppföljning internkontrollplan 2025 – helår")
    ws.write(2, 0, "Jämförelse med föregående års uppföljning redovisas i kolumn D.")
    hdr = ["Typ", "Kontrollområde", "Kontrollmoment", "Genomförd 2024", "Genomförd 2025 (Ja/Nej/Delvis)",
           "Avvikelse 2025 (Ja/Nej)", "Kommentar", "Åtgärd"]
    for j, h in enumerate(hdr):
        ws.write(4, j, h, b)
    for i, row in enumerate(KFN_ROWS, start=5):
        for j, v in enumerate(row[:8]):
            ws.write(i, j, v, wrap)
        EXPECTED.append((F6, KFN, row[2], row[8], row[9]))
    last = 5 + len(KFN_ROWS) + 1
    ws.write(last, 0, "Uppgiftslämnare: Per Ekström, verksamhetscontroller, 2026-01-16")
    for j, w in enumerate([16, 16, 50, 12, 16, 14, 50, 40]):
        ws.col(j).width = 256 * w
    wb.save(p(F6))
    FILES.append((F6, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 7: Arbetsmarknads- och vuxenutbildningsnämnden, .doc, text only
# ---------------------------------------------------------------------------
F7 = "AVN uppföljning internkontrollplan 2025.doc"

# (number, heading text, metod, resultat, statusrad or None, exp status, exp avv)
AVN_SECTIONS = [
    ("1", "Kommungemensamma kontrollmoment", [
        ("1.1", KG1, "Stickprov 20 fakturor.", "Samtliga fakturor korrekt attesterade.",
         "Status: Genomförd. Avvikelse: Nej.", "GENOMFORD", "nej"),
        ("1.2", KG2, "Genomgång av inköp över 10 000 kr.",
         "Två inköp av kurslitteratur gjordes utanför avtal.",
         "Status: Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("1.3", KG3, "Granskning av samtliga verifikat.", "Inga avvikelser.",
         "Status: Genomförd. Avvikelse: Nej.", "GENOMFORD", "nej"),
    ]),
    ("2", "Nämndens egna kontrollmoment", [
        ("2.1", "Utbetalning av anställningsstöd och lönebidrag stäms av mot beslut",
         "Stickprov 30 beslut per halvår.",
         "Kontroll gjord för första halvåret. En felaktig utbetalning om 18 400 kr upptäcktes och har återkrävts. "
         "Andra halvåret kontrolleras i februari 2026.",
         "Status: Delvis genomförd. Avvikelse: Ja.", "DELVIS", "ja"),
        ("2.2", "Deltagare i arbetsmarknadsinsatser har aktuell genomförandeplan",
         "Stickprov 25 deltagare.",
         "Kontrollen har inte genomförts under året på grund av omorganisationen av arbetsmarknadsenheten. "
         "Den läggs in i internkontrollplanen för 2026.",
         None, "EJ_GENOMFORD", ""),
        ("2.3", "Betygsdokumentation i vuxenutbildningen (Komvux) arkiveras enligt dokumenthanteringsplanen",
         "Stickprov 40 betygskataloger.", "Samtliga kontrollerade betygskataloger arkiverade.",
         "Status: Genomförd. Avvikelse: Nej.", "GENOMFORD", "nej"),
        ("2.4", "Kontroll av att sfi-elever skrivs ut efter tre veckors frånvaro enligt rutin",
         "Uttag ur elevregistret.", "Uttag gjort i december, analysen pågår.",
         "Status: Pågår.", "DELVIS", ""),
    ]),
]


def build_f7(tmp):
    d = docx.Document()
    fix_core(d, "Arbetsmarknads- och vuxenutbildningsförvaltningen", "Uppföljning internkontrollplan 2025")
    d.sections[0].header.paragraphs[0].text = "Kvarnby kommun – Arbetsmarknads- och vuxenutbildningsförvaltningen"
    d.add_heading("Arbetsmarknads- och vuxenutbildningsnämnden", level=0)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår").runs[0].bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 29 januari 2025 (§ 8). Planen omfattar tre "
        "kommungemensamma kontrollmoment som kommunstyrelsen beslutat ska följas upp av samtliga nämnder samt "
        "fyra kontrollmoment som nämnden själv har valt utifrån sin risk- och väsentlighetsanalys. "
        "Nedan redovisas resultatet för respektive kontrollmoment.")
    for num, title, items in AVN_SECTIONS:
        d.add_heading(num + " " + title, level=1)
        for nr, km, metod, res, statusline, est, eav in items:
            d.add_heading(nr + " " + km, level=2)
            d.add_paragraph("Kontrollmetod: " + metod)
            d.add_paragraph("Resultat: " + res)
            if statusline:
                d.add_paragraph(statusline)
            EXPECTED.append((F7, AVN, km, est, eav))
    d.add_heading("3 Sammanfattande bedömning", level=1)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
                    "Kontrollmoment 2.2 förs över till 2026.")
    d.add_paragraph("Kvarnby 2026-01-21\nJohan Almqvist, förvaltningschef")
    src = os.path.join(tmp, "avn.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.move(os.path.join(tmp, "avn.doc"), p(F7))
    FILES.append((F7, "INLAST", AVN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 8 (reject): covering letter from Ålsta about the gemensam nämnd's follow-up
# ---------------------------------------------------------------------------
F8 = "Missiv uppföljning intern kontroll 2025 ÖFN.docx"


def build_f8():
    d = docx.Document()
    fix_core(d, "Ålsta kommun", "Missiv")
    d.sections[0].header.paragraphs[0].text = "ÅLSTA KOMMUN\tÖverförmyndarenheten\t2026-01-22"
    d.add_paragraph("Till: Kvarnby kommun, kommunstyrelsen\nKopia: Ekonomienheten, Kvarnby kommun")
    d.add_heading("Missiv – uppföljning av internkontrollplan 2025 för gemensamma överförmyndarnämnden", level=1)
    d.add_paragraph(
        "Enligt samverkansavtalet mellan Ålsta kommun och Kvarnby kommun ska den gemensamma "
        "överförmyndarnämndens uppföljning av intern kontroll delges Kvarnby kommun. Nämnden behandlade "
        "helårsuppföljningen för 2025 vid sitt sammanträde den 21 januari 2026, § 4.")
    d.add_paragraph(
        "Uppföljningen bifogas i separat fil. Av nämndens sju kontrollmoment har fyra genomförts, ett har "
        "delvis genomförts, ett har inte genomförts och ett har utgått under året. "
        "Nämnden bedömer att den interna kontrollen varit tillräcklig.")
    d.add_paragraph("Frågor om uppföljningen besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Björk\nEnhetschef, överförmyndarenheten\n"
                    "Ålsta kommun, 0413-620 00")
    d.save(p(F8))
    FILES.append((F8, "AVVISAD", "", "", ""))


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for row in REGISTER:
            w.writerow(row)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    tmp = tempfile.mkdtemp(prefix="r187_")
    try:
        build_f1()
        build_f2()
        build_f3(tmp)
        build_f4()
        build_f5()
        build_f6()
        build_f7(tmp)
        build_f8()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
