#!/usr/bin/python3
"""Blind round 385 - Bredsjö kommun, helår 2025, status codes/symbols with legends in varied places."""
import os, csv, shutil, subprocess, tempfile, datetime
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round385"
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
EXPECTED = []   # fil, nämnd, kontrollmoment, status, avvikelse
FILES = []      # fil, utfall, nämnd, år, period
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Bredsjö kommun"


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def exp(fil, namnd, km, st, av):
    EXPECTED.append([fil, namnd, " ".join(km.split()), st, av])


# ---------------------------------------------------------------- 1. KS xlsx, legend on separate sheet
def ks():
    fil = "KS_IK-uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); fix(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Bredsjö kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Statuskoder enligt fliken \"Teckenförklaring\". Fylls i av kontrollansvarig senast 2026-01-15."
    ws["A4"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Avvikelse (J/N)", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = B; c.fill = PatternFill("solid", fgColor="BDD7EE")
    rows = [
        ("Ekonomi",),
        ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Redovisningschef", "G", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Otillåten representation", "Kontroll av att representation redovisas med deltagarförteckning och syfte",
         "Stickprov 25 verifikat", "Controller", "GA", "J", "3 av 25 verifikat saknade deltagarförteckning. Påminnelse skickad till chefer.", "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Felaktig redovisning", "Avstämning av balanskonton per 31/12",
         "Genomgång av avstämningsmappar", "Redovisningschef", "P", "N", "Avstämning klar för 42 av 48 konton, resterande klara i januari.", "DELVIS", "nej"),
        ("Personal",),
        ("2.1", "Anställning", "Felaktig lön", "Kontroll av att anställningsavtal är registrerade i lönesystemet innan första utbetalning",
         "Stickprov 20 nyanställningar", "HR-chef", "G", "N", "", "GENOMFORD", "nej"),
        ("2.2", "Arbetsmiljö", "Ohälsa", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Rapport ur HR-systemet", "HR-chef", "", "", "Kontrollen genomförd i november. Inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("IT och informationssäkerhet",),
        ("3.1", "Behörigheter", "Obehörig åtkomst", "Behörighetskontroll i ekonomisystemet (Raindance)",
         "Jämförelse behörighetslista mot delegationsordning", "Systemförvaltare", "EG", "", "Ej genomförd p.g.a. systembyte. Flyttas till IK-plan 2026.", "EJ_GENOMFORD", ""),
        ("3.2", "Informationssäkerhet", "Förlust av information", "Kontroll av att informationsklassning är gjord för verksamhetssystem",
         "Genomgång systemförteckning", "Informationssäkerhetssamordnare", "U", "", "Utgår enligt KS beslut 2025-05-14 § 88.", "UTGAR", ""),
        ("Upphandling",),
        ("4.1", "Direktupphandling", "Otillåten direktupphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
         "Stickprov ur leverantörsreskontra", "Upphandlingschef", "GA", "J", "Två direktupphandlingar saknade dokumentation. Utbildning av beställare planeras.", "GENOMFORD", "ja"),
        ("4.2", "Avtalstrohet", "Köp utanför avtal", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys i inköpsanalysverktyg", "Upphandlingschef", "G", "N", "Avtalstrohet 94 %.", "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = B
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for i, v in enumerate(row[:9], 1):
                c = ws.cell(r, i, v if v != "" else None); c.alignment = WRAP
            exp(fil, N, row[3], row[9], row[10])
        r += 1
    r += 1
    ws.cell(r, 1, "Summering: 6 av 9 kontroller genomförda (varav 2 med anmärkning), 1 påbörjad, 1 ej genomförd, 1 utgår.").font = B
    ws.cell(r + 2, 1, "Godkänd av kommundirektör Anna Lindqvist 2026-01-20")
    for col, w in zip("ABCDEFGHI", [6, 20, 24, 50, 28, 22, 8, 12, 50]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Teckenförklaring statuskoder"; lg["A1"].font = B
    for i, (k, v) in enumerate([("G", "Genomförd utan anmärkning"), ("GA", "Genomförd med anmärkning (avvikelse noterad)"),
                                ("P", "Påbörjad / delvis genomförd"), ("EG", "Ej genomförd"), ("U", "Utgår (beslut om att kontrollen stryks)")], 3):
        lg.cell(i, 1, k).font = B; lg.cell(i, 2, v)
    lg["A9"] = "Avvikelse: J = ja, avvikelse konstaterad. N = nej."
    lg.column_dimensions["B"].width = 50
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------- 2. BUN xls (xlwt), numeric codes, legend in footer row, T1/T2/Helår
def bun():
    fil = "BUN uppföljning internkontroll 2025.xls"
    N = "Barn- och utbildningsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    bold = xlwt.easyxf("font: bold on")
    wrap = xlwt.easyxf("alignment: wrap on, vert top")
    ws.write(0, 0, "Barn- och utbildningsnämnden", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning", bold)
    ws.write(2, 0, "Uppföljningen avser helår 2025 (kolumn Helår). T1 och T2 enligt tidigare rapporter.")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "Status T1", "Status T2", "Status Helår", "Kommentar helår"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green"))
    rows = [
        ("Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 15 beslut", "Förvaltningsekonom", "Tertial", 3, 3, 1, "", "GENOMFORD", "nej"),
        ("Närvaro", "Kontroll av att frånvaroanmälan till vårdnadshavare sker samma dag", "Stickprov i Skola24", "Rektorer", "Tertial", 1, 1, 2, "Två enheter (Ekbacken, Norrskolan) brister i rutinen. Rutin förtydligad.", "GENOMFORD", "ja"),
        ("Trygghet", "Uppföljning av kränkande behandling – anmälan till huvudman inom fem dagar", "Genomgång av ärenden i DF Respons", "Utvecklingsledare", "Tertial", 3, 3, 3, "Genomgång klar för grundskolan, gymnasiet återstår.", "DELVIS", ""),
        ("Personal", "Kontroll av att registerutdrag från belastningsregistret finns för nyanställda", "Stickprov 20 anställningar", "HR-partner", "Halvår", "–", 1, 1, "", "GENOMFORD", "nej"),
        ("Avgifter", "Stickprov av barnomsorgsavgifter mot inkomstuppgifter", "Stickprov 40 hushåll", "Avgiftshandläggare", "Halvår", 4, 3, "", "", "DELVIS", ""),
        ("Elevhälsa", "Kontroll av att elevhälsans journaler förs enligt patientdatalagen", "Loggkontroll", "Verksamhetschef elevhälsa", "Årlig", "", "", 4, "Ej genomförd – skolsköterska vakant under hösten.", "EJ_GENOMFORD", ""),
        ("Läromedel", "Inventering av digitala läromedel och licenser", "Inventering", "IT-pedagog", "Årlig", "", "", 5, "Utgår, ersatt av central licensinventering (KS).", "UTGAR", ""),
        ("Ekonomi", "Kontroll av att attest sker av behörig attestant (stickprov 20 fakturor)", "Stickprov", "Förvaltningsekonom", "Tertial", 1, 1, 1, "", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:9]):
            if v != "":
                ws.write(r, i, v, wrap)
        exp(fil, N, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.write(r, 0, "Statusförklaring: 1 = Genomförd utan avvikelse, 2 = Genomförd med avvikelse, 3 = Påbörjad/delvis genomförd, "
                   "4 = Ej genomförd, 5 = Utgår.", xlwt.easyxf("font: italic on"))
    ws.write(r + 1, 0, "Planen antagen av BUN 2025-01-22 § 7. Uppföljning helår behandlad 2026-02-11.")
    for i, w in enumerate([14, 55, 28, 22, 10, 10, 10, 12, 55]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------- 3. SN ods, symbols, legend in merged "text box" cell beside the table
def sn(tmp):
    fil = "Socialnämnden_IKP_2025_helår.ods"
    N = "Socialnämnden"
    wb = openpyxl.Workbook(); fix(wb)
    ws = wb.active; ws.title = "Helår 2025"
    ws["A1"] = "Socialnämnden – Uppföljning intern kontroll, helår 2025"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Område", "Kontrollmoment", "Ansvar", "Resultat/kommentar", "Bedömning", "Avvikelse"]
    for i, h in enumerate(hdr, 1):
        ws.cell(3, i, h).font = B
    rows = [
        ("Individ- och familjeomsorg", "Kontroll av att utredningstiden 4 månader hålls i barnavårdsärenden", "Enhetschef barn och unga",
         "12 % av utredningarna överskred tiden. Åtgärdsplan upprättad.", "●", "Ja", "GENOMFORD", "ja"),
        ("Individ- och familjeomsorg", "Uppföljning av att beslut om ekonomiskt bistånd fattas enligt delegation", "Enhetschef försörjningsstöd",
         "Stickprov 30 beslut, samtliga korrekt delegerade.", "●", "Nej", "GENOMFORD", "nej"),
        ("Hemtjänst", "Kontroll av att genomförandeplaner finns inom 14 dagar i hemtjänsten", "Enhetschefer hemtjänst",
         "Stickprov gjort i två av fyra hemtjänstgrupper.\nResterande under våren 2026.", "◐", "", "DELVIS", ""),
        ("Kvalitet", "Avvikelsehantering enligt lex Sarah – utredning inom tidsfrist", "Kvalitetsutvecklare",
         "Ej genomförd på grund av personalbrist.", "○", "", "EJ_GENOMFORD", ""),
        ("Särskilt boende", "Kontroll av läkemedelshantering på särskilda boenden\n(stickprov Björkgården och Solbacken)", "MAS",
         "Se bilaga 3", "● / ○", "", "OKLAR", ""),
        ("Särskilt boende", "Granskning av avgiftsbeslut inom äldreomsorgen", "Avgiftshandläggare",
         "Se bilaga 2", "", "", "OKLAR", ""),
        ("Individ- och familjeomsorg", "Kontroll av att köpta placeringar följer ramavtal", "Enhetschef barn och unga",
         "Ej aktuell 2025, inga placeringar utanför avtal.", "–", "", "UTGAR", ""),
        ("Administration", "Kontroll av kontanthantering och handkassor", "Administrativ chef",
         "Kassainventering på samtliga enheter i december utan differenser.", "●", "Nej", "GENOMFORD", "nej"),
    ]
    r = 4
    for row in rows:
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(r, i, v if v != "" else None); c.alignment = WRAP
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    ws.cell(r + 1, 1, "Sammanställt av Maria Holm, kvalitetsstrateg, 2026-01-23")
    # text box-like legend beside the table
    ws.merge_cells("H3:J9")
    c = ws["H3"]
    c.value = ("Teckenförklaring bedömning:\n● Genomförd\n◐ Delvis genomförd / pågår\n○ Ej genomförd\n– Utgår / ej aktuell\n\n"
               "Avvikelse anges i kolumn F (Ja/Nej).")
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.fill = PatternFill("solid", fgColor="FFF2CC")
    for col, w in zip("ABCDEFGHIJ", [24, 50, 24, 50, 11, 10, 3, 14, 14, 14]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Socialnämnden_IKP_2025_helår.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------- 4. TN xlsx, nämnd only in print header, legend in page footer
def tn():
    fil = "IK uppf helår 2025 (slutlig).xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook(); fix(wb)
    ws = wb.active; ws.title = "Blad1"
    ws.oddHeader.center.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Bredsjö kommun"
    ws.oddFooter.left.text = "Statuskoder: K = Klar   P = Påbörjad   E = Ej påbörjad   S = Struken"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan – helår 2025"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Id", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Klart datum", "Status", "Avvikelse", "Åtgärd/kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(3, i, h).font = B
    rows = [
        ("T1", "Park", "Kontroll av att egenkontroller av lekplatser utförs enligt plan", "Parkchef", datetime.date(2025, 10, 31), "K", "Nej", "", "GENOMFORD", "nej"),
        ("T2", "VA", "Kontroll av att fakturering av VA-avgifter stämmer mot mätaravläsning", "VA-chef", datetime.date(2025, 11, 30), "K", "Ja", "Fel taxa på 14 abonnemang, rättat och kreditfakturor skickade.", "GENOMFORD", "ja"),
        ("T3", "Gata", "Uppföljning av vinterväghållningsentreprenad mot avtal", "Gatuchef", None, "P", "", "Uppföljning av säsong 2024/25 klar, säsong 2025/26 pågår.", "DELVIS", ""),
        ("T4", "Fordon", "Kontroll av fordonsflottans körjournaler", "Fordonssamordnare", None, "E", "", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("T5", "Arbetsmiljö", "Kontroll av att arbetsmiljöronder genomförs på driftsenheterna", "Driftchef", datetime.date(2025, 9, 15), "K", "Nej", "", "GENOMFORD", "nej"),
        ("T6", "Avfall", "Kontroll av kassaregister på återvinningscentralen", "Avfallschef", None, "S", "", "Struken – kontantfri hantering från 1 mars 2025.", "UTGAR", ""),
        ("T7", "Investeringar", "Kontroll av att ÄTA-arbeten godkänns före utförande", "Projektchef", datetime.date(2025, 12, 10), "K", "Ja", "Två ÄTA-arbeten utförda utan skriftligt godkännande.", "GENOMFORD", "ja"),
    ]
    r = 4
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(r, i, v if v != "" else None); c.alignment = WRAP
            if isinstance(v, datetime.date):
                c.number_format = "yyyy-mm-dd"
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    for col, w in zip("ABCDEFGH", [5, 16, 55, 20, 12, 8, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------- 5. Stratsys CSV, two nämnder, T2 + Helår rows, legend in trailing lines
def stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    KFN, MBN = "Kultur- och fritidsnämnden", "Miljö- och byggnämnden"
    hdr = ["Enhet", "Internkontrollplan", "Process", "Kontrollmoment", "Period", "Bedömning", "Kommentar", "Avvikelse"]
    rows = [
        (KFN, "Föreningsstöd", "Kontroll av att föreningsbidrag betalas ut enligt beslutade riktlinjer",
         [("Tertial 2 2025", "2", "Hälften av ansökningarna granskade.", ""), ("Helår 2025", "3", "Samtliga 48 utbetalningar granskade.", "Nej")], "GENOMFORD", "nej"),
        (KFN, "Kontanthantering", "Kontroll av kassaredovisning i simhallen och på biblioteket",
         [("Tertial 2 2025", "3", "", "Nej"), ("Helår 2025", "3", "Kassadifferens 1 240 kr i simhallen i oktober, utredd.", "Ja")], "GENOMFORD", "ja"),
        (KFN, "Lokaler", "Uppföljning av att lokalbokning faktureras korrekt",
         [("Tertial 2 2025", "1", "Ej påbörjad.", ""), ("Helår 2025", "2", "Stickprov för hösten gjort, våren återstår.", "")], "DELVIS", ""),
        (KFN, "Fritid", "Kontroll av att utlåning av utrustning registreras",
         [("Tertial 2 2025", "2", "", ""), ("Helår 2025", "0", "Utgår – utlåningen flyttad till fritidsgårdarna.", "")], "UTGAR", ""),
        (MBN, "Bygglov", "Kontroll av att bygglov handläggs inom 10 veckor",
         [("Helår 2025", "2", "87 % av ärendena inom tidsfrist, genomgång av resterande pågår.", "Ja")], "DELVIS", "ja"),
        (MBN, "Taxor", "Kontroll av att tillsynsavgifter debiteras enligt taxa",
         [("Helår 2025", "3", "", "Nej")], "GENOMFORD", "nej"),
        (MBN, "Livsmedel", "Uppföljning av att livsmedelskontroller genomförs enligt kontrollplan",
         [("Helår 2025", "1", "Ej genomförd, resursbrist under hösten.", "")], "EJ_GENOMFORD", ""),
        (MBN, "Registratur", "Kontroll av diarieföring av inkomna handlingar",
         [("Helår 2025", "3", "Stickprov 50 handlingar, alla diarieförda.", "Nej")], "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for enhet, proc, km, periods, st, av in rows:
            plan = "Internkontrollplan 2025"
            for per, bed, kom, avv in periods:
                w.writerow([enhet, plan, proc, km, per, bed, kom, avv])
            exp(fil, enhet, km, st, av)
        w.writerow([])
        w.writerow(["Förklaring Bedömning: 3 = Genomförd; 2 = Delvis genomförd; 1 = Ej genomförd; 0 = Ej aktuell/utgår"])
        w.writerow(["Exporterad 2026-01-14 08:12 av stratsys@bredsjo.se"])
    FILES.append([fil, "INLAST", KFN, "2025", "HELAR"])
    FILES.append([fil, "INLAST", MBN, "2025", "HELAR"])


# ---------------------------------------------------------------- 6. ÖFN plain text, checkbox symbols, legend at top
def ofn():
    fil = "Overformyndarnamnden_IK_helar2025.txt"
    N = "Överförmyndarnämnden"
    items = [
        ("[X]", "", "Granskning av årsräkningar – samtliga granskade före 30 juni", "412 av 412 årsräkningar granskade i tid. Inga avvikelser.", "GENOMFORD", "nej"),
        ("[X]", "(!)", "Kontroll av att ställföreträdare har aktuellt registerutdrag", "Tre ställföreträdare saknade nytt utdrag; begärt in.", "GENOMFORD", "ja"),
        ("[/]", "", "Kontroll av att arvodesbeslut fattas enligt delegationsordningen", "Stickprov för första halvåret klart.", "DELVIS", ""),
        ("[ ]", "", "Stickprov på uttagsmedgivanden från spärrade konton", "Hann inte genomföras, läggs in i plan 2026.", "EJ_GENOMFORD", ""),
        ("[-]", "", "Kontroll av e-tjänst för inlämning av redogörelser", "Utgår, e-tjänsten infördes inte under 2025.", "UTGAR", ""),
        ("[X]", "", "Uppföljning av handläggningstid för nya ärenden om godmanskap", "Median 34 dagar, inom målet. Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    lines = [
        "ÖVERFÖRMYNDARNÄMNDEN I BREDSJÖ KOMMUN",
        "Uppföljning av internkontrollplan 2025 – helårsrapport",
        "Upprättad 2026-01-19 av Lena Ek, handläggare",
        "",
        "Teckenförklaring:  [X] genomförd   [/] delvis genomförd   [ ] ej genomförd   [-] utgår",
        "Avvikelse konstaterad markeras med (!)",
        "",
        "-" * 78,
    ]
    for n, (box, flag, km, res, st, av) in enumerate(items, 1):
        lines.append(f"{box}{(' ' + flag) if flag else ''} {n}. {km}")
        lines.append(f"       Resultat: {res}")
        lines.append("")
        exp(fil, N, km, st, av)
    lines += ["-" * 78, "Rapporten anmäls till nämnden 2026-02-04.", ""]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------- 7. Bostäder xls (via LO), plan sheet + follow-up sheet, legend at bottom of plan sheet
def bostader(tmp):
    fil = "Bredsjö Bostäder AB - Internkontroll 2025.xls"
    N = "Bredsjö Bostäder AB"
    wb = openpyxl.Workbook(); fix(wb)
    pl = wb.active; pl.title = "Plan 2025"
    pl["A1"] = "Bredsjö Bostäder AB – Internkontrollplan 2025"; pl["A1"].font = Font(bold=True, size=13)
    pl["A2"] = "Fastställd av styrelsen 2025-02-18"
    ctrl = [
        ("B1", "Hyresadministration", "Kontroll av att hyresavier stämmer mot hyreskontrakt", 2, 3, "✓", "Nej", "Stickprov 40 kontrakt utan fel.", "GENOMFORD", "nej"),
        ("B2", "Kundfordringar", "Uppföljning av hyresfordringar äldre än 60 dagar", 3, 3, "!", "Ja", "4 ärenden ej överlämnade till inkasso i tid.", "GENOMFORD", "ja"),
        ("B3", "Brandskydd", "Kontroll av att brandskyddskontroller (SBA) utförs i samtliga fastigheter", 2, 4, "◷", "", "31 av 45 fastigheter kontrollerade.", "DELVIS", ""),
        ("B4", "Upphandling", "Kontroll av jäv vid upphandling av underhållsentreprenader", 2, 4, "✓", "Nej", "Jävsdeklarationer finns för samtliga.", "GENOMFORD", "nej"),
        ("B5", "Lås och nycklar", "Kontroll av att nycklar och passerbrickor återlämnas vid avflytt", 3, 2, "✗", "", "Ej utförd, nytt låssystem under införande.", "EJ_GENOMFORD", ""),
        ("B6", "Ekonomi", "Kontroll av attest av fakturor över 500 tkr (två i förening)", 1, 4, "✓", "Nej", "", "GENOMFORD", "nej"),
    ]
    for i, h in enumerate(["Nr", "Process", "Kontrollmoment", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde"], 1):
        pl.cell(4, i, h).font = B
    r = 5
    for c in ctrl:
        for i, v in enumerate([c[0], c[1], c[2], c[3], c[4], c[3] * c[4]], 1):
            pl.cell(r, i, v)
        r += 1
    r += 2
    pl.cell(r, 1, "Symboler i uppföljningen:").font = B
    for k, v in [("✓", "Utförd utan anmärkning"), ("!", "Utförd med anmärkning"), ("◷", "Pågår"), ("✗", "Ej utförd"), ("—", "Utgår")]:
        r += 1
        pl.cell(r, 1, k); pl.cell(r, 2, v)
    pl.column_dimensions["B"].width = 22; pl.column_dimensions["C"].width = 62
    up = wb.create_sheet("Uppföljning helår")
    up["A1"] = "Uppföljning internkontroll helår 2025"; up["A1"].font = Font(bold=True, size=13)
    up["A2"] = "Rapporteras till styrelsen 2026-02-24. Symboler: se fliken Plan 2025."
    for i, h in enumerate(["Nr", "Kontrollmoment", "Utfall", "Avvikelse", "Kommentar"], 1):
        up.cell(4, i, h).font = B
    r = 5
    for c in ctrl:
        for i, v in enumerate([c[0], c[2], c[5], c[6], c[7]], 1):
            up.cell(r, i, v if v != "" else None).alignment = WRAP
        exp(fil, N, c[2], c[8], c[9])
        r += 1
    up.cell(r + 1, 1, "Ekonomichef Johan Berg")
    up.column_dimensions["B"].width = 62; up.column_dimensions["E"].width = 50
    src = os.path.join(tmp, "Bredsjö Bostäder AB - Internkontroll 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ---------------------------------------------------------------- 8. Reject: instruction + legend workbook from ekonomiavdelningen, no controls
def reject():
    fil = "Instruktion och teckenförklaring IK-uppföljning 2025.xlsx"
    wb = openpyxl.Workbook(); fix(wb)
    ws = wb.active; ws.title = "Instruktion"
    lines = [
        "Bredsjö kommun – Ekonomiavdelningen",
        "Instruktion: uppföljning av internkontrollplaner helår 2025",
        "",
        "Varje nämnd och bolag redovisar uppföljningen av sin internkontrollplan senast 2026-01-31.",
        "Använd gärna nämndens egen mall, men ange status för varje kontrollmoment med koderna nedan.",
        "Konstaterade avvikelser ska beskrivas och åtgärder anges.",
        "Skicka filen till ekonomi@bredsjo.se. Frågor: Karin Sjöberg, controller, 0570-123 45.",
    ]
    for i, t in enumerate(lines, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = B; ws["A2"].font = Font(bold=True, size=13)
    ws["A9"] = "Rekommenderade statuskoder"; ws["A9"].font = B
    for i, (k, v) in enumerate([("G", "Genomförd"), ("GA", "Genomförd med anmärkning"), ("P", "Påbörjad"), ("EG", "Ej genomförd"), ("U", "Utgår")], 10):
        ws.cell(i, 1, k); ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 12; ws.column_dimensions["B"].width = 40
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "AVVISAD", "", "", ""])


def register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnad"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Overformyndarnamnden"),
        ("Valnämnden", "VN"),
        ("Bredsjö Bostäder AB", "Bredsjöbostäder|BBAB"),
        ("Räddningstjänstförbundet Bredsjö-Älvdal", "RTF|Räddningstjänsten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")


def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r385_")
    try:
        ks(); bun(); sn(tmp); tn(); stratsys(); ofn(); bostader(tmp); reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            f.write(";".join(r) + "\n")


if __name__ == "__main__":
    main()
