#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r539 - Varbergs kommun, helår 2025, with "Kvarstående från 2024" controls.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
directly in this folder. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import re
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def path(name):
    return os.path.join(HERE, name)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fixprops(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsnämnden - xlsx with sections "Kontroller 2025" and
#    "Kvarstående från 2024"; the second section has two status columns (2024, 2025)
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_Uppfoljning_IKP_helar_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fixprops(wb, "Anna Lindqvist")
    ws = wb.active
    ws.title = "Uppföljning helår"
    widths = {"A": 7, "B": 18, "C": 26, "D": 52, "E": 22, "F": 18, "G": 20, "H": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "Barn- och utbildningsnämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Period: helår (januari–december 2025). Behandlas i nämnden 2026-02-12."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")

    sec_fill = PatternFill("solid", fgColor="1F4E78")
    hdr_fill = PatternFill("solid", fgColor="D9E1F2")
    status_fill = {
        "Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C",
        "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9",
    }

    def section(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = sec_fill

    def header(row, cols):
        for i, h in enumerate(cols, 1):
            c = ws.cell(row=row, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = hdr_fill
            c.border = BORDER
            c.alignment = WRAP

    def datarow(row, vals, status_col):
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        st = vals[status_col - 1]
        if st in status_fill:
            ws.cell(row=row, column=status_col).fill = PatternFill("solid", fgColor=status_fill[st])

    r = 4
    section(r, "Kontroller 2025")
    r += 1
    header(r, ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
               "Status helår", "Kommentar / resultat"])
    rows2025 = [
        ("1.1", "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller BUF", "Två gånger per år", "Genomförd",
         "Stickprov på 40 fakturor (maj och november). Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Inköp utanför avtal",
         "Kontroll av att inköp sker från upphandlade leverantörer",
         "Inköpssamordnare", "Årligen", "Genomförd med avvikelse",
         "6 av 30 granskade inköp gjordes utanför avtal (läromedel och förbrukningsmaterial).\n"
         "Information har gått ut till samtliga rektorer.", "GENOMFORD", "ja"),
        ("2.1", "Elevhälsa", "Bristande journalföring",
         "Kontroll av att elevhälsans journaler förs enligt patientdatalagen",
         "Verksamhetschef elevhälsa", "Årligen", "Delvis genomförd",
         "Granskning gjord för skolsköterskor (20 journaler). Kuratorernas dokumentation granskas VT 2026.",
         "DELVIS", ""),
        ("2.2", "Skolplikt", "Elever med hög frånvaro uppmärksammas inte",
         "Uppföljning av att frånvarorutinen tillämpas vid upprepad ogiltig frånvaro",
         "Skolchef grundskola", "Tertialvis", "Genomförd",
         "Rutinen följs på 9 av 10 skolor. En skola har inte gjort anmälan till elevhälsan i tid; "
         "åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("3.1", "Personal", "Olämplig person anställs",
         "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "HR-specialist", "Två gånger per år", "Genomförd",
         "Samtliga 52 nyanställningar kontrollerade, inga brister.", "GENOMFORD", "nej"),
        ("3.2", "Personal", "Brister i arbetsmiljön",
         "Kontroll av att det systematiska arbetsmiljöarbetet (SAM) följs upp på varje enhet",
         "HR-strateg", "Årligen", "Ej genomförd",
         "Skjuts till 2026 på grund av omorganisationen av förvaltningens stödfunktioner.",
         "EJ_GENOMFORD", ""),
        ("4.1", "Skolskjuts", "Felaktiga beslut",
         "Stickprov av beslut om skolskjuts mot gällande riktlinjer",
         "Skolskjutshandläggare", "Årligen", "Genomförd",
         "25 beslut granskade, samtliga korrekta.", "GENOMFORD", "nej"),
        ("4.2", "Informationssäkerhet", "Otillbörlig åtkomst",
         "Behörighetskontroll i elevdokumentationssystemet",
         "Systemförvaltare", "Två gånger per år", "", "", "SAKNAS", ""),
    ]
    for vals in rows2025:
        r += 1
        datarow(r, vals[:8], 7)
        exp(fil, N, vals[3], vals[8], vals[9])

    r += 2
    section(r, "Kvarstående från 2024")
    r += 1
    ws.cell(row=r, column=1,
            value="Kontroller i internkontrollplan 2024 som inte slutfördes under 2024 och som följs upp under 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).font = Font(italic=True)
    r += 1
    header(r, ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig",
               "Status vid helår 2024", "Status helår 2025", "Kommentar 2025"])
    rowsk = [
        ("K1", "Ekonomi", "Felaktig representation",
         "Kontroll av att representation redovisas med syfte och deltagare",
         "Controller BUF", "Ej genomförd", "Genomförd",
         "Kontroll gjord i oktober 2025. 2 av 15 underlag saknade deltagarförteckning; kompletterat.",
         "GENOMFORD", "ja"),
        ("K2", "Dokumenthantering", "Beslut kan inte återsökas",
         "Kontroll av att beslut om särskilt stöd och åtgärdsprogram diarieförs",
         "Skolchef gymnasium", "Delvis genomförd", "Delvis genomförd",
         "Grundskolan klar utan anmärkning. Gymnasiet kontrolleras VT 2026.", "DELVIS", ""),
        ("K3", "Personal", "Otillåtna bisysslor",
         "Kontroll av att bisysslor anmäls och prövas årligen",
         "HR-specialist", "Ej påbörjad", "Utgår",
         "Ingår i den kommungemensamma kontrollen som kommunstyrelsen genomför 2025.", "UTGAR", ""),
        ("K4", "Kost", "Allergiska reaktioner",
         "Kontroll av att specialkost hanteras enligt rutin i skolrestaurangerna",
         "Kostchef", "Delvis genomförd", "", "", "SAKNAS", ""),
    ]
    for vals in rowsk:
        r += 1
        datarow(r, vals[:8], 7)
        ws.cell(row=r, column=6).fill = PatternFill(None)
        exp(fil, N, vals[3], vals[8], vals[9])

    r += 2
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara "
                                   "tillräcklig. Avvikelserna hanteras i förvaltningens förbättringsarbete.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 2
    ws.cell(row=r, column=1, value="Anna Lindqvist, förvaltningschef barn- och utbildningsförvaltningen")
    ws.freeze_panes = "A4"
    ws.print_title_rows = "1:2"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word table Kontrollområde | Kontrollmoment | Utfört av | Datum |
#    Resultat | Status, with a merged row "Kvarstående från 2024" inside the table
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def fixdocprops(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def file_sn():
    fil = "Socialnämnden IK uppföljning helår 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    fixdocprops(d, "Maria Ekström")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "VARBERGS KOMMUN\tSocialförvaltningen\tDnr SN 2025/0412"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=1)
    d.add_paragraph("Socialnämnden").runs[0].bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplan för 2025 den 22 januari 2025 (§ 9). Planen omfattar sju "
        "kontrollmoment. Därutöver följs de kontroller upp som inte slutfördes under 2024. Nedan redovisas "
        "resultatet per den 31 december 2025.")
    d.add_paragraph(
        "Statusbegrepp: Genomförd, Genomförd med avvikelse, Pågår, Ej påbörjad, Utgår.").runs[0].italic = True

    cols = ["Kontrollområde", "Kontrollmoment", "Utfört av", "Datum", "Resultat", "Status"]
    rows = [
        ("Ekonomiskt bistånd",
         "Stickprov av utbetalningar av ekonomiskt bistånd – att beslut finns och att belopp stämmer med beslut",
         "Enhetschef försörjningsstöd", "2025-11-20",
         "30 akter granskade.\nI två fall saknades signerat beslut vid utbetalning; rättat och "
         "rutinen förtydligad på APT.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Myndighetsutövning",
         "Kontroll av att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Kvalitetsutvecklare IFO", "2025-12-05",
         "Samtliga 64 utredningar avslutade inom fyra månader eller med dokumenterat beslut om förlängning.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Hot och våld",
         "Kontroll av att handlingsplanen vid hot och våld är känd och har gåtts igenom på APT i samtliga verksamheter",
         "Säkerhetssamordnare", "2025-10-15",
         "Genomgång gjord i 34 av 41 verksamheter.\nResterande planeras under första kvartalet 2026.",
         "Pågår", "DELVIS", ""),
        ("Läkemedel",
         "Kontroll av läkemedelshantering i hemtjänsten (signeringslistor och avvikelserapportering)",
         "MAS", "2025-09-30",
         "Egenkontroll genomförd i samtliga hemtjänstgrupper. Brister i signering i två grupper; "
         "åtgärdsplan upprättad.", "Genomförd", "GENOMFORD", "ja"),
        ("Upphandling",
         "Kontroll av att köp av externa placeringar sker enligt ramavtal",
         "Controller", "–",
         "Ej genomförd på grund av vakans under hösten.", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet",
         "Logguppföljning i verksamhetssystemet för socialtjänsten",
         "Systemförvaltare", "2025-06-12\n2025-12-10",
         "Två loggkontroller gjorda (40 slumpvis valda användare). Ingen otillbörlig åtkomst upptäckt.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Lex Sarah",
         "Kontroll av att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO inom fastställd tid",
         "Kvalitetsutvecklare", "",
         "Se bilaga 2.", "", "OKLAR", ""),
    ]
    rowsk = [
        ("Avgifter",
         "Kontroll av att avgiftsbeslut inom äldreomsorgen är korrekt beräknade",
         "Avgiftshandläggare", "2025-05-20",
         "20 beslut kontrollerade. Ett beslut hade felaktigt beräknat förbehållsbelopp (för låg avgift); rättat.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Personal",
         "Kontroll av att introduktion av timavlönade följer förvaltningens checklista",
         "HR-konsult", "–",
         "Kontrollen avbröts genom beslut i socialnämnden 2025-04-23 § 58 då en ny introduktionsrutin införs.",
         "Utgår", "UTGAR", ""),
        ("Bemanning",
         "Kontroll av att arbetstidslagens regler om dygnsvila följs vid schemaläggning",
         "Enhetschef bemanningsenheten", "2025-12-18",
         "Kontroll gjord i två av fem områden (Centrum och Norr).", "Delvis genomförd", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    widths = [Cm(2.8), Cm(4.8), Cm(2.6), Cm(2.0), Cm(4.6), Cm(2.4)]
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for r in rows:
        cells = t.add_row().cells
        for i in range(6):
            set_cell(cells[i], r[i])
        exp(fil, N, r[1], r[6], r[7])
    row = t.add_row()
    m = row.cells[0].merge(row.cells[5])
    set_cell(m, "Kvarstående från 2024", bold=True, size=10)
    shade(m, "E7E6E6")
    for r in rowsk:
        cells = t.add_row().cells
        for i in range(6):
            set_cell(cells[i], r[i])
        exp(fil, N, r[1], r[6], r[7])
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning lex Sarah 2025 (separat dokument).")
    d.add_paragraph("Varberg 2026-01-28")
    d.add_paragraph("Maria Ekström\nSocialchef")
    d.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden - xlsx, statuses Klar / Klar med anmärkning /
#    Ej klar / Stryks, legend above table, column "Ursprung" marks kvarstående rows
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN internkontroll 2025 helår.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fixprops(wb, "Karin Nyström")
    ws = wb.active
    ws.title = "Helår 2025"
    for k, v in {"A": 20, "B": 18, "C": 50, "D": 26, "E": 20, "F": 20, "G": 55}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Internkontroll 2025 – Kultur- och fritidsnämnden"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning helår, avstämd 2026-01-15"
    ws["A4"] = "Statusförklaring"
    ws["A4"].font = Font(bold=True)
    legend = [
        ("Klar", "Kontrollen är genomförd utan anmärkning", "C6EFCE"),
        ("Klar med anmärkning", "Kontrollen är genomförd, brister har noterats", "FFEB9C"),
        ("Ej klar", "Kontrollen är inte genomförd eller pågår fortfarande", "FFC7CE"),
        ("Stryks", "Kontrollen utgår ur planen", "D9D9D9"),
    ]
    fills = {}
    for i, (k, txt, col) in enumerate(legend):
        c = ws.cell(row=5 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=col)
        ws.cell(row=5 + i, column=2, value=txt)
        fills[k] = col
    hr = 10
    hdr = ["Ursprung", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.border = BORDER
    ws.auto_filter.ref = "A%d:G%d" % (hr, hr + 10)
    rows = [
        ("IKP 2025", "Kassahantering",
         "Kontroll av kassahantering och dagskassor på biblioteket och simhallen",
         "Oanmäld kassainventering två gånger per år", "Enhetschef", "Klar",
         "Två inventeringar (april, oktober). Inga differenser.", "GENOMFORD", "nej"),
        ("IKP 2025", "Bidrag",
         "Kontroll av att föreningsbidrag betalas ut enligt beslutade riktlinjer",
         "Stickprov 15 ansökningar", "Bidragshandläggare", "Klar med anmärkning",
         "I tre fall saknades verksamhetsberättelse men bidrag betalades ut. Rutin för komplettering införd.",
         "GENOMFORD", "ja"),
        ("IKP 2025", "Bokning och uthyrning",
         "Kontroll av att uthyrning av lokaler och idrottsanläggningar faktureras",
         "Avstämning bokningssystem mot fakturering", "Bokningsansvarig", "Klar",
         "Avstämning för mars och september, samtliga bokningar fakturerade.", "GENOMFORD", "nej"),
        ("IKP 2025", "Inventarier",
         "Inventering av utlånade instrument och teknisk utrustning i kulturskolan",
         "Inventering mot inventarieförteckning", "Rektor kulturskolan", "Ej klar",
         "Påbörjad i november, ungefär hälften av beståndet är inventerat. Slutförs mars 2026.",
         "DELVIS", ""),
        ("IKP 2025", "Personal",
         "Kontroll av att utdrag ur belastningsregistret begärs för personal i barn- och ungdomsverksamhet",
         "Stickprov 10 anställningar", "HR-partner", "Klar",
         "Samtliga kontrollerade anställningar hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("IKP 2025", "Upphandling",
         "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av leverantörsreskontra", "Controller", "Ej klar",
         "Har inte genomförts under året. Prioriteras 2026.", "EJ_GENOMFORD", ""),
        ("IKP 2025", "Evenemang",
         "Kontroll av att skriftliga avtal med externa arrangörer finns före evenemang",
         "Stickprov", "Evenemangssamordnare", "Stryks",
         "Evenemangsverksamheten har flyttats till kommunstyrelsen från 1 april 2025.", "UTGAR", ""),
        ("Kvarstående från 2024", "Sponsring",
         "Kontroll av att sponsringsavtal följer kommunens riktlinje för sponsring",
         "Genomgång av samtliga avtal", "Controller", "Klar",
         "8 avtal granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kvarstående från 2024", "Informationssäkerhet",
         "Kontroll av behörigheter i bokningssystemet",
         "Behörighetsgenomgång", "Systemförvaltare", "Ej klar",
         "Inte genomförd. Avvaktar nytt bokningssystem med driftstart 2026.", "EJ_GENOMFORD", ""),
        ("Kvarstående från 2024", "Dokumenthantering",
         "Kontroll av att allmänna handlingar i föreningsärenden diarieförs",
         "Stickprov 20 ärenden", "Registrator", "Klar med anmärkning",
         "4 av 20 ärenden saknade diarieförda ansökningshandlingar. Utbildning för handläggare genomförd.",
         "GENOMFORD", "ja"),
    ]
    r = hr
    for vals in rows:
        r += 1
        for i, v in enumerate(vals[:7], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[vals[5]])
        exp(fil, N, vals[2], vals[7], vals[8])
    r += 2
    ws.cell(row=r, column=1, value="Antal kontroller: 10, varav 3 kvarstående från 2024.")
    ws.cell(row=r + 1, column=1, value="Godkänd av kultur- och fritidsnämnden 2026-02-05 § 7.")
    ws.freeze_panes = "A11"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Miljö- och hälsoskyddsnämnden - old .xls (xlwt), code statuses explained on a
#    legend sheet; Delår and Helår columns; "*" in Nr marks kvarstående from 2024
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "MHN_IKP_uppf_2025.xls"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    lg = wb.add_sheet("Teckenförklaring")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Miljö- och hälsoskyddsnämnden", title)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025")
    ws.write(2, 0, "Statuskoder, se fliken Teckenförklaring. * = kvarstående kontroll från 2024.")
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Omfattning", "Delår (aug)", "Helår", "Kommentar helår"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, bold)
    for i, w in enumerate([6, 55, 22, 22, 11, 9, 55]):
        ws.col(i).width = w * 256
    rows = [
        ("1", "Kontroll av att avgifter för tillsyn enligt miljöbalken debiteras enligt taxa",
         "Enhetschef miljöskydd", "Stickprov 20 ärenden", "P", "G",
         "Samtliga 20 ärenden korrekt debiterade.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att livsmedelskontroller genomförs enligt fastställd kontrollplan",
         "Enhetschef livsmedel", "Uppföljning av kontrollplanen", "P", "GA",
         "91 % av planerade kontroller genomförda. Underskottet beror på sjukskrivningar; "
         "kontrollerna flyttas till 2026.", "GENOMFORD", "ja"),
        ("3", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Samtliga beslut", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Kontroll av handläggningstider för ansökan om enskilt avlopp",
         "Handläggare VA", "Stickprov 15 ärenden", "P", "P",
         "Ärenden första halvåret granskade. Andra halvåret återstår.", "DELVIS", ""),
        ("5", "Kontroll av att jävsprövning dokumenteras inför tillsynsbesök",
         "Miljöchef", "Stickprov 10 ärenden", "P", "", "", "DELVIS", ""),
        ("6*", "Kontroll av att klagomålsärenden registreras och besvaras inom 14 dagar",
         "Enhetschef hälsoskydd", "Samtliga klagomål", "E", "E",
         "Ej genomförd under 2025 heller, resursbrist.", "EJ_GENOMFORD", ""),
        ("7*", "Kontroll av att timavgift faktureras inom 30 dagar efter avslutad handläggning",
         "Administratör", "Stickprov", "U", "U",
         "Ersätts av ny taxemodell med förskottsavgift från 2025-01-01.", "UTGAR", ""),
        ("8*", "Kontroll av att sekretessmarkerade handlingar hanteras enligt dokumenthanteringsplanen",
         "Registrator", "Stickprov 25 handlingar", "G", "G",
         "Inga brister.", "GENOMFORD", "nej"),
    ]
    for j, vals in enumerate(rows):
        r = 5 + j
        for i, v in enumerate(vals[:7]):
            ws.write(r, i, v, code if i in (0, 4, 5) else cell)
        exp(fil, N, vals[1], vals[7], vals[8])
    ws.write(15, 0, "Upprättad av: Lars Berg, miljöchef, 2026-01-20")

    lg.write(0, 0, "Teckenförklaring statuskoder", title)
    legend = [
        ("Kod", "Betydelse"),
        ("G", "Genomförd utan avvikelse"),
        ("GA", "Genomförd, avvikelse noterad (se kommentar)"),
        ("P", "Påbörjad / delvis genomförd"),
        ("E", "Ej genomförd"),
        ("U", "Utgår"),
        ("", ""),
        ("*", "Kvarstående kontroll från internkontrollplan 2024"),
        ("Delår", "Status per 31 augusti 2025"),
        ("Helår", "Status per 31 december 2025"),
    ]
    for j, (a, b) in enumerate(legend):
        lg.write(2 + j, 0, a, bold if j == 0 else code)
        lg.write(2 + j, 1, b, bold if j == 0 else cell)
    lg.col(0).width = 10 * 256
    lg.col(1).width = 55 * 256
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - CSV export, English headers Control;Owner;Status;Comment,
#    Swedish values; nämnd/year/period only in the file name
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_internkontroll_2025_helar_export.csv"
    N = "Tekniska nämnden"
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Controller samhällsbyggnad",
         "Genomförd", "Stickprov 50 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att entreprenader slutbesiktigas innan slutbetalning görs", "Projektledare gata/park",
         "Genomförd med avvikelse",
         "I ett av åtta projekt gjordes slutbetalning före godkänd slutbesiktning.\nRutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Kontroll av att felanmälningar om gatubelysning åtgärdas inom avtalad tid", "Driftchef",
         "Delvis genomförd", "Uppföljning gjord för januari–september.", "DELVIS", ""),
        ("Uppföljning av avtalstrohet vid inköp av maskiner och reservdelar", "Verkstadschef",
         "Ej genomförd", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Kontroll av att schakttillstånd finns vid grävning i allmän platsmark", "Handläggare trafik",
         "", "Kontrollen genomförd i november: 12 platsbesök, samtliga hade giltigt tillstånd.",
         "GENOMFORD", "nej"),
        ("Kontroll av att parkeringsintäkter redovisas korrekt", "Controller samhällsbyggnad",
         "Ej aktuell", "Parkeringsverksamheten har överförts till ett kommunalt bolag 2025.", "UTGAR", ""),
        ("Kvarstående från 2024: Kontroll av att utryckningar för vinterväghållning dokumenteras i körjournal",
         "Driftchef", "Genomförd", "", "GENOMFORD", "nej"),
        ("Kvarstående från 2024: Inventering av nycklar och passerkort till pumpstationer och förråd",
         "Säkerhetssamordnare", "Påbörjad", "Cirka 60 % inventerat.", "DELVIS", ""),
        ("Kvarstående från 2024: Kontroll av att avtal om markupplåtelse faktureras",
         "Mark- och exploateringsingenjör", "", "", "SAKNAS", ""),
    ]
    with open(path(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Control", "Owner", "Status", "Comment"])
        for r in rows:
            w.writerow(r[:4])
            exp(fil, N, r[0], r[4], r[5])
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Servicenämnden - xlsx where the nämnd appears only in "Nämnd:" | value above table;
#    tick column "Kvarstår från 2024"
# ---------------------------------------------------------------------------
def file_sen():
    fil = "Uppföljning internkontroll helår 2025.xlsx"
    N = "Servicenämnden"
    wb = openpyxl.Workbook()
    fixprops(wb, "Per Johansson")
    ws = wb.active
    ws.title = "Blad1"
    for k, v in {"A": 14, "B": 16, "C": 52, "D": 30, "E": 12, "F": 18, "G": 55}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Uppföljning av intern kontroll"
    ws["A1"].font = Font(size=16, bold=True)
    meta = [("Nämnd:", "Servicenämnden"), ("Period:", "Helår 2025"), ("Datum:", "2026-01-22"),
            ("Upprättad av:", "Per Johansson, controller")]
    for i, (k, v) in enumerate(meta):
        ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=3 + i, column=2, value=v)
    hr = 8
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Kvarstår från 2024", "Status", "Resultat / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
        c.alignment = WRAP
    fills = {"Genomförd": "C6EFCE", "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE",
             "Utgår": "D9D9D9"}
    rows = [
        (1, "Ekonomi", "Kontroll av att internfakturering av måltider sker enligt beställning",
         "Avstämning mot beställningssystemet", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att leverantörsfakturor för livsmedel stäms av mot följesedel och avtalspris",
         "Stickprov 30 fakturor", "", "Genomförd",
         "3 fakturor hade prisavvikelse mot avtal. Kreditering begärd och erhållen.", "GENOMFORD", "ja"),
        (3, "Fordon", "Kontroll av att körjournal förs för kommunens leasingbilar",
         "Stickprov körjournaler", "", "Delvis genomförd",
         "Kontrollen gjord för bilpoolen. Verksamhetsbilarna kontrolleras 2026.", "DELVIS", ""),
        (4, "IT", "Kontroll av att användarkonton för avslutade anställda inaktiveras inom fem arbetsdagar",
         "Jämförelse AD mot HR-systemet", "", "Se bilaga", "", "OKLAR", ""),
        (5, "Lokalvård", "Kontroll av att städning utförs enligt serviceavtal (kvalitetsronder)",
         "Kvalitetsronder", "", "Ej genomförd",
         "Ronderna har inte genomförts på grund av vakant arbetsledartjänst.", "EJ_GENOMFORD", ""),
        (6, "Upphandling", "Kontroll av att avrop från ramavtal för IT-utrustning görs via e-handel",
         "Uttag ur e-handelssystemet", "X", "Genomförd",
         "94 % av avropen gjorda via e-handel, övriga har godtagbar motivering.", "GENOMFORD", "nej"),
        (7, "Personal", "Kontroll av att övertid och semesterväxling attesteras av behörig chef",
         "Stickprov lönearter", "X", "Utgår",
         "Kontrollen utförs från 2025 av lönecenter inom kommunstyrelsen.", "UTGAR", ""),
        (8, "Kost", "Kontroll av att egenkontrollprogrammet för livsmedelssäkerhet följs i tillagningsköken",
         "Granskning av egenkontrolldokumentation", "X", "Genomförd",
         "Brister i temperaturloggning i två kök; åtgärdat och följts upp i december.", "GENOMFORD", "ja"),
    ]
    r = hr
    for vals in rows:
        r += 1
        for i, v in enumerate(vals[:7], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        if vals[5] in fills:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[vals[5]])
        exp(fil, N, vals[2], vals[7], vals[8])
    r += 2
    ws.cell(row=r, column=1, value="Bilaga: Rapport inaktiverade konton 2025 (skickas separat).")
    ws.cell(row=r + 2, column=1, value="Underskrift förvaltningschef: ______________________")
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Kommunstyrelsen - ODT, prose only: per control "Kontrollmoment:", "Resultat:",
#    "Bedömning:" paragraphs; heading "Kvarstående från 2024"
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontrollplan 2025.odt"
    N = "Kommunstyrelsen"
    doc = OpenDocumentText()
    boldst = Style(name="Fet", family="text")
    boldst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(boldst)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    h3 = Style(name="Heading 3", family="paragraph")
    h3.addElement(TextProperties(fontsize="11pt", fontweight="bold", fontstyle="italic"))
    h3.addElement(ParagraphProperties(margintop="0.3cm"))
    for s in (h1, h2, h3):
        doc.styles.addElement(s)

    def para(text, label=None):
        p = P()
        if label:
            p.addElement(Span(stylename=boldst, text=label + " "))
        p.addText(text)
        doc.text.addElement(p)

    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Kommunstyrelsens uppföljning av internkontrollplan 2025"))
    para("Helårsuppföljning, kommunledningsförvaltningen, januari–december 2025")
    para("Kommunstyrelsen fastställde internkontrollplanen för 2025 den 11 februari 2025 § 21. "
         "Uppföljningen redovisar de fem kontrollmomenten i 2025 års plan samt de tre kontroller "
         "som kvarstod från 2024. Sammantaget bedöms den interna kontrollen vara tillräcklig, men "
         "arbetet med informationsklassning och avtalsansvar behöver slutföras.")

    items2025 = [
        ("Ekonomi",
         "Kontroll av att attestordningen efterlevs vid attest av leverantörsfakturor",
         "60 slumpvis valda fakturor granskades i juni och december. Samtliga var attesterade av behörig attestant.",
         "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
        ("Upphandling",
         "Kontroll av att direktupphandlingar över 100 000 kronor dokumenteras enligt riktlinjen",
         "20 direktupphandlingar granskades. 14 var dokumenterade enligt riktlinjen, 6 saknade "
         "dokumentation av konkurrensutsättning.",
         "Genomförd med avvikelse. Utbildning för beställare genomförs våren 2026.", "GENOMFORD", "ja"),
        ("Informationssäkerhet",
         "Kontroll av att informationsklassning har genomförts för förvaltningens verksamhetssystem",
         "11 av 18 system har klassats. Arbetet fortsätter under 2026.",
         "Delvis genomförd.", "DELVIS", ""),
        ("Personal",
         "Kontroll av att bisysslor anmäls och prövas (kommungemensam kontroll)",
         "Enkät till samtliga chefer i kommunen, svarsfrekvens 88 %. Två otillåtna bisysslor har "
         "identifierats och avslutats.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("Dataskydd",
         "Kontroll av att registerförteckningen enligt dataskyddsförordningen är uppdaterad",
         "Kontrollen har inte genomförts eftersom tjänsten som dataskyddsombud var vakant från maj till november.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
    ]
    itemsk = [
        ("Delegering",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Samtliga delegationslistor 2025 har stämts av mot diariet. Inga brister noterades.",
         "Genomförd.", "GENOMFORD", "nej"),
        ("Avtal",
         "Kontroll av att samtliga avtal i avtalsdatabasen har en utsedd avtalsansvarig",
         "Arbetet pågår fortfarande. Vid årsskiftet hade 70 % av avtalen en registrerad avtalsansvarig.",
         None, "DELVIS", ""),
        ("Finans",
         "Kontroll av kommunens bankkonton och behörigheter hos banken",
         "Kontrollen ingår i revisorernas granskning 2025 och har därför strukits ur planen "
         "(KS 2025-03-11 § 45).",
         "Utgår.", "UTGAR", ""),
    ]
    fil_n = 0

    def block(items):
        nonlocal fil_n
        for proc, km, res, bed, st, avv in items:
            fil_n += 1
            doc.text.addElement(H(outlinelevel=3, stylename=h3, text="%d. %s" % (fil_n, proc)))
            para(km, "Kontrollmoment:")
            para(res, "Resultat:")
            if bed:
                para(bed, "Bedömning:")
            exp(fil, N, km, st, avv)

    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Kontroller enligt plan 2025"))
    block(items2025)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Kvarstående från 2024"))
    block(itemsk)
    para("")
    para("Varberg den 27 januari 2026")
    para("Eva Sandberg, kommundirektör")
    doc.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (följebrev) with no controls in it
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev uppföljning intern kontroll 2025.docx"
    d = docx.Document()
    fixdocprops(d, "Maria Ekström")
    d.sections[0].header.paragraphs[0].text = "VARBERGS KOMMUN\tSocialförvaltningen"
    p = d.add_paragraph("Till: Kommunstyrelsen, ekonomiavdelningen")
    d.add_paragraph("Datum: 2026-01-29")
    d.add_heading("Följebrev – uppföljning av intern kontroll helår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplan 2025 (helår), beslutad i "
        "socialnämnden 2026-01-28 § 12.")
    d.add_paragraph(
        "Uppföljningen omfattar sju kontrollmoment i 2025 års plan samt tre kontroller som kvarstod från 2024. "
        "Resultatet redovisas i den bifogade rapporten. Bilaga 2 (sammanställning lex Sarah) skickas separat "
        "eftersom den innehåller uppgifter som omfattas av sekretess.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Ekström\nSocialchef\nTel. 0340-88 000")
    d.add_paragraph("Bilaga: Socialnämnden IK uppföljning helår 2025.docx")
    d.save(path(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Servicenämnden", "SEN|Serviceförvaltningen"),
    ("Byggnadsnämnden", "BN|Byggnadsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def normalize_zip(name):
    """Rewrite a zip container with fixed timestamps so that reruns give identical bytes."""
    p = path(name)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    fixed = (2026, 1, 28, 9, 0, 0)
    with zipfile.ZipFile(p, "w") as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2026-01-28T09:00:00Z</dcterms:modified>", data)
            if info.filename == "meta.xml":
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=fixed)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_csvs():
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_bun()
    file_sn()
    file_kfn()
    file_mhn()
    file_tn()
    file_sen()
    file_ks()
    file_reject()
    for name, *_ in FILES:
        if name.endswith((".xlsx", ".docx", ".odt")):
            normalize_zip(name)
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))
