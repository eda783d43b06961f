#!/usr/bin/python3
# Blind round r306 – Kvarnby kommun, T1 2025 inbox
import csv, os, shutil, subprocess, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r306build"
os.makedirs(TMP, exist_ok=True)
FIXED = datetime.datetime(2025, 5, 6, 9, 0, 0)
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round306"]

def convert(src, fmt, outdir=OUT):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def fixprops(wb):
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.creator = "Kvarnby kommun"

EXP = []   # fil, nämnd, kontrollmoment, status, avvikelse
FILES = [] # fil, utfall, nämnd, år, period
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# ---------------------------------------------------------------- 1. KS xlsx (easy)
def f1():
    fn = "KS_IK_uppfoljning_T1_2025.xlsx"; nm = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning T1"; fixprops(wb)
    ws["A1"] = "Kvarnby kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"; ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Förvaltning:"; ws["B4"] = "Kommunledningskontoret"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "Status T1", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = BOLD; c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BOX
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per månad", "Redovisningschef", "Månadsvis", "Genomförd", "Stickprov januari–april, inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation följer riktlinjer för representation", "Stickprov 15 verifikationer", "Controller", "Tertialvis", "Genomförd med avvikelse", "2 av 15 verifikationer saknade deltagarförteckning och syfte. Påminnelse skickad till samtliga chefer.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje för direktupphandling", "Genomgång av direktupphandlingsregistret", "Upphandlingschef", "Tertialvis", "Pågår", "Granskningen av mars–april pågår och beräknas vara klar i maj.", "DELVIS", ""),
        (4, "Personal", "Behörigheter i lönesystemet avslutas när anställningen upphör", "Jämförelse avslutade anställningar mot aktiva konton i Personec", "HR-chef", "Tertialvis", "Genomförd", "Tre konton var fortfarande aktiva efter avslutad anställning. Kontona har stängts och rutinen har förtydligats.", "GENOMFORD", "ja"),
        (5, "IT", "Återläsningstest av säkerhetskopior för verksamhetskritiska system", "Test av återläsning av ett utvalt system", "IT-chef", "Halvårsvis", "Ej påbörjad", "Planerad till maj 2025.", "EJ_GENOMFORD", ""),
        (6, "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Stickprov 30 handlingar", "Registrator", "Tertialvis", "Genomförd", "Samtliga 30 handlingar diarieförda inom två arbetsdagar. Inga avvikelser.", "GENOMFORD", "nej"),
        (7, "Dokumenthantering", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Avstämning delegationsordning mot anmälda beslut", "Kanslichef", "Tertialvis", None, None, "SAKNAS", ""),
        (8, "Säkerhet", "Kontinuitetsplaner för samhällsviktig verksamhet är uppdaterade", "Genomgång av planer", "Säkerhetschef", "Årligen", "Utgår", "Ersätts av ny kontroll enligt beslut KS 2025-03-12 § 45.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        EXP.append((fn, nm, row[2], row[8], row[9])); r += 1
    ws.merge_cells("B7:B8"); ws.merge_cells("B12:B13")
    ws.cell(r + 1, 1, "Sammanställt av: Anna Lindqvist, controller, 2025-05-06")
    for col, w in zip("ABCDEFGH", [5, 18, 50, 34, 18, 12, 22, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T1"))

# ---------------------------------------------------------------- 2. BUN docx, symbols + legend
def set_repeat(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color); tcPr.append(s)

def fixdoc(d):
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = "Kvarnby kommun"

def f2():
    fn = "BUN uppföljning intern kontroll T1 2025.docx"; nm = "Barn- och utbildningsnämnden"
    d = Document(); fixdoc(d)
    d.add_paragraph("Kvarnby kommun\nBarn- och utbildningsförvaltningen")
    d.add_heading("Uppföljning av intern kontroll – tertial 1 2025", 1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (BUN 2024/388). "
                    "I denna rapport redovisas utfallet av de kontroller som genomförts under januari–april 2025. "
                    "Kontroller som inte genomförts under perioden redovisas på nytt i tertial 2.")
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Område", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "BDD7EE")
    set_repeat(t.rows[0])
    data = [
        ("Ekonomi", [
            ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Ekonom", "✔", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Avgifter", "Avgifter i förskola och fritidshem debiteras enligt fastställd taxa", "Stickprov 40 placeringar", "Avgiftshandläggare", "⚠", "Två felaktiga debiteringar upptäcktes och har rättats.", "GENOMFORD", "ja"),
            ("Inköp", "Inköp görs från avtalade leverantörer (avtalstrohet)", "Analys av inköpsstatistik", "Ekonomichef", "◐", "Analys för januari–februari klar, mars–april återstår.", "DELVIS", ""),
        ]),
        ("Verksamhet", [
            ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 20 beslut", "Skolskjutshandläggare", "✘", "Ej genomförd på grund av vakans. Flyttas till tertial 2.", "EJ_GENOMFORD", ""),
            ("Kränkande behandling", "Anmälningar om kränkande behandling utreds inom fastställd tid", "Genomgång av anmälningar i DF Respons", "Kvalitetsstrateg", "✔", "87 anmälningar under perioden, samtliga utredda inom fastställd tid.", "GENOMFORD", "nej"),
            ("Närvaro", "Elever med hög frånvaro i grundskolan har en upprättad åtgärdsplan", "Stickprov på tre skolor", "Rektorer", "⚠", "På en av skolorna saknades åtgärdsplan för fyra elever. Rektor har fått i uppdrag att åtgärda.", "GENOMFORD", "ja"),
            ("Personal", "Utdrag ur belastningsregistret har lämnats vid anställning i förskola", "Stickprov nyanställda", "HR-specialist", "—", "Kontrollen hanteras centralt av HR-avdelningen från 2025.", "UTGAR", ""),
        ]),
        ("Personal", [
            ("Rehabilitering", "Sjukfrånvaro längre än 14 dagar följs upp med plan för återgång i arbete", "Genomgång i Adato", "HR-partner", "◐", "Pågår.", "DELVIS", ""),
            ("Lön", "Lönetillägg och timlöner attesteras av behörig chef", "Stickprov 20 lönetransaktioner", "Löneadministratör", "", "Se bilaga 2.", "OKLAR", ""),
        ]),
    ]
    for grp, rows in data:
        r = t.add_row(); m = r.cells[0].merge(r.cells[5]); m.text = grp
        m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row[:6]): c.text = v
            EXP.append((fn, nm, row[1], row[6], row[7]))
    d.add_paragraph("")
    d.add_paragraph("Teckenförklaring:").runs[0].bold = True
    for s in ["✔  Genomförd utan anmärkning", "⚠  Genomförd med anmärkning", "◐  Pågår / delvis genomförd",
              "✘  Ej genomförd", "—  Utgår"]:
        d.add_paragraph(s)
    d.add_paragraph("Bilaga 2: Stickprovsredovisning lön (separat dokument)")
    d.add_paragraph("\nUlrika Berg\nFörvaltningschef, barn- och utbildningsförvaltningen\n2025-05-07")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T1"))

# ---------------------------------------------------------------- 3. Stratsys CSV, two stadsdelsnämnder
def f3():
    fn = "Stratsys_export_internkontroll_2025-05-12.csv"
    N = "Stadsdelsnämnd Norr"; S = "Stadsdelsnämnd Söder"
    ON = "Kvarnby kommun/Stadsdelsförvaltning Norr"; OS = "Kvarnby kommun/Stadsdelsförvaltning Söder"
    rows = [
        (ON, N, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Eva Sund", "Klar", "Nej", "Stickprov 20 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        (ON, N, "Individ- och familjeomsorg", "Handläggning av ekonomiskt bistånd sker inom 10 arbetsdagar från komplett ansökan", "Jonas Ek", "Klar", "Ja", "12 av 50 ärenden överskred handläggningstiden.\nÅtgärd: översyn av bemanning och ärendefördelning.", "GENOMFORD", "ja"),
        (ON, N, "Fritid", "Kontanthantering i fritidsgårdarnas kiosker sker enligt kassarutin", "Leila Haddad", "Pågående", "", "Två av fyra gårdar kontrollerade.", "DELVIS", ""),
        (ON, N, "Lokaler", "Hyresavtal för lokaler är uppdaterade och registrerade i avtalsdatabasen", "Eva Sund", "Ej påbörjad", "", "Startar i juni.", "EJ_GENOMFORD", ""),
        (ON, N, "Äldreomsorg", "Privata utförare inom hemtjänsten följs upp enligt avtal", "Per Holm", "Avbruten", "", "Avbruten genom beslut i SDN Norr 2025-03-20 § 18.\nUppföljningen ingår i nämndens plan för uppföljning av privata utförare.", "UTGAR", ""),
        (ON, N, "Administration", "Delegationsbeslut anmäls till nämnden", "Maria Lund", "Ej rapporterad", "", "", "SAKNAS", ""),
        (OS, S, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Kent Åberg", "Klar", "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
        (OS, S, "Individ- och familjeomsorg", "Handläggning av ekonomiskt bistånd sker inom 10 arbetsdagar från komplett ansökan", "Sara Nilsson", "Pågående", "", "Stickprov draget, granskning pågår.", "DELVIS", ""),
        (OS, S, "Äldreomsorg", "Läkemedelshantering på särskilt boende följer gällande rutin", "Birgitta Roos", "Klar", "Ja", "Brister i signeringslistor på Solgårdens vård- och omsorgsboende.\nHandlingsplan upprättad tillsammans med MAS.", "GENOMFORD", "ja"),
        (OS, S, "Fritid", "Föreningsbidrag betalas ut enligt beslut", "Ali Rahimi", "Klar", "Nej", "", "GENOMFORD", "nej"),
        (OS, S, "IT", "Behörigheter i verksamhetssystemet Lifecare är aktuella", "Kent Åberg", "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        (OS, S, "Administration", "Synpunkter och klagomål registreras och besvaras inom 14 dagar", "Maria Lund", "Klar", "Nej", "41 synpunkter, samtliga besvarade inom 14 dagar.", "GENOMFORD", "nej"),
    ]
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Intern kontroll – uppföljning kontrollmoment"])
        w.writerow(["Period: T1 2025 (januari–april)"])
        w.writerow(["Utskriftsdatum: 2025-05-12 08:41"])
        w.writerow([])
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Avvikelse", "Kommentar", "Senast ändrad"])
        for i, r in enumerate(rows):
            w.writerow([r[0], r[2], r[3], r[4], "T1 2025", r[5], r[6], r[7], "2025-05-%02d" % (2 + i % 8)])
            EXP.append((fn, r[1], r[3], r[8], r[9]))
    FILES.append((fn, "INLAST", N, "2025", "T1"))
    FILES.append((fn, "INLAST", S, "2025", "T1"))

# ---------------------------------------------------------------- 4. SN traffic lights -> .xls
def f4():
    fn = "Socialnämnden IK T1 2025.xls"; nm = "Socialnämnden"
    COL = {"G": "00B050", "Y": "FFFF00", "O": "FFC000", "R": "FF0000", "S": "BFBFBF"}
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"; fixprops(wb)
    ws["A1"] = "Internkontrollplan 2025 Socialnämnden – uppföljning tertial 1"; ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Färgmarkering i kolumnerna T1–T3:"; ws["A3"].font = BOLD
    leg = [("G", "Kontrollen genomförd utan anmärkning"), ("Y", "Kontrollen genomförd med anmärkning"),
           ("O", "Kontrollen pågår / delvis genomförd"), ("R", "Kontrollen ej genomförd"), ("S", "Kontrollen utgår")]
    for i, (k, txt) in enumerate(leg):
        ws.cell(4 + i, 1).fill = PatternFill("solid", fgColor=COL[k]); ws.cell(4 + i, 2, txt)
    H = 10
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(H, i, h); c.font = BOLD; c.border = BOX; c.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Myndighetsutövning barn och unga", "Barn far illa till följd av sen bedömning", 12, "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Stickprov 30 anmälningar", "Enhetschef mottagning", "G", "Stickprov 30 anmälningar, samtliga bedömda inom 14 dagar.", "GENOMFORD", "nej"),
        ("Myndighetsutövning barn och unga", "Utredningstiden överskrids", 9, "Utredningar avslutas inom fyra månader enligt SoL", "Uttag ur Treserva", "Enhetschef utredning", "O", "Januari–februari granskade: 5 av 22 utredningar överskred fyra månader. Mars–april återstår.", "DELVIS", "ja"),
        ("Myndighetsutövning barn och unga", "Placering i olämpligt familjehem", 16, "Placering i familjehem föregås av utredning av familjehemmet", "Genomgång av samtliga nya placeringar", "Enhetschef familjehem", "R", "Ej genomförd på grund av resursbrist. Genomförs under T2.", "EJ_GENOMFORD", ""),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", 8, "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Stickprov 25 utbetalningar", "Enhetschef ekonomiskt bistånd", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Återkrav uteblir", 6, "Återkrav av felaktigt utbetalt bistånd hanteras enligt rutin", "Genomgång av ärenden med felaktig utbetalning", "Enhetschef ekonomiskt bistånd", "Y", "I två ärenden hade återkrav inte beslutats. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Ekonomi och administration", "Oegentligheter vid inköp", 6, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Ekonom", "G", None, "GENOMFORD", "nej"),
        ("Ekonomi och administration", "Ramavtal följs inte", 8, "Köp av HVB-placeringar görs enligt ramavtal", "Genomgång av nya placeringar", "Controller", "S", "Utgår enligt beslut SN 2025-02-19 § 12.", "UTGAR", ""),
        ("Ekonomi och administration", "Handlingar diarieförs inte", 4, "Allmänna handlingar diarieförs inom två arbetsdagar", "Stickprov 30 handlingar", "Nämndsekreterare", None, None, "SAKNAS", ""),
        ("Kvalitet", "Missförhållanden rapporteras inte", 12, "Lex Sarah-rapporter utreds och anmäls till IVO inom fastställd tid", "Genomgång av lex Sarah-ärenden", "Kvalitetsutvecklare", None, "Genomförd i april, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = H + 1
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], row[5], None, None, None, row[7]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        if row[6]: ws.cell(r, 7).fill = PatternFill("solid", fgColor=COL[row[6]])
        EXP.append((fn, nm, row[3], row[8], row[9])); r += 1
    ws.cell(r + 1, 1, "Uppföljningen behandlas av socialnämnden 2025-05-21.")
    for col, w in zip("ABCDEFGHIJ", [26, 30, 10, 48, 30, 24, 6, 6, 6, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "Socialnämnden IK T1 2025.xlsx"); wb.save(src)
    convert(src, "xls")
    FILES.append((fn, "INLAST", nm, "2025", "T1"))

# ---------------------------------------------------------------- 5. TN text-only -> .odt
def f5():
    fn = "TN uppföljning internkontroll T1 2025.odt"; nm = "Tekniska nämnden"
    d = Document(); fixdoc(d)
    d.add_paragraph("Tekniska förvaltningen\nDnr TN 2025/112\n2025-05-08")
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 1", 1)
    d.add_paragraph("Tekniska nämnden antog sin internkontrollplan för 2025 den 4 december 2024. Planen omfattar sex "
                    "kontrollmoment. Nedan redovisas resultatet av kontrollerna för perioden januari–april 2025.")
    items = [
        ("Fakturor för entreprenader stäms av mot avtal och beslutade ÄTA-arbeten", "Projektcontroller",
         "Stickprov på tio fakturor från pågående investeringsprojekt. En faktura avsåg ÄTA-arbete som saknade skriftligt beslut; underlaget har kompletterats i efterhand.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Egenkontroller av lekplatser genomförs enligt SS-EN 1176", "Parkchef",
         "32 av kommunens 58 lekplatser har besiktigats. Resterande besiktigas under maj–juni.",
         "Delvis genomförd", "DELVIS", ""),
        ("Vinterväghållning – entreprenörens utryckningstider följs", "Gatuchef",
         "Loggar från entreprenörens GPS-system har jämförts med utryckningstider i avtalet för samtliga snöfall under perioden. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Körjournaler förs för samtliga poolbilar och förmånsbilar", "Fordonssamordnare",
         "Kontrollen har inte genomförts under perioden eftersom ny fordonssamordnare tillträder först i maj. Kontrollen genomförs under tertial 2.",
         None, "EJ_GENOMFORD", ""),
        ("VA-anslutningsavgifter debiteras enligt gällande VA-taxa", "VA-ekonom",
         "Stickprov på 15 nya anslutningar. Samtliga debiterade enligt taxan.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Skyddsronder genomförs på samtliga arbetsplatser enligt rutin för systematiskt arbetsmiljöarbete", "Avdelningschefer",
         "Skyddsronder har genomförts på fyra av sju arbetsplatser.",
         "Pågår", "DELVIS", ""),
    ]
    for i, (km, ans, res, st, s, a) in enumerate(items, 1):
        d.add_heading(f"Kontrollmoment {i}: {km}", 2)
        d.add_paragraph(f"Ansvarig: {ans}")
        d.add_paragraph(f"Resultat: {res}")
        if st: d.add_paragraph(f"Status: {st}")
        EXP.append((fn, nm, km, s, a))
    d.add_heading("Sammanfattande bedömning", 2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Ej genomförda och pågående "
                    "kontroller slutförs under tertial 2.")
    d.add_paragraph("Mats Ekström\nFörvaltningschef")
    src = os.path.join(TMP, "TN uppföljning internkontroll T1 2025.docx"); d.save(src)
    convert(src, "odt")
    FILES.append((fn, "INLAST", nm, "2025", "T1"))

# ---------------------------------------------------------------- 6. KFN plan + follow-up codes
def f6():
    fn = "KFN_internkontrollplan_2025_uppf.xlsx"; nm = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Plan och uppföljning"; fixprops(wb)
    ws["A1"] = "Kultur- och fritidsnämndens internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antagen av KFN 2024-12-10 § 98. Status per tertial 1 (januari–april) 2025, rapporterad 2025-05-09."
    ws["A3"] = "Statuskoder: se flik Anvisningar"
    # two-level header rows 5-6
    top = ["Nr", "Process/rutin", "Kontrollmoment", "Risk", "Riskbedömning", None, None, "Kontrollmetod", "Ansvarig", "Tidpunkt", "Uppföljning", None, None, "Kommentar"]
    sub = [None, None, None, None, "Sannolikhet", "Konsekvens", "Riskvärde", None, None, None, "T1", "T2", "Helår", None]
    for i, (a, b) in enumerate(zip(top, sub), 1):
        for rr, v in ((5, a), (6, b)):
            c = ws.cell(rr, i, v); c.font = BOLD; c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
    for col in "ABCDHIJN": ws.merge_cells(f"{col}5:{col}6")
    ws.merge_cells("E5:G5"); ws.merge_cells("K5:M5")
    rows = [
        (1, "Föreningsbidrag", "Bidrag till föreningar betalas ut enligt bidragsregler och beslut", "Felaktiga utbetalningar", 2, 3, "T1, T2", "Stickprov 10 föreningar", "Föreningskonsulent", "G", "Stickprov 10 föreningar.", "GENOMFORD", "nej"),
        (2, "Föreningsbidrag", "Aktivitetsstöd grundas på korrekt redovisade deltagartillfällen (kontroll mot närvarolistor)", "Överrapportering", 3, 3, "T1", "Kontroll mot närvarolistor", "Föreningskonsulent", "GA", "Två föreningar hade överrapporterat deltagartillfällen. Återkrav har skickats.", "GENOMFORD", "ja"),
        (3, "Kassahantering", "Kassaavstämning i Kvarnbybadets kassa görs dagligen", "Svinn, stöld", 2, 2, "T1, T2, Helår", "Genomgång av kassarapporter", "Badchef", "D", "Avstämning görs men dokumentation saknas för flera dagar i mars.", "DELVIS", "ja"),
        (4, "Kassahantering", "Inventering av kontantkassor på biblioteken", "Svinn, stöld", 2, 2, "T2", "Oanmäld inventering", "Bibliotekschef", None, None, "SAKNAS", ""),
        (5, "Uthyrning", "Bokning och fakturering av lokaler och anläggningar överensstämmer", "Intäktsbortfall", 3, 2, "T1", "Avstämning Interbook mot fakturering", "Bokningsansvarig", "E", "Skjuts till T2 på grund av systembyte.", "EJ_GENOMFORD", ""),
        (6, "Inköp", "Direktupphandlingar dokumenteras enligt riktlinje", "Otillåten direktupphandling", 2, 3, "T1", "Genomgång av dokumentation", "Administrativ chef", "D", "Underlag har begärts in från enheterna, sammanställning redovisas för nämnden i juni.", "DELVIS", ""),
        (7, "Personal", "Utdrag ur belastningsregistret begärs vid anställning inom fritidsgårdar och kulturskola", "Olämplig person anställs", 1, 4, "T1", "Stickprov nyanställda", "HR-partner", "U", "Utgår – ingår i HR-avdelningens centrala kontroll.", "UTGAR", ""),
        (8, "IT", "Behörigheter i bibliotekssystemet ses över", "Obehörig åtkomst", 2, 2, "T1", "Genomgång av behörighetslista", "Systemförvaltare", "G", None, "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        n, proc, km, risk, s, k, tid, met, ans, t1, kom, st, av = row
        vals = [n, proc, km, risk, s, k, s * k, met, ans, tid, t1, None, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        EXP.append((fn, nm, km, st, av)); r += 1
    for col, w in zip("ABCDEFGHIJKLMN", [4, 16, 48, 24, 11, 11, 9, 30, 20, 14, 6, 6, 7, 50]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Anvisningar")
    lines = ["Anvisningar för uppföljning", "",
             "Ange status i kolumnen för aktuell period med följande koder:",
             "G = Genomförd, inga avvikelser", "GA = Genomförd med avvikelse (beskriv i kommentar)",
             "D = Delvis genomförd / pågår", "E = Ej genomförd", "U = Utgår (ange beslut i kommentar)", "",
             "Riskvärde = sannolikhet × konsekvens (1–4). Riskvärde 9 eller högre ska alltid kontrolleras.",
             "Kontaktperson: Lena Åkesson, controller"]
    for i, t in enumerate(lines, 1): ws2.cell(i, 1, t)
    ws2["A1"].font = BOLD
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T1"))

# ---------------------------------------------------------------- 7. Kvarnbyhem AB, several tables -> .doc
def f7():
    fn = "Kvarnbyhem_internkontroll_rapport_T1-2025.doc"; nm = "Kvarnbyhem AB"
    d = Document(); fixdoc(d)
    d.add_heading("Kvarnbyhem AB – Rapport intern kontroll, första tertialet 2025", 1)
    d.add_paragraph("Till styrelsen för Kvarnbyhem AB, sammanträde 2025-05-27")
    d.add_paragraph("Enligt bolagets internkontrollplan för 2025, fastställd av styrelsen 2025-01-28, ska resultatet av "
                    "genomförda kontroller rapporteras till styrelsen varje tertial. Rapporten omfattar perioden 1 januari–30 april 2025.")
    secs = [
        ("1. Hyresadministration", [
            ("Hyresavisering sker enligt gällande hyresavtal och förhandlade hyror", "Stickprov 30 hyreskontrakt", "Inga fel noterades.", "Ingen anmärkning", "GENOMFORD", "nej"),
            ("Obetalda hyror överlämnas till inkasso enligt kravrutinen", "Genomgång av kravlistan för mars", "Fyra ärenden överlämnades senare än rutinen anger.", "Anmärkning", "GENOMFORD", "ja"),
            ("Lägenheter förmedlas i köordning enligt uthyrningspolicyn", "Stickprov 15 uthyrningar", "Granskningen pågår.", "Pågår", "DELVIS", ""),
        ]),
        ("2. Fastighetsförvaltning", [
            ("Felanmälningar åtgärdas inom avtalad tid", "Uttag ur fastighetssystemet", "91 % av felanmälningarna åtgärdades inom avtalad tid (mål 95 %).", "Anmärkning", "GENOMFORD", "ja"),
            ("Obligatorisk ventilationskontroll (OVK) är genomförd och godkänd för samtliga fastigheter", "Genomgång av OVK-registret", "Kontrollen är flyttad till hösten 2025.", "Ej utförd", "EJ_GENOMFORD", ""),
        ]),
        ("3. Ekonomi och inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Samtliga fakturor attesterade av behörig attestant.", "Ingen anmärkning", "GENOMFORD", "nej"),
            ("Beställningar av underhållsarbeten görs mot gällande ramavtal", "Genomgång av 25 beställningar", "Kontrollen genomförd. Samtliga beställningar var gjorda mot ramavtal.", "", "GENOMFORD", "nej"),
        ]),
    ]
    for title, rows in secs:
        d.add_heading(title, 2)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Genomförande", "Iakttagelser", "Bedömning"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row[:4]): c.text = v
            EXP.append((fn, nm, row[0], row[4], row[5]))
    d.add_paragraph("")
    d.add_paragraph("Bedömningsskala: Ingen anmärkning – kontrollen utförd utan avvikelser. Anmärkning – kontrollen utförd, "
                    "avvikelse noterad. Pågår – kontrollen påbörjad. Ej utförd – kontrollen har inte genomförts under perioden.")
    d.add_paragraph("Kvarnby 2025-05-14\n\nJohan Wall\nVD, Kvarnbyhem AB")
    src = os.path.join(TMP, "Kvarnbyhem_internkontroll_rapport_T1-2025.docx"); d.save(src)
    convert(src, "doc")
    FILES.append((fn, "INLAST", nm, "2025", "T1"))

# ---------------------------------------------------------------- 8. rejected: budget follow-up
def f8():
    fn = "Ekonomisk uppföljning T1 2025 KFN.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Driftredovisning"; fixprops(wb)
    ws["A1"] = "Kultur- och fritidsnämnden – ekonomisk uppföljning tertial 1 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–apr", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for i, h in enumerate(hdr, 1): ws.cell(4, i, h).font = BOLD
    rows = [("Nämnd och administration", 6200, 2010, 6150, 50, ""),
            ("Bibliotek", 28400, 9650, 28900, -500, "Ökade kostnader för e-medier."),
            ("Kulturskola", 19800, 6480, 19800, 0, ""),
            ("Fritidsgårdar", 22100, 7120, 21600, 500, "Vakanser under våren."),
            ("Idrottsanläggningar och bad", 41500, 14900, 42700, -1200, "Högre energikostnader i Kvarnbybadet."),
            ("Föreningsbidrag", 12300, 5800, 12300, 0, "")]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1): ws.cell(r, i, v)
        r += 1
    ws.cell(r, 1, "Summa").font = BOLD
    for col in "BCDE":
        ws[f"{col}{r}"] = f"=SUM({col}5:{col}{r-1})"
    for col, w in zip("ABCDEF", [30, 14, 14, 14, 20, 40]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))

def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Stadsbyggnadsnämnden", "SBN|Stadsbyggnadskontoret|SBK"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
        ("Stadsdelsnämnd Norr", "SDN Norr|Stadsdelsförvaltning Norr|SDF Norr"),
        ("Stadsdelsnämnd Söder", "SDN Söder|Stadsdelsförvaltning Söder|SDF Söder"),
        ("Kvarnbyhem AB", "Kvarnbyhem|KBH|Bostadsbolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)

if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8): fn()
    registers()
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXP), "controls")
