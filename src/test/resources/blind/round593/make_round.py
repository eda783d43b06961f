#!/usr/bin/python3
"""Blind round r593 - Östra Göinge kommun, tertial 2 follow-ups 2025 (September inbox).
Builds every file of the round plus namnder.csv, files.csv, expected.csv. Deterministic."""
import csv
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.number import PercentageStyle, Number, Text as NText
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|Barn och utbildning"),
    ("Socialnämnden", "SN|Individ- och familjeomsorgen|IFO|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård och omsorg|Omsorgsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Göingehem AB", "Göingehem|Allmännyttiga bostadsbolaget"),
    ("ÖGRAB", "Östra Göinge Renhållnings AB|Renhållningsbolaget"),
]

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, T1|T2|T3 columns, merged process cells (easy/medium)
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS Uppföljning internkontrollplan 2025 T2.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        # process, risk, km, metod, ansvarig, frekvens, T1, T2, T3, kommentar, (status, avv)
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Ekonomichef", "Tertial",
         "Genomförd", "Genomförd med avvikelse", "",
         "2 av 20 fakturor saknade attest av behörig attestant. Återkopplat till berörda chefer.",
         ("GENOMFORD", "ja")),
        ("Ekonomi", "Obehöriga utbetalningar",
         "Kontroll av manuella utbetalningar över 50 tkr",
         "Genomgång av samtliga manuella utbetalningar", "Redovisningsansvarig", "Tertial",
         "Genomförd", "Genomförd", "", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Ekonomi", "Förtroendeskada",
         "Representation och förtroendekänsliga poster hanteras enligt riktlinjer",
         "Stickprov 10 verifikationer", "Controller", "Tertial",
         "Genomförd", "Pågår", "",
         "Stickprov för maj–augusti påbörjat, slutförs i september.", ("DELVIS", "")),
        ("Upphandling", "Bristande avtalstrohet",
         "Inköp sker från avtalade leverantörer",
         "Analys av leverantörsreskontra", "Upphandlare", "Halvår",
         "", "Ej genomförd", "",
         "Analysen senarelagd på grund av vakans. Flyttas till tertial 3.", ("EJ_GENOMFORD", "")),
        ("Upphandling", "Otillåten direktupphandling",
         "Direktupphandlingar över 100 tkr dokumenteras",
         "Stickprov", "Upphandlingschef", "Årlig",
         "Genomförd", "", "",
         "Årlig kontroll, genomförd under tertial 1. Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Personal", "Felaktig lön",
         "Kontroll av att lönetillägg har beslut av behörig chef",
         "Stickprov 15 löneärenden", "HR-chef", "Tertial",
         "Genomförd", "Genomförd", "", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Personal", "Jäv och otillåtna bisysslor",
         "Bisysslor har anmälts och prövats för samtliga chefer",
         "Enkät till chefer", "HR-chef", "Årlig",
         "Ej påbörjad", "Utgår", "",
         "Utgår enligt KS beslut 2025-05-07 § 88. Ersätts av ny rutin i medarbetarsamtalet.",
         ("UTGAR", "")),
        ("IT och informationssäkerhet", "Obehörig åtkomst",
         "Behörigheter i ekonomisystemet tas bort för avslutade medarbetare",
         "Jämförelse mot lista över avslutade anställningar", "IT-chef", "Tertial",
         "Genomförd", "Genomförd", "",
         "3 konton hade inte avslutats inom rutinens tid. Nu åtgärdat.", ("GENOMFORD", "ja")),
        ("Dokumenthantering", "Handlingar registreras inte",
         "Allmänna handlingar diarieförs utan dröjsmål",
         "Stickprov 30 inkomna handlingar", "Registrator", "Tertial",
         "Pågår", "", "", "", ("DELVIS", "")),
        ("Dokumenthantering", "Felaktig gallring",
         "Gallring sker enligt dokumenthanteringsplan",
         "Genomgång av gallringsbeslut", "Kommunarkivarie", "Årlig",
         "", "", "", "", ("SAKNAS", "")),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Östra Göinge kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljningsperiod: tertial 2 (januari–augusti). Status anges per tertial: Genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår."
    ws["A3"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Status T3", "Kommentar"]
    thin = Side(style="thin")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 6
    start = {}
    for row in rows:
        vals = row[:10]
        for c, v in enumerate(vals, 1):
            if c == 1 and row[0] in start:
                continue
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        start.setdefault(row[0], []).append(r)
        exp(fil, N, row[2], *row[10])
        r += 1
    for proc, rr in start.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=1, end_row=rr[-1], end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 10 kontrollmoment. 5 genomförda, 2 pågår, 1 ej genomförd, 1 utgår, 1 ej rapporterad.")
    ws.cell(row=r + 2, column=1, value="Upprättad av: Lena Persson, controller, 2025-09-08")
    widths = [20, 26, 46, 30, 20, 10, 14, 22, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Stratsys export - CSV, one row per control and tertial, two nämnder
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_20250912.csv"
    data = {
        "Socialnämnden": [
            ("Myndighetsutövning barn och unga",
             "Barnavårdsutredningar avslutas inom fyra månader eller har beslut om förlängning",
             "Enhetschef barn och familj",
             ("Pågående", "", "Granskning av utredningar jan–april påbörjad."),
             ("Klar", "Avvikelse", "3 av 25 utredningar överskred fyra månader, i ett fall saknades beslut om förlängning."),
             ("GENOMFORD", "ja")),
            ("Ekonomiskt bistånd",
             "Beslut om ekonomiskt bistånd fattas enligt riktlinjer och delegationsordning",
             "Enhetschef vuxen",
             ("Klar", "Ingen avvikelse", "Stickprov 20 ärenden."),
             ("Klar", "Ingen avvikelse", "Stickprov 20 ärenden, inga avvikelser."),
             ("GENOMFORD", "nej")),
            ("Placeringar",
             "Fakturor för HVB-placeringar stämmer mot avtal och beslut",
             "Controller IFO",
             ("Ej påbörjad", "", ""),
             ("Pågående", "", "Hälften av placeringarna granskade, resterande i september."),
             ("DELVIS", "")),
            ("Personal",
             "Utdrag ur belastningsregistret finns för nyanställda inom barn- och ungdomsverksamhet",
             "HR-konsult",
             ("Klar", "Ingen avvikelse", ""),
             ("Klar", "Ingen avvikelse", "Samtliga 6 nyanställda kontrollerade."),
             ("GENOMFORD", "nej")),
            ("Delegation",
             "Delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare",
             ("", "", ""),
             ("", "", "Kontrollen är inte gjord ännu, planerad till oktober."),
             ("EJ_GENOMFORD", "")),
            ("Myndighetsutövning barn och unga",
             "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
             "Enhetschef barn och familj",
             ("Klar", "Ingen avvikelse", ""),
             ("Klar", "Ingen avvikelse", "Samtliga förhandsbedömningar inom 14 dagar."),
             ("GENOMFORD", "nej")),
        ],
        "Vård- och omsorgsnämnden (VON)": [
            ("Hälso- och sjukvård",
             "Signeringslistor för läkemedel kontrolleras månadsvis",
             "MAS",
             ("Klar", "Ingen avvikelse", ""),
             ("Klar", "Avvikelse", "Ofullständig signering på två enheter (Knislinge, Broby). Åtgärdsplan upprättad."),
             ("GENOMFORD", "ja")),
            ("Avgifter",
             "Avgiftsbeslut för hemtjänst stämmer med utförd tid",
             "Avgiftshandläggare",
             ("Pågående", "", ""),
             ("Pågående", "", "Stickprov i hemtjänstgrupp Glimåkra klart, övriga grupper återstår."),
             ("DELVIS", "")),
            ("Social dokumentation",
             "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut",
             "Verksamhetschef ordinärt boende",
             ("Ej påbörjad", "", ""),
             ("Ej påbörjad", "", "Skjuts till tertial 3 på grund av semesterperioden."),
             ("EJ_GENOMFORD", "")),
            ("Boendes privata medel",
             "Kassaböcker för boendes privata medel granskas",
             "Enhetschef särskilt boende",
             ("Klar", "Ingen avvikelse", ""),
             ("Klar", "Ingen avvikelse", ""),
             ("GENOMFORD", "nej")),
            ("Trygghetslarm",
             "Åtgärdstid vid trygghetslarm följs upp mot avtal",
             "Verksamhetschef ordinärt boende",
             ("Ej aktuell", "", "Avbruten genom beslut VON 2025-03-20 § 31, ny larmleverantör."),
             ("Ej aktuell", "", "Avbruten genom beslut VON 2025-03-20 § 31."),
             ("UTGAR", "")),
        ],
    }
    reg = {"Socialnämnden": "Socialnämnden", "Vård- och omsorgsnämnden (VON)": "Vård- och omsorgsnämnden"}
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["Enhet", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Period",
                "Status", "Bedömning", "Kommentar", "Senast ändrad"])
    dates = {"T1": "2025-05-12", "T2": "2025-09-10"}
    for enhet, ctrls in data.items():
        for proc, km, ans, t1, t2, res in ctrls:
            for per, t in (("T1", t1), ("T2", t2)):
                w.writerow([enhet, "Internkontrollplan 2025", proc, km, ans, f"Tertial {per[1]} 2025",
                            t[0], t[1], t[2], dates[per] if any(t) else ""])
            exp(fil, reg[enhet], km, *res)
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Utbildningsnämnden - Word form, one label/value table per control
# ---------------------------------------------------------------------------
def make_un():
    fil = "Uppföljning IK tertial 2 2025 - Utbildningsnämnden.docx"
    N = "Utbildningsnämnden"
    ctrls = [
        dict(km="Elever med hög frånvaro uppmärksammas och anmäls till huvudman",
             proc="Skolplikt", risk="Elever fullgör inte sin skolplikt",
             metod="Genomgång av frånvarorapporter för samtliga grundskolor",
             ans="Verksamhetschef grundskola", status="Genomförd",
             res="Samtliga skolor har rapporterat hög frånvaro enligt rutin.", avv="Nej",
             atg="", e=("GENOMFORD", "nej")),
        dict(km="Interkommunala ersättningar faktureras och betalas enligt gällande prislista",
             proc="Ekonomi", risk="Intäktsbortfall / felaktiga utbetalningar",
             metod="Stickprov 15 elever i annan kommun och 15 elever från annan kommun",
             ans="Controller", status="Genomförd med anmärkning",
             res="Två elever från Hässleholm hade inte fakturerats för vårterminen.", avv="Ja",
             atg="Fakturering har skett i augusti. Rutinen för terminsstart ses över.",
             e=("GENOMFORD", "ja")),
        dict(km="Utdrag ur belastningsregistret har uppvisats före anställning",
             proc="Personal", risk="Olämplig person anställs",
             metod="Stickprov nyanställda på fem enheter", ans="HR-partner",
             status="Delvis genomförd",
             res="Kontroll gjord för tre av fem enheter, inga brister hittills. Resterande enheter kontrolleras i tertial 3.",
             avv="Nej", atg="", e=("DELVIS", "nej")),
        dict(km="Anmälan om kränkande behandling lämnas till huvudman inom fem arbetsdagar",
             proc="Trygghet och studiero", risk="Kränkningar utreds inte",
             metod="Jämförelse mellan anmälningar i systemet och rektors dokumentation",
             ans="Kvalitetsutvecklare", status="Ej genomförd",
             res="", avv="", atg="Genomförs under oktober.", e=("EJ_GENOMFORD", "")),
        dict(km="Beslut om skolskjuts fattas enligt kommunens riktlinjer",
             proc="Skolskjuts", risk="Felaktiga beslut och kostnader",
             metod="Stickprov 10 beslut", ans="Skolskjutshandläggare", status="Utgår",
             res="Ansvaret för skolskjuts flyttades till Tekniska nämnden 2025-01-01.", avv="",
             atg="", e=("UTGAR", "")),
        dict(km="Bidrag till fristående förskolor beräknas enligt beslutad bidragsnivå",
             proc="Ekonomi", risk="Felaktiga bidragsbelopp",
             metod="Kontrollberäkning av bidrag för tre huvudmän", ans="Ekonomichef",
             status="", res="Se bilaga 1.", avv="", atg="", e=("OKLAR", "")),
        dict(km="Inventarieförteckning för elevdatorer och lärplattor är uppdaterad",
             proc="IT", risk="Stöld och svinn av utrustning",
             metod="Inventering mot förteckning", ans="IT-samordnare",
             status="",
             res="Inventeringen genomfördes i augusti. Samtliga enheter återfanns, förteckningen stämmer.",
             avv="Nej", atg="", e=("GENOMFORD", "nej")),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading("Uppföljning av internkontrollplan 2025", 0)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Utbildningsnämnden")
    p = d.add_paragraph()
    p.add_run("Förvaltning: ").bold = True
    p.add_run("Utbildningsförvaltningen")
    p = d.add_paragraph()
    p.add_run("Uppföljningsperiod: ").bold = True
    p.add_run("Tertial 2, 2025")
    d.add_paragraph("Instruktion: Fyll i ett formulär per kontrollmoment. Status anges som Genomförd, "
                    "Genomförd med anmärkning, Delvis genomförd, Ej genomförd eller Utgår.")
    labels = [("Kontrollmoment", "km"), ("Process", "proc"), ("Risk", "risk"),
              ("Kontrollmetod", "metod"), ("Kontrollansvarig", "ans"), ("Status T2", "status"),
              ("Iakttagelser/resultat", "res"), ("Avvikelse noterad (Ja/Nej)", "avv"),
              ("Åtgärd", "atg")]
    for i, c in enumerate(ctrls, 1):
        d.add_heading(f"Kontroll {i}", 2)
        t = d.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for j, (lab, key) in enumerate(labels):
            t.cell(j, 0).text = lab
            t.cell(j, 0).paragraphs[0].runs[0].bold = True
            t.cell(j, 1).text = c[key]
        exp(fil, N, c["km"], *c["e"])
    d.add_paragraph()
    d.add_paragraph("Broby 2025-09-05")
    d.add_paragraph("Maria Nilsson, förvaltningschef Utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - .xls, status by cell fill, legend on separate sheet
# ---------------------------------------------------------------------------
def make_tn():
    fil = "TN internkontroll 2025 tertialuppföljning.xls"
    N = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    lg = wb.add_sheet("Teckenförklaring")

    def fill(col):
        s = xlwt.XFStyle()
        pat = xlwt.Pattern()
        pat.pattern = xlwt.Pattern.SOLID_PATTERN
        pat.pattern_fore_colour = xlwt.Style.colour_map[col]
        s.pattern = pat
        b = xlwt.Borders()
        b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
        s.borders = b
        return s

    plain = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin")
    title = xlwt.easyxf("font: bold on, height 280")
    COL = {"G": "bright_green", "O": "orange", "Y": "yellow", "R": "red", "X": "gray40", "": None}
    ws.write(0, 0, "Tekniska nämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning per tertial (status markeras med färg, se flik Teckenförklaring)")
    ws.write(2, 0, "Avstämning: 2025-08-31")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, bold)
    rows = [
        ("Gata/park", "Vinterväghållningsentreprenörens fakturor stämmer mot körjournaler",
         "Gatuchef", "G", "G", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Fastighet", "Lekplatser besiktigas enligt SS-EN 1176",
         "Fastighetsförvaltare", "Y", "O",
         "Brister på två lekplatser (Sibbhult, Hanaskog), gungor bytta i juli.", ("GENOMFORD", "ja")),
        ("Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter",
         "Säkerhetssamordnare", "Y", "Y", "12 av 31 fastigheter klara.", ("DELVIS", "")),
        ("VA", "VA-taxa debiteras korrekt vid nyanslutning",
         "VA-chef", "", "R", "Ej hunnits på grund av personalbrist.", ("EJ_GENOMFORD", "")),
        ("Kost", "Egenkontroll av livsmedelshantering i tillagningskök",
         "Kostchef", "G", "G", "", ("GENOMFORD", "nej")),
        ("Fordon", "Körjournaler förs för kommunens fordon",
         "Fordonssamordnare", "X", "X", "Ersatt av elektronisk körjournal från 2025-02-01.", ("UTGAR", "")),
        ("Upphandling", "Avrop från ramavtal för entreprenader görs enligt fördelningsnyckel",
         "Upphandlare", "", "", "", ("SAKNAS", "")),
        ("Gata/park", "Schaktarbeten i gatumark har tillstånd och godkänd TA-plan",
         "Trafikingenjör", "R", "Y", "Stickprov påbörjat i augusti.", ("DELVIS", "")),
    ]
    for i, (proc, km, ans, t1, t2, kom, e) in enumerate(rows, 1):
        r = 4 + i
        ws.write(r, 0, i, plain)
        ws.write(r, 1, proc, plain)
        ws.write(r, 2, km, plain)
        ws.write(r, 3, ans, plain)
        for c, code in ((4, t1), (5, t2), (6, "")):
            if COL[code]:
                ws.write(r, c, "", fill(COL[code]))
            else:
                ws.write(r, c, "", plain)
        ws.write(r, 7, kom, plain)
        exp(fil, N, km, *e)
    for c, w in enumerate([5, 14, 55, 22, 8, 8, 8, 50]):
        ws.col(c).width = w * 256
    lg.write(0, 0, "Teckenförklaring", title)
    legend = [("G", "Genomförd – inga avvikelser"), ("O", "Genomförd – avvikelse noterad"),
              ("Y", "Påbörjad / delvis genomförd"), ("R", "Ej genomförd"),
              ("X", "Utgår")]
    for i, (code, txt) in enumerate(legend, 2):
        lg.write(i, 0, "", fill(COL[code]))
        lg.write(i, 1, txt)
    lg.write(8, 0, "Ofärgad cell = ingen uppföljning gjord/rapporterad.")
    lg.col(1).width = 40 * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - Word report, paragraphs under process headings
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "Rapport intern kontroll T2 2025 SBN.docx"
    N = "Samhällsbyggnadsnämnden"
    procs = [
        ("Bygglov", [
            ("Bygglovsbeslut fattas inom lagstadgad handläggningstid",
             "Kontrollen är genomförd. 48 ärenden granskades. I två ärenden överskreds handläggningstiden och avgiften reducerades enligt plan- och bygglagen.",
             ("GENOMFORD", "ja")),
            ("Delegationsbeslut inom bygglov återrapporteras till nämnden",
             "Genomförd utan anmärkning.", ("GENOMFORD", "nej")),
        ]),
        ("Miljö- och livsmedelstillsyn", [
            ("Tillsynsplanen för livsmedelskontroll följs",
             "Pågår. 62 procent av årets planerade kontroller var utförda vid utgången av augusti.",
             ("DELVIS", "")),
            ("Tillsynsavgifter faktureras efter utförd tillsyn",
             "Se bilaga 2.", ("OKLAR", "")),
        ]),
        ("Planering och mätning", [
            ("Nybyggnadskartor och kartunderlag debiteras enligt taxa",
             "Ej genomförd under perioden. Kontrollen flyttas till tertial 3.", ("EJ_GENOMFORD", "")),
            ("Plankostnader faktureras enligt tecknade planavtal",
             "Utgår, inga planavtal har tecknats under 2025.", ("UTGAR", "")),
        ]),
        ("Bostadsanpassning", [
            ("Bostadsanpassningsbidrag beslutas enligt lag och kommunens riktlinjer",
             "Genomförd. Stickprov om tio ärenden visade inga avvikelser.", ("GENOMFORD", "nej")),
        ]),
    ]
    d = docx.Document()
    d.add_heading("Samhällsbyggnadsnämnden", 0)
    d.add_paragraph("Uppföljning av intern kontroll – tertial 2 2025")
    d.add_heading("Inledning", 1)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). "
                    "Nedan redovisas resultatet av kontrollerna till och med augusti. Kontrollmomenten "
                    "redovisas under respektive process. Resultatet av tertial 1 redovisades för nämnden i maj.")
    d.add_heading("Resultat per process", 1)
    for proc, ctrls in procs:
        d.add_heading(f"Process: {proc}", 2)
        for km, res, e in ctrls:
            p = d.add_paragraph()
            p.add_run("Kontrollmoment: ").bold = True
            p.add_run(km)
            p = d.add_paragraph()
            p.add_run("Resultat T2: ").bold = True
            p.add_run(res)
            exp(fil, N, km, *e)
    d.add_heading("Sammanfattande bedömning", 1)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De avvikelser som "
                    "noterats inom bygglov har åtgärdats genom ny bevakningsrutin i ärendesystemet.")
    d.add_paragraph("Knislinge 2025-09-10")
    d.add_paragraph("Johan Ek, samhällsbyggnadschef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - .ods, percentage done per tertial
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN_internkontroll_2025_T2.ods"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    pst = PercentageStyle(name="pct")
    pst.addElement(Number(decimalplaces="0", minintegerdigits="1"))
    pst.addElement(NText(text=" %"))
    doc.automaticstyles.addElement(pst)
    pcell = Style(name="pcell", family="table-cell", datastylename="pct")
    doc.automaticstyles.addElement(pcell)
    bcell = Style(name="bcell", family="table-cell")
    bcell.addElement(TextProperties(fontweight="bold"))
    bcell.addElement(TableCellProperties(backgroundcolor="#D9E1F2"))
    doc.automaticstyles.addElement(bcell)
    tcell = Style(name="tcell", family="table-cell")
    tcell.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(tcell)
    widths = ["3cm", "9cm", "4cm", "2cm", "2cm", "2cm", "8cm"]
    t = Table(name="IK 2025")
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if isinstance(v, float):
                c = TableCell(valuetype="percentage", value=v, stylename=pcell)
                c.addElement(P(text=f"{round(v * 100)} %"))
            elif v is None or v == "":
                c = TableCell()
            else:
                c = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)

    row(["Kultur- och fritidsnämnden"], "tcell")
    row(["Internkontroll 2025 – andel genomförda kontroller per tertial (ackumulerat)"])
    row(["100 % = hela urvalet kontrollerat. Tom cell = ingen uppföljning."])
    row([])
    row(["Kontrollområde", "Kontrollmoment", "Urval", "T1", "T2", "T3", "Kommentar"], "bcell")
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsnormer och beslut", "Samtliga utbetalningar",
         1.0, 1.0, "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Bidrag", "Föreningars redovisning av aktivitetsstöd kontrolleras mot närvarolistor", "10 föreningar",
         0.4, 0.8, "Två föreningar har ännu inte lämnat närvarolistor.", ("DELVIS", "")),
        ("Kassa", "Dagsavstämning av kontantkassan i Göingehallens simhall", "Alla öppetdagar",
         1.0, 1.0, "Kassadifferens 340 kr 2025-06-14, utredd och rapporterad till ekonomienheten.",
         ("GENOMFORD", "ja")),
        ("Bibliotek", "Inventering av mediebestånd vid filialbiblioteken", "Glimåkra, Sibbhult",
         0.0, 0.0, "Planeras till november.", ("EJ_GENOMFORD", "")),
        ("Lokaler", "Uthyrning av idrottshallar faktureras enligt taxa", "Stickprov 20 bokningar",
         0.5, 1.0, "", ("GENOMFORD", "")),
        ("Evenemang", "Avtal med externa artister tecknas enligt upphandlingsreglerna", "Samtliga avtal",
         "ej aktuell", "ej aktuell", "Inga evenemang med extern upphandling under 2025.", ("UTGAR", "")),
        ("Bidrag", "Kulturstipendier beslutas enligt reglementet", "Samtliga beslut",
         "", "", "", ("SAKNAS", "")),
    ]
    for omr, km, urval, t1, t2, kom, e in rows:
        row([omr, km, urval, t1, t2, "", kom])
        exp(fil, N, km, *e)
    row([])
    row(["Totalt", "Genomsnittlig andel genomförd", "", 0.58, 0.78, "", ""], "bcell")
    row([])
    row(["Sammanställt av fritidschef Karin Ståhl 2025-09-09"])
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Göingehem AB - xlsx, symbols with legend below, company only in print header + filename
# ---------------------------------------------------------------------------
def make_goingehem():
    fil = "Göingehem IK-uppföljning T2 2025.xlsx"
    N = "Göingehem AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Göingehem AB – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll 2025 – tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteras till styrelsen 2025-09-18"
    hdr = ["Område", "Kontrollmoment", "Kontrollant", "T1", "T2", "T3", "Notering"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
    rows = [
        ("Hyresadministration", "Hyresavier stämmer mot gällande hyresavtal", "Ekonomiassistent",
         "●", "● (A)", "Fem avier med fel hyresnivå efter omförhandling, rättade i juli.", ("GENOMFORD", "ja")),
        ("Hyresadministration", "Kundfordringar och inkassoärenden följs upp månadsvis", "Ekonomichef",
         "●", "●", "", ("GENOMFORD", "nej")),
        ("Underhåll", "Planerat underhåll utförs enligt underhållsplanen", "Fastighetschef",
         "◐", "◐", "Fönsterbyte Broby försenat till hösten.", ("DELVIS", "")),
        ("Inköp", "Entreprenörsfakturor attesteras av behörig attestant", "Ekonomichef",
         "○", "○", "Ej utförd, ny ekonomichef tillträder i oktober.", ("EJ_GENOMFORD", "")),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)", "Uthyrningschef",
         "●", "●", "Stickprov 15 kontrakt.", ("GENOMFORD", "nej")),
        ("Säkerhet", "OVK-besiktningar utförs enligt besiktningsplan", "Drifttekniker",
         "✕", "✕", "Utförs av extern part från 2025, tas bort ur planen.", ("UTGAR", "")),
        ("Ekonomi", "Representation och gåvor följer bolagets riktlinjer", "VD-assistent",
         "◐", "● ○", "", ("OKLAR", "")),
    ]
    for i, (omr, km, ans, t1, t2, note, e) in enumerate(rows, 5):
        for c, v in enumerate([omr, km, ans, t1, t2, None, note or None], 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (4, 5, 6) else None)
        exp(fil, N, km, *e)
    r = 5 + len(rows) + 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="● = Genomförd   ◐ = Påbörjad   ○ = Ej påbörjad   ✕ = Utgår   (A) = avvikelse noterad")
    for col, w in zip("ABCDEFG", [20, 50, 18, 7, 7, 7, 50]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Truncated .docx - must be rejected
# ---------------------------------------------------------------------------
def make_truncated():
    fil = "Valnämnden uppföljning IK T2 2025.docx"
    d = docx.Document()
    d.add_heading("Valnämnden – uppföljning av internkontrollplan 2025, tertial 2", 0)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Kontrollmoment", "Status T2", "Kommentar"]):
        t.cell(0, j).text = h
    data = [("Valsedlar och valmaterial förvaras säkert", "Genomförd", "Inga avvikelser."),
            ("Arvoden till röstmottagare betalas ut korrekt", "Genomförd", ""),
            ("Röstmottagare har genomgått utbildning", "Delvis genomförd", "")]
    for i, row in enumerate(data, 1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    buf = io.BytesIO()
    d.save(buf)
    raw = normalize_zip(buf.getvalue())
    with open(fil, "wb") as f:
        f.write(raw[: int(len(raw) * 0.55)])
    FILES.append((fil, "AVVISAD", "", "", ""))


FIXED_DT = (2025, 9, 1, 8, 0, 0)


def normalize_zip(raw):
    """Rewrite an OOXML/ODF zip with fixed timestamps so output is byte-identical between runs."""
    import re
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = data.decode("utf-8")
                txt = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", "2025-09-01T08:00:00Z", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def normalize_file(path):
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, "wb") as f:
        f.write(normalize_zip(raw))


def main():
    make_ks()
    make_stratsys()
    make_un()
    make_tn()
    make_sbn()
    make_kfn()
    make_goingehem()
    make_truncated()
    for fil, utfall, *_ in FILES:
        if utfall == "INLAST" and fil.endswith((".xlsx", ".docx", ".ods")):
            normalize_file(fil)
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    main()
