#!/usr/bin/python3
"""Blind round r327 - Storsjöbygden kommun, DELÅR 2025 inbox.

Builds all follow-up files plus namnder.csv, files.csv and expected.csv
in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "green": PatternFill("solid", fgColor="C6EFCE"),
    "yellow": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="DCE6F1"),
    "group": PatternFill("solid", fgColor="F2F2F2"),
}


def fixed_props(wb):
    wb.properties.creator = "Storsjöbygden kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Storsjöbygden kommun"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel with title rows, group headings, status column
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS Uppföljning internkontrollplan delår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Storsjöbygden kommun"
    ws["A1"].font = Font(bold=True, size=10, color="595959")
    ws["A2"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Delår 1 januari – 31 augusti 2025"
    ws["A3"].font = Font(bold=True)
    ws["A4"] = "Sammanställt av: Ekonomienheten, Kommunledningsförvaltningen      Datum: 2025-09-12"
    ws["A4"].font = Font(italic=True, size=9)
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "Status", "Kommentar"]
    hr = 6
    for i, h in enumerate(head, 1):
        c = ws.cell(hr, i, h)
        c.font = BOLD
        c.fill = FILL["head"]
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("G", "Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Redovisningschef", "Två ggr/år", "Genomförd med anmärkning",
         "Stickprov på 40 fakturor februari–juni. 2 fakturor saknade andra attest (beloppsgräns 50 tkr). "
         "Återkopplat till berörda chefer.", "GENOMFORD", "ja"),
        ("1.2", "Representation", "Kontroll att representation följer riktlinjer för representation "
         "(syfte, deltagare, belopp per person)",
         "Genomgång av samtliga representationsfakturor över 5 000 kr", "Controller", "Delår/helår",
         "Genomförd", "11 fakturor granskade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "Kundfordringar", "Kontroll av att kundfordringar äldre än 90 dagar hanteras enligt rutin "
         "för påminnelse och inkasso",
         "Utdrag ur ekonomisystemet", "Ekonomichef", "Tertialvis", "Pågår",
         "Utdrag taget per 30/6, genomgång pågår.", "DELVIS", ""),
        ("G", "Personal"),
        ("2.1", "Anställning och lön", "Kontroll av att anställningsavtal och lönegrundande uppgifter "
         "registreras korrekt i lönesystemet",
         "Stickprov 25 nyanställningar", "HR-chef", "Helår", "Ej påbörjad",
         "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("2.2", "Bisysslor", "Kontroll av att bisysslor har redovisats och bedömts för samtliga chefer",
         "Genomgång i HR-systemet", "HR-specialist", "Årligen", "Genomförd",
         "3 chefer hade inte lämnat redovisning av bisyssla. Har kompletterats i maj.", "GENOMFORD", "ja"),
        ("G", "IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Kontroll av behörigheter i ekonomisystemet – avslutade anställningar "
         "ska vara borttagna",
         "Listning av aktiva användare mot HR-systemet", "IT-chef", "Två ggr/år", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3.2", "Säkerhetskopiering", "Kontroll av att återläsningstest av säkerhetskopior genomförts",
         "Intyg från driften", "IT-driftchef", "Årligen", "Utgår",
         "Ersätts av uppföljning i avtalet med ny driftleverantör, beslut KS 2025-04-08 § 62.", "UTGAR", ""),
        ("G", "Upphandling och inköp"),
        ("4.1", "Direktupphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras "
         "enligt riktlinjer för direktupphandling",
         "Stickprov 15 inköp", "Upphandlingschef", "Delår", "Genomförd",
         "12 av 15 dokumenterade enligt riktlinjen, 3 saknade dokumentation. Utbildning för beställare "
         "genomförs i september.", "GENOMFORD", "ja"),
        ("4.2", "Avtalstrohet", "Kontroll av avtalstrohet vid inköp av kontorsmaterial",
         "Analys av leverantörsreskontra", "Inköpssamordnare", "Helår", "Ej påbörjad", "",
         "EJ_GENOMFORD", ""),
        ("4.3", "Avtalsregistrering", "Kontroll av att tecknade avtal registreras i avtalsdatabasen",
         "Jämförelse avtalsdatabas – diarium", "Kommunsekreterare", "Helår", "", "", "SAKNAS", ""),
    ]
    r = hr + 1
    fills = {"Genomförd": "green", "Genomförd med anmärkning": "yellow", "Pågår": "yellow",
             "Ej påbörjad": "red", "Utgår": "grey"}
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = FILL["group"]
            r += 1
            continue
        vals = row[:8]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        if row[6] in fills:
            ws.cell(r, 7).fill = FILL[fills[row[6]]]
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 5 av 10 kontrollmoment genomförda vid delår, 1 pågår, 1 utgår. "
                  "Kvarvarande kontroller genomförs under hösten och redovisas i helårsuppföljningen.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).alignment = WRAP
    ws.row_dimensions[r].height = 30
    r += 2
    ws.cell(r, 1, "Godkänd av: Per-Olof Lindqvist, kommundirektör")
    for col, w in zip("ABCDEFGH", [6, 18, 48, 30, 18, 12, 16, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    ws.oddFooter.left.text = "Storsjöbygden kommun – Kommunstyrelsen"
    ws.oddFooter.right.text = "Sida &P av &N"
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - T1 and Delår columns side by side, letter codes
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN IK 2025 T1 och delår.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1 och delår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Teckenförklaring status: G = Genomförd   P = Påbörjad/pågår   E = Ej genomförd   U = Utgår"
    ws["A3"].font = Font(italic=True, size=9)
    # two-level header
    ws.cell(5, 4, "Tertial 1 (jan–apr)")
    ws.merge_cells("D5:E5")
    ws.cell(5, 6, "Delår (jan–aug)")
    ws.merge_cells("F5:G5")
    for c in ("D5", "F5"):
        ws[c].font = BOLD
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = FILL["head"]
    head = ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = FILL["head"]
        c.border = BORDER
    codefill = {"G": "green", "P": "yellow", "E": "red", "U": "grey"}
    rows = [
        ("G", "Område: Utbildning och elevhälsa"),
        ("BUN 1", "Kontroll av att elevfrånvaro registreras dagligen i Skola24 och att mentor kontaktar "
         "vårdnadshavare vid upprepad frånvaro", "Rektorer",
         "P", "Stickprov på 3 av 8 skolor.", "G", "Samtliga 8 skolor kontrollerade, rutinen följs.",
         "GENOMFORD", "nej"),
        ("BUN 2", "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman och utreds "
         "inom 14 dagar", "Verksamhetschef grundskola",
         "G", "27 anmälningar, samtliga utredda inom 14 dagar.", "G",
         "Ytterligare 19 anmälningar. 2 ärenden utreddes först efter 5 veckor, påtalat för rektor.",
         "GENOMFORD", "ja"),
        ("BUN 3", "Kontroll av att beslut om tilläggsbelopp är fattade enligt delegationsordningen",
         "Förvaltningschef", "", "", "G", "Samtliga 14 beslut fattade av rätt delegat. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("BUN 4", "Kontroll av skolskjutsbeslut mot gällande skolskjutsregler", "Skolskjutshandläggare",
         "E", "", "E", "Flyttas till helår p.g.a. vakans.", "EJ_GENOMFORD", ""),
        ("BUN 5", "Kontroll av att elevers personuppgifter i lärplattformen hanteras enligt GDPR-rutin",
         "Dataskyddssamordnare", "P", "Påbörjad.", "P", "Genomgång av 4 skolor av 8 klar, resterande i november.",
         "DELVIS", ""),
        ("G", "Område: Förskola"),
        ("BUN 6", "Kontroll av avgifter i förskola – att inkomstuppgifter från vårdnadshavare har inhämtats",
         "Förskolechef / administratör", "E", "Görs under sommaren.", "P",
         "Stickprov 50 av 120 hushåll genomgånget.", "DELVIS", ""),
        ("BUN 7", "Kontroll av att inventarieförteckning finns på varje förskoleenhet", "Förskolechefer",
         "U", "Utgår enl. beslut BUN 2025-03-19 § 24.", "", "", "UTGAR", ""),
        ("G", "Område: Ekonomi och personal"),
        ("BUN 8", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "G", "20 fakturor, inga avvikelser.", "G", "20 fakturor, 1 saknade attest. Rättad.",
         "GENOMFORD", "ja"),
        ("BUN 9", "Kontroll av att registerutdrag från belastningsregistret har uppvisats vid nyanställning",
         "HR-partner", "G", "Samtliga 14 nyanställda hade uppvisat utdrag.", "", "",
         "GENOMFORD", "nej"),
        ("BUN 10", "Kontroll av att tidrapporter för timanställda attesteras av ansvarig chef före "
         "utbetalning", "Löneadministratör", "", "", "", "", "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.cell(r, 1).fill = FILL["group"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        for col in (4, 6):
            v = row[col - 1]
            if v in codefill:
                ws.cell(r, col).fill = FILL[codefill[v]]
                ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Uppföljningen redovisas för nämnden 2025-09-24.")
    for col, w in zip("ABCDEFG", [8, 55, 22, 8, 38, 8, 45]):
        ws.column_dimensions[col].width = w
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word document, table with assessment column
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for j, line in enumerate(lines):
        if j:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def make_sn():
    fil = "Socialnämnden delårsuppföljning intern kontroll 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.core_properties.author = "Socialförvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Storsjöbygden kommun\tSocialförvaltningen\tDnr SN 2025/0187"
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti", level=2)
    d.add_paragraph(
        "Socialnämnden fastställde internkontrollplanen för 2025 den 22 januari 2025 (§ 9). Planen omfattar "
        "nio kontrollmoment inom myndighetsutövning, äldreomsorg, LSS, personal och informationssäkerhet. "
        "Nedan redovisas resultatet av de kontroller som genomförts under perioden januari–augusti. "
        "Kontroller som inte har genomförts ska genomföras under hösten och redovisas i årsbokslutet.")
    p = d.add_paragraph()
    p.add_run("Bedömning: ").bold = True
    p.add_run("Tillfredsställande = kontrollen genomförd utan anmärkning. Brister = kontrollen genomförd, "
              "brister har identifierats och åtgärder vidtas. Pågår = kontrollen är påbörjad. "
              "Ej utförd = kontrollen har inte genomförts under perioden. Utgår = kontrollen har tagits bort ur planen.")
    head = ["Process", "Kontrollmoment", "Metod / omfattning", "Resultat och åtgärder", "Bedömning"]
    rows = [
        ("Ekonomiskt bistånd", "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt "
         "delegationsordningen", "Stickprov 30 akter",
         "Samtliga 30 beslut var fattade av behörig delegat.", "Tillfredsställande", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med "
         "beviljat belopp", "Stickprov 30 utbetalningar",
         "2 utbetalningar avvek från beslutat belopp (felregistrering).\nRättat och återkrav initierat. "
         "Rutinen för dubbelkontroll har förtydligats.", "Brister", "GENOMFORD", "ja"),
        ("Barn och unga", "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet, samtliga anmälningar jan–jun",
         "91 % av förhandsbedömningarna gjordes inom 14 dagar (mål 100 %). Bemanningsläget under "
         "sommaren förklarar förseningarna.", "Brister", "GENOMFORD", "ja"),
        ("Äldreomsorg", "Kontroll av att genomförandeplaner är upprättade och aktuella inom hemtjänsten",
         "Genomgång 40 brukare", "Genomgång gjord i två av fyra hemtjänstområden. Slutförs i oktober.",
         "Pågår", "DELVIS", ""),
        ("Äldreomsorg", "Kontroll av att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO",
         "Genomgång av samtliga rapporter",
         "6 rapporter inkomna, samtliga utredda. En anmäld till IVO.", "Tillfredsställande",
         "GENOMFORD", "nej"),
        ("Äldreomsorg", "Kontroll av att avgiftsbeslut inom äldreomsorgen är korrekt beräknade",
         "Stickprov 20 beslut",
         "Kontrollen har flyttats till kommunstyrelsens plan (gemensam avgiftshandläggning från 1 april).",
         "Utgår", "UTGAR", ""),
        ("LSS", "Kontroll av att fakturor från assistansanordnare överensstämmer med beviljade timmar",
         "Stickprov 10 fakturor", "Flyttad till hösten p.g.a. byte av handläggare.", "Ej utförd",
         "EJ_GENOMFORD", ""),
        ("Personal", "Kontroll av att introduktion av nyanställda i hemtjänst följer introduktionsprogrammet",
         "Enkät till nyanställda och chefer", "Se bilaga 2.", "", "OKLAR", ""),
        ("Informationssäkerhet", "Kontroll av loggar i verksamhetssystemet avseende otillbörlig åtkomst",
         "Loggkontroll 25 slumpvis valda akter",
         "Loggkontroll genomförd i april och augusti. Ingen otillbörlig åtkomst har upptäckts.",
         "Tillfredsställande", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            set_cell(cells[i], row[i])
        exp(fil, N, row[1], row[5], row[6])
    # merge process cells vertically where the same process continues
    i = 1
    while i < len(t.rows):
        j = i
        while j + 1 < len(t.rows) and rows[j][0] == rows[i - 1][0]:
            j += 1
        if j > i:
            top = t.cell(i, 0)
            merged = top.merge(t.cell(j, 0))
            set_cell(merged, rows[i - 1][0])
        i = j + 1
    widths = [Cm(2.8), Cm(4.8), Cm(3.0), Cm(5.5), Cm(2.4)]
    for row in t.rows:
        for k, w in enumerate(widths):
            row.cells[k].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning enkät introduktion hemtjänst (separat dokument).")
    d.add_paragraph("Storsjöbygden 2025-09-15")
    d.add_paragraph("Anna Berglund\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 4. CSV export from governance system - two nämnder, long format T1 + Delår rows
# ---------------------------------------------------------------------------
def make_csv_export():
    fil = "Export_Internkontroll_2025-09-10.csv"
    SBN = "Samhällsbyggnadsnämnden"
    TN = "Tekniska nämnden"
    header = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status",
              "Kommentar", "Senast uppdaterad", "Uppdaterad av"]
    plan = "Internkontrollplan 2025"
    T1 = "Tertial 1 2025"
    DL = "Delår 2025"
    # (org, process, km, ansvarig, [(period, status, kommentar, datum, av)], expected status, avv)
    ctrls = [
        ("Samhällsbyggnadsnämnden", "Bygglov",
         "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Bygglovschef",
         [(T1, "Pågående", "Uttag jan–apr gjort, analys pågår.", "2025-05-06 10:14", "Karin Holm"),
          (DL, "Genomförd med avvikelse",
           "4 av 112 ärenden överskred 10 veckor. Avgiften har reducerats enligt PBL 12 kap 8 a §.",
           "2025-09-03 15:41", "Karin Holm")], "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnden", "Bygglov",
         "Kontroll av att avgifter för bygglov debiteras enligt gällande taxa", "Bygglovschef",
         [(T1, "Ej påbörjad", "", "2025-05-06 10:15", "Karin Holm"),
          (DL, "Genomförd", "Stickprov 20 ärenden, samtliga korrekt debiterade.", "2025-09-03 15:44",
           "Karin Holm")], "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", "Nämndadministration",
         "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [(T1, "Genomförd", "Inga avvikelser.", "2025-05-02 08:50", "Lena Nyström"),
          (DL, "Genomförd", "Inga avvikelser.", "2025-09-01 09:02", "Lena Nyström")], "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", "Kart och mät",
         "Kontroll av att fakturering av nybyggnadskartor sker inom 30 dagar från leverans",
         "Enhetschef kart och mät",
         [(T1, "Pågående", "", "2025-05-07 13:20", "Johan Sjöberg"),
          (DL, "Pågående", "Underlag hämtat ur ärendesystemet, analys klar i oktober.", "2025-09-05 11:09",
           "Johan Sjöberg")], "DELVIS", ""),
        ("Samhällsbyggnadsnämnden", "Planering",
         "Kontroll av att planavgifter tas ut enligt tecknade plankostnadsavtal", "Planchef",
         [(T1, "", "", "", ""),
          (DL, "Ej aktuell", "Inga nya plankostnadsavtal har tecknats under perioden.", "2025-09-08 14:32",
           "Maria Eklund")], "UTGAR", ""),
        ("Samhällsbyggnadsnämnden", "Mark och exploatering",
         "Kontroll av att villkor i markanvisningsavtal följs upp", "Exploateringsingenjör",
         [(T1, "Genomförd", "Två avtal uppföljda, villkoren uppfyllda.", "2025-04-29 16:02", "Erik Dahl"),
          (DL, "", "", "", "")], "GENOMFORD", "nej"),
        ("Tekniska nämnden", "Gata/park",
         "Kontroll av att arbetsorder i gatudriften attesteras innan fakturering", "Gatuchef",
         [(T1, "Genomförd", "Stickprov 15 arbetsorder, ok.", "2025-05-05 09:31", "Stefan Berg"),
          (DL, "Genomförd", "Stickprov 15 arbetsorder, inga avvikelser.", "2025-09-02 10:12", "Stefan Berg")],
         "GENOMFORD", "nej"),
        ("Tekniska nämnden", "VA",
         "Kontroll av mätaravläsning och debitering av VA-avgifter", "VA-chef",
         [(DL, "Pågående", "Avläsning av ca 60 % av mätarna klar. Avstämning mot debitering görs efter "
           "avläsningsperioden.", "2025-09-04 13:55", "Anders Wikström")], "DELVIS", ""),
        ("Tekniska nämnden", "Fordon",
         "Kontroll av att körjournaler förs för kommunens fordon", "Fordonssamordnare",
         [(T1, "Ej påbörjad", "", "2025-05-05 09:40", "Stefan Berg"),
          (DL, "Ej påbörjad", "Ny rutin för elektroniska körjournaler införs i oktober, kontrollen görs därefter.",
           "2025-09-02 10:20", "Stefan Berg")], "EJ_GENOMFORD", ""),
        ("Tekniska nämnden", "Gata/park",
         "Kontroll av att egenkontroller av lekplatser utförs enligt schema", "Parkingenjör",
         [(T1, "Genomförd", "", "2025-05-05 09:45", "Stefan Berg"),
          (DL, "Genomförd med avvikelse", "3 lekplatser hade inte kontrollerats i juni p.g.a. semester. "
           "Åtgärdat i juli.", "2025-09-02 10:25", "Stefan Berg")], "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Upphandlade entreprenader",
         "Kontroll av att avtal med entreprenörer för snöröjning följs (utryckningstid)", "Gatuchef",
         [(T1, "Genomförd", "Inga avvikelser under vintersäsongen.", "2025-05-05 09:50", "Stefan Berg"),
          (DL, "Avbruten", "Avbruten genom beslut TN 2025-05-20 § 41, ersätts av ny avtalsuppföljning.",
           "2025-09-02 10:31", "Stefan Berg")], "UTGAR", ""),
        ("Tekniska nämnden", "Förråd",
         "Kontroll av att inventering av centralförrådet stäms av mot lagervärde i redovisningen",
         "Driftchef",
         [(DL, "", "", "", "")], "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for org, proc, km, ans, periods, st, avv in ctrls:
            for per, status, kom, dat, av in periods:
                w.writerow([org, plan, proc, km, ans, per, status, kom, dat, av])
            exp(fil, org, km, st, avv)
    FILES.append((fil, "INLAST", SBN, YEAR, "DELAR"))
    FILES.append((fil, "INLAST", TN, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - comments carry the information, nämnd in header/file name
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN_IK_uppf_aug2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 31 augusti"
    ws["A1"].font = Font(bold=True, size=13)
    head = ["Område", "Kontrollmoment", "Hur", "Vem", "När", "Klart?", "Kommentar/resultat"]
    for i, h in enumerate(head, 1):
        c = ws.cell(3, i, h)
        c.font = BOLD
        c.border = BORDER
        c.fill = FILL["head"]
    rows = [
        ("Kassahantering", "Kontroll av dagskassor på Storsjöbadet – avstämning mot kassasystemet",
         "Stickprov 10 dagar", "Badhuschef", "Maj", "",
         "Gjord i maj. 10 dagar avstämda mot kassasystemet, allt stämde.", "GENOMFORD", "nej"),
        ("Kassahantering", "Kontroll av att kontanthantering i bibliotekens kassor följer rutin",
         "Oanmäld kassainventering", "Bibliotekschef", "Hösten", "",
         "Inte gjort ännu, görs i oktober.", "EJ_GENOMFORD", ""),
        ("Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler",
         "Genomgång aktivitetsbidrag vår", "Fritidskonsulent", "Juni", "Ja",
         "Samtliga 42 aktivitetsbidrag kontrollerade. Två föreningar hade redovisat fel antal "
         "deltagartillfällen, bidragen har justerats.", "GENOMFORD", "ja"),
        ("Föreningsbidrag", "Kontroll av att föreningar som fått bidrag har lämnat verksamhetsberättelse "
         "och årsbokslut", "Avprickning mot register", "Fritidskonsulent", "Juni–okt", "",
         "Insamling pågår, 31 av 40 har kommit in hittills. Slutförs i oktober.", "DELVIS", ""),
        ("Uthyrning", "Kontroll av att uthyrning av lokaler och anläggningar faktureras enligt taxa",
         "Bokningssystem mot fakturor", "Bokningsansvarig", "Aug", "Ja", "", "GENOMFORD", ""),
        ("Personal", "Kontroll av att sommaranställda i fritidsverksamheten har lämnat utdrag ur "
         "belastningsregistret", "Avprickning", "Enhetschef fritid", "Juni", "",
         "Klart – alla 23 sommaranställda hade lämnat utdrag innan start.", "GENOMFORD", "nej"),
        ("Inventarier", "Kontroll av konstinventariet (stickprov mot konstregistret)",
         "Stickprov 25 verk", "Kultursekreterare", "Vår", "",
         "Stickprovet gjort på 25 verk, 24 återfanns. Ett verk (litografi, Stadshuset plan 3) kunde inte "
         "lokaliseras – eftersöks.", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Kontroll av att personuppgifter i bokningssystemet gallras enligt "
         "dokumenthanteringsplanen", "Kontroll i systemet", "Systemförvaltare", "Aug", "", "",
         "SAKNAS", ""),
        ("Avtal", "Kontroll av att avtalet med driftentreprenören för Storsjöbackens skidanläggning följs upp",
         "Avtalsuppföljningsmöte", "Fritidschef", "Vår", "Nej",
         "Avtalsuppföljning ej påbörjad, ansvarig tjänsteperson har slutat. Ny ansvarig utses.",
         "EJ_GENOMFORD", ""),
    ]
    r = 4
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    for col, w in zip("ABCDEFG", [18, 50, 24, 18, 10, 8, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Uppföljning IK delår 2025"
    ws.oddFooter.center.text = "&F"
    ws.page_setup.orientation = "landscape"
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - old .xls with tick columns
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "Överförmyndarnämnden IK delår 2025.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Delår 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                      "pattern: pattern solid, fore_colour pale_blue; alignment: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    mark = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    ws.write(0, 0, "Överförmyndarnämnden i Storsjöbygden", title)
    ws.write(1, 0, "Uppföljning intern kontroll – Delår 2025 (jan–aug)", bold)
    ws.write(2, 0, "Markera med X i den kolumn som gäller.")
    head = ["Kontrollmoment", "Genomförd", "Delvis genomförd", "Ej genomförd", "Avvikelse (Ja/Nej)",
            "Kommentar"]
    for i, h in enumerate(head):
        ws.write(4, i, h, hdr)
    rows = [
        ("Kontroll av att samtliga inkomna årsräkningar för 2024 har granskats senast 31 augusti",
         "", "X", "", "Nej", "312 av 340 årsräkningar granskade. Resterande granskas i september.",
         "DELVIS", "nej"),
        ("Kontroll av att uttag från spärrade konton har samtycke från överförmyndaren",
         "X", "", "", "Nej", "Stickprov 15 uttag.", "GENOMFORD", "nej"),
        ("Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "X", "", "", "Ja", "Stickprov 25 ärenden. 2 arvoden felberäknade, har rättats.", "GENOMFORD", "ja"),
        ("Kontroll av att utdrag ur belastningsregistret finns innan ställföreträdare förordnas",
         "", "", "X", "", "Görs under kvartal 4.", "EJ_GENOMFORD", ""),
        ("Kontroll av att förteckningar lämnas in inom två månader från förordnande",
         "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av att inkomna handlingar diarieförs inom tre arbetsdagar",
         "X", "X", "", "", "", "OKLAR", ""),
    ]
    r = 5
    for row in rows:
        ws.write(r, 0, row[0], cell)
        for i in range(1, 5):
            ws.write(r, i, row[i], mark)
        ws.write(r, 5, row[5], cell)
        exp(fil, N, row[0], row[6], row[7])
        r += 1
    ws.write(r + 1, 0, "Uppgiftslämnare: Helena Strand, handläggare överförmyndarkontoret, 2025-09-09")
    ws.col(0).width = 256 * 60
    for i in range(1, 5):
        ws.col(i).width = 256 * 12
    ws.col(5).width = 256 * 50
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden - ODS with plan (risk) columns beside follow-up columns
# ---------------------------------------------------------------------------
def make_mhn(tmpdir):
    fil = "MHN internkontroll 2025 - uppföljning delår.ods"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Miljö- och hälsoskyddsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning delår"
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (skala 1–4). Statusen avser läget 31 augusti 2025."
    ws["A3"].font = Font(italic=True, size=9)
    # two-level header: plan / uppföljning
    ws.cell(5, 1, "Plan (antagen MHN 2025-01-29 § 5)")
    ws.merge_cells("A5:H5")
    ws.cell(5, 9, "Uppföljning delår")
    ws.merge_cells("I5:J5")
    for c in ("A5", "I5"):
        ws[c].font = BOLD
        ws[c].fill = FILL["head"]
        ws[c].alignment = Alignment(horizontal="center")
    head = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod",
            "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.border = BORDER
        c.fill = FILL["head"]
        c.alignment = WRAP
    rows = [
        ("Tillsyn", "Planerad tillsyn genomförs inte enligt tillsynsplanen", 3, 3,
         "Kontroll av att planerad livsmedelskontroll enligt kontrollplanen genomförs",
         "Uppföljning i ärendesystemet", "Enhetschef livsmedel", "Pågår",
         "58 % av planerade kontroller genomförda t.o.m. augusti (målet för helåret 100 %).", "DELVIS", ""),
        ("Avgifter", "Felaktig debitering av tillsynsavgifter", 2, 3,
         "Kontroll av att timavgifter för tillsyn debiteras enligt taxan",
         "Stickprov 20 ärenden", "Administratör", "Klar",
         "1 felaktig debitering av 20, kreditfaktura utställd.", "GENOMFORD", "ja"),
        ("Nämndadministration", "Delegationsbeslut anmäls inte till nämnden", 2, 2,
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse diarium – delegationslistor", "Nämndsekreterare", "Klar", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Handläggning", "Klagomål hanteras inte skyndsamt", 3, 2,
         "Kontroll av att klagomålsärenden kommuniceras med klaganden inom två veckor",
         "Stickprov 15 ärenden", "Miljöchef", "Ej startad", "", "EJ_GENOMFORD", ""),
        ("Handläggning", "Beslut saknar korrekt överklagandehänvisning", 2, 3,
         "Kontroll av att beslut om enskilda avlopp expedieras med korrekt överklagandehänvisning",
         "Stickprov 12 beslut", "Miljöinspektör", "Klar", "12 beslut granskade, samtliga korrekta.",
         "GENOMFORD", "nej"),
        ("Tillsyn", "Solarier används utan anmälan", 1, 2,
         "Kontroll av att anmälda solarier följs upp med tillsyn",
         "Register mot tillsynsbesök", "Miljöinspektör", "Ej aktuell",
         "Inga anmälda solarier finns längre i kommunen.", "UTGAR", ""),
        ("Arkiv och registratur", "Ärenden avslutas inte och arkiveras inte", 2, 2,
         "Kontroll av att avslutade ärenden i ärendesystemet arkiveras enligt dokumenthanteringsplanen",
         "Uttag öppna ärenden äldre än 1 år", "Registrator", "",
         "Kontrollen gjordes i juni. Inga brister noterades.", "GENOMFORD", "nej"),
    ]
    r = 7
    stfill = {"Klar": "green", "Pågår": "yellow", "Ej startad": "red", "Ej aktuell": "grey"}
    for row in rows:
        proc, risk, s, k, km, met, ans, st, kom, est, avv = row
        vals = [proc, risk, s, k, f"=C{r}*D{r}", km, met, ans, st or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BORDER
        if st in stfill:
            ws.cell(r, 9).fill = FILL[stfill[st]]
        exp(fil, N, km, est, avv)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [16, 30, 10, 10, 9, 45, 24, 18, 12, 45]):
        ws.column_dimensions[col].width = w
    fixed_props(wb)
    src = os.path.join(tmpdir, "mhn.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round327",
                    "--convert-to", "ods", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, "mhn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter from Tekniska nämnden (no follow-up in it)
# ---------------------------------------------------------------------------
def make_missiv():
    fil = "Missiv delårsrapport 2025 Tekniska nämnden.docx"
    d = docx.Document()
    d.core_properties.author = "Tekniska förvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Storsjöbygden kommun\nTekniska förvaltningen")
    d.add_paragraph("2025-09-08\nDnr TN 2025/0112")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Missiv – Tekniska nämndens delårsrapport 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Tekniska nämndens delårsrapport per 31 augusti 2025 enligt anvisningarna för "
        "delårsbokslutet. Nämnden behandlar delårsrapporten på sitt sammanträde den 23 september 2025.")
    d.add_paragraph(
        "Uppföljningen av nämndens internkontrollplan 2025 har rapporterats direkt i beslutsstödet och "
        "framgår av den gemensamma exporten från ekonomienheten. Någon separat bilaga om intern kontroll "
        "bifogas därför inte.")
    d.add_paragraph("Bilagor:")
    for b in ("Delårsrapport 2025 Tekniska nämnden (pdf)", "Investeringsuppföljning per augusti (xlsx)",
              "Driftredovisning per verksamhet (xlsx)"):
        d.add_paragraph(b, style="List Number")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Mikael Öberg\nTeknisk chef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddskontoret|Miljökontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret"),
    ("Valnämnden", "VN"),
    ("Storsjöbygdens Bostäder AB", "SBAB|Storsjöbostäder"),
]


def main():
    tmpdir = "/tmp/lo-work-327"
    os.makedirs(tmpdir, exist_ok=True)
    make_ks()
    make_bun()
    make_sn()
    make_csv_export()
    make_kfn()
    make_ofn()
    make_mhn(tmpdir)
    make_missiv()

    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
