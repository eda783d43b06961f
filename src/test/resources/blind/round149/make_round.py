#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 149 - Havsbro kommun, uppföljning intern kontroll T2 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
into the folder of this script. Deterministic (same content every run).
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 9, 10, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def path(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Havsbro Bostäder AB", "Havsbrobostäder|HBAB|Bostadsbolaget"),
    ("Havsbro Energi AB", "HEAB|Havsbro Energi|Energibolaget"),
    ("Havsbro Vatten AB", "HVAB|Havsbro Vatten"),
    ("Räddningstjänstförbundet Havsbro-Sundvik",
     "Räddningstjänsten Havsbro-Sundvik|RTHS|Räddningstjänstförbundet"),
]


def set_docx_props(d, title):
    cp = d.core_properties
    cp.author = "Havsbro kommun"
    cp.last_modified_by = "Havsbro kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_xlsx_props(wb):
    wb.properties.creator = "Havsbro kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def cell_text(cell, text, bold=False, size=None):
    """Write text (lines separated by \n become paragraphs) into a docx table cell."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Havsbro Bostäder AB - Word report, company name only in the page header
# ---------------------------------------------------------------------------
def file_bostader():
    fil = "Uppföljning IK-plan tertial 2 2025.docx"
    namnd = "Havsbro Bostäder AB"
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt bolagets attestordning", "3×3 = 9",
             "Stickprov 25 fakturor per tertial",
             "Utförd utan anmärkning\n25 fakturor granskade, samtliga korrekt attesterade.",
             "GENOMFORD", "nej"),
            ("Kontroll av att representation och förtroendekänsliga poster redovisas med syfte och deltagare",
             "2×3 = 6", "Genomgång av samtliga representationsfakturor maj–augusti",
             "Utförd med anmärkning\n3 av 14 underlag saknade deltagarförteckning. Underlagen har kompletterats "
             "och påminnelse om rutinen har skickats till samtliga chefer.",
             "GENOMFORD", "ja"),
        ]),
        ("Uthyrning", [
            ("Hyresavtal och hyresdebitering överensstämmer för nytecknade kontrakt", "3×2 = 6",
             "Avstämning av 20 nya kontrakt mot hyresreskontran",
             "Utförd utan anmärkning",
             "GENOMFORD", "nej"),
            ("Lägenhetsfördelning sker enligt uthyrningspolicyn (kötid och förtur)", "3×4 = 12",
             "Granskning av 15 förmedlade lägenheter",
             "Påbörjad\n8 av 15 ärenden granskade, inga avvikelser hittills. Slutförs i september.",
             "DELVIS", "nej"),
            ("Uppföljning av hyresfordringar och avhysningsärenden", "2×3 = 6",
             "Månatlig genomgång av kravlista",
             "Ej utförd\nKontrollen har skjutits till T3 på grund av byte av ekonomisystem.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Fastighetsförvaltning", [
            ("Systematiskt brandskyddsarbete (SBA) – egenkontroller i trapphus och källarutrymmen", "4×3 = 12",
             "Egenkontroll enligt checklista i 10 fastigheter",
             "Utförd med anmärkning\nBrandfarligt material i källargång på Sjöviksvägen 4 och 12. "
             "Åtgärdat 2025-06-10.",
             "GENOMFORD", "ja"),
            ("OVK-besiktningar genomförs enligt gällande intervall", "2×2 = 4",
             "Avstämning mot besiktningsplan",
             "Utförd utan anmärkning\nSamtliga 11 besiktningar för perioden utförda.",
             "GENOMFORD", "nej"),
            ("Behörigheter i fastighetssystemet stäms av mot aktuella anställningar", "3×3 = 9",
             "Avstämning av behörighetslista mot personallista",
             "Utförd utan anmärkning\nSamtliga 46 behörigheter stämde med personallistan.",
             "GENOMFORD", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("Direktupphandlingar över 100 000 kr dokumenteras enligt LOU", "3×3 = 9",
             "Genomgång av leverantörsreskontra mot upphandlingsregistret",
             "Ej utförd\nAnsvarig upphandlare har slutat. Kontrollen genomförs i oktober.",
             "EJ_GENOMFORD", ""),
            ("Avtalstrohet vid inköp av förbrukningsmaterial", "2×2 = 4",
             "Stickprov 20 inköp",
             "Utgår\nStyrelsen beslutade 2025-04-24 att kontrollen ersätts av kommunens samordnade "
             "granskning av avtalstrohet.",
             "UTGAR", ""),
        ]),
    ]

    d = docx.Document()
    set_docx_props(d, "Uppföljning internkontrollplan T2 2025")
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Havsbro Bostäder AB\tRapport till styrelsen\t2025-09-18"
    fp = sec.footer.paragraphs[0]
    fp.text = "Box 114, 456 30 Havsbro  •  Org.nr 556412-3380"

    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph("Period: januari–augusti 2025")
    d.add_paragraph(
        "Bolagets internkontrollplan för 2025 fastställdes av styrelsen 2024-12-05. Planen omfattar tio "
        "internkontrollpunkter som valts ut utifrån bolagets risk- och väsentlighetsanalys. Risken anges som "
        "sannolikhet × konsekvens (S×K) på en skala 1–4. Nedan redovisas utfallet av de kontroller som "
        "skulle vara utförda per den 31 augusti.")
    d.add_paragraph(
        "Status anges som Utförd utan anmärkning, Utförd med anmärkning eller Ej utförd. Vid anmärkning "
        "beskrivs vidtagen åtgärd.")

    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Internkontrollpunkt", "Risk (S×K)", "Åtgärd", "Uppföljning T2"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for gname, rows in groups:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, gname, bold=True)
        for km, risk, atg, upp, st, avv in rows:
            r = t.add_row()
            cell_text(r.cells[0], km)
            cell_text(r.cells[1], risk)
            cell_text(r.cells[2], atg)
            # first line of the follow-up in bold (status word)
            lines = upp.split("\n")
            c = r.cells[3]
            c.text = ""
            p = c.paragraphs[0]
            p.add_run(lines[0]).bold = True
            for line in lines[1:]:
                c.add_paragraph(line)
            exp(fil, namnd, km, st, avv)

    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Av bolagets tio kontrollpunkter har sex utförts, varav två med anmärkning, en är påbörjad, två har "
        "inte utförts och en har utgått efter beslut i styrelsen. Anmärkningarna bedöms inte som allvarliga "
        "och åtgärder har vidtagits. Ej utförda kontroller genomförs under tertial 3.")
    d.add_paragraph()
    d.add_paragraph("Anna Lindqvist\nVerkställande direktör")
    d.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Havsbro Energi AB - English/Swedish xlsx, name in merged title cell
# ---------------------------------------------------------------------------
def file_energi():
    fil = "IK-uppföljning_2025_T2_energi.xlsx"
    namnd = "Havsbro Energi AB"
    rows = [
        ("EN-01", "Finance / Ekonomi",
         "Approval of supplier invoices according to delegation of authority (attestordning)",
         "CFO", "Completed", "No findings", "GENOMFORD", "nej"),
        ("EN-02", "Finance / Ekonomi", "Avstämning av balanskonton månadsvis",
         "Redovisningschef", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
        ("EN-03", "Finance / Ekonomi",
         "Manual journal entries above 500 kSEK reviewed and approved by a second person",
         "Accounting manager", "Completed with findings",
         "3 of 40 entries lacked documented review. Routine updated in June.", "GENOMFORD", "ja"),
        ("EN-04", "Trading / Elhandel",
         "Limits for hedging positions according to the risk policy (riskpolicy) are followed",
         "Head of Trading", "Completed",
         "Limit breach 2025-03-14 (Nordic system price, Q3 contracts). Reported to the board 2025-04-02.",
         "GENOMFORD", "ja"),
        ("EN-05", "Network / Elnät",
         "Mätvärden – kontroll av saknade och skattade mätvärden mot Ei:s krav",
         "Nätchef", "In progress", "Jan–June reviewed, July–Aug pending.", "DELVIS", ""),
        ("EN-06", "IT/OT", "Access rights review in SCADA system",
         "IT security manager", "Not started", "Postponed to Q4 due to system upgrade.",
         "EJ_GENOMFORD", ""),
        ("EN-07", "IT", "Backup restore test of customer billing system",
         "IT manager", "N/A", "System replaced by new CIS in May 2025 – control removed from plan.",
         "UTGAR", ""),
        ("EN-08", "HR / Personal", "Bisysslor – annual declaration by all employees",
         "HR-chef", "Ongoing", "82 % of declarations received.", "DELVIS", ""),
        ("EN-09", "Procurement / Upphandling",
         "Compliance with LUF – direct awards documented and approved",
         "Upphandlingsansvarig", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("EN-10", "Production / Produktion",
         "Dammsäkerhet – egenkontroll vid Forsbro kraftstation enligt RIDAS",
         "Produktionschef", "Completed", "", "GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    set_xlsx_props(wb)
    ws = wb.active
    ws.title = "IC 2025"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Havsbro Energi AB – Internal Control Follow-up 2025 / Uppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Reporting period: T2 (Jan–Aug 2025)"
    ws["A3"] = "Prepared by: Group Controller, 2025-09-05"
    ws["A3"].font = Font(italic=True)
    hdr = ["ID", "Area / Område", "Control", "Owner", "Status", "Findings"]
    hr = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = border
    r = hr + 1
    for idv, area, km, owner, status, finding, st, avv in rows:
        vals = [idv, area, km, owner, status, finding]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        exp(fil, namnd, km, st, avv)
        r += 1
    dv = DataValidation(type="list",
                        formula1='"Completed,Completed with findings,In progress,Ongoing,Not started,N/A,'
                                 'Genomförd,Pågår,Ej påbörjad"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E%d:E%d" % (hr + 1, r - 1))
    r += 1
    ws.cell(r, 1, "Status summary: 5 completed (2 with findings), 2 in progress, 2 not started, 1 N/A")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEF", [8, 22, 60, 20, 22, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Instructions")
    lines = [
        "Instructions / Instruktioner",
        "Fill in Status and Findings for every control due in the period.",
        "Status: Completed / Completed with findings / In progress / Not started / N/A (control removed).",
        "Findings: describe deviations found and corrective actions. Write 'No findings' if none.",
        "Sheet to be returned to the municipality's economy office (ekonomiavdelningen) by 2025-09-12.",
    ]
    for i, l in enumerate(lines, 1):
        ws2.cell(i, 1, l)
    ws2["A1"].font = Font(bold=True)
    ws2.column_dimensions["A"].width = 100
    wb.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Räddningstjänstförbundet - .ods with score 0-3, scale on second sheet
# ---------------------------------------------------------------------------
def file_rtj():
    fil = "Uppföljning IK 2025 per 31 aug.ods"
    namnd = "Räddningstjänstförbundet Havsbro-Sundvik"
    rows = [
        (1, "Insatsverksamhet",
         "Utalarmering sker inom fastställd tid (90 sekunder) enligt handlingsprogrammet",
         "Stf räddningschef", 3, "Stickprov 50 larm, samtliga inom tid.", "", "GENOMFORD", "nej"),
        (2, "Insatsverksamhet",
         "Olycksundersökning genomförs vid brand i bostad med personskada",
         "Olycksutredare", 2, "4 av 5 händelser utredda, en utredning pågår.", "", "DELVIS", ""),
        (3, "Tillsyn",
         "Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan",
         "Tillsynsansvarig", 1,
         "Avvikelse mot plan: 31 av 85 planerade tillsyner genomförda per 31/8 på grund av vakans.",
         "Tillfällig förstärkning från Sundviks station under hösten.", "DELVIS", "ja"),
        (4, "Tillsyn",
         "Tillstånd för hantering av brandfarliga och explosiva varor handläggs inom 30 dagar",
         "Tillståndshandläggare", 3, "2 av 24 ärenden tog mer än 30 dagar.",
         "Rutin för bevakning av handläggningstid ses över.", "GENOMFORD", "ja"),
        (5, "Ekonomi",
         "Attest av leverantörsfakturor enligt förbundets attestreglemente",
         "Ekonomichef", 3, "Inga avvikelser.", "", "GENOMFORD", "nej"),
        (6, "Ekonomi",
         "Fakturering av onödiga automatlarm sker enligt taxa",
         "Ekonom", 0, "Planeras till oktober.", "", "EJ_GENOMFORD", ""),
        (7, "Personal",
         "Beredskapsschema för räddningspersonal i beredskap (RiB) följer arbetstidsavtalet",
         "HR-strateg", 2, "", "", "DELVIS", ""),
        (8, "Fordon och materiel",
         "Underhåll av andningsskydd enligt tillverkarens intervall",
         "Materielansvarig", "–",
         "Utgår – kontrollen flyttad till arbetsmiljöronden enligt direktionsbeslut 2025-03-20.", "",
         "UTGAR", ""),
        (9, "Fordon och materiel",
         "Besiktning av höjdfordon och bärbara stegar",
         "Verkstadsansvarig", None, "", "", "SAKNAS", ""),
        (10, "Dokumenthantering",
         "Diarieföring av inkomna handlingar inom tre arbetsdagar",
         "Registrator", 3, "", "", "GENOMFORD", ""),
    ]

    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    hdrst = Style(name="hdr", family="table-cell")
    hdrst.addElement(TextProperties(fontweight="bold"))
    hdrst.addElement(TableCellProperties(backgroundcolor="#d9d9d9", border="0.5pt solid #000000"))
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #000000",
                                        verticalalign="top"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(title)
    doc.automaticstyles.addElement(hdrst)
    doc.automaticstyles.addElement(wrap)
    widths = ["1.2cm", "3.5cm", "9cm", "3.5cm", "3cm", "7cm", "6cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    def tc(value=None, style=None, span=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        if value is None or value == "":
            return TableCell(**kw)
        if isinstance(value, (int, float)):
            c = TableCell(valuetype="float", value=value, **kw)
            c.addElement(P(text=str(value)))
            return c
        c = TableCell(valuetype="string", **kw)
        for line in str(value).split("\n"):
            c.addElement(P(text=line))
        return c

    t = Table(name="Uppföljning")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    row([tc("Räddningstjänsten Havsbro-Sundvik", title, span=7)] + [CoveredTableCell() for _ in range(6)])
    row([tc("Uppföljning av internkontrollplan 2025 – tertial 2 (per 31 augusti 2025)", bold, span=7)]
        + [CoveredTableCell() for _ in range(6)])
    row([tc("Grad av genomförande anges 0–3 enligt skalan på fliken ”Skala”. Rapporteras till direktionen "
            "2025-09-25.", span=7)] + [CoveredTableCell() for _ in range(6)])
    row([tc()])
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Grad av genomförande (0–3)",
           "Iakttagelser", "Åtgärd vid avvikelse"]
    row([tc(h, hdrst) for h in hdr])
    for nr, omr, km, ans, score, iakt, atg, st, avv in rows:
        row([tc(nr, wrap), tc(omr, wrap), tc(km, wrap), tc(ans, wrap), tc(score, wrap),
             tc(iakt, wrap), tc(atg, wrap)])
        exp(fil, namnd, km, st, avv)
    row([tc()])
    row([tc("Genomsnittlig grad:", bold), tc(), tc(), tc(),
         tc(round(sum(x[4] for x in rows if isinstance(x[4], int)) / 8.0, 2), bold)])
    row([tc()])
    row([tc("Upprättad av: Lars Berglund, förbundets controller, 2025-09-08", span=4)]
        + [CoveredTableCell() for _ in range(3)])
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Skala")
    t2.addElement(TableColumn(stylename=colstyles[0]))
    t2.addElement(TableColumn(stylename=colstyles[2]))
    scale = [
        ("Skala för grad av genomförande", None),
        ("Värde", "Betydelse"),
        (0, "Ej påbörjad – kontrollen har inte genomförts under perioden"),
        (1, "Påbörjad – mindre än hälften av kontrollen genomförd"),
        (2, "Till stor del genomförd – kontrollen pågår och slutförs under året"),
        (3, "Genomförd – kontrollen är helt genomförd för perioden"),
        ("–", "Utgår / ej aktuell under året (ange beslut i kolumnen Iakttagelser)"),
    ]
    for i, (a, b) in enumerate(scale):
        tr = TableRow()
        st = bold if i < 2 else None
        tr.addElement(tc(a, st))
        tr.addElement(tc(b, st))
        t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Socialnämnden - xlsx with T1 / T2 / T3 column groups, "Nämnd:" cell
# ---------------------------------------------------------------------------
def file_soc():
    fil = "IKP 2025 uppföljning.xlsx"
    namnd = "Socialnämnden"
    G = "Genomförd"
    GA = "Genomförd med avvikelse"
    D = "Delvis genomförd"
    E = "Ej genomförd"
    EP = "Ej påbörjad"
    U = "Utgår"
    groups = [
        ("Myndighetsutövning", [
            ("Handläggning ekonomiskt bistånd",
             "Långa handläggningstider",
             "Handläggningstid för ansökan om ekonomiskt bistånd understiger 14 dagar",
             "Uttag ur verksamhetssystemet", "Enhetschef försörjningsstöd",
             (G, "Snitt 9 dagar."), (GA, "Snitt 11 dagar. 2 ärenden över 14 dagar under semesterperioden."),
             "GENOMFORD", "ja"),
            ("Barn och unga", "Barn far illa",
             "Orosanmälningar – förhandsbedömning görs inom 14 dagar",
             "Genomgång av samtliga anmälningar", "Enhetschef barn och unga",
             (D, "Januari–februari granskat."), (G, "Samtliga 212 anmälningar bedömda inom 14 dagar."),
             "GENOMFORD", "nej"),
            ("Barn och unga", "Utredningar drar ut på tiden",
             "Utredningstid barn och unga – utredning avslutas inom fyra månader (SoL 11 kap. 2 §)",
             "Stickprov 40 utredningar", "Enhetschef barn och unga",
             (GA, "3 av 40 utredningar översteg fyra månader utan beslut om förlängning."), ("", ""),
             "GENOMFORD", "ja"),
            ("Äldreomsorg och LSS", "Beslut verkställs inte",
             "Beslut om bistånd enligt SoL verkställs inom tre månader",
             "Rapport ej verkställda beslut", "Biståndschef",
             (EP, ""), (D, "Äldreomsorgen klar, LSS återstår."),
             "DELVIS", ""),
        ]),
        ("Ekonomi", [
            ("Inköp och betalning", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Controller",
             (G, "Stickprov 30 fakturor, inga fel."), (G, "Stickprov 30 fakturor, inga fel."),
             "GENOMFORD", "nej"),
            ("Avgifter", "Felaktiga avgifter",
             "Fakturering av avgifter inom hemtjänst stämmer med utförd tid",
             "Jämförelse planerad/utförd tid, 20 brukare", "Avgiftshandläggare",
             (EP, "Planerad till T2."), (E, "Skjuts till T3 på grund av byte av verksamhetssystem."),
             "EJ_GENOMFORD", ""),
            ("Kontanthantering", "Förskingring",
             "Kontanthantering på särskilda boenden – kassaavstämning",
             "Oanmäld kassainventering", "Verksamhetschef äldreomsorg",
             ("", ""), ("", ""),
             "SAKNAS", ""),
        ]),
        ("Kvalitet och personal", [
            ("Lex Sarah", "Missförhållanden rapporteras inte",
             "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
             "Genomgång av samtliga rapporter", "Kvalitetsutvecklare",
             (G, "4 rapporter, alla i tid."), (D, "Två av tre utredningar klara, en pågår."),
             "DELVIS", ""),
            ("Rekrytering", "Olämplig person anställs",
             "Registerkontroll (belastningsregister) vid nyanställning inom LSS och barn och unga",
             "Stickprov 25 nyanställningar", "HR-konsult",
             (G, ""), (GA, "1 av 25 nyanställda saknade registerutdrag vid tillträde."),
             "GENOMFORD", "ja"),
            ("Bisysslor", "Jäv och förtroendeskada",
             "Bisysslor redovisas och bedöms årligen",
             "Enkät till chefer", "HR-chef",
             ("", ""), ("", "Genomförs i samband med medarbetarsamtalen under hösten."),
             "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet", [
            ("Dokumentation", "Otillåten åtkomst till personuppgifter",
             "Loggkontroll i verksamhetssystemet (Treserva) avseende otillåten åtkomst",
             "Slumpvis loggkontroll 10 akter per månad", "Systemförvaltare",
             (G, "Inga obehöriga uppslag."),
             (U, "Ersatt av automatisk loggranskning från juni, beslut SN 2025-05-22 § 74."),
             "UTGAR", ""),
            ("Behörigheter", "Behörighet kvarstår efter avslut",
             "Behörigheter i Treserva tas bort vid avslutad anställning",
             "Avstämning mot avslutade anställningar", "Systemförvaltare",
             ("", ""), ("", "Kontrollen genomförd i augusti, samtliga avslutade konton var borttagna."),
             "GENOMFORD", "nej"),
        ]),
    ]

    wb = openpyxl.Workbook()
    set_xlsx_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Socialnämnden"
    ws["A3"] = "Förvaltning:"
    ws["B3"] = "Socialförvaltningen"
    ws["A4"] = "Fastställd:"
    ws["B4"] = "SN 2024-12-12 § 187"
    for a in ("A2", "A3", "A4"):
        ws[a].font = Font(bold=True)
    # group header row 6, column header row 7
    grp_fill = {"Plan": "D9E1F2", "T1 (jan–apr)": "E2EFDA", "T2 (maj–aug)": "FFF2CC", "T3 (sep–dec)": "FCE4D6"}
    spans = [("Plan", 1, 6), ("T1 (jan–apr)", 7, 8), ("T2 (maj–aug)", 9, 10), ("T3 (sep–dec)", 11, 12)]
    for label, c1, c2 in spans:
        ws.cell(6, c1, label)
        ws.merge_cells(start_row=6, start_column=c1, end_row=6, end_column=c2)
        for c in range(c1, c2 + 1):
            ws.cell(6, c).fill = PatternFill("solid", fgColor=grp_fill[label])
            ws.cell(6, c).border = border
        ws.cell(6, c1).font = Font(bold=True)
        ws.cell(6, c1).alignment = Alignment(horizontal="center")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig",
           "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True)
        c.border = border
        c.alignment = Alignment(wrap_text=True)
    r = 8
    nr = 0
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="EDEDED")
        r += 1
        for proc, risk, km, metod, ansv, t1, t2, st, avv in rows:
            nr += 1
            vals = [nr, proc, risk, km, metod, ansv, t1[0], t1[1], t2[0], t2[1], None, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = border
            exp(fil, namnd, km, st, avv)
            r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G9:G%d" % last)
    dv.add("I9:I%d" % last)
    dv.add("K9:K%d" % last)
    r += 1
    ws.cell(r, 1, "Uppdaterad 2025-09-08 av kvalitetsutvecklare Sara Nyberg. T3 fylls i inför årsbokslutet.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKL", [5, 22, 22, 48, 26, 22, 18, 32, 18, 32, 14, 20]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "E8"

    wl = wb.create_sheet("Listor")
    for i, s in enumerate([G, GA, D, E, EP, U], 1):
        wl.cell(i, 1, s)
    wl.sheet_state = "hidden"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Valnämnden - short letter, no controls planned, one-row table
# ---------------------------------------------------------------------------
def file_val():
    fil = "Valnämnden - svar uppföljning internkontroll T2.docx"
    d = docx.Document()
    set_docx_props(d, "Svar uppföljning intern kontroll T2 2025")
    p = d.add_paragraph()
    p.add_run("HAVSBRO KOMMUN").bold = True
    d.add_paragraph("Valnämnden")
    p = d.add_paragraph("2025-09-03")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Uppföljning av intern kontroll, tertial 2 2025").bold = True
    d.add_paragraph(
        "Valnämnden beslutade 2024-11-20 § 12 att internkontrollplanen för 2025 inte ska innehålla några "
        "kontrollmoment, eftersom inga allmänna val eller folkomröstningar genomförs under året. Nämndens "
        "risker är framför allt kopplade till genomförandet av valen 2026 och kommer att hanteras i "
        "internkontrollplanen för 2026.")
    d.add_paragraph(
        "Det finns därför inget att följa upp för perioden januari–augusti 2025. För fullständighetens skull "
        "redovisas nämndens svar i den efterfrågade tabellen nedan.")
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Status T2", "Kommentar"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    cell_text(t.rows[1].cells[0], "Inga kontrollmoment planerade för 2025")
    cell_text(t.rows[1].cells[1], "–")
    cell_text(t.rows[1].cells[2], "Se ovan. Risk- och väsentlighetsanalys inför valåret 2026 pågår.")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Holm\nOrdförande, valnämnden")
    d.add_paragraph("Johan Ek\nValsamordnare")
    d.save(path(fil))
    FILES.append((fil, "INLAST", "Valnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Stratsys tab-separated export, cp1252, two nämnder, colours, T1+T2 rows
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_IK_2025-09-10.txt"
    BUN = "Barn- och utbildningsnämnden"
    SBN = "Samhällsbyggnadsnämnden"
    # (org, process, kontrollmoment, ansvarig, [(period, colour, comment, date)], status, avv)
    ctrls = [
        (BUN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller BUF",
         [("T1 2025", "Grön", "Stickprov 20 fakturor utan anmärkning.", "2025-05-06"),
          ("T2 2025", "Grön", "Stickprov 20 fakturor, inga fel.", "2025-09-02")], "GENOMFORD", "nej"),
        (BUN, "Elevhälsa", "Skolpliktsbevakning – rutin för elever med hög frånvaro följs", "Skolchef",
         [("T1 2025", "Gul", "Rutinen följs på 9 av 12 skolor.", "2025-05-08"),
          ("T2 2025", "Gul", "11 av 12 skolor. Havsbro skola återstår.", "2025-09-04")], "DELVIS", ""),
        (BUN, "Trygghet och studiero",
         "Anmälan om kränkande behandling hanteras och rapporteras till huvudman", "Utvecklingsledare",
         [("T1 2025", "Röd", "Ej genomförd.", "2025-05-08"),
          ("T2 2025", "Grön", "Genomförd. 14 ärenden saknade dokumenterad utredning, rektorer har åtgärdat.",
           "2025-09-05")], "GENOMFORD", "ja"),
        (BUN, "Personal", "Registerkontroll vid anställning i förskola och skola", "HR-partner",
         [("T1 2025", "Grön", "Utan anmärkning.", "2025-05-02"),
          ("T2 2025", "Grön", "Utan anmärkning, 38 nyanställda kontrollerade.", "2025-09-01")],
         "GENOMFORD", "nej"),
        (BUN, "Skolskjuts", "Skolskjuts – beslut fattas enligt kommunens riktlinjer", "Skolskjutshandläggare",
         [("T1 2025", "Grå", "", ""),
          ("T2 2025", "Röd", "Ej genomförd, ansvarig handläggare föräldraledig.", "2025-09-03")],
         "EJ_GENOMFORD", ""),
        (BUN, "Personal", "Behörighet och legitimation kontrolleras vid tillsvidareanställning av lärare",
         "HR-partner",
         [("T1 2025", "Gul", "Påbörjad.", "2025-05-02"),
          ("T2 2025", "Gul", "Pågår, klart i oktober.", "2025-09-01")], "DELVIS", ""),
        (BUN, "Avgifter", "Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket (maxtaxa)",
         "Avgiftshandläggare",
         [("T1 2025", "Grå", "", ""),
          ("T2 2025", "Grön", "Genomförd. 5 hushåll hade för låg avgift, efterdebitering skickad.",
           "2025-08-29")], "GENOMFORD", "ja"),
        (SBN, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         [("T2 2025", "Grön", "96 % inom tid. 7 ärenden över tid, avgiften reducerad enligt PBL.",
           "2025-09-02")], "GENOMFORD", "ja"),
        (SBN, "Bygglov", "Debitering av bygglovsavgifter enligt taxa", "Administrativ chef",
         [("T2 2025", "Gul", "Stickprov pågår.", "2025-09-02")], "DELVIS", ""),
        (SBN, "Miljö och hälsoskydd", "Livsmedelskontroller genomförs enligt kontrollplanen",
         "Miljöchef",
         [("T2 2025", "Röd", "Ej genomförd – kontrollen skjuts till T3 på grund av vakans.", "2025-09-05")],
         "EJ_GENOMFORD", ""),
        (SBN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller SBF",
         [("T2 2025", "Grön", "Inga avvikelser.", "2025-09-01")], "GENOMFORD", "nej"),
        (SBN, "Styrning", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [("T2 2025", "Grå", "", "")], "SAKNAS", ""),
        (SBN, "Mark och exploatering", "Markanvisningsavtal följs upp avseende byggstart",
         "Exploateringschef",
         [("T2 2025", "Grå", "Ej aktuell 2025 – inga markanvisningsavtal tecknade.", "2025-08-27")],
         "UTGAR", ""),
        (SBN, "Arbetsmiljö", "Skyddsronder genomförs på gata/park-förrådet", "Enhetschef gata/park",
         [("T2 2025", "Grön", "", "2025-06-18")], "GENOMFORD", ""),
    ]
    hdr = ["Status", "Kommentar", "Kontrollmoment", "Process", "Organisation", "Ansvarig", "Period",
           "Senast uppdaterad"]
    lines = ["Rapport: Internkontroll – uppföljning 2025", "Utskriven 2025-09-10 09:14 av ekonomiavdelningen",
             "", "\t".join(hdr)]
    for org, proc, km, ansv, meas, st, avv in ctrls:
        for per, col, com, date in meas:
            lines.append("\t".join([col, com, km, proc, org, ansv, per, date]))
        exp(fil, org, km, st, avv)
    data = "\r\n".join(lines) + "\r\n"
    with open(path(fil), "wb") as f:
        f.write(data.encode("cp1252"))
    FILES.append((fil, "INLAST", BUN, "2025", "T2"))
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - docx, each control a two-column table; name only in file name
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN uppföljning internkontroll T2 2025.docx"
    namnd = "Överförmyndarnämnden"
    ctrls = [
        dict(km="Granskning av årsräkningar påbörjas inom fyra veckor från att handlingen kommit in",
             process="Tillsyn av ställföreträdare", risk="Sen upptäckt av oegentligheter",
             metod="Stickprov 40 ärenden i verksamhetssystemet", ansv="Enhetschef", frekv="Per tertial",
             status="Genomförd",
             res="6 av 40 granskningar påbörjades senare än fyra veckor efter inkommen årsräkning.",
             avv="Ja", st="GENOMFORD", a="ja"),
        dict(km="Ställföreträdare har aktuellt utdrag ur belastningsregistret och kreditupplysning innan "
                "förordnande",
             process="Rekrytering av ställföreträdare", risk="Olämplig ställföreträdare förordnas",
             metod="Kontroll av samtliga nya förordnanden", ansv="Handläggare", frekv="Per tertial",
             status="Genomförd", res="Samtliga 18 nya förordnanden under perioden kontrollerade.",
             avv="Nej", st="GENOMFORD", a="nej"),
        dict(km="Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
             process="Arvodering", risk="Felaktiga arvoden",
             metod="Stickprov 30 arvodesbeslut", ansv="Handläggare", frekv="Årligen",
             status="Delvis genomförd",
             res="Cirka 70 % av arvodesbesluten för 2024 års redovisningar granskade. Inga fel hittills.",
             avv="Nej", st="DELVIS", a="nej"),
        dict(km="Uttag från spärrade bankkonton har överförmyndarens samtycke",
             process="Förvaltning av huvudmans medel", risk="Otillåtna uttag",
             metod="Begäran om kontoutdrag för 15 slumpvis valda huvudmän", ansv="Enhetschef",
             frekv="Årligen", status="Ej genomförd",
             res="Kontrollen flyttas till tertial 3 på grund av hög ärendebelastning.",
             avv="", st="EJ_GENOMFORD", a=""),
        dict(km="Diarieföring och gallring av akter sker enligt informationshanteringsplanen",
             process="Informationshantering", risk="Handlingar saknas eller gallras felaktigt",
             metod="Granskning av 20 akter", ansv="Registrator", frekv="Årligen",
             status="Genomförd", res="", avv="Nej", st="GENOMFORD", a="nej"),
        dict(km="God man för ensamkommande barn förordnas inom tre arbetsdagar",
             process="Ensamkommande barn", risk="Barnet saknar ställföreträdare",
             metod="Genomgång av samtliga ärenden", ansv="Handläggare", frekv="Per tertial",
             status="Utgår",
             res="Inga ärenden med ensamkommande barn under 2025. Kontrollen utgår enligt beslut 2025-04-15 § 31.",
             avv="", st="UTGAR", a=""),
        dict(km="Rutinen för hantering av personuppgiftsincidenter följs",
             process="Informationssäkerhet", risk="Incidenter anmäls inte till IMY i tid",
             metod="Genomgång av incidentloggen", ansv="Dataskyddsombud", frekv="Årligen",
             status="Se bilaga 2", res="", avv="", st="OKLAR", a=""),
    ]
    d = docx.Document()
    set_docx_props(d, "Uppföljning internkontrollplan 2025")
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Rapport per tertial 2 (januari–augusti 2025)")
    d.add_paragraph(
        "Nämnden fastställde internkontrollplanen för 2025 den 10 december 2024. Planen innehåller sju "
        "kontrollmoment. Varje kontrollmoment redovisas nedan i en egen tabell med status per 31 augusti. "
        "Status anges som Genomförd, Delvis genomförd, Ej genomförd eller Utgår.")
    labels = [("Kontrollmoment", "km"), ("Process", "process"), ("Risk", "risk"),
              ("Kontrollmetod", "metod"), ("Ansvarig", "ansv"), ("Frekvens", "frekv"),
              ("Status T2", "status"), ("Resultat/kommentar", "res"), ("Avvikelse", "avv")]
    for i, c in enumerate(ctrls, 1):
        d.add_heading("Kontroll %d" % i, level=3)
        t = d.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for j, (lab, key) in enumerate(labels):
            cell_text(t.rows[j].cells[0], lab, bold=True)
            cell_text(t.rows[j].cells[1], c[key])
            t.rows[j].cells[0].width = Cm(4)
            t.rows[j].cells[1].width = Cm(12)
        d.add_paragraph()
        exp(fil, namnd, c["km"], c["st"], c["a"])
    d.add_heading("Bilagor", level=2)
    d.add_paragraph("Bilaga 1. Internkontrollplan 2025")
    d.add_paragraph("Bilaga 2. Sammanställning av personuppgiftsincidenter januari–augusti 2025")
    d.add_paragraph()
    d.add_paragraph("Karin Sjöberg\nEnhetschef")
    d.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Kommunstyrelsen - .xls (xlwt), symbols with legend, heading rows, summary row
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontroll T2 2025.xls"
    namnd = "Kommunstyrelsen"
    groups = [
        ("Kommungemensamma kontroller", [
            ("KS1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor", "Redovisningschef", "●", "Nej", "Inga fel i stickprovet.",
             "GENOMFORD", "nej"),
            ("KS2", "Ekonomi", "Behörigheter i ekonomisystemet (Raindance) stäms av mot aktuella befattningar",
             "Avstämning av behörighetslista", "Systemförvaltare ekonomi", "●", "Nej", "",
             "GENOMFORD", "nej"),
            ("KS3", "Ekonomi", "Representation och förtroendekänsliga poster",
             "Genomgång av samtliga representationsfakturor", "Controller", "", "", "",
             "SAKNAS", ""),
        ]),
        ("Kommunstyrelsens egna kontroller", [
            ("KS4", "Lön", "Löneutbetalningar – nyupplagda anställda kontrolleras mot anställningsavtal",
             "Stickprov 30 nyanställda", "Lönechef", "●", "Ja",
             "2 felaktiga lönetillägg upptäcktes och korrigerades i juni.", "GENOMFORD", "ja"),
            ("KS5", "Upphandling",
             "Direktupphandlingar över 100 000 kr dokumenteras enligt LOU",
             "Genomgång av leverantörsreskontra", "Upphandlingschef", "◐", "",
             "Granskning av första halvåret klar, juli–augusti återstår.", "DELVIS", ""),
            ("KS6", "Styrning",
             "Motioner och medborgarförslag besvaras inom ett år",
             "Uttag ur ärendehanteringssystemet", "Kanslichef", "○", "",
             "Planeras till november.", "EJ_GENOMFORD", ""),
            ("KS7", "Kommunikation",
             "Synpunkter och klagomål besvaras inom tio arbetsdagar",
             "Stickprov i synpunktshanteringen", "Kommunikationschef", "✕", "",
             "Utgår, ingår i ny e-tjänst med automatisk uppföljning (KS 2025-03-05 § 41).", "UTGAR", ""),
            ("KS8", "Dokumenthantering",
             "Begäran om allmän handling hanteras skyndsamt",
             "Stickprov 15 begäranden", "Registrator", "◐", "Ja",
             "3 av 15 begäranden besvarades efter mer än tre dagar. Granskningen fortsätter.", "DELVIS", "ja"),
            ("KS9", "Säkerhet och beredskap",
             "Reservkraft i kommunhuset och vattenverket testkörs enligt plan",
             "Kontroll av testprotokoll", "Säkerhetssamordnare", "●", "Nej",
             "Testkörningar i mars och juni utan anmärkning.", "GENOMFORD", "nej"),
        ]),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning T2")
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_b = xlwt.easyxf("font: bold on")
    st_hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                         "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    st_grp = xlwt.easyxf("font: bold on, italic on; pattern: pattern solid, fore_colour light_turquoise")
    st_cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    st_sym = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                         "align: horiz center, vert top; font: height 240")
    st_it = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Kommunstyrelsen", st_title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning tertial 2 (januari–augusti)", st_b)
    ws.write(2, 0, "Teckenförklaring:  ● = Genomförd   ◐ = Delvis genomförd/pågår   ○ = Ej påbörjad   "
                   "✕ = Utgår", st_it)
    hdr = ["Id", "Kontrollområde", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status T2",
           "Avvikelse (ja/nej)", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, st_hdr)
    r = 5
    for gname, rows in groups:
        ws.write_merge(r, r, 0, 7, gname, st_grp)
        r += 1
        for vals in rows:
            idv, omr, km, metod, ansv, sym, avvtxt, kom, st, avv = vals
            for i, v in enumerate([idv, omr, km, metod, ansv, sym, avvtxt, kom]):
                ws.write(r, i, v, st_sym if i == 5 else st_cell)
            exp(fil, namnd, km, st, avv)
            r += 1
    r += 1
    ws.write(r, 0, "Summering: 4 ●, 2 ◐, 1 ○, 1 ✕, 1 ej rapporterad (KS3)", st_it)
    ws.write(r + 1, 0, "Sammanställt av ekonomiavdelningen 2025-09-09", st_it)
    for i, w in enumerate([6, 18, 50, 30, 22, 10, 12, 50]):
        ws.col(i).width = w * 256
    wb.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 9. REJECT - the energibolag's income statement (budget report), no follow-up
# ---------------------------------------------------------------------------
def file_reject():
    fil = "HEAB Resultatrapport jan-aug 2025.xlsx"
    wb = openpyxl.Workbook()
    set_xlsx_props(wb)
    ws = wb.active
    ws.title = "Resultat T2"
    ws["A1"] = "Havsbro Energi AB – Resultaträkning januari–augusti 2025 (T2)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    hdr = ["Post", "Utfall jan–aug 2025", "Budget jan–aug 2025", "Avvikelse", "Utfall jan–aug 2024",
           "Prognos helår 2025", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = Font(bold=True)
    rows = [
        ("Nettoomsättning", 412350, 398000, None, 389120, 615000, "Högre elpriser under vintern"),
        ("Övriga rörelseintäkter", 8120, 6500, None, 7040, 10500, ""),
        ("Råvaror och förnödenheter", -228400, -221000, None, -214900, -338000, "Inköp av el och bränsle"),
        ("Övriga externa kostnader", -54210, -56000, None, -51380, -84000, ""),
        ("Personalkostnader", -61830, -62500, None, -59010, -94000, ""),
        ("Avskrivningar", -38900, -39000, None, -37200, -58500, ""),
        ("Rörelseresultat", None, None, None, None, None, ""),
        ("Finansiella poster", -9640, -10200, None, -8810, -15000, "Lägre räntenivå"),
        ("Resultat efter finansiella poster", None, None, None, None, None, ""),
    ]
    r = 5
    for post, *vals, kom in rows:
        ws.cell(r, 1, post)
        for i, v in enumerate(vals, 2):
            col = openpyxl.utils.get_column_letter(i)
            if post == "Rörelseresultat":
                ws.cell(r, i, "=SUM(%s5:%s10)" % (col, col))
            elif post == "Resultat efter finansiella poster":
                ws.cell(r, i, "=%s11+%s12" % (col, col))
            elif i == 4:
                ws.cell(r, i, "=B%d-C%d" % (r, r))
            else:
                ws.cell(r, i, v)
            ws.cell(r, i).number_format = "# ##0"
        ws.cell(r, 7, kom or None)
        if post in ("Rörelseresultat", "Resultat efter finansiella poster"):
            for i in range(1, 8):
                ws.cell(r, i).font = Font(bold=True)
        r += 1
    ws.cell(r + 1, 1, "Rapporten avser bolagets ekonomiska utfall och ingår i kommunkoncernens delårsrapport.")
    for col, w in zip("ABCDEFG", [36, 18, 18, 12, 18, 18, 32]):
        ws.column_dimensions[col].width = w
    wb.save(path(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for row in REGISTER:
            w.writerow(row)
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    file_bostader()
    file_energi()
    file_rtj()
    file_soc()
    file_val()
    file_stratsys()
    file_ofn()
    file_ks()
    file_reject()
    write_csvs()
    print("%d files, %d expected controls" % (len(set(f[0] for f in FILES)), len(EXPECTED)))


if __name__ == "__main__":
    main()
