#!/usr/bin/python3
"""Blind round r335 - Skogsvik kommun, delår jan-aug 2025 inbox."""
import csv, os, shutil, subprocess, tempfile, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
LO = "file:///tmp/lo-round335"
EXP = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = [] # (fil, utfall, nämnd, år, period)
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Skogsvik kommun"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- 1. KS (easy)
def f_ks():
    fn = "KS_uppfoljning_IK_delar_2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook(); props(wb)
    ws = wb.active; ws.title = "IK delår 2025"
    ws["A1"] = "Skogsvik kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"; ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Förvaltning:"; ws["B4"] = "Kommunledningsförvaltningen"
    ws["A5"] = "Datum:"; ws["B5"] = "2025-09-10"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Kommentar"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial", "Ekonomichef", "Genomförd", "Stickprov på 30 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation och andra förtroendekänsliga poster redovisas korrekt", "Stickprov 20 verifikationer", "Redovisningsekonom", "Genomförd med anmärkning", "3 av 20 verifikationer saknade deltagarförteckning och syfte. Påminnelse om riktlinjerna skickad till samtliga chefer.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial", "Analys i inköpsanalysverktyget", "Upphandlingschef", "Pågår", "Analys för januari–juni klar, juli–augusti återstår.", "DELVIS", ""),
        (4, "HR/lön", "Löneutbetalningar till personer med avslutad anställning", "Kontroll mot avslutslistor från HR-systemet", "HR-chef", "Genomförd", "Inga felaktiga utbetalningar upptäcktes.", "GENOMFORD", "nej"),
        (5, "Informationssäkerhet", "Behörigheter i ekonomisystemet ses över två gånger per år", "Genomgång av behörighetslista med respektive chef", "Systemförvaltare ekonomi", "Ej påbörjad", "Planeras till oktober i samband med systemuppgradering.", "EJ_GENOMFORD", ""),
        (6, "Delegering", "Anmälan av delegationsbeslut till kommunstyrelsen", "Genomgång av protokoll och delegationslistor", "Kanslichef", "Genomförd", None, "GENOMFORD", ""),
        (7, "Säkerhet", "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet", "Dokumentgranskning", "Säkerhetssamordnare", "Utgår", "Utgår enligt beslut KS 2025-05-07 § 88, ersätts av arbetet med civilt försvar.", "UTGAR", ""),
        (8, "Diarieföring", "Inkomna handlingar diarieförs inom tre arbetsdagar", "Stickprov 25 ärenden", "Registrator", "Genomförd med avvikelse", "Genomsnittlig tid 5 arbetsdagar under semesterperioden, i övrigt inom tid.", "GENOMFORD", "ja"),
    ]
    r0 = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h); cell.font = BOLD; cell.fill = fill("D9E1F2"); cell.border = BOX
    for i, row in enumerate(rows, r0 + 1):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(i, c, v); cell.alignment = WRAP; cell.border = BOX
        EXP.append((fn, nm, row[2], row[7], row[8]))
    last = r0 + len(rows) + 2
    ws.cell(last, 1, "Sammanställt av: Anna Lindqvist, controller, Kommunledningsförvaltningen")
    ws.cell(last + 1, 1, "Behandlas av kommunstyrelsen 2025-10-01")
    for col, w in zip("ABCDEFG", [5, 18, 48, 30, 22, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- 2. BUN (traffic-light fills)
def f_bun():
    fn = "BUF Internkontroll 2025.xlsx"
    nm = "Barn- och utbildningsnämnden"
    G, Y, R, GR = "92D050", "FFFF00", "FF0000", "BFBFBF"
    wb = Workbook(); props(wb)
    ws = wb.active; ws.title = "Internkontroll"
    ws["A1"] = "Barn- och utbildningsförvaltningen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Instruktion: färgmarkera cellen för aktuell period enligt teckenförklaringen längst ned. Kommentera alltid gul och röd markering."
    ws["A3"].font = Font(italic=True, color="595959")
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "T1", "Delår", "Kommentar delår"]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h); cell.font = BOLD; cell.fill = fill("DDEBF7"); cell.border = BOX; cell.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("Felaktiga utbetalningar av interkommunal ersättning", 9, "Fakturerad interkommunal ersättning stäms av mot elevregistret", "Stickprov 20 elever", "Tertial", "Controller BUF", G, G, "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Inköp utanför avtal", 6, "Kontroll av att inköp görs från avtalade leverantörer", "Leverantörsreskontra, 4 enheter", "Tertial", "Ekonomichef BUF", Y, Y, "Granskning av 2 av 4 enheter klar.", "DELVIS", ""),
            ("Felaktiga avgifter", 8, "Fakturering av barnomsorgsavgifter sker korrekt utifrån inkomstuppgifter", "Stickprov 30 hushåll", "Årlig", "Avgiftshandläggare", None, R, "Ej genomförd p.g.a. byte av verksamhetssystem för barnomsorg.", "EJ_GENOMFORD", ""),
        ]),
        ("Elevhälsa och trygghet", [
            ("Kränkande behandling utreds inte", 12, "Anmälan om kränkande behandling lämnas till huvudman inom en vecka", "Genomgång av samtliga anmälningar", "Tertial", "Verksamhetschef grundskola", G, G, "12 av 48 anmälningar inkom till huvudman efter mer än en vecka. Rektorerna har påmints om rutinen.", "GENOMFORD", "ja"),
            ("Olämplig person anställs", 12, "Registerkontroll (belastningsregister) vid nyanställning", "Stickprov nyanställda", "Årlig", "HR-partner BUF", G, None, "Genomförd under våren i samband med rekryteringar inför höstterminen.", "GENOMFORD", ""),
            ("Hög frånvaro uppmärksammas inte", 9, "Rutin för anmälan av elevfrånvaro till elevhälsan följs", "Intervju rektorer + frånvarostatistik", "Tertial", "Elevhälsochef", Y, G, "Rutinen följs på samtliga skolor.", "GENOMFORD", "nej"),
        ]),
        ("Information och dokumentation", [
            ("Handlingar bevaras för länge", 4, "Gallring av elevdokumentation enligt dokumenthanteringsplan", "Kontroll i elevakt", "Årlig", "Arkivredogörare", None, GR, "Utgår – flyttas till internkontrollplan 2026 enligt beslut BUN 2025-04-22 § 45.", "UTGAR", ""),
            ("Obehörig åtkomst till elevuppgifter", 9, "Behörigheter i elevregistret tas bort när personal slutar", "Jämförelse avslutade anställningar/konton", "Tertial", "Systemförvaltare IST", R, Y, "Kontroll påbörjad. 2 konton för avslutad personal var fortfarande aktiva – nu borttagna.", "DELVIS", "ja"),
        ]),
    ]
    r = r0 + 1
    for proc, items in groups:
        start = r
        for it in items:
            ws.cell(r, 1, proc)
            for c, v in enumerate(it[:6], 2):
                ws.cell(r, c, v)
            if it[6]: ws.cell(r, 8).fill = fill(it[6])
            if it[7]: ws.cell(r, 9).fill = fill(it[7])
            ws.cell(r, 10, it[8])
            for c in range(1, 11):
                ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
            EXP.append((fn, nm, it[2], it[9], it[10]))
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).font = BOLD
    r += 1
    ws.cell(r, 1, "Teckenförklaring").font = BOLD
    for i, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Pågår / delvis genomförd"), (R, "Ej genomförd"), (GR, "Utgår")], 1):
        ws.cell(r + i, 1).fill = fill(col); ws.cell(r + i, 1).border = BOX
        ws.cell(r + i, 2, txt)
    for col, w in zip("ABCDEFGHIJ", [20, 30, 9, 45, 28, 10, 22, 8, 8, 55]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Barn- och utbildningsförvaltningen – Internkontroll 2025"
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- 3. SN (Word table)
def f_sn():
    fn = "Socialnämnden delår 2025 internkontroll.docx"
    nm = "Socialnämnden"
    d = Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED
    d.core_properties.author = "Socialförvaltningen"
    d.add_paragraph("Skogsvik kommun\nSocialförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=1)
    d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). "
                    "I tabellen nedan redovisas resultatet av de kontroller som ingår i planen för perioden "
                    "januari–augusti. Bedömningen anges som Genomförd, Delvis genomförd eller Ej genomförd.")
    rows = [
        ("G", "Ekonomiskt bistånd"),
        ("1", "Utbetalning av ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker i enlighet med fattat beslut",
         "Stickprov 40 utbetalningar jämförda med beslut.\nEn dubbelutbetalning (4 850 kr) upptäcktes och har återkrävts.", "Genomförd", "GENOMFORD", "ja"),
        ("2", "Handläggning", "Kontroll mot Försäkringskassan och a-kassa (SSBTEK) görs vid nybesök",
         "Kontroll gjord i 28 av 30 granskade ärenden.\nÅtgärd: påminnelse på arbetsplatsträff i juni.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("G", "Barn och unga"),
        ("3", "Orosanmälan", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Juni–augusti: 92 % inom 14 dagar, 9 ärenden överskred tiden.\nGranskning av januari–maj återstår.", "Delvis genomförd", "DELVIS", "ja"),
        ("4", "Placerade barn", "Uppföljning av placerade barn – besök minst fyra gånger per år",
         "Se bilaga 3", "", "OKLAR", ""),
        ("5", "Utredning", "Utredningar avslutas inom fyra månader",
         "Kontrollen har inte kunnat genomföras på grund av vakanser bland utredarna. Skjuts till hösten.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("G", "Myndighetsutövning och administration"),
        ("6", "Informationssäkerhet", "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
         "Loggar för 20 slumpvis utvalda personakter kontrollerade. Ingen obehörig åtkomst.", "Genomförd", "GENOMFORD", "nej"),
        ("7", "Avtal", "Avtal med externa utförare (HVB, konsulentstödda familjehem) följs upp årligen",
         "", "", "SAKNAS", ""),
        ("8", "Delegering", "Delegationsbeslut anmäls till nämnden",
         "Samtliga beslut har anmälts månadsvis. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in enumerate(["Nr", "Process/rutin", "Kontrollmoment", "Resultat och kommentar", "Bedömning"]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "G":
            m = cells[0].merge(cells[4]); m.text = row[1]; m.paragraphs[0].runs[0].bold = True
            continue
        for c in range(5):
            cells[c].text = row[c]
        EXP.append((fn, nm, row[2], row[5], row[6]))
    d.add_paragraph("")
    d.add_paragraph("Sammanfattning: av åtta kontrollmoment är fyra genomförda, ett delvis genomfört och ett ej genomfört. "
                    "Resultatet för uppföljningen av placerade barn redovisas i bilaga 3.")
    d.add_paragraph("Skogsvik 2025-09-15\n\nMaria Ek\nSocialchef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- 4. VON (.xls, codes, periods side by side, nämnd only in print header/file name)
def f_von(tmp):
    fn = "VON_IKP2025_uppf_T1_delar.xls"
    nm = "Vård- och omsorgsnämnden"
    wb = Workbook(); props(wb)
    ws = wb.active; ws.title = "IKP 2025"
    ws.oddHeader.left.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status: G = Genomförd   P = Pågår   E = Ej påbörjad/ej genomförd   U = Utgår"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("F4:G4"); ws["F4"] = "Tertial 1 (jan–apr)"
    ws.merge_cells("H4:I4"); ws["H4"] = "Delår (jan–aug)"
    ws.merge_cells("J4:K4"); ws["J4"] = "Helår"
    hdr = ["ID", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for c in range(1, 12):
        ws.cell(4, c).font = BOLD; ws.cell(4, c).alignment = Alignment(horizontal="center")
        cell = ws.cell(5, c, hdr[c - 1]); cell.font = BOLD; cell.fill = fill("E2EFDA"); cell.border = BOX
    rows = [
        ("V1", "Hemtjänst", "Beviljade hemtjänsttimmar stäms av mot utförda timmar i planeringssystemet", "Månadsvis jämförelse per grupp", "Enhetschefer hemtjänst",
         "P", "Jämförelse gjord för januari–februari.", "G", "Avvikelse 4 % i två hemtjänstgrupper, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("V2", "Hemtjänst", "Genomförandeplan upprättas inom 14 dagar efter beslut", "Stickprov 15 brukare", "Kvalitetsutvecklare",
         "G", "Stickprov 15 brukare, samtliga hade genomförandeplan inom tid.", None, None, "GENOMFORD", "nej"),
        ("V3", "Särskilt boende", "Läkemedelshantering – kontroll av signeringslistor", "Egenkontroll av sjuksköterska", "MAS",
         "G", "Inga brister.", "G", "Bristande signering på Björkgårdens boende, avvikelse rapporterad till MAS och åtgärdad.", "GENOMFORD", "ja"),
        ("V4", "Särskilt boende", "Systematiskt brandskyddsarbete (SBA) genomförs enligt plan", "Egenkontroll brand", "Enhetschefer SÄBO",
         "E", "Planerad till maj.", "G", "Genomförd på samtliga boenden. Inga brister.", "GENOMFORD", "nej"),
        ("V5", "LSS", "Beslut om insats enligt LSS verkställs inom tre månader", "Genomgång av ej verkställda beslut", "Verksamhetschef LSS",
         "P", None, "P", "Tre ej verkställda beslut rapporterade till IVO. Uppföljning fortsätter.", "DELVIS", "ja"),
        ("V6", "LSS", "Hantering av brukares privata medel på gruppbostäder", "Kassainventering", "Enhetschefer LSS",
         None, None, "E", "Ej påbörjad p.g.a. resursbrist.", "EJ_GENOMFORD", ""),
        ("V7", "Administration", "Fakturor från privata utförare stäms av mot beviljade insatser", "Avstämning", "Controller VOF",
         "U", "Utgår – kontrollen görs centralt av ekonomienheten från 2025.", None, None, "UTGAR", ""),
        ("V8", "Personal", "Timanställdas tidrapporter attesteras av chef före löneutbetalning", "Stickprov 25 tidrapporter", "HR-partner",
         "G", "Inga avvikelser.", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("V9", "Kvalitet", "Avvikelserapporter hanteras och återkopplas inom 30 dagar", "Uttag ur avvikelsesystemet", "Kvalitetsutvecklare",
         None, None, None, None, "SAKNAS", ""),
    ]
    for i, row in enumerate(rows, 6):
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(i, c, v); cell.alignment = WRAP; cell.border = BOX
        for c in (10, 11):
            ws.cell(i, c).border = BOX
        EXP.append((fn, nm, row[2], row[9], row[10]))
    ws.cell(6 + len(rows) + 1, 1, "Antal kontrollmoment: 9").font = BOLD
    for col, w in zip("ABCDEFGHIJK", [5, 15, 45, 25, 20, 7, 35, 7, 40, 7, 20]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "VON_IKP2025_uppf_T1_delar.xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fn, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- 5. Stratsys-like CSV, two nämnder, long format
def f_csv():
    fn = "Stratsys_Export_Internkontroll_20250908.csv"
    K, M = "Kultur- och fritidsnämnden", "Miljö- och byggnämnden"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Period", "Status", "Kommentar"]
    data = [
        # (org, område, moment, ansvarig, frekvens, [(period, status, kommentar)], exp_status, exp_avv)
        (K, "Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent", "Tertial",
         [("Tertial 1 2025", "Pågår", "Vårens aktivitetsstöd kontrollerat."),
          ("Delår 2025", "Klar", "Samtliga ansökningar för våren kontrollerade.\nTvå föreningar fick för högt aktivitetsstöd, återkrav skickat.")], "GENOMFORD", "ja"),
        (K, "Kontanthantering", "Dagskassor i simhallen stäms av mot kassasystemet", "Badchef", "Tertial",
         [("Tertial 1 2025", "Klar", "Inga differenser."),
          ("Delår 2025", "Klar", "Differens på 850 kr i juli, utredd och förklarad (felslag).")], "GENOMFORD", "ja"),
        (K, "Intäkter", "Lokalbokning – debitering sker enligt fastställd taxa", "Bokningsansvarig", "Tertial",
         [("Tertial 1 2025", "Ej påbörjad", ""),
          ("Delår 2025", "Pågår", "Stickprov för april–juni klart, resterande månader i september.")], "DELVIS", ""),
        (K, "Tillgångar", "Inventering av kommunens konstsamling", "Kulturchef", "Årlig",
         [("Delår 2025", "Avbruten", "Avbruten genom beslut KFN 2025-03-20 § 21. Inventeringen görs 2026 i samband med flytt av magasinet.")], "UTGAR", ""),
        (K, "Personal", "Registerkontroll för ledare i sommarlovsverksamheten", "Fritidschef", "Årlig",
         [("Delår 2025", "Klar", "Samtliga 34 ledare kontrollerade, inga anmärkningar.")], "GENOMFORD", "nej"),
        (M, "Handläggning", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "Tertial",
         [("Tertial 1 2025", "Klar", "94 % inom tid."),
          ("Delår 2025", "Klar", "97 % inom tid. 3 ärenden överskred tiden, avgiften reducerad enligt PBL.")], "GENOMFORD", "ja"),
        (M, "Avgifter", "Debitering av tillsynsavgifter enligt taxa", "Miljöchef", "Tertial",
         [("Tertial 1 2025", "Pågår", ""),
          ("Delår 2025", "Pågår", "Halva urvalet kontrollerat, inga felaktigheter hittills.")], "DELVIS", "nej"),
        (M, "Jäv", "Handläggare har lämnat jävsdeklaration", "Förvaltningschef", "Årlig",
         [("Delår 2025", "Ej påbörjad", "Skjuts till tertial 3.")], "EJ_GENOMFORD", ""),
        (M, "Delegering", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Tertial",
         [("Delår 2025", "", "")], "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fn)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Rapport: Internkontroll 2025 – Uppföljning;;;;;;;\r\n")
        f.write("Utskriven: 2025-09-08 14:32 av ekonomienheten;;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for org, omr, mom, ans, frek, periods, st, av in data:
            for p, s, k in periods:
                w.writerow([org, omr, mom, ans, frek, p, s, k])
            EXP.append((fn, org, mom, st, av))
    FILES.append((fn, "INLAST", K, "2025", "DELAR"))
    FILES.append((fn, "INLAST", M, "2025", "DELAR"))


# ---------------------------------------------------------------- 6. TN (.doc, prose only)
def f_tn(tmp):
    fn = "Tekniska nämnden - uppföljning intern kontroll delår 2025.doc"
    nm = "Tekniska nämnden"
    d = Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED
    d.core_properties.author = "Tekniska förvaltningen"
    d.add_heading("Tekniska nämnden", level=0)
    d.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    d.add_paragraph("Denna rapport redovisar uppföljningen av tekniska nämndens internkontrollplan för perioden "
                    "januari–augusti 2025. Planen innehåller sju kontrollmoment. Varje kontrollmoment redovisas nedan "
                    "med resultat och, där det angetts, status.")
    items = [
        ("Gata och park", "Fakturor för vinterväghållning stäms av mot entreprenörens körjournaler",
         "Samtliga fakturor för januari–mars avstämda. En faktura om 42 000 kr krediterades efter felaktigt debiterade timmar.", "Genomförd", "GENOMFORD", "ja"),
        ("VA", "Egenkontroll av dricksvattenkvalitet enligt provtagningsprogram",
         "Provtagning har skett enligt programmet. Inga otjänliga prover under perioden.", "Genomförd", "GENOMFORD", "nej"),
        ("Gata och park", "Besiktning av lekplatser enligt SS-EN 1176",
         "Huvudbesiktning av 18 av 31 lekplatser genomförd, resterande besiktigas i september.", "Pågår", "DELVIS", ""),
        ("Avfall", "Uppföljning av avtal med entreprenör för avfallshämtning",
         "Kontrollen har inte genomförts under perioden eftersom avtalsförvaltaren varit föräldraledig. Den genomförs under hösten.", None, "EJ_GENOMFORD", ""),
        ("Fordon", "Drivmedelskort används endast för kommunens fordon",
         "Ej aktuellt – drivmedelskorten har ersatts av tankning via avtal med leverantör från 2025-01-01.", None, "UTGAR", ""),
        ("Investeringar", "Investeringsprojekt följs upp mot budget och tidplan",
         "Uppföljning sker månadsvis i projektrapporter. Två projekt (Storgatan etapp 2 och Skogsviks reningsverk) visar "
         "kostnadsöverskridanden, vilket rapporterades till nämnden i juni.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga arbetsplatser",
         "Skyddsronderna är planerade till oktober–november.", "Ej genomförd", "EJ_GENOMFORD", ""),
    ]
    for i, (proc, mom, res, st, est, eav) in enumerate(items, 1):
        d.add_heading(f"{i}. {proc}", level=2)
        d.add_paragraph(f"Kontrollmoment: {mom}")
        d.add_paragraph(f"Resultat: {res}")
        if st:
            d.add_paragraph(f"Status: {st}")
        EXP.append((fn, nm, mom, est, eav))
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De kontroller som inte "
                    "genomförts under perioden genomförs under hösten och redovisas i helårsuppföljningen.")
    d.add_paragraph("Skogsvik 2025-09-09\nPer Nordin, teknisk chef")
    src = os.path.join(tmp, fn[:-4] + ".docx")
    d.save(src)
    soffice(src, "doc", OUT)
    FILES.append((fn, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- 7. SBN (plan sheet + follow-up sheet with tick columns)
def f_sbn():
    fn = "SBN_IKP2025_uppfoljning_aug.xlsx"
    nm = "Samhällsbyggnadsnämnden"
    wb = Workbook(); props(wb)
    wi = wb.active; wi.title = "Instruktion"
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Flik 'Plan 2025' innehåller den av nämnden antagna planen (SBN 2024-12-11 § 201). Ändra inte i den fliken.",
        "Flik 'Uppföljning delår' fylls i av kontrollansvarig senast 2025-09-05.",
        "Markera med x i en av kolumnerna Genomförd / Delvis / Ej genomförd. Ange Ja eller Nej i kolumnen Avvikelse.",
        "Frågor: controller Eva Sandberg, ankn. 4127",
    ], 1):
        wi.cell(i, 1, t)
    wi["A1"].font = BOLD; wi.column_dimensions["A"].width = 110
    ctrls = [
        ("Exploatering", "Kommunen får inte betalt enligt avtal", 3, 4, "Exploateringsavtal följs upp avseende ekonomiska åtaganden", "Genomgång av samtliga aktiva avtal", "Exploateringsingenjör", "Augusti",
         "x", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Mark och fastighet", "Tomter säljs i fel ordning", 2, 4, "Försäljning av tomter sker enligt fastställd tomtkö", "Kontroll av samtliga försäljningar", "Mark- och exploateringschef", "Löpande",
         "x", "", "", "Nej", "Fem tomter sålda, samtliga enligt kö.", "GENOMFORD", "nej"),
        ("Planering", "Planarbetet försenas", 3, 3, "Handläggningstid för detaljplaner följs upp mot planprogrammet", "Rapport ur ärendesystemet", "Planchef", "Tertial",
         "", "x", "", "", "Uppföljning per juni klar.", "DELVIS", ""),
        ("Mark och fastighet", "Uteblivna intäkter", 3, 3, "Arrendeavgifter faktureras och indexregleras", "Avstämning arrenderegister mot fakturering", "Fastighetsekonom", "Årlig",
         "", "", "x", "", "Skjuts till tertial 3 på grund av införandet av nytt fastighetssystem.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Felaktiga utbetalningar", 2, 4, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Controller SBF", "Tertial",
         "x", "x", "", "", "", "OKLAR", ""),
        ("Bostadsanpassning", "Bidrag betalas ut felaktigt", 3, 3, "Bostadsanpassningsbidrag – beslut och utbetalning stämmer överens", "Stickprov 15 ärenden", "Handläggare BAB", "Tertial",
         "x", "", "", "Ja", "En utbetalning om 12 400 kr var för hög och har återkrävts.", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Obehörig åtkomst", 2, 3, "Behörigheter till kartsystemet (GIS) ses över", "Genomgång av behörighetslista", "GIS-samordnare", "Årlig",
         "", "", "", "", "Se bilaga 2", "OKLAR", ""),
        ("Trafik", "Brister i trafikmiljön vid skolor", 3, 4, "Beslutade trafiksäkerhetsåtgärder vid skolor följs upp", "Platsbesök", "Trafikingenjör", "Årlig",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    wp = wb.create_sheet("Plan 2025")
    wp["A1"] = "Samhällsbyggnadsnämnden – internkontrollplan 2025 (antagen 2024-12-11 § 201)"; wp["A1"].font = Font(bold=True, size=12)
    ph = ["Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "När"]
    for c, h in enumerate(ph, 1):
        cell = wp.cell(3, c, h); cell.font = BOLD; cell.fill = fill("FCE4D6"); cell.border = BOX
    for i, x in enumerate(ctrls, 4):
        vals = [x[0], x[1], x[2], x[3], None, x[4], x[5], x[6], x[7]]
        for c, v in enumerate(vals, 1):
            cell = wp.cell(i, c, v); cell.border = BOX; cell.alignment = WRAP
        wp.cell(i, 5, f"=C{i}*D{i}")
    for col, w in zip("ABCDEFGHI", [20, 30, 10, 10, 10, 50, 30, 24, 10]):
        wp.column_dimensions[col].width = w
    wu = wb.create_sheet("Uppföljning delår")
    wu["A1"] = "Samhällsbyggnadsförvaltningen – IK 2025, uppföljning per augusti"; wu["A1"].font = Font(bold=True, size=12)
    wu["A2"] = "Ifyllt av: Eva Sandberg 2025-09-04"
    uh = ["Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    for c, h in enumerate(uh, 1):
        cell = wu.cell(4, c, h); cell.font = BOLD; cell.fill = fill("FCE4D6"); cell.border = BOX; cell.alignment = WRAP
    for i, x in enumerate(ctrls, 5):
        vals = [i - 4, x[4], x[8], x[9], x[10], x[11], x[12]]
        for c, v in enumerate(vals, 1):
            cell = wu.cell(i, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
            if c in (3, 4, 5, 6): cell.alignment = Alignment(horizontal="center", vertical="top")
        EXP.append((fn, nm, x[4], x[13], x[14]))
    for col, w in zip("ABCDEFG", [5, 55, 11, 9, 12, 12, 55]):
        wu.column_dimensions[col].width = w
    wb.active = 2
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------- 8. reject: budget/operating report, no follow-up
def f_reject():
    fn = "TN_Driftredovisning_augusti_2025.xlsx"
    wb = Workbook(); props(wb)
    ws = wb.active; ws.title = "Drift aug"
    ws["A1"] = "Tekniska nämnden – driftredovisning januari–augusti 2025 (tkr)"; ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h); cell.font = BOLD; cell.border = BOX
    rows = [
        ("Gator och vägar", 48200, 33950, 49400, -1200, "Högre kostnader för vinterväghållning under januari–mars."),
        ("Parker och grönområden", 15600, 10120, 15300, 300, ""),
        ("Vatten och avlopp (taxefinansierat)", 0, -850, 0, 0, "Resultatutjämning mot VA-fond."),
        ("Avfall (taxefinansierat)", 0, 410, 0, 0, ""),
        ("Fastighetsförvaltning", 62300, 40880, 61800, 500, "Lägre energikostnader än budgeterat."),
        ("Måltidsservice", 38900, 26410, 39600, -700, "Ökade livsmedelspriser."),
        ("Nämnd och förvaltningsledning", 6100, 3950, 6000, 100, ""),
    ]
    for i, r in enumerate(rows, 4):
        for c, v in enumerate(r, 1):
            ws.cell(i, c, v if v != "" else None).border = BOX
    n = 4 + len(rows)
    ws.cell(n, 1, "Summa").font = BOLD
    for c, col in zip(range(2, 6), "BCDE"):
        ws.cell(n, c, f"=SUM({col}4:{col}{n-1})").font = BOLD
    ws.cell(n + 2, 1, "Prognosen bedöms som osäker med hänsyn till vinterns utfall. Åtgärder redovisas i delårsrapporten.")
    for col, w in zip("ABCDEF", [36, 14, 16, 15, 20, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|SOCN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def main():
    # clean previously generated files (keep script and README)
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md") and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r335_")
    try:
        f_ks(); f_bun(); f_sn(); f_von(tmp); f_csv(); f_tn(tmp); f_sbn(); f_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    def wcsv(name, hdr, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(hdr); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], REGISTER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)


if __name__ == "__main__":
    main()
