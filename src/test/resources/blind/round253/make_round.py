#!/usr/bin/python3
# Blind round r253 — theme: unusual vocabulary. Kommun: Norrfjärden (invented), year 2025.
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnadsnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
NBAB = "Norrfjärdens Bostäder AB"
RTF = "Räddningstjänstförbundet Norrfjärden-Kustbygd"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (TN, "TN|Tekniska förvaltningen|Teknik"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VN, "VN"),
    (NBAB, "NBAB|Norrfjärdens Bostäder|Norrfjärdenbostäder"),
    (RTF, "RTF|Räddningstjänsten|Räddningstjänsten Norrfjärden"),
]

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- 1. KS xlsx (easy, process merged)
def make_ks():
    fil = "KS_uppfoljning_IK_T2_2025.xlsx"
    rows = [
        # process, vad kontrolleras, metod, ansvarig, läge, iakttagelse, status, avv
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Ekonomichef",
         "Klart", "20 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Representation och förtroendekänsliga poster – syfte och deltagare anges på verifikationen",
         "Stickprov 15 verifikationer", "Redovisningsansvarig", "Brister noterade",
         "I 4 av 15 verifikationer saknades deltagarförteckning. Påminnelse har skickats till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Inköp görs från upphandlade ramavtalsleverantörer", "Analys av leverantörsreskontra",
         "Upphandlingschef", "Pågående arbete",
         "Perioden jan–juni är analyserad, hittills inga köp utanför avtal identifierade. Juli–augusti analyseras i september.",
         "DELVIS", "nej"),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras i diariet", "Genomgång av diarium",
         "Upphandlingschef", "Inte gjort", "Har inte prioriterats på grund av vakans.", "EJ_GENOMFORD", ""),
        ("Personal", "Behörigheter i lönesystemet avslutas när anställningen upphör", "Avstämning mot personalregister",
         "HR-chef", "Klart",
         "Två konton för avslutade anställningar var fortfarande aktiva och har nu stängts.", "GENOMFORD", "ja"),
        ("Personal", "Bisysslor redovisas och bedöms årligen", "Enkät till chefer", "HR-chef", "Skjuts till 2026",
         "Genomförs i samband med medarbetarsamtalen 2026.", "EJ_GENOMFORD", ""),
        ("IT och informationssäkerhet", "Säkerhetskopior kan återläsas", "Återläsningstest", "IT-chef", "Klart",
         "Återläsningstest genomfört 12 maj utan anmärkning.", "GENOMFORD", "nej"),
        ("IT och informationssäkerhet", "Registerförteckningen enligt dataskyddsförordningen är uppdaterad",
         "Genomgång av förteckning", "Dataskyddssamordnare", "Ej relevant i år",
         "Ersätts av kommungemensam granskning som dataskyddsombudet gör hösten 2025.", "UTGAR", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Vad kontrolleras", "Kontrollmetod", "Ansvarig", "Läge", "Iakttagelse"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
    r = 5
    start = {}
    for p, km, met, ans, lage, iakt, st, avv in rows:
        if p not in start:
            start[p] = r
            ws.cell(row=r, column=1, value=p)
        for c, v in enumerate([km, met, ans, lage, iakt], 2):
            ws.cell(row=r, column=c, value=v)
        for c in range(1, 7):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        exp(fil, KS, km, st, avv)
        r += 1
    # merge process cells vertically
    procs = list(start.items())
    for i, (p, s) in enumerate(procs):
        e = (procs[i + 1][1] - 1) if i + 1 < len(procs) else r - 1
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
    ws.cell(row=r + 1, column=1, value="Uppföljningen sammanställd 2025-09-12 av kommunledningsförvaltningen.")
    for col, w in zip("ABCDEF", [22, 55, 28, 20, 18, 60]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", KS, "2025", "T2"))


# ---------------------------------------------------------------- 2. BUN docx (group rows in table, helår)
def make_bun():
    fil = "BUN Helår 2025 internkontroll.docx"
    groups = [
        ("Ekonomi och administration", [
            ("Barnomsorgsavgifter debiteras enligt gällande taxa", "Stickprov 25 fakturor", "Gjort",
             "Samtliga avgifter korrekt debiterade.", "GENOMFORD", "nej"),
            ("Inventarieförteckningar på skolenheterna hålls aktuella", "Inventering på fyra enheter", "Halvvägs",
             "Två av fyra enheter inventerade, inga avvikelser hittills. Övriga två inventeras under våren 2026.",
             "DELVIS", "nej"),
            ("Skolskjutsar faktureras enligt avtal", "Jämförelse faktura mot avtal", "Gjort – brister noterade",
             "Fel index hade använts på två fakturor, kreditering har begärts.", "GENOMFORD", "ja"),
        ]),
        ("Verksamhet", [
            ("Anmälningar om kränkande behandling utreds inom fem arbetsdagar", "Genomgång i ärendesystemet",
             "Ej hunnits med", "–", "EJ_GENOMFORD", ""),
            ("Elevers frånvaro följs upp enligt rutinen för främjande närvaro", "Stickprov på tre skolor", "Gjort",
             "Rutinen följs men dokumentationen brister på en av skolorna.", "GENOMFORD", "ja"),
            ("Modersmålsundervisning erbjuds enligt skollagen", "Enkät till rektorer", "Skjuts till 2026",
             "Ny rutin införs höstterminen 2025, kontrollen flyttas till 2026 års plan.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret uppvisas vid nyanställning", "Stickprov 20 nyanställda", "",
             "Kontrollen genomfördes i november. Samtliga 20 hade uppvisat utdrag.", "GENOMFORD", "nej"),
            ("Lärarlegitimation kontrolleras vid anställning", "Stickprov", "Stryks",
             "Ingår numera i HR:s löpande process. Nämnden beslutade 2025-04-15 (§ 38) att stryka kontrollen.",
             "UTGAR", ""),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Barn- och utbildningsnämnden", level=1)
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 20 januari 2025. Nedan redovisas hur varje moment i "
        "rutinerna har följts upp under året. Uppföljningen har gjorts av förvaltningens controller tillsammans "
        "med berörda rektorer och enhetschefer.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Moment i rutinen", "Så här kontrollerades det", "Hur gick det?", "Reflektion"]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for g, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[3])
        m.text = g
        m.paragraphs[0].runs[0].bold = True
        for km, met, hur, refl, s, avv in items:
            row = t.add_row()
            for c, v in enumerate([km, met, hur, refl]):
                row.cells[c].text = v
            exp(fil, BUN, km, s, avv)
    doc.add_paragraph()
    doc.add_heading("Sammanfattande bedömning", level=3)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De brister som noterats "
        "har åtgärdats eller följs upp i 2026 års plan.")
    doc.add_paragraph("Norrfjärden 2026-01-28\n\nAnna Lindqvist\nförvaltningschef")
    doc.save(fil)
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. SN xlsx (T1/T2/T3 columns side by side)
def make_sn():
    fil = "Socialnamnden_IK_2025.xlsx"
    rows = [
        # nr, kontrollpunkt, risk, frekvens, T1, T2, notering, status, avv
        (1, "Utbetalning av ekonomiskt bistånd sker först efter beslut i verksamhetssystemet", 12, "Tertialvis",
         "Avklarat", "Avklarat", "T2: 30 utbetalningar kontrollerade, samtliga hade beslut.", "GENOMFORD", "nej"),
        (2, "Placeringar på HVB följs upp minst var sjätte månad", 16, "Tertialvis",
         "Pågående arbete", "Brister noterade",
         "3 av 12 placeringar saknade dokumenterad uppföljning. Åtgärdsplan tas fram av enhetschef.",
         "GENOMFORD", "ja"),
        (3, "Avtalstrohet vid köp av konsulentstödda familjehem", 9, "Halvår",
         None, "Halvvägs", "Genomgång av första halvåret klar, andra halvåret granskas i januari.", "DELVIS", ""),
        (4, "Hantering av privata medel för boende i LSS-bostäder", 12, "1 gång/år",
         "Avklarat", None, "T1: Kassaböckerna på samtliga fem boenden granskade utan anmärkning.",
         "GENOMFORD", "nej"),
        (5, "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", 16, "Tertialvis",
         "Inte gjort", "Inte gjort", "Kontrollen har inte genomförts, ansvarig kvalitetsutvecklare har slutat.",
         "EJ_GENOMFORD", ""),
        (6, "Orosanmälningar förhandsbedöms inom 14 dagar", 16, "Tertialvis",
         "Pågående arbete", "Klart", "96 % bedömda inom 14 dagar. De ärenden som drog över tiden har analyserats.",
         "GENOMFORD", "ja"),
        (7, "Avgifter inom hemtjänsten debiteras enligt beslut om avgift", 8, "Halvår",
         None, None, None, "SAKNAS", ""),
        (8, "Delegationsbeslut återrapporteras till nämnden", 6, "Tertialvis",
         "Ej relevant i år", "Ej relevant i år", "Ingår i kommunstyrelsens granskning av samtliga nämnder 2025.",
         "UTGAR", ""),
        (9, "Loggkontroll i verksamhetssystemet (journalföring)", 12, "Tertialvis",
         "Pågående arbete", "Se bilaga 3", None, "OKLAR", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Uppföljning per tertial. Fyll i Bedömning för aktuell period och beskriv kort i Noteringar. "
                "Tertial 3 fylls i vid helårsuppföljningen.")
    ws["A3"] = "Bedömning anges som: Avklarat / Pågående arbete / Inte gjort / Ej relevant i år"
    ws["A3"].font = Font(italic=True, color="666666")
    ws["E4"] = "Bedömning"
    ws.merge_cells("E4:G4")
    ws["E4"].alignment = Alignment(horizontal="center")
    ws["E4"].font = BOLD
    hdr = ["Nr", "Kontrollpunkt", "Risk (1–16)", "Frekvens", "T1", "T2", "T3", "Noteringar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
    r = 6
    for nr, km, risk, frek, t1, t2, note, s, avv in rows:
        vals = [nr, km, risk, frek, t1, t2, None, note]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, SN, km, s, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Lena Berg, controller, 2025-09-15")
    for col, w in zip("ABCDEFGH", [5, 55, 10, 12, 16, 16, 10, 60]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------- 4. CSV export, two nämnder, T1+T2 rows
def make_csv():
    fil = "Stratsys_export_internkontroll_2025-09-22.csv"
    T2 = "Tertial 2 2025"
    T1 = "Tertial 1 2025"
    rows = [
        # enhet, fokusområde, aktivitet, ansvarig, period, resultat, beskrivning, expected status, avv
        (TN, "Ekonomi", "Fakturor för entreprenader stäms av mot avtal och ÄTA-beslut", "Controller teknik",
         T2, "Utfört utan anmärkning", "Stickprov på 10 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        (TN, "Fastighet", "Lagstadgade besiktningar (hiss, OVK) utförs i tid", "Fastighetschef",
         T1, "Pågående arbete", "Besiktningsschema upprättat.", None, None),
        (TN, "Fastighet", "Lagstadgade besiktningar (hiss, OVK) utförs i tid", "Fastighetschef",
         T2, "Brister noterade", "OVK förfallen på två fastigheter (Skolan Norrby, Fjärdhallen).\nBesiktning beställd till oktober.",
         "GENOMFORD", "ja"),
        (TN, "Gata/park", "Vinterväghållning – entreprenörens utryckningstider följs", "Gatuchef",
         T2, "Ej relevant i år", "Ny entreprenör från 2026, kontrollen utgår för 2025.", "UTGAR", ""),
        (TN, "VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef",
         T1, "Pågående arbete", "", None, None),
        (TN, "VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef",
         T2, "Pågående arbete", "Provtagning enligt plan t.o.m. augusti; resterande prover tas under hösten.",
         "DELVIS", ""),
        (TN, "Ekonomi", "Körjournaler för kommunens fordon förs och attesteras", "Controller teknik",
         T2, "Inte gjort", "", "EJ_GENOMFORD", ""),
        (KFN, "Ekonomi", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", "Föreningskonsulent",
         T2, "Utfört utan anmärkning", "Samtliga 42 utbetalningar kontrollerade.", "GENOMFORD", "nej"),
        (KFN, "Ekonomi", "Kontanthantering i simhallens kassa", "Badchef",
         T2, "Brister noterade", "Kassadifferens vid två tillfällen. Rutinen för dagsavslut har förtydligats.",
         "GENOMFORD", "ja"),
        (KFN, "Verksamhet", "Utlånad utrustning registreras i utlåningssystemet", "Fritidschef",
         T2, "Halvvägs", "", "DELVIS", ""),
        (KFN, "Säkerhet", "Brandskyddsronder i kulturhuset genomförs kvartalsvis", "Kulturchef",
         T2, "Skjuts till 2026", "Kulturhuset är stängt för renovering till mars 2026.", "EJ_GENOMFORD", ""),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Fokusområde", "Aktivitet", "Ansvarig", "Period", "Resultat av uppföljning",
                    "Beskrivning av utfall"])
        for e, fo, akt, ans, per, res, besk, s, avv in rows:
            w.writerow([e, fo, akt, ans, per, res, besk])
            if s is not None:
                exp(fil, e, akt, s, avv)
    FILES.append((fil, "INLAST", TN, "2025", "T2"))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------- 5. MBN ods (legend above table, helår)
def make_mbn():
    fil = "MBN_helarsuppfoljning_IK_2025.ods"
    rows = [
        (1, "Bygglov beslutas inom tio veckor från komplett ansökan", "Uttag ur ärendesystemet", "Bygglovschef",
         "Avklarat", "94 % av ärendena beslutades inom tio veckor; sex ärenden överskred fristen och avgiften reducerades.",
         "GENOMFORD", "ja"),
        (2, "Timavgift för tillsyn debiteras enligt taxa", "Stickprov 20 ärenden", "Miljöchef",
         "Avklarat", "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Jäv och delegation följs vid beslut i miljöärenden", "Genomgång av delegationsbeslut", "Miljöchef",
         "Avklarat utan anmärkning", "", "GENOMFORD", "nej"),
        (4, "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "Stickprov i arkivet",
         "Nämndsekreterare", "Pågår", "Arkivering av 2023 års ärenden pågår och beräknas klar i mars.", "DELVIS", ""),
        (5, "Tillsyn genomförs enligt fastställd tillsynsplan", "Jämförelse plan mot utfall", "Miljöchef",
         "Inte gjort", "", "EJ_GENOMFORD", ""),
        (6, "Beviljade strandskyddsdispenser skickas till länsstyrelsen", "Avstämning mot diariet", "Bygglovschef",
         "Stryks", "Kontrollen ströks av nämnden 2025-03-20, § 41.", "UTGAR", ""),
        (7, "Kontrollplan finns fastställd innan byggstart", "Stickprov 10 startbesked", "Byggnadsinspektör",
         None, "Ej hunnits med under året, flyttas till 2026 års plan.", "EJ_GENOMFORD", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll – helårsuppföljning 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Teckenförklaring Slutsats: Avklarat = granskningen utförd. Pågår = påbörjad men ej avslutad. "
                "Inte gjort = ej påbörjad. Stryks = utgår enligt nämndbeslut.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:F3")
    hdr = ["Nr", "Granskningsområde", "Metod", "Ansvarig", "Slutsats", "Iakttagelse"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    r = 6
    for nr, km, met, ans, sl, iakt, s, avv in rows:
        for c, v in enumerate([nr, km, met, ans, sl, iakt or None], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, MBN, km, s, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Beslutad av nämnden 2026-02-12, § 9")
    for col, w in zip("ABCDEF", [5, 50, 28, 20, 22, 60]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="r253_")
    src = os.path.join(tmpd, "MBN_helarsuppfoljning_IK_2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round253",
                    "--convert-to", "ods", "--outdir", tmpd, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, fil), os.path.join(HERE, fil))
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. ÖFN docx (one small table per control)
def make_ofn():
    fil = "Uppföljning intern kontroll ÖFN 2025.docx"
    items = [
        ("Årsräkningar granskas och arvoden beslutas före 30 september", "Handläggare", "Avklarat",
         "412 av 415 årsräkningar granskades i tid. Tre granskades i oktober på grund av sena kompletteringar.",
         "GENOMFORD", "ja"),
        ("Ställföreträdare lämnar förteckning inom två månader från förordnandet", "Handläggare",
         "Delvis avklarat", "Påminnelser har skickats; fem förteckningar saknas fortfarande vid årets slut.",
         "DELVIS", "ja"),
        ("Arvoden till ställföreträdare betalas ut enligt beslut", "Administratör", "Utfört utan anmärkning", "",
         "GENOMFORD", "nej"),
        ("Lämplighetsprövning av nya ställföreträdare (belastningsregister och kreditupplysning)", "Enhetschef",
         "Inte gjort", "Kontrollen kunde inte genomföras då ansvarig handläggare varit föräldraledig.",
         "EJ_GENOMFORD", ""),
        ("Registret över ställföreträdarskap stäms av mot Skatteverkets uppgifter", "Administratör", "", "",
         "SAKNAS", ""),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_heading("Överförmyndarnämnden i Norrfjärdens kommun", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan, helår 2025").runs[0].bold = True
    doc.add_paragraph(
        "Nämndens internkontrollplan omfattar fem kontroller. Varje kontroll redovisas nedan för sig. "
        "Uppföljningen avser perioden 1 januari – 31 december 2025.")
    for i, (km, ans, utf, note, s, avv) in enumerate(items, 1):
        doc.add_heading(f"Kontroll {i}", level=3)
        t = doc.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate([("Vad kontrolleras", km), ("Ansvarig", ans), ("Utfall", utf),
                                    ("Noteringar", note)]):
            t.rows[r].cells[0].text = k
            t.rows[r].cells[0].paragraphs[0].runs[0].bold = True
            t.rows[r].cells[1].text = v
        doc.add_paragraph()
        exp(fil, OFN, km, s, avv)
    doc.add_paragraph("Norrfjärden den 3 februari 2026\nOla Sandberg, enhetschef överförmyndarenheten")
    doc.save(fil)
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. NBAB xlsx (bolag, name only in print header/file name)
def make_nbab():
    fil = "NBAB_IK_tertial2_2025.xlsx"
    groups = [
        ("Hyresadministration", [
            ("Felaktiga hyresintäkter",
             "Hyreshöjningar enligt förhandlingsöverenskommelsen är korrekt registrerade i hyressystemet",
             "Mars", "Ekonomichef", "Klart", "Stickprov på 50 kontrakt utan avvikelse.", "GENOMFORD", "nej"),
            ("Kundförluster", "Hyresfordringar äldre än 60 dagar lämnas till inkasso", "Löpande",
             "Uthyrningschef", "Halvvägs",
             "Rutinen håller på att arbetas om; 8 fordringar låg kvar utan åtgärd vid avstämningen.", "DELVIS", "ja"),
        ]),
        ("Fastighetsförvaltning", [
            ("Eftersatt underhåll", "Underhållsplanen stäms av mot utfört underhåll", "Juni", "Förvaltningschef",
             "Klart", "Avvikelse: tre planerade takbyten har skjutits fram på grund av kostnadsläget.",
             "GENOMFORD", "ja"),
            ("Brand och personskada", "Systematiskt brandskyddsarbete – egenkontroll i trapphus", "Tertialvis",
             "Förvaltningschef", "Se bilaga", None, "OKLAR", ""),
        ]),
        ("Ekonomi", [
            ("Oegentligheter", "Fakturor från entreprenörer attesteras av två personer i förening", "Löpande",
             "Ekonomichef", "Klart", None, "GENOMFORD", ""),
            ("Felaktig upphandling", "Avrop från ramavtal följer avtalets rangordning", "Augusti", "VD",
             "Ej hunnits med", "Flyttas till tertial 3.", "EJ_GENOMFORD", ""),
            ("Felaktiga löner", "Övertid attesteras av närmaste chef", "Tertialvis", "VD", "Klart",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.left.text = "Norrfjärdens Bostäder AB"
    ws.oddHeader.right.text = "Styrelsemöte 2025-09-25, ärende 7"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – tertialrapport 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 31 augusti 2025"
    hdr = ["Risk", "Fokusområde", "Planerat", "Ansvarig", "Resultat av uppföljning T2", "Beskrivning av utfall"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.border = BOX
    r = 5
    n_total = n_klart = 0
    for g, items in groups:
        cell = ws.cell(row=r, column=1, value=g)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for risk, km, plan, ans, res, besk, s, avv in items:
            for c, v in enumerate([risk, km, plan, ans, res, besk], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            n_total += 1
            n_klart += res == "Klart"
            exp(fil, NBAB, km, s, avv)
            r += 1
    ws.cell(row=r, column=1, value="Summering").font = BOLD
    ws.cell(row=r, column=5, value=f"{n_klart} av {n_total} klara").font = BOLD
    for col, w in zip("ABCDEF", [24, 55, 12, 18, 24, 60]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", NBAB, "2025", "T2"))


# ---------------------------------------------------------------- 8. Reject: covering letter, no follow-up in it
def make_reject():
    fil = "Följebrev_SN_uppföljning_T2_2025.docx"
    doc = Document()
    doc.add_paragraph("Socialförvaltningen\nNorrfjärdens kommun")
    doc.add_paragraph("2025-09-16")
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_heading("Följebrev – uppföljning av internkontrollplan tertial 2 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025 "
        "(bifogad fil Socialnamnden_IK_2025.xlsx). Uppföljningen behandlas av nämnden den 24 september.")
    doc.add_paragraph(
        "Vi vill särskilt uppmärksamma att en kontrollpunkt inte har kunnat genomföras under perioden på grund av "
        "vakans, och att loggkontrollen redovisas i en separat bilaga som skickas efter nämndens sammanträde.")
    doc.add_paragraph("Frågor besvaras av undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nLena Berg\nController, socialförvaltningen\n0123-45 67 89")
    doc.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    make_ks()
    make_bun()
    make_sn()
    make_csv()
    make_mbn()
    make_ofn()
    make_nbab()
    make_reject()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "expected controls")
