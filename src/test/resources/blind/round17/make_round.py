#!/usr/bin/python3
# Blind round 17 — Rönnelycke kommun (Blekinge), internkontroll 2025
import csv, io, os, shutil, subprocess, zipfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.formatting.rule import CellIsRule
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Rönnelycke kommun"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)
BOLD = Font(bold=True)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))

# ---------------------------------------------------------------- 1 Stratsys
def f1_stratsys():
    fil = "Stratsys_rapport_20260114.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Rapport"
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws["A1"] = "Internkontrollplan 2025 – Uppföljning"; ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = KOMMUN
    ws["A3"] = "Rapport skapad: 2026-01-14 09:12 av Lena Holm"
    ws["A3"].font = Font(italic=True, size=9)
    ws["A4"] = ("Filter: Organisation = Samhällsbyggnadsnämnden; Period = Helår 2025; "
                "Status = Alla; Visa underliggande = Ja")
    ws["A4"].font = Font(italic=True, size=9)
    for r in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    hdr = ["Namn", "Typ", "Ansvarig", "Status", "Avvikelse", "Senaste kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    # (level, name, typ, ansvarig, status, avvikelse, kommentar, expected_status)
    rows = [
        (0, "Bygglov och tillsyn", "Process", "Avdelningschef bygg", "", "", "", None),
        (1, "Stickprov på 15 bygglovsbeslut: att beslut fattats inom lagstadgad handläggningstid",
         "Kontrollmoment", "Bygglovschef", "Klar", "Ja",
         "2 av 15 ärenden överskred tiden med 1–3 veckor; avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD"),
        (1, "Kontroll av att delegationsbeslut inom bygglov anmälts till nämnden",
         "Kontrollmoment", "Nämndsekreterare", "Klar", "Nej",
         "Samtliga beslut anmälda vid närmast följande sammanträde.", "GENOMFORD"),
        (1, "Uppföljning av att ovårdade tomter och byggnader handläggs enligt tillsynsplanen",
         "Kontrollmoment", "Byggnadsinspektör", "Pågår", "Nej",
         "Tillsynsplanen reviderades i oktober, genomgång av öppna ärenden pågår.", "DELVIS"),
        (2, "Ta fram rutin för prioritering av tillsynsärenden", "Åtgärd", "Bygglovschef",
         "Pågår", "", "Utkast klart, beslut i februari 2026.", None),
        (0, "Upphandling och avtal", "Process", "Förvaltningschef", "", "", "", None),
        (1, "Kontroll av att direktupphandlingar över 100 000 kr dokumenterats enligt riktlinjen",
         "Kontrollmoment", "Controller", "Klar", "Ja",
         "3 av 12 direktupphandlingar saknade dokumentation av jämförda leverantörer.", "GENOMFORD"),
        (2, "Utbildning i direktupphandling för projektledare", "Åtgärd", "Upphandlare",
         "Klar", "", "Genomförd 2025-11-20, 14 deltagare.", None),
        (1, "Avtalstrohet vid inköp av konsulttjänster inom planverksamheten",
         "Kontrollmoment", "Planchef", "Ej påbörjad", "Nej",
         "Har inte hunnits med på grund av vakans på upphandlingsstödet.", "EJ_GENOMFORD"),
        (0, "Ekonomi", "Process", "Controller", "", "", "", None),
        (1, "Attest av leverantörsfakturor – stickprov om 30 fakturor per halvår",
         "Kontrollmoment", "Controller", "Klar", "Nej",
         "60 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD"),
        (1, "Kontroll av att exploateringsavtal följs upp ekonomiskt mot kalkyl",
         "Kontrollmoment", "Exploateringsingenjör", "Pågår", "Ja",
         "Avvikelse mot kalkyl i exploateringsområdet Norra Vången (+2,1 mnkr), utredning pågår.", "DELVIS"),
        (1, "Fakturering av planavgifter i samband med bygglov",
         "Kontrollmoment", "Administratör", "Utgår", "Nej",
         "Utgår ur planen enligt beslut SBN 2025-04-23 § 52; ingår i revisionens granskning.", "UTGAR"),
        (0, "Informationssäkerhet", "Process", "Förvaltningschef", "", "", "", None),
        (1, "Årlig genomgång av behörigheter i ärendehanteringssystemet för bygglov",
         "Kontrollmoment", "Systemförvaltare", "", "", "", "SAKNAS"),
        (1, "Kontroll av att allmänna handlingar diarieförs inom fastställd tid",
         "Kontrollmoment", "Registrator", "Klar", "Nej",
         "Stickprov 40 handlingar, samtliga diarieförda inom två arbetsdagar.", "GENOMFORD"),
    ]
    r = 7
    n = 0
    for lvl, name, typ, ans, st, avv, kom, es in rows:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=1).alignment = Alignment(indent=lvl * 2, wrap_text=True)
        for c, v in enumerate([typ, ans, st, avv, kom], 2):
            ws.cell(row=r, column=c, value=v if v != "" else None)
        if lvl == 0:
            for c in range(1, 7):
                ws.cell(row=r, column=c).font = BOLD
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            ws.row_dimensions[r].outline_level = lvl
        if es:
            n += 1
            exp(fil, namnd, name, es, "ja" if avv == "Ja" else "nej")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Antal kontrollmoment: {n}").font = BOLD
    ws.cell(row=r + 1, column=1, value="Status: Klar, Pågår, Ej påbörjad, Utgår").font = Font(italic=True, size=9)
    ws.cell(row=r + 2, column=1, value="Sida 1 av 1").font = Font(size=8)
    for col, w in zip("ABCDEF", (70, 16, 22, 12, 11, 70)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 Hypergene
def f2_hypergene():
    fil = "Hypergene_export_BUN_IK_2025.csv"
    namnd = "Barn- och utbildningsnämnden"
    org = "Barn- och utbildningsförvaltningen"
    cols = ["Organisation", "Kontrollmoment", "Period", "Status", "Analys", "Åtgärd", "Senast ändrad"]
    rows = []
    def add(km, period, status, analys, atgard="", datum=""):
        rows.append([org, km, period, status, analys, atgard, datum])
    k = []
    km = "Kontroll av att skolpliktsbevakning sker enligt rutin vid upprepad frånvaro"
    add(km, "Delår 2025", "Gul", "Rutinen tillämpas på fem av sju skolor.", "", "2025-08-29")
    add(km, "Helår 2025", "Grön", "Samtliga sju skolor följer nu rutinen. Inga avvikelser.", "", "2026-01-09")
    k.append((km, "GENOMFORD", "nej"))
    km = "Stickprov på placeringar i förskola: att kötiden inte överstiger fyra månader"
    add(km, "Delår 2025", "Gul", "Uppföljningen påbörjad, urval framtaget.", "", "2025-08-29")
    add(km, "Helår 2025", "Röd",
        "Kontrollen har inte slutförts – ansvarig handläggare slutade i september och stickprovet gjordes aldrig.",
        "Kontrollen flyttas till plan 2026.", "2026-01-12")
    k.append((km, "EJ_GENOMFORD", "nej"))
    km = "Kontroll av att anmälan om kränkande behandling handläggs skyndsamt av huvudmannen"
    add(km, "Delår 2025", "Grön", "Genomgång av 18 anmälningar vt 2025, samtliga utredda inom 14 dagar.", "", "2025-08-29")
    add(km, "Helår 2025", "Grön",
        "Genomgång av 40 anmälningar under året.\n6 anmälningar hade handläggningstid över 14 dagar, samtliga från höstterminen.",
        "Påminnelse till rektorer, ny uppföljning T1 2026.", "2026-01-09")
    k.append((km, "GENOMFORD", "ja"))
    km = "Attestkontroll av inköp med inköpskort inom grundskolan"
    add(km, "Delår 2025", "", "", "", "")
    add(km, "Helår 2025", "Gul",
        "Kontroll genomförd på tre av sex rektorsområden. Resterande genomförs i januari 2026. Hittills inga felaktiga köp.",
        "", "2026-01-12")
    k.append((km, "DELVIS", "nej"))
    km = "Uppföljning av att beslut om tilläggsbelopp fattas enligt delegationsordningen"
    add(km, "Delår 2025", "Grön",
        "Kontrollen genomförd i sin helhet under våren: samtliga 22 beslut fattade av rätt delegat. Ingen uppföljning planerad vid helår.",
        "", "2025-08-29")
    k.append((km, "GENOMFORD", "nej"))
    km = "Kontroll av att utdrag ur belastningsregistret begärts in före anställning i förskola och skola"
    add(km, "Helår 2025", "Grön",
        "Stickprov på 25 nyanställningar: 2 saknade registerutdrag vid anställningens start.",
        "Checklista för rekrytering uppdaterad.", "2026-01-10")
    k.append((km, "GENOMFORD", "ja"))
    km = "Skolskjuts: kontroll av att fakturerade körningar överensstämmer med beställda turer"
    add(km, "Delår 2025", "Grå",
        "Utgår – ansvaret för skolskjuts flyttades till Tekniska nämnden 2025-03-01 enligt beslut i KF.",
        "", "2025-05-02")
    k.append((km, "UTGAR", "nej"))
    km = "Kontroll av elevhälsans journalföring – uppföljning av behörighetsloggar"
    add(km, "Delår 2025", "", "", "", "")
    add(km, "Helår 2025", "", "", "", "")
    k.append((km, "SAKNAS", "nej"))
    km = "Uppföljning av att modersmålsundervisning erbjuds samtliga berättigade elever"
    add(km, "Delår 2025", "Gul", "Kartläggning påbörjad.", "", "2025-08-29")
    add(km, "Helår 2025", "Gul",
        "Kartläggning genomförd på grundskolan, gymnasiet återstår. Hittills har 14 berättigade elever inte erbjudits undervisning på grund av lärarbrist.",
        "Rekrytering av modersmålslärare i arabiska och somaliska.", "2026-01-12")
    k.append((km, "DELVIS", "ja"))
    km = "Kontroll av att förskolornas matsedlar följer kommunens kostriktlinjer"
    add(km, "Helår 2024", "Grön", "Samtliga förskolor följer riktlinjerna.", "", "2025-01-15")
    k.append((km, "SAKNAS", "nej"))
    # export order: sorted by Kontrollmoment like a system export, periods in order
    order = {"Helår 2024": 0, "Delår 2025": 1, "Helår 2025": 2}
    rows.sort(key=lambda r: (r[1].lower(), order[r[2]]))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(cols)
        w.writerows(rows)
    for km, st, av in k:
        exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 Controller workbook
def f3_controller():
    fil = "Controller_IK_helar_2025_KFN_TN_MHN.xlsx"
    wb = Workbook()
    summ = wb.active; summ.title = "Sammanställning"
    sheets = [
        ("KFN", "Kultur- och fritidsnämnden", None, [
            ("1", "Bidrag", "Kontroll av att föreningsbidrag betalats ut enligt beslutade bidragsnormer",
             "Genomförd", "J", "Två föreningar fick dubbelt lokalbidrag i mars, återkrav skickat.", "GENOMFORD"),
            ("2", "Kontanthantering", "Kassahantering i simhallen – oanmäld kassainventering två gånger per år",
             "Genomförd", "N", "Inventering 2025-04-03 och 2025-10-17, kassan stämde.", "GENOMFORD"),
            ("3", "Intäkter", "Kontroll av att bokningar av idrottshallar faktureras korrekt",
             "Delvis genomförd", "N", "Endast vårens bokningar kontrollerade, inga fel.", "DELVIS"),
            ("4", "Tillgångar", ["Uppföljning av att inventering av bibliotekets",
                                 "media och utrustning sker enligt fastställd rutin"],
             "Ej genomförd", "N", "Skjuts till 2026 på grund av flytt av huvudbiblioteket.", "EJ_GENOMFORD"),
            ("5", "Personal", "Kontroll av registerutdrag för ledare i kommunens sommarlovsverksamhet",
             "Genomförd", "N", "Samtliga 31 ledare hade uppvisat utdrag.", "GENOMFORD"),
        ]),
        ("TN", "Tekniska nämnden", "Nämnd: Tekniska nämnden", [
            ("1", "Fordon", "Kontroll av att kommunens fordon används enligt körjournal och fordonspolicy",
             "Genomförd", "J", "Fyra körjournaler var ofullständiga.", "GENOMFORD"),
            ("2", "Entreprenad", "Stickprov på att ÄTA-arbeten i entreprenader godkänts av behörig beställare",
             "Delvis genomförd", "J", "Kontroll gjord för två av fem entreprenader; en ÄTA saknade skriftligt godkännande.", "DELVIS"),
            ("3", "VA", "Kontroll av att lagerinventering av VA-material stämmer mot bokfört värde",
             "Genomförd", "N", "Differens 0,3 %, inom tolerans.", "GENOMFORD"),
            ("4", "Gata", "Uppföljning av vinterväghållningsentreprenörens rapportering och fakturering",
             "Ej genomförd", "N", "Ny entreprenör från 1 november, kontrollen görs våren 2026.", "EJ_GENOMFORD"),
            ("5", "Gata", "Kontroll av att felanmälningar av gatubelysning åtgärdas inom avtalad tid",
             "", "", "", "SAKNAS"),
            ("6", "Skolskjuts", "Kontroll av skolskjutsfakturor mot beställda turer efter ansvarsövergången",
             "Genomförd", "N", "Första kontrollen efter att ansvaret flyttats från BUN, inga fel.", "GENOMFORD"),
        ]),
        ("MHN", "Miljö- och hälsoskyddsnämnden", "Miljö- och hälsoskyddsnämnden", [
            ("1", "Avgifter", "Kontroll av att tillsynsavgifter debiteras enligt taxa för samtliga livsmedelsanläggningar",
             "Genomförd", "J", "7 anläggningar saknades i debiteringslistan, fakturerade i december.", "GENOMFORD"),
            ("2", "Tillsyn", "Uppföljning av att planerade livsmedelskontroller genomförts enligt kontrollplanen",
             "Delvis genomförd", "N", "82 % av planerade kontroller genomförda vid årets slut.", "DELVIS"),
            ("3", "Delegation", "Kontroll av jäv och delegation vid beslut om miljösanktionsavgift",
             "Ej aktuell", "N", "Inga miljösanktionsavgifter beslutades 2025.", "UTGAR"),
            ("4", "Ärenden", "Kontroll av att klagomålsärenden kvitteras till klaganden inom fem arbetsdagar",
             "Genomförd", "N", "", "GENOMFORD"),
        ]),
    ]
    counts = []
    for sname, namnd, a1, ctrls in sheets:
        ws = wb.create_sheet(sname)
        r = 1
        if a1:
            ws.cell(row=1, column=1, value=a1).font = Font(bold=True, size=13); r = 2
        ws.cell(row=r, column=1, value="Internkontrollplan 2025 – helårsuppföljning").font = Font(bold=True, size=12 if a1 else 14)
        hr = r + 2
        for c, h in enumerate(["Nr", "Process", "Kontrollmoment", "Utfall", "Avvikelse (J/N)", "Kommentar"], 1):
            cell = ws.cell(row=hr, column=c, value=h); cell.font = BOLD; cell.border = BOX
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
        r = hr + 1
        cnt = {"GENOMFORD": 0, "DELVIS": 0, "EJ_GENOMFORD": 0, "UTGAR": 0, "SAKNAS": 0, "avv": 0}
        for nr, proc, km, ut, av, kom, es in ctrls:
            vals = [nr, proc, km if isinstance(km, str) else km[0], ut or None, av or None, kom or None]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v).border = BOX
                ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(km, list):
                r += 1
                ws.cell(row=r, column=3, value=km[1]).alignment = Alignment(wrap_text=True, vertical="top")
                for c in range(1, 7):
                    ws.cell(row=r, column=c).border = BOX
                km = " ".join(km)
            exp(fil, namnd, km, es, "ja" if av == "J" else "nej")
            cnt[es] += 1; cnt["avv"] += av == "J"
            r += 1
        counts.append((namnd, len(ctrls), cnt))
        for col, w in zip("ABCDEF", (5, 16, 60, 16, 14, 60)):
            ws.column_dimensions[col].width = w
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    s = summ
    s["A1"] = "Sammanställning internkontroll helår 2025"; s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Controller Johan Ek, ekonomiavdelningen – underlag till kommunstyrelsens uppsiktsplikt"
    h = ["Nämnd", "Antal kontrollmoment", "Genomförda", "Delvis genomförda", "Ej genomförda",
         "Ej aktuella", "Ej rapporterade", "Antal med avvikelse"]
    for c, v in enumerate(h, 1):
        s.cell(row=4, column=c, value=v).font = BOLD
    r = 5
    tot = [0] * 7
    for namnd, n, cnt in counts:
        vals = [n, cnt["GENOMFORD"], cnt["DELVIS"], cnt["EJ_GENOMFORD"], cnt["UTGAR"], cnt["SAKNAS"], cnt["avv"]]
        s.cell(row=r, column=1, value=namnd)
        for c, v in enumerate(vals, 2):
            s.cell(row=r, column=c, value=v)
        tot = [a + b for a, b in zip(tot, vals)]
        r += 1
    s.cell(row=r, column=1, value="Summa").font = BOLD
    for c, v in enumerate(tot, 2):
        s.cell(row=r, column=c, value=v).font = BOLD
    s.cell(row=r + 2, column=1, value="Detaljer per nämnd finns på respektive flik (KFN, TN, MHN).")
    s.column_dimensions["A"].width = 34
    for col in "BCDEFGH":
        s.column_dimensions[col].width = 15
    wb.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------- 4 Word, SN, 3 columns + signature
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text); run.bold = bold
    return cell

def f4_word_sn():
    fil = "SN_uppfoljning_internkontroll_delar_2025.docx"
    namnd = "Socialnämnden"
    d = Document()
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    d.core_properties.author = "Socialförvaltningen"
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=2)
    d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 212). "
                    "Nedan redovisas status för respektive kontrollmoment per delårsbokslutet. "
                    "Kontrollmoment som inte är genomförda kommer att genomföras under hösten och "
                    "redovisas i helårsuppföljningen.")
    groups = [
        ("Ekonomiskt bistånd", [
            ("Stickprov av 20 beslut om ekonomiskt bistånd: att beslut är korrekt beräknade och attesterade",
             "Ja", "Ett beslut var felberäknat (för hög hyreskostnad), återkrav har upprättats.", "GENOMFORD", "ja"),
            ("Kontroll av att utbetalningar till annat konto än klientens eget har godkänts av enhetschef",
             "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att uppgifter från Försäkringskassan och a-kassa (SSBTEK) inhämtas inför varje beslut",
             "Delvis", "Hälften av stickproven granskade, resterande under hösten. Hittills inga brister.", "DELVIS", "nej"),
        ]),
        ("Barn och unga", [
            ("Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Nej", "Ej påbörjad på grund av hög arbetsbelastning, genomförs under hösten.", "EJ_GENOMFORD", "nej"),
            ("Uppföljning av att vårdplan upprättas för samtliga placerade barn",
             "", "Se bilaga 2.", "OKLAR", "nej"),
            ("Kontroll av att avtal finns med samtliga anlitade familjehem och konsulentstödda hem",
             "", "Granskningen är genomförd. Avtal saknades för ett konsulentstött familjehem, avtal har nu tecknats.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal, ekonomi och informationssäkerhet", [
            ("Logguppföljning: kontroll av otillbörlig åtkomst i verksamhetssystemet för individ- och familjeomsorg",
             "Ja", "Loggkontroll på 30 slumpvis utvalda personakter, ingen otillbörlig åtkomst upptäckt.", "GENOMFORD", "nej"),
            ("Kontroll av att delegationsbeslut anmäls till socialnämnden månadsvis",
             "Delvis", "Anmälan har skett för januari–maj, juni–augusti anmäls i september.", "DELVIS", "nej"),
            ("Kontroll av att köp av externa placeringar sker enligt ramavtal",
             "Ja", "Två placeringar gjordes utanför ramavtal utan dokumenterad motivering.", "GENOMFORD", "ja"),
        ]),
    ]
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Kommentar"]):
        set_cell(c, h, bold=True)
    for g, ctrls in groups:
        row = t.add_row(); m = row.cells[0].merge(row.cells[2]); set_cell(m, g, bold=True)
        for km, st, kom, es, av in ctrls:
            row = t.add_row().cells
            set_cell(row[0], km); set_cell(row[1], st); set_cell(row[2], kom)
            exp(fil, namnd, km, es, av)
    for r in t.rows:
        r.cells[0].width = Cm(7); r.cells[1].width = Cm(3); r.cells[2].width = Cm(7)
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning av vårdplaner för placerade barn (lämnas separat).")
    d.add_paragraph()
    d.add_paragraph("Rönnelycke 2025-09-10")
    d.add_paragraph()
    d.add_paragraph("_______________________________")
    d.add_paragraph("Maria Lindqvist\nSocialchef")
    d.add_paragraph("_______________________________")
    d.add_paragraph("Per Åkesson\nKvalitetsstrateg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))

# ---------------------------------------------------------------- 5 ODS with conditional formatting 1–3
def f5_ods(tmp):
    fil = "Omsorgsnamnden_IK_T2_2025.ods"
    namnd = "Omsorgsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning T2"
    ws["A1"] = "Omsorgsnämnden – uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 (januari–augusti)"; ws["A2"].font = Font(bold=True)
    hdr = ["Nr", "Vad kontrolleras", "Metod", "Ansvarig", "Bedömning 1–3", "Iakttagelser"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h); cell.font = BOLD; cell.border = BOX
    ctrls = [
        ("Kontroll av att genomförandeplaner inom hemtjänsten är uppdaterade senast var sjätte månad",
         "Stickprov 30 planer", "Enhetschef hemtjänst", 2,
         "Granskningen genomförd i två av tre hemtjänstområden. I dessa var 9 av 30 planer inte uppdaterade.",
         "DELVIS", "ja"),
        ("Stickprov på att händelser enligt lex Sarah utreds och rapporteras inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", 1,
         "Samtliga 11 rapporter utredda inom tid.", "GENOMFORD", "nej"),
        ("Kontroll av läkemedelshantering på särskilda boenden – signeringslistor",
         "Granskning av signeringslistor maj", "MAS", 1,
         "Brister i signering på Solgläntans boende, 14 osignerade administreringstillfällen i maj.", "GENOMFORD", "ja"),
        ("Kontroll av att gynnande beslut enligt LSS verkställs inom tre månader",
         "Uttag ur verksamhetssystemet", "Enhetschef LSS", 3,
         "Ej genomförd under perioden, planeras till tertial 3.", "EJ_GENOMFORD", "nej"),
        ("Uppföljning av att registrerad hemtjänsttid stämmer mot fakturerat belopp till brukare",
         "Avstämning per månad", "Avgiftshandläggare", 1,
         "Ingen avvikelse.", "GENOMFORD", "nej"),
        ("Kontroll av att brukares privata medel hanteras och redovisas enligt rutin",
         "Kassagranskning", "Enhetschef särskilt boende", None, "", "SAKNAS", "nej"),
        ("Kontroll av att bemanningsschema följer beslutad grundbemanning på LSS-boenden",
         "Jämförelse schema/budget", "Verksamhetschef", 2,
         "Påbörjad, klar i december.", "DELVIS", "nej"),
        ("Kontroll av att kontaktpersoner enligt LSS har aktuellt uppdragsavtal",
         "Genomgång av uppdragsavtal", "Biståndshandläggare", 1,
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 5
    for i, (km, met, ans, sc, iakt, es, av) in enumerate(ctrls, 1):
        for c, v in enumerate([i, km, met, ans, sc, iakt or None], 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if c == 5 else None)
        exp(fil, namnd, km, es, av)
        r += 1
    last = r - 1
    rng = f"E5:E{last}"
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"],
                                  fill=PatternFill("solid", bgColor="63BE7B", fgColor="63BE7B")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"],
                                  fill=PatternFill("solid", bgColor="FFEB84", fgColor="FFEB84")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"],
                                  fill=PatternFill("solid", bgColor="F8696B", fgColor="F8696B")))
    ws.cell(row=r + 1, column=2, value="Bedömning:").font = BOLD
    ws.cell(row=r + 2, column=2, value="1 = Kontrollen genomförd (grön)")
    ws.cell(row=r + 3, column=2, value="2 = Kontrollen delvis genomförd (gul)")
    ws.cell(row=r + 4, column=2, value="3 = Kontrollen ej genomförd (röd)")
    ws.cell(row=r + 6, column=2, value="Beslutad i Omsorgsnämnden 2025-09-24 § 88")
    for col, w in zip("ABCDEF", (5, 60, 28, 24, 14, 60)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Omsorgsnamnden_IK_T2_2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round17", "--headless",
                    "--convert-to", "ods", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))

# ---------------------------------------------------------------- 6 docx check marks, nämnd only in header
def f6_checkmarks():
    fil = "Uppfoljning_internkontrollplan_helar_2025.docx"
    namnd = "Kommunstyrelsen"
    d = Document()
    d.core_properties.title = "Uppföljning internkontrollplan helår 2025"
    d.core_properties.author = "Kommunledningskontoret"
    d.core_properties.subject = "Kommunstyrelsen"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"Kommunstyrelsen\t\t{KOMMUN}"
    sec.footer.paragraphs[0].text = "Kommunledningskontoret, ekonomiavdelningen – Dnr KS 2025/0417"
    d.add_heading("Uppföljning av internkontrollplan – helår 2025", level=1)
    d.add_paragraph("Tabellen redovisar utfallet av de kontrollmoment som ingår i internkontrollplanen för 2025. "
                    "Där avvikelser har noterats framgår vidtagna åtgärder av kommentaren.")
    ctrls = [
        ("Kontroll av att representationsfakturor har syfte och deltagare angivna", "Ekonomi", "✓", "Ja",
         "3 av 25 fakturor saknade deltagarförteckning.", "GENOMFORD", "ja"),
        ("Kontroll av att kommunstyrelsens delegationsbeslut anmäls enligt delegationsordningen", "Styrning", "✓", "Nej",
         "", "GENOMFORD", "nej"),
        ("Uppföljning av att löneutbetalningar till avslutade anställningar stoppas i tid", "Lön", "✓", "Ja",
         "Två felaktiga utbetalningar efter avslut, återkrav gjort.", "GENOMFORD", "ja"),
        ("Kontroll av att behörigheter i ekonomisystemet tas bort när anställning upphör", "IT", "–", "Nej",
         "Genomgång gjord för kommunledningskontoret, övriga förvaltningar återstår.", "DELVIS", "nej"),
        ("Kontroll av att leverantörsregistret inte innehåller dubbletter eller felaktiga bankgiron", "Ekonomi", "✗", "",
         "Ej utförd, nytt ekonomisystem införs 2026.", "EJ_GENOMFORD", "nej"),
        ("Uppföljning av att informationssäkerhetsklassning av kommunens system genomförts", "IT", "", "",
         "", "SAKNAS", "nej"),
        ("Kontroll av att upphandlade ramavtal har avtalsansvarig och uppföljningsplan", "Upphandling", "✓", "Nej",
         "Samtliga 48 ramavtal har utsedd avtalsansvarig.", "GENOMFORD", "nej"),
        ("Kontroll av att bisysslor hos chefer har anmälts och prövats", "HR", "✓", "Ja",
         "Fyra chefer hade inte anmält sina bisysslor; dessa har nu prövats.", "GENOMFORD", "ja"),
        ("Stickprov av att inkomna synpunkter och klagomål besvaras inom tio arbetsdagar", "Service", "Utgår", "",
         "Beslut i KS 2025-06-11 § 98, ny rutin för synpunktshantering införs.", "UTGAR", "nej"),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Process", "Utförd", "Avvikelse", "Kommentar"]):
        set_cell(c, h, bold=True)
    for i, (km, proc, sym, av, kom, es, ea) in enumerate(ctrls, 1):
        row = t.add_row().cells
        for c, v in zip(row, [str(i), km, proc, sym, av, kom]):
            set_cell(c, v)
        row[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, namnd, km, es, ea)
    p = d.add_paragraph("Teckenförklaring: ✓ = kontrollen är utförd, ✗ = kontrollen är inte utförd, "
                        "– = kontrollen är delvis utförd. Avvikelse anges med Ja eller Nej.")
    p.runs[0].italic = True; p.runs[0].font.size = Pt(9)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 xlsx merged 2-row header, sloppy statuses
def f7_ain():
    fil = "AIN_internkontroll_helar_2025.xlsx"
    namnd = "Arbetsmarknads- och integrationsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Arbetsmarknads- och integrationsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Ange status: Genomförd, Delvis genomförd, Ej genomförd eller Ej aktuell. Markera avvikelse med x."
    ws["A3"].font = Font(italic=True, size=9, color="808080")
    fill = PatternFill("solid", fgColor="FCE4D6")
    for a in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4"):
        ws.merge_cells(a)
    ws["A4"] = "Nr"; ws["B4"] = "Kontrollmoment"; ws["C4"] = "Ansvarig"; ws["D4"] = "Status"
    ws["E4"] = "Uppföljning"; ws["E5"] = "Avvikelse"; ws["F5"] = "Åtgärd"; ws["G5"] = "Kommentar"
    for r in (4, 5):
        for c in range(1, 8):
            cell = ws.cell(row=r, column=c); cell.font = BOLD; cell.fill = fill; cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ctrls = [
        ("Kontroll av att utbetalning av anställningsstöd motsvarar beslut från Arbetsförmedlingen",
         "Ekonom", "Genomförd.", "x", "Återkrav", "En felaktig utbetalning om 12 400 kr, återbetald i oktober.", "GENOMFORD", "ja"),
        ("Kontroll av att deltagare i arbetsmarknadsinsatser har ett giltigt beslut",
         "Enhetschef arbetsmarknad", "genomf", "", "", "", "GENOMFORD", "nej"),
        ("Uppföljning av att etableringsinsatser för nyanlända dokumenteras i akten",
         "Enhetschef integration", "Delv.", "", "",
         "Dokumentationen genomgången för vuxenutbildningen, ej för etableringsenheten.", "DELVIS", "nej"),
        ("Kontroll av att sfi-elevers närvaro rapporteras till CSN inom rätt tid",
         "Rektor vuxenutbildningen", "Ej genomf.", "", "", "Personalbrist under hösten.", "EJ_GENOMFORD", "nej"),
        ("Attestkontroll av fakturor från externa utbildningsanordnare inom vuxenutbildningen",
         "Controller", "Genomförd", "x", "Attestförteckning uppdaterad",
         "Två fakturor attesterade av fel person.", "GENOMFORD", "ja"),
        ("Kontroll av att praktikplatser har skriftlig överenskommelse och försäkring",
         "Arbetskonsulent", "Delv.", "", "", "Kontrollerat för 20 av 45 praktikplatser, inga brister hittills.", "DELVIS", "nej"),
        ("Kontroll av hantering av kontanta medel i second hand-butiken Återbruket",
         "Arbetsledare", "Ej aktuell", "", "", "Butiken avvecklades i juni 2025.", "UTGAR", "nej"),
        ("Kontroll av att ansökan om förlängt lönebidrag görs i tid för samtliga anställda",
         "HR-konsult", "Genomförd.", "", "", "Samtliga 17 förlängningar ansökta i tid.", "GENOMFORD", "nej"),
    ]
    r = 6
    for i, (km, ans, st, av, atg, kom, es, ea) in enumerate(ctrls, 1):
        for c, v in enumerate([i, km, ans, st, av or None, atg or None, kom or None], 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, namnd, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Totalt antal kontrollmoment: 8").font = BOLD
    ws.cell(row=r + 2, column=1, value="Sammanställt av: Karin Nilsson, 2026-01-16")
    for col, w in zip("ABCDEFG", (5, 60, 24, 14, 11, 26, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 broken (truncated xlsx)
def f8_broken():
    fil = "Overformyndarnamnden_IK_helar_2025.xlsx"
    wb = Workbook(); ws = wb.active
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontroll helår 2025"
    ws.append([]); ws.append(["Kontrollmoment", "Status", "Kommentar"])
    for i in range(12):
        ws.append([f"Granskning av årsräkning för ställföreträdare nr {i+1} – stickprov", "Genomförd", ""])
    bio = io.BytesIO(); wb.save(bio); data = bio.getvalue()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: len(data) * 2 // 5])
    FILES.append((fil, "AVVISAD", "Överförmyndarnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- register, csvs, readme
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
    ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknadsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

README = """# Round 17 — Rönnelycke kommun (Blekinge), internkontroll 2025

- `Stratsys_rapport_20260114.xlsx` — Stratsys-like report, SBN: title block, nämnd only in the "Filter:" line, Process/Kontrollmoment/Åtgärd rows with outline levels (Process and Åtgärd rows are not controls, Åtgärd rows carry statuses), Klar/Pågår/Ej påbörjad/Utgår, one blank status, "Antal kontrollmoment" footer; date in file name is not the period.
- `Hypergene_export_BUN_IK_2025.csv` — UTF-8-BOM, `;`, all fields quoted, CRLF, one row per control and period (Helår 2024/Delår 2025/Helår 2025), status Grön/Gul/Röd/Grå + Analys (one with embedded newline); Helår decides, a control only at Delår keeps Delår, a control only in 2024 is SAKNAS, Grå+"Utgår" is UTGAR, Grön with a finding is a deviation.
- `Controller_IK_helar_2025_KFN_TN_MHN.xlsx` — controller workbook: summary sheet with counts (not controls) + sheets KFN (nämnd only as sheet name/alias), TN ("Nämnd:" cell), MHN (title); Utfall words, Avvikelse J/N, a control text split over two rows, blank Utfall = SAKNAS, "Ej aktuell" = UTGAR.
- `SN_uppfoljning_internkontroll_delar_2025.docx` — Word, Socialnämnden delår: 3-column table Kontrollmoment | Genomförd (Ja/Nej/Delvis) | Kommentar with merged group-heading rows, blank status with "Se bilaga 2." (OKLAR) and blank status with a clear "genomförd" comment, signature block.
- `Omsorgsnamnden_IK_T2_2025.ods` — ODS (via soffice), Omsorgsnämnden tertial 2: "Vad kontrolleras" + "Bedömning 1–3" with traffic-light conditional formatting, legend rows below, one empty score (SAKNAS), deviations only in "Iakttagelser" text.
- `Uppfoljning_internkontrollplan_helar_2025.docx` — Word, nämnd (Kommunstyrelsen) only in page header/doc properties; status column ✓/✗/– with legend sentence under the table ("–" = delvis!), one "Utgår" typed into the symbol column, one empty row (SAKNAS), Avvikelse Ja/Nej column.
- `AIN_internkontroll_helar_2025.xlsx` — AIN helår: two-row header with "Status" merged vertically and "Uppföljning" merged over Avvikelse/Åtgärd/Kommentar; sloppy statuses "Genomförd.", "genomf", "Ej genomf.", "Delv.", "Ej aktuell"; avvikelse marked "x"; instruction row and totals row.
- `Overformyndarnamnden_IK_helar_2025.xlsx` — truncated .xlsx (broken zip), must be AVVISAD.
"""

def main():
    tmp = "/tmp/round17_build"
    shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    f1_stratsys(); f2_hypergene(); f3_controller(); f4_word_sn()
    f5_ods(tmp); f6_checkmarks(); f7_ain(); f8_broken()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README)
    kms = [e[2] for e in EXPECTED]
    assert len(kms) == len(set(kms)), "duplicate control text"
    print(len(FILES), "file rows;", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
