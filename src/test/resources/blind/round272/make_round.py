#!/usr/bin/python3
"""Round 272 - "wide plan registers" - Vrängelsunda kommun.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round272"
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAPC = Alignment(wrap_text=True, vertical="top", horizontal="center")
BOLD = Font(bold=True)
HFILL = PatternFill("solid", fgColor="1F4E78")
HFONT = Font(bold=True, color="FFFFFF")
PLANFILL = PatternFill("solid", fgColor="DDEBF7")
FUFILL = PatternFill("solid", fgColor="FFF2CC")
GROUPFILL = PatternFill("solid", fgColor="D9D9D9")


def fill(hexcol):
    return PatternFill("solid", fgColor=hexcol)


def riskfill(v):
    if v >= 12:
        return fill("FF7C80")
    if v >= 6:
        return fill("FFE699")
    return fill("C6EFCE")


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Vrängelsunda kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def header_row(ws, row, headers, fills=None, height=45):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = HFONT
        c.fill = HFILL if not fills else fills[i - 1]
        if fills:
            c.font = BOLD
        c.alignment = WRAPC
        c.border = BORDER
    ws.row_dimensions[row].height = height


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def body_cell(ws, row, col, value, center=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAPC if center else WRAP
    c.border = BORDER
    return c


def landscape(ws, fit_width=True):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    if fit_width:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def riskmatrix_sheet(wb, title="Riskmatris"):
    ws = wb.create_sheet(title)
    ws["A1"] = "Riskmatris – riskvärde = sannolikhet × konsekvens"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Sannolikhet ↓ / Konsekvens →"
    ws["A3"].font = BOLD
    labels_k = {1: "1 Lindrig", 2: "2 Måttlig", 3: "3 Kännbar", 4: "4 Allvarlig"}
    labels_s = {4: "4 Sannolik", 3: "3 Möjlig", 2: "2 Mindre sannolik", 1: "1 Osannolik"}
    for k in range(1, 5):
        c = ws.cell(row=3, column=1 + k, value=labels_k[k])
        c.font = BOLD
        c.alignment = WRAPC
    for r, s in enumerate([4, 3, 2, 1], start=4):
        ws.cell(row=r, column=1, value=labels_s[s]).font = BOLD
        for k in range(1, 5):
            c = ws.cell(row=r, column=1 + k, value=s * k)
            c.fill = riskfill(s * k)
            c.alignment = WRAPC
            c.border = BORDER
    ws["A9"] = "1–4 Låg risk: ingen kontroll krävs.  6–9 Medel: kontroll eller åtgärd övervägs.  12–16 Hög: kontrollmoment i planen."
    set_widths(ws, [26, 14, 14, 14, 14])
    return ws


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen, T2 - wide register with T1 and T2 blocks at the right
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Internkontrollplan_2025_uppfoljning_T2.xlsx"
    namnd = "Kommunstyrelsen"
    wb = new_wb()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "1. Planen (kolumn A–O) fastställdes av kommunstyrelsen 2025-01-29 § 12. Ändra inte i plankolumnerna.",
        "2. Fyll i status och kommentar för aktuell period i kolumnerna längst till höger (T1 resp. T2).",
        "3. Tillåtna statusvärden: Genomförd, Genomförd med avvikelse, Pågår, Ej påbörjad, Ej genomförd, Utgår.",
        "4. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister och beskriv åtgärd.",
        "5. Sannolikhet och konsekvens bedöms på skala 1–4, se fliken Riskmatris.",
        "",
        "Uppföljningen skickas till ekonomienheten senast 2025-09-19.",
    ]
    for i, t in enumerate(lines, start=1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Plan och uppföljning")
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 (januari–augusti), rapporteras till KS 2025-10-08"
    ws["A2"].font = Font(italic=True)
    # group header row 4
    ws.merge_cells("A4:O4")
    ws["A4"] = "PLAN 2025"
    ws.merge_cells("P4:Q4")
    ws["P4"] = "UPPFÖLJNING T1"
    ws.merge_cells("R4:S4")
    ws["R4"] = "UPPFÖLJNING T2"
    ws.merge_cells("T4:U4")
    ws["T4"] = "ÅTGÄRDER"
    for ref, f in (("A4", PLANFILL), ("P4", FUFILL), ("R4", FUFILL), ("T4", GROUPFILL)):
        ws[ref].font = BOLD
        ws[ref].fill = f
        ws[ref].alignment = Alignment(horizontal="center")
    headers = ["Nr", "Process", "Rutin/system", "Risk", "Riskbeskrivning", "Sannolikhet (1–4)",
               "Konsekvens (1–4)", "Riskvärde (S×K)", "Kontrollmoment", "Kontrollmetod",
               "Omfattning/urval", "Frekvens", "Ansvarig", "Rapporteras till", "Tidplan",
               "Status T1", "Kommentar T1", "Status T2", "Kommentar T2",
               "Avvikelse (Ja/Nej)", "Åtgärd vid avvikelse"]
    fills = [PLANFILL] * 15 + [FUFILL] * 4 + [GROUPFILL] * 2
    header_row(ws, 5, headers, fills, height=48)
    set_widths(ws, [5, 14, 14, 18, 28, 9, 9, 9, 34, 22, 18, 10, 14, 14, 10, 12, 24, 12, 30, 9, 26])

    rows = [
        # nr, process, rutin, risk, riskbeskr, S, K, KM, metod, urval, frekvens, ansvarig, rapp, tidplan,
        # stT1, komT1, stT2, komT2, avv, åtgärd, expected status, expected avv
        (1, "Ekonomi", "Leverantörsfakturor / Raindance", "Felaktig attest",
         "Fakturor attesteras av person utan behörighet eller utan kontroll av leverans.", 3, 3,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov i ekonomisystemet mot attestförteckning", "20 fakturor per tertial", "Tertial",
         "Redovisningschef", "KS", "T1, T2, T3",
         "Genomförd", "Inga avvikelser.", "Genomförd med avvikelse",
         "2 av 20 fakturor attesterade av person som saknar attesträtt för ansvaret.",
         "Ja", "Attestförteckning uppdaterad, information till chefer 2025-09-02.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Representation", "Representation i strid med riktlinjer",
         "Kostnader för representation saknar syfte/deltagare eller överskrider beloppsgränser.", 2, 3,
         "Kontroll av att representation följer riktlinjer för representation och gåvor",
         "Granskning av verifikationer konto 6071–6072", "Samtliga över 2 000 kr", "Tertial",
         "Controller KLF", "Kommundirektör", "T1, T2, T3",
         "Genomförd", "Inga avvikelser.", "Pågår",
         "Urval för maj–augusti är framtaget, granskning klar i oktober.",
         None, None, "DELVIS", ""),
        (3, "Personal", "Lön / Heroma", "Felaktig löneutbetalning",
         "Lön betalas ut till anställd som har slutat.", 2, 4,
         "Kontroll av att löneutbetalningar till avslutade anställningar inte sker",
         "Körning av avgångslista mot utbetalningsfil", "Samtliga avslut", "Månadsvis",
         "Lönechef", "HR-chef", "Löpande",
         "Genomförd", "Inga felaktiga utbetalningar.", "Genomförd",
         "Inga felaktiga utbetalningar maj–augusti.", "Nej", None,
         "GENOMFORD", "nej"),
        (4, "Upphandling", "Direktupphandling", "Otillåten direktupphandling",
         "Inköp över direktupphandlingsgränsen utan konkurrensutsättning eller dokumentation.", 3, 3,
         "Kontroll att direktupphandlingar över 100 000 kr dokumenteras",
         "Utdrag ur inköpsanalys, kontroll mot dokumentation i diariet", "Samtliga > 100 tkr",
         "Två gånger per år", "Upphandlingschef", "KS", "T2, T3",
         "Ej påbörjad", "Planerad till T2.", "Genomförd",
         "12 direktupphandlingar kontrollerade, 3 saknade dokumentation enligt riktlinjen.", "Ja",
         "Påminnelse om dokumentationsplikt, ny mall i intranätet.",
         "GENOMFORD", "ja"),
        (5, "IT-säkerhet", "Behörigheter ekonomisystem", "Obehörig åtkomst",
         "Behörigheter ligger kvar efter avslutad anställning eller byte av tjänst.", 2, 4,
         "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning",
         "Jämförelse behörighetslista mot HR-systemet", "Samtliga användare", "1 gång/år",
         "Systemförvaltare", "IT-chef", "April",
         "Genomförd", "Två konton låsta i samband med kontrollen.", None, None, "Ja",
         "Konton avslutade 2025-04-22.", "GENOMFORD", "ja"),
        (6, "Dokumenthantering", "Diarieföring / W3D3", "Handlingar diarieförs inte",
         "Allmänna handlingar registreras sent eller inte alls.", 3, 2,
         "Diarieföring av inkommande handlingar sker inom tre arbetsdagar",
         "Stickprov i funktionsbrevlådan mot diariet", "25 handlingar", "Tertial",
         "Registrator", "Kanslichef", "T1, T2, T3",
         "Pågår", "Påbörjad, slutförs under T2.", "Ej genomförd",
         "Kontrollen har inte hunnits med på grund av byte av ärendehanteringssystem. Flyttas till T3.",
         None, None, "EJ_GENOMFORD", ""),
        (7, "Säkerhet", "Krisberedskap", "Bristande kontinuitet",
         "Samhällsviktig verksamhet saknar aktuella kontinuitetsplaner.", 2, 4,
         "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet",
         "Genomgång av planer i säkerhetsenhetens register", "Samtliga planer", "1 gång/år",
         "Säkerhetssamordnare", "Kommundirektör", "T2",
         None, None, "Utgår",
         "Ersätts av arbetet med civilt försvar, beslut KS 2025-05-14 § 88.", None, None,
         "UTGAR", ""),
        (8, "Avtal", "Avtalsdatabas", "Avtal saknas i databasen",
         "Avtal som inte registreras bevakas inte och förlängs automatiskt.", 3, 2,
         "Kontroll att avtal registreras i avtalsdatabasen",
         "Urval av fakturor mot avtalsdatabasen", "15 leverantörer", "Två gånger per år",
         "Upphandlingschef", "KS", "T2, T3",
         "–", None, "Pågår", "Urval 15 avtal, 9 kontrollerade hittills.", None, None,
         "DELVIS", ""),
        (9, "Ekonomi", "Kontanthantering", "Förlust av kontanter",
         "Handkassor stämmer inte mot redovisning.", 2, 2,
         "Inventering av handkassor",
         "Oanmäld kassainventering", "Samtliga 4 kassor", "Tertial",
         "Redovisningsekonom", "Redovisningschef", "T1, T2, T3",
         "Genomförd", "Kassorna stämmer.", "Genomförd", "Kassorna stämmer.", "Nej", None,
         "GENOMFORD", "nej"),
        (10, "Personal", "Medarbetarsamtal", "Bristande arbetsmiljöarbete",
         "Medarbetarsamtal genomförs inte enligt riktlinje.", 3, 2,
         "Uppföljning av att medarbetarsamtal genomförts",
         "Enkät till chefer + utdrag ur Heroma", "Samtliga chefer KLF", "1 gång/år",
         "HR-strateg", "HR-chef", "Helår",
         None, None, None, None, None, None, "SAKNAS", ""),
        (11, "Informationssäkerhet", "Personuppgiftsbehandling / GDPR",
         "Personuppgiftsbiträdesavtal saknas",
         "System som behandlar personuppgifter saknar biträdesavtal med leverantören.", 2, 3,
         "Kontroll av att personuppgiftsbiträdesavtal finns för system som hanterar personuppgifter",
         "Genomgång av registerförteckningen", "Samtliga system KLF", "1 gång/år",
         "Dataskyddssamordnare", "KS", "T2",
         None, None, None, "Klar. Samtliga 14 system har giltigt PUB-avtal.", "Nej", None,
         "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[5] * row[6]] + list(row[7:20])
        for ci, v in enumerate(vals, start=1):
            c = body_cell(ws, r, ci, v, center=ci in (1, 6, 7, 8, 16, 18, 20))
        ws.cell(row=r, column=8).fill = riskfill(row[5] * row[6])
        exp(fil, namnd, row[7], row[20], row[21])
        r += 1
    ws.cell(row=r + 1, column=1, value="Fastställd av kommunstyrelsen 2025-01-29 § 12. "
            "Uppföljning T2 sammanställd av Anna Lindqvist, controller, 2025-09-12.")
    ws.freeze_panes = "J6"
    ws.print_title_rows = "4:5"
    ws.print_title_cols = "A:B"
    ws.auto_filter.ref = "A5:U%d" % (r - 1)
    landscape(ws)
    ws.oddHeader.center.text = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws.oddFooter.right.text = "Sida &P av &N"
    riskmatrix_sheet(wb)
    wb.active = 1
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 2: Barn- och utbildningsnämnden, delår - cover sheet, legend codes G/D/E/U
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_internkontroll_delar_2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = new_wb()
    cov = wb.active
    cov.title = "Försättsblad"
    cov["B3"] = "Vrängelsunda kommun"
    cov["B3"].font = Font(size=12, color="1F4E78", bold=True)
    cov["B5"] = "Barn- och utbildningsnämnden"
    cov["B5"].font = Font(size=20, bold=True)
    cov["B7"] = "Uppföljning av internkontrollplan 2025"
    cov["B7"].font = Font(size=16)
    cov["B8"] = "Delårsrapport per 31 augusti 2025"
    cov["B8"].font = Font(size=14, italic=True)
    cov["B11"] = "Diarienummer:"
    cov["C11"] = "BUN 2024/412"
    cov["B12"] = "Upprättad av:"
    cov["C12"] = "Johan Ekberg, verksamhetscontroller"
    cov["B13"] = "Datum:"
    cov["C13"] = "2025-09-10"
    cov["B14"] = "Behandlas:"
    cov["C14"] = "Barn- och utbildningsnämnden 2025-09-24"
    cov.column_dimensions["B"].width = 18
    cov.column_dimensions["C"].width = 45

    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Så här fyller du i uppföljningen"
    ins["A1"].font = Font(bold=True, size=13)
    ins["A3"] = "Kolumnerna A–Q är nämndens fastställda plan. Fyll endast i de två kolumnerna längst till höger."
    ins["A5"] = "Kod"
    ins["B5"] = "Betydelse"
    ins["A5"].font = BOLD
    ins["B5"].font = BOLD
    for i, (k, t) in enumerate([("G", "Genomförd"), ("D", "Delvis genomförd / pågår"),
                                ("E", "Ej genomförd"), ("U", "Utgår (ange beslut i kommentar)")], start=6):
        ins.cell(row=i, column=1, value=k)
        ins.cell(row=i, column=2, value=t)
    ins["A11"] = "S = sannolikhet (1–4), K = konsekvens (1–4), RV = riskvärde S×K. Nivå = styrnivå (1 nämnd, 2 förvaltning, 3 enhet)."
    ins.column_dimensions["A"].width = 10
    ins.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Internkontrollplan")
    ws["A1"] = "Internkontrollplan 2025 med uppföljning delår"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["ID", "Nivå", "Process", "Rutin/system", "Risk", "Riskbeskrivning", "S", "K", "RV",
               "Befintlig kontroll", "Kontrollmoment", "Kontrollmetod", "Omfattning/urval", "Frekvens",
               "Ansvarig", "Rapporteras till", "Tidplan", "Utfall delår (G/D/E/U)",
               "Iakttagelser / kommentar delår"]
    header_row(ws, 3, headers, height=60)
    set_widths(ws, [6, 5, 12, 12, 14, 22, 4, 4, 5, 16, 30, 18, 12, 9, 12, 11, 9, 10, 36])
    groups = [
        ("FÖRSKOLA", [
            ("BUN-1", 2, "Avgifter", "Barnomsorgsavgift / Procapita", "Felaktig avgift",
             "Avgift debiteras på fel inkomstuppgift.", 3, 2, "Årlig inkomstkontroll",
             "Kontroll av att avgift för förskola debiteras utifrån inlämnade inkomstuppgifter",
             "Stickprov faktura mot inkomstuppgift", "25 hushåll", "1 gång/år", "Avgiftshandläggare",
             "Nämnd", "Delår", "G", "Stickprov 25 hushåll. Inga fel.", "GENOMFORD", "nej"),
            ("BUN-2", 2, "Placering", "Kö och placering", "Lagkrav ej uppfyllt",
             "Plats erbjuds inte inom fyra månader.", 2, 3, "Köhandläggare bevakar",
             "Kontroll av att ansökan om plats handläggs inom fyra månader",
             "Utdrag ur kösystemet", "Samtliga ansökningar", "Tertial", "Placeringsansvarig",
             "Förvaltningschef", "T1, delår, helår", "D",
             "Kontroll gjord för januari–maj, inga överskridanden. Juni–augusti återstår.",
             "DELVIS", "nej")]),
        ("GRUNDSKOLA", [
            ("BUN-3", 1, "Elevhälsa", "Frånvarorapportering / Skola24", "Elever med hög frånvaro fångas inte upp",
             "Problematisk frånvaro uppmärksammas inte i tid.", 3, 4, "Rektor följer frånvaro månadsvis",
             "Kontroll att frånvaro registreras och följs upp enligt rutin för problematisk skolfrånvaro",
             "Utdrag Skola24, genomgång med rektorer", "Samtliga grundskolor", "Tertial",
             "Verksamhetschef grundskola", "Nämnd", "Delår, helår", "G",
             "Två skolor saknade dokumenterad uppföljning för elever med över 15 % frånvaro. "
             "Åtgärdsplan upprättad med rektorerna.", "GENOMFORD", "ja"),
            ("BUN-4", 1, "Trygghet", "Kränkande behandling", "Anmälan når inte huvudman",
             "Kränkningar anmäls inte till huvudman skyndsamt.", 3, 4, "Digital anmälan",
             "Kontroll av att anmälan om kränkande behandling skickas till huvudman samma dag",
             "Jämförelse datum händelse/anmälan", "Samtliga anmälningar", "Tertial",
             "Kvalitetsstrateg", "Nämnd", "Delår, helår", "E",
             "Ej påbörjad. Genomförs under hösten.", "EJ_GENOMFORD", ""),
            ("BUN-5", 2, "Skolskjuts", "Beslut om skolskjuts", "Beslut fattas av fel delegat",
             "Beslut fattas utan delegation.", 2, 2, "Delegationsordning",
             "Skolskjuts – kontroll av att beslut om skolskjuts fattas av behörig delegat",
             "Stickprov beslut mot delegationsordning", "20 beslut", "1 gång/år",
             "Skolskjutssamordnare", "Förvaltningschef", "Delår", None,
             "Se bilaga 2.", "OKLAR", "")]),
        ("GYMNASIUM", [
            ("BUN-6", 2, "Ekonomi", "Interkommunal ersättning", "Felaktig ersättning",
             "Ersättning betalas för elever som inte går kvar.", 2, 3, "Månadsavstämning",
             "Kontroll av interkommunala ersättningar mot elevregister",
             "Avstämning fakturor mot elevregister", "Samtliga fakturor vt", "Två gånger per år",
             "Controller BUF", "Förvaltningschef", "Delår, helår", "G", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("BUN-7", 3, "Betyg", "Betygsregistrering", "Betyg registreras sent",
             "Betyg registreras inte inom fastställd tid.", 2, 2, "Påminnelse från skoladministration",
             "Kontroll att betyg registreras i tid i elevsystemet",
             "Utdrag elevsystem", "Samtliga kurser", "Två gånger per år", "Rektor",
             "Verksamhetschef", "Delår", "U",
             "Utgår, ersätts av den nationella rutinen för digital betygsrapportering (beslut BUN 2025-03-19 § 27).",
             "UTGAR", "")]),
        ("ÖVERGRIPANDE", [
            ("BUN-8", 1, "Personal", "Rekrytering", "Olämplig person anställs",
             "Registerutdrag begärs inte vid anställning.", 2, 4, "Checklista vid rekrytering",
             "Kontroll av att registerutdrag begärs vid nyanställning inom förskola och skola",
             "Stickprov anställningsärenden", "30 anställningar", "Delår",
             "HR-konsult", "Nämnd", "Delår", "G",
             "1 av 30 anställningar saknade uppvisat registerutdrag. Utdrag har nu begärts in.",
             "GENOMFORD", "ja"),
            ("BUN-9", 2, "Kvalitet", "Synpunkter och klagomål", "Klagomål hanteras inte",
             "Klagomål registreras och besvaras inte.", 2, 2, "Rutin för synpunkter",
             "Uppföljning av att synpunkter och klagomål diarieförs och besvaras",
             "Genomgång diariet", "Samtliga ärenden", "1 gång/år", "Nämndsekreterare",
             "Förvaltningschef", "Helår", None, None, "SAKNAS", ""),
            ("BUN-10", 2, "Inköp", "E-handel", "Inköp utanför avtal",
             "Inköp görs från leverantörer som inte är upphandlade.", 3, 2, "E-handelssystem",
             "Inköp – kontroll av att inköp sker från upphandlade leverantörer",
             "Leverantörsreskontra mot avtalsdatabas", "20 leverantörer", "Tertial",
             "Controller BUF", "Förvaltningschef", "Delår, helår", "D",
             "Pågår, 10 av 20 leverantörer kontrollerade hittills.", "DELVIS", "")]),
    ]
    r = 4
    for gname, items in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=19)
        c = ws.cell(row=r, column=1, value=gname)
        c.font = BOLD
        c.fill = GROUPFILL
        r += 1
        for it in items:
            vals = list(it[0:8]) + [it[6] * it[7]] + list(it[8:18])
            for ci, v in enumerate(vals, start=1):
                body_cell(ws, r, ci, v, center=ci in (1, 2, 7, 8, 9, 18))
            exp(fil, namnd, it[9], it[18], it[19])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring utfall: G = Genomförd, D = Delvis genomförd, "
            "E = Ej genomförd, U = Utgår. Nivå 1–3 = styrnivå, inte status.").font = Font(italic=True)
    ws.freeze_panes = "L4"
    ws.print_title_rows = "3:3"
    landscape(ws)
    ws.oddHeader.right.text = "BUN – Internkontroll 2025"
    wb.active = 0
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 3: Socialnämnden, helår - plan on one sheet, follow-up on another joined by ID
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnamnden_IKP_2025_helar.xlsx"
    namnd = "Socialnämnden"
    wb = new_wb()
    om = wb.active
    om.title = "Om dokumentet"
    om["A1"] = "Socialnämnden – Internkontrollplan 2025 och uppföljning helår"
    om["A1"].font = Font(bold=True, size=14)
    om["A3"] = "Fliken 'Plan 2025' innehåller nämndens fastställda plan (SN 2024-12-11 § 201)."
    om["A4"] = "Fliken 'Uppföljning helår' innehåller resultatet per kontroll. Koppling sker via ID."
    om["A5"] = "Status: Klar / Delvis / Ej utförd / Utgår."
    om["A6"] = "Riskvärde enligt fliken Riskmatris (sannolikhet × konsekvens, skala 1–4)."
    om["A8"] = "Kontaktperson: Maria Holm, kvalitetsutvecklare Socialförvaltningen"
    om.column_dimensions["A"].width = 100

    plan = wb.create_sheet("Plan 2025")
    plan["A1"] = "Socialnämnden – Internkontrollplan 2025"
    plan["A1"].font = Font(bold=True, size=13)
    headers = ["ID", "Process", "Delprocess", "Rutin/system", "Risk", "Riskbeskrivning",
               "Sannolikhet", "Konsekvens", "Riskvärde", "Riskbedömning", "Kontrollmoment",
               "Kontrollmetod", "Omfattning/urval", "Frekvens", "Ansvarig", "Rapporteras till",
               "Tidplan", "Lagrum/styrdokument", "Befintliga åtgärder"]
    header_row(plan, 3, headers, height=40)
    set_widths(plan, [7, 14, 14, 14, 18, 28, 8, 8, 8, 10, 34, 22, 16, 10, 16, 14, 10, 16, 22])
    items = [
        ("SN-01", "Barn och unga", "Utredning", "Procapita IFO", "Lagkrav ej uppfyllt",
         "Barnavårdsutredningar överskrider fyra månader.", 4, 3,
         "Kontroll av att utredningstiden på fyra månader hålls i barnavårdsutredningar",
         "Utdrag ur verksamhetssystemet", "Samtliga avslutade utredningar", "Tertial",
         "Enhetschef barn och unga", "Nämnd", "T1, T2, helår", "SoL 11 kap. 2 §", "Veckovis bevakningslista"),
        ("SN-02", "Ekonomiskt bistånd", "Beslut", "Procapita IFO", "Beslut utan delegation",
         "Beslut fattas av handläggare utan delegation.", 2, 3,
         "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov beslut mot delegationsordning", "30 beslut", "Två gånger per år",
         "Enhetschef försörjningsstöd", "Nämnd", "T2, helår", "Delegationsordning", "Behörighetsstyrning i systemet"),
        ("SN-03", "Ekonomiskt bistånd", "Utbetalning", "Procapita / Raindance", "Felaktig utbetalning",
         "Utbetalning till fel mottagare eller konto.", 3, 4,
         "Kontroll av att utbetalningar av ekonomiskt bistånd görs till rätt mottagare",
         "Stickprov utbetalningsfil mot beslut", "40 utbetalningar per halvår", "Två gånger per år",
         "Controller SOC", "Nämnd", "Helår", "Attestordning", "Dualitet vid utbetalning"),
        ("SN-04", "Barn och unga", "Mottagning", "Procapita IFO", "Barn far illa",
         "Orosanmälningar förhandsbedöms inte inom 14 dagar.", 3, 4,
         "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Utdrag ur verksamhetssystemet", "Samtliga anmälningar", "Tertial",
         "Enhetschef mottagning", "Nämnd", "T1, T2, helår", "SoL 11 kap. 1 a §", "Mottagningsgrupp"),
        ("SN-05", "Barn och unga", "Placering", "Avtalsdatabas", "Placering utanför avtal",
         "Placering på HVB hos leverantör utan avtal ger högre kostnad.", 3, 3,
         "Kontroll av att placeringar sker hos upphandlade HVB-leverantörer",
         "Fakturor HVB mot avtalsdatabas", "Samtliga placeringar", "1 gång/år",
         "Controller SOC", "Förvaltningschef", "Helår", "LOU", "Placeringsrutin"),
        ("SN-06", "Familjerätt", "Familjerådgivning", "Fakturering", "Utebliven debitering",
         "Avgift för familjerådgivning debiteras inte.", 2, 1,
         "Kontroll av att avgifter för familjerådgivning debiteras",
         "Bokade samtal mot fakturor", "Samtliga", "1 gång/år",
         "Enhetschef familjerätt", "Förvaltningschef", "Helår", "Taxa", "—"),
        ("SN-07", "LSS", "Genomförande", "Lifecare", "Insats följs inte upp",
         "Genomförandeplan saknas för verkställd insats.", 3, 3,
         "Kontroll av att genomförandeplaner upprättas inom tre veckor efter beslut",
         "Stickprov akter", "20 brukare", "Två gånger per år",
         "Verksamhetschef LSS", "Nämnd", "T2, helår", "SOSFS 2014:5", "Checklista"),
        ("SN-08", "Barn och unga", "Familjehem", "Rekrytering", "Olämpligt familjehem",
         "Registerutdrag saknas eller är inaktuellt.", 2, 4,
         "Kontroll av att registerutdrag begärs för kontaktpersoner och familjehem",
         "Genomgång av uppdragstagarregister", "Samtliga uppdrag", "1 gång/år",
         "Enhetschef familjehem", "Nämnd", "Helår", "SoL", "Checklista vid uppdrag"),
        ("SN-09", "Barn och unga", "Familjehem", "Arvoden / Heroma", "Felaktiga arvoden",
         "Arvode och omkostnad betalas inte enligt avtal.", 2, 3,
         "Kontroll av att utbetalningar till familjehem stämmer mot avtal",
         "Stickprov utbetalningar mot avtal", "15 familjehem", "1 gång/år",
         "Controller SOC", "Förvaltningschef", "Helår", "SKR:s rekommendationer", "Attest"),
        ("SN-10", "Informationssäkerhet", "Logguppföljning", "Procapita IFO", "Otillåten läsning av journal",
         "Personal läser akter utan tjänstebehov.", 3, 4,
         "Kontroll av att loggar i verksamhetssystemet följs upp",
         "Slumpvis loggkontroll", "10 användare/månad", "Månadsvis",
         "Systemförvaltare", "Nämnd", "Helår", "Patientdatalagen / OSL", "Behörighetsstyrning"),
    ]
    r = 4
    for it in items:
        rv = it[6] * it[7]
        bed = "Hög" if rv >= 12 else ("Medel" if rv >= 6 else "Låg")
        vals = list(it[0:8]) + [rv, bed] + list(it[8:17])
        for ci, v in enumerate(vals, start=1):
            body_cell(plan, r, ci, v, center=ci in (1, 7, 8, 9, 10))
        plan.cell(row=r, column=9).fill = riskfill(rv)
        plan.cell(row=r, column=10).fill = riskfill(rv)
        r += 1
    plan.freeze_panes = "C4"
    plan.print_title_rows = "3:3"
    landscape(plan)

    fu = wb.create_sheet("Uppföljning helår")
    fu["A1"] = "Uppföljning helår 2025 (januari–december)"
    fu["A1"].font = Font(bold=True, size=13)
    fu["A2"] = "Kontrollmomentets text finns i fliken Plan 2025."
    fu["A2"].font = Font(italic=True)
    fheaders = ["ID", "Status helår", "Resultat / iakttagelser", "Avvikelse (Ja/Nej)", "Åtgärd", "Klart datum"]
    header_row(fu, 4, fheaders, height=30)
    set_widths(fu, [8, 12, 55, 10, 40, 12])
    results = {
        "SN-01": ("Klar", "12 av 40 utredningar överskred fyra månader utan beslut om förlängning.", "Ja",
                  "Förstärkt bevakning, månatlig genomgång i ledningsgruppen.", "2025-12-15", "GENOMFORD", "ja"),
        "SN-02": ("Klar", "30 beslut granskade, samtliga fattade av behörig delegat.", "Nej", None,
                  "2025-11-20", "GENOMFORD", "nej"),
        "SN-03": ("Delvis", "Kontroll genomförd för januari–juni utan anmärkning. Andra halvåret ej "
                  "kontrollerat på grund av vakans.", "Nej", "Kontrollen för juli–december görs i februari 2026.",
                  None, "DELVIS", "nej"),
        "SN-04": ("Klar", "96 % förhandsbedömda inom 14 dagar, resterande med dokumenterat skäl.", "Nej", None,
                  "2025-12-10", "GENOMFORD", "nej"),
        "SN-05": ("Ej utförd", "Kontrollen har inte genomförts. Skjuts till 2026 i samband med ny upphandling.",
                  None, None, None, "EJ_GENOMFORD", ""),
        "SN-06": ("Utgår", "Verksamheten överförd till kommunalförbundet Norra Dalens familjerådgivning från 1 maj.",
                  None, None, None, "UTGAR", ""),
        "SN-08": ("Klar", "2 familjehem saknade aktuellt registerutdrag.", "Ja",
                  "Nya utdrag inhämtade i november.", "2025-11-28", "GENOMFORD", "ja"),
        "SN-09": ("Klar", "15 familjehem kontrollerade, utbetalningar stämmer mot avtal.", "Nej", None,
                  "2025-12-05", "GENOMFORD", "nej"),
        "SN-10": (None, "Se separat loggrapport (bilaga 3).", None, None, None, "OKLAR", ""),
    }
    order = ["SN-04", "SN-01", "SN-08", "SN-09", "SN-02", "SN-03", "SN-10", "SN-05", "SN-06"]
    r = 5
    for key in order:
        res = results[key]
        vals = [key] + list(res[0:5])
        for ci, v in enumerate(vals, start=1):
            body_cell(fu, r, ci, v, center=ci in (1, 2, 4, 6))
        r += 1
    fu.freeze_panes = "B5"
    for it in items:
        if it[0] in results:
            exp(fil, namnd, it[8], results[it[0]][5], results[it[0]][6])
        else:
            exp(fil, namnd, it[8], "SAKNAS", "")
    riskmatrix_sheet(wb)
    wb.active = 2
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: Samhällsbyggnadsnämnden, T2 - ODS, symbol columns T1 / T2 / Helår
# ---------------------------------------------------------------------------
def file_sbn(tmp):
    fil = "Samhallsbyggnad_IKP_uppf_T2-2025.ods"
    namnd = "Samhällsbyggnadsnämnden"
    wb = new_wb()
    an = wb.active
    an.title = "Anvisning"
    an["A1"] = "Anvisning"
    an["A1"].font = Font(bold=True, size=13)
    an["A3"] = "Markera utfall per tertial med symbol enligt teckenförklaringen på fliken IK-plan 2025."
    an["A4"] = "Kommentaren avser senaste rapporterade period."
    an["A5"] = "Riskvärde = sannolikhet × konsekvens (1–16). Värden ≥ 12 markeras röda."
    an.column_dimensions["A"].width = 100

    ws = wb.create_sheet("IK-plan 2025")
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning – tertial 2 (per 2025-08-31)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Teckenförklaring:  ● = Genomförd   ◐ = Delvis genomförd   ○ = Ej genomförd   – = Ej aktuell/utgår"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("P5:R5")
    ws["P5"] = "Uppföljning"
    ws["P5"].font = BOLD
    ws["P5"].alignment = Alignment(horizontal="center")
    ws["P5"].fill = FUFILL
    headers = ["Nr", "Process", "Rutin/system", "Risk", "Riskbeskrivning", "Sannolikhet",
               "Konsekvens", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Omfattning/urval",
               "Frekvens", "Ansvarig", "Rapporteras till", "Tidplan", "T1", "T2", "Helår",
               "Kommentar", "Avvikelse"]
    fills = [PLANFILL] * 15 + [FUFILL] * 5
    header_row(ws, 6, headers, fills, height=36)
    set_widths(ws, [4, 13, 13, 16, 26, 8, 8, 8, 34, 20, 14, 10, 14, 12, 10, 5, 5, 6, 40, 9])
    items = [
        ("Bygglov", "Ärendehantering / ByggR", "Lagstadgad tid överskrids",
         "Beslut fattas inte inom tio veckor, avgiften ska då reduceras.", 3, 3,
         "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Utdrag ByggR", "Samtliga beslut", "Tertial", "Bygglovschef", "Nämnd", "T1, T2, helår",
         "◐", "●", None, "T2: 3 av 45 beslut överskred tio veckor, avgiften reducerad enligt PBL.", "Ja",
         "GENOMFORD", "ja"),
        ("Bygglov", "Debitering", "Felaktig debitering",
         "Avgift tas inte ut enligt gällande taxa.", 2, 3,
         "Kontroll av att bygglovsavgifter debiteras enligt gällande taxa",
         "Stickprov beslut mot faktura", "15 ärenden", "Tertial", "Bygglovsadministratör", "Förvaltningschef",
         "T1, T2, helår", "●", "●", None, "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("Planering", "Detaljplan", "Kostnader för planarbete täcks inte",
         "Planarbete startar utan planavtal.", 2, 3,
         "Kontroll av att planavtal tecknas innan planarbete påbörjas",
         "Genomgång av planuppdrag", "Samtliga planuppdrag", "Tertial", "Planchef", "Nämnd", "T1, T2, helår",
         "○", "◐", None, "4 av 7 planuppdrag kontrollerade, övriga under hösten.", None, "DELVIS", ""),
        ("Lantmäteri", "Adressregister", "Felaktiga adresser",
         "Adressändringar förs inte in, räddningstjänst hittar fel.", 2, 4,
         "Kontroll av att adressändringar registreras i adressregistret",
         "Avstämning mot lantmäteriets register", "Samtliga ändringar", "1 gång/år", "GIS-ingenjör",
         "Förvaltningschef", "T1", "●", None, None, "Kontrollerat i april, registret aktuellt.", "Nej",
         "GENOMFORD", "nej"),
        ("Exploatering", "Markanvisning", "Otillåtet statsstöd / särbehandling",
         "Markanvisning sker utan att riktlinjerna följs.", 1, 4,
         "Kontroll av att markanvisningar följer riktlinjer för markanvisning",
         "Genomgång av markanvisningsavtal", "Samtliga avtal", "Tertial", "Exploateringschef", "Nämnd",
         "T1, T2, helår", "–", "–", None, "Ej aktuell 2025 – inga markanvisningar under året.", None,
         "UTGAR", ""),
        ("Ekonomi", "Leverantörsfakturor", "Felaktig attest",
         "Fakturor attesteras utan behörighet.", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "20 fakturor", "Tertial", "Controller SBF", "Förvaltningschef", "T1, T2, helår",
         "●", "●", None, "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("Tillsyn", "Ovårdade tomter", "Tillsyn uteblir",
         "Klagomål på ovårdade tomter följs inte upp.", 3, 2,
         "Kontroll av att ovårdade tomter följs upp enligt tillsynsplan",
         "Genomgång av ärendelista", "Samtliga ärenden", "Tertial", "Byggnadsinspektör", "Nämnd",
         "T1, T2, helår", "○", "○", None, "Ej genomförd på grund av resursbrist. Prioriteras under T3.", None,
         "EJ_GENOMFORD", ""),
        ("GIS", "Nybyggnadskarta", "Försenade leveranser",
         "Nybyggnadskarta levereras inte inom avtalad tid.", 2, 2,
         "Kontroll av att nybyggnadskarta levereras inom avtalad tid",
         "Utdrag ur beställningssystemet", "Samtliga beställningar", "Två gånger per år", "Mätchef",
         "Förvaltningschef", "T2, helår", None, None, None, None, None, "SAKNAS", ""),
        ("Bostadsanpassning", "Bidragsbeslut", "Beslut av fel delegat",
         "Bidrag beviljas utan delegation eller över beloppsgräns.", 2, 3,
         "Kontroll av att bidrag för bostadsanpassning beslutas av rätt delegat",
         "Stickprov beslut", "10 beslut per tertial", "Tertial", "Handläggare BAB", "Nämnd",
         "T1, T2, helår", "●", "◐", None, "T2: stickprov pågår, 6 av 10 beslut kontrollerade.", None,
         "DELVIS", ""),
    ]
    r = 7
    for n, it in enumerate(items, start=1):
        rv = it[4] * it[5]
        vals = [n] + list(it[0:6]) + [rv] + list(it[6:18])
        for ci, v in enumerate(vals, start=1):
            body_cell(ws, r, ci, v, center=ci in (1, 6, 7, 8, 16, 17, 18, 20))
        ws.cell(row=r, column=8).fill = riskfill(rv)
        exp(fil, namnd, it[6], it[18], it[19])
        r += 1
    ws.freeze_panes = "J7"
    ws.print_title_rows = "5:6"
    landscape(ws)
    wb.active = 1
    src = os.path.join(tmp, "Samhallsbyggnad_IKP_uppf_T2-2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 5: Vård- och omsorgsnämnden, T2 - .xls, nämnd only in print header / file name, tick columns
# ---------------------------------------------------------------------------
def file_von(tmp):
    fil = "VON uppföljning internkontroll 2025 T2.xls"
    namnd = "Vård- och omsorgsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med x i en av kolumnerna Genomförd / Delvis / Ej genomförd / Ej aktuell."
    headers = ["Nr", "Område", "Process", "Rutin/system", "Risk", "Riskbeskrivning", "Sannolikhet",
               "Konsekvens", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Omfattning/urval",
               "Frekvens", "Ansvarig", "Rapporteras till", "Tidplan", "Styrdokument",
               "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell", "Kommentar T2", "Avvikelse"]
    header_row(ws, 4, headers, height=50)
    set_widths(ws, [4, 11, 13, 13, 16, 24, 6, 6, 6, 34, 20, 14, 9, 14, 12, 9, 14, 6, 6, 6, 6, 40, 8])
    items = [
        ("Hemtjänst", "Utförd tid", "TES / Procapita", "Felaktig ersättning till utförare",
         "Debiterad tid stämmer inte med beviljad och utförd tid.", 3, 3,
         "Kontroll av att beviljade hemtjänsttimmar överensstämmer med utförd tid i planeringssystemet",
         "Avstämning beslut/utförd tid", "30 brukare", "Tertial", "Enhetschef hemtjänst", "Nämnd", "T1, T2, T3",
         "Riktlinje hemtjänst", "x", None, None, None,
         "Avvikelse i 4 av 30 ärenden. Dialog med utförare, korrigering på augustifakturan.", "Ja",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Avgifter", "Avgiftshandläggning", "Felaktig avgift",
         "Avgift överstiger maxtaxan eller beräknas på fel underlag.", 2, 3,
         "Kontroll av att avgifter för äldreomsorg beräknas enligt maxtaxa",
         "Stickprov avgiftsbeslut", "20 beslut", "Tertial", "Avgiftshandläggare", "Förvaltningschef",
         "T1, T2, T3", "Taxa VON", "x", None, None, None, "Inga fel.", "Nej", "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Läkemedel", "Läkemedelshantering", "Patientsäkerhet",
         "Läkemedelsavvikelser rapporteras och åtgärdas inte.", 3, 4,
         "Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas",
         "Genomgång av avvikelser per boende", "5 särskilda boenden", "Tertial", "MAS", "Nämnd",
         "T2, T3", "HSL", None, "x", None, None,
         "Genomförd på 3 av 5 särskilda boenden, resterande i september.", None, "DELVIS", ""),
        ("Myndighet", "Verkställighet", "Biståndsbeslut", "Ej verkställda beslut",
         "Beslut verkställs inte inom tre månader, risk för särskild avgift.", 3, 3,
         "Kontroll av att biståndsbeslut verkställs inom tre månader",
         "Utdrag ej verkställda beslut", "Samtliga", "Tertial", "Enhetschef myndighet", "Nämnd", "T2, T3",
         "SoL 16 kap.", None, None, "x", None, "Påbörjas i september.", None, "EJ_GENOMFORD", ""),
        ("Särskilt boende", "Privata medel", "Boendekassor", "Förskingring",
         "Brukares privata medel hanteras utan kvittens och avstämning.", 2, 4,
         "Kontroll av att privata medel för boende hanteras enligt rutin",
         "Oanmäld kassagenomgång", "4 boenden", "Tertial", "Enhetschef SÄBO", "Förvaltningschef",
         "T1, T2, T3", "Rutin privata medel", "x", "x", None, None,
         "Kontrollerat på Solbacken och Ekgården.", None, "OKLAR", ""),
        ("Hälso- och sjukvård", "Kvalitetsregister", "Senior alert", "Vårdskador",
         "Riskbedömningar görs inte, risk för fall och trycksår.", 3, 3,
         "Kontroll av att riskbedömningar för fall, trycksår och undernäring görs i Senior alert",
         "Utdrag ur registret", "Samtliga boende", "Tertial", "MAS", "Nämnd", "T1, T2, T3",
         "HSL", None, None, None, "x",
         "Utgår enligt beslut VON 2025-03-20 § 31, ersätts av ny kvalitetsuppföljning.", None, "UTGAR", ""),
        ("Ekonomi", "Fakturering", "LSS-insatser", "Intäktsbortfall",
         "Insatser för brukare från andra kommuner faktureras inte.", 2, 3,
         "Kontroll av att fakturering av LSS-insatser till andra kommuner sker",
         "Avstämning avtal mot kundreskontra", "Samtliga avtal", "1 gång/år", "Controller VOF",
         "Förvaltningschef", "T2", "Avtal", None, None, None, None,
         "Klart i juni, samtliga fakturor skickade, inga fel.", "Nej", "GENOMFORD", "nej"),
        ("Särskilt boende", "Nattillsyn", "Kameratillsyn", "Integritetsintrång",
         "Kameratillsyn används utan beslut eller samtycke.", 1, 4,
         "Kontroll av att nattillsyn via kamera följer beslut",
         "Stickprov beslut mot schema", "10 brukare", "Två gånger per år", "Enhetschef hemtjänst natt",
         "Nämnd", "T2, T3", "SoL", None, None, None, None, None, None, "SAKNAS", ""),
        ("Kvalitet", "Lex Sarah", "Utredning", "Missförhållanden åtgärdas inte",
         "Rapporter enligt lex Sarah utreds inte skyndsamt.", 2, 4,
         "Kontroll av att lex Sarah-rapporter utreds inom två månader",
         "Genomgång av rapporter", "Samtliga", "Tertial", "Kvalitetsutvecklare", "Nämnd", "T1, T2, T3",
         "SOSFS 2011:5", "x", None, None, None, "2 av 11 utredningar överskred två månader.", "Ja",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Leverantörsfakturor", "Attest", "Felaktig attest",
         "Fakturor attesteras utan behörighet.", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "20 fakturor", "Tertial", "Controller VOF", "Förvaltningschef", "T1, T2, T3",
         "Attestreglemente", "x", None, None, None, "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
    ]
    r = 5
    for n, it in enumerate(items, start=1):
        rv = it[5] * it[6]
        vals = [n] + list(it[0:7]) + [rv] + list(it[7:21])
        for ci, v in enumerate(vals, start=1):
            body_cell(ws, r, ci, v, center=ci in (1, 7, 8, 9, 18, 19, 20, 21, 23))
        ws.cell(row=r, column=9).fill = riskfill(rv)
        exp(fil, namnd, it[7], it[21], it[22])
        r += 1
    ws.freeze_panes = "K5"
    ws.print_title_rows = "4:4"
    landscape(ws)
    ws.oddHeader.left.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "Tertial 2 2025"
    ws.oddFooter.center.text = "Sida &P"
    src = os.path.join(tmp, "von.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, "von.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 6: governance-system export, two nämnder, delår
# ---------------------------------------------------------------------------
def file_export():
    fil = "Internkontroll_export_delar2025_TN_KFN.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Rapport: Internkontroll – uppföljning delår 2025"
    ws["A1"].font = BOLD
    ws["A2"] = "Utskriven 2025-09-08 14:32 av Peter Sjöberg. Urval: Tekniska nämnden; Kultur- och fritidsnämnden"
    headers = ["Organisation", "Process", "Risk", "Riskbeskrivning", "Sannolikhet", "Konsekvens",
               "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras till",
               "Tidplan", "Status (delår)", "Kommentar (delår)", "Avvikelse", "Senast ändrad"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
    set_widths(ws, [24, 16, 20, 30, 10, 10, 9, 40, 24, 12, 18, 16, 10, 14, 45, 9, 12])
    TN = "Tekniska nämnden"
    KFN = "Kultur- och fritidsnämnden"
    items = [
        (TN, "Fordon", "Otillåten användning", "Fordon och drivmedelskort används privat.", 2, 3,
         "Kontroll av att fordonsbokningar och drivmedelskort används enligt riktlinje",
         "Stickprov körjournal mot drivmedelsfakturor", "Tertial", "Fordonssamordnare", "Nämnd", "Delår",
         "Slutförd", "Inga avvikelser.", "Nej", "2025-08-29", "GENOMFORD", "nej"),
        (TN, "VA", "Utebliven intäkt", "Anslutningsavgift debiteras inte vid ny anslutning.", 2, 3,
         "Kontroll av att VA-anslutningsavgifter debiteras enligt VA-taxan",
         "Nya anslutningar mot kundreskontra", "Två gånger per år", "VA-ekonom", "Nämnd", "Delår, helår",
         "Slutförd", "Två fastigheter ej debiterade, fakturerade i juni.", "Ja", "2025-08-30", "GENOMFORD", "ja"),
        (TN, "Investering", "Betalning för ej utfört arbete",
         "Slutbetalning sker innan entreprenaden besiktigats.", 2, 4,
         "Kontroll av att entreprenadarbeten besiktigas innan slutbetalning",
         "Genomgång av slutfakturor mot besiktningsprotokoll", "Tertial", "Projektchef", "Nämnd",
         "Delår, helår", "Pågående", "5 av 8 projekt granskade.", None, "2025-09-01", "DELVIS", ""),
        (TN, "Förråd", "Svinn", "Lagersaldo stämmer inte med bokfört värde.", 2, 2,
         "Kontroll av att lagerinventering i förrådet stämmer mot bokfört värde",
         "Inventering", "1 gång/år", "Förrådsansvarig", "Förvaltningschef", "Helår",
         "Ej påbörjad", "Inventering sker i december.", None, "2025-05-12", "EJ_GENOMFORD", ""),
        (TN, "Fastighet", "Bristande underhåll", "Felanmälningar åtgärdas inte inom fastställd tid.", 3, 2,
         "Kontroll av att felanmälningar åtgärdas inom fastställd tid",
         "Utdrag ur felanmälningssystemet", "Tertial", "Driftchef fastighet", "Nämnd", "Delår, helår",
         "Slutförd", "91 % åtgärdade inom fastställd tid, i nivå med målet.", "Nej", "2025-08-27",
         "GENOMFORD", "nej"),
        (TN, "Gata", "Felaktig fakturering", "Entreprenör fakturerar vinterväghållning som inte utförts.", 2, 3,
         "Kontroll av att vinterväghållning faktureras enligt avtal",
         "Väderdata mot fakturor", "1 gång/år", "Gatuchef", "Nämnd", "Delår",
         "Avbruten", "Avbruten genom beslut TN 2025-04-10 § 45, avtalet omförhandlas.", None, "2025-04-11",
         "UTGAR", ""),
        (KFN, "Föreningsbidrag", "Felaktigt bidrag", "Bidrag betalas ut på felaktiga uppgifter.", 3, 2,
         "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
         "Stickprov ansökningar mot närvarolistor", "1 gång/år", "Föreningskonsulent", "Nämnd", "Delår",
         "Slutförd", "1 förening fick dubbelt aktivitetsstöd, återkrav skickat.", "Ja", "2025-06-18",
         "GENOMFORD", "ja"),
        (KFN, "Lokalbokning", "Utebliven intäkt", "Bokade lokaler faktureras inte.", 2, 2,
         "Kontroll av att lokalbokningar faktureras",
         "Bokningssystem mot kundreskontra", "Tertial", "Bokningsansvarig", "Förvaltningschef",
         "Delår, helår", "Slutförd", "Inga avvikelser.", "Nej", "2025-08-20", "GENOMFORD", "nej"),
        (KFN, "Kulturskola", "Felaktig avgift", "Avgifter debiteras inte enligt taxa.", 2, 2,
         "Kontroll av att kulturskolans avgifter debiteras enligt taxa",
         "Elevregister mot fakturor", "Två gånger per år", "Kulturskolechef", "Förvaltningschef",
         "Delår, helår", "Pågående", "Vårterminen kontrollerad, hösten återstår.", None, "2025-09-02",
         "DELVIS", ""),
        (KFN, "Lovverksamhet", "Olämplig ledare", "Ledare i lovverksamhet saknar registerutdrag.", 2, 4,
         "Kontroll av att registerutdrag finns för ledare i lovverksamhet",
         "Genomgång av personalakter", "1 gång/år", "Fritidschef", "Nämnd", "Delår",
         "Slutförd", "Samtliga 24 ledare hade giltigt registerutdrag.", "Nej", "2025-07-03", "GENOMFORD", "nej"),
        (KFN, "Simhall", "Förlust av kontanter", "Kassan stäms inte av dagligen.", 2, 2,
         "Kontroll av att kassaredovisning i simhallen stäms av dagligen",
         "Kassarapporter mot bankinsättningar", "Tertial", "Badchef", "Förvaltningschef", "Delår, helår",
         None, None, None, None, "SAKNAS", ""),
    ]
    r = 5
    for it in items:
        rv = it[4] * it[5]
        vals = list(it[0:6]) + [rv] + list(it[6:16])
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = Alignment(vertical="top", wrap_text=ci in (4, 8, 15))
        exp(fil, it[0], it[6], it[16], it[17])
        r += 1
    ws.auto_filter.ref = "A4:Q%d" % (r - 1)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", TN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 7: Miljö- och hälsoskyddsnämnden, helår - traffic-light fills in T1/T2/Helår blocks
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "Miljo_och_halsoskydd_IKP2025_helar.xlsx"
    namnd = "Miljö- och hälsoskyddsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"
    wb = new_wb()
    cov = wb.active
    cov.title = "Försättsblad"
    cov["A2"] = "Miljö- och hälsoskyddsnämnden"
    cov["A2"].font = Font(bold=True, size=18)
    cov["A4"] = "Internkontrollplan 2025 – årsuppföljning"
    cov["A4"].font = Font(size=14)
    cov["A6"] = "Period: januari–december 2025"
    cov["A7"] = "Dnr MHN 2025/9"
    cov["A8"] = "Handläggare: Sofia Berglund, miljöchef"
    cov.column_dimensions["A"].width = 70

    ins = wb.create_sheet("Instruktion och färgkoder")
    ins["A1"] = "Färgkoder för bedömning"
    ins["A1"].font = Font(bold=True, size=13)
    legend = [(GREEN, "Grön", "Kontrollen genomförd"), (YELLOW, "Gul", "Kontrollen delvis genomförd / pågår"),
              (RED, "Röd", "Kontrollen ej genomförd"), (GREY, "Grå", "Utgår / ej aktuell")]
    for i, (col, name, text) in enumerate(legend, start=3):
        ins.cell(row=i, column=1).fill = fill(col)
        ins.cell(row=i, column=2, value=name)
        ins.cell(row=i, column=3, value=text)
    ins["A8"] = "Markera bedömningscellen med färg. Skriv kommentar i kolumnen bredvid. " \
                "Riskvärdets färg (kolumn H) avser riskbedömningen, inte utfallet."
    ins.column_dimensions["A"].width = 8
    ins.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Plan o uppföljning")
    ws["A1"] = "Internkontrollplan 2025 – Miljö- och hälsoskyddsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Bedömning:"
    for i, (col, name, text) in enumerate(legend):
        ws.cell(row=2, column=2 + 2 * i).fill = fill(col)
        ws.cell(row=2, column=3 + 2 * i, value=text)
    for ref, txt in (("P4", "T1"), ("R4", "T2"), ("T4", "HELÅR")):
        ws[ref] = txt
        ws[ref].font = BOLD
        ws[ref].alignment = Alignment(horizontal="center")
        ws[ref].fill = FUFILL
    ws.merge_cells("P4:Q4")
    ws.merge_cells("R4:S4")
    ws.merge_cells("T4:U4")
    headers = ["Nr", "Process", "Rutin/system", "Risk", "Riskbeskrivning", "Sannolikhet",
               "Konsekvens", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Omfattning/urval",
               "Frekvens", "Ansvarig", "Rapporteras till", "Tidplan",
               "Bedömning", "Kommentar", "Bedömning", "Kommentar", "Bedömning", "Kommentar", "Åtgärd"]
    fills = [PLANFILL] * 15 + [FUFILL] * 6 + [GROUPFILL]
    header_row(ws, 5, headers, fills, height=36)
    set_widths(ws, [4, 13, 13, 16, 24, 7, 7, 7, 34, 20, 14, 10, 14, 12, 9, 9, 22, 9, 22, 9, 30, 24])
    G, Y, R, S = GREEN, YELLOW, RED, GREY
    items = [
        ("Myndighetsutövning", "Taxa / Ecos", "Felaktig debitering",
         "Tillsynsavgifter debiteras inte enligt taxa.", 2, 3,
         "Kontroll av att tillsynsavgifter debiteras enligt taxa och tillsynsplan",
         "Stickprov i Ecos mot fakturor", "20 ärenden", "Tertial", "Administratör", "Nämnd", "T1, T2, helår",
         G, "Inga avvikelser", G, "Inga avvikelser", G, "Inga avvikelser under året.", None,
         "GENOMFORD", "nej"),
        ("Livsmedelskontroll", "Kontrollplan", "Lagkrav ej uppfyllt",
         "Planerade livsmedelskontroller genomförs inte.", 3, 3,
         "Kontroll av att inspektioner enligt livsmedelskontrollplanen genomförs",
         "Uppföljning mot kontrollplan", "Samtliga objekt", "Tertial", "Livsmedelsinspektör", "Nämnd",
         "T1, T2, helår", Y, "30 %", Y, "58 %", Y, "82 % av planerade kontroller genomförda.",
         "Resterande 18 % läggs först i planen för 2026.", "DELVIS", ""),
        ("Ärendehantering", "Klagomål", "Lång handläggningstid",
         "Klagomålsärenden handläggs inte inom sex veckor.", 3, 2,
         "Kontroll av att klagomålsärenden registreras och handläggs inom 6 veckor",
         "Utdrag Ecos", "Samtliga ärenden", "Tertial", "Miljöinspektör", "Förvaltningschef",
         "T1, T2, helår", G, None, G, None, G, "3 av 64 ärenden överskred sex veckor.",
         "Veckovis bevakning infört.", "GENOMFORD", "ja"),
        ("Delegation", "Delegationsbeslut", "Beslut anmäls inte",
         "Delegationsbeslut anmäls inte till nämnden.", 2, 2,
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse beslutslista/protokoll", "Samtliga beslut", "1 gång/år", "Nämndsekreterare", "Nämnd",
         "Helår", None, None, None, None, G, "Samtliga beslut anmälda.", None, "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Timavgift", "Utebliven intäkt",
         "Timavgift för extra offentlig kontroll debiteras inte.", 2, 2,
         "Kontroll av att timavgifter för extra offentlig kontroll debiteras",
         "Stickprov", "10 ärenden", "Tertial", "Administratör", "Förvaltningschef", "T1, T2, helår",
         R, None, R, None, R, "Ej genomförd på grund av personalbrist.", None, "EJ_GENOMFORD", ""),
        ("Tillsyn", "Förelägganden", "Brister kvarstår",
         "Förelägganden följs inte upp inom utsatt tid.", 3, 3,
         "Kontroll av att förelägganden följs upp inom utsatt tid",
         "Genomgång av bevakningar i Ecos", "Samtliga förelägganden", "Tertial", "Miljöinspektör", "Nämnd",
         "T1, T2, helår", Y, "Pågår", G, "Klar, samtliga uppföljda.", None, None, None,
         "GENOMFORD", "nej"),
        ("Prövning", "Enskilda avlopp", "Felaktiga tillstånd",
         "Avloppstillstånd handläggs inte enligt rutin.", 2, 3,
         "Kontroll av att avloppstillstånd handläggs enligt rutin",
         "Stickprov", "10 tillstånd", "1 gång/år", "Miljöinspektör", "Nämnd", "Helår",
         None, None, None, None, S, "Utgår – ingår i kommunens VA-plan och följs upp där.", None,
         "UTGAR", ""),
        ("Förvaltning", "Jäv", "Jävssituation",
         "Jäv anmäls inte och handläggare hanterar ärenden där de är jäviga.", 1, 4,
         "Kontroll av att jäv anmäls och dokumenteras i ärenden",
         "Enkät till handläggare", "Samtliga handläggare", "1 gång/år", "Miljöchef", "Nämnd", "Helår",
         None, None, None, None, None, None, None, "SAKNAS", ""),
        ("Ekonomi", "Leverantörsfakturor", "Felaktig attest",
         "Fakturor attesteras utan behörighet.", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "20 fakturor", "Tertial", "Miljöchef", "Förvaltningschef", "T1, T2, helår",
         G, None, G, None, G, "Se bilaga 1.", None, "GENOMFORD", ""),
    ]
    r = 6
    for n, it in enumerate(items, start=1):
        rv = it[4] * it[5]
        vals = [n] + list(it[0:6]) + [rv] + list(it[6:13])
        for ci, v in enumerate(vals, start=1):
            body_cell(ws, r, ci, v, center=ci in (1, 6, 7, 8))
        ws.cell(row=r, column=8).fill = riskfill(rv)
        fu = it[13:20]  # colT1, comT1, colT2, comT2, colH, comH, åtgärd
        for k, v in enumerate(fu):
            col = 16 + k
            if k in (0, 2, 4):
                c = body_cell(ws, r, col, None)
                if v:
                    c.fill = fill(v)
            else:
                body_cell(ws, r, col, v)
        exp(fil, namnd, it[6], it[20], it[21])
        r += 1
    ws.cell(row=r + 1, column=1, value="Justerat av nämndens ordförande 2026-01-27.")
    ws.freeze_panes = "J6"
    ws.print_title_rows = "4:5"
    ws.print_title_cols = "A:A"
    landscape(ws)
    wb.active = 2
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 8 (reject): wide budget follow-up, no internal control
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Driftredovisning_T2_2025_per_namnd.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Drift T2"
    ws["A1"] = "Vrängelsunda kommun – Ekonomisk uppföljning tertial 2 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Driftredovisning per nämnd, tkr. Utfall per 2025-08-31, prognos helår."
    headers = ["Nämnd", "Verksamhet", "Budget 2025", "Utfall jan–aug 2024", "Utfall jan–aug 2025",
               "Förbrukat %", "Prognos helår", "Avvikelse mot budget", "Prognos T1", "Förändring mot T1",
               "Intäkter", "Personalkostnader", "Övriga kostnader", "Kapitalkostnader", "Kommentar"]
    header_row(ws, 4, headers, height=40)
    set_widths(ws, [28, 22] + [12] * 12 + [50])
    rows = [
        ("Kommunstyrelsen", "Kommunledning", 98500, 61200, 63900, None, 97800, None, 98100, None,
         -12400, 52100, 38200, 6000, "Vakanser på HR-avdelningen."),
        ("Barn- och utbildningsnämnden", "Förskola och skola", 812300, 529400, 551700, None, 821000, None,
         818500, None, -64200, 610300, 238900, 27000, "Ökade kostnader för tilläggsbelopp."),
        ("Socialnämnden", "Individ- och familjeomsorg", 214600, 148900, 152300, None, 226800, None,
         221000, None, -18700, 98300, 139800, 1700, "Fler externa placeringar än budgeterat."),
        ("Vård- och omsorgsnämnden", "Äldreomsorg och LSS", 688900, 446100, 458200, None, 692400, None,
         690100, None, -92300, 570200, 201100, 9900, "Sjukfrånvaro har ökat kostnaden för timanställda."),
        ("Samhällsbyggnadsnämnden", "Plan och bygg", 38200, 23100, 22800, None, 37100, None, 37600, None,
         -21900, 41200, 15600, 2200, "Högre bygglovsintäkter."),
        ("Tekniska nämnden", "Gata, VA, fastighet", 142700, 91300, 95800, None, 144900, None, 143200, None,
         -198500, 88200, 201400, 51600, "Vinterväghållning dyrare än budget."),
        ("Kultur- och fritidsnämnden", "Kultur och fritid", 76400, 49800, 50100, None, 75900, None, 76200,
         None, -14100, 38600, 46100, 5300, ""),
        ("Miljö- och hälsoskyddsnämnden", "Miljö och hälsa", 14900, 9200, 9400, None, 14700, None, 14800,
         None, -8900, 16800, 4100, 200, ""),
    ]
    r = 5
    for row in rows:
        row = list(row)
        row[5] = round(row[4] / row[2] * 100, 1)
        row[7] = row[2] - row[6]
        row[9] = row[6] - row[8]
        for ci, v in enumerate(row, start=1):
            c = body_cell(ws, r, ci, v)
            if isinstance(v, (int, float)):
                c.number_format = "# ##0"
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = BOLD
    for ci in range(3, 15):
        L = get_column_letter(ci)
        ws.cell(row=r, column=ci, value="=SUM(%s5:%s%d)" % (L, L, r - 1)).font = BOLD
    ws.freeze_panes = "C5"
    ws.print_title_rows = "4:4"
    landscape(ws)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö och hälsoskydd"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Vrängelsunda Bostäder AB", "VBAB|Bostadsbolaget"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r272_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_sbn(tmp)
        file_von(tmp)
        file_export()
        file_mhn()
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
