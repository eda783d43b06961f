#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 102 – Järpsjö kommun (Jämtland), helår 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv, expected.csv.
Run with /usr/bin/python3.
"""
import csv
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Järpsjö kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – workbook, one sheet per process, same columns
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS Internkontroll 2025 helår.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Internkontrollplan 2025 – Kommunstyrelsen", True),
        ("Instruktion för uppföljning", True),
        ("", False),
        ("Varje process har en egen flik (Ekonomi, Personal, IT, Upphandling). Kolumnerna är desamma på alla flikar.", False),
        ("Fyll i status för tertial 2 senast 15 september och för helåret senast 20 januari.", False),
        ("Använd någon av följande statusord:", False),
        ("   Genomförd – kontrollen är utförd (även om brister hittats, beskriv dem i kommentaren)", False),
        ("   Pågår – kontrollen är påbörjad men inte klar", False),
        ("   Ej påbörjad – kontrollen har inte påbörjats", False),
        ("   Utgår – kontrollen har strukits genom beslut", False),
        ("", False),
        ("Exempel på ifylld rad:", True),
        ("   Nr 0 | Kontroll av X | Stickprov 10 st | Årligen | Controller | Genomförd | Genomförd | Inga avvikelser", False),
        ("", False),
        ("Frågor: Kommunledningsförvaltningen, ekonomiavdelningen, ekonomi@jarpsjo.se", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        c = ins.cell(row=i, column=1, value=t)
        c.font = Font(bold=b, size=13 if i == 1 else 11)
    ins.column_dimensions["A"].width = 110

    header = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
              "Status T2", "Status helår", "Kommentar / iakttagelser helår"]
    widths = [6, 46, 34, 12, 20, 14, 14, 60]

    sheets = {
        "Ekonomi": [
            ("E1", "Attest av leverantörsfakturor enligt attestreglementet",
             "Stickprov 40 fakturor per halvår", "Halvår", "Redovisningschef",
             "Genomförd", "Genomförd",
             "Två fakturor hade attesterats av attestant som själv var mottagare av varan (jäv). "
             "Attestanterna har informerats och attestlistan har uppdaterats.",
             "GENOMFORD", "ja"),
            ("E2", "Representation – syfte och deltagare anges på fakturan",
             "Genomgång av samtliga representationsfakturor okt–nov", "Årligen", "Controller KLF",
             "Pågår", "Genomförd",
             "Av 20 granskade fakturor saknade 6 deltagarförteckning. Påminnelse om riktlinjerna har gått ut till cheferna.",
             "GENOMFORD", "ja"),
            ("E3", "Avstämning av balanskonton vid månadsbokslut",
             "Kontroll att avstämningsmall är signerad för april, augusti och november", "Tertial", "Redovisningsekonom",
             "Genomförd", "Pågår",
             "April och augusti kontrollerade utan anmärkning. November års avstämning pågår och slutförs i samband med bokslutet.",
             "DELVIS", "nej"),
        ],
        "Personal": [
            ("P1", "Löneutbetalningar – kontroll mot anställningsavtal",
             "Stickprov 25 nyanställda, jämförelse lön i Personec mot avtal", "Halvår", "Lönechef",
             "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("P2", "Sjukfrånvaro – rehabiliteringsplan upprättas senast dag 30",
             "Uttag ur Adato, kontroll av samtliga ärenden > 30 dagar", "Halvår", "HR-chef",
             "Ej påbörjad", "Ej påbörjad",
             "Ej genomförd under 2025 på grund av byte av HR-system. Kontrollen läggs in i planen för 2026.",
             "EJ_GENOMFORD", "nej"),
            ("P3", "Utdrag ur belastningsregistret begärs vid anställning i barnverksamhet",
             "Stickprov 15 anställningar", "Årligen", "HR-konsult",
             "Genomförd", None,
             "Kontrollen genomfördes i maj (se T2-rapporten). Samtliga 15 hade utdrag. Ingen ytterligare kontroll under hösten.",
             "GENOMFORD", "nej"),
        ],
        "IT": [
            ("I1", "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personal",
             "Behörighetslista jämförs med personalregistret", "Halvår", "Systemförvaltare",
             "Genomförd", "Genomförd",
             "Fyra konton för personer som slutat under året var fortfarande aktiva. Kontona är spärrade.",
             "GENOMFORD", "ja"),
            ("I2", "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
             "Dataskyddsombudet går igenom förteckningen", "Årligen", "Dataskyddsombud",
             "Pågår", None, None, "SAKNAS", "nej"),
            ("I3", "Tvåfaktorsinloggning för fjärråtkomst används av all personal",
             "Uttag ur Azure AD", "Årligen", "IT-chef",
             "Ej påbörjad", "Utgår",
             "Utgår enligt KS beslut 2025-10-14 § 162, ersätts av Region Jämtland Härjedalens gemensamma IT-säkerhetsgranskning.",
             "UTGAR", "nej"),
        ],
        "Upphandling": [
            ("U1", "Avtalstrohet – inköp görs hos avtalade leverantörer",
             "Leverantörsreskontra jämförs med avtalsdatabasen, kvartal 3", "Årligen", "Upphandlare",
             "Pågår", "Genomförd",
             "Avtalstroheten var 87 %. Köp av kontorsmaterial och livsmedel utanför avtal noterades hos tre enheter.",
             "GENOMFORD", "ja"),
            ("U2", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Genomgång av dokumentation för samtliga direktupphandlingar > 100 tkr", "Årligen", "Upphandlingschef",
             "Ej påbörjad", "Ej genomförd",
             "Hann inte genomföras på grund av vakans som upphandlare augusti–december.",
             "EJ_GENOMFORD", "nej"),
        ],
    }
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws.merge_cells("A1:H1")
        ws["A1"] = f"{KOMMUN} – Kommunstyrelsen"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A2:H2")
        ws["A2"] = f"Uppföljning av internkontrollplan 2025, helår (T3) – process: {name}"
        ws["A2"].font = Font(bold=True, size=12)
        ws["A3"] = "Uppdaterad 2026-01-19"
        ws["A3"].font = Font(italic=True, color="666666")
        for ci, h in enumerate(header, 1):
            c = ws.cell(row=5, column=ci, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.border = BOX
            c.alignment = WRAP
        for ci, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + ci)].width = w
        r = 6
        for row in rows:
            vals = row[:8]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = BOX
                c.alignment = WRAP
            exp(fil, namnd, row[1], row[8], row[9])
            r += 1
        ws.cell(row=r + 1, column=1, value=f"Antal kontrollmoment: {len(rows)}").font = Font(italic=True)
        ws.freeze_panes = "A6"

    sm = wb.create_sheet("Sammanställning")
    sm["A1"] = "Sammanställning helår 2025"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Process", "Genomförd", "Pågår", "Ej påbörjad/Ej genomförd", "Utgår", "Ej ifylld", "Summa"]
    for ci, h in enumerate(hdr, 1):
        c = sm.cell(row=3, column=ci, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    data = [("Ekonomi", 2, 1, 0, 0, 0, 3), ("Personal", 1, 0, 1, 0, 1, 3),
            ("IT", 1, 0, 0, 1, 1, 3), ("Upphandling", 1, 0, 1, 0, 0, 2),
            ("Summa", 5, 1, 2, 1, 2, 11)]
    for ri, d in enumerate(data, 4):
        for ci, v in enumerate(d, 1):
            c = sm.cell(row=ri, column=ci, value=v)
            c.border = BOX
            if d[0] == "Summa":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 16
    sm.column_dimensions["D"].width = 24
    sm["A10"] = "Ej ifylld = helårsstatus saknas (P3 gjordes under våren, se kommentaren på fliken Personal)."
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n") if text else [""]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(1.6)


# ---------------------------------------------------------------------------
# 2. Socialnämnden – Word, landscape table, status OK / Ej OK / Delvis OK
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN uppföljning IKP helår 2025.docx"
    namnd = "Socialnämnden"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    landscape(sec)
    hp = sec.header.paragraphs[0]
    hp.text = f"{KOMMUN}\tSocialförvaltningen\tDnr SN 2026/14"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden").runs[0].bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). Nedan redovisas resultatet av "
        "årets kontroller per den 31 december 2025. Avvikelser som kräver åtgärd redovisas i kolumnen Åtgärd. "
        "Rapporten behandlas av nämnden 2026-02-18.")

    rows = [
        # process, kontrollmoment, metod, status, resultat, åtgärd, exp status, avv
        ("Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd har beslut och är attesterade",
         "Stickprov 30 utbetalningar i Viva, okt–nov",
         "OK",
         "Kontrollen genomförd. 29 av 30 utbetalningar var korrekta. En utbetalning saknade attest av behörig "
         "(attesterad av handläggaren själv).",
         "Påminnelse om attestordningen på APT IFO."),
        ("Ekonomiskt bistånd",
         "Återkrav beslutas och följs upp enligt riktlinje",
         "Genomgång av samtliga återkravsbeslut 2025",
         "OK",
         "Samtliga 11 återkravsbeslut var korrekt fattade och registrerade i reskontran. Inga avvikelser.",
         "–"),
        ("Barn och unga",
         "Barnavårdsutredningar avslutas inom fyra månader",
         "Uttag ur Treserva, alla utredningar avslutade 2025",
         "Delvis OK",
         "Uttaget för jan–aug är granskat: 7 av 52 utredningar överskred fyra månader utan beslut om förlängning. "
         "Perioden sep–dec granskas i februari 2026.",
         "Veckovis bevakning av utredningstider införs."),
        ("Funktionshinderomsorg",
         "Gynnande LSS-beslut verkställs inom tre månader",
         "Kontroll av ej verkställda beslut mot rapportering till IVO",
         "Ej OK",
         "Kontrollen har inte genomförts under året på grund av vakans som verksamhetsutvecklare.",
         "Kontrollen flyttas till 2026 års plan."),
        ("Funktionshinderomsorg",
         "Ersättning till kontaktpersoner enligt SKR:s riktlinjer",
         "Stickprov 10 uppdragsavtal",
         "",
         "Utgår enligt socialnämndens beslut 2025-09-17 § 88, då kontaktpersonsuppdragen har övertagits av "
         "kommunalförbundet från 1 september.",
         ""),
        ("Äldreomsorg",
         "Avgifter inom hemtjänst och särskilt boende beräknas korrekt",
         "Stickprov 20 avgiftsbeslut mot inkomstuppgifter",
         "Delvis OK",
         "Hemtjänst granskad (10 beslut, inga fel). Särskilt boende ej granskat ännu – arbetet pågår.",
         "Slutförs under kv 1 2026."),
        ("Äldreomsorg",
         "Hantering av brukares privata medel på särskilt boende",
         "Kontroll av kassabok och kvitton på två boenden",
         "Se bilaga 2",
         "",
         ""),
        ("Gemensamt",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Slumpvis loggkontroll 20 användare per halvår",
         "OK",
         "Genomförd båda halvåren. Ingen otillbörlig åtkomst har upptäckts.",
         "–"),
        ("Gemensamt",
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutslistor i Treserva mot anmälda beslut",
         "OK",
         "Beslut fattade i december var inte anmälda i tid till nämndens januarisammanträde (14 st). "
         "I övrigt korrekt anmält.",
         "Rutin för anmälan vid årsskifte ses över."),
    ]
    status_map = {
        0: ("GENOMFORD", "ja"), 1: ("GENOMFORD", "nej"), 2: ("DELVIS", "ja"), 3: ("EJ_GENOMFORD", "nej"),
        4: ("UTGAR", "nej"), 5: ("DELVIS", "nej"), 6: ("OKLAR", "nej"), 7: ("GENOMFORD", "nej"),
        8: ("GENOMFORD", "ja"),
    }
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Status", "Resultat och kommentar", "Åtgärd"]
    widths = [Cm(3.3), Cm(5.2), Cm(4.2), Cm(2.0), Cm(7.8), Cm(4.0)]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    start = {}
    for ri, r in enumerate(rows):
        cells = t.add_row().cells
        for i in range(1, 6):
            set_cell(cells[i], r[i])
        if r[0] not in start:
            start[r[0]] = (ri + 1, ri + 1)
            set_cell(cells[0], r[0], bold=True)
        else:
            start[r[0]] = (start[r[0]][0], ri + 1)
        st_, av = status_map[ri]
        exp(fil, namnd, r[1], st_, av)
    for proc, (a, b) in start.items():
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
            set_cell(t.cell(a, 0), proc, bold=True)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Förklaring status: ").bold = True
    p.add_run("OK = kontrollen är genomförd enligt plan.  Delvis OK = kontrollen är delvis genomförd/pågår.  "
              "Ej OK = kontrollen är inte genomförd.  Eventuella avvikelser beskrivs under Resultat.")
    d.add_paragraph("Bilaga 2 (Granskning privata medel) redovisas på sammanträdet.")
    d.add_paragraph()
    d.add_paragraph("Karin Olofsson\nSocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – PowerPoint export saved as .docx
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Intern kontroll 2025 helår (presentation).docx"
    namnd = "Barn- och utbildningsnämnden"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(14)
    landscape(d.sections[0])

    slide_no = [0]

    def new_slide(title, first=False):
        if not first:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        slide_no[0] += 1
        p = d.add_paragraph()
        r = p.add_run(f"Bild {slide_no[0]}")
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x99, 0x99, 0x99)
        h = d.add_paragraph()
        hr = h.add_run(title)
        hr.bold = True
        hr.font.size = Pt(26)
        hr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x78)

    new_slide("Intern kontroll 2025 – helårsuppföljning", first=True)
    d.add_paragraph("Barn- och utbildningsförvaltningen")
    d.add_paragraph("Barn- och utbildningsnämnden 11 februari 2026")
    d.add_paragraph("Maria Jonsson, controller")

    new_slide("Årets kontrollmoment")
    for b in ["Attest och inköp på skolenheterna", "Skolskjuts", "Kränkande behandling",
              "Elevfrånvaro", "Behörigheter Unikum", "Avgifter förskola/fritids", "Elevdatorer"]:
        d.add_paragraph(b, style="List Bullet")

    new_slide("Så läser du bedömningen")
    lt = d.add_table(rows=4, cols=2)
    lt.style = "Table Grid"
    legend = [("Grön", "Kontrollen genomförd", "92D050"), ("Gul", "Kontrollen påbörjad / delvis genomförd", "FFFF00"),
              ("Röd", "Kontrollen inte genomförd", "FF0000"), ("Grå", "Utgår", "BFBFBF")]
    for i, (w, m, c) in enumerate(legend):
        set_cell(lt.cell(i, 0), w, size=12)
        shade(lt.cell(i, 0), c)
        set_cell(lt.cell(i, 1), m, size=12)
    d.add_paragraph("Avvikelser som upptäckts beskrivs under Resultat.")

    controls = [
        ("Ekonomi – attest",
         "Rektorers attest av inköp på skolenheterna",
         "Stickprov 5 fakturor per skolenhet (8 enheter)",
         "Samtliga 40 fakturor var attesterade av behörig rektor. Inga avvikelser.",
         "Grön", "GENOMFORD", "nej"),
        ("Skolskjuts",
         "Skolskjutsbeslut fattas enligt delegationsordningen",
         "Genomgång av samtliga beslut HT 2025",
         "Besluten var fattade av rätt delegat, men 2 beslut hade inte anmälts till nämnden. Rättat.",
         "Grön", "GENOMFORD", "ja"),
        ("Kränkande behandling",
         "Anmälan om kränkande behandling till huvudman inom fem arbetsdagar",
         "Kontroll av datum i DF Respons",
         "Granskning av VT klar: 3 av 41 anmälningar kom in senare än fem dagar. HT granskas i mars.",
         "Gul", "DELVIS", "ja"),
        ("Elevfrånvaro",
         "Upprepad frånvaro anmäls till rektor och utreds",
         "Uttag ur Skola24 och kontroll av utredningar",
         "Inte genomförd – elevhälsochef har varit vakant under hösten.",
         "Röd", "EJ_GENOMFORD", "nej"),
        ("IT-behörigheter",
         "Behörighet i Unikum avslutas när personal slutar",
         "Lista över avslutade anställningar jämförs med aktiva konton",
         "Alla konton för de 23 som slutat var avslutade.",
         "Grön", "GENOMFORD", "nej"),
        ("Avgifter",
         "Barnomsorgsavgifter (maxtaxa) stäms av mot inkomstuppgifter",
         "Stickprov 30 hushåll",
         "18 hushåll kontrollerade, inga fel hittills. Resten kontrolleras när inkomstuppgifterna för 2025 finns.",
         "Gul", "DELVIS", "nej"),
        ("Elevdatorer",
         "Inventering av elevdatorer (1:1) på högstadiet",
         "Inventering mot inventarieförteckning",
         "Utgår – datorerna leasas sedan augusti, leverantören sköter inventeringen (BUN 2025-06-12 § 41).",
         "Grå", "UTGAR", "nej"),
    ]
    fills = {c[0]: c[2] for c in legend}
    for title, km, metod, res, farg, st_, av in controls:
        new_slide(title)
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        lab = ["Kontrollmoment", "Så har vi kontrollerat", "Resultat", "Bedömning"]
        val = [km, metod, res, farg]
        for i in range(4):
            set_cell(t.cell(i, 0), lab[i], bold=True, size=12)
            set_cell(t.cell(i, 1), val[i], size=12)
            t.cell(i, 0).width = Cm(6)
            t.cell(i, 1).width = Cm(18)
        shade(t.cell(3, 1), fills[farg])
        exp(fil, namnd, km, st_, av)

    new_slide("Sammanfattning")
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, (w, n) in enumerate([("Grön", 3), ("Gul", 2), ("Röd", 1), ("Grå", 1)]):
        set_cell(t.cell(0, i), w, bold=True, size=12)
        shade(t.cell(0, i), fills[w])
        set_cell(t.cell(1, i), str(n), size=12)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig.")

    new_slide("Frågor?")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnämnden – xlsx with data-validation status words
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN_uppfoljning_internkontroll_2025.xlsx"
    namnd = "Miljö- och byggnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    li = wb.create_sheet("Listor")
    li.sheet_state = "hidden"
    status_list = ["Välj status", "Genomförd", "Delvis genomförd", "Ej genomförd", "Ej aktuell"]
    period_list = ["Välj period", "Tertial 1", "Delår (aug)", "Helår"]
    avv_list = ["Ja", "Nej"]
    li["A1"], li["B1"], li["C1"] = "Status", "Period", "Avvikelse"
    for i, v in enumerate(status_list, 2):
        li.cell(row=i, column=1, value=v)
    for i, v in enumerate(period_list, 2):
        li.cell(row=i, column=2, value=v)
    for i, v in enumerate(avv_list, 2):
        li.cell(row=i, column=3, value=v)

    ws["A1"] = "Miljö- och byggnämnden"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Uppföljning av intern kontroll"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "År:"
    ws["B3"] = 2025
    ws["A4"] = "Uppföljningsperiod:"
    ws["B4"] = "Helår"
    ws["D3"] = "Ifylld av:"
    ws["E3"] = "Lena Berg, förvaltningschef"
    ws["D4"] = "Datum:"
    ws["E4"] = "2026-01-22"
    for c in ("A3", "A4", "D3", "D4"):
        ws[c].font = Font(bold=True)
    yellow = PatternFill("solid", fgColor="FFF2CC")
    ws["B4"].fill = yellow

    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Avvikelse", "Kommentar / åtgärd"]
    widths = [5, 16, 44, 32, 18, 17, 11, 58]
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=ci, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.border = BOX
        c.alignment = WRAP
        ws.column_dimensions[chr(64 + ci)].width = widths[ci - 1]

    ex = ["Ex", "Exempel", "Exempel: Kontroll av att X görs enligt rutin", "Stickprov 10 ärenden",
          "Namn Namnsson", "Genomförd", "Nej", "Skriv här vad kontrollen visade och vilka åtgärder som vidtas."]
    for ci, v in enumerate(ex, 1):
        c = ws.cell(row=7, column=ci, value=v)
        c.font = Font(italic=True, color="808080")
        c.border = BOX
        c.alignment = WRAP

    rows = [
        ("1", "Bygglov", "Beslut om bygglov fattas inom tio veckor från komplett ansökan",
         "Uttag ur Castor, alla lovärenden 2025", "Bygglovschef", "Genomförd", "Ja",
         "3 av 112 ärenden överskred tio veckor; avgiften har reducerats enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("2", "Bygglov", "Delegationsbeslut fattas av behörig handläggare (jäv)",
         "Stickprov 20 delegationsbeslut", "Bygglovschef", "Genomförd", "Nej",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3", "Livsmedel", "Tillsynsavgifter livsmedel debiteras enligt taxa",
         "Jämförelse tillsynsregister mot fakturering", "Miljöchef", "Delvis genomförd", "Nej",
         "Kontroll gjord för första halvåret. Andra halvåret kontrolleras i samband med årsdebiteringen i mars.",
         "DELVIS", "nej"),
        ("4", "Miljötillsyn", "Tillsynsplanen enligt miljöbalken följs",
         "Utfall mot plan per verksamhetskategori", "Miljöchef", "Ej genomförd", "Nej",
         "Ej genomförd p.g.a. långtidssjukskrivning. Görs i T1 2026.", "EJ_GENOMFORD", "nej"),
        ("5", "Administration", "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov 30 handlingar", "Nämndsekreterare", "Genomförd", "Nej",
         "Samtliga 30 handlingar var diarieförda inom två arbetsdagar.", "GENOMFORD", "nej"),
        ("6", "Miljötillsyn", "Förelägganden följs upp inom angiven tid",
         "Genomgång av förelägganden med sista datum 2025", "Miljöinspektör", "Välj status", None,
         None, "SAKNAS", "nej"),
        ("7", "Strandskydd", "Strandskyddsdispenser prövas mot särskilda skäl och dokumenteras",
         "Stickprov 5 dispenser", "Planarkitekt", "Ej aktuell", "Nej",
         "Kontrollen stryks – länsstyrelsen har tagit över prövningen inom de berörda områdena.",
         "UTGAR", "nej"),
        ("8", "Ekonomi", "Leverantörsfakturor attesteras av behörig attestant",
         "Stickprov 15 fakturor", "Ekonom", "Genomförd", "Nej",
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 8
    for row in rows:
        for ci, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, namnd, row[2], row[8], row[9])
        r += 1
    last = r + 9  # empty template rows with validation
    for rr in range(r, last + 1):
        for ci in range(1, 9):
            ws.cell(row=rr, column=ci).border = BOX

    dv_s = DataValidation(type="list", formula1="=Listor!$A$2:$A$6", allow_blank=True,
                          showErrorMessage=True, errorTitle="Ogiltig status",
                          error="Välj ett värde i listan.")
    dv_s.add(f"F8:F{last}")
    dv_a = DataValidation(type="list", formula1="=Listor!$C$2:$C$3", allow_blank=True)
    dv_a.add(f"G8:G{last}")
    dv_p = DataValidation(type="list", formula1="=Listor!$B$2:$B$5", allow_blank=False)
    dv_p.add("B4")
    for dv in (dv_s, dv_a, dv_p):
        ws.add_data_validation(dv)
    ws.freeze_panes = "A8"
    ws.cell(row=last + 2, column=1, value="Skicka ifylld mall till ekonomiavdelningen senast 23 januari.").font = \
        Font(italic=True, color="808080")
    wb.active = 0
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. CSV export, three nämnder, first column = abbreviation
# ---------------------------------------------------------------------------
def file_csv():
    fil = "ik_export_KFN_TN_OFN_helar2025.csv"
    hdr = ["Nämnd", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Status", "Kommentar", "Period"]
    rows = [
        ("KFN", "Kontanthantering", "Dagskassor på badhuset och biblioteket stäms av mot kassarapport",
         "Enhetschef fritid", "Månadsvis", "Genomförd",
         "Differens på 1 240 kr i badhusets kassa i juni; polisanmält. Övriga månader utan anmärkning.",
         "Helår 2025", "Kultur- och fritidsnämnden", "GENOMFORD", "ja"),
        ("KFN", "Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna",
         "Fritidskonsulent", "Årligen", "Genomförd",
         "Samtliga 34 utbetalningar kontrollerade; medlemsförteckning fanns för alla.",
         "Helår 2025", "Kultur- och fritidsnämnden", "GENOMFORD", "nej"),
        ("KFN", "Representation", "Representation och gåvor följer kommunens riktlinjer",
         "Kultur- och fritidschef", "Årligen", "Avbruten",
         "Avbruten enligt beslut KFN 2025-10-02 § 54; granskas i stället av KS i den kommungemensamma kontrollen.",
         "Helår 2025", "Kultur- och fritidsnämnden", "UTGAR", "nej"),
        ("TN", "Inköp", "Avtalstrohet vid köp av entreprenader och maskintjänster",
         "Teknisk chef", "Årligen", "Påbörjad",
         "Uttag gjort för jan–sep; analys pågår; klar feb 2026.",
         "Helår 2025", "Tekniska nämnden", "DELVIS", "nej"),
        ("TN", "Fordon", "Drivmedelskort används endast för kommunens fordon",
         "Fordonssamordnare", "Halvår", "Genomförd",
         "Två tankningar till privat fordon upptäcktes\n(totalt 1 630 kr). Ärendet hanteras av HR.",
         "Helår 2025", "Tekniska nämnden", "GENOMFORD", "ja"),
        ("TN", "VA", "Debitering av VA-avgifter stäms av mot mätaravläsning",
         "VA-chef", "Årligen", "",
         "Klar i november, inga avvikelser.",
         "Helår 2025", "Tekniska nämnden", "GENOMFORD", "nej"),
        ("TN", "Vinterväghållning", "Beställningar utöver avtal för snöröjning attesteras före utförande",
         "Gatuchef", "Årligen", "Ej påbörjad",
         "",
         "Helår 2025", "Tekniska nämnden", "EJ_GENOMFORD", "nej"),
        ("ÖFN", "Årsräkningar", "Årsräkningar granskas senast 30 september",
         "Överförmyndarhandläggare", "Årligen", "Genomförd",
         "218 av 226 granskade i tid; 8 sena p.g.a. kompletteringar.",
         "Helår 2025", "Överförmyndarnämnden", "GENOMFORD", "ja"),
        ("ÖFN", "Ställföreträdare", "Kontroll av ställföreträdare i belastnings- och skuldregister",
         "Överförmyndarhandläggare", "Vid nytt uppdrag", "Påbörjad",
         "Rutin finns; 60 % av befintliga ställföreträdare kontrollerade.",
         "Helår 2025", "Överförmyndarnämnden", "DELVIS", "nej"),
        ("ÖFN", "Arvoden", "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Överförmyndarhandläggare", "Årligen", "Genomförd",
         "Stickprov 25 arvodesbeslut; inga avvikelser; rätt nivå enligt riktlinjen.",
         "Helår 2025", "Överförmyndarnämnden", "GENOMFORD", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    for r in rows:
        w.writerow(r[:8])
        exp(fil, r[8], r[2], r[9], r[10])
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    for n in ("Kultur- och fritidsnämnden", "Tekniska nämnden", "Överförmyndarnämnden"):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Truncated xlsx (rejected)
# ---------------------------------------------------------------------------
def file_truncated():
    fil = "Kostenheten IK helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kost- och lokalvårdsenheten – intern kontroll helår 2025"
    hdr = ["Kontrollmoment", "Status", "Kommentar"]
    for ci, h in enumerate(hdr, 1):
        ws.cell(row=3, column=ci, value=h)
    data = [("Egenkontroll livsmedelshantering i tillagningskök", "Genomförd", "Inga avvikelser"),
            ("Beställning av livsmedel via avtalad grossist", "Delvis", "Avvikelser på två kök"),
            ("Specialkoster dokumenteras", "Genomförd", "")]
    for ri, d in enumerate(data, 4):
        for ci, v in enumerate(d, 1):
            ws.cell(row=ri, column=ci, value=v)
    buf = io.BytesIO()
    wb.save(buf)
    b = buf.getvalue()
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b[: int(len(b) * 0.45)])
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_meta():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2]
            f.write(";".join(r) + "\n")


if __name__ == "__main__":
    file_ks()
    file_sn()
    file_bun()
    file_mbn()
    file_csv()
    file_truncated()
    write_meta()
    print(len(FILES), "files.csv rows;", len(set(f[0] for f in FILES)), "files;", len(EXPECTED), "controls")
