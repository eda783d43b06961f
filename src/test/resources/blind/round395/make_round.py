#!/usr/bin/python3
# Blind round 395 – Ramnäs kommun, helår 2025
import os, csv, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
import docx
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
LO = "-env:UserInstallation=file:///tmp/lo-round395"
EXP = []  # fil, nämnd, kontrollmoment, status, avvikelse
FILES = []  # fil, utfall, nämnd, år, period

def exp(fil, n, km, st, av):
    EXP.append([fil, n, km, st, av])

# ---------------- 1. KS xlsx ----------------
f1 = "KS_Uppfoljning_internkontroll_helar_2025.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Helår 2025"
ws["A1"] = "Ramnäs kommun"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"; ws["A2"].font = Font(bold=True)
ws["A3"] = "Nämnd: Kommunstyrelsen"
ws["A4"] = "Förvaltning: Kommunledningsförvaltningen"
for r in (1, 2): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
hdr = ["Nr", "Process", "Kontrollmoment", "Metod/frekvens", "Ansvarig", "Status helår", "Kommentar/resultat"]
ws.append([]); ws.append(hdr)
for c in ws[6]: c.font = Font(bold=True)
ks = [
 ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per halvår", "Redovisningschef", "Genomförd", "30 av 30 fakturor korrekt attesterade.", "GENOMFORD", "nej"),
 ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 20 verifikationer", "Controller", "Genomförd med anmärkning", "4 av 20 verifikationer saknade deltagarförteckning. Påminnelse skickad till chefer.", "GENOMFORD", "ja"),
 ("Upphandling", "Köp sker från upphandlade avtal (avtalstrohet)", "Analys av leverantörsreskontra", "Upphandlingschef", "Delvis genomförd", "Analys gjord för januari–september utan avvikelser. Kvartal 4 analyseras i februari 2026.", "DELVIS", "nej"),
 ("HR/lön", "Löneutbetalningar till avslutade anställningar", "Månadsvis kontroll av lönelista", "HR-chef", "Genomförd", "Två felaktiga utbetalningar upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
 ("IT och informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personal", "Halvårsvis avstämning", "IT-chef", "Ej genomförd", "Skjuts till 2026 på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
 ("Dokumenthantering", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Stickprov 25 handlingar", "Registrator", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
 ("Säkerhet", "Krisledningsplanen är uppdaterad och övad", "Årlig genomgång", "Säkerhetssamordnare", "Utgår", "Utgår enligt KS beslut 2025-05-14 § 88, ny plan tas fram 2026.", "UTGAR", ""),
 ("Ekonomi", "Kontroll av kontokortsanvändning", "Stickprov 15 transaktioner", "Controller", None, None, "SAKNAS", ""),
]
for i, k in enumerate(ks, 1):
    ws.append([i, k[0], k[1], k[2], k[3], k[4], k[5]])
    exp(f1, "Kommunstyrelsen", k[1], k[6], k[7])
ws.append([])
ws.append(["Sammanfattning: 5 av 8 kontrollmoment har genomförts helt. Ett kontrollmoment har utgått genom beslut."])
ws.append([])
ws.append(["Ramnäs 2026-01-28"])
ws.append(["Anna Lindqvist, kommundirektör"])
for col, w in zip("ABCDEFG", (5, 22, 55, 28, 20, 22, 60)): ws.column_dimensions[col].width = w
for row in ws.iter_rows(min_row=7):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save(f1); FILES.append([f1, "INLAST", "Kommunstyrelsen", "2025", "HELAR"])

# ---------------- 2. BUN docx ----------------
f2 = "BUN helårsuppföljning intern kontroll 2025.docx"
d = docx.Document()
d.add_heading("Barn- och utbildningsnämnden", 1)
d.add_heading("Uppföljning av intern kontroll helår 2025", 2)
d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (BUN § 14). "
                "Nedan redovisas resultatet av kontrollerna per tertial 2 och helår. "
                "Där avvikelser har konstaterats redovisas åtgärder i åtgärdsplanen efter tabellen.")
d.add_paragraph("Teckenförklaring: ● = Genomförd   ◐ = Delvis genomförd   ○ = Ej genomförd   – = Ej aktuell")
bun = [
 ("Ekonomi", None),
 ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "◐", "●", "Samtliga 25 granskade fakturor korrekt attesterade.", "GENOMFORD", "nej"),
 ("Avgifter för fritidshem debiteras enligt taxa", "Stickprov 40 hushåll", "●", "●", "3 felaktiga debiteringar upptäcktes och har rättats.", "GENOMFORD", "ja"),
 ("Verksamhet", None),
 ("Anmälan om kränkande behandling rapporteras till huvudman inom fem dagar", "Genomgång av samtliga anmälningar", "◐", "◐", "Rutinen fungerar i F–6. På högstadiet anmäldes 11 ärenden för sent.", "DELVIS", "ja"),
 ("Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro", "Stickprov 20 elever", "○", "○", "Ej påbörjad på grund av resursbrist inom elevhälsan.", "EJ_GENOMFORD", ""),
 ("Skolskjuts beviljas enligt riktlinjer för skolskjuts", "Genomgång av beslut", "●", "", "Kontrollen genomfördes i augusti, inga avvikelser.", "GENOMFORD", "nej"),
 ("Registerutdrag kontrolleras vid nyanställning", "Samtliga nyanställda", "●", "●", "Samtliga 48 nyanställda hade uppvisat utdrag ur belastningsregistret.", "GENOMFORD", "nej"),
 ("Systematiskt brandskyddsarbete på förskolor", "Egenkontroll", "–", "–", "Ej aktuellt 2025, hanteras av Ramnäs Bostäder AB som fastighetsägare.", "UTGAR", ""),
 ("Uppföljning av barngruppernas storlek i förskolan", "Statistik per 15 oktober", "", "Se bilaga 3", "", "OKLAR", ""),
]
t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Kontrollmetod", "T2", "Helår", "Kommentar"]):
    c.text = h; c.paragraphs[0].runs[0].bold = True
for r in bun:
    cells = t.add_row().cells
    if r[1] is None:
        m = cells[0].merge(cells[4]); m.text = r[0]; m.paragraphs[0].runs[0].bold = True
        continue
    for c, v in zip(cells, r[:5]): c.text = v
    exp(f2, "Barn- och utbildningsnämnden", r[0], r[5], r[6])
d.add_paragraph("")
d.add_heading("Åtgärdsplan", 2)
t2 = d.add_table(rows=1, cols=3); t2.style = "Table Grid"
for c, h in zip(t2.rows[0].cells, ["Åtgärd", "Ansvarig", "Klart senast"]): c.text = h
for a in [("Införa gemensam rutin för anmälan av kränkande behandling på högstadiet", "Rektor Ramnässkolan 7–9", "2026-03-31"),
          ("Utbildning i debitering av fritidshemsavgifter för administratörer", "Avgiftshandläggare", "2026-02-28"),
          ("Ta fram rutin för uppföljning av problematisk skolfrånvaro", "Elevhälsochef", "2026-06-30")]:
    for c, v in zip(t2.add_row().cells, a): c.text = v
d.add_paragraph("")
d.add_paragraph("Ramnäs den 3 februari 2026")
d.add_paragraph("Per Holm\nFörvaltningschef, Barn- och utbildningsförvaltningen")
d.save(f2); FILES.append([f2, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"])

# ---------------- 3. SN xlsx traffic lights ----------------
f3 = "Socialnämnden_IKP_2025_uppfoljning.xlsx"
G = PatternFill("solid", fgColor="FF00B050"); Y = PatternFill("solid", fgColor="FFFFC000")
R = PatternFill("solid", fgColor="FFFF0000"); GR = PatternFill("solid", fgColor="FFBFBFBF")
fills = {"g": G, "y": Y, "r": R, "x": GR, "": None}
wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Uppföljning per tertial. Status markeras med färg enligt teckenförklaring nedan. T3 = helår."
ws.append([])
ws.append(["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar helår"])
for c in ws[4]: c.font = Font(bold=True)
sn = [
 ("Myndighetsutövning barn och unga", "Utredningar drar ut på tiden", 12, "Utredningar inom barn och unga slutförs inom lagstadgad tid (fyra månader)", "Enhetschef BoU", "g", "y", "y", "12 av 70 utredningar överskred fyramånadersgränsen.", "DELVIS", "ja"),
 ("Ekonomiskt bistånd", "Felaktiga utbetalningar", 9, "Ekonomiskt bistånd utbetalas enligt riktlinjer", "Enhetschef försörjningsstöd", "g", "g", "g", "Stickprov 40 akter, inga fel.", "GENOMFORD", "nej"),
 ("Särskilt boende", "Förskingring av brukarmedel", 8, "Hantering av brukares privata medel inom särskilt boende", "Verksamhetschef äldreomsorg", "r", "y", "g", "Ny rutin införd i maj. Kontroll i november utan anmärkning.", "GENOMFORD", "nej"),
 ("Kvalitet", "Missförhållanden utreds inte", 12, "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Kvalitetsstrateg", "g", "g", "", "", "GENOMFORD", "nej"),
 ("Hemtjänst", "Felaktig läkemedelshantering", 16, "Läkemedelshantering i hemtjänsten – kontroll av signeringslistor", "MAS", "y", "r", "r", "Kontrollen kunde inte genomföras under hösten på grund av vakanser.", "EJ_GENOMFORD", ""),
 ("Placeringar", "Bristande avtalsuppföljning", 6, "Avtalsuppföljning av köpta platser på HVB enligt ramavtal", "Enhetschef BoU", "x", "x", "x", "Utgår – inga placeringar via ramavtal under 2025.", "UTGAR", ""),
 ("Informationssäkerhet", "Obehörig åtkomst till journaler", 12, "Loggkontroll av åtkomst i verksamhetssystemet", "Systemförvaltare", "", "", "", "Loggkontroll genomförd i december. Två otillåtna slagningar upptäcktes och har anmälts till dataskyddsombudet.", "GENOMFORD", "ja"),
 ("Ekonomi", "Felaktiga inköp", 6, "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "g", "g", "g", "", "GENOMFORD", "nej"),
]
for r in sn:
    ws.append([r[0], r[1], r[2], r[3], r[4], None, None, None, r[8]])
    row = ws.max_row
    for col, code in zip((6, 7, 8), r[5:8]):
        if fills[code]: ws.cell(row=row, column=col).fill = fills[code]
    exp(f3, "Socialnämnden", r[3], r[9], r[10])
ws.append([])
ws.append(["Teckenförklaring"]); ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
for code, txt in (("g", "Genomförd utan anmärkning"), ("y", "Delvis genomförd / avvikelse under åtgärd"), ("r", "Ej genomförd"), ("x", "Utgår")):
    ws.append([None, txt]); ws.cell(row=ws.max_row, column=1).fill = fills[code]
ws.append([])
ws.append(["Beslutad av socialnämnden 2026-01-22, § 7"])
for col, w in zip("ABCDEFGHI", (26, 28, 9, 55, 24, 6, 6, 6, 60)): ws.column_dimensions[col].width = w
wb.save(f3); FILES.append([f3, "INLAST", "Socialnämnden", "2025", "HELAR"])

# ---------------- 4. Stratsys CSV, two organisations ----------------
f4 = "Stratsys_export_IK_2025-12-31.csv"
rows = [["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Senast ändrad"]]
tn = "Tekniska förvaltningen"; rev = "Ramnäs Energi & Vatten AB"
def ctrl(org, proc, km, periods, st, av, nm):
    for per, s, k, dt in periods:
        rows.append([org, proc, km, per, s, k, dt])
    exp(f4, nm, km, st, av)
TNn = "Tekniska nämnden"; REn = "Ramnäs Energi och Vatten AB"
ctrl(tn, "Fordon", "Kontroll av att fordon i kommunens bilpool har fullständiga körjournaler",
     [("Tertial 1 2025", "Pågår", "", "2025-04-30"), ("Tertial 2 2025", "Pågår", "12 av 18 kontrollerade", "2025-08-31"), ("Helår 2025", "Slutförd", "Körjournaler kompletta för 18 av 18 bilar.", "2026-01-15")], "GENOMFORD", "nej", TNn)
ctrl(tn, "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
     [("Tertial 2 2025", "Slutförd", "Besiktning klar", "2025-08-29"), ("Helår 2025", "Slutförd", "Brister på tre lekplatser har åtgärdats.", "2026-01-12")], "GENOMFORD", "ja", TNn)
ctrl(tn, "Gata/park", "Entreprenör för vinterväghållning följer avtalade insatstider",
     [("Helår 2025", "Pågår", "Uppföljning av säsongen 2025/26 pågår.", "2026-01-12")], "DELVIS", "", TNn)
ctrl(tn, "Ekonomi", "Inventering av maskiner och inventarier",
     [("Tertial 1 2025", "Ej påbörjad", "", "2025-04-30"), ("Tertial 2 2025", "Ej påbörjad", "", "2025-08-31"), ("Helår 2025", "Ej påbörjad", "Flyttas till 2026.", "2026-01-15")], "EJ_GENOMFORD", "", TNn)
ctrl(tn, "Trafik", "Ansökan om statlig medfinansiering av trafiksäkerhetsåtgärder görs i tid",
     [("Tertial 2 2025", "Avbruten", "Avbruten genom beslut i TN 2025-09-10 § 45.", "2025-09-12")], "UTGAR", "", TNn)
ctrl(tn, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     [("Tertial 1 2025", "", "", "2025-04-30"), ("Helår 2025", "", "", "2026-01-15")], "SAKNAS", "", TNn)
ctrl(rev, "Fakturering", "Mätarställningar vid mätarbyte stäms av mot fakturering av vatten",
     [("Helår 2025", "Slutförd", "Avstämning gjord, 7 felaktiga mätarställningar korrigerade.", "2026-01-20")], "GENOMFORD", "ja", REn)
ctrl(rev, "Dricksvatten", "Provtagning av dricksvatten sker enligt provtagningsplan",
     [("Tertial 1 2025", "Slutförd", "", "2025-04-28"), ("Tertial 2 2025", "Slutförd", "", "2025-08-30"), ("Helår 2025", "Slutförd", "Inga avvikelser.", "2026-01-20")], "GENOMFORD", "nej", REn)
ctrl(rev, "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
     [("Helår 2025", "Pågår", "Analys av december återstår.", "2026-01-20")], "DELVIS", "", REn)
ctrl(rev, "IT/OT-säkerhet", "Behörigheter i driftövervakningssystemet (SCADA) granskas",
     [("Tertial 2 2025", "Ej påbörjad", "", "2025-08-30"), ("Helår 2025", "Ej påbörjad", "Resurser saknas, tas med i plan 2026.", "2026-01-20")], "EJ_GENOMFORD", "", REn)
ctrl(rev, "Ekonomi", "Kundfordringar äldre än 90 dagar följs upp",
     [("Helår 2025", "Slutförd", "Inga avvikelser från rutin.", "2026-01-20")], "GENOMFORD", "nej", REn)
with open(f4, "w", encoding="utf-8-sig", newline="") as fh:
    csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
FILES.append([f4, "INLAST", TNn, "2025", "HELAR"]); FILES.append([f4, "INLAST", REn, "2025", "HELAR"])

# ---------------- 5. KFN odt, text only ----------------
f5 = "KFN uppföljning internkontroll helår 2025.odt"
doc = OpenDocumentText()
h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
doc.styles.addElement(h1); doc.styles.addElement(h2)
doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Kultur- och fritidsnämnden"))
doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025 – helår"))
doc.text.addElement(P(text="Kultur- och fritidsförvaltningen har under året genomfört kontroller enligt den internkontrollplan som nämnden antog 2025-02-19. Nedan redovisas varje kontrollmoment med status och resultat."))
kfn = [
 ("Kontantkassor i simhall och bibliotek stäms av dagligen", "Status: Genomförd. Avstämningarna har gjorts dagligen. Vid ett tillfälle i juni saknades 450 kr i simhallens kassa; händelsen är utredd och polisanmäld.", "GENOMFORD", "ja"),
 ("Bidrag till föreningar betalas ut enligt beslutade bidragsregler", "Status: Genomförd. Samtliga 34 utbetalningar kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
 ("Uthyrning av lokaler faktureras enligt taxa", "Status: Delvis genomförd. Kontrollen är gjord för sporthallarna men inte för samlingslokalerna.", "DELVIS", ""),
 ("Inventering av kommunens konstsamling", "Kontrollen har inte genomförts under året då tjänsten som konstintendent varit vakant. Flyttas till internkontrollplanen 2026.", "EJ_GENOMFORD", ""),
 ("Närvarokort för lokalt aktivitetsstöd stäms av mot IdrottOnline", "Status: Ej aktuell – aktivitetsstödet administreras av RF-SISU från 2025.", "UTGAR", ""),
 ("Personuppgifter i bokningssystemet gallras enligt dataskyddsförordningen", "Status: Pågår. Gallring av äldre kunduppgifter påbörjades i november.", "DELVIS", ""),
]
for i, (km, txt, st, av) in enumerate(kfn, 1):
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f"{i}. {km}"))
    doc.text.addElement(P(text=txt))
    exp(f5, "Kultur- och fritidsnämnden", km, st, av)
doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattande bedömning"))
doc.text.addElement(P(text="Förvaltningen bedömer att den interna kontrollen i huvudsak varit tillräcklig. Två kontrollmoment förs över till 2026."))
doc.text.addElement(P(text="Ramnäs 2026-01-30"))
doc.text.addElement(P(text="Lena Berg, förvaltningschef                Jonas Åkesson, controller"))
doc.save(f5); FILES.append([f5, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"])

# ---------------- 6. MBN xls, tick columns, nämnd in print header ----------------
f6 = "MBN_IK_helar_2025.xls"
# xlwt cannot write non-ASCII print headers under Python 3 -> openpyxl + LibreOffice to .xls
wb = Workbook(); sh = wb.active; sh.title = "Uppföljning"
sh.oddHeader.center.text = "Miljö- och byggnadsnämnden – Internkontroll 2025"
sh.oddFooter.left.text = "Samhällsbyggnadsförvaltningen, Ramnäs kommun"
sh.oddFooter.right.text = "Sida &P"
sh["A1"] = "Uppföljning internkontroll helår 2025"; sh["A1"].font = Font(bold=True, size=14)
sh["A2"] = "Markera med X i den kolumn som gäller. Avvikelse anges Ja/Nej."
for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"], 1):
    sh.cell(row=4, column=i, value=h).font = Font(bold=True)
mbn = [
 ("Bygglov", "Bygglov handläggs inom lagstadgad tid (tio veckor)", "X", "", "", "Ja", "9 av 112 ärenden överskred handläggningstiden.", "GENOMFORD", "ja"),
 ("Avgifter", "Tillsynsavgifter debiteras enligt taxa", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
 ("Delegation", "Delegationsbeslut anmäls till nämnden", "", "X", "", "Nej", "Kontroll gjord för januari–juni. Hösten kontrolleras i mars 2026.", "DELVIS", "nej"),
 ("Livsmedel", "Livsmedelskontroller genomförs enligt fastställd kontrollplan", "", "", "X", "", "Kontrollskuld på grund av personalbrist.", "EJ_GENOMFORD", ""),
 ("Strandskydd", "Beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka", "X", "", "X", "", "", "OKLAR", ""),
 ("Avlopp", "Avgifter för tillsyn av enskilda avlopp debiteras", "", "", "", "", "Se bilaga 2", "OKLAR", ""),
 ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "x", "", "", "Nej", "Stickprov 20 fakturor.", "GENOMFORD", "nej"),
 ("Registratur", "Inkomna ärenden diarieförs samma dag", "", "", "", "", "", "SAKNAS", ""),
]
for r, m in enumerate(mbn, 5):
    for c in range(7):
        if m[c] != "":
            cell = sh.cell(row=r, column=c + 1, value=m[c]); cell.alignment = Alignment(wrap_text=True, vertical="top")
    exp(f6, "Miljö- och byggnadsnämnden", m[1], m[7], m[8])
r = 5 + len(mbn)
for c, v in ((2, "Antal"), (3, 4), (4, 1), (5, 2)): sh.cell(row=r, column=c, value=v).font = Font(bold=True)
sh.cell(row=r + 2, column=1, value="Upprättad av: Karin Ek, förvaltningschef, 2026-01-26")
for col, w in zip("ABCDEFG", (16, 55, 11, 9, 13, 10, 50)): sh.column_dimensions[col].width = w
wb.save("/tmp/r395_mbn.xlsx")
odir = "/tmp/r395_conv"; shutil.rmtree(odir, ignore_errors=True); os.makedirs(odir)
subprocess.run(["soffice", "--headless", LO, "--convert-to", "xls", "--outdir", odir, "/tmp/r395_mbn.xlsx"], check=True, capture_output=True)
shutil.move(os.path.join(odir, "r395_mbn.xls"), f6)
FILES.append([f6, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"])

# ---------------- 7. Ramnäs Bostäder AB ods (via xlsx + LibreOffice) ----------------
f7 = "Ramnäs Bostäder AB - Internkontroll 2025.ods"
tmpx = "/tmp/r395_rbab.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Internkontroll"
ws["A1"] = "Ramnäs Bostäder AB"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Internkontrollplan med uppföljning – verksamhetsåret 2025"
ws["A3"] = "Statuskoder: G = Genomförd utan anmärkning, GA = Genomförd med avvikelse, P = Pågående, E = Ej genomförd, U = Utgår"
ws.merge_cells("A3:I3")
ws.append([])
ws.append(["Nr", "Risk", "Sannolikhet", "Konsekvens", "Kontrollmoment", "Ansvarig", "Status 2024", "Status 2025", "Kommentar 2025"])
for c in ws[5]: c.font = Font(bold=True)
rb = [
 ("Felaktiga utbetalningar", 2, 3, "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "G", "G", "", "GENOMFORD", "nej"),
 ("Felaktig hyresdebitering", 2, 2, "Hyror debiteras enligt gällande hyresavtal", "Uthyrningschef", "GA", "G", "Stickprov 50 avtal utan fel.", "GENOMFORD", "nej"),
 ("Jäv vid upphandling", 2, 4, "Jävsdeklarationer upprättas vid upphandlingar över 700 tkr", "VD", "E", "GA", "En deklaration saknades vid upphandling av takrenovering.", "GENOMFORD", "ja"),
 ("Eftersatt underhåll", 3, 3, "Underhållsplanen följs och avvikelser rapporteras till styrelsen", "Fastighetschef", "P", "P", "Rapport till styrelsen i mars 2026.", "DELVIS", ""),
 ("Brand i bostäder", 2, 4, "Systematiskt brandskyddsarbete i bostadsbeståndet (SBA-ronder)", "Fastighetschef", "G", "E", "Ronder ej genomförda i område Norr.", "EJ_GENOMFORD", ""),
 ("Ojämlik bostadsförmedling", 1, 3, "Lägenheter förmedlas enligt uthyrningspolicyn", "Uthyrningschef", "G", "U", "Utgår – förmedling via kommunens bostadskö från mars 2025.", "UTGAR", ""),
 ("Stöld/inbrott", 3, 2, "Nyckel- och tagghantering:\nutlämnade nycklar och taggar stäms av mot nyckelregistret", "Förvaltare", "", "G", "Avstämning gjord i oktober.", "GENOMFORD", "nej"),
]
for i, r in enumerate(rb, 1):
    ws.append([i, *r[:8]])
    exp(f7, "Ramnäs Bostäder AB", r[3], r[8], r[9])
ws.append([])
ws.append(["", "Sammanfattning 2025: 4 av 7 kontrollmoment genomförda (varav 1 med avvikelse), 1 pågående, 1 ej genomfört, 1 utgår."])
ws.append(["", "VD:s kommentar: Brandskyddsronderna i område Norr prioriteras första kvartalet 2026."])
ws.append([])
ws.append(["", "Godkänd av styrelsen 2026-02-12, § 5"])
for col, w in zip("ABCDEFGHI", (5, 28, 11, 11, 60, 18, 11, 11, 55)): ws.column_dimensions[col].width = w
for row in ws.iter_rows(min_row=6):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save(tmpx)
odir = "/tmp/r395_conv"; shutil.rmtree(odir, ignore_errors=True); os.makedirs(odir)
subprocess.run(["soffice", "--headless", LO, "--convert-to", "ods", "--outdir", odir, tmpx], check=True, capture_output=True)
shutil.move(os.path.join(odir, "r395_rbab.ods"), f7)
FILES.append([f7, "INLAST", "Ramnäs Bostäder AB", "2025", "HELAR"])

# ---------------- 8. Rejected: covering letter ----------------
f8 = "Missiv internkontroll helår 2025.docx"
d = docx.Document()
d.add_paragraph("Ramnäs kommun\nEkonomiavdelningen\n2026-02-16")
d.add_heading("Missiv – nämndernas uppföljning av intern kontroll 2025", 1)
d.add_paragraph("Till kommunstyrelsen")
d.add_paragraph("Härmed översänds nämndernas och bolagens uppföljningar av internkontrollplanerna för 2025. "
                "Uppföljningarna har inkommit från kommunstyrelsen, barn- och utbildningsnämnden, socialnämnden, "
                "tekniska nämnden, kultur- och fritidsnämnden, miljö- och byggnadsnämnden samt Ramnäs Bostäder AB "
                "och Ramnäs Energi och Vatten AB. Överförmyndarnämnden och valnämnden har inte antagit någon plan för 2025.")
d.add_paragraph("Ekonomiavdelningen föreslår att kommunstyrelsen noterar uppföljningarna och ger nämnderna i uppdrag "
                "att redovisa vidtagna åtgärder i samband med delårsrapporten 2026.")
d.add_paragraph("Bilagor: uppföljningar enligt ovan (8 st)")
d.add_paragraph("Eva Sund\nEkonomichef")
d.save(f8); FILES.append([f8, "AVVISAD", "", "", ""])

# ---------------- CSVs ----------------
reg = [
 ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
 ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
 ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
 ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
 ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
 ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen"),
 ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
 ("Valnämnden", "VN"),
 ("Ramnäs Bostäder AB", "Ramnäsbostäder|RBAB"),
 ("Ramnäs Energi och Vatten AB", "Ramnäs Energi & Vatten AB|Ramnäs Energi & Vatten|REVAB"),
]
def wcsv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(header); w.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], reg)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
print(len(FILES), "file rows,", len(EXP), "controls")
