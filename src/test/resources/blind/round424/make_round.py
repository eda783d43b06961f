#!/usr/bin/python3
# Blind round r424 - Malung kommun (fictional), helår 2025, bolag + kommunalförbund + governance-system exports.
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(OUT, "files")
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round424"
EXP = []    # expected rows
FROWS = []  # files.csv rows

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def exp(fil, namnd, km, st, av):
    EXP.append((fil, namnd, km, st, av))

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndare"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Malung Fastighets AB", "MFAB|Fastighetsbolaget|Malung Fastigheter"),
    ("Malung Energi & Vatten AB", "MEVAB|Malung Energi och Vatten|Energi & Vatten"),
    ("Räddningstjänstförbundet Västerdalarna", "RVD|Räddningstjänsten Västerdalarna|Västerdalarnas räddningstjänstförbund"),
]

# ---------------------------------------------------------------- 1. Stratsys CSV (3 nämnder)
def f1_stratsys():
    fil = "Stratsys_export_Internkontroll_2025_helar.csv"
    hdr = ["Organisation", "Verksamhetsprocess", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Status Helår", "Kommentar Helår",
           "Senast ändrad"]
    KS, KFN, MBN = "Malung kommun > Kommunstyrelsen", "Malung kommun > Kultur- och fritidsnämnden", "Malung kommun > Miljö- och byggnämnden"
    rows = [
        # org, process, risk, km, metod, ansv, sT1,kT1,sT2,kT2,sH,kH, date, (namnd, status, avv)
        (KS, "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Ekonomichef",
         "Genomförd", "Stickprov 30 fakturor, inga avvikelser.", "Genomförd", "Inga avvikelser.",
         "Genomförd", "Totalt 90 fakturor granskade under året.\nInga avvikelser noterade.", "2026-01-12",
         ("Kommunstyrelsen", "GENOMFORD", "nej")),
        (KS, "Upphandling och inköp", "Inköp utanför avtal", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial",
         "Genomgång av 40 inköp i e-handelssystemet", "Upphandlingschef",
         "Pågående", "", "Pågående", "Halva urvalet granskat.",
         "Genomförd med avvikelse", "Av 40 granskade inköp saknade 6 avtal.\nÅtgärd: utbildning för beställare våren 2026.", "2026-01-14",
         ("Kommunstyrelsen", "GENOMFORD", "ja")),
        (KS, "Personal och lön", "Felaktiga löneutbetalningar", "Kontroll att lönetillägg och engångsbelopp är beslutade enligt delegationsordningen",
         "Stickprov 20 lönetillägg", "HR-chef",
         "", "", "Ej påbörjad", "",
         "Ej påbörjad", "Granskningen har inte hunnits med p.g.a. byte av lönesystem. Flyttas till 2026.", "2026-01-09",
         ("Kommunstyrelsen", "EJ_GENOMFORD", "")),
        (KS, "Informationssäkerhet", "Obehörig åtkomst", "Uppföljning av behörigheter i ekonomisystemet – avslutade anställningar",
         "Jämförelse behörighetslista mot HR-systemet", "Systemförvaltare ekonomi",
         "", "", "Genomförd", "Behörighetsgenomgång gjord i juni. 3 konton som tillhörde avslutade anställda spärrades.",
         "", "", "2025-09-03",
         ("Kommunstyrelsen", "GENOMFORD", "ja")),
        (KS, "Politisk styrning", "Beslut fattas utan mandat", "Anmälan av delegationsbeslut till kommunstyrelsen",
         "Jämförelse delegationslistor mot protokoll", "Kanslichef",
         "", "", "", "",
         "", "Kontroll gjord i november: samtliga delegationsbeslut har anmälts, inga brister.", "2025-12-02",
         ("Kommunstyrelsen", "GENOMFORD", "nej")),
        (KFN, "Ekonomi", "Förskingring", "Kontroll av kontanthantering i simhallens kassa (dagsavstämning)",
         "Avstämning 12 slumpvis valda dagar", "Badchef",
         "Genomförd", "", "Genomförd", "",
         "Genomförd", "Avstämning av 12 dagar. Inga differenser.", "2026-01-08",
         ("Kultur- och fritidsnämnden", "GENOMFORD", "nej")),
        (KFN, "Bidrag", "Felaktiga bidrag", "Föreningsbidrag utbetalas enligt beslutade riktlinjer",
         "Granskning 25 bidragsärenden", "Fritidskonsulent",
         "", "", "Pågående", "",
         "Pågående", "Granskning av 10 av 25 planerade ärenden klar.", "2026-01-15",
         ("Kultur- och fritidsnämnden", "DELVIS", "")),
        (KFN, "Lokaler", "Intäktsbortfall", "Uthyrning av lokaler – fakturering sker enligt taxa",
         "Stickprov bokningar mot fakturor", "Bokningsansvarig",
         "Ej påbörjad", "", "Utgår", "",
         "Utgår", "Utgår enligt beslut KFN 2025-05-14 § 32, uthyrningen har flyttats till Malung Fastighets AB.", "2025-05-20",
         ("Kultur- och fritidsnämnden", "UTGAR", "")),
        (KFN, "Barn och unga", "Olämpliga ledare", "Kontroll av registerutdrag för ledare i fritidsgårdsverksamheten",
         "Genomgång personalakter", "Enhetschef fritidsgård",
         "", "", "", "",
         "Ej påbörjad", "", "2025-12-18",
         ("Kultur- och fritidsnämnden", "EJ_GENOMFORD", "")),
        (KFN, "Bibliotek", "Förlust av inventarier", "Inventarieförteckning för bibliotekets utrustning är uppdaterad",
         "Inventering", "Bibliotekschef",
         "", "", "", "", "", "", "2025-02-01",
         ("Kultur- och fritidsnämnden", "SAKNAS", "")),
        (MBN, "Bygglov", "Överskriden handläggningstid", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)",
         "Rapport ur ärendesystemet", "Bygglovschef",
         "Genomförd", "Inga överskridanden.", "Genomförd med avvikelse", "2 ärenden överskred fristen.",
         "Genomförd med avvikelse", "4 av 112 ärenden överskred tidsfristen; avgiften reducerades enligt PBL 12 kap. 8 a §.", "2026-01-10",
         ("Miljö- och byggnämnden", "GENOMFORD", "ja")),
        (MBN, "Miljötillsyn", "Felaktig debitering", "Debitering av tillsynsavgifter enligt fastställd taxa",
         "Stickprov 20 debiteringar", "Miljöchef",
         "", "", "", "",
         "Genomförd", "Stickprov 20 debiteringar, samtliga korrekta.", "2026-01-10",
         ("Miljö- och byggnämnden", "GENOMFORD", "nej")),
        (MBN, "Livsmedelskontroll", "Jäv", "Jäv och delegation vid beslut om livsmedelskontroll",
         "Genomgång av 15 beslut", "Miljöchef",
         "", "", "Ej påbörjad", "",
         "Pågående", "Kontrollen påbörjad i december, slutförs i januari 2026.", "2025-12-19",
         ("Miljö- och byggnämnden", "DELVIS", "")),
        (MBN, "Administration", "Handlingar hanteras inte enligt OSL", "Diarieföring av inkomna handlingar inom 2 arbetsdagar",
         "Stickprov 50 handlingar", "Nämndsekreterare",
         "Genomförd", "", "Genomförd", "",
         "Genomförd", "Stickprovet visade att 85 % diarieförts inom 2 dagar. Målet är 95 %. Rutinen har förtydligats.", "2026-01-11",
         ("Miljö- och byggnämnden", "GENOMFORD", "ja")),
    ]
    p = os.path.join(FILES, fil)
    with open(p, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow(r[:13])
            n, st, av = r[13]
            exp(fil, n, r[3], st, av)
    for n in ("Kommunstyrelsen", "Kultur- och fritidsnämnden", "Miljö- och byggnämnden"):
        FROWS.append((fil, "INLAST", n, "2025", "HELAR"))

# ---------------------------------------------------------------- 2. Hypergene xlsx (SN + ÖFN), colour only
FILLS = {"Grön": "00B050", "Gul": "FFFF00", "Orange": "FFC000", "Röd": "FF0000", "Grå": "BFBFBF"}
def f2_hypergene():
    fil = "Hypergene_Rapport_IK_uppfoljning_helar_2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Rapport"
    ws["A1"] = "Intern kontroll – uppföljning per organisation"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Januari–December 2025 (Helår)"
    ws["A3"] = "Utskriven: 2026-01-22 09:14 av Anna Lindqvist"
    ws["A3"].font = Font(italic=True, color="808080")
    blocks = [
        ("Socialnämnden", [
            ("Ekonomiskt bistånd", "Kontroll att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen", "Enhetschef IFO", "Grön",
             "Stickprov 25 akter, samtliga beslut korrekt delegerade.", "GENOMFORD", "nej"),
            ("Ekonomiskt bistånd", "Kontroll av dubbelutbetalningar mot Försäkringskassan (SSBTEK)", "Enhetschef IFO", "Gul",
             "Två fall av dubbelutbetalning upptäcktes, återkrav har gjorts.", "GENOMFORD", "ja"),
            ("Hemtjänst", "Utförd tid i hemtjänst stämmer mot beviljad tid", "Enhetschef hemtjänst", "Orange",
             "Granskning gjord för två av fyra hemtjänstgrupper. Resterande granskas kvartal 1 2026.", "DELVIS", ""),
            ("LSS", "Avgiftsdebitering inom LSS-boende är korrekt", "Avgiftshandläggare", "Röd",
             "Ej genomförd på grund av vakans som avgiftshandläggare.", "EJ_GENOMFORD", ""),
            ("Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut", "MAS", "Grön",
             "", "GENOMFORD", "nej"),
            ("Placeringar", "Uppföljning av externa placeringar enligt avtal", "Enhetschef IFO", "Grå",
             "Ej aktuell 2025 – kontrollen ersattes av länsgemensam granskning.", "UTGAR", ""),
            ("Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid", "Kvalitetsstrateg", None,
             "Se bilaga 3.", "OKLAR", ""),
        ]),
        ("Överförmyndarnämnden", [
            ("Tillsyn", "Granskning av årsräkningar inom 6 månader", "Handläggare", "Gul",
             "92 % granskade i tid (mål 100 %). Fyra ärenden försenade.", "GENOMFORD", "ja"),
            ("Ställföreträdare", "Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret", "Handläggare", "Grön",
             "Samtliga nya ställföreträdare kontrollerade.", "GENOMFORD", "nej"),
            ("Arvoden", "Arvodesutbetalningar till ställföreträdare attesteras av behörig", "Enhetschef", "Orange",
             "Stickprov påbörjat, 10 av 20 ärenden granskade.", "DELVIS", ""),
        ]),
    ]
    r = 5
    for org, items in blocks:
        ws.cell(r, 1, "Organisation: " + org).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 6):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="1F4E78")
        r += 1
        for c, h in enumerate(["Kontrollområde", "Kontrollaktivitet", "Ansvarig", "Bedömning", "Analys och åtgärder"], 1):
            ws.cell(r, c, h).font = Font(bold=True); ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(r, c).border = BORDER
        r += 1
        for omr, km, ans, col, txt, st, av in items:
            vals = [omr, km, ans, "●" if col else "", txt]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BORDER
            if col:
                ws.cell(r, 4).fill = PatternFill("solid", fgColor=FILLS[col])
                ws.cell(r, 4).font = Font(color=FILLS[col])
                ws.cell(r, 4).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, org, km, st, av)
            r += 1
        r += 1
        FROWS.append((fil, "INLAST", org, "2025", "HELAR"))
    ws.cell(r, 1, "Teckenförklaring bedömning:").font = Font(bold=True); r += 1
    for col, t in [("Grön", "Genomförd utan anmärkning"), ("Gul", "Genomförd med anmärkning"),
                   ("Orange", "Delvis genomförd / pågår"), ("Röd", "Ej genomförd"), ("Grå", "Ej aktuell / utgår")]:
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=FILLS[col])
        ws.cell(r, 2, t); r += 1
    for c, wdt in zip("ABCDE", [20, 55, 20, 12, 60]):
        ws.column_dimensions[c].width = wdt
    wb.save(os.path.join(FILES, fil))

# ---------------------------------------------------------------- 3. BUN kommun template -> .xls
def f3_bun(tmp):
    fil = "BUN Uppföljning internkontrollplan 2025.xls"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Malung kommun"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Barn- och utbildningsnämnden"
    ws["A4"] = "Instruktion: Markera med X i kolumn för status vid delår och helår. Kommentera alltid avvikelser."
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("A6:F6"); ws["A6"] = "Plan"
    ws.merge_cells("G6:I6"); ws["G6"] = "Delårsuppföljning (jan–aug)"
    ws.merge_cells("J6:L6"); ws["J6"] = "Helårsuppföljning (jan–dec)"
    ws.merge_cells("M6:M7"); ws["M6"] = "Kommentar/åtgärd"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Genomförd", "Delvis", "Ej genomförd", "Genomförd", "Delvis", "Ej genomförd"]
    for c, h in enumerate(hdr, 1):
        ws.cell(7, c, h)
    for rr in (6, 7):
        for c in range(1, 14):
            ws.cell(rr, c).font = Font(bold=True); ws.cell(rr, c).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.cell(rr, c).border = BORDER; ws.cell(rr, c).alignment = Alignment(wrap_text=True, horizontal="center")
    G, D, E = "G", "D", "E"
    data = [
        ("1. Ekonomi",),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Två ggr/år", "Controller",
         D, G, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Inköp", "Kontroll av att inköp sker från upphandlade leverantörer (avtalstrohet)", "Uttag ur e-handel", "Helår", "Controller",
         None, G, "Avtalstrohet 87 %, 4 inköp utanför avtal hos skolenheterna.", "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Interkommunala ersättningar faktureras och betalas korrekt", "Avstämning mot folkbokföring", "Två ggr/år", "Skolintendent",
         D, None, "Avstämning mot folkbokföring pågår.", "DELVIS", ""),
        ("2. Personal",),
        ("2.1", "Rekrytering", "Registerutdrag kontrolleras vid nyanställning i förskola och skola", "Stickprov 15 anställningar", "Helår", "HR-partner",
         None, G, "", "GENOMFORD", "nej"),
        ("2.2", "Arbetsmiljö", "Systematiskt arbetsmiljöarbete – skyddsronder genomförs på samtliga enheter", "Enkät till rektorer", "Helår", "Förvaltningschef",
         None, "G+E", "", "OKLAR", ""),
        ("2.3", "Arbetsmiljö", "Sjukfrånvarouppföljning och rehabiliteringsärenden dokumenteras i Adato", "Uttag ur Adato", "Helår", "HR-partner",
         None, E, "Ej genomförd, prioriteras 2026.", "EJ_GENOMFORD", ""),
        ("3. Verksamhet",),
        ("3.1", "Elevhälsa/trygghet", "Anmälan om kränkande behandling anmäls till huvudman samma dag", "Jämförelse incidentrapporter", "Två ggr/år", "Kvalitetsutvecklare",
         D, D, "Rutinen följs på 6 av 8 skolor; två skolor anmäler med fördröjning.", "DELVIS", "ja"),
        ("3.2", "Närvaro", "Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro", "Stickprov", "Helår", "Rektorer",
         None, None, "Utgår – ersatt av nationell uppföljning, beslut BUN 2025-03-20 § 18.", "UTGAR", ""),
        ("3.3", "Skolskjuts", "Skolskjuts – kontroll av att beslut fattas enligt riktlinjer", "Stickprov 10 beslut", "Helår", "Skolskjutssamordnare",
         None, G, "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 8
    col_of = {G: 0, D: 1, E: 2}
    for d in data:
        if len(d) == 1:
            ws.cell(r, 1, d[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1; continue
        nr, proc, km, met, frek, ans, dl, hl, kom, st, av = d
        for c, v in enumerate([nr, proc, km, met, frek, ans], 1):
            ws.cell(r, c, v)
        if dl:
            ws.cell(r, 7 + col_of[dl], "X")
        if hl:
            for k in hl.split("+"):
                ws.cell(r, 10 + col_of[k], "X")
        ws.cell(r, 13, kom)
        for c in range(1, 14):
            ws.cell(r, c).border = BORDER; ws.cell(r, c).alignment = WRAP
        for c in range(7, 13):
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, "Barn- och utbildningsnämnden", km, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Totalt antal kontrollmoment: 9"); r += 2
    ws.cell(r, 1, "Godkänd av förvaltningschef: Per Ekström, 2026-01-15")
    for c, wdt in zip("ABCDEFGHIJKLM", [6, 16, 48, 22, 11, 18, 10, 8, 10, 10, 8, 10, 50]):
        ws.column_dimensions[c].width = wdt
    src = os.path.join(tmp, "BUN Uppföljning internkontrollplan 2025.xlsx")
    wb.save(src)
    soffice(src, "xls", FILES)
    FROWS.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- 4. Malung Fastighets AB – Word table
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]; run = p.add_run(text); run.bold = bold; run.font.size = Pt(9)

def f4_mfab():
    fil = "Malung Fastighets AB - Rapport intern kontroll 2025.docx"
    doc = Document()
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph().add_run("Malung Fastighets AB").bold = True
    doc.add_heading("Rapport intern kontroll verksamhetsåret 2025", level=1)
    doc.add_paragraph("Till styrelsen, sammanträde 2026-02-10. Ärende 6.")
    doc.add_paragraph("Styrelsen fastställde bolagets internkontrollplan för 2025 den 12 december 2024. "
                      "Nedan redovisas resultatet av årets kontroller. Bolaget rapporterar därefter till "
                      "kommunstyrelsen i Malung kommun enligt ägardirektivet.")
    rows = [
        ("1", "Hyresadministration", "Hyresavier och hyreshöjningar stämmer mot gällande hyresavtal", "Stickprov 30 avtal",
         "Samtliga korrekta.", "OK", "GENOMFORD", "nej"),
        ("2", "Inköp", "Direktupphandlingar över 100 tkr är dokumenterade", "Genomgång av samtliga direktupphandlingar",
         "Tre direktupphandlingar saknade dokumentation av konkurrensutsättning.", "Brister", "GENOMFORD", "ja"),
        ("3", "Fastighetsunderhåll", "Underhållsplanen följs upp mot budget två gånger per år", "Avstämning mot ekonomisystemet",
         "Uppföljning gjord i juni, höstens uppföljning flyttad till januari 2026.", "Pågår", "DELVIS", ""),
        ("4", "Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras för samtliga fastigheter", "Genomgång av SBA-pärmar",
         "Dokumentation finns för 41 av 44 fastigheter. Resterande kompletteras under våren.", "Pågår", "DELVIS", "ja"),
        ("5", "Ekonomi", "Attest och utanordning av leverantörsfakturor", "Stickprov 40 fakturor",
         "Inga avvikelser.", "OK", "GENOMFORD", "nej"),
        ("6", "Uthyrning", "Kreditprövning av nya hyresgäster görs enligt uthyrningspolicyn", "Stickprov 15 nya kontrakt",
         "Kontrollen har inte genomförts under året.", "Ej utförd", "EJ_GENOMFORD", ""),
        ("7", "Styrning", "Ägardirektiv – rapportering till kommunstyrelsen sker enligt tidplan", "–",
         "Utgår, ägardirektivet reviderades i april 2025 och kravet togs bort.", "–", "UTGAR", ""),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in enumerate(["Nr", "Område", "Kontrollmoment", "Genomförande", "Resultat/iakttagelser", "Bedömning"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for r in rows:
        cells = t.add_row().cells
        for c in range(6):
            set_cell(cells[c], r[c])
        exp(fil, "Malung Fastighets AB", r[2], r[6], r[7])
    doc.add_paragraph("")
    doc.add_paragraph("Bedömning: OK = utförd utan anmärkning, Brister = utförd, brister har noterats, "
                      "Pågår = kontrollen är inte slutförd, Ej utförd = kontrollen har inte gjorts.")
    doc.add_paragraph("Malung 2026-01-28")
    doc.add_paragraph("Karin Nordin\nVD, Malung Fastighets AB")
    doc.save(os.path.join(FILES, fil))
    FROWS.append((fil, "INLAST", "Malung Fastighets AB", "2025", "HELAR"))

# ---------------------------------------------------------------- 5. MEVAB – quarterly symbols, ods, name only in header/filename
def f5_mevab(tmp):
    fil = "MEVAB_IK_2025.ods"
    wb = Workbook(); ws = wb.active; ws.title = "Kontroller"
    ws.oddHeader.center.text = "Malung Energi && Vatten AB – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning per kvartal"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "✓ = utförd utan anmärkning    ! = utförd med anmärkning    ○ = påbörjad    ✗ = ej utförd    – = ej aktuell"
    ws["A2"].font = Font(italic=True)
    hdr = ["Id", "Process", "Kontrollpunkt", "Ansvarig", "Q1", "Q2", "Q3", "Q4", "Notering"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True); ws.cell(4, c).border = BORDER
        ws.cell(4, c).fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("EV-1", "Elnät", "Avläsning och fakturering av elmätare – avstämning mätvärden mot fakturerat", "Kundtjänstchef",
         "✓", "✓", "✓", "✓", "", "GENOMFORD", "nej"),
        ("EV-2", "VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef",
         "✓", "!", "✓", "✓", "Q2: ett prov med förhöjd halt koliforma bakterier vid Yttermalung, kokningsrekommendation i 3 dygn. Åtgärdat.", "GENOMFORD", "ja"),
        ("EV-3", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "✓", "✓", "✓", "!", "Q4: 2 fakturor attesterade av person utan attesträtt.", "GENOMFORD", "ja"),
        ("EV-4", "IT/driftsäkerhet", "Behörighetsgenomgång i driftövervakningssystemet (SCADA)", "IT-ansvarig",
         "", "", "○", "○", "Genomgång pågår, leverantören ska ta fram loggar.", "DELVIS", ""),
        ("EV-5", "Kund", "Kreditbevakning och inkasso enligt kreditpolicy", "Ekonomichef",
         "✓", "✓", "✓", "", "", "GENOMFORD", "nej"),
        ("EV-6", "Inköp", "Avtalsuppföljning av entreprenörer inom ledningsnät", "Inköpare",
         "✗", "✗", "✗", "✗", "Resursbrist, planeras 2026.", "EJ_GENOMFORD", ""),
        ("EV-7", "Miljö", "Miljörapport för värmeverket lämnas till tillsynsmyndigheten i tid", "Miljösamordnare",
         "–", "–", "–", "–", "Värmeverket avvecklat 2024.", "UTGAR", ""),
        ("EV-8", "Personal", "Kontroll av arbetstidsregler för jourpersonal (ATL)", "HR",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v); cell.border = BORDER; cell.alignment = WRAP
        for c in range(5, 9):
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, "Malung Energi & Vatten AB", row[2], row[9], row[10])
        r += 1
    ws.cell(r + 1, 1, "Sammanställt av: Erik Berg, controller, 2026-01-20")
    for c, wdt in zip("ABCDEFGHI", [7, 16, 52, 16, 5, 5, 5, 5, 55]):
        ws.column_dimensions[c].width = wdt
    src = os.path.join(tmp, "MEVAB_IK_2025.xlsx")
    wb.save(src)
    soffice(src, "ods", FILES)
    FROWS.append((fil, "INLAST", "Malung Energi & Vatten AB", "2025", "HELAR"))

# ---------------------------------------------------------------- 6. Räddningstjänstförbundet – text only, .doc
def f6_rvd(tmp):
    fil = "RVD Uppföljning intern kontroll helår 2025.doc"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Räddningstjänsten Västerdalarna – kommunalförbund\tDnr RVD 2025/41"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Till direktionen för Räddningstjänstförbundet Västerdalarna (medlemskommunerna Malung kommun "
                      "och Vansbro kommun).")
    doc.add_paragraph("Direktionen beslutade om internkontrollplan för 2025 den 5 december 2024 § 44. Planen omfattar sex "
                      "kontrollmoment. Nedan redovisas resultatet för helåret.")
    items = [
        ("Tillsyn", "Tillsyn enligt lagen om skydd mot olyckor genomförs enligt fastställd tillsynsplan.",
         "38 av 45 planerade tillsyner har genomförts. Återstående sju flyttas till första kvartalet 2026.",
         "Delvis genomförd.", "DELVIS", ""),
        ("Automatlarm", "Fakturering av onödiga automatlarm sker enligt taxa.",
         "Samtliga 27 onödiga larm under året har fakturerats enligt taxa.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Övning deltidsbrandmän", "Övningsplan för deltidsbrandmän följs och närvaro registreras.",
         "Närvaro registreras, men på tre stationer saknas övningsdokumentation för juni–augusti.",
         "Genomförd med anmärkning.", "GENOMFORD", "ja"),
        ("Andningsskydd", "Kontroll av andningsskyddsutrustning enligt Arbetsmiljöverkets föreskrifter.",
         "Kontrollen har inte genomförts då ansvarig tjänst varit vakant sedan maj.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Medlemsbidrag", "Medlemskommunernas bidrag faktureras enligt förbundsordningen.",
         "Utgår – kontrollen flyttades till revisorernas granskning enligt direktionens beslut 2025-06-12 § 21.",
         None, "UTGAR", ""),
        ("Rengöring och brandskyddskontroll", "Rengöring (sotning) och brandskyddskontroll utförs enligt fastställda frister.",
         "Entreprenörens årsrapport har inte inkommit. Kontrollen görs när rapporten finns, preliminärt i mars 2026.",
         "Senarelagd.", "EJ_GENOMFORD", ""),
    ]
    for i, (rub, km, res, bed, st, av) in enumerate(items, 1):
        doc.add_heading(f"{i}. {rub}", level=2)
        p = doc.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = doc.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        if bed:
            p = doc.add_paragraph(); p.add_run("Bedömning: ").bold = True; p.add_run(bed)
        exp(fil, "Räddningstjänstförbundet Västerdalarna", km, st, av)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph("Förbundsledningen bedömer att den interna kontrollen under 2025 i huvudsak varit tillräcklig. "
                      "Kontrollerna av andningsskydd och tillsyn förs över till internkontrollplanen för 2026.")
    doc.add_paragraph("Malung 2026-01-30\n\nLars Öhman\nFörbundschef")
    src = os.path.join(tmp, "RVD Uppföljning intern kontroll helår 2025.docx")
    doc.save(src)
    soffice(src, "doc", FILES)
    FROWS.append((fil, "INLAST", "Räddningstjänstförbundet Västerdalarna", "2025", "HELAR"))

# ---------------------------------------------------------------- 7. SBN – Word, one table per process, T2 + Helår
def f7_sbn():
    fil = "Uppföljning IK 2025 helår - Samhällsbyggnad.docx"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Malung kommun\t\tTjänsteskrivelse"
    doc.add_paragraph().add_run("Samhällsbyggnadsförvaltningen").bold = True
    doc.add_heading("Uppföljning intern kontroll 2025 – helår", level=1)
    doc.add_paragraph("Förvaltningen redovisar här uppföljningen av internkontrollplanen för 2025. Tertial 2 "
                      "redovisades för nämnden i september och visas för jämförelse. Statusbegrepp: Klar, Pågår, "
                      "Ej påbörjad, Utgår.")
    blocks = [
        ("Process: Gata och park", [
            ("Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler", "Gatuchef", "Pågår", "Klar",
             "Avvikelse i två fakturor, kreditering erhållen.", "GENOMFORD", "ja"),
            ("Besiktning av lekplatser enligt SS-EN 1176", "Parkingenjör", "Klar", "Klar", "", "GENOMFORD", "nej"),
        ]),
        ("Process: Planering", [
            ("Detaljplaner handläggs inom avtalad tid enligt planavtal", "Planchef", "Pågår", "Pågår",
             "Uppföljning av tre av fem planer klar.", "DELVIS", ""),
            ("Debitering av planavgifter enligt taxa", "Planchef", "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Administration och ekonomi", [
            ("Diarieföring och arkivering enligt dokumenthanteringsplanen", "Registrator", "Klar", "Se bilaga 2", "",
             "OKLAR", ""),
            ("Kontroll av att avtal om markupplåtelse är förnyade", "Mark- och exploateringsingenjör", "", "Utgår",
             "Uppgiften har överförts till kommunstyrelsen.", "UTGAR", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "Controller", "Klar", "Klar",
             "Stickprov 25 fakturor, en saknade beställarreferens.", "GENOMFORD", "ja"),
        ]),
    ]
    for title, items in blocks:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in enumerate(["Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Kommentar"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
        for km, ans, t2, hel, kom, st, av in items:
            cells = t.add_row().cells
            for c, v in enumerate([km, ans, t2, hel, kom]):
                set_cell(cells[c], v)
            exp(fil, "Samhällsbyggnadsnämnden", km, st, av)
        doc.add_paragraph("")
    doc.add_paragraph("Förslag till beslut: Samhällsbyggnadsnämnden godkänner uppföljningen av internkontrollplan 2025.")
    doc.add_paragraph("Jonas Hed, förvaltningschef")
    doc.save(os.path.join(FILES, fil))
    FROWS.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------- 8. reject: Hypergene budget report
def f8_reject():
    fil = "Hypergene_Driftredovisning_helar_2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Driftredovisning"
    ws["A1"] = "Driftredovisning per nämnd – helår 2025 (tkr)"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Utskriven: 2026-01-22 av Anna Lindqvist"
    hdr = ["Nämnd", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    data = [("Kommunstyrelsen", -98500, -96210, "Lägre personalkostnader, vakanser."),
            ("Barn- och utbildningsnämnden", -412300, -418950, "Ökade kostnader för tilläggsbelopp."),
            ("Socialnämnden", -356800, -371400, "Externa placeringar över budget."),
            ("Samhällsbyggnadsnämnden", -64200, -61980, "Mild vinter, lägre snöröjningskostnad."),
            ("Kultur- och fritidsnämnden", -41800, -41650, ""),
            ("Miljö- och byggnämnden", -9800, -10320, "Lägre bygglovsintäkter."),
            ("Överförmyndarnämnden", -4100, -4290, ""),
            ("Valnämnden", -150, -98, "")]
    r = 5
    for n, b, u, k in data:
        ws.cell(r, 1, n); ws.cell(r, 2, b); ws.cell(r, 3, u); ws.cell(r, 4, f"=C{r}-B{r}")
        ws.cell(r, 5, round(u * 0.97)); ws.cell(r, 6, k); r += 1
    ws.cell(r, 1, "Summa nämnder").font = Font(bold=True)
    for c in "BCDE":
        ws[f"{c}{r}"] = f"=SUM({c}5:{c}{r-1})"
    ws.column_dimensions["A"].width = 32; ws.column_dimensions["F"].width = 45
    wb.save(os.path.join(FILES, fil))
    FROWS.append((fil, "AVVISAD", "", "", ""))

def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    tmp = tempfile.mkdtemp(prefix="r424_")
    f1_stratsys(); f2_hypergene(); f3_bun(tmp); f4_mfab(); f5_mevab(tmp); f6_rvd(tmp); f7_sbn(); f8_reject()
    shutil.rmtree(tmp)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in NAMNDER:
            fh.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for r in FROWS:
            fh.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXP:
            w.writerow([x.replace("\n", " ") for x in r])

if __name__ == "__main__":
    main()
