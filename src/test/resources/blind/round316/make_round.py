#!/usr/bin/python3
"""Blind round 316 - Sävsjöby kommun, DELÅR 2025 inbox."""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 8, 30, 0)
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)

KS, BUN, SN, SBN, KFN, MBN, OFN, TSN = ("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden",
    "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden", "Miljö- och byggnämnden",
    "Överförmyndarnämnden", "Teknik- och servicenämnden")

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (TSN, "TSN|Teknik- och serviceförvaltningen|Serviceförvaltningen"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

def fixwb(wb):
    wb.properties.creator = "Sävsjöby kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED

def fixdoc(d):
    d.core_properties.author = "Sävsjöby kommun"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "Sävsjöby kommun"

# ---------------------------------------------------------------- 1 BUN xlsx, drop-down status
def f_bun():
    fil = "BUN_IK_delår_2025.xlsx"
    rows = [  # process, risk, kontrollmoment, metod, ansvarig, status, kommentar, exp_status, exp_avv
        ("Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per rektorsområde", "Controller", "Genomförd",
         "Inga avvikelser noterade i stickproven.", "GENOMFORD", "nej"),
        ("Ekonomi", "Inköp utanför avtal", "Inköp sker från upphandlade leverantörer",
         "Stickprov 30 inköp januari–juni", "Controller", "Genomförd med anmärkning",
         "4 av 30 inköp gjordes utanför avtal (förbrukningsmaterial).\nInformation ges på rektorsmötet i september.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Oegentligheter", "Förtroendekänsliga poster – representation och kurser",
         "Granskning av samtliga representationsfakturor", "Ekonomichef", "Delvis genomförd",
         "Granskning gjord för januari–april utan anmärkning. Maj–augusti granskas i september.", "DELVIS", "nej"),
        ("Elevhälsa och skolplikt", "Elever som inte fullgör skolplikten uppmärksammas inte",
         "Uppföljning av elevers frånvaro enligt rutin för problematisk skolfrånvaro",
         "Stickprov 5 elever per skola", "Elevhälsochef", "Genomförd",
         "Rutinen följs på samtliga skolor. Två skolor har brister i dokumentationen, åtgärdas under HT.",
         "GENOMFORD", "ja"),
        ("Elevhälsa och skolplikt", "Kränkande behandling anmäls inte i tid",
         "Anmälan till huvudman om kränkande behandling sker skyndsamt",
         "Genomgång av samtliga anmälningar i DF Respons", "Verksamhetsutvecklare", "Delvis genomförd",
         "Genomgång av vårterminen klar. 11 av 142 anmälningar inkom senare än 5 arbetsdagar efter händelsen.",
         "DELVIS", "ja"),
        ("Personal", "Olämplig person anställs i verksamhet med barn",
         "Registerutdrag ur belastningsregistret inför anställning",
         "Kontroll av samtliga nyanställningar april–augusti", "HR-specialist", "",
         "Kontrollen är genomförd. Utdrag fanns för samtliga 37 nyanställda.", "GENOMFORD", "nej"),
        ("Personal", "Brister i arbetsmiljön",
         "Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter",
         "Genomgång av protokoll", "Förvaltningschef", "Ej påbörjad",
         "Skyddsronderna planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Information och IT", "Obehöriga har åtkomst till elevuppgifter",
         "Behörigheter i elevdokumentationssystemet tas bort när personal slutar",
         "Jämförelse personalsystem mot behörighetslista", "IT-samordnare", "Utgår",
         "Ersätts av central kontroll i kommunstyrelsens internkontrollplan.", "UTGAR", ""),
        ("Information och IT", "Skyddade personuppgifter röjs",
         "Hantering av elever med skyddade personuppgifter i skolans system",
         "Genomgång med skoladministratörer", "Skolchef", "Genomförd", "", "GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Uppföljning delår"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningsperiod: Delår 1 (januari–augusti 2025)"
    ws["A4"] = "Välj status i listan: Genomförd / Genomförd med anmärkning / Delvis genomförd / Ej påbörjad / Utgår"
    ws["A4"].font = Font(italic=True, color="595959")
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar delår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.border = BOX; cell.alignment = WRAP
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med anmärkning,Delvis genomförd,Ej påbörjad,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    r = 7; start = {}
    for row in rows:
        proc = row[0]
        if proc not in start:
            start[proc] = [r, r]; ws.cell(r, 1, proc)
        start[proc][1] = r
        for c, v in enumerate(row[1:7], 2):
            ws.cell(r, c, v if v != "" else None)
        for c in range(1, 8):
            ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
        dv.add(ws.cell(r, 6))
        EXP.append((fil, BUN, row[2], row[7], row[8]))
        r += 1
    for p, (a, b) in start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    r += 1
    ws.cell(r, 1, "Sammanställt av: Lina Berggren, kvalitetsutvecklare BUF, 2025-09-08")
    ws.cell(r + 1, 1, "Behandlas i barn- och utbildningsnämnden 2025-09-23")
    for col, w in zip("ABCDEFG", [18, 28, 45, 32, 18, 24, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))
    return fil

# ---------------------------------------------------------------- 2 SN xlsx, traffic-light fills
GREEN, ORANGE, YELLOW, RED, GREY = "00B050", "FFC000", "FFFF00", "FF0000", "BFBFBF"
def f_sn():
    fil = "Socialnämnden uppföljning IK delår 2025.xlsx"
    rows = [  # nr, område, km, metod, frekvens, T1 fill/text, Delår fill/text, kommentar, exp, avv
        ("1", "Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Stickprov 25 akter", "Tertial", GREEN, GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd stämmer mot beslut",
         "Stickprov 25 utbetalningar", "Tertial", GREEN, ORANGE,
         "2 av 25 utbetalningar avvek från beslut (dubbelutbetalning av hyra). Återkrav upprättat.", "GENOMFORD", "ja"),
        ("3", "Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Tertial", YELLOW, ORANGE,
         "94 % av förhandsbedömningarna gjordes inom 14 dagar (mål 100 %). Bemanningen i mottagningsgruppen förstärks från september.",
         "GENOMFORD", "ja"),
        ("4", "Äldreomsorg", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Stickprov 10 akter per enhet", "Halvår", GREY, YELLOW,
         "Stickprov gjort på 4 av 7 enheter. Resterande enheter granskas i september.", "DELVIS", ""),
        ("5", "Äldreomsorg", "Läkemedelshantering – avvikelser rapporteras och åtgärdas",
         "Genomgång av avvikelserapporter", "Halvår", GREY, RED,
         "Ej genomförd p.g.a. vakans som MAS. Skjuts till tertial 3.", "EJ_GENOMFORD", ""),
        ("6", "LSS", "Fakturering från utförare av personlig assistans stämmer mot beviljade timmar",
         "Stickprov 10 brukare", "Årlig", GREEN, None, "", "GENOMFORD", "nej"),
        ("7", "Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Tertial", GREEN, GREEN,
         "3 rapporter under perioden, samtliga hanterade inom föreskriven tid.", "GENOMFORD", "nej"),
        ("8", "Informationssäkerhet", "Loggkontroll i verksamhetssystemet för otillbörlig åtkomst",
         "Slumpvis logguttag 10 användare", "Tertial", None, None, "", "SAKNAS", ""),
        ("9", "Barn och unga", "Placeringar på HVB sker hos upphandlade leverantörer",
         "Genomgång av samtliga nya placeringar", "Tertial", "–", GREEN,
         "Samtliga 6 nya placeringar hos avtalade leverantörer.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025, uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ifylls av: kvalitetsstrateg, socialförvaltningen. Markera status med färg enligt teckenförklaring nedan."
    hdr = ["Nr", "Område", "Kontrollmoment", "Metod", "Frekvens", "T1", "Delår", "Kommentar delår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX; cell.alignment = WRAP
    r = 5
    for row in rows:
        for c, v in enumerate(row[:5], 1):
            ws.cell(r, c, v)
        for c, v in ((6, row[5]), (7, row[6])):
            if v and v != "–":
                ws.cell(r, c).fill = PatternFill("solid", fgColor=v)
            elif v == "–":
                ws.cell(r, c, "–").alignment = Alignment(horizontal="center")
        ws.cell(r, 8, row[7] or None)
        for c in range(1, 9):
            ws.cell(r, c).border = BOX
            if c not in (6, 7):
                ws.cell(r, c).alignment = WRAP
        EXP.append((fil, SN, row[2], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(r, 2, "Teckenförklaring").font = BOLD; r += 1
    for col, txt in ((GREEN, "Genomförd utan avvikelse"), (ORANGE, "Genomförd med avvikelse"),
                     (YELLOW, "Pågående / delvis genomförd"), (RED, "Ej genomförd"),
                     (GREY, "Ej aktuell denna period")):
        ws.cell(r, 2).fill = PatternFill("solid", fgColor=col); ws.cell(r, 2).border = BOX
        ws.cell(r, 3, txt); r += 1
    for col, w in zip("ABCDEFGH", [5, 20, 48, 30, 10, 8, 8, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.right.text = "Socialförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))

# ---------------------------------------------------------------- 3 SBN xls (xlwt), status words
def f_sbn():
    fil = "SBN IK-uppföljning 2025 delår.xls"
    rows = [  # id, process, km, ansvarig, avvikelse, åtgärd, status, återredovisas, exp, avv
        ("SBN-1", "Fakturahantering", "Kontroll att leverantörsfakturor attesteras av behörig attestant",
         "Redovisningsekonom", "Ingen avvikelse", "", "Granskning genomförd", "", "GENOMFORD", "nej"),
        ("SBN-2", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Upphandlare", "3 av 12 direktupphandlingar saknade dokumentation.",
         "Utbildning för projektledare hösten 2025.", "Granskning genomförd", "Helår", "GENOMFORD", "ja"),
        ("SBN-3", "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
         "Parkchef", "", "", "Pågår", "Helår", "DELVIS", ""),
        ("SBN-4", "VA", "Fakturering av VA-anslutningsavgifter sker enligt gällande taxa",
         "VA-chef", "Ingen avvikelse", "", "Granskning genomförd", "", "GENOMFORD", "nej"),
        ("SBN-5", "Fastighet", "Hyresavtal för externt inhyrda lokaler följs upp mot avtalsregistret",
         "Fastighetsförvaltare", "", "", "Granskning ej genomförd", "Helår", "EJ_GENOMFORD", ""),
        ("SBN-6", "Trafik", "Färdtjänstresor faktureras enligt avtal",
         "Trafikhandläggare", "Felaktig moms på 2 fakturor från entreprenören.", "Kreditering begärd och mottagen.",
         "Granskning genomförd", "", "GENOMFORD", "ja"),
        ("SBN-7", "Gata/park", "Vinterväghållning – entreprenörens tidrapporter stäms av mot väderdata",
         "Gatuchef", "Ingen avvikelse", "", "Granskning genomförd", "", "GENOMFORD", "nej"),
        ("SBN-8", "Fordon", "Kontroll av drivmedelskort – tankning mot körjournal",
         "Fordonssamordnare", "", "", "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    b = xlwt.easyxf("font: bold on")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    c = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Uppföljning av intern kontroll", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Nämnd/enhet:", b); ws.write(1, 1, "Samhällsbyggnadsnämnden")
    ws.write(2, 0, "År:", b); ws.write(2, 1, 2025)
    ws.write(3, 0, "Uppföljning:", b); ws.write(3, 1, "Delår (t.o.m. 31 augusti)")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Kontrollansvarig", "Konstaterad avvikelse",
           "Förslag på åtgärder", "Status", "Återredovisas"]
    for i, t in enumerate(hdr):
        ws.write(5, i, t, h)
    r = 6
    for row in rows:
        for i, v in enumerate(row[:8]):
            ws.write(r, i, v, c)
        EXP.append((fil, SBN, row[2], row[8], row[9]))
        r += 1
    ws.write(r + 1, 0, "Uppföljningen behandlas i samhällsbyggnadsnämnden 2025-09-24.")
    for i, w in enumerate([8, 18, 50, 20, 40, 35, 24, 14]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))

# ---------------------------------------------------------------- 4 KFN docx, symbols + legend
def f_kfn():
    fil = "Kultur och fritid - uppföljning internkontroll augusti 2025.docx"
    rows = [
        ("Kontantkassor i simhall och bibliotek stäms av och inventeras",
         "Oanmäld kassainventering två gånger per halvår", "Två inventeringar utförda, differens 0 kr.",
         "✔", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Stickprov 15 ansökningar om aktivitetsstöd",
         "2 föreningar fick aktivitetsstöd för fler deltagartillfällen än redovisat. Återkrav har skickats.",
         "✔!", "GENOMFORD", "ja"),
        ("Uthyrning av idrottshallar faktureras korrekt",
         "Jämförelse bokningssystem mot fakturor för maj", "Avstämningen är påbörjad och beräknas vara klar i oktober.",
         "◐", "DELVIS", ""),
        ("Avtal med externa arrangörer är undertecknade av behörig person",
         "Genomgång av samtliga avtal 2025", "Se bilaga 2.", "", "OKLAR", ""),
        ("Registerutdrag för ledare i kommunens lovverksamhet",
         "Kontroll av samtliga ledare i sommarlovsaktiviteter", "Utdrag uppvisades för samtliga 14 ledare.",
         "✔", "GENOMFORD", "nej"),
        ("Inventarieförteckning för kulturskolans instrument är uppdaterad",
         "Fysisk inventering mot förteckning",
         "Ej genomförd. Skjuts till 2026 på grund av kulturskolans flytt till nya lokaler.",
         "✘", "EJ_GENOMFORD", ""),
    ]
    d = docx.Document(); fixdoc(d)
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 96). "
                    "Nedan redovisas uppföljningen av planens kontrollmoment för perioden januari–augusti 2025. "
                    "Kontrollerna har utförts av förvaltningens controller och respektive verksamhetschef.")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Metod och omfattning", "Resultat per 31 augusti", "Bedömning"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(4):
            cells[i].text = row[i]
        EXP.append((fil, KFN, row[0], row[4], row[5]))
    d.add_paragraph("")
    d.add_paragraph("Teckenförklaring: ✔ = genomförd utan anmärkning, ✔! = genomförd med anmärkning, "
                    "◐ = pågår / delvis genomförd, ✘ = ej genomförd.")
    d.add_paragraph("Bilaga 2: Förteckning över granskade arrangörsavtal (separat dokument).")
    d.add_paragraph("Sävsjöby 2025-09-05\nMaria Lindqvist, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))

# ---------------------------------------------------------------- 5 MBN doc (via LibreOffice), process heading rows
def f_mbn(tmp):
    fil = "Uppföljning intern kontroll MBN 2025-08-31.doc"
    groups = [
        ("Process: Bygglov", [
            ("Beslut fattas utan stöd i delegation", "9",
             "Bygglovsbeslut fattade på delegation anmäls till nämnden", "Ja",
             "Samtliga delegationsbeslut har anmälts månadsvis. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Lagstadgad handläggningstid överskrids", "12",
             "Handläggningstid för kompletta bygglovsansökningar inom 10 veckor", "Ja",
             "Stickprov 40 ärenden: 6 ärenden överskred 10 veckor, avgiften reducerades enligt PBL. Orsak: vakanser. Åtgärdsplan tas fram.",
             "GENOMFORD", "ja"),
        ]),
        ("Process: Tillsyn", [
            ("Tillsynsplanen följs inte", "8", "Tillsynsplanen för livsmedelskontroll följs", "Delvis",
             "62 % av årets planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""),
            ("Felaktig debitering", "6", "Avgifter för tillsyn debiteras enligt taxa", "Ja",
             "Stickprov 20 ärenden, inga fel.", "GENOMFORD", "nej"),
        ]),
        ("Process: Ekonomi och administration", [
            ("Felaktiga utbetalningar", "6", "Attest av leverantörsfakturor enligt attestordningen", "Ja",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Byggsanktionsavgifter tas inte ut", "8", "Byggsanktionsavgifter beslutas och debiteras", "Nej",
             "Kontrollen görs i samband med helårsuppföljningen.", "EJ_GENOMFORD", ""),
            ("Handlingar gallras felaktigt", "4", "Arkivering av bygglovshandlingar i e-arkivet", "Utgår",
             "Utgår enligt nämndbeslut 2025-04-16 § 41, ersatt av digital ärendehantering.", "UTGAR", ""),
        ]),
    ]
    d = docx.Document(); fixdoc(d)
    d.add_heading("Miljö- och byggnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delår (per 2025-08-31)").runs[0].bold = True
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens (1–16). Kolumnen Genomförd anges med Ja, Nej eller Delvis.")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Risk", "Riskvärde", "Kontrollmoment", "Genomförd", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for head, rs in groups:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4]); m.text = head; m.paragraphs[0].runs[0].bold = True
        for row in rs:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = row[i]
            EXP.append((fil, MBN, row[2], row[5], row[6]))
    d.add_paragraph("")
    d.add_paragraph("Kontaktperson: Johan Ek, nämndsekreterare miljö- och byggförvaltningen")
    src = os.path.join(tmp, "Uppföljning intern kontroll MBN 2025-08-31.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round316",
                    "--convert-to", "doc", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))

# ---------------------------------------------------------------- 6 Stratsys CSV, two nämnder, long format
def f_csv():
    fil = "Stratsys_export_IK_2025-09-12.csv"
    T1, DEL = "Tertial 1 2025", "Delår 2025"
    ctrls = [  # enhet, process, risk, km, ansvarig, [(period, status, kommentar, avv)], exp, avv, nämnd
        ("Kommunledningsförvaltningen", "Ekonomiprocess", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         [(T1, "Klar", "Stickprov 50 fakturor utan anmärkning.", "Nej"),
          (DEL, "Klar", "Stickprov 50 fakturor maj–aug, inga avvikelser.", "Nej")], "GENOMFORD", "nej", KS),
        ("Kommunledningsförvaltningen", "Inköpsprocess", "Inköp utan avtal",
         "Avtalstrohet vid inköp av konsulttjänster", "Upphandlingschef",
         [(T1, "Pågående", "Uttag ur e-handelssystemet gjort.", ""),
          (DEL, "Klar", "7 av 40 inköp saknade avtal.\nÅterkoppling till berörda chefer i september.", "Ja")],
         "GENOMFORD", "ja", KS),
        ("Kommunledningsförvaltningen", "Löneprocess", "Felaktiga löneutbetalningar",
         "Löneutbetalningar – kontroll av nyupplagda anställningar mot beslut", "Lönechef",
         [(T1, "Ej påbörjad", "", ""),
          (DEL, "Pågående", "Kontroll av januari–juni klar utan anmärkning, juli–augusti återstår.", "")],
         "DELVIS", "nej", KS),
        ("Kommunledningsförvaltningen", "IT och informationssäkerhet", "Obehörig åtkomst",
         "Behörigheter i ekonomisystemet avslutas vid avslutad anställning", "Systemförvaltare",
         [(T1, "Klar", "3 konton var fortfarande aktiva efter avslutad anställning. Konton spärrade.", "Ja"),
          (DEL, "", "", "")], "GENOMFORD", "ja", KS),
        ("Kommunledningsförvaltningen", "Nämndadministration", "Delegationsbeslut anmäls inte",
         "Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         [(DEL, "Avbruten", "Kontrollmomentet avbrutet genom beslut KS 2025-05-06 § 77.", "")],
         "UTGAR", "", KS),
        ("Kommunledningsförvaltningen", "Ekonomiprocess", "Oegentligheter",
         "Förtroendekänsliga poster – kommunstyrelsens ordförandes kostnader granskas", "Ekonomichef",
         [(T1, "", "", ""), (DEL, "Klar", "Granskat av förste vice ordförande, inga anmärkningar.", "Nej")],
         "GENOMFORD", "nej", KS),
        ("Överförmyndarenheten", "Granskning", "Förskingring av huvudmans medel",
         "Årsräkningar granskas inom fastställd tid", "Enhetschef överförmyndare",
         [(T1, "Pågående", "45 % granskade.", ""), (DEL, "Pågående", "78 % av årsräkningarna granskade.", "")],
         "DELVIS", "", OFN),
        ("Överförmyndarenheten", "Arvoden", "Felaktiga arvoden",
         "Arvoden till ställföreträdare beräknas enligt riktlinje", "Handläggare",
         [(DEL, "Klar", "2 felaktigt beräknade arvoden upptäcktes och korrigerades.", "Ja")], "GENOMFORD", "ja", OFN),
        ("Överförmyndarenheten", "Rekrytering", "Olämplig ställföreträdare",
         "Kontroll av att ställföreträdare har registerutdrag och kreditupplysning", "Handläggare",
         [(T1, "Ej påbörjad", "", ""), (DEL, "Ej påbörjad", "Planeras till november.", "")],
         "EJ_GENOMFORD", "", OFN),
        ("Överförmyndarenheten", "Granskning", "Omyndigas medel placeras felaktigt",
         "Placering av omyndigas medel sker enligt föräldrabalken", "Enhetschef överförmyndare",
         [(T1, "Klar", "Inga avvikelser.", "Nej"), (DEL, "Klar", "Inga avvikelser.", "Nej")], "GENOMFORD", "nej", OFN),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Plan", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Period", "Status",
                    "Kommentar", "Avvikelse rapporterad", "Senast ändrad"])
        for c in ctrls:
            for per, st, kom, av in c[5]:
                w.writerow([c[0], "Internkontrollplan 2025", c[1], c[2], c[3], c[4], per, st, kom, av,
                            "2025-09-0%d" % (1 + len(kom) % 9) if st else ""])
            EXP.append((fil, c[8], c[3], c[6], c[7]))
    FILES.append((fil, "INLAST", KS, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))

# ---------------------------------------------------------------- 7 TSN xlsx, codes, legend on other sheet, nämnd in print header
def f_tsn():
    fil = "TSN delår IK.xlsx"
    items = [
        ("Måltidsservice", None),
        ("1", "Livsmedelsinköp i måltidsverksamheten sker enligt avtal", "Stickprov 20 inköp/tertial", "Kostchef",
         "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Egenkontroll enligt HACCP i samtliga tillagningskök", "Genomgång av egenkontrollpärmar", "Kostchef",
         "P", "GA", "", "Två kök saknade temperaturloggning v. 27–29. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Fordon och lokalvård", None),
        ("3", "Fordonsbokningar och körjournaler för kommunens bilpool", "Avstämning bokning mot körjournal",
         "Fordonssamordnare", "", "P", "", "Hälften av bilpoolens fordon kontrollerade.", "DELVIS", ""),
        ("4", "Lokalvårdens kvalitetsuppföljning enligt INSTA 800", "Kvalitetsmätning 10 objekt",
         "Lokalvårdschef", "E", "E", "", "Ej genomförd p.g.a. långtidssjukskrivning.", "EJ_GENOMFORD", ""),
        ("5", "Drivmedelsuttag med tankkort stäms av mot fordon", "Månadsvis avstämning", "Fordonssamordnare",
         "", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Administration", None),
        ("6", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Controller",
         "G", "G", "", "Stickprov 25 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("7", "Inventering av IT-utrustning (datorer och surfplattor)", "Inventering mot tillgångsregister",
         "IT-samordnare", "U", "", "", "Utgår enligt beslut TSN 2025-03-12 § 24.", "UTGAR", ""),
        ("8", "Felanmälningar åtgärdas inom avtalad tid", "Uttag ur felanmälningssystemet", "Driftchef",
         "", "", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Internkontroll 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning delår 2025 (t.o.m. augusti). Status anges med kod enligt fliken Förklaring."
    hdr = ["Nr", "Kontrollmoment", "Omfattning", "Ansvarig", "Jan–apr", "Maj–aug", "Sep–dec", "Kommentar"]
    ws.merge_cells("E3:G3"); ws["E3"] = "Status"; ws["E3"].alignment = Alignment(horizontal="center")
    ws["E3"].font = BOLD
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.fill = PatternFill("solid", fgColor="E2EFDA"); cell.border = BOX
    r = 5; counts = {}
    for it in items:
        if it[1] is None:
            ws.cell(r, 1, it[0]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1; continue
        for c, v in enumerate(it[:8], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BOX; cell.alignment = WRAP
            if c in (5, 6, 7):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        latest = it[5] or it[4]
        if latest:
            counts[latest] = counts.get(latest, 0) + 1
        EXP.append((fil, TSN, it[1], it[8], it[9]))
        r += 1
    r += 1
    ws.cell(r, 1, "Summering senaste status:").font = BOLD
    ws.cell(r, 2, ", ".join("%s=%d" % (k, counts[k]) for k in ("G", "GA", "P", "E", "U") if k in counts))
    for col, w in zip("ABCDEFGH", [5, 50, 32, 20, 9, 9, 9, 55]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Teknik- och servicenämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Statuskoder"; lg["A1"].font = BOLD
    for i, (k, v) in enumerate((("G", "Genomförd utan avvikelse"), ("GA", "Genomförd, avvikelse noterad"),
                                ("P", "Pågår"), ("E", "Ej genomförd"), ("U", "Utgår")), 2):
        lg.cell(i, 1, k); lg.cell(i, 2, v)
    lg.column_dimensions["B"].width = 32
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", TSN, "2025", "DELAR"))

# ---------------------------------------------------------------- 8 rejected: Excel lock file
def f_lock():
    fil = "~$BUN_IK_delår_2025.xlsx"
    user = "Lina Berggren"
    data = bytes([len(user)]) + user.encode("latin-1") + b" " * (53 - len(user)) + b"\x00"
    data += b"\x00" * 2 + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))

def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r316_")
    try:
        f_bun(); f_sn(); f_sbn(); f_kfn(); f_mbn(tmp); f_csv(); f_tsn(); f_lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXP:
            w.writerow(row)
    print("files:", len(FILES), "controls:", len(EXP))

if __name__ == "__main__":
    main()
