#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 28 - Hällsjö kommun (Jämtland), internkontroll 2025, januariinkorgen.

Builds the follow-up files plus namnder.csv, files.csv and expected.csv in this folder.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Hällsjö kommun"

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
ON = "Omsorgsnämnden"
AIN = "Arbetsmarknads- och integrationsnämnden"
TN = "Tekniska nämnden"
MBN = "Miljö- och byggnämnden"
KFN = "Kultur- och fritidsnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
KLN = "Krisledningsnämnden"

REGISTER = [
    (KS, ["KS", "Kommunledningsförvaltningen", "KLF"]),
    (BUN, ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    (SN, ["SN", "Socialförvaltningen", "Individ- och familjeomsorgen"]),
    (ON, ["ON", "Omsorgsförvaltningen", "Vård och omsorg"]),
    (AIN, ["AIN", "Arbetsmarknadsenheten", "Arbetsmarknad och integration"]),
    (TN, ["TN", "Tekniska förvaltningen"]),
    (MBN, ["MBN", "Miljö- och byggkontoret", "Bygg och miljö"]),
    (KFN, ["KFN", "Kultur och fritid", "Kultur- och fritidsförvaltningen"]),
    (OFN, ["ÖFN", "Överförmyndarenheten", "Överförmyndaren"]),
    (VN, ["VN"]),
    (KLN, ["KLN", "Krisledning"]),
]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, text, status, avv):
    assert ";" not in text and "\n" not in text, text
    EXPECTED.append((fil, namnd, text, status, avv))


def soffice_convert(src, fmt, outdir):
    prof = "file:///tmp/lo-round28-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt.split(":")[0])


# ---------------------------------------------------------------------------
# 1 + 2: the kommun's standard Excel template ("IK-mall 2025")
# ---------------------------------------------------------------------------
STD_HEAD = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
STD_WIDTH = {"Nr": 5, "Process/rutin": 20, "Kontrollmoment": 48, "Kontrollmetod": 30,
             "Ansvarig": 18, "Status": 16, "Avvikelse (Ja/Nej)": 12, "Kommentar/åtgärd": 50}
INSTRUKTION = [
    "Instruktion – uppföljning av internkontrollplan 2025",
    "1. Fyll i nämndens namn och uppföljningsperiod i cellerna högst upp på fliken Uppföljning.",
    "2. Välj status i rullistan: Genomförd, Delvis genomförd, Ej genomförd eller Utgår.",
    "3. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister, annars Nej.",
    "4. Beskriv kort resultat och beslutade åtgärder i kommentarsfältet.",
    "5. Skicka filen till ekonomiavdelningen senast 2026-01-16 (helår) respektive 2025-09-12 (delår).",
    "Frågor: controller Maria Engström, ekonomiavdelningen, Hällsjö kommun.",
]


def std_template(ws_title_rows, heading, rows, col_widths, footer, dv_col=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    r = 1
    for label, value in ws_title_rows:
        ws.cell(r, 1, label)
        if value is not None:
            ws.cell(r, 3, value)
        if r == 1:
            ws.cell(r, 1).font = Font(bold=True, size=14)
        elif r == 2:
            ws.cell(r, 1).font = Font(bold=True, size=12)
        else:
            ws.cell(r, 1).font = Font(bold=True)
        r += 1
    r += 1
    hr = r
    for c, h in enumerate(heading, 1):
        cell = ws.cell(hr, c, h)
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = col_widths.get(h, 18)
    r = hr + 1
    first = r
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        r += 1
    last = r - 1
    if dv_col:
        dv = DataValidation(type="list",
                            formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"',
                            allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("%s%d:%s%d" % (dv_col, first, dv_col, last))
    r += 1
    for line in footer:
        for c, v in enumerate(line, 1):
            ws.cell(r, c, v)
        ws.cell(r, 1).font = Font(italic=True)
        r += 1
    ws.freeze_panes = ws.cell(hr + 1, 1)
    ins = wb.create_sheet("Instruktion")
    for i, t in enumerate(INSTRUKTION, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 110
    wb.properties.creator = "Ekonomiavdelningen Hällsjö kommun"
    wb.properties.title = "IK-mall 2025"
    return wb


def file_ks():
    fil = "KS_IK-uppföljning_helår_2025.xlsx"
    title = [(KOMMUN, None), ("Uppföljning av internkontrollplan 2025", None),
             ("Nämnd:", KS), ("Period:", "Helår 2025"),
             ("Upprättad av:", "Maria Engström, controller")]
    # Nr, process, kontrollmoment, metod, ansvarig, status, avvikelse, kommentar
    rows = [
        [1, "Attest", "Kontroll att attestförteckningen är uppdaterad och att beslutsattestanter har rätt behörighet i ekonomisystemet",
         "Jämförelse attestförteckning mot behörigheter i Raindance", "Ekonomichef", "Genomförd", "Nej",
         "Samtliga 15 kontrollerade attestanter hade korrekt behörighet."],
        [2, "Utbetalningar", "Stickprovskontroll av 20 leverantörsfakturor avseende kontering, moms och attest",
         "Stickprov 20 fakturor per halvår", "Redovisningsansvarig", "Genomförd", "Ja",
         "3 av 20 fakturor hade felaktigt avdragen moms. Rättat i november, utbildning för budgetansvariga i mars 2026."],
        [3, "Delegation", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av delegationslistor mot diariet", "Kommunsekreterare", "Delvis genomförd", "Ja",
         "Kontroll gjord för första halvåret. Beslut fattade av upphandlingsenheten hade inte anmälts. Andra halvåret kontrolleras i februari."],
        [4, "Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr",
         "Genomgång av direktupphandlingsregistret", "Upphandlingschef", "Ej genomförd", "Nej",
         "Ej genomförd på grund av vakant tjänst som upphandlare. Kontrollen flyttas till planen för 2026."],
        [None, None, "dokumenteras enligt riktlinjerna för inköp och upphandling", None, None, None, None, None],
        [5, "Löner", "Kontroll av att tillägg och avdrag i lönesystemet har korrekt underlag och är attesterade",
         "Stickprov 25 lönearter per kvartal", "HR-chef", "Genomförd", "Nej",
         "Inga fel hittades i stickproven."],
        [6, "Informationssäkerhet", "Kontroll av att behörigheter i ekonomisystemet avslutas när en anställning upphör",
         "Avstämning behörighetslista mot avslutade anställningar", "IT-chef", "Genomförd", "Ja",
         "Fem konton för personer som slutat var fortfarande aktiva. Kontona har stängts och rutinen för avslut har skärpts."],
        [7, "Representation", "Granskning av representationskostnader och övriga förtroendekänsliga poster mot riktlinjen",
         "Genomgång av konto 7xxx (representation) för helåret", "Ekonomichef", None, "Nej",
         "Granskningen är genomförd utan anmärkning."],
        [8, "Dokumenthantering", "Kontroll att inkomna allmänna handlingar diarieförs inom fem arbetsdagar",
         "Stickprov i diariet", "Kommunsekreterare", "Utgår", None,
         "Utgår enligt beslut i KS 2025-06-10 § 112, ingår i arkivgranskningen."],
        [9, "Avtal", "Kontroll av att samtliga gällande avtal finns registrerade i avtalsdatabasen",
         "Avstämning leverantörsreskontra mot avtalsdatabasen", "Upphandlingschef", None, None, None],
    ]
    footer = [
        ("Sammanställning",),
        ("Antal kontroller i planen:", None, 9),
        ("varav genomförda:", None, 5),
        (),
        ("Datum: 2026-01-15",),
        ("Underskrift: Lena Hallström, kommundirektör",),
    ]
    wb = std_template(title, STD_HEAD, rows, STD_WIDTH, footer, dv_col="F")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    e = lambda t, s, a: exp(fil, KS, t, s, a)
    e(rows[0][2], "GENOMFORD", "nej")
    e(rows[1][2], "GENOMFORD", "ja")
    e(rows[2][2], "DELVIS", "ja")
    e(rows[3][2] + " " + rows[4][2], "EJ_GENOMFORD", "nej")
    e(rows[5][2], "GENOMFORD", "nej")
    e(rows[6][2], "GENOMFORD", "ja")
    e(rows[7][2], "GENOMFORD", "nej")
    e(rows[8][2], "UTGAR", "nej")
    e(rows[9][2], "SAKNAS", "nej")


def file_kfn():
    fil = "Kultur och fritid - uppföljning internkontroll 2025.xlsx"
    title = [(KOMMUN, None), ("Uppföljning av internkontrollplan 2025", None),
             ("Nämnd:", "Kultur och fritid"), ("Period:", "Helår 2025"),
             ("Upprättad av:", "Jonas Backlund, verksamhetscontroller")]
    head = ["Aktivitet", "Nr", "Utfall", "Område", "Hur har vi kontrollerat", "Brist noterad",
            "Kommentar", "Ansvarig"]
    widths = {"Aktivitet": 50, "Nr": 5, "Utfall": 16, "Område": 18, "Hur har vi kontrollerat": 30,
              "Brist noterad": 10, "Kommentar": 50, "Ansvarig": 18}
    rows = [
        ["Kontroll att föreningsbidrag betalas ut enligt beslutade bidragsnormer och mot korrekt underlag", 1,
         "Genomförd", "Föreningsbidrag", "Genomgång av samtliga aktivitetsbidrag vår och höst", "Ja",
         "Två föreningar fick bidrag utan inlämnad årsredovisning. Återkrav har skickats.", "Föreningskonsulent"],
        ["Kontroll att bokning och debitering av sporthallar och ishallen stämmer mot bokningssystemet", 2,
         "Delvis genomförd", "Uthyrning", "Avstämning bokningar mot fakturering, oktober", "Nej",
         "Sporthallarna är kontrollerade, ishallen återstår.", "Fritidschef"],
        ["Kontroll av kontanthantering och dagskassor i simhallen och på huvudbiblioteket", 3,
         "Genomförd", "Kassahantering", "Oanmäld kassainventering två gånger", "Nej",
         "Inga differenser.", "Bibliotekschef"],
        ["Kontroll att ledare i fritidsgårdsverksamheten har lämnat utdrag ur belastningsregistret", 4,
         "Ej genomförd", "Fritidsgårdar", "Genomgång av personalakter", "Nej",
         "Hann inte genomföras under året, prioriteras våren 2026.", "Fritidschef"],
        ["Kontroll att inköp av offentlig konst följer konstpolicyn och förs in i konstregistret", 5,
         "Utgår", "Konst", "Avstämning inköp mot konstregistret", None,
         "Inga konstinköp gjordes 2025.", "Kulturchef"],
        ["Uppföljning av att bidrag till studieförbunden redovisas enligt överenskommelse", 6,
         "Genomförd", "Studieförbund", "Genomgång av verksamhetsberättelser", "Nej",
         "Kontrollen är inte slutförd, två studieförbunds redovisningar återstår att gå igenom.", "Kulturchef"],
        ["Kontroll att hyresavtal för samlingslokaler och bygdegårdar är aktuella och undertecknade", 7,
         "Se kommentar", "Lokaler", "Genomgång av avtalspärmen", None, None, "Förvaltningschef"],
    ]
    footer = [
        ("Datum: 2026-01-12",),
        ("Underskrift: Karin Persson, ordförande kultur- och fritidsnämnden",),
    ]
    wb = std_template(title, head, rows, widths, footer, dv_col="C")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    stat = ["GENOMFORD", "DELVIS", "GENOMFORD", "EJ_GENOMFORD", "UTGAR", "GENOMFORD", "OKLAR"]
    avv = ["ja", "nej", "nej", "nej", "nej", "nej", "nej"]
    for row, s, a in zip(rows, stat, avv):
        exp(fil, KFN, row[0], s, a)


# ---------------------------------------------------------------------------
# 3: Tekniska nämnden - plan and follow-up on separate sheets
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN internkontrollplan och uppföljning 2025.xlsx"
    plan = [
        (1, "Investeringar", "Projekt startas utan beslutad budget",
         "Kontroll att investeringsprojekt över 1 mnkr har en godkänd projektbudget innan start",
         "Genomgång av samtliga projekt i investeringsredovisningen", "Helår", "Förvaltningsekonom"),
        (2, "VA-debitering", "Felaktig debitering av VA-abonnenter",
         "Kontroll att VA-taxan debiteras korrekt mot mätaravläsningar för ett urval om 25 abonnenter",
         "Stickprov 25 abonnenter", "Helår", "VA-chef"),
        (3, "Vinterväghållning", "Entreprenörer fakturerar för mycket",
         "Kontroll att entreprenörer för snöröjning fakturerar enligt avtalade timpriser",
         "Avstämning fakturor mot körrapporter och avtal", "Löpande", "Gatuchef"),
        (4, "Fastighetsförvaltning", "Personskador på grund av bristande besiktning",
         "Kontroll att lagstadgade besiktningar av hissar och lekplatser genomförts enligt plan",
         "Genomgång av besiktningsprotokoll", "Helår", "Fastighetschef"),
        (5, "Fordon", "Otillåten privat användning av kommunens fordon och drivmedel",
         "Kontroll av körjournaler och drivmedelskort för kommunens fordonspark",
         "Stickprov 10 fordon, jämförelse tankning mot körjournal", "Delår och helår", "Verkstadsansvarig"),
        (6, "Arbetsmiljö", "Brister i den fysiska arbetsmiljön upptäcks inte",
         "Kontroll att skyddsronder genomförs på samtliga arbetsplatser inom tekniska förvaltningen",
         "Sammanställning av skyddsrondsprotokoll", "Helår", "Förvaltningschef"),
        (7, "Inköp", "Inköp görs utanför ramavtal",
         "Kontroll av avtalstrohet vid inköp av material till fastighetsunderhållet",
         "Stickprov 30 fakturor mot ramavtal", "Helår", "Inköpssamordnare"),
        (8, "Renhållning", "Utförda tjänster faktureras inte",
         "Kontroll att avgifter för tömning av slamavskiljare och fettavskiljare faktureras efter utförd tömning",
         "Avstämning körlistor mot fakturering", "Helår", "Renhållningschef"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Tekniska nämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av tekniska nämnden 2024-12-11 § 87"
    ws["A2"].font = Font(italic=True)
    head = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Uppföljning", "Ansvarig"]
    widths = [5, 20, 34, 52, 36, 14, 20]
    for c, (h, w) in enumerate(zip(head, widths), 1):
        cell = ws.cell(4, c, h)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.font = Font(bold=True)
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = w
    for r, row in enumerate(plan, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX

    fu = wb.create_sheet("Uppföljning 2025")
    fu["A1"] = "Uppföljning av internkontrollplan 2025 – Tekniska nämnden"
    fu["A1"].font = Font(bold=True, size=14)
    fu["A2"] = "Kontrollmomenten beskrivs på fliken Plan 2025. Helårsuppföljning, rapporteras till nämnden 2026-01-28."
    fu["A2"].font = Font(italic=True)
    fhead = ["Nr", "Process", "Delår (aug)", "Helår", "Avvikelse (Ja/Nej)", "Resultat", "Åtgärd"]
    fwidths = [5, 20, 12, 10, 12, 60, 40]
    for c, (h, w) in enumerate(zip(fhead, fwidths), 1):
        cell = fu.cell(4, c, h)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.font = Font(bold=True)
        cell.border = BOX
        fu.column_dimensions[cell.column_letter].width = w
    follow = [
        (1, "Investeringar", "D", "J", "Nej",
         "Samtliga 11 projekt över 1 mnkr hade beslutad projektbudget före start.", None),
        (2, "VA-debitering", "J", "J", "Ja",
         "Två abonnenter hade debiterats efter schablon trots avläst mätare.", "Kreditering och ny debitering gjord i december."),
        (3, "Vinterväghållning", "D", "D", "Nej",
         "Fakturor för januari–april kontrollerade utan anmärkning. Säsongen nov–dec kontrolleras i februari.", None),
        (4, "Fastighetsförvaltning", "N", "N", "Nej",
         "Har inte hunnits med på grund av långtidssjukskrivning.", "Läggs in i planen 2026."),
        (5, "Fordon", "J", "J", "Ja",
         "Ett drivmedelskort har använts för tankning av privat bil.", "Ärendet överlämnat till HR, kortet spärrat."),
        (6, "Arbetsmiljö", "U", "U", None,
         "Utgår, ingår i den kommunövergripande arbetsmiljökontrollen enligt KS beslut.", None),
        (7, "Inköp", "-", "J", "Nej",
         "30 fakturor kontrollerade, samtliga mot gällande ramavtal.", None),
    ]
    for r, row in enumerate(follow, 5):
        for c, v in enumerate(row, 1):
            cell = fu.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
    lr = 5 + len(follow) + 1
    fu.cell(lr, 1, "Förklaring: J = genomförd, D = delvis genomförd, N = ej genomförd, U = utgår").font = Font(italic=True)
    fu.cell(lr + 2, 1, "Hällsjö 2026-01-14, Per-Olof Strand, förvaltningschef")
    wb.active = 1
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    stat = {1: ("GENOMFORD", "nej"), 2: ("GENOMFORD", "ja"), 3: ("DELVIS", "nej"),
            4: ("EJ_GENOMFORD", "nej"), 5: ("GENOMFORD", "ja"), 6: ("UTGAR", "nej"),
            7: ("GENOMFORD", "nej"), 8: ("SAKNAS", "nej")}
    for row in plan:
        s, a = stat[row[0]]
        exp(fil, TN, row[3], s, a)


# ---------------------------------------------------------------------------
# 4: Omsorgsnämnden - Word, one table, merged process rows, traffic lights
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, color=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def file_on():
    fil = "Omsorgsnämnden uppföljning IK helår 2025.docx"
    GREEN, YELLOW, RED = "00B050", "FFC000", "FF0000"
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Hällsjö kommun · Omsorgsförvaltningen"
    doc.core_properties.title = "Uppföljning internkontrollplan 2025"
    doc.core_properties.author = "Omsorgsförvaltningen"
    h = doc.add_heading("Omsorgsnämnden", level=1)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=2)
    doc.add_paragraph(
        "Omsorgsnämnden antog internkontrollplanen för 2025 den 18 december 2024. Nedan redovisas "
        "resultatet av helårsuppföljningen per process. Status anges med trafikljus enligt "
        "färgförklaringen under tabellen.")
    head = ["Kontrollmoment", "Metod och omfattning", "Ansvarig", "Status", "Resultat och åtgärder"]
    items = [
        ("P", "Process: Myndighetsutövning äldreomsorg och LSS"),
        ("C", "Kontroll att beslut om insatser enligt LSS verkställs inom tre månader och att ej verkställda beslut rapporteras till IVO",
         "Genomgång av samtliga ej verkställda beslut per kvartal", "Biståndschef", "Grön", GREEN,
         "Samtliga ej verkställda beslut har rapporterats i tid."),
        ("C", "Granskning av att genomförandeplaner upprättas inom 14 dagar efter påbörjad insats i hemtjänsten",
         "Stickprov 10 planer per hemtjänstgrupp", "Enhetschefer hemtjänst", "", YELLOW,
         "Granskning gjord i två av fyra hemtjänstgrupper. Av 20 granskade planer var 6 inte upprättade inom 14 dagar."),
        ("P", "Process: Avgifter och brukarnas medel"),
        ("C", "Kontroll att avgiftsbeslut för hemtjänst och särskilt boende grundas på aktuell inkomstförfrågan",
         "Stickprov 15 avgiftsbeslut", "Avgiftshandläggare", "Röd", RED,
         "Ej genomförd på grund av byte av verksamhetssystem under hösten."),
        ("C", "Stickprov av att brukarnas privata medel på särskilt boende hanteras och kvitteras enligt rutin",
         "Genomgång av kassaböcker på två boenden", "Enhetschefer SÄBO", "", GREEN,
         "Genomförd. Kvitton saknades i två fall, rutinen har förtydligats för personalen."),
        ("P", "Process: Bemanning och personal"),
        ("C", "Kontroll att timanställda inte överskrider tillåten arbetstid enligt arbetstidslagen",
         "Uttag ur schemasystemet per månad", "HR-konsult", "Gul", YELLOW,
         "Kontrollen är gjord för januari–augusti, hösten redovisas i februari."),
        ("C", "Kontroll av att legitimerad personal har giltig legitimation i HOSP-registret vid anställning",
         "Avstämning nyanställda mot HOSP", "MAS", "Grön", GREEN,
         "Samtliga 14 nyanställda sjuksköterskor och fysioterapeuter kontrollerade."),
        ("P", "Process: Kvalitet och patientsäkerhet"),
        ("C", "Uppföljning av att avvikelser enligt HSL och lex Sarah registreras och utreds inom fastställd tid",
         "Genomgång av avvikelsesystemet per tertial", "Kvalitetsstrateg", "", RED,
         "Uppföljningen har inte gjorts."),
        ("C", "Kontroll att läkemedelsförråden på särskilda boenden inventeras och att narkotikaförteckning förs",
         "Egenkontroll och extern kvalitetsgranskning", "MAS", "", None, ""),
        ("C", "Kontroll av att loggar i journalsystemet följs upp avseende obehörig åtkomst",
         "Loggkontroll 10 slumpvisa journaler per månad", "Systemförvaltare", "Utgår", None,
         "Ersätts av den regionala loggkontrollen tillsammans med Region Jämtland Härjedalen."),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, hd in enumerate(head):
        set_cell(t.rows[0].cells[i], hd, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "44546A")
    for it in items:
        row = t.add_row()
        if it[0] == "P":
            m = row.cells[0].merge(row.cells[4])
            set_cell(m, it[1], bold=True, size=10)
            shade(m, "D9D9D9")
        else:
            _, kt, met, ans, word, fill, res = it
            cells = row.cells
            set_cell(cells[0], kt)
            set_cell(cells[1], met)
            set_cell(cells[2], ans)
            set_cell(cells[3], word, bold=True,
                     color=("FFFFFF" if fill in (GREEN, RED) else None) if word and fill else None)
            if fill:
                shade(cells[3], fill)
            set_cell(cells[4], res)
    widths = [Cm(5.5), Cm(3.5), Cm(2.6), Cm(1.6), Cm(5.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Färgförklaring: ").bold = True
    p.add_run("Grön = kontrollen genomförd. Gul = kontrollen delvis genomförd eller pågår. "
              "Röd = kontrollen ej genomförd.")
    doc.add_paragraph("Avvikelser som noterats vid kontrollerna framgår av kolumnen Resultat och åtgärder.")
    doc.add_paragraph("Hällsjö 2026-01-13")
    doc.add_paragraph("Åsa Lindqvist, förvaltningschef omsorgsförvaltningen")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", ON, "2025", "HELAR"))
    stat = [("GENOMFORD", "nej"), ("DELVIS", "ja"), ("EJ_GENOMFORD", "nej"), ("GENOMFORD", "ja"),
            ("DELVIS", "nej"), ("GENOMFORD", "nej"), ("EJ_GENOMFORD", "nej"), ("SAKNAS", "nej"),
            ("UTGAR", "nej")]
    controls = [it for it in items if it[0] == "C"]
    assert len(controls) == len(stat)
    for it, (s, a) in zip(controls, stat):
        exp(fil, ON, it[1], s, a)


# ---------------------------------------------------------------------------
# 5: Miljö- och byggnämnden - OpenDocument, status column headed by a symbol
# ---------------------------------------------------------------------------
def file_mbn(tmp):
    fil = "MBN uppföljning IKP 2025.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Miljö- och byggnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    head = ["Nr", "Område", "Kontrollmoment", "Så här kontrolleras", "Ansvarig", "✔", "⚠", "Kommentar"]
    widths = [5, 16, 52, 34, 18, 9, 5, 52]
    for c, (h, w) in enumerate(zip(head, widths), 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center" if c in (6, 7) else "left")
        ws.column_dimensions[cell.column_letter].width = w
    rows = [
        (1, "Bygglov", "Kontroll att bygglovsbeslut fattas inom tio veckor från komplett ansökan enligt PBL",
         "Uttag ur ärendesystemet, samtliga beslut", "Bygglovschef", "Ja", "x",
         "3 av 41 ärenden överskred tidsfristen, avgiften har reducerats enligt PBL."),
        (2, "Bygglov", "Kontroll att debitering av bygglovsavgifter följer gällande taxa för ett urval av 15 ärenden",
         "Stickprov 15 ärenden", "Administratör", "Ja", None, "Inga fel."),
        (3, "Livsmedel", "Kontroll att planerad livsmedelskontroll genomförs enligt beslutad kontrollplan",
         "Avstämning utförda kontroller mot kontrollplanen", "Miljöchef", "Delvis", None,
         "75 procent av planerade kontroller utförda, resterande flyttade till första kvartalet 2026."),
        (4, "Miljötillsyn", "Kontroll att årsavgifter för miljötillsyn faktureras samtliga tillsynsobjekt i registret",
         "Avstämning objektregister mot fakturering", "Miljöchef", "Nej", None,
         "Ej utförd, flyttas till 2026."),
        (5, "Delegation", "Kontroll att delegationsbeslut i bygg- och miljöärenden återrapporteras till nämnden varje månad",
         "Jämförelse delegationslistor mot nämndprotokoll", "Nämndsekreterare", None, None,
         "Kontrollen är genomförd, samtliga beslut har anmälts."),
        (6, "Strandskydd", "Kontroll av att beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka",
         "Genomgång av samtliga dispensbeslut", "Bygglovschef", "Se bilaga", None, None),
        (7, "Arkiv", "Kontroll att handlingar i avslutade bygglovsärenden skannas och arkiveras enligt dokumenthanteringsplanen",
         "Stickprov 10 avslutade ärenden", "Administratör", None, None, None),
        (8, "Behörigheter", "Kontroll av behörigheter i verksamhetssystemet Ecos efter personalförändringar",
         "Behörighetslista mot personalförteckning", "Systemförvaltare", "Ja", "x",
         "Två tidigare anställda hade kvar behörighet, dessa är nu borttagna."),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (6, 7) else None)
            cell.border = BOX
    lr = 5 + len(rows) + 1
    ws.cell(lr, 1, "✔ = kontrollen utförd (Ja / Delvis / Nej / Utgår).  ⚠ = x om avvikelse har noterats.")
    ws.cell(lr + 1, 1, "Behandlad på miljö- och byggnämndens sammanträde 2026-01-21.")
    src = os.path.join(tmp, "MBN uppföljning IKP 2025.xlsx")
    wb.save(src)
    out = soffice_convert(src, "ods", tmp)
    shutil.move(out, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", MBN, "2025", ""))
    stat = [("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("DELVIS", "nej"), ("EJ_GENOMFORD", "nej"),
            ("GENOMFORD", "nej"), ("OKLAR", "nej"), ("SAKNAS", "nej"), ("GENOMFORD", "ja")]
    for row, (s, a) in zip(rows, stat):
        exp(fil, MBN, row[2], s, a)


# ---------------------------------------------------------------------------
# 6: Stratsys export - three nämnder by code, one row per control and period
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_export_internkontroll_20260114.csv"
    head = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Period", "Status", "Avvikelse", "Kommentar"]
    D, H = "Delår 2025", "Helår 2025"
    # (org, namnd, process, kontrollmoment, metod, ansvarig, [(status, avv, kommentar) delår, helår], exp status, exp avv)
    ctrls = [
        ("210 BUN", BUN, "Skolskjuts", "Kontroll att beslut om skolskjuts fattas enligt riktlinjerna och att berättigade elever får skolskjuts",
         "Stickprov 20 beslut", "Skolskjutssamordnare",
         [("Pågående", "", "Stickprov påbörjat."), ("Genomförd", "Nej", "20 beslut granskade utan anmärkning.")],
         "GENOMFORD", "nej"),
        ("210 BUN", BUN, "Elevhälsa och trygghet", "Kontroll att anmälningar om kränkande behandling rapporteras till huvudmannen och utreds skyndsamt",
         "Genomgång av samtliga anmälningar", "Utvecklingsledare",
         [("Genomförd", "Nej", "Inga brister första halvåret."),
          ("Genomförd", "Ja", "I 4 av 22 anmälningar dröjde utredningen mer än fyra veckor. Rektorerna har fått påminnelse om rutinen.")],
         "GENOMFORD", "ja"),
        ("210 BUN", BUN, "Avgifter", "Kontroll av att avgifter i förskolan baseras på aktuella inkomstuppgifter från vårdnadshavare",
         "Stickprov 30 hushåll", "Administrativ chef",
         [("Ej påbörjad", "", ""), ("Delvis genomförd", "Nej", "15 av 30 hushåll kontrollerade.")],
         "DELVIS", "nej"),
        ("210 BUN", BUN, "Personal", "Kontroll att utdrag ur belastningsregistret har visats upp före anställning i förskola och skola",
         "Stickprov 25 nyanställningar", "HR-partner",
         [("Genomförd", "", "Kontroll gjord för vårterminens anställningar."),
          ("Genomförd", "Ja", "Utdrag saknades för en timvikarie i förskolan. Rutinen för timvikarier har skärpts.")],
         "GENOMFORD", "ja"),
        ("210 BUN", BUN, "Närvaro", "Kontroll att elevers frånvaro följs upp och att vårdnadshavare kontaktas vid upprepad ogiltig frånvaro",
         "Uttag ur närvarosystemet", "Rektorer",
         [("Pågående", "", ""), ("Ej genomförd", "Nej", "Kunde inte genomföras på grund av byte av lärplattform.")],
         "EJ_GENOMFORD", "nej"),
        ("210 BUN", BUN, "Statsbidrag", "Kontroll av att statsbidrag för mindre barngrupper i förskolan återredovisas korrekt till Skolverket",
         "Avstämning rekvirerat mot utfall", "Förvaltningsekonom",
         [("", "", ""), ("", "", "")],
         "SAKNAS", "nej"),
        ("310 SN", SN, "Barn och unga", "Kontroll att utredningar inom barn och unga avslutas inom fyra månader enligt socialtjänstlagen",
         "Uttag ur verksamhetssystemet per tertial", "Enhetschef barn och unga",
         [("Delvis genomförd", "Ja", "Uttag gjort för T1."),
          ("Delvis genomförd", "Ja", "17 procent av utredningarna överskred fyra månader. Uttag för T3 saknas.")],
         "DELVIS", "ja"),
        ("310 SN", SN, "Ekonomiskt bistånd", "Stickprovskontroll av utbetalningar av ekonomiskt bistånd mot beslut och underlag",
         "Stickprov 10 utbetalningar per månad", "Enhetschef vuxen",
         [("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Inga felaktiga utbetalningar hittades.")],
         "GENOMFORD", "nej"),
        ("310 SN", SN, "Barn och unga", "Kontroll att orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga",
         [("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Samtliga förhandsbedömningar gjorda inom 14 dagar.")],
         "GENOMFORD", "nej"),
        ("310 SN", SN, "Placeringar", "Kontroll av att avtal och fakturor för externa placeringar stämmer överens",
         "Avstämning fakturor mot placeringsavtal", "Socialchef",
         [("Pågående", "", ""), ("Avbruten", "", "Kontrollen avbröts när ansvarig handläggare slutade i september.")],
         "EJ_GENOMFORD", "nej"),
        ("310 SN", SN, "Statlig ersättning", "Kontroll att statlig ersättning från Migrationsverket återsöks för samtliga berättigade ärenden",
         "Genomgång av ärendelista mot ansökningar", "Ekonomiassistent",
         [("Ej påbörjad", "", ""), ("Genomförd", "Ja", "Ersättning för två ärenden hade inte sökts. Ansökan gjord i november.")],
         "GENOMFORD", "ja"),
        ("330 AIN", AIN, "Arbetsmarknadsinsatser", "Kontroll att deltagare i kommunala arbetsmarknadsinsatser har en aktuell handlingsplan",
         "Stickprov 15 deltagare", "Enhetschef arbetsmarknad",
         [("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Samtliga 15 hade aktuell handlingsplan.")],
         "GENOMFORD", "nej"),
        ("330 AIN", AIN, "Statliga stöd", "Kontroll att lönebidrag och anställningsstöd rekvireras från Arbetsförmedlingen varje månad",
         "Avstämning rekvisitioner mot anställningar", "Administratör",
         [("Delvis genomförd", "", ""), ("Pågående", "", "Ny rutin för rekvisition tas fram, klar i mars 2026.")],
         "DELVIS", "nej"),
        ("330 AIN", AIN, "Integration", "Kontroll av att schablonersättningen för nyanlända fördelas enligt beslutad fördelningsmodell",
         "Avstämning ersättning mot fördelning", "Integrationssamordnare",
         [("", "", ""), ("", "", "Se bilaga")],
         "OKLAR", "nej"),
        ("330 AIN", AIN, "Utbetalningar", "Kontroll att ersättning till praktikanter attesteras av behörig chef före utbetalning",
         "Stickprov 10 utbetalningar", "Enhetschef arbetsmarknad",
         [("Genomförd", "Nej", ""), ("Utgår", "", "Avbruten genom beslut i AIN 2025-09-17 § 45, ersättningen har upphört.")],
         "UTGAR", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    buf.write("Hällsjö kommun – Internkontroll – Uppföljning per kontrollmoment;;;;;;;;;\r\n")
    w.writerow(head)
    for org, namnd, proc, km, met, ans, per, s, a in ctrls:
        for pname, (st, av, kom) in zip((D, H), per):
            w.writerow([org, "Internkontrollplan 2025", proc, km, met, ans, pname, st, av, kom])
    w.writerow(["Antal rader: %d" % (2 * len(ctrls)), "", "", "", "", "", "", "", "", ""])
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    for n in (BUN, SN, AIN):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    for org, namnd, proc, km, met, ans, per, s, a in ctrls:
        exp(fil, namnd, km, s, a)


# ---------------------------------------------------------------------------
# 7: Överförmyndarnämnden - T2 follow-up as old .xls
# ---------------------------------------------------------------------------
def file_ofn(tmp):
    fil = "ÖFN IK-uppföljning 2025.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "T2"
    ws["A1"] = "Överförmyndarnämnden i Hällsjö kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Årsräkningsgranskningen pågår till och med februari, därför lämnas ingen helårsuppföljning förrän i mars 2026."
    ws["A3"].font = Font(italic=True)
    head = ["Nr", "Kontrollområde", "Vad kontrolleras", "Status T1", "Status T2", "Avvikelse", "Iakttagelser och åtgärder"]
    widths = [5, 20, 52, 12, 12, 10, 55]
    for c, (h, wd) in enumerate(zip(head, widths), 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        ws.column_dimensions[cell.column_letter].width = wd
    rows = [
        (1, "Årsräkningar", "Granskning av att årsräkningar från ställföreträdare har kommit in senast den 1 mars",
         "Pågår", "Klar", "Ja", "14 årsräkningar kom in för sent. Påminnelser skickade och tre vitesförelägganden beslutade."),
        (2, "Arvoden", "Kontroll att arvoden till gode män och förvaltare beräknas enligt nämndens riktlinjer",
         "Ej påbörjad", "Pågår", "Nej", "Stickprov på 10 arvodesbeslut påbörjat i augusti."),
        (3, "Lämplighet", "Kontroll av att nya ställföreträdare lämplighetsprövas med utdrag från Kronofogden och belastningsregistret",
         "Klar", "Klar", "Nej", "Samtliga 9 nya ställföreträdare lämplighetsprövade."),
        (4, "Spärrade konton", "Stickprovskontroll av att uttag från spärrade konton har överförmyndarens samtycke",
         "Ej påbörjad", "Ej påbörjad", "Nej", "Planeras till hösten."),
        (5, "Dokumenthantering", "Kontroll att ärenden i Wärna handläggs och arkiveras enligt dokumenthanteringsplanen",
         "Klar", "Klar", "Ja", "Fem avslutade ärenden var inte arkiverade. Åtgärdat i juni."),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
    ws.cell(6 + len(rows) + 1, 1, "Rapporterad till nämnden 2025-09-24. Handläggare: Eva Sundin, överförmyndarhandläggare")
    src = os.path.join(tmp, "ofn_t2.xlsx")
    wb.save(src)
    out = soffice_convert(src, "xls", tmp)
    shutil.move(out, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))
    stat = [("GENOMFORD", "ja"), ("DELVIS", "nej"), ("GENOMFORD", "nej"), ("EJ_GENOMFORD", "nej"),
            ("GENOMFORD", "ja")]
    for row, (s, a) in zip(rows, stat):
        exp(fil, OFN, row[2], s, a)


# ---------------------------------------------------------------------------
# 8: rejected file - a scanned signature page (JPEG) saved with .xlsx
# ---------------------------------------------------------------------------
def file_reject(tmp):
    fil = "Skanning_20260113_0832.xlsx"
    data = None
    try:
        from PIL import Image, ImageDraw
        img = Image.new("L", (620, 877), 245)
        d = ImageDraw.Draw(img)
        d.text((60, 80), "Hallsjo kommun - underskrifter internkontroll 2025", fill=20)
        for y in range(160, 800, 38):
            d.line((60, y, 560, y), fill=180)
        d.line((80, 700, 300, 690), fill=30, width=3)
        b = io.BytesIO()
        img.save(b, "JPEG", quality=60)
        data = b.getvalue()
    except Exception:
        pass
    if data is None:
        # minimal JPEG-looking blob (SOI + JFIF APP0 + filler + EOI)
        data = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00"
                + bytes((i * 37) % 251 for i in range(6000)) + b"\xff\xd9")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_meta():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in REGISTER:
            f.write("%s;%s\n" % (n, "|".join(al)))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")
    texts = [r[2] for r in EXPECTED]
    assert len(texts) == len(set(texts)), "duplicate control texts"
    assert all(len(t) >= 25 for t in texts)


def main():
    tmp = tempfile.mkdtemp(prefix="round28-")
    try:
        file_ks()
        file_kfn()
        file_tn()
        file_on()
        file_mbn(tmp)
        file_csv()
        file_ofn(tmp)
        file_reject(tmp)
        write_meta()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len({f[0] for f in FILES}), "file/nämnd rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
