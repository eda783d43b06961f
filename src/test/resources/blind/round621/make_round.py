#!/usr/bin/python3
# Blind round r621 – Kvarnby kommun, delår 2025, "sloppy but honest" files.
import os, csv, datetime, subprocess, shutil, glob
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
import docx
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
NB = "\u00a0"
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, st, av=""):
    EXP.append((fil, namnd, " ".join(km.replace(NB, " ").split()), st, av))

bold = Font(bold=True)

# ---------------------------------------------------------------- 1 KS xlsx
def f1():
    fil = "KS_Uppfoljning_internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Delår 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Delår (januari–augusti) 2025"
    ws["A3"] = "Statusalternativ: Genomförd / Delvis genomförd / Ej genomförd / Utgår"
    hdr = ["Nr", "Process", "Kontrollmoment", None, "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        if h: ws.cell(5, c, h).font = bold
    ws.merge_cells("C5:D5")
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", None, "Ekonomichef", "Genomförd ", "Stickprov på 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representationsfakturor", "har syfte och deltagare angivna", "Controller", "Genomförd" + NB, "12 av 15 fakturor saknade deltagarförteckning. Återkoppling till berörda chefer.", "GENOMFORD", "ja"),
        (3, "Löner", "Kontroll av behörigheter i lönesystemet vid avslutad anställning", None, "HR-chef", "Delvis" + NB + "genomförd", "Kontroll gjord för januari–april utan avvikelser, resterande månader kontrolleras i september.", "DELVIS", "nej"),
        (4, "Upphandling", "Köp utanför avtal – stickprov på direktupphandlingar över 100 tkr", None, "Upphandlingschef", "Ej genomförd ", "Flyttas till hösten på grund av vakans.", "EJ_GENOMFORD", ""),
        (5, "IT", "Kontroll av", "loggning av behörighetsförändringar i ekonomisystemet", "IT-chef", "  Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (6, "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom två arbetsdagar", None, "Kanslichef", "Utgår", "Ersätts av ny kontroll i planen 2026 enligt beslut KS 2025-04-09 § 52.", "UTGAR", ""),
        (7, "Säkerhet", "Systematiskt brandskyddsarbete i kommunhuset – egenkontroll genomförd", None, "Säkerhetssamordnare", "Genomförd med anmärkning", "Två utrymningsskyltar trasiga, åtgärdade i juni.", "GENOMFORD", "ja"),
        (8, "Ekonomi", "Avstämning av balanskonton vid delårsbokslut", None, "Redovisningsansvarig", None, None, "SAKNAS", ""),
        (9, "Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", None, "HR-chef", "Delvis genomförd ", "Rehabärenden genomgångna för 3 av 5 förvaltningar.", "DELVIS", ""),
    ]
    r = 6
    for nr, pr, k1, k2, ans, st, kom, est, eav in rows:
        for c, v in enumerate([nr, pr, k1, k2, ans, st, kom], 1):
            if v is not None: ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, k1 + (" " + k2 if k2 else ""), est, eav)
        r += 1
    ws.cell(r + 1, 1, "Godkänd av kommundirektör Anna Lindqvist 2025-09-15")
    for col, w in zip("ABCDEFG", [5, 18, 42, 40, 20, 22, 50]):
        ws.column_dimensions[col].width = w
    wb.save(fil); FILES.append((fil, "INLAST", N, 2025, "DELAR"))

# ---------------------------------------------------------------- 2 BUN xlsx with autofilter
def f2():
    fil = "BUN IK uppföljning delår 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK-plan 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår"
    ws["A3"] = "Senast uppdaterad 2025-09-08 / Karin Ek, controller"
    hdr = ["Område", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status delår", "Kommentar delår"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = bold; ws.cell(5, c).fill = PatternFill("solid", fgColor="DDEBF7")
    # (values..., hidden, expected km, status, avv) ; 'CONT' = continuation row
    rows = [
        (["Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Tertial", "Controller", "Genomförd", "Inga avvikelser."], True, "GENOMFORD", "nej"),
        ([None, "Utebliven intäkt", "Kontroll av att interkommunal ersättning faktureras för elever från andra kommuner", "Avstämning mot elevregister", "Termin", "Ekonom", "Delvis genomförd", "Vårterminen kontrollerad utan anmärkning, höstterminen kvarstår."], False, "DELVIS", "nej"),
        (["Elevhälsa", "Bristande dokumentation", "Dokumentation i elevhälsojournal sker enligt rutin", "Stickprov 10 journaler per enhet", "Årlig", "Verksamhetschef elevhälsa", "Genomförd", "2 av 30 journaler ofullständiga, åtgärdat med berörd personal."], True, "GENOMFORD", "ja"),
        (["Skolskjuts", "Felaktiga beslut", "Kontroll att beslut om skolskjuts fattas enligt", "Stickprov 15 beslut", "Årlig", "Skolskjutshandläggare", "Ej genomförd", "Skjuts till november p.g.a. nytt skjutsavtal."], False, "EJ_GENOMFORD", ""),
        ("CONT", "gällande riktlinjer och delegationsordning"),
        (["Personal", "Felaktiga löner", "Kontroll av att timanställdas tidrapporter attesteras av chef", "Stickprov", "Månad", "Rektor", "Genomförd", "Inga avvikelser."], True, "GENOMFORD", "nej"),
        ([None, "Bristande kompetens", "Kontroll av att lärare som undervisar har legitimation och behörighet", "Utdrag ur Skolverkets lärarregister", "Årlig", "HR-specialist", "Genomförd" + NB, "3 lärare utan legitimation i tidsbegränsad anställning, åtgärdsplan finns."], False, "GENOMFORD", "ja"),
        (["Förskola", "Olycksrisk", "Egenkontroll av lekplatser på förskolor enligt lekplatsbesiktning", "Besiktningsprotokoll", "Årlig", "Förskolechef", "Genomförd", "Besiktning utförd i maj, inga anmärkningar."], True, "GENOMFORD", "nej"),
        ([None, "Felaktig avgift", "Kontroll av att barnomsorgsavgift debiteras enligt inkomstuppgift", "Stickprov 20 hushåll", "Årlig", "Avgiftshandläggare", None, "Ej påbörjad, planeras till september."], False, "EJ_GENOMFORD", ""),
        (["Kvalitet", "Kränkande behandling", "Uppföljning av kränkande behandling – anmälningar till huvudman hanteras inom 5 dagar", "Uttag ur ärendesystem", "Löpande", "Utvecklingsstrateg", "Delvis genomförd", "Genomgång januari–juni klar; 4 ärenden hanterades för sent."], False, "DELVIS", "ja"),
        (["Gymnasiet", "Felaktig studiehjälp", "Kontroll av att CSN-rapportering av ogiltig frånvaro sker varje månad", "Avstämning", "Månad", "Skoladministratör", "Genomförd", "Inga avvikelser."], True, "GENOMFORD", "nej"),
    ]
    r = 6; last = None
    for row in rows:
        if row[0] == "CONT":
            ws.cell(r, 3, row[1]).alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].hidden = last[1]
            EXP[-1] = EXP[-1][:2] + (EXP[-1][2] + " " + row[1],) + EXP[-1][3:]
            r += 1; continue
        vals, hidden, est, eav = row
        for c, v in enumerate(vals, 1):
            if v is not None: ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        if hidden: ws.row_dimensions[r].hidden = True
        exp(fil, N, vals[2], est, eav)
        last = row; r += 1
    ws.auto_filter.ref = "A5:H%d" % (r - 1)
    ws.auto_filter.add_filter_column(6, ["Delvis genomförd", "Ej genomförd", "Genomförd" + NB], blank=True)
    for col, w in zip("ABCDEFGH", [14, 22, 50, 28, 10, 22, 18, 50]):
        ws.column_dimensions[col].width = w
    wb.save(fil); FILES.append((fil, "INLAST", N, 2025, "DELAR"))

# ---------------------------------------------------------------- 3 SN docx with empty rows
def f3():
    fil = "Socialnämnden uppföljning IKP delår 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=2)
    d.add_paragraph("Socialförvaltningen redovisar här uppföljningen av nämndens internkontrollplan för perioden januari–augusti 2025. "
                    "Kontrollerna har genomförts av enhetschefer och förvaltningens controller. Avvikelser har återrapporterats till ledningsgruppen.")
    rows = [
        ("Ekonomiskt bistånd", "Kontroll av att utbetalning av ekonomiskt bistånd föregås av beslut i verksamhetssystemet", "Stickprov 30 utbetalningar", "Samtliga utbetalningar hade beslut. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll mot Försäkringskassan och Arbetsförmedlingen (SSBTEK) vid nybesök", "Stickprov 15 akter", "2 akter saknade SSBTEK-kontroll. Påminnelse till handläggarna.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan inom 14 dagar", "Uttag ur verksamhetssystemet", "Kontroll genomförd för T1; 91 % inom tidsgränsen. Maj–augusti följs upp i september.", "Pågår", "DELVIS", "ja"),
        ("Barn och unga", "Utredningstid för barnavårdsutredningar inom fyra månader", "Uttag ur verksamhetssystemet", "", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Placeringar", "Avtal finns för samtliga externa placeringar (HVB, familjehem)", "Genomgång av placeringslista", "Avtal finns för samtliga 27 placeringar.", "Genomförd", "GENOMFORD", "nej"),
        ("Vuxen", "Uppföljning av beslutade insatser enligt SoL inom vuxenområdet", "Stickprov", "Ingår numera i kvalitetsledningssystemet; kontrollen stryks ur planen enligt beslut SN 2025-05-20 § 61.", "Ej aktuell", "UTGAR", ""),
        ("Personal", "Registerkontroll vid nyanställning inom barn och unga", "Stickprov nyanställda", "Se bilaga 2.", "", "OKLAR", ""),
        ("Dokumentation", "Gallring av personakter enligt dokumenthanteringsplanen", "Genomgång arkiv", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Metod/omfattning", "Resultat delår", "Status"]):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in rows:
        t.add_row()  # empty spacer row
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            cells[i].text = v
        exp(fil, N, row[1], row[5], row[6])
    d.add_paragraph("")
    d.add_paragraph("Kvarnby 2025-09-10")
    d.add_paragraph("Per Holm, socialchef")
    d.save(fil); FILES.append((fil, "INLAST", N, 2025, "DELAR"))

# ---------------------------------------------------------------- 4 TN ods, instructions sheet first/active
def f4():
    fil = "TN_IKP_2025_delar.ods"
    N = "Tekniska nämnden"
    tmp = "TN_IKP_2025_delar.xlsx"
    wb = openpyxl.Workbook(); ins = wb.active; ins.title = "Instruktioner"
    lines = ["Instruktion för uppföljning av internkontrollplan 2025 – Tekniska förvaltningen", "",
             "1. Fyll i status för varje kontrollmoment på fliken Uppföljning, i kolumnen för aktuell period.",
             "2. Använd följande koder:", "    G = Genomförd", "    D = Delvis genomförd / pågår",
             "    E = Ej genomförd / ej påbörjad", "    U = Utgår", 
             "3. Beskriv resultat och eventuella avvikelser i kolumnen Kommentar.",
             "4. Skicka filen till ekonomiavdelningen senast 2025-09-12."]
    for i, l in enumerate(lines, 1):
        ins.cell(i, 1, l)
    ins["A1"].font = Font(bold=True, size=13); ins.column_dimensions["A"].width = 100
    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Tekniska nämnden – Internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T1", "Status Delår", "Status Helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(3, c, h).font = bold
    rows = [
        (1, "Fakturering", "Kontroll av att VA-avgifter debiteras samtliga anslutna fastigheter", "VA-chef", "D", "G", None, "Avstämning mot fastighetsregistret klar; 3 fastigheter saknade debitering – rättat.", "GENOMFORD", "ja"),
        (2, "Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "G", "G", None, "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Fordon", "Körjournaler förs för samtliga kommunens fordon", "Fordonssamordnare", "E", "D", None, "Hälften av fordonen kontrollerade.", "DELVIS", ""),
        (4, "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "D", None, None, "Besiktning pågår.", "DELVIS", ""),
        (5, "Avfall", "Kontroll av att vägning och debitering vid återvinningscentralen stämmer mot kassasystemet", "Avfallschef", "G", "G ", None, None, "GENOMFORD", ""),
        (6, "Fastighet", "Uppföljning av myndighetskrav (OVK, hiss, brand) i kommunens lokaler", "Fastighetschef", None, "E", None, "Systemstöd saknas, flyttas till 2026.", "EJ_GENOMFORD", ""),
        (7, "Upphandling", "Avtalstrohet vid inköp av entreprenader", "Förvaltningschef", "U", None, None, "Utgår – ersatt av kommungemensam kontroll.", "UTGAR", ""),
        (8, "Arbetsmiljö", "Skyddsronder genomförda på samtliga arbetsplatser", "Förvaltningschef", "G", "G", None, "Två brister i verkstaden, åtgärdade.", "GENOMFORD", "ja"),
    ]
    r = 4
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            if v is not None: ws.cell(r, c, v)
        exp(fil, N, row[2], row[8], row[9]); r += 1
    # sloppy copy: rows 2 and 3 pasted again below, without any status
    r += 1
    for row in rows[1:3]:
        ws.cell(r, 2, row[1]); ws.cell(r, 3, row[2]); ws.cell(r, 4, row[3]); r += 1
    for col, w in zip("ABCDEFGH", [5, 14, 60, 20, 10, 12, 12, 60]):
        ws.column_dimensions[col].width = w
    wb.active = 0
    wb.save(tmp)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round621",
                    "--convert-to", "ods", "--outdir", OUT, tmp], check=True, capture_output=True)
    os.remove(tmp)
    FILES.append((fil, "INLAST", N, 2025, "DELAR"))

# ---------------------------------------------------------------- 5 KFN xlsx, status in comment column
def f5():
    fil = "KFN internkontroll delår 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Kultur- och fritidsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontroll delår 2025"
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Datum för kontroll", "Kommentar/åtgärd"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = bold
    D = datetime.datetime
    rows = [
        ("Kontanthantering i bibliotekens kassor – avstämning mot kassarapport", "Stickprov 5 dagar", "Bibliotekschef", "Genomförd", D(2025, 5, 14), "Inga differenser.", "GENOMFORD", "nej"),
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut och riktlinjer", "Stickprov 10 föreningar", "Fritidschef", D(2025, 6, 3), None, "Genomförd", "GENOMFORD", ""),
        ("Kontroll av hyresavtal och fakturering vid uthyrning av sporthallar", "Avstämning bokningssystem mot fakturor", "Bokningsansvarig", D(2025, 4, 22), None, "Delvis genomförd, Kvarnbyhallen återstår", "DELVIS", ""),
        ("Inventering av konstsamlingen (stickprov 50 verk)", "Fysisk kontroll", "Kultursekreterare", "Pågående", None, "48 av 50 verk återfunna, 2 eftersöks.", "DELVIS", "ja"),
        ("Registerkontroll av ledare i sommarlovsaktiviteter", "Genomgång av utdrag", "Fritidsgårdschef", D(2025, 6, 16), None, "genomförd, 2 ledare saknade utdrag vid start – åtgärdat", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Förvaltningschef", "Ej påbörjad", None, "Görs i oktober.", "EJ_GENOMFORD", ""),
        ("Kontroll av att bidrag till studieförbund redovisas med verksamhetsberättelse", "Genomgång", "Kultursekreterare", "Genomförd" + NB, D(2025, 3, 31), None, "GENOMFORD", ""),
        ("Uppföljning av besöksstatistik i simhallen mot kassasystem", "Avstämning", "Badchef", None, None, None, "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            if v is not None:
                cell = ws.cell(r, c, v)
                if isinstance(v, D): cell.number_format = "yyyy-mm-dd"
        exp(fil, N, row[0], row[6], row[7]); r += 1
    ws.cell(r + 1, 1, "Status anges som Genomförd, Pågående eller Ej påbörjad.")
    for col, w in zip("ABCDEF", [60, 30, 20, 14, 16, 45]):
        ws.column_dimensions[col].width = w
    wb.save(fil); FILES.append((fil, "INLAST", N, 2025, "DELAR"))

# ---------------------------------------------------------------- 6 Stratsys CSV export, two nämnder
def f6():
    fil = "Stratsys_export_IK_2025-09-05.csv"
    plan = "Internkontrollplan 2025"
    data = {
        "Vård- och omsorgsnämnden": [
            ("Myndighetsutövning", "Kontroll av att biståndsbeslut finns innan insats verkställs inom hemtjänsten",
             ("Pågående", "Stickprov påbörjat."), ("Genomförd", "30 akter granskade, 1 saknade beslut."), "GENOMFORD", "ja", "Enhetschef myndighet"),
            ("Hälso- och sjukvård", "Läkemedelshantering – kontroll av signeringslistor på särskilda boenden",
             ("Genomförd", "Inga avvikelser."), ("Genomförd ", "Inga avvikelser."), "GENOMFORD", "nej", "MAS"),
            ("Ekonomi", "Kontroll av att avgifter för hemtjänst debiteras enligt beslutad omfattning",
             ("Ej påbörjad", ""), ("Pågående", "Avstämning mot tidsregistrering pågår."), "DELVIS", "", "Avgiftshandläggare"),
            ("Ekonomi", "Rutin för hantering av brukares privata medel (kontanthantering)",
             ("Pågående", "Stickprov på två boenden."), ("", ""), "DELVIS", "", "Enhetschef SÄBO"),
            ("Personal", "Bemanningsscheman följer budgeterad grundbemanning",
             ("", ""), ("", ""), "SAKNAS", "", "HR-strateg"),
            ("Kvalitet", "Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO inom tidsgräns",
             ("Avbruten", "Kontrollen ersätts av granskning från kvalitetsenheten enl. beslut VON 2025-03-18 § 27."), ("", ""), "UTGAR", "", "Kvalitetsstrateg"),
        ],
        "Miljö- och byggnadsnämnden": [
            ("Bygglov", "Handläggningstid för bygglov – beslut inom 10 veckor",
             ("Genomförd", "97 % inom tidsgräns."), ("Genomförd", "95 % inom tidsgräns, 6 ärenden över."), "GENOMFORD", "ja", "Bygglovschef"),
            ("Ekonomi", "Kontroll av att tillsynsavgifter debiteras enligt taxa",
             ("Ej påbörjad", ""), ("Ej påbörjad", "Resursbrist under sommaren."), "EJ_GENOMFORD", "", "Miljöchef"),
            ("Administration", "Delegationsbeslut anmäls till nämnden",
             ("Genomförd", "Inga avvikelser."), ("Pågående", "Kontroll av maj–augusti pågår."), "DELVIS", "", "Nämndsekreterare"),
            ("Administration", "Diarieföring och arkivering av bygglovsärenden",
             ("", ""), ("Genomförd", "Stickprov 20 ärenden utan anmärkning."), "GENOMFORD", "nej", "Registrator"),
            ("Livsmedel", "Kontroll av att planerade inspektioner genomförs enligt livsmedelskontrollplanen",
             ("Pågående", ""), ("Pågående", "62 % av planerade inspektioner utförda."), "DELVIS", "", "Miljöchef"),
        ],
    }
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
        for org, ctrls in data.items():
            for proc, km, t1, dl, est, eav, ans in ctrls:
                w.writerow([org, plan, proc, km, ans, "Tertial 1 2025", t1[0], t1[1]])
                w.writerow([org, plan, proc, km, ans, "Delår 2025", dl[0], dl[1]])
                exp(fil, org, km, est, eav)
            FILES.append((fil, "INLAST", org, 2025, "DELAR"))

# ---------------------------------------------------------------- 7 Kvarnby Bostäder xls (easy)
def f7():
    fil = "Kvarnby Bostäder AB - internkontroll delår 2025.xls"
    N = "Kvarnby Bostäder AB"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Internkontroll")
    b = xlwt.easyxf("font: bold on")
    ws.write(0, 0, "Kvarnby Bostäder AB", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Internkontroll 2025 – avrapportering delår (jan–aug)")
    for c, h in enumerate(["Kontrollpunkt", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
        ws.write(3, c, h, b)
    rows = [
        ("Hyresavisering – kontroll av att nya hyror efter hyresförhandling lagts in korrekt", "Ekonomichef", 0, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av kundreskontra och inkassoärenden", "Redovisningsekonom", 0, "Två ärenden hade fel dröjsmålsränta, rättat.", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", 1, "Kontroll av januari–juni klar.", "DELVIS", ""),
        ("Besiktning av lägenheter vid avflyttning dokumenteras", "Förvaltningschef", 2, "Ny rutin införs hösten 2025.", "EJ_GENOMFORD", ""),
        ("Kontroll av nyckel- och taggsystem (behörigheter)", "Säkerhetsansvarig", 0, "", "GENOMFORD", ""),
        ("Uppföljning av energiförbrukning mot energimål", "Driftchef", None, "", "SAKNAS", ""),
    ]
    for i, (km, ans, x, kom, est, eav) in enumerate(rows):
        r = 4 + i
        ws.write(r, 0, km); ws.write(r, 1, ans)
        if x is not None: ws.write(r, 2 + x, "X")
        if kom: ws.write(r, 5, kom)
        exp(fil, N, km, est, eav)
    ws.write(12, 0, "Rapporten behandlad av styrelsen 2025-09-18.")
    ws.col(0).width = 256 * 70; ws.col(5).width = 256 * 45
    wb.save(fil); FILES.append((fil, "INLAST", N, 2025, "DELAR"))

# ---------------------------------------------------------------- 8 rejected: zero-byte file
def f8():
    fil = "Overformyndarnamnden IK delår 2025.xlsx"
    open(fil, "wb").close()
    FILES.append((fil, "AVVISAD", "", "", ""))

def namnder():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnad"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Kvarnby Bostäder AB", "KBAB|Kvarnbybostäder|Kvarnby Bostäder"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg: f.write(f"{n};{a}\n")

if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8): fn()
    namnder()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES: f.write(";".join(str(x) for x in row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXP:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")
    print(len(FILES), "file rows,", len(EXP), "controls")
