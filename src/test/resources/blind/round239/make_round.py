#!/usr/bin/python3
"""Blind round r239 – Hedemora-Åsen (fiktiv), koncernpaket helår 2025."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
import docx
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = OUT   # follow-up files lie directly in the round folder

files_rows = []     # fil;utfall;nämnd;år;period
exp_rows = []       # fil;nämnd;kontrollmoment;status;avvikelse

def exp(fil, namnd, km, status, avv):
    exp_rows.append([fil, namnd, km, status, avv])

# ---------------------------------------------------------------- 1 Åsenbostäder (docx)
F1 = "Åsenbostäder_IK-rapport_helår2025_2026-01-28.docx"
d = docx.Document()
d.sections[0].header.paragraphs[0].text = "ÅSENBOSTÄDER AB  |  Org.nr 556xxx-1234  |  Internt"
d.add_heading("Rapport intern kontroll 2025 – helår", level=1)
d.add_paragraph("Till styrelsen samt för kännedom till kommunens koncernekonomi (Stadshus AB).")
d.add_paragraph("Styrelsen fastställde bolagets plan för intern kontroll 2025-02-14. Nedan redovisas utfallet "
                "för samtliga granskningspunkter. Utfall anges som Utan anmärkning, Med anmärkning, Pågår, "
                "Ej genomförd eller Utgår.")
t = d.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Nr", "Granskningspunkt", "Granskningsmetod", "Utfall", "Kommentar VD"]):
    c.text = h
rows1 = [
    ("1", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Stickprov 25 fakturor", "Utan anmärkning",
     "Samtliga fakturor korrekt attesterade.", "GENOMFORD", "nej"),
    ("2", "Hyresavisering – att nya hyror efter 2025 års hyresförhandling lagts in korrekt", "Stickprov 30 kontrakt",
     "Med anmärkning", "Två kontrakt hade fel hyresnivå. Rättat och mellanskillnaden återbetald i oktober.", "GENOMFORD", "ja"),
    ("3", "Hyresfordringar, inkasso och avhysningsärenden hanteras enligt rutin", "Genomgång av samtliga ärenden",
     "Utan anmärkning", "", "GENOMFORD", "nej"),
    ("4", "Upphandling av entreprenader följer LOU och bolagets upphandlingspolicy", "Granskning av 5 upphandlingar",
     "Pågår", "Tre av fem upphandlingar granskade utan brister. Resterande två slutförs i februari 2026.", "DELVIS", "nej"),
    ("5", "Systematiskt brandskyddsarbete (SBA) i flerbostadshus", "Egenkontroll enligt checklista",
     "Med anmärkning", "Bristande dokumentation i fyra fastigheter på Åsenvägen.\nÅtgärdsplan beslutad, klar Q1 2026.",
     "GENOMFORD", "ja"),
    ("6", "Representation och gåvor följer koncernens riktlinjer", "Genomgång konto 6071–6072",
     "Ej genomförd", "Flyttas till 2026 p.g.a. vakans på ekonomifunktionen.", "EJ_GENOMFORD", ""),
    ("7", "Behörigheter i fastighetssystemet tas bort för avslutade anställda", "Kontroll av behörighetslista mot HR",
     "Utan anmärkning", "", "GENOMFORD", "nej"),
    ("8", "Rapportering enligt ägardirektiv till Hedemora-Åsen Stadshus AB", "—",
     "Utgår", "Ersatt av koncerngemensam kontroll enligt beslut i Stadshus AB:s styrelse 2025-04-22.", "UTGAR", ""),
]
for r in rows1:
    cells = t.add_row().cells
    for i in range(5):
        cells[i].text = r[i]
    exp(F1, "Åsenbostäder AB", r[1], r[5], r[6])
d.add_paragraph("")
d.add_paragraph("Hedemora 2026-01-28")
d.add_paragraph("Karin Lindqvist\nVerkställande direktör")
d.save(os.path.join(FILES, F1))
files_rows.append([F1, "INLAST", "Åsenbostäder AB", "2025", "HELAR"])

# ---------------------------------------------------------------- 2 Hedemora-Åsen Energi AB (xlsx)
F2 = "HAE_internkontroll_2025_bokslut.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "IK 2025"
ws["A1"] = "Hedemora-Åsen Energi AB"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Internkontroll 2025 – uppföljning till bokslut"; ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Rapporterat av: Per Hallberg, ekonomichef, 2026-02-03"
ws["A4"] = "Utfall:  ✓ = utförd utan avvikelse    ! = utförd, avvikelse noterad    ○ = ej utförd    – = ej aktuell"
ws["A4"].font = Font(italic=True)
hdr = ["Nr", "Granskningspunkt", "Ansvarig", "Frekvens", "Utfall T2", "Utfall helår", "Kommentar VD"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=i, value=h); c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="BDD7EE")
groups2 = [
    ("EKONOMI", [
        ("E1", "Attest och utbetalning av leverantörsfakturor", "Ekonomichef", "Tertial", "✓", "✓", "", "GENOMFORD", "nej"),
        ("E2", "Avstämning av kundreskontra mot huvudbok", "Redovisningsansvarig", "Månad", "✓", "!",
         "Differens 42 tkr i november, utredd och justerad i december.", "GENOMFORD", "ja"),
        ("E3", "Nätavgifter debiteras enligt fastställd tariff", "Kundtjänstchef", "Helår", None, "✓", "", "GENOMFORD", "nej"),
        ("E4", "Leasing- och hyresavtal registrerade i avtalsdatabasen", "Inköpare", "Helår", "○", "○",
         "Har inte hunnits med. Läggs in i plan 2026.", "EJ_GENOMFORD", ""),
    ]),
    ("ELNÄT, FJÄRRVÄRME OCH DRIFT", [
        ("D1", "Egenkontroll av elsäkerhet enligt Elsäkerhetsverkets föreskrifter", "Elsäkerhetsansvarig", "Halvår", "✓", None,
         "", "GENOMFORD", "nej"),
        ("D2", "Rapportering av elavbrott till Energimarknadsinspektionen", "Driftchef", "Helår", "–", "–",
         "Ej aktuell 2025 – rapporteras från 2026 enligt nya föreskrifter.", "UTGAR", ""),
        ("D3", "Fjärrvärme – mätarbyten genomförs enligt byteplan", "Driftchef", "Tertial", "!", "!",
         "Eftersläpning ca 60 mätare. Åtgärdsplan beslutad av ledningsgruppen.", "GENOMFORD", "ja"),
        ("D4", "Skyddsronder i produktionsanläggningar dokumenteras", "Driftchef", "Halvår", "✓", "✓",
         "Ronder genomförda i maj och november.", "GENOMFORD", "nej"),
    ]),
    ("IT OCH INFORMATIONSSÄKERHET", [
        ("I1", "Behörighetsgenomgång i affärssystemet", "IT-chef", "Halvår", "✓", "✓ !", "Se PM från IT.", "OKLAR", ""),
        ("I2", "Test av återläsning av säkerhetskopior", "IT-chef", "Helår", None, None, "", "SAKNAS", ""),
        ("I3", "Phishing-övning för samtliga anställda", "IT-chef", "Helår", None, "✓",
         "Genomförd i oktober, 11 % klickfrekvens.", "GENOMFORD", "nej"),
    ]),
]
r = 7
for g, items in groups2:
    ws.cell(row=r, column=1, value=g).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="E7E6E6")
    r += 1
    for it in items:
        for i, v in enumerate(it[:7], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i in (5, 6):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(F2, "Hedemora-Åsen Energi AB", it[1], it[7], it[8])
        r += 1
r += 1
ws.cell(row=r, column=1, value="Antal granskningspunkter: 11, varav utförda 8")
ws.cell(row=r + 2, column=1, value="Godkänd av VD Anders Myrberg 2026-02-05")
for col, w in zip("ABCDEFG", [6, 52, 20, 10, 10, 12, 50]):
    ws.column_dimensions[col].width = w
ws.oddHeader.center.text = "Hedemora-Åsen Energi AB – Internkontroll 2025"
wb.save(os.path.join(FILES, F2))
files_rows.append([F2, "INLAST", "Hedemora-Åsen Energi AB", "2025", "HELAR"])

# ---------------------------------------------------------------- 3 Gemensamma servicenämnden (ods)
F3 = "Gemensam servicenämnd - uppföljning IKP 2025 helår.ods"
ods = OpenDocumentSpreadsheet()
tb = Table(name="Uppföljning helår")
for _ in range(7):
    tb.addElement(TableColumn())

def odrow(vals, span=None):
    tr = TableRow()
    for i, v in enumerate(vals):
        if v == "__COVERED__":
            tr.addElement(CoveredTableCell()); continue
        kw = {"valuetype": "string"} if v else {}
        if span and i in span:
            kw["numberrowsspanned"] = span[i]
        tc = TableCell(**kw)
        if v:
            for line in v.split("\n"):
                tc.addElement(P(text=line))
        tr.addElement(tc)
    tb.addElement(tr)

odrow(["Gemensamma servicenämnden för Hedemora-Åsen och Norrvik"] + [""] * 6)
odrow(["Uppföljning av internkontrollplan 2025 – helår"] + [""] * 6)
odrow(["Värdkommun: Hedemora-Åsen kommun. Kontrollerna avser båda samverkanskommunerna om inget annat anges."] + [""] * 6)
odrow([""] * 7)
odrow(["Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Metod", "Status helår", "Kommentar"])
gsn = [
    ("Lön", [
        ("Felaktiga utbetalningar", "Kontroll av att löneutbetalningar görs till rätt person och med rätt belopp (stickprov 40 anställda per kommun)",
         "Lönechef", "Stickprov", "Genomförd med avvikelse",
         "Hedemora-Åsen: inga fel.\nNorrvik: 2 felaktiga OB-tillägg, rättade i novemberlönen.", "GENOMFORD", "ja"),
        ("Lön efter avslut", "Avslutade anställningar – att lön inte betalas ut efter anställningens slut",
         "Lönechef", "Registerkörning", "Genomförd", "Inga avvikelser i någon av kommunerna.", "GENOMFORD", "nej"),
        ("Sen frånvaroregistrering", "Registrering av frånvaro i självservice sker inom fastställd tid",
         "Lönespecialist", "Rapportuttag", "Delvis genomförd",
         "Kontrollerat för Hedemora-Åsen utan anmärkning. Norrvik slutförs i januari 2026.", "DELVIS", "nej"),
    ]),
    ("IT/system", [
        ("Otillåten åtkomst", "Behörighetstilldelning i lönesystemet följer beslutad behörighetsmatris",
         "Systemförvaltare", "Genomgång", "Genomförd", "", "GENOMFORD", ""),
        ("Incidenter rapporteras inte", "Personuppgiftsincidenter rapporteras enligt rutin",
         "Dataskyddssamordnare", "Genomgång av logg", "Ej genomförd", "Skjuts till 2026 då ny rutin antas i mars.", "EJ_GENOMFORD", ""),
        ("Överdebitering", "Licensförbrukning Microsoft 365 stäms av mot faktura",
         "IT-strateg", "Avstämning", "Utgår",
         "Utgår enligt beslut i nämnden 2025-06-12 § 34, hanteras i ordinarie avtalsuppföljning.", "UTGAR", ""),
    ]),
    ("Kontaktcenter", [
        ("Låg tillgänglighet", "Svarstider i kontaktcenter mäts månadsvis mot servicedeklarationen",
         "Enhetschef kontaktcenter", "Statistik", "Genomförd med avvikelse",
         "Målet ej uppnått i juli och augusti (semesterperiod).", "GENOMFORD", "ja"),
        ("Handlingar diarieförs inte", "Diarieföring av inkommande e-post till kontaktcenter",
         "Registrator", "Stickprov", "", "", "SAKNAS", ""),
    ]),
    ("Inköp", [
        ("Otillåten direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras",
         "Upphandlingschef", "Stickprov 15 st", "Genomförd", "Samtliga kontrollerade direktupphandlingar dokumenterade.", "GENOMFORD", "nej"),
        ("Låg avtalstrohet", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Upphandlingschef", "Leverantörsstatistik", "",
         "Kontrollen genomfördes i december. Avtalstroheten var 94 %, inga avvikelser mot målet.", "GENOMFORD", "nej"),
    ]),
]
for proc, items in gsn:
    for k, it in enumerate(items):
        first = proc if k == 0 else "__COVERED__"
        odrow([first, it[0], it[1], it[2], it[3], it[4], it[5]], span={0: len(items)} if k == 0 else None)
        exp(F3, "Gemensamma servicenämnden", it[1], it[6], it[7])
odrow([""] * 7)
odrow(["Beslutad av Gemensamma servicenämnden 2026-02-10 § 5"] + [""] * 6)
ods.spreadsheet.addElement(tb)
ods.save(os.path.join(FILES, F3))
files_rows.append([F3, "INLAST", "Gemensamma servicenämnden", "2025", "HELAR"])

# ---------------------------------------------------------------- 4 Överförmyndarnämnden (docx, 3 kontroller)
F4 = "ÖFN_uppföljning_IK_2025-12-10.docx"
d = docx.Document()
d.add_heading("Överförmyndarnämnden i Hedemora-Åsen", level=1)
d.add_heading("Uppföljning av internkontrollplan 2025 (helår)", level=2)
d.add_paragraph("Nämndens internkontrollplan för 2025 omfattar tre kontrollmoment. Uppföljningen redovisas för "
                "nämnden vid sammanträdet 2025-12-10 och avser hela året.")
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Omfattning", "Genomförd (Ja/Nej/Delvis)", "Iakttagelser och åtgärder"]):
    c.text = h
ofn = [
    ("Granskning av årsräkningar sker inom sex månader från inlämnande", "Samtliga årsräkningar 2024", "Ja",
     "Samtliga 212 årsräkningar för 2024 granskade senast 30 oktober.", "GENOMFORD", "nej"),
    ("Kontroll av att ställföreträdare har utdrag ur belastningsregistret och kreditupplysning före förordnande",
     "20 nya förordnanden", "Ja",
     "I 2 av 20 ärenden saknades kreditupplysning i akten. Rutinen har förtydligats.", "GENOMFORD", "ja"),
    ("Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "Stickprov 15 konton", "Delvis",
     "Kontrollen är gjord för första halvåret utan avvikelser. Andra halvåret kontrolleras i januari 2026.", "DELVIS", "nej"),
]
for it in ofn:
    cells = t.add_row().cells
    for i in range(4):
        cells[i].text = it[i]
    exp(F4, "Överförmyndarnämnden", it[0], it[4], it[5])
d.add_paragraph("")
d.add_paragraph("Förslag till beslut: Överförmyndarnämnden godkänner uppföljningen av internkontrollplanen 2025.")
d.add_paragraph("Lena Sjöberg, handläggare")
d.save(os.path.join(FILES, F4))
files_rows.append([F4, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"])

# ---------------------------------------------------------------- 5 Valnämnden (docx, inga kontroller)
F5 = "Valnämnden IK helår 2025.docx"
d = docx.Document()
d.add_heading("Valnämnden – uppföljning av intern kontroll 2025", level=1)
d.add_paragraph("Datum: 2026-01-20")
d.add_paragraph("Valnämnden har inte antagit någon internkontrollplan för 2025. Under året har inga allmänna val "
                "eller folkomröstningar genomförts i kommunen, och nämndens verksamhet har varit begränsad till "
                "förberedelser inför de allmänna valen 2026.")
d.add_paragraph("Det finns därför inga kontrollmoment att följa upp för helåret 2025. Nämnden bedömer att den "
                "interna kontrollen har varit tillräcklig med hänsyn till verksamhetens omfattning.")
d.add_paragraph("En internkontrollplan för valåret 2026 behandlas av nämnden i februari 2026.")
d.add_paragraph("Anna Berglund\nValnämndens ordförande")
d.save(os.path.join(FILES, F5))
files_rows.append([F5, "INLAST", "Valnämnden", "2025", "HELAR"])

# ---------------------------------------------------------------- 6 Stratsys-export, tre nämnder (csv)
F6 = "Stratsys_Internkontroll_2025_helar_export_20260205.csv"
base = "Hedemora-Åsen kommun"
ks = f"{base}/Kommunstyrelsen/Kommunledningsförvaltningen"
bun = f"{base}/Barn- och utbildningsnämnden"
sn = f"{base}/Socialnämnden/Socialförvaltningen"
strat = [
    (ks, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Genomförd", "Genomförd", "Genomförd",
     "Stickprov 30 fakturor, inga avvikelser.", "Kommunstyrelsen", "GENOMFORD", "nej"),
    (ks, "Styrning", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "Genomförd", "Genomförd", "Pågående",
     "Anmälan av decemberbeslut sker i februari.", "Kommunstyrelsen", "DELVIS", "nej"),
    (ks, "Ekonomi", "Fakturor för utbildning och konferenser följer riktlinjerna", "Controller", "", "", "Genomförd",
     "Två fakturor saknade deltagarförteckning.", "Kommunstyrelsen", "GENOMFORD", "ja"),
    (ks, "Informationshantering", "Allmänna handlingar lämnas ut skyndsamt", "Kanslichef", "Ej påbörjad", "Ej påbörjad", "Ej påbörjad",
     "Flyttas till 2026.", "Kommunstyrelsen", "EJ_GENOMFORD", ""),
    (ks, "Ekonomi", "Löpande avstämning av bankkonton", "Redovisningschef", "", "", "",
     "Se bilaga 3.", "Kommunstyrelsen", "OKLAR", ""),
    (bun, "Personal", "Registerkontroll vid nyanställning i förskola och skola", "HR-specialist", "Genomförd", "Genomförd", "Genomförd",
     "Avvikelse: 1 av 25 saknade registerutdrag vid anställningsstart.", "Barn- och utbildningsnämnden", "GENOMFORD", "ja"),
    (bun, "Elevhälsa", "Rutin för elever med hög frånvaro följs", "Verksamhetschef grundskola", "Pågående", "Pågående", "Genomförd",
     "", "Barn- och utbildningsnämnden", "GENOMFORD", ""),
    (bun, "Ekonomi", "Statsbidrag söks och återrapporteras i tid", "Controller", "Genomförd", "", "Avbruten",
     "Avbruten genom beslut BUN 2025-09-18 § 71, statsbidraget har upphört.", "Barn- och utbildningsnämnden", "UTGAR", ""),
    (bun, "Ekonomi", "Interkommunal ersättning faktureras för elever från andra kommuner", "Skolassistent", "Ej påbörjad", "Pågående", "Pågående",
     "Hälften av höstterminens fakturor kontrollerade.", "Barn- och utbildningsnämnden", "DELVIS", ""),
    (bun, "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer", "Skolskjutssamordnare", "", "", "",
     "", "Barn- och utbildningsnämnden", "SAKNAS", ""),
    (sn, "Barn och unga", "Utredningstiden inom barn- och ungdomsvården (fyra månader) hålls", "Enhetschef IFO", "Genomförd", "Genomförd", "Genomförd",
     "12 av 60 utredningar överskred fyra månader.", "Socialnämnden", "GENOMFORD", "ja"),
    (sn, "Ekonomiskt bistånd", "Kontroll av inkomster mot Försäkringskassan (SSBTEK) vid ekonomiskt bistånd", "Enhetschef IFO", "Genomförd", "Genomförd", "Genomförd",
     "Inga avvikelser.", "Socialnämnden", "GENOMFORD", "nej"),
    (sn, "Myndighetsutövning", "Ej verkställda beslut rapporteras till IVO", "Kvalitetsstrateg", "Genomförd", "Genomförd", "",
     "Rapporteringen för kvartal 4 är gjord inom tid, inga avvikelser.", "Socialnämnden", "GENOMFORD", "nej"),
    (sn, "Vård och omsorg", "Egenkontroll av läkemedelshantering i särskilda boenden", "MAS", "", "Pågående", "Ej genomförd",
     "Egenkontrollen har inte slutförts på grund av vakant MAS-tjänst.", "Socialnämnden", "EJ_GENOMFORD", ""),
    (sn, "Vård och omsorg", "Hantering av brukares kontanter på boenden", "Enhetschef SÄBO", "Genomförd", "Genomförd", "Genomförd",
     "", "Socialnämnden", "GENOMFORD", ""),
]
with open(os.path.join(FILES, F6), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL)
    w.writerow(["Enhet", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T1", "Status T2", "Status Helår", "Kommentar helår"])
    for s in strat:
        w.writerow(s[:8])
        exp(F6, s[8], s[2], s[9], s[10])
for n in ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden"]:
    files_rows.append([F6, "INLAST", n, "2025", "HELAR"])

# ---------------------------------------------------------------- 7 KFN helår 2024, inskickad sent (xls, färgfyllning)
F7 = "KFN_IK_uppföljning_helår2024_skickad_2026-01-15.xls"
book = xlwt.Workbook(encoding="utf-8")
sh = book.add_sheet("Helår 2024")
bold = xlwt.easyxf("font: bold on")
title = xlwt.easyxf("font: bold on, height 280")
wrap = xlwt.easyxf("alignment: wrap on, vert top")
hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: bottom thin")
fill = {
    "G": xlwt.easyxf("pattern: pattern solid, fore_colour bright_green; borders: left thin, right thin, top thin, bottom thin"),
    "Y": xlwt.easyxf("pattern: pattern solid, fore_colour yellow; borders: left thin, right thin, top thin, bottom thin"),
    "R": xlwt.easyxf("pattern: pattern solid, fore_colour red; borders: left thin, right thin, top thin, bottom thin"),
    "X": xlwt.easyxf("pattern: pattern solid, fore_colour gray50; borders: left thin, right thin, top thin, bottom thin"),
    "": xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin"),
}
sh.write(0, 0, "Kultur- och fritidsnämnden", title)
sh.write(1, 0, "Uppföljning internkontrollplan 2024 – helår (tertial 3)", bold)
sh.write(2, 0, "Färgmarkering:")
sh.write(2, 1, "Genomförd", fill["G"]); sh.write(2, 2, "Delvis / pågår", fill["Y"])
sh.write(2, 3, "Ej genomförd", fill["R"]); sh.write(2, 4, "Utgår", fill["X"])
for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]):
    sh.write(4, i, h, hdrst)
kfn = [
    ("Bidrag", "Kontroll av underlag för aktivitetsstöd till föreningar", "Föreningskonsulent", "G", "G", "G",
     "Stickprov 10 föreningar. En förening hade rapporterat dubbla sammankomster, återkrav gjort.", "GENOMFORD", "ja"),
    ("Kontanthantering", "Kassahantering i simhallen och på biblioteket", "Enhetschef", "G", "", "G", "", "GENOMFORD", ""),
    ("Intäkter", "Uthyrning av lokaler faktureras enligt beslutad taxa", "Bokningsansvarig", "Y", "Y", "Y",
     "Avstämning bokningssystem mot fakturor pågår.", "DELVIS", ""),
    ("Inköp", "Inköp av konst följer riktlinjerna för offentlig konst", "Kulturchef", "", "", "X",
     "Inga inköp gjordes 2024.", "UTGAR", ""),
    ("Säkerhet", "Tillstånd och riskbedömning finns vid publika arrangemang", "Evenemangssamordnare", "R", "R", "R",
     "Ej genomförd, flyttas till plan 2025.", "EJ_GENOMFORD", ""),
    ("Avtal", "Studieförbundens återrapportering av verksamhet enligt avtal", "Föreningskonsulent", "", "Y", "",
     "Genomförd i december, utan anmärkning.", "GENOMFORD", "nej"),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningschef", "", "Y", "G", "", "GENOMFORD", ""),
]
for k, it in enumerate(kfn):
    rr = 5 + k
    sh.write(rr, 0, it[0], wrap); sh.write(rr, 1, it[1], wrap); sh.write(rr, 2, it[2], wrap)
    for j in range(3):
        sh.write(rr, 3 + j, "", fill[it[3 + j]])
    sh.write(rr, 6, it[6], wrap)
    exp(F7, "Kultur- och fritidsnämnden", it[1], it[7], it[8])
sh.write(5 + len(kfn) + 1, 0, "Antal kontrollmoment: 7")
sh.write(5 + len(kfn) + 2, 0, "Ursäkta sen inlämning – Maria Ek, nämndsekreterare")
for i, wdt in enumerate([18, 55, 22, 6, 6, 6, 55]):
    sh.col(i).width = 256 * wdt
book.save(os.path.join(FILES, F7))
files_rows.append([F7, "INLAST", "Kultur- och fritidsnämnden", "2024", "HELAR"])

# ---------------------------------------------------------------- R Följebrev (pdf) – avvisas
FR = "Åsenbostäder_följebrev_IK-rapport_2025.pdf"
d = docx.Document()
d.sections[0].header.paragraphs[0].text = "ÅSENBOSTÄDER AB"
d.add_paragraph("Hedemora 2026-01-28")
d.add_paragraph("Till: Koncernekonomi, Hedemora-Åsen Stadshus AB")
d.add_heading("Översändande av rapport om intern kontroll 2025", level=2)
d.add_paragraph("Härmed översänds Åsenbostäder AB:s rapport om intern kontroll för verksamhetsåret 2025, "
                "behandlad av bolagets styrelse 2026-01-27 § 4. Rapporten bifogas som separat fil.")
d.add_paragraph("Vid frågor kontakta undertecknad eller bolagets ekonomichef.")
d.add_paragraph("Med vänlig hälsning\nKarin Lindqvist, VD")
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "foljebrev.docx")
d.save(src)
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round239",
                "--convert-to", "pdf", "--outdir", tmp, src], check=True, capture_output=True)
shutil.copy(os.path.join(tmp, "foljebrev.pdf"), os.path.join(FILES, FR))
shutil.rmtree(tmp)
files_rows.append([FR, "AVVISAD", "", "", ""])

# ---------------------------------------------------------------- register + CSVs
namnder = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Gemensamma servicenämnden", "Gemensamma servicenämnden för Hedemora-Åsen och Norrvik|GSN|Servicenämnden|Gemensam servicenämnd|Servicecenter"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Hedemora-Åsen Stadshus AB", "Stadshus AB|Moderbolaget"),
    ("Hedemora-Åsen Energi AB", "HAE|HÅE|Åsen Energi|Energibolaget"),
    ("Åsenbostäder AB", "Åsenbostäder|ÅBAB|Bostadsbolaget"),
]
def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], namnder)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], files_rows)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], exp_rows)
print(len(files_rows), "file rows,", len(exp_rows), "controls")
