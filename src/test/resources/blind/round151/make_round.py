#!/usr/bin/python3
"""Blind round 151 – Ekdala kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with:  /usr/bin/python3 make_round.py
Follow-ups are embedded in larger documents/workbooks (verksamhetsberättelser, årsuppföljningar).
"""
import csv
import io
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, MasterPage, PageLayout,
                       PageLayoutProperties, Header, Footer, ListLevelProperties)
from odf.text import H, P, List, ListItem, ListStyle, ListLevelStyleBullet, Span

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2026, 1, 22, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik- och fastighetsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Ekdala Bostäder AB", "EBAB|Ekdala Bostäder|Ekdalabostäder|Ekdala Bostads AB"),
    ("Ekdala Energi AB", "EEAB|Ekdala Energi|Ekdala Energi och Renhållning"),
]


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None, italic=False):
    """Write text into a cell; '\n' becomes separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def docx_table(doc, header, rows, widths=None, header_fill="D9E2F3", size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], header_fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def fixed_core(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2026, 1, 20, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 22, 9, 0, 0)
    cp.revision = 3


# ---------------------------------------------------------------------------
# 1. BUN – verksamhetsberättelse (.docx) with many tables
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN_Verksamhetsberattelse_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    fixed_core(doc, "Verksamhetsberättelse 2025 Barn- och utbildningsnämnden", "Lena Holmqvist")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "EKDALA KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2026/14"
    fp = sec.footer.paragraphs[0]
    fp.text = "Verksamhetsberättelse 2025 – helår"

    doc.add_heading("Verksamhetsberättelse 2025", 0)
    p = doc.add_paragraph()
    r = p.add_run("Barn- och utbildningsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Period: januari–december 2025. Behandlad i nämnden 2026-02-11.")

    doc.add_heading("1 Sammanfattning", 1)
    doc.add_paragraph(
        "Året har präglats av fortsatt minskande barnkullar i förskolan och ökade kostnader för "
        "skolskjuts och tilläggsbelopp. Nämnden redovisar ett underskott om 6,4 mnkr mot budget, "
        "vilket i huvudsak förklaras av kostnader för barn i behov av särskilt stöd. Meritvärdet i "
        "årskurs 9 ökade till 224,5 och andelen behöriga till gymnasiets yrkesprogram till 86 procent.")

    doc.add_heading("2 Mål och måluppfyllelse", 1)
    doc.add_paragraph(
        "Nämnden har fyra nämndmål kopplade till kommunfullmäktiges inriktningsmål. Bedömningen görs "
        "enligt skalan Uppnått, Delvis uppnått och Ej uppnått.")
    goals = [
        ("Alla elever ska nå kunskapskraven i samtliga ämnen", "Andel elever åk 9 med godkänt i alla ämnen (%)", "71", "74", "80", "Delvis uppnått"),
        ("Barn och elever ska känna sig trygga", "Andel elever åk 5 och 8 som känner sig trygga (%)", "88", "91", "90", "Uppnått"),
        ("Förskolan ska erbjuda plats inom fyra månader", "Andel placerade inom garantitid (%)", "97", "99", "100", "Delvis uppnått"),
        ("Minskad sjukfrånvaro bland medarbetare", "Sjukfrånvaro totalt (%)", "6,9", "7,2", "6,0", "Ej uppnått"),
    ]
    t = docx_table(doc, ["Nämndmål", "Indikator", "Utfall 2024", "Utfall 2025", "Målvärde", "Bedömning"],
                   goals, widths=[5, 5, 1.6, 1.6, 1.6, 2.6])
    fills = {"Uppnått": "C6EFCE", "Delvis uppnått": "FFEB9C", "Ej uppnått": "FFC7CE"}
    for row in t.rows[1:]:
        shade(row.cells[5], fills[row.cells[5].text])

    doc.add_heading("3 Ekonomi", 1)
    doc.add_paragraph("Driftredovisning per verksamhet, tkr.")
    eco = [
        ("Nämnd och förvaltningsledning", "18 450", "17 912", "538"),
        ("Förskola", "212 300", "209 845", "2 455"),
        ("Grundskola och fritidshem", "398 700", "405 320", "-6 620"),
        ("Anpassad skola", "31 200", "34 980", "-3 780"),
        ("Gymnasieskola", "142 600", "141 770", "830"),
        ("Kulturskola", "9 850", "9 702", "148"),
        ("Summa", "813 100", "819 529", "-6 429"),
    ]
    t = docx_table(doc, ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"], eco,
                   widths=[7, 3, 3, 3])
    for c in t.rows[-1].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    doc.add_paragraph("Investeringar, tkr.")
    docx_table(doc, ["Projekt", "Budget", "Utfall", "Kommentar"], [
        ("Inventarier ny förskola Björkhagen", "3 500", "3 112", "Klart"),
        ("Digitala verktyg grundskola", "2 000", "1 430", "Resterande del 2026"),
        ("Utemiljö Ekdala skola", "1 200", "1 390", "Fördyrning markarbeten"),
    ], widths=[6, 2.5, 2.5, 5])

    doc.add_heading("4 Personal", 1)
    docx_table(doc, ["Nyckeltal", "2023", "2024", "2025"], [
        ("Antal tillsvidareanställda", "1 184", "1 171", "1 152"),
        ("Andel legitimerade lärare (%)", "78", "79", "81"),
        ("Sjukfrånvaro (%)", "7,1", "6,9", "7,2"),
        ("Personalomsättning (%)", "11,4", "10,2", "9,8"),
    ], widths=[7, 3, 3, 3])
    doc.add_paragraph(
        "Rekryteringsläget för förskollärare och speciallärare är fortsatt ansträngt. "
        "Ett kompetensförsörjningsprojekt har startats tillsammans med HR-avdelningen.")

    doc.add_heading("5 Intern kontroll", 1)
    doc.add_heading("5.1 Nämndens bedömning", 2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024, § 128. Planen omfattar tio "
        "kontrollmoment. Nämnden bedömer att den interna kontrollen i huvudsak har varit tillräcklig, men "
        "att rutinerna för anmälan av kränkande behandling och attest behöver stärkas.")
    doc.add_heading("5.2 Uppföljning av internkontrollplan 2025", 2)
    doc.add_paragraph(
        "Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.")

    proc_names = {"1": "Fakturahantering", "2": "Barnomsorgsavgifter", "3": "Inköp", "4": "Rekrytering",
                  "5": "Arbetsmiljö", "6": "Trygghet och studiero", "7": "Elevhälsa och närvaro",
                  "8": "Elevhälsa", "9": "Informationssäkerhet", "10": "Delegation"}
    groups = [
        ("Ekonomiska processer", [
            ("1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov om 40 fakturor i april och oktober. Två fakturor hade attesterats av person utan "
             "delegation.\nRutinen har förtydligats på rektorsmöte i november.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("2", "Kontroll av att avgifter för förskola och fritidshem debiteras enligt taxa",
             "Avstämning av 60 placeringar mot inkomstuppgifter. Inga felaktigheter.",
             "Genomförd", "GENOMFORD", "nej"),
            ("3", "Uppföljning av avtalstrohet vid inköp av läromedel",
             "Analys av inköp januari–september genomförd, ingen avvikelse hittills. Analysen av "
             "oktober–december slutförs i februari 2026.",
             "Delvis genomförd", "DELVIS", "nej"),
        ]),
        ("Personal och arbetsmiljö", [
            ("4", "Kontroll av utdrag ur belastningsregistret vid nyanställning",
             "Samtliga 74 nyanställningar kontrollerade. Utdrag fanns i samtliga fall.",
             "Genomförd", "GENOMFORD", "nej"),
            ("5", "Uppföljning av att det systematiska arbetsmiljöarbetet (SAM) genomförs på samtliga enheter",
             "Den årliga SAM-uppföljningen kunde inte genomföras på grund av byte av HR-system. "
             "Kontrollen flyttas till internkontrollplan 2026.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet och myndighetsutövning", [
            ("6", "Anmälan av kränkande behandling till huvudman inom fem arbetsdagar",
             "Granskning av 120 anmälningar. 23 procent anmäldes senare än fem arbetsdagar efter "
             "händelsen. Handlingsplan tas fram av grundskolechef.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("7", "Hantering av skolpliktsbevakning och frånvaroutredningar",
             "Stickprov genomfört på tre av nio grundskolor. Övriga skolor granskas under våren 2026.",
             "Delvis genomförd", "DELVIS", ""),
            ("8", "Dokumentation av beslut om särskilt stöd (åtgärdsprogram)",
             "Ersatt av revisionens fördjupade granskning av elevhälsan, beslut BUN 2025-03-19 § 31.",
             "Utgår", "UTGAR", ""),
            ("9", "Registerförteckning och behandling av personuppgifter enligt GDPR",
             "Registerförteckningen har uppdaterats i november tillsammans med dataskyddsombudet. "
             "Inga brister noterades.",
             "Genomförd", "GENOMFORD", "nej"),
            ("10", "Kontroll av att delegationsbeslut anmäls till nämnden",
             "Se bilaga 3.", "", "OKLAR", ""),
        ]),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Genomförande och resultat", "Status"]
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "1F4E79")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    status_fill = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C", "Delvis genomförd": "FFEB9C",
                   "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9", "": None}
    for gname, ctrls in groups:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[4])
        set_cell(merged, gname, bold=True, size=9)
        shade(merged, "DEEAF6")
        for nr, km, res, st, code, avv in ctrls:
            cells = t.add_row().cells
            set_cell(cells[0], nr, size=9)
            set_cell(cells[1], proc_names[nr], size=9)
            set_cell(cells[2], km, size=9)
            set_cell(cells[3], res, size=9)
            set_cell(cells[4], st, size=9)
            if status_fill.get(st):
                shade(cells[4], status_fill[st])
            EXPECTED.append((fil, namnd, km, code, avv))
    for row in t.rows:
        for i, w in enumerate([1.0, 3.0, 5.0, 6.0, 2.6]):
            row.cells[i].width = Cm(w)

    doc.add_heading("5.3 Åtgärder", 2)
    doc.add_paragraph(
        "Utifrån resultatet av kontrollerna 1 och 6 har förvaltningen tagit fram åtgärder som "
        "återrapporteras till nämnden i april 2026. Kontroll 5 och 7 förs över till 2026 års plan.")

    doc.add_heading("6 Framtid", 1)
    doc.add_paragraph(
        "Inför 2026 står nämnden inför fortsatt minskande elevunderlag i de västra kommundelarna och en "
        "översyn av skolorganisationen. Den nya skollagstiftningen om läromedel och skärmar innebär "
        "investeringsbehov.")
    docx_table(doc, ["Planerad aktivitet 2026", "Ansvarig", "Klart"], [
        ("Lokalöversyn förskola och skola väster", "Förvaltningschef", "Juni 2026"),
        ("Implementering av nytt elevhälsosystem", "Elevhälsochef", "December 2026"),
        ("Ny modell för tilläggsbelopp", "Ekonomichef", "Oktober 2026"),
    ], widths=[8, 4, 3])
    doc.add_paragraph("")
    doc.add_paragraph("Ekdala 2026-01-29\n\nMaria Ekström\nFörvaltningschef")
    doc.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – årsuppföljning .xlsx, several sheets, one with controls
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fixed_wb_props(wb, title, creator):
    import datetime
    wb.properties.title = title
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = datetime.datetime(2026, 1, 20, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 22, 9, 0, 0)


def build_sn():
    fil = "SN_Arsuppfoljning_2025.xlsx"
    namnd = "Socialnämnden"
    wb = openpyxl.Workbook()
    fixed_wb_props(wb, "Årsuppföljning 2025 Socialnämnden", "Johan Berglund")
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")

    # -- Mål
    ws = wb.active
    ws.title = "Mål"
    ws["A1"] = "Socialnämnden – Årsuppföljning 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Måluppfyllelse"
    ws["A2"].font = bold
    hdr = ["Mål", "Indikator", "Utfall 2024", "Utfall 2025", "Målvärde", "Måluppfyllelse", "Analys"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = bold
        c.fill = head_fill
    goals = [
        ("Fler invånare ska bli självförsörjande", "Andel hushåll med långvarigt ekonomiskt bistånd (%)", 31, 28, 25,
         "Delvis uppfyllt", "Positiv utveckling tack vare arbetsmarknadsinsatser."),
        ("Barn och unga ska få rätt stöd i rätt tid", "Andel förhandsbedömningar inom 14 dagar (%)", 86, 91, 100,
         "Ej uppfyllt", "Ökat inflöde av orosanmälningar under hösten."),
        ("Minskad användning av externa placeringar", "Antal vårddygn HVB, vuxna", 4120, 3655, 3800,
         "Uppfyllt", "Hemmaplanslösningar har ersatt flera placeringar."),
        ("Hög brukarnöjdhet", "Andel nöjda brukare, försörjningsstöd (%)", 74, 77, 75,
         "Uppfyllt", ""),
    ]
    mfill = {"Uppfyllt": "C6EFCE", "Delvis uppfyllt": "FFEB9C", "Ej uppfyllt": "FFC7CE"}
    for g in goals:
        ws.append(list(g))
        ws.cell(ws.max_row, 6).fill = PatternFill("solid", fgColor=mfill[g[5]])
    for col, w in zip("ABCDEFG", [38, 44, 11, 11, 10, 16, 48]):
        ws.column_dimensions[col].width = w

    # -- Ekonomi
    ws = wb.create_sheet("Ekonomi")
    ws["A1"] = "Socialnämnden – Ekonomiskt utfall 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Prognos T2", "Kommentar"])
    for c in ws[3]:
        c.font = bold
        c.fill = head_fill
    rows = [
        ("Nämnd och administration", 14200, 13860, "Vakanser"),
        ("Ekonomiskt bistånd", 58400, 55120, "Färre hushåll"),
        ("Barn och unga – placeringar", 46800, 52310, "Två dyra HVB-placeringar"),
        ("Barn och unga – öppenvård", 21500, 20940, ""),
        ("Vuxen – missbruk och beroende", 27300, 26880, ""),
        ("Arbetsmarknad och integration", 19800, 19250, ""),
    ]
    r0 = 4
    for i, (v, b, u, k) in enumerate(rows):
        r = r0 + i
        ws.cell(r, 1, v)
        ws.cell(r, 2, b)
        ws.cell(r, 3, u)
        ws.cell(r, 4, b - u)
        ws.cell(r, 5, b - u - 300)
        ws.cell(r, 6, k)
    rt = r0 + len(rows)
    ws.cell(rt, 1, "Summa").font = bold
    for col in (2, 3, 4, 5):
        ws.cell(rt, col, sum(ws.cell(r, col).value for r in range(r0, rt))).font = bold
    for r in range(r0, rt + 1):
        for col in (2, 3, 4, 5):
            ws.cell(r, col).number_format = "# ##0;[Red]-# ##0"
    for col, w in zip("ABCDEF", [34, 13, 13, 12, 12, 30]):
        ws.column_dimensions[col].width = w

    # -- Intern kontroll
    ws = wb.create_sheet("Intern kontroll")
    ws["A1"] = "Socialnämnden – Årsuppföljning 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 (antagen SN 2024-12-11 § 142)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status delår (aug)", "Kommentar delår",
           "Status helår", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = bold
        c.fill = head_fill
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ctrls = [
        ("1", "Ekonomiskt bistånd", "Kontroll att utbetalningar av ekonomiskt bistånd grundar sig på beslut",
         "Stickprov 25 akter per tertial", "Enhetschef försörjningsstöd",
         "Klar", "Stickprov maj: inga avvikelser.", "Klar", "Inga avvikelser vid stickproven i maj och november.",
         "GENOMFORD", "nej"),
        ("2", "Ekonomiskt bistånd", "Kontroll av dubbelutbetalningar mot Försäkringskassan (SSBTEK)",
         "Månatlig avstämning", "Controller",
         "Pågår", "Avstämning jan–jul klar.", "Klar – avvikelse",
         "Två dubbelutbetalningar upptäckta (totalt 14 300 kr). Återkrav beslutat.",
         "GENOMFORD", "ja"),
        ("3", "Barn och unga", "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Uttag ur Treserva", "Enhetschef barn och unga",
         "Pågår", "", "Klar – avvikelse",
         "91 % av förhandsbedömningarna gjordes inom 14 dagar (krav 100 %). Handlingsplan upprättad.",
         "GENOMFORD", "ja"),
        ("4", "Barn och unga", "Uppföljning av placerade barn enligt SoL 6 kap. 7 b §",
         "Genomgång av samtliga placeringar", "Enhetschef barn och unga",
         "Ej påbörjad", "", "Pågår", "Genomgång av 34 av 52 placeringar klar.",
         "DELVIS", ""),
        ("5", "Vuxen", "Loggkontroll i verksamhetssystemet",
         "Stickprov 40 användare", "Systemförvaltare",
         "Klar", "Årets loggkontroll genomförd i juni (40 användare). Ingen otillbörlig åtkomst.", "", "",
         "GENOMFORD", "nej"),
        ("6", "Vuxen", "Kontroll av att vårdplan upprättas inom fyra veckor vid placering på HVB",
         "Genomgång av samtliga nya placeringar", "Enhetschef vuxen",
         "Ej påbörjad", "", "Ej påbörjad", "Ej genomförd på grund av vakanser. Flyttas till IKP 2026.",
         "EJ_GENOMFORD", ""),
        ("7", "Administration", "Kontroll av att allmänna handlingar diarieförs enligt dokumenthanteringsplanen",
         "Stickprov", "Nämndsekreterare",
         "Utgår", "Utgår enligt beslut SN 2025-04-16 § 52.", "Utgår", "",
         "UTGAR", ""),
        ("8", "Administration", "Attest av fakturor för köpt vård (externa placeringar)",
         "Avstämning faktura mot beslut", "Controller",
         "Pågår", "", "Klar", "Samtliga fakturor okt–dec stämda mot beslut, inga fel.",
         "GENOMFORD", "nej"),
        ("9", "Administration", "Avtalsuppföljning av externa utförare inom boendestöd",
         "Uppföljningsmöte och granskning av avtal", "Avtalscontroller",
         "", "", "", "",
         "SAKNAS", ""),
    ]
    sfill = {"Klar": "C6EFCE", "Klar – avvikelse": "FFEB9C", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE",
             "Utgår": "D9D9D9"}
    r = 5
    for c in ctrls:
        vals = c[:9]
        for i, v in enumerate(vals, 1):
            cell = ws.cell(r, i, int(v) if i == 1 else (v if v != "" else None))
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for col in (6, 8):
            v = vals[col - 1]
            if v in sfill:
                ws.cell(r, col).fill = PatternFill("solid", fgColor=sfill[v])
        EXPECTED.append((fil, namnd, c[2], c[9], c[10]))
        r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 9, varav 5 klara. Kontrollmoment med status Utgår redovisas inte i "
                  "nämndens sammanfattning.").font = Font(italic=True)
    r += 1
    ws.cell(r, 1, "Statusskala: Klar / Klar – avvikelse / Pågår / Ej påbörjad / Utgår").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [5, 18, 44, 26, 24, 13, 36, 14, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"

    # -- Personal
    ws = wb.create_sheet("Personal")
    ws["A1"] = "Socialnämnden – Personalnyckeltal"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["Nyckeltal", "2023", "2024", "2025"])
    for c in ws[3]:
        c.font = bold
        c.fill = head_fill
    for row in [("Antal tillsvidareanställda", 212, 218, 221), ("Sjukfrånvaro (%)", 8.1, 7.4, 7.0),
                ("Personalomsättning socialsekreterare (%)", 24, 19, 16), ("Antal konsulter (årsarbetare)", 6, 4, 2)]:
        ws.append(list(row))
    ws.column_dimensions["A"].width = 42
    wb.active = 0  # workbook opens on the Mål sheet
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. KFN – .odt chapter, controls as bullet lists under headings
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "VB2025_kapitel6_intern_kontroll.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                       marginbottom="1.5cm", marginleft="2.2cm", marginright="2.2cm"))
    doc.automaticstyles.addElement(pl)
    hstyle = Style(name="HeaderPara", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="9pt", color="#555555"))
    doc.styles.addElement(hstyle)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hd.addElement(P(stylename=hstyle, text="Kultur- och fritidsnämnden · Verksamhetsberättelse 2025"))
    mp.addElement(hd)
    ft = Footer()
    ft.addElement(P(stylename=hstyle, text="Ekdala kommun · Dnr KFN 2026/12 · Kapitel 6"))
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    doc.styles.addElement(h2)
    body = Style(name="Text body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(body)
    boldspan = Style(name="Bold", family="text")
    boldspan.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(boldspan)

    ls = ListStyle(name="Punktlista")
    for lvl, ch, indent in ((1, "•", "0.6cm"), (2, "–", "1.2cm")):
        b = ListLevelStyleBullet(level=lvl, bulletchar=ch)
        b.addElement(ListLevelProperties(spacebefore=indent, minlabelwidth="0.5cm"))
        ls.addElement(b)
    doc.automaticstyles.addElement(ls)

    def heading(text, lvl):
        doc.text.addElement(H(outlinelevel=lvl, stylename=h1 if lvl == 1 else h2, text=text))

    def para(text):
        doc.text.addElement(P(stylename=body, text=text))

    heading("6 Intern kontroll", 1)
    heading("6.1 Sammanfattande bedömning", 2)
    para("Nämnden antog internkontrollplanen för 2025 den 5 december 2024 (§ 97). Planen innehåller nio "
         "kontrollmoment som följs upp vid delår och helår. I detta kapitel redovisas helårsuppföljningen.")
    para("Fem kontroller har genomförts under året. Vid två av dem har brister konstaterats, vilka "
         "redovisas nedan tillsammans med vidtagna åtgärder. Fyra kontroller har inte genomförts fullt ut. "
         "Sammantaget bedöms den interna kontrollen vara godtagbar.")

    genomforda = [
        ("Kontanthantering och dagskassor i badhusets reception",
         "Oanmäld kassainventering vid tre tillfällen. Vid ett tillfälle saknades 450 kr. Rutinen för "
         "kassaöverlämning vid skiftbyte har skärpts.", "GENOMFORD", "ja"),
        ("Utbetalning av föreningsbidrag enligt bidragsreglerna",
         "Stickprov på 15 av 48 beviljade aktivitetsstöd. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler och anläggningar faktureras enligt taxa",
         "Jämförelse mellan bokningssystemet och fakturering för mars och september. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Inventering av kommunens konstsamling",
         "Konsten i kommunhuset och på skolorna har inventerats. Två verk kunde inte lokaliseras och har "
         "efterlysts internt.", "GENOMFORD", "ja"),
        ("Registerutdrag för ledare i sommarlovsverksamheten",
         "Samtliga 22 sommarlovsledare har visat utdrag ur belastningsregistret före anställning.",
         "GENOMFORD", "nej"),
    ]
    ej_genomforda = [
        ("Behörigheter i bokningssystemet Interbook",
         "Genomgången av användarkonton påbörjades i november och slutförs i januari 2026.", "DELVIS", ""),
        ("Avtalstrohet vid inköp av förbrukningsmaterial",
         "Ej genomförd på grund av vakans på förvaltningens ekonomienhet. Kontrollen flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Uppföljning av bidrag till studieförbund",
         "Utgår. Bidragsmodellen har ersatts genom beslut i kommunfullmäktige 2025-06-16 § 88.", "UTGAR", ""),
        ("Säkerhetsrutiner vid evenemang (brandskydd och utrymning)", None, "EJ_GENOMFORD", ""),
    ]

    def bullets(items):
        lst = List(stylename=ls)
        for km, res, code, avv in items:
            li = ListItem()
            li.addElement(P(stylename=body, text=km))
            if res:
                sub = List()
                sli = ListItem()
                sli.addElement(P(stylename=body, text=res))
                sub.addElement(sli)
                li.addElement(sub)
            lst.addElement(li)
            EXPECTED.append((fil, namnd, km, code, avv))
        doc.text.addElement(lst)

    heading("6.2 Genomförda kontroller", 2)
    para("Följande kontroller har genomförts under 2025:")
    bullets(genomforda)
    heading("6.3 Ej genomförda kontroller", 2)
    para("Följande kontroller har inte genomförts, eller inte genomförts fullt ut, under 2025:")
    bullets(ej_genomforda)
    heading("6.4 Åtgärder inför 2026", 2)
    para("Brister i kassahanteringen följs upp med en ny oanmäld inventering under första kvartalet 2026. "
         "Kontrollen av avtalstrohet och säkerhetsrutiner vid evenemang förs över till internkontrollplan 2026. "
         "Konstinventeringen fortsätter med förskolor och äldreboenden.")
    doc.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden – adopted plan + follow-up columns to the right (.xlsx)
# ---------------------------------------------------------------------------
def build_tn():
    fil = "TN_Internkontrollplan_2025_med_uppfoljning.xlsx"
    namnd = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fixed_wb_props(wb, "Internkontrollplan 2025 Tekniska nämnden", "Anders Nyström")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Antagen av tekniska nämnden 2024-11-27 § 118. Uppföljning helår 2025 redovisas i kolumnerna J–L "
                "(ifylls av ansvarig, se teckenförklaring längst ned).")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:I4")
    ws["A4"] = "Antagen plan"
    ws.merge_cells("J4:L4")
    ws["J4"] = "Uppföljning helår 2025"
    for c in ("A4", "J4"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].alignment = Alignment(horizontal="center")
    ws["A4"].fill = PatternFill("solid", fgColor="2F5597")
    ws["J4"].fill = PatternFill("solid", fgColor="548235")
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens",
           "Ansvarig", "Utfall helår", "Kommentar", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2" if i <= 9 else "E2EFDA")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    data = [
        ("Fakturahantering", [
            ("Felaktiga eller oberättigade utbetalningar", 2, 4,
             "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Halvår", "Ekonom",
             "Säkrad", "Inga avvikelser i stickproven i juni och december.", "", "GENOMFORD", "nej"),
            ("Fakturor betalas för sent med dröjsmålsränta som följd", 3, 2,
             "Kontroll av dröjsmålsräntor och påminnelseavgifter", "Uttag ur ekonomisystemet", "Tertial",
             "Controller", "Säkrad med brist",
             "Påminnelseavgifter och dröjsmålsräntor 18 400 kr, främst inom VA-avdelningen.",
             "Genomgång av fakturaflödet med VA-enheten.", "GENOMFORD", "ja"),
        ]),
        ("Upphandling och inköp", [
            ("Köp utan avtal, brott mot LOU", 3, 3,
             "Kontroll av avtalstrohet vid direktupphandling", "Leverantörsanalys", "Helår", "Inköpssamordnare",
             "Pågående", "Analys av januari–oktober klar. November–december analyseras i bokslutet.", "",
             "DELVIS", ""),
            ("Beställning av entreprenader utan behörighet", 2, 3,
             "Kontroll att beställningar av entreprenader görs av behörig beställare enligt delegationsordningen",
             "Stickprov 10 beställningar", "Helår", "Avdelningschef gata/park",
             "Ej säkrad", "Ej genomförd på grund av resursbrist under hösten.", "Genomförs under T1 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Fordon och maskiner", [
            ("Privat användning av kommunens fordon", 2, 2,
             "Kontroll av körjournaler för tjänstebilar", "Stickprov 5 fordon", "Helår", "Fordonssamordnare",
             "", "Kontrollen gjord i oktober. Körjournal förd för samtliga fem fordon, inga avvikelser.", "",
             "GENOMFORD", "nej"),
            ("Drivmedelskort används felaktigt", 2, 3,
             "Kontroll av tankningar mot drivmedelskort", "Månadsvis avstämning", "Månad", "Fordonssamordnare",
             "Säkrad", "", "", "GENOMFORD", "nej"),
        ]),
        ("VA och renhållning", [
            ("Felaktig debitering av VA-avgifter", 2, 4,
             "Avstämning av debiterade VA-avgifter mot mätarställningar", "Stickprov 50 abonnenter", "Helår",
             "VA-chef", "Säkrad med brist",
             "Fyra abonnenter felaktigt debiterade på grund av fel datum vid mätarbyte.",
             "Debiteringen korrigerad. Rutinen för mätarbyten ses över.", "GENOMFORD", "ja"),
            ("Brister i egenkontroll av dricksvatten", 1, 5,
             "Egenkontrollprogrammet för dricksvatten följs", "Granskning av provtagningsprotokoll", "Tertial",
             "Driftingenjör", "Säkrad", "Samtliga provtagningar utförda enligt programmet.", "",
             "GENOMFORD", "nej"),
            ("Felaktig debitering av avfallsabonnemang", 2, 2,
             "Kontroll av att abonnemang för hämtning av hushållsavfall debiteras enligt avfallstaxan",
             "Stickprov 30 abonnemang", "Helår", "Renhållningschef",
             "Avförd", "Renhållningen övergick till Ekdala Energi AB 2025-07-01 (KF 2025-03-24 § 41).", "",
             "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("Obehörig åtkomst till styrsystem för VA (SCADA)", 2, 5,
             "Kontroll av behörigheter i driftövervakningssystemet", "Genomgång av användarlista", "Helår",
             "IT-samordnare", "", "", "", "SAKNAS", ""),
        ]),
    ]
    ufill = {"Säkrad": "C6EFCE", "Säkrad med brist": "FFEB9C", "Pågående": "FFEB9C", "Ej säkrad": "FFC7CE",
             "Avförd": "D9D9D9"}
    r = 6
    for proc, risks in data:
        start = r
        for (risk, s, k, km, metod, frekv, ansv, utf, komm, atg, code, avv) in risks:
            vals = [proc if r == start else None, risk, s, k, s * k, km, metod, frekv, ansv,
                    utf or None, komm or None, atg or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if utf in ufill:
                ws.cell(r, 10).fill = PatternFill("solid", fgColor=ufill[utf])
            rv = s * k
            ws.cell(r, 5).fill = PatternFill("solid", fgColor="FFC7CE" if rv >= 9 else ("FFEB9C" if rv >= 6 else "C6EFCE"))
            EXPECTED.append((fil, namnd, km, code, avv))
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    c = ws.cell(r, 1, "Teckenförklaring utfall: Säkrad = kontrollen genomförd utan anmärkning · "
                      "Säkrad med brist = kontrollen genomförd, brist eller avvikelse konstaterad · "
                      "Pågående = kontrollen påbörjad men inte slutförd · Ej säkrad = kontrollen har inte genomförts · "
                      "Avförd = kontrollmomentet struket genom beslut. "
                      "Riskvärde = sannolikhet × konsekvens (skala 1–5).")
    c.font = Font(italic=True, size=9)
    c.alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 30
    r += 2
    ws.cell(r, 1, "Uppföljningen sammanställd 2026-01-16 av Anders Nyström, controller, tekniska förvaltningen.")
    for col, w in zip(range(1, 13), [18, 30, 11, 11, 10, 42, 24, 10, 20, 16, 44, 32]):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = "A6"
    ws.page_setup.orientation = "landscape"
    ws.oddHeader.center.text = "Tekniska nämnden – Internkontrollplan 2025"
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. SBN + Ekdala Bostäder AB in one .docx, two headings, two tables
# ---------------------------------------------------------------------------
def build_sbn_ebab():
    fil = "IK_uppfoljning_helar_2025_SBN_och_bostadsbolaget.docx"
    doc = Document()
    fixed_core(doc, "Uppföljning intern kontroll helår 2025", "Karin Sjöberg")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ekdala kommun – Samhällsbyggnadsförvaltningen"
    doc.add_heading("Uppföljning av intern kontroll, helår 2025", 0)
    doc.add_paragraph(
        "Samhällsbyggnadsförvaltningen administrerar genom tjänsteavtal även den interna kontrollen för "
        "Ekdala Bostäder AB. Uppföljningarna redovisas därför i ett gemensamt dokument men behandlas var för "
        "sig i samhällsbyggnadsnämnden (2026-02-04) och i bolagets styrelse (2026-02-10).")

    # --- SBN
    namnd = "Samhällsbyggnadsnämnden"
    doc.add_heading("1 Samhällsbyggnadsnämnden", 1)
    doc.add_paragraph("Internkontrollplan 2025 antogs av nämnden 2024-12-04 § 156 och omfattar sju kontrollmoment.")
    sbn = [
        ("Handläggningstid för bygglov inom lagstadgad tid (PBL 9 kap. 27 §)", "Ja", "Ja",
         "12 av 214 ärenden överskred tio veckor. Avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("Debitering av plan- och bygglovsavgifter enligt taxa", "Ja", "Nej",
         "Stickprov 30 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("Diarieföring av inkomna ärenden inom två arbetsdagar", "Delvis", "Nej",
         "Kontroll gjord för januari–augusti. Perioden september–december har inte kontrollerats.", "DELVIS", "nej"),
        ("Uppföljning av exploateringsavtal mot avtalade åtaganden", "Nej", "–",
         "Skjuts till 2026 på grund av vakant tjänst som exploateringsingenjör.", "EJ_GENOMFORD", ""),
        ("Jäv vid handläggning av bygglovsärenden", "Ja", "Nej",
         "Genomgång av 40 delegationsbeslut. Ingen jävssituation identifierad.", "GENOMFORD", "nej"),
        ("Lantmäteriförrättningar faktureras enligt taxa", "Ej aktuell", "",
         "Kommunen har inte längre egen lantmäterimyndighet sedan 2024-01-01.", "UTGAR", ""),
        ("Behörighetskontroll i GIS- och ärendehanteringssystemet", "Ja", "",
         "Resultatet redovisas i separat rapport till nämnden 2026-01-28.", "GENOMFORD", ""),
    ]
    docx_table(doc, ["Kontrollmoment", "Genomförd", "Avvikelse", "Kommentar"],
               [r[:4] for r in sbn], widths=[6.5, 2.2, 2.2, 6.5], header_fill="E2EFDA")
    for r in sbn:
        EXPECTED.append((fil, namnd, r[0], r[4], r[5]))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    doc.add_paragraph("")
    doc.add_paragraph("Karin Sjöberg, samhällsbyggnadschef")

    # --- Ekdala Bostäder AB
    namnd = "Ekdala Bostäder AB"
    doc.add_heading("2 Ekdala Bostäder AB", 1)
    doc.add_paragraph(
        "Bolagets styrelse fastställde internkontrollplanen 2024-12-10. Uppföljningen avser räkenskapsåret 2025.")
    ebab = [
        ("Hyresadministration",
         "Kontroll att hyreshöjningar enligt förhandlingsöverenskommelse har debiterats samtliga hyresgäster",
         "Avstämning av hyresreskontran mot förhandlingsprotokollet. Inga avvikelser.",
         "Utförd utan anmärkning", "GENOMFORD", "nej"),
        ("Hyresadministration", "Uppföljning av hyresfordringar och inkassoärenden",
         "Fordringar äldre än 90 dagar uppgick till 412 tkr. Rutinen för avbetalningsplaner har inte följts i sex fall.",
         "Utförd med anmärkning", "GENOMFORD", "ja"),
        ("Fastighetsunderhåll", "Underhållsplanen följs och avvikelser rapporteras till styrelsen",
         "Genomgång av 2025 års planerade åtgärder pågår. Rapport till styrelsen i mars 2026.",
         "Pågår", "DELVIS", ""),
        ("Inköp", "Ramavtal används vid beställning av hantverkstjänster",
         "Stickprov 20 beställningar, varav tre gjorda utanför ramavtal.",
         "Utförd med anmärkning", "GENOMFORD", "ja"),
        ("Säkerhet", "Nyckel- och passerkortshantering i förråd och allmänna utrymmen",
         "Omprioriterad på grund av byte av låssystem under hösten.",
         "Ej utförd", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av fakturor enligt bolagets attestinstruktion",
         "Stickprov 25 fakturor. Inga avvikelser.",
         "Utförd utan anmärkning", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    title = t.rows[0].cells[0].merge(t.rows[0].cells[3])
    set_cell(title, "Internkontrollplan 2025 – Ekdala Bostäder AB, uppföljning helår", bold=True, size=10)
    shade(title, "FCE4D6")
    for i, h in enumerate(["Område", "Kontroll", "Resultat 2025", "Bedömning"]):
        set_cell(t.rows[1].cells[i], h, bold=True, size=9)
        shade(t.rows[1].cells[i], "F8CBAD")
    for r in ebab:
        cells = t.add_row().cells
        for i, v in enumerate(r[:4]):
            set_cell(cells[i], v, size=9)
        EXPECTED.append((fil, namnd, r[1], r[4], r[5]))
    for row in t.rows:
        for i, w in enumerate([3, 6, 6, 3]):
            row.cells[i].width = Cm(w)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    doc.add_paragraph("")
    doc.add_paragraph("Per Almgren, VD Ekdala Bostäder AB")
    doc.save(out(fil))
    normalize_zip(out(fil))


# ---------------------------------------------------------------------------
# 6. CSV export (comma, UTF-8 BOM), status 1–4, legend only in a comment line
# ---------------------------------------------------------------------------
def build_csv():
    fil = "export_internkontroll_2025_helar.csv"
    namnd = "Vård- och omsorgsnämnden"
    org = "Vård- och omsorgsförvaltningen"
    rows = [
        ("VOF-IK-01", "Myndighetsutövning", "Kontroll av att biståndsbeslut verkställs inom tre månader",
         "Uttag ej verkställda beslut per kvartal", "Biståndschef", "3",
         "Två beslut om särskilt boende ej verkställda inom tre månader, rapporterade till IVO.", "2025-12-18",
         "GENOMFORD", "ja"),
        ("VOF-IK-02", "Avgifter", "Avgiftsberäkning för hemtjänst och särskilt boende",
         "Stickprov 40 avgiftsbeslut", "Avgiftshandläggare", "4",
         "Stickprov 40 avgiftsbeslut, inga fel.", "2025-12-05", "GENOMFORD", "nej"),
        ("VOF-IK-03", "Hälso- och sjukvård", "Läkemedelshantering och avvikelserapportering i särskilt boende",
         "Egenkontroll MAS", "MAS", "2",
         "Genomgång gjord på fyra av sju boenden. Resterande i februari 2026.", "2026-01-09", "DELVIS", ""),
        ("VOF-IK-04", "Hemtjänst", "Kontroll av att genomförandeplaner upprättas inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschefer hemtjänst", "3",
         "68 % av genomförandeplanerna upprättade inom 14 dagar, mål 90 %.", "2025-12-20", "GENOMFORD", "ja"),
        ("VOF-IK-05", "Informationssäkerhet", "Loggkontroll i journalsystemet, Lifecare",
         "Stickprov 20 användare", "Systemförvaltare", "4", "", "2025-11-28", "GENOMFORD", "nej"),
        ("VOF-IK-06", "Personal", "Kontroll av tidrapportering och löner för timanställda",
         "Stickprov 30 lönespecifikationer", "HR-konsult", "1",
         "Ej påbörjad, flyttas till 2026 års plan.", "2025-12-12", "EJ_GENOMFORD", ""),
        ("VOF-IK-07", "Särskilt boende", "Hantering av brukares privata medel (kontantkassor)",
         "Kassainventering", "Enhetschefer SÄBO", "4",
         "Kassainventering på samtliga boenden i december.\nInga differenser.", "2025-12-22", "GENOMFORD", "nej"),
        ("VOF-IK-08", "Upphandling", "Uppföljning av avtal med privat utförare i hemtjänsten (LOV)",
         "Avtalsuppföljning", "Avtalscontroller", "", "", "2025-06-30", "SAKNAS", ""),
        ("VOF-IK-09", "Kvalitet", "Rutin för hantering av synpunkter och klagomål",
         "Granskning av diariet", "Kvalitetsutvecklare", "",
         "Utgår, ersatt av kommungemensam rutin (KS 2025-05-06 § 71).", "2025-05-12", "UTGAR", ""),
    ]
    buf = io.StringIO()
    buf.write("# Hypergene export 2026-01-22 08:14 | Internkontroll 2025 | Status: 1 = Ej påbörjad, "
              "2 = Påbörjad/delvis genomförd, 3 = Genomförd med avvikelse, 4 = Genomförd utan avvikelse\r\n")
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Organisation", "Id", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Period", "Status",
                "Kommentar", "Senast ändrad"])
    for r in rows:
        w.writerow([org, r[0], r[1], r[2], r[3], r[4], "Helår 2025", r[5], r[6], r[7]])
        EXPECTED.append((fil, namnd, r[2], r[8], r[9]))
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Rejected: Överförmyndarnämnden's verksamhetsberättelse without any control follow-up
# ---------------------------------------------------------------------------
def build_reject():
    fil = "OFN_Verksamhetsberattelse_2025.docx"
    doc = Document()
    fixed_core(doc, "Verksamhetsberättelse 2025 Överförmyndarnämnden", "Sara Lindqvist")
    doc.sections[0].header.paragraphs[0].text = "EKDALA KOMMUN\tÖverförmyndarnämnden\tDnr ÖFN 2026/2"
    doc.add_heading("Verksamhetsberättelse 2025", 0)
    doc.add_paragraph("Överförmyndarnämnden")
    doc.add_heading("1 Verksamhetens uppdrag", 1)
    doc.add_paragraph(
        "Överförmyndarnämnden utövar tillsyn över gode män, förvaltare och förmyndare i Ekdala kommun. "
        "Vid årets slut fanns 412 pågående ärenden, varav 318 godmanskap och 61 förvaltarskap.")
    doc.add_heading("2 Mål och måluppfyllelse", 1)
    docx_table(doc, ["Nämndmål", "Indikator", "Utfall 2025", "Målvärde", "Status"], [
        ("Årsräkningar granskas i tid", "Andel granskade årsräkningar senast 30 juni (%)", "92", "95", "Delvis uppnått"),
        ("Rätt ställföreträdare för rätt uppdrag", "Andel nya uppdrag matchade inom 4 veckor (%)", "88", "85", "Uppnått"),
        ("Utbildade ställföreträdare", "Antal genomförda utbildningstillfällen", "6", "6", "Uppnått"),
    ], widths=[5, 6, 2, 2, 3])
    doc.add_heading("3 Ekonomi", 1)
    docx_table(doc, ["Post", "Budget 2025 (tkr)", "Utfall 2025 (tkr)", "Avvikelse (tkr)"], [
        ("Arvoden ställföreträdare", "4 100", "4 386", "-286"),
        ("Personal och administration", "3 250", "3 102", "148"),
        ("Summa", "7 350", "7 488", "-138"),
    ], widths=[6, 3, 3, 3])
    doc.add_heading("4 Personal", 1)
    doc.add_paragraph("Enheten har 5,5 årsarbetare. Sjukfrånvaron var 3,8 procent.")
    doc.add_heading("5 Intern kontroll", 1)
    doc.add_paragraph(
        "Uppföljningen av nämndens internkontrollplan för 2025 redovisas i ett separat ärende till nämndens "
        "sammanträde den 18 februari 2026 (dnr ÖFN 2026/3) och ingår därför inte i verksamhetsberättelsen.")
    doc.add_heading("6 Framtid", 1)
    doc.add_paragraph(
        "Från 2026 samverkar nämnden med grannkommunerna i en gemensam överförmyndarnämnd. Förberedelserna "
        "har pågått under hösten 2025.")
    doc.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n in NAMNDER:
            w.writerow(n)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    build_bun()
    build_sn()
    build_kfn()
    build_tn()
    build_sbn_ebab()
    build_csv()
    build_reject()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
