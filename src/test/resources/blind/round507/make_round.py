#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r507 - Säters kommun, helår 2025 inbox with several nämnder per file.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round507"
FIXED = dt.datetime(2026, 1, 26, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    assert not km.startswith("=")
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_xlsx_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_docx_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "Kommunledningskontoret"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Socialnämnden", ["SN", "SocN", "Socialförvaltningen"]),
    ("Arbetsmarknads- och integrationsnämnden", ["AIN", "Arbetsmarknadsförvaltningen", "Arbetsmarknad och integration"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen"]),
    ("Miljö- och byggnämnden", ["MBN", "Miljö- och byggförvaltningen", "Bygg och miljö"]),
    ("Tekniska nämnden", ["TN", "Tekniska förvaltningen"]),
    ("Gemensamma överförmyndarnämnden", ["ÖFN", "Överförmyndarnämnden",
                                         "Överförmyndarnämnden Säter Hedemora Smedjebacken",
                                         "Överförmyndarkansliet"]),
    ("Valnämnden", ["VN"]),
    ("Säterbostäder AB", ["Säterbostäder", "SBAB"]),
    ("Räddningstjänsten Dala Mitt", ["RTDM", "Räddningstjänstförbundet Dala Mitt", "Dala Mitt"]),
    ("Krisledningsnämnden", ["KLN"]),
]

# ---------------------------------------------------------------------------
# F1  workbook, one sheet per nämnd named by abbreviation (KS, BUN, SN)
# ---------------------------------------------------------------------------
F1 = "IK_helar_2025_KS_BUN_SN.xlsx"

# (process, kontrollmoment, metod, frekvens, ansvarig, T1, T2, Helår, kommentar, status, avv)
KS_ROWS = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor per tertial", "Tertial", "Ekonomichef", "G", "G", "G", "", "GENOMFORD", "nej"),
    ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
     "Stickprov 15 verifikat", "Halvår", "Controller", "", "GA", "GA",
     "3 av 15 verifikat saknade deltagarförteckning.\nPåminnelse om regelverket skickad till samtliga chefer.",
     "GENOMFORD", "ja"),
    ("Ekonomi", "Ingående moms på representation och kurser redovisas korrekt",
     "Genomgång av momskoder", "Halvår", "Redovisningsekonom", "P", "G", "", "", "GENOMFORD", "nej"),
    ("Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial och kontorsmaterial",
     "Analys av inköpsstatistik", "Helår", "Upphandlare", "", "", "P",
     "Analysen påbörjad i december, slutförs i februari 2026.", "DELVIS", ""),
    ("Personal", "Anställningsavtal registreras korrekt i lönesystemet (lön, sysselsättningsgrad, avtalsform)",
     "Stickprov 10 nyanställningar", "Tertial", "HR-chef", "G", "G", "G", "", "GENOMFORD", "nej"),
    ("Personal", "Uppföljning av rehabiliteringsärenden vid upprepad korttidsfrånvaro",
     "Genomgång av rehabärenden", "Helår", "HR-chef", "", "", "E",
     "Ej genomförd p.g.a. vakans på HR-specialist. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
    ("IT och informationssäkerhet", "Behörigheter i ekonomisystemet avslutas när anställning upphör",
     "Avstämning mot personalsystemet", "Halvår", "IT-chef", "G", "", "GA",
     "Två konton för avslutade anställningar var fortfarande aktiva. Kontona spärrades 2025-11-14.",
     "GENOMFORD", "ja"),
    ("Nämndadministration", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
     "Jämförelse diarium/protokoll", "Tertial", "Kommunsekreterare", "G", "G", "",
     "Kontrollerat t.o.m. december – samtliga beslut har anmälts. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Nämndadministration", "Inkomna handlingar diarieförs inom två arbetsdagar",
     "Stickprov i diariet", "Tertial", "Registrator", "G", "U", "U",
     "Utgår – ersatt av granskning inom e-arkivprojektet enligt KS beslut 2025-05-20 § 87.", "UTGAR", ""),
    ("Säkerhet", "Krisledningsplan och kontaktlistor för krisledningsstaben är uppdaterade",
     "Genomgång av dokument", "Helår", "Säkerhetssamordnare", "", "", "", "", "SAKNAS", ""),
]

BUN_ROWS = [
    ("Skolskjuts", "Beslut om skolskjuts fattas enligt kommunens riktlinjer för skolskjuts",
     "Stickprov 15 beslut", "Halvår", "Skolskjutshandläggare", "G", "G", "G", "", "GENOMFORD", "nej"),
    ("Elevhälsa och närvaro", "Elevers frånvaro registreras i Skola24 samma dag",
     "Uttag ur Skola24 per enhet", "Tertial", "Rektorer", "P", "P", "GA",
     "Två enheter registrerade frånvaro i efterhand, upp till en vecka senare.\nÅtgärdsplan upprättad tillsammans med rektorerna.",
     "GENOMFORD", "ja"),
    ("Elevhälsa och närvaro", "Rutin för anmälan av kränkande behandling till huvudman följs",
     "Genomgång av anmälningar", "Tertial", "Verksamhetschef grundskola", "G", "P", "P",
     "Kontrollerat på 5 av 8 enheter, hittills utan brister. Resterande enheter kontrolleras i januari 2026.",
     "DELVIS", "nej"),
    ("Avgifter", "Barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift",
     "Inkomstkontroll mot Skatteverket", "Helår", "Avgiftshandläggare", "", "", "E",
     "Inkomstkontrollen har inte genomförts på grund av byte av e-tjänst.", "EJ_GENOMFORD", ""),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor", "Tertial", "Förvaltningsekonom", "G", "G", "Klar", "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Personal", "Utdrag ur belastningsregistret har lämnats vid nyanställning inom förskola och skola",
     "Stickprov 25 nyanställningar", "Helår", "HR-konsult", "", "", "GA",
     "1 av 25 saknade registerutdrag. Utdraget har nu lämnats och rutinen har förtydligats.",
     "GENOMFORD", "ja"),
    ("Undervisning", "Modersmålsundervisning erbjuds samtliga elever som har rätt till det",
     "Avstämning mot ansökningar", "Helår", "Samordnare modersmål", "", "", "U",
     "Ej aktuell 2025 – granskas i stället i nämndens kvalitetsrapport.", "UTGAR", ""),
    ("Informationssäkerhet", "Skyddade personuppgifter hanteras enligt rutin i elevregistret",
     "Kontroll av markeringar i elevregistret", "Helår", "Förvaltningschef", "", "", "",
     "Se bilaga 2. Redovisas muntligt på nämndens sammanträde i februari.", "OKLAR", ""),
]

SN_ROWS = [
    ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
     "Stickprov 20 beslut", "Tertial", "Enhetschef IFO", "G", "G", "G", "", "GENOMFORD", "nej"),
    ("Ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet",
     "Stickprov 30 utbetalningar", "Tertial", "Enhetschef IFO", "P", "G", "GA",
     "Två dubbelutbetalningar upptäcktes. Återkrav har initierats och behörighetsrutinen har skärpts.",
     "GENOMFORD", "ja"),
    ("Barn och unga", "Orosanmälningar förhandsbedöms inom 14 dagar",
     "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef barn och unga", "GA", "GA", "GA",
     "Andel inom 14 dagar helår: 91 %. Överskridanden beror på hög arbetsbelastning under sommaren.",
     "GENOMFORD", "ja"),
    ("Äldreomsorg", "Genomförandeplaner inom hemtjänsten upprättas inom tre veckor från beslut",
     "Stickprov per hemtjänstgrupp", "Halvår", "Verksamhetschef äldreomsorg", "", "P", "P",
     "Stickprov genomfört i två av fyra hemtjänstgrupper.", "DELVIS", ""),
    ("Hälso- och sjukvård", "Signeringslistor för läkemedel kontrolleras på särskilt boende",
     "Månadsvis granskning", "Tertial", "MAS", "G", "G", "G", "", "GENOMFORD", "nej"),
    ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet avseende otillbörlig åtkomst",
     "Stickprov i loggar", "Tertial", "Systemförvaltare", "E", "E", "E",
     "Loggverktyg saknas efter systembytet. Beställning är gjord.", "EJ_GENOMFORD", ""),
    ("Avgifter", "Fakturering av hemtjänstavgifter stämmer mot utförd tid",
     "Avstämning tidsregistrering/faktura", "Helår", "Avgiftshandläggare", "", "", "",
     "Kontrollen kunde inte genomföras under året och flyttas till internkontrollplan 2026.",
     "EJ_GENOMFORD", ""),
    ("Avgifter", "Avgiftsbeslut för särskilt boende omprövas årligen",
     "Genomgång av avgiftsbeslut", "Helår", "Avgiftshandläggare", "", "", "U",
     "Avbruten genom nämndbeslut 2025-09-24 § 112 (ny rutin för automatisk omprövning).", "UTGAR", ""),
    ("Kvalitet", "Lex Sarah-rapporter utreds och allvarliga missförhållanden anmäls till IVO",
     "Genomgång av samtliga rapporter", "Tertial", "Kvalitetsutvecklare", "G", "G", "G", "",
     "GENOMFORD", "nej"),
]

LEGEND = ("Koder: G = Genomförd utan anmärkning   GA = Genomförd med avvikelse   "
          "P = Påbörjad/pågår   E = Ej genomförd   U = Utgår")


def f1_sheet(ws, title_lines, rows, namnd, signer):
    widths = [5, 20, 46, 26, 11, 22, 7, 7, 8, 52]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    r = 1
    for j, t in enumerate(title_lines):
        ws.cell(r, 1, t).font = Font(bold=(j == 0), size=14 if j == 0 else 11)
        r += 1
    ws.cell(r, 1, LEGEND).font = Font(italic=True, size=9)
    r += 2
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
            "T1", "T2", "Helår", "Kommentar/iakttagelser"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(r, c, h)
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    header_row = r
    r += 1
    # merge the process column over consecutive equal processes
    start = r
    prev = None
    blocks = []
    for n, row in enumerate(rows, 1):
        proc, km, metod, frek, ansv, t1, t2, hel, kom, status, avv = row
        if proc != prev:
            blocks.append([r, r])
        else:
            blocks[-1][1] = r
        prev = proc
        vals = [n, proc if (not blocks or blocks[-1][0] == r) else None, km, metod, frek, ansv,
                t1 or None, t2 or None, hel or None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (7, 8, 9):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(F1, namnd, km, status, avv)
        r += 1
    for a, b in blocks:
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    cnt = {}
    for row in rows:
        cnt[row[9]] = cnt.get(row[9], 0) + 1
    ws.cell(r, 2, "Sammanställning helår").font = Font(bold=True)
    ws.cell(r, 3, "Antal kontrollmoment: %d" % len(rows))
    r += 1
    ws.cell(r, 3, "Genomförda: %d   Pågår: %d   Ej genomförda: %d   Utgår: %d   Ej rapporterade/oklara: %d"
            % (cnt.get("GENOMFORD", 0), cnt.get("DELVIS", 0), cnt.get("EJ_GENOMFORD", 0),
               cnt.get("UTGAR", 0), cnt.get("SAKNAS", 0) + cnt.get("OKLAR", 0)))
    r += 2
    ws.cell(r, 2, "Godkänd av:")
    ws.cell(r, 3, signer)
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.print_title_rows = "%d:%d" % (header_row, header_row)
    ws.page_setup.orientation = "landscape"


def build_f1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Anvisning"
    lines = [
        "Uppföljning av internkontrollplan 2025 – helår",
        "",
        "Anvisning till förvaltningarna",
        "1. Fyll i status för respektive tertial i kolumnerna T1, T2 och Helår. Helår avser hela perioden januari–december.",
        "2. Använd koderna nedan. Vid avvikelse ska kommentar alltid lämnas.",
        "     G   = Genomförd utan anmärkning",
        "     GA  = Genomförd med avvikelse (beskriv i kommentar)",
        "     P   = Påbörjad/pågår",
        "     E   = Ej genomförd",
        "     U   = Utgår (ange beslut)",
        "3. Kontrollmoment som ej genomförts ska övervägas i internkontrollplan 2026.",
        "4. Skicka filen till ekonomiavdelningen senast 2026-01-23.",
        "",
        "Kontaktperson: Lena Sjöberg, controller, ekonomiavdelningen",
    ]
    for i, t in enumerate(lines, 1):
        c = ws.cell(i, 1, t)
        if i == 1:
            c.font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 110

    ks = wb.create_sheet("KS")
    f1_sheet(ks, ["Intern kontroll 2025 – uppföljning helår", "Nämnd: Kommunstyrelsen",
                  "Förvaltning: Kommunledningsförvaltningen"], KS_ROWS, "Kommunstyrelsen",
             "Kommundirektör Per Östlund 2026-01-19")
    ks.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
    bun = wb.create_sheet("BUN")
    f1_sheet(bun, ["Intern kontroll 2025 – uppföljning helår", "Nämnd: Barn- och utbildningsnämnden"],
             BUN_ROWS, "Barn- och utbildningsnämnden", "Förvaltningschef Jonas Hägg 2026-01-21")
    sn = wb.create_sheet("SN")
    f1_sheet(sn, ["Intern kontroll 2025 – uppföljning helår", "Förvaltningschef: Maria Ekholm"],
             SN_ROWS, "Socialnämnden", "Maria Ekholm 2026-01-22")
    fix_xlsx_props(wb, "Lena Sjöberg")
    wb.save(os.path.join(OUT, F1))
    for n in ("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden"):
        FILES.append((F1, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  Word document, heading per nämnd over its table (KFN, MBN)
# ---------------------------------------------------------------------------
F2 = "Uppföljning intern kontroll helår 2025 KFN MBN.docx"

KFN_ROWS = [
    ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsnormer",
     "Stickprov på 12 utbetalningar. Samtliga utbetalningar var korrekta.", "Genomförd", "GENOMFORD", "nej"),
    ("Bidrag", "Föreningar som erhållit aktivitetsstöd har lämnat korrekta närvarolistor",
     "Två föreningar hade redovisat deltagare som inte var medlemmar. Återbetalning om 14 200 kr har begärts.",
     "Genomförd med avvikelse", "GENOMFORD", "ja"),
    ("Anläggningar", "Bokning och fakturering av idrottshallar stämmer mot bokningssystemet",
     "Avstämning gjord för vårterminen utan anmärkning. Avstämningen för hösten pågår.",
     "Delvis genomförd", "DELVIS", "nej"),
    ("Kassahantering", "Dagliga kassaavstämningar i simhallens kassa",
     "Kontanthanteringen avvecklades 2025-03-01, endast kortbetalning tillämpas.", "Utgår", "UTGAR", ""),
    ("Bibliotek", "Inköp av medier sker från upphandlad leverantör",
     "Kontrollen har inte genomförts på grund av personalbrist under hösten.", "Ej genomförd",
     "EJ_GENOMFORD", ""),
    ("Arbetsmiljö", "Skyddsronder genomförs på samtliga anläggningar",
     "Skyddsronder genomförda på 7 av 7 anläggningar. Åtgärdslistor finns.", "Genomförd", "GENOMFORD", "nej"),
    ("Personuppgifter", "Behandling av personuppgifter i bokningssystemet följer dataskyddsförordningen",
     "Kontrollen är genomförd i november. Inga brister noterades.", "", "GENOMFORD", "nej"),
]

# (nr, kontrollmoment, metod, ansvarig, utfall, avvikelse, status-word, status, avv)
MBN_ROWS = [
    ("1", "Handläggningstiden för bygglov (tio veckor) hålls", "Uttag ur ärendesystemet",
     "Bygglovschef", "94 % av ärendena beslutades inom tio veckor. Sex ärenden överskred tiden och avgiften reducerades.",
     "Ja", "Klar", "GENOMFORD", "ja"),
    ("2", "Tillsynsavgifter debiteras enligt gällande taxa", "Stickprov 20 fakturor",
     "Miljöchef", "Samtliga fakturor stämde mot taxan.", "Nej", "Klar", "GENOMFORD", "nej"),
    ("3", "Planerade livsmedelskontroller genomförs enligt kontrollplanen", "Jämförelse plan/utfall",
     "Miljöchef", "78 % av planerade kontroller genomförda. Resterande flyttas till första kvartalet 2026.",
     "Ja", "Pågår", "DELVIS", "ja"),
    ("4", "Delegationsbeslut anmäls till nämnden", "Jämförelse diarium/protokoll",
     "Nämndsekreterare", "", "Nej", "Klar", "GENOMFORD", "nej"),
    ("5", "Anställdas bisysslor inom bygg- och fastighetsbranschen är anmälda och prövade",
     "Enkät till handläggare", "Förvaltningschef", "Planerad till fjärde kvartalet men ej påbörjad.",
     "", "Ej påbörjad", "EJ_GENOMFORD", ""),
    ("6", "Avslutade ärenden arkiveras i e-arkivet", "Stickprov 10 ärenden", "Registrator",
     "", "", "", "SAKNAS", ""),
    ("7", "Beslut om strandskyddsdispens följer praxis", "Genomgång av beslut", "Bygglovschef",
     "Ersatt av länsstyrelsens överprövning 2025.", "", "Utgår", "UTGAR", ""),
]


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def build_f2():
    d = docx.Document()
    fix_docx_props(d, "Karin Berg", "Uppföljning intern kontroll 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "SÄTERS KOMMUN\tTjänsteskrivelse\t2026-01-20"
    d.add_heading("Uppföljning av internkontrollplaner 2025 – helår", 0)
    d.add_paragraph(
        "Kultur- och fritidsförvaltningen och Miljö- och byggförvaltningen har gemensam nämndadministration. "
        "I denna skrivelse redovisas uppföljningen av respektive nämnds internkontrollplan för perioden "
        "januari–december 2025. Varje nämnd redovisas under egen rubrik och behandlar sin del vid "
        "sammanträdet i februari 2026.")
    d.add_paragraph("Diarienummer: KFN 2025/18, MBN 2025/41")

    d.add_heading("Kultur- och fritidsnämnden", 1)
    d.add_paragraph("Nämndens samlade bedömning är att den interna kontrollen under 2025 har varit tillräcklig. "
                    "Sju kontrollmoment ingick i planen.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollområde", "Kontrollmoment", "Resultat helår", "Status"]):
        set_cell(c, h, bold=True)
    for area, km, res, st, status, avv in KFN_ROWS:
        cells = t.add_row().cells
        set_cell(cells[0], area)
        set_cell(cells[1], km)
        set_cell(cells[2], res)
        set_cell(cells[3], st)
        exp(F2, "Kultur- och fritidsnämnden", km, status, avv)

    d.add_paragraph("")
    d.add_heading("Miljö- och byggnämnden", 1)
    d.add_paragraph("Statusbegrepp: Klar = kontrollen är utförd. Pågår = kontrollen är påbörjad men inte avslutad. "
                    "Ej påbörjad = kontrollen har inte startat. Utgår = kontrollen har strukits. "
                    "Kolumnen Avvikelse anger om kontrollen visat på brister.")
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Metod", "Ansvarig", "Utfall helår 2025",
                                      "Avvikelse", "Status"]):
        set_cell(c, h, bold=True)
    for nr, km, met, ans, utf, av, st, status, avv in MBN_ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [nr, km, met, ans, utf, av, st]):
            set_cell(c, v)
        exp(F2, "Miljö- och byggnämnden", km, status, avv)

    d.add_paragraph("")
    d.add_paragraph("Förslag till beslut: Nämnderna godkänner var för sig uppföljningen av internkontrollplanen 2025.")
    d.add_paragraph("Säter 2026-01-20")
    d.add_paragraph("Karin Berg\nFörvaltningschef")
    d.save(os.path.join(OUT, F2))
    FILES.append((F2, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    FILES.append((F2, "INLAST", "Miljö- och byggnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  CSV export from the governance system, 'Verksamhet' column names förvaltningar
# ---------------------------------------------------------------------------
F3 = "Export_internkontroll_2025-12-31.csv"

# verksamhet, process, kontrollmoment, ansvarig, [(period, status, bedömning, kommentar)], exp status, avv, nämnd
TN = "Tekniska nämnden"
AIN = "Arbetsmarknads- och integrationsnämnden"
F3_CONTROLS = [
    ("Tekniska förvaltningen", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom TF",
     [("Tertial 1 2025", "Klar", "Inga avvikelser", ""), ("Tertial 2 2025", "Klar", "Inga avvikelser", ""),
      ("Helår 2025", "Klar", "Inga avvikelser", "Stickprov 60 fakturor under året.")], "GENOMFORD", "nej", TN),
    ("Tekniska förvaltningen", "Gata/park", "Fakturor för vinterväghållning stäms av mot beställning och avtal med entreprenör",
     "Gatuchef",
     [("Helår 2025", "Klar", "Mindre avvikelse",
       "Två fakturor avsåg plogning som inte beställts. Kreditering har erhållits.")], "GENOMFORD", "ja", TN),
    ("Tekniska förvaltningen", "Fordon", "Körjournaler förs för samtliga förmånsbilar och poolbilar", "Fordonssamordnare",
     [("Tertial 2 2025", "Pågående", "", "Genomgång påbörjad."),
      ("Helår 2025", "Klar", "Inga avvikelser", "")], "GENOMFORD", "nej", TN),
    ("Tekniska förvaltningen", "Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens verksamhetslokaler",
     "Fastighetschef",
     [("Tertial 1 2025", "Ej påbörjad", "", ""), ("Tertial 2 2025", "Pågående", "", "SBA dokumenterat i 9 av 22 fastigheter."),
      ("Helår 2025", "Pågående", "", "SBA dokumenterat i 14 av 22 fastigheter.")], "DELVIS", "", TN),
    ("Tekniska förvaltningen", "Upphandling", "Avtalstrohet vid inköp av byggmaterial", "Fastighetschef",
     [("Helår 2025", "Ej påbörjad", "", "Skjuts till 2026 då nytt ramavtal upphandlas.")], "EJ_GENOMFORD", "", TN),
    ("Tekniska förvaltningen", "Fastighet", "Kvittenser finns för samtliga utlämnade nycklar och passerkort", "Fastighetsförvaltare",
     [("Tertial 1 2025", "Klar", "Inga avvikelser", ""), ("Tertial 2 2025", "Klar", "Inga avvikelser", "Inventering av nyckelregistret klar."),
      ("Helår 2025", "", "", "")], "GENOMFORD", "nej", TN),
    ("Tekniska förvaltningen – Kostenheten", "Kost", "Livsmedelsinköp görs från upphandlade leverantörer", "Kostchef",
     [("Helår 2025", "Klar", "Väsentlig avvikelse",
       "Andelen inköp utanför avtal var 18 %. Åtgärdsplan tas fram under första kvartalet 2026.")], "GENOMFORD", "ja", TN),
    ("Tekniska förvaltningen", "Ekonomi", "Inventering av maskiner och inventarier", "Ekonom TF",
     [("Helår 2025", "Utgår", "", "Utgår enligt beslut TN 2025-06-11 § 45.")], "UTGAR", "", TN),
    ("Arbetsmarknadsförvaltningen", "Ekonomi", "Utbetalda lönebidrag stäms av mot Arbetsförmedlingens beslut", "Enhetschef AME",
     [("Helår 2025", "Klar", "Inga avvikelser", "")], "GENOMFORD", "nej", AIN),
    ("Arbetsmarknadsförvaltningen", "Insatser", "Närvaro för deltagare i arbetsmarknadsinsatser rapporteras varje vecka",
     "Arbetsledare",
     [("Tertial 1 2025", "Pågående", "", ""),
      ("Tertial 2 2025", "Klar", "Mindre avvikelse", "Närvaron rapporterades sent för fyra deltagare."),
      ("Helår 2025", "Klar", "Inga avvikelser", "Rutinen följs efter påminnelse i september.")], "GENOMFORD", "nej", AIN),
    ("Arbetsmarknadsförvaltningen", "Vuxenutbildning", "Ansökningar om studiestartsstöd handläggs inom fyra veckor",
     "Studie- och yrkesvägledare",
     [("Helår 2025", "Pågående", "", "Hälften av ärendena granskade.")], "DELVIS", "", AIN),
    ("Arbetsmarknadsförvaltningen", "Etablering", "Insatser inom etableringsuppdraget dokumenteras i verksamhetssystemet",
     "Integrationssamordnare",
     [("Helår 2025", "Ej påbörjad", "", "")], "EJ_GENOMFORD", "", AIN),
    ("Arbetsmarknadsförvaltningen", "Upphandling", "Leverantörer av jobbcoachning uppfyller avtalsvillkoren",
     "Enhetschef AME",
     [("Helår 2025", "", "", "Avtalsuppföljning genomförd i oktober, inga brister.")], "GENOMFORD", "nej", AIN),
    ("Arbetsmarknadsförvaltningen", "Ekonomi", "Kassahantering i second hand-butiken stäms av dagligen", "Butiksansvarig",
     [("Tertial 2 2025", "Klar", "Inga avvikelser", ""), ("Helår 2025", "Klar", "Inga avvikelser", "")], "GENOMFORD", "nej", AIN),
]


def build_f3():
    head = ["Organisation", "Verksamhet", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig",
            "Period", "Status", "Bedömning", "Kommentar", "Senast ändrad"]
    rows = []
    day = 8
    for i, (verk, proc, km, ansv, periods, status, avv, namnd) in enumerate(F3_CONTROLS):
        for period, st, bed, kom in periods:
            if period.startswith("Tertial 1"):
                date = "2025-05-%02d" % (5 + i % 20)
            elif period.startswith("Tertial 2"):
                date = "2025-09-%02d" % (8 + i % 20)
            else:
                date = "2026-01-%02d" % (day + i % 12)
            rows.append(["Säters kommun", verk, "Internkontrollplan 2025", proc, km, ansv, period, st, bed, kom,
                         date if (st or kom) else ""])
        exp(F3, namnd, km, status, avv)
    # export sorted by Verksamhet, then control, then period like the system does
    with open(os.path.join(OUT, F3), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(head)
        for r in rows:
            w.writerow(r)
    FILES.append((F3, "INLAST", TN, "2025", "HELAR"))
    FILES.append((F3, "INLAST", AIN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  gemensam överförmyndarnämnd hosted for three kommuner (ODT)
# ---------------------------------------------------------------------------
F4 = "Överförmyndarnämnden IK-uppföljning helår 2025.odt"
OFN = "Gemensamma överförmyndarnämnden"
# område, kontrollmoment, Säter, Hedemora, Smedjebacken, samlad, kommentar, status, avv
F4_ROWS = [
    ("Årsräkningar", "Granskning av årsräkningar slutförs inom sex månader efter inlämning", "✓", "✓", "Delvis",
     "Delvis genomförd", "Smedjebacken: 11 årsräkningar granskades inte inom sex månader på grund av sjukskrivning.",
     "DELVIS", "ja"),
    ("Arvoden", "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "✓", "✓", "✓",
     "Genomförd", "Stickprov 10 ärenden per kommun utan anmärkning.", "GENOMFORD", "nej"),
    ("Tillstånd", "Uttagstillstånd från spärrat konto prövas och beslutet dokumenteras", "✓", "✓", "✓",
     "Genomförd med avvikelse", "Ett beslut avseende Hedemora saknade motivering. Handläggarna har påmints om rutinen.",
     "GENOMFORD", "ja"),
    ("Lämplighet", "Lämplighetsprövning av nya gode män och förvaltare (kreditupplysning och belastningsregister)",
     "✓", "✓", "✓", "Genomförd", "", "GENOMFORD", "nej"),
    ("Förteckningar", "Förteckningar över huvudmannens tillgångar inkommer inom två månader", "–", "–", "–",
     "Ej genomförd", "Kontrollen har inte hunnits med under året.", "EJ_GENOMFORD", ""),
    ("Handläggning", "Inkommande handlingar diarieförs i ärendesystemet samma dag", "✓", "✓", "✓", "", "",
     "GENOMFORD", ""),
    ("Utbildning", "Introduktionsutbildning erbjuds samtliga nya ställföreträdare", "", "", "",
     "Utgår", "Länsstyrelsen ansvarar för grundutbildningen från 2025.", "UTGAR", ""),
]


def build_f4(tmp):
    d = docx.Document()
    fix_docx_props(d, "Överförmyndarkansliet", "Intern kontroll 2025 – överförmyndarnämnden")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Säters kommun – värdkommun för gemensam överförmyndarnämnd"
    d.add_heading("Gemensamma överförmyndarnämnden för Säter, Hedemora och Smedjebacken", 1)
    d.add_paragraph("Uppföljning av intern kontroll 2025 – helår")
    d.add_paragraph(
        "Överförmyndarnämnden är en gemensam nämnd för Säters, Hedemora och Smedjebackens kommuner med Säters "
        "kommun som värdkommun. Nämnden ingår i värdkommunens organisation och rapporterar sin interna kontroll "
        "till Säters kommunstyrelse. Uppföljningen delges även Hedemora och Smedjebackens kommuner.")
    d.add_paragraph("Teckenförklaring kommunkolumner: ✓ = kontrollen utförd   Delvis = delvis utförd   "
                    "– = ej utförd. Samlad bedömning avser nämnden som helhet.")
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Område", "Kontrollmoment", "Säter", "Hedemora", "Smedjebacken",
                                      "Samlad bedömning", "Kommentar"]):
        set_cell(c, h, bold=True)
    for area, km, s, h, sm, samlad, kom, status, avv in F4_ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [area, km, s, h, sm, samlad, kom]):
            set_cell(c, v)
        exp(F4, OFN, km, status, avv)
    d.add_paragraph("")
    d.add_paragraph("Antagen av överförmyndarnämnden 2026-01-28 § 4.")
    d.add_paragraph("Eva Nordin, ordförande        Anders Lund, överförmyndarhandläggare")
    src = os.path.join(tmp, "ofn.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.move(os.path.join(tmp, "ofn.odt"), os.path.join(OUT, F4))
    FILES.append((F4, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  Säterbostäder AB, .xls with traffic-light fills only
# ---------------------------------------------------------------------------
F5 = "Säterbostäder_internkontroll_2025.xls"
SB = "Säterbostäder AB"
# område, risk, S, K, kontrollmoment, ansvarig, colour, cell text, kommentar, status, avv
F5_ROWS = [
    ("Hyresdebitering", "Felaktiga hyror debiteras", 2, 3, "Hyresavier stämmer mot gällande hyresavtal",
     "Ekonomichef", "green", "", "Stickprov 25 avtal, inga fel.", "GENOMFORD", "nej"),
    ("Hyresfordringar", "Obetalda hyror följs inte upp i tid", 3, 3, "Kravhantering av obetalda hyror sker enligt rutin",
     "Hyresadministratör", "yellow", "", "Kontroll genomförd för januari–september. Oktober–december återstår.",
     "DELVIS", ""),
    ("Upphandling", "Köp utanför ramavtal", 3, 3, "Ramavtal används vid beställning av underhållsarbeten",
     "Teknisk chef", "red", "", "Ej genomförd, ny inköpsansvarig tillträdde i november.", "EJ_GENOMFORD", ""),
    ("Attest", "Felaktiga utbetalningar", 2, 4, "Attest av leverantörsfakturor enligt bolagets attestinstruktion",
     "Ekonomichef", "green", "", "", "GENOMFORD", "nej"),
    ("Underhåll", "Underhållsbudgeten överskrids", 3, 3, "Underhållsplanen följs upp mot budget",
     "Teknisk chef", "orange", "", "Utfallet blev 2,1 mnkr över plan. Styrelsen har beslutat om omprioritering.",
     "GENOMFORD", "ja"),
    ("Säkerhet", "Brand i trapphus", 2, 4, "Brandskyddskontroller genomförs i samtliga trapphus",
     "Fastighetschef", "green", "", "Samtliga 38 trapphus kontrollerade.", "GENOMFORD", "nej"),
    ("Uthyrning", "Lägenheter fördelas utanför kön", 2, 3, "Lägenheter fördelas enligt uthyrningspolicyn (kötid)",
     "Uthyrningschef", None, "", "", "SAKNAS", ""),
    ("GDPR", "Personuppgifter sparas för länge", 2, 2, "Personuppgifter om tidigare hyresgäster gallras enligt gallringsplan",
     "VD", "grey", "Utgår", "Ingår i införandet av nytt fastighetssystem 2026.", "UTGAR", ""),
]


def build_f5():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on, colour white; pattern: pattern solid, fore_colour dark_blue; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    fills = {
        "green": "bright_green", "yellow": "yellow", "red": "red", "orange": "orange", "grey": "gray25",
    }

    def fill_style(col):
        if col is None:
            return body
        return xlwt.easyxf("pattern: pattern solid, fore_colour %s; borders: left thin, right thin, top thin, "
                           "bottom thin; alignment: horiz centre, vert top" % fills[col])

    ws.write(0, 0, "Säterbostäder AB – uppföljning av internkontrollplan 2025", title)
    ws.write(1, 0, "Period: Helår (januari–december) 2025")
    ws.write(2, 0, "Rapport till styrelsen 2026-02-12, ärende 7")
    ws.write(4, 0, "Bedömning (färg):", bold)
    legend = [("green", "Genomförd utan anmärkning"), ("orange", "Genomförd med anmärkning"),
              ("yellow", "Påbörjad / delvis genomförd"), ("red", "Ej genomförd"), ("grey", "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.write(5 + i, 0, "", fill_style(col))
        ws.write(5 + i, 1, txt)
    hr = 11
    hdr = ["Område", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Kontrollmoment",
           "Ansvarig", "Bedömning", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(hr, c, h, head)
    for i, (omr, risk, s, k, km, ansv, col, txt, kom, status, avv) in enumerate(F5_ROWS):
        r = hr + 1 + i
        ws.write(r, 0, omr, body)
        ws.write(r, 1, risk, body)
        ws.write(r, 2, s, body)
        ws.write(r, 3, k, body)
        ws.write(r, 4, xlwt.Formula("C%d*D%d" % (r + 1, r + 1)), body)
        ws.write(r, 5, km, body)
        ws.write(r, 6, ansv, body)
        ws.write(r, 7, txt, fill_style(col))
        ws.write(r, 8, kom, body)
        exp(F5, SB, km, status, avv)
    end = hr + 1 + len(F5_ROWS) + 1
    ws.write(end, 0, "Sammanfattning: Bolagets interna kontroll bedöms i allt väsentligt vara tillräcklig.")
    ws.write(end + 2, 0, "Ulf Dahlberg, VD")
    for c, w in enumerate([16, 28, 12, 12, 10, 46, 18, 12, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, F5))
    FILES.append((F5, "INLAST", SB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  single sheet, nämnd only in the sheet name (Valnämnden), tick columns
# ---------------------------------------------------------------------------
F6 = "IK uppföljning 2025.xlsx"
VN = "Valnämnden"
# kontrollmoment, G, D, E, U, datum, kommentar, status, avv
F6_ROWS = [
    ("Rekryterings- och utbildningsplan för röstmottagare inför valen 2026 är fastställd", "x", "", "", "",
     "2025-10-15", "", "GENOMFORD", ""),
    ("Vallokaler och lokaler för förtidsröstning är inventerade avseende tillgänglighet", "", "x", "", "",
     "", "8 av 11 lokaler besiktigade.", "DELVIS", ""),
    ("Säkerhetsanalys för valadministrationen är uppdaterad", "", "", "x", "",
     "", "Görs under första kvartalet 2026.", "EJ_GENOMFORD", ""),
    ("Delegationsordningen för valadministrationen är reviderad", "x", "", "", "",
     "2025-06-04", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Arvoden till röstmottagare vid valet 2024 har betalats ut korrekt", "x", "", "x", "",
     "2025-03-12", "", "OKLAR", ""),
    ("Rutin för transport och förvaring av förtidsröster är upprättad", "", "", "", "",
     "2025-11-05", "Rutinen antogs på sammanträdet 2025-11-05.", "GENOMFORD", ""),
]


def build_f6():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = VN
    ws["A1"] = "Internkontroll – uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapportperiod: helår 2025"
    ws["A3"] = "Markera med x i den kolumn som stämmer."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Utgår", "Datum", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
    for i, (km, g, dl, e, u, datum, kom, status, avv) in enumerate(F6_ROWS):
        r = 6 + i
        vals = [km, g or None, dl or None, e or None, u or None,
                dt.datetime.strptime(datum, "%Y-%m-%d") if datum else None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP if c in (1, 7) else Alignment(horizontal="center", vertical="top")
            if c == 6 and v is not None:
                cell.number_format = "yyyy-mm-dd"
        exp(F6, VN, km, status, avv)
    r = 6 + len(F6_ROWS) + 1
    ws.cell(r, 1, "Helena Ström, sekreterare, 2026-01-14")
    for col, w in zip("ABCDEFG", [62, 11, 9, 13, 8, 12, 44]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb, "Helena Ström")
    wb.save(os.path.join(OUT, F6))
    FILES.append((F6, "INLAST", VN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  adopted plan 2026 for BUN (no follow-up), .ods
# ---------------------------------------------------------------------------
F7 = "Internkontrollplan_2026_BUN.ods"
BUN = "Barn- och utbildningsnämnden"
F7_ROWS = [
    ("Ekonomi", "Felaktiga utbetalningar", 2, 3, "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor", "Tertial", "Förvaltningsekonom"),
    ("Avgifter", "Felaktiga avgifter", 3, 2, "Barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift",
     "Inkomstkontroll mot Skatteverket", "Helår", "Avgiftshandläggare"),
    ("Elevhälsa", "Elever far illa", 2, 4, "Anmälningar om kränkande behandling utreds skyndsamt",
     "Genomgång av anmälningar", "Tertial", "Verksamhetschef grundskola"),
    ("Personal", "Olämplig person anställs", 2, 4, "Utdrag ur belastningsregistret har lämnats vid nyanställning",
     "Stickprov 25 nyanställningar", "Helår", "HR-konsult"),
    ("Skolskjuts", "Elever får inte skolskjuts de har rätt till", 2, 3,
     "Skolskjutsbeslut följs upp vid adressändring", "Stickprov 10 ärenden", "Halvår", "Skolskjutshandläggare"),
    ("Informationssäkerhet", "Otillbörlig åtkomst till elevuppgifter", 2, 3,
     "Behörigheter i lärplattformen avslutas när anställning upphör", "Avstämning mot personalsystemet", "Halvår",
     "IT-samordnare"),
]


def build_f7(tmp):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan 2026"
    ws["A1"] = "Internkontrollplan 2026 – Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av barn- och utbildningsnämnden 2025-12-10 § 98"
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens. Kontrollmoment med riskvärde 6 eller högre ingår i planen."
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens",
           "Ansvarig", "Uppföljning T1", "Uppföljning T2", "Uppföljning helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    for i, (proc, risk, s, k, km, met, frek, ansv) in enumerate(F7_ROWS):
        r = 6 + i
        vals = [proc, risk, s, k, s * k, km, met, frek, ansv, None, None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        exp(F7, BUN, km, "SAKNAS", "")
    for col, w in zip("ABCDEFGHIJKL", [16, 30, 11, 11, 10, 50, 28, 10, 24, 14, 14, 16]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb, "Barn- och utbildningsförvaltningen")
    src = os.path.join(tmp, "plan.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "plan.ods"), os.path.join(OUT, F7))
    FILES.append((F7, "INLAST", BUN, "2026", ""))


# ---------------------------------------------------------------------------
# F8  Räddningstjänsten Dala Mitt, free text only, .doc
# ---------------------------------------------------------------------------
F8 = "RTDM uppföljning internkontroll 2025.doc"
RD = "Räddningstjänsten Dala Mitt"
F8_SECTIONS = [
    ("Förebyggande verksamhet", [
        ("Tillsyner enligt lagen om skydd mot olyckor genomförs enligt fastställd tillsynsplan",
         "112 av 130 planerade tillsyner genomfördes (86 %). Avvikelse mot planen: 18 tillsyner har inte "
         "genomförts, främst på grund av vakanser bland tillsynsförrättarna.",
         "Delvis genomförd.", "DELVIS", "ja"),
        ("Onödiga automatiska brandlarm faktureras enligt taxa",
         "Samtliga 46 onödiga larm under året har fakturerats enligt gällande taxa.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Sotning och brandskyddskontroll utförs enligt fastställda frister",
         "Ansvaret för sotning har under året överförts till respektive medlemskommun.",
         "Kontrollen utgår.", "UTGAR", ""),
    ]),
    ("Räddningsinsats och personal", [
        ("Samtliga rökdykare har genomfört godkänt årligt arbetsprov",
         "Tre rökdykare saknade godkänt arbetsprov. De har tagits ur rökdykartjänst tills nytt prov genomförts.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("Service och underhåll av andningsskydd dokumenteras",
         "Dokumentationen har granskats för samtliga stationer.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
    ]),
    ("Ekonomi och administration", [
        ("Leverantörsfakturor attesteras enligt förbundets attestreglemente",
         "Kontrollen har inte genomförts under 2025 på grund av byte av ekonomisystem. Den flyttas till 2026.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
    ]),
]


def build_f8(tmp):
    d = docx.Document()
    fix_docx_props(d, "Räddningstjänsten Dala Mitt", "Uppföljning internkontroll 2025")
    d.sections[0].header.paragraphs[0].text = "Räddningstjänsten Dala Mitt – Direktionen"
    d.add_heading("Uppföljning av internkontrollplan 2025", 0)
    d.add_paragraph("Rapporten avser helåret 2025 och behandlades av direktionen 2026-01-29. "
                    "Den delges medlemskommunerna, däribland Säters kommun, för kännedom.")
    d.add_heading("Sammanfattande bedömning", 1)
    d.add_paragraph("Förbundets interna kontroll bedöms i huvudsak vara tillräcklig. Av sex kontrollmoment har "
                    "tre genomförts, ett delvis genomförts, ett inte genomförts och ett har utgått. "
                    "Avvikelser har konstaterats inom tillsyn och rökdykning.")
    for sect, items in F8_SECTIONS:
        d.add_heading(sect, 1)
        for km, res, bed, status, avv in items:
            p = d.add_paragraph()
            p.add_run("Kontrollmoment: ").bold = True
            p.add_run(km)
            p = d.add_paragraph()
            p.add_run("Resultat: ").bold = True
            p.add_run(res)
            p = d.add_paragraph()
            p.add_run("Bedömning: ").bold = True
            p.add_run(bed)
            exp(F8, RD, km, status, avv)
    d.add_heading("Fortsatt arbete", 1)
    d.add_paragraph("Kontrollmomenten om tillsyn och attest förs över till internkontrollplanen för 2026.")
    d.add_paragraph("Borlänge 2026-01-29\nMikael Strand, räddningschef")
    src = os.path.join(tmp, "rtdm.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.move(os.path.join(tmp, "rtdm.doc"), os.path.join(OUT, F8))
    FILES.append((F8, "INLAST", RD, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F9  budget report, no follow-up -> AVVISAD
# ---------------------------------------------------------------------------
F9 = "Budgetuppföljning helår 2025 nämnderna.xlsx"


def build_f9():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Säters kommun – Budgetuppföljning helår 2025 (preliminärt bokslut)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belopp i tkr. Avvikelse = budget – utfall (negativt värde = underskott)."
    hdr = ["Nämnd", "Budget 2025", "Utfall 2025", "Avvikelse", "Prognos T2", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    data = [
        ("Kommunstyrelsen", 98400, 95120, "Vakanser och lägre kostnader för konsulter."),
        ("Barn- och utbildningsnämnden", 312500, 318900, "Fler elever i grundsärskola och ökade skolskjutskostnader."),
        ("Socialnämnden", 356200, 361700, "Externa placeringar inom barn och unga."),
        ("Arbetsmarknads- och integrationsnämnden", 24800, 23950, "Högre statsbidrag än budgeterat."),
        ("Kultur- och fritidsnämnden", 31200, 31050, ""),
        ("Miljö- och byggnämnden", 9800, 9420, "Högre intäkter från bygglov."),
        ("Tekniska nämnden", 58600, 61300, "Vinterväghållning och energikostnader."),
        ("Överförmyndarnämnden (Säters andel)", 3100, 3250, "Ökade arvoden."),
        ("Valnämnden", 450, 310, ""),
    ]
    r = 5
    for n, b, u, k in data:
        ws.cell(r, 1, n)
        ws.cell(r, 2, b)
        ws.cell(r, 3, u)
        ws.cell(r, 4, "=B%d-C%d" % (r, r))
        ws.cell(r, 5, round(b - (u - b) * 0.1 - b * 0.002))
        ws.cell(r, 6, k or None)
        r += 1
    ws.cell(r, 1, "Summa nämnder").font = Font(bold=True)
    for col in "BCDE":
        ws["%s%d" % (col, r)] = "=SUM(%s5:%s%d)" % (col, col, r - 1)
    ws.cell(r + 2, 1, "Ekonomiavdelningen 2026-01-15")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["F"].width = 60
    fix_xlsx_props(wb, "Ekonomiavdelningen")
    wb.save(os.path.join(OUT, F9))
    FILES.append((F9, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, al in NAMNDER:
            fh.write("%s;%s\n" % (n, "|".join(al)))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r507build-")
    try:
        build_f1()
        build_f2()
        build_f3()
        build_f4(tmp)
        build_f5()
        build_f6()
        build_f7(tmp)
        build_f8(tmp)
        build_f9()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
