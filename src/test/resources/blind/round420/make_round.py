#!/usr/bin/python3
"""Blind round r420 - Idre kommun (fictional), plain delår 2025 in mixed formats.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import docx
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
FIXED = datetime.datetime(2025, 9, 20, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Idre Bostäder AB", "IBAB|Idrebostäder|Idre Bostäder"),
]


# ---------------------------------------------------------------------------
# 1. KS - easy xlsx with title rows
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_internkontroll_delar_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Idre kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Upprättad av: Anna Persson, controller, 2025-09-15"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Kommentar"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Ekonomichef", "Genomförd",
         "Stickprov av 40 fakturor. Två fakturor saknade andra attest, rutinen har förtydligats för berörda attestanter.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 15 verifikationer", "Redovisningsansvarig", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys av leverantörsreskontra", "Upphandlingschef", "Pågår",
         "Analys av januari–juni klar, inga avvikelser hittills. Resterande månader analyseras under hösten.",
         "DELVIS", "nej"),
        (4, "Personal", "Kontroll att lönetillägg och löneförändringar är attesterade av behörig chef",
         "Stickprov 25 löneändringar", "HR-chef", "Genomförd med anmärkning",
         "Tre ändringar saknade chefens underskrift. Har rättats i efterhand.", "GENOMFORD", "ja"),
        (5, "IT/informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "Avstämning två gånger per år", "IT-chef", "Ej påbörjad",
         "Flyttas till hösten på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        (6, "Nämndadministration", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av anmälda beslut", "Kanslichef", "Genomförd",
         "Samtliga beslut har anmälts.", "GENOMFORD", "nej"),
        (7, "Säkerhet", "Krisledningsplanen är uppdaterad och övad",
         "Dokumentgranskning", "Säkerhetssamordnare", "Utgår",
         "Utgår enligt KS beslut 2025-03-12 § 45, ersätts av plan för civilt försvar.", "UTGAR", ""),
        (8, "Ekonomi", "Avstämning av kundfordringar och påminnelserutiner",
         "Månadsvis avstämning", "Ekonomichef", None, None, "SAKNAS", ""),
    ]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r0 + 1 + i, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, namnd, row[2], row[7], row[8])
    last = r0 + len(rows) + 2
    ws.cell(row=last, column=1,
            value="Statusalternativ: Genomförd / Genomförd med anmärkning / Pågår / Ej påbörjad / Utgår")
    ws.cell(row=last, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (5, 22, 50, 30, 20, 22, 60)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Anna Persson"
    wb.properties.created = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - docx with intro text, one table, merged group heading rows
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN_IK-uppfoljning_delar2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Karin Ek"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 118). Planen omfattar sju "
        "kontrollmoment inom ekonomi, verksamhet och personal. I tabellen nedan redovisas resultatet av de "
        "kontroller som genomförts under perioden januari–augusti 2025. Kontroller som inte är klara "
        "återrapporteras i samband med årsbokslutet.")
    d.add_paragraph("Sammanfattning: fyra av sju kontroller är genomförda eller delvis genomförda. "
                    "Avvikelser har konstaterats inom interkommunal ersättning och registerkontroll.")
    hdr = ["Kontrollmoment", "Metod / frekvens", "Ansvarig", "Resultat jan–aug", "Avvikelse (Ja/Nej)", "Åtgärd"]
    groups = [
        ("Ekonomi", [
            ("Fakturor för skolskjuts stäms av mot avtal och körjournaler", "Stickprov, 2 ggr/år", "Ekonom BUF",
             "Genomförd. Stickprov på 10 fakturor, inga avvikelser.", "Nej", "–", "GENOMFORD", "nej"),
            ("Interkommunala ersättningar faktureras för samtliga elever från andra kommuner",
             "Avstämning mot elevregistret, per termin", "Administratör",
             "Genomförd. Två elever hade inte fakturerats för vårterminen, fakturor skickades i juni.",
             "Ja", "Avstämning läggs in som fast rutin vid terminsstart.", "GENOMFORD", "ja"),
        ]),
        ("Verksamhet", [
            ("Kränkande behandling anmäls till huvudmannen inom fem arbetsdagar",
             "Genomgång av samtliga anmälningar", "Skolchef",
             "Delvis genomförd. Grundskolorna är kontrollerade utan anmärkning, förskolan återstår.",
             "Nej", "", "DELVIS", "nej"),
            ("Elevers frånvaro följs upp enligt rutinen för problematisk skolfrånvaro",
             "Stickprov på tre skolor", "Rektorer",
             "Kontrollen är inte påbörjad, den genomförs under oktober.", "", "", "EJ_GENOMFORD", ""),
            ("Utdrag ur belastningsregistret begärs vid nyanställning",
             "Stickprov 15 anställningar", "HR-specialist",
             "Genomförd. 1 av 15 saknade registerutdrag, personen har lämnat utdrag i efterhand.",
             "Ja", "Påminnelse till rekryterande chefer.", "GENOMFORD", "ja"),
        ]),
        ("Personal och arbetsmiljö", [
            ("Skyddsronder genomförs på samtliga enheter enligt det systematiska arbetsmiljöarbetet",
             "Sammanställning från enheterna", "Förvaltningschef", "Se bilaga 3.", "", "", "OKLAR", ""),
            ("Semesterplaneringen för sommaren är klar senast 31 mars", "Enkät till chefer", "HR-konsult",
             "", "", "", "SAKNAS", ""),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        t.cell(0, c).text = h
        for p in t.cell(0, c).paragraphs:
            for r in p.runs:
                r.bold = True
    r = 1
    for gname, items in groups:
        m = t.cell(r, 0).merge(t.cell(r, len(hdr) - 1))
        m.text = gname
        m.paragraphs[0].runs[0].bold = True
        r += 1
        for it in items:
            for c in range(6):
                t.cell(r, c).text = it[c]
            exp(fil, namnd, it[0], it[6], it[7])
            r += 1
    d.add_paragraph("")
    d.add_paragraph("Bilaga 3: Sammanställning av skyddsronder (separat dokument)")
    d.add_paragraph("Idre 2025-09-18")
    d.add_paragraph("Karin Ek, förvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys CSV export - two nämnder, T1 + Delår rows per control
# ---------------------------------------------------------------------------
def make_csv():
    fil = "Stratsys_export_internkontroll_2025-09-10.csv"
    SN = "Socialnämnden"
    VON = "Vård- och omsorgsnämnden"
    T1 = "Tertial 1 2025"
    DL = "Delår 2025 (jan-aug)"
    # (org, process, km, ansvarig, t1status, t1komm, dlstatus, dlkomm, avv, expected, expavv)
    ctrls = [
        ("Idre kommun/Socialnämnden", "Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut i verksamhetssystemet",
         "Enhetschef försörjningsstöd", "Pågående", "Stickprov påbörjat.",
         "Klar", "Stickprov 30 utbetalningar, inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("Idre kommun/Socialnämnden", "Barn och unga",
         "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Enhetschef barn och familj", "Klar", "95 % inom 14 dagar.",
         "Klar", "92 % av förhandsbedömningarna gjordes inom 14 dagar.\nSex ärenden överskred tiden, orsak: sjukfrånvaro i juli.",
         "Ja", "GENOMFORD", "ja"),
        ("Idre kommun/Socialnämnden", "Placeringar",
         "Placeringar på HVB följs upp enligt avtal och vårdplan",
         "Enhetschef barn och familj", "Pågående", "Uppföljning påbörjad för 4 av 9 placeringar.",
         "", "", "", "DELVIS", ""),
        ("Idre kommun/Socialnämnden", "Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet avseende otillbörlig åtkomst",
         "Systemförvaltare", "Ej påbörjad", "",
         "Pågående", "Loggkontroll för IFO barn gjord, vuxenenheten återstår. En otillåten åtkomst upptäcktes och har hanterats enligt rutin.",
         "Ja", "DELVIS", "ja"),
        ("Idre kommun/Socialnämnden", "Avgifter",
         "Avgifter för familjerådgivning debiteras enligt taxa",
         "Administratör", "Ej aktuell", "Familjerådgivningen upphandlas externt från 2025, kontrollen utgår.",
         "Ej aktuell", "", "", "UTGAR", ""),
        ("Idre kommun/Vård- och omsorgsnämnden", "Avgifter",
         "Avgifter för hemtjänst debiteras enligt beslut och gällande taxa",
         "Avgiftshandläggare", "Klar", "Inga avvikelser i T1.",
         "Klar", "Stickprov 20 kunder, en felaktig avgift har korrigerats.", "Ja", "GENOMFORD", "ja"),
        ("Idre kommun/Vård- och omsorgsnämnden", "Hälso- och sjukvård",
         "Läkemedelshantering på särskilda boenden följer gällande rutin",
         "MAS", "Pågående", "Ett boende granskat.",
         "Pågående", "Två av fyra boenden granskade.", "", "DELVIS", ""),
        ("Idre kommun/Vård- och omsorgsnämnden", "Myndighetsutövning",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Enhetschef hemtjänst", "", "",
         "Ej påbörjad", "Skjuts till hösten på grund av bemanningsläget under sommaren.", "", "EJ_GENOMFORD", ""),
        ("Idre kommun/Vård- och omsorgsnämnden", "Kvalitet",
         "Rapporter enligt lex Sarah utreds och återkopplas enligt rutin",
         "Kvalitetsutvecklare", "Klar", "Genomgång av samtliga rapporter, inga brister i handläggningen.",
         "", "", "Nej", "GENOMFORD", "nej"),
        ("Idre kommun/Vård- och omsorgsnämnden", "Personal",
         "Timrapportering i bemanningssystemet stäms av mot schema",
         "Enhetschef särskilt boende", "", "", "", "", "", "SAKNAS", ""),
    ]
    header = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period",
              "Status", "Kommentar", "Avvikelse"]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll - uppföljning. Exporterad 2025-09-10 10:42 av ekonomienheten"] + [""] * 8)
        w.writerow(header)
        for c in ctrls:
            plan = "Internkontrollplan 2025"
            w.writerow([c[0], plan, c[1], c[2], c[3], T1, c[4], c[5], ""])
            w.writerow([c[0], plan, c[1], c[2], c[3], DL, c[6], c[7], c[8]])
    for c in ctrls:
        exp(fil, SN if "Socialnämnden" in c[0] else VON, c[2], c[9], c[10])
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. TN - .xls (xlwt), plan + T1/Delår/T3 columns with codes and legend
# ---------------------------------------------------------------------------
def make_tn():
    fil = "TN intern kontroll 2025.xls"
    namnd = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdrs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    wrap = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    fills = {
        "G": xlwt.easyxf("pattern: pattern solid, fore_colour light_green; align: horiz center; borders: left thin, right thin, top thin, bottom thin"),
        "D": xlwt.easyxf("pattern: pattern solid, fore_colour light_yellow; align: horiz center; borders: left thin, right thin, top thin, bottom thin"),
        "E": xlwt.easyxf("pattern: pattern solid, fore_colour coral; align: horiz center; borders: left thin, right thin, top thin, bottom thin"),
        "U": xlwt.easyxf("pattern: pattern solid, fore_colour gray25; align: horiz center; borders: left thin, right thin, top thin, bottom thin"),
        "-": xlwt.easyxf("align: horiz center; borders: left thin, right thin, top thin, bottom thin"),
        "": xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin"),
    }
    ws.write_merge(0, 0, 0, 10, "Tekniska nämnden", title)
    ws.write_merge(1, 1, 0, 10, "Internkontrollplan 2025 med uppföljning", bold)
    ws.write(2, 0, "Uppföljning per: 2025-08-31")
    # two-row header
    top = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]
    for c, h in enumerate(top):
        ws.write_merge(4, 5, c, c, h, hdrs)
    ws.write_merge(4, 4, 7, 9, "Uppföljning", hdrs)
    for c, h in zip((7, 8, 9), ("T1", "Delår", "T3")):
        ws.write(5, c, h, hdrs)
    ws.write_merge(4, 5, 10, 10, "Kommentar", hdrs)
    # rows: nr, process, risk, rv, km, ansv, frekv, t1, dl, t3, komm, exp, avv
    rows = [
        (1, "VA-verksamhet", "Felaktig debitering av VA-avgifter", 6,
         "Mätaravläsningar stäms av mot debiteringssystemet", "VA-chef", "Tertial",
         "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Fastighet", "Bristande underhåll, personskador", 9,
         "Lagstadgade besiktningar (hiss, OVK) genomförs enligt plan", "Fastighetschef", "Årlig",
         "D", "G", "", "Två OVK-besiktningar visade brister som åtgärdades i juni.", "GENOMFORD", "ja"),
        (3, None, "Obehörig åtkomst till lokaler", 6,
         "Utlämnade nycklar och passerkort stäms av mot personalförteckning", "Fastighetschef", "Årlig",
         "-", "G", "", "Avstämning gjord, 14 kort tillhörande slutat personal har spärrats.", "GENOMFORD", "ja"),
        (4, "Gata/park", "Olycksrisk på lekplatser", 8,
         "Lekplatser besiktigas enligt SS-EN 1176", "Parkchef", "Årlig",
         "-", "D", "", "12 av 19 lekplatser besiktade.", "DELVIS", ""),
        (5, "Inköp", "Köp utanför avtal", 6,
         "Inköp av entreprenadtjänster görs från upphandlade ramavtal", "Teknisk chef", "Halvår",
         "-", "E", "", "Ej genomförd på grund av vakans på upphandlartjänsten.", "EJ_GENOMFORD", ""),
        (6, "Kost", "Livsmedelssäkerhet", 8,
         "Egenkontroll i tillagningskök dokumenteras enligt HACCP", "Kostchef", "Tertial",
         "G", "", "", "T1: Kontroll utförd i samtliga kök utan anmärkning.", "GENOMFORD", "nej"),
        (7, "Fordon", "Felaktig användning av kommunens fordon", 4,
         "Körjournaler för kommunens fordon förs och attesteras", "Fordonssamordnare", "Tertial",
         "U", "U", "", "Utgår – ersatt av elektroniska körjournaler (beslut TN 2025-02-20 § 12).", "UTGAR", ""),
        (8, "Ekonomi", "Felaktig redovisning av investeringar", 6,
         "Investeringsprojekt aktiveras och stäms av mot budget", "Controller", "Tertial",
         "D", "D", "", "Avstämning pågår, tre projekt återstår att aktivera.", "DELVIS", ""),
        (9, "Renhållning", "Felaktig debitering", 4,
         "Abonnemang för slamtömning stäms av mot kundregistret", "Renhållningschef", "Årlig",
         "", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        ws.write(r, 0, row[0], wrap)
        if row[1] is not None:
            if row[1] == "Fastighet":
                ws.write_merge(r, r + 1, 1, 1, row[1], wrap)
            else:
                ws.write(r, 1, row[1], wrap)
        ws.write(r, 2, row[2], wrap)
        ws.write(r, 3, row[3], wrap)
        ws.write(r, 4, row[4], wrap)
        ws.write(r, 5, row[5], wrap)
        ws.write(r, 6, row[6], wrap)
        for c, v in zip((7, 8, 9), row[7:10]):
            ws.write(r, c, v, fills[v])
        ws.write(r, 10, row[10], wrap)
        exp(fil, namnd, row[4], row[11], row[12])
        r += 1
    r += 1
    ws.write(r, 0, "Förklaring: G = Genomförd, D = Delvis genomförd/pågår, E = Ej genomförd, U = Utgår, - = ingen kontroll planerad för perioden")
    ws.write(r + 2, 0, "Godkänd av teknisk chef Mats Lund 2025-09-12")
    for c, w in enumerate((5, 16, 28, 9, 45, 18, 10, 6, 7, 6, 55)):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. KFN - .odt with tick columns and merged header
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "Kultur- och fritidsnämnden uppföljning IK aug 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    bst = Style(name="Fet", family="text")
    bst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bst)
    pb = Style(name="PFet", family="paragraph")
    pb.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(pb)
    pc = Style(name="PCenter", family="paragraph")
    pc.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(pc)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    doc.automaticstyles.addElement(cellst)
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.automaticstyles.addElement(h2)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Kultur- och fritidsnämnden"))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Uppföljning av intern kontroll – delår 2025"))
    doc.text.addElement(P(text="Kultur- och fritidsförvaltningen redovisar här uppföljningen av nämndens "
                               "internkontrollplan för perioden januari–augusti 2025. Markera med X i den "
                               "kolumn som stämmer. Kommentera avvikelser och vidtagna åtgärder."))
    doc.text.addElement(P(text=""))
    ncol = 6
    t = Table(name="Uppfoljning")
    for w in range(ncol):
        t.addElement(TableColumn())

    def cell(txt="", span=None, rowspan=None, style=None):
        kw = {"stylename": cellst, "valuetype": "string"}
        if span:
            kw["numbercolumnsspanned"] = span
        if rowspan:
            kw["numberrowsspanned"] = rowspan
        tc = TableCell(**kw)
        for line in (txt.split("\n") if txt else [""]):
            tc.addElement(P(stylename=style, text=line) if style else P(text=line))
        return tc

    # title row merged across the table
    tr = TableRow()
    tr.addElement(cell("Uppföljning januari–augusti 2025", span=ncol, style=pb))
    for _ in range(ncol - 1):
        tr.addElement(CoveredTableCell())
    t.addElement(tr)
    # two-row header: Status merged over three tick columns
    tr = TableRow()
    tr.addElement(cell("Kontrollområde", rowspan=2, style=pb))
    tr.addElement(cell("Kontrollmoment", rowspan=2, style=pb))
    tr.addElement(cell("Status", span=3, style=pb))
    tr.addElement(CoveredTableCell())
    tr.addElement(CoveredTableCell())
    tr.addElement(cell("Kommentar", rowspan=2, style=pb))
    t.addElement(tr)
    tr = TableRow()
    tr.addElement(CoveredTableCell())
    tr.addElement(CoveredTableCell())
    for h in ("Genomförd", "Delvis", "Ej genomförd"):
        tr.addElement(cell(h, style=pb))
    tr.addElement(CoveredTableCell())
    t.addElement(tr)
    rows = [
        ("Kontanthantering", "Kassahantering i simhallen och på Idre fjällbibliotek stäms av mot kassarapport",
         "X", "", "", "Inga differenser.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna och inlämnade underlag",
         "X", "", "", "Två föreningar fick för högt lokalbidrag, återkrav har skickats.", "GENOMFORD", "ja"),
        ("Uthyrning", "Uthyrning av lokaler och anläggningar faktureras enligt bokningssystemet",
         "", "X", "", "Vårens bokningar kontrollerade, höstens återstår.", "DELVIS", ""),
        ("Säkerhet", "Brandskyddskontroller (SBA) utförs i kulturhuset och sporthallen",
         "", "", "X", "Ej utförd. Ny brandskyddsansvarig tillträder i september.", "EJ_GENOMFORD", ""),
        ("Inventarier", "Inventering av konst och utlånade konstverk",
         "X", "", "X", "", "OKLAR", ""),
        ("Bidrag", "Närvaro i LOK-stödsansökningar kontrolleras mot närvarolistor",
         "", "", "", "Utgår 2025 – kontrollen görs centralt i det digitala närvarosystemet.", "UTGAR", ""),
        ("Administration", "Inkomna handlingar diarieförs inom tre arbetsdagar",
         "", "", "", "", "SAKNAS", ""),
    ]
    for row in rows:
        tr = TableRow()
        tr.addElement(cell(row[0]))
        tr.addElement(cell(row[1]))
        for v in row[2:5]:
            tr.addElement(cell(v, style=pc))
        tr.addElement(cell(row[5]))
        t.addElement(tr)
        exp(fil, namnd, row[1], row[6], row[7])
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Idre den 16 september 2025"))
    doc.text.addElement(P(text="Lena Berg, kultur- och fritidschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. MBN - xlsx, nämnd only in print header + sheet name, colour-only status
# ---------------------------------------------------------------------------
def make_mbn():
    fil = "Delår 2025 - internkontroll.xlsx"
    namnd = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MBN IK 2025"
    ws.oddHeader.left.text = "Miljö- och byggnämnden"
    ws.oddHeader.right.text = "Idre kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:H1")
    ws["A1"] = "Internkontroll 2025 – uppföljning per 31 augusti"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Färgmarkering i kolumnen Bedömning: Grön = genomförd, Gul = delvis genomförd/pågår, "
                "Röd = ej genomförd, Grå = utgår")
    ws["A2"].font = Font(italic=True)
    # two-level header rows 4-5
    for col, h in zip("ABCDE", ("Id", "Område", "Kontrollmoment", "Risk", "Ansvarig")):
        ws.merge_cells(f"{col}4:{col}5")
        ws[f"{col}4"] = h
    ws.merge_cells("F4:G4")
    ws["F4"] = "Uppföljning delår"
    ws["F5"] = "Bedömning"
    ws["G5"] = "Kommentar"
    ws.merge_cells("H4:H5")
    ws["H4"] = "Åtgärd"
    for r in (4, 5):
        for c in range(1, 9):
            cl = ws.cell(row=r, column=c)
            cl.font = Font(bold=True)
            cl.fill = PatternFill("solid", fgColor="BDD7EE")
            cl.border = box
            cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    # id, område, km, risk, ansv, fill, bedömning text, kommentar, åtgärd, cellcomment, exp, avv
    rows = [
        ("M1", "Tillsyn", "Tillsynsbesök enligt tillsynsplanen för miljöbalken genomförs", "Hög",
         "Miljöchef", GREEN, None, "Samtliga planerade besök för perioden är genomförda.", "", None,
         "GENOMFORD", "nej"),
        ("M2", "Bygglov", "Handläggningstiden för bygglov (10 veckor) följs", "Hög",
         "Bygglovschef", GREEN, "Genomförd",
         "Stickprov 20 ärenden: tre ärenden överskred tio veckor, avgiften reducerades enligt PBL.",
         "Genomgång av ärendefördelning", None, "GENOMFORD", "ja"),
        ("M3", "Avgifter", "Timavgifter för tillsyn debiteras enligt taxa", "Medel",
         "Administratör", YELLOW, None, "Debitering januari–april kontrollerad, maj–augusti pågår.", "",
         "Uppdaterad av L. Nilsson 2025-09-02", "DELVIS", ""),
        ("M4", "Delegation", "Delegationsbeslut anmäls till nämnden", "Medel",
         "Nämndsekreterare", GREEN, None, "Inga avvikelser.", "",
         "Kontrollerat av nämndsekreteraren 2025-08-28", "GENOMFORD", "nej"),
        ("M5", "Strandskydd", "Beslut om strandskyddsdispens skickas till länsstyrelsen inom föreskriven tid",
         "Hög", "Bygglovschef", RED, None, "Ej genomförd, görs under tertial 3.", "", None,
         "EJ_GENOMFORD", ""),
        ("M6", "Arkiv", "Handlingar i bygglovsarkivet gallras enligt dokumenthanteringsplanen", "Låg",
         "Arkivansvarig", GREY, None, "Utgår, ingår i kommunens gemensamma arkivprojekt.", "", None,
         "UTGAR", ""),
        ("M7", "Livsmedel", "Extra offentlig kontroll debiteras inom en månad", "Medel",
         "Livsmedelsinspektör", None, None, None, "", None, "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], row[6], row[7], row[8] or None]
        for c, v in enumerate(vals, 1):
            cl = ws.cell(row=r, column=c, value=v)
            cl.border = box
            cl.alignment = Alignment(wrap_text=True, vertical="top")
        if row[5]:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=row[5])
        if row[9]:
            ws.cell(row=r, column=6).comment = Comment(row[9], "L. Nilsson")
        exp(fil, namnd, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 7")
    ws.cell(row=r + 1, column=1, value="Beredd av miljö- och byggförvaltningen, Lars Nilsson, 2025-09-05")
    for col, w in zip("ABCDEFGH", (5, 14, 50, 8, 18, 12, 55, 28)):
        ws.column_dimensions[col].width = w
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion"
    ins["A2"] = "Fyll i kolumnen Bedömning med färg enligt förklaringen på rad 2. Kommentera alltid avvikelser."
    ins["A3"] = "Skicka filen till ekonomienheten senast 10 september."
    wb.properties.creator = "Lars Nilsson"
    wb.properties.created = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. ÖFN - docx, text only (no table)
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "Överförmyndarnämnden - Uppföljning intern kontroll delår 2025.docx"
    namnd = "Överförmyndarnämnden"
    d = docx.Document()
    d.core_properties.author = "Per Olsson"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Överförmyndarnämnden i Idre kommun", level=1)
    d.add_heading("Uppföljning av internkontrollplan, delår 1 januari – 31 augusti 2025", level=2)
    d.add_paragraph(
        "Överförmyndarnämnden fastställde internkontrollplanen för 2025 i december 2024. Nedan redovisas "
        "status för respektive kontrollmoment efter årets första åtta månader.")

    def labelled(label, text):
        p = d.add_paragraph()
        r = p.add_run(label + " ")
        r.bold = True
        p.add_run(text)

    items = [
        ("1. Årsräkningar", "Årsräkningar för 2024 är granskade senast den 30 juni 2025",
         "Stickprov av samtliga inkomna årsräkningar i verksamhetssystemet.",
         "Genomförd med avvikelse",
         "212 av 230 årsräkningar granskades i tid. 18 blev försenade på grund av begärda kompletteringar.",
         "GENOMFORD", "ja"),
        ("2. Spärrade konton", "Uttag från spärrade bankkonton har föregåtts av överförmyndarens samtycke",
         "Stickprov 10 uttag.", "Genomförd",
         "Samtliga uttag i stickprovet hade samtycke. Inga avvikelser.", "GENOMFORD", "nej"),
        ("3. Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 30 arvodesbeslut.", "Pågår",
         "Hälften av stickprovet är granskat, hittills utan anmärkning.", "DELVIS", "nej"),
        ("4. Lämplighetsprövning", "Belastningsregister och kreditupplysning kontrolleras innan ny ställföreträdare förordnas",
         "Genomgång av samtliga nya förordnanden.", None,
         "Kontrollen har inte genomförts under perioden på grund av personalomsättning. Den genomförs under hösten.",
         "EJ_GENOMFORD", ""),
        ("5. Gallring", "Akter för avslutade ärenden gallras enligt informationshanteringsplanen",
         "Kontroll av gallringslogg.", "Utgår",
         "Utgår enligt nämndens beslut 2025-04-10 § 22.", "UTGAR", ""),
    ]
    for head, km, metod, status, res, e, a in items:
        d.add_heading(head, level=3)
        labelled("Kontrollmoment:", km)
        labelled("Metod:", metod)
        if status:
            labelled("Status:", status)
        labelled("Resultat:", res)
        exp(fil, namnd, km, e, a)
    d.add_paragraph("")
    d.add_paragraph("Idre 2025-09-22")
    d.add_paragraph("Per Olsson, ordförande i överförmyndarnämnden")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject - covering letter (no follow-up in it)
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev delårsrapport 2025 BUN.docx"
    d = docx.Document()
    d.core_properties.author = "Karin Ek"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Barn- och utbildningsförvaltningen")
    d.add_paragraph("2025-09-18")
    d.add_paragraph("Till: Ekonomienheten, Idre kommun")
    d.add_heading("Följebrev – delårsrapport 2025 för barn- och utbildningsnämnden", level=1)
    d.add_paragraph(
        "Hej! Härmed översänds barn- och utbildningsnämndens underlag till delårsrapporten per 31 augusti 2025. "
        "Underlaget består av verksamhetsberättelse, ekonomisk uppföljning med helårsprognos samt "
        "uppföljningen av internkontrollplanen (separat fil).")
    d.add_paragraph(
        "Nämnden behandlar delårsrapporten på sitt sammanträde den 25 september. Eventuella ändringar "
        "efter sammanträdet meddelas senast dagen efter.")
    d.add_paragraph("Bilagor:")
    for b in ("Verksamhetsberättelse delår 2025", "Ekonomisk uppföljning och prognos",
              "Uppföljning av internkontrollplan 2025 (BUN_IK-uppfoljning_delar2025.docx)"):
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Ek, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def normalize_zips():
    """Rewrite zip containers with fixed timestamps so reruns give identical bytes."""
    import re
    import zipfile
    for fn in sorted(os.listdir(OUT)):
        if not fn.endswith((".xlsx", ".docx", ".odt")):
            continue
        p = os.path.join(OUT, fn)
        with zipfile.ZipFile(p) as z:
            items = [(i, z.read(i.filename)) for i in z.infolist()]
        with zipfile.ZipFile(p, "w") as z:
            for info, data in items:
                if info.filename in ("docProps/core.xml", "meta.xml"):
                    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?",
                                  b"2025-09-20T10:00:00Z", data)
                zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 20, 10, 0, 0))
                zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
                zi.external_attr = info.external_attr
                z.writestr(zi, data)


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    make_ks()
    make_bun()
    make_csv()
    make_tn()
    make_kfn()
    make_mbn()
    make_ofn()
    make_reject()
    normalize_zips()
    write_csvs()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} expected rows")
