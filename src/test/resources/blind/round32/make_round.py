#!/usr/bin/python3
# Billingsbo kommun (Skaraborg) - januari-inkorg internkontroll 2025
import os, subprocess, shutil, csv, io
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from odf.opendocument import OpenDocumentText
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
LO = "-env:UserInstallation=file:///tmp/lo-round32"
B = Font(bold=True)

def convert(src, fmt, remove=True):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", fmt, "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if remove: os.remove(src)

# ---------------- 1. Kommunstyrelsen: xlsx, Delår/Helår columns, words ----------------
wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
ws["A1"] = "Billingsbo kommun"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = B
ws["A3"] = "Helårsuppföljning, rapporteras till kommunstyrelsen 2026-02-11"
hdr = ["Process", "Kontrollmoment", "Metod", "Ansvarig", "Status delår", "Status helår", "Kommentar"]
ws.append([]); ws.append(hdr)
for c in ws[5]: c.font = B
rows = [
 ("Ekonomi", None),
 ("Attest", "Kontroll av att attest av leverantörsfakturor sker enligt attestreglementet", "Stickprov 30 fakturor", "Controller", "Genomförd", "Genomförd", "Inga avvikelser noterade."),
 ("Representation", "Kontroll av att representation följer riktlinjerna och är korrekt konterad", "Stickprov 25 verifikationer", "Redovisningsekonom", "Pågår", "Genomförd med avvikelse", "3 av 25 verifikationer saknade deltagarförteckning och syfte."),
 ("HR/Lön", None),
 ("Löner", "Kontroll av att löneutbetalningar till avslutade anställda har upphört", "Körning mot HR-systemet", "Lönechef", "Ej påbörjad", "Delvis genomförd", "Kontroll av kvartal 1–3 gjord, kvartal 4 återstår. Inga felaktiga utbetalningar hittills."),
 ("Behörigheter", "Uppföljning av att behörigheter i ekonomisystemet tas bort vid avslutad anställning", "Jämförelse behörighetslista/HR", "Systemförvaltare", "Genomförd", "Ej genomförd", "Prioriterades bort under hösten på grund av byte av ekonomisystem."),
 ("Upphandling", None),
 ("Avtalstrohet", "Kontroll av att avtalstrohet följs vid inköp av kontorsmaterial och IT-utrustning", "Leverantörsreskontra-analys", "Upphandlare", "", "", "Kontrollen genomförd i november. Två inköp utanför avtal upptäcktes, återkoppling till berörd enhetschef."),
 ("Direktupphandling", "Granskning av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen", "Genomgång diariet", "Upphandlingschef", "", "Utgår", "Utgår enligt beslut KS 2025-06-04 § 112, ersätts av kommungemensam granskning 2026."),
 ("Styrning och IT", None),
 ("Delegation", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Jämförelse delegationslista/protokoll", "Kommunsekreterare", "", "", ""),
 ("IT-säkerhet", "Kontroll av att säkerhetskopiering av verksamhetskritiska system testas genom återläsning", "Återläsningstest", "IT-chef", "Pågår", "Genomförd", "Återläsningstestet har flyttats till våren 2026."),
]
for r in rows:
    if r[1] is None:
        ws.append([r[0]]); rr = ws.max_row
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
        ws.cell(rr, 1).font = B; ws.cell(rr, 1).fill = PatternFill("solid", fgColor="D9E1F2")
    else:
        ws.append(list(r))
ws.append([])
ws.append(["Antal kontrollmoment", 8, "", "", "", "Varav genomförda: 4", ""])
ws.append([])
ws.append(["Upprättad av: Lena Holm, ekonomichef, 2026-01-19"])
for col, w in zip("ABCDEFG", (18, 60, 28, 20, 16, 24, 60)): ws.column_dimensions[col].width = w
for row in ws.iter_rows(min_row=6):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save("KS Internkontroll uppföljning helår 2025.xlsx")

# ---------------- 2. BUN: xlsx, sheets per period, codes with legend on another sheet ----------------
wb = Workbook()
bun = [
 ("1", "Kontroll av att beslut om skolskjuts fattas av rätt delegat och är dokumenterade", "Stickprov 20 beslut", "Årligen", "P", "", "1", "Inga avvikelser."),
 ("2", "Uppföljning av att anmälningar om kränkande behandling rapporteras till huvudman inom fem dagar", "Utdrag ur DF Respons", "Tertial", "2", "4 av 19 för sent.", "2", "7 av 42 anmälningar rapporterades senare än fem dagar. Påminnelse till rektorer."),
 ("3", ("Kontroll av att elevers frånvaro följs upp och", "vårdnadshavare kontaktas enligt rutin"), "Stickprov per skolenhet", "Halvår", "3", "", "P", "Granskat 4 av 7 skolenheter, resterande i januari."),
 ("4", "Stickprov av att registerutdrag ur belastningsregistret finns för nyanställd personal i förskolan", "Stickprov 15 anställningar", "Årligen", "3", "", "3", "Ej genomförd, flyttas till internkontrollplan 2026."),
 ("5", "Kontroll av att interkommunala ersättningar faktureras och stämmer mot elevregistret", "Avstämning mot Procapita", "Halvår", "P", "", "U", "Ersätts av ny rutin för IKE-fakturering."),
 ("6", "Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift", "Stickprov 30 hushåll", "Årligen", "P", "", "", "Se bilaga 2"),
 ("7", "Granskning av att skolornas läromedelsinköp sker inom gällande ramavtal", "Leverantörsanalys", "Årligen", "", "", "", ""),
]
for idx, (title, per) in enumerate((("Delår 2025", "delår (jan–aug)"), ("Helår 2025", "helår"))):
    ws = wb.active if idx == 0 else wb.create_sheet()
    ws.title = title
    ws["A1"] = "Billingsbo kommun"; ws["A1"].font = B
    ws["A2"] = "Nämnd:"; ws["B2"] = "Barn- och utbildningsnämnden"; ws["A2"].font = B
    ws["A3"] = f"Internkontroll 2025 – uppföljning {per}"
    ws.append([])
    ws.append(["Nr", "Vad kontrolleras", "Hur", "Frekvens", "Bedömning (1–3)", "Åtgärd/kommentar"])
    for c in ws[5]: c.font = B; c.fill = PatternFill("solid", fgColor="FFF2CC")
    for nr, txt, hur, frek, d_code, d_com, h_code, h_com in bun:
        code, com = (d_code, d_com) if idx == 0 else (h_code, h_com)
        if code.isdigit(): code = int(code)
        if isinstance(txt, tuple):
            ws.append([int(nr), txt[0], hur, frek, code, com]); ws.append(["", txt[1], "", "", "", ""])
        else:
            ws.append([int(nr), txt, hur, frek, code, com])
    ws.append([]); ws.append(["", "Bedömning enligt flik Förklaring."])
    for col, w in zip("ABCDEF", (5, 70, 26, 10, 16, 60)): ws.column_dimensions[col].width = w
ws = wb.create_sheet("Förklaring")
ws.append(["Förklaring till kolumnen Bedömning"]); ws["A1"].font = B
for a, b in (("1", "Genomförd, inga avvikelser"), ("2", "Genomförd, avvikelser har noterats (beskriv i kommentar)"),
             ("3", "Ej genomförd"), ("P", "Pågår / påbörjad men inte klar"), ("U", "Utgår ur planen")):
    ws.append([a, b])
ws.column_dimensions["B"].width = 60
wb.save("BUN_IK-uppfoljning_2025.xlsx")

# ---------------- 3. Socialnämnden: docx, tables per process with tick columns ----------------
d = Document()
d.add_heading("Socialnämnden – helårsuppföljning av internkontrollplan 2025", 1)
d.add_paragraph("Billingsbo kommun, Socialförvaltningen. Dnr SN 2025/0187")
d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 12 februari 2025. Nedan redovisas resultatet "
                "av de granskningar som genomförts under året. Markera med X i aktuell kolumn.")
sn = {
 "Process: Myndighetsutövning individ- och familjeomsorg": [
  ("Kontroll av att förhandsbedömningar inleds inom 14 dagar efter inkommen orosanmälan", "X", "", "", "12 av 60 förhandsbedömningar överskred 14 dagar. Åtgärdsplan upprättad med arbetsledning."),
  ("Stickprov av att utredningar inom barn och unga avslutas inom fyra månader", "", "X", "", "Halva stickprovet granskat, resterande ärenden granskas i januari 2026."),
  ("Kontroll av att beslut om kontaktperson och kontaktfamilj följs upp minst en gång per år", "", "", "X", "Ej genomförd på grund av vakanta handläggartjänster."),
 ],
 "Process: Ekonomi och avtal": [
  ("Kontroll av att utbetalningar av ekonomiskt bistånd attesteras av behörig handläggare", "X", "", "", "Inga avvikelser."),
  ("Uppföljning av att köpta placeringar på HVB sker inom ramavtal eller med direktupphandlingsbeslut", "X", "", "X", ""),
 ],
 "Process: Informationssäkerhet och arbetsmiljö": [
  ("Kontroll av loggar i verksamhetssystemet Treserva avseende otillbörlig åtkomst", "", "", "", "Se bilaga"),
  ("Granskning av att hot- och våldssituationer rapporteras i KIA och åtgärdas", "", "", "", ""),
 ],
}
for proc, items in sn.items():
    d.add_heading(proc, 2)
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Iakttagelser och åtgärder"]):
        t.rows[0].cells[i].text = h
    for it in items:
        cells = t.add_row().cells
        for i, v in enumerate(it): cells[i].text = v
d.add_paragraph("")
d.add_paragraph("Billingsbo 2026-01-20")
d.add_paragraph("Maria Ek, socialchef")
d.save("Socialnämnden IK helår 2025.docx")

# ---------------- 4. Kultur- och fritidsnämnden: odt, one form table per control, T2/T3 ----------------
doc = OpenDocumentText()
doc.text.addElement(H(outlinelevel=1, text="Kultur- och fritidsnämnden"))
doc.text.addElement(P(text="Uppföljning av intern kontroll, tertial 3 2025"))
doc.text.addElement(P(text="Billingsbo kommun. Varje kontrollmoment redovisas i en egen tabell."))
kfn = [
 ("Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Stickprov 10 föreningar", "Pågår", "Genomförd", "Nej", "Samtliga utbetalningar korrekta."),
 ("Kontroll av kassahantering och dagsredovisning vid simhallen Billingebadet", "Oanmäld kassakontroll", "Genomförd", "Genomförd", "Ja", "Kassadifferens vid två tillfällen, rutin för kassaavstämning har skärpts."),
 ("Uppföljning av att uthyrning av lokaler debiteras enligt gällande taxa", "Jämförelse bokningssystem/fakturor", "Ej påbörjad", "Delvis genomförd", "Nej", "Sporthallarna kontrollerade, övriga lokaler återstår."),
 ("Kontroll av att bibliotekets låntagarregister gallras enligt informationshanteringsplanen", "Utdrag ur bibliotekssystemet", "", "Ej aktuell", "", "Ny informationshanteringsplan antas 2026."),
 ("Kontroll av att registerkontroll görs för ledare i lovverksamhet med barn", "Stickprov sommarlovsledare", "Ej påbörjad", "Ej genomförd", "", ""),
]
for n, (km, met, t2, t3, avv, kom) in enumerate(kfn, 1):
    doc.text.addElement(H(outlinelevel=2, text=f"Kontroll {n}"))
    tb = Table(name=f"Kontroll{n}"); tb.addElement(TableColumn()); tb.addElement(TableColumn())
    for lab, val in (("Kontrollmoment", km), ("Kontrollmetod", met), ("Resultat T2", t2), ("Resultat T3", t3),
                     ("Avvikelse (Ja/Nej)", avv), ("Kommentar", kom)):
        tr = TableRow()
        for v in (lab, val):
            tc = TableCell(); tc.addElement(P(text=v)); tr.addElement(tc)
        tb.addElement(tr)
    doc.text.addElement(tb)
doc.text.addElement(P(text="Fastställd av förvaltningschef Johan Lind 2026-01-15."))
doc.save("KFN uppföljning internkontroll T3 2025.odt")

# ---------------- 5. Stratsys export: SBN + TN, one row per control and period ----------------
exp = [
 ("Samhällsbyggnadsförvaltningen", "Kontroll av att bygglov beslutas inom lagstadgad handläggningstid om tio veckor", [("Delår 2025", "Pågående", "", ""), ("Helår 2025", "Genomförd", "Ja", "4 av 110 ärenden överskred tiden, avgiften reducerades enligt PBL.")]),
 ("Samhällsbyggnadsförvaltningen", "Stickprov av att startbesked inte lämnas innan kontrollplan är fastställd", [("Delår 2025", "Genomförd", "Nej", ""), ("Helår 2025", "Genomförd", "Nej", "Inga avvikelser i stickprov om 20 ärenden.")]),
 ("Samhällsbyggnadsförvaltningen", "Kontroll av att tillsynsavgifter enligt miljöbalken debiteras enligt taxan", [("Delår 2025", "Ej påbörjad", "", ""), ("Helår 2025", "Pågående", "Nej", "Fakturering för hälften av objekten kontrollerad.")]),
 ("Samhällsbyggnadsförvaltningen", "Kontroll av att delegationsbeslut inom plan- och bygglagen anmäls till nämnden", [("Delår 2025", "Genomförd", "Nej", "Samtliga beslut anmälda.")]),
 ("Samhällsbyggnadsförvaltningen", "Uppföljning av att kommunala lantmäteriförrättningar faktureras korrekt", [("Delår 2025", "Ej påbörjad", "", ""), ("Helår 2025", "Utgår", "", "Verksamheten har överförts till Lantmäteriet.")]),
 ("Tekniska förvaltningen", "Kontroll av att VA-anslutningsavgifter debiteras enligt gällande VA-taxa", [("Delår 2025", "Pågående", "", ""), ("Helår 2025", "Genomförd", "Nej", "")]),
 ("Tekniska förvaltningen", "Kontroll av att entreprenörer i vinterväghållning följer avtalade utryckningstider", [("Delår 2025", "Ej påbörjad", "", ""), ("Helår 2025", "Ej påbörjad", "", "Mild vinter, kontrollen flyttas till 2026.")]),
 ("Tekniska förvaltningen", "Kontroll av att inventering av fordon och maskiner stämmer mot anläggningsregistret", [("Helår 2025", "Genomförd", "Ja", "Två maskiner saknades i anläggningsregistret, rättat.")]),
 ("Tekniska förvaltningen", "Kontroll av att beställningar inom fastighetsunderhåll attesteras före utförande", [("Delår 2025", "Pågående", "", ""), ("Helår 2025", "Pågående", "Nej", "Stickprov på hälften av fastigheterna klart.")]),
 ("Tekniska förvaltningen", "Kontroll av att livsmedelsinköp till kostenheten sker från upphandlade leverantörer", [("Delår 2025", "Genomförd", "Ja", "Inköp från ej avtalad leverantör vid 3 tillfällen."), ("Helår 2025", "Genomförd", "Ja", "Inköp utanför avtal vid 3 tillfällen under året, dialog med kökschefer.")]),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(["Organisation", "Plan", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar"])
n = 0
for org, km, pers in exp:
    for per, st, avv, kom in pers:
        w.writerow([org, "Internkontrollplan 2025", km, per, st, avv, kom]); n += 1
w.writerow([f"Antal rader: {n}", "", "", "", "", "", ""])
with open("Stratsys_export_internkontroll_20260114.csv", "w", encoding="cp1252", newline="") as f:
    f.write(buf.getvalue())

# ---------------- 6. VON: xls, status only as fill colour, legend beside ----------------
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
ws.oddHeader.center.text = "Vård- och omsorgsnämnden"
ws["A1"] = "Intern kontroll – uppföljning helår 2025"; ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["Risk", "Kontrollmoment", "Kontrollansvarig", "Status", "Iakttagelse"])
for c in ws[3]: c.font = B
von = [
 ("Felaktig läkemedelshantering", "Kontroll av att läkemedelshantering i hemtjänsten följer delegeringsrutin", "MAS", GREEN, "Inga avvikelser."),
 ("Brister i LSS-handläggning", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut om insats enligt LSS", "Enhetschef LSS", GREEN, "I 5 av 30 ärenden saknades genomförandeplan efter 14 dagar."),
 ("Felaktiga avgifter", "Kontroll av att avgifter för äldreomsorg beräknas utifrån aktuella inkomstuppgifter", "Avgiftshandläggare", YELLOW, "Granskning påbörjad i december."),
 ("Felaktig lön", "Kontroll av att timrapportering för timavlönade inom äldreomsorgen attesteras av chef", "Verksamhetschef", RED, ""),
 ("Bristande dokumentation", "Uppföljning av att tillsyn nattetid via digital teknik dokumenteras i journal", "Verksamhetschef", GREY, ""),
 ("Missförhållanden", "Kontroll av att rapporter enligt lex Sarah utreds inom fastställd tid", "Kvalitetsstrateg", None, ""),
 ("Ej verkställda beslut", "Kontroll av att ej verkställda beslut rapporteras kvartalsvis till IVO", "Nämndsekreterare", GREEN, "Rapportering skedde i tid samtliga kvartal."),
]
for risk, km, ans, col, iak in von:
    ws.append([risk, km, ans, None, iak])
    if col: ws.cell(ws.max_row, 4).fill = PatternFill("solid", fgColor=col)
ws["G3"] = "Teckenförklaring"; ws["G3"].font = B
for i, (col, txt) in enumerate(((GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår")), 4):
    ws.cell(i, 7).fill = PatternFill("solid", fgColor=col); ws.cell(i, 8, txt)
for col, wdt in zip("ABCDEFGH", (26, 70, 20, 10, 55, 3, 5, 28)): ws.column_dimensions[col].width = wdt
wb.save("VON_IK_helar_2025.xlsx")
convert("VON_IK_helar_2025.xlsx", "xls")

# ---------------- 7. Broken file: truncated xlsx ----------------
wb = Workbook(); ws = wb.active
ws.append(["Kontrollmoment", "Status"])
for i in range(40): ws.append([f"Kontrollpunkt {i} avseende rutiner", "Genomförd"])
wb.save("tmp_broken.xlsx")
data = open("tmp_broken.xlsx", "rb").read()
open("IK-uppföljning 2025 slutversion.xlsx", "wb").write(data[: len(data) // 3])
os.remove("tmp_broken.xlsx")
print("done")
