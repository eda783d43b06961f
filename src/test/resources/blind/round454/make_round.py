#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r454 - Sotenäs kommun, T2 2025: many controls not done / only partly done.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, into the folder this script lives in.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile
import datetime

FIXED_DT = datetime.datetime(2025, 9, 15, 10, 0, 0)

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round454"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
def write_namnder():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|OF"),
        ("Byggnadsnämnden", "BN|Plan- och byggenheten|Bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndare i samverkan"),
        ("Miljönämnden i mellersta Bohuslän", "MMB|Miljöförvaltningen i mellersta Bohuslän|Miljönämnden"),
        ("Sotenäsbostäder AB", "Sotenäsbostäder|SBAB"),
        ("Sotenäs Vatten AB", "Sotenäs Vatten|SVAB"),
        ("Rambo AB", "Rambo|Rambo Återvinning"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, T1 and T2 status columns, group rows
# ---------------------------------------------------------------------------
KS_FILE = "Kommunstyrelsen uppföljning internkontroll T2 2025.xlsx"
KS_ROWS = [
    ("group", "Ekonomi"),
    ("1.1", "Leverantörsfakturor",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 30 fakturor per tertial", "Ekonomichef", "Tertialvis",
     "Genomförd", "Genomförd", "Ja",
     "Stickprov på 30 fakturor maj–augusti. Två fakturor var attesterade av person som saknade attesträtt "
     "efter omorganisationen i april. Attestförteckningen uppdaterades 2025-09-05.",
     "GENOMFORD", "ja"),
    ("1.2", "Förtroendekänsliga poster",
     "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
     "Genomgång av samtliga konton 7610–7690", "Redovisningsansvarig", "Tertialvis",
     "Genomförd", "", "",
     "Kontrollen har inte kunnat genomföras under T2 på grund av vakans på ekonomienheten "
     "(redovisningsekonom slutade i maj, ersättare börjar 1 oktober). Kontrollen görs i samband med bokslutet.",
     "EJ_GENOMFORD", ""),
    ("1.3", "Bokslut och avstämningar",
     "Avstämning av balanskonton 1510–1519 (kundfordringar) mot reskontra",
     "Månatlig avstämning", "Controller", "Månadsvis",
     "Genomförd", "Delvis genomförd", "Nej",
     "Avstämning klar för maj och augusti. Juni och juli har inte stämts av på grund av övergången till nytt "
     "ekonomisystem 1 juni (konverterade saldon under utredning). Inga differenser i avstämda månader.",
     "DELVIS", "nej"),
    ("group", "Personal"),
    ("2.1", "Lön",
     "Kontroll att löneutbetalningar sker enligt beslut (nyanställda och lönerevision)",
     "20 stickprov mot anställningsavtal", "HR-chef", "Tertialvis",
     "Genomförd", "Genomförd", "Nej",
     "20 stickprov, inga avvikelser.",
     "GENOMFORD", "nej"),
    ("2.2", "Medarbetarsamtal",
     "Uppföljning av att samtliga chefer genomfört medarbetarsamtal",
     "Enkät till chefer", "HR-chef", "1 gång/år",
     "", "Ej genomförd", "",
     "Flyttas till 2026. Ersätts 2025 av frågorna om medarbetarsamtal i den kommungemensamma "
     "medarbetarundersökningen (resultat i november).",
     "EJ_GENOMFORD", ""),
    ("2.3", "Arbetstid",
     "Kontroll av registrerad arbetstid mot schema i Time Care",
     "Stickprov 2 enheter", "HR-specialist", "1 gång/år (april)",
     "Genomförd", "", "",
     "",
     "GENOMFORD", ""),
    ("group", "IT och informationssäkerhet"),
    ("3.1", "Behörigheter",
     "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning",
     "Jämförelse avslutade anställningar mot aktiva konton", "IT-chef", "Tertialvis",
     "", "", "",
     "Ej påbörjad – planeras hösten. Behörighetsstrukturen i det nya ekonomisystemet är inte färdig.",
     "EJ_GENOMFORD", ""),
    ("3.2", "Informationssäkerhet",
     "Uppföljning av informationssäkerhetsincidenter och rapportering till IMY",
     "Genomgång av incidentloggen", "Informationssäkerhetssamordnare", "Tertialvis",
     "Genomförd", "Genomförd", "Nej",
     "Incidentloggen genomgången. Inga incidenter under perioden som krävt anmälan till IMY.",
     "GENOMFORD", "nej"),
    ("group", "Upphandling"),
    ("4.1", "Avtalstrohet",
     "Kontroll av avtalstrohet vid inköp över 100 000 kr",
     "Leverantörsreskontra mot avtalsdatabas", "Upphandlingschef", "Tertialvis",
     "Ej genomförd", "Utgår", "",
     "KS beslutade 2025-06-11 § 98 att kontrollmomentet utgår då motsvarande granskning görs av "
     "revisorerna under 2025.",
     "UTGAR", ""),
    ("4.2", "Direktupphandling",
     "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
     "Genomgång av diarieförda direktupphandlingar", "Upphandlingschef", "Tertialvis",
     "", "", "",
     "Kontrollen genomförs inte i egen regi 2025 – den är ersatt av Inköp Västs granskning av "
     "direktupphandlingar i samtliga fyra kommuner under hösten.",
     "UTGAR", ""),
]


def make_ks():
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: Tertial 2 (januari–augusti 2025). Planen fastställd av KS 2025-01-29 § 12."
    ws["A3"] = ("Ange status: Genomförd / Delvis genomförd / Ej genomförd / Utgår. "
                "Om status inte kan anges – förklara i kommentarsfältet.")
    ws["A3"].font = Font(italic=True, color="595959")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Avvikelse (Ja/Nej)", "Kommentar / resultat T2"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for row in KS_ROWS:
        if row[0] == "group":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        vals = row[:10]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(KS_FILE, "Kommunstyrelsen", row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställning T2: 10 kontrollmoment – 4 genomförda, 1 delvis, 3 ej genomförda/ej påbörjade, 2 utgår.")
    ws.cell(r, 1).font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Sotenäs 2025-09-15")
    ws.cell(r + 1, 1, "Kommunledningsförvaltningen / Ekonomienheten")
    widths = [6, 22, 42, 30, 20, 16, 14, 16, 12, 60]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    ws.freeze_panes = "A6"
    wb.properties.creator = "Ekonomienheten"
    wb.properties.created = wb.properties.modified = FIXED_DT
    wb.save(os.path.join(OUT, KS_FILE))
    normalize_zip(os.path.join(OUT, KS_FILE))
    FILES.append((KS_FILE, "INLAST", "Kommunstyrelsen", "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, one table per process, code legend
# ---------------------------------------------------------------------------
BUN_FILE = "BUN Uppföljning intern kontroll tertial 2 2025.docx"
BUN_TABLES = [
    ("Process: Ekonomi och administration", [
        ("Kontroll av att fakturor för köpta platser i fristående förskola och skola stämmer mot elevregistret",
         "Samtliga fakturor\nfrån fristående\nhuvudmän jan–aug", "Controller BUF", "D",
         "Kontrollen är genomförd för vårterminen. Höstterminens underlag finns inte än eftersom elevregistret "
         "flyttats till nytt system (byte från Tieto Education till IST) i augusti.\n"
         "Två felaktiga debiteringar hittades (dubbelfakturerade barn) och har krediterats.",
         "DELVIS", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Ekonom BUF", "G",
         "Stickprov på 25 fakturor. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Kontroll av barnomsorgsavgifter mot inkomstuppgifter",
         "Samkörning med\nSkatteverkets uppgifter", "Avgiftshandläggare", "",
         "Inkomstkontrollen skjuts upp till 2026 på grund av systembytet. Ingen kontroll har gjorts under 2025.",
         "EJ_GENOMFORD", ""),
    ]),
    ("Process: Elevhälsa och trygghet", [
        ("Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål",
         "Genomgång av alla\nanmälningar i DF Respons", "Verksamhetschef grundskola", "G",
         "Genomgång av 42 anmälningar. I sex fall tog det mer än fem arbetsdagar innan anmälan nådde huvudmannen. "
         "Rutinen har förtydligats på rektorsmöte 2025-06-10.",
         "GENOMFORD", "ja"),
        ("Uppföljning av elevfrånvaro – åtgärder vid problematisk frånvaro",
         "Stickprov 10 elever\nper skolenhet", "Elevhälsochef", "E",
         "Ej påbörjad – planeras hösten 2025 när frånvarorapporterna finns i IST.",
         "EJ_GENOMFORD", ""),
        ("Registerkontroll (utdrag ur belastningsregistret) vid nyanställning",
         "Samtliga nyanställda", "HR-konsult", "G",
         "Samtliga 18 nyanställda under perioden har visat utdrag. Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]),
    ("Process: Personal och kompetens", [
        ("Kontroll att legitimationskrav följs vid anställning av lärare",
         "Nyanställda lärare\nmot Skolverkets register", "HR-konsult", "D",
         "På grund av personalbrist på HR har kontrollen bara omfattat grundskolan (Sotenässkolan och "
         "Hunnebostrands skola). Gymnasiet kontrolleras under tertial 3.",
         "DELVIS", ""),
        ("Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter",
         "Protokoll från\nskyddsronder", "Förvaltningschef", "U",
         "Nämnden beslutade 2025-05-14 § 41 att kontrollmomentet stryks ur planen eftersom det följs upp i "
         "arbetsmiljöbokslutet.",
         "UTGAR", ""),
        ("Kontroll av att timvikarier har visat giltigt registerutdrag",
         "Stickprov 15\ntimvikarier", "Rektorer", "",
         "Se bilaga 2.",
         "OKLAR", ""),
    ]),
]


def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def make_bun():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Sotenäs kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/0087"
    doc.add_heading("Barn- och utbildningsnämnden", level=1)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 6). Planen innehåller nio "
        "kontrollmoment fördelade på tre processer. Uppföljningen avser perioden januari–augusti. "
        "Under perioden har förvaltningen bytt elevadministrativt system, vilket har påverkat flera av "
        "kontrollerna. Två tjänster på HR-enheten har varit vakanta sedan mars.")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring status: ").bold = True
    p.add_run("G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår enligt beslut")
    for title, rows in BUN_TABLES:
        doc.add_paragraph(title, style="Heading 3")
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        hdr = ["Kontrollmoment", "Metod / omfattning", "Ansvarig", "Status", "Resultat och kommentar"]
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            set_cell_bg(c, "D9D9D9")
        for km, metod, ansv, status, res, e_status, e_avv in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = ansv
            cells[3].text = status
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cells[4].text = res
            exp(BUN_FILE, "Barn- och utbildningsnämnden", km, e_status, e_avv)
        for row in t.rows:
            for i, wdt in enumerate([Cm(5.0), Cm(3.2), Cm(2.8), Cm(1.3), Cm(6.5)]):
                row.cells[i].width = wdt
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 1: Sammanställning kränkningsanmälningar jan–aug 2025\n"
                      "Bilaga 2: Kontroll registerutdrag timvikarier")
    doc.add_paragraph("Kungshamn 2025-09-10\n\nMaria Holm\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    doc.core_properties.author = "Maria Holm"
    doc.core_properties.created = doc.core_properties.modified = FIXED_DT
    doc.save(os.path.join(OUT, BUN_FILE))
    normalize_zip(os.path.join(OUT, BUN_FILE))
    FILES.append((BUN_FILE, "INLAST", "Barn- och utbildningsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Omsorgsnämnden - xlsx, status only as traffic-light fill, nämnd only in print header / file name
# ---------------------------------------------------------------------------
ON_FILE = "IK-uppföljning T2 ON.xlsx"
GREEN, ORANGE, YELLOW, RED, GREY = "00B050", "FFC000", "FFFF00", "FF0000", "BFBFBF"
ON_ROWS = [
    ("Myndighetsutövning", "Utredningar drar ut på tiden, brukare får vänta på beslut",
     "Utredningar enligt SoL slutförs inom fyra månader", "Enhetschef myndighet", 12, GREEN,
     "Stickprov på 15 ärenden, samtliga avslutade inom fyra månader.", "GENOMFORD", "nej"),
    ("Myndighetsutövning", "Beslut fattas utan delegation",
     "Beslut om bistånd är fattade enligt delegationsordningen", "Enhetschef myndighet", 9, ORANGE,
     "Av 20 granskade beslut var två fattade av sommarvikarie som saknade delegation. Besluten har omprövats "
     "av behörig handläggare och introduktionen för vikarier har kompletterats.", "GENOMFORD", "ja"),
    ("Myndighetsutövning", "Felaktiga avgifter",
     "Avgiftsbeslut i hemtjänsten stämmer mot beviljade och utförda timmar", "Avgiftshandläggare", 12, YELLOW,
     "Granskningen påbörjades i juni men avbröts i samband med införandet av ny avgiftsmodul. "
     "8 av planerade 25 ärenden granskade. Återupptas i oktober.", "DELVIS", ""),
    ("Hälso- och sjukvård", "Fel i läkemedelshanteringen",
     "Läkemedelshantering på särskilda boenden – kvalitetsgranskning av farmaceut", "MAS", 16, RED,
     "Ingen granskning under T2. Farmaceutresurs saknas sedan avtalet med regionen upphörde 30 april. "
     "Planeras hösten om ny överenskommelse tecknas.", "EJ_GENOMFORD", ""),
    ("Hälso- och sjukvård", "Avvikelser leder inte till förbättringar",
     "Avvikelser enligt HSL och lex Sarah analyseras och återkopplas till verksamheten", "MAS/SAS", 12, None,
     "Ej påbörjad – planeras hösten", "EJ_GENOMFORD", ""),
    ("Verkställighet", "Insatser utförs inte enligt beslut",
     "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Enhetschefer hemtjänst", 9, GREEN,
     "Kontroll av 30 brukare i hemtjänsten. Samtliga planer upprättade inom tid.", "GENOMFORD", "nej"),
    ("Ekonomi", "Kostnader för inhyrd personal överstiger avtal",
     "Kontroll av att bemanningsföretag fakturerar enligt avtal", "Controller", 8, GREY,
     "Utgår. Nämnden beslutade 2025-04-23 § 33 att avveckla inhyrd sjuksköterskebemanning; inga avtal kvar.",
     "UTGAR", ""),
    ("Ekonomi", "Felaktiga utbetalningar",
     "Attest av leverantörsfakturor enligt attestordningen", "Controller", 6, None,
     "", "SAKNAS", ""),
    ("Personal", "Bristande introduktion ger fel i arbetet",
     "Introduktion av nyanställda följer förvaltningens checklista", "Enhetschefer", 9, YELLOW,
     "Genomförd på Ekelids och Kvarnbergets äldreboenden. Hemtjänsten kvarstår på grund av personalbrist "
     "under sommaren.", "DELVIS", ""),
    ("Personal", "Otillåtna bisysslor",
     "Kontroll av bisysslor hos chefer och biståndshandläggare", "HR-partner", 6, None,
     "Genomförd i maj. Samtliga 24 chefer och handläggare har lämnat uppgift om bisyssla, "
     "ingen otillåten bisyssla konstaterad.", "GENOMFORD", "nej"),
    ("Informationssäkerhet", "Obehörig åtkomst till journaler",
     "Loggkontroll i verksamhetssystemet (journalsystem)", "Systemförvaltare", 16, RED,
     "Nytt verksamhetssystem infördes i april och loggfunktionen är ännu inte driftsatt. "
     "Kontrollen skjuts till 2026.", "EJ_GENOMFORD", ""),
]


def make_on():
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.left.text = "Omsorgsnämnden"
    ws.oddHeader.right.text = "Sotenäs kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan – tertial 2 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status markeras med färg i kolumn F enligt förklaring längst ned."
    hdr = ["Område", "Risk", "Kontrollmoment", "Kontrollansvarig", "Riskvärde", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 5
    for omr, risk, km, ansv, rv, fill, kom, st, avv in ON_ROWS:
        vals = [omr, risk, km, ansv, rv, None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        if fill:
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=fill)
        exp(ON_FILE, "Omsorgsnämnden", km, st, avv)
        r += 1
    r += 2
    ws.cell(r, 1, "Förklaring").font = Font(bold=True)
    legend = [(GREEN, "Genomförd utan anmärkning"), (ORANGE, "Genomförd – avvikelse konstaterad"),
              (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår enligt beslut")]
    for fill, txt in legend:
        r += 1
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=fill)
        ws.cell(r, 6).border = BOX
        ws.cell(r, 7, txt)
    for col, wdt in zip("ABCDEFG", [18, 34, 46, 20, 9, 9, 70]):
        ws.column_dimensions[col].width = wdt
    wb.properties.creator = "Omsorgsförvaltningen"
    wb.properties.created = wb.properties.modified = FIXED_DT
    wb.save(os.path.join(OUT, ON_FILE))
    normalize_zip(os.path.join(OUT, ON_FILE))
    FILES.append((ON_FILE, "INLAST", "Omsorgsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Byggnadsnämnden - a short mail saved as text
# ---------------------------------------------------------------------------
BN_FILE = "SV Uppföljning internkontroll T2 2025 - Byggnadsnämnden.txt"
BN_ITEMS = [
    ("Handläggningstid för bygglov inom 10 veckor",
     "inte gjord, vi tar den i helårsuppföljningen", "EJ_GENOMFORD", ""),
    ("Debitering av bygglovsavgift enligt gällande taxa",
     "inte gjord heller, samma anledning", "EJ_GENOMFORD", ""),
    ("Delegationsbeslut anmäls till nämnden",
     "löper på som vanligt, alla beslut t.o.m. augusti är anmälda och vi har inte hittat några fel", "GENOMFORD", "nej"),
]


def make_bn():
    lines = [
        "Från: Karlsson Anna <anna.karlsson@sotenas.se>",
        "Skickat: den 12 september 2025 14:32",
        "Till: Ekonomi Sotenäs <ekonomi@sotenas.se>",
        "Ämne: SV: Uppföljning internkontroll T2 2025 - Byggnadsnämnden",
        "",
        "Hej!",
        "",
        "Vi hinner tyvärr inte fylla i mallen den här gången. Vi har haft två vakanta handläggartjänster sedan",
        "i våras och har fått prioritera bygglovsärendena. Kort lägesbild för Byggnadsnämndens kontroller:",
        "",
    ]
    for km, txt, st, avv in BN_ITEMS:
        lines.append("- " + km + ": " + txt)
        exp(BN_FILE, "Byggnadsnämnden", km, st, avv)
    lines += [
        "",
        "Hoppas det går bra så, vi återkommer med ifylld mall till helåret.",
        "",
        "Mvh",
        "Anna Karlsson",
        "Enhetschef Plan- och bygg",
        "Sotenäs kommun",
        "",
        "-----Ursprungligt meddelande-----",
        "Från: Ekonomi Sotenäs",
        "Skickat: den 25 augusti 2025 09:10",
        "Ämne: Uppföljning internkontroll T2 2025",
        "",
        "Hej! Dags för uppföljning av internkontrollplanen per tertial 2. Fyll i bifogad mall och skicka",
        "senast 12 september. /Ekonomienheten",
    ]
    with open(os.path.join(OUT, BN_FILE), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")
    FILES.append((BN_FILE, "INLAST", "Byggnadsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Stratsys export - CSV (cp1252), long format with one row per control and period, two nämnder
# ---------------------------------------------------------------------------
ST_FILE = "Stratsys_export_internkontroll_20250918.csv"
ST_CONTROLS = [
    # organisation, process, risk, kontrollmoment, ansvarig, (T1 status, T1 kommentar), (T2 status, T2 kommentar), exp
    ("Kultur- och fritidsnämnden", "Bidragshantering", "Felaktigt utbetalda bidrag",
     "Kontroll av föreningsbidrag – att utbetalt bidrag motsvarar beviljat belopp", "Fritidskonsulent",
     ("Ej påbörjad", ""),
     ("Klar", "Samtliga 31 utbetalningar kontrollerade mot beslut. En förening fick aktivitetsstöd två gånger "
              "(4 200 kr), återkrav är skickat."),
     "GENOMFORD", "ja"),
    ("Kultur- och fritidsnämnden", "Kontanthantering", "Svinn i kassor",
     "Redovisning av kontantkassor i simhall och bibliotek", "Enhetschef bibliotek",
     ("Klar", "Inga avvikelser."),
     ("Klar", "Kassainventering 2025-06-30 utan differenser."),
     "GENOMFORD", "nej"),
    ("Kultur- och fritidsnämnden", "Lokaluthyrning", "Uteblivna intäkter",
     "Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig",
     ("Pågår", "Påbörjad för januari–mars."),
     ("Pågår", "Kontroll av januari–maj klar utan fel.\nBokningssystemet byttes i juni och underlag för juni–augusti "
               "kan inte tas ut ännu."),
     "DELVIS", "nej"),
    ("Kultur- och fritidsnämnden", "Bidragshantering", "Bidrag redovisas inte",
     "Kontroll av att arrangemangsbidrag redovisas inom tre månader", "Kultursekreterare",
     ("Ej påbörjad", ""),
     ("", "Utgår enligt KFN beslut 2025-06-05 § 44 – arrangemangsbidraget är avskaffat från 1 juli."),
     "UTGAR", ""),
    ("Kultur- och fritidsnämnden", "Konst och inventarier", "Konst försvinner",
     "Inventering av konst i offentlig miljö", "Kultursekreterare",
     ("Ej påbörjad", ""),
     ("Ej påbörjad", "Flyttas till 2026 på grund av personalbrist (kultursekreteraren föräldraledig)."),
     "EJ_GENOMFORD", ""),
    ("Kultur- och fritidsnämnden", "Evenemang", "Olyckor vid större evenemang",
     "Säkerhetsrutiner följs vid större evenemang (Kulturnatta, Skaldjursfestivalen)", "Evenemangssamordnare",
     ("Ej rapporterad", ""),
     ("Ej rapporterad", ""),
     "SAKNAS", ""),
    ("Kultur- och fritidsnämnden", "Inköp", "Inköp utanför avtal",
     "Avtalstrohet vid inköp av livsmedel till caféverksamheten", "Enhetschef fritid",
     ("Ej påbörjad", ""),
     ("Pågår", "Stickprov på 10 av 20 fakturor gjort, resterande tas i september."),
     "DELVIS", ""),
    ("Valnämnden", "Valadministration", "Förtidsröster hanteras felaktigt",
     "Rutin för hantering av förtidsröster och budröster är uppdaterad", "Valsamordnare",
     ("Ej påbörjad", ""),
     ("Avbruten", "Skjuts upp till våren 2026 inför valet – ändringar i vallagen avvaktas."),
     "EJ_GENOMFORD", ""),
    ("Valnämnden", "Valadministration", "Röstmottagare saknar kunskap",
     "Utbildning av röstmottagare planeras och dokumenteras", "Valsamordnare",
     ("", ""),
     ("Ej påbörjad", "Planeras hösten 2025/våren 2026."),
     "EJ_GENOMFORD", ""),
]


def make_stratsys():
    hdr = ["Organisation", "Plan", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Period",
           "Status", "Kommentar", "Senast ändrad"]
    rows = []
    for i, (org, proc, risk, km, ansv, t1, t2, st, avv) in enumerate(ST_CONTROLS):
        plan = "Internkontrollplan 2025 " + org
        rows.append([org, plan, proc, risk, km, ansv, "Tertial 1 2025", t1[0], t1[1], "2025-05-%02d" % (10 + i)])
        rows.append([org, plan, proc, risk, km, ansv, "Tertial 2 2025", t2[0], t2[1],
                     "2025-09-%02d" % (5 + i) if (t2[0] or t2[1]) else ""])
        exp(ST_FILE, org, km, st, avv)
    # sort like an export: by organisation, then period, then process
    rows.sort(key=lambda x: (x[0], x[6], x[2], x[4]))
    with open(os.path.join(OUT, ST_FILE), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)
    FILES.append((ST_FILE, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))
    FILES.append((ST_FILE, "INLAST", "Valnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Sotenäsbostäder AB - ods (via xlsx), plan columns beside tick columns
# ---------------------------------------------------------------------------
SB_FILE = "Sotenäsbostäder internkontroll 2025 uppföljning aug.ods"
SB_ROWS = [
    # nr, risk, S, K, kontrollmoment, ansvarig, tidpunkt, G, D, E, avvikelse, kommentar, exp, avv
    (1, "Felaktiga hyror", 2, 3, "Hyresavier stämmer mot gällande hyresavtal", "Ekonomiansvarig", "Maj",
     "X", "", "", "Nej", "50 avtal kontrollerade, inga fel.", "GENOMFORD", "nej"),
    (2, "Otillbörlig förtur vid uthyrning", 2, 4, "Kontroll av att kötid följs vid uthyrning av lägenheter",
     "Uthyrningschef", "Löpande", "X", "", "", "Ja",
     "2 av 15 kontrakt tecknade utanför kön utan dokumenterat skäl. Rutinen skärps, ärendet anmält till VD.",
     "GENOMFORD", "ja"),
    (3, "Felaktiga utbetalningar", 2, 3, "Attest av leverantörsfakturor enligt attestordningen", "Ekonomiansvarig",
     "Tertialvis", "", "X", "", "",
     "Nytt fakturaflöde sedan maj, stickprov endast gjort för januari–april.", "DELVIS", ""),
    (4, "Kundförluster", 3, 2, "Uppföljning av hyresfordringar och inkassoärenden", "Ekonomiansvarig",
     "Tertialvis", "X", "", "X", "", "", "OKLAR", ""),
    (5, "Personskador på lekplatser", 2, 4, "Besiktning av lekplatser enligt plan", "Fastighetschef", "Juni",
     "", "", "X", "", "Besiktningsfirman ställde in, ny tid i oktober.", "EJ_GENOMFORD", ""),
    (6, "Obehörigt tillträde", 2, 2, "Kontroll av nyckelkvittenser vid in- och utflyttning", "Bovärdar",
     "Tertialvis", "", "", "", "",
     "Ersätts av digitala lås – kontrollen utgår enligt styrelsebeslut 2025-03-20.", "UTGAR", ""),
    (7, "Höga energikostnader", 3, 2, "Energiuppföljning per fastighet mot budget", "Fastighetschef",
     "Tertialvis", "", "", "", "", "", "SAKNAS", ""),
]


def make_sb(tmp):
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Sotenäsbostäder AB – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fastställd av styrelsen 2025-02-13. Uppföljning rapporteras till styrelsen 2025-09-25."
    # two-row header
    ws.cell(4, 1, "PLAN 2025")
    ws.merge_cells("A4:H4")
    ws.cell(4, 9, "UPPFÖLJNING TERTIAL 2 (markera med X)")
    ws.merge_cells("I4:M4")
    for c in (1, 9):
        ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, c).alignment = Alignment(horizontal="center")
        ws.cell(4, c).fill = PatternFill("solid", fgColor="E2EFDA" if c == 1 else "FCE4D6")
    hdr = ["Nr", "Risk", "S", "K", "RV (S×K)", "Kontrollmoment", "Ansvarig", "Tidpunkt",
           "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for (nr, risk, s, k, km, ansv, tid, g, d, e, avvcol, kom, st, avv) in SB_ROWS:
        vals = [nr, risk, s, k, s * k, km, ansv, tid, g, d, e, avvcol, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP if c not in (9, 10, 11) else Alignment(horizontal="center", vertical="top")
        exp(SB_FILE, "Sotenäsbostäder AB", km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "S = sannolikhet, K = konsekvens (1–4). RV ≥ 8 kontrolleras varje tertial.")
    ws.cell(r + 2, 1, "Kungshamn 2025-09-12")
    ws.cell(r + 3, 1, "Per Lindqvist, VD")
    for col, wdt in zip("ABCDEFGHIJKLM", [5, 26, 4, 4, 8, 44, 18, 12, 11, 8, 12, 10, 55]):
        ws.column_dimensions[col].width = wdt
    src = os.path.join(tmp, "Sotenäsbostäder internkontroll 2025 uppföljning aug.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((SB_FILE, "INLAST", "Sotenäsbostäder AB", "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Miljönämnden i mellersta Bohuslän - tjänsteskrivelse as .doc, prose only
# ---------------------------------------------------------------------------
MMB_FILE = "MMB Uppföljning internkontrollplan T2 2025.doc"
MMB_ITEMS = [
    ("Fakturering av timavgifter stämmer mot tidredovisningen",
     "Kontrollen är genomförd. 20 ärenden från perioden januari–juni granskades. I tre ärenden hade nedlagd "
     "handläggningstid inte fakturerats, sammanlagt 8 400 kr. Fakturor har skickats i efterhand och "
     "rutinen för tidredovisning har gåtts igenom på arbetsplatsträff.",
     "GENOMFORD", "ja"),
    ("Planerad tillsyn enligt tillsynsplanen genomförs",
     "Kontrollen har påbörjats men kan inte slutföras förrän vid årets slut. Till och med augusti har 46 % "
     "av de planerade tillsynsbesöken genomförts, att jämföra med målet 67 %. Två inspektörstjänster har "
     "varit vakanta sedan april och rekrytering pågår.",
     "DELVIS", ""),
    ("Delegationsbeslut återrapporteras till nämnden",
     "Genomförd utan anmärkning. Samtliga delegationsbeslut har redovisats vid nämndens sammanträden.",
     "GENOMFORD", "nej"),
    ("Handläggningstid för anmälan om enskilt avlopp understiger sex veckor",
     "Kontrollen har inte genomförts under perioden. Förvaltningen har under våren bytt ärendehanteringssystem "
     "och statistik över handläggningstider går ännu inte att ta fram ur det nya systemet. Kontrollen "
     "skjuts till 2026.",
     "EJ_GENOMFORD", ""),
    ("Jäv och bisysslor hos inspektörer",
     "Nämnden beslutade 2025-06-18 § 52 att stryka kontrollmomentet ur planen eftersom det ingår i "
     "medlemskommunernas gemensamma uppföljning av bisysslor.",
     "UTGAR", ""),
    ("Arkivering av avslutade ärenden",
     "Se bilaga 1, Arkivrapport tertial 2.",
     "OKLAR", ""),
]


def make_mmb(tmp):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "MILJÖFÖRVALTNINGEN I MELLERSTA BOHUSLÄN\tTJÄNSTESKRIVELSE\t2025-09-08"
    doc.add_paragraph("Diarienummer: MMB-2025-1187")
    doc.add_paragraph("Miljönämnden i mellersta Bohuslän").runs[0].bold = True
    doc.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Nämnden har för 2025 sex kontrollmoment. Under perioden januari–augusti har två kontroller genomförts, "
        "en är påbörjad, en har skjutits upp och en har strukits genom beslut i nämnden. Förvaltningen har haft "
        "hög personalomsättning och har bytt ärendehanteringssystem, vilket har påverkat möjligheten att genomföra "
        "planerade kontroller.")
    doc.add_heading("Uppföljning per kontrollmoment", level=2)
    for i, (km, txt, stt, avv) in enumerate(MMB_ITEMS, 1):
        doc.add_heading("%d. %s" % (i, km), level=3)
        doc.add_paragraph(txt)
        exp(MMB_FILE, "Miljönämnden i mellersta Bohuslän", km, stt, avv)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Miljönämnden i mellersta Bohuslän godkänner uppföljningen av internkontrollplanen för "
                      "tertial 2 2025 och lägger den till handlingarna.")
    doc.add_paragraph("\nJan Berglund\nFörvaltningschef")
    doc.add_paragraph("Bilaga 1: Arkivrapport tertial 2")
    src = os.path.join(tmp, "MMB Uppföljning internkontrollplan T2 2025.docx")
    doc.save(src)
    soffice_convert(src, "doc", OUT)
    FILES.append((MMB_FILE, "INLAST", "Miljönämnden i mellersta Bohuslän", "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel lock file left in the folder
# ---------------------------------------------------------------------------
LOCK_FILE = "~$IK-uppföljning T2 ON.xlsx"


def make_lock():
    user = "Lena Ström"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b + b"\x20" * (54 - len(b))
    u16 = user.encode("utf-16-le")
    b += bytes([len(user), 0]) + u16
    b = b + b"\x20\x00" * ((165 - len(b)) // 2)
    b = b[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, LOCK_FILE), "wb") as f:
        f.write(b)
    FILES.append((LOCK_FILE, "AVVISAD", "", "", ""))


def main():
    # clean previous outputs (only files this script makes)
    tmp = tempfile.mkdtemp(prefix="r454_")
    try:
        write_namnder()
        make_ks()
        make_bun()
        make_on()
        make_bn()
        make_stratsys()
        make_sb(tmp)
        make_mmb(tmp)
        make_lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
