#!/usr/bin/python3
# Blind round r613 - Västerhamns kommun, helår 2025
import os, csv, zlib, struct
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
EXP = []      # expected rows
FILES = []    # files rows
B = Font(bold=True)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def exp(fil, namnd, km, status, avv):
    EXP.append([fil, namnd, km, status, avv])

# ---------------------------------------------------------------- namnder.csv
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Västerhamns Hamn AB", "Hamnbolaget|VHAB|Västerhamns hamn"),
    ("Västerhamns Vatten och Avfall AB", "VVA|Vatten och avfall|VA-bolaget"),
    ("Räddningsförbundet Västerhamn-Norrkust", "RVN|Räddningsförbundet|Räddningstjänsten Västerhamn-Norrkust"),
]
with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["nämnd", "alias"])
    for r in NAMNDER:
        w.writerow(r)

# ------------------------------------------------ 1. KS, kommun template, words
def kommun_header(ws, namnd, cols):
    ws["A1"] = "Västerhamns kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"; ws["B3"] = namnd; ws["A3"].font = B
    ws["A4"] = "Period:"; ws["B4"] = "Helår (januari–december)"; ws["A4"].font = B
    ws["A5"] = ("Instruktion: Redovisa resultatet av varje kontrollmoment. Beskriv eventuella avvikelser "
                "och vilka åtgärder som vidtas. Skickas till ekonomiavdelningen senast 2026-01-31.")
    ws["A5"].alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=cols)
    ws.row_dimensions[5].height = 30

fil = "KS_uppfoljning_internkontrollplan_2025.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
kommun_header(ws, "Kommunstyrelsen", 8)
hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
for c, h in enumerate(hdr, 1):
    x = ws.cell(7, c, h); x.font = B; x.fill = PatternFill("solid", fgColor="BDD7EE"); x.border = BOX
KS = [
    ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Redovisningschef",
     "Genomförd", "Nej", "Samtliga 30 fakturor var attesterade av behörig attestant."),
    ("1.2", "Ekonomi", "Representation – kontroll att syfte och deltagare framgår av underlaget", "Stickprov 15 verifikationer", "Controller",
     "Genomförd", "Ja", "I 4 av 15 verifikationer saknades deltagarförteckning. Information har gått ut till chefer."),
    ("1.3", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Genomgång av avstämningar april, augusti och december", "Redovisningschef",
     "Delvis genomförd", "Nej", "April och augusti avstämda. Decemberavstämningen slutförs i samband med bokslutet i februari."),
    ("2.1", "Upphandling", "Inköp följer gällande ramavtal (avtalstrohet)", "Analys i inköpsanalysverktyget", "Upphandlingschef",
     "Genomförd", "Ja", "Avtalstroheten uppgick till 86 %. Köp utanför avtal av konsulttjänster har återrapporterats till förvaltningsledningen."),
    ("2.2", "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade", "Stickprov 10 direktupphandlingar", "Upphandlingschef",
     "Ej genomförd", "", "Kontrollen har inte hunnits med på grund av vakans. Flyttas till plan 2026."),
    ("3.1", "Personal", "Lönetillägg och ändringar i lönesystemet är beslutade av behörig chef", "Stickprov 20 ändringar", "HR-chef",
     "Genomförd", "Nej", "Inga avvikelser."),
    ("3.2", "Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Genomgång i Adato", "HR-chef",
     "Utgår", "", "Utgår enligt KS beslut 2025-05-14 § 88, ersätts av kommungemensam uppföljning."),
    ("4.1", "IT och informationssäkerhet", "Behörigheter i ekonomisystemet – borttag av behörighet vid avslutad anställning", "Jämförelse mot lista över avslutade anställningar", "IT-chef",
     "Genomförd", "Ja", "Tre konton var fortfarande aktiva efter avslutad anställning och har nu stängts.\nRutinen för avslut har förtydligats."),
    ("4.2", "IT och informationssäkerhet", "Diarieföring av inkomna handlingar sker inom fem arbetsdagar", "Stickprov 25 ärenden", "Registrator",
     "", "", ""),
]
r = 8
for row in KS:
    for c, v in enumerate(row, 1):
        x = ws.cell(r, c, v); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
ws.cell(r + 1, 1, "Sammanfattande bedömning:").font = B
ws.cell(r + 1, 3, "Den interna kontrollen bedöms i huvudsak vara tillräcklig.")
ws.cell(r + 3, 1, "Upprättad av: Anna Lindqvist, ekonomichef, 2026-01-22")
for col, wdt in zip("ABCDEFGH", [6, 22, 48, 30, 18, 16, 12, 50]):
    ws.column_dimensions[col].width = wdt
wb.save(fil)
FILES.append([fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"])
st = {"Genomförd": "GENOMFORD", "Delvis genomförd": "DELVIS", "Ej genomförd": "EJ_GENOMFORD", "Utgår": "UTGAR", "": "SAKNAS"}
for row in KS:
    avv = {"Ja": "ja", "Nej": "nej", "": ""}[row[6]]
    exp(fil, "Kommunstyrelsen", row[2], st[row[5]], avv)

# ------------------------------------------------ 2. BUN, kommun template, 1/0
fil = "BUN_IK-uppfoljning_helar_2025.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
kommun_header(ws, "Barn- och utbildningsnämnden", 8)
ws.cell(7, 5, "Genomförd (1=ja, 0=nej)"); ws.merge_cells("E7:F7")
ws.cell(7, 7, "Avvikelse (1=ja, 0=nej)")
for c, h in enumerate(["Nr", "Kontrollmoment", "Frekvens", "Ansvarig", "Delår (jan–aug)", "Helår", "", "Kommentar"], 1):
    if h:
        ws.cell(8, c, h)
for rr in (7, 8):
    for c in range(1, 9):
        ws.cell(rr, c).font = B; ws.cell(rr, c).fill = PatternFill("solid", fgColor="FCE4D6"); ws.cell(rr, c).border = BOX
ws.merge_cells("A7:A8"); ws["A7"] = "Nr"
ws.merge_cells("B7:B8"); ws["B7"] = "Kontrollmoment"
ws.merge_cells("C7:C8"); ws["C7"] = "Frekvens"
ws.merge_cells("D7:D8"); ws["D7"] = "Ansvarig"
ws.merge_cells("G7:G8")
ws.merge_cells("H7:H8"); ws["H7"] = "Kommentar"
BUN = [  # nr, km, frekv, ansv, delar, helar, avv, komm, status, avvexp
    ("GRUPP", "Process: Ekonomi och administration"),
    ("1", "Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen", "2 ggr/år", "Skolskjutssamordnare", 1, 1, 0, "", "GENOMFORD", "nej"),
    ("2", "Barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift", "1 ggr/år", "Administrativ chef", None, 1, 1,
     "Stickprov 40 hushåll. 3 hushåll hade inte lämnat ny inkomstuppgift, avgift har korrigerats.", "GENOMFORD", "ja"),
    ("3", "Attest av leverantörsfakturor enligt attestordningen", "2 ggr/år", "Controller", 1, None, 0,
     "Helårskontrollen samordnas med kommunstyrelsens stickprov.", "GENOMFORD", "nej"),
    ("4", "Inventarieförteckning finns och är uppdaterad på varje skolenhet", "1 ggr/år", "Rektorer", None, 0, None,
     "Påbörjad – 12 av 25 enheter har lämnat uppdaterad förteckning. Resterande följs upp under våren 2026.", "DELVIS", ""),
    ("GRUPP", "Process: Elevhälsa och trygghet"),
    ("5", "Anmälan om kränkande behandling rapporteras till huvudman inom fem dagar", "Tertialvis", "Verksamhetschef grundskola", 1, 1, 1,
     "I 7 av 52 ärenden skedde anmälan efter mer än fem dagar.", "GENOMFORD", "ja"),
    ("6", "Frånvarouppföljning – kontakt med vårdnadshavare vid upprepad ogiltig frånvaro", "2 ggr/år", "Rektorer", 1, 1, 0, "", "GENOMFORD", "nej"),
    ("7", "Registerutdrag ur belastningsregistret har begärts vid nyanställning", "1 ggr/år", "HR-konsult", None, 0, None,
     "Ej genomförd på grund av omorganisation av HR-stödet. Läggs in i planen för 2026.", "EJ_GENOMFORD", ""),
    ("8", "Kontroll av att individuella utvecklingsplaner upprättas i förskoleklass", "1 ggr/år", "Verksamhetschef förskola", None, "-", None,
     "Utgår – ersatt av kontrollmoment 6 enligt beslut BUN 2025-03-18 § 22.", "UTGAR", ""),
    ("9", "Livsmedelshantering i skolkök följer egenkontrollprogrammet", "2 ggr/år", "Kostchef", 1, 1, 0, "Inga anmärkningar vid miljöförvaltningens inspektion.", "GENOMFORD", "nej"),
]
r = 9
for row in BUN:
    if row[0] == "GRUPP":
        ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="EDEDED")
    else:
        vals = row[:8]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 1).value = int(row[0])
        exp(fil, "Barn- och utbildningsnämnden", row[1], row[8], row[9])
    r += 1
ws.cell(r, 4, "Antal genomförda helår:").font = B
ws.cell(r, 6, "=SUM(F10:F19)").font = B
ws.cell(r + 2, 1, "Beslutad i BUN 2026-02-10 § 9")
for col, wdt in zip("ABCDEFGH", [5, 55, 12, 24, 14, 10, 14, 55]):
    ws.column_dimensions[col].width = wdt
wb.save(fil)
FILES.append([fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"])

# ------------------------------------------------ 3. Hamnbolaget, docx board template
fil = "Hamnbolaget_Intern_kontroll_2025.docx"
d = Document()
d.sections[0].header.paragraphs[0].text = "Västerhamns Hamn AB\tStyrelsehandling\t2026-02-12"
d.add_heading("Rapport om intern kontroll 2025", 0)
d.add_paragraph("Till styrelsen för Västerhamns Hamn AB (org.nr 556712-3456)")
d.add_paragraph("Rapporten avser uppföljning av bolagets internkontrollplan för räkenskapsåret 2025 (helår). "
                "Planen fastställdes av styrelsen 2025-02-20.")
d.add_heading("Styrelsens bedömning", 1)
d.add_paragraph("Styrelsen bedömer att bolagets interna kontroll under 2025 i allt väsentligt har varit tillräcklig. "
                "Brister har noterats avseende hantering av tillträdeskort inom hamnområdet samt dokumentation av "
                "avfallsmottagning från fartyg. Åtgärder har beslutats och följs upp under 2026.")
d.add_heading("Genomförda kontroller", 1)
HAMN = [
    ("GRUPP", "Ekonomi"),
    ("Attest av leverantörsfakturor enligt attestordningen", "Ja", "Stickprov om 25 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Fakturering av hamnavgifter sker enligt fastställd taxa", "Ja", "I två fall hade fel bruttodräktighet använts, vilket gav för låg avgift. Rättat och efterdebiterat.", "GENOMFORD", "ja"),
    ("Avtal om arrenden och uthyrning av lokaler är registrerade i avtalsdatabasen", "Delvis", "Arrendeavtalen är registrerade. Lokalavtalen för Norra kajen återstår.", "DELVIS", ""),
    ("GRUPP", "Hamnskydd (ISPS)"),
    ("Tillträdeskort till hamnskyddsområdet spärras när behov upphör", "Ja", "14 kort tillhörande entreprenörer var aktiva trots avslutade uppdrag. Korten är spärrade och rutin för avslut har införts.", "GENOMFORD", "ja"),
    ("Övning enligt hamnskyddsplanen genomförs och dokumenteras", "Ja", "Övning genomfördes 2025-10-08 tillsammans med Kustbevakningen.", "GENOMFORD", "nej"),
    ("GRUPP", "Miljö och säkerhet"),
    ("Mottagning av avfall från fartyg dokumenteras enligt avfallsmottagningsplanen", "Ja", "Dokumentationen var ofullständig för 9 av 60 anlöp. Utbildning av personal genomförd i november.", "GENOMFORD", "ja"),
    ("Egenkontroll av oljeskyddsutrustning", "Nej", "Kontrollen sköts upp till våren 2026 i avvaktan på ny utrustning.", "EJ_GENOMFORD", ""),
    ("Uppföljning av arbetsmiljöronder på kajerna", "Ej aktuellt", "Ronderna ingår from 2025 i kommunens gemensamma arbetsmiljöuppföljning.", "UTGAR", ""),
]
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in enumerate(["Kontrollpunkt", "Utfört", "Iakttagelse"]):
    t.rows[0].cells[c].text = h
    t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
for row in HAMN:
    cells = t.add_row().cells
    if row[0] == "GRUPP":
        m = cells[0].merge(cells[2]); m.text = row[1]; m.paragraphs[0].runs[0].bold = True
    else:
        for c in range(3):
            cells[c].text = row[c]
        exp(fil, "Västerhamns Hamn AB", row[0], row[3], row[4])
d.add_paragraph("")
d.add_paragraph("Västerhamn 2026-02-12")
d.add_paragraph("Per Ekström, VD")
d.save(fil)
FILES.append([fil, "INLAST", "Västerhamns Hamn AB", "2025", "HELAR"])

# ------------------------------------------------ 4. VVA, docx board template, symbols, two tables
fil = "VVA_styrelserapport_IK_2025.docx"
d = Document()
d.sections[0].header.paragraphs[0].text = "VVA – Västerhamns Vatten och Avfall AB"
d.add_heading("Uppföljning av intern kontroll – verksamhetsåret 2025", 1)
d.add_paragraph("Rapport per 2025-12-31. Ärende 7 till styrelsesammanträdet 2026-02-19.")
d.add_heading("Styrelsens bedömning", 2)
d.add_paragraph("Styrelsen konstaterar att merparten av kontrollerna har genomförts. För VA-verksamheten noteras att "
                "provtagningsplanen inte följts fullt ut under sommaren. Styrelsen ger VD i uppdrag att återrapportera "
                "vidtagna åtgärder vid sammanträdet i juni 2026.")
d.add_paragraph("Teckenförklaring: ✓ = utfört   (✓) = delvis utfört   ✗ = ej utfört   – = ej aktuellt / utgår")
VA = [
    ("Vattenverksamheten", [
        ("Provtagning av dricksvatten enligt fastställd provtagningsplan", "(✓)", "Två provtagningstillfällen i juli uteblev på grund av semesterbemanning. Övriga prover tagna utan anmärkning.", "DELVIS", "ja"),
        ("Debitering av brukningsavgifter enligt VA-taxan", "✓", "Stickprov 50 abonnenter. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Mätaravläsning och byte av vattenmätare enligt bytesplan", "✓", "Bytesplanen följd, 1 240 mätare bytta.", "GENOMFORD", "nej"),
        ("Kontroll av att anslutningsavgifter faktureras vid nyanslutning", "✗", "Ej utfört – ansvarig controller slutade i september.", "EJ_GENOMFORD", ""),
        ("Tillträdesskydd vid vattenverk och reservoarer", "✓", "Larm vid Skärviks reservoar var ur funktion i tre dygn utan att det upptäcktes. Rutin för larmkvittens har skärpts.", "GENOMFORD", "ja"),
    ]),
    ("Avfallsverksamheten", [
        ("Vägning och debitering av avfall vid återvinningscentralen", "✓", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hämtning av hushållsavfall enligt hämtschema – uppföljning av missade hämtningar", "✓", "0,4 % missade hämtningar, inom målvärdet.", "GENOMFORD", "nej"),
        ("Farligt avfall hanteras och transporteras med giltiga tillstånd", "", "Kontrollen har inte utförts under året.", "EJ_GENOMFORD", ""),
        ("Uppföljning av entreprenörens avtalsvillkor för slamtömning", "–", "Utgår, avtalet upphörde 2025-03-31 och verksamheten drivs i egen regi.", "UTGAR", ""),
        ("Attest och behörigheter i debiteringssystemet", "✓ ✗", "Se bilaga 2.", "OKLAR", ""),
    ]),
]
for rubrik, rows in VA:
    d.add_heading(rubrik, 3)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in enumerate(["Kontrollpunkt", "Utfört", "Iakttagelse"]):
        t.rows[0].cells[c].text = h
    for row in rows:
        cells = t.add_row().cells
        for c in range(3):
            cells[c].text = row[c]
        exp(fil, "Västerhamns Vatten och Avfall AB", row[0], row[3], row[4])
    d.add_paragraph("")
d.add_paragraph("Bilagor: 1. Internkontrollplan 2025  2. Behörighetsgenomgång debiteringssystem")
d.add_paragraph("Lena Hagström, VD")
d.save(fil)
FILES.append([fil, "INLAST", "Västerhamns Vatten och Avfall AB", "2025", "HELAR"])

# ------------------------------------------------ 5. Räddningsförbundet, sheets 2024/2025, tertial codes
fil = "RVN_internkontroll.xlsx"
wb = Workbook()
ws24 = wb.active; ws24.title = "2024"
ws25 = wb.create_sheet("2025")
def rf_sheet(ws, year, rows):
    ws["A1"] = f"Räddningsförbundet Västerhamn-Norrkust – Internkontroll {year}"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per tertial. Fylls i av respektive funktionsansvarig."
    h = ["Område", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, v in enumerate(h, 1):
        x = ws.cell(4, c, v); x.font = B; x.border = BOX; x.fill = PatternFill("solid", fgColor="F8CBAD")
    r = 5; prev = None
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            if c == 1 and v == prev:
                continue
            x = ws.cell(r, c, v if v != "" else None); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top")
        prev = row[0]; r += 1
    r += 1
    ws.cell(r, 1, "Förklaring:").font = B
    ws.cell(r + 1, 1, "G = Genomförd"); ws.cell(r + 2, 1, "P = Pågår / delvis genomförd")
    ws.cell(r + 3, 1, "E = Ej genomförd"); ws.cell(r + 4, 1, "U = Utgår")
    ws.cell(r + 5, 1, "A = Avvikelse noterad (anges efter statuskoden, t.ex. G/A)")
    for col, wdt in zip("ABCDEFG", [20, 55, 20, 7, 7, 7, 60]):
        ws.column_dimensions[col].width = wdt
RF24 = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "", "G", "G", ""),
    ("Ekonomi", "Fakturering av automatlarm (onödiga larm)", "Ekonomichef", "E", "E", "P", "Nytt system införs."),
    ("Operativ verksamhet", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", "Stf räddningschef", "P", "P", "E", "Eftersläpning."),
    ("Operativ verksamhet", "Kontroll av andningsskyddsutrustning", "Materialansvarig", "G", "G", "G", ""),
]
RF25 = [  # område, km, ansvarig, T1, T2, T3, komm, status, avv
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "", "G", "G", "", "GENOMFORD", "nej"),
    ("Ekonomi", "Fakturering av automatlarm (onödiga larm) sker inom 30 dagar", "Ekonomichef", "P", "P", "G/A", "Efter systembytet faktureras larmen löpande. 11 larm från våren fakturerades först i oktober.", "GENOMFORD", "ja"),
    ("Ekonomi", "Ersättning till deltidsbrandmän – kontroll av timrapporter mot larmlogg", "Löneadministratör", "", "P", "", "Stickprov för T1 och T2 klart.", "DELVIS", ""),
    ("Operativ verksamhet", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", "Stf räddningschef", "P", "P", "P", "82 % av planerade tillsyner genomförda vid årets slut.", "DELVIS", ""),
    ("Operativ verksamhet", "Kontroll av andningsskyddsutrustning enligt AFS", "Materialansvarig", "G", "G", "G", "", "GENOMFORD", "nej"),
    ("Operativ verksamhet", "Insatsrapporter upprättas inom 7 dagar efter insats", "Insatsledare", "G", "G/A", "G/A", "T3: 14 av 210 rapporter sena.", "GENOMFORD", "ja"),
    ("Operativ verksamhet", "Övning i samverkan med hamnbolaget vid kemikalieolycka", "Utbildningsansvarig", "E", "E", "E", "Hamnbolaget kunde inte delta 2025. Övningen genomförs maj 2026.", "EJ_GENOMFORD", ""),
    ("Förebyggande", "Sotning och brandskyddskontroll följer fastställda frister", "Förebyggandechef", "U", "", "", "Ansvaret övergick till kommunerna 2025-01-01.", "UTGAR", ""),
    ("Förebyggande", "Handläggning av tillstånd för brandfarlig vara inom lagstadgad tid", "Förebyggandechef", "", "", "", "", "SAKNAS", ""),
    ("Personal", "Läkarundersökning och arbetsprov för rökdykare är genomförda", "HR-ansvarig", "", "", "G", "", "GENOMFORD", "nej"),
]
rf_sheet(ws24, 2024, RF24)
rf_sheet(ws25, 2025, RF25)
wb.active = 0
wb.save(fil)
FILES.append([fil, "INLAST", "Räddningsförbundet Västerhamn-Norrkust", "2025", "HELAR"])
for row in RF25:
    exp(fil, "Räddningsförbundet Västerhamn-Norrkust", row[1], row[7], row[8])

# ------------------------------------------------ 6. UTF-16 Stratsys export, two nämnder
fil = "Stratsys_export_internkontroll_2025.csv"
cols = ["Organisation", "Process", "Kontrollmoment", "Rapporteringsperiod", "Status", "Avvikelse", "Kommentar", "Ansvarig"]
EXPO = [  # org, process, km, [(period, status, avv, komm)], ansv, expected status, avv, namnd
    ("Samhällsbyggnadsförvaltningen", "Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (10 veckor)",
     [("Tertial 2 2025", "Pågående", "", "Mätning pågår."), ("Helår 2025", "Genomförd", "Ja", "94 % inom tid. 12 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.")],
     "Bygglovschef", "GENOMFORD", "ja", "Samhällsbyggnadsnämnden"),
    ("Samhällsbyggnadsförvaltningen", "Myndighetsutövning", "Delegationsbeslut anmäls till nämnden",
     [("Tertial 1 2025", "Genomförd", "Nej", ""), ("Tertial 2 2025", "Genomförd", "Nej", ""), ("Helår 2025", "Genomförd", "Nej", "Samtliga delegationsbeslut anmälda.")],
     "Nämndsekreterare", "GENOMFORD", "nej", "Samhällsbyggnadsnämnden"),
    ("Samhällsbyggnadsförvaltningen", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     [("Tertial 2 2025", "Genomförd", "Nej", "Stickprov 20 fakturor."), ("Helår 2025", "", "", "")],
     "Controller", "GENOMFORD", "nej", "Samhällsbyggnadsnämnden"),
    ("Samhällsbyggnadsförvaltningen", "Gata och park", "Besiktning av lekplatser enligt besiktningsplan",
     [("Helår 2025", "Ej påbörjad", "", "Upphandling av besiktningsman överprövades. Besiktning sker våren 2026.")],
     "Parkchef", "EJ_GENOMFORD", "", "Samhällsbyggnadsnämnden"),
    ("Samhällsbyggnadsförvaltningen", "Gata och park", "Vinterväghållning – kontroll av entreprenörens utryckningstider",
     [("Helår 2025", "Delvis genomförd", "Ja", "Kontrollerat januari–mars. Vid två tillfällen överskreds utryckningstiden.\nKontroll för november–december återstår.")],
     "Gatuchef", "DELVIS", "ja", "Samhällsbyggnadsnämnden"),
    ("Samhällsbyggnadsförvaltningen", "Miljö", "Tillsyn av förorenade områden enligt tillsynsplan",
     [("Helår 2025", "", "", "")],
     "Miljöchef", "SAKNAS", "", "Samhällsbyggnadsnämnden"),
    ("Kultur- och fritidsförvaltningen", "Föreningsbidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
     [("Tertial 2 2025", "Genomförd", "Nej", ""), ("Helår 2025", "Genomförd", "Ja", "En förening hade fått aktivitetsstöd för fel antal deltagartillfällen. Återkrav har skickats.")],
     "Fritidskonsulent", "GENOMFORD", "ja", "Kultur- och fritidsnämnden"),
    ("Kultur- och fritidsförvaltningen", "Kassahantering", "Kontanthantering i simhallens kassa stäms av dagligen",
     [("Helår 2025", "Genomförd", "Nej", "")],
     "Badchef", "GENOMFORD", "nej", "Kultur- och fritidsnämnden"),
    ("Kultur- och fritidsförvaltningen", "Kassahantering", "Inventering av bibliotekets mediebestånd",
     [("Helår 2025", "Ej aktuell", "", "Inventering görs vartannat år, nästa gång 2026.")],
     "Bibliotekschef", "UTGAR", "", "Kultur- och fritidsnämnden"),
    ("Kultur- och fritidsförvaltningen", "Uthyrning", "Bokning och fakturering av idrottshallar stämmer mot bokningssystemet",
     [("Tertial 1 2025", "Pågående", "", ""), ("Helår 2025", "Pågående", "", "Avstämning klar för sex av nio hallar.")],
     "Bokningsansvarig", "DELVIS", "", "Kultur- och fritidsnämnden"),
    ("Kultur- och fritidsförvaltningen", "Uthyrning", "Hyresavtal med föreningar för klubbstugor är aktuella",
     [("Helår 2025", "", "", "Se bilaga.")],
     "Fritidschef", "OKLAR", "", "Kultur- och fritidsnämnden"),
]
def q(s):
    if any(ch in s for ch in '\t"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s
lines = ["\t".join(cols)]
for org, proc, km, pers, ansv, es, ea, nm in EXPO:
    for per, s, a, k in pers:
        lines.append("\t".join(q(x) for x in [org, proc, km, per, s, a, k, ansv]))
    exp(fil, nm, km, es, ea)
with open(fil, "wb") as f:
    f.write(("\r\n".join(lines) + "\r\n").encode("utf-16"))
FILES.append([fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"])
FILES.append([fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"])

# ------------------------------------------------ 7. Socialnämnden, .odt prose
fil = "SN_uppfoljning_intern_kontroll_helar2025.odt"
doc = OpenDocumentText()
hs = Style(name="Rubrik", family="paragraph"); hs.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
h2 = Style(name="Rubrik2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
h2.addElement(ParagraphProperties(margintop="0.3cm"))
doc.automaticstyles.addElement(hs); doc.automaticstyles.addElement(h2)
def para(txt, style=None):
    doc.text.addElement(P(text=txt, stylename=style) if style else P(text=txt))
para("Tjänsteskrivelse – Socialförvaltningen", None)
para("Uppföljning av intern kontroll 2025 – helårsrapport", hs)
para("Dnr SN 2026/14")
para("Förslag till beslut: Socialnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den till kommunstyrelsen.")
para("Bakgrund", h2)
para("Enligt kommunens reglemente för intern kontroll ska nämnden årligen följa upp sin internkontrollplan. "
     "Planen för 2025 antogs av socialnämnden 2024-12-11 § 187 och omfattar sex kontrollmoment. "
     "Nedan redovisas resultatet för respektive kontrollmoment.")
SN = [
    ("Beslut om försörjningsstöd fattas av handläggare med rätt delegation",
     "Kontrollen är genomförd. Stickprov i 30 ärenden visade att samtliga beslut fattats enligt delegationsordningen. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Utredningar inom barn och unga avslutas inom fyra månader",
     "Kontrollen är genomförd. Av 118 avslutade utredningar överskred 21 fyramånadersgränsen utan beslut om förlängning. "
     "En handlingsplan med veckovis uppföljning av utredningstider har tagits fram.",
     "GENOMFORD", "ja"),
    ("Genomförandeplaner inom hemtjänsten upprättas och följs upp var sjätte månad",
     "Granskningen påbörjades i oktober. Hittills har två av fem hemtjänstgrupper granskats. Arbetet slutförs under första kvartalet 2026.",
     "DELVIS", ""),
    ("Läkemedelshantering på särskilda boenden – avvikelserapportering",
     "Kontrollen har inte genomförts under 2025 eftersom medicinskt ansvarig sjuksköterska varit vakant sedan maj. Kontrollmomentet förs över till planen för 2026.",
     "EJ_GENOMFORD", ""),
    ("Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov om 25 fakturor har granskats utan anmärkning.",
     "GENOMFORD", "nej"),
    ("Kontroll av avgiftsbeslut för äldreomsorg",
     "Kontrollmomentet utgår efter beslut i socialnämnden 2025-06-18 § 96 då avgiftshandläggningen flyttats till kommunstyrelsens servicecenter.",
     "UTGAR", ""),
]
para("Resultat per kontrollmoment", h2)
for i, (km, txt, s, a) in enumerate(SN, 1):
    para(km, h2)
    para(txt)
    exp(fil, "Socialnämnden", km, s, a)
para("Sammanfattande bedömning", h2)
para("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar, men att rutinerna för utredningstider behöver stärkas.")
para("Maria Sundberg, socialchef")
doc.save(fil)
FILES.append([fil, "INLAST", "Socialnämnden", "2025", "HELAR"])

# ------------------------------------------------ 8. reject: PNG renamed .xlsx
fil = "Overformyndaren_IK_2025.xlsx"
def png(wd, ht):
    raw = b"".join(b"\x00" + bytes([(x * 7 + y * 3) % 256 for x in range(wd)]) for y in range(ht))
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", wd, ht, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
with open(fil, "wb") as f:
    f.write(png(320, 200))
FILES.append([fil, "AVVISAD", "", "", ""])

# ---------------------------------------------------------------- CSVs
with open("files.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
with open("expected.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
print(len(FILES), "file rows,", len(EXP), "controls")
