#!/usr/bin/python3
"""Round 79 – Lidköpings kommun, helår 2025. Builds all follow-up files and the three CSVs from scratch."""
import csv, io, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
for f in os.listdir(OUT):
    if f not in ("make_round.py", "README.md") and not f.startswith("."):
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    EXPECTED.append((fil, namnd, km, status, avv))

# ---------------------------------------------------------------------------
# F1: Stratsys-like export, tab-separated UTF-16LE .txt, Socialnämnden + Överförmyndarnämnden,
#     one row per control and period (Delår 2025 / Helår 2025)
# ---------------------------------------------------------------------------
F1 = "Stratsys_IK-uppfoljning_2025_SOF_OFN.txt"
hdr = ["Enhet", "Process", "Risk", "Kontrollmoment", "Period", "Bedömning", "Kommentar", "Åtgärd"]
# (enhet, namnd, process, risk, km, [(period, status, kommentar, åtgärd)], expected, avvikelse)
f1 = [
 ("Socialförvaltningen", "Socialnämnden", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
  "Stickprov av 15 utbetalningar av ekonomiskt bistånd per månad – kontroll mot beslut och underlag",
  [("Delår 2025", "Genomförd", "Stickprov jan–jun genomförda. Inga avvikelser.", ""),
   ("Helår 2025", "Genomförd", "Stickprov jul–dec genomförda. I två ärenden saknades underlag för hyreskostnad,\nutbetalningarna har rättats och återkrav är beslutat.", "Påminnelse om rutin för underlag på APT i januari.")],
  "GENOMFORD", "ja"),
 ("Socialförvaltningen", "Socialnämnden", "Hemtjänst", "Beviljad tid motsvarar inte utförd tid",
  "Kontroll att beviljade timmar i hemtjänst överensstämmer med utförd tid enligt TES",
  [("Delår 2025", "Delvis genomförd", "Jämförelse gjord för fyra av åtta grupper.", ""),
   ("Helår 2025", "Genomförd", "Samtliga grupper kontrollerade. Avvikelse över 10 % mellan beviljad och utförd tid i tre grupper (Norra, Centrum, Stenhammar).", "Åtgärdsplan tas fram av enhetscheferna, följs upp T1 2026.")],
  "GENOMFORD", "ja"),
 ("Socialförvaltningen", "Socialnämnden", "Lex Sarah", "Missförhållanden utreds inte skyndsamt",
  "Uppföljning av att rapporter enligt lex Sarah utreds inom 14 dagar",
  [("Delår 2025", "Genomförd", "Samtliga 11 rapporter under perioden utreddes inom 14 dagar.", ""),
   ("Helår 2025", "", "", "")],
  "GENOMFORD", "nej"),
 ("Socialförvaltningen", "Socialnämnden", "Läkemedelshantering", "Fel i läkemedelshantering",
  "Egenkontroll av signeringslistor för läkemedel på samtliga särskilda boenden",
  [("Delår 2025", "Pågår", "", ""),
   ("Helår 2025", "Delvis genomförd", "Genomförd på 5 av 7 boenden (Ågården och Mellbygården återstår). Inga avvikelser på de granskade boendena.", "Resterande boenden kontrolleras i februari 2026.")],
  "DELVIS", "nej"),
 ("Socialförvaltningen", "Socialnämnden", "Placeringar", "Placering utan avtal",
  "Kontroll att avtal finns för samtliga externa placeringar (HVB och familjehem) innan placering",
  [("Delår 2025", "Ej genomförd", "Planeras till hösten.", ""),
   ("Helår 2025", "Ej genomförd", "Kontrollen har inte hunnits med på grund av vakanser på myndighetsenheten.", "Flyttas till internkontrollplan 2026.")],
  "EJ_GENOMFORD", "nej"),
 ("Socialförvaltningen", "Socialnämnden", "Informationssäkerhet", "Otillbörlig åtkomst till journaler",
  "Logguppföljning i Treserva – kontroll av otillbörlig åtkomst, 10 slumpvis valda användare",
  [("Delår 2025", "", "", ""),
   ("Helår 2025", "", "Loggkontroll genomförd i november för 10 användare. Inga otillbörliga slagningar har upptäckts.", "")],
  "GENOMFORD", "nej"),
 ("Socialförvaltningen", "Socialnämnden", "Avgifter", "Felaktiga avgifter inom äldreomsorgen",
  "Kontroll att avgiftsbeslut inom äldreomsorgen omprövas årligen",
  [("Delår 2025", "", "", ""),
   ("Helår 2025", "Osäkert", "Avvaktar besked från avgiftshandläggarna.", "")],
  "OKLAR", "nej"),
 ("Överförmyndarnämnden", "Överförmyndarnämnden", "Granskning av årsräkningar", "Ställföreträdare förskingrar medel",
  "Stickprov av 10 granskade årsräkningar – kontroll av att kontoutdrag finns för samtliga tillgångar",
  [("Delår 2025", "Genomförd", "Första stickprovet (5 st) utan anmärkning.", ""),
   ("Helår 2025", "Genomförd", "I 2 av 10 årsräkningar saknades kontoutdrag för sparkonto. Komplettering har begärts och inkommit.", "Checklistan för granskning kompletteras.")],
  "GENOMFORD", "ja"),
 ("Överförmyndarnämnden", "Överförmyndarnämnden", "Arvoden", "Arvoden beslutas inte enhetligt",
  "Kontroll att arvoden till ställföreträdare beslutats enligt nämndens riktlinjer",
  [("Delår 2025", "", "", ""),
   ("Helår 2025", "Delvis", "Stickprov på 8 av planerade 15 arvodesbeslut, samtliga enligt riktlinjerna.", "")],
  "DELVIS", "nej"),
 ("Överförmyndarnämnden", "Överförmyndarnämnden", "Ärendehantering", "Ställföreträdarskap kvarstår trots att behov upphört",
  "Kontroll att godmanskap och förvaltarskap där behovet upphört avslutas",
  [("Delår 2025", "Ej påbörjad", "", ""),
   ("Helår 2025", "Genomförd", "Ej genomförd under året, se verksamhetsberättelsen.", "")],
  "GENOMFORD", "nej"),
 ("Överförmyndarnämnden", "Överförmyndarnämnden", "Rekrytering av ställföreträdare", "Olämpliga ställföreträdare",
  "Kontroll av att utdrag ur belastningsregistret finns för samtliga nya ställföreträdare",
  [("Delår 2025", "Genomförd", "Inga avvikelser.", ""),
   ("Helår 2025", "Utgår", "Kontrollen utgår enligt beslut ÖFN 2025-09-18 § 47, ersätts av lämplighetsprövning i nya e-tjänsten.", "")],
  "UTGAR", "nej"),
 ("Överförmyndarnämnden", "Överförmyndarnämnden", "Ärendehantering", "Lång handläggningstid",
  "Uppföljning av handläggningstid för nya ärenden om ställföreträdarskap (mål 90 % inom 3 månader)",
  [("Delår 2025", "", "", ""),
   ("Helår 2025", "", "", "")],
  "SAKNAS", "nej"),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(hdr)
for enhet, namnd, proc, risk, km, periods, st, av in f1:
    for per, status, komm, atg in periods:
        w.writerow([enhet, proc, risk, km, per, status, komm, atg])
    exp(F1, namnd, km, st, av)
with open(F1, "wb") as fh:
    fh.write(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
FILES += [(F1, "INLAST", "Socialnämnden", "2025", "HELAR"),
          (F1, "INLAST", "Överförmyndarnämnden", "2025", "HELAR")]

# ---------------------------------------------------------------------------
# F2: Excel-saved CSV, Windows-1252, first line "sep=;", status codes with legend in the heading,
#     quoted multi-line comments. Barn- och skolnämnden, tertial 3.
# ---------------------------------------------------------------------------
F2 = "BSN_IKP_2025_T3.csv"
hdr2 = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
        "Status (1=Genomförd, 2=Delvis, 3=Ej genomförd, 4=Utgår)", "Resultat/kommentar", "Åtgärd"]
f2 = [
 ("1", "Skolskjuts", "Felaktiga beslut om skolskjuts", "Stickprov av 20 skolskjutsbeslut – kontroll mot riktlinjer för skolskjuts",
  "Stickprov", "Skolskjutshandläggare", "1", "Inga avvikelser.", "", "GENOMFORD", "nej"),
 ("2", "Barn i behov av särskilt stöd", "Stöd ges inte i tid", "Kontroll att åtgärdsprogram upprättas inom 4 veckor efter beslut om särskilt stöd",
  "Genomgång av elevakter", "Rektorer", "2",
  "Kontroll genomförd på 4 av 6 skolor.\nPå Dalängskolan och Tunaskolan saknades daterade åtgärdsprogram i 3 fall.",
  "Övriga skolor kontrolleras vt 2026.", "DELVIS", "ja"),
 ("3", "Kränkande behandling", "Anmälan till huvudman dröjer", "Kontroll att anmälan om kränkande behandling till huvudman sker samma dag eller dagen efter",
  "Uttag ur DF Respons", "Kvalitetsstrateg", "1",
  "Genomgång av 40 anmälningar: 9 anmäldes senare än dagen efter.\nInformation till rektorer vid rektorsmöte 12/11.",
  "Ny påminnelsefunktion i DF Respons.", "GENOMFORD", "ja"),
 ("4", "Närvaro", "Hög frånvaro upptäcks inte", "Uppföljning av att rutin för hög frånvaro (över 15 %) följs – kontakt med vårdnadshavare dokumenterad",
  "Stickprov 20 elever", "Elevhälsochef", "3",
  "Ej genomförd p.g.a. byte av lärplattform under hösten.", "Genomförs T1 2026.", "EJ_GENOMFORD", "nej"),
 ("5", "Förskola", "Placeringar sker inte enligt regelverk", "Kontroll av att placeringsregler och kötid följs vid antagning till förskola, stickprov 25 placeringar",
  "Stickprov i e-tjänsten", "Placeringshandläggare", "",
  "Stickprovet är genomfört, samtliga 25 placeringar följde regelverket.", "", "GENOMFORD", "nej"),
 ("6", "Inköp", "Inköp utanför avtal", "Kontroll att inköp av läromedel görs från upphandlade leverantörer (avtalstrohet)",
  "Fakturagranskning", "Controller", "4",
  "Kontrollen utgår – ingår i kommungemensam kontroll av avtalstrohet.", "", "UTGAR", "nej"),
 ("7", "Systematiskt kvalitetsarbete", "Brister i kvalitetsarbetet upptäcks inte", "Kontroll att samtliga enheter lämnat kvalitetsrapport enligt årshjulet",
  "Avstämning mot årshjul", "Kvalitetsstrateg", "5", "", "", "OKLAR", "nej"),
 ("8", "Personal", "Olämplig person anställs", "Kontroll att utdrag ur belastningsregistret visats före anställning, stickprov 15 nyanställda",
  "Stickprov i personalakter", "HR-konsult", "2",
  "Genomförd för 10 av 15 nyanställda, resterande kontrolleras i januari 2026.\nInga avvikelser hittills.", "", "DELVIS", "nej"),
 ("9", "Elevhälsa", "Journaler förs inte korrekt", "Kontroll av att elevhälsans journaler (PMO) förs enligt rutin",
  "Stickprov 10 journaler", "Verksamhetschef elevhälsa", "", "", "", "SAKNAS", "nej"),
]
buf = io.StringIO()
buf.write("sep=;\r\n")
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Barn- och skolnämnden – Uppföljning internkontrollplan 2025, tertial 3"] + [""] * 8)
w.writerow([""] * 9)
w.writerow(hdr2)
for r in f2:
    w.writerow(list(r[:9]))
    exp(F2, "Barn- och skolnämnden", r[3], r[9], r[10])
w.writerow([""] * 9)
w.writerow(["Sammanställt av Maria Lindqvist, controller BSF, 2026-01-14"] + [""] * 8)
with open(F2, "wb") as fh:
    fh.write(buf.getvalue().encode("cp1252"))
FILES.append((F2, "INLAST", "Barn- och skolnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# F3: Hypergene-like export, UTF-8 without BOM, comma-separated, all fields quoted, LF.
#     Kommungemensamma kontroller: one row per control and nämnd it concerns.
# ---------------------------------------------------------------------------
F3 = "hypergene_kommungemensamma_kontroller_2025.csv"
hdr3 = ["Kontroll-ID", "Process", "Kontrollmoment", "Nämnd", "Period", "Status", "Resultat", "Avvikelse", "Åtgärd"]
KG = {
 "KG-01": ("Inköp och avtalstrohet", "Stickprov av 20 leverantörsfakturor – kontroll att inköpet gjorts från avtalad leverantör"),
 "KG-02": ("Representation", "Granskning av representationsfakturor – syfte, deltagare och moms enligt riktlinje för representation"),
 "KG-03": ("Attest", "Kontroll att attestförteckningen är aktuell och beslutad av nämnden"),
 "KG-04": ("Informationssäkerhet", "Kontroll av behörigheter i ekonomisystemet – avslutade medarbetare har tagits bort"),
 "KG-05": ("Diarieföring", "Stickprov av 10 inkomna handlingar – registrerade i diariet inom 2 arbetsdagar"),
 "KG-06": ("Föreningsbidrag", "Kontroll av att utbetalda föreningsbidrag har beslut och redovisning enligt bidragsreglerna"),
}
KS, TN, KFN, BMN = "Kommunstyrelsen", "Tekniska nämnden", "Kultur- och fritidsnämnden", "Bygg- och miljönämnden"
f3 = [
 ("KG-01", KS, "Genomförd", "2 av 20 fakturor avsåg inköp utan avtal (konsulttjänst, catering).", "Ja", "Information till beställare på KLF.", "GENOMFORD", "ja"),
 ("KG-01", TN, "Genomförd", "20 av 20 fakturor mot avtal.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-01", KFN, "Genomförd", "3 inköp utanför avtal (trycksaker).\nInköparna har informerats om avtalet med tryckeriet.", "Ja", "", "GENOMFORD", "ja"),
 ("KG-01", BMN, "Pågår", "Stickprovet påbörjades i december och slutförs i januari 2026.", "Nej", "", "DELVIS", "nej"),
 ("KG-02", KS, "Genomförd", "12 fakturor granskade, inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-02", TN, "Ej genomförd", "Ej genomförd på grund av vakans på ekonomienheten.", "Nej", "Genomförs våren 2026.", "EJ_GENOMFORD", "nej"),
 ("KG-02", KFN, "Genomförd", "Deltagarförteckning saknades på 4 av 12 fakturor.\nMomsavdrag felaktigt på 1 faktura, rättat.", "Ja", "Utbildning för budgetansvariga i februari.", "GENOMFORD", "ja"),
 ("KG-02", BMN, "", "", "", "", "SAKNAS", "nej"),
 ("KG-03", KS, "Genomförd", "Attestförteckningen beslutad KS 2025-02-12 § 18, uppdaterad i Raindance.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-03", TN, "Genomförd med anmärkning", "Två attestanter som slutat fanns kvar i Raindance.\nBorttagna 2025-10-02.", "Ja", "", "GENOMFORD", "ja"),
 ("KG-03", KFN, "Genomförd", "Aktuell.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-03", BMN, "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-04", KS, "Delvis", "Kontrollen genomförd för ekonomisystemet, personalsystemet återstår.", "Nej", "", "DELVIS", "nej"),
 ("KG-04", TN, "Genomförd", "Inga behörigheter för avslutade medarbetare.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-04", KFN, "Se kommentar", "", "", "", "OKLAR", "nej"),
 ("KG-04", BMN, "Genomförd", "En behörighet kvar för avslutad konsult, borttagen 2025-11-20.", "Ja", "", "GENOMFORD", "ja"),
 ("KG-05", KS, "Genomförd", "Samtliga 10 registrerade inom 2 dagar.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-05", TN, "Genomförd", "4 av 10 handlingar registrerades först efter 3–6 dagar.", "Ja", "Rutin för posthantering ses över.", "GENOMFORD", "ja"),
 ("KG-05", KFN, "Utgår", "Utgår för KFN enligt beslut KS 2025-04-09 § 61 – registreringen sköts av kommunledningsförvaltningen.", "Nej", "", "UTGAR", "nej"),
 ("KG-05", BMN, "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-06", KS, "Genomförd", "Bidrag till studieförbund: beslut och redovisning finns för samtliga.", "Nej", "", "GENOMFORD", "nej"),
 ("KG-06", KFN, "Delvis", "Redovisning saknas från 3 föreningar av 18 kontrollerade.\nPåminnelse skickad, bidrag för 2026 hålls inne tills redovisning inkommit.", "Ja", "", "DELVIS", "ja"),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_ALL)
w.writerow(hdr3)
for kid, namnd, status, res, avv, atg, st, av in f3:
    proc, km = KG[kid]
    w.writerow([kid, proc, km, namnd, "Helår 2025", status, res, avv, atg])
    exp(F3, namnd, km, st, av)
with open(F3, "wb") as fh:
    fh.write(buf.getvalue().encode("utf-8"))
for n in (KS, TN, KFN, BMN):
    FILES.append((F3, "INLAST", n, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# F4: Stratsys report export sorted by status (group rows with counts), UTF-8 with BOM, semicolon.
#     Tekniska nämnden, 2025-T3.
# ---------------------------------------------------------------------------
F4 = "TN_internkontroll_2025-T3_per_status.csv"
groups = [
 ("Ej genomförd", [
   ("Ej genomförd", "Fordon", "Kontroll av körjournaler för kommunens bilpool – stickprov 10 fordon",
    "Ej genomförd. Nytt fordonssystem infördes i oktober, kontrollen flyttas till 2026.", "EJ_GENOMFORD", "nej"),
   ("Ej genomförd", "Måltid", "Egenkontroll av temperaturloggar i tillagningskök, 6 kök",
    "Kontrollen har inte utförts under året.", "EJ_GENOMFORD", "nej")]),
 ("Delvis genomförd", [
   ("Delvis genomförd", "Gata/park", "Kontroll av att schakttillstånd beviljats före grävning i allmän mark, stickprov 10",
    "6 av 10 kontrollerade. 1 schakt utan tillstånd (fiberentreprenör), ärendet har debiterats enligt taxa.", "DELVIS", "ja"),
   ("Delvis genomförd", "Fastighet", "Kontroll att lagstadgade besiktningar (OVK och hiss) är utförda enligt plan",
    "Hissbesiktningar klara. OVK utförd i 38 av 45 byggnader, 7 byggnader fick anmärkning.", "DELVIS", "ja")]),
 ("Genomförd", [
   ("Genomförd", "Fastighet", "Stickprov av 15 fakturor från ramavtalsentreprenörer – kontroll av timpris mot avtal",
    "Inga avvikelser.", "GENOMFORD", "nej"),
   ("Genomförd", "Vatten och avlopp", "Kontroll att avläsning av vattenmätare och debitering stämmer, stickprov 30 abonnenter",
    "2 abonnenter felaktigt debiterade, rättat med kreditfaktura.", "GENOMFORD", "ja"),
   ("Genomförd", "Måltid", "Kontroll av att specialkost levereras enligt beställning, stickprov 20 beställningar",
    "Inga avvikelser.", "GENOMFORD", "nej"),
   ("Genomförd", "Gata/park", "Kontroll av att lekplatsbesiktningar utförts och att anmärkningar åtgärdats",
    "Besiktning av 42 lekplatser utförd. Två lekplatser med allvarlig anmärkning är avstängda tills åtgärd.", "GENOMFORD", "ja")]),
 ("Utgår", [
   ("Utgår", "Fordon", "Kontroll av drivmedelskort – tankning mot körjournal",
    "Struken efter beslut TN 2025-05-20 § 44, ersätts av kontroll i nytt fordonssystem.", "UTGAR", "nej")]),
 ("Ingen status angiven", [
   ("", "Vatten och avlopp", "Kontroll av att provtagning av dricksvatten följer provtagningsplanen",
    "Provtagningen har genomförts enligt plan, inga anmärkningar från laboratoriet.", "GENOMFORD", "nej"),
   ("", "Fastighet", "Kontroll av att felanmälningar i Infracontrol åtgärdas inom utlovad tid",
    "", "SAKNAS", "nej")]),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Rapport: Internkontroll – uppföljning"])
w.writerow(["Organisation: Tekniska förvaltningen"])
w.writerow(["Period: 2025-T3"])
w.writerow(["Gruppering: Status"])
w.writerow([])
w.writerow(["Status", "Process", "Kontrollmoment", "Kommentar", "Senast ändrad", "Ändrad av"])
dates = iter(["2026-01-09", "2026-01-12", "2025-12-18", "2026-01-08", "2026-01-07", "2026-01-12",
              "2025-12-19", "2026-01-13", "2025-06-02", "2026-01-15", ""])
who = iter(["Per Hansson", "Lena Ek", "Jonas Åberg", "Karin Strand", "Karin Strand", "Erik Sjöberg",
            "Lena Ek", "Jonas Åberg", "Per Hansson", "Erik Sjöberg", ""])
for gname, rows in groups:
    w.writerow([f"{gname} ({len(rows)})", "", "", "", "", ""])
    for status, proc, km, komm, st, av in rows:
        w.writerow([status, proc, km, komm, next(dates), next(who)])
        exp(F4, "Tekniska nämnden", km, st, av)
w.writerow([])
w.writerow(["Totalt antal kontrollmoment: 11", "", "", "", "", ""])
with open(F4, "wb") as fh:
    fh.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
FILES.append((F4, "INLAST", "Tekniska nämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# F5: Kommunstyrelsen .xlsx – title rows, merged cells, process group rows, Delår | Helår traffic lights
#     (fills, sometimes with words), legend, totals row.
# ---------------------------------------------------------------------------
F5 = "KS uppföljning internkontrollplan helår 2025.xlsx"
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
def fill(c): return PatternFill("solid", start_color=c, end_color=c)
wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
thin = Side(style="thin", color="808080"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "Lidköpings kommun – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:G1")
ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"; ws["A2"].font = Font(bold=True, size=12)
ws.merge_cells("A2:G2")
ws["A3"] = "Kommunledningsförvaltningen, behandlad i KS 2026-02-04"
ws.merge_cells("A3:G3")
hdr5 = ["Process", "Kontrollmoment", "Metod", "Ansvarig", "Delår 31/8", "Helår", "Kommentar helår"]
for i, h in enumerate(hdr5, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = fill("DDEBF7"); c.border = border
    c.alignment = Alignment(wrap_text=True, vertical="top")
# (group, [(process, km, metod, ansvarig, (delår_fill, delår_text), (helår_fill, helår_text), kommentar, st, av)])
f5 = [
 ("Ekonomi", [
  ("Redovisning", "Avstämning av balanskonton vid månadsbokslut – stickprov 3 månader", "Stickprov", "Redovisningschef",
   (GREEN, "Genomförd"), (GREEN, None), "Avstämningar för mars, juni och oktober utan anmärkning.", "GENOMFORD", "nej"),
  ("Kundfordringar", "Kontroll att kundfordringar äldre än 90 dagar hanteras enligt inkassorutinen", "Uttag ur Raindance", "Ekonomienheten",
   (YELLOW, None), (RED, None), "Kontrollen hann inte utföras, flyttas till 2026.", "EJ_GENOMFORD", "nej")]),
 ("HR och lön", [
  ("Lön", "Kontroll av löneutbetalningar – stickprov 25 nyanställda mot anställningsavtal", "Stickprov", "Lönechef",
   (GREEN, "Genomförd"), (GREEN, "Genomförd"), "1 felaktig lön (OB-tillägg) upptäcktes och korrigerades i novemberlönen.", "GENOMFORD", "ja"),
  ("Lön", "Kontroll att lönetillägg och engångsbelopp attesterats enligt delegationsordningen", "Stickprov 20 tillägg", "HR-chef",
   (YELLOW, "Pågår"), (None, None), "", "DELVIS", "nej")]),
 ("Styrning och ledning", [
  ("Delegering", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Genomgång av anmälningslistor", "Kanslichef",
   (None, None), (YELLOW, None), "Anmälan sker men inte för alla beslutstyper (personalbeslut saknas). Åtgärdas i ny delegationsordning.", "DELVIS", "ja"),
  ("Ärendehantering", "Uppföljning av att motioner besvaras inom ett år", "Uttag ur Ciceron", "Kanslichef",
   (None, None), (None, None), "Se bilaga 3", "OKLAR", "nej"),
  ("Avtal", "Kontroll av att avtal registreras i avtalsdatabasen vid tecknande", "Stickprov 10 avtal", "Upphandlingschef",
   (GREY, None), (GREY, "Utgår"), "Ersätts av kommungemensam kontroll av avtalstrohet.", "UTGAR", "nej"),
  ("Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Genomgång av direktupphandlingar", "Upphandlingschef",
   (RED, None), (GREEN, "OK"), "Samtliga 7 direktupphandlingar över 100 tkr är dokumenterade.", "GENOMFORD", "nej")]),
]
r = 6
n5 = 0
for gname, rows in f5:
    c = ws.cell(row=r, column=1, value=gname); c.font = Font(bold=True); c.fill = fill("F2F2F2")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    for proc, km, metod, ansv, d, h, komm, st, av in rows:
        vals = [proc, km, metod, ansv, d[1], h[1], komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if d[0]: ws.cell(row=r, column=5).fill = fill(d[0])
        if h[0]: ws.cell(row=r, column=6).fill = fill(h[0])
        exp(F5, "Kommunstyrelsen", km, st, av); n5 += 1
        r += 1
ws.cell(row=r, column=1, value="Summa kontrollmoment").font = Font(bold=True)
ws.cell(row=r, column=2, value=n5).font = Font(bold=True)
r += 2
ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True); r += 1
for col, txt in [(GREEN, "Genomförd utan väsentliga avvikelser"), (YELLOW, "Delvis genomförd / pågår"),
                 (RED, "Ej genomförd"), (GREY, "Utgår")]:
    ws.cell(row=r, column=1).fill = fill(col); ws.cell(row=r, column=2, value=txt); r += 1
for col, wdt in zip("ABCDEFG", [18, 55, 22, 18, 12, 12, 55]):
    ws.column_dimensions[col].width = wdt
wb.save(F5)
FILES.append((F5, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# F6: Kultur- och fritidsnämnden .xls (via soffice) – tick columns X under Genomförd/Delvis/Ej genomförd/Ej aktuell.
# ---------------------------------------------------------------------------
F6 = "KFN uppföljning IK helår 2025.xls"
wb = Workbook(); ws = wb.active; ws.title = "Helår 2025"
ws["A1"] = "Kultur- och fritidsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"; ws["A2"].font = Font(bold=True)
ws["A3"] = "Markera med X i den kolumn som stämmer. Kommentera alltid avvikelser."
ws["A3"].font = Font(italic=True)
hdr6 = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell", "Iakttagelser/kommentar"]
for i, h in enumerate(hdr6, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = border
f6 = [
 ("Kontanthantering", "Oanmäld kassainventering i badhusets kassa två gånger per år", "X", "", "", "",
  "Två inventeringar (maj och november) utan differens.", "GENOMFORD", "nej"),
 ("Uthyrning", "Kontroll av att uthyrning av idrottshallar debiteras enligt taxa, stickprov 20 bokningar", "", "X", "", "",
  "15 av 20 kontrollerade. 2 föreningsbokningar debiterade med fel taxa.", "DELVIS", "ja"),
 ("Skydd av tillgångar", "Inventering av konst och museiföremål på Vänermuseet mot förteckning, stickprov 30 objekt", "X", "X", "", "",
  "Stickprov på 30 objekt, fortsatt arbete 2026.", "OKLAR", "nej"),
 ("Personal", "Kontroll att ledare i fritidsgårdsverksamheten visat utdrag ur belastningsregistret", "", "", "", "",
  "Kontrollen har inte genomförts på grund av långtidssjukskrivning.", "EJ_GENOMFORD", "nej"),
 ("Tillstånd", "Kontroll av att lotteritillstånd och lotteriredovisningar hanteras inom föreskriven tid", "", "", "", "x",
  "Inga lotteriärenden under 2025.", "UTGAR", "nej"),
 ("Avgifter", "Kontroll av att kulturskolans avgifter faktureras för samtliga antagna elever, stickprov 50", "X", "", "", "",
  "3 elever ej fakturerade vt 2025, fakturerat i efterhand.", "GENOMFORD", "ja"),
 ("Bidrag", "Kontroll av att evenemangsbidrag följs upp mot inlämnad redovisning", "", "", "", "",
  "", "SAKNAS", "nej"),
]
r = 6
for row in f6:
    for i, v in enumerate(row[:7], 1):
        c = ws.cell(row=r, column=i, value=v if v != "" else None); c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 3 <= i <= 6 else None)
    exp(F6, "Kultur- och fritidsnämnden", row[1], row[7], row[8])
    r += 1
r += 1
ws.cell(row=r, column=1, value="Ansvarig: Helena Öberg, kultur- och fritidschef")
ws.cell(row=r + 1, column=1, value="Datum: 2026-01-19")
for col, wdt in zip("ABCDEFG", [20, 60, 11, 9, 13, 11, 55]):
    ws.column_dimensions[col].width = wdt
tmpd = tempfile.mkdtemp()
tmpx = os.path.join(tmpd, F6.replace(".xls", ".xlsx"))
wb.save(tmpx)
subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmpd, tmpx],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(tmpd, F6), F6)
shutil.rmtree(tmpd)
FILES.append((F6, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# F7: Utbildningsnämnden .docx – headings, prose, one table per process, status words.
# ---------------------------------------------------------------------------
F7 = "Utbildningsnämnden - uppföljning internkontrollplan 2025 helår.docx"
doc = Document()
doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", 0)
doc.add_paragraph("Utbildningsnämnden, Lidköpings kommun\nDnr UN 2025/0123")
doc.add_heading("Sammanfattning", 1)
doc.add_paragraph("Utbildningsnämnden antog internkontrollplanen för 2025 den 20 februari 2025. Planen omfattar åtta "
                  "kontrollmoment inom fyra processer. Förvaltningen bedömer att den interna kontrollen i huvudsak har "
                  "varit tillräcklig. Nedan redovisas resultatet per process.")
f7 = [
 ("Antagning och elevadministration", [
  ("Kontroll av att interkommunala ersättningar faktureras för samtliga elever från andra kommuner",
   "Avstämning mot elevregistret i oktober", "Utförd",
   "4 elever från Götene och Vara saknade faktura för ht 2025. Fakturerat i november.", "GENOMFORD", "ja"),
  ("Kontroll av att betyg registreras och signeras inom fastställd tid efter kursslut",
   "Uttag ur betygskatalogen", "Genomförd med anmärkning",
   "Vid två program på De la Gardiegymnasiet registrerades betyg upp till tre veckor för sent.", "GENOMFORD", "ja")]),
 ("Vuxenutbildning", [
  ("Kontroll av att studerande inom Komvux som inte påbörjat kurs avregistreras inom 3 veckor",
   "Stickprov 30 kursstarter", "Påbörjad",
   "Rutin framtagen och kontroll gjord för höstens kursstarter i augusti. Resterande kursstarter kontrolleras i januari.", "DELVIS", "nej"),
  ("Uppföljning av avtal med externa utbildningsanordnare inom yrkesvux – kvalitetsbesök",
   "Kvalitetsbesök hos anordnare", "Avbruten genom beslut",
   "Upphandlingen avbröts (UN 2025-04-24 § 38) och utbildningen bedrivs i egen regi.", "UTGAR", "nej")]),
 ("Ekonomi", [
  ("Kontroll av att elevresekort endast delas ut till berättigade elever, stickprov 30",
   "Stickprov mot folkbokföring", "Planerad till hösten", "", "EJ_GENOMFORD", "nej"),
  ("Kontroll att inköp av elevdatorer sker via avtal",
   "Fakturagranskning", "Ja", "Samtliga inköp gjorda via avrop på ramavtalet.", "GENOMFORD", "nej")]),
 ("Arbetsmiljö och säkerhet", [
  ("Kontroll av att brandskyddsronder genomförs på samtliga enheter enligt SBA",
   "Granskning av rondprotokoll", "",
   "Ronderna har genomförts på två av fyra enheter. Brister i utrymningsskyltning noterades på Komvux lokaler.", "DELVIS", "ja"),
  ("Kontroll av att utdrag ur belastningsregistret finns för nyanställd personal",
   "Stickprov 10 anställningar", "?", "", "OKLAR", "nej")]),
]
for proc, rows in f7:
    doc.add_heading(f"Process: {proc}", 2)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförande", "Status", "Resultat och åtgärder"]):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs: run.bold = True
    for km, gen, status, res, st, av in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = km, gen, status, res
        exp(F7, "Utbildningsnämnden", km, st, av)
    doc.add_paragraph("")
doc.add_heading("Förvaltningens bedömning", 1)
doc.add_paragraph("Arbetet med brandskydd och med elevresekort behöver förstärkas och förs in i internkontrollplanen för 2026.")
doc.add_paragraph("Lidköping 2026-01-20\n\nAnna Bergström\nFörvaltningschef, utbildningsförvaltningen")
doc.save(F7)
FILES.append((F7, "INLAST", "Utbildningsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# F8: Bygg- och miljönämnden .ods – Status 2024 | Status 2025 side by side (only 2025 counts).
# ---------------------------------------------------------------------------
F8 = "BMN_internkontroll_helar_2025.ods"
ods = OpenDocumentSpreadsheet()
bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
ods.automaticstyles.addElement(bold)
def orow(tbl, vals, style=None):
    tr = TableRow()
    for v in vals:
        if v is None or v == "":
            tc = TableCell()
        elif isinstance(v, (int, float)):
            tc = TableCell(valuetype="float", value=v)
            tc.addElement(P(text=str(v)))
        else:
            tc = TableCell(valuetype="string")
            for line in str(v).split("\n"):
                tc.addElement(P(text=line))
        if style is not None: tc.setAttribute("stylename", style)
        tr.addElement(tc)
    tbl.addElement(tr)
t = Table(name="Uppföljning")
for _ in range(6): t.addElement(TableColumn())
orow(t, ["Bygg- och miljönämnden – uppföljning av internkontrollplan, helår 2025"], bold)
orow(t, ["Jämförelse med 2024 för kontroller som fanns med även förra året"])
orow(t, [])
orow(t, ["Nr", "Process", "Kontrollmoment", "Status 2024", "Status 2025", "Kommentar 2025"], bold)
f8 = [
 (1, "Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor), stickprov 20 ärenden",
  "Delvis", "Genomförd", "18 av 20 ärenden inom tid, 2 ärenden överskred tiden och avgiften reducerades.", "GENOMFORD", "ja"),
 (2, "Bygglov", "Kontroll att avgift för bygglov debiteras enligt taxa, stickprov 15 ärenden",
  "Genomförd", "", "", "SAKNAS", "nej"),
 (3, "Livsmedelskontroll", "Kontroll av att tillsynsplanen för livsmedelskontroll följs",
  "Ej genomförd", "Genomförd", "78 % av planerade livsmedelskontroller utförda (mål 100 %). Resursförstärkning begärd i budget 2026.", "GENOMFORD", "ja"),
 (4, "Delegering", "Kontroll av att delegationsbeslut enligt miljöbalken anmäls till nämnden månadsvis",
  "", "Pågår", "", "DELVIS", "nej"),
 (5, "Strandskydd", "Stickprov av 10 beviljade strandskyddsdispenser – motivering och expediering till Länsstyrelsen",
  "", "Ej genomförd", "Prioriterades bort under hösten.", "EJ_GENOMFORD", "nej"),
 (6, "Miljötillsyn", "Kontroll av att tillsynsavgifter enligt miljöbalken debiteras i rätt tid",
  "Genomförd", "Utgår", "Utgår ur planen 2025 efter ny riskanalys.", "UTGAR", "nej"),
 (7, "Arkiv", "Kontroll av att handlingar i bygglovsärenden gallras enligt dokumenthanteringsplanen",
  "Ej genomförd", "", "Gallring genomförd i oktober för ärenden från 2019–2021.", "GENOMFORD", "nej"),
]
for row in f8:
    orow(t, list(row[:6]))
    exp(F8, "Bygg- och miljönämnden", row[2], row[6], row[7])
orow(t, [])
orow(t, ["Godkänd av nämnden 2026-01-29 § 5"])
ods.spreadsheet.addElement(t)
t2 = Table(name="Instruktion")
orow(t2, ["Fyll i status 2025 med Genomförd, Delvis/Pågår, Ej genomförd eller Utgår."])
orow(t2, ["Kolumnen Status 2024 är hämtad från förra årets uppföljning och ska inte ändras."])
ods.spreadsheet.addElement(t2)
ods.save(F8)
FILES.append((F8, "INLAST", "Bygg- och miljönämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# F9: Räddningsnämnden .odt – delår per 31 augusti, one small label/value table per control, ☒/☐ checkboxes.
# ---------------------------------------------------------------------------
F9 = "Räddningsnämnden delårsuppföljning internkontroll 2025.odt"
odt = OpenDocumentText()
h1 = Style(name="Rubrik1", family="paragraph"); h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
h2 = Style(name="Rubrik2", family="paragraph"); h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
odt.styles.addElement(h1); odt.styles.addElement(h2)
odt.text.addElement(H(outlinelevel=1, stylename=h1, text="Delårsuppföljning av internkontrollplan 2025"))
odt.text.addElement(P(text="Räddningsnämnden – Räddningstjänsten Lidköping"))
odt.text.addElement(P(text="Uppföljningen avser perioden 1 januari – 31 augusti 2025."))
BOX = ["Genomförd", "Delvis", "Ej genomförd", "Utgår"]
def boxes(sel):
    return "   ".join(("☒ " if b in sel else "☐ ") + b for b in BOX)
f9 = [
 ("Kontroll av att tillsyn enligt LSO genomförs enligt tillsynsplanen", "Sammanställning ur Daedalos",
  {"Delvis"}, "42 av 70 planerade tillsyner utförda per 31 augusti.", "DELVIS", "nej"),
 ("Kontroll av att övningstid per deltidsbrandman uppfyller minimikravet 50 timmar per år", "Uttag ur övningsregistret",
  {"Ej genomförd"}, "Kontrollen görs i december när årets övningar är registrerade.", "EJ_GENOMFORD", "nej"),
 ("Kontroll av att andningsskydd genomgått service och funktionstest enligt tillverkarens intervall", "Genomgång av servicejournal",
  {"Genomförd"}, "Två apparater med passerat serviceintervall upptäcktes och togs ur drift.", "GENOMFORD", "ja"),
 ("Stickprov av 10 fakturerade onödiga automatlarm – kontroll mot taxa", "Stickprov",
  set(), "", "SAKNAS", "nej"),
 ("Kontroll av att sotning och brandskyddskontroll utförs enligt fastställda frister", "Rapport från entreprenören",
  {"Genomförd", "Delvis"}, "Entreprenörens rapport inkom i juni.", "OKLAR", "nej"),
 ("Kontroll av att insatsrapporter kvalitetssäkras inom 14 dagar", "Uttag ur IDA",
  set(), "Samtliga insatsrapporter kvalitetssäkrade inom 14 dagar, inga brister.", "GENOMFORD", "nej"),
]
for i, (km, metod, sel, res, st, av) in enumerate(f9, 1):
    odt.text.addElement(H(outlinelevel=2, stylename=h2, text=f"Kontrollmoment {i}"))
    tbl = Table(name=f"Kontroll{i}")
    tbl.addElement(TableColumn()); tbl.addElement(TableColumn())
    for lab, val in [("Kontrollmoment", km), ("Metod", metod), ("Status", boxes(sel)), ("Resultat", res)]:
        tr = TableRow()
        a = TableCell(); a.addElement(P(text=lab)); tr.addElement(a)
        b = TableCell(); b.addElement(P(text=val)); tr.addElement(b)
        tbl.addElement(tr)
    odt.text.addElement(tbl)
    odt.text.addElement(P(text=""))
    exp(F9, "Räddningsnämnden", km, st, av)
odt.text.addElement(P(text="Lidköping 2025-09-15, Mikael Torstensson, räddningschef"))
odt.save(F9)
FILES.append((F9, "INLAST", "Räddningsnämnden", "2025", "DELAR"))

# ---------------------------------------------------------------------------
# F10: Excel lock file – rejected.
# ---------------------------------------------------------------------------
F10 = "~$KS uppföljning internkontrollplan helår 2025.xlsx"
owner = "Sara Nyström"
data = bytes([len(owner)]) + owner.encode("latin-1").ljust(53, b" ") + b"\x00\x00" + \
       owner.encode("utf-16-le") + b"\x00" * (165 - 56 - 2 * len(owner))
with open(F10, "wb") as fh:
    fh.write(data[:165])
FILES.append((F10, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
# CSVs
# ---------------------------------------------------------------------------
NAMNDER = [
 ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
 ("Barn- och skolnämnden", "BSN|Barn- och skolförvaltningen|BSF"),
 ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|Gymnasie- och vuxenutbildningen"),
 ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
 ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarkontoret"),
 ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
 ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
 ("Bygg- och miljönämnden", "BMN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
 ("Räddningsnämnden", "RN|Räddningstjänsten Lidköping|Räddningstjänsten"),
 ("Valnämnden", "VN"),
]
def wcsv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as fh:
        fh.write(";".join(header) + "\n")
        for r in rows:
            assert all(";" not in str(x) and "\n" not in str(x) for x in r), r
            fh.write(";".join(str(x) for x in r) + "\n")
wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)

reg = {n for n, _ in NAMNDER}
assert all(f[2] in reg for f in FILES if f[1] == "INLAST")
assert {(e[0], e[1]) for e in EXPECTED} == {(f[0], f[2]) for f in FILES if f[1] == "INLAST"}
print(len({f[0] for f in FILES}), "files,", sum(1 for f in FILES if f[1] == "INLAST"), "nämnd rows,", len(EXPECTED), "controls")
