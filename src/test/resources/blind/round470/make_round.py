#!/usr/bin/python3
# Round 470 – Vaggeryds kommun, helår 2025. Builds all files + CSVs deterministically.
import os, csv, datetime
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
import docx
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)
B = Font(bold=True)
WR = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def wbfix(wb):
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.creator = "Vaggeryds kommun"; wb.properties.lastModifiedBy = "Vaggeryds kommun"

def exp(fil, n, rows):
    for r in rows:
        EXP.append((fil, n, r[0], r[1], r[2]))

# ---------------------------------------------------------------- 1 KS (easy)
fil = "KS_Internkontroll_helar_2025.xlsx"
N = "Kommunstyrelsen"
ks = [
 ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Stickprov 20 fakturor per kvartal", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
 ("2", "Ekonomi", "Kontroll av att representation följer riktlinjer för representation", "Redovisningsekonom", "Samtliga representationsfakturor över 2 000 kr", "Genomförd", "3 av 24 fakturor saknade syfte och deltagarförteckning. Påminnelse skickad till berörda chefer.", "GENOMFORD", "ja"),
 ("3", "Upphandling", "Avtalstrohet vid inköp av varor och tjänster", "Upphandlare", "Analys av leverantörsreskontra", "Delvis genomförd", "Analys gjord för januari–juni. Andra halvåret analyseras i februari 2026.", "DELVIS", ""),
 ("4", "Personal", "Kontroll av att lönetillägg och ersättningar är korrekt registrerade", "HR-chef", "Stickprov 15 anställda", "Genomförd", "Ett fel i OB-ersättning upptäcktes och har rättats.", "GENOMFORD", "ja"),
 ("5", "IT/informationssäkerhet", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning", "IT-chef", "Jämförelse mot lista över avslutade anställningar", "Ej genomförd", "Har inte hunnits med på grund av byte av ekonomisystem. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
 ("6", "Dokument- och ärendehantering", "Diarieföring av inkommande handlingar sker inom fastställd tid", "Kanslichef", "Stickprov 30 ärenden", "Genomförd", "Samtliga kontrollerade handlingar diarieförda inom en vecka.", "GENOMFORD", "nej"),
 ("7", "Säkerhet", "Uppdatering av kommunens krisledningsplan", "Säkerhetssamordnare", "Genomgång av plan", "Utgår", "Utgår enligt beslut KS 2025-04-08 § 61, ersätts av ny plan för civilt försvar.", "UTGAR", ""),
 ("8", "Föreningsstöd", "Utbetalning av föreningsbidrag sker enligt beslutade riktlinjer", "Kultur- och fritidsstrateg", "Genomgång av samtliga utbetalningar", "Genomförd", "Två föreningar har fått bidrag utan inlämnad årsredovisning. Återkrav utreds.", "GENOMFORD", "ja"),
]
wb = openpyxl.Workbook(); wbfix(wb); ws = wb.active; ws.title = "Uppföljning"
ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Nämnd: Kommunstyrelsen"; ws["A2"].font = B
ws["A3"] = "Period: Helår 2025 (januari–december)"
ws["A4"] = "Uppföljningen ska vara ekonomienheten tillhanda senast 2026-01-23. Ange status: Genomförd / Delvis genomförd / Ej genomförd / Utgår."
ws["A4"].font = Font(italic=True, size=9)
hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Metod", "Status helår", "Kommentar/åtgärd"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(6, i, h); c.font = B; c.fill = PatternFill("solid", fgColor="BDD7EE"); c.border = BOX
for r, row in enumerate(ks, 7):
    for i, v in enumerate(row[:7], 1):
        c = ws.cell(r, i, int(v) if i == 1 else v); c.alignment = WR; c.border = BOX
ws.cell(r + 2, 1, "Godkänd av: Maria Ek, kommundirektör"); ws.cell(r + 3, 1, "Datum: 2026-01-20")
for col, w in zip("ABCDEFG", [5, 22, 45, 20, 30, 16, 55]): ws.column_dimensions[col].width = w
wb.save(fil)
FILES.append((fil, "INLAST", N, "2025", "HELAR"))
exp(fil, N, [(r[2], r[7], r[8]) for r in ks])

# ---------------------------------------------------------------- 2 BUN (T1/T2/Helår sheets)
fil = "BUN_IK-uppfoljning_2025.xlsx"
N = "Barn- och utbildningsnämnden"
# (område, moment, ansvarig, (T1 status, T1 komm), (T2...), (Helår...), expected status, avv)
bun = [
 ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
  ("Genomförd", "Stickprov april, inga avvikelser."), ("Genomförd", "Stickprov augusti, inga avvikelser."),
  ("Genomförd", "Stickprov tre gånger under året, inga avvikelser."), "GENOMFORD", "nej"),
 ("Trygghet och studiero", "Anmälan till huvudman om kränkande behandling sker skyndsamt", "Rektorer",
  ("Pågår", ""), ("Pågår", "Sammanställning påbörjad."),
  ("Genomförd", "Genomgång av samtliga anmälningar: 4 av 61 anmälningar överlämnades till huvudmannen senare än fem arbetsdagar."), "GENOMFORD", "ja"),
 ("Skolplikt", "Uppföljning av elever med hög frånvaro (över 15 %)", "Elevhälsochef",
  ("", ""), ("Påbörjad", ""),
  ("Delvis genomförd", "Kontroll gjord på skolorna med årskurs 7–9. F–6 återstår och genomförs T1 2026."), "DELVIS", ""),
 ("Förskola", "Placering i förskola erbjuds inom fyra månader från ansökan", "Förskolechef",
  ("Ej påbörjad", ""), ("Pågår", ""),
  ("Genomförd", "Samtliga 212 ansökningar erbjöds plats inom garantitiden."), "GENOMFORD", "nej"),
 ("Skolskjuts", "Beslut om skolskjuts fattas i enlighet med riktlinjer för skolskjuts", "Skolskjutshandläggare",
  ("Ej påbörjad", ""), ("Ej påbörjad", "Planeras till hösten."),
  ("", "Kontrollen har inte genomförts under året då handläggaren slutat. Flyttas till 2026."), "EJ_GENOMFORD", ""),
 ("Personal", "Utdrag ur belastningsregistret uppvisas före anställning", "HR-konsult",
  ("Pågår", ""), ("Genomförd", "Stickprov 20 nyanställningar."),
  ("Genomförd", "Ett fall där utdraget visades först efter anställningens start. Rutinen har förtydligats för rektorerna."), "GENOMFORD", "ja"),
 ("Statsbidrag", "Rekvisition och återrapportering av riktade statsbidrag sker korrekt och i tid", "Controller",
  ("Ej påbörjad", ""), ("Genomförd", "Återrapportering till Skolverket klar."),
  ("Genomförd", "Inga avvikelser."), "GENOMFORD", "nej"),
]
wb = openpyxl.Workbook(); wbfix(wb)
wa = wb.active; wa.title = "Anvisning"
for i, t in enumerate([
    "Anvisning – uppföljning av internkontrollplan 2025, Barn- och utbildningsnämnden",
    "",
    "Fyll i status och kommentar i flik T1 (jan–apr), T2 (maj–aug) och Helår (jan–dec).",
    "Status anges med något av orden: Genomförd, Delvis genomförd, Pågår, Påbörjad, Ej påbörjad, Ej genomförd, Utgår.",
    "Beskriv i kommentaren vad kontrollen visat och eventuella avvikelser samt åtgärder.",
    "Kontaktperson: Johan Svensson, controller, barn- och utbildningsförvaltningen."], 1):
    wa.cell(i, 1, t)
wa["A1"].font = Font(bold=True, size=13); wa.column_dimensions["A"].width = 110
for si, (sname, sub) in enumerate([("T1", "Tertial 1 (januari–april) 2025"), ("T2", "Tertial 2 (maj–augusti) 2025"), ("Helår", "Helår 2025")]):
    ws = wb.create_sheet(sname)
    ws["A1"] = "Barn- och utbildningsnämnden – uppföljning internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = sub; ws["A2"].font = B
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"], 1):
        c = ws.cell(4, i, h); c.font = B; c.fill = PatternFill("solid", fgColor="E2EFDA"); c.border = BOX
    for r, row in enumerate(bun, 5):
        st, km = row[3 + si]
        for i, v in enumerate([row[0], row[1], row[2], st, km], 1):
            c = ws.cell(r, i, v if v != "" else None); c.alignment = WR; c.border = BOX
    for col, w in zip("ABCDE", [22, 50, 20, 18, 60]): ws.column_dimensions[col].width = w
wb.active = 3
wb.save(fil)
FILES.append((fil, "INLAST", N, "2025", "HELAR"))
exp(fil, N, [(r[1], r[6], r[7]) for r in bun])

# ---------------------------------------------------------------- 3 SN (process headings, Ja/Nej avvikelse column)
fil = "Socialnamnden_uppfoljning_intern_kontroll_helar_2025.xlsx"
N = "Socialnämnden"
sn = [
 ("Process: Myndighetsutövning individ- och familjeomsorg", None),
 ("Barn far illa när utredningstiden överskrids", "Utredningar enligt SoL avseende barn avslutas inom fyra månader", "Uttag ur verksamhetssystemet", "Halvår", "Genomförd", "Ja", "6 av 48 utredningar överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
 ("Barn far illa när utredningstiden överskrids", "Orosanmälningar förhandsbedöms inom 14 dagar", "Uttag ur verksamhetssystemet", "Halvår", "Genomförd", "Nej", "Samtliga förhandsbedömningar gjorda inom tid.", "GENOMFORD", "nej"),
 ("Felaktiga utbetalningar", "Beslut om ekonomiskt bistånd är korrekt dokumenterade och underlag finns", "Stickprov 25 akter", "Årligen", "Delvis", "", "Stickprov gjort på 12 akter.\nResterande akter granskas i januari 2026.", "DELVIS", ""),
 ("Process: Vård och omsorg", None),
 ("Brukare får inte insatser enligt beslut", "Genomförandeplaner upprättas inom 14 dagar för nya brukare i hemtjänsten", "Stickprov 30 brukare", "Årligen", "Genomförd", "Ja", "9 av 30 brukare saknade genomförandeplan inom 14 dagar.\nÅtgärd: påminnelse i verksamhetssystemet införs.", "GENOMFORD", "ja"),
 ("Felaktig läkemedelshantering", "Signeringslistor för läkemedel är fullständigt ifyllda", "Genomgång av signeringslistor, en vecka per boende", "Halvår", "Genomförd", "Nej", "Kontroll på samtliga särskilda boenden.\nInga avvikelser.", "GENOMFORD", "nej"),
 ("Missförhållanden upptäcks inte", "Rapporter enligt lex Sarah utreds och dokumenteras enligt rutin", "Genomgång av samtliga rapporter", "Årligen", "Ej genomförd", "", "Kontrollen har skjutits upp till 2026 på grund av omorganisation inom vård och omsorg.", "EJ_GENOMFORD", ""),
 ("Förskingring", "Hantering av brukares privata medel på särskilt boende", "Stickprov kassaböcker", "Kvartal", "Utgår", "", "Utgår – boendena hanterar inte längre brukarnas kontanter. Beslut SN 2025-03-19 § 34.", "UTGAR", ""),
 ("Process: Ekonomi och administration", None),
 ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Halvår", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
 ("Felaktiga avgifter", "Debitering av avgifter inom äldreomsorgen enligt maxtaxa", "Stickprov 40 avgiftsbeslut", "Årligen", "Genomförd med anmärkning", "Ja", "Felaktig avgift i 2 fall. Rättat och återbetalt till brukarna.", "GENOMFORD", "ja"),
]
wb = openpyxl.Workbook(); wbfix(wb); ws = wb.active; ws.title = "IK 2025"
ws["A1"] = "Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Uppföljning av intern kontroll – helår 2025"; ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Behandlad i socialnämndens arbetsutskott 2026-01-27"
hdr = ["Risk", "Kontrollmoment", "Metod/omfattning", "Frekvens", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(5, i, h); c.font = B; c.fill = PatternFill("solid", fgColor="FCE4D6"); c.border = BOX
r = 6
for row in sn:
    if row[1] is None:
        ws.cell(r, 1, row[0]).font = B
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    else:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(r, i, v if v != "" else None); c.alignment = WR; c.border = BOX
    r += 1
ws.cell(r + 1, 1, "Status: Genomförd / Delvis / Ej genomförd / Utgår. Avvikelse anges Ja om kontrollen visat brister.").font = Font(italic=True, size=9)
for col, w in zip("ABCDEFG", [30, 45, 28, 10, 16, 12, 55]): ws.column_dimensions[col].width = w
wb.save(fil)
FILES.append((fil, "INLAST", N, "2025", "HELAR"))
exp(fil, N, [(x[1], x[7], x[8]) for x in sn if x[1] is not None])

# ---------------------------------------------------------------- 4 Vaggerydsbostäder AB (Word report to the board)
fil = "Vaggerydsbostader_Rapport_intern_kontroll_2025.docx"
N = "Vaggerydsbostäder AB"
vb = [
 ("Hyresadministration", "Hyresavier och hyreshöjningar överensstämmer med förhandlat utfall", "Stickprov på 40 kontrakt. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
 ("Uthyrning", "Lägenheter fördelas enligt bolagets uthyrningspolicy och bostadskö", "Genomgång av 25 uthyrningar. Två lägenheter har hyrts ut utan dokumenterat köurval. Rutinen har skärpts.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
 ("Inköp", "Inköp följer LOU och bolagets inköpspolicy", "Analys av leverantörsreskontran pågår och redovisas för styrelsen i april 2026.", "Pågår", "DELVIS", ""),
 ("Fastighetsunderhåll", "Underhållsplanen följs upp och uppdateras årligen", "Underhållsplanen uppdaterad och antagen av styrelsen 2025-10-16.", "Genomförd", "GENOMFORD", "nej"),
 ("Ekonomi", "Attest och utbetalning sker enligt bolagets attestordning", "Stickprov 30 betalningar. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
 ("Brandskydd", "Systematiskt brandskyddsarbete (SBA) dokumenteras för samtliga fastigheter", "Har inte påbörjats. Ny fastighetsförvaltare anställd i november ansvarar för kontrollen 2026.", "Ej påbörjad", "EJ_GENOMFORD", ""),
]
d = docx.Document()
d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = "Vaggerydsbostäder AB"
d.add_paragraph("Vaggerydsbostäder AB").runs[0].bold = True
d.add_heading("Rapport till styrelsen – uppföljning av intern kontroll 2025", level=1)
d.add_paragraph("Styrelsemöte 2026-02-12, ärende 7")
d.add_heading("Bakgrund", level=2)
d.add_paragraph("Styrelsen fastställde bolagets internkontrollplan för 2025 den 5 december 2024. Planen omfattar sex "
                "kontrollmoment som valts ut efter en risk- och väsentlighetsanalys. Enligt ägardirektivet ska bolaget "
                "årligen redovisa resultatet av den interna kontrollen till kommunstyrelsen i Vaggeryds kommun.")
d.add_heading("Resultat helår 2025", level=2)
d.add_paragraph("Nedan redovisas utfallet för respektive kontrollmoment för helåret 2025.")
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Utfall och kommentar", "Status"]):
    t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
for row in vb:
    cs = t.add_row().cells
    for i in range(4): cs[i].text = row[i]
d.add_heading("Bedömning", level=2)
d.add_paragraph("VD bedömer att den interna kontrollen i bolaget i huvudsak är tillräcklig. De avvikelser som "
                "identifierats har åtgärdats eller omhändertas i internkontrollplanen för 2026.")
d.add_heading("Bilaga – riskbedömning inför 2026", level=2)
t2 = d.add_table(rows=1, cols=4); t2.style = "Table Grid"
for i, h in enumerate(["Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde"]):
    t2.rows[0].cells[i].text = h
for rr in [("Hyresförluster vid långa vakanser", "2", "3", "6"), ("Bristande energiuppföljning i fastigheter", "3", "2", "6"),
           ("Otillåten påverkan vid upphandling av entreprenader", "2", "4", "8")]:
    cs = t2.add_row().cells
    for i in range(4): cs[i].text = rr[i]
d.add_paragraph("")
d.add_paragraph("Vaggeryd 2026-01-28")
d.add_paragraph("Anna Lindqvist, VD")
d.save(fil)
FILES.append((fil, "INLAST", N, "2025", "HELAR"))
exp(fil, N, [(r[1], r[4], r[5]) for r in vb])

# ---------------------------------------------------------------- 5 Samordningsförbundet (.xls, xlwt)
fil = "SFSV_Internkontroll_2025_helar.xls"
N = "Samordningsförbundet Södra Vätterbygden"
sf = [
 ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förbundschef", "Löpande", "Utförd", "Inga avvikelser.", "GENOMFORD", "nej"),
 ("Ekonomi", "Avstämning av medlemsavgifter mot beslutad budget", "Ekonom", "Januari och juli", "Utförd", "Avstämt utan anmärkning.", "GENOMFORD", "nej"),
 ("Insatser", "Finansierade insatser registrerar deltagare i uppföljningssystemet SUS", "Förbundschef", "Kvartalsvis", "Delvis utförd", "Tre av fyra insatser rapporterar fullt ut. En insats saknar deltagarregistrering för kvartal 3.", "DELVIS", "ja"),
 ("Dataskydd", "Registerförteckning enligt dataskyddsförordningen är aktuell", "Dataskyddsombud", "Oktober", "Ej utförd", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
 ("Styrning", "Protokoll från förbundsstyrelsen justeras och publiceras inom 14 dagar", "Sekreterare", "Löpande", "Utförd", "Ett protokoll publicerades efter 20 dagar.", "GENOMFORD", "ja"),
]
wbx = xlwt.Workbook(encoding="utf-8"); sh = wbx.add_sheet("Internkontroll 2025")
bold = xlwt.easyxf("font: bold on"); big = xlwt.easyxf("font: bold on, height 280")
hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow; borders: left thin, right thin, top thin, bottom thin")
cell = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
sh.write_merge(0, 0, 0, 5, "Samordningsförbundet Södra Vätterbygden", big)
sh.write_merge(1, 1, 0, 5, "Uppföljning internkontrollplan 2025 – helår", bold)
sh.write_merge(2, 2, 0, 5, "Till förbundsstyrelsen 2026-02-06. Medlemmar: Jönköpings, Habo, Mullsjö och Vaggeryds kommuner samt Region Jönköpings län, Försäkringskassan och Arbetsförmedlingen.")
for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Tidpunkt", "Utfall helår", "Kommentar"]):
    sh.write(4, i, h, hd)
for r, row in enumerate(sf, 5):
    for i, v in enumerate(row[:6]): sh.write(r, i, v, cell)
for i, w in enumerate([16, 45, 18, 16, 14, 50]): sh.col(i).width = w * 256
wbx.save(fil)
FILES.append((fil, "INLAST", N, "2025", "HELAR"))
exp(fil, N, [(r[1], r[6], r[7]) for r in sf])

# ---------------------------------------------------------------- 6 Vaggeryds Energi AB (plan + T2 + helår columns, name in print header/file name only)
fil = "Internkontroll_2025_Vaggeryds_Energi.xlsx"
N = "Vaggeryds Energi AB"
ve = [
 ("Debitering av fjärrvärme stäms av mot mätvärdesdatabasen", "Avstämning", "Månadsvis", "Ekonomichef", "Pågår", "Genomförd", "Avstämning varje månad, inga differenser över 1 %.", "GENOMFORD", "nej"),
 ("Elnätsavgifter ryms inom av Energimarknadsinspektionen fastställd intäktsram", "Genomgång", "Årligen", "VD", "Ej påbörjad", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
 ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Kvartalsvis", "Ekonomichef", "Genomförd", "Genomförd", "Två fakturor attesterade av person utan attesträtt. Attestförteckningen har uppdaterats.", "GENOMFORD", "ja"),
 ("Kontroll av leverantörers F-skatt och skatteskulder vid upphandling", "Kontroll i Skatteverkets tjänst", "Vid upphandling", "Inköpare", "Pågår", "", "", "DELVIS", ""),
 ("Behörigheter i driftövervakningssystemet (SCADA) granskas", "Logggranskning", "Halvår", "Driftchef", "Genomförd", "Se bilaga 2", "", "OKLAR", ""),
 ("Egenkontroll av elanläggningar enligt elsäkerhetslagen", "Egenkontrollprogram", "Årligen", "Elsäkerhetsansvarig", "Ej påbörjad", "Ej genomförd", "Resursbrist under hösten. Planeras till kvartal 1 2026.", "EJ_GENOMFORD", ""),
 ("Rutin för kundfordringar och inkasso följs", "Stickprov 10 ärenden", "Halvår", "Ekonomiassistent", "", "", "", "SAKNAS", ""),
]
wb = openpyxl.Workbook(); wbfix(wb); ws = wb.active; ws.title = "Uppföljning"
ws.oddHeader.center.text = "Vaggeryds Energi AB – Internkontroll 2025"
ws.oddFooter.right.text = "Sida &P av &N"
ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A3:A4"); ws["A3"] = "Kontrollmoment"
ws.merge_cells("B3:D3"); ws["B3"] = "Plan"
ws["E3"] = "Uppföljning T2"
ws.merge_cells("F3:G3"); ws["F3"] = "Uppföljning helår"
for col, h in zip("BCDEFG", ["Metod", "Frekvens", "Ansvarig", "Status", "Status", "Kommentar"]): ws[col + "4"] = h
for rr in (3, 4):
    for cc in range(1, 8):
        c = ws.cell(rr, cc); c.font = B; c.border = BOX; c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for r, row in enumerate(ve, 5):
    for i, v in enumerate(row[:7], 1):
        c = ws.cell(r, i, v if v != "" else None); c.alignment = WR; c.border = BOX
ws.cell(r + 2, 1, "Statusalternativ: Ej påbörjad, Pågår, Genomförd, Ej genomförd").font = Font(italic=True, size=9)
for col, w in zip("ABCDEFG", [50, 24, 14, 18, 14, 14, 55]): ws.column_dimensions[col].width = w
wb.save(fil)
FILES.append((fil, "INLAST", N, "2025", "HELAR"))
exp(fil, N, [(r[0], r[7], r[8]) for r in ve])

# ---------------------------------------------------------------- 7 Miljö- och byggnämnden (kommun template variant, lower-case statuses, summary rows)
fil = "MBN_uppfoljning_IKP_helar_2025.xlsx"
N = "Miljö- och byggnämnden"
mb = [
 ("Bygglov", "Handläggningstid för bygglov inom lagstadgade tio veckor", "Bygglovschef", "Genomförd", "8 av 143 ärenden överskred tidsfristen. Avgiften har reducerats enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
 ("Miljötillsyn", "Debitering av tillsynsavgifter enligt taxa inom miljöbalkens område", "Miljöchef", "genomförd ", "Inga avvikelser.", "GENOMFORD", "nej"),
 ("Livsmedelskontroll", "Planerad livsmedelskontroll genomförs enligt kontrollplanen", "Miljöchef", "delvis genomförd", "82 % av planerade kontroller utförda, resterande genomförs under kvartal 1 2026.", "DELVIS", ""),
 ("Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Genomförd", "Samtliga delegationsbeslut anmälda.", "GENOMFORD", "nej"),
 ("Delegation", "Expediering av beslut sker inom en vecka", "Nämndsekreterare", "Ej genomförd", "", "EJ_GENOMFORD", ""),
 ("Strandskydd", "Beslut om strandskyddsdispens skickas till länsstyrelsen inom tre veckor", "Bygglovschef", "", "Kontrollen genomförd i november utan anmärkning.", "GENOMFORD", "nej"),
]
wb = openpyxl.Workbook(); wbfix(wb); ws = wb.active; ws.title = "MBN"
ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Miljö- och byggnämnden"; ws["A2"].font = B
ws["A3"] = "Helårsuppföljning, rapporteras till nämnden 2026-02-18"
for i, h in enumerate(["Process", "Kontrollmoment", "Ansvarig", "Status helår", "Kommentar"], 1):
    c = ws.cell(5, i, h); c.font = B; c.fill = PatternFill("solid", fgColor="C6E0B4"); c.border = BOX
for r, row in enumerate(mb, 6):
    for i, v in enumerate(row[:5], 1):
        c = ws.cell(r, i, v if v != "" else None); c.alignment = WR; c.border = BOX
ws.cell(r + 2, 1, "Sammanställning").font = B
ws.cell(r + 3, 1, "Antal kontrollmoment"); ws.cell(r + 3, 2, 6)
ws.cell(r + 4, 1, "Genomförda"); ws.cell(r + 4, 2, 4)
ws.cell(r + 5, 1, "Delvis genomförda"); ws.cell(r + 5, 2, 1)
ws.cell(r + 6, 1, "Ej genomförda"); ws.cell(r + 6, 2, 1)
for col, w in zip("ABCDE", [20, 50, 20, 18, 60]): ws.column_dimensions[col].width = w
wb.save(fil)
FILES.append((fil, "INLAST", N, "2025", "HELAR"))
exp(fil, N, [(r[1], r[5], r[6]) for r in mb])

# ---------------------------------------------------------------- 8 reject: covering letter
fil = "Missiv_internkontroll_Vaggeryds_Energi.docx"
d = docx.Document()
d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = "Vaggeryds Energi AB"
d.add_paragraph("Vaggeryds Energi AB")
d.add_paragraph("2026-01-22")
d.add_paragraph("Till: Vaggeryds kommun, ekonomienheten")
d.add_heading("Översändande av uppföljning av intern kontroll 2025", level=1)
d.add_paragraph("Härmed översänds Vaggeryds Energi AB:s uppföljning av internkontrollplanen för 2025, helår, "
                "i enlighet med ägardirektivet. Uppföljningen har behandlats av bolagets styrelse 2026-01-21.")
d.add_paragraph("Bilagor:")
d.add_paragraph("1. Internkontroll_2025_Vaggeryds_Energi.xlsx")
d.add_paragraph("2. Loggrapport behörigheter driftövervakning (lämnas på begäran)")
d.add_paragraph("Med vänlig hälsning")
d.add_paragraph("Per Gustafsson, VD")
d.save(fil)
FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- CSVs
with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
    f.write("nämnd;alias\n")
    for n, a in [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Vaggeryds Energi AB", "Vaggeryds Energi|VEAB"),
        ("Vaggerydsbostäder AB", "Vaggerydsbostäder|VBAB"),
        ("Samordningsförbundet Södra Vätterbygden", "Samordningsförbundet|SFSV"),
    ]:
        f.write(f"{n};{a}\n")
with open("files.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
with open("expected.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
print(len(FILES), "files,", len(EXP), "controls")
