#!/usr/bin/python3
"""Blind round r571 – Högsby kommun, tertial 1 2025."""
import csv, os, shutil, subprocess, datetime, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 9, 10, 0, 0)
LO_PROFILE = "file:///tmp/lo-round571"
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def wb_fix(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Högsby kommun"


def doc_fix(doc):
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "Högsby kommun"
    cp.last_modified_by = "Högsby kommun"


def setv(ws, ref, val):
    c = ws[ref]
    c.value = val
    if isinstance(val, str) and val.startswith("="):
        c.data_type = "s"
    return c


def soffice_convert(src, fmt, final_name):
    tmpd = tempfile.mkdtemp(prefix="r571conv_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), p(final_name))
    shutil.rmtree(tmpd)
    os.remove(src)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. KS plain list
def file_ks():
    fn = "KS internkontroll uppföljning T1 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); wb_fix(wb)
    ws = wb.active; ws.title = "Uppföljning"
    setv(ws, "A1", "Kommunstyrelsen – uppföljning av internkontrollplan 2025").font = Font(bold=True, size=14)
    setv(ws, "A2", "Period: tertial 1 (januari–april)")
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Resultat/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.border = BORDER
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov på 20 fakturor januari–april. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att avtalstrohet följs vid inköp", "Upphandlare",
         "Stickprov 15 inköp. 3 inköp av kontorsmaterial gjorda utanför avtal. Information har gått ut till beställarna.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Representation och kurser – syfte och deltagare framgår av underlaget", "Ekonomichef",
         "Kontrollen är påbörjad, hälften av urvalet granskat. Resterande klart till delårsbokslutet.", "DELVIS", ""),
        ("Personal", "Kontroll att lön inte betalas ut till personer som avslutat sin anställning", "Lönechef",
         "Genomförd mot avgångslista. Inga felaktiga utbetalningar hittades.", "GENOMFORD", "nej"),
        ("Personal", "Uppföljning av sjukfrånvaro och pågående rehabiliteringsärenden", "HR-chef",
         "Ej gjord under perioden p.g.a. vakans på HR. Flyttas till T2.", "EJ_GENOMFORD", ""),
        ("IT/informationssäkerhet", "Behörigheter i ekonomisystemet tas bort för personal som slutat", "IT-samordnare",
         "Se bilaga", "OKLAR", ""),
        ("Dokumenthantering", "Inkomna handlingar diarieförs utan dröjsmål", "Kommunsekreterare",
         "OK", "GENOMFORD", "nej"),
        ("Dokumenthantering", "Delegationsbeslut anmäls till kommunstyrelsen", "Kommunsekreterare",
         "Ansvarig har bytts under perioden, oklart om kontrollen gjorts.", "OKLAR", ""),
        ("Säkerhet", "Krisledningsplanen är uppdaterad och känd av krisledningsstaben", "Säkerhetssamordnare",
         None, "SAKNAS", ""),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Upphandlare",
         "Utgår 2025 – ersätts av kontroll nr 2 enligt KS beslut 2025-02-11 § 14.", "UTGAR", ""),
    ]
    r = 5
    for n, (proc, km, ans, res, st, av) in enumerate(rows, 1):
        for col, v in enumerate([n, proc, km, ans, res], 1):
            c = ws.cell(row=r, column=col, value=v); c.alignment = WRAP; c.border = BORDER
        EXP.append((fn, N, km, st, av)); r += 1
    setv(ws, f"A{r+1}", "Sammanställt 2025-05-08, Ekonomienheten")
    for col, w in zip("ABCDE", [5, 22, 55, 20, 60]):
        ws.column_dimensions[col].width = w
    wb.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 2. SN Word table
def file_sn():
    fn = "Socialnämnden uppföljning intern kontroll T1 2025.docx"
    N = "Socialnämnden"
    doc = Document(); doc_fix(doc)
    doc.add_paragraph("HÖGSBY KOMMUN\nSocialförvaltningen")
    doc.add_heading("Uppföljning av intern kontroll – tertial 1 2025", level=1)
    doc.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 17 december 2024 (SN § 112). "
                      "Nedan redovisas de kontroller som skulle utföras under januari–april 2025. "
                      "Kontroller som inte utförts flyttas till nästa uppföljning.")
    cols = ["Rutin/system", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens", "Utfört (datum)", "Iakttagelser"]
    groups = [
        ("Ekonomi", [
            ("Ekonomisystem", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
             "Controller", "Tertial", "2025-04-24", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Verksamhetssystem IFO", "Kontroll av utbetalt ekonomiskt bistånd mot fattade beslut",
             "Stickprov 20 ärenden", "Enhetschef IFO", "Tertial", "2025-04-15",
             "2 ärenden där utbetalning saknade dokumenterat beslut i akten. Handläggarna har påmints om rutinen.",
             "GENOMFORD", "ja"),
            ("Kassahantering", "Inventering av handkassor och förvaltade brukarmedel", "Avstämning mot kassabok",
             "Enhetschef äldreomsorg", "2 ggr/år", "", "Ej påbörjad, planerad till maj.", "EJ_GENOMFORD", ""),
        ]),
        ("Myndighetsutövning", [
            ("Verksamhetssystem IFO", "Utredningar avseende barn och unga avslutas inom fyra månader",
             "Registerutdrag", "Enhetschef IFO", "Tertial", "2025-04-30",
             "14 av 17 utredningar avslutade inom lagstadgad tid. 3 överskred tiden p.g.a. hög arbetsbelastning.",
             "GENOMFORD", "ja"),
            ("Lex Sarah", "Rapporter enligt lex Sarah utreds och återkopplas till rapportören",
             "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", "Tertial", "2025-03-05",
             "Genomgång gjord för januari–februari. Mars–april återstår.", "DELVIS", ""),
            ("Delegationsordning", "Delegationsbeslut återrapporteras till nämnden",
             "Jämförelse mot protokoll", "Nämndsekreterare", "Månadsvis",
             "2025-01-31\n2025-02-28\n2025-03-31\n2025-04-30", "Inga anmärkningar.", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("Personalsystem", "Utdrag ur belastningsregistret vid anställning inom LSS-verksamheten",
             "Stickprov nyanställda", "HR-konsult", "Tertial", "", "", "SAKNAS", ""),
            ("Schemasystem", "Timanställdas arbetade timmar stäms av mot schema",
             "Stickprov 10 lönespecifikationer", "Enhetschef hemtjänst", "Tertial", "",
             "Ej genomförd – ny schemaläggningsmodul införs, kontrollen skjuts till T2.", "EJ_GENOMFORD", ""),
            ("Avgiftshandläggning", "Avgiftsbeslut inom äldreomsorgen är korrekta och aktuella",
             "Stickprov 10 beslut", "Avgiftshandläggare", "Halvår", "",
             "Utgår – avgiftshandläggningen flyttades till kommunstyrelsen (ekonomienheten) 2025-01-01.",
             "UTGAR", ""),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        cell = t.cell(0, i); cell.text = h
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
    r = 1
    for gname, items in groups:
        m = t.cell(r, 0).merge(t.cell(r, 6)); m.text = gname
        for run in m.paragraphs[0].runs:
            run.font.bold = True
        r += 1
        for it in items:
            for i in range(7):
                t.cell(r, i).text = it[i]
            EXP.append((fn, N, it[1], it[7], it[8])); r += 1
    for row in t.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph("")
    doc.add_paragraph("Högsby 2025-05-05\n\nAnna-Karin Nyström\nSocialchef")
    doc.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 3. MBN header/footer only
def file_mbn():
    fn = "Uppföljning internkontroll.xlsx"
    N = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook(); wb_fix(wb)
    ws = wb.active; ws.title = "Blad1"
    ws.oddHeader.left.text = "Miljö- och byggnämnden"
    ws.oddHeader.center.text = "Uppföljning internkontrollplan"
    ws.oddHeader.right.text = "Tertial 1 2025"
    ws.oddFooter.left.text = "Högsby kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    setv(ws, "A1", "Uppföljning internkontrollplan").font = Font(bold=True, size=13)
    hdr = ["Process", "Risk", "Kontrollmoment", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True); c.border = BORDER
    rows = [
        ("Tillsyn", "Tillsynsplanen följs inte", "Uppföljning av genomförda tillsynsbesök mot tillsynsplanen",
         "Pågående", "32 av 110 planerade besök genomförda.", "DELVIS", ""),
        ("Bygglov", "Lagstadgade handläggningstider överskrids",
         "Bygglov beslutas inom 10 veckor från komplett ansökan", "Genomförd med anmärkning",
         "2 av 24 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("Avgifter", "Felaktig debitering", "Timavgifter debiteras enligt gällande taxa", "Genomförd",
         "Stickprov 10 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ("Livsmedel", "Anläggningar registreras inte",
         "Nya livsmedelsanläggningar registreras inom 14 dagar", "Genomförd", None, "GENOMFORD", "nej"),
        ("Diarium", "Allmänna handlingar diarieförs inte",
         "Inkomna handlingar diarieförs inom två arbetsdagar", "Ej genomförd",
         "Resursbrist under perioden, görs under T2.", "EJ_GENOMFORD", ""),
        ("Delegation", "Beslut fattas utan delegation", "Delegationsbeslut anmäls till nämnden", "Genomförd",
         "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
        ("Strandskydd", "Villkor i dispenser följs inte", "Uppföljning av villkor i beviljade strandskyddsdispenser",
         None, None, "SAKNAS", ""),
        ("Enskilda avlopp", "Bristande avlopp åtgärdas inte", "Inventering av enskilda avlopp enligt plan",
         "Utgår", "Ej aktuell 2025, inventeringen avslutades 2024.", "UTGAR", ""),
    ]
    r = 4
    for proc, risk, km, st_txt, kom, st, av in rows:
        for col, v in enumerate([proc, risk, km, st_txt, kom], 1):
            c = ws.cell(row=r, column=col, value=v); c.alignment = WRAP; c.border = BORDER
        EXP.append((fn, N, km, st, av)); r += 1
    for col, w in zip("ABCDE", [16, 32, 50, 24, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p(fn))
    FILES.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 4. BUN status 1-4, .xls
def file_bun():
    fn = "BUN uppföljning IK T1-2025.xls"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook(); wb_fix(wb)
    ws = wb.active; ws.title = "IK 2025"
    setv(ws, "A1", "Barn- och utbildningsnämnden").font = Font(bold=True, size=13)
    setv(ws, "A2", "Uppföljning internkontrollplan 2025 – tertial 1")
    ws.merge_cells("A3:E3")
    setv(ws, "A3", "Statuskod: 1 = Genomförd utan avvikelse, 2 = Genomförd med avvikelse, "
                   "3 = Påbörjad/pågår, 4 = Ej påbörjad").font = Font(italic=True)
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Status (1–4)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BORDER
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", 1, None,
         "GENOMFORD", "nej"),
        ("Ekonomi", "Avgifter för förskola och fritidshem debiteras enligt gällande taxa", "Administratör", 2,
         "Två hushåll felaktigt debiterade, rättat i april.", "GENOMFORD", "ja"),
        ("Personal", "Utdrag ur belastningsregistret uppvisas före anställning i förskola och skola", "Rektorer", 2,
         "1 av 12 nyanställda saknade registerutdrag vid anställningstillfället.", "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Kränkande behandling anmäls till huvudmannen samma vecka", "Rektorer", 3,
         "Genomgång klar för Högsby skola, Fågelfors skola återstår.", "DELVIS", ""),
        ("Skolskjuts", "Skolskjutsbeslut fattas enligt gällande riktlinjer", "Skolskjutshandläggare", 4,
         "Planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Närvaro", "Rutinen för uppföljning av problematisk skolfrånvaro följs", "Rektorer", 3, None,
         "DELVIS", ""),
        ("Kvalitet", "Systematiskt kvalitetsarbete genomförs enligt årshjulet", "Förvaltningschef", 1,
         "Genomfört enligt årshjul.", "GENOMFORD", "nej"),
        ("IT", "Elevers behörighet i lärplattformen avslutas när eleven slutar", "IT-tekniker", None, None,
         "SAKNAS", ""),
        ("Upphandling", "Läromedel köps från avtalade leverantörer", "Rektorer", 1,
         "Kontrollen ej påbörjad.", "OKLAR", ""),
        ("Kost", "Egenkontroll i skolköken enligt livsmedelslagstiftningen", "Kostchef", 1, None,
         "GENOMFORD", "nej"),
    ]
    r = 6
    for omr, km, ans, st_code, kom, st, av in rows:
        for col, v in enumerate([omr, km, ans, st_code, kom], 1):
            c = ws.cell(row=r, column=col, value=v); c.alignment = WRAP; c.border = BORDER
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
        EXP.append((fn, N, km, st, av)); r += 1
    r += 1
    setv(ws, f"A{r}", "Summering")
    ws.cell(row=r, column=1).font = Font(bold=True)
    setv(ws, f"B{r}", "Status 1: 4 st, status 2: 2 st, status 3: 2 st, status 4: 1 st, ej rapporterat: 1 st")
    setv(ws, f"A{r+2}", "Rapporterad av: Maria Lindqvist, förvaltningsekonom, 2025-05-07")
    for col, w in zip("ABCDE", [20, 58, 20, 12, 50]):
        ws.column_dimensions[col].width = w
    tmp = p("_bun_tmp.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", fn)
    FILES.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 5. CSV export, two nämnder
def file_csv():
    fn = "IK_export_2025_T1.csv"
    rows = [
        ("Bidrag till föreningar betalas ut enligt beslut", "Completed",
         "Stickprov 8 bidrag, samtliga korrekta.", "Kultur och fritid", "Kultur- och fritidsnämnden", "GENOMFORD", "nej"),
        ("Kontanthantering i simhallen stäms av dagligen", "Completed with deviation",
         "Differens på 350 kr vid ett tillfälle i mars, utredd och åtgärdad.", "Kultur och fritid",
         "Kultur- och fritidsnämnden", "GENOMFORD", "ja"),
        ("Bibliotekets medieinköp görs från avtalad leverantör", "In progress", "", "Kultur och fritid",
         "Kultur- och fritidsnämnden", "DELVIS", ""),
        ("Hyresavtal för föreningslokaler är aktuella och undertecknade", "Not started", "Skjuts till T2",
         "Kultur och fritid", "Kultur- och fritidsnämnden", "EJ_GENOMFORD", ""),
        ("Registrering av lotterier handläggs enligt spellagen", "Cancelled",
         "Ej aktuell, stryks ur planen enligt KFN beslut 2025-03-12.", "Kultur och fritid",
         "Kultur- och fritidsnämnden", "UTGAR", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Completed", "", "Tekniska förvaltningen",
         "Tekniska nämnden", "GENOMFORD", "nej"),
        ("Körjournaler förs för samtliga kommunala fordon", "In progress", "Kontroll av 4 av 11 fordon klar.",
         "Tekniska förvaltningen", "Tekniska nämnden", "DELVIS", ""),
        ("Egenkontroll av lekplatser genomförs enligt plan", "Completed",
         "Besiktning utförd i april, 2 lekredskap med brister har åtgärdats.", "Tekniska förvaltningen",
         "Tekniska nämnden", "GENOMFORD", "ja"),
        ("Debitering av VA-avgifter stäms av mot mätarställning", "", "", "Tekniska förvaltningen",
         "Tekniska nämnden", "SAKNAS", ""),
        ("Skyddsrond inom gata/park genomförs", "Not started", "", "Tekniska förvaltningen",
         "Tekniska nämnden", "EJ_GENOMFORD", ""),
        ("Vinterväghållning utförs enligt avtal med entreprenör", "Completed",
         "Uppföljningsmöten med entreprenör jan, feb, mars. Inga avvikelser.", "Tekniska förvaltningen",
         "Tekniska nämnden", "GENOMFORD", "nej"),
    ]
    with open(p(fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["ControlName", "Status", "Comment", "Unit"])
        for cn, st_txt, com, unit, N, st, av in rows:
            w.writerow([cn, st_txt, com, unit])
            EXP.append((fn, N, cn, st, av))
    FILES.append((fn, "INLAST", "Kultur- och fritidsnämnden", "2025", "T1"))
    FILES.append((fn, "INLAST", "Tekniska nämnden", "2025", "T1"))

# ---------------------------------------------------------------- 6. Högsby Bostads AB, .ods traffic lights
def file_hbab():
    fn = "HBAB internkontroll 2025.ods"
    N = "Högsby Bostads AB"
    wb = openpyxl.Workbook(); wb_fix(wb)
    ws = wb.active; ws.title = "Internkontroll"
    setv(ws, "A1", "Högsby Bostads AB – Internkontroll 2025").font = Font(bold=True, size=14)
    setv(ws, "A2", "Rapport till styrelsen och kommunstyrelsen. Uppföljning per tertial.")
    setv(ws, "A3", "Färgkod: Grön – kontrollen genomförd utan anmärkning. Gul – kontrollen pågår eller är "
                   "genomförd med anmärkning (se notering). Röd – kontrollen ej genomförd.")
    ws.merge_cells("A3:H3")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[3].height = 32
    hdr = ["Nr", "Riskområde", "Kontroll", "Ansvarig", "T1", "T2", "T3", "Notering"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BORDER
    fills = {"Grön": "92D050", "Gul": "FFFF00", "Röd": "FF0000"}
    rows = [
        ("Hyresdebitering", "Hyror debiteras enligt gällande hyresavtal", "Ekonomiansvarig", "Grön",
         "Stickprov 15 kontrakt.", "GENOMFORD", "nej"),
        ("Hyresfordringar", "Hyresfordringar äldre än 60 dagar hanteras enligt inkassorutinen", "Ekonomiansvarig",
         "Gul", "Två ärenden skickades inte till inkasso i tid. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Underhåll", "Åtgärder i underhållsplanen utförs inom budget", "VD", "Gul",
         "Pågår. Fasadrenovering Fågelfors skjuten till maj.", "DELVIS", ""),
        ("Upphandling", "Inköp följer LOU och bolagets inköpspolicy", "VD", "Grön", None, "GENOMFORD", "nej"),
        ("Brandskydd", "Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter",
         "Fastighetschef", "Röd", "Ej utfört under T1.", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn", "Uthyrare", "Grön", None, "GENOMFORD", "nej"),
        ("Attest", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Ekonomiansvarig", None,
         None, "SAKNAS", ""),
        ("Dataskydd", "Personuppgifter om tidigare hyresgäster gallras enligt gallringsrutin", "Uthyrare", "Röd",
         "Gallring påbörjas när ny rutin antagits (hösten).", "EJ_GENOMFORD", ""),
        ("Energi", "Energideklarationer är giltiga för samtliga fastigheter", "Fastighetschef", "Grön",
         "Kontrollerat 2025-02-20.", "GENOMFORD", "nej"),
    ]
    r = 6
    for n, (omr, km, ans, t1, note, st, av) in enumerate(rows, 1):
        vals = [n, omr, km, ans, t1, None, None, note]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v); c.alignment = WRAP; c.border = BORDER
        if t1:
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=fills[t1])
        EXP.append((fn, N, km, st, av)); r += 1
    setv(ws, f"A{r+1}", "Högsby 2025-05-09")
    setv(ws, f"A{r+2}", "Lars Petersson, VD Högsby Bostads AB")
    for col, w in zip("ABCDEFGH", [5, 18, 55, 18, 8, 8, 8, 50]):
        ws.column_dimensions[col].width = w
    tmp = p("_hbab_tmp.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", fn)
    FILES.append((fn, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 7. rejected: Kallelse
def file_kallelse():
    fn = "Kallelse KSAU 2025-05-13.docx"
    doc = Document(); doc_fix(doc)
    doc.add_paragraph("HÖGSBY KOMMUN")
    doc.add_heading("Kallelse", level=1)
    doc.add_paragraph("Kommunstyrelsens arbetsutskott kallas till sammanträde\n"
                      "Tid: tisdagen den 13 maj 2025 kl. 08.30\n"
                      "Plats: Sammanträdesrummet Lunden, kommunhuset Högsby")
    doc.add_paragraph("Ärenden")
    items = [
        ("1", "Val av justerare", ""),
        ("2", "Ekonomisk uppföljning per april 2025", "Ekonomichef"),
        ("3", "Uppföljning av internkontrollplan tertial 1 2025 – samtliga nämnder och Högsby Bostads AB",
         "Controller"),
        ("4", "Revidering av attestordningen", "Ekonomichef"),
        ("5", "Medborgarförslag om belysning vid Allgunnens badplats", "Samhällsbyggnadschef"),
        ("6", "Informationsärenden", "Kommundirektör"),
    ]
    t = doc.add_table(rows=1 + len(items), cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Ärende", "Föredragande"]):
        t.cell(0, i).text = h
    for r, it in enumerate(items, 1):
        for i, v in enumerate(it):
            t.cell(r, i).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Förhinder anmäls till kommunsekreteraren, tel. 0491-290 00.\n\n"
                      "Jan Andersson (C)\nOrdförande")
    doc.save(p(fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Socialnämnden", "SN|Socialförvaltningen|Socialtjänsten"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Utbildningsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik|Tekniska kontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Högsby Bostads AB", "HBAB|Högsby Bostäder|Bostadsbolaget"),
    ("Högsby Energi AB", "HEAB|Högsby Energi"),
]


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXP)


if __name__ == "__main__":
    file_ks(); file_sn(); file_mbn(); file_bun(); file_csv(); file_hbab(); file_kallelse()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXP)} expected controls")
