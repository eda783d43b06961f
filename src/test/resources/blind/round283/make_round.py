#!/usr/bin/python3
"""Blind round 283 – Älvsbacka kommun, inbox at tertial 2 (jan–aug) 2025."""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 3, 10, 0, 0)
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round283"]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r283_")
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmp)


def fix_props_xlsx(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Älvsbacka kommun"


def fix_props_docx(d):
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Älvsbacka kommun"


thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. KS xlsx
def file_ks():
    fil = "KS_uppfoljning_internkontroll_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); fix_props_xlsx(wb)
    ws = wb.active; ws.title = "IK-plan 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Nämnd:"; ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "Förvaltning:"; ws["B3"] = "Kommunledningsförvaltningen"
    ws["A4"] = "Uppföljningsperiod:"; ws["B4"] = "Tertial 2 (januari–augusti) 2025"
    ws["A5"] = ("Instruktion: Fyll i status för aktuell tertial med Genomförd / Delvis genomförd / "
                "Ej genomförd / Utgår. Beskriv avvikelser och vidtagna åtgärder i kommentarsfältet. "
                "Tidigare tertials kolumner ska inte ändras.")
    ws.merge_cells("A5:J5"); ws["A5"].font = Font(italic=True, color="666666"); ws["A5"].alignment = WRAP
    ws.row_dimensions[5].height = 30
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    r = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.border = BOX; cell.alignment = WRAP
    rows = [
        ("H", "Ekonomiprocesser"),
        ("1.1", "Inköp/betalning", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Ekonomichef", "Tertial",
         "Genomförd", "Inga avvikelser.", "Genomförd",
         "Stickprov 30 fakturor. 2 fakturor har attesterats av person med jäv, återkopplat till berörda chefer.",
         "GENOMFORD", "ja"),
        ("1.2", "Representation", "Representation och förtroendekänsliga poster följer riktlinjerna",
         "Genomgång av samtliga representationsfakturor över 5 000 kr", "Redovisningsansvarig", "En gång per år",
         "Genomförd", "Årlig kontroll utförd i april. Inga avvikelser.", None, None,
         "GENOMFORD", "nej"),
        ("1.3", "Inköp/betalning", "Kontroll av avtalstrohet vid inköp",
         "Stickprov 20 inköp", "Upphandlingschef", "Tertial",
         "Ej påbörjad", "Planeras till T2.", "Delvis genomförd",
         "15 av 20 inköp kontrollerade, 3 inköp gjordes utanför avtal.", "DELVIS", "ja"),
        ("H", "Personal och lön"),
        ("2.1", "Lön", "Behörighet i lönesystemet avslutas när anställning upphör",
         "Avstämning mot lista över avslutade anställningar", "HR-chef", "Tertial",
         "Genomförd", None, "Genomförd",
         "Två konton var inte avslutade, åtgärdat 2025-06-12.", "GENOMFORD", "ja"),
        ("2.2", "Rekrytering", "Nyanställda har undertecknat anställningsavtal innan första lön",
         "Samtliga nyanställda under perioden", "HR-chef", "Tertial",
         "Delvis genomförd", "Januari–mars kontrollerad.", "Genomförd",
         "Samtliga 25 kontrollerade avtal i ordning.", "GENOMFORD", "nej"),
        ("2.3", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Genomgång i Adato", "HR-chef", "En gång per år",
         None, None, None, "Kontrollen görs under hösten (T3).", "EJ_GENOMFORD", ""),
        ("H", "Informationssäkerhet och dokumenthantering"),
        ("3.1", "Diarium", "Diarieföring av inkommande handlingar sker inom fastställd tid",
         "Stickprov en vecka per månad", "Kanslichef", "Tertial",
         None, None, "Ej genomförd", "Resursbrist på kansliet, flyttas till T3.", "EJ_GENOMFORD", ""),
        ("3.2", "IT", "Personuppgiftsbiträdesavtal finns för samtliga IT-system",
         "Genomgång av systemförteckning", "IT-chef", "En gång per år",
         None, None, "Utgår",
         "Ersätts av kommunövergripande granskning enligt beslut KS 2025-04-09 § 67.", "UTGAR", ""),
        ("3.3", "Allmänna handlingar", "Rutin för utlämnande av allmän handling efterlevs",
         "Stickprov 10 begäranden", "Kanslichef", "Tertial",
         None, None, None, None, "SAKNAS", ""),
        ("H", "Övrigt"),
        ("4.1", "Politiska beslut", "Uppföljning av ej besvarade motioner och medborgarförslag",
         "Sammanställning till KS", "Kommunsekreterare", "Halvår",
         "Genomförd", "Redovisad för KS 2025-04-09.", "Genomförd",
         "Redovisad för KS 2025-06-11.\nTre motioner har inte beretts inom ett år, vilket avviker från kommunallagen.",
         "GENOMFORD", "ja"),
    ]
    r = 8
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            for c, v in enumerate(row[:10], 1):
                cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
            exp(fil, N, row[2], row[10], row[11])
        r += 1
    r += 1  # one empty row
    ws.cell(r, 1, "Teckenförklaring status:").font = Font(bold=True); r += 1
    for t in ["Genomförd = kontrollen utförd enligt plan (eventuella avvikelser anges i kommentar)",
              "Delvis genomförd = kontrollen påbörjad men inte slutförd, eller endast del av urvalet",
              "Ej genomförd = kontrollen har inte utförts under perioden",
              "Utgår = kontrollen har strukits genom beslut"]:
        ws.cell(r, 1, t); r += 1
    r += 1
    ws.cell(r, 1, "Godkänd av kommundirektör Anna Lindqvist 2025-09-05")
    for col, w in zip("ABCDEFGHIJ", [6, 18, 42, 30, 18, 14, 16, 30, 16, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C8"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------- 2. BUN docx
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln); run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def file_bun():
    fil = "BUN Uppföljning IKP tertial 2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document(); fix_props_docx(d)
    d.sections[0].header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tDnr BUN 2024/312"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 10 december 2024 (§ 118). "
                    "Nedan redovisas utfallet av kontrollerna till och med augusti. Kontroller med "
                    "avvikelser har åtgärdats eller följs upp under tertial 3.")
    d.add_paragraph("Teckenförklaring: ● = Genomförd   ◐ = Pågår/delvis genomförd   "
                    "○ = Ej genomförd   – = Utgår/ej aktuell")
    rows = [
        ("Elevhälsa och skolplikt",
         "Kontroll av att frånvaro över 10 % anmäls till rektor och huvudman",
         "Stickprov två skolor",
         "Kontrollen genomförd på Norrskolan och Ekbackens skola. På Ekbacken saknades anmälan i 4 fall.",
         "●", "GENOMFORD", "ja"),
        ("Elevhälsa och skolplikt",
         "Anmälan om kränkande behandling till huvudman inom fem arbetsdagar",
         "Genomgång av samtliga ärenden i DF Respons",
         "Vårterminens ärenden granskade, höstterminens återstår.",
         "◐", "DELVIS", ""),
        ("Elevhälsa och skolplikt",
         "Skolpliktsbevakning – elever utan skolplacering utreds",
         "Avstämning mot folkbokföringen",
         "Se bilaga 2.",
         "", "OKLAR", ""),
        ("Ekonomi",
         "Skolskjuts beviljas enligt riktlinjer",
         "Stickprov 20 beslut",
         "Inga avvikelser.",
         "●", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Direktupphandlingar över 100 000 kr dokumenteras",
         "Genomgång av direktupphandlingsregistret",
         "12 av 20 direktupphandlingar genomgångna, 2 saknade dokumentation.",
         "◐", "DELVIS", "ja"),
        ("Ekonomi",
         "Avgifter för fritidshem debiteras enligt taxa",
         "Stickprov 30 hushåll",
         "Skjuts upp till tertial 3 på grund av byte av verksamhetssystem.",
         "○", "EJ_GENOMFORD", ""),
        ("Systematiskt arbetsmiljöarbete",
         "Skyddsronder genomförs på samtliga förskolor",
         "Protokoll från skyddsronder",
         "Genomfört på 14 av 14 förskolor.\nBrister i brandskyddet på Lärkans förskola, åtgärdade i juni.",
         "●", "GENOMFORD", "ja"),
        ("Systematiskt arbetsmiljöarbete",
         "Tillsyn av fristående förskolor enligt tillsynsplan",
         "–",
         "Ej aktuell – ansvaret har överförts till Kommunstyrelsen från 1 mars 2025.",
         "–", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in enumerate(["Process", "Kontrollmoment", "Metod/omfattning", "Resultat och kommentar", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for c in range(5):
            set_cell(cells[c], row[c])
        exp(fil, N, row[1], row[5], row[6])
    # merge process cells vertically
    start = 1
    for i in range(2, len(rows) + 2):
        if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
            if i - 1 > start:
                top = t.cell(start, 0); bot = t.cell(i - 1, 0)
                text = rows[start - 1][0]
                m = top.merge(bot); set_cell(m, text, bold=True)
            start = i
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Skolpliktsbevakning vt 2025 (separat dokument)")
    d.add_paragraph("Ekbacken 2025-09-04")
    d.add_paragraph("Karin Berg\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------- 3. SN csv (Stratsys export, cp1252)
def file_sn():
    fil = "Stratsys_export_SN_20250903.csv"
    N = "Socialnämnden"
    org = "Socialnämnden"
    data = [
        ("Myndighetsutövning", "Handläggning av försörjningsstöd sker enligt riktlinjer", "Enhetschef ekonomiskt bistånd",
         ("Pågående", "20 av 40 akter granskade."),
         ("Genomförd", "40 akter granskade. 3 akter saknade beslut om avslag med besvärshänvisning."),
         "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Utredningar inom barn och unga slutförs inom fyra månader", "Enhetschef barn och unga",
         ("Genomförd", ""),
         ("Genomförd", "12 av 58 utredningar har förlängts utan formellt beslut.\nRutin ses över."),
         "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av utbetalningar till familjehem", "Controller",
         ("Ej påbörjad", ""),
         ("Pågående", "Halva urvalet granskat."),
         "DELVIS", ""),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare",
         ("Genomförd", "Inga obefogade slagningar."),
         ("Genomförd", "Ingen otillåten åtkomst upptäckt."),
         "GENOMFORD", "nej"),
        ("Ekonomi", "Återsökning av statlig ersättning från Migrationsverket", "Controller",
         ("Ej aktuell", "Inga ärenden."),
         ("Ej aktuell", "Inga ärenden 2025."),
         "UTGAR", ""),
        ("Ekonomi", "Hantering av klientmedel sker enligt rutin", "Enhetschef LSS",
         ("Genomförd", "Kassor inventerade på samtliga boenden, inga differenser."),
         ("", ""),
         "GENOMFORD", "nej"),
        ("Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO vid behov", "Kvalitetsutvecklare",
         ("Pågående", ""),
         ("", "Kontrollen genomförd utan anmärkning. Två rapporter utreddes inom tidsfrist."),
         "GENOMFORD", "nej"),
        ("Avtal", "Avtalsuppföljning av HVB-placeringar", "Enhetschef barn och unga",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", "Prioriteras ned på grund av vakanser."),
         "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Samtycke dokumenteras vid informationsutbyte med andra myndigheter", "Kvalitetsutvecklare",
         ("Pågående", ""),
         ("Avbruten", "Avbruten enligt beslut SN 2025-06-18 § 88, ersätts av ny kontroll 2026."),
         "UTGAR", ""),
    ]
    lines = []
    buf = []
    buf.append(["Internkontroll 2025 - uppföljning", "", "", "", "", "", "", ""])
    buf.append(["Utskriven 2025-09-03 av Maria Ek", "", "", "", "", "", "", ""])
    buf.append([])
    buf.append(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar", "Senast ändrad"])
    for proc, km, ansv, t1, t2, st, av in data:
        buf.append([org, proc, km, ansv, "T1 2025", t1[0], t1[1], "2025-05-06"])
        buf.append([org, proc, km, ansv, "T2 2025", t2[0], t2[1], "2025-09-01" if (t2[0] or t2[1]) else ""])
        exp(fil, N, km, st, av)
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for row in buf:
            w.writerow(row)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------- 4. SBF ods, two nämnder
def file_sbf():
    fil = "Samhällsbyggnadsförvaltningen IK-uppföljning T2 2025.ods"
    wb = openpyxl.Workbook(); fix_props_xlsx(wb)
    ins = wb.active; ins.title = "Instruktion"
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Varje nämnd har en egen flik. Fyll i kolumnen Genomförd med Ja, Nej eller Delvis.",
        "Ange i kolumnen Avvikelse (Ja/Nej) om kontrollen visat brister.",
        "Riskvärde = sannolikhet × konsekvens (1–16) enligt nämndens risk- och väsentlighetsanalys.",
        "Skicka till ekonomiavdelningen senast 5 september.",
    ], 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 90

    sheets = [
        ("SBN", "Samhällsbyggnadsnämnden", [
            ("Allvarlig olycka på lekplats", "Besiktning av lekplatser enligt plan", 12, "Ja", "Nej",
             "32 lekplatser besiktade i maj.", "GENOMFORD", "nej"),
            ("Uteblivna intäkter", "Fakturering av markupplåtelser (torghandel, uteserveringar)", 9, "Ja", "Ja",
             "4 uteserveringar hade inte fakturerats, fakturerat i juni.", "GENOMFORD", "ja"),
            ("Bristande avtalsuppföljning", "Uppföljning av entreprenörens vinterväghållning mot avtal", 8, "Delvis", "",
             "Januari–mars kontrollerad, november–december kontrolleras under T3.", "DELVIS", ""),
            ("Felaktig debitering", "Kontroll av VA-anslutningsavgifter mot taxa", 6, "Nej", "",
             "Ej genomförd på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
            ("Kostnadsökning i projekt", "ÄTA-arbeten i investeringsprojekt godkänns av behörig beställare", 12, "Ja", "Nej",
             "", "GENOMFORD", "nej"),
            ("Felaktiga hyresnivåer", "Hyresavtal för kommunens lokaler är aktuella", 4, "", "",
             "", "SAKNAS", ""),
        ]),
        ("MBN", "Miljö- och byggnämnden", [
            ("Överskriden handläggningstid", "Handläggningstid för bygglov inom tio veckor", 12, "Ja", "Ja",
             "8 av 95 ärenden överskred tidsfristen; avgiften reducerad enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("Uteblivna intäkter", "Tillsynsavgifter debiteras enligt taxa", 9, "Delvis", "Nej",
             "Miljötillsyn kontrollerad, livsmedel återstår.", "DELVIS", "nej"),
            ("Beslut fattas utan delegation", "Delegationsbeslut anmäls till nämnden", 8, "Ja", "Nej",
             "", "GENOMFORD", "nej"),
            ("Bristande kontroll", "Livsmedelskontroll genomförs enligt kontrollplan", 9, "Se kommentar", "",
             "Redovisas i separat rapport till nämnden i oktober.", "OKLAR", ""),
            ("Förlust av handlingar", "Avslutade ärenden arkiveras i e-arkivet", 6, "Utgår", "",
             "Ej aktuell 2025, e-arkivet driftsätts 2026.", "UTGAR", ""),
        ]),
    ]
    for title, N, rows in sheets:
        ws = wb.create_sheet(title)
        ws["A1"] = f"{N} – internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:F1")
        ws["A2"] = "Uppföljning T2 (jan–aug)"
        hdr = ["Risk", "Kontrollmoment", "Riskvärde", "Genomförd\n(Ja/Nej/Delvis)", "Avvikelse\n(Ja/Nej)", "Kommentar"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(4, c, h); cell.font = Font(bold=True); cell.alignment = WRAP; cell.border = BOX
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
        for i, row in enumerate(rows):
            for c, v in enumerate(row[:6], 1):
                cell = ws.cell(5 + i, c, v if v != "" else None); cell.alignment = WRAP; cell.border = BOX
            exp(fil, N, row[1], row[6], row[7])
        ws.cell(5 + len(rows) + 2, 1, "Uppgiftslämnare: Johan Sund, controller, samhällsbyggnadsförvaltningen")
        for col, w in zip("ABCDEF", [30, 45, 10, 16, 12, 50]):
            ws.column_dimensions[col].width = w
        FILES.append((fil, "INLAST", N, "2025", "T2"))
    tmpdir = tempfile.mkdtemp(prefix="r283x_")
    src = os.path.join(tmpdir, "Samhällsbyggnadsförvaltningen IK-uppföljning T2 2025.xlsx")
    wb.save(src)
    convert(src, "ods", fil)
    shutil.rmtree(tmpdir)


# ---------------------------------------------------------------- 5. KFN doc
def file_kfn():
    fil = "KFN_internkontroll_uppfoljning_aug2025.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document(); fix_props_docx(d)
    p = d.add_paragraph(); r = p.add_run("Kultur- och fritidsnämnden"); r.bold = True; r.font.size = Pt(14)
    p = d.add_paragraph(); r = p.add_run("Uppföljning av intern kontroll, tertial 2 2025"); r.bold = True
    rows = [
        ("1", "Kassahantering i simhallen och på biblioteket", "Ja", "Två kassadifferenser under 200 kr har noterats.", "GENOMFORD", "ja"),
        ("2", "Föreningsbidrag betalas ut enligt beslutade regler", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3", "Inventering av kommunens konstsamling", "Nej", "Påbörjas i oktober.", "EJ_GENOMFORD", ""),
        ("4", "Uthyrning av lokaler och anläggningar debiteras korrekt", "Delvis", "Maj och juni kontrollerade.", "DELVIS", ""),
        ("5", "Utdrag ur belastningsregistret för ledare i sommarlovsverksamheten", "Ja", "", "GENOMFORD", ""),
        ("6", "Bidrag till studieförbund följs upp mot redovisning", "Utgår",
         "Kommunfullmäktige har beslutat att bidraget hanteras av Kommunstyrelsen från 2025.", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in enumerate(["Nr", "Kontrollmoment", "Genomförd (Ja/Nej)", "Kommentar"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for c in range(4):
            set_cell(cells[c], row[c])
        exp(fil, N, row[1], row[4], row[5])
    d.add_paragraph("")
    d.add_paragraph("Älvsbacka 2025-09-02")
    d.add_paragraph("Per Nyström\nKultur- och fritidschef")
    tmpdir = tempfile.mkdtemp(prefix="r283d_")
    src = os.path.join(tmpdir, "KFN_internkontroll_uppfoljning_aug2025.docx")
    d.save(src)
    convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmpdir)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------- 6. Bolag xls (tick columns)
def file_bolag():
    fil = "Älvsbacka Bostäder IK 2025.xls"
    N = "Älvsbacka Bostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning T2")
    bold = xlwt.easyxf("font: bold on")
    big = xlwt.easyxf("font: bold on, height 280")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin")
    cellst = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    xst = xlwt.easyxf("alignment: horiz center; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Älvsbacka Bostäder AB", big)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning januari–augusti (T2)", bold)
    ws.write(2, 0, "Markera med X i en av kolumnerna Klar / Pågår / Ej påbörjad.")
    hdr = ["Område", "Kontrollaktivitet", "Ansvarig", "Klar", "Pågår", "Ej påbörjad", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, hdrst)
    rows = [
        ("Hyresadministration", "Hyresavier stäms av mot hyresavtal", "Ekonomichef", "X", "", "", "", "GENOMFORD", ""),
        ("", "Vakanta lägenheter debiteras inte hyra", "Uthyrningschef", "", "X", "", "Juli och augusti återstår.", "DELVIS", ""),
        ("", "Kreditprövning vid nyuthyrning enligt uthyrningspolicyn", "Uthyrningschef", "X", "", "",
         "2 av 25 kontrakt saknade kreditupplysning.", "GENOMFORD", "ja"),
        ("Inköp och fastighetsunderhåll", "Inköp följer upphandlade ramavtal", "Fastighetschef", "X", "X", "", "", "OKLAR", ""),
        ("", "Attest av fakturor från entreprenörer", "Ekonomichef", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("", "Systematiskt brandskyddsarbete (SBA) – kontroll av trapphus", "Fastighetschef", "", "", "X",
         "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Styrning", "Rapportering till kommunstyrelsen enligt ägardirektivet", "VD", "", "", "",
         "Utgår – ägardirektivet reviderat av KF i mars, rapporteringskravet borttaget.", "UTGAR", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7]):
            ws.write(r, c, v, xst if c in (3, 4, 5) else cellst)
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    ws.write(r, 1, "Antal", bold)
    ws.write(r, 3, 4, xst); ws.write(r, 4, 2, xst); ws.write(r, 5, 1, xst)
    r += 3
    ws.write(r, 0, "Älvsbacka 2025-08-29")
    ws.write(r + 1, 0, "Lena Holm, VD")
    for c, w in enumerate([26, 50, 16, 7, 7, 11, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------- 7. RMÄ xlsx (fills only)
def file_rma():
    fil = "RMÄ_IK_uppf_T2_2025.xlsx"
    N = "Räddningstjänsten Mellersta Älvdalen"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook(); fix_props_xlsx(wb)
    ws = wb.active; ws.title = "Blad1"
    ws.oddHeader.left.text = "Räddningstjänsten Mellersta Älvdalen"
    ws.oddHeader.right.text = "Direktionen"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: januari–augusti (T2)"
    ws["E1"] = "Färgförklaring"; ws["E1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår"), (RED, "Ej genomförd"), (GREY, "Utgår")]):
        ws.cell(2 + i, 5).fill = PatternFill("solid", fgColor=col)
        ws.cell(2 + i, 6, txt)
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Iakttagelser"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(7, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="F4B084")
    rows = [
        ("Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "Uppföljning i Daedalos",
         "Stf räddningschef", GREEN, "38 av 60 planerade tillsyner genomförda t.o.m. augusti, i fas med plan.", "GENOMFORD", "nej"),
        ("Personal", "Räddningspersonalens körkort och kompetensbevis är giltiga", "Avstämning mot personalregister",
         "HR-handläggare", GREEN, "Tre C-körkort hade gått ut under våren, förnyade i juni.", "GENOMFORD", "ja"),
        ("Utrustning", "Underhåll av andningsskydd enligt tillverkarens intervall", "Kontroll av servicelogg",
         "Materialansvarig", YELLOW, "Station Norr kontrollerad, station Söder återstår.", "DELVIS", ""),
        ("Ekonomi", "Fakturering av onödiga automatlarm", "Avstämning larmlogg mot fakturor",
         "Ekonom", RED, "Ej genomförd på grund av systembyte.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Ekonom", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Förebyggande", "Uppföljning av utförare av sotning och brandskyddskontroll", "Avtalsuppföljning",
         "Stf räddningschef", GREY, "Ej aktuell – ansvaret överfört till medlemskommunerna.", "UTGAR", ""),
        ("Personal", "Övningsverksamhet för deltidsbrandmän dokumenteras", "Stickprov övningsjournaler",
         "Styrkeledare", None, None, "SAKNAS", ""),
    ]
    for i, row in enumerate(rows):
        r = 8 + i
        for c in range(4):
            cell = ws.cell(r, c + 1, row[c]); cell.border = BOX; cell.alignment = WRAP
        st = ws.cell(r, 5); st.border = BOX
        if row[4]:
            st.fill = PatternFill("solid", fgColor=row[4])
        ws.cell(r, 6, row[5]).alignment = WRAP; ws.cell(r, 6).border = BOX
        exp(fil, N, row[1], row[6], row[7])
    ws.cell(17, 1, "Redovisas för direktionen 2025-09-19.")
    for col, w in zip("ABCDEF", [16, 50, 30, 18, 10, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------- 8. rejected: covering letter
def file_reject():
    fil = "Missiv VON delår 2025.docx"
    d = docx.Document(); fix_props_docx(d)
    d.add_paragraph("Vård- och omsorgsförvaltningen\t2025-09-04")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Missiv – uppföljning av internkontrollplan tertial 2 2025", level=2)
    d.add_paragraph("Vård- och omsorgsnämndens uppföljning av internkontrollplanen för tertial 2 har inte "
                    "kunnat färdigställas till utsatt datum på grund av semesterperioden och byte av "
                    "kvalitetssamordnare. Uppföljningen behandlas av nämnden den 24 september och skickas "
                    "till ekonomiavdelningen direkt efter sammanträdet.")
    d.add_paragraph("Förvaltningen bedömer att inga väsentliga avvikelser har uppstått under perioden.")
    d.add_paragraph("Med vänliga hälsningar")
    d.add_paragraph("Eva Strand\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
    ("Älvsbacka Bostäder AB", "ÄBAB|Älvsbackahem|Bostadsbolaget"),
    ("Räddningstjänsten Mellersta Älvdalen", "RMÄ|Räddningstjänstförbundet Mellersta Älvdalen|Direktionen RMÄ"),
]


def main():
    for f in os.listdir(HERE):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(HERE, f))
    file_ks(); file_bun(); file_sn(); file_sbf(); file_kfn(); file_bolag(); file_rma(); file_reject()
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(REGISTER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
