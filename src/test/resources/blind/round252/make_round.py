#!/usr/bin/python3
# Round 252 – Bergsjövik kommun 2025, Microsoft 365 exports (SharePoint, Forms, Planner, Loop)
import csv, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
EXP = []    # fil, nämnd, kontrollmoment, status, avvikelse
FILES = []  # fil, utfall, nämnd, år, period
def p(name): return os.path.join(OUT, name)
def fixed_props(wb):
    wb.properties.creator = "Microsoft Office User"
    wb.properties.created = dt.datetime(2025, 9, 1, 8, 0)
    wb.properties.modified = dt.datetime(2025, 9, 1, 8, 0)

# ---------------------------------------------------------------- namnder.csv
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Bergsjövik Vatten AB", "BVAB|Bergsjövik Vatten"),
    ("Bergsjöviks Bostäder AB", "BBAB|Bergsjövikshem"),
]

# ================================================================ F1 SharePoint list export (xlsx) – KS, DELAR
F1 = "Internkontroll_KS_delar2025.xlsx"
wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "owssvr"
hdr = ["Rubrik", "Process", "Kontrollmetod", "Kontrollansvarig", "Status", "Avvikelse",
       "Resultat och kommentar", "Uppföljningsperiod", "ID", "Innehållstyp", "Skapad", "Skapad av",
       "Ändrad", "Ändrad av", "Version", "Objekttyp", "Sökväg"]
ws.append(hdr)
path = "sites/Internkontroll/Lists/IK KS 2025"
rows = [
 # rubrik, process, metod, ansvarig, status, avv, kommentar, exp_status, exp_avv
 ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomi", "Stickprov 20 fakturor per tertial",
  "Annika Berg", "Genomförd", "Nej",
  "<div class=\"ExternalClass3F2A\"><p>Stickprov på 20 fakturor jan–aug. Samtliga korrekt attesterade.</p></div>",
  "GENOMFORD", "nej"),
 ("Representation och förtroendekänsliga poster följer riktlinjen", "Ekonomi", "Granskning av verifikationer konto 7610–7690",
  "Annika Berg", "Genomförd", "Ja",
  "<div><p>Granskat 15 verifikationer.</p><p>2 saknade deltagarförteckning och syfte, återkopplat till ansvarig chef.</p></div>",
  "GENOMFORD", "ja"),
 ("Direktupphandlingar över 100 tkr är dokumenterade", "Upphandling", "Urval ur leverantörsreskontran",
  "Jonas Wik", "Pågår", "Nej",
  "Halva urvalet granskat, inga avvikelser hittills.\nResterande granskas i oktober.",
  "DELVIS", "nej"),
 ("Behörigheter i ekonomisystemet Raindance stäms av mot anställningsförhållande", "IT/Ekonomi",
  "Behörighetslista jämförs mot HR-systemet", "Sara Lindqvist", None, None,
  "Kontrollen genomförd 2025-06-12. Tre konton för avslutade anställningar hade kvar behörighet och har spärrats.",
  "GENOMFORD", "ja"),
 ("Delegationsbeslut anmäls till kommunstyrelsen", "Ärendehantering", "Avstämning Public 360 mot anmälningslistor",
  "Elin Holm", "Genomförd", "Nej",
  "Kontroll av beslut i Public 360 mot anmälningslistor.&nbsp;Inga avvikelser.",
  "GENOMFORD", "nej"),
 ("Löneutbetalningar till timavlönade kontrolleras mot tidrapporter", "HR/Lön", "Stickprov 25 utbetalningar",
  "Maria Sjöberg", "Ej påbörjad", None,
  "Skjuts till tertial 3 på grund av personalbrist på lönecenter.",
  "EJ_GENOMFORD", ""),
 ("Kontroll av rätt momsavdrag på representation", "Ekonomi", "Stickprov",
  "Annika Berg", "Utgår", None,
  "Utgår enligt beslut KS 2025-04-09 § 62, ingår i kontrollen av förtroendekänsliga poster.",
  "UTGAR", ""),
 ("Avtalstrohet vid inköp av kontorsmaterial", "Upphandling", "Analys av inköpsdata",
  "Jonas Wik", None, None,
  "Se bilaga 2 (Avtalstrohet delår 2025.xlsx)",
  "OKLAR", ""),
 ("Rutin för hantering av allmänna handlingar och diarieföring följs", "Ärendehantering", "Stickprov 30 ärenden",
  "Elin Holm", "Genomförd", "Ja",
  "<div>Stickprov 30 ärenden.<br>4 ärenden diarieförda senare än 5 arbetsdagar.<br>Åtgärd: påminnelse till handläggare.</div>",
  "GENOMFORD", "ja"),
]
ids = [3, 4, 5, 6, 7, 8, 9, 11, 12]
for i, r in enumerate(rows):
    created = dt.datetime(2025, 2, 3, 9, 14) + dt.timedelta(minutes=7 * i)
    changed = dt.datetime(2025, 9, 4, 13, 2) + dt.timedelta(minutes=11 * i)
    ws.append([r[0], r[1], r[2], r[3], r[4], r[5], r[6], "Delår 2025", ids[i], "Kontrollmoment",
               created, "Annika Berg", changed, r[3], f"{3 + i % 4}.0", "Objekt", path])
    EXP.append((F1, "Kommunstyrelsen", r[0], r[7], r[8]))
# folder row – not a control
ws.append(["Arkiv 2024", None, None, None, None, None, None, None, 2, "Mapp",
           dt.datetime(2025, 2, 3, 9, 2), "Annika Berg", dt.datetime(2025, 2, 3, 9, 2), "Annika Berg", "1.0",
           "Mapp", path])
n = ws.max_row
tab = Table(displayName="Tabell1", ref=f"A1:Q{n}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
for row in ws.iter_rows(min_row=2):
    for c in (row[10], row[12]):
        c.number_format = "yyyy-mm-dd hh:mm"
    row[6].alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGHIJKLMNOPQ", [48, 16, 30, 18, 12, 10, 60, 16, 6, 16, 17, 15, 17, 15, 8, 9, 36]):
    ws.column_dimensions[col].width = w
wb.save(p(F1))
FILES.append((F1, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))

# ================================================================ F2 Forms – one response per control, T2
F2 = "Uppföljning intern kontroll T2 2025(1-10).xlsx"
wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "Sheet1"
ws.append(["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
           "Vilken nämnd svarar du för?",
           "Kontrollmoment (kopiera texten från internkontrollplanen)",
           "Vilken status har kontrollen per 31 augusti?",
           "Beskriv hur kontrollen har genomförts och vad den visade",
           "Har avvikelser upptäckts?",
           "Vilka åtgärder vidtas?"])
BUN, KFN = "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden"
resp = [
 # nämnd, who, ctrl, status, text, avv, åtgärd
 (BUN, ("lars.ek", "Lars Ek"), "Kontroll av att elevers frånvaro rapporteras och följs upp enligt rutin",
  "Genomförd", "Stickprov på tre skolor. En skola saknade dokumenterad uppföljning efter 10 % frånvaro.",
  "Ja", "Rektor har gått igenom rutinen med mentorerna."),
 (BUN, ("lars.ek", "Lars Ek"), "Skolskjutsbeslut fattas enligt delegationsordningen",
  "Delvis genomförd", "Beslut för vårterminen granskade, höstterminens beslut granskas i september.", "Nej", ""),
 (BUN, ("helena.strom", "Helena Ström"), "Kontroll av att registerutdrag finns för all personal i förskolan",
  "Genomförd", "Samtliga 64 nyanställda under perioden har uppvisat registerutdrag.", "Nej", ""),
 (BUN, ("helena.strom", "Helena Ström"), "Attest av leverantörsfakturor enligt attestordningen",
  "Inte genomförd", "Har inte hunnits med, planeras till oktober.", None, None),
 (BUN, ("lars.ek", "Lars Ek"), "Hantering av kränkande behandling anmäls till huvudman inom en vecka",
  "Delvis genomförd", "Anmälningar från januari–maj granskade.", "Nej", ""),
 (KFN, ("tove.dahl", "Tove Dahl"), "Kontanthantering i kassan på Bergsjöviks simhall stäms av dagligen",
  "Genomförd", "Dagskassor för 20 slumpvis valda dagar stämda mot kassarapport. Inga differenser.", "Nej", ""),
 (KFN, ("tove.dahl", "Tove Dahl"), "Föreningsbidrag betalas ut enligt beslutade riktlinjer",
  "Genomförd", "Två föreningar fick aktivitetsbidrag utan inlämnad verksamhetsberättelse.", "Ja",
  "Bidragen återkrävs om handlingar inte inkommer senast 30 september."),
 (KFN, ("omar.haddad", "Omar Haddad"), "Uthyrning av lokaler faktureras enligt taxa",
  "Delvis genomförd", "Idrottshallarna kontrollerade, Kulturhuset återstår.", "Nej", ""),
 (KFN, ("omar.haddad", "Omar Haddad"), "Inventering av utlånade instrument i kulturskolan",
  "Utgår/ej aktuell", "Kulturskolan har avvecklat instrumentuthyrningen, kontrollen är inte längre aktuell.", None, None),
 # resubmission – the later answer replaces no. 5
 (BUN, ("lars.ek", "Lars Ek"), "Hantering av kränkande behandling anmäls till huvudman inom en vecka",
  "Genomförd", "Komplettering: hela perioden jan–aug granskad. 4 av 31 anmälningar kom in senare än en vecka.",
  "Ja", "Påminnelse om rutinen på rektorsmöte 2025-09-10."),
]
t0 = dt.datetime(2025, 9, 2, 8, 41, 12)
for i, r in enumerate(resp):
    st = t0 + dt.timedelta(hours=5 * i, minutes=13 * i)
    en = st + dt.timedelta(minutes=6 + i)
    ws.append([i + 1, st, en, f"{r[1][0]}@bergsjovik.se", r[1][1], None, r[0], r[2], r[3], r[4], r[5], r[6]])
for row in ws.iter_rows(min_row=2):
    for c in row[1:3]:
        c.number_format = "m/d/yy h:mm:ss"
exp_f2 = [
 (BUN, resp[0][2], "GENOMFORD", "ja"), (BUN, resp[1][2], "DELVIS", "nej"), (BUN, resp[2][2], "GENOMFORD", "nej"),
 (BUN, resp[3][2], "EJ_GENOMFORD", ""), (BUN, resp[4][2], "GENOMFORD", "ja"),
 (KFN, resp[5][2], "GENOMFORD", "nej"), (KFN, resp[6][2], "GENOMFORD", "ja"), (KFN, resp[7][2], "DELVIS", "nej"),
 (KFN, resp[8][2], "UTGAR", ""),
]
for e in exp_f2: EXP.append((F2,) + e)
wb.save(p(F2))
FILES.append((F2, "INLAST", BUN, "2025", "T2"))
FILES.append((F2, "INLAST", KFN, "2025", "T2"))

# ================================================================ F3 Forms – one response per nämnd, controls as columns, HELAR
F3 = "Helårsuppföljning internkontroll 2025 – kommungemensamma kontroller(1-3).xlsx"
wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "Sheet1"
CTRL = [
 ("Attest av leverantörsfakturor enligt attestordningen", "Kommentar – attest"),
 ("Representation och förtroendekänsliga poster följer riktlinjen", "Kommentar – representation"),
 ("Direktupphandlingar dokumenteras enligt riktlinjen för inköp", "Kommentar – direktupphandling"),
 ("Delegationsbeslut anmäls till nämnden", "Kommentar – delegationsbeslut"),
 ("Informationssäkerhet – behörigheter i verksamhetssystem tas bort när anställning upphör", "Kommentar – behörigheter"),
]
h = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Vilken nämnd svarar du för?"]
for c, k in CTRL: h += [c, k]
h += ["Övriga synpunkter på arbetet med intern kontroll under 2025"]
ws.append(h)
UA, MA, D, EJ, NA = ("Genomförd utan avvikelse", "Genomförd med avvikelse", "Delvis genomförd",
                     "Ej genomförd", "Ej aktuell för nämnden")
F3R = [
 ("Socialnämnden", "Socialnämnden", ("karin.lund", "Karin Lund"), [
   (MA, "3 av 25 fakturor attesterade av fel beslutsattestant (vikarierande enhetschef utan delegation).", "GENOMFORD", "ja"),
   (UA, "", "GENOMFORD", "nej"),
   (D, "Granskning av fjärde kvartalet pågår, klart i februari.", "DELVIS", ""),
   (UA, "Avstämt mot nämndens protokoll, samtliga beslut anmälda.", "GENOMFORD", "nej"),
   (EJ, "Systemförvaltaren för Lifecare har varit vakant under hösten.", "EJ_GENOMFORD", ""),
  ], "Bra med ett gemensamt formulär!"),
 ("Vård- och omsorgsnämnden", "Vård- och omsorgsförvaltningen", ("ali.rahimi", "Ali Rahimi"), [
   (UA, "Stickprov 30 fakturor.", "GENOMFORD", "nej"),
   (NA, "Ingen representation under året.", "UTGAR", ""),
   (MA, "Två direktupphandlingar av bemanningstjänster saknade dokumenterad konkurrensutsättning.", "GENOMFORD", "ja"),
   (None, "", "SAKNAS", ""),
   (UA, "", "GENOMFORD", "nej"),
  ], ""),
 ("Miljö- och hälsoskyddsnämnden", "Miljö- och hälsoskyddsnämnden", ("per.olsson", "Per Olsson"), [
   (UA, "", "GENOMFORD", "nej"),
   (UA, "Inga avvikelser.", "GENOMFORD", "nej"),
   (NA, "Inga direktupphandlingar över 100 tkr under året.", "UTGAR", ""),
   (D, "Delegationsbeslut för jan–okt anmälda, nov–dec anmäls i februari.", "DELVIS", ""),
   (MA, "Två konton i Ecos kvar efter avslutad anställning, nu borttagna.", "GENOMFORD", "ja"),
  ], "Kontroll 4 borde delas upp per tertial."),
]
t0 = dt.datetime(2026, 1, 19, 9, 5, 44)
for i, (nm, answer, who, vals, other) in enumerate(F3R):
    st = t0 + dt.timedelta(days=i, hours=2 * i, minutes=17 * i)
    row = [i + 1, st, st + dt.timedelta(minutes=14 + 3 * i), f"{who[0]}@bergsjovik.se", who[1], None, answer]
    for (s, k, es, ea), (c, _) in zip(vals, CTRL):
        row += [s, k or None]
        EXP.append((F3, nm, c, es, ea))
    row.append(other or None)
    ws.append(row)
    FILES.append((F3, "INLAST", nm, "2025", "HELAR"))
for row in ws.iter_rows(min_row=2):
    for c in row[1:3]:
        c.number_format = "m/d/yy h:mm:ss"
wb.save(p(F3))

# ================================================================ F4 Planner export (English) – SBN, T2
F4 = "Internkontroll SBN 2025.xlsx"
wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "Internkontroll SBN 2025"
ws.append(["Plan name", "Internkontroll SBN 2025"])
ws.append(["Plan ID", "q3XnM2aLk0u7yB9fVtR2OGUAF1Kp"])
ws.append(["Date of export", "2025-09-08"])
ws.append([])
ws.append(["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
           "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By",
           "Completed Checklist Items", "Checklist Items", "Labels", "Description"])
SBN = "Samhällsbyggnadsnämnden"
F4T = [
 ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Myndighetsutövning", "Completed", "Important",
  "Linnea Frost", "2025-08-22", "Avvikelse;T2",
  "Stickprov 40 ärenden. 3 ärenden överskred 10 veckor utan förlängningsbeslut.\nÅtgärd: bevakning i Castor.",
  "GENOMFORD", "ja"),
 ("Avgifter för bygglov debiteras enligt taxa", "Myndighetsutövning", "Completed", "Medium",
  "Linnea Frost", "2025-06-18", "T2", "20 ärenden kontrollerade, inga felaktiga debiteringar.", "GENOMFORD", "nej"),
 ("Delegationsbeslut inom plan- och byggområdet anmäls till nämnden", "Myndighetsutövning", "In progress", "Medium",
  "Robert Nilsson", "", "T2", "Januari–april kontrollerat. Maj–augusti återstår.", "DELVIS", ""),
 ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomi", "Completed", "Medium",
  "Camilla Ek", "2025-08-29", "T2", "Stickprov 15 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
 ("Kontroll av ersättning till förtroendevalda", "Ekonomi", "Not started", "Low",
  "Camilla Ek", "", "", "", "EJ_GENOMFORD", ""),
 ("Direktupphandlingar dokumenteras enligt riktlinjen för inköp", "Upphandling", "Completed", "Important",
  "Robert Nilsson", "2025-07-03", "Avvikelse;T2", "2 av 10 direktupphandlingar saknade dokumentation.",
  "GENOMFORD", "ja"),
 ("Lantmäteriförrättningar faktureras korrekt", "Myndighetsutövning", "Not started", "Low",
  "Linnea Frost", "", "Utgår",
  "Utgår enligt beslut SBN 2025-05-20 § 48 – verksamheten har överförts till Lantmäteriet.", "UTGAR", ""),
 ("Sammanställ rapport intern kontroll T2 till nämnden", "Administration", "In progress", "Urgent",
  "Camilla Ek", "", "", "Underlag till nämndsammanträdet 2025-09-23.", None, None),
 ("Kontroll av att adressregistret uppdateras vid nybyggnation", "Myndighetsutövning", "Completed", "Medium",
  "Robert Nilsson", "2025-05-14", "T2", "Genomförd, uppdateringar sker inom en vecka efter slutbesked.",
  "GENOMFORD", "nej"),
]
for i, t in enumerate(F4T):
    name, bucket, prog, prio, who, cdate, labels, desc, es, ea = t
    tid = f"AbC{i}x7Qe{i * 3}hZPpZ{9 - i}kL2mGUAF"
    late = "true" if prog != "Completed" and i in (2, 4) else "false"
    ws.append([tid, name, bucket, prog, prio, who, "Camilla Ek", "2025-02-11", "2025-03-01",
               "2025-08-31" if i != 4 else "2025-11-30", "false", late if i != 4 else "false",
               cdate or None, who if cdate else None, 2 if prog == "Completed" else 0, 3 if i < 7 else 0,
               labels or None, desc or None])
    if es: EXP.append((F4, SBN, name, es, ea))
ws["A1"].font = Font(bold=True)
for c in ws[5]: c.font = Font(bold=True)
wb.save(p(F4))
FILES.append((F4, "INLAST", SBN, "2025", "T2"))

# ================================================================ F5 Planner export (Swedish) – Bergsjövik Vatten AB, HELAR
F5 = "IK-plan 2025 Bergsjövik Vatten.xlsx"
wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "IK-plan 2025 Bergsjövik Vatten"
ws.append(["Plannamn", "IK-plan 2025 Bergsjövik Vatten"])
ws.append(["Plan-ID", "Zt8pQwX1vE3nH6kJcL0aYGUADmRs"])
ws.append(["Exportdatum", "2026-01-20"])
ws.append([])
ws.append(["Aktivitets-ID", "Aktivitetsnamn", "Bucket-namn", "Förlopp", "Prioritet", "Tilldelad till",
           "Skapad av", "Skapad den", "Startdatum", "Förfallodatum", "Är återkommande", "Sen", "Slutfört den",
           "Slutfört av", "Slutförda checklisteobjekt", "Checklisteobjekt", "Etiketter", "Beskrivning"])
BV = "Bergsjövik Vatten AB"
F5T = [
 ("Avläsning av vattenmätare – kontroll av avvikande förbrukning", "Klart", "Slutförd", "Viktigt",
  "Johan Ström", "2025-11-28", "Avvikelse",
  "12 mätare med orimlig förbrukning hittades. Utredda och fakturor korrigerade.", "GENOMFORD", "ja"),
 ("Anslutningsavgifter debiteras enligt VA-taxan", "Klart", "Slutförd", "Medel",
  "Eva Hägg", "2025-10-15", "", "Alla 18 nya anslutningar under året korrekt debiterade.", "GENOMFORD", "nej"),
 ("Kontroll av att provtagning av dricksvatten sker enligt kontrollprogram", "Klart", "Slutförd", "Brådskande",
  "Johan Ström", "2025-12-12", "", "Samtliga prover tagna enligt programmet.", "GENOMFORD", "nej"),
 ("Attest av leverantörsfakturor enligt attestordningen", "Pågår", "Pågår", "Medel",
  "Eva Hägg", "", "", "Stickprov för kvartal 1–3 klart. Kvartal 4 ej klart vid bokslut.", "DELVIS", ""),
 ("Inköp följer upphandlade ramavtal", "Att göra", "Inte startad", "Låg",
  "Eva Hägg", "", "", "Flyttas till 2026 på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
 ("Behörigheter i driftövervakningssystemet (SCADA) ses över", "Klart", "Pågår", "Viktigt",
  "Mikael Berg", "", "", "", "OKLAR", ""),
 ("Kundreskontra – kravhantering sker enligt rutin", "Klart", "Slutförd", "Medel",
  "Eva Hägg", "2025-09-30", "Avvikelse",
  "Påminnelser skickades inte ut under juli på grund av semester. Rutin för semesterperiod tas fram.",
  "GENOMFORD", "ja"),
 ("Arbetsmiljö – skyddsronder genomförs på reningsverken", "Klart", "Slutförd", "Medel",
  "Mikael Berg", "2025-06-05", "", "", "GENOMFORD", ""),
]
for i, t in enumerate(F5T):
    name, bucket, prog, prio, who, cdate, labels, desc, es, ea = t
    ws.append([f"Mn{i}7yTq{i}RvB2xXk0sPpW{i}GUAD", name, bucket, prog, prio, who, "Eva Hägg", "2025-01-27",
               "2025-02-01", "2025-12-31", "false", "false", cdate or None, who if cdate else None,
               0, 0, labels or None, desc or None])
    EXP.append((F5, BV, name, es, ea))
wb.save(p(F5))
FILES.append((F5, "INLAST", BV, "2025", "HELAR"))

# ================================================================ F6 SharePoint CSV export – TN, T2
F6 = "Internkontroll Tekniska förvaltningen 2025.csv"
TN = "Tekniska nämnden"
hdr = ["Rubrik", "Verksamhet", "Risk", "Kontrollmetod", "Ansvarig", "Status T1", "Kommentar T1",
       "Status T2", "Kommentar T2", "Status T3", "Kommentar T3", "Avvikelse", "ID", "Ändrad", "Ändrad av",
       "Objekttyp", "Sökväg"]
F6R = [
 ("Kontroll av fordonsbränslekort – tankning stäms av mot körjournal", "Fordon", "Medel",
  "Stickprov per tertial", "Anders Lööf", "Genomförd", "Inga avvikelser.", "Genomförd",
  "Stickprov juni: 1 kort användes utan körjournal.\nKortet är spärrat och ärendet lämnat till HR.", "Ja",
  "GENOMFORD", "ja"),
 ("Snöröjningsentreprenörens fakturor kontrolleras mot körorder", "Gata/park", "Hög",
  "Fakturor jämförs mot körorder", "Anders Lööf", "Genomförd", "Kontrollerat jan–mars, inga fel.", "", "", "Nej",
  "GENOMFORD", "nej"),
 ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomi", "Medel", "Stickprov 20 fakturor",
  "Marie Falk", "Pågår", "", "Genomförd", "Samtliga 20 fakturor korrekt attesterade.", "Nej",
  "GENOMFORD", "nej"),
 ("Lokalvårdens kvalitetsuppföljning enligt avtal", "Lokalvård", "Låg", "INSTA 800-kontroller",
  "Birgitta Mård", "Ej påbörjad", "", "Delvis genomförd", "4 av 9 enheter besökta.\nResterande under hösten.", "",
  "DELVIS", ""),
 ("Kontroll av att arbeten på väg har godkänd TA-plan", "Gata/park", "Hög", "Fältkontroll 10 arbetsplatser",
  "Anders Lööf", "", "", "Ej påbörjad", "Planeras till september–oktober.", "",
  "EJ_GENOMFORD", ""),
 ("Inventering av maskinparken i kommunförrådet", "Förråd", "Låg", "Inventering",
  "Marie Falk", "Utgår", "Utgår – ersätts av ny kontroll av anläggningsregistret.", "", "", "",
  "UTGAR", ""),
 ("Måltidsavgifter debiteras korrekt i kostverksamheten", "Kost", "Medel", "Avstämning mot beställningar",
  "Birgitta Mård", "Genomförd", "", "Genomförd", "Se bilaga.", "",
  "GENOMFORD", ""),
 ("Hyresavtal för extern inhyrning förlängs eller sägs upp i tid", "Fastighet", "Hög", "Genomgång av avtalsregister",
  "Marie Falk", "", "", "", "", "",
  "SAKNAS", ""),
]
with open(p(F6), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(hdr)
    for i, r in enumerate(F6R):
        w.writerow(list(r[:7]) + [r[7], r[8], "", "", r[9], str(i + 1),
                   f"2025-09-{5 + i:02d} 14:{10 + 3 * i:02d}", r[4], "Objekt",
                   "sites/TF-ledning/Lists/Internkontroll 2025"])
        EXP.append((F6, TN, r[0], r[10], r[11]))
FILES.append((F6, "INLAST", TN, "2025", "T2"))

# ================================================================ F7 Loop table pasted into Word – ÖFN, DELAR
F7 = "Delårsuppföljning internkontroll 2025 (Loop).docx"
ÖFN = "Överförmyndarnämnden"
doc = Document()
doc.core_properties.author = "Lena Ahlström"
doc.core_properties.created = dt.datetime(2025, 9, 3, 10, 0)
doc.core_properties.modified = dt.datetime(2025, 9, 3, 10, 0)
st = doc.styles["Normal"]; st.font.name = "Segoe UI"; st.font.size = Pt(10)
doc.add_heading("Överförmyndarenheten – uppföljning internkontroll delår 2025", level=1)
doc.add_paragraph("Mötesanteckningar onsdag 3 september 2025 10:00")
doc.add_paragraph("Deltagare: @Lena Ahlström, @Per Nyqvist, @Sofia Grahn")
doc.add_paragraph("Vi gick igenom kontrollmomenten i internkontrollplanen 2025 i Loop-tabellen nedan. "
                  "Status gäller perioden januari–augusti.")
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color); tcPr.append(shd)
F7R = [
 ("Granskning av ställföreträdares årsräkningar inom lagstadgad tid", "@Lena Ahlström", "Klar", "☑",
  "Samtliga 212 årsräkningar granskade. 9 med anmärkning har återförvisats för komplettering.", "2025-06-30",
  "GENOMFORD", "ja"),
 ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "@Per Nyqvist", "Pågår", "☐",
  "Stickprov 10 av 25 klara.", "2025-10-31", "DELVIS", ""),
 ("Kontroll av att förteckningar inkommer inom två månader", "@Sofia Grahn", "Klar", "☐", "", "2025-08-31",
  "OKLAR", ""),
 ("Registerutdrag begärs för nya ställföreträdare", "@Sofia Grahn", "Klar", "☑", "Inga avvikelser.", "2025-05-15",
  "GENOMFORD", "nej"),
 ("Delegationsbeslut anmäls till nämnden", "@Per Nyqvist", "Inte påbörjad", "☐", "Görs i oktober.", "2025-10-15",
  "EJ_GENOMFORD", ""),
 ("Attest av leverantörsfakturor enligt attestordningen", "@Lena Ahlström", "", "☑",
  "Genomförd av ekonomienheten, inga anmärkningar.", "2025-08-31", "GENOMFORD", "nej"),
]
colors = {"Klar": "DFF6DD", "Pågår": "FFF4CE", "Inte påbörjad": "F3F2F1"}
t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["Kontrollmoment", "Ansvarig", "Status", "Klar", "Kommentar", "Förfallodatum"]):
    c.text = txt; c.paragraphs[0].runs[0].bold = True; shade(c, "F3F2F1")
for r in F7R:
    cells = t.add_row().cells
    for c, txt in zip(cells, r[:6]): c.text = txt
    if r[2]: shade(cells[2], colors[r[2]])
    EXP.append((F7, ÖFN, r[0], r[6], r[7]))
doc.add_paragraph("")
doc.add_paragraph("Att göra").runs[0].bold = True
for todo in ["☐ Skicka uppföljningen till ekonomienheten senast 15/9 – @Lena Ahlström",
             "☐ Boka genomgång med revisorerna – @Per Nyqvist",
             "☑ Uppdatera Loop-tabellen efter mötet – @Sofia Grahn"]:
    doc.add_paragraph(todo)
doc.add_paragraph("Nästa avstämning: 2025-12-03")
pp = doc.add_paragraph("Skapad i Microsoft Loop"); pp.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
doc.save(p(F7))
FILES.append((F7, "INLAST", ÖFN, "2025", "DELAR"))

# ================================================================ F8 reject – Forms registration for a training day
F8 = "Anmälan utbildning intern kontroll hösten 2025(1-6).xlsx"
wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "Sheet1"
ws.append(["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
           "Vilken nämnd/förvaltning tillhör du?", "Vilket datum vill du delta?", "Roll",
           "Har du några önskemål om innehåll?", "Specialkost"])
regs = [
 ("anna.kvist", "Anna Kvist", "Socialförvaltningen", "7 oktober", "Enhetschef", "Hur dokumenterar vi stickprov?", ""),
 ("bo.ring", "Bo Ring", "Tekniska förvaltningen", "14 oktober", "Controller", "", "Vegetarisk"),
 ("li.wu", "Li Wu", "Barn- och utbildningsförvaltningen", "7 oktober", "Rektor", "Attest och delegation", ""),
 ("nils.ahl", "Nils Åhl", "Kommunledningsförvaltningen", "14 oktober", "Ekonom", "", "Laktosfri"),
 ("ida.berg", "Ida Berg", "Miljöförvaltningen", "7 oktober", "Miljöchef", "Riskanalys inför 2026", ""),
 ("sam.ek", "Sam Ek", "Vård- och omsorgsförvaltningen", "14 oktober", "Verksamhetschef", "", ""),
]
t0 = dt.datetime(2025, 9, 15, 10, 2, 31)
for i, r in enumerate(regs):
    s = t0 + dt.timedelta(hours=7 * i, minutes=9 * i)
    ws.append([i + 1, s, s + dt.timedelta(minutes=2), f"{r[0]}@bergsjovik.se", r[1], None] + [x or None for x in r[2:]])
wb.save(p(F8))
FILES.append((F8, "AVVISAD", "", "", ""))

# ================================================================ make zips deterministic
import zipfile, re, io
def normalize(fn):
    src = zipfile.ZipFile(p(fn)); items = [(i.filename, src.read(i.filename)) for i in src.infolist()]; src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-09-03T10:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 3, 10, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(p(fn), "wb").write(buf.getvalue())
for fn in (F1, F2, F3, F4, F5, F7, F8): normalize(fn)

# ================================================================ CSVs
def wcsv(name, header, rows):
    with open(p(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header); w.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
print(len(FILES), "file rows;", len(EXP), "controls")
