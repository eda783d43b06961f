#!/usr/bin/python3
# Round 118 – Västra Dals kommun, T2 2025: small nämnder with minimal effort.
# Builds every file of the round plus namnder.csv, files.csv and expected.csv.
import csv
import datetime
import os
import re
import shutil
import zipfile

import openpyxl
import xlwt
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, rows):
    for text, status, avv in rows:
        EXPECTED.append((fil, namnd, text, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö & bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Teknisk nämnd|Tekniska förvaltningen|Teknik och service"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valnämnd"),
    ("Jävsnämnden", "JN|Jävsnämnd"),
]
with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
    f.write("nämnd;alias\n")
    for n, a in REGISTER:
        f.write(f"{n};{a}\n")

# ---------------------------------------------------------------------------
# 1. E-mail body saved as .txt – Överförmyndarnämnden
# ---------------------------------------------------------------------------
fil1 = "SV Uppföljning internkontroll T2.txt"
ofn = [
    # (line as written, control text, status, avvikelse)
    ("Granskning årsräkningar, stickprov 10 st - gjort. 2 st skickades tillbaka för komplettering (saknade underlag för uttag).",
     "Granskning årsräkningar, stickprov 10 st", "GENOMFORD", "ja"),
    ("Arvoden till gode män enl. riktlinje - gjort, inga avvikelser",
     "Arvoden till gode män enl. riktlinje", "GENOMFORD", "nej"),
    ("Registerkontroll i Wärna (ärenden utan aktiv ställföreträdare) - påbörjat, blir klart i okt",
     "Registerkontroll i Wärna (ärenden utan aktiv ställföreträdare)", "DELVIS", "nej"),
    ("Kontroll att förvaltarskap omprövas årligen - ej gjort pga sjukskrivning, tas T3",
     "Kontroll att förvaltarskap omprövas årligen", "EJ_GENOMFORD", "nej"),
    ("Omyndigas medel placerade m. överförmyndarspärr - gjort, 1 konto saknade spärr, åtgärdat med banken",
     "Omyndigas medel placerade m. överförmyndarspärr", "GENOMFORD", "ja"),
    ("Delegationsbeslut anmälda till nämnden - gjort",
     "Delegationsbeslut anmälda till nämnden", "GENOMFORD", "nej"),
    ("Introduktionsutbildning nya ställföreträdare - utgår i år, Dalslandskommunerna kör den gemensamt via regionen",
     "Introduktionsutbildning nya ställföreträdare", "UTGAR", "nej"),
]
body = """Från: Lena Bergqvist <lena.bergqvist@vastradal.se>
Skickat: den 12 september 2025 16:48
Till: Ekonomienheten <ekonomienheten@vastradal.se>
Ämne: SV: Uppföljning internkontroll T2

Hej!

Förlåt att det blev sent. Jag hann inte fylla i mallen så jag skriver ÖFN:s uppföljning för T2 direkt här i mejlet istället, hoppas det går bra.

"""
body += "\n".join(l for l, _, _, _ in ofn)
body += """

Inför nästa år funderar vi på att lägga till en kontroll av hur lång tid det tar att hitta en ställföreträdare, men det tar vi när planen för 2026 ska tas fram.

Säg till om ni behöver något mer!

Vänliga hälsningar
Lena Bergqvist
Handläggare, Överförmyndarenheten
Västra Dals kommun
0531-55 12 40

-----Ursprungligt meddelande-----
Från: Ekonomienheten <ekonomienheten@vastradal.se>
Skickat: den 1 september 2025 09:12
Till: Nämndsekreterare
Ämne: Uppföljning internkontroll T2

Hej alla!
Påminnelse: uppföljningen av nämndernas internkontrollplaner för tertial 2 (jan-aug) ska vara inne senast den 12 september. Använd gärna mallen på intranätet, men det viktiga är att vi får status på varje kontrollmoment.

Hälsningar
Ekonomienheten
"""
with open(fil1, "w", encoding="utf-8", newline="\r\n") as f:
    f.write(body)
FILES.append((fil1, "INLAST", "Överförmyndarnämnden", "2025", "T2"))
exp(fil1, "Överförmyndarnämnden", [(c, s, a) for _, c, s, a in ofn])

# ---------------------------------------------------------------------------
# 2. CSV export (comma, all fields quoted) – Kultur och fritid + Valnämnden
# ---------------------------------------------------------------------------
fil2 = "hypergene_export_IK_2025-09-15.csv"
hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse"]
kfn = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestreglementet", "Genomförd",
     "Stickprov 20 fakturor jan-aug, inga fel.", "Nej", "GENOMFORD", "nej"),
    ("Bidrag", "Föreningsbidrag: redovisning inkommen före utbetalning", "Genomförd med anmärkning",
     "2 av 14 föreningar hade inte lämnat verksamhetsberättelse, utbetalningen stoppad tills den kommit in.", "Ja",
     "GENOMFORD", "ja"),
    ("Ekonomi", "Kassaavstämning i simhallens kassa", "Pågående",
     "Avstämning görs månadsvis, sammanställning klar i december.", "Nej", "DELVIS", "nej"),
    ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial", "Ej påbörjad",
     "Ej påbörjad pga vakans, controller börjar 1/10.", "", "EJ_GENOMFORD", "nej"),
    ("Ekonomi", "Representation och interna evenemang", "",
     "Klart. Samtliga representationsfakturor jan-aug genomgångna,\ninga avvikelser.", "", "GENOMFORD", "nej"),
    ("Lokaler", "Uthyrning av lokaler – fakturering enligt taxa", "Ej aktuell",
     "Utgår ur planen, nytt bokningssystem 2026. Ersätts av ny kontroll i planen för 2026.", "",
     "UTGAR", "nej"),
]
vn = [
    ("Ekonomi", "Arvoden till valnämndens ledamöter enligt arvodesreglementet", "Genomförd",
     "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
    ("Valorganisation", "Rekrytering av röstmottagare inför valen 2026 enligt tidplan", "Pågående",
     "Annonsering startade i augusti, ca 40 % av behovet täckt.", "Nej", "DELVIS", "nej"),
    ("Valorganisation", "Inventering av vallokaler och lokaler för förtidsröstning (tillgänglighet)",
     "Genomförd med avvikelse",
     "Två lokaler saknar ramp, \"Dalhallen\" och Frändefors bygdegård. Åtgärd beställd hos Teknik och service.", "Ja",
     "GENOMFORD", "ja"),
    ("Administration", "Delegationsbeslut anmälda till nämnden", "Ej genomförd",
     "Missades vid augustisammanträdet, anmäls i oktober.", "Nej", "EJ_GENOMFORD", "nej"),
    ("Säkerhet", "Förvaring av valmaterial (sigill, valsedlar) i låst utrymme", "", "", "", "SAKNAS", "nej"),
]
with open(fil2, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(hdr)
    for p, k, s, c, a, _, _ in kfn:
        w.writerow(["Kultur och fritid", "Internkontrollplan 2025", p, k, "2025 T2", s, c, a])
    for p, k, s, c, a, _, _ in vn:
        w.writerow(["Valnämnden", "Internkontrollplan 2025", p, k, "2025 T2", s, c, a])
    w.writerow(["Antal kontrollmoment: 11", "", "", "", "", "", "", ""])
FILES.append((fil2, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))
FILES.append((fil2, "INLAST", "Valnämnden", "2025", "T2"))
exp(fil2, "Kultur- och fritidsnämnden", [(k, s, a) for _, k, _, _, _, s, a in kfn])
exp(fil2, "Valnämnden", [(k, s, a) for _, k, _, _, _, s, a in vn])

# ---------------------------------------------------------------------------
# 3. One-sheet xlsx, no header row at all – Miljö- och byggnämnden (only the file name says who/when)
# ---------------------------------------------------------------------------
fil3 = "MBN IK T2 2025.xlsx"
mbn = [
    ("Handläggningstid bygglov inom 10 v (stickprov 15 ärenden)", "klar m. anm.", "GENOMFORD", "ja"),
    ("Delegationsbeslut anmälda till nämnd", "gjort", "GENOMFORD", "nej"),
    ("Debitering av tillsynsavgifter enl. taxa", "påbörj.", "DELVIS", "nej"),
    ("Tillsynsplan livsmedel följs", "genomförd?", "OKLAR", "nej"),
    ("Diarieföring av inkomna klagomål/anmälningar", "ej gjort", "EJ_GENOMFORD", "nej"),
    ("Jävsdeklarationer handläggare", "inte än", "EJ_GENOMFORD", "nej"),
    ("Attest leverantörsfakturor", "Gjort", "GENOMFORD", "nej"),
    ("Behörigheter i ByggR och Ecos, borttag slutat personal", "gjrot", "GENOMFORD", "nej"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Blad1"
for i, (k, s, _, _) in enumerate(mbn, start=1):
    ws.cell(row=i, column=1, value=k)
    ws.cell(row=i, column=2, value=s)
ws.column_dimensions["A"].width = 52
ws.column_dimensions["B"].width = 14
wb.properties.creator = "Karin Sjödahl"
wb.properties.created = wb.properties.modified = datetime.datetime(2025, 9, 11, 13, 5)
wb.properties.lastModifiedBy = "Karin Sjödahl"
wb.save(fil3)
FILES.append((fil3, "INLAST", "Miljö- och byggnämnden", "2025", "T2"))
exp(fil3, "Miljö- och byggnämnden", [(k, s, a) for k, _, s, a in mbn])

# ---------------------------------------------------------------------------
# 4. Office lock file of the MBN workbook – must be rejected
# ---------------------------------------------------------------------------
fil4 = "~$MBN IK T2 2025.xlsx"
user = "Karin Sjödahl"
b = bytes([len(user)]) + user.encode("cp1252")
b = b.ljust(55, b" ")
b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
b = b.ljust(165, b"\x20\x00"[:1])
with open(fil4, "wb") as f:
    f.write(b)
FILES.append((fil4, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
# 5. docx with bullet lists only – Tekniska nämnden T2 2025
# ---------------------------------------------------------------------------
fil5 = "TN uppföljning IK tertial 2.docx"
tn = [
    ("Ekonomi", [
        ("Attest av leverantörsfakturor (stickprov 25 st)", "klart, inga fel", "GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av material till gatuunderhåll", "klart – 3 köp utanför avtal hos lokal järnhandel, info till arbetsledarna", "GENOMFORD", "ja"),
    ]),
    ("Fastighet", [
        ("Egenkontroller av lekplatser enligt SS-EN 1176", "delvis, 9 av 14 lekplatser besiktigade", "DELVIS", "nej"),
        ("Hyresavtal för externa hyresgäster uppdaterade", "ej påbörjat", "EJ_GENOMFORD", "nej"),
        ("Brandskyddskontroller (SBA) i kommunens lokaler", "klart", "GENOMFORD", "nej"),
    ]),
    ("VA och renhållning", [
        ("Provtagning dricksvatten enligt kontrollprogram", "klart, ett prov i Fröskog med avvikande värde, omprov ok", "GENOMFORD", "ja"),
        ("Debitering av VA-avgifter enligt taxa", "pågår fortf.", "DELVIS", "nej"),
    ]),
    ("Fordon", [
        ("Körjournaler för kommunens fordon", "se bilaga", "OKLAR", "nej"),
    ]),
]
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
p = doc.add_paragraph()
r = p.add_run("Tekniska nämnden – uppföljning internkontrollplan 2025, tertial 2")
r.bold = True
r.font.size = Pt(13)
for proc, ctrls in tn:
    doc.add_paragraph(proc, style="List Bullet")
    for k, s, _, _ in ctrls:
        doc.add_paragraph(f"{k} – {s}", style="List Bullet 2")
doc.add_paragraph("Övrigt", style="List Bullet")
doc.add_paragraph("Ny kontaktperson för internkontrollen på förvaltningen är Anders Holm.", style="List Bullet 2")
doc.add_paragraph("Kontrollerna redovisas mer utförligt i verksamhetsberättelsen.", style="List Bullet 2")
doc.core_properties.author = "Anders Holm"
doc.core_properties.title = "Uppföljning IK T2"
doc.core_properties.created = datetime.datetime(2025, 9, 8, 8, 15)
doc.core_properties.modified = datetime.datetime(2025, 9, 11, 14, 2)
doc.save(fil5)
FILES.append((fil5, "INLAST", "Tekniska nämnden", "2025", "T2"))
exp(fil5, "Tekniska nämnden", [(k, s, a) for _, cs in tn for k, _, s, a in cs])

# ---------------------------------------------------------------------------
# 6. xlsx where the nämnd is named only in the document properties – Jävsnämnden
# ---------------------------------------------------------------------------
fil6 = "Uppföljning IK T2.xlsx"
jn = [
    ("Bygglov där kommunen själv är sökande handläggs utan jäv (stickprov)", "Nämndsekr.", "ja", "",
     "GENOMFORD", "nej"),
    ("Protokoll justerade och anslagna inom lagstadgad tid", "Nämndsekr.", "ja",
     "ett protokoll (juni) anslogs 2 dagar för sent", "GENOMFORD", "ja"),
    ("Delegationsbeslut återrapporterade till nämnden", "Nämndsekr.", "delvis",
     "jan-apr klart, maj-aug återstår", "DELVIS", "nej"),
    ("Avgifter debiterade förvaltningarna enligt taxa", "Handläggare", "nej",
     "inte än, görs vid bokslut", "EJ_GENOMFORD", "nej"),
    ("Ledamöternas jävsdeklarationer inlämnade", "Ordf.", "",
     "Alla ledamöter har lämnat in, klart i maj.", "GENOMFORD", "nej"),
    ("Arvoden till ledamöter enligt reglementet", "Nämndsekr.", "ej aktuellt",
     "betalas via KS, ska strykas ur planen", "UTGAR", "nej"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "T2"
ws["A1"] = "Uppföljning intern kontroll 2025 – tertial 2"
ws["A1"].font = Font(bold=True, size=13)
heads = ["Kontrollmoment", "Ansvarig", "Utfört?", "Kommentar"]
for c, h in enumerate(heads, start=1):
    cell = ws.cell(row=3, column=c, value=h)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="D9E1F2")
for i, (k, a, s, c, _, _) in enumerate(jn, start=4):
    ws.cell(row=i, column=1, value=k)
    ws.cell(row=i, column=2, value=a)
    ws.cell(row=i, column=3, value=s)
    ws.cell(row=i, column=4, value=c or None)
    for col in range(1, 5):
        ws.cell(row=i, column=col).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(row=len(jn) + 6, column=1, value="Uppdaterad 2025-09-10 /ME")
ws.column_dimensions["A"].width = 55
ws.column_dimensions["B"].width = 13
ws.column_dimensions["C"].width = 11
ws.column_dimensions["D"].width = 45
wb.properties.title = "IK-uppföljning T2 2025"
wb.properties.subject = "Jävsnämnden"
wb.properties.creator = "Maria Ek"
wb.properties.created = datetime.datetime(2025, 2, 3, 10, 0)
wb.properties.modified = datetime.datetime(2025, 9, 10, 15, 22)
wb.properties.lastModifiedBy = "Maria Ek"
wb.properties.keywords = "internkontroll; JN"
tmp6 = fil6 + ".tmp"
wb.save(tmp6)
# add <Company> to docProps/app.xml (openpyxl does not write it)
with zipfile.ZipFile(tmp6) as zin, zipfile.ZipFile(fil6, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/app.xml":
            s = data.decode("utf-8")
            if "<Company" not in s:
                s = s.replace("</Properties>", "<Company>Västra Dals kommun</Company></Properties>")
            data = s.encode("utf-8")
        zout.writestr(item, data)
os.remove(tmp6)
FILES.append((fil6, "INLAST", "Jävsnämnden", "2025", "T2"))
exp(fil6, "Jävsnämnden", [(k, s, a) for k, _, _, _, s, a in jn])

# ---------------------------------------------------------------------------
# 7. xlsx used all year, T1/T2/T3 columns + old "Utfall 2024" column – Kommunstyrelsen
# ---------------------------------------------------------------------------
fil7 = "KS internkontroll 2025.xlsx"
ks = [
    ("EKONOMI", None),
    (("1", "Attest av leverantörsfakturor, stickprov", "Varje tertial", "gjort", "gjort", "gjort", "", ""), ("GENOMFORD", "nej")),
    (("2", "Avtalstrohet ramavtal kontorsmaterial", "Varje tertial", "gjort", "ej gjort", "påbörj.", "", "2 av 4 avtal granskade"), ("DELVIS", "nej")),
    (("3", "Representation förtroendevalda", "Årlig", "gjort m. anm.", "gjort", "", "", "Kontrollerat i april, inga avvikelser"), ("GENOMFORD", "nej")),
    (("4", "Kontroll av ingående moms", "Årlig", "gjort", "ej gjort", "ej gjort", "", "flyttas till T3"), ("EJ_GENOMFORD", "nej")),
    (("5", "Handkassor – avstämning", "Varje tertial", "gjort", "gjort", "utgår", "", "handkassorna avvecklade i mars"), ("UTGAR", "nej")),
    ("HR / LÖN", None),
    (("6", "Lönelistor mot anställningsavtal (stickprov)", "Årlig", "gjort", "", "inte än", "", ""), ("EJ_GENOMFORD", "nej")),
    (("7", "Delegationsbeslut anmälda till KS", "Varje tertial", "gjort", "gjort", "gjort", "", ""), ("GENOMFORD", "nej")),
    ("IT OCH DATASKYDD", None),
    (("8", "IT-behörigheter: konton för slutad personal avslutade", "Varje tertial", "ej gjort", "påbörj.", "klar m. anm.", "", "4 konton fortf. aktiva efter avslut, nu stängda"), ("GENOMFORD", "ja")),
    (("9", "Registerförteckning GDPR uppdaterad", "Årlig", "gjort", "", "", "", ""), ("SAKNAS", "nej")),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "IK 2025"
ws["A1"] = "Kommunstyrelsen – internkontrollplan 2025, uppföljning t.o.m. T2"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Fyll i: gjort / ej gjort / påbörj. / utgår  + ev. kommentar"
ws["A2"].font = Font(italic=True, color="808080")
heads = ["Nr", "Kontrollmoment", "Frekvens", "Utfall 2024", "T1", "T2", "T3", "Kommentar"]
for c, h in enumerate(heads, start=1):
    cell = ws.cell(row=4, column=c, value=h)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="E2EFDA")
row = 5
for item, res in ks:
    if res is None:
        ws.cell(row=row, column=1, value=item).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
    else:
        for c, v in enumerate(item, start=1):
            if v != "":
                ws.cell(row=row, column=c, value=int(v) if c == 1 else v)
        ws.cell(row=row, column=4).font = Font(color="808080")
    row += 1
ws.column_dimensions["A"].width = 5
ws.column_dimensions["B"].width = 50
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 13
for col in "EFG":
    ws.column_dimensions[col].width = 12
ws.column_dimensions["H"].width = 42
wb.properties.creator = "Johan Wiklund"
wb.properties.created = datetime.datetime(2025, 1, 20, 9, 30)
wb.properties.modified = datetime.datetime(2025, 9, 12, 11, 47)
wb.save(fil7)
FILES.append((fil7, "INLAST", "Kommunstyrelsen", "2025", "T2"))
exp(fil7, "Kommunstyrelsen", [(it[1], r[0], r[1]) for it, r in ks if r is not None])

# ---------------------------------------------------------------------------
# 8. Last year's helår file sent by mistake (real .xls) – Tekniska nämnden 2024
# ---------------------------------------------------------------------------
fil8 = "TN IK helår 2024.xls"
tn24 = [
    ("Attest av leverantörsfakturor", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
    ("Egenkontroller av lekplatser", "Delvis genomförd", "11 av 14 lekplatser besiktigade, resten våren 2025", "DELVIS", "nej"),
    ("Avtalstrohet vid inköp av material", "Genomförd", "Flera inköp utanför avtal, information till inköpare", "GENOMFORD", "ja"),
    ("Körjournaler för kommunens fordon", "Ej genomförd", "Hanns inte med pga vakans", "EJ_GENOMFORD", "nej"),
    ("Snöröjning – entreprenörens fakturor mot körrapporter", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
]
wbx = xlwt.Workbook(encoding="utf-8")
sh = wbx.add_sheet("Helår 2024")
bold = xlwt.easyxf("font: bold on")
title = xlwt.easyxf("font: bold on, height 260")
sh.write(0, 0, "Tekniska nämnden", title)
sh.write(1, 0, "Uppföljning internkontrollplan 2024 – helår")
for c, h in enumerate(["Kontrollmoment", "Status", "Kommentar"]):
    sh.write(3, c, h, bold)
for i, (k, s, c, _, _) in enumerate(tn24, start=4):
    sh.write(i, 0, k)
    sh.write(i, 1, s)
    sh.write(i, 2, c)
sh.write(len(tn24) + 6, 0, "Behandlad i Tekniska nämnden 2025-02-13 § 9")
sh.col(0).width = 256 * 52
sh.col(1).width = 256 * 18
sh.col(2).width = 256 * 50
wbx.save(fil8)
FILES.append((fil8, "INLAST", "Tekniska nämnden", "2024", "HELAR"))
exp(fil8, "Tekniska nämnden", [(k, s, a) for k, _, _, s, a in tn24])

# ---------------------------------------------------------------------------
# Answer files
# ---------------------------------------------------------------------------
with open("files.csv", "w", encoding="utf-8", newline="") as f:
    f.write("fil;utfall;nämnd;år;period\n")
    for r in FILES:
        f.write(";".join(r) + "\n")
with open("expected.csv", "w", encoding="utf-8", newline="") as f:
    f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
    for fil, n, k, s, a in EXPECTED:
        k = k.replace(";", ",").replace("\n", " ")
        f.write(f"{fil};{n};{k};{s};{a}\n")

print(len({r[0] for r in FILES}), "files,", len(FILES), "files.csv rows,", len(EXPECTED), "controls")
