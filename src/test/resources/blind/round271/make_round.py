#!/usr/bin/python3
"""Round 271 – theme "progress as numbers". Ljungsåkra kommun, year 2025.
Builds every follow-up file, one file to reject, and namnder.csv / files.csv / expected.csv."""
import csv, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.formatting.rule import DataBarRule
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round271"]
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

def convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Ljungsåkra Bostäder AB", "LBAB|Ljungsåkrahem|Bostadsbolaget"),
    ("Räddningstjänstförbundet Södra Ljung", "RTF|Räddningstjänsten Södra Ljung"),
]

# ================================================================ 1. KS xlsx
def file_ks():
    fil = "KS_IK_uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Ljungsåkra kommun"; ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Uppföljningsperiod: Tertial 2 2025 (läge per 31 augusti)"; ws["A3"].font = Font(bold=True)
    ws["A4"] = ("Instruktion: Ange i kolumn G hur stor del av kontrollen som är färdigställd (0–100 %). "
                "100 % = kontrollen är genomförd, 1–99 % = pågår/delvis genomförd, 0 % = ej påbörjad. "
                "Kolumn F (Status) behöver bara fyllas i om kontrollen utgår eller vid särskilda skäl – procentsatsen gäller.")
    ws.merge_cells("A4:I4"); ws["A4"].alignment = WRAP; ws.row_dimensions[4].height = 45
    ws["A4"].fill = PatternFill("solid", fgColor="FFF2CC")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Färdigställt (%)",
           "Avvikelse (ja/nej)", "Kommentar / åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.border = BOX; cell.alignment = WRAP
    data = [
        ("Ekonomiprocesser", [
            ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial",
             "Redovisningschef", "Genomförd", 1.0, "Nej", "20 av 20 fakturor korrekt attesterade.", "GENOMFORD", "nej"),
            ("1.2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
             "Stickprov 15 verifikationer", "Controller", None, 1.0, "Ja",
             "3 av 15 verifikationer saknade deltagarlista. Påminnelse skickad till berörda chefer.", "GENOMFORD", "ja"),
            ("1.3", "Ekonomi", "Avstämning av balanskonton per tertial", "Genomgång av avstämningsunderlag",
             "Redovisningsekonom", "Pågår", 0.5, "Nej", "Avstämning T1 klar, T2 påbörjad.", "DELVIS", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("2.1", "Inköp", "Inköp följer gällande ramavtal (avtalstrohet)", "Analys av inköpsdata ur e-handelssystemet",
             "Upphandlingschef", None, 0.25, None, "Analysverktyget försenat, endast maj månad analyserad.", "DELVIS", ""),
            ("2.2", "Inköp", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "Stickprov 10 upphandlingar",
             "Upphandlare", None, 0.0, None, "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal och lön", [
            ("3.1", "Lön", "Korrekt registrering av anställningsavtal i lönesystemet", "Stickprov 25 avtal",
             "HR-chef", "Genomförd", 1.0, "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("3.2", "Lön", "Kontroll av behörigheter i personal- och lönesystemet", "Behörighetslista mot personalregister",
             "Systemförvaltare HR", None, 0.75, "Ja",
             "Två konton för avslutade anställda var aktiva; stängda 2025-06-12.\nÅterstår genomgång av chefsbehörigheter.",
             "DELVIS", "ja"),
            ("3.3", "Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Genomgång av rehabärenden",
             "HR-chef", "Utgår", None, None,
             "Utgår enligt KS beslut 2025-04-09 § 62, hanteras i personalbokslutet.", "UTGAR", ""),
        ]),
        ("Informationssäkerhet och dokumenthantering", [
            ("4.1", "Dokumenthantering", "Diarieföring av inkommande handlingar inom föreskriven tid",
             "Stickprov 30 handlingar", "Registrator", None, 1.0, "Nej", None, "GENOMFORD", "nej"),
            ("4.2", "Informationssäkerhet", "Efterlevnad av rutin för hantering av personuppgiftsincidenter",
             "Genomgång av incidentregister", "Dataskyddssamordnare", "Ej påbörjad", 0.0, None,
             "Resursbrist under sommaren.", "EJ_GENOMFORD", ""),
            ("4.3", "Dokumenthantering", "Gallring enligt dokumenthanteringsplan", "Kontroll i verksamhetssystem",
             "Arkivarie", None, None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = 7
    for group, rows in data:
        ws.cell(row=r, column=1, value=group).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for row in rows:
            for c, v in enumerate(row[:9], 1):
                cell = ws.cell(row=r, column=c, value=v); cell.border = BOX; cell.alignment = WRAP
            ws.cell(row=r, column=7).number_format = "0%"
            exp(fil, N, row[2], row[9], row[10])
            r += 1
    first, last = 8, r - 1
    ws.conditional_formatting.add(f"G{first}:G{last}",
        DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1, color="5B9BD5", showValue=True))
    r += 1
    ws.cell(row=r, column=6, value="Genomsnitt färdigställt").font = Font(bold=True)
    c = ws.cell(row=r, column=7, value=0.61); c.number_format = "0%"; c.font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Kerstin Holm, controller, 2025-09-15")
    ws.cell(row=r + 1, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2025-09-30")
    for col, w in zip("ABCDEFGHI", [6, 16, 48, 30, 20, 13, 15, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ================================================================ 2. BUN docx
def file_bun():
    fil = "BUN delår 2025 internkontroll.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Ljungsåkra kommun – Barn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, perioden januari–augusti 2025")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 118). Nedan redovisas hur långt "
        "respektive kontroll har kommit per den 31 augusti 2025.")
    p = d.add_paragraph()
    p.add_run("Läsanvisning: ").bold = True
    p.add_run("Kolumnen ”Genomförda kontroller” anger antalet utförda kontrolltillfällen eller stickprov i "
              "förhållande till antalet planerade för året, t.ex. 2/4. När samtliga planerade kontroller är utförda "
              "(t.ex. 4/4) är kontrollmomentet genomfört. 0/x innebär att kontrollen inte har påbörjats.")
    rows = [
        ("1", "Närvarorapportering i grundskolan sker dagligen i Skolsystemet", "Stickprov 4 skolor per kvartal",
         "Verksamhetscontroller", "2/4",
         "Två av fyra kvartal kontrollerade. Brister i rapporteringen på Ekbackens skola, åtgärdsplan upprättad.",
         "DELVIS", "ja"),
        ("2", "Handläggning av ansökningar om skolskjuts inom fyra veckor",
         "Stickprov 10 ärenden vid 4 tillfällen (feb, apr, jun, aug)", "Skolskjutssamordnare", "4/4",
         "Samtliga ärenden handlagda inom tidsgränsen.", "GENOMFORD", "nej"),
        ("3", "Anmälan om kränkande behandling till huvudman sker utan dröjsmål", "Genomgång av anmälningar, 4 stickprov",
         "Kvalitetsstrateg", "3 av 4 stickprov",
         "I ett stickprov (juni) hade anmälan gjorts först efter 9 dagar.", "DELVIS", "ja"),
        ("4", "Inköp av läromedel sker från avtalad leverantör", "Analys av leverantörsreskontra", "Ekonom", "0/2",
         "Kontrollen flyttas till hösten på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        ("5", "Utdrag ur belastningsregistret kontrolleras före anställning i förskolan",
         "Stickprov 15 nyanställningar", "HR-konsult", "1/1", "15 av 15 stickprov korrekta.", "GENOMFORD", "nej"),
        ("6", "Avgifter i fritidshem debiteras enligt beslutad taxa", "Stickprov 20 fakturor, 2 tillfällen",
         "Administratör", "2/2", "En felaktig debitering upptäcktes och har rättats.", "GENOMFORD", "ja"),
        ("7", "Uppföljning av elever med beslut om särskilt stöd (åtgärdsprogram)", "Granskning av 10 åtgärdsprogram",
         "Rektorer", "–", "Ej aktuell 2025, ingår i Skolinspektionens tillsyn under hösten.", "UTGAR", ""),
        ("8", "Systematiskt brandskyddsarbete på förskolorna", "Egenkontroll på samtliga 14 förskolor",
         "Förskolechefer", "6 av 14 förskolor",
         "Övriga förskolor genomför egenkontroll under september.", "DELVIS", ""),
        ("9", "Hantering av skyddade personuppgifter i elevregistret", "Kontroll av sekretessmarkering, 2 tillfällen",
         "Registrator", "1/2", "", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Metod och omfattning", "Ansvarig", "Genomförda kontroller",
                           "Resultat / kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cells[i].text = v
        exp(fil, N, row[1], row[6], row[7])
    tot = t.add_row().cells
    tot[1].text = "Totalt"; tot[4].text = "19/33"; tot[5].text = "58 % av årets planerade kontroller utförda"
    for c in tot:
        for p in c.paragraphs:
            for rn in p.runs: rn.bold = True
    widths = [Cm(1), Cm(7), Cm(5), Cm(3.5), Cm(3), Cm(7)]
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Ljungsåkra 2025-09-22")
    d.add_paragraph("Anders Berg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ================================================================ 3. SN ods (built as xlsx, converted)
def file_sn(tmp):
    fil = "Socialnamnden_IKP_helar_2025.ods"
    N = "Socialnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025"; ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning helår (tertial 1, tertial 2 och helår)"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Grad av genomförande (0–4):"; ws["A3"].font = Font(bold=True)
    ws["B3"] = ("0 = Ej påbörjad   1 = Påbörjad   2 = Hälften genomförd   3 = I huvudsak genomförd   "
                "4 = Helt genomförd   X = Utgår")
    ws.merge_cells("B3:H3")
    hdr = ["Risk-ID", "Process", "Kontrollmoment", "Riskvärde (S×K)", "Grad T1", "Grad T2", "Grad helår",
           "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h); cell.font = Font(bold=True); cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9D9D9"); cell.alignment = WRAP
    rows = [
        ("S1", "Myndighetsutövning barn och unga", "Utredningar inom barn och unga avslutas inom fyra månader", 12,
         2, 3, 4, "Samtliga 40 granskade utredningar avslutade inom lagstadgad tid eller med beslut om förlängning.",
         "GENOMFORD", "nej"),
        ("S2", "Myndighetsutövning vuxen", "Beslut om bistånd enligt SoL är dokumenterade och kommunicerade", 9,
         1, 2, 3, "Granskning av hemtjänstbeslut klar, särskilt boende återstår. 4 av 30 beslut saknade kommunicering.",
         "DELVIS", "ja"),
        ("S3", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut", 16, 4, 4, 4,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("S4", "Vård och omsorg", "Läkemedelshantering inom särskilt boende följer rutin", 12, 1, 4, None, None,
         "GENOMFORD", ""),
        ("S5", "Vård och omsorg", "Avvikelserapportering enligt lex Sarah hanteras inom 14 dagar", 16, 0, 0, 0,
         "Ej genomförd. Systembyte i verksamhetssystemet har förhindrat uttag av underlag. Flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("S6", "Boende", "Kontroll av att hyresavtal för skyddat boende är tecknade", 6, "X", "X", "X",
         "Utgår – verksamheten upphandlad externt från 2025-03-01.", "UTGAR", ""),
        ("S7", "Hemtjänst", "Genomförandeplaner upprättas inom 14 dagar i hemtjänsten", 12, 2, 2, 2,
         "Stickprov genomfört i 2 av 4 hemtjänstgrupper.", "DELVIS", ""),
        ("S8", "Ekonomi", "Hantering av brukares privata medel (kontanthantering)", 9, None, None, None, None,
         "SAKNAS", ""),
        ("S9", "Informationssäkerhet", "Loggkontroller i journalsystemet", 12, 1, 2, 4,
         "Loggkontroll genomförd kvartalsvis. En obefogad åtkomst upptäcktes och har anmälts till IMY.",
         "GENOMFORD", "ja"),
        ("S10", "Ekonomi", "Fakturering av avgifter inom äldreomsorgen enligt maxtaxa", 9, 0, 3, 4, None,
         "GENOMFORD", ""),
    ]
    fills = {0: "F4B084", 1: "FFE699", 2: "FFE699", 3: "C6E0B4", 4: "A9D08E"}
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BOX; cell.alignment = WRAP
            if c in (5, 6, 7) and isinstance(v, int):
                cell.fill = PatternFill("solid", fgColor=fills[v]); cell.alignment = Alignment(horizontal="center")
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Nämndens interna kontroll bedöms i huvudsak tillräcklig.")
    ws.cell(row=r + 1, column=1, value="Socialförvaltningen 2026-01-28, Maria Lindqvist, kvalitetscontroller")
    for col, w in zip("ABCDEFGH", [8, 28, 50, 10, 9, 9, 10, 60]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Socialnamnden_IKP_helar_2025.xlsx")
    wb.save(src)
    convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ================================================================ 4. Stratsys CSV, two nämnder
def file_csv():
    fil = "Export_Stratsys_IK_T2_2025.csv"
    TN, KFN = "Tekniska nämnden", "Kultur- och fritidsnämnden"
    rows = [
        (TN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef teknik", "Klar", "100%",
         "30 fakturor granskade, 2 attesterade av fel person. Rutinen har kommunicerats på APT.", "GENOMFORD", "ja"),
        (TN, "Fordon", "Kontroll av fordonsjournaler och drivmedelskort", "Fordonssamordnare", "", "60%",
         "Tre av fem enheter kontrollerade.", "DELVIS", ""),
        (TN, "VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "VA-chef", "Klar", "100%",
         "Inga anmärkningar.", "GENOMFORD", "nej"),
        (TN, "Investeringar", "Uppföljning av entreprenadkontrakt (ÄTA-arbeten godkänns skriftligt)", "Projektchef",
         "Ej påbörjad", "0%", "Flyttas till T3.", "EJ_GENOMFORD", ""),
        (TN, "VA", "Debitering av VA-avgifter stämmer mot taxa", "VA-ekonom", "", "100%", "", "GENOMFORD", ""),
        (TN, "Gata/park", "Besiktning av lekplatser enligt SS-EN 1176", "Parkchef", "", "", "Se bilaga 2",
         "OKLAR", ""),
        (TN, "Gata/park", "Hantering av tillstånd för gatuschakt", "Gatuingenjör", "Pågående", "25%", "",
         "DELVIS", ""),
        (KFN, "Föreningsstöd", "Bidrag till föreningar betalas ut enligt bidragsnormer", "Föreningskonsulent", "Klar",
         "100%", "12 av 12 ansökningar korrekt handlagda.", "GENOMFORD", "nej"),
        (KFN, "Kontanthantering", "Kassahantering i simhallen och på biblioteket", "Enhetschef", "Pågående", "50 %",
         "Simhallen kontrollerad: differens i dagskassan 2025-05-14 (–320 kr), utredd.\nBiblioteket återstår.",
         "DELVIS", "ja"),
        (KFN, "Uthyrning", "Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig", "", "0%", "",
         "EJ_GENOMFORD", ""),
        (KFN, "Tillgångar", "Inventering av konst och inventarier", "Kulturchef", "Utgår", "",
         "Avbruten genom beslut i KFN 2025-05-20 § 41.", "UTGAR", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll - uppföljning kontrollmoment"])
        w.writerow(["Period: 2025 Tertial 2"])
        w.writerow(["Utskriven: 2025-09-18 08:14 av stratsys\\ekonomi"])
        w.writerow([])
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Status", "Andel klart", "Kommentar"])
        for row in rows:
            w.writerow(row[:7])
            exp(fil, row[0], row[2], row[7], row[8])
    FILES.append((fil, "INLAST", TN, "2025", "T2"))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))

# ================================================================ 5. ÖFN xlsx, nämnd only in print header / file name
def file_ofn():
    fil = "ÖFN_IKP_helår_2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Helår"
    ws.oddHeader.left.text = "Ljungsåkra kommun"
    ws.oddHeader.center.text = "Överförmyndarnämnden"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"; ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = ("Utförandegrad: ■ = 20 % av planerade stickprov granskade. ■■■■■ = kontrollen är helt genomförd, "
                "□□□□□ = kontrollen är inte påbörjad.")
    ws.merge_cells("A2:F2"); ws["A2"].alignment = WRAP; ws.row_dimensions[2].height = 30
    hdr = ["Kontrollområde", "Kontrollmoment", "Stickprov (planerat)", "Granskade", "Utförandegrad", "Iakttagelser"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h); cell.font = Font(bold=True); cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("Årsräkningar", "Årsräkningar granskas inom sex månader från inlämnande", 50, 50, "■■■■■",
         "48 av 50 granskade inom tid, 2 försenade på grund av kompletteringar.", "GENOMFORD", "ja"),
        ("Ställföreträdare", "Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret", 20, 12,
         "■■■□□", "Resterande 8 utdrag begärs in i januari 2026.", "DELVIS", ""),
        ("Arvoden", "Arvoden till gode män och förvaltare beräknas enligt riktlinje", 30, 30, "■■■■■",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Spärrade konton", "Uttagstillstånd från spärrade konton beslutas av behörig handläggare", 10, 0, "□□□□□",
         "Ej genomförd – ansvarig handläggare föräldraledig.", "EJ_GENOMFORD", ""),
        ("Förteckningar", "Förteckningar över huvudmannens tillgångar inkommer inom två månader", 15, 6, "■■□□□",
         "I två fall inkom förteckningen först efter påminnelse.", "DELVIS", "ja"),
        ("Arkiv", "Digital arkivering av akter enligt informationshanteringsplan", "–", "–", None,
         "Ej aktuell 2025 – e-arkiv införs 2026.", "UTGAR", ""),
        ("Ställföreträdare", "Lämplighetsprövning av nya gode män dokumenteras", 12, 12, "■■■■■", None,
         "GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BOX; cell.alignment = WRAP
        ws.cell(row=r, column=5).font = Font(name="Segoe UI Symbol", color="2F75B5")
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Justerat 2026-02-10")
    ws.cell(row=r + 1, column=1, value="Lena Sjöberg, ordförande")
    for col, w in zip("ABCDEF", [18, 55, 12, 11, 14, 55]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ================================================================ 6. LBAB xls (xlwt), plan + 2024 columns
def file_lbab():
    fil = "LBAB_intern_kontroll_delar2025.xls"
    N = "Ljungsåkra Bostäder AB"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Delår 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, "
                       "top thin, bottom thin; alignment: wrap on")
    txt = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    pct = xlwt.easyxf("alignment: vert top, horiz right; borders: left thin, right thin, top thin, bottom thin",
                      num_format_str="0%")
    ws.write(0, 0, "Ljungsåkra Bostäder AB – Intern kontroll 2025", title)
    ws.write(1, 0, "Delårsuppföljning per 2025-08-31", bold)
    ws.write(2, 0, "Utfall anges som andel (%) av årets planerade kontroller som är utförda. "
                   "Status behöver endast anges vid avvikelse från plan eller om kontrollen utgår.")
    hdr = ["Kontrollmoment", "Ansvarig", "Plan: % klart per 31/8", "Utfall helår 2024", "Utfall % klart delår 2025",
           "Status", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, head)
    rows = [
        ("Hyresavier och hyreshöjningar registreras enligt förhandlingsöverenskommelse", "Ekonomichef", 1.0, 1.0, 1.0,
         "", "Kontroll mot förhandlingsprotokoll 2025, inga fel.", "GENOMFORD", "nej"),
        ("Besiktning vid avflyttning dokumenteras och debiteras", "Förvaltare", 0.5, 1.0, "50%", "",
         "Stickprov 10 av 20 avflyttningar granskade, en saknad debitering.", "DELVIS", "ja"),
        ("Bostadskön – lägenheter förmedlas i turordning", "Uthyrningschef", 0.5, 0.75, 0.0, "Försenad",
         "Kontrollen skjuts till kvartal 4.", "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestinstruktion", "Ekonomichef", 0.67, 1.0, 0.67, "", "",
         "DELVIS", ""),
        ("Direktupphandlingar dokumenteras enligt LOU och inköpspolicy", "VD", 0.5, 0.5, "100%", "",
         "Samtliga 6 direktupphandlingar dokumenterade.", "GENOMFORD", "nej"),
        ("Systematiskt brandskyddsarbete i flerbostadshusen", "Fastighetschef", 0.5, 1.0, 0.25, "Pågår", "",
         "DELVIS", ""),
        ("Utlämning av nycklar och passerbrickor registreras", "Kundcenter", 1.0, "–", None, "Utgår",
         "Ersätts av digitalt låssystem från maj 2025.", "UTGAR", ""),
        ("Hyresfordringar följs upp och överlämnas till inkasso enligt rutin", "Ekonomiassistent", 0.5, 1.0, "0%", "",
         "", "EJ_GENOMFORD", ""),
        ("Energideklarationer är giltiga för samtliga fastigheter", "Energisamordnare", 0.5, 1.0, None, "", "",
         "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7]):
            if v is None:
                ws.write(r, c, "", txt)
            elif isinstance(v, float):
                ws.write(r, c, v, pct)
            else:
                ws.write(r, c, v, txt)
        exp(fil, N, row[0], row[7], row[8])
        r += 1
    ws.write(r + 1, 0, "Rapporteras till styrelsen 2025-10-02. Kontaktperson: Johan Ek, ekonomichef")
    for c, w in enumerate([55, 18, 14, 14, 16, 12, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ================================================================ 7. MBN odt (docx -> odt), one table per process
def file_mbn(tmp):
    fil = "MBN_uppfoljning_IK_T2_2025.odt"
    N = "Miljö- och byggnadsnämnden"
    d = docx.Document()
    d.add_heading("Miljö- och byggnadsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2").runs[0].bold = True
    d.add_paragraph("Samhällsbyggnadsförvaltningen, Ljungsåkra kommun. Redovisningen avser läget per 31 augusti 2025.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("Status anges med G = genomförd, P = påbörjad, E = ej påbörjad. Kolumnen ”Genomfört” anger hur stor "
              "andel (%) av den planerade kontrollen som är utförd. Där status saknas gäller procentsatsen.")
    groups = [
        ("Process: Bygglov", [
            ("Bygglovsärenden handläggs inom tio veckor enligt PBL", "G", "100 %",
             "38 av 40 ärenden inom tid; två ärenden överskred tiden och avgiften reducerades.", "GENOMFORD", "ja"),
            ("Avgifter för bygglov debiteras enligt taxa", "", "50 %", "Stickprov för maj–juni klara.", "DELVIS", ""),
            ("Startbesked föregås av tekniskt samråd när det krävs", "E", "0 %", "", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Miljötillsyn", [
            ("Tillsynsplanen för miljöfarlig verksamhet följs", "P", "60 %",
             "24 av 40 planerade inspektioner utförda.", "DELVIS", ""),
            ("Timavgifter för tillsyn debiteras och följs upp", "", "100 %", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Klagomålsärenden bekräftas inom fem arbetsdagar", "", "", "", "SAKNAS", ""),
        ]),
        ("Process: Livsmedelskontroll", [
            ("Kontrollrapporter skickas till verksamhetsutövaren inom två veckor", "G", "100 %", "",
             "GENOMFORD", ""),
            ("Delegationsbeslut inom livsmedelskontrollen anmäls till nämnden", "", "Ej aktuellt",
             "Anmäls löpande, kontrollen utgår 2025.", "UTGAR", ""),
        ]),
        ("Process: Administration", [
            ("Diarieföring och arkivering av ärenden i ärendehanteringssystemet", "G", "0 %", "", "OKLAR", ""),
        ]),
    ]
    for heading, rows in groups:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Status", "Genomfört", "Resultat"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:4]):
                cells[i].text = v
            exp(fil, N, row[0], row[4], row[5])
        for row in t.rows:
            for i, w in enumerate([Cm(7), Cm(1.6), Cm(2.2), Cm(6.5)]):
                row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Sammantaget är 59 % av de planerade kontrollerna genomförda per tertial 2.")
    d.add_paragraph("Eva Nordin, förvaltningschef")
    src = os.path.join(tmp, "MBN_uppfoljning_IK_T2_2025.docx")
    d.save(src)
    convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ================================================================ 8. reject: KFN budget report with % bars
def file_reject():
    fil = "KFN budgetuppföljning augusti 2025.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Driftredovisning"
    ws["A1"] = "Kultur- och fritidsnämnden – Budgetuppföljning per augusti 2025"; ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Belopp i tkr. Riktvärde förbrukat per augusti: 67 %."
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Förbrukat (%)", "Prognos helår", "Avvikelse mot budget",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h); cell.font = Font(bold=True); cell.border = BOX
    rows = [
        ("Nämnd och förvaltningsledning", 4200, 2650, "Prognos enligt budget."),
        ("Bibliotek", 14800, 9620, ""),
        ("Kulturskola", 11300, 7980, "Ökade lokalkostnader."),
        ("Simhall", 9600, 7210, "Energikostnader högre än beräknat."),
        ("Fritidsgårdar", 7400, 4420, "Vakanser under våren."),
        ("Föreningsbidrag", 5100, 4990, "Bidrag utbetalda i mars och juni."),
        ("Allmän kultur och konst", 2300, 1310, ""),
    ]
    r = 5
    for name, bud, utf, kom in rows:
        prog = round(utf / 8 * 12 * 0.96) if name not in ("Föreningsbidrag",) else 5100
        vals = [name, bud, utf, round(utf / bud, 3), prog, bud - prog, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BOX
        ws.cell(row=r, column=4).number_format = "0%"
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for col in "BCEF":
        ws[f"{col}{r}"] = f"=SUM({col}5:{col}{r-1})"; ws[f"{col}{r}"].font = Font(bold=True)
    ws[f"D{r}"] = f"=C{r}/B{r}"; ws[f"D{r}"].number_format = "0%"
    ws.conditional_formatting.add(f"D5:D{r}", DataBarRule(start_type="num", start_value=0, end_type="num",
                                                           end_value=1, color="F4B183"))
    for col, w in zip("ABCDEFG", [32, 12, 14, 14, 14, 18, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

# ================================================================ main
def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep:
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r271_")
    try:
        file_ks(); file_bun(); file_sn(tmp); file_csv(); file_ofn(); file_lbab(); file_mbn(tmp); file_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)

if __name__ == "__main__":
    main()
