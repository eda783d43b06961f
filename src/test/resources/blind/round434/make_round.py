#!/usr/bin/python3
"""Blind round r434 – Fagersta kommun, T2 2025: exports from governance systems."""
import csv, io, os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.filters import FilterColumn, Filters
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
YEAR = "2025"
files_rows = []     # fil;utfall;nämnd;år;period
exp_rows = []       # fil;nämnd;kontrollmoment;status;avvikelse

def exp(fil, namnd, km, status, avv):
    exp_rows.append([fil, namnd, km, status, avv])

def csv_text(rows, delim, quoting=csv.QUOTE_MINIMAL, term="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, quoting=quoting, lineterminator=term)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()

def wbytes(name, text, enc):
    with open(name, "wb") as f:
        f.write(text.encode(enc))

STAT = {"Klar": "GENOMFORD", "Pågående": "DELVIS", "Ej startad": "EJ_GENOMFORD",
        "Avslutad – ej aktuell": "UTGAR"}

# ---------------------------------------------------------------- 1 Stratsys multi-nämnd CSV
F1 = "Stratsys_Export_Internkontroll_T2_2025.csv"
f1 = [
 # nämnd, process, risk, riskvärde, kontrollmoment, metod, frekvens, ansvarig, status, kommentar, uppdaterad, EXP status, avv
 ("Kommunstyrelsen", "Ekonomi", "Felaktiga utbetalningar", "9", "Attest av leverantörsfakturor enligt attestordningen",
  "Stickprov 40 fakturor", "Två gånger/år", "Ekonomichef", "Klar",
  "Stickprov 40 fakturor (maj). 2 fakturor attesterade av ersättare utan giltig delegation.\nÅtgärd: påminnelse till samtliga attestanter i juni.",
  "2025-08-28", "GENOMFORD", "ja"),
 ("Kommunstyrelsen", "Upphandling", "Inköp utanför avtal", "12", "Avtalstrohet vid inköp av förbrukningsmaterial",
  "Analys av leverantörsreskontra", "Tertial", "Upphandlingssamordnare", "Pågående",
  "Stickprov för jan–apr klart, maj–aug pågår.", "2025-09-01", "DELVIS", ""),
 ("Kommunstyrelsen", "Ekonomi", "Otillåten representation", "6", "Kontroll att representation redovisas med syfte och deltagare",
  "Granskning av samtliga representationsfakturor", "Tertial", "Controller KLF", "Klar",
  "Inga avvikelser.", "2025-08-20", "GENOMFORD", "nej"),
 ("Kommunstyrelsen", "IT och informationssäkerhet", "Obehörig åtkomst", "8", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
  "Avstämning mot personalsystemet", "Årligen", "IT-chef", "Ej startad",
  "Flyttas till T3 pga. byte av ekonomisystem.", "2025-08-15", "EJ_GENOMFORD", ""),
 ("Kommunstyrelsen", "Lön", "Felaktiga utbetalningar", "10", "Kontroll av ändringar av bankkontonummer i lönesystemet",
  "Samtliga ändringar jämförs mot blankett", "Tertial", "Lönechef", "Klar",
  "Samtliga 12 ändringar kontrollerade mot underskriven blankett. Inga avvikelser.", "2025-08-29", "GENOMFORD", "nej"),
 ("Kommunstyrelsen", "Dokumenthantering", "Bristande offentlighet", "4", "Diarieföring av inkomna allmänna handlingar sker inom rimlig tid",
  "Stickprov i diariet", "Årligen", "Kommunsekreterare", "Avslutad – ej aktuell",
  "Ersätts av revisionens granskning, beslut KS 2025-03-12 § 45.", "2025-03-14", "UTGAR", ""),
 ("Socialnämnden", "Myndighetsutövning IFO", "Rättsosäkra utredningar", "12", "Uppföljning av att utredningstiden för barnavårdsutredningar inte överstiger fyra månader",
  "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef barn och unga", "Klar",
  "23 av 25 avslutade utredningar inom fyra månader.\n2 utredningar överskred tiden pga. vakant handläggartjänst.", "2025-09-02", "GENOMFORD", "ja"),
 ("Socialnämnden", "Ekonomiskt bistånd", "Felaktiga utbetalningar", "9", "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut",
  "Stickprov 15 ärenden per tillfälle", "Två gånger/år", "Enhetschef försörjningsstöd", "Pågående",
  "Stickprov april genomfört (15 ärenden, inga fel).\nStickprovet för augusti är påbörjat.", "2025-08-27", "DELVIS", "nej"),
 ("Socialnämnden", "Hälso- och sjukvård", "Vårdskador", "12", "Avvikelser enligt Lex Maria analyseras inom 14 dagar",
  "Genomgång av avvikelsesystemet", "Tertial", "MAS", "Klar",
  "", "2025-08-25", "GENOMFORD", ""),
 ("Socialnämnden", "Äldreomsorg", "Läkemedelshantering", "9", "Kontroll av läkemedelsförråd på särskilda boenden",
  "Inventering tillsammans med apotek", "Årligen", "MAS", "",
  "Genomförd på Kolbäcksgården och Västanfors äldreboende i juni. Inga anmärkningar.", "2025-06-30", "GENOMFORD", "nej"),
 ("Socialnämnden", "Personal", "Olämplig personal", "8", "Kontroll av att registerutdrag begärs in vid nyanställning inom LSS",
  "Stickprov personalakter", "Årligen", "HR-konsult", "Ej startad",
  "", "2025-05-05", "EJ_GENOMFORD", ""),
 ("Barn- och utbildningsnämnden", "Skolskjuts", "Felaktiga beslut", "6", "Kontroll av att beslut om skolskjuts fattas enligt riktlinjer",
  "Stickprov 20 beslut", "Årligen", "Skolskjutshandläggare", "Klar",
  "Inga avvikelser", "2025-06-18", "GENOMFORD", "nej"),
 ("Barn- och utbildningsnämnden", "Elevhälsa", "Kränkningar anmäls inte", "12", "Anmälan om kränkande behandling rapporteras till huvudman",
  "Jämförelse incidentrapporter/anmälningar", "Tertial", "Verksamhetschef grundskola", "Pågående",
  "Rutinen ses över. 3 av 5 skolor kontrollerade; på en skola saknades anmälan till huvudman i två fall.", "2025-08-30", "DELVIS", "ja"),
 ("Barn- och utbildningsnämnden", "Ekonomi", "Felaktiga avgifter", "6", "Kontroll av barnomsorgsavgifter mot inkomstuppgifter",
  "Stickprov 25 hushåll", "Årligen", "Avgiftshandläggare", "",
  "", "", "SAKNAS", ""),
 ("Barn- och utbildningsnämnden", "Arkiv", "Bristande gallring", "3", "Gallring av elevakter enligt dokumenthanteringsplan",
  "Kontroll i arkivet", "Årligen", "Nämndsekreterare", "Avslutad – ej aktuell",
  "Utgår – hanteras i nämndens arkivprojekt 2026.", "2025-04-10", "UTGAR", ""),
]
rows = [["Stratsys – Rapport: Uppföljning internkontrollplan"],
        ["Organisation", "Fagersta kommun"],
        ["Period", "2025 T2 (jan–aug)"],
        ["Urval", "Nämnder: KS, SN, BUN"],
        ["Utskriftsdatum", "2025-09-05 14:32"],
        [],
        ["Nämnd", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
         "Status", "Kommentar", "Senast uppdaterad"]]
for r in f1:
    rows.append(list(r[:11]))
wbytes(F1, "\ufeff" + csv_text(rows, ";"), "utf-8")
for n in ("Kommunstyrelsen", "Socialnämnden", "Barn- och utbildningsnämnden"):
    files_rows.append([F1, "INLAST", n, YEAR, "T2"])
for r in f1:
    exp(F1, r[0], r[4], r[11], r[12])

# ---------------------------------------------------------------- 2 Hypergene TSV, Windows-1252, T1+T2 side by side
F2 = "Hypergene_IK_Tekniska_2025-08.txt"
f2 = [
 ("TN-01", "Kontroll av att fakturor för VA-anslutningsavgifter debiteras enligt taxa", "Debitering", "Tertial", "Enhetschef VA",
  "Klar", "Inga avvikelser", "Klar", "Inga avvikelser", "GENOMFORD", "nej"),
 ("TN-02", "Uppföljning av entreprenörers ÄTA-arbeten mot avtal", "Investeringar", "Tertial", "Projektledare",
  "Pågående", "", "Klar", "Två ÄTA-beställningar saknade skriftlig beställning.\nRutinen har uppdaterats.", "GENOMFORD", "ja"),
 ("TN-03", "Kontroll av fordonsbokningar och körjournaler för kommunens bilpool", "Fordon", "Tertial", "Fordonssamordnare",
  "Ej startad", "", "Pågående", "Körjournaler jan–jun granskade, juli–aug återstår.", "DELVIS", ""),
 ("TN-04", "Egenkontroll av lekplatser enligt SS-EN 1176", "Gata/park", "Årligen", "Parkchef",
  "Klar", "Vårbesiktning av samtliga 14 lekplatser klar, inga allvarliga brister.", "", "", "GENOMFORD", "nej"),
 ("TN-05", "Kontroll av att snöröjningsentreprenörens fakturor stäms av mot körrapporter", "Gata/park", "Tertial", "Gatuchef",
  "", "", "Avslutad – ej aktuell", "Kontrollen utgår – avtalet omförhandlat med fast pris.", "UTGAR", ""),
 ("TN-06", "Inventering av vägbelysning mot anläggningsregister", "Gata/park", "Årligen", "Gatuchef",
  "Ej startad", "", "Ej startad", "Resursbrist, skjuts till 2026.", "EJ_GENOMFORD", ""),
 ("TN-07", "Kontroll av att avfallstaxa debiteras korrekt vid ändrade abonnemang", "Debitering", "Tertial", "Enhetschef renhållning",
  "", "", "", "", "SAKNAS", ""),
 ("TN-08", "Kassahantering vid återvinningscentralen – dagskassor stäms av mot kassarapport", "Kontanthantering", "Tertial", "Driftledare ÅVC",
  "Klar", "Inga differenser", "Klar", "Se bilaga 2", "GENOMFORD", ""),
]
rows = [["Hypergene Report Export"],
        ["Report name:", "Internkontroll - uppföljning"],
        ["Organisation unit:", "Tekniska nämnden"],
        ["Period:", "2025-01 -- 2025-08"],
        ["Exported by:", "anna.lind", "2025-09-03 08:12"],
        [],
        ["Unit", "Control no", "Control activity", "Process", "Frequency", "Responsible",
         "Status T1", "Comment T1", "Status T2", "Comment T2"]]
for r in f2:
    rows.append(["Tekniska förvaltningen", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]])
wbytes(F2, csv_text(rows, "\t"), "cp1252")
files_rows.append([F2, "INLAST", "Tekniska nämnden", YEAR, "T2"])
for r in f2:
    exp(F2, "Tekniska nämnden", r[1], r[9], r[10])

# ---------------------------------------------------------------- 3 Home-made Access export, comma, all quoted, cp1252
F3 = "tblIK_Uppfoljning_KFN.csv"
f3 = [
 (1, "Föreningsstöd", "Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler", "Fritidskonsulent", 1, "Klar",
  "Stickprov 10 föreningar.\r\nEn förening fick dubbel utbetalning av lokalbidrag – beloppet återkrävt.", "GENOMFORD", "ja"),
 (2, "Kontanthantering", "Kassahantering i simhallens reception – dagskassa stäms av mot kassaregister", "Badmästare", 1, "Klar",
  "Inga differenser.", "GENOMFORD", "nej"),
 (3, "Uthyrning", "Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig", 2, "Pågående",
  "Jan–apr kontrollerat. Maj–aug kontrolleras i september.", "DELVIS", ""),
 (4, "Inventarier", "Inventering av utlånade instrument i kulturskolan", "Kulturskolechef", 3, "Ej startad",
  "", "EJ_GENOMFORD", ""),
 (5, "Avgifter", "Kontroll av att bibliotekets avgifter för förlorade medier debiteras", "Bibliotekschef", 4, "Avslutad – ej aktuell",
  "Avgifterna avskaffade fr.o.m. 2025-01-01 (KFN 2024-11-20 § 88).", "UTGAR", ""),
 (6, "IT", "Behörigheter i bokningssystemet ses över", "Bokningsansvarig", 0, "",
  "", "SAKNAS", ""),
 (7, "Personal", "Registerutdrag kontrolleras för ledare i sommarlovsaktiviteter", "Fritidsgårdsföreståndare", 1, "Klar",
  "Samtliga 14 ledare har uppvisat utdrag ur belastningsregistret.", "GENOMFORD", "nej"),
]
rows = [["ID", "NamndKod", "Omrade", "Kontrollmoment", "Ansvarig", "Ar", "Tertial", "StatusKod", "StatusText", "Kommentar", "Uppdaterad"]]
for r in f3:
    rows.append([str(r[0]), "KFN", r[1], r[2], r[3], "2025", "2", str(r[4]), r[5], r[6], "2025-08-%02d 00:00:00" % (20 + r[0])])
wbytes(F3, csv_text(rows, ",", quoting=csv.QUOTE_ALL), "cp1252")
files_rows.append([F3, "INLAST", "Kultur- och fritidsnämnden", YEAR, "T2"])
for r in f3:
    exp(F3, "Kultur- och fritidsnämnden", r[2], r[7], r[8])

# ---------------------------------------------------------------- 4 Stratsys Excel export, hidden column, autofilter
F4 = "Stratsys_Internkontroll_MBN_T2_2025.xlsx"
f4 = [
 ("Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Uttag ur ärendesystemet", "Bygglovschef", "Pågående", "Klar",
  "46 av 48 ärenden inom tid. 2 ärenden överskred, vilket medfört avgiftsreduktion.", "GENOMFORD", "ja"),
 ("Tillsyn", "Planerad livsmedelskontroll genomförs enligt kontrollplan", "Jämförelse mot kontrollplan", "Miljöchef", "Pågående", "Pågående",
  "62 % av planerade kontroller genomförda t.o.m. augusti.", "DELVIS", ""),
 ("Avgifter", "Timavgift för miljötillsyn debiteras enligt taxa", "Stickprov 15 fakturor", "Administratör", "Klar", "Klar",
  "Inga avvikelser.", "GENOMFORD", "nej"),
 ("Delegation", "Delegationsbeslut anmäls till nämnden", "Avstämning mot protokoll", "Nämndsekreterare", "Pågående", "Klar",
  "Kontrollerat inför varje sammanträde.\nEtt beslut från mars anmäldes först i juni.", "GENOMFORD", "ja"),
 ("Arkiv", "Bygglovsakter skannas och arkiveras i e-arkiv", "Stickprov", "Arkivansvarig", "Ej startad", "Avslutad – ej aktuell",
  "Ingår i kommungemensamt e-arkivprojekt.", "UTGAR", ""),
 ("Tillsyn", "Uppföljning av förelägganden om enskilda avlopp", "Genomgång av ärendelista", "Miljöinspektör", "Ej startad", "Ej startad",
  "Startar i oktober.", "EJ_GENOMFORD", ""),
 ("Offentlighet och sekretess", "Utlämnande av allmänna handlingar sker med sekretessprövning", "Stickprov 10 utlämnanden", "Förvaltningschef", "", "",
  "Genomförd i augusti, inga brister.", "GENOMFORD", "nej"),
]
wb = Workbook(); ws = wb.active; ws.title = "Rapport"
ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Enhet: Miljö- och byggförvaltningen"
ws["A3"] = "Period: Tertial 2 (2025-01-01 – 2025-08-31)"
ws["A4"] = "Utskriven 2025-09-04 från Stratsys"; ws["A4"].font = Font(italic=True, color="808080")
hdr = ["Objekt-ID", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Status T2", "Kommentar"]
HR = 6
for c, h in enumerate(hdr, 1):
    cell = ws.cell(HR, c, h); cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F4E78")
for i, r in enumerate(f4):
    row = HR + 1 + i
    vals = ["IK-%05d" % (31410 + i * 7), r[0], r[1], r[2], r[3], r[4] or None, r[5] or None, r[6]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row, c, v); cell.alignment = Alignment(wrap_text=True, vertical="top")
last = HR + len(f4)
ws.column_dimensions["F"].hidden = True          # Status T1 hidden
for col, w in zip("ABCDEFGH", [11, 16, 48, 26, 18, 14, 20, 50]):
    ws.column_dimensions[col].width = w
ws.auto_filter.ref = "A%d:H%d" % (HR, last)
# filter on Status T2 (col index 6) – "Avslutad – ej aktuell" deselected, row hidden as Excel does
vis = sorted({r[5] for r in f4 if r[5] and r[5] != "Avslutad – ej aktuell"})
fc = FilterColumn(colId=6, filters=Filters(filter=vis, blank=True))
ws.auto_filter.filterColumn.append(fc)
for i, r in enumerate(f4):
    if r[5] == "Avslutad – ej aktuell":
        ws.row_dimensions[HR + 1 + i].hidden = True
ws.freeze_panes = "A7"
wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 9, 4, 10, 0)
wb.save(F4)
files_rows.append([F4, "INLAST", "Miljö- och byggnämnden", YEAR, "T2"])
for r in f4:
    exp(F4, "Miljö- och byggnämnden", r[1], r[7], r[8])

# ---------------------------------------------------------------- 5 Hand-made xlsx, Fagerstahem AB, traffic-light fills
F5 = "Fagerstahem IK uppföljning T2 2025.xlsx"
GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
f5 = [
 ("Ekonomi", None),
 ("1", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", GREEN, "Stickprov 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
 ("2", "Kontroll av hyresavier mot hyreskontrakt efter hyreshöjningen 2025", "Hyresadministratör", GREEN,
  "3 lägenheter hade fel hyra i systemet, rättat retroaktivt från januari.", "GENOMFORD", "ja"),
 ("Fastighet", None),
 ("3", "Egenkontroll av brandskydd (SBA) i samtliga bostadsområden", "Fastighetschef", YELLOW,
  "Västanfors och Centrum klara, Östermalm återstår.", "DELVIS", ""),
 ("4", "OVK-besiktningar genomförs enligt intervall", "Fastighetschef", RED,
  "Upphandlingen av besiktningsman är försenad.", "EJ_GENOMFORD", ""),
 ("5", "Radonmätning i nyförvärvade fastigheter", "Fastighetschef", GREY, "Inga förvärv under 2025.", "UTGAR", ""),
 ("Uthyrning", None),
 ("6", "Bostadskön hanteras enligt uthyrningspolicyn", "Uthyrningschef", GREEN, None, "GENOMFORD", ""),
 ("7", "Godkännanden av andrahandsuthyrning följs upp", "Uthyrningschef", None, None, "SAKNAS", ""),
 ("8", "Nyckelkvittens vid in- och utflyttning", "Kundcenter", None, "Se bilaga", "OKLAR", ""),
]
wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:E1"); ws["A1"] = "Fagerstahem AB – Uppföljning av internkontrollplan 2025"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:E2"); ws["A2"] = "Tertial 2 (januari–augusti)"; ws["A2"].font = Font(bold=True)
ws["G1"] = "Teckenförklaring status"; ws["G1"].font = Font(bold=True)
for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                                (RED, "Ej genomförd"), (GREY, "Utgår")]):
    ws.cell(2 + i, 7).fill = PatternFill("solid", fgColor=col); ws.cell(2 + i, 7).border = B
    ws.cell(2 + i, 8, txt)
hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
HR = 7
for c, h in enumerate(hdr, 1):
    cell = ws.cell(HR, c, h); cell.font = Font(bold=True); cell.border = B
    cell.fill = PatternFill("solid", fgColor="D9E1F2")
row = HR
for r in f5:
    row += 1
    if r[1] is None:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        ws.cell(row, 1, r[0]).font = Font(bold=True, italic=True)
        ws.cell(row, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        continue
    ws.cell(row, 1, int(r[0])); ws.cell(row, 2, r[1]); ws.cell(row, 3, r[2]); ws.cell(row, 5, r[4])
    if r[3]:
        ws.cell(row, 4).fill = PatternFill("solid", fgColor=r[3])
    for c in range(1, 6):
        ws.cell(row, c).border = B; ws.cell(row, c).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(row + 2, 1, "Fagersta 2025-09-10")
ws.cell(row + 3, 1, "Lena Björk, VD Fagerstahem AB")
for col, w in zip("ABCDEFGH", [5, 50, 18, 9, 50, 3, 5, 28]):
    ws.column_dimensions[col].width = w
wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 9, 10, 9, 0)
wb.save(F5)
files_rows.append([F5, "INLAST", "Fagerstahem AB", YEAR, "T2"])
for r in f5:
    if r[1] is not None:
        exp(F5, "Fagerstahem AB", r[1], r[5], r[6])

# ---------------------------------------------------------------- 6 Hand-made docx, NVE
F6 = "NVE uppföljning intern kontroll tertial 2 2025.docx"
f6 = [
 ("Lön", "Kontroll av att nyanställda registreras i lönesystemet med rätt lön enligt anställningsavtal", "Ja",
  "Stickprov 20 nyanställningar. En felaktig lön upptäcktes och rättades i juli.", "GENOMFORD", "ja"),
 ("Lön", "Kontroll av att utbetalda OB-ersättningar överensstämmer med schema", "Delvis",
  "Kontroll gjord för Fagersta kommun; Norberg och Skinnskatteberg återstår.", "DELVIS", ""),
 ("Redovisning", "Avstämning av balanskonton per 30 april och 31 augusti", "Ja",
  "Samtliga konton avstämda, inga oförklarade differenser.", "GENOMFORD", "nej"),
 ("Redovisning", "Kontroll av momsredovisning för de tre medlemskommunerna", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
 ("Betalningar", "Kontroll av att ändringar av leverantörers bankgironummer verifieras via oberoende källa", "Nej",
  "Ej genomförd pga. vakans. Genomförs under hösten.", "EJ_GENOMFORD", ""),
 ("Betalningar", "Behörigheter i bank- och betalsystem stäms av", "Utgår",
  "Ersätts av ny bankrutin med dubbel signering (förbundsdirektionen 2025-05-22).", "UTGAR", ""),
]
d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = d.add_paragraph(); run = p.add_run("Norra Västmanlands ekonomiförbund"); run.bold = True; run.font.size = Pt(16)
d.add_paragraph("Fagersta – Norberg – Skinnskatteberg")
d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
d.add_paragraph("Förbundsdirektionen fastställde internkontrollplanen för 2025 i december 2024. Nedan redovisas "
                "utfallet av kontrollerna för perioden januari–augusti 2025. Kolumnen Genomförd anger om kontrollen "
                "är genomförd (Ja), delvis genomförd (Delvis), inte genomförd (Nej) eller har utgått (Utgår).")
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in enumerate(["Process", "Kontrollmoment", "Genomförd", "Iakttagelser / kommentar"]):
    t.rows[0].cells[c].text = h
    for r_ in t.rows[0].cells[c].paragraphs[0].runs:
        r_.bold = True
start = {}
for r in f6:
    cells = t.add_row().cells
    cells[1].text, cells[2].text, cells[3].text = r[1], r[2], r[3]
    idx = len(t.rows) - 1
    if r[0] not in start:
        start[r[0]] = idx; cells[0].text = r[0]
    else:
        t.cell(start[r[0]], 0).merge(t.cell(idx, 0))
        # keep only process name once
        c0 = t.cell(start[r[0]], 0)
        for extra in c0.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
d.add_paragraph()
d.add_heading("Sammanfattande bedömning", level=2)
d.add_paragraph("Förbundet bedömer att den interna kontrollen i huvudsak är tillräcklig. Kvarstående kontroller "
                "genomförs under tertial 3 och redovisas i helårsuppföljningen.")
d.add_paragraph("Fagersta 2025-09-12")
d.add_paragraph("Maria Holm\nFörbundschef")
d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2025, 9, 12, 8, 0)
d.core_properties.author = "Maria Holm"
d.save(F6)
files_rows.append([F6, "INLAST", "Norra Västmanlands ekonomiförbund", YEAR, "T2"])
for r in f6:
    exp(F6, "Norra Västmanlands ekonomiförbund", r[1], r[4], r[5])

# ---------------------------------------------------------------- 7 Long-format export (one row per control and period), comma, UTF-8
F7 = "Export_Kontrollaktiviteter_OFN_20250904.csv"
f7 = [  # aktivitet, T1 (status, komm), T2 (status, komm) or None, exp, avv
 ("Granskning av årsräkningar inom fyra månader från inlämning",
  ("Pågående", "Granskning pågår."), ("Klar", "Samtliga 212 årsräkningar granskade.\n9 av dem granskades först efter fyra månader."),
  "GENOMFORD", "ja"),
 ("Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
  ("Ej startad", ""), ("Pågående", "Hälften av ställföreträdarna kontrollerade."), "DELVIS", ""),
 ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
  ("Klar", "Inga avvikelser."), ("Klar", "Stickprov 15 beslut, inga avvikelser."), "GENOMFORD", "nej"),
 ("Uttag från spärrade konton kontrolleras mot överförmyndarens beslut",
  ("Ej startad", ""), ("Ej startad", "Planeras till november."), "EJ_GENOMFORD", ""),
 ("Akter förvaras i låst arkivskåp",
  ("Klar", "Kontrollerat, inga brister."), ("Avslutad – ej aktuell", "Akterna är digitaliserade – kontrollen utgår."), "UTGAR", ""),
]
rows = [["# Export: Kontrollaktiviteter – registrerade värden"],
        ["# Organisation: Överförmyndarnämnden Fagersta"],
        ["# Urval: 2025-01-01 – 2025-08-31"],
        ["OrgUnit", "Kontrollaktivitet", "Period", "Status", "Kommentar", "UpdatedBy", "UpdatedDate"]]
for pi, per in enumerate(["2025 T1", "2025 T2"]):
    for r in f7:
        s = r[1 + pi]
        rows.append(["Överförmyndarnämnden", r[0], per, s[0], s[1], "karin.ek" if pi else "jonas.berg",
                     "2025-05-06" if pi == 0 else "2025-09-0%d" % (1 + f7.index(r) % 3)])
wbytes(F7, csv_text(rows, ",", term="\n"), "utf-8")
files_rows.append([F7, "INLAST", "Överförmyndarnämnden", YEAR, "T2"])
for r in f7:
    exp(F7, "Överförmyndarnämnden", r[0], r[3], r[4])

# ---------------------------------------------------------------- 8 Reject: budget follow-up export from the same system
F8 = "Stratsys_Export_Budgetuppfoljning_aug_2025.csv"
rows = [["Stratsys – Rapport: Ekonomisk uppföljning per nämnd"],
        ["Organisation", "Fagersta kommun"],
        ["Period", "2025-08 (ackumulerat)"],
        ["Belopp i tkr"],
        [],
        ["Nämnd", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Kommentar"]]
for n, b, u, p_ in [("Kommunstyrelsen", 98500, 63120, 97800), ("Barn- och utbildningsnämnden", 412300, 279800, 418900),
                    ("Socialnämnden", 455600, 309400, 462100), ("Tekniska nämnden", 61200, 38900, 60400),
                    ("Kultur- och fritidsnämnden", 38700, 25300, 38700), ("Miljö- och byggnämnden", 9800, 6100, 9500),
                    ("Överförmyndarnämnden", 4200, 2900, 4400)]:
    kom = "Underskott pga. ökade placeringskostnader.\nÅtgärdsplan tas fram." if p_ - b > 5000 else ""
    rows.append([n, b, u, p_, b - p_, kom])
wbytes(F8, csv_text(rows, ";"), "cp1252")
files_rows.append([F8, "AVVISAD", "", "", ""])

# ---------------------------------------------------------------- registers
namnder = [
 ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
 ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
 ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
 ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
 ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
 ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
 ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
 ("Valnämnden", "VN"),
 ("Fagerstahem AB", "Fagerstahem|Fagerstahem aktiebolag"),
 ("Fagersta Energi AB", "Fagersta Energi|FEAB"),
 ("Norra Västmanlands ekonomiförbund", "NVE|Ekonomiförbundet|Norra Västmanlands Ekonomiförbund"),
]
def write_csv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header); w.writerows(rows)
write_csv("namnder.csv", ["nämnd", "alias"], namnder)
write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], files_rows)
write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], exp_rows)
print("files:", len(files_rows), "controls:", len(exp_rows))
