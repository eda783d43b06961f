#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 576 - Markaryds kommun, tertial 2 2025.
Builds every follow-up file plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import os, shutil, subprocess, tempfile, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.comments import Comment
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r576-")
LO = "-env:UserInstallation=file:///tmp/lo-round576"
YEAR = 2025

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def flat(s):
    return " ".join(s.split())


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def setcell(ws, row, col, val, **kw):
    c = ws.cell(row=row, column=col, value=val)
    if isinstance(val, str) and val.startswith("="):
        c.data_type = "s"
    for k, v in kw.items():
        setattr(c, k, v)
    return c


# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|SocN|Socialförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggnadsnämnden"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Markaryds Bostäder AB", "MBAB|Markarydsbostäder|Markaryds Bostads AB"),
]


# ======================================================= 1. shared workbook
def file_shared():
    fn = "Samhällsbyggnadsförvaltningen - uppföljning IK T2 2025.xlsx"
    wb = Workbook()
    sheets = {
        "MBN": ("Miljö- och byggnämnden", [
            ("Myndighetsutövning", "Handläggningstid bygglov – beslut inom 10 veckor enligt PBL", "Bygglovschef", "Tertial",
             "Genomförd", "Genomförd", "Stickprov 15 ärenden T2, samtliga inom lagstadgad tid.", ("GENOMFORD", "nej")),
            ("Myndighetsutövning", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Nämndsekreterare", "Tertial",
             "Genomförd", "Genomförd med avvikelse", "Två beslut från juni anmäldes först i augusti. Rutin för anmälan har förtydligats.", ("GENOMFORD", "ja")),
            ("Tillsyn", "Tillsynsplan livsmedel följs – planerade kontroller utförda", "Miljöchef", "Tertial",
             "Delvis", "Delvis", "62 av 95 planerade kontroller utförda per 31/8. Vakans under sommaren.", ("DELVIS", "")),
            ("Tillsyn", "Debitering av tillsynsavgifter sker i rätt tid", "Administratör", "Årligen",
             "Genomförd", "", "Kontrollerad vid T1, samtliga avgifter fakturerade.", ("GENOMFORD", "nej")),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "Tertial",
             "Genomförd", "Genomförd", "20 fakturor granskade, inga fel.", ("GENOMFORD", "nej")),
            ("Arkiv", "Diarieföring av inkomna handlingar sker inom 2 arbetsdagar", "Registrator", "Helår",
             "", "", "", ("SAKNAS", "")),
            ("Ekonomi", "Taxor för bygglov tillämpas enligt beslutad taxa 2025", "Bygglovschef", "Tertial",
             "Ej genomförd", "Ej genomförd", "Ej hunnen pga hög ärendebelastning. Genomförs under T3.", ("EJ_GENOMFORD", "")),
        ]),
        "TN": ("Tekniska nämnden", [
            ("§Gata/park", None, None, None, None, None, None, None),
            ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "Tertial",
             "Genomförd", "Genomförd", "Samtliga 14 lekplatser besiktigade. Brister på två redskap åtgärdade.", ("GENOMFORD", "ja")),
            ("Gata/park", "Vinterväghållning – uppföljning av entreprenörens rapportering", "Gatuchef", "Tertial",
             "Genomförd", "Ej aktuell", "Ej aktuellt under T2 (säsong nov–mars).", ("UTGAR", "")),
            ("§VA och avfall", None, None, None, None, None, None, None),
            ("VA", "Provtagning dricksvatten enligt kontrollprogram", "VA-chef", "Tertial",
             "Genomförd", "Genomförd", "Alla prover tjänliga.", ("GENOMFORD", "nej")),
            ("VA", "Fakturering av VA-avgifter stäms av mot mätarställning", "Kundtjänst", "Tertial",
             "Pågår", "Pågår", "Avstämning påbörjad för Strömsnäsbruk, Markaryd tätort återstår.", ("DELVIS", "")),
            ("Avfall", "Kontroll av avtalstrohet vid inköp av entreprenadtjänster", "Upphandlare", "Årligen",
             "", "Ej påbörjad", "Planeras till oktober.", ("EJ_GENOMFORD", "")),
            ("§Fastighet", None, None, None, None, None, None, None),
            ("Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter", "Fastighetschef", "Tertial",
             "Delvis", "Genomförd", "Samtliga objekt dokumenterade i augusti.", ("GENOMFORD", "nej")),
            ("Fastighet", "Hyresavtal för externt förhyrda lokaler är aktuella", "Fastighetschef", "Årligen",
             "", "Utgår", "Utgår – hanteras av KS lokalförsörjning from 2025.", ("UTGAR", "")),
        ]),
        "KFN": ("Kultur- och fritidsnämnden", [
            ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidschef", "Tertial",
             "Genomförd", "Genomförd med avvikelse", "En förening fick bidrag utan inlämnad årsredovisning. Återkrav skickat.", ("GENOMFORD", "ja")),
            ("Kassa", "Kontanthantering i simhallen – dagskassor stäms av", "Badchef", "Tertial",
             "Genomförd", "Genomförd", "Kassaavstämning 4 tillfällen, inga differenser.", ("GENOMFORD", "nej")),
            ("Bibliotek", "Registerutdrag ur belastningsregistret för personal i barngrupper", "Bibliotekschef", "Årligen",
             "", "Delvis", "Utdrag inhämtat för 5 av 7 sommaranställda.", ("DELVIS", "")),
            ("Ekonomi", "Representation och uppvaktning följer riktlinjer", "Förvaltningsekonom", "Årligen",
             "Genomförd", "", "", ("GENOMFORD", "")),
            ("Lokaler", "Bokning och debitering av idrottshallar", "Fritidsassistent", "Helår",
             "", "", "", ("SAKNAS", "")),
        ]),
    }
    first = True
    for sname, (namnd, rows) in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sname
        setcell(ws, 1, 1, "Internkontrollplan 2025 – uppföljning", font=TITLE)
        setcell(ws, 2, 1, "Samhällsbyggnadsförvaltningen, Markaryds kommun")
        setcell(ws, 3, 1, "Status anges som: Genomförd / Genomförd med avvikelse / Delvis / Pågår / Ej påbörjad / Ej genomförd / Ej aktuell / Utgår")
        hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status T1", "Status T2", "Kommentar T2"]
        for i, h in enumerate(hdr, 1):
            setcell(ws, 5, i, h, font=BOLD, fill=HEAD_FILL, border=BOX, alignment=WRAP)
        r = 6
        for row in rows:
            if row[0].startswith("§"):
                setcell(ws, r, 1, row[0][1:], font=BOLD)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                r += 1
                continue
            for i, v in enumerate(row[:7], 1):
                if v:
                    setcell(ws, r, i, v, alignment=WRAP, border=BOX)
                else:
                    ws.cell(row=r, column=i).border = BOX
            st, av = row[7]
            expected.append((fn, namnd, row[1], st, av))
            r += 1
        r += 1
        setcell(ws, r, 1, "Sammanställt av: Lena Gustafsson, controller, 2025-09-10")
        for col, w in zip("ABCDEFG", [16, 52, 18, 11, 22, 24, 55]):
            ws.column_dimensions[col].width = w
        ws.oddHeader.center.text = "&A – uppföljning T2 2025"
        files.append((fn, "INLAST", namnd, YEAR, "T2"))
    wb.save(os.path.join(OUT, fn))


# ============================================================ 2. BUN docx
def file_bun():
    fn = "BUN uppföljning internkontroll tertial 2 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Markaryds kommun – Barn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, tertial 2 (januari–augusti 2025)")
    d.add_paragraph("Nedan redovisas utfallet av de kontroller som enligt planen ska vara genomförda per den 31 augusti. "
                    "Kontroller som ska genomföras under hösten redovisas i helårsuppföljningen.")
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor i ekonomisystemet", "Controller", "April, augusti",
         "Kontrollen är genomförd. 25 fakturor granskades, samtliga korrekt attesterade.", "Ingen åtgärd.",
         "GENOMFORD", "nej"),
        ("Skolplikt – frånvaroanmälan och utredning vid upprepad ogiltig frånvaro",
         "Genomgång av frånvarostatistik per skolenhet", "Rektorer", "Tertial",
         "Genomgång gjord på 4 av 6 skolenheter. Hagaskolan och Strömsnässkolan återstår, görs i september.",
         "Slutförs i september.", "DELVIS", ""),
        ("Anmälan om kränkande behandling rapporteras till huvudman",
         "Jämförelse mellan rektors anmälningar och huvudmannens register", "Kvalitetsutvecklare", "Tertial",
         "Genomförd. Tre anmälningar från vårterminen hade inte rapporterats vidare till huvudman inom en vecka.",
         "Påminnelse till rektorer, rutinen gås igenom på ledningsgrupp 2025-09-04.", "GENOMFORD", "ja"),
        ("Registerkontroll av personal vid nyanställning",
         "Stickprov 10 nyanställda", "HR-konsult", "Augusti",
         "Kontrollen har inte genomförts på grund av vakans på HR. Flyttas till tertial 3.",
         "Ny tidpunkt: november.", "EJ_GENOMFORD", ""),
        ("Skolskjuts beviljas enligt riktlinjer",
         "Stickprov 15 beslut", "Skolskjutssamordnare", "December",
         "", "", "SAKNAS", ""),
        ("Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket",
         "Avstämning via maxtaxeregistret", "Avgiftshandläggare", "Årligen",
         "Kontrollen utgår då kommunen övergått till automatisk inkomstkontroll via e-tjänst (beslut BUN 2025-03-19 § 21).",
         "–", "UTGAR", ""),
        ("Elevhälsans journalföring sker enligt patientdatalagen",
         "Loggkontroll i journalsystemet", "Verksamhetschef elevhälsa", "Tertial",
         "Loggkontroll utförd i maj och augusti utan anmärkning.", "–", "GENOMFORD", "nej"),
        ("Inventarieförteckning över IT-utrustning (elevdatorer) är uppdaterad",
         "Inventering mot förteckning på två skolor", "IT-samordnare", "Tertial",
         "Inventering pågår. Resultat redovisas i helårsuppföljningen.", "", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Vad?", "Hur?", "Vem?", "När?", "Utfall", "Åtgärd"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = r[i]
        expected.append((fn, namnd, r[0], r[6], r[7]))
    d.add_paragraph()
    d.add_paragraph("Markaryd 2025-09-08")
    d.add_paragraph("Anders Holm\nFörvaltningschef")
    d.core_properties.created = datetime.datetime(2025, 9, 8)
    d.core_properties.modified = datetime.datetime(2025, 9, 8)
    d.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", namnd, YEAR, "T2"))


# ================================================ 3. KS Bedömning 1/2/3
def file_ks():
    fn = "KS Internkontroll 2025 uppföljning T2.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    setcell(ws, 1, 1, "Kommunstyrelsen – Internkontrollplan 2025", font=TITLE)
    setcell(ws, 2, 1, "Uppföljning tertial 2, avser perioden 2025-01-01 – 2025-08-31")
    hdr = ["Område", "Kontrollmoment", "Risk (S×K)", "Kontrollmetod", "Ansvarig", "Bedömning", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, 4, i, h, font=BOLD, fill=HEAD_FILL, border=BOX)
    setcell(ws, 5, 1, "Bedömning: 1 = Kontrollen genomförd, inga avvikelser   2 = Kontrollen genomförd, avvikelser noterade (se kommentar)   3 = Kontrollen ej genomförd",
            font=Font(italic=True, color="555555"))
    ws.merge_cells("A5:G5")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "3×3", "Stickprov 30 fakturor", "Redovisningsansvarig", 1,
         "Inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Manuella utbetalningar\n(stickprov 10 st)", "3×4", "Kontroll mot underlag och attest", "Ekonomichef", 2,
         "En utbetalning saknade underskrift av två personer. Rutin uppdaterad.", "GENOMFORD", "ja"),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "3×3", "Uttag ur avtalsdatabasen", "Upphandlingschef", 3,
         "Ej genomförd pga sjukskrivning. Genomförs oktober.", "EJ_GENOMFORD", ""),
        ("Personal", "Löneutbetalningar – behörighet i lönesystemet", "2×4", "Genomgång av behörighetslista", "Lönechef", "1",
         "", "GENOMFORD", "nej"),
        ("Personal", "Arbetsmiljö – skyddsronder genomförs enligt plan", "2×3", "Avstämning med skyddsombud", "HR-chef", None,
         "Skyddsronder genomförda på 3 av 5 arbetsplatser, resterande i september.", "DELVIS", ""),
        ("IT/Informationssäkerhet", "Behörigheter i verksamhetssystem tas bort vid avslutad anställning", "3×4",
         "Jämförelse avslutade anställningar mot AD", "IT-chef", 2,
         "4 konton av 22 var fortfarande aktiva. Borttagna 2025-08-20.", "GENOMFORD", "ja"),
        ("IT/Informationssäkerhet", "Incidentrapportering enligt dataskyddsförordningen", "2×3", "Genomgång incidentlogg", "Dataskyddsombud", None,
         "Utgår enligt beslut KS 2025-05-14 § 88, ingår i DSO:s årliga granskning.", "UTGAR", ""),
        ("Nämndadministration", "Protokoll justeras och anslås inom lagstadgad tid", "2×2", "Stickprov 10 protokoll", "Kommunsekreterare", 1,
         "", "GENOMFORD", "nej"),
        ("Nämndadministration", "Verkställighet av KF-beslut följs upp", "2×3", "Genomgång beslutslogg", "Kanslichef", None,
         "", "SAKNAS", ""),
        ("Säkerhet", "Krisberedskap – kontaktlistor i krisledningsplanen är aktuella", "2×4", "Kontroll av listor", "Säkerhetssamordnare", 1,
         "Uppdaterade juni 2025.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = setcell(ws, r, i, v, alignment=WRAP, border=BOX)
        expected.append((fn, namnd, flat(row[1]), row[7], row[8]))
        r += 1
    r += 1
    setcell(ws, r, 1, "Antal kontroller: 10   Bedömning 1: 4   Bedömning 2: 2   Bedömning 3: 1", font=BOLD)
    for col, w in zip("ABCDEFG", [20, 50, 10, 32, 20, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", namnd, YEAR, "T2"))


# ================================================= 4. MBAB "Se kommentar" (.ods)
def file_mbab():
    fn = "MBAB intern kontroll avrapportering T2 2025.ods"
    namnd = "Markaryds Bostäder AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    setcell(ws, 1, 1, "Markaryds Bostäder AB", font=TITLE)
    setcell(ws, 2, 1, "Intern kontroll 2025 – avrapportering till styrelsen, tertial 2")
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, 4, i, h, font=BOLD, fill=HEAD_FILL, border=BOX)
    rows = [
        ("Uthyrning", "Lägenheter fördelas enligt bolagets uthyrningspolicy och kö", "Uthyrningschef", "OK",
         "Stickprov 12 kontrakt, alla enligt kö.", "GENOMFORD", "nej"),
        ("Uthyrning", "Hyresavtal och hyresnivåer stäms av mot hyresdebiteringslistan", "Ekonomiansvarig", "Se kommentar",
         "Avstämning gjord för 30 av 60 lägenheter i urvalet. Resterande klart i oktober.", "DELVIS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomiansvarig", "OK",
         "", "GENOMFORD", "nej"),
        ("Ekonomi", "Hyresfordringar – påminnelse och inkasso enligt rutin", "Ekonomiansvarig", "Se kommentar",
         "Genomförd i juni. Två ärenden hade inte skickats till inkasso i tid, nu åtgärdat.", "GENOMFORD", "ja"),
        ("Fastighet", "OVK (obligatorisk ventilationskontroll) utförs enligt plan", "Fastighetschef", "Se kommentar",
         "Ej genomförd, ny entreprenör upphandlas. Flyttas till T3.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Besiktning av lekplatser på bostadsområden", "Fastighetschef", "Se kommentar",
         "Se bilaga 2.", "OKLAR", ""),
        ("Upphandling", "Ramavtal används vid inköp av material", "VD", "Ej klar",
         "Påbörjad, uttag ur ekonomisystemet beställt.", "DELVIS", ""),
        ("Personal", "Jäv och bisysslor – redovisning från anställda", "VD", "Se kommentar",
         "Alla anställda har lämnat redovisning. Inga bisysslor som bedöms jävsgrundande.", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:5], 1):
            setcell(ws, r, i, v, alignment=WRAP, border=BOX)
        expected.append((fn, namnd, row[1], row[5], row[6]))
        r += 1
    setcell(ws, r + 1, 1, "Status: OK = kontrollen utförd utan anmärkning. Övriga fall beskrivs i kommentar.", font=Font(italic=True))
    for col, w in zip("ABCDE", [16, 55, 18, 14, 60]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "mbab.xlsx")
    wb.save(src)
    soffice(src, "ods", TMP)
    shutil.move(os.path.join(TMP, "mbab.ods"), os.path.join(OUT, fn))
    files.append((fn, "INLAST", namnd, YEAR, "T2"))


# ======================================= 5. ÖFN .xls with hidden list sheet
def file_ofn():
    fn = "Överförmyndarnämnden IKP 2025 T2.xls"
    namnd = "Överförmyndarnämnden"
    wb = Workbook()
    lst = wb.active
    lst.title = "Listor"
    vals = ["Genomförd utan avvikelse", "Genomförd med avvikelse", "Delvis genomförd", "Ej genomförd", "Ej aktuell"]
    setcell(lst, 1, 1, "Resultat")
    for i, v in enumerate(vals, 2):
        setcell(lst, i, 1, v)
    setcell(lst, 1, 3, "Tidpunkt")
    for i, v in enumerate(["T1", "T2", "T3", "Löpande"], 2):
        setcell(lst, i, 3, v)
    lst.sheet_state = "hidden"
    ws = wb.create_sheet("Uppföljning")
    wb.active = 1
    setcell(ws, 1, 1, "Internkontroll 2025 – Överförmyndarnämnden", font=TITLE)
    setcell(ws, 2, 1, "Uppföljning per tertial 2. Välj resultat i listan.")
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Tidpunkt", "Resultat", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, 4, i, h, font=BOLD, fill=HEAD_FILL, border=BOX)
    rows = [
        ("Granskning av årsräkningar sker inom fastställd tid", "Handläggare", "T2", "Genomförd utan avvikelse",
         "98 % granskade per 31/8.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Enhetschef", "T2", "Genomförd med avvikelse",
         "Stickprov 20 beslut, 2 arvoden felberäknade (för högt kostnadsersättning).", "GENOMFORD", "ja"),
        ("Lämplighetsprövning av nya gode män (UC och belastningsregister)", "Handläggare", "Löpande", "Delvis genomförd",
         "Registerutdrag saknas för 3 av 11 nya uppdrag.", "DELVIS", "ja"),
        ("Överförmyndarspärr på bankkonton registreras", "Handläggare", "T3", "",
         "", "SAKNAS", ""),
        ("Förteckningar inkommer inom två månader efter förordnande", "Handläggare", "T2", "Ej genomförd",
         "Ej hunnits med pga ärendebalans.", "EJ_GENOMFORD", ""),
        ("Utbildning av nya ställföreträdare genomförs", "Enhetschef", "T1", "Ej aktuell",
         "Gemensam utbildning med Ljungby kommun, ansvar hos Ljungby.", "UTGAR", ""),
        ("Diarieföring och gallring i ärendesystemet Wärna", "Administratör", "T2", "Genomförd utan avvikelse",
         "", "GENOMFORD", "nej"),
    ]
    r = 5
    for n, row in enumerate(rows, 1):
        setcell(ws, r, 1, n, border=BOX)
        for i, v in enumerate(row[:5], 2):
            setcell(ws, r, i, v if v else None, alignment=WRAP, border=BOX)
        expected.append((fn, namnd, row[0], row[5], row[6]))
        r += 1
    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E5:E{r+5}")
    dv2 = DataValidation(type="list", formula1="Listor!$C$2:$C$5", allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"D5:D{r+5}")
    for col, w in zip("ABCDEF", [5, 55, 15, 10, 26, 55]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "ofn.xlsx")
    wb.save(src)
    soffice(src, "xls:MS Excel 97", TMP)
    shutil.move(os.path.join(TMP, "ofn.xls"), os.path.join(OUT, fn))
    files.append((fn, "INLAST", namnd, YEAR, "T2"))


# ======================================= 6. SN system export with Enhet
def file_sn():
    fn = "Export_Internkontroll_2025-09-12.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    meta = [("Rapport", "Internkontroll – uppföljning kontrollmoment"),
            ("Organisation", "Socialnämnden"),
            ("Period", "Tertial 2 2025"),
            ("Utskriven", "2025-09-12 08:41 av maria.lind")]
    for i, (k, v) in enumerate(meta, 1):
        setcell(ws, i, 1, k, font=BOLD)
        setcell(ws, i, 2, v)
    hdr = ["Id", "Kontrollmoment", "Enhet", "Ansvarig", "Status", "Kommentar", "Senast ändrad"]
    for i, h in enumerate(hdr, 1):
        setcell(ws, 6, i, h, font=BOLD)
    # (id, control, [(enhet, ansvarig, status, kommentar)], expected status, avvikelse)
    ctrls = [
        ("IK-SN-01", "Biståndsbeslut enligt SoL fattas i enlighet med delegationsordningen", [
            ("Hemtjänst Norra", "Enhetschef hemtjänst", "Klar", "10 beslut granskade, ok."),
            ("Hemtjänst Södra", "Enhetschef hemtjänst", "Klar", "10 beslut granskade, ok."),
            ("Individ- och familjeomsorg", "Enhetschef IFO", "Klar", "Inga avvikelser."),
        ], "GENOMFORD", "nej"),
        ("IK-SN-02", "Genomförandeplaner upprättas inom 14 dagar efter beslut", [
            ("Hemtjänst Norra", "Enhetschef hemtjänst", "Klar", "18 av 20 inom tid."),
            ("Hemtjänst Södra", "Enhetschef hemtjänst", "Pågående", "Stickprov påbörjat."),
            ("Särskilt boende Ekhaga", "Enhetschef SÄBO", "Klar", ""),
        ], "DELVIS", "ja"),
        ("IK-SN-03", "Läkemedelshantering – signeringslistor kontrolleras", [
            ("Särskilt boende Ekhaga", "MAS", "Klar", "Två osignerade doser i juli, avvikelse rapporterad."),
            ("Särskilt boende Lidhem", "MAS", "Klar", "Inga brister."),
        ], "GENOMFORD", "ja"),
        ("IK-SN-04", "Hantering av brukares privata medel", [
            ("Särskilt boende Ekhaga", "Enhetschef SÄBO", "Ej påbörjad", ""),
            ("Särskilt boende Lidhem", "Enhetschef SÄBO", "Ej påbörjad", "Planeras till oktober."),
        ], "EJ_GENOMFORD", ""),
        ("IK-SN-05", "Utbetalning av ekonomiskt bistånd kontrolleras mot beslut", [
            ("Individ- och familjeomsorg", "Enhetschef IFO", "Klar", "25 utbetalningar kontrollerade, inga fel."),
        ], "GENOMFORD", "nej"),
        ("IK-SN-06", "Anmälningar enligt lex Sarah utreds och rapporteras till IVO", [
            ("Hemtjänst Norra", "Kvalitetsstrateg", "Klar", ""),
            ("Hemtjänst Södra", "Kvalitetsstrateg", "Ej påbörjad", ""),
            ("Särskilt boende Ekhaga", "Kvalitetsstrateg", "Klar", ""),
            ("Särskilt boende Lidhem", "Kvalitetsstrateg", "Pågående", ""),
        ], "DELVIS", ""),
        ("IK-SN-07", "Placeringar HVB – avtal och uppföljning enligt ramavtal", [
            ("Individ- och familjeomsorg", "Enhetschef IFO", "Ej aktuell", "Utgår enligt SN 2025-04-23 § 45."),
        ], "UTGAR", ""),
        ("IK-SN-08", "Sjukfrånvaro följs upp och rehabiliteringsplan upprättas", [
            ("Hemtjänst Norra", "Enhetschef hemtjänst", "Klar", ""),
            ("Hemtjänst Södra", "Enhetschef hemtjänst", "Klar", ""),
            ("Särskilt boende Ekhaga", "Enhetschef SÄBO", "Klar", ""),
            ("Särskilt boende Lidhem", "Enhetschef SÄBO", "Klar", ""),
        ], "GENOMFORD", ""),
    ]
    r = 7
    day = 0
    for cid, text, units, st, av in ctrls:
        for enhet, ans, s, kom in units:
            day += 1
            vals = [cid, text, enhet, ans, s, kom or None, f"2025-08-{10 + day % 20:02d}"]
            for i, v in enumerate(vals, 1):
                setcell(ws, r, i, v)
            r += 1
        expected.append((fn, namnd, text, st, av))
    for col, w in zip("ABCDEFG", [10, 60, 28, 22, 12, 50, 14]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", namnd, YEAR, "T2"))


# ======================================= 7. rejected: truncated docx
def file_rejected():
    fn = "Valnämnden uppföljning intern kontroll T2 2025.docx"
    d = docx.Document()
    d.add_heading("Valnämnden – uppföljning internkontroll 2025", level=1)
    t = d.add_table(rows=1, cols=3)
    for i, h in enumerate(["Kontrollmoment", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h
    for k in ["Röstlängd kontrolleras mot folkbokföring", "Valsedlar förvaras säkert",
              "Röstmottagare har genomgått utbildning"]:
        c = t.add_row().cells
        c[0].text = k; c[1].text = "Genomförd"; c[2].text = "Inga avvikelser."
    d.core_properties.created = datetime.datetime(2025, 9, 5)
    d.core_properties.modified = datetime.datetime(2025, 9, 5)
    src = os.path.join(TMP, "vn.docx")
    d.save(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data[: len(data) // 2])   # mail attachment cut off mid-transfer
    files.append((fn, "AVVISAD", "", "", ""))


def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    file_shared()
    file_bun()
    file_ks()
    file_mbab()
    file_ofn()
    file_sn()
    file_rejected()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in files:
            f.write(";".join(str(x) for x in row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in expected:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
