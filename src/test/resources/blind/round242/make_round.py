#!/usr/bin/python3
"""Blind round r242 – 'Forms built in Excel', Åbacka kommun, T2 2025."""
import os, csv, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import xlwt
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
for f in os.listdir(OUT):
    if f not in ("make_round.py", "README.md"):
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)

EXP = []     # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []   # (fil, utfall, nämnd, år, period)

B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)

def block(ws, r, rows, last_col="F"):
    """Write label/value rows (label in A, value merged B:last_col). Returns next row."""
    for lab, val in rows:
        ws.cell(r, 1, lab).font = B
        ws.cell(r, 1).alignment = WRAP
        ws.cell(r, 2, val if val != "" else None).alignment = WRAP
        ws.merge_cells(f"B{r}:{last_col}{r}")
        for col in range(1, 7):
            ws.cell(r, col).border = BOX
        if val and len(str(val)) > 70:
            ws.row_dimensions[r].height = 30
        r += 1
    return r

# ---------------------------------------------------------------- 1 KS
fn = "KS_IK-uppfoljning_T2_2025.xlsx"
N = "Kommunstyrelsen"
ks = [
 ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Stickprov 20 fakturor per månad maj–augusti",
  "78 av 80 fakturor korrekt attesterade. Två fakturor saknade beslutsattest, attest har kompletterats i efterhand.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
 ("Kontroll av att representation redovisas med syfte och deltagare", "Redovisningsansvarig", "Genomgång av samtliga verifikationer konto 7631–7632",
  "Samtliga 15 kontrollerade verifikationer hade angivet syfte och deltagarförteckning.", "Genomförd", "GENOMFORD", "nej"),
 ("Uppföljning av att avtalstrohet följs vid inköp av förbrukningsmaterial", "Upphandlingschef", "Analys av inköpsstatistik mot ramavtal",
  "Kontrollen påbörjad i augusti. Analys av inköpsstatistik pågår och redovisas i T3.", "Pågår", "DELVIS", ""),
 ("Behörighetskontroll i ekonomisystemet Raindance – avslutade anställningar", "Systemförvaltare ekonomi", "Avstämning behörighetslista mot HR-systemet",
  "Tre konton tillhörande personer som slutat var fortfarande aktiva. Kontona har spärrats 2025-08-20.", "Genomförd", "GENOMFORD", "ja"),
 ("Rutin för hantering av allmänna handlingar – diarieföring inom fem arbetsdagar", "Kommunsekreterare", "Stickprov 50 ärenden",
  "Kontrollen är genomförd. 47 av 50 ärenden diariefördes inom fem arbetsdagar, tre ärenden registrerades för sent.", "", "GENOMFORD", "ja"),
 ("Kontroll av löneutbetalningar mot beslut om lönerevision", "HR-chef", "Stickprov 30 anställda",
  "Flyttas till tertial 3 på grund av byte av lönesystem.", "Ej genomförd", "EJ_GENOMFORD", ""),
 ("Efterlevnad av riktlinjer mot mutor och jäv – jävsdeklarationer för chefer", "Kanslichef", "Kontroll av inlämnade deklarationer",
  "Utgår enligt beslut KS 2025-05-14 § 88, ersätts av kommungemensam kontroll.", "Utgår", "UTGAR", ""),
 ("Säkerhetskopiering och återläsningstest av verksamhetssystem", "IT-chef", "Dokumenterat återläsningstest", "", "", "SAKNAS", ""),
]
wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
ws.column_dimensions["A"].width = 20
for c in "BCDEF":
    ws.column_dimensions[c].width = 18
ws["A1"] = "Åbacka kommun"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
ws["A4"] = "Nämnd:"; ws["A4"].font = B; ws["B4"] = N; ws.merge_cells("B4:F4")
ws["A5"] = "Period:"; ws["A5"].font = B; ws["B5"] = "Tertial 2 (januari–augusti) 2025"; ws.merge_cells("B5:F5")
ws["A6"] = "Instruktion: Fyll i en ruta per kontrollmoment. Ange status med något av orden Genomförd, Pågår, Ej genomförd eller Utgår."
ws["A6"].font = Font(italic=True, color="666666")
r = 8
for km, ans, met, res, st, S, av in ks:
    r = block(ws, r, [("Kontrollmoment:", km), ("Ansvarig:", ans), ("Metod:", met), ("Resultat:", res), ("Status:", st)])
    EXP.append((fn, N, km, S, av))
    r += 1  # blank separator
r += 1
ws.cell(r, 1, "Uppföljningen sammanställd av: Karin Lindqvist, controller"); r += 1
ws.cell(r, 1, "Datum: 2025-09-12")
wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 2 BUF
fn = "BUF_IK_T2-2025.xlsx"
N = "Barn- och utbildningsnämnden"
G, D, E = "Genomförd [X]   Delvis [ ]   Ej [ ]", "Genomförd [ ]   Delvis [X]   Ej [ ]", "Genomförd [ ]   Delvis [ ]   Ej [X]"
buf = [
 ("Process: Ekonomi och avgifter", [
  ("Kontroll av att fakturor för skolskjuts stämmer mot avtal", "Controller BUF", "Samtliga fakturor för skolskjuts maj–juni stämde mot avtalade priser.", G, "GENOMFORD", "nej"),
  ("Kontroll av att barnomsorgsavgifter debiteras enligt taxa", "Avgiftshandläggare", "Stickprov 30 fakturor. Inga fel hittades.", "Genomförd [x]   Delvis [ ]   Ej [ ]", "GENOMFORD", "nej"),
 ]),
 ("Process: Skolskjuts och elevärenden", [
  ("Handläggning av ansökningar om skolskjuts inom fastställd tid", "Skolskjutshandläggare", "Kontroll gjord för hälften av urvalet, resten av urvalet kontrolleras i september.", D, "DELVIS", ""),
  ("Uppföljning av frånvaro – rutin för elever med hög frånvaro", "Elevhälsochef", "Se separat rapport från elevhälsan.", "Genomförd [X]   Delvis [X]   Ej [ ]", "OKLAR", ""),
 ]),
 ("Process: Personal och trygghet", [
  ("Registerkontroll i belastningsregistret vid nyanställning", "HR-konsult BUF", "2 av 25 nyanställda saknade uppvisat registerutdrag vid anställningens start. Rektorerna har påmints om rutinen.", G, "GENOMFORD", "ja"),
  ("Anmälan till huvudman om kränkande behandling inom fem dagar", "Utvecklingsledare", "Ej genomförd under perioden på grund av sjukskrivning hos ansvarig handläggare.", E, "EJ_GENOMFORD", ""),
 ]),
 ("Process: IT och tillgångar", [
  ("Inventering av elevdatorer (1:1) mot tillgångsregister", "IT-samordnare", "", "Genomförd [ ]   Delvis [ ]   Ej [ ]", "SAKNAS", ""),
 ]),
]
wb = Workbook(); ws = wb.active; ws.title = "IK T2"
ws.oddHeader.center.text = "Barn- och utbildningsnämnden"
ws.oddFooter.right.text = "Sida &P av &N"
ws.column_dimensions["A"].width = 20
for c in "BCDEF":
    ws.column_dimensions[c].width = 18
ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Tertial 2 (maj–augusti) 2025"; ws["A2"].font = Font(bold=True)
ws["A3"] = "Markera status med X i rätt ruta: Genomförd [ ] Delvis [ ] Ej [ ]"; ws["A3"].font = Font(italic=True)
r = 5
for proc, items in buf:
    for col in range(1, 7):
        ws.cell(r, col).fill = fill("1F4E79")
    ws.cell(r, 1, proc).font = Font(bold=True, color="FFFFFF")
    r += 1
    for i, (km, ans, res, st, S, av) in enumerate(items):
        if i > 0:   # thin coloured bar between blocks in same process
            for col in range(1, 7):
                ws.cell(r, col).fill = fill("BDD7EE")
            ws.row_dimensions[r].height = 6
            r += 1
        r = block(ws, r, [("Kontrollmoment:", km), ("Ansvarig:", ans), ("Resultat:", res), ("Status:", st)])
        EXP.append((fn, N, km, S, av))
wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "T2"))

# lock file (rejected)
lock = "~$" + fn
name = b"Anna Berg"
data = bytes([len(name)]) + name + b"\x00" * (54 - len(name) - 1)
uname = "Anna Berg".encode("utf-16-le")
data += bytes([len("Anna Berg"), 0]) + uname + b"\x00" * (165 - 56 - len(uname))
with open(lock, "wb") as fh:
    fh.write(data[:165])
FILES.append((lock, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- 3 SN cards
fn = "SN IK-kort T2 2025.xlsx"
N = "Socialnämnden"
sn = [
 ("Utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare", "Genomförd", "Stickprov 40 utbetalningar, inga avvikelser.", "GENOMFORD", "nej"),
 ("Dokumentation av genomförandeplaner inom hemtjänsten", "Delvis genomförd", "12 av 20 brukare hade aktuell genomförandeplan. Åtgärdsplan upprättad.", "DELVIS", "ja"),
 ("Kontroll av att lex Sarah-rapporter utreds och anmäls i rätt tid", "Genomförd", "Samtliga 6 rapporter utredda inom tidsram.", "GENOMFORD", "nej"),
 ("Hantering av brukarmedel och kontanta medel på särskilt boende", "Ej genomförd", "Skjuts till T3 p.g.a. vakant tjänst.", "EJ_GENOMFORD", ""),
 ("Uppföljning av placeringar i HVB mot avtal och beslut", "Utgår", "Kontrollen har flyttats till regional uppföljning.", "UTGAR", ""),
 ("Loggkontroll i journalsystemet Lifecare", "Genomförd", "Loggkontroll för 30 slumpvisa användare. En otillåten åtkomst upptäcktes och har anmälts till IMY.", "GENOMFORD", "ja"),
 ("Kontroll av att avgifter inom äldreomsorgen beräknas korrekt", "", "", "SAKNAS", ""),
]
wb = Workbook(); ws = wb.active; ws.title = "Kontrollkort"
for c, w in zip("ABCDEFG", [2, 14, 36, 3, 14, 36, 2]):
    ws.column_dimensions[c].width = w
ws["B1"] = "Socialnämnden – internkontroll 2025"; ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "Uppföljning tertial 2, per 2025-08-31"; ws["B2"].font = Font(bold=True)
ws["B3"] = "Välj status i rullistan i varje kort (Genomförd / Delvis genomförd / Ej genomförd / Utgår)."
ws["B3"].font = Font(italic=True, color="666666")
dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
ws.add_data_validation(dv)
r = 5
for i in range(0, len(sn), 2):
    for j, card in enumerate(sn[i:i + 2]):
        km, st, kom, S, av = card
        c0 = 2 if j == 0 else 5
        L = ws.cell(r, c0).column_letter; R = ws.cell(r, c0 + 1).column_letter
        ws.cell(r, c0, km).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, c0).fill = fill("7030A0"); ws.cell(r, c0).alignment = WRAP
        ws.merge_cells(f"{L}{r}:{R}{r}")
        ws.cell(r + 1, c0, "Status").font = B
        ws.cell(r + 1, c0 + 1, st or None); dv.add(f"{R}{r+1}")
        ws.cell(r + 2, c0, "Kommentar").font = B
        ws.cell(r + 2, c0 + 1, kom or None).alignment = WRAP
        for rr in range(r, r + 3):
            for cc in (c0, c0 + 1):
                ws.cell(rr, cc).border = BOX
        EXP.append((fn, N, km, S, av))
    ws.row_dimensions[r].height = 32; ws.row_dimensions[r + 2].height = 45
    r += 4
wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 4 MBN "Kontroll x av 8", T1 + T2
fn = "Miljö- och bygg internkontroll 2025.xlsx"
N = "Miljö- och byggnadsnämnden"
mbn = [
 ("Debitering av tillsynsavgifter enligt taxa för miljöbalken", "Miljöchef", "Pågår", "Genomförd", "Samtliga 25 kontrollerade debiteringar var korrekta.", "GENOMFORD", "nej"),
 ("Handläggningstid för bygglov – beslut inom tio veckor", "Bygglovschef", "Genomförd", "Genomförd med avvikelse", "4 av 60 ärenden överskred tidsfristen; avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
 ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Genomförd", "", "Kontrolleras en gång per år, genomförd under T1 utan anmärkning.", "GENOMFORD", "nej"),
 ("Kontroll av att livsmedelskontroller utförs enligt kontrollplan", "Livsmedelsinspektör", "Ej påbörjad", "Delvis", "62 % av planerade kontroller utförda per augusti.", "DELVIS", ""),
 ("Arkivering av avslutade byggärenden i e-arkivet", "Arkivredogörare", "Ej påbörjad", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
 ("Jäv vid handläggning – kontroll av jävsförklaringar", "Förvaltningschef", "", "Utgår", "Ej aktuell 2025 efter beslut MBN 2025-03-20 § 31.", "UTGAR", ""),
 ("Kontroll av att byggsanktionsavgifter beslutas enligt PBL", "Bygglovschef", "", "", "Se bilaga 2.", "OKLAR", ""),
 ("Rutin för hantering av personuppgiftsincidenter", "Dataskyddssamordnare", "", "Genomförd", "Rutinen följdes vid båda incidenterna under perioden.", "GENOMFORD", "nej"),
]
wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
ws.column_dimensions["A"].width = 20
for c in "BCDEF":
    ws.column_dimensions[c].width = 18
ws["A1"] = "Miljö- och byggnadsnämnden"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Internkontrollplan 2025 – uppföljning per 31 augusti (tertial 2)"; ws["A2"].font = Font(bold=True)
ws["A3"] = "Status T1 fylldes i april, status T2 fylls i nu. Lämna T1 orörd."; ws["A3"].font = Font(italic=True)
dv = DataValidation(type="list", formula1='"Ej påbörjad,Pågår,Delvis,Genomförd,Genomförd med avvikelse,Utgår"', allow_blank=True)
ws.add_data_validation(dv)
r = 5
for i, (km, ans, t1, t2, kom, S, av) in enumerate(mbn, 1):
    ws.cell(r, 1, f"Kontroll {i} av {len(mbn)}").font = Font(bold=True, size=12, color="375623")
    ws.merge_cells(f"A{r}:F{r}"); ws.cell(r, 1).fill = fill("E2EFDA")
    r += 1
    r0 = r
    r = block(ws, r, [("Kontrollmoment:", km), ("Ansvarig:", ans), ("Metod:", "Stickprov/genomgång enligt plan"),
                      ("Status T1:", t1), ("Status T2:", t2), ("Kommentar:", kom)])
    dv.add(f"B{r0+3}"); dv.add(f"B{r0+4}")
    EXP.append((fn, N, km, S, av))
    r += 1
wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 5 TN plain table .xls
fn = "Tekniska nämnden IK 2025 T2.xls"
N = "Tekniska nämnden"
tn = [
 ("Fastighet", [
  ("1.1", "Kontroll av att hyresavtal för inhyrda lokaler finns och är aktuella", "Fastighetschef", "G", "Samtliga 34 avtal aktuella.", "GENOMFORD", "nej"),
  ("1.2", "Besiktning av lekplatser enligt SS-EN 1176", "Parkingenjör", "D", "Besiktning av 18 av 27 lekplatser utförd.", "DELVIS", ""),
 ]),
 ("Gata/park", [
  ("2.1", "Kontroll av fakturor för vinterväghållning mot entreprenadavtal", "Gatuchef", "G", "Två fakturor hade felaktigt timpris, kreditering erhållen.", "GENOMFORD", "ja"),
  ("2.2", "Uppföljning av avtalstrohet för ramavtal inom gatubelysning", "Gatuchef", "E", "Ej genomförd p.g.a. resursbrist.", "EJ_GENOMFORD", ""),
 ]),
 ("Vatten och avlopp", [
  ("3.1", "Provtagning av dricksvatten enligt egenkontrollprogram", "VA-chef", "G", "Inga avvikande prover.", "GENOMFORD", "nej"),
  ("3.2", "Rutin för avstängning av vatten vid obetalda fakturor", "VA-chef", "U", "Hanteras av Åbacka Vatten AB från 2025.", "UTGAR", ""),
 ]),
 ("Administration", [
  ("4.1", "Kontroll av körjournaler för kommunens fordon", "Fordonssamordnare", "", "Kontroll genomförd i juni, samtliga körjournaler korrekt förda.", "GENOMFORD", "nej"),
  ("4.2", "Inventering av verktyg och maskiner", "Driftchef", "", "", "SAKNAS", ""),
 ]),
]
wbx = xlwt.Workbook(encoding="utf-8"); sh = wbx.add_sheet("Blad1")
bold = xlwt.easyxf("font: bold on"); head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25")
grp = xlwt.easyxf("font: bold on, italic on")
sh.write(0, 0, "Tekniska nämnden – uppföljning internkontroll 2025, tertial 2", xlwt.easyxf("font: bold on, height 280"))
sh.write(1, 0, "Förklaring status: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår")
hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Status T2", "Kommentar"]
for c, h in enumerate(hdr):
    sh.write(3, c, h, head)
for c, w in enumerate([6, 60, 18, 10, 60]):
    sh.col(c).width = 256 * w
r = 4; nG = 0
for g, items in tn:
    sh.write(r, 0, g, grp); r += 1
    for nr, km, ans, st, kom, S, av in items:
        for c, v in enumerate([nr, km, ans, st, kom]):
            sh.write(r, c, v)
        EXP.append((fn, N, km, S, av)); r += 1
        nG += st == "G"
r += 1
sh.write(r, 0, "Summa", bold); sh.write(r, 1, f"8 kontrollmoment, varav {nG} genomförda (G)", bold)
wbx.save(fn); FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 6 KFN docx forms
fn = "KFN_uppfoljning_internkontroll_T2_2025.docx"
N = "Kultur- och fritidsnämnden"
CB = lambda a, b, c: f"{'☒' if a else '☐'} Genomförd   {'☒' if b else '☐'} Delvis   {'☒' if c else '☐'} Ej genomförd"
kfn = [
 ("Bidrag till föreningar betalas ut enligt beslutade riktlinjer", "Föreningskonsulent", "Genomgång av 10 utbetalningar", "Samtliga 10 utbetalningar kontrollerade, inga fel.", CB(1, 0, 0), "GENOMFORD", "nej"),
 ("Kassahantering i simhallens reception – dagsavstämning", "Badchef", "Granskning av kassarapporter juni–augusti", "Dagsavstämning saknades för 4 dagar i juli. Resterande månader kontrolleras i T3.", CB(0, 1, 0), "DELVIS", "ja"),
 ("Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig", "Avstämning bokningssystem mot fakturering", "Två bokningar var inte debiterade; de har fakturerats i efterhand.", CB(1, 0, 0), "GENOMFORD", "ja"),
 ("Inventering av konstsamlingen", "Kulturstrateg", "Fysisk inventering mot konstregistret", "Flyttad till 2026 i samband med flytt av konstmagasinet.", CB(0, 0, 1), "EJ_GENOMFORD", ""),
 ("Kontroll av registerutdrag för ledare i sommarlovsverksamhet", "Fritidschef", "Kontroll av samtliga ledare", "Samtliga 22 ledare hade uppvisat registerutdrag.", CB(1, 0, 0), "GENOMFORD", "nej"),
 ("Bibliotekets hantering av förseningsavgifter", "Bibliotekschef", "Stickprov i bibliotekssystemet", "Ej aktuell – förseningsavgifterna avskaffades 2025-01-01.", CB(0, 0, 0), "UTGAR", ""),
]
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10)
doc.sections[0].header.paragraphs[0].text = "Åbacka kommun – Kultur- och fritidsförvaltningen"
doc.add_heading("Uppföljning av intern kontroll – tertial 2 2025", 1)
doc.add_paragraph("Kultur- och fritidsnämnden")
doc.add_paragraph("Blanketten fylls i per kontrollmoment. Markera status genom att kryssa i rutan (☒).")
for km, ans, met, res, st, S, av in kfn:
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for lab, val in [("Kontrollmoment:", km), ("Ansvarig:", ans), ("Metod:", met), ("Resultat:", res), ("Status:", st)]:
        cells = t.add_row().cells
        cells[0].text = lab; cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = val
    doc.add_paragraph("")
    EXP.append((fn, N, km, S, av))
doc.add_paragraph("Godkänd av förvaltningschef Per Ström, 2025-09-10")
doc.save(fn); FILES.append((fn, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 7 Kansliet: ÖFN + VN, two sheets -> .ods
fn_x = "Kansliet IK T2 2025 ÖFN och VN.xlsx"
fn = fn_x.replace(".xlsx", ".ods")
sheets = [
 ("ÖFN", "Överförmyndarnämnden", [
  ("Granskning av årsräkningar inom fastställd tid", "Genomförd", "92 % granskade före 30 juni, målet 90 % uppnått.", "GENOMFORD", "nej"),
  ("Kontroll av att ställföreträdare har aktuella registerutdrag", "Delvis", "15 av 30 i urvalet kontrollerade hittills.", "DELVIS", ""),
  ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Genomförd med avvikelse", "Ett arvode var felberäknat och har rättats.", "GENOMFORD", "ja"),
  ("Förvaltarkonton – uttagsspärr finns där beslut föreligger", "Ej genomförd", "Kontrollen genomförs i oktober.", "EJ_GENOMFORD", ""),
  ("Diarieföring av inkommande handlingar", "", "", "SAKNAS", ""),
 ]),
 ("VN", "Valnämnden", [
  ("Säker förvaring av valsedlar och valmaterial", "Utgår", "Inget val genomförs under 2025.", "UTGAR", ""),
  ("Rekrytering av röstmottagare – kontroll av utbildningsplan inför valet 2026", "Pågår", "Utbildningsplanen tas fram tillsammans med länsstyrelsen.", "DELVIS", ""),
  ("Attest av fakturor enligt attestordningen", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
 ]),
]
wb = Workbook(); wb.remove(wb.active)
for tab, N, items in sheets:
    ws = wb.create_sheet(tab)
    ws.column_dimensions["A"].width = 20
    for c in "BCDEF":
        ws.column_dimensions[c].width = 18
    ws["A1"] = f"{N} – uppföljning internkontroll"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tertial 2 2025"; ws["A2"].font = B
    ws["A3"] = "Handläggs av kommunledningsförvaltningens kansli"
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Pågår,Delvis,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    r = 5
    for km, st, kom, S, av in items:
        for col in range(1, 7):
            ws.cell(r, col).fill = fill("FFC000")
        ws.row_dimensions[r].height = 5
        r += 1
        r0 = r
        r = block(ws, r, [("Kontrollmoment:", km), ("Status:", st), ("Kommentar:", kom)])
        dv.add(f"B{r0+1}")
        EXP.append((fn, N, km, S, av))
    FILES.append((fn, "INLAST", N, "2025", "T2"))
tmp = tempfile.mkdtemp()
wb.save(os.path.join(tmp, fn_x))
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round242",
                "--convert-to", "ods", "--outdir", OUT, os.path.join(tmp, fn_x)],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)
assert os.path.exists(fn)

# ---------------------------------------------------------------- CSVs
reg = [
 ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
 ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
 ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
 ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
 ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
 ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och bygg"),
 ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret"),
 ("Valnämnden", "VN"),
 ("Åbacka Bostäder AB", "ÅBAB|Åbackahem"),
 ("Räddningstjänstförbundet Åbacka-Norrby", "RÅN|Räddningstjänsten"),
]
def wcsv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header); w.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], reg)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
print(len(FILES), "file rows,", len(EXP), "controls")
