#!/usr/bin/python3
# Blind round 37 - Rönneå kommun (Skåne), internkontroll 2025, delår augusti.
import os, csv, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r37-")
LO = "file:///tmp/lo-r37"

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

G, D, E, S, O, U = "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "SAKNAS", "OKLAR", "UTGAR"


def exp(fil, namnd, km, st, av):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    expected.append((fil, namnd, km, st, av))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 KS xlsx
def f_ks():
    fil = "KS Uppföljning internkontrollplan 2025 delår.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Rönneå kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"; ws["B3"] = "Kommunstyrelsen"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Status per 31/8", "Avvikelse", "Kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = BOLD; c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BOX
    rows = [
        ("grp", "Ekonomi och finans"),
        (1, "Attest", "Kontroll att leverantörsfakturor attesteras av behörig attestant enligt attestordningen",
         "Stickprov 25 fakturor", "Redovisningschef", "Genomförd", "Ja",
         "2 av 25 fakturor attesterade av ersättare utan giltigt beslut. Attestlistan uppdaterad i juni.", G, "ja"),
        (2, "Representation", "Granskning av representationsfakturor avseende syfte, deltagarförteckning och moms",
         "Samtliga fakturor jan–jun", "Controller", "Genomförd", "Nej",
         "Kontrollen genomfördes i förtid (maj). Inga avvikelser.", G, "nej"),
        (3, "Avtalstrohet", "Kontroll av att inköp över 100 tkr görs mot gällande ramavtal",
         "Uttag ur e-handelssystemet", "Upphandlingschef", "Ej påbörjad", "Nej",
         "Planeras till hösten, uttag görs efter T2.", E, "nej"),
        ("grp", "HR och lön"),
        (4, "Lön", ("Kontroll av att lönetillägg och", "engångsbelopp är beslutade enligt delegationsordningen"),
         "Stickprov 30 utbetalningar", "Lönechef", "Pågår", "Nej",
         "Stickprov för jan–apr klart, maj–aug återstår.", D, "nej"),
        (5, "Rehabilitering", "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato inom 14 dagar",
         "Genomgång av samtliga ärenden", "HR-chef", "Genomförs i oktober", "", "", E, "nej"),
        ("grp", "IT och informationssäkerhet"),
        (6, "Behörigheter", "Kontroll av att behörigheter i ekonomisystemet Raindance avslutas när anställning upphör",
         "Jämförelse mot HR-systemet", "IT-chef", "Genomförd", "Ja",
         "Sju konton för avslutade anställningar var fortfarande aktiva; har stängts.", G, "ja"),
        (7, "Informationssäkerhet", "Uppföljning av att samtliga medarbetare genomgått e-utbildning i informationssäkerhet",
         "Utdrag ur lärplattformen", "Informationssäkerhetssamordnare", "Utgår", "",
         "Utgår enligt KS beslut 2025-04-09 § 62, ersätts av koncerngemensam utbildning.", U, "nej"),
        ("grp", "Styrning och delegation"),
        (8, "Delegation", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen vid nästkommande sammanträde",
         "Genomgång av protokoll", "Kanslichef", "Genomförd", "Nej",
         "Kontrollen återstår för perioden september–december.", G, "nej"),
        (9, "Diarieföring", "Kontroll att inkomna handlingar diarieförs inom tre arbetsdagar",
         "Stickprov 40 handlingar", "Registrator", "Se kommentar", "", "", O, "nej"),
        (10, "Bisysslor", "Kontroll att bisysslor för chefer har redovisats och bedömts under året",
         "Enkät till samtliga chefer", "HR-chef", "", "", "", S, "nej"),
    ]
    for r in rows:
        if r[0] == "grp":
            ws.append([r[1]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
            ws.cell(rr, 1).font = Font(bold=True, italic=True)
            ws.cell(rr, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            continue
        nr, proc, km, met, ans, st, av, kom, es, ea = r
        if isinstance(km, tuple):
            ws.append([nr, proc, km[0], met, ans, st, av, kom])
            ws.append([None, None, km[1]])
            km = " ".join(km)
        else:
            ws.append([nr, proc, km, met, ans, st, av, kom])
        exp(fil, N, km, es, ea)
    ws.append([])
    ws.append(["Antal kontrollmoment: 10"])
    ws.append(["Varav genomförda: 4"])
    ws.append([])
    ws.append(["Sammanställt av: Anna Persson, ekonomichef, 2025-09-03"])
    for col, w in zip("ABCDEFGH", [5, 18, 60, 26, 22, 18, 10, 60]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=6):
        for c in row:
            c.alignment = WRAP
    ws.oddFooter.left.text = "Rönneå kommun – Kommunledningsförvaltningen"
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 2 BUN docx
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text); run.bold = bold


def f_bun():
    fil = "BUN delårsuppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.core_properties.title = "Uppföljning intern kontroll delår 2025"
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – delår 2025 (januari–augusti)").runs[0].bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 28 januari 2025, § 9. Planen omfattar åtta "
        "kontrollmoment fördelade på tre processer. Flera av kontrollerna är enligt planen förlagda till "
        "hösten och redovisas därför som ej genomförda i denna uppföljning. Fullständig redovisning sker i "
        "helårsuppföljningen som behandlas av nämnden i februari 2026.")
    d.add_paragraph("Tabellerna nedan redovisar utfallet per process. I kolumnen Avvikelse anges Ja om "
                    "kontrollen visat fel eller brister.")
    procs = [
        ("Process 1. Elevhälsa och skolplikt", [
            ("Kontroll av att frånvaro över 10 % följs upp av mentor och rektor enligt rutin",
             "Stickprov 30 elever på tre skolor, vårterminen",
             "Genomförd under våren. I 4 av 30 ärenden saknades dokumenterad kontakt med vårdnadshavare.",
             "Ja", G, "ja"),
            ("Kontroll av att anmälan om kränkande behandling skickas till huvudman samma dag",
             "Genomgång i DF Respons, höstterminen",
             "Planeras till hösten.", "–", E, "nej"),
        ]),
        ("Process 2. Ekonomi och avgifter", [
            ("Kontroll av att avgifter för förskola och fritidshem debiteras utifrån aktuella inkomstuppgifter",
             "Stickprov 40 hushåll, oktober",
             "Genomförs i oktober i samband med den årliga inkomstkontrollen.", "", E, "nej"),
            ("Kontroll av att inköp med skolornas betalkort har kvitto och angivet syfte",
             "Stickprov per rektorsområde",
             "Delvis genomförd – fem av nio rektorsområden är kontrollerade. Två kort saknade kvitton för inköp.",
             "Ja", D, "ja"),
            ("Kontroll av att interkommunal ersättning faktureras för elever från andra kommuner",
             "Avstämning mot elevregistret",
             "Genomförd i förtid (juni). Samtliga elever är fakturerade.", "Nej", G, "nej"),
        ]),
        ("Process 3. Personal och säkerhet", [
            ("Kontroll av att utdrag ur belastningsregistret finns för all nyanställd personal i förskolan",
             "Genomgång av anställningsakter",
             "Se bilaga 2", "", O, "nej"),
            ("Kontroll av att brandskyddsronder genomförs och dokumenteras på samtliga enheter",
             "Granskning av rondprotokoll",
             "Avbruten på grund av vakant tjänst som säkerhetssamordnare.", "", E, "nej"),
            ("Kontroll av att beslut om skolskjuts fattas av behörig delegat",
             "Stickprov 15 beslut",
             "Utgår – ansvaret för skolskjuts flyttades till samhällsbyggnadsnämnden 1 mars 2025 (KF § 14).",
             "", U, "nej"),
        ]),
    ]
    for title, ctrls in procs:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for i, h in enumerate(["Vad kontrolleras", "Hur och när", "Utfall per augusti", "Avvikelse"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for km, hur, utf, av, es, ea in ctrls:
            cells = t.add_row().cells
            for i, v in enumerate([km, hur, utf, av]):
                set_cell(cells[i], v)
            exp(fil, N, km, es, ea)
        d.add_paragraph("")
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Av åtta kontrollmoment är två genomförda och ett delvis genomfört. Brister har noterats i uppföljningen "
        "av frånvaro och i hanteringen av betalkort. Förvaltningen återkommer med åtgärder i helårsuppföljningen.")
    d.add_paragraph("Rönneå 2025-09-05")
    d.add_paragraph("Maria Lind\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 3 SN xlsx (codes, T1/T2/T3)
def f_sn():
    fil = "SN_IK_T2_2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 2 (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status anges med kod enligt förklaring under tabellen."
    hdr = ["Id", "Risk", "Kontrollmoment", "Frekvens", "T1", "T2", "T3", "Avvikelse (J/N)", "Åtgärd/kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = BOLD; c.border = BOX; c.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("SN1", "Långa utredningstider", "Kontroll av att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Tertial", 2, 1, None, "J", "Tre utredningar överskred fyra månader p.g.a. sjukskrivning. Uppföljning i ledningsgruppen.", G, "ja"),
        ("SN2", "Felaktiga beslut", "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "En gång/år", 1, None, None, "N", "", G, "nej"),
        ("SN3", "Felaktiga utbetalningar", "Stickprov av utbetalningar av ekonomiskt bistånd mot underlag i Procapita",
         "Tertial", 3, 2, None, "N", "Stickprov för T2 pågår.", D, "nej"),
        ("SN4", "Barn far illa", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "En gång/år", None, 3, None, "N", "Genomförs i oktober.", E, "nej"),
        ("SN5", "Bristande dokumentation", "Uppföljning av att placerade barn har aktuell vårdplan och genomförandeplan",
         "En gång/år", None, None, None, "", "Planeras till hösten, ingen kontroll gjord ännu.", E, "nej"),
        ("SN6", "Otillbörlig åtkomst", "Kontroll av loggar i verksamhetssystemet avseende otillbörlig åtkomst",
         "Tertial", 1, 1, None, "J", "Två otillåtna slagningar i T2, anmälda till dataskyddsombudet.", G, "ja"),
        ("SN7", "Felaktig debitering", "Kontroll av att avgifter för familjerådgivning debiteras enligt taxa",
         "En gång/år", "U", "U", None, "", "Avgiften avskaffad från 2025 (SN 2025-02-18 § 21).", U, "nej"),
        ("SN8", "Felaktiga arvoden", "Kontroll av att kontaktpersoners arvoden betalas ut enligt beslutade riktlinjer",
         "En gång/år", None, None, None, "", "", S, "nej"),
    ]
    for r in rows:
        ws.append(list(r[:9]))
        exp(fil, N, r[2], r[9], r[10])
    ws.append([])
    ws.append(["Förklaring:"]); ws.cell(ws.max_row, 1).font = BOLD
    ws.append(["1", "Genomförd"])
    ws.append(["2", "Påbörjad/delvis genomförd"])
    ws.append(["3", "Ej genomförd"])
    ws.append(["U", "Utgår"])
    ws.append([])
    ws.append(["Kontroller som slutförts under T1 redovisas inte på nytt i T2. T3 fylls i vid helårsuppföljningen."])
    for col, w in zip("ABCDEFGHI", [6, 24, 62, 12, 6, 6, 6, 14, 60]):
        ws.column_dimensions[col].width = w
    # a risk analysis sheet (not a follow-up)
    ws2 = wb.create_sheet("Riskanalys")
    ws2.append(["Riskanalys 2025 (underlag till planen)"])
    ws2.append(["Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde"])
    for r in [("Långa utredningstider inom barn och unga", 3, 3, 9),
              ("Felaktiga utbetalningar av ekonomiskt bistånd", 2, 4, 8),
              ("Otillbörlig åtkomst till personuppgifter i verksamhetssystemet", 2, 4, 8),
              ("Bristande dokumentation för placerade barn", 3, 2, 6)]:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 60
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------- 4 CSV export (3 organisations)
def f_csv():
    fil = "Hypergene_export_IK_2025-09-02.csv"
    VON, KFN, VA = "Vård- och omsorgsnämnden", "Kultur- och fritidsnämnden", "Rönneå Vatten AB"
    org = {VON: "Vård- och omsorgsförvaltningen", KFN: "Kultur- och fritidsnämnden", VA: "Rönneå Vatten AB"}
    T1, DL, H24 = "2025 T1", "2025 Delår", "2024 Helår"
    # (nämnd, process, kontrollmoment, [(period, status, avv, kommentar)], expected status, avv)
    ctr = [
        (VON, "Myndighetsutövning", "Kontroll av att biståndsbeslut inom hemtjänst följs upp minst en gång per år",
         [(T1, "Ej påbörjad", "", ""), (DL, "Pågående", "Nej", "Hälften av beslutsuppföljningarna granskade.")], D, "nej"),
        (VON, "Hälso- och sjukvård", "Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas inom särskilt boende",
         [(T1, "Pågående", "", ""), (DL, "Slutförd", "Ja", "Brister i signeringslistor på Solbacken; åtgärdsplan upprättad.")], G, "ja"),
        (VON, "Ekonomi", "Kontroll av att utförda hemtjänsttimmar i TES stämmer mot fakturerade timmar",
         [(DL, "Ej påbörjad", "", "Planeras till hösten.")], E, "nej"),
        (VON, "Myndighetsutövning", "Kontroll av att LSS-beslut om personlig assistans verkställs inom tre månader",
         [(T1, "Slutförd", "Nej", "Genomförd i förtid, inga ej verkställda beslut.")], G, "nej"),
        (VON, "Säkerhet", "Kontroll av att nyckelhantering i hemtjänsten följer rutin för kvittens",
         [(T1, "Ej påbörjad", "", ""), (DL, "Ej aktuell", "", "Utgår genom beslut i VON 2025-05-20 § 41, digitala lås införda.")], U, "nej"),
        (VON, "Hälso- och sjukvård", "Kontroll av att fallriskbedömning görs vid inflyttning på särskilt boende",
         [(DL, "", "", "Genomförs i oktober.")], E, "nej"),
        (KFN, "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         [(T1, "Pågående", "", ""), (DL, "Slutförd", "Ja", "En förening fick dubbel utbetalning av lokalbidrag, beloppet återkrävt.")], G, "ja"),
        (KFN, "Kassahantering", "Kontroll av att kassarapporter från simhallen stäms av mot bokföringen varje månad",
         [(DL, "Pågående", "Nej", "Januari–juni avstämda.")], D, "nej"),
        (KFN, "Inköp", "Kontroll av att bibliotekets inköp av medier görs från upphandlad leverantör",
         [(DL, "Ej påbörjad", "", "Genomförs i november.")], E, "nej"),
        (KFN, "Intäkter", "Kontroll av att lokalbokningar i Interbook faktureras korrekt",
         [(T1, "Pågående", "", ""), (DL, "Avbruten", "", "")], E, "nej"),
        (KFN, "Tillgångar", "Kontroll av att konstverk i kommunens konstsamling är inventerade och märkta",
         [(DL, "", "", "")], S, "nej"),
        (VA, "Drift", "Kontroll av att vattenmätare byts enligt beslutat bytesintervall",
         [(T1, "Pågående", "", ""), (DL, "Pågående", "Nej", "")], D, "nej"),
        (VA, "Debitering", "Kontroll av att anslutningsavgifter debiteras enligt gällande VA-taxa",
         [(DL, "Slutförd", "Nej", "Samtliga 18 anslutningar korrekt debiterade.")], G, "nej"),
        (VA, "Dricksvatten", "Kontroll av att egenkontrollprogram för dricksvatten följs och provsvar dokumenteras",
         [(DL, "Slutförd", "Ja", "Ett provtagningstillfälle i juli missades vid Kvarnby vattenverk.")], G, "ja"),
        (VA, "Inköp", "Kontroll av att direktupphandlingar dokumenteras enligt LOU 19 kap. 30 §",
         [(DL, "Ej påbörjad", "", "Planeras till hösten; underlag begärs in från inköp.")], E, "nej"),
        (VA, "Fordon", "Kontroll av att körjournaler för tjänstebilar förs löpande",
         [(H24, "Slutförd", "Nej", "")], S, "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll – uppföljning per kontrollmoment"])
        w.writerow(["Utskriven: 2025-09-02 08:14 av ekonomienheten"])
        w.writerow([])
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Uppföljningsperiod", "Status", "Avvikelse", "Kommentar"])
        for n, proc, km, recs, es, ea in ctr:
            for per, st, av, kom in recs:
                w.writerow([org[n], proc, km, per, st, av, kom])
            exp(fil, n, km, es, ea)
    for n in (VON, KFN, VA):
        files.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------- 5 MBN odt (form per control)
def f_mbn():
    fil = "Bygg och miljö - IK delår 2025.odt"
    N = "Miljö- och byggnadsnämnden"
    d = Document()
    d.add_heading("Miljö- och byggnadsnämnden", level=1)
    d.add_paragraph("Delårsuppföljning av internkontrollplan 2025").runs[0].bold = True
    d.add_paragraph("Varje kontrollmoment redovisas i en egen tabell. I fältet Genomförd anges J = ja, "
                    "N = nej och D = delvis. Kontroller som planerats till hösten redovisas i helårsuppföljningen.")
    ctrls = [
        ("Kontroll av att bygglov handläggs inom tio veckor enligt plan- och bygglagen", "Bygglov",
         "Stickprov 20 ärenden", "Vår 2025", "J",
         "Tre av 20 ärenden överskred tidsfristen och avgiften reducerades enligt 12 kap. 8 a § PBF.", "Ja", G, "ja"),
        ("Kontroll av att avgifter för tillsyn enligt miljöbalken debiteras enligt taxa", "Miljötillsyn",
         "Stickprov 30 fakturor", "Löpande", "D", "Halva urvalet är kontrollerat, resterande under hösten.", "Nej", D, "nej"),
        ("Kontroll av att delegationsbeslut i bygglovsärenden anmäls till nämnden", "Delegation",
         "Jämförelse ärendesystem – protokoll", "Oktober", "",
         "Kontrollen genomförs i oktober.", "", E, "nej"),
        ("Kontroll av att livsmedelskontroller genomförs enligt fastställd kontrollplan", "Livsmedel",
         "Uttag ur Ecos", "Höst 2025", "N", "Planeras till hösten på grund av vakanser bland inspektörerna.", "Nej", E, "nej"),
        ("Kontroll av att slutbesked inte utfärdas utan fullständig dokumentation", "Bygglov",
         "Stickprov 10 slutbesked", "Vår 2025", "", "Se bilaga.", "", O, "nej"),
        ("Kontroll av att strandskyddsdispenser har expedierats till länsstyrelsen", "Strandskydd",
         "Samtliga beslut", "Höst 2025", "J", "Genomförd i förtid i april. Inga avvikelser.", "Nej", G, "nej"),
        ("Kontroll av att ärenden om olovligt byggande tas upp inom sex månader", "Tillsyn PBL",
         "Genomgång av öppna ärenden", "Höst 2025", "Utgår",
         "Ej aktuell 2025 – ersätts av nämndens egen ärendegenomgång.", "", U, "nej"),
    ]
    for i, (km, proc, met, tid, gen, res, av, es, ea) in enumerate(ctrls, 1):
        d.add_paragraph(f"Kontroll {i}").runs[0].bold = True
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for lab, val in [("Kontrollmoment", km), ("Process", proc), ("Kontrollmetod", met),
                         ("Tidpunkt", tid), ("Genomförd (J/N/D)", gen), ("Resultat", res), ("Avvikelse", av)]:
            c = t.add_row().cells
            set_cell(c[0], lab, bold=True); set_cell(c[1], val)
        d.add_paragraph("")
        exp(fil, N, km, es, ea)
    d.add_paragraph("Beslutad av miljö- och byggnadsnämnden 2025-09-17.")
    src = os.path.join(TMP, "mbn.docx"); d.save(src)
    soffice(src, "odt", TMP)
    shutil.copy(os.path.join(TMP, "mbn.odt"), os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 6 Rönneå Bostäder xls (ticks)
def f_rb():
    fil = "Rönneåbostäder internkontroll 2025.xls"
    N = "Rönneå Bostäder AB"
    wb = Workbook(); ws = wb.active; ws.title = "Internkontroll"
    ws["A1"] = "Rönneåbostäder – Uppföljning internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporttillfälle: Delår (per 31 augusti 2025)"
    ws["A3"] = "Markera med X i en av kolumnerna Genomförd, Delvis, Ej genomförd eller Utgår."
    hdr = ["Område", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Utgår", "Avvikelse noterad", "Kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = BOLD; c.border = BOX
    X = "X"
    rows = [
        ("Hyresadministration", "Kontroll av att hyresavier baseras på gällande hyresavtal och förhandlade hyror",
         X, "", "", "", "", "Genomförd i förtid (maj).", G, "nej"),
        ("", "Kontroll av att hyresfordringar äldre än 60 dagar lämnas till inkasso enligt rutin",
         X, "", "", "", X, "Fem fordringar hade inte lämnats vidare till inkasso.", G, "ja"),
        ("Fastighetsförvaltning", "Kontroll av att OVK-besiktningar är utförda och anmärkningar åtgärdade",
         "", X, "", "", "", "12 av 31 fastigheter kontrollerade.", D, "nej"),
        ("", "Kontroll av att systematiskt brandskyddsarbete dokumenteras i samtliga fastigheter",
         "", "", X, "", "", "Genomförs i oktober.", E, "nej"),
        ("Inköp", "Kontroll av att ramavtal för entreprenader följs vid beställning av underhåll",
         X, "", X, "", "", "", O, "nej"),
        ("", "Kontroll av att fakturor från hantverkare stäms av mot arbetsorder",
         "", "", "", "", "", "", S, "nej"),
        ("Styrning", "Kontroll av att styrelsens beslut om försäljning av lägenheter verkställs korrekt",
         "", "", "", X, "", "Ingen försäljning beslutad för 2025.", U, "nej"),
        ("", "Kontroll av att jävsdeklarationer finns för styrelseledamöter och ledning",
         "", "", "", "", "", "Planeras till hösten inför styrelsemötet i november.", E, "nej"),
    ]
    for r in rows:
        ws.append(list(r[:8]))
        for c in ws[ws.max_row]:
            c.border = BOX; c.alignment = WRAP
        exp(fil, N, r[1], r[8], r[9])
    ws.append(["Antal", "", 3, 1, 2, 1, 1, ""])
    for c in ws[ws.max_row]:
        c.font = BOLD
    ws.append([])
    ws.append(["Godkänd av VD Per Nilsson 2025-09-08"])
    for col, w in zip("ABCDEFGH", [22, 62, 11, 8, 12, 8, 16, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "rb.xlsx"); wb.save(src)
    soffice(src, "xls", TMP)
    shutil.copy(os.path.join(TMP, "rb.xls"), os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 7 Rönneå Energi xlsx (colour only)
def f_energi():
    fil = "IK uppföljning delår 2025 - bolag.xlsx"
    N = "Rönneå Energi AB"
    GR, YE, RE, GY = "00B050", "FFC000", "FF0000", "BFBFBF"
    fill = lambda c: PatternFill("solid", fgColor=c)
    wb = Workbook()
    wb.properties.title = "Internkontroll Rönneå Energi AB"
    wb.properties.creator = "Rönneå Energi AB, ekonomi"
    lg = wb.active; lg.title = "Förklaring"
    lg["A1"] = "Färgerna i kolumnen Status betyder:"; lg["A1"].font = BOLD
    for i, (c, t) in enumerate([(GR, "Kontrollen är genomförd"), (YE, "Kontrollen pågår / är delvis genomförd"),
                                (RE, "Kontrollen är inte genomförd"), (GY, "Kontrollen utgår ur planen")], start=3):
        lg.cell(i, 1).fill = fill(c); lg.cell(i, 2, t)
    lg["A8"] = "Ange eventuella brister i kolumnen Noterade brister. Skriv Inga om inget fel hittats."
    lg.column_dimensions["A"].width = 12; lg.column_dimensions["B"].width = 45

    ctr = {
        "E1": "Kontroll av att mätvärden för fjärrvärme läses in och faktureras månadsvis",
        "E2": "Kontroll av att elhandelskunders leverantörsbyten hanteras inom lagstadgad tid",
        "E3": "Kontroll av att behörigheter i driftövervakningssystemet (SCADA) granskas halvårsvis",
        "E4": "Kontroll av att investeringsprojekt över 2 mnkr har styrelsebeslut före start",
        "E5": "Kontroll av att leverantörsreskontran inte innehåller dubbla betalningar",
        "E6": "Kontroll av att miljörapport för kraftvärmeverket lämnas i tid till tillsynsmyndigheten",
        "E7": "Kontroll av att tjänsteresor och traktamenten attesteras av närmaste chef",
    }

    def sheet(title, head, data):
        ws = wb.create_sheet(title)
        ws["A1"] = head; ws["A1"].font = Font(bold=True, size=12)
        ws.append([])
        ws.append(["Nr", "Kontrollmoment", "Ansvarig", "Status", "Noterade brister"])
        for c in ws[3]:
            c.font = BOLD; c.border = BOX
        for nr, ans, col, brist in data:
            ws.append([nr, ctr[nr], ans, None, brist])
            if col:
                ws.cell(ws.max_row, 4).fill = fill(col)
            for c in ws[ws.max_row]:
                c.border = BOX; c.alignment = WRAP
        for col, w in zip("ABCDE", [5, 70, 18, 10, 55]):
            ws.column_dimensions[col].width = w
        ws.oddHeader.center.text = "Rönneå Energi AB"
        ws.oddFooter.right.text = "Sida &P av &N"
        return ws

    sheet("Helår 2024", "Uppföljning intern kontroll – helår 2024", [
        ("E1", "Ekonomichef", GR, "Inga"),
        ("E2", "Kundtjänstchef", RE, ""),
        ("E3", "IT-ansvarig", GR, "Inga"),
        ("E5", "Redovisning", GR, "En dubbelbetalning, återbetald"),
        ("E7", "Ekonomichef", YE, ""),
    ])
    d25 = [
        ("E1", "Ekonomichef", GR, "Inga", G, "nej"),
        ("E2", "Kundtjänstchef", GR, "Två byten hanterades senare än 14 dagar", G, "ja"),
        ("E3", "IT-ansvarig", YE, "", D, "nej"),
        ("E4", "VD", RE, "Planeras till hösten", E, "nej"),
        ("E5", "Redovisning", GY, "Ej aktuell – ingår i koncernens gemensamma kontroll", U, "nej"),
        ("E6", "Driftchef", None, "", S, "nej"),
        ("E7", "Ekonomichef", GR, "", G, "nej"),
    ]
    sheet("Delår 2025", "Uppföljning intern kontroll – delår 2025 (jan–aug)", [r[:4] for r in d25])
    for r in d25:
        exp(fil, N, ctr[r[0]], r[4], r[5])
    wb.active = 2
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 8 SBN docx, prose only
def f_sbn():
    fil = "SBN internkontroll (mall 2024).docx"
    N = "Samhällsbyggnadsnämnden"
    d = Document()
    d.add_heading("Samhällsbyggnadsnämnden – delårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Denna rapport redovisar läget per den 31 augusti 2025 för de sex kontrollmoment som ingår i "
        "nämndens internkontrollplan 2025. Varje kontrollmoment redovisas under en egen rubrik. "
        "Kontrollmomentet om vinterväghållning från 2024 års plan ingår inte längre och redovisas inte.")
    ctrls = [
        ("Kontroll av att gatu- och parkentreprenader debiteras enligt avtalade á-priser",
         "Kontrollen genomfördes i juni, tidigare än planerat. Vid genomgång av 15 fakturor konstaterades att "
         "två fakturor debiterats med fel á-pris. Mellanskillnaden har krediterats av entreprenören.", G, "ja"),
        ("Kontroll av att bostadsanpassningsbidrag beslutas enligt delegationsordningen",
         "Kontrollen har påbörjats. Ärenden från första halvåret är granskade utan anmärkning; ärenden från "
         "andra halvåret granskas i december.", D, "nej"),
        ("Kontroll av att färdtjänsttillstånd omprövas när giltighetstiden löper ut",
         "Kontrollen planeras till hösten och redovisas i helårsuppföljningen.", E, "nej"),
        ("Kontroll av att skolskjutsbeslut fattas av behörig handläggare efter överflyttningen från BUN",
         "Genomförs i oktober när beslut för höstterminen har fattats.", E, "nej"),
        ("Kontroll av att arrendeavgifter för kommunens mark indexregleras och faktureras",
         "Kontrollen är genomförd. Samtliga 42 arrenden är fakturerade med korrekt index och inga avvikelser "
         "har noterats.", G, "nej"),
        ("Kontroll av att felanmälningar om gatubelysning åtgärdas inom avtalad tid",
         "Kontrollen har avbrutits genom beslut i nämnden 2025-06-11 § 88, eftersom driften av gatubelysningen "
         "har övergått till Rönneå Energi AB.", U, "nej"),
    ]
    for km, txt, es, ea in ctrls:
        d.add_heading(km, level=2)
        d.add_paragraph(txt)
        exp(fil, N, km, es, ea)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Två kontroller är genomförda, en är påbörjad och två genomförs under hösten. En kontroll har "
                    "utgått. Nämnden föreslås lägga delårsuppföljningen till handlingarna.")
    d.add_paragraph("Samhällsbyggnadsförvaltningen, Jonas Berg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 9 ÖFN truncated xlsx
def f_ofn():
    fil = "Överförmyndarnämnden IK delår 2025.xlsx"
    wb = Workbook(); ws = wb.active
    ws.append(["Överförmyndarnämnden – uppföljning internkontroll delår 2025"])
    ws.append(["Kontrollmoment", "Status", "Kommentar"])
    ws.append(["Kontroll av att årsräkningar granskas inom fyra månader", "Genomförd", ""])
    for i in range(200):
        ws.append([f"Fyllnadsrad {i} med text för att göra filen större", i, i * 2])
    src = os.path.join(TMP, "ofn.xlsx"); wb.save(src)
    data = open(src, "rb").read()
    open(os.path.join(OUT, fil), "wb").write(data[: len(data) // 2])
    files.append((fil, "AVVISAD", "Överförmyndarnämnden", "2025", "DELAR"))


def main():
    for f in [f_ks, f_bun, f_sn, f_csv, f_mbn, f_rb, f_energi, f_sbn, f_ofn]:
        f()
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in expected:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in files:
            f.write(";".join(r) + "\n")
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN"),
        ("Valnämnden", ""),
        ("Krisledningsnämnden", ""),
        ("Rönneå Bostäder AB", "Rönneåbostäder|RBAB"),
        ("Rönneå Energi AB", "Energibolaget"),
        ("Rönneå Vatten AB", "Rönneå VA"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for r in reg:
            f.write(";".join(r) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(files), "file rows;", len(expected), "controls")


if __name__ == "__main__":
    main()
