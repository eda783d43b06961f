#!/usr/bin/python3
# Blind round r359 - Kvarnbo kommun, T1 2025 inbox (system exports + own templates)
import csv, io, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = "-env:UserInstallation=file:///tmp/lo-round359"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

import datetime
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)
def fixwb(wb):
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "Kvarnbo kommun"
def fixdoc(doc):
    doc.core_properties.created = FIXED; doc.core_properties.modified = FIXED; doc.core_properties.author = "Kvarnbo kommun"

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# clean old outputs
for f in os.listdir(HERE):
    if f not in ("make_round.py", "README.md"):
        p = os.path.join(HERE, f)
        if os.path.isfile(p):
            os.remove(p)

REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Kvarnbo Bostäder AB", "KBAB|Kvarnbobostäder|Kvarnbo Bostäder"),
]

# ---------------------------------------------------------------- 1. Stratsys CSV (KS + TN), cp1252
F1 = "Stratsys_Internkontroll_T1_2025_export.csv"
hdr1 = ["Enhetskod", "Enhet", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
        "Period", "Status", "Kommentar", "Åtgärd", "Senast ändrad"]
ks = ("100", "Kommunledningsförvaltningen", "Kommunstyrelsen")
tn = ("700", "Tekniska förvaltningen", "Tekniska nämnden")
rows1 = [
    (ks, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial", "Redovisningschef", "Tertial",
     "Genomförd", "Stickprov på 20 fakturor. Samtliga attesterade av behörig attestant. Inga avvikelser.", "", "2025-04-28", "GENOMFORD", "nej"),
    (ks, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagarförteckning", "Stickprov 15 verifikationer", "Controller KLF", "Tertial",
     "Genomförd med avvikelse", "3 av 15 verifikationer saknade deltagarförteckning.", "Påminnelse om regler för representation skickad till samtliga chefer.", "2025-05-05", "GENOMFORD", "ja"),
    (ks, "Upphandling", "Avtalstrohet vid direktupphandling – kontroll av köp utan avtal över 100 tkr", "Analys av leverantörsreskontra", "Upphandlingschef", "Halvår",
     "Pågående", "Analys av inköpsdata jan–mars pågår,\nberäknas klar i juni.", "", "2025-05-02", "DELVIS", ""),
    (ks, "HR", "Kontroll av att lönetillägg och ändringar i lön är beslutade av behörig chef", "Stickprov 10 löneändringar", "HR-chef", "Tertial",
     "Ej påbörjad", "Planeras till T2 p.g.a. byte av lönesystem.", "", "2025-03-18", "EJ_GENOMFORD", ""),
    (ks, "Informationssäkerhet", "Behörigheter i ekonomisystemet – avstämning mot aktuell personallista", "Avstämning behörighetslista", "Systemförvaltare Ekonomi", "Årligen",
     "", "Genomförd 2025-04-03. Två aktiva konton för avslutade anställda hittades och har spärrats.", "Rutin för avslut av behörighet ses över.", "2025-04-03", "GENOMFORD", "ja"),
    (ks, "Styrning", "Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse delegationslista/protokoll", "Kanslichef", "Tertial",
     "Utgår", "Utgår enligt beslut KS 2025-02-12 § 23, ersätts av granskning i nytt ärendehanteringssystem.", "", "2025-02-13", "UTGAR", ""),
    (ks, "Ekonomi", "Kontroll av momsredovisning vid inköp till kommunens verksamheter", "Stickprov 30 verifikat", "Redovisningsekonom", "Tertial",
     "Genomförd", "Kontroll av 30 verifikat.\nInga fel i momskodning.", "", "2025-04-22", "GENOMFORD", "nej"),
    (tn, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial", "Ekonom TF", "Tertial",
     "Genomförd", "Inga avvikelser.", "", "2025-04-30", "GENOMFORD", "nej"),
    (tn, "Fordon", "Körjournaler förs för kommunens tjänstefordon", "Granskning körjournaler februari", "Fordonssamordnare", "Tertial",
     "Genomförd med avvikelse", "Körjournal saknades för 2 av 12 fordon under februari.", "Information till berörda enheter, ny kontroll i september.", "2025-04-15", "GENOMFORD", "ja"),
    (tn, "VA", "Kontroll av att mätaravläsningar och debitering av VA-avgifter stämmer", "Stickprov 100 abonnenter", "VA-chef", "Halvår",
     "Pågående", "Stickprov påbörjat, 40 av 100 abonnenter kontrollerade.", "", "2025-05-06", "DELVIS", ""),
    (tn, "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Besiktningsprotokoll", "Parkchef", "Årligen",
     "Ej påbörjad", "Besiktningar sker i maj–juni.", "", "2025-03-01", "EJ_GENOMFORD", ""),
    (tn, "Upphandling", "Kontroll av att ramavtal för entreprenader följs vid avrop", "Granskning av 5 avrop", "Projektchef", "Tertial",
     "", "", "", "", "SAKNAS", ""),
    (tn, "Lokaler", "Uppföljning av att felanmälningar åtgärdas inom avtalad tid", "Rapport ur felanmälningssystemet", "Fastighetschef", "Tertial",
     "Genomförd", "87 % av felanmälningarna åtgärdade inom avtalad tid (mål 85 %).", "", "2025-05-07", "GENOMFORD", "nej"),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Internkontroll - uppföljning"] + [""] * (len(hdr1) - 1))
w.writerow(["Utdrag 2025-05-14 08:12, filter: Plan 2025, Period T1"] + [""] * (len(hdr1) - 1))
w.writerow(hdr1)
for (org, proc, km, met, ans, frek, st, kom, atg, dat, est, eavv) in rows1:
    w.writerow([org[0], org[1], proc, km, met, ans, frek, "T1 2025", st, kom, atg, dat])
    exp(F1, org[2], km, est, eavv)
with open(F1, "w", encoding="cp1252", newline="") as fh:
    fh.write(buf.getvalue())
FILES.append((F1, "INLAST", "Kommunstyrelsen", "2025", "T1"))
FILES.append((F1, "INLAST", "Tekniska nämnden", "2025", "T1"))

# ---------------------------------------------------------------- 2. Hypergene xlsx (SN + VON), status codes
F2 = "Hypergene_rapport_IK_2025_T1.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Rapport"
ws["A1"] = "Hypergene – Rapport: Intern kontroll, uppföljning"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Urval: År 2025, Period T1, Organisation 3000 Socialnämnden; 4000 Vård- och omsorgsnämnden"
ws["A3"] = "Skapad: 2025-05-13 15:42 av ekonomi.rapport"
hdr2 = ["Org.nr", "Organisation", "Process", "Risk-ID", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod",
        "Ansvarig", "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Status T3", "Kommentar T3"]
for i, h in enumerate(hdr2, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
sn = ("3000", "Socialnämnden"); von = ("4000", "Vård- och omsorgsnämnden")
rows2 = [
    (sn, "Ekonomi", "R-SN-01", "Felaktig attest", 6, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Controller SOC", 3, "", "GENOMFORD", "nej"),
    (sn, "Ekonomiskt bistånd", "R-SN-02", "Felaktiga utbetalningar", 12, "Utbetalning av ekonomiskt bistånd sker enligt beslut – stickprov i verksamhetssystemet", "Stickprov 25 utbetalningar", "Enhetschef försörjningsstöd", 4,
     "2 av 25 utbetalningar avvek från beslut (felaktigt belopp). Återkrav initierat.", "GENOMFORD", "ja"),
    (sn, "Barn och unga", "R-SN-03", "Barn far illa utan att förhandsbedömning görs", 16, "Orosanmälningar förhandsbedöms inom 14 dagar", "Genomgång av samtliga anmälningar", "Enhetschef mottagning", 2,
     "Januari–februari granskade, mars återstår.", "DELVIS", ""),
    (sn, "Informationssäkerhet", "R-SN-04", "Otillbörlig åtkomst till personuppgifter", 12, "Loggkontroll av journalsystem avseende otillbörlig åtkomst", "Slumpvis loggkontroll", "Systemförvaltare", 1,
     "Ny rutin för loggkontroll tas fram, kontroll sker T2.", "EJ_GENOMFORD", ""),
    (sn, "Placeringar", "R-SN-05", "Placering utan avtal", 9, "Kontroll av att avtal med HVB-hem finns och följs vid placering", "Genomgång av placeringar", "Avdelningschef IFO", None,
     "Se bilaga 3", "OKLAR", ""),
    (sn, "Myndighetsutövning", "R-SN-06", "Långa handläggningstider", 8, "Handläggningstid för utredningar enligt 11 kap. 1 § SoL", "Uttag ur verksamhetssystemet", "Enhetschef utredning", 3,
     "Se bilaga", "GENOMFORD", "nej"),
    (sn, "Styrning", "R-SN-07", "Beslut fattas utan delegation", 4, "Delegationsbeslut anmäls till nämnden", "Jämförelse mot protokoll", "Nämndsekreterare", 9,
     "Utgår, ingår i kommunstyrelsens gemensamma kontroll.", "UTGAR", ""),
    (von, "Ekonomi", "R-VON-01", "Felaktig attest", 6, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Controller VOF", 3, "", "GENOMFORD", "nej"),
    (von, "Hälso- och sjukvård", "R-VON-02", "Felaktig läkemedelshantering", 16, "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet", "Granskning av signeringslistor", "MAS", 4,
     "Brister i signeringslistor på två enheter. Handlingsplan upprättad.", "GENOMFORD", "ja"),
    (von, "Myndighetsutövning", "R-VON-03", "Beslut verkställs inte", 12, "Verkställighet av beslut om särskilt boende inom tre månader", "Stickprov 20 beslut", "Biståndschef", 2,
     "Stickprov 10 av 20 genomfört.", "DELVIS", ""),
    (von, "Avgifter", "R-VON-04", "Felaktiga avgifter", 9, "Debitering av omsorgsavgifter stämmer mot beviljade insatser", "Stickprov 15 avgiftsbeslut", "Avgiftshandläggare", None,
     "Stickprov på 15 avgiftsbeslut genomfört, inga fel hittades.", "GENOMFORD", "nej"),
    (von, "Säkerhet", "R-VON-05", "Brand på särskilt boende", 12, "Kontroll av att brandskyddsronder genomförs på särskilda boenden", "Genomgång av rondprotokoll", "Säkerhetssamordnare", None,
     "", "SAKNAS", ""),
    (von, "Hemtjänst", "R-VON-06", "Nycklar kommer på avvägar", 8, "Nyckelhantering inom hemtjänsten – kvittering av nycklar", "Inventering nyckelskåp", "Enhetschef hemtjänst", 1,
     "", "EJ_GENOMFORD", ""),
]
r = 6
for (org, proc, rid, risk, rv, km, met, ans, code, kom, est, eavv) in rows2:
    vals = [int(org[0]), f"{org[0]} {org[1]}", proc, rid, risk, rv, km, met, ans, code, kom or None, None, None, None, None]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v); c.alignment = Alignment(wrap_text=True, vertical="top")
    exp(F2, org[1], km, est, eavv)
    r += 1
for col, wd in zip("ABCDEFGHIJKLMNO", [8, 28, 18, 10, 30, 9, 50, 26, 24, 9, 45, 9, 20, 9, 20]):
    ws.column_dimensions[col].width = wd
ws2 = wb.create_sheet("Teckenförklaring")
ws2["A1"] = "Statuskoder"; ws2["A1"].font = Font(bold=True)
for i, (k, t) in enumerate([(1, "Ej påbörjad"), (2, "Pågår / delvis genomförd"), (3, "Genomförd utan avvikelse"),
                            (4, "Genomförd med avvikelse"), (9, "Utgår")], 2):
    ws2.cell(row=i, column=1, value=k); ws2.cell(row=i, column=2, value=t)
fixwb(wb); wb.save(F2)
FILES.append((F2, "INLAST", "Socialnämnden", "2025", "T1"))
FILES.append((F2, "INLAST", "Vård- och omsorgsnämnden", "2025", "T1"))

# ---------------------------------------------------------------- 3. BUN own xlsx, traffic-light fills only
F3 = "BUN internkontroll T1 2025.xlsx"
GREEN = PatternFill("solid", fgColor="00B050"); YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000"); GRP = PatternFill("solid", fgColor="DDEBF7")
thin = Side(style="thin", color="808080"); BRD = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "IK-plan 2025"
ws.merge_cells("A1:J1"); ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:J2"); ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1"; ws["A2"].font = Font(bold=True, size=12)
ws.merge_cells("A3:J3"); ws["A3"] = "Ifylls av respektive kontrollansvarig. Markera status med färg i kolumn I enligt teckenförklaringen längst ned."
ws["A3"].font = Font(italic=True)
hdr3 = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Ansvarig", "Kontrolltidpunkt", "Status T1", "Kommentar"]
for i, h in enumerate(hdr3, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BRD
    c.fill = PatternFill("solid", fgColor="BDD7EE"); c.alignment = Alignment(wrap_text=True)
groups3 = [
    ("Ekonomi", [
        ("Felaktiga utbetalningar", 2, 3, "Attest av leverantörsfakturor enligt attestordningen", "Ekonom BUF", "T1, T2, T3", GREEN, "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Köp utanför avtal", 3, 2, "Kontroll av att skolornas inköp sker från avtalade leverantörer", "Rektorer", "T1–T2", YELLOW, "Två av sex skolor kontrollerade.", "DELVIS", ""),
        ("Svinn av kontanter", 2, 2, "Hantering av kontanta medel och kassor på fritidshem", "Ekonom BUF", "T1", RED, "Ej genomförd på grund av sjukskrivning, flyttas till T2.", "EJ_GENOMFORD", ""),
    ]),
    ("Elevhälsa och trygghet", [
        ("Kränkningar utreds inte", 3, 4, "Anmälan om kränkande behandling till huvudman utan dröjsmål", "Skolchef", "T1, T3", GREEN,
         "Granskat 18 anmälningar; 4 anmäldes senare än 5 dagar.\nRutinen har förtydligats på rektorsmöte.", "GENOMFORD", "ja"),
        ("Elever med hög frånvaro uppmärksammas inte", 3, 4, "Uppföljning av elevers frånvaro enligt rutin för problematisk skolfrånvaro", "Elevhälsochef", "T1, T3", None, "Se bilaga 2", "OKLAR", ""),
        ("Olämplig person anställs", 1, 4, "Registerkontroll i belastningsregistret vid nyanställning", "HR-specialist", "T1, T2, T3", GREEN, None, "GENOMFORD", ""),
    ]),
    ("Förskola och administration", [
        ("Felaktiga avgifter", 2, 2, "Kontroll av att placering och avgift i förskolan stämmer mot vistelsetid", "Placeringsenheten", "Helår", None, None, "SAKNAS", ""),
        ("Brand i skollokal", 1, 4, "Systematiskt brandskyddsarbete – egenkontroller på skolor", "Säkerhetssamordnare", "T1", None, "Alla egenkontroller klara och dokumenterade, inga brister.", "GENOMFORD", "nej"),
        ("Skolskjuts utan beslut", 2, 2, "Skolskjuts – kontroll av att beslut finns för samtliga elever med skolskjuts", "Skolskjutshandläggare", "T1", GREEN, "Kontrollerat 40 beslut, inga avvikelser.", "GENOMFORD", "nej"),
    ]),
]
r = 6
for grp, items in groups3:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    c = ws.cell(row=r, column=1, value=grp); c.font = Font(bold=True); c.fill = GRP
    r += 1
    first = r
    for (risk, s, k, km, ans, tid, fill, kom, est, eavv) in items:
        vals = [grp if r == first else None, risk, s, k, s * k, km, ans, tid, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BRD
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if fill is not None:
            ws.cell(row=r, column=9).fill = fill
        exp(F3, "Barn- och utbildningsnämnden", km, est, eavv)
        r += 1
    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
r += 1
ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True); r += 1
for fill, t in [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd")]:
    ws.cell(row=r, column=1).fill = fill; ws.cell(row=r, column=2, value=t); r += 1
r += 1
ws.cell(row=r, column=1, value="Rapporterat av: Anna Lindqvist, controller BUF, 2025-05-09")
for col, wd in zip("ABCDEFGHIJ", [18, 28, 11, 11, 9, 50, 20, 14, 10, 45]):
    ws.column_dimensions[col].width = wd
ws.print_title_rows = "5:5"
fixwb(wb); wb.save(F3)
FILES.append((F3, "INLAST", "Barn- och utbildningsnämnden", "2025", "T1"))

# ---------------------------------------------------------------- 4. KFN Word document, one table
F4 = "KFN uppföljning internkontroll tertial 1 2025.docx"
doc = Document()
doc.sections[0].header.paragraphs[0].text = "Kvarnbo kommun\tKultur- och fritidsförvaltningen\tDnr KFN 2025/14"
doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
doc.add_paragraph("Nämnd: Kultur- och fritidsnämnden")
doc.add_paragraph("Kultur- och fritidsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 98). "
                  "Nedan redovisas resultatet av de kontroller som genomförts under perioden januari–april 2025. "
                  "Kolumnen Genomförd fylls i med Ja, Nej, Delvis eller Ej aktuell.")
hdr4 = ["Nr", "Område", "Kontrollmoment", "Resultat januari–april", "Genomförd"]
rows4 = [
    ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "20 fakturor granskade. Samtliga korrekt attesterade.", "Ja", "GENOMFORD", "nej"),
    ("2", "Ekonomi", "Föreningsbidrag betalas ut enligt gällande regler och beslut",
     "Granskning av 12 ansökningar om aktivitetsstöd.\nEn förening fick bidrag för fel antal deltagartillfällen; återkrav har skickats.", "Ja", "GENOMFORD", "ja"),
    ("3", "Bibliotek", "Hantering av kontanter vid bibliotekens kassor", "Kassaavstämning genomförd på huvudbiblioteket. Filialerna kontrolleras i maj.", "Delvis", "DELVIS", ""),
    ("4", "Anläggningar", "Bokning och debitering av idrottsanläggningar stämmer mot bokningssystemet", "", "Nej", "EJ_GENOMFORD", ""),
    ("5", "Anläggningar", "Tillsyn av badvattenkvalitet vid Kvarnbobadet", "Kontrollen är inte aktuell – badet är stängt för renovering under 2025.", "Ej aktuell", "UTGAR", ""),
    ("6", "Kulturskola", "Avgifter för kulturskolan debiteras enligt taxa", "Avstämning mellan elevregister och fakturering gjord för vårterminen. Inga fel.", "Ja", "GENOMFORD", "nej"),
    ("7", "Personal", "Registerkontroll för personal som arbetar med barn (fritidsgårdar, kulturskola)", "Pågår, 9 av 14 nyanställda kontrollerade hittills.", "", "DELVIS", ""),
]
t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
for i, h in enumerate(hdr4):
    t.rows[0].cells[i].text = h
    for run in t.rows[0].cells[i].paragraphs[0].runs: run.bold = True
for (nr, omr, km, res, gen, est, eavv) in rows4:
    cells = t.add_row().cells
    for i, v in enumerate([nr, omr, km, res, gen]):
        cells[i].text = v
    exp(F4, "Kultur- och fritidsnämnden", km, est, eavv)
doc.add_paragraph("")
doc.add_paragraph("Kvarnbo 2025-05-08")
doc.add_paragraph("Per Holm\nförvaltningschef, Kultur- och fritidsförvaltningen")
fixdoc(doc); doc.save(F4)
FILES.append((F4, "INLAST", "Kultur- och fritidsnämnden", "2025", "T1"))

# ---------------------------------------------------------------- 5. SBN Stratsys xlsx, nämnd only in file name / print header
F5 = "Stratsys_SBN_uppfoljning.xlsx"
COL = {"Grön": PatternFill("solid", fgColor="00B050"), "Gul": PatternFill("solid", fgColor="FFC000"),
       "Röd": PatternFill("solid", fgColor="FF0000"), "Grå": PatternFill("solid", fgColor="BFBFBF")}
wb = Workbook(); ws = wb.active; ws.title = "Sammanfattning"
ws["A1"] = "Internkontroll 2025 – sammanfattning"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "Bedömning"; ws["B3"] = "Antal T1 2025"; ws["A3"].font = ws["B3"].font = Font(bold=True)
ws["A4"] = "Grön"; ws["B4"] = 3; ws["A5"] = "Gul"; ws["B5"] = 1; ws["A6"] = "Röd"; ws["B6"] = 1
ws["A7"] = "Grå"; ws["B7"] = 1; ws["A8"] = "Ej bedömd"; ws["B8"] = 2; ws["A9"] = "Totalt"; ws["B9"] = 8
ws["A11"] = "Färgförklaring"; ws["A11"].font = Font(bold=True)
for i, (k, t_) in enumerate([("Grön", "Genomförd"), ("Gul", "Pågår / delvis genomförd"), ("Röd", "Ej genomförd"), ("Grå", "Utgår")], 12):
    ws.cell(row=i, column=1, value=k).fill = COL[k]; ws.cell(row=i, column=2, value=t_)
ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Internkontroll"
ws.column_dimensions["A"].width = 16; ws.column_dimensions["B"].width = 26
ws = wb.create_sheet("Kontroller")
ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Internkontroll"
ws.oddFooter.right.text = "Utskrift &D"
ws["A1"] = "Internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Exporterad från Stratsys 2025-05-12"
hdr5 = ["Id", "Verksamhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Helår 2024", "T1 2025", "Kommentar T1 2025"]
for i, h in enumerate(hdr5, 1):
    c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9")
rows5 = [
    ("IK-SBN-01", "BYGG", "Myndighetsutövning", "Handläggningstid för bygglov inom lagstadgad tid", "Bygglovschef", "Gul", "Grön", "Samtliga 64 ärenden beslutade inom 10 veckor.", "GENOMFORD", "nej"),
    ("IK-SBN-02", "BYGG", "Avgifter", "Debitering av bygglovsavgifter enligt taxa", "Bygglovschef", "Grön", "Gul", "Stickprov 10 av 20 ärenden gjort, 1 felaktig debitering har rättats.", "DELVIS", "ja"),
    ("IK-SBN-03", "PLAN", "Planering", "Planavtal upprättas innan planarbete påbörjas", "Planchef", "Grön", "Grön", None, "GENOMFORD", ""),
    ("IK-SBN-04", "MÄT", "Ekonomi", "Fakturering av utförda lantmäteritjänster sker löpande", "Mätchef", "Röd", "Röd", "Ej genomförd, resursbrist.", "EJ_GENOMFORD", ""),
    ("IK-SBN-05", "GIS", "Informationssäkerhet", "Behörighetskontroll i GIS-systemet", "GIS-samordnare", "–", None, None, "SAKNAS", ""),
    ("IK-SBN-06", "BYGG", "Tillsyn", "Tillsyn av OVK-protokoll (obligatorisk ventilationskontroll)", "Byggnadsinspektör", "Grön", None, None, "SAKNAS", ""),
    ("IK-SBN-07", "PLAN", "Dokumenthantering", "Diarieföring av inkomna synpunkter under samråd", "Registrator", "Gul", "Grå", "Utgår – hanteras inom e-arkivprojektet.", "UTGAR", ""),
    ("IK-SBN-08", "ADM", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "Grön", "Grön", "Inga avvikelser.", "GENOMFORD", "nej"),
]
r = 5
for (idd, verk, omr, km, ans, h24, t1, kom, est, eavv) in rows5:
    for i, v in enumerate([idd, verk, omr, km, ans, h24, t1, kom], 1):
        c = ws.cell(row=r, column=i, value=v); c.alignment = Alignment(wrap_text=True, vertical="top")
    if h24 in COL: ws.cell(row=r, column=6).fill = COL[h24]
    if t1 in COL: ws.cell(row=r, column=7).fill = COL[t1]
    exp(F5, "Samhällsbyggnadsnämnden", km, est, eavv)
    r += 1
for col, wd in zip("ABCDEFGH", [11, 11, 20, 50, 20, 11, 10, 50]):
    ws.column_dimensions[col].width = wd
fixwb(wb); wb.save(F5)
FILES.append((F5, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T1"))

# ---------------------------------------------------------------- 6. Kvarnbo Bostäder AB, text only, .odt
F6 = "Kvarnbo Bostäder AB - uppföljning intern kontroll T1 2025.odt"
doc = Document()
doc.add_heading("Kvarnbo Bostäder AB", level=1)
doc.add_heading("Uppföljning av internkontrollplan 2025 – första tertialen", level=2)
doc.add_paragraph("Styrelsen fastställde bolagets internkontrollplan för 2025 den 4 december 2024. "
                  "Denna rapport redovisar utfallet av kontrollerna för perioden januari–april 2025 och "
                  "lämnas till kommunstyrelsen enligt ägardirektivet.")
items6 = [
    ("Hyresdebitering", "Hyresdebitering stämmer mot gällande hyresavtal",
     "Stickprov av 30 hyresavtal mot hyresavier. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    ("Kundreskontra", "Kundreskontra – påminnelser och inkasso hanteras enligt kreditpolicy",
     "Två ärenden hade inte skickats till inkasso i tid. Rutinen har uppdaterats.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
    ("Uthyrning", "Uthyrning sker enligt bostadskön och gällande uthyrningspolicy",
     "Granskning av 15 av planerade 30 uthyrningar är gjord. Resterande granskas under andra tertialen.", "Pågår", "DELVIS", ""),
    ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    ("Utemiljö", "Besiktning av gemensamma lekplatser i bostadsområdena",
     "Kontrollen har inte påbörjats. Besiktning är bokad till juni.", None, "EJ_GENOMFORD", ""),
    ("Jäv och bisysslor", "Jäv och bisysslor – årlig redovisning från anställda",
     "Redovisning inhämtad från samtliga 42 anställda. Inga otillåtna bisysslor.", "Genomförd", "GENOMFORD", "nej"),
]
for n, (rub, km, res, st, est, eavv) in enumerate(items6, 1):
    doc.add_heading(f"{n}. {rub}", level=3)
    p = doc.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
    p = doc.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
    if st:
        p = doc.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(st)
    exp(F6, "Kvarnbo Bostäder AB", km, est, eavv)
doc.add_paragraph("")
doc.add_paragraph("Kvarnbo 2025-05-06\nLena Ekström, VD")
tmpd = tempfile.mkdtemp(prefix="r359_")
src6 = os.path.join(tmpd, "kbab.docx"); fixdoc(doc); doc.save(src6)
soffice(src6, "odt", tmpd)
shutil.move(os.path.join(tmpd, "kbab.odt"), F6)
FILES.append((F6, "INLAST", "Kvarnbo Bostäder AB", "2025", "T1"))

# ---------------------------------------------------------------- 7. ÖFN legacy .xls, tick columns
F7 = "ÖFN internkontroll 2025 jan-apr.xls"
wb = Workbook(); ws = wb.active; ws.title = "Blad1"
ws["A1"] = "Överförmyndarnämnden i Kvarnbo"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Internkontroll 2025 – uppföljning januari–april"
ws["A3"] = "Markera med X i den kolumn som stämmer."
hdr7 = ["Nr", "Kontrollmoment", "Frekvens", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]
for i, h in enumerate(hdr7, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BRD
rows7 = [
    ("Granskning av årsräkningar – stickprov på arvodesbeslut", "Årligen", "X", "", "", "Nej", "Samtliga 15 kontrollerade.", "GENOMFORD", "nej"),
    ("Kontroll av att ställföreträdare har registerutdrag innan förordnande", "Tertial", "x", "", "", "Ja", "1 utdrag saknades, har kompletterats.", "GENOMFORD", "ja"),
    ("Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "Tertial", "", "X", "", "", "Kontrollen pågår.", "DELVIS", ""),
    ("Arvoden till ställföreträdare betalas ut enligt nämndens riktlinjer", "Halvår", "X", "", "X", "", "", "OKLAR", ""),
    ("Handläggningstid för granskning av årsräkningar (mål: 30 juni)", "Årligen", "", "", "X", "", "Granskningsperioden pågår till 30 juni, följs upp vid delår.", "EJ_GENOMFORD", ""),
    ("Diarieföring av inkomna handlingar inom två arbetsdagar", "Tertial", "", "", "", "", "", "SAKNAS", ""),
    ("Förvaltarskap – kontroll av att förteckningar lämnas in inom två månader", "Tertial", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
]
r = 6
for n, (km, frek, g, d, e, avv, kom, est, eavv) in enumerate(rows7, 1):
    for i, v in enumerate([n, km, frek, g or None, d or None, e or None, avv or None, kom or None], 1):
        c = ws.cell(row=r, column=i, value=v); c.border = BRD; c.alignment = Alignment(wrap_text=True, vertical="top")
        if i in (4, 5, 6): c.alignment = Alignment(horizontal="center", vertical="top")
    exp(F7, "Överförmyndarnämnden", km, est, eavv)
    r += 1
ws.cell(row=r + 1, column=1, value="Uppföljningen behandlad på nämndens sammanträde 2025-05-20.")
for col, wd in zip("ABCDEFGH", [5, 55, 10, 11, 8, 13, 10, 45]):
    ws.column_dimensions[col].width = wd
src7 = os.path.join(tmpd, "ofn.xlsx"); fixwb(wb); wb.save(src7)
soffice(src7, "xls:MS Excel 97", tmpd)
shutil.move(os.path.join(tmpd, "ofn.xls"), F7)
FILES.append((F7, "INLAST", "Överförmyndarnämnden", "2025", "T1"))

# ---------------------------------------------------------------- 8. REJECT: Stratsys economic follow-up export (budget)
F8 = "Stratsys_Ekonomisk_uppfoljning_T1_2025.csv"
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(["Ekonomisk uppföljning T1 2025 (tkr)", "", "", "", "", ""])
w.writerow(["Enhet", "Verksamhet", "Budget 2025", "Utfall jan-apr", "Prognos helår", "Avvikelse mot budget"])
for enh, verk, b, u, p in [
    ("Kommunstyrelsen", "Kommunledning", 98500, 31200, 97800),
    ("Barn- och utbildningsnämnden", "Förskola", 212000, 71900, 214500),
    ("Barn- och utbildningsnämnden", "Grundskola", 405300, 136400, 409000),
    ("Socialnämnden", "Individ- och familjeomsorg", 148200, 52800, 155100),
    ("Vård- och omsorgsnämnden", "Äldreomsorg", 388600, 128100, 390200),
    ("Kultur- och fritidsnämnden", "Kultur och fritid", 61400, 19300, 61000),
    ("Samhällsbyggnadsnämnden", "Bygg och plan", 22900, 6100, 22400),
    ("Tekniska nämnden", "Gata/park", 57800, 15200, 58600),
    ("Tekniska nämnden", "VA (avgiftsfinansierat)", 0, -2100, 0),
]:
    w.writerow([enh, verk, b, u, p, b - p])
w.writerow(["Totalt", "", 1394700, 458900, 1408600, -13900])
with open(F8, "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(buf.getvalue())
FILES.append((F8, "AVVISAD", "", "", ""))
shutil.rmtree(tmpd, ignore_errors=True)

# ---------------------------------------------------------------- CSVs
def write_csv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header); w.writerows(rows)
write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))
