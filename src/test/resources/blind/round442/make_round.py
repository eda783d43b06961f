#!/usr/bin/python3
# Blind round r442 - Sunne kommun, delår 2025: follow-ups sent by e-mail or pasted by hand.
import csv, os, datetime
from email.message import EmailMessage
from email.utils import format_datetime
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 20, 10, 0, 0)
files_rows = []      # fil;utfall;nämnd;år;period
exp_rows = []        # fil;nämnd;kontrollmoment;status;avvikelse

def p(name):
    return os.path.join(OUT, name)

def expect(fil, namnd, rows):
    for km, st, av in rows:
        exp_rows.append([fil, namnd, km, st, av])

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Sunne Bostäder AB", "Sunnebo|Sunne Bostäder|Bostadsbolaget"),
]

# ================================================================ 1. .txt mail body (Socialnämnden)
F1 = "SN uppföljning IK delår 2025 (mejl).txt"
sn = [
    ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Genomförd",
     "Stickprov 20 ärenden, 2 bedömdes efter 16 resp. 19 dagar. Avvikelsen är rapporterad till enhetschef.",
     "GENOMFORD", "ja"),
    ("Uppföljning av utbetalt ekonomiskt bistånd mot beslut", "Genomförd",
     "Inga avvikelser i stickprov om 25 utbetalningar.", "GENOMFORD", "nej"),
    ("Kontroll av loggar i Treserva (otillbörlig åtkomst)", "Delvis",
     "Loggkontroll gjord för vuxenenheten, barn och familj återstår under hösten.", "DELVIS", ""),
    ("Avtalstrohet vid köp av HVB-placeringar och konsulentstödda familjehem", "Ej genomförd",
     "Skjuts till T3 pga vakant tjänst som upphandlare.", "EJ_GENOMFORD", ""),
    ("Handläggningstid för ansökan om ekonomiskt bistånd", "Pågår",
     "Mätning jan–jun klar (snitt 9 dagar), jul–aug sammanställs.", "DELVIS", ""),
    ("Rutin för hot och våld är känd på alla arbetsplatser", "Utgår",
     "Ersätts av KS gemensamma kontroll enligt beslut SN 2025-03-18 § 31.", "UTGAR", ""),
    ("Kontroll av att beslut enligt LSS verkställs inom tre månader", "",
     "Se bilaga (rapport ej verkställda beslut).", "OKLAR", ""),
    ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
     "Stickprov 30 fakturor utan anmärkning.", "GENOMFORD", "nej"),
]
lines = [
    "Hej Eva!",
    "",
    "Här kommer socialnämndens uppföljning av internkontrollplanen per 31 augusti (delår 2025).",
    "Jag skriver in det direkt i mejlet eftersom vi inte fick ut rapporten ur Stratsys i tid.",
    "Formatet är: Kontroll – status – kommentar.",
    "",
]
for i, (km, st, kom, _, _) in enumerate(sn, 1):
    lines.append(f"{i}. {km} – {st} – {kom}" if st else f"{i}. {km} –  – {kom}")
lines += [
    "",
    "Nämnden tar del av uppföljningen på sammanträdet den 23 september.",
    "Hör av dig om något är oklart!",
    "",
    "Med vänlig hälsning",
    "Karin Ahlström",
    "Kvalitetsutvecklare",
    "Socialförvaltningen, Sunne kommun",
    "Tfn 0565-160 00",
]
with open(p(F1), "w", encoding="utf-8", newline="\r\n") as f:
    f.write("\n".join(lines) + "\n")
files_rows.append([F1, "INLAST", "Socialnämnden", "2025", "DELAR"])
expect(F1, "Socialnämnden", [(a, d, e) for a, b, c, d, e in sn])

# ================================================================ 2. .eml (Tekniska nämnden)
F2 = "SV Uppföljning intern kontroll delår 2025 - Tekniska.eml"
tn = [
    ("Inventering av fordon och maskiner mot anläggningsregistret", "Genomförd",
     "Två släpvagnar saknades i registret, nu inlagda.", "GENOMFORD", "ja"),
    ("Kontroll av att VA-taxan debiteras enligt beslutad taxa", "Genomförd",
     "Stickprov 40 abonnenter, inga avvikelser.", "GENOMFORD", "nej"),
    ("Egenkontroll av dricksvatten enligt kontrollprogram", "Genomförd med avvikelse",
     "Ett prov i Rottneros visade förhöjt bakterieantal i juli, åtgärdat med spolning och omprov utan anmärkning.",
     "GENOMFORD", "ja"),
    ("Uppföljning av ramavtal för vinterväghållning", "Delvis",
     "Avtalsuppföljning vintersäsongen klar, sommarunderhållet följs upp i oktober.", "DELVIS", ""),
    ("Kontroll av fakturering av måltider till externa kunder", "Ej påbörjad",
     "Kostchef har varit sjukskriven, kontrollen görs i november.", "EJ_GENOMFORD", ""),
    ("Besiktning av kommunala lekplatser", "",
     "Samtliga 22 lekplatser besiktigades i maj, inga allvarliga brister.", "GENOMFORD", "nej"),
    ("Kontroll av skolskjutsbeslut mot gällande riktlinjer", "Pågår",
     "Överflyttad från BUN 1 mars, första stickprovet pågår.", "DELVIS", ""),
]
body = [
    "Hej Eva,",
    "",
    "Här kommer tekniska nämndens uppföljning för delåret. Ledsen att den är sen!",
    "",
]
for i, (km, st, kom, _, _) in enumerate(tn, 1):
    body += [f"Kontroll {i}: {km}", f"Status: {st}", f"Kommentar: {kom}", ""]
body += [
    "Mvh",
    "Jonas Frisk",
    "Förvaltningschef, Tekniska förvaltningen",
    "Sunne kommun",
    "",
    "Från: Eva Nordin <eva.nordin@sunne.se>",
    "Skickat: den 1 september 2025 08:12",
    "Till: Nämndsekreterare <namndsekreterare@sunne.se>",
    "Ämne: Uppföljning intern kontroll delår 2025",
    "",
    "> Hej alla,",
    ">",
    "> Nu är det dags för uppföljningen av internkontrollplanerna per 31 augusti.",
    "> Ange status för varje kontrollmoment (Genomförd / Delvis / Ej genomförd / Utgår)",
    "> och kommentera eventuella avvikelser. Senast 15 september, tack!",
    ">",
    "> /Eva, ekonomienheten",
]
m = EmailMessage()
m["From"] = "Jonas Frisk <jonas.frisk@sunne.se>"
m["To"] = "Eva Nordin <eva.nordin@sunne.se>"
m["Subject"] = "SV: Uppföljning intern kontroll delår 2025"
m["Date"] = format_datetime(datetime.datetime(2025, 9, 17, 14, 32, 5,
                                              tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m["Message-ID"] = "<20250917143205.4711@tekn.sunne.se>"
m["In-Reply-To"] = "<20250901081200.0815@ekon.sunne.se>"
m.set_content("\n".join(body) + "\n", charset="utf-8")
with open(p(F2), "wb") as f:
    f.write(bytes(m))
files_rows.append([F2, "INLAST", "Tekniska nämnden", "2025", "DELAR"])
expect(F2, "Tekniska nämnden", [(a, d, e) for a, b, c, d, e in tn])

# ================================================================ 3. .html intranet export (KFN + MBN)
F3 = "Intern kontroll 2025 - uppföljning delår (intranät).html"
COL = {"Grön": "#6cc04a", "Gul": "#f5d142", "Röd": "#e0533d", "Grå": "#b0b0b0", "": "#ffffff"}
kfn = [
    ("Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna", "Fritidschef", "", "Grön",
     "Stickprov 10 föreningar, inga avvikelser.", "GENOMFORD", "nej"),
    ("Kassahantering", "Kontroll av kassahantering i simhallen och på biblioteket", "Enhetschef", "Gul", "Grön",
     "Kassadifferens 450 kr i simhallen i juni, utredd och rapporterad.", "GENOMFORD", "ja"),
    ("Lokaler", "Uppföljning av hyresavtal för föreningslokaler", "Fritidschef", "Röd", "Gul",
     "Hälften av avtalen genomgångna.", "DELVIS", ""),
    ("Lokaler", "Säkerhetskontroll av fritidsgårdens lokaler", "Fritidsgårdsföreståndare", "Grön", "",
     "", "GENOMFORD", ""),
    ("Inventarier", "Inventering av utlånade konstverk", "Kultursekreterare", "", "Röd",
     "Ej påbörjad, görs under kvartal 4.", "EJ_GENOMFORD", ""),
    ("Bidrag", "Kontroll av att arrangemangsbidrag redovisas efter genomfört arrangemang", "Kultursekreterare",
     "", "Grå", "Bidragsformen avskaffades från 2025.", "UTGAR", ""),
]
mbn = [
    ("Myndighetsutövning", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "Gul",
     "Gul", "Stickprov 25 ärenden, 3 överskred tidsfristen. Fortsatt uppföljning under hösten.", "DELVIS", "ja"),
    ("Ekonomi", "Debitering av tillsynsavgifter enligt taxa", "Miljöchef", "", "Grön", "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Grön", "Grön",
     "", "GENOMFORD", ""),
    ("Livsmedel", "Uppföljning av kontrollplan för livsmedelstillsyn", "Miljöchef", "", "Röd",
     "Flyttas till 2026 enligt beslut MBN 2025-06-11 § 64 på grund av vakanser.", "EJ_GENOMFORD", ""),
    ("Dokumenthantering", "Kontroll av diarieföring av inkomna handlingar", "Registrator", "", "", "",
     "SAKNAS", ""),
]
def cell(v, status=False):
    if status:
        return f'<td class="status" style="background-color:{COL[v]}">{v}</td>'
    return f"<td>{v}</td>"
h = ["<!DOCTYPE html>", '<html lang="sv">', "<head>", '<meta charset="utf-8">',
     "<title>Intern kontroll 2025 – Uppföljning delår – Insidan</title>",
     "<style>body{font-family:Arial,sans-serif;font-size:13px} table{border-collapse:collapse}"
     " td,th{border:1px solid #999;padding:4px;vertical-align:top} tr.grupp td{background:#dde6f0;font-weight:bold}"
     " .crumbs{color:#666}</style>", "</head>", "<body>",
     '<div class="crumbs">Insidan &gt; Styrning och ledning &gt; Intern kontroll &gt; 2025</div>',
     "<h1>Uppföljning av internkontrollplaner – delår 2025</h1>",
     "<p>Export från Insidan 2025-09-18. Visar nämnder som rapporterat i intranätformuläret. "
     "Period: januari–augusti 2025.</p>",
     '<table id="ik-uppfoljning">', "<thead>",
     "<tr><th>Process</th><th>Kontrollmoment</th><th>Ansvarig</th><th>Status T1</th>"
     "<th>Status delår</th><th>Kommentar</th></tr>", "</thead>", "<tbody>"]
for namn, rows in (("Kultur- och fritidsnämnden", kfn), ("Miljö- och byggnadsnämnden", mbn)):
    h.append(f'<tr class="grupp"><td colspan="6">{namn}</td></tr>')
    for proc, km, ans, t1, dl, kom, _, _ in rows:
        h.append("<tr>" + cell(proc) + cell(km) + cell(ans) + cell(t1, True) + cell(dl, True) + cell(kom) + "</tr>")
h += ["</tbody>", "</table>",
      "<p><b>Teckenförklaring:</b> Grön = genomförd, Gul = delvis genomförd/pågår, "
      "Röd = ej genomförd, Grå = utgår. Tom ruta = ej rapporterat.</p>",
      "<p><small>Sidansvarig: Eva Nordin, ekonomienheten. Senast uppdaterad 2025-09-18.</small></p>",
      "</body>", "</html>"]
with open(p(F3), "w", encoding="utf-8") as f:
    f.write("\n".join(h) + "\n")
files_rows.append([F3, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"])
files_rows.append([F3, "INLAST", "Miljö- och byggnadsnämnden", "2025", "DELAR"])
expect(F3, "Kultur- och fritidsnämnden", [(r[1], r[6], r[7]) for r in kfn])
expect(F3, "Miljö- och byggnadsnämnden", [(r[1], r[6], r[7]) for r in mbn])

def fix_core(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1

# ================================================================ 4. .docx with tab-separated pasted text (BUN)
F4 = "BUN delårsuppföljning intern kontroll 2025.docx"
bun = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "Genomförd",
     "Stickprov 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
    ("Ekonomi", "Kontroll av att barnomsorgsavgifter debiteras enligt maxtaxan", "Avgiftshandläggare", "Genomförd",
     "Stickprov 20 hushåll, 2 felaktiga inkomstuppgifter har rättats.", "GENOMFORD", "ja"),
    ("Ekonomi", "Uppföljning av interkommunala ersättningar (IKE)", "Ekonom", "Pågår",
     "Vårterminen fakturerad och avstämd, höstterminen pågår.", "DELVIS", ""),
    ("Skolväsende", "Kontroll av att kränkande behandling anmäls till huvudmannen", "Rektorer",
     "Genomförd med anmärkning",
     "Två skolor har anmält med mer än 14 dagars fördröjning.\nRutinen har gåtts igenom på rektorsmöte 2025-06-10.",
     "GENOMFORD", "ja"),
    ("Skolväsende", "Uppföljning av elevers frånvaro enligt rutin för problematisk skolfrånvaro", "Elevhälsochef",
     "Ej genomförd", "Skjuts till november då nya rutinen införs från höstterminen.", "EJ_GENOMFORD", ""),
    ("Skolväsende", "Kontroll av att betygsunderlag dokumenteras i lärplattformen", "Rektorer", "",
     "Alla rektorer har bekräftat att kontrollen är genomförd, inga avvikelser.", "GENOMFORD", "nej"),
    ("Personal", "Kontroll av registerutdrag vid nyanställning", "HR-konsult", "Genomförd",
     "Samtliga 34 nyanställda har visat upp utdrag ur belastningsregistret.", "GENOMFORD", "nej"),
    ("Personal", "Systematiskt arbetsmiljöarbete – skyddsronder i förskolan", "Förskolechefer", "Delvis",
     "9 av 12 förskolor klara.", "DELVIS", ""),
    ("Skolskjuts", "Kontroll av skolskjutsbeslut mot gällande riktlinjer", "Skolskjutssamordnare", "Utgår",
     "Ansvaret överfört till tekniska nämnden från 2025-03-01.", "UTGAR", ""),
]
d = docx.Document()
fix_core(d)
d.core_properties.author = "Sofia Wikström"
d.core_properties.title = "Uppföljning intern kontroll"
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
d.add_paragraph().add_run("Barn- och utbildningsnämnden").bold = True
d.add_paragraph("Uppföljning av intern kontroll 2025 – delårsbokslut (januari–augusti)")
d.add_paragraph("Tabellen nedan är kopierad från Stratsys eftersom utskriften inte fungerade. "
                "Ärendet behandlas i nämnden 2025-09-24.")
d.add_paragraph("")
def tabpara(text, bold=False):
    para = d.add_paragraph()
    para.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
    parts = text.split("\n")
    r = para.add_run(parts[0]); r.bold = bold
    for extra in parts[1:]:
        r.add_break(); para.add_run(extra)
    return para
tabpara("Område\tKontrollmoment\tAnsvarig\tStatus\tKommentar", bold=True)
for i, (omr, km, ans, stt, kom, _, _) in enumerate(bun):
    sep = "\t\t" if i in (0, 6) else "\t"     # extra tab where the paste kept alignment
    tabpara(f"{omr}{sep}{km}\t{ans}\t{stt}\t{kom}")
d.add_paragraph("")
d.add_paragraph("Sammanfattning: 5 av 9 kontroller är genomförda, 2 pågår, 1 är uppskjuten och 1 utgår.")
d.add_paragraph("Sofia Wikström, verksamhetscontroller, Barn- och utbildningsförvaltningen")
d.save(p(F4))
files_rows.append([F4, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"])
expect(F4, "Barn- och utbildningsnämnden", [(r[1], r[5], r[6]) for r in bun])

# ================================================================ 5. .xlsx with whole table pasted into column A (VON)
F5 = "VON IK delår 2025.xlsx"
von = [
    ("Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "Genomförd",
     "Inga avvikelser i stickprov om 20 fakturor", None, "GENOMFORD", "nej"),
    ("Kontroll av att avgifter för hemtjänst debiteras enligt beslut", "Avgiftshandläggare", "Genomförd",
     "4 av 30 kunder hade fel avgift pga sent registrerade beslut, rättat", None, "GENOMFORD", "ja"),
    ("Läkemedelshantering – avvikelser hanteras enligt rutin", "MAS", "Pågår",
     "Genomgång av avvikelser jan–jun klar, jul–aug pågår", None, "DELVIS", ""),
    ("Uppföljning av genomförandeplaner inom särskilt boende", "Enhetschefer", "Ej genomförd", "", None,
     "EJ_GENOMFORD", ""),
    ("Kontroll av loggar i verksamhetssystemet Lifecare", "Systemförvaltare", "Genomförd",
     "Loggkontroll på 50 slumpvis valda journaler.",
     "En otillåten åtkomst upptäcktes och har hanterats enligt rutin (anmäld till IMY).", "GENOMFORD", "ja"),
    ("Kontroll av timanställdas arbetade tid mot schema", "HR-konsult", "", "Se bifogad rapport", None,
     "OKLAR", ""),
    ("Hantering av brukares privata medel på särskilt boende", "Enhetschefer", "Delvis",
     "Kontroll gjord på 3 av 5 boenden, inga brister hittills", None, "DELVIS", "nej"),
    ("Kontroll av att fallriskbedömning görs vid inflyttning", "Sjuksköterskor", "Utgår",
     "Följs i Senior alert istället, beslut VON 2025-05-20 § 44", None, "UTGAR", ""),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Blad1"
linesA = [
    "Från: Lena Berg, Vård- och omsorgsförvaltningen",
    "Uppföljning internkontrollplan VON delår 2025 (t.o.m. 31 augusti)",
    None,
    "Kontrollmoment | Kontrollansvarig | Status | Kommentar",
    "-----------------------------------------------------------------------",
]
for km, ans, stt, kom, cont, _, _ in von:
    linesA.append(f"{km} | {ans} | {stt} | {kom}")
    if cont:
        linesA.append(cont)
linesA += [None, "Status: Genomförd / Delvis / Pågår / Ej genomförd / Utgår", None,
           "Hälsningar Lena (klistrade in från mejlet, kolumnerna kom inte med)"]
for i, t in enumerate(linesA, 1):
    if t is not None:
        ws.cell(row=i, column=1, value=t)
ws["A2"].font = Font(bold=True)
ws.column_dimensions["A"].width = 120
wb.properties.creator = "Lena Berg"
wb.properties.created = FIXED
wb.properties.modified = FIXED
wb.save(p(F5))
files_rows.append([F5, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"])
expect(F5, "Vård- och omsorgsnämnden", [(r[0], r[5], r[6]) for r in von])

# ================================================================ 6. ordinary well-formed .xlsx (Kommunstyrelsen)
F6 = "Kommunstyrelsen - uppföljning internkontrollplan delår 2025.xlsx"
ks = [
    ("Ekonomi", None),
    ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Medel (6)", "Ekonomichef",
     "Stickprov", "Tertial", "Genomförd", "Genomförd",
     "Stickprov 40 fakturor. 1 faktura attesterad av ersättare utan delegation, åtgärdat.", "GENOMFORD", "ja"),
    ("Felaktig redovisning", "Avstämning av balanskonton inför delårsbokslut", "Hög (9)", "Redovisningsekonom",
     "Avstämning", "Delår/helår", "", "Genomförd", "Samtliga balanskonton avstämda per 2025-08-31.",
     "GENOMFORD", "nej"),
    ("Förtroendeskada", "Kontroll av representation och förtroendekänsliga poster", "Hög (8)", "Controller",
     "Stickprov", "Tertial", "Delvis", "Delvis", "Granskning jan–apr klar, maj–aug pågår.", "DELVIS", ""),
    ("Personal", None),
    ("Oegentligheter", "Kontroll av att lönebiträden inte registrerar egna lönetillägg", "Medel (6)", "HR-chef",
     "Registerkontroll", "Delår", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Arbetsmiljö", "Uppföljning av genomförda medarbetarsamtal", "Låg (3)", "HR-chef", "Enkät till chefer",
     "Helår", "", "Ej genomförd", "Genomförs i november enligt årshjulet.", "EJ_GENOMFORD", ""),
    ("IT och informationssäkerhet", None),
    ("Obehörig åtkomst", "Behörighetsgenomgång i ekonomisystemet Raindance", "Hög (9)", "Systemförvaltare",
     "Genomgång av behörighetslista", "Delår", "", "Genomförd",
     "12 behörigheter togs bort för personal som bytt tjänst eller slutat.", "GENOMFORD", "ja"),
    ("Obehörig åtkomst", "Kontroll av att avslutade användarkonton stängs inom 5 dagar", "Medel (6)", "IT-chef",
     "Stickprov", "Delår", "", "", "", "SAKNAS", ""),
    ("Upphandling", None),
    ("Avtalstrohet", "Avtalstrohet – stickprov av inköp över 100 tkr", "Hög (8)", "Upphandlare", "Stickprov",
     "Delår", "", "Delvis",
     "Stickprov 15 inköp, 2 direktupphandlingar saknade dokumentation. Fortsätter under T3.", "DELVIS", "ja"),
    ("Avtalstrohet", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Medel (4)", "Upphandlare",
     "Stickprov", "Delår", "", "Utgår", "Ingår i kontrollen ovan, beslut KS 2025-04-22 § 71.", "UTGAR", ""),
    ("Delegation", "Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen", "Låg (2)",
     "Kommunsekreterare", "Jämförelse diarium/protokoll", "Tertial", "Genomförd", "Genomförd", "",
     "GENOMFORD", ""),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Delår 2025"
thin = Side(style="thin", color="999999")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {"Genomförd": "C6EFCE", "Delvis": "FFEB9C", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
ws["A1"] = "Sunne kommun – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti"; ws["A2"].font = Font(bold=True)
ws["A3"] = "Internkontrollplanen fastställd av KS 2025-01-28 § 12"
hdr = ["Risk", "Kontrollmoment", "Riskvärde", "Ansvarig", "Metod", "Frekvens", "Status T1", "Status delår",
       "Kommentar/avvikelse delår"]
for c, v in enumerate(hdr, 1):
    x = ws.cell(row=5, column=c, value=v); x.font = Font(bold=True, color="FFFFFF")
    x.fill = PatternFill("solid", fgColor="1F4E78"); x.border = B
    x.alignment = Alignment(wrap_text=True, vertical="top")
r = 6
for row in ks:
    if row[1] is None:
        ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
    else:
        for c, v in enumerate(row[:9], 1):
            x = ws.cell(row=r, column=c, value=v if v != "" else None)
            x.border = B; x.alignment = Alignment(wrap_text=True, vertical="top")
            if c in (7, 8) and v in FILL:
                x.fill = PatternFill("solid", fgColor=FILL[v])
    r += 1
r += 1
ws.cell(row=r, column=1, value="Status: Genomförd / Delvis / Ej genomförd / Utgår. "
        "Riskvärde = sannolikhet × konsekvens (1–16).")
ws.cell(row=r + 2, column=1, value="Upprättad av: Maria Lund, controller, 2025-09-15")
for col, w in zip("ABCDEFGHI", (22, 48, 11, 18, 22, 12, 12, 13, 55)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A6"
ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
wb.properties.creator = "Maria Lund"
wb.properties.created = FIXED
wb.properties.modified = FIXED
wb.save(p(F6))
files_rows.append([F6, "INLAST", "Kommunstyrelsen", "2025", "DELAR"])
expect(F6, "Kommunstyrelsen", [(x[1], x[9], x[10]) for x in ks if x[1] is not None])

# ================================================================ 7. ordinary well-formed .docx (Sunne Bostäder AB)
F7 = "Sunne Bostäder AB uppföljning intern kontroll delår 2025.docx"
sb = [
    ("1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Ekonomichef",
     "Ja", "Nej", "", "GENOMFORD", "nej"),
    ("2", "Kontroll av hyresavier mot gällande hyresavtal", "Stickprov 40 avtal", "Uthyrningschef", "Ja", "Ja",
     "3 avtal hade fel hyra efter årets hyresförhandling, korrigerat till oktober.", "GENOMFORD", "ja"),
    ("3", "Uppföljning av hyresfordringar och inkassoärenden", "Månadsvis genomgång", "Ekonomichef", "Ja", "Nej",
     "Fordringar > 60 dagar har minskat jämfört med 2024.", "GENOMFORD", "nej"),
    ("4", "Besiktning av lekplatser enligt SS-EN 1176", "Besiktningsprotokoll", "Fastighetschef", "Delvis", "",
     "8 av 14 lekplatser besiktade, resterande i september.", "DELVIS", ""),
    ("5", "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras", "Genomgång av SBA-pärmar",
     "Fastighetschef", "Nej", "", "Ej påbörjad, ny fastighetschef tillträder 1 oktober.", "EJ_GENOMFORD", ""),
    ("6", "Inventering av nycklar och passerbrickor", "Inventering mot nyckelregister", "Driftchef", "Ja", "Ja",
     "12 brickor kunde inte redovisas och har spärrats.", "GENOMFORD", "ja"),
    ("7", "Kontroll av att byggentreprenader följer ramavtal", "Stickprov", "VD", "Ej aktuellt", "",
     "Inga entreprenader har upphandlats under perioden.", "UTGAR", ""),
]
d = docx.Document()
fix_core(d)
d.core_properties.author = "Per Olsson"
sec = d.sections[0]
sec.header.paragraphs[0].text = "Sunne Bostäder AB"
d.add_heading("Uppföljning av intern kontroll – delår januari–augusti 2025", level=1)
d.add_paragraph("Styrelsen för Sunne Bostäder AB fastställde internkontrollplanen för 2025 den 12 februari. "
                "Nedan redovisas utfallet av kontrollerna per 31 augusti 2025. Kontroller som inte är "
                "genomförda redovisas med planerad tidpunkt.")
t = d.add_table(rows=1, cols=7)
t.style = "Table Grid"
for c, v in enumerate(["Nr", "Kontrollmoment", "Metod", "Ansvarig", "Utförd (Ja/Nej/Delvis)",
                       "Avvikelse (Ja/Nej)", "Kommentar"]):
    t.rows[0].cells[c].text = v
    for run in t.rows[0].cells[c].paragraphs[0].runs:
        run.bold = True
for row in sb:
    cells = t.add_row().cells
    for c, v in enumerate(row[:7]):
        cells[c].text = v
d.add_paragraph("")
d.add_paragraph("Sunne 2025-09-10")
d.add_paragraph("Per Olsson, VD")
d.save(p(F7))
files_rows.append([F7, "INLAST", "Sunne Bostäder AB", "2025", "DELAR"])
expect(F7, "Sunne Bostäder AB", [(x[1], x[7], x[8]) for x in sb])

# ================================================================ 8. reject: reminder mail (no follow-up)
F8 = "Påminnelse uppföljning intern kontroll delår 2025.eml"
m = EmailMessage()
m["From"] = "Eva Nordin <eva.nordin@sunne.se>"
m["To"] = "Nämndsekreterare <namndsekreterare@sunne.se>"
m["Cc"] = "Förvaltningschefer <forvaltningschefer@sunne.se>"
m["Subject"] = "Påminnelse: uppföljning intern kontroll delår 2025"
m["Date"] = format_datetime(datetime.datetime(2025, 9, 16, 9, 5, 0,
                                              tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m["Message-ID"] = "<20250916090500.1234@ekon.sunne.se>"
m.set_content("\n".join([
    "Hej!",
    "",
    "En vänlig påminnelse om uppföljningen av internkontrollplanerna per 31 augusti 2025.",
    "Sista dag var i går, den 15 september. Vi saknar fortfarande uppföljning från:",
    "",
    "- Tekniska nämnden",
    "- Överförmyndarnämnden",
    "",
    "Skicka gärna i nämndens vanliga mall. Går det inte går det bra att skriva i mejlet,",
    "en rad per kontrollmoment med status (Genomförd / Delvis / Ej genomförd / Utgår) och kommentar.",
    "Uppföljningarna sammanställs till kommunstyrelsens sammanträde den 14 oktober.",
    "",
    "Tack på förhand!",
    "",
    "Eva Nordin",
    "Ekonomienheten, Sunne kommun",
]) + "\n", charset="utf-8")
with open(p(F8), "wb") as f:
    f.write(bytes(m))
files_rows.append([F8, "AVVISAD", "", "", ""])

# ================================================================ CSVs
def wcsv(name, header, rows):
    with open(p(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], files_rows)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], exp_rows)
print(len(files_rows), "file rows,", len(exp_rows), "controls")
