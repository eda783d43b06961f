#!/usr/bin/python3
"""Blind round 281 — 'many numbers, one status'. Vrångeby kommun, 2025."""
import os, csv, shutil, subprocess, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.header_footer import HeaderFooter
import docx
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r281build"
LO = "file:///tmp/lo-round281"
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
os.makedirs(TMP, exist_ok=True)

EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, st, av):
    EXP.append((fil, namnd, km, st, av))

BOLD = Font(bold=True)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)
def rv_fill(v):
    if v is None or v == "": return None
    v = int(v)
    if v <= 4: return fill("92D050")
    if v <= 8: return fill("FFFF00")
    if v <= 12: return fill("FFC000")
    return fill("FF0000")

def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Vrångeby kommun"

# ---------------------------------------------------------------- 1 KS helår xlsx
def f1():
    fil = "KS_IK_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning helår"
    ws["A1"] = "Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (jan–dec)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Riskvärde = sannolikhet × konsekvens (skala 1–4). Färg enligt riskmatris: "
                "grön 1–4, gul 5–8, orange 9–12, röd 13–16.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Antal stickprov", "Antal fel", "Felprocent", "Belopp fel (kr)", "Status", "Kommentar / åtgärd", "Ansvarig"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = BOLD; cell.fill = fill("D9E1F2"); cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rows = [
        ("G", "1 Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", 3, 3, 40, 2, 18400,
         "Genomförd", "Två fakturor attesterade av person utan delegation. Attestlistan uppdaterad i oktober.",
         "Ekonomichef", "GENOMFORD", "ja"),
        ("1.2", "Representation", "Kontroll av representation – syfte och deltagare dokumenterade", 2, 3, 25, 0, 0,
         "Genomförd", "Inga avvikelser.", "Controller", "GENOMFORD", "nej"),
        ("1.3", "Kundfordringar", "Avstämning av kundfordringar äldre än 90 dagar", 2, 2, None, None, None,
         "Delvis genomförd", "Avstämning gjord för kvartal 1–3, kvartal 4 görs i samband med bokslutet.",
         "Redovisningsansvarig", "DELVIS", ""),
        ("1.4", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenterade enligt riktlinjen", 3, 3, 20, 4, 412000,
         "Delvis genomförd", "20 av 34 direktupphandlingar granskade; 4 saknade dokumentation av konkurrensutsättning.",
         "Upphandlingschef", "DELVIS", "ja"),
        ("G", "2 Personal och lön"),
        ("2.1", "Lön", "Kontroll av att löneutbetalningar sker mot godkända tidrapporter", 3, 4, 60, 1, 6250,
         "Genomförd", "En felaktig OB-ersättning, beloppet återkrävt.", "Lönechef", "GENOMFORD", "ja"),
        ("2.1.1", "Lön", "Behörighet i lönesystemet tas bort vid avslutad anställning", 3, 4, 30, 3, None,
         "Genomförd med anmärkning", "Tre konton avslutades först efter mer än 5 arbetsdagar.\nRutin med HR förtydligad.",
         "Systemförvaltare", "GENOMFORD", "ja"),
        ("2.2", "Rehabilitering", "Rehabiliteringsutredning påbörjad inom 30 dagar vid sjukfrånvaro", 2, 3, 15, None, None,
         "Ej genomförd", "Skjuts till 2026 på grund av byte av HR-system.", "HR-chef", "EJ_GENOMFORD", ""),
        ("G", "3 IT och informationssäkerhet"),
        ("3.1", "Ärendehantering", "Loggkontroll i ärendehanteringssystemet", 2, 4, 12, 0, None,
         "Genomförd", "Inga obehöriga åtkomster noterades.", "IT-säkerhetssamordnare", "GENOMFORD", "nej"),
        ("3.2", "Drift", "Test av återläsning av säkerhetskopior", 1, 4, None, None, None,
         "Utgår", "Kontrollen flyttad till den gemensamma IT-nämndens plan.", "IT-chef", "UTGAR", ""),
    ]
    r = 6
    tot = 0
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            ws.cell(r, 1).fill = fill("F2F2F2")
            r += 1; continue
        nr, proc, km, s, k, n, fel, bel, st, kom, ans, est, eav = row
        vals = [nr, proc, km, s, k, s * k, n, fel, None, bel, st, kom, ans]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 1).number_format = "@"
        f = rv_fill(s * k)
        if f: ws.cell(r, 6).fill = f
        if n and fel is not None:
            ws.cell(r, 9, f"=H{r}/G{r}").number_format = "0.0%"
        if bel is not None: ws.cell(r, 10).number_format = "# ##0"
        tot += n or 0
        exp(fil, N, km, est, eav)
        r += 1
    ws.cell(r, 6, "Summa").font = BOLD
    ws.cell(r, 7, f"=SUM(G6:G{r-1})").font = BOLD
    ws.cell(r, 8, f"=SUM(H6:H{r-1})").font = BOLD
    ws.cell(r, 10, f"=SUM(J6:J{r-1})").font = BOLD
    ws.cell(r + 2, 1, "Uppföljningen behandlad av kommunstyrelsen 2026-02-11, § 23.")
    ws.cell(r + 3, 1, "Upprättad av: Karin Lindqvist, controller")
    for col, w in zip("ABCDEFGHIJKLM", [7, 18, 46, 11, 11, 9, 10, 8, 9, 12, 20, 50, 20]):
        ws.column_dimensions[col].width = w
    fix_props(wb); wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 BUN delår docx
def f2():
    fil = "BUN delår 2025 internkontroll.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = "BUF"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti")
    d.add_paragraph("Diarienummer BUN 2025/118. Handläggare: Sara Holm, verksamhetscontroller, "
                    "Barn- och utbildningsförvaltningen.")
    d.add_paragraph("Nedan redovisas resultatet av de kontroller som planerats till och med augusti. "
                    "Riskbedömningen är gjord vid fastställandet av planen i december 2024 och är oförändrad. "
                    "Prioritet 1 = högst.")
    hdr = ["Nr", "Kontrollmoment", "S", "K", "RV", "Prio", "Stickprov", "Antal fel", "Status", "Kommentar"]
    rows = [
        ("1", "Kontroll av att registerutdrag ur belastningsregistret finns vid nyanställning", 2, 4, 1, 30, 1, "G",
         "En anställning saknade registerutdrag vid start, åtgärdat.", "GENOMFORD", "ja"),
        ("2", "Skolskjutsbeslut följer gällande riktlinjer", 2, 2, 3, 20, 0, "G", "", "GENOMFORD", "nej"),
        ("3", "Anmälan om kränkande behandling till huvudman inom 5 dagar", 3, 4, 1, 45, 7, "P",
         "Vårterminen kontrollerad – 7 anmälningar kom in för sent. Höstterminen följs upp till helår.",
         "DELVIS", "ja"),
        ("4", "Rutin vid upprepad elevfrånvaro följs", 3, 3, 1, None, None, "EG",
         "Ej påbörjad, planeras till oktober.", "EJ_GENOMFORD", ""),
        ("5", "Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket", 2, 3, 2, 100, 4, "G",
         "4 felaktiga avgifter, totalt 23 600 kr efterdebiteras.", "GENOMFORD", "ja"),
        ("6", "Inventering av digitala läromedelslicenser", 1, 2, 3, None, None, "U",
         "Utgår enligt beslut BUN 2025-03-18 § 34.", "UTGAR", ""),
        ("7", "Attest av inköp via e-handelssystemet", 2, 3, 2, 50, 0, "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("8", "Systematiskt brandskyddsarbete dokumenterat på samtliga förskolor", 2, 4, 2, 14, None, "", "",
         "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs: run.bold = True
    for nr, km, s, k, prio, n, fel, st, kom, est, eav in rows:
        cells = t.add_row().cells
        vals = [nr, km, s, k, s * k, prio, n, fel, st, kom]
        for i, v in enumerate(vals):
            cells[i].text = "" if v is None else str(v)
        exp(fil, N, km, est, eav)
    d.add_paragraph("")
    d.add_paragraph("Statuskoder: G = Genomförd, P = Pågår, EG = Ej genomförd, U = Utgår. "
                    "S = sannolikhet (1–4), K = konsekvens (1–4), RV = riskvärde (S × K).").runs[0].italic = True
    d.add_paragraph("Sammanfattningsvis har 4 av 8 kontroller genomförts under perioden. Nämnden bedömer att "
                    "den interna kontrollen i huvudsak är tillräcklig.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 3 SN T2 csv (Stratsys-export, cp1252)
def f3():
    fil = "Socialförvaltningen_IK_T2_2025.csv"
    N = "Socialnämnden"
    hdr = ["Organisation", "Id", "Process", "Kontrollmoment", "Prioritet", "Sannolikhet", "Konsekvens", "Riskvärde",
           "Antal ärenden", "Granskade", "Avvikelser", "Andel fel (%)", "Status T1", "Kommentar T1",
           "Status T2", "Kommentar T2"]
    O = "Socialförvaltningen"
    rows = [
        ("SN-01", "Ekonomiskt bistånd", "Handläggningstid för ekonomiskt bistånd – beslut inom 10 arbetsdagar",
         1, 3, 3, 412, 40, 6, "15,0", "Klar", "Kontroll gjord på jan–apr.", "Klar",
         "6 av 40 ärenden fick beslut efter mer än 10 arbetsdagar.", "GENOMFORD", "ja"),
        ("SN-02", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker mot beslut",
         1, 3, 4, 1250, 50, 0, "0,0", "Pågående", "", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("SN-03", "Avgifter", "Avgifter inom hemtjänst debiteras enligt beslut",
         2, 3, 3, 860, 15, 2, "13,3", "Pågående", "", "Pågående",
         "Halva stickprovet (15 av 30) granskat, 2 felaktiga debiteringar.\nResterande granskas i oktober.",
         "DELVIS", "ja"),
        ("SN-04", "Kvalitet", "Lex Sarah-rapporter utreds och avslutas inom 2 månader",
         1, 2, 4, 14, 14, 3, "21,4", "Klar", "3 utredningar tog längre än 2 månader.", "", "", "GENOMFORD", "ja"),
        ("SN-05", "Äldreomsorg", "Genomförandeplaner upprättade inom 14 dagar i särskilt boende",
         2, 2, 3, 95, None, None, "", "Ej påbörjad", "", "Ej påbörjad", "Skjuts till 2026 p.g.a. personalbrist.",
         "EJ_GENOMFORD", ""),
        ("SN-06", "LSS", "Kontroll av privata medel för boende på LSS-boende",
         1, 3, 4, 48, 48, 1, "2,1", "Klar", "", "Klar", "En kassabok saknade kvitto på 340 kr.", "GENOMFORD", "ja"),
        ("SN-07", "Placeringar", "Uppföljning av HVB-placeringar – avtal och fakturor stämmer överens",
         2, 2, 4, 22, 10, 0, "0,0", "Pågående", "", "Klar", "", "GENOMFORD", "nej"),
        ("SN-08", "Informationssäkerhet", "Behörighetskontroll i verksamhetssystemet Treserva",
         2, 2, 4, 310, None, None, "", "Ej påbörjad", "", "Avbruten",
         "Avbruten genom beslut SN 2025-06-12 § 88, ersätts av central loggkontroll.", "UTGAR", ""),
        ("SN-09", "Barn och unga", "Förhandsbedömning av orosanmälan klar inom 14 dagar",
         1, 3, 4, 540, 60, 0, "0,0", "", "", "",
         "Kontrollen är genomförd i augusti, inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("SN-10", "Placeringar", "Avtal finns för samtliga köpta platser",
         3, 2, 3, 35, 35, 0, "0,0", "Klar", "", "Klar", "", "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (i, proc, km, prio, s, k, n, g, av, andel, s1, k1, s2, k2, est, eav) in rows:
            w.writerow([O, i, proc, km, prio, s, k, s * k, n, "" if g is None else g, "" if av is None else av,
                        andel, s1, k1, s2, k2])
            exp(fil, N, km, est, eav)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 4 SBN T1 ods (status = 0–4 scale)
def f4():
    fil = "Samhällsbyggnad_IK2025_T1.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Internkontroll 2025 – Samhällsbyggnadsförvaltningen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1 (januari–april)"; ws["A2"].font = Font(bold=True)
    ws["A4"] = "Bedömning av genomförande (kolumn K):"; ws["A4"].font = BOLD
    ws["A5"] = "0 = Utgår   1 = Ej påbörjad   2 = Påbörjad   3 = Genomförd med avvikelse   4 = Genomförd utan avvikelse"
    ws["A6"] = "Riskbedömning: S = sannolikhet 1–4, K = konsekvens 1–4, RV = S × K. Prio 1–3 (1 = högst)."
    ws.merge_cells("A5:L5"); ws.merge_cells("A6:L6")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "S", "K", "RV", "Prio", "Frekvens", "Antal kontrollerade",
           "Antal fel", "Bedömning (0–4)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(8, c, h); cell.font = BOLD; cell.fill = fill("E2EFDA"); cell.border = BOX
    rows = [
        ("G", "2.1 Bygglov och myndighetsutövning"),
        ("2.1.1", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Stickprov i ärendesystemet", 3, 3, 1, "Tertial",
         48, 5, 3, "5 ärenden över 10 veckor, avgiftsreduktion totalt 41 200 kr.", "GENOMFORD", "ja"),
        ("2.1.2", "Avgift för bygglov debiteras enligt taxa", "Stickprov", 2, 3, 2, "Tertial", 30, 0, 4, "",
         "GENOMFORD", "nej"),
        ("2.1.3", "Delegationsbeslut anmäls till nämnden", "Avstämning mot delegationslista", 2, 2, 3, "Tertial",
         120, 0, 4, "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
        ("G", "2.2 Gata och park"),
        ("2.2.1", "Fakturor från entreprenör för vinterväghållning kontrolleras mot avtal", "Granskning av fakturor",
         3, 4, 1, "Årlig", 15, 2, 2,
         "Januari–mars granskat, 2 fakturor med fel à-pris. Resterande granskas under T2.", "DELVIS", "ja"),
        ("2.2.2", "Besiktning av lekplatser enligt besiktningsplan", "Genomgång av protokoll", 2, 4, 1, "Årlig",
         None, None, 1, "Planeras maj–juni.", "EJ_GENOMFORD", ""),
        ("G", "2.3 Mark och exploatering"),
        ("2.3.1", "Arrendeavgifter debiteras enligt avtal", "Avstämning mot avtalsregister", 1, 2, 3, "Årlig",
         None, None, 0, "Arrendena har överförts till kommunstyrelsen.", "UTGAR", ""),
        ("2.3.2", "Uppföljning av tillsynsplan för OVK", "Avstämning", 2, 3, 2, "Tertial", None, None, None, "",
         "SAKNAS", ""),
        ("G", "3.1 Inköp"),
        ("3.1.1", "Attest av inköp med betalkort", "Stickprov", 2, 3, 2, "Tertial", 25, 1, 3,
         "En kvittoredovisning saknades.", "GENOMFORD", "ja"),
        ("3.1.2", "Avtalstrohet vid inköp av byggmaterial", "Stickprov i e-handel", 3, 2, 2, "Årlig", 40, 6, 2,
         "Pågår, hittills 6 inköp utanför avtal.", "DELVIS", "ja"),
    ]
    r = 9
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True); r += 1; continue
        nr, km, met, s, k, prio, frek, n, fel, bed, kom, est, eav = row
        vals = [nr, km, met, s, k, s * k, prio, frek, n, fel, bed, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 1).number_format = "@"
        f = rv_fill(s * k)
        if f: ws.cell(r, 6).fill = f
        exp(fil, N, km, est, eav); r += 1
    ws.cell(r + 1, 1, "Rapporteras till samhällsbyggnadsnämnden 2025-05-21.")
    for col, w in zip("ABCDEFGHIJKL", [8, 48, 26, 5, 5, 5, 5, 9, 11, 9, 12, 50]):
        ws.column_dimensions[col].width = w
    tmpx = os.path.join(TMP, "Samhällsbyggnad_IK2025_T1.xlsx")
    fix_props(wb); wb.save(tmpx)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}", "--convert-to", "ods",
                    "--outdir", OUT, tmpx], check=True, capture_output=True)
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 5 KFN + MHN helår xlsx, T1/T2/T3 symbol columns
def f5():
    fil = "IK uppföljning 2025 KFN och MHN.xlsx"
    wb = Workbook(); wb.remove(wb.active)
    SYMCOL = {"●": "00B050", "◐": "FFC000", "○": "FF0000", "–": "808080"}
    sheets = [
        ("KFN", "Kultur- och fritidsnämnden", [
            ("Bidrag", "Föreningsbidrag betalas ut enligt beslut och regler", 9, 30, 1, 15000, "●", "●", "●",
             "Ett bidrag utbetalt utan komplett ansökan; 15 000 kr återkrävt.", "GENOMFORD", "ja"),
            ("Kassahantering", "Kassahantering i simhallen – daglig avstämning", 12, 52, 3, 1870, "◐", "◐", "●",
             "Tre kassadifferenser över 500 kr.", "GENOMFORD", "ja"),
            ("Intäkter", "Uthyrning av lokaler debiteras enligt taxa", 6, 40, 0, None, "○", "◐", "●", "",
             "GENOMFORD", "nej"),
            ("Inventarier", "Inventering av konstsamlingen", 4, None, None, None, "○", "○", "○",
             "Ej genomförd p.g.a. vakans, flyttas till 2026.", "EJ_GENOMFORD", ""),
            ("Personal", "Ledare i lovverksamhet har lämnat registerutdrag", 8, 64, 0, None, "–", "●", "",
             "", "GENOMFORD", "nej"),
            ("Fordon", "Bokbussen – körjournaler och drivmedelskort", 3, None, None, None, "–", "–", "–",
             "Bokbussen avvecklad i januari, kontrollen ej aktuell.", "UTGAR", ""),
        ]),
        ("MHN", "Miljö- och hälsoskyddsnämnden", [
            ("Avgifter", "Tillsynsavgifter debiteras enligt taxa", 9, 60, 2, 8400, "◐", "◐", "●", "",
             "GENOMFORD", "ja"),
            ("Handläggning", "Klagomål – återkoppling till klagande inom 2 veckor", 6, 35, 5, None, "○", "◐", "◐",
             "Kontrollen pågår, 5 ärenden utan återkoppling hittills.", "DELVIS", "ja"),
            ("Rättssäkerhet", "Jävsdeklaration lämnad av inspektörer i tillsynsärenden", 8, 14, 0, None,
             "●", "●", "●", "", "GENOMFORD", "nej"),
            ("Dokumenthantering", "Diarieföring av inkomna handlingar inom 1 arbetsdag", 6, None, None, None,
             "○", "○", "○", "Har inte hunnits med under året.", "EJ_GENOMFORD", ""),
            ("Livsmedel", "Planerade livsmedelskontroller enligt kontrollplanen utförda", 12, 410, None, None,
             "◐", "◐", "● ○", "", "OKLAR", ""),
            ("Sekretess", "Sekretessprövning vid utlämnande av allmän handling", 4, None, None, None, "", "", "",
             "", "SAKNAS", ""),
        ]),
    ]
    for short, N, rows in sheets:
        ws = wb.create_sheet(short)
        ws["A1"] = "Uppföljning intern kontroll"; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Nämnd:"; ws["B2"] = N
        ws["A3"] = "År:"; ws["B3"] = 2025
        ws["A4"] = "Period:"; ws["B4"] = "Helår"
        for a in ("A2", "A3", "A4"): ws[a].font = BOLD
        hdr = ["Kontrollområde", "Kontrollmoment", "Riskvärde (1–16)", "Antal kontroller", "Varav avvikelser",
               "Belopp (kr)", "T1", "T2", "T3", "Kommentar"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(6, c, h); cell.font = BOLD; cell.border = BOX; cell.fill = fill("FCE4D6")
        r = 7
        for (omr, km, rv, n, av, bel, t1, t2, t3, kom, est, eav) in rows:
            vals = [omr, km, rv, n, av, bel, t1, t2, t3, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = Alignment(wrap_text=True, vertical="top")
            f = rv_fill(rv)
            if f: ws.cell(r, 3).fill = f
            for c in (7, 8, 9):
                v = ws.cell(r, c).value
                ws.cell(r, c).alignment = Alignment(horizontal="center")
                if v and v in SYMCOL:
                    ws.cell(r, c).font = Font(color=SYMCOL[v], size=14)
            if bel is not None: ws.cell(r, 6).number_format = "# ##0"
            exp(fil, N, km, est, eav); r += 1
        ws.cell(r + 1, 1, "Teckenförklaring:").font = BOLD
        ws.cell(r + 2, 1, "● Genomförd    ◐ Delvis genomförd / pågår    ○ Ej genomförd    – Ej aktuell under perioden")
        ws.cell(r + 3, 1, "Riskvärdets färg följer kommunens riskmatris (grön–gul–orange–röd).")
        for col, w in zip("ABCDEFGHIJ", [18, 50, 10, 10, 10, 11, 6, 6, 6, 50]):
            ws.column_dimensions[col].width = w
        FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    fix_props(wb); wb.save(os.path.join(OUT, fil))

# ---------------------------------------------------------------- 6 ÖFN delår xls (status = 1–5 scale)
def f6():
    fil = "Överförmyndarnämnden uppföljning IKP 2025.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Delår 2025")
    b = xlwt.easyxf("font: bold on")
    big = xlwt.easyxf("font: bold on, height 280")
    hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                     "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden", big)
    ws.write(1, 0, "Uppföljning av intern kontroll – delårsuppföljning per 31 augusti 2025", b)
    hdr = ["Kontrollnr", "Kontrollmoment", "Prioritet (1–3)", "Antal akter", "Granskade", "Brister", "Belopp (kr)",
           "Status (1–5)", "Kommentar"]
    for c, h in enumerate(hdr): ws.write(3, c, h, hd)
    rows = [
        ("ÖF 1", "Årsräkningar granskas inom 6 månader från inlämning", 1, 412, 412, 9, None, 2,
         "9 årsräkningar granskade efter mer än 6 månader.", "GENOMFORD", "ja"),
        ("ÖF 2", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", 2, 380, 40, 0, 0, 1, "",
         "GENOMFORD", "nej"),
        ("ÖF 3", "Uttag från spärrade konton sker endast med överförmyndarens medgivande", 1, 56, 20, 1, 45000, 3,
         "20 av 56 granskade, en utbetalning utan medgivande (45 000 kr).", "DELVIS", "ja"),
        ("ÖF 4", "Lämplighetsprövning av nya ställföreträdare (belastningsregister och kreditupplysning)", 1, 38,
         None, None, None, 4, "Planeras till hösten.", "EJ_GENOMFORD", ""),
        ("ÖF 5", "Gallring av akter enligt dokumenthanteringsplan", 3, None, None, None, None, 5,
         "Ny dokumenthanteringsplan tas fram – kontrollen ej aktuell 2025.", "UTGAR", ""),
        ("ÖF 6", "Förteckningar över huvudmannens tillgångar inkommer inom två månader", 2, 64, 64, 4, None, 2,
         "4 förteckningar inkom sent, påminnelser skickade.", "GENOMFORD", "ja"),
        ("ÖF 7", "Behörigheter i verksamhetssystemet Wärna", 2, None, None, None, None, None, "Se bilaga",
         "OKLAR", ""),
    ]
    r = 4
    for (nr, km, prio, akt, gr, br, bel, st, kom, est, eav) in rows:
        for c, v in enumerate([nr, km, prio, akt, gr, br, bel, st, kom]):
            ws.write(r, c, "" if v is None else v, cs)
        exp(fil, N, km, est, eav); r += 1
    ws.write(r + 1, 0, "Statusskala:", b)
    ws.write(r + 2, 0, "1 = Genomförd utan anmärkning")
    ws.write(r + 3, 0, "2 = Genomförd med anmärkning")
    ws.write(r + 4, 0, "3 = Delvis genomförd")
    ws.write(r + 5, 0, "4 = Ej genomförd")
    ws.write(r + 6, 0, "5 = Utgår")
    ws.write(r + 8, 0, "Överförmyndarenheten, 2025-09-10")
    for c, w in enumerate([10, 55, 10, 10, 10, 9, 11, 10, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------- 7 VEAB helår docx, text only
def f7():
    fil = "VEAB_internkontroll_rapport_2025.docx"
    N = "Vrångeby Energi AB"
    d = docx.Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = "VEAB"
    d.add_heading("Vrångeby Energi AB", level=0)
    d.add_paragraph("Rapport om intern kontroll – helår 2025")
    d.add_paragraph("Rapporten har behandlats av styrelsen 2026-02-04 och lämnas till kommunstyrelsen i "
                    "Vrångeby kommun för kännedom. Riskvärde anges som sannolikhet × konsekvens (1–16).")
    ctrls = [
        ("2.1.1", "Attest av leverantörsfakturor enligt attestordningen",
         "Sannolikhet 2, konsekvens 4, riskvärde 8", "Stickprov 50 fakturor, 0 fel (0 %).", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2.1.2", "Avstämning av fakturerade nätavgifter mot mätvärden",
         "Sannolikhet 3, konsekvens 4, riskvärde 12",
         "1 200 mätpunkter kontrollerade, 14 avvikelser (1,2 %), 86 300 kr korrigerat.",
         "Genomförd med avvikelse", "Felen berodde på byte av mätare under året; rutin för mätarbyte ses över.",
         "GENOMFORD", "ja"),
        ("2.2.1", "Avrop från ramavtal följer avtalets villkor",
         "Sannolikhet 3, konsekvens 3, riskvärde 9", "30 av planerade 60 avrop granskade, 0 fel.",
         "Delvis genomförd", "Resterande avrop granskas under första kvartalet 2026.", "DELVIS", "nej"),
        ("2.3.1", "Förtroendekänsliga poster – VD:s utlägg och representation",
         "Sannolikhet 2, konsekvens 3, riskvärde 6", "12 poster granskade (totalt 18 940 kr), 1 med brist.",
         "Genomförd", "En representationsfaktura saknade deltagarförteckning, kompletterad.", "GENOMFORD", "ja"),
        ("3.1.1", "Penetrationstest av driftnätet (SCADA)",
         "Sannolikhet 4, konsekvens 4, riskvärde 16", "–",
         "Ej genomförd", "Upphandlingen av testleverantör försenades; testet genomförs kvartal 1 2026.",
         "EJ_GENOMFORD", ""),
        ("3.1.2", "Behörigheter i kundsystemet stängs för avslutade konsulter",
         "Sannolikhet 2, konsekvens 3, riskvärde 6", "86 konton kontrollerade.", None,
         "Kontrollen genomfördes i november; 4 konton för avslutade konsulter var fortfarande aktiva och stängdes.",
         "GENOMFORD", "ja"),
    ]
    d.add_heading("2 Ekonomi och upphandling", level=1)
    for nr, km, risk, utf, st, kom, est, eav in ctrls:
        if nr == "3.1.1":
            d.add_heading("3 Informationssäkerhet", level=1)
        d.add_heading(f"Kontroll {nr}", level=2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run("Riskbedömning: ").bold = True; p.add_run(risk)
        p = d.add_paragraph(); p.add_run("Utfall: ").bold = True; p.add_run(utf)
        if st:
            p = d.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(st)
        p = d.add_paragraph(); p.add_run("Kommentar: ").bold = True; p.add_run(kom)
        exp(fil, N, km, est, eav)
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph("Av sex planerade kontroller har fyra genomförts fullt ut, en delvis och en inte alls. "
                    "Bolagets bedömning är att den interna kontrollen är tillräcklig.")
    d.add_paragraph("Vrångeby 2026-01-28\nMats Ek, ekonomichef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 rejected: budget report
def f8():
    fil = "Budgetuppföljning BUN augusti 2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Driftredovisning"
    ws["A1"] = "Barn- och utbildningsnämnden – budgetuppföljning per augusti 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = BOLD
    rows = [("Förskola", 212400, 141900, 214100, "Ej i balans", "Fler barn än budgeterat."),
            ("Grundskola F–6", 301200, 197300, 299800, "I balans", ""),
            ("Grundskola 7–9", 148900, 99800, 150600, "Ej i balans", "Ökade kostnader för skolskjuts."),
            ("Gymnasieskola", 176300, 115200, 175900, "I balans", ""),
            ("Central administration", 38500, 24100, 37200, "I balans", "Vakanser."),
            ]
    r = 5
    for v, bud, utf, prog, st, kom in rows:
        ws.cell(r, 1, v); ws.cell(r, 2, bud); ws.cell(r, 3, utf); ws.cell(r, 4, prog)
        ws.cell(r, 5, f"=B{r}-D{r}"); ws.cell(r, 6, st); ws.cell(r, 7, kom); r += 1
    ws.cell(r, 1, "Summa").font = BOLD
    for c in "BCDE":
        ws[f"{c}{r}"] = f"=SUM({c}5:{c}{r-1})"
    fix_props(wb); wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

def registry():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|ÖF"),
        ("Valnämnden", "VN"),
        ("Vrångeby Energi AB", "VEAB|Energibolaget"),
        ("Räddningstjänstförbundet Vrångeby-Östra", "RTF|Räddningstjänsten|RVÖ"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in reg: fh.write(f"{n};{a}\n")

def write_csvs():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES: w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXP: w.writerow(row)

if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8): f()
    registry(); write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXP), "controls")
