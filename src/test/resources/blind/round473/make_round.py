#!/usr/bin/python3
# Round 473 — Kinda kommun, delår (jan–aug) 2025. Builds every file + namnder.csv, files.csv, expected.csv.
import os, csv, io
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P
from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, st, av):
    EXP.append((fil, namnd, km, st, av))

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------- 1. SBF: two nämnder, one table with Nämnd column
F1 = "IK-uppföljning delår 2025 Samhällsbyggnadsförvaltningen.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Delår 2025"
ws["A1"] = "Samhällsbyggnadsförvaltningen – Uppföljning av internkontrollplaner 2025"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Avser: Samhällsbyggnadsnämnden (SBN) och Miljö- och byggnämnden (MBN)"
ws["A3"] = "Uppföljningsperiod: januari–augusti 2025 (delår)"
ws["A5"] = "Status anges som Genomförd / Pågår / Ej påbörjad / Utgår. Avvikelse anges Ja/Nej. Kolumn G avser tertial 1 och lämnas orörd."
ws["A5"].font = Font(italic=True, color="666666")
hdr = ["Nr", "Nämnd", "Process", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status T1", "Status delår", "Avvikelse", "Kommentar delår"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = BOX
    c.alignment = Alignment(wrap_text=True, vertical="center")
rows1 = [
    ("G", "Ekonomi och administration"),
    (1, "SBN", "Inköp och attest", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Ekonom", "Genomförd", "Genomförd", "Nej", "Stickprov 25 fakturor maj–aug, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
    (2, "SBN", "Inköp och attest", "Kontroll av att upphandlade ramavtal används vid inköp av entreprenadtjänster", "Stickprov 20 inköp", "Inköpssamordnare", "Pågår", "Genomförd", "Ja", "2 av 20 inköp gjorda utanför avtal (maskinhyra). Återkopplat till arbetsledare.", "GENOMFORD", "ja"),
    (3, "MBN", "Avgifter", "Debitering av tillsynsavgifter inom livsmedelskontrollen", "Avstämning mot tillsynsplan", "Miljöchef", "", "Pågår", "", "Kontroll av debitering första halvåret pågår, klar i oktober.", "DELVIS", ""),
    (4, "MBN", "Delegation", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Genomgång av delegationslistor", "Nämndsekreterare", "Genomförd", "Genomförd", "Nej", "Samtliga delegationsbeslut jan–jun anmälda till nämnden.", "GENOMFORD", "nej"),
    ("G", "Verksamhet"),
    (5, "SBN", "Gata/park", "Uppföljning av egenkontroller av lekplatser enligt SS-EN 1176", "Besiktningsprotokoll", "Parkförman", "", "Pågår", "Nej", "Besiktning av 14 av 22 lekplatser klar, inga allvarliga brister. Resterande besiktigas i september.", "DELVIS", "nej"),
    (6, "SBN", "Gata/park", "Hantering av gatu- och parkeringstillstånd inom 10 arbetsdagar", "Stickprov i ärendesystem", "Gatuingenjör", "", "Ej påbörjad", "", "Kontrollen flyttas till hösten p.g.a. vakans.", "EJ_GENOMFORD", ""),
    (7, "SBN", "VA", "Kontroll av att arbetsmiljöronder genomförts på VA-verken", "Protokoll skyddsronder", "VA-chef", "Genomförd", "", "Nej", "", "GENOMFORD", "nej"),
    (8, "SBN", "VA", "Debitering av VA-anslutningsavgifter enligt gällande taxa", "Stickprov 10 anslutningar", "VA-ekonom", "", "Utgår", "", "Utgår enligt beslut SBN 2025-03-18 § 27, ersätts av granskning av VA-taxeintäkter i helårsplanen.", "UTGAR", ""),
    (9, "MBN", "Bygglov", "Handläggningstid för bygglov – beslut inom lagstadgad tid (PBL 9 kap. 27 §)", "Uttag ur ärendesystemet", "Bygglovschef", "Genomförd", "Genomförd", "Ja", "3 av 48 ärenden överskred 10 veckor; avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
    (10, "MBN", "Myndighetsutövning", "Jäv – kontroll av att handläggare inte handlagt ärenden där jäv föreligger", "Stickprov 15 ärenden", "Miljöchef", "Ej påbörjad", "Ej påbörjad", "", "Planeras till kvartal 4.", "EJ_GENOMFORD", ""),
]
NMAP = {"SBN": "Samhällsbyggnadsnämnden", "MBN": "Miljö- och byggnämnden"}
r = 7
fills = {"Genomförd": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
for row in rows1:
    if row[0] == "G":
        ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1; continue
    vals = row[:10]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v if v != "" else None); c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i in (7, 8) and v in fills: c.fill = PatternFill("solid", fgColor=fills[v])
    exp(F1, NMAP[row[1]], row[3], row[10], row[11])
    r += 1
r += 1
ws.cell(row=r, column=1, value="Summa kontroller: 10, varav genomförda 5, pågående 2, ej påbörjade 2, utgår 1").font = Font(bold=True)
ws.cell(row=r + 2, column=1, value="Sammanställt av: Lena Gustafsson, controller, 2025-09-12")
for col, w in zip("ABCDEFGHIJ", [5, 8, 20, 48, 24, 16, 12, 12, 10, 55]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A7"
wb.save(F1)
FILES += [(F1, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"), (F1, "INLAST", "Miljö- och byggnämnden", "2025", "DELAR")]

# ---------------------------------------------------------------- 2. SN: PDF -> docx reconversion, broken lines
F2 = "SN IK-uppföljning delår 2025 (konverterad från pdf).docx"
d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(8)
sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.5)
def para(t, bold=False, size=None):
    p = d.add_paragraph(); run = p.add_run(t); run.bold = bold
    if size: run.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    return p
def fill_cell(cell, lines, bold=False):
    cell.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(ln); run.bold = bold
        p.paragraph_format.space_after = Pt(0)
para("Kinda kommun                                                                                 2025-09-10")
para("Socialnämnden", bold=True, size=12)
para("Uppföljning av internkontroll-", bold=True, size=11)
para("plan 2025 – delårsrapport", bold=True, size=11)
para("januari–augusti 2025", bold=True, size=11)
para(" ")
para("Nedan redovisas resultatet av nämndens kontroller per den 31 augusti. Kontroller som inte")
para("genomförts under perioden redovisas till helåret.")
para(" ")
H2 = [["Process/", "rutin"], ["Kontroll-", "moment"], ["Metod"], ["Resultat", "delår 2025"], ["Status"], ["Avvi-", "kelse"]]
# rows: process, kontrollmoment (lines), metod, resultat (lines), status, avvikelse, expected
sn_rows_p1 = [
    (["Ekonomiskt", "bistånd"], ["Kontroll av att utbetalningar", "av ekonomiskt bistånd grundas", "på beslut i verksamhets-", "systemet"],
     ["Stickprov 20", "utbetalningar"], ["Samtliga 20 utbetalningar", "hade ett korrekt beslut."], ["Genomförd"], ["Nej"],
     "Kontroll av att utbetalningar av ekonomiskt bistånd grundas på beslut i verksamhetssystemet", "GENOMFORD", "nej"),
    (["Ekonomiskt", "bistånd"], ["Samkörning av uppgifter med", "Försäkringskassan och CSN", "inför utbetalning"],
     ["Kontroll i", "SSBTEK"], ["Samkörning görs för nya ären-", "den; för pågående ärenden har", "kontroll skett i 12 av 35."], ["Delvis", "genomförd"], ["Nej"],
     "Samkörning av uppgifter med Försäkringskassan och CSN inför utbetalning", "DELVIS", "nej"),
    (["Hemtjänst"], ["Utförd tid i hemtjänsten stäms", "av mot beviljad tid"],
     ["Stickprov 15", "brukare"], ["I 4 av 15 ärenden översteg ut-", "förd tid beviljad tid med mer", "än 20 %. Biståndshandläggare", "har följt upp ärendena."], ["Genomförd", "med anmärk-", "ning"], ["Ja"],
     "Utförd tid i hemtjänsten stäms av mot beviljad tid", "GENOMFORD", "ja"),
    (["Myndighets-", "utövning barn", "och unga"], ["Förhandsbedömning av oros-", "anmälningar inom 14 dagar"],
     ["Uttag ur", "Lifecare"], ["92 % av förhandsbedömning-", "arna klara inom 14 dagar (mål", "100 %). Avvikelsen har rappor-"], ["Genomförd"], ["Ja"],
     "Förhandsbedömning av orosanmälningar inom 14 dagar", "GENOMFORD", "ja"),
]
sn_cont = (["", ""], [""], [""], ["terats till nämnden i juni.", "Åtgärdsplan tas fram av enhets-", "chef IFO."], [""], [""])
sn_rows_p2 = [
    (["Läkemedels-", "hantering"], ["Kontroll av signeringslistor", "för läkemedel på särskilda", "boenden"],
     ["Stickprov 3", "boenden"], ["Kontrollen har inte genomförts", "under perioden på grund av", "byte av verksamhetssystem.", "Genomförs i oktober."], [""], [""],
     "Kontroll av signeringslistor för läkemedel på särskilda boenden", "EJ_GENOMFORD", ""),
    (["Informations-", "säkerhet"], ["Logguppföljning i journal-", "systemet (Lifecare) – obehörig", "åtkomst"],
     ["30 slump-", "vis valda", "brukare"], ["Loggkontroll genomförd, ingen", "obehörig åtkomst upptäckt."], ["Genomförd"], ["Nej"],
     "Logguppföljning i journalsystemet (Lifecare) – obehörig åtkomst", "GENOMFORD", "nej"),
    (["Inköp"], ["Köp av externa placeringar", "sker enligt ramavtal"],
     ["Genomgång", "av place-", "ringar"], ["Kontrollen skjuts till helår."], ["Ej genom-", "förd"], [""],
     "Köp av externa placeringar sker enligt ramavtal", "EJ_GENOMFORD", ""),
    (["Lex Sarah"], ["Rapporter enligt lex Sarah ut-", "reds och anmäls till IVO inom", "föreskriven tid"],
     ["Genomgång", "av samtliga", "rapporter"], ["6 rapporter, samtliga utredda;", "1 anmäld till IVO inom tid."], ["Genomförd"], ["Nej"],
     "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid", "GENOMFORD", "nej"),
]
def sn_table(rows, cont=None):
    n = 1 + (1 if cont else 0) + len(rows)
    t = d.add_table(rows=n, cols=6); t.style = "Table Grid"
    for j, h in enumerate(H2): fill_cell(t.rows[0].cells[j], h, bold=True)
    k = 1
    if cont:
        for j in range(6): fill_cell(t.rows[k].cells[j], cont[j])
        k += 1
    for rw in rows:
        for j in range(6): fill_cell(t.rows[k].cells[j], rw[j])
        k += 1
    for rowx in t.rows:
        for j, w in enumerate([2.3, 4.2, 2.2, 5.0, 2.0, 1.3]): rowx.cells[j].width = Cm(w)
sn_table(sn_rows_p1)
para(" ")
para("Sida 1 (2)")
d.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
para("Kinda kommun                                                                                 2025-09-10")
para("Socialnämnden – uppföljning internkontroll delår 2025")
sn_table(sn_rows_p2, cont=sn_cont)
para(" ")
para("Beslutad av socialnämnden 2025-09-24 § 88.")
para("Sida 2 (2)")
d.save(F2)
for rw in sn_rows_p1 + sn_rows_p2:
    exp(F2, "Socialnämnden", rw[6], rw[7], rw[8])
FILES.append((F2, "INLAST", "Socialnämnden", "2025", "DELAR"))

# ---------------------------------------------------------------- 3. KFN: .ods with risk matrix sheet + follow-up sheet
F3 = "KFN_internkontroll_2025_delar.ods"
ods = OpenDocumentSpreadsheet()
bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold")); ods.automaticstyles.addElement(bold)
big = Style(name="big", family="table-cell"); big.addElement(TextProperties(fontweight="bold", fontsize="14pt")); ods.automaticstyles.addElement(big)
colst = {}
for name, col in [("red", "#ff8080"), ("yel", "#ffe680"), ("grn", "#a6e3a1")]:
    s = Style(name=name, family="table-cell"); s.addElement(TableCellProperties(backgroundcolor=col, border="0.5pt solid #000000"))
    ods.automaticstyles.addElement(s); colst[name] = s
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="7cm")); ods.automaticstyles.addElement(wide)
narrow = Style(name="narrow", family="table-column"); narrow.addElement(TableColumnProperties(columnwidth="2.2cm")); ods.automaticstyles.addElement(narrow)
def orow(tbl, vals, style=None, span=None):
    tr = TableRow()
    for i, v in enumerate(vals):
        kw = {}
        st_ = style[i] if isinstance(style, list) else style
        if st_ is not None: kw["stylename"] = st_
        if span and i == 0: kw["numbercolumnsspanned"] = span
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            c = TableCell(valuetype="float", value=v, **kw); c.addElement(P(text=str(v)))
        else:
            c = TableCell(**kw)
            if v not in (None, ""):
                for ln in str(v).split("\n"): c.addElement(P(text=ln))
        tr.addElement(c)
        if span and i == 0:
            for _ in range(span - 1): tr.addElement(CoveredTableCell())
    tbl.addElement(tr)
# sheet 1: Riskmatris
t1 = Table(name="Riskmatris")
t1.addElement(TableColumn(stylename=narrow)); t1.addElement(TableColumn(stylename=wide))
for _ in range(5): t1.addElement(TableColumn(stylename=narrow))
orow(t1, ["Riskbedömning Kultur- och fritidsnämnden 2025"], big)
orow(t1, ["Risk (sannolikhet × konsekvens, skala 1–4)"])
orow(t1, [])
orow(t1, ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Hantering"], bold)
risks = [
    (1, "Differenser i dagskassor i simhallen", 3, 3, "Kontroll i IKP"),
    (2, "Föreningsbidrag betalas ut på felaktiga underlag", 3, 3, "Kontroll i IKP"),
    (3, "Inaktuella hyresavtal för föreningslokaler", 2, 3, "Kontroll i IKP"),
    (4, "Inköp av media utanför avtal", 2, 2, "Kontroll i IKP"),
    (5, "Brand i Kinda kulturhus utan fungerande brandskydd", 2, 4, "Kontroll i IKP"),
    (6, "Personal med olämplig bakgrund på fritidsgården", 2, 4, "Kontroll i IKP"),
    (7, "Felaktig representation", 2, 2, "Kontroll i IKP"),
    (8, "Låg besöksnivå på biblioteksfilialerna", 3, 1, "Åtgärd i verksamhetsplan"),
]
for n, txt, s, k, h in risks: orow(t1, [n, txt, s, k, s * k, h])
orow(t1, [])
orow(t1, ["Riskmatris (nr enligt tabellen ovan)"], bold)
orow(t1, ["", "Sannolikhet \\ Konsekvens", "1 Försumbar", "2 Lindrig", "3 Kännbar", "4 Allvarlig"], bold)
def cell_col(s, k):
    v = s * k
    return "red" if v >= 9 else ("yel" if v >= 4 else "grn")
for s in (4, 3, 2, 1):
    vals = ["", f"{s} " + {4: "Mycket sannolik", 3: "Sannolik", 2: "Möjlig", 1: "Osannolik"}[s]]
    styles = [None, bold]
    for k in (1, 2, 3, 4):
        ids = ", ".join(str(n) for n, _, ss, kk, _ in risks if ss == s and kk == k)
        vals.append(ids); styles.append(colst[cell_col(s, k)])
    orow(t1, vals, styles)
ods.spreadsheet.addElement(t1)
# sheet 2: follow-up
t2 = Table(name="Uppföljning delår")
t2.addElement(TableColumn(stylename=narrow)); t2.addElement(TableColumn(stylename=narrow)); t2.addElement(TableColumn(stylename=wide))
t2.addElement(TableColumn(stylename=narrow)); t2.addElement(TableColumn(stylename=narrow)); t2.addElement(TableColumn(stylename=wide)); t2.addElement(TableColumn(stylename=narrow))
orow(t2, ["Kultur- och fritidsnämnden – Internkontrollplan 2025, uppföljning per 31 augusti"], big, span=7)
orow(t2, ["Teckenförklaring status: G = Genomförd utan anmärkning, GA = Genomförd med anmärkning, P = Påbörjad, E = Ej påbörjad, U = Utgår"], None, span=7)
orow(t2, [])
orow(t2, ["Nr", "Risk nr", "Kontrollmoment", "Kontrollant", "När", "Resultat/kommentar", "Status"], bold)
kfn = [
    (1, 1, "Kassahantering i simhallen – dagskassor stäms av mot kassasystemet", "Badmästare", "Löpande", "Avstämning av 10 slumpvis valda dagar, inga differenser.", "G", "GENOMFORD", "nej"),
    (2, 2, "Föreningsbidrag betalas ut enligt beslutade riktlinjer", "Fritidskonsulent", "Mars", "2 av 12 föreningar fick aktivitetsbidrag utan inlämnad närvarorapport. Återkrav har skickats.", "GA", "GENOMFORD", "ja"),
    (3, 3, "Hyresavtal för föreningslokaler är aktuella och korrekt fakturerade", "Administratör", "Maj–okt", "Genomgång av 9 av 17 avtal klar, inga felaktigheter hittills.", "P", "DELVIS", "nej"),
    (4, 4, "Biblioteksmedia – inköp sker från upphandlad leverantör", "Bibliotekschef", "Juni", "Inköp jan–jun kontrollerade, samtliga via avtalsleverantör.", "G", "GENOMFORD", "nej"),
    (5, 5, "Dokumenterade brandskyddskontroller i Kinda kulturhus enligt SBA", "Husansvarig", "Kvartalsvis", "Ansvarig tjänst vakant sedan maj.", "E", "EJ_GENOMFORD", ""),
    (6, 6, "Kontroll av belastningsregisterutdrag för personal på fritidsgården", "Enhetschef", "Vid anställning", "Verksamheten övertagen av BUN från 2025-04-01.", "U", "UTGAR", ""),
    (7, 7, "Attest av representation och förtroendekänsliga poster", "Controller", "Augusti", "", "", "SAKNAS", ""),
]
for rw in kfn:
    orow(t2, list(rw[:7]))
    exp(F3, "Kultur- och fritidsnämnden", rw[2], rw[7], rw[8])
orow(t2, [])
orow(t2, ["Uppföljningen redovisas för nämnden 2025-09-23."], None, span=7)
ods.spreadsheet.addElement(t2)
ods.save(F3)
FILES.append((F3, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))

# ---------------------------------------------------------------- 4. KS: ordinary Excel template
F4 = "Uppföljning IKP 2025 delår - Kommunstyrelsen.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
ws["A1"] = "Internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Nämnd:"; ws["B2"] = "Kommunstyrelsen"
ws["A3"] = "Uppföljningstillfälle:"; ws["B3"] = "Delår 1 januari – 31 augusti 2025"
hdr = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens", "Status", "Avvikelse (J/N)", "Kommentar"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE"); c.border = BOX
ks = [
    ("Lönehantering", "Felaktig lön vid nyanställning", 9, "Kontroll av att nyanställda registreras med rätt lön enligt anställningsavtal", "Lönechef", "Halvår", "Genomförd", "N", "Stickprov 15 nyanställningar, samtliga korrekta.", "GENOMFORD", "nej"),
    ("Lönehantering", "Felaktiga arvoden", 6, "Avstämning av utbetalda arvoden till förtroendevalda mot närvarolistor", "Nämndsekreterare", "Kvartal", "Genomförd", "J", "Två arvoden utbetalades dubbelt i mars, korrigerat i april.", "GENOMFORD", "ja"),
    ("Upphandling", "Otillåten direktupphandling", 12, "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Upphandlare", "Halvår", "Delvis", "", "Kontroll gjord för första halvåret; andra delen görs i december.", "DELVIS", ""),
    ("IT-säkerhet", "Obehörig åtkomst till ekonomisystemet", 8, "Behörigheter i ekonomisystemet Raindance stäms av mot personalförteckning", "Systemförvaltare", "Årligen", "Genomförd", "J", "3 aktiva behörigheter för slutad personal hittades och avslutades i maj.", "GENOMFORD", "ja"),
    ("Dokumenthantering", "Handlingar diarieförs inte", 6, "Diarieföring av inkomna handlingar inom 2 arbetsdagar", "Kommunsekreterare", "Stickprov", "Se bilaga 2", "", "", "OKLAR", ""),
    ("Kris och beredskap", "Inaktuell krisorganisation", 8, "Uppdatering av kontaktlistor i krisledningsplanen", "Säkerhetssamordnare", "Årligen", "Genomförd", "N", "", "GENOMFORD", "nej"),
    ("Ekonomi", "Felaktigt resultat i delårsbokslut", 9, "Avstämning av balanskonton i samband med delårsbokslut", "Redovisningsekonom", "Delår/helår", "", "", "", "SAKNAS", ""),
    ("Ekonomi", "Felaktigt momsavdrag", 4, "Kontroll av momsavdrag på representationsfakturor", "Ekonom", "Årligen", "Ej genomförd", "", "Resursbrist på ekonomienheten under sommaren.", "EJ_GENOMFORD", ""),
    ("Personal", "Medarbetarsamtal genomförs inte", 6, "Uppföljning av att medarbetarsamtal genomförts", "HR-chef", "Årligen", "Utgår", "", "Ingår i personalbokslutet enligt KS beslut 2025-02-11 § 14.", "UTGAR", ""),
]
for n, rw in enumerate(ks, 1):
    vals = [n] + list(rw[:9])
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=5 + n, column=i, value=v if v != "" else None); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
    exp(F4, "Kommunstyrelsen", rw[3], rw[9], rw[10])
ws.cell(row=16, column=1, value="Bilaga 2: Diarieföringskontroll (separat fil)")
for col, w in zip("ABCDEFGHIJ", [5, 18, 30, 9, 50, 18, 12, 14, 10, 50]):
    ws.column_dimensions[col].width = w
ws.oddHeader.center.text = "Kinda kommun – Kommunstyrelsen"
wb.save(F4)
FILES.append((F4, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))

# ---------------------------------------------------------------- 5. BUN: Word table, status only as cell colour
F5 = "BUN uppföljning internkontroll delår 2025.docx"
d = docx.Document()
d.add_heading("Barn- och utbildningsnämnden", level=1)
d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti 2025").runs[0].bold = True
d.add_paragraph("Förvaltningen har följt upp de kontrollmoment i nämndens internkontrollplan som ska rapporteras "
                "vid delåret. Status redovisas med färg enligt teckenförklaringen under tabellen.")
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)
COL = {"grön": "00B050", "gul": "FFFF00", "röd": "FF0000", "grå": "A6A6A6"}
bun = [
    ("Skolskjuts", "Skolskjutsbeslut fattas enligt gällande riktlinjer och delegation", "Skolskjutssamordnare", "Stickprov 20 beslut, samtliga enligt riktlinjerna.", "grön", "GENOMFORD", "nej"),
    ("Elevhälsa", "Anmälan om kränkande behandling utreds skyndsamt enligt skollagen 6 kap. 10 §", "Rektorer", "Utredning påbörjad inom 5 dagar i 31 av 38 ärenden. Kontrollen fortsätter under höstterminen.", "gul", "DELVIS", "ja"),
    ("Ekonomi", "Fakturering av barnomsorgsavgifter (maxtaxa) stäms av mot inkomstuppgifter", "Avgiftshandläggare", "Inkomstkontroll för 2024 genomförd i april; 11 hushåll har efterdebiterats.", "grön", "GENOMFORD", "ja"),
    ("Ekonomi", "Interkommunal ersättning faktureras för elever från andra kommuner", "Controller", "Ej genomförd under perioden.", "röd", "EJ_GENOMFORD", ""),
    ("Personal", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning", "HR-konsult", "Samtliga 23 nyanställda har uppvisat utdrag.", "grön", "GENOMFORD", "nej"),
    ("Systematiskt kvalitetsarbete", "Rektorernas kvalitetsrapporter lämnas enligt årshjul", "Kvalitetsstrateg", "Ersätts av nationell uppföljning enligt nämndens beslut 2025-05-20 § 41.", "grå", "UTGAR", ""),
    ("Informationssäkerhet", "Hantering av skyddade personuppgifter i elevregistret (IST)", "Systemförvaltare", "Rutinen är reviderad; kontroll av behörigheter återstår.", "gul", "DELVIS", ""),
    ("Måltider", "Egenkontroll i skolkök enligt HACCP dokumenteras", "Kostchef", "Dokumentationen kontrollerad i 6 kök. Ett kök saknade temperaturloggar för två veckor i maj; åtgärdat.", "grön", "GENOMFORD", "ja"),
]
t = d.add_table(rows=1 + len(bun), cols=5); t.style = "Table Grid"
for j, h in enumerate(["Område", "Kontrollmoment", "Ansvarig", "Resultat och kommentar", "Status"]):
    t.rows[0].cells[j].text = h; t.rows[0].cells[j].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[j], "D9E2F3")
for i, rw in enumerate(bun, 1):
    for j in range(4): t.rows[i].cells[j].text = rw[j]
    shade(t.rows[i].cells[4], COL[rw[4]])
    exp(F5, "Barn- och utbildningsnämnden", rw[1], rw[5], rw[6])
for rowx in t.rows:
    for j, w in enumerate([3.0, 5.5, 3.0, 6.0, 1.5]): rowx.cells[j].width = Cm(w)
d.add_paragraph("")
lg = d.add_paragraph(); lg.add_run("Teckenförklaring: ").bold = True
lg.add_run("Grön = genomförd, Gul = delvis genomförd/pågår, Röd = ej genomförd, Grå = utgår")
d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                "Kontrollen av interkommunal ersättning genomförs under hösten.")
d.add_paragraph("Kisa 2025-09-15\nAnna Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
d.save(F5)
FILES.append((F5, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))

# ---------------------------------------------------------------- 6. ÖFN: Stratsys CSV export, long format, cp1252
F6 = "Export_internkontroll_OFN_20250908.csv"
ofn = [
    ("Granskning av årsräkningar inom fastställd tid", "Handläggare",
     ("Pågår", "Granskning av 2024 års räkningar pågår, ca 60 % klara.", ""),
     ("Genomförd", "Samtliga 142 årsräkningar granskade per 30 juni.", "Nej"), "GENOMFORD", "nej"),
    ("Kontroll av att ställföreträdare har giltigt registerutdrag", "Handläggare",
     ("Genomförd", "Utdrag finns för samtliga 57 nya ställföreträdare.", "Nej"),
     ("", "", ""), "GENOMFORD", "nej"),
    ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Samordnare",
     ("Ej påbörjad", "", ""),
     ("Genomförd med avvikelse", "Stickprov 25 arvodesbeslut, 2 felberäknade (reseersättning). Rättat.", "Ja"), "GENOMFORD", "ja"),
    ("Förteckningar inlämnas inom två månader från förordnande", "Handläggare",
     ("Pågår", "", ""),
     ("Pågår", "11 av 14 förteckningar inlämnade inom tid, påminnelser skickade.", "Ja"), "DELVIS", "ja"),
    ("Samtycke från huvudman dokumenteras vid godmanskap", "Samordnare",
     ("", "", ""),
     ("Ej påbörjad", "Planeras till november.", ""), "EJ_GENOMFORD", ""),
    ("Uttag från spärrade konton kontrolleras mot beslut", "Handläggare",
     ("Genomförd", "Samtliga 9 uttag hade beslut.", "Nej"),
     ("Genomförd", "Samtliga 7 uttag maj–aug hade beslut.", "Nej"), "GENOMFORD", "nej"),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
w.writerow(["Organisation", "Plan", "Id", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Kommentar", "Avvikelse"])
for i, (km, ans, t1, dl, s, a) in enumerate(ofn, 1):
    for per, v in (("Tertial 1 2025", t1), ("Delår 2025", dl)):
        w.writerow(["Överförmyndarnämnden", "Internkontrollplan 2025", f"IK-ÖFN-{i:02d}", km, ans, per, v[0], v[1], v[2]])
    exp(F6, "Överförmyndarnämnden", km, s, a)
with open(F6, "wb") as fh:
    fh.write(buf.getvalue().encode("cp1252"))
FILES.append((F6, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))

# ---------------------------------------------------------------- 7. Kindahus AB: .xls with tick columns
F7 = "Kindahus AB internkontroll delår 2025.xls"
book = xlwt.Workbook(encoding="utf-8"); sh = book.add_sheet("Internkontroll")
b = xlwt.easyxf("font: bold on"); bt = xlwt.easyxf("font: bold on, height 280")
hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
cst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
sh.write(0, 0, "Kindahus AB – Internkontroll 2025", bt)
sh.write(1, 0, "Uppföljning delår (januari–augusti 2025)")
sh.write(2, 0, "Markera med x i den kolumn som gäller.")
sh.write_merge(4, 4, 2, 4, "Genomförd?", hdrst)
for j, h in enumerate(["Kontrollområde", "Kontrollmoment", "Ja", "Delvis", "Nej", "Kommentar", "Åtgärd"]):
    sh.write(5, j, h, hdrst)
kh = [
    ("Hyror", "Kontroll att hyreshöjningen 2025 debiterats på alla kontrakt", "x", "", "", "Kontroll av 412 kontrakt, samtliga rätt.", "", "GENOMFORD", "nej"),
    ("Fastighetsskötsel", "Kontroll av att lagstadgad hissbesiktning utförts i samtliga fastigheter", "x", "", "", "1 hiss med anmärkning (Storgatan 12), åtgärdad 2025-06-03.", "Ingen", "GENOMFORD", "ja"),
    ("Inköp", "Attest av fakturor från entreprenörer mot beställning", "", "x", "", "Rutinen följs i huvudsak; 3 fakturor saknade beställningsnummer.", "Påminnelse till entreprenörer", "DELVIS", "ja"),
    ("Hyror", "Uppföljning av hyresfordringar äldre än 60 dagar", "x", "", "x", "", "", "OKLAR", ""),
    ("Fastighetsskötsel", "Kontroll av OVK-protokoll (obligatorisk ventilationskontroll)", "", "", "x", "Skjuts till 2026 enligt besiktningsplanen.", "", "EJ_GENOMFORD", ""),
    ("IT", "Behörigheter i fastighetssystemet Vitec stäms av mot personallista", "", "", "", "", "", "SAKNAS", ""),
]
for i, rw in enumerate(kh):
    for j in range(7): sh.write(6 + i, j, rw[j], ctr if j in (2, 3, 4) else cst)
    exp(F7, "Kindahus AB", rw[1], rw[7], rw[8])
sh.write(13, 0, "Rapporteras till styrelsen 2025-09-18. Ansvarig: Per Holm, VD", b)
for j, wdt in enumerate([18, 50, 6, 7, 6, 50, 28]): sh.col(j).width = 256 * wdt
book.save(F7)
FILES.append((F7, "INLAST", "Kindahus AB", "2025", "DELAR"))

# ---------------------------------------------------------------- 8. rejected: Excel owner/lock file of the KS file
F8 = "~$Uppföljning IKP 2025 delår - Kommunstyrelsen.xlsx"
user = "Maria Karlsson"
blob = bytes([len(user)]) + user.encode("latin-1") + b" " * (53 - len(user)) + b"\x00"
blob += len(user).to_bytes(2, "little") + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
with open(F8, "wb") as fh: fh.write(blob[:165])
FILES.append((F8, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- CSVs
reg = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö och bygg|Miljö- och byggenheten"),
    ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Kindahus AB", "Kindahus|Kindahus i Kinda AB"),
]
def wcsv(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as fh:
        ww = csv.writer(fh, delimiter=";", lineterminator="\n")
        ww.writerow(header); ww.writerows(rows)
wcsv("namnder.csv", ["nämnd", "alias"], reg)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
print(len(FILES), "file rows,", len(EXP), "controls")
