#!/usr/bin/python3
# Blind round r542 – Vänersborgs kommun, uppföljning internkontroll T2 2025
import os, csv, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
FIXED = datetime.datetime(2025, 9, 20, 10, 0, 0)
YEAR = "2025"
expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, st, av):
    expected.append((fil, namnd, km, st, av))

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {"Genomförd": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}

def fix_wb(wb):
    wb.properties.creator = "Vänersborgs kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED

def fix_doc(d):
    d.core_properties.author = "Vänersborgs kommun"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED

# ---------------------------------------------------------------- 1. KS xlsx, one sheet per process
F1 = "KS_Internkontroll_T2_2025.xlsx"
KS = "Kommunstyrelsen"
ks_data = {
 "Ekonomi": [
  ("E1", "Felaktiga eller obehöriga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
   "Stickprov 20 fakturor", "Tertialvis", "Ekonomichef", "Genomförd", "Genomförd",
   "20 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
  ("E2", "Representation utan tydligt syfte", "Kontroll av att representation följer riktlinjer (syfte, deltagare, moms)",
   "Stickprov 15 underlag", "Tertialvis", "Redovisningsansvarig", "Genomförd", "Genomförd",
   "2 av 15 underlag saknade deltagarförteckning. Återkopplat till berörda chefer.", "GENOMFORD", "ja"),
  ("E3", "Felaktig redovisning i delårsbokslut", "Avstämning av balanskonton inför delårsbokslut",
   "Avstämning samtliga balanskonton", "Delår", "Redovisningsansvarig", "", "Pågår",
   "Avstämning klar för 14 av 18 konton, resterande klart i oktober.", "DELVIS", "nej"),
  ("E4", "Inköp utanför avtal", "Kontroll av att inköp sker från upphandlade leverantörer (avtalstrohet)",
   "Analys av leverantörsreskontra", "T2", "Upphandlingschef", "", "",
   "Ej genomförd under T2 p.g.a. vakans på upphandlingsenheten. Flyttas till T3.", "EJ_GENOMFORD", ""),
 ],
 "Personal": [
  ("P1", "Felaktiga löneutbetalningar", "Kontroll att lönebeslut och lönetillägg är attesterade före utbetalning",
   "Stickprov 25 lönebeslut", "Tertialvis", "HR-chef", "Genomförd", "Genomförd",
   "Stickprov 25 st, inga avvikelser.", "GENOMFORD", "nej"),
  ("P2", "Bristande rehabiliteringsarbete", "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato",
   "Genomgång av öppna ärenden", "Tertialvis", "HR-konsult", "Pågår", "Pågår",
   "Dokumentation finns i 9 av 12 ärenden. Påminnelse till chefer skickad.", "DELVIS", "ja"),
  ("P3", "Anställning av olämplig person", "Kontroll av att utdrag ur belastningsregistret begärs vid nyanställning inom berörda verksamheter",
   "Stickprov nyanställningar", "Tertialvis", "HR-chef", "Ej påbörjad", "Utgår",
   "Kontrollen flyttad till Barn- och utbildningsnämndens plan enligt KS beslut 2025-05-14 § 88.", "UTGAR", ""),
  ("P4", "Brister i arbetstidsregler", "Kontroll av att arbetstidsregler (dygnsvila, veckovila) följs",
   "Rapport ur Heroma", "T2", "Lönechef", "", "", "", "SAKNAS", ""),
 ],
 "Verksamhet": [
  ("V1", "Handlingar diarieförs inte", "Kontroll av att allmänna handlingar diarieförs inom föreskriven tid",
   "Stickprov 30 handlingar", "Tertialvis", "Kanslichef", "Genomförd", "Genomförd",
   "Stickprov 30 handlingar, 28 diarieförda inom 2 dagar. 2 diarieförda för sent.", "GENOMFORD", "ja"),
  ("V2", "Delegationsbeslut anmäls inte", "Uppföljning av att beslut fattade på delegation anmäls till kommunstyrelsen",
   "Jämförelse delegationslistor", "Tertialvis", "Nämndsekreterare", "Genomförd", "Genomförd",
   "Samtliga delegationsbeslut har anmälts.", "GENOMFORD", "nej"),
  ("V3", "Obehörig åtkomst till system", "Kontroll av informationssäkerhet – behörigheter i ekonomisystemet Raindance ses över",
   "Behörighetslista mot anställningar", "T2", "Systemförvaltare", "", "Ej påbörjad",
   "Skjuts till 2026 i samband med byte av ekonomisystem.", "EJ_GENOMFORD", ""),
  ("V4", "Personuppgiftsincidenter rapporteras inte", "Kontroll av att personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar",
   "Genomgång incidentlogg", "T2", "Dataskyddsombud", "", "Se bilaga 2", "", "OKLAR", ""),
 ],
}
wb = Workbook(); fix_wb(wb)
wb.remove(wb.active)
HDR = ["Nr", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status T1", "Status T2", "Kommentar T2"]
for proc, rows in ks_data.items():
    ws = wb.create_sheet(proc)
    ws.oddHeader.right.text = "Kommunstyrelsen"
    ws.oddHeader.left.text = "Vänersborgs kommun"
    ws["A1"] = "Kommunledningsförvaltningen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Process: {proc}"
    ws["A2"].font = Font(bold=True, size=12)
    ws["F2"] = "Uppföljningsperiod: tertial 2 (maj–augusti)"
    for c, h in enumerate(HDR, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
    r = 5
    for row in rows:
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c in (7, 8) and v in FILL:
                cell.fill = PatternFill("solid", fgColor=FILL[v])
        exp(F1, KS, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusalternativ: Genomförd (grön), Pågår (gul), Ej påbörjad (röd), Utgår (grå)").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 28, 45, 26, 12, 20, 13, 13, 50)):
        ws.column_dimensions[col].width = w
wb.save(F1)
files.append((F1, "INLAST", KS, YEAR, "T2"))

# ---------------------------------------------------------------- 2. SN docx, 2-column table
F2 = "SN Uppföljning internkontrollplan T2 2025.docx"
SN = "Socialnämnden"
sn_data = [
 ("H", "Myndighetsutövning"),
 ("Kontroll av att utredningstiden för barnavårdsutredningar inte överstiger fyra månader",
  "PÅGÅR – Granskning av 40 utredningar. 34 avslutade inom fyra månader, 6 överskred tiden. Åtgärdsplan tas fram av IFO-chef.", "DELVIS", "ja"),
 ("Kontroll av att beslut om bistånd enligt SoL är dokumenterade och kommunicerade",
  "GENOMFÖRD – 25 akter granskade utan anmärkning.", "GENOMFORD", "nej"),
 ("Kontroll av att lex Sarah-rapporter utreds och anmäls till IVO i rätt tid",
  "GENOMFÖRD MED ANMÄRKNING – En av sju rapporter anmäldes till IVO efter fristen. Rutinen har förtydligats.", "GENOMFORD", "ja"),
 ("Kontroll av att anmälan om missförhållanden enligt 14 kap. 1 § SoL registreras",
  "", "SAKNAS", ""),
 ("H", "Ekonomi"),
 ("Kontroll av att ekonomiskt bistånd inte betalas ut dubbelt",
  "GENOMFÖRD – Kontroll via systemrapport i Procapita för maj–augusti.\nInga dubbelutbetalningar hittades.", "GENOMFORD", "nej"),
 ("Uppföljning av köp av externa placeringar mot ramavtal",
  "EJ GENOMFÖRD – Kontrollen har inte hunnits med under tertialen, planeras till november.", "EJ_GENOMFORD", ""),
 ("H", "Personal och vård"),
 ("Kontroll av att timanställda inte överskrider LAS-gränsen",
  "PÅGÅR – Uttag ur Heroma gjort, analys pågår.", "DELVIS", ""),
 ("Kontroll av att läkemedelshantering på särskilda boenden följer rutin",
  "UTGÅR – Ingår i MAS egenkontroll från 2025, beslut SN 2025-03-20 § 45.", "UTGAR", ""),
]
d = docx.Document(); fix_doc(d)
d.add_heading("Socialnämnden", level=1)
d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2")
d.add_paragraph("Dnr SN 2025/112. Uppföljningen avser perioden 1 maj–31 augusti 2025. "
                "Status anges med versaler först i uppföljningscellen: GENOMFÖRD, PÅGÅR, EJ GENOMFÖRD eller UTGÅR.")
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Kontrollmoment"; t.rows[0].cells[1].text = "Uppföljning T2"
for c in t.rows[0].cells:
    for p in c.paragraphs:
        for rn in p.runs: rn.bold = True
for row in sn_data:
    cells = t.add_row().cells
    if row[0] == "H":
        m = cells[0].merge(cells[1]); m.text = row[1]
        m.paragraphs[0].runs[0].bold = True
        continue
    cells[0].text = row[0]; cells[1].text = row[1]
    exp(F2, SN, row[0], row[2], row[3])
d.add_paragraph("")
d.add_paragraph("Vänersborg 2025-09-12\nLena Ek, socialchef")
d.save(F2)
files.append((F2, "INLAST", SN, YEAR, "T2"))

# ---------------------------------------------------------------- 3. BUN xlsx, tick column
F3 = "BUN_IK_avstamning_tertial2_2025.xlsx"
BUN = "Barn- och utbildningsnämnden"
TICK = "\u2713"
bun_data = [
 ("Myndighetsutövning", "Kontroll av att skolskjuts beviljas enligt gällande riktlinjer", "Skolskjutshandläggare", TICK, "", "Stickprov 15 beslut – ok.", "GENOMFORD", "nej"),
 ("Myndighetsutövning", "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman", "Rektorer", TICK, "", "Tre anmälningar från en skola kom in senare än en vecka efter händelsen.", "GENOMFORD", "ja"),
 ("Ekonomi", "Kontroll av att barnomsorgsavgifter debiteras enligt inkomstuppgift (maxtaxa)", "Avgiftshandläggare", "", "Inkomstkontroll mot Skatteverket påbörjad, klar i oktober.", "", "DELVIS", ""),
 ("Verksamhet", "Kontroll av att elevers frånvaro följs upp och vårdnadshavare kontaktas", "Rektorer", "", "Ej genomförd – rektorsvakans på två enheter.", "", "EJ_GENOMFORD", ""),
 ("Personal", "Kontroll av att registerutdrag uppvisas innan anställning i förskola och skola", "HR-partner", TICK, "", "", "GENOMFORD", ""),
 ("Ekonomi", "Kontroll av att inventarier märks och förs in i inventarieförteckning", "Administratörer", "", "", "", "SAKNAS", ""),
 ("Ekonomi", "Kontroll av att tilläggsbelopp beslutas enligt delegationsordningen", "Förvaltningsekonom", TICK, "Ej klar, underlag saknas från fristående förskolor.", "", "OKLAR", ""),
 ("Upphandling", "Kontroll av att inköp av läromedel sker via upphandlat avtal", "Förvaltningsekonom", "", "Utgår enligt beslut BUN 2025-06-10 § 78.", "", "UTGAR", ""),
]
wb = Workbook(); fix_wb(wb)
ws = wb.active; ws.title = "Tertial 2"
ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Internkontroll 2025 – avstämning tertial 2 (jan–aug)"; ws["A2"].font = Font(bold=True)
hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Klar", "Ej klar, orsak", "Iakttagelser"]
for c, h in enumerate(hdr, 1):
    cell = ws.cell(row=4, column=c, value=h); cell.font = Font(bold=True); cell.border = BORDER
    cell.fill = PatternFill("solid", fgColor="DDEBF7")
r = 5
for row in bun_data:
    for c, v in enumerate(row[:6], 1):
        cell = ws.cell(row=r, column=c, value=v if v != "" else None); cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if c == 4 else None)
    exp(F3, BUN, row[1], row[6], row[7])
    r += 1
ws.cell(row=r + 1, column=1, value="Markera med ✓ i kolumnen Klar när kontrollen är utförd. Är kontrollen inte klar anges orsak.").font = Font(italic=True)
ws.cell(row=r + 2, column=1, value="Ifylld av: Maria Holm, controller BUF, 2025-09-10")
for col, w in zip("ABCDEF", (20, 55, 22, 7, 40, 45)):
    ws.column_dimensions[col].width = w
wb.save(F3)
files.append((F3, "INLAST", BUN, YEAR, "T2"))

# ---------------------------------------------------------------- 4. SBN xlsx, header row 8
F4 = "SBN_IKP_2025_uppfoljning_T2.xlsx"
SBN = "Samhällsbyggnadsnämnden"
sbn_data = [
 ("SBN-1", "Upphandling", "Direktupphandlingar dokumenteras inte", 9, "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Stickprov", "Upphandlare", "G", "N", "12 direktupphandlingar granskade, samtliga dokumenterade.", "", "GENOMFORD", "nej"),
 ("SBN-2", "Upphandling", "Felaktiga fakturor från entreprenörer", 12, "Kontroll av att fakturor från entreprenörer stäms av mot avtal och ÄTA-beslut", "Stickprov 10 fakturor", "Projektledare", "G", "J", "Två fakturor med ÄTA-arbeten saknade skriftligt beslut.", "Rutin för ÄTA-beslut förtydligas, klart 2025-11-30.", "GENOMFORD", "ja"),
 ("SBN-3", "Gata/park", "Trafiksäkerhetsrisk vid släckt belysning", 8, "Kontroll av att felanmälningar i gatubelysning åtgärdas inom 14 dagar", "Rapport ur felanmälningssystemet", "Gatuingenjör", "D", "N", "Kontroll för januari–juni klar, juli–augusti återstår.", "", "DELVIS", "nej"),
 ("SBN-4", "VA", "Felaktig debitering", 6, "Kontroll av att VA-taxa debiteras korrekt vid nyanslutning", "Stickprov 10 anslutningar", "VA-chef", "E", "", "Resursbrist, flyttas till T3.", "", "EJ_GENOMFORD", ""),
 ("SBN-5", "Fastighet", "Olycksrisk, brister i inomhusmiljö", 16, "Kontroll av att lagstadgade besiktningar (OVK, hiss) genomförs", "Genomgång besiktningsregister", "Fastighetschef", "G", "J", "OVK saknas för två förskolor (Torpa, Blåsut).", "Besiktning beställd till oktober.", "GENOMFORD", "ja"),
 ("SBN-6", "Fastighet", "Avtal saknas eller är inaktuella", 4, "Kontroll av att hyresavtal för externt inhyrda lokaler är uppdaterade i avtalsdatabasen", "Genomgång avtalsdatabas", "Lokalstrateg", "U", "", "Uppdraget har flyttats till kommunstyrelsen från 2025-07-01.", "", "UTGAR", ""),
 ("SBN-7", "Kart/mät", "Uteblivna intäkter", 4, "Kontroll av att avgifter för nybyggnadskarta tas ut enligt taxa", "Stickprov 10 ärenden", "Mätchef", "", "", "", "", "SAKNAS", ""),
 ("SBN-8", "Arbetsmiljö", "Ohälsa och olyckor", 9, "Kontroll av att arbetsmiljörond genomförs på samtliga arbetsplatser", "Genomgång protokoll", "Förvaltningschef", "G", "N", "", "", "GENOMFORD", "nej"),
]
wb = Workbook(); fix_wb(wb)
ws = wb.active; ws.title = "IKP 2025"
ws["A1"] = "Samhällsbyggnadsnämnden – internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Instruktion: Fyll i kolumnerna Status T2, Avvikelse och Kommentar för varje kontrollmoment senast 2025-09-15. "
            "Använd koderna nedan. Vid avvikelse ska åtgärd anges i kolumnen Åtgärd. Dokumentationen av stickproven "
            "sparas i Platina under diarienummer SBN 2025/034.")
ws["A3"] = "Statuskoder: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår"
ws["A4"] = "Avvikelse: J = Ja, N = Nej"
ws["A5"] = "Riskvärde = sannolikhet × konsekvens (1–16). Kontroller med riskvärde 12 eller högre följs upp varje tertial."
ws["A6"] = "Uppföljningen rapporteras till nämnden i oktober tillsammans med delårsrapporten."
for rr in range(2, 7):
    ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=11)
    ws.cell(row=rr, column=1).alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[2].height = 45
hdr = ["ID", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "Status T2", "Avvikelse", "Kommentar", "Åtgärd"]
for c, h in enumerate(hdr, 1):
    cell = ws.cell(row=8, column=c, value=h); cell.font = Font(bold=True); cell.border = BORDER
    cell.fill = PatternFill("solid", fgColor="FCE4D6")
r = 9
for row in sbn_data:
    for c, v in enumerate(row[:11], 1):
        cell = ws.cell(row=r, column=c, value=v if v != "" else None); cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    exp(F4, SBN, row[4], row[11], row[12])
    r += 1
ws.cell(row=r, column=1, value="Summa"); ws.cell(row=r, column=1).font = Font(bold=True)
ws.cell(row=r, column=5, value="Antal kontroller: 8, varav genomförda: 4")
ws.cell(row=r, column=8, value="4 G")
for col, w in zip("ABCDEFGHIJK", (8, 14, 30, 9, 50, 24, 18, 9, 10, 45, 35)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A9"
wb.save(F4)
files.append((F4, "INLAST", SBN, YEAR, "T2"))

# ---------------------------------------------------------------- 5. NÄRF docx, alternating control/comment rows
F5 = "Raddningstjansten_NARF_IK_T2_2025.docx"
NARF = "Norra Älvsborgs räddningstjänstförbund"
narf_data = [
 ("1", "Kontroll av att tillsyn enligt LSO genomförs enligt tillsynsplanen", "Enhetschef förebyggande", "Påbörjad",
  "64 av 110 planerade tillsyner genomförda t.o.m. augusti. Resterande planeras under hösten.", "DELVIS", "nej"),
 ("2", "Kontroll av att rökdykarnas fysiska tester och övningar dokumenteras", "Utbildningsansvarig", "Klar",
  "Samtliga 86 rökdykare testade, dokumentationen är komplett.", "GENOMFORD", "nej"),
 ("3", "Kontroll av att fakturering av automatlarm (onödiga larm) sker enligt taxa", "Ekonom", "Klar med avvikelse",
  "5 av 40 onödiga larm hade inte fakturerats. Rutinen har justerats.", "GENOMFORD", "ja"),
 ("4", "Kontroll av att fordon och materiel besiktas enligt underhållsplan", "Fordonsansvarig", "Ej påbörjad",
  "Flyttas till T3 p.g.a. sjukskrivning inom fordonsverkstaden.", "EJ_GENOMFORD", ""),
 ("5", "Kontroll av att beredskapsschema bemannas enligt minimistyrka", "Stf förbundsdirektör", "Klar",
  "Inga underbemanningar under sommarperioden.", "GENOMFORD", "nej"),
 ("6", "Kontroll av att utbetalning av arvoden till RIB-personal sker enligt avtal", "HR-specialist", "",
  "Kontrollen genomförd i augusti, 20 utbetalningar granskade utan avvikelser.", "GENOMFORD", "nej"),
 ("7", "Kontroll av att sotning och brandskyddskontroll utförs inom fastställda frister", "Enhetschef förebyggande", "Ej aktuell",
  "Utförs av entreprenör och följs upp av medlemskommunerna. Stryks ur planen enligt direktionsbeslut 2025-06-05.", "UTGAR", ""),
]
d = docx.Document(); fix_doc(d)
sec = d.sections[0]; sec.header.paragraphs[0].text = "Norra Älvsborgs Räddningstjänstförbund (NÄRF)"
d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
d.add_paragraph("Förbundsdirektionen – rapport avseende tertial 2 (januari–augusti 2025)")
d.add_paragraph("Förbundet omfattar Trollhättan, Vänersborg och Lilla Edet. Rapporten lämnas till medlemskommunerna för kännedom.")
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Ansvarig", "Status"]):
    c.text = h; c.paragraphs[0].runs[0].bold = True
for row in narf_data:
    cells = t.add_row().cells
    for c, v in zip(cells, row[:4]):
        c.text = v
    cc = t.add_row().cells
    m = cc[0].merge(cc[3]); m.text = "Kommentar: " + row[4]
    m.paragraphs[0].runs[0].italic = True
    exp(F5, NARF, row[1], row[5], row[6])
d.add_paragraph("")
d.add_paragraph("Statusbegrepp: Klar, Klar med avvikelse, Påbörjad, Ej påbörjad, Ej aktuell.")
d.add_paragraph("Trollhättan 2025-09-18\nPer Lindqvist, förbundsdirektör")
d.save(F5)
files.append((F5, "INLAST", NARF, YEAR, "T2"))

# ---------------------------------------------------------------- 6. Stratsys CSV, two nämnder, multi-line comments
F6 = "Stratsys_export_IK_T2_2025.csv"
KFN = "Kultur- och fritidsnämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
csv_data = [
 (KFN, "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsregler", "Genomförd",
  "Stickprov 10 föreningar.\nEn förening hade lämnat felaktigt medlemsantal – återkrav skickat.", "2025-09-08", "GENOMFORD", "ja"),
 (KFN, "Kontanthantering", "Kontroll av kassahantering i simhallen Vattenpalatset", "Genomförd",
  "Kassaavstämning gjord vid två oanmälda tillfällen.\nInga differenser.", "2025-09-08", "GENOMFORD", "nej"),
 (KFN, "Lokaler", "Kontroll av att uthyrning av lokaler bokas och debiteras via bokningssystemet", "Delvis genomförd",
  "Kontroll gjord för idrottshallarna.\nSamlingslokalerna återstår.", "2025-09-09", "DELVIS", "nej"),
 (KFN, "Inköp", "Kontroll av att inköp av konst följer riktlinjer för konstnärlig gestaltning", "Ej påbörjad",
  "", "2025-09-09", "EJ_GENOMFORD", ""),
 (KFN, "Avgifter", "Kontroll av att kulturskolans avgifter debiteras korrekt", "",
  "", "", "SAKNAS", ""),
 (MHN, "Livsmedelskontroll", "Kontroll av att livsmedelskontroll genomförs enligt kontrollplanen", "Delvis genomförd",
  "62 % av planerade kontroller utförda.\nPersonalbrist under sommaren, resterande kontroller läggs under hösten.", "2025-09-05", "DELVIS", ""),
 (MHN, "Avgifter", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Genomförd",
  "Inga avvikelser.", "2025-09-05", "GENOMFORD", "nej"),
 (MHN, "Handläggning", "Kontroll av att handläggningstid för avloppstillstånd understiger sex veckor", "Genomförd",
  "Median 5 veckor.\n3 ärenden av 41 överskred sex veckor; orsak kompletteringar från sökande.", "2025-09-06", "GENOMFORD", "ja"),
 (MHN, "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden", "Ej aktuell",
  "Kontrollen har ersatts av automatisk rapport i Ecos.\nBeslut MHN 2025-04-02 § 31.", "2025-09-06", "UTGAR", ""),
 (MHN, "Register", "Kontroll av att miljöfarliga verksamheter med tillsynsavgift är registrerade", "Se kommentar",
  "Se bilaga.", "2025-09-06", "OKLAR", ""),
]
with open(F6, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Organisation", "Uppföljningsperiod", "Plan", "Process", "Kontrollmoment", "Status", "Kommentar", "Senast ändrad"])
    for row in csv_data:
        w.writerow([row[0], "Tertial 2 2025", "Internkontrollplan 2025", row[1], row[2], row[3], row[4], row[5]])
        exp(F6, row[0], row[2], row[6], row[7])
files.append((F6, "INLAST", KFN, YEAR, "T2"))
files.append((F6, "INLAST", MHN, YEAR, "T2"))

# ---------------------------------------------------------------- 7. reject: risk analysis (no follow-up)
F7 = "Riskanalys_Byggnadsnamnden_IKP2026.docx"
d = docx.Document(); fix_doc(d)
d.add_heading("Byggnadsnämnden – risk- och väsentlighetsanalys inför internkontrollplan 2026", level=1)
d.add_paragraph("Analysen har tagits fram vid en workshop 2025-09-03 med förvaltningens ledningsgrupp. "
                "Riskerna har bedömts utifrån sannolikhet (1–4) och konsekvens (1–4). Risker med riskvärde 9 "
                "eller högre föreslås ingå i internkontrollplanen 2026. Förslag till kontrollmoment tas fram i november.")
t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Hantering"]):
    c.text = h
for row in [
    ("Bygglov", "Handläggningstiden överskrids och avgiften måste reduceras", "3", "3", "9", "Ingår i IKP 2026"),
    ("Bygglov", "Jäv vid handläggning av ärenden", "2", "4", "8", "Hanteras i linjen"),
    ("Tillsyn", "Ovårdade tomter och olovligt byggande följs inte upp", "3", "2", "6", "Accepteras"),
    ("Ekonomi", "Felaktig debitering av bygglovsavgift", "3", "3", "9", "Ingår i IKP 2026"),
    ("Information", "Personuppgifter publiceras i kungörelser", "2", "3", "6", "Utbildningsinsats"),
]:
    for c, v in zip(t.add_row().cells, row):
        c.text = v
d.add_paragraph("")
d.add_paragraph("Beslutsförslag: Byggnadsnämnden noterar risk- och väsentlighetsanalysen och ger förvaltningen i uppdrag "
                "att ta fram förslag till internkontrollplan 2026.")
d.save(F7)
files.append((F7, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- CSVs
namnder = [
 ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
 ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
 ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
 ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
 ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
 ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
 ("Byggnadsnämnden", "BN|Bygglovsenheten"),
 ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
 ("Valnämnden", "VN"),
 ("Norra Älvsborgs räddningstjänstförbund", "NÄRF|Räddningstjänsten|Räddningstjänstförbundet|Förbundsdirektionen"),
]
def wcsv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header); w.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], namnder)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], files)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], expected)
print(f"{len(files)} file rows, {len(expected)} controls")
