#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 266 - Norrhärads kommun - theme: template residue.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, TableCellProperties, TableColumnProperties,
                       TableProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round266"
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Gymnasie- och arbetsmarknadsnämnden", "GAN|Gymnasie- och arbetsmarknadsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (TN, "TN|Tekniska förvaltningen|Teknik"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KoF"),
    (MBN, "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggförvaltningen"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VN, "VN|Valkansliet"),
    ("Norrhärads Bostäder AB", "NBAB|Bostadsbolaget|Norrhärads Bostäder"),
]

STATUS_LIST = ["Välj status", "Genomförd", "Genomförd med avvikelse", "Delvis genomförd",
               "Ej genomförd", "Utgår"]
AVV_LIST = ["Välj…", "Ja", "Nej"]

GREY_ITALIC = Font(name="Calibri", size=10, italic=True, color="808080")
BOLD = Font(name="Calibri", size=11, bold=True)
TITLE = Font(name="Calibri", size=14, bold=True)
INSTR = Font(name="Calibri", size=9, italic=True, color="1F4E79")
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
INSTR_FILL = PatternFill("solid", fgColor="FFF2CC")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_props(wb):
    wb.properties.creator = "Ekonomienheten"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def add_listor(wb, hidden=True, status=STATUS_LIST, avv=AVV_LIST, extra=None):
    ws = wb.create_sheet("Listor")
    ws["A1"] = "Status"
    ws["B1"] = "Avvikelse"
    for i, s in enumerate(status, start=2):
        ws.cell(row=i, column=1, value=s)
    for i, s in enumerate(avv, start=2):
        ws.cell(row=i, column=2, value=s)
    if extra:
        ws["C1"] = extra[0]
        for i, s in enumerate(extra[1], start=2):
            ws.cell(row=i, column=3, value=s)
    if hidden:
        ws.sheet_state = "hidden"
    return ws


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - the common template, helår, example rows + unfilled rows
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_IKP_2025_helar.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"
    ws["B3"] = "Helår 2025"
    ws["A4"] = "Upprättad av:"
    ws["B4"] = "Karin Sundqvist, controller"
    ws["E4"] = "Datum:"
    ws["F4"] = datetime.date(2026, 1, 28)
    ws["F4"].number_format = "yyyy-mm-dd"
    for c in ("A2", "A3", "A4", "E4"):
        ws[c].font = BOLD
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status",
            "Avvikelse (Ja/Nej)", "Kommentar / åtgärd", None, "Så här fyller du i"]
    for j, h in enumerate(head, start=1):
        if h is None:
            continue
        c = ws.cell(row=6, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL if j < 10 else INSTR_FILL
        c.border = BOX
        c.alignment = WRAP
    examples = [
        ["Ex.", "Ekonomi", "Exempel: Attest av fakturor enligt attestordningen",
         "Stickprov 20 fakturor per kvartal", "Ekonomichef", "Genomförd", "Nej",
         "Exempel: Inga avvikelser noterades."],
        ["Ex.", "HR", "Exempel: Korrekt inrapportering av övertid",
         "Stickprov 15 lönespecifikationer", "HR-chef", "Delvis genomförd", "Ja",
         "Exempel: 2 av 15 saknade attest av chef. Rutinen förtydligas."],
    ]
    rows = [
        [1, "Ekonomi", "Attest av leverantörsfakturor enligt gällande attestordning",
         "Stickprov 25 fakturor per halvår", "Redovisningsansvarig", "Genomförd", "Nej",
         "Stickprov 25 fakturor i juni och 25 i december. Samtliga korrekt attesterade.",
         "GENOMFORD", "nej"],
        [2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Genomgång av samtliga representationsfakturor kvartal 2 och 4", "Ekonomichef",
         "Genomförd med avvikelse", "Ja",
         "4 av 31 fakturor saknade deltagarförteckning. Påminnelse har skickats till samtliga chefer.",
         "GENOMFORD", "ja"],
        [3, "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys av leverantörsreskontra mot avtalsdatabasen", "Upphandlingschef",
         "Delvis genomförd", "Ja",
         "Analysen är gjord för första halvåret. Köp utanför avtal för 112 tkr hos två leverantörer. "
         "Andra halvåret analyseras i februari 2026.", "DELVIS", "ja"],
        [4, "Personal", "Löneutbetalningar till avslutade anställningar stoppas i tid",
         "Jämförelse avslutade anställningar mot lönekörning", "HR-chef", "Välj status", "Välj…",
         "Kontrollen genomförd i november, inga felaktiga utbetalningar hittades.",
         "GENOMFORD", "nej"],
        [5, "IT/informationssäkerhet",
         "Behörigheter i ekonomisystemet tas bort för medarbetare som slutat",
         "Uttag ur ekonomisystemet jämförs mot personalsystemet", "IT-chef", "Ej genomförd", "Välj…",
         "Ej genomförd på grund av systembyte. Flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""],
        [6, "Styrning", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av delegationslistor", "Kommunsekreterare", "Genomförd", "Nej",
         "Samtliga delegationsbeslut har anmälts.", "GENOMFORD", "nej"],
        [7, "Styrning", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 30 handlingar", "Registrator", "Utgår", None,
         "Utgår enligt beslut KS 2025-09-10 § 142, ersätts av kontroll inom e-arkivprojektet.",
         "UTGAR", ""],
        [8, "Säkerhet", "Krisledningsplanen är uppdaterad och övad under året",
         "Kontroll av revideringsdatum och övningsrapport", "Säkerhetssamordnare", "Välj status",
         "Välj…", None, "SAKNAS", ""],
    ]
    instr = {
        7: "Raden är ett exempel – ta bort exempelraderna innan du skickar in.",
        8: "Välj status i listan. Välj Ja i kolumn G om kontrollen visat fel eller brister.",
        9: "Skriv kontrollmomentet så som det står i den antagna planen.",
        10: "Vid avvikelse: beskriv vad som hittades och vilken åtgärd som vidtas.",
        12: "Status ”Utgår” kräver hänvisning till beslut.",
        17: "Lägg till fler rader vid behov. Tomma rader kan tas bort.",
    }
    r = 7
    for ex in examples:
        for j, v in enumerate(ex, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = GREY_ITALIC
            c.border = BOX
            c.alignment = WRAP
        r += 1
    for row in rows:
        for j, v in enumerate(row[:8], start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, KS, row[2], row[8], row[9])
        r += 1
    # unfilled template rows
    first_empty = r
    for n in range(9, 23):
        ws.cell(row=r, column=1, value=n)
        if n == 9:
            ws.cell(row=r, column=3, value="[Skriv kontrollmoment här]").font = GREY_ITALIC
        ws.cell(row=r, column=6, value="Välj status")
        ws.cell(row=r, column=7, value="Välj…")
        for j in range(1, 9):
            ws.cell(row=r, column=j).border = BOX
        r += 1
    for rr, t in instr.items():
        c = ws.cell(row=rr, column=10, value=t)
        c.font = INSTR
        c.fill = INSTR_FILL
        c.alignment = WRAP
    widths = {"A": 5, "B": 16, "C": 44, "D": 30, "E": 18, "F": 20, "G": 12, "H": 50, "I": 3, "J": 36}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    add_listor(wb)
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$7", allow_blank=True)
    dv2 = DataValidation(type="list", formula1="=Listor!$B$2:$B$4", allow_blank=True)
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)
    dv.add("F7:F40")
    dv2.add("G7:G40")
    ws.freeze_panes = "A7"
    ws.oddHeader.center.text = "Norrhärads kommun – Uppföljning internkontrollplan"
    # legend sheet
    lg = wb.create_sheet("Teckenförklaring", 1)
    lg["A1"] = "Teckenförklaring"
    lg["A1"].font = TITLE
    legend = [
        ("Genomförd", "Kontrollen är utförd enligt plan och inga fel hittades."),
        ("Genomförd med avvikelse", "Kontrollen är utförd, fel eller brister har hittats (beskriv i kommentar)."),
        ("Delvis genomförd", "Kontrollen är påbörjad eller bara en del av urvalet är kontrollerat."),
        ("Ej genomförd", "Kontrollen har inte utförts under perioden."),
        ("Utgår", "Kontrollen har strukits genom beslut eller är inte längre aktuell."),
        ("Välj status", "Standardvärde i mallen – ska ersättas."),
    ]
    for i, (a, b) in enumerate(legend, start=3):
        lg.cell(row=i, column=1, value=a).font = BOLD
        lg.cell(row=i, column=2, value=b)
    lg.column_dimensions["A"].width = 26
    lg.column_dimensions["B"].width = 80
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - "Nämndens namn" left in the template; file name tells. T1/delår/helår columns.
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_IK-uppfoljning_delar_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = TITLE
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Nämndens namn"
    ws["A3"] = "Förvaltning:"
    ws["B3"] = "<ange>"
    ws["A4"] = "Uppföljningstillfälle:"
    ws["B4"] = "Delår (jan–aug)"
    for c in ("A2", "A3", "A4"):
        ws[c].font = BOLD
    ws["B2"].font = Font(name="Calibri", size=12, bold=True)
    head = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Status T1", "Status delår",
            "Status helår", "Kommentar", "Så här fyller du i"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL if j < 9 else INSTR_FILL
        c.border = BOX
        c.alignment = WRAP
    fills = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "C6EFCE", "Delvis genomförd": "FFEB9C",
             "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
    ex = ["Exempel: Ekonomi", "Exempel: Felaktiga utbetalningar",
          "Exempel: Attest av fakturor enligt attestordningen", "Ekonomichef", "Genomförd",
          "Genomförd", "Välj…", "Exempel: Kontrollen visade inga fel.",
          "Exempelrad – skriv över eller ta bort."]
    for j, v in enumerate(ex, start=1):
        c = ws.cell(row=7, column=j, value=v)
        c.font = GREY_ITALIC if j < 9 else INSTR
        c.border = BOX
        c.alignment = WRAP
    V = "Välj…"
    rows = [
        ["Elevhälsa", "Journaler förs inte enligt patientdatalagen",
         "Journalgranskning av skolsköterskornas journaler, stickprov 10 per skola",
         "Verksamhetschef elevhälsa", V, "Genomförd", V,
         "Granskning gjord på 6 skolor, inga brister.", "GENOMFORD", "nej"],
        ["Skolskjuts", "Elever får inte skolskjuts enligt beslut",
         "Beslut om skolskjuts fattas enligt riktlinjerna och inom fyra veckor",
         "Skolskjutshandläggare", "Delvis genomförd", "Genomförd med avvikelse", V,
         "3 av 40 beslut tog längre tid än fyra veckor under våren.", "GENOMFORD", "ja"],
        ["Frånvaro", "Hög frånvaro uppmärksammas inte",
         "Rektor anmäler upprepad frånvaro till huvudmannen enligt rutin",
         "Skolchef", "Delvis genomförd", V, V,
         "Inventering påbörjad under våren.", "DELVIS", ""],
        ["Kränkande behandling", "Anmälningar hanteras inte skyndsamt",
         "Anmälan om kränkande behandling görs till huvudmannen inom fem dagar och utredning startas",
         "Skolchef", "Genomförd", "Ej genomförd", V,
         "Kontrollen kunde inte göras under sommaren på grund av byte av ärendesystem.",
         "EJ_GENOMFORD", ""],
        ["Ekonomi", "Felaktig debitering av barnomsorgsavgifter",
         "Avstämning av debiterad avgift mot inkomstuppgift, stickprov 30 hushåll",
         "Avgiftshandläggare", V, "Delvis genomförd", V,
         "15 av 30 hushåll kontrollerade, 2 felaktiga debiteringar har rättats.", "DELVIS", "ja"],
        ["Förskola", "Köregler följs inte",
         "Plats i förskola erbjuds inom fyra månader enligt skollagen",
         "Samordnande förskolechef", V, "Genomförd", V,
         "Samtliga placeringar erbjudna i tid.", "GENOMFORD", "nej"],
        ["Inköp", "Direktupphandling sker utan dokumentation",
         "Direktupphandlingar över 100 tkr dokumenteras",
         "Administrativ chef", V, "Utgår", V,
         "Kontrollen flyttad till kommunstyrelsens gemensamma kontroll.", "UTGAR", ""],
        ["Personal", "Registerutdrag saknas vid anställning",
         "Utdrag ur belastningsregistret kontrolleras före anställning",
         "HR-specialist", V, "Genomförd", V,
         "Stickprov 20 nyanställda inför höstterminen, 1 utdrag saknades – åtgärdat.",
         "GENOMFORD", "ja"],
        ["Informationssäkerhet", "Elevuppgifter sprids obehörigt",
         "Behörigheter i elevdokumentationssystemet följs upp",
         "Systemförvaltare", V, V, V, None, "SAKNAS", ""],
        ["Skolmåltider", "Specialkost serveras inte enligt intyg",
         "Rutin för specialkost följs på samtliga enheter",
         "Kostchef", V, V, V, "Se bilaga 2", "OKLAR", ""],
    ]
    instr = {8: "Välj status i listan för aktuell period. Lämna övriga perioder.",
             9: "Kommentar är obligatorisk vid Delvis och Ej genomförd.",
             11: "Grön = genomförd, gul = delvis, röd = ej genomförd (färgen sätts automatiskt)."}
    r = 8
    for row in rows:
        for j, v in enumerate(row[:8], start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if j in (5, 6, 7) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, BUN, row[2], row[8], row[9])
        r += 1
    for k in range(3):
        vals = ["[Skriv process]", "[Skriv risk]", "[Skriv kontrollmoment här]", "<ange>", V, V, V, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            if isinstance(v, str) and v.startswith("["):
                c.font = GREY_ITALIC
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rader som inte används kan tas bort. Spara filen som "
            "”Nämnd_IK-uppfoljning_period_år.xlsx”.").font = INSTR
    for rr, t in instr.items():
        c = ws.cell(row=rr, column=9, value=t)
        c.font = INSTR
        c.fill = INSTR_FILL
        c.alignment = WRAP
    widths = {"A": 18, "B": 30, "C": 46, "D": 22, "E": 16, "F": 20, "G": 14, "H": 46, "I": 34}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    add_listor(wb, status=["Välj…"] + STATUS_LIST[1:])
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$7", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E7:G30")
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# Word helpers: content controls with placeholder text
# ---------------------------------------------------------------------------
PH_TEXT = "Klicka eller tryck här för att ange text."
PH_DROP = "Välj ett objekt."
PH_DATE = "Klicka eller tryck här för att ange datum."
_sdt_id = [1000]


def ensure_placeholder_style(doc):
    try:
        doc.styles["Placeholder Text"]
    except KeyError:
        st = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def add_sdt(paragraph, value=None, kind="text", items=None, placeholder=None):
    """Append an inline content control to paragraph. value None -> shows placeholder."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if value is None:
        rpr0 = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "PlaceholderText")
        rpr0.append(rs)
        pr.append(rpr0)
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(idel)
    if value is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if kind == "drop":
        dd = OxmlElement("w:dropDownList")
        for it in items:
            li = OxmlElement("w:listItem")
            li.set(qn("w:displayText"), it)
            li.set(qn("w:value"), it)
            dd.append(li)
        pr.append(dd)
    elif kind == "date":
        d = OxmlElement("w:date")
        f = OxmlElement("w:dateFormat")
        f.set(qn("w:val"), "yyyy-MM-dd")
        d.append(f)
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "sv-SE")
        d.append(lid)
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    if value is None:
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "PlaceholderText")
        rpr.append(rs)
        run.append(rpr)
        txt = placeholder or {"drop": PH_DROP, "date": PH_DATE}.get(kind, PH_TEXT)
    else:
        txt = value
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = txt
    run.append(t)
    content.append(run)
    sdt.append(content)
    paragraph._p.append(sdt)


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fix_docx_props(doc):
    doc.core_properties.author = "Ekonomienheten"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Ekonomienheten"


def grey_italic_run(par, text):
    run = par.add_run(text)
    run.italic = True
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return run


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word template with content controls, tertial 2
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning internkontroll T2 2025.docx"
    doc = Document()
    ensure_placeholder_style(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Norrhärads kommun"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    p = doc.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Socialnämnden")
    p = doc.add_paragraph()
    p.add_run("Förvaltning: ").bold = True
    p.add_run("Socialförvaltningen")
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    add_sdt(p, None, kind="date")
    p = doc.add_paragraph()
    grey_italic_run(p, "Instruktion: Fyll i en rad per kontrollmoment i den antagna planen. Välj status "
                       "Genomförd, Delvis genomförd, Ej genomförd eller Utgår i listan. Ta bort exempelraden och "
                       "denna instruktion innan dokumentet skickas till ekonomienheten.")
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    hdr = ["Kontrollmoment", "Ansvarig", "Status", "Resultat och iakttagelser", "Åtgärd vid avvikelse"]
    for j, h in enumerate(hdr):
        c = tbl.rows[0].cells[j]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shading(c, "D9E1F2")
    items = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
    # example row
    ex = ["Exempel: Attest av fakturor enligt attestordningen", "Ekonomichef", "Genomförd",
          "Exempel: 20 fakturor granskade, inga fel.", "–"]
    cells = tbl.add_row().cells
    for j, v in enumerate(ex):
        grey_italic_run(cells[j].paragraphs[0], v)
    N = None
    rows = [
        ("Utredningstid för barnavårdsutredningar inom fyra månader enligt SoL", "Enhetschef barn och unga",
         "Delvis genomförd",
         "Stickprov maj–augusti: 34 av 41 utredningar klara inom fyra månader. 7 utredningar förlängdes "
         "utan beslut om förlängning.", "Påminnelse i verksamhetssystemet införs.", "DELVIS", "ja"),
        ("Skyddsbedömning av inkomna orosanmälningar görs samma dag eller senast nästkommande dag",
         "Enhetschef mottagning", "Genomförd",
         "Samtliga 212 anmälningar under perioden skyddsbedömda inom tidsgränsen.", N, "GENOMFORD", "nej"),
        ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef försörjning", N,
         "Kontrollen är genomförd. Granskning av 40 beslut visade att 2 beslut fattats av handläggare "
         "utan delegation.", "Delegationsordningen har förtydligats och handläggarna informerats.",
         "GENOMFORD", "ja"),
        ("Avgifter inom hemtjänsten debiteras enligt beslut och gällande taxa", "Avgiftshandläggare",
         "Ej genomförd", "Ej påbörjad, planeras till tertial 3.", N, "EJ_GENOMFORD", ""),
        ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut i särskilt boende",
         "Enhetschef äldreomsorg", N, N, N, "SAKNAS", ""),
        ("Läkemedelsavvikelser rapporteras och analyseras", "MAS", "Genomförd",
         "Kontrollen visade underrapportering på två enheter.", "Utbildning i avvikelserapportering under hösten.",
         "GENOMFORD", "ja"),
        ("Utbetalning av försörjningsstöd sker till rätt mottagare (kontroll av kontonummer)",
         "Ekonomichef socialförvaltningen", "Utgår",
         "Ersätts av automatiserad kontroll i verksamhetssystemet från juni.", N, "UTGAR", ""),
        ("Utdrag ur belastningsregistret kontrolleras vid anställning inom LSS-verksamheten", "HR-konsult",
         "Delvis genomförd",
         "Kontrollerat för sommarvikarierna, övriga nyanställda kontrolleras under tertial 3. "
         "Inga avvikelser hittills.", N, "DELVIS", "nej"),
        ("Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Kvalitetsstrateg",
         "Genomförd", "Tre rapporter under perioden, samtliga hanterade inom tid.", N, "GENOMFORD", "nej"),
    ]
    for km, ans, status, res, atg, es, ea in rows:
        cells = tbl.add_row().cells
        cells[0].paragraphs[0].add_run(km)
        cells[1].paragraphs[0].add_run(ans)
        add_sdt(cells[2].paragraphs[0], status, kind="drop", items=items)
        if res is None:
            add_sdt(cells[3].paragraphs[0], None)
        else:
            cells[3].paragraphs[0].add_run(res)
        if atg is None:
            add_sdt(cells[4].paragraphs[0], None)
        else:
            cells[4].paragraphs[0].add_run(atg)
        exp(fil, SN, km, es, ea)
    for k in range(2):   # empty template rows
        cells = tbl.add_row().cells
        add_sdt(cells[0].paragraphs[0], None)
        add_sdt(cells[1].paragraphs[0], None)
        add_sdt(cells[2].paragraphs[0], None, kind="drop", items=items)
        add_sdt(cells[3].paragraphs[0], None)
        add_sdt(cells[4].paragraphs[0], None)
    for row in tbl.rows:
        for j, w in enumerate([Cm(5.0), Cm(2.8), Cm(2.6), Cm(5.2), Cm(3.4)]):
            row.cells[j].width = w
    doc.add_paragraph()
    p = doc.add_paragraph("Sammanfattande bedömning: ")
    add_sdt(p, None)
    p = doc.add_paragraph("Socialförvaltningen, ")
    add_sdt(p, None)
    fix_docx_props(doc)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - ODS, code statuses with legend row, group headings, <ange> placeholders
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_IKP_uppfoljning_2025.ods"
    doc = OpenDocumentSpreadsheet()
    s_title = Style(name="title", family="table-cell")
    s_title.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    s_bold = Style(name="bold", family="table-cell")
    s_bold.addElement(TextProperties(fontweight="bold"))
    s_head = Style(name="head", family="table-cell")
    s_head.addElement(TextProperties(fontweight="bold"))
    s_head.addElement(TableCellProperties(backgroundcolor="#d9e1f2", border="0.5pt solid #a6a6a6",
                                          wrapoption="wrap"))
    s_grp = Style(name="grp", family="table-cell")
    s_grp.addElement(TextProperties(fontweight="bold", color="#ffffff"))
    s_grp.addElement(TableCellProperties(backgroundcolor="#44546a"))
    s_ex = Style(name="ex", family="table-cell")
    s_ex.addElement(TextProperties(fontstyle="italic", color="#808080"))
    s_ex.addElement(TableCellProperties(border="0.5pt solid #a6a6a6", wrapoption="wrap"))
    s_cell = Style(name="cell", family="table-cell")
    s_cell.addElement(TableCellProperties(border="0.5pt solid #a6a6a6", wrapoption="wrap",
                                          verticalalign="top"))
    s_instr = Style(name="instr", family="table-cell")
    s_instr.addElement(TextProperties(fontstyle="italic", color="#1f4e79", fontsize="9pt"))
    s_instr.addElement(TableCellProperties(backgroundcolor="#fff2cc", wrapoption="wrap"))
    s_hidden = Style(name="hiddentable", family="table")
    s_hidden.addElement(TableProperties(display="false"))
    s_show = Style(name="showtable", family="table")
    s_show.addElement(TableProperties(display="true"))
    colstyles = []
    for i, w in enumerate(["1.0cm", "3.0cm", "7.5cm", "5.5cm", "3.5cm", "2.2cm", "2.2cm", "7.0cm", "6.0cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        colstyles.append(cs)
    for s in [s_title, s_bold, s_head, s_grp, s_ex, s_cell, s_instr, s_hidden, s_show] + colstyles:
        doc.automaticstyles.addElement(s)

    def addrow(table, values, styles=None):
        tr = TableRow()
        for j, v in enumerate(values):
            st = styles[j] if isinstance(styles, list) else styles
            kw = {}
            if st is not None:
                kw["stylename"] = st
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        table.addElement(tr)

    t = Table(name="Uppföljning 2025", stylename=s_show)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    addrow(t, ["TEKNISKA NÄMNDEN"], [s_title])
    addrow(t, ["Internkontroll 2025 – helårsuppföljning"], [s_bold])
    addrow(t, ["Teckenförklaring: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   "
               "U = Utgår   Välj = ej ifyllt"], [s_instr])
    addrow(t, [])
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status (G/D/E/U)",
           "Avvikelse", "Kommentar", "Så här fyller du i"]
    addrow(t, hdr, [s_head] * 8 + [s_instr])
    addrow(t, [0, "Ekonomi", "Exempel: Attest av fakturor enligt attestordningen",
               "Stickprov 20 fakturor", "Controller", "G", "Nej", "Exempel: inga fel hittades.",
               "Exempelrad (grå) – ta bort innan inskick."], [s_ex] * 8 + [s_instr])
    A = "<ange>"
    groups = [
        ("FASTIGHET", [
            (1, "Fastighet", "Lagstadgade besiktningar (hiss, OVK, brandlarm) är utförda inom föreskrivet intervall",
             "Genomgång av besiktningsprotokoll i fastighetssystemet", "Fastighetschef", "D", "Ja",
             "OVK försenad i 3 av 46 byggnader, beställd till februari 2026.", "DELVIS", "ja",
             "Ange G, D, E eller U."),
            (2, "Fastighet", "Hyresavtal för externt inhyrda lokaler är uppdaterade och undertecknade",
             "Genomgång av samtliga inhyrningsavtal", "Lokalstrateg", "G", "Nej", "", "GENOMFORD", "nej",
             "Kommentar krävs vid D och E."),
        ]),
        ("GATA/PARK", [
            (3, "Gata/park", "Skadeståndsärenden hanteras inom fastställd handläggningstid",
             "Stickprov 15 ärenden", "Gatuchef", "G", "Ja",
             "2 ärenden handlades efter mer än åtta veckor.", "GENOMFORD", "ja", ""),
            (4, "Gata/park", "Vinterväghållningen följer avtalade insatstider",
             "Kontroll av entreprenörens körjournaler", "Driftchef", "E", A,
             "Entreprenörens körjournaler har inte levererats.", "EJ_GENOMFORD", "",
             "Avvikelse: Ja om kontrollen visat fel."),
            (5, "Gata/park", "Lekplatsbesiktning utförs årligen enligt SS-EN 1176",
             "Kontroll av besiktningsintyg", "Parkchef", "U", "",
             "Utgår – besiktningen upphandlas centralt från 2025.", "UTGAR", "", ""),
        ]),
        ("VA", [
            (6, "VA", "Provtagning av dricksvatten sker enligt kontrollprogrammet",
             "Jämförelse utförda prover mot kontrollprogrammet", "VA-chef", "G", "Nej",
             "Samtliga 148 planerade prover tagna.", "GENOMFORD", "nej", ""),
            (7, "VA", "Debitering av VA-avgifter stämmer med avläst mätarställning",
             "Stickprov 50 abonnenter", "Kundtjänst VA", "D", "Nej",
             "Halva urvalet kontrollerat, inga fel.", "DELVIS", "nej", ""),
            (8, "VA", "Behörigheter till driftövervakningssystemet följs upp",
             "Genomgång av användarkonton", "IT-samordnare VA", "Välj", A, A, "SAKNAS", "", ""),
        ]),
        ("EKONOMI", [
            (9, "Ekonomi", "Investeringsprojekt avslutas och aktiveras i tid",
             "Genomgång av projektlista mot anläggningsregistret", "Controller", "G", "Ja",
             "6 projekt var färdigställda men inte aktiverade, åtgärdat i december.", "GENOMFORD", "ja", ""),
            (10, "Ekonomi", "Drivmedelskort används endast för kommunens fordon",
             "Avstämning av drivmedelskort mot fordonsregistret", "Fordonssamordnare", "G", "Nej",
             "Inga avvikelser.", "GENOMFORD", "nej", ""),
            (11, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Controller", "G", "Nej", "Inga fel.", "GENOMFORD", "nej", ""),
        ]),
    ]
    for gname, rows in groups:
        addrow(t, [None, gname] + [None] * 6, [s_grp] * 8)
        for row in rows:
            addrow(t, list(row[:8]) + [row[10]], [s_cell] * 8 + [s_instr])
            exp(fil, TN, row[2], row[8], row[9])
    for n in range(12, 16):
        addrow(t, [n, A, A, A, A, "Välj", A, None], [s_cell] * 8)
    addrow(t, [])
    addrow(t, ["Beslutad av nämnden: <ange datum och §>"], [s_instr])
    doc.spreadsheet.addElement(t)
    lt = Table(name="Listor", stylename=s_hidden)
    for v in [["Status", "Avvikelse"], ["Välj", "<ange>"], ["G", "Ja"], ["D", "Nej"], ["E", ""], ["U", ""]]:
        addrow(lt, v)
    doc.spreadsheet.addElement(lt)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .xls with the template's Instruktion and Exempel sheets kept, T1
# ---------------------------------------------------------------------------
def file_kfn(tmp):
    fil = "Kultur_fritid_IK_T1_2025.xls"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion – uppföljning av internkontrollplan"
    ins["A1"].font = TITLE
    lines = [
        "1. Fyll i bladet ”Uppföljning”. Bladet ”Exempel” visar hur en ifylld rad kan se ut.",
        "2. Skriv nämndens namn och period i rubriken.",
        "3. Välj status i listan: Genomförd, Delvis genomförd, Ej genomförd eller Utgår.",
        "4. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister och beskriv åtgärden.",
        "5. Skicka filen till ekonomienheten senast fem arbetsdagar efter periodens slut.",
    ]
    for i, l in enumerate(lines, start=3):
        ins.cell(row=i, column=1, value=l)
    ins.column_dimensions["A"].width = 100

    exs = wb.create_sheet("Exempel")
    exs["A1"] = "Nämndens namn"
    exs["A1"].font = TITLE
    exs["A2"] = "Uppföljning internkontrollplan 20XX, period"
    head = ["Kontrollmoment", "Riskvärde", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    for j, h in enumerate(head, start=1):
        c = exs.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
    exr = [
        ["Exempel: Attest av fakturor enligt attestordningen", 6, "Ekonomichef", "Genomförd", "Nej",
         "Exempel: 20 fakturor granskade, inga fel."],
        ["Exempel: Kontanthantering i kassa stäms av dagligen", 9, "Enhetschef", "Delvis genomförd", "Ja",
         "Exempel: differenser i två av tio dagskassor."],
        ["Exempel: Inventering av stöldbegärlig utrustning", 4, "Verksamhetschef", "Ej genomförd", "",
         "Exempel: flyttas till nästa period."],
    ]
    for i, row in enumerate(exr, start=5):
        for j, v in enumerate(row, start=1):
            exs.cell(row=i, column=j, value=v).font = GREY_ITALIC
    for k, w in {"A": 50, "B": 10, "C": 18, "D": 18, "E": 11, "F": 45}.items():
        exs.column_dimensions[k].width = w

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning internkontrollplan 2025, tertial 1 (jan–apr)"
    ws["A2"].font = BOLD
    head = ["Kontrollmoment", "Riskvärde (S×K)", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    V, A = "Välj status", "Välj…"
    rows = [
        ["Kontanthantering i simhallens kassa – dagskassor stäms av mot kassasystemet", 9, "Badchef",
         "Genomförd", "Ja", "Differens på 1 450 kr i februari, utredd och förklarad.", "GENOMFORD", "ja"],
        ["Föreningsbidrag betalas ut enligt gällande regler och med korrekt underlag", 12,
         "Föreningskonsulent", "Delvis genomförd", "Nej",
         "Aktivitetsbidrag för våren kontrollerat, lokalbidrag återstår.", "DELVIS", "nej"],
        ["Inköp av biblioteksmedier sker enligt avtal", 4, "Bibliotekschef", "Genomförd", "Nej", None,
         "GENOMFORD", "nej"],
        ["Bokningar av idrottshallar faktureras korrekt", 6, "Bokningsansvarig", V, A,
         "Ej påbörjad, görs under T2.", "EJ_GENOMFORD", ""],
        ["Registerutdrag kontrolleras för ledare i kommunens lovverksamhet", 8, "Fritidschef", V, A, None,
         "SAKNAS", ""],
        ["Konstsamlingens inventarieförteckning är aktuell", 3, "Kulturchef", "Utgår", None,
         "Avbruten genom beslut KFN 2025-03-18 § 21.", "UTGAR", ""],
        ["Hyresavtal för föreningslokaler följs upp mot faktiska nyttjare", 6, "Fritidschef", "Ej genomförd",
         None, "Resursbrist under perioden.", "EJ_GENOMFORD", ""],
    ]
    r = 5
    for row in rows:
        for j, v in enumerate(row[:6], start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, KFN, row[0], row[6], row[7])
        r += 1
    for k in range(2):
        ws.cell(row=r, column=1, value="[Skriv kontrollmoment här]").font = GREY_ITALIC
        ws.cell(row=r, column=4, value=V)
        ws.cell(row=r, column=5, value=A)
        for j in range(1, 7):
            ws.cell(row=r, column=j).border = BOX
        r += 1
    for k, w in {"A": 55, "B": 14, "C": 20, "D": 18, "E": 11, "F": 50}.items():
        ws.column_dimensions[k].width = w
    add_listor(wb)
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$7", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("D5:D30")
    wb.active = 2
    fix_props(wb)
    src = os.path.join(tmp, "Kultur_fritid_IK_T1_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", OUT)
    FILES.append((fil, "INLAST", KFN, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnämnden - Word, one table per process, ☐/☒ tick columns,
#    nämnd only in page header (body keeps the template placeholder), delår
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "Miljö- och byggnämnden - uppföljning intern kontroll delår 2025.docx"
    doc = Document()
    ensure_placeholder_style(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Miljö- och byggnämnden\tSamhällsbyggnadsförvaltningen\t2025"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=1)
    p = doc.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    add_sdt(p, None)
    p = doc.add_paragraph()
    p.add_run("Handläggare: ").bold = True
    p.add_run("Anders Lindqvist, nämndsekreterare")
    # instruction box (a one-cell table) left in the document
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.rows[0].cells[0]
    set_cell_shading(c, "FFF2CC")
    c.paragraphs[0].add_run("Så här fyller du i").bold = True
    for line in ["Markera med ☒ i den kolumn som stämmer för varje kontrollmoment. Endast en markering per rad.",
                 "Skriv kommentar vid Delvis och Ej genomförd samt när avvikelser hittats.",
                 "Ta bort denna ruta innan dokumentet skickas in."]:
        pp = c.add_paragraph()
        grey_italic_run(pp, line)
    X, O = "☒", "☐"
    sections = [
        ("Process: Myndighetsutövning bygglov", [
            ("Bygglov handläggs inom lagstadgad tid (tio veckor) enligt PBL", (O, X, O, O),
             "12 av 96 ärenden överskred tiden, avgiften har reducerats enligt PBL.", "DELVIS", "ja"),
            ("Delegationsbeslut inom bygglov anmäls till nämnden", (X, O, O, O),
             "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
            ("Avgifter för bygglov debiteras enligt taxa", (X, O, O, O),
             "Stickprov 20 ärenden, 1 felaktig debitering har rättats.", "GENOMFORD", "ja"),
        ]),
        ("Process: Miljötillsyn", [
            ("Tillsynsplanen följs – planerade inspektioner genomförs", (O, X, O, O),
             "62 % av årets planerade inspektioner genomförda per 31 augusti.", "DELVIS", ""),
            ("Handläggare har lämnat jävsdeklaration", (O, O, O, O), None, "SAKNAS", ""),
            ("Timavgift för tillsyn debiteras efter utförd tillsyn", (X, O, X, O),
             "Se kommentar i delårsrapporten.", "OKLAR", ""),
        ]),
        ("Process: Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", (X, O, O, O),
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Allmänna handlingar diarieförs enligt dokumenthanteringsplanen", (O, O, X, O),
             "Kontrollen flyttas till hösten på grund av vakans.", "EJ_GENOMFORD", ""),
            ("Utlämnande av allmän handling sker skyndsamt", (O, O, O, X),
             "Utgår, ingår i kommunstyrelsens gemensamma kontroll.", "UTGAR", ""),
        ]),
    ]
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Utgår", "Kommentar"]
    widths = [Cm(6.0), Cm(1.8), Cm(1.5), Cm(1.8), Cm(1.4), Cm(5.5)]
    for si, (title, rows) in enumerate(sections):
        doc.add_paragraph()
        doc.add_heading(title, level=2)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for j, h in enumerate(hdr):
            cc = tbl.rows[0].cells[j]
            cc.paragraphs[0].add_run(h).bold = True
            set_cell_shading(cc, "E2EFDA")
        for km, marks, kom, es, ea in rows:
            cells = tbl.add_row().cells
            cells[0].paragraphs[0].add_run(km)
            for j, m in enumerate(marks, start=1):
                cells[j].paragraphs[0].add_run(m)
            if kom is None:
                add_sdt(cells[5].paragraphs[0], None)
            else:
                cells[5].paragraphs[0].add_run(kom)
            exp(fil, MBN, km, es, ea)
        if si == len(sections) - 1:
            cells = tbl.add_row().cells
            grey_italic_run(cells[0].paragraphs[0], "[Skriv kontrollmoment här]")
            for j in range(1, 5):
                cells[j].paragraphs[0].add_run(O)
            add_sdt(cells[5].paragraphs[0], None)
        for row in tbl.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Samlad bedömning: ").bold = True
    p.add_run("Den interna kontrollen bedöms i huvudsak fungera. Åtgärder pågår för handläggningstider inom bygglov.")
    fix_docx_props(doc)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. ÖFN + Valnämnden - the common template saved as CSV by the kansli, two nämnder
# ---------------------------------------------------------------------------
def file_csv():
    fil = "IK_uppfoljning_helar_2025_OFN_VN.csv"
    V, A = "Välj status", "Välj…"
    lines = [
        ["Uppföljning av internkontrollplan 2025", "", "", "", "", "", "", ""],
        ["Period:", "Helår", "", "", "", "", "", ""],
        ["Nämnd:", "Överförmyndarnämnden och Valnämnden (gemensamt kansli)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Nr", "Nämnd", "Kontrollmoment", "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar",
         "Så här fyller du i"],
        ["Ex.", "Nämndens namn", "Exempel: Attest av fakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Nej", "Exempel: Inga avvikelser.", "Raden är ett exempel – ta bort den."],
    ]
    rows = [
        ("1", OFN, "Årsräkningar granskas inom sex månader från inlämnande", "Enhetschef överförmyndarenheten",
         "Genomförd", "Ja", "94 % granskade inom tid, 11 ärenden försenade på grund av kompletteringar.",
         "Välj status i listan.", "GENOMFORD", "ja"),
        ("2", OFN, "Arvoden till gode män och förvaltare beslutas enligt nämndens riktlinjer", "Handläggare",
         "Genomförd", "Nej", "", "", "GENOMFORD", "nej"),
        ("3", OFN, "Spärrade konton i förvaltarskapsärenden kontrolleras mot bankens uppgifter", "Handläggare",
         "Delvis genomförd", "Nej", "Stickprov 10 av planerade 20 ärenden.", "", "DELVIS", "nej"),
        ("4", OFN, "Registerkontroll görs av nya ställföreträdare", "Enhetschef överförmyndarenheten",
         V, A, "Gjord för samtliga 23 nya gode män, inga anmärkningar.",
         "Kommentar obligatorisk vid avvikelse.", "GENOMFORD", "nej"),
        ("5", OFN, "Akter arkiveras enligt dokumenthanteringsplanen", "Administratör", "Ej genomförd", "",
         "Har inte hunnits med under året.", "", "EJ_GENOMFORD", ""),
        ("6", VN, "Vallokaler inventeras avseende tillgänglighet inför valen 2026", "Valsamordnare",
         "Genomförd", "Ja", "Tre lokaler saknar ramp, ersättningslokaler är bokade.", "", "GENOMFORD", "ja"),
        ("7", VN, "Röstmottagare rekryteras och utbildas enligt tidplan", "Valsamordnare", "Delvis genomförd",
         "Nej", "Rekryteringen är klar, utbildningen genomförs våren 2026.", "", "DELVIS", "nej"),
        ("8", VN, "Valsedlar och valmaterial hanteras enligt säkerhetsrutinen", "Valsamordnare", "Utgår", "",
         "Ej aktuellt under 2025, inget val genomförs.", "", "UTGAR", ""),
    ]
    for r in rows:
        lines.append(list(r[:8]))
        exp(fil, r[1], r[2], r[8], r[9])
    lines.append(["9", "", "[Skriv kontrollmoment här]", "<ange>", V, A, "", ""])
    for n in (10, 11, 12):
        lines.append([str(n), "", "", "", V, A, "", ""])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", VN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: the blank template itself, returned by mistake (only example rows and defaults)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Mall - Uppföljning internkontrollplan 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Nämndens namn"
    ws["A3"] = "Period:"
    ws["B3"] = "Välj period"
    ws["A4"] = "Upprättad av:"
    ws["B4"] = "<ange>"
    ws["E4"] = "Datum:"
    ws["F4"] = "<ange>"
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status",
            "Avvikelse (Ja/Nej)", "Kommentar / åtgärd", None, "Så här fyller du i"]
    for j, h in enumerate(head, start=1):
        if h is None:
            continue
        c = ws.cell(row=6, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL if j < 10 else INSTR_FILL
        c.border = BOX
    examples = [
        ["Ex.", "Ekonomi", "Exempel: Attest av fakturor enligt attestordningen",
         "Stickprov 20 fakturor per kvartal", "Ekonomichef", "Genomförd", "Nej",
         "Exempel: Inga avvikelser noterades."],
        ["Ex.", "HR", "Exempel: Korrekt inrapportering av övertid",
         "Stickprov 15 lönespecifikationer", "HR-chef", "Delvis genomförd", "Ja",
         "Exempel: 2 av 15 saknade attest av chef. Rutinen förtydligas."],
    ]
    r = 7
    for ex in examples:
        for j, v in enumerate(ex, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = GREY_ITALIC
            c.border = BOX
        r += 1
    for n in range(1, 21):
        ws.cell(row=r, column=1, value=n)
        if n == 1:
            ws.cell(row=r, column=3, value="[Skriv kontrollmoment här]").font = GREY_ITALIC
        ws.cell(row=r, column=6, value="Välj status")
        ws.cell(row=r, column=7, value="Välj…")
        for j in range(1, 9):
            ws.cell(row=r, column=j).border = BOX
        r += 1
    ws["J7"] = "Raden är ett exempel – ta bort exempelraderna innan du skickar in."
    ws["J8"] = "Välj status i listan. Välj Ja i kolumn G om kontrollen visat fel eller brister."
    ws["J9"] = "Skriv kontrollmomentet så som det står i den antagna planen."
    for c in ("J7", "J8", "J9"):
        ws[c].font = INSTR
        ws[c].fill = INSTR_FILL
    for k, w in {"A": 5, "B": 16, "C": 44, "D": 30, "E": 18, "F": 20, "G": 12, "H": 50, "J": 36}.items():
        ws.column_dimensions[k].width = w
    add_listor(wb, extra=("Period", ["Välj period", "Tertial 1", "Delår", "Tertial 2", "Helår"]))
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$7", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F7:F40")
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            for v in row:
                assert ";" not in v and "\n" not in v, v
            f.write(";".join(row) + "\n")


def main():
    tmp = tempfile.mkdtemp(prefix="r266_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_tn()
        file_kfn(tmp)
        file_mbn()
        file_csv()
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
