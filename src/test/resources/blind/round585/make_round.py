#!/usr/bin/python3
"""Round 585 – Tranemo kommun, delår 2025. Builds all files + CSVs deterministically."""
import csv, os, shutil, subprocess, random, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H
from odf.style import Style, TableColumnProperties, TextProperties

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def setv(ws, r, c, v, **kw):
    cell = ws.cell(row=r, column=c, value=v)
    if isinstance(v, str) and v.startswith("="):
        cell.data_type = "s"
    for k, val in kw.items():
        setattr(cell, k, val)
    return cell


# ---------------------------------------------------------------- 1 KFN tick columns
def kfn():
    fn = "KFN_Internkontroll_delar_2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning delår"
    setv(ws, 1, 1, "Tranemo kommun – Kultur- och fritidsnämnden", font=Font(bold=True, size=14))
    setv(ws, 2, 1, "Uppföljning av internkontrollplan 2025, delår januari–augusti")
    setv(ws, 3, 1, "Markera status med x i en av kolumnerna. Kommentera alltid avvikelser.", font=Font(italic=True))
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        setv(ws, 5, i, h, font=BOLD, border=BOX, fill=PatternFill("solid", fgColor="D9E1F2"))
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "x", "", "",
         "Stickprov på 20 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Kontroll av att föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidskonsulent", "x", "", "",
         "Tre föreningar saknade inskickad verksamhetsberättelse vid utbetalning. Komplettering begärd och bidraget hålls inne tills vidare.",
         "GENOMFORD", "ja"),
        ("Uppföljning av bokningar och debitering av idrottshallar", "Bokningsansvarig", "", "x", "",
         "Vårterminen kontrollerad utan fel. Höstterminen kontrolleras i december.", "DELVIS", "nej"),
        ("Inventering av kommunens konstsamling", "Kultursekreterare", "", "", "x",
         "Skjuts till 2026 på grund av vakans.", "EJ_GENOMFORD", ""),
        ("Kontroll av att belastningsregisterutdrag finns för ledare vid sommarlovsaktiviteter", "Enhetschef fritid", "", "", "",
         "Klart. Samtliga 14 ledare hade visat upp utdrag innan start.", "GENOMFORD", "nej"),
        ("Hantering av kontanta medel i biblioteket (kassa och avgifter)", "Bibliotekschef", "x", "x", "",
         "", "OKLAR", ""),
        ("Efterlevnad av riktlinjer för representation och gåvor", "Förvaltningschef", "", "", "",
         "", "SAKNAS", ""),
        ("Kontroll av timanställdas tidrapporter mot schema", "Enhetschef bibliotek", "x", "", "",
         "Utan anmärkning.", "GENOMFORD", "nej"),
    ]
    r = 6
    for i, (km, ans, g, d, e, kom, st, av) in enumerate(rows, 1):
        for c, v in enumerate([i, km, ans, g, d, e, kom], 1):
            setv(ws, r, c, v, alignment=WRAP, border=BOX)
        EXP.append((fn, N, km, st, av)); r += 1
    setv(ws, r + 1, 1, "Sammanställt av: Lena Gustafsson, ekonom, 2025-09-08")
    for col, w in zip("ABCDEFG", [5, 60, 20, 11, 9, 13, 60]):
        ws.column_dimensions[col].width = w
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 2 MBN Word "Se nedan"
def mbn():
    fn = "Uppföljning internkontroll MBN delår 2025.docx"
    N = "Miljö- och byggnämnden"
    d = Document()
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Miljö- och byggnämnden, Tranemo kommun\nDelårsuppföljning januari–augusti 2025")
    d.add_paragraph("Nedan redovisas resultatet av de kontroller som nämnden beslutade om i internkontrollplanen "
                    "för 2025 (MBN 2024-12-12 § 118).")
    rows = [
        ("Handläggningstid för bygglov – beslut inom lagstadgad tid (10 veckor)", "Bygglovschef", "Genomförd",
         "Samtliga 87 beslut fattades inom tidsfristen.", "GENOMFORD", "nej"),
        ("Debitering av tillsynsavgifter enligt taxa för miljöbalken", "Miljöchef", "Genomförd med avvikelse",
         "Två verksamheter hade debiterats enligt fel riskklass. Rättelse har skickats.", "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Nämndsekreterare", "Se nedan",
         "", "DELVIS", "nej"),
        ("Uppföljning av att planerad livsmedelskontroll genomförs enligt kontrollplan", "Miljöchef", "Ej genomförd",
         "Kontrollen genomförs under hösten när ny inspektör är på plats.", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkommande handlingar i bygglovsärenden", "Administratör", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hantering av sanktionsavgifter vid olovligt byggande", "Bygglovschef", "Se nedan",
         "", "GENOMFORD", "ja"),
        ("Kontroll av behörighet i verksamhetssystemet Ecos", "Systemförvaltare", "Utgår",
         "Ersätts av kommunövergripande kontroll som KS genomför.", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for i, (km, ans, st, kom, s, av) in enumerate(rows, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i), km, ans, st, kom]):
            c.text = v
        EXP.append((fn, N, km, s, av))
    d.add_paragraph("")
    d.add_paragraph("Kommentar till kontroll 3: Stickprov har gjorts för perioden januari–april. Alla beslut i "
                    "stickprovet var anmälda. Perioden maj–augusti granskas i oktober.")
    d.add_paragraph("Kommentar till kontroll 6: Kontrollen är genomförd. I ett av fem granskade ärenden hade "
                    "sanktionsavgiften beräknats på fel area. Beslutet har omprövats och rutinen förtydligats.")
    d.add_paragraph("Sammanfattning: Den interna kontrollen bedöms i huvudsak vara tillräcklig.")
    d.add_paragraph("Tranemo 2025-09-10\nMarcus Ek, förvaltningschef")
    d.save(fn); FILES.append((fn, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 3 SBN "Utfall delår" sentences
def sbn():
    fn = "SBN internkontroll 2025 uppföljning.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    setv(ws, 1, 1, "Internkontrollplan 2025 – Samhällsbyggnadsnämnden", font=Font(bold=True, size=13))
    setv(ws, 2, 1, "Uppföljning tertial 1 och delår (t.o.m. 31 augusti)")
    hdr = ["Område", "Kontrollmoment", "Risk (S×K)", "Ansvarig", "Utfall T1", "Utfall delår", "Åtgärd / kommentar"]
    for i, h in enumerate(hdr, 1):
        setv(ws, 4, i, h, font=BOLD, border=BOX)
    rows = [
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "3×3",
         "Upphandlare", "Ej hunnit", "Klart utan anmärkning", "", "GENOMFORD", "nej"),
        ("Upphandling", "Avtalstrohet vid inköp av entreprenadtjänster", "3×4",
         "Upphandlare", "", "Halvvägs", "Fortsätter under hösten.", "DELVIS", ""),
        ("Taxor och avgifter", "Fakturering av VA-anslutningsavgifter vid nybyggnation", "2×4",
         "VA-ingenjör", "", "Klart, två felaktiga debiteringar hittade", "Debiteringarna rättade i juni.", "GENOMFORD", "ja"),
        ("Gata/park", "Entreprenörens rapportering av vinterväghållning stäms av mot avtal", "2×3",
         "Gatuchef", "Klart utan anmärkning", "", "", "GENOMFORD", "nej"),
        ("Fastighet", "Inventering av nycklar och passerkort till kommunens fastigheter", "3×3",
         "Fastighetschef", "Ej hunnit", "Ej hunnit", "Planeras till november.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Skyddsronder i förskolor och skolor genomförs årligen", "2×4",
         "Fastighetschef", "", "Utgår enligt beslut SBN § 42", "Ingår i KS plan i stället.", "UTGAR", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs och attesteras", "2×2",
         "Fordonssamordnare", "Påbörjat", "Halvvägs, inga fel hittills", "", "DELVIS", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "2×3",
         "Controller", "", "Klart men se kommentar", "Tre fakturor attesterade av person utan behörighet. Attestlistan uppdaterad.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Avstämning av anläggningsregister mot genomförda investeringar", "2×3",
         "Controller", "", "Se bilaga 2", "", "OKLAR", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            setv(ws, r, c, v, alignment=WRAP, border=BOX)
        EXP.append((fn, N, row[1], row[7], row[8])); r += 1
    for col, w in zip("ABCDEFG", [16, 55, 10, 18, 22, 34, 50]):
        ws.column_dimensions[col].width = w
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 4 SN status first, long cells
def sn():
    fn = "SN uppföljning IKP delår 2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Delår 2025"
    setv(ws, 1, 1, "Socialnämnden, Tranemo kommun", font=Font(bold=True, size=13))
    setv(ws, 2, 1, "Uppföljning av internkontrollplan 2025 – delår per 31 augusti")
    hdr = ["Status", "Kontrollmoment", "Kontrollansvar", "Resultat och kommentar"]
    for i, h in enumerate(hdr, 1):
        setv(ws, 4, i, h, font=BOLD, border=BOX, fill=PatternFill("solid", fgColor="E2EFDA"))
    groups = [
        ("Myndighetsutövning", [
            ("Genomförd", "Kontroll av att beslut om bistånd enligt SoL fattas i enlighet med delegationsordningen. "
             "Stickprov om tio ärenden per enhet granskas av enhetschef. Resultatet redovisas i ledningsgruppen.",
             "Enhetschefer", "Inga avvikelser i de 40 granskade ärendena.", "GENOMFORD", "nej"),
            ("Genomförd med avvikelse", "Kontroll av att förhandsbedömningar inom barn och unga görs inom 14 dagar. "
             "Samtliga anmälningar under perioden jämförs mot datum för beslut om att inleda eller inte inleda utredning.",
             "Enhetschef IFO", "4 av 61 anmälningar överskred 14 dagar. Orsak: hög arbetsbelastning i maj.", "GENOMFORD", "ja"),
            ("Ej påbörjad", "Kontroll av att genomförandeplaner upprättas inom tre veckor efter beslut i hemtjänsten. "
             "Granskning sker i verksamhetssystemet för samtliga nya beslut under ett kvartal.",
             "Enhetschef hemtjänst", "Startar i september.", "EJ_GENOMFORD", ""),
        ]),
        ("Vård och omsorg", [
            ("Pågår", "Kontroll av att brukares privata medel på särskilda boenden hanteras enligt rutin. "
             "Kassaböcker och kvitton stäms av månadsvis av två personer. Avvikelser rapporteras till enhetschef.",
             "Enhetschefer SÄBO", "Två av fyra boenden kontrollerade, inga fel hittills.", "DELVIS", "nej"),
            ("Genomförd", "Kontroll av att avvikelser enligt lex Sarah rapporteras, utreds och anmäls till IVO när det krävs. "
             "Alla rapporter under perioden gås igenom av MAS/SAS.",
             "SAS", "", "GENOMFORD", ""),
            ("Delvis genomförd", "Kontroll av läkemedelshantering på särskilda boenden. "
             "Apotekets kvalitetsgranskning följs upp och åtgärdsplan upprättas för varje enhet.",
             "MAS", "Granskning gjord på Solgården; övriga enheter under hösten.", "DELVIS", ""),
            ("Utgår", "Kontroll av nyckelhantering i hemtjänsten. Kvittens av nycklar stäms av mot nyckelregistret. "
             "Digitala lås införs under året.",
             "Enhetschef hemtjänst", "Utgår då digitala lås införts i hela hemtjänsten.", "UTGAR", ""),
        ]),
        ("Ekonomi och personal", [
            ("", "Kontroll av att fakturor för köpt vård (placeringar) stämmer mot avtal och beslut. "
             "Stickprov om tio fakturor per halvår.",
             "Controller", "", "SAKNAS", ""),
            ("Genomförd", "Kontroll av att timanställda inte överskrider tillåten arbetstid enligt arbetstidslagen. "
             "Uttag ur Heroma görs per månad och analyseras av HR.",
             "HR-konsult", "Genomförd. Tre medarbetare översteg gränsen för övertid; chefer har informerats.", "GENOMFORD", "ja"),
        ]),
    ]
    r = 5
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        setv(ws, r, 1, "Process: " + gname, font=BOLD, fill=PatternFill("solid", fgColor="F2F2F2"))
        r += 1
        for st, km, ans, kom, s, av in rows:
            for c, v in enumerate([st, km, ans, kom], 1):
                setv(ws, r, c, v, alignment=WRAP, border=BOX)
            EXP.append((fn, N, km, s, av)); r += 1
    setv(ws, r + 1, 1, "Beslutad av socialnämnden 2025-09-24 § 87")
    for col, w in zip("ABCD", [22, 70, 20, 50]):
        ws.column_dimensions[col].width = w
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 5 BUN odt merged title row
def bun():
    fn = "BUN_internkontroll_delar2025.odt"
    N = "Barn- och utbildningsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(H(outlinelevel=1, text="Barn- och utbildningsnämnden – intern kontroll"))
    doc.text.addElement(P(text="Uppföljning per 31 augusti 2025 (delårsrapport). Färgerna i statuskolumnen: "
                               "Grön = genomförd, Gul = pågående, Röd = ej genomförd."))
    t = Table(name="IK")
    for _ in range(6):
        t.addElement(TableColumn())
    tr = TableRow()
    tc = TableCell(numbercolumnsspanned=6, valuetype="string")
    tc.addElement(P(text="Internkontrollplan 2025 – Barn- och utbildningsnämnden – uppföljning delår (jan–aug)"))
    tr.addElement(tc)
    for _ in range(5):
        tr.addElement(CoveredTableCell())
    t.addElement(tr)
    def row(vals):
        tr = TableRow()
        for v in vals:
            c = TableCell(valuetype="string")
            for line in v.split("\n"):
                c.addElement(P(text=line))
            tr.addElement(c)
        t.addElement(tr)
    row(["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"])
    rows = [
        ("Elevhälsa", "Anmälan om kränkande behandling utreds skyndsamt", "Genomgång av samtliga anmälningar i DF Respons",
         "Rektorer", "Grön", "Alla anmälningar utredda; snitt 9 dagar.", "GENOMFORD", "nej"),
        ("Elevhälsa", "Frånvaro över 20 % följs upp med kartläggning", "Stickprov 15 elever",
         "Elevhälsochef", "Gul", "Högstadiet klart, mellanstadiet kvar.", "DELVIS", ""),
        ("Ekonomi", "Skolskjuts – fakturor stäms av mot avtalade turer", "Stickprov 3 månader",
         "Controller", "Grön", "Genomförd. En faktura avsåg turer som inte körts; kreditering mottagen.", "GENOMFORD", "ja"),
        ("Ekonomi", "Interkommunala ersättningar debiteras andra kommuner", "Avstämning elevregister mot fakturering",
         "Administratör", "Röd", "Ej genomförd, prioriteras under oktober.", "EJ_GENOMFORD", ""),
        ("Personal", "Registerutdrag kontrolleras vid nyanställning", "Genomgång av anställningar jan–jun",
         "HR", "Grön", "Samtliga 22 nyanställda hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("Förskola", "Placering i förskola erbjuds inom fyra månader", "Uttag ur kösystemet",
         "Förskolechef", "Gul\nRöd", "Se bilaga.", "OKLAR", ""),
        ("Informationssäkerhet", "Behörigheter i Unikum och Procapita tas bort vid avslut", "Jämförelse behörighetslista mot HR-system",
         "Systemförvaltare", "", "Kontrollen har inte påbörjats.", "EJ_GENOMFORD", ""),
    ]
    for p, km, met, ans, st, kom, s, av in rows:
        row([p, km, met, ans, st, kom])
        EXP.append((fn, N, km, s, av))
    doc.text.addElement(t)
    doc.text.addElement(P(text="Redovisad för nämnden 2025-09-17. Ansvarig: Sara Lindqvist, förvaltningschef."))
    doc.save(fn); FILES.append((fn, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 6 Stratsys CSV, three nämnder
def stratsys():
    fn = "stratsys_export_internkontroll_2025-08-31.csv"
    M = {"KS": "Kommunstyrelsen", "BUN": "Barn- och utbildningsnämnden", "SN": "Socialnämnden"}
    rows = [
        ("KS", "Ekonomi", "Utbetalningar till nya leverantörer kontrolleras mot bankgiro och organisationsnummer", "Redovisningsekonom",
         "Genomförd", "Inga avvikelser i 30 granskade utbetalningar.", "GENOMFORD", "nej"),
        ("KS", "HR", "Löneutbetalningar stäms av mot lönespecifikationer och beslut", "Lönechef",
         "Genomförd", "Två felaktiga OB-tillägg upptäckta och rättade.", "GENOMFORD", "ja"),
        ("KS", "IT", "Behörighetsgenomgång i ekonomisystemet", "IT-chef",
         "Påbörjad", "", "DELVIS", ""),
        ("KS", "Styrning", "Beslut i kommunstyrelsen verkställs inom angiven tid", "Kanslichef",
         "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("BUN", "Ekonomi", "Kontroll av kontokortsköp i skolorna", "Controller BUF",
         "Genomförd", "Ett köp saknade kvitto.", "GENOMFORD", "ja"),
        ("BUN", "Verksamhet", "Lärarlegitimationer kontrolleras vid tillsvidareanställning", "HR-partner",
         "Genomförd", "Utan anmärkning.", "GENOMFORD", "nej"),
        ("BUN", "Verksamhet", "Modersmålsundervisning erbjuds enligt skollagen", "Verksamhetschef grundskola",
         "", "", "SAKNAS", ""),
        ("SN", "Ekonomi", "Ersättning till kontaktpersoner betalas enligt beslut", "Controller SOF",
         "Påbörjad", "Halva urvalet granskat, inga fel.", "DELVIS", "nej"),
        ("SN", "Verksamhet", "Avgifter inom äldreomsorgen beräknas korrekt enligt maxtaxa", "Avgiftshandläggare",
         "Utgår", "Utgår enligt beslut SN 2025-03-19 § 31.", "UTGAR", ""),
        ("SN", "Verksamhet", "Samordnad individuell plan upprättas vid behov", "Enhetschef LSS",
         "Ej påbörjad", "Flyttas till T3.", "EJ_GENOMFORD", ""),
    ]
    with open(fn, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Nämnd", "Period", "Processområde", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"])
        for nm, proc, km, ans, st, kom, s, av in rows:
            w.writerow([nm, "Delår 2025", proc, km, ans, st, kom])
            EXP.append((fn, M[nm], km, s, av))
    for k in ["KS", "BUN", "SN"]:
        FILES.append((fn, "INLAST", M[k], "2025", "DELAR"))


# ---------------------------------------------------------------- 7 Tranemo Bostäder AB .xls with code legend
def trabo():
    fn = "Tranemo Bostäder internkontroll 2025.xls"
    N = "Tranemo Bostäder AB"
    wb = Workbook(); ws = wb.active; ws.title = "Internkontroll"
    setv(ws, 1, 1, "Tranemo Bostäder AB (TRABO) – Internkontroll 2025", font=Font(bold=True, size=13))
    setv(ws, 2, 1, "Uppföljning per augusti 2025 (delår)")
    setv(ws, 3, 1, "Statuskoder: G = Genomförd, P = Pågår, E = Ej påbörjad, U = Utgår")
    hdr = ["Kontrollområde", "Kontroll", "Frekvens", "Ansvarig", "Status", "Notering"]
    for i, h in enumerate(hdr, 1):
        setv(ws, 5, i, h, font=BOLD)
    rows = [
        ("Hyresadministration", "Hyresavier stäms av mot gällande hyreskontrakt", "Halvår", "Ekonomichef",
         "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Kravhantering av obetalda hyror följer rutin", "Kvartal", "Uthyrare",
         "G", "Ett ärende hade inte skickats till inkasso i tid.", "GENOMFORD", "ja"),
        ("Upphandling", "Ramavtal för fastighetsunderhåll följs vid beställning", "År", "Fastighetschef",
         "P", "", "DELVIS", ""),
        ("Fastighet", "Obligatorisk ventilationskontroll (OVK) är utförd och godkänd", "År", "Driftstekniker",
         "E", "", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Halvår", "VD",
         "G", "", "GENOMFORD", ""),
        ("Bolagsstyrning", "Ägardirektiv – rapportering till kommunstyrelsen sker enligt tidplan", "År", "VD",
         "U", "Ersätts av ny ägardialog.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            setv(ws, r, c, v)
        EXP.append((fn, N, row[1], row[6], row[7])); r += 1
    for col, w in zip("ABCDEF", [20, 60, 10, 16, 8, 45]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="r585_")
    src = os.path.join(tmpd, "trabo.xlsx"); wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round585",
                    "--convert-to", "xls", "--outdir", tmpd, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, "trabo.xls"), fn)
    shutil.rmtree(tmpd)
    FILES.append((fn, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 8 rejected: corrupt .xls
def corrupt():
    fn = "ÖFN intern kontroll delår 2025.xls"
    rnd = random.Random(585)
    data = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(rnd.randrange(256) for _ in range(3000))
    with open(fn, "wb") as f:
        f.write(data)
    FILES.append((fn, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Miljö och bygg|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Tranemo Bostäder AB", "TRABO|Tranemobostäder|Tranemo Bostäder"),
]

if __name__ == "__main__":
    for f in (kfn, mbn, sbn, sn, bun, stratsys, trabo, corrupt):
        f()
    def wcsv(name, hdr, rows):
        with open(name, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(hdr); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], REGISTER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
    print(len(FILES), "file rows,", len(EXP), "controls")
