#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r518 - Tierps kommun, T1 2025: inbox of small förbund, gemensamma nämnder and bolag.

Run:  /usr/bin/python3 make_round.py
Builds every follow-up file, the rejected budget report, namnder.csv, files.csv and expected.csv
in the folder of this script. Deterministic (fixed dates in document properties).
"""
import csv
import datetime
import os
import shutil
import subprocess
import textwrap
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(OUT, name)


def fix_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def fix_xlsx_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Tierps kommun"


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Gemensamma överförmyndarnämnden - Word, one table of 4 controls; nämnd only in the page header
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "ÖFN IK T1 2025.docx"
    namnd = "Gemensamma överförmyndarnämnden"
    d = docx.Document()
    fix_docx_props(d)
    d.core_properties.author = "Anna Lindqvist"
    d.core_properties.title = "Uppföljning intern kontroll"
    sec = d.sections[0]
    hdr = sec.header.paragraphs[0]
    hdr.text = "Överförmyndarnämnden Tierp–Älvkarleby\tTjänsteskrivelse\tDnr ÖFN 2025/031"
    ftr = sec.footer.paragraphs[0]
    ftr.text = "Överförmyndarenheten, Centralgatan 7, 815 80 Tierp"

    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    d.add_heading("Uppföljning av intern kontroll – tertial 1 2025", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 88). "
        "Nedan redovisas utfallet av kontrollerna för perioden januari–april 2025. "
        "Kontrollerna har genomförts av handläggare på överförmyndarenheten och sammanställts av enhetschef.")

    rows = [
        ("1", "Granskning av årsräkningar inom lagstadgad tid",
         "Stickprov 10 akter ur Wärna", "Handläggare",
         "Genomförd",
         "10 av 10 granskade årsräkningar var granskade inom sex månader. Inga avvikelser."),
        ("2", "Kontroll av att ställföreträdare har utdrag ur belastningsregistret vid förordnande",
         "Genomgång av samtliga nya förordnanden under perioden", "Enhetschef",
         "Genomförd med avvikelse",
         "I 2 av 15 ärenden saknades utdrag vid beslutstillfället. Utdrag har kompletterats i efterhand "
         "och rutinen har förtydligats vid APT 2025-04-10."),
        ("3", "Uppföljning av beslutade arvoden mot utbetalt arvode i lönesystemet",
         "Stickprov 20 arvodesbeslut", "Administratör",
         "Pågår",
         "Stickprovet påbörjades i april och slutförs under maj."),
        ("4", "Kontroll av att avslutade godmanskap och förvaltarskap avregistreras i Wärna",
         "Stickprov 10 avslutade ärenden", "Handläggare",
         "Ej påbörjad",
         "Planeras till september i samband med höstens aktgranskning."),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Kommentar"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        set_cell_shading(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        exp(fil, namnd, row[1], {"Genomförd": "GENOMFORD", "Genomförd med avvikelse": "GENOMFORD",
                                  "Pågår": "DELVIS", "Ej påbörjad": "EJ_GENOMFORD"}[row[4]],
            {"1": "nej", "2": "ja", "3": "", "4": ""}[row[0]])
    widths = [Cm(1), Cm(5.5), Cm(3.5), Cm(2.5), Cm(2.5), Cm(6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_paragraph()
    d.add_paragraph("Samlad bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                    "Avvikelsen i kontroll 2 har åtgärdats.")
    d.add_paragraph("Tierp 2025-05-12")
    d.add_paragraph("Anna Lindqvist\nEnhetschef överförmyndarenheten")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Räddningstjänsten Norra Uppland - xlsx, statuses Grön/Gul/Röd written in words, legend at the bottom
# ---------------------------------------------------------------------------
def build_rnu():
    fil = "RNU Internkontroll 2025 uppföljning T1.xlsx"
    namnd = "Räddningstjänsten Norra Uppland"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Räddningstjänsten Norra Uppland – kommunalförbund"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningsperiod: Tertial 1 (januari–april 2025)"
    ws["A4"] = "Statusfärg anges i ord i kolumn H–J, se teckenförklaring längst ned."
    ws["A4"].font = Font(italic=True, color="595959")

    heads = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
             "Status T1", "Status T2", "Status helår", "Avvikelse (Ja/Nej)", "Iakttagelser/kommentar T1"]
    hr = 6
    for i, h in enumerate(heads, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = WRAP
        c.border = BOX
    fills = {"grön": "92D050", "gul": "FFFF00", "röd": "FF0000"}

    data = [
        ("GROUP", "Ekonomi"),
        ("Inköp och betalning", "Felaktiga eller obehöriga utbetalningar", 9,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Tertialvis", "Förbundsekonom",
         "Grön", "Nej", "Stickprov om 25 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Inköp och betalning", "Otillåten representation", 6,
         "Kontroll av representation och övriga förtroendekänsliga poster",
         "Genomgång av konto 7610–7690", "Tertialvis", "Förbundsekonom",
         "Gul", "", "Genomgång av januari–februari klar, mars–april återstår.", "DELVIS", ""),
        ("Intäkter", "Uteblivna intäkter", 8,
         "Avstämning av fakturering för automatiska brandlarm mot gällande larmavtal",
         "Avstämning larmregister mot kundreskontra", "Halvår", "Administrativ chef",
         "Grön", "Ja",
         "Två anläggningar i Örbyhus saknade aktuellt avtal och hade inte fakturerats. Fakturering korrigerad i april.",
         "GENOMFORD", "ja"),
        ("GROUP", "Personal"),
        ("Bemanning", "Felaktig lön till RIB-personal", 9,
         "Uppföljning av arbetstid och beredskapsersättning för deltidsbrandmän (RIB)",
         "Stickprov 10 anställda", "Tertialvis", "HR-konsult",
         "Röd", "", "Ej genomförd på grund av byte av schemasystem. Flyttas till T2.", "EJ_GENOMFORD", ""),
        ("Arbetsmiljö", "Skada vid rökdykning", 12,
         "Kontroll av att hälsoundersökning och arbetsprov för rökdykare är genomförda",
         "Registerkontroll", "Årligen", "Räddningschef",
         "grön ", "Nej", "Samtliga 42 rökdykare har godkänd hälsoundersökning och arbetsprov.", "GENOMFORD", "nej"),
        ("Rekrytering", "Olämplig person anställs", 4,
         "Kontroll av att utdrag ur belastningsregistret har begärts för nyanställda",
         "Genomgång av personalakter", "Tertialvis", "HR-konsult",
         "", "", "", "SAKNAS", ""),
        ("GROUP", "Verksamhet"),
        ("Tillsyn", "Tillsyn enligt LSO genomförs inte", 12,
         "Tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplanen",
         "Uttag ur Daedalos", "Tertialvis", "Stf räddningschef",
         "Gul", "Nej", "18 av 30 planerade tillsyner utförda under perioden, resterande planeras i maj–juni.",
         "DELVIS", "nej"),
        ("Olycksundersökning", "Lärdomar tas inte tillvara", 6,
         "Kontroll av att olycksundersökningar upprättas inom fyra veckor",
         "Stickprov", "Tertialvis", "Insatsledare",
         "Utgår", "", "Kontrollmomentet utgår enligt direktionens beslut 2025-03-20 § 12, ersätts av ny rutin.",
         "UTGAR", ""),
        ("Insats", "Insatstid överskrids", 9,
         "Uppföljning av insatstider mot målen i handlingsprogrammet",
         "Uttag ur insatsrapporter", "Tertialvis", "Stf räddningschef",
         "Grön", "Ja",
         "Insatstiden översteg målet i tre ärenden i Hållnäs. Analys pågår tillsammans med RIB-styrkan.",
         "GENOMFORD", "ja"),
    ]
    r = hr + 1
    for row in data:
        if row[0] == "GROUP":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            for col in range(1, 13):
                ws.cell(r, col).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        proc, risk, rv, km, met, frek, ans, st1, avv, kom, exst, exav = row
        vals = [proc, risk, rv, km, met, frek, ans, st1, None, None, avv or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        key = st1.strip().lower()
        if key in fills:
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=fills[key])
        elif key == "utgår":
            ws.cell(r, 8).fill = PatternFill("solid", fgColor="BFBFBF")
        exp(fil, namnd, km, exst, exav)
        r += 1

    r += 1
    ws.cell(r, 1, "Sammanställd av: Per Ek, förbundsekonom, 2025-05-08").font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Teckenförklaring status").font = Font(bold=True)
    legend = [("Grön", "Kontrollen är genomförd under perioden", "92D050"),
              ("Gul", "Kontrollen är påbörjad eller delvis genomförd", "FFFF00"),
              ("Röd", "Kontrollen är inte genomförd", "FF0000")]
    for word, text, col in legend:
        r += 1
        c = ws.cell(r, 1, word)
        c.fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 2, text)
    r += 1
    ws.cell(r, 1, "Avvikelser som upptäckts vid kontrollen anges med Ja i kolumn K och beskrivs i kolumn L.")

    widths = [18, 24, 9, 40, 22, 11, 16, 10, 10, 10, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.print_title_rows = "6:6"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Samordningsförbundet Norduppland - Word doc that looks like a PDF text extract: columns laid out with spaces
# ---------------------------------------------------------------------------
def layout_rows(cols, widths, gap=2):
    wrapped = [textwrap.wrap(c, w, break_long_words=False) if c else [""] for c, w in zip(cols, widths)]
    n = max(len(x) for x in wrapped)
    lines = []
    for i in range(n):
        parts = []
        for cw, w in zip(wrapped, widths):
            s = cw[i] if i < len(cw) else ""
            parts.append(s.ljust(w + gap))
        lines.append("".join(parts).rstrip())
    return lines


def build_sfn():
    fil = "Samordningsförbundet uppföljning IKP per 2025-04-30.docx"
    namnd = "Samordningsförbundet Norduppland"
    d = docx.Document()
    fix_docx_props(d)
    d.core_properties.author = "Karin Holm"
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    st = d.styles["Normal"]
    st.font.name = "Courier New"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Courier New")
    st.font.size = Pt(8.5)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)

    widths = [3, 38, 20, 12, 46]

    def line(s=""):
        d.add_paragraph(s)

    def page_head(page):
        line("Samordningsförbundet Norduppland".ljust(95) + "Dnr SFN 2025/14")
        line("Uppföljning av internkontrollplan 2025".ljust(95) + f"Sida {page} (2)")
        line("Avser perioden 2025-01-01 -- 2025-04-30")
        line()
        for l in layout_rows(["Nr", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"], widths):
            line(l)
        line("-" * 127)

    data = [
        ("1", "Attest av leverantörsfakturor enligt förbundets attestordning", "Förbundschef",
         "Genomförd", "Stickprov om 20 fakturor. Samtliga attesterade av behörig attestant. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("2", "Avstämning av medlemsavgifter mot beslutad budget och fördelningsnyckel mellan medlemmarna",
         "Ekonom", "Genomförd",
         "Inbetalning från Region Uppsala avvek från beslutad andel. Differensen har fakturerats i april.",
         "GENOMFORD", "ja"),
        ("3", "Uppföljning av att finansierade insatser registrerar deltagare i SUS", "Förbundschef",
         "Delvis", "3 av 5 insatser har registrerat samtliga deltagare. Övriga två har påmints.",
         "DELVIS", "ja"),
        ("4", "Kontroll av att beslut fattade på delegation anmäls till styrelsen", "Förbundschef",
         "Genomförd", "Samtliga delegationsbeslut anmälda vid styrelsemötet 2025-04-11.",
         "GENOMFORD", "nej"),
        ("PAGE",),
        ("5", "Uppföljning av utbetalda projektmedel mot beviljade ansökningar och delrapporter", "Ekonom",
         "Ej påbörjad", "Görs när insatsernas delrapporter har kommit in i juni.",
         "EJ_GENOMFORD", ""),
        ("6", "Kontroll av behörigheter i ekonomisystemet", "Ekonom",
         "Se bilaga 1", "",
         "OKLAR", ""),
        ("7", "Diarieföring av inkomna handlingar inom en vecka", "Förbundssekreterare",
         "Utgår", "Utgår 2025 – diarieföringen hanteras av Tierps kommun enligt avtal från 1 januari.",
         "UTGAR", ""),
    ]
    page_head(1)
    for row in data:
        if row[0] == "PAGE":
            line()
            line("Samordningsförbundet Norduppland · Box 12 · 815 21 Tierp".ljust(95) + "2025-05-14")
            par = d.add_paragraph()
            par.add_run().add_break(WD_BREAK.PAGE)
            page_head(2)
            continue
        for l in layout_rows(list(row[:5]), widths):
            line(l)
        line()
        exp(fil, namnd, row[1], row[5], row[6])
    line("-" * 127)
    line()
    line("Styrelsens bedömning: Den interna kontrollen bedöms som tillräcklig för perioden.")
    line("Behandlad av styrelsen 2025-05-23, § 18.")
    line()
    line("Karin Holm".ljust(40) + "Mats Bergqvist")
    line("Förbundschef".ljust(40) + "Ordförande")
    line()
    line("Samordningsförbundet Norduppland · Box 12 · 815 21 Tierp".ljust(95) + "2025-05-14")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Gemensamma lönenämnden - xlsx with sub-controls a) b) c), merged area cells, last year's result beside
# ---------------------------------------------------------------------------
def build_lon():
    fil = "Lönenämnden IK-plan 2025 uppf T1.xlsx"
    namnd = "Gemensamma lönenämnden"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Gemensamma lönenämnden Tierp–Älvkarleby"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Statusord: Utförd / Delvis utförd / Ej utförd / Utgår. "
                "Kolumn F visar utfallet för motsvarande kontroll helår 2024 (jämförelse).")
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
             "Utfall helår 2024", "Status T1 2025", "Kommentar T1", "Status T2 2025", "Kommentar T2"]
    hr = 5
    for i, h in enumerate(heads, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = WRAP
        c.border = BOX

    areas = [
        ("1", "Löneutbetalningar", [
            ("a) Kontroll av att nyupplagda anställningar har underlag med korrekt attest av chef",
             "Stickprov 30 nyanställningar", "Lönekonsult", "Utförd", "Utförd",
             "1 av 30 underlag saknade chefens attest. Attest inhämtad i efterhand.", "GENOMFORD", "ja"),
            ("b) Kontroll av manuella löneutbetalningar över 20 000 kr",
             "Samtliga manuella utbetalningar", "Lönechef", "Utförd", "Utförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("c) Kontroll av att återkrav görs vid felaktigt utbetald lön",
             "Genomgång av återkravslistan", "Lönekonsult", "Avvikelse", "Delvis utförd",
             "Rutinen för återkrav revideras. 4 av 9 ärenden handlagda.", "DELVIS", ""),
        ]),
        ("2", "Behörigheter", [
            ("a) Genomgång av behörigheter i lönesystemet Personec P",
             "Behörighetslista mot förteckning", "Systemförvaltare", "Utförd", "Ej utförd",
             "Flyttas till T2 på grund av systemuppgradering i mars.", "EJ_GENOMFORD", ""),
            ("b) Kontroll av att behörighet tas bort när anställning avslutas",
             "Avslutslista mot AD-konton", "Systemförvaltare", "Ny 2025", "Utförd",
             "Två konton var fortfarande aktiva efter avslut. Borttagna 2025-04-03.", "GENOMFORD", "ja"),
        ]),
        ("3", "Sjuklön", [
            ("Kontroll av att sjukfrånvaro över 14 dagar anmäls till Försäkringskassan i tid",
             "Uttag sjukfall dag 15", "Lönekonsult", "Utförd", "",
             "Genomförd. Samtliga 11 sjukfall anmälda inom tid.", "GENOMFORD", "nej"),
        ]),
        ("4", "Arvoden till förtroendevalda", [
            ("a) Kontroll av utbetalda sammanträdesarvoden mot närvarolistor",
             "Stickprov 3 nämnder", "Lönekonsult", "Utförd", "Utförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("b) Kontroll av ersättning för förlorad arbetsinkomst mot intyg",
             "Samtliga utbetalningar", "Lönekonsult", "Utförd", "",
             "", "SAKNAS", ""),
            ("c) Uppföljning av reseersättningar till förtroendevalda",
             "Stickprov", "Lönekonsult", "Ej utförd", "Utgår",
             "Ingår från 2025 i kontrollmoment 4 a).", "UTGAR", ""),
        ]),
        ("5", "Pensioner", [
            ("Avstämning av pensionsunderlag mot KPA:s pensionsrapport",
             "Avstämning", "Lönechef", "Utförd", "Utförd",
             "Avstämt per mars, differens 0 kr.", "GENOMFORD", "nej"),
        ]),
    ]
    r = hr + 1
    for nr, area, subs in areas:
        start = r
        for km, met, ans, prev, st, kom, exst, exav in subs:
            vals = [nr, area, km, met, ans, prev, st or None, kom or None, None, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, namnd, km, exst, exav)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Uppföljningen redovisad för lönenämnden 2025-05-20.")
    ws.cell(r + 1, 1, "Ansvarig: Eva Norberg, lönechef")
    widths = [5, 18, 48, 24, 16, 12, 13, 44, 13, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Tierps Energi & Miljö AB - CSV export in English (comma, quoted, UTF-8 BOM, CRLF)
# ---------------------------------------------------------------------------
def build_temab():
    fil = "TEMAB_internal_control_2025_T1.csv"
    namnd = "Tierps Energi & Miljö AB"
    heads = ["Organisation", "Unit", "Process", "Risk", "Control activity", "Method", "Frequency",
             "Responsible", "Period", "Status", "Deviation", "Comment", "Last updated"]
    org = "Tierps Energi & Miljö AB"
    data = [
        ("Finance", "Purchasing and payments", "Unauthorised payments",
         "Approval of supplier invoices in accordance with the delegation of authority",
         "Sample of 40 invoices", "Four-monthly", "Finance manager",
         "Completed", "No", "Sample of 40 invoices, no errors found.", "2025-05-05", "GENOMFORD", "nej"),
        ("Water & Sewage", "Billing", "Incorrect billing",
         "Reconciliation of water meter readings against the billing system",
         "System report", "Four-monthly", "Customer service manager",
         "Completed with remarks", "Yes",
         "12 meters have had estimated readings for more than two years.\nField check ordered for May.",
         "2025-05-06", "GENOMFORD", "ja"),
        ("IT", "Information security", "Unauthorised access to operations",
         "Review of user access rights in the SCADA system",
         "Access list vs. staff list", "Annually", "IT coordinator",
         "In progress", "", "Review started in April, to be completed in May.", "2025-04-29", "DELVIS", ""),
        ("Finance", "Procurement", "Breach of public procurement rules",
         "Follow-up of direct awards (direktupphandling) against procurement thresholds",
         "All direct awards > 100 kSEK", "Four-monthly", "Procurement officer",
         "Completed", "Yes", "Two direct awards lacked documentation, see action plan.", "2025-05-02",
         "GENOMFORD", "ja"),
        ("Waste", "Billing", "Lost revenue",
         "Control of waste collection fees for newly built properties",
         "Property register vs. customer register", "Four-monthly", "Waste manager",
         "Not started", "", "Postponed to T2 due to staff shortage.", "2025-04-30", "EJ_GENOMFORD", ""),
        ("Waste", "Environment", "Permit conditions not met",
         "Verification of environmental reporting for the Sävsta landfill",
         "Checklist", "Annually", "Environmental coordinator",
         "Not applicable", "", "Control removed by the board 2025-02-18, the landfill permit has been transferred.",
         "2025-02-20", "UTGAR", ""),
        ("IT", "Continuity", "Loss of customer data",
         "Backup and restore test of the customer billing system",
         "Restore test", "Four-monthly", "IT coordinator",
         "", "", "", "", "SAKNAS", ""),
        ("District heating", "Stock", "Stock losses",
         "Inventory of wood chip and oil stock at Tierp heating plant",
         "Physical count vs. book value", "Four-monthly", "Plant manager",
         "Completed", "No", "Difference 0.4 %, within tolerance.", "2025-05-02", "GENOMFORD", "nej"),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(heads)
        for unit, proc, risk, km, met, freq, resp, st, dev, com, upd, exst, exav in data:
            w.writerow([org, unit, proc, risk, km, met, freq, resp, "2025 T1", st, dev, com, upd])
            exp(fil, namnd, km, exst, exav)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Tierpsbyggen AB - ODS with tick columns (X), group headings
# ---------------------------------------------------------------------------
def build_tierpsbyggen():
    fil = "Tierpsbyggen uppföljning internkontroll jan-apr 2025.ods"
    namnd = "Tierpsbyggen AB"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #808080",
                                        wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(body)
    center = Style(name="center", family="table-cell")
    center.addElement(TableCellProperties(border="0.5pt solid #808080", verticalalign="top"))
    center.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(center)
    colw = []
    for i, w in enumerate(["3.2cm", "8.5cm", "3.2cm", "2.3cm", "2.3cm", "2.3cm", "2.2cm", "8cm"]):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colw.append(cs)

    t = Table(name="Uppföljning T1")
    for cs in colw:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, styles=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            st = styles[i] if styles else None
            kw = {"stylename": st} if st else {}
            if v is None or v == "":
                tc = TableCell(**kw)
            else:
                tc = TableCell(valuetype="string", **kw)
                for part in str(v).split("\n"):
                    tc.addElement(P(text=part))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Tierpsbyggen AB – Uppföljning av intern kontroll 2025"], [title])
    row(["Period: januari–april 2025 (tertial 1)"])
    row(["Markera utfallet med X i en av kolumnerna Genomförd / Delvis / Ej genomförd."])
    row([])
    heads = ["Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd",
             "Avvikelse\n(Ja/Nej)", "Kommentar"]
    row(heads, [head] * 8)
    S = [body, body, body, center, center, center, center, body]
    data = [
        ("GROUP", "Hyresadministration"),
        ("Hyror", "Kontroll av att hyreshöjningen 2025 debiterats enligt förhandlingsresultatet",
         "Ekonomichef", "X", "", "", "Nej", "Stickprov 50 lägenheter, samtliga korrekt debiterade.",
         "GENOMFORD", "nej"),
        ("Hyror", "Uppföljning av hyresfordringar och inkassoärenden",
         "Hyresadministratör", "", "x", "", "", "Genomgång av fordringar äldre än 90 dagar pågår.",
         "DELVIS", ""),
        ("GROUP", "Fastighetsunderhåll"),
        ("Inköp", "Kontroll av att fakturor från ramavtalsentreprenörer följer avtalade priser",
         "Förvaltningschef", "X", "", "", "Ja",
         "Två fakturor med för högt timpris (El-Service i Tierp). Kreditering begärd.",
         "GENOMFORD", "ja"),
        ("Underhåll", "Uppföljning av utfört planerat underhåll mot underhållsplanen",
         "Förvaltningschef", "X", "", "X", "", "Se underhållsrapport.", "OKLAR", ""),
        ("GROUP", "Uthyrning"),
        ("Bostadskö", "Kontroll av att lediga lägenheter fördelas enligt kötid och uthyrningspolicy",
         "Uthyrningsansvarig", "", "", "X", "",
         "Ej genomförd, ny uthyrare under introduktion. Görs i juni.", "EJ_GENOMFORD", ""),
        ("GROUP", "Säkerhet"),
        ("Brandskydd", "Kontroll av systematiskt brandskyddsarbete (SBA) i bostadsområdena",
         "Driftchef", "", "", "", "", "Utgår 2025 – ingår i räddningstjänstens tillsyn.", "UTGAR", ""),
        ("Lås och nycklar", "Uppföljning av att taggar och nycklar spärras vid avflytt",
         "Driftchef", "", "", "", "", "", "SAKNAS", ""),
    ]
    for d in data:
        if d[0] == "GROUP":
            row([d[1]], [bold])
            continue
        row(list(d[:8]), S)
        exp(fil, namnd, d[1], d[8], d[9])
    row([])
    row(["Upprättad 2025-05-06", "Lena Sjöberg, ekonomichef"])
    doc.spreadsheet.addElement(t)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Tierps Kommunfastigheter AB + Tierp Arena AB - legacy .xls, two bolag blocks, status codes with legend
# ---------------------------------------------------------------------------
def build_tkab():
    fil = "TKAB koncernen IK T1 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_bold = xlwt.easyxf("font: bold on")
    st_block = xlwt.easyxf("font: bold on, height 240; pattern: pattern solid, fore_colour light_turquoise")
    st_head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                          "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    st_body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    st_code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write_merge(0, 0, 0, 5, "Tierps Kommunfastigheter AB med dotterbolag", st_title)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025 – tertial 1 (per 30 april)")
    ws.write(2, 0, "Statuskod: 1 = Genomförd   2 = Påbörjad/delvis genomförd   3 = Ej genomförd   4 = Utgår")
    heads = ["Nr", "Kontrollmoment", "Risk (S×K)", "Kontrollmetod", "Ansvarig", "Status", "Åtgärd/kommentar"]
    blocks = [
        ("Tierps Kommunfastigheter AB", "Tierps Kommunfastigheter AB", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "3×3", "Stickprov 30 fakturor",
             "Ekonomichef", 1, "Inga avvikelser i stickprovet.", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att investeringsprojekt följer beslutad budget", "3×4",
             "Projektuppföljning mot styrelsebeslut", "Projektchef", 1,
             "Projekt Siggbo skola prognostiserar +8 % mot budget. Rapporterat till styrelsen 2025-04-24.",
             "GENOMFORD", "ja"),
            ("1.3", "Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial", "2×3",
             "Leverantörsanalys", "Inköpare", 2, "Underlag från kommunens inköpsenhet inväntas.",
             "DELVIS", ""),
            ("1.4", "Kontroll av att hyresavtal med kommunens förvaltningar är uppdaterade", "2×2",
             "Genomgång avtalsregister", "Fastighetschef", 3, "Planeras till hösten.", "EJ_GENOMFORD", ""),
            ("1.5", "Kontroll av att lagstadgade besiktningar (OVK, hissar, lekplatser) är utförda", "3×4",
             "Besiktningsregister", "Driftchef", 1,
             "Tre OVK-anmärkningar på Bruksskolan, åtgärdade i mars.", "GENOMFORD", "ja"),
            ("1.6", "Uppföljning av energianvändning mot energiplanen", "2×2", "Energistatistik",
             "Energisamordnare", "", "", "SAKNAS", ""),
        ]),
        ("Tierp Arena AB (helägt dotterbolag)", "Tierp Arena AB", [
            ("2.1", "Kassaavstämning i arenans café och reception", "3×2", "Daglig avstämning",
             "Arenachef", 1, "Dagliga avstämningar gjorda, differenser under 100 kr.", "GENOMFORD", "nej"),
            ("2.2", "Kontroll av att bokningar av istid och hallid faktureras", "3×3",
             "Bokningssystem mot kundreskontra", "Bokningsansvarig", 2,
             "Januari–februari kontrollerat: 3 bokningar var inte fakturerade, nu åtgärdat. Mars–april återstår.",
             "DELVIS", "ja"),
            ("2.3", "Uppföljning av sponsoravtal mot fakturerade belopp", "2×2", "Avtal mot fakturor",
             "Arenachef", 4, "Sponsoravtalen hanteras av moderbolaget från 2025.", "UTGAR", ""),
            ("2.4", "Kontroll av att skyddsronder genomförs enligt plan", "2×3", "Protokoll skyddsrond",
             "Arenachef", 3, "", "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 4
    for label, namnd, rows in blocks:
        ws.write_merge(r, r, 0, 6, label, st_block)
        r += 1
        for i, h in enumerate(heads):
            ws.write(r, i, h, st_head)
        r += 1
        for nr, km, risk, met, ans, code, kom, exst, exav in rows:
            vals = [nr, km, risk, met, ans, code, kom]
            for i, v in enumerate(vals):
                if i == 5:
                    if v == "":
                        ws.write(r, i, "", st_code)
                    else:
                        ws.write(r, i, v, st_code)
                else:
                    ws.write(r, i, v, st_body)
            exp(fil, namnd, km, exst, exav)
            r += 1
        r += 1
        FILES.append((fil, "INLAST", namnd, "2025", "T1"))
    ws.write(r, 0, "Behandlad av respektive styrelse 2025-05-15. Sammanställd av Jonas Wik, ekonomichef TKAB.",
             st_bold)
    for i, w in enumerate([6, 50, 10, 28, 16, 8, 50]):
        ws.col(i).width = w * 256
    wb.save(p(fil))


# ---------------------------------------------------------------------------
# 8. Rejected: the kommun's budget follow-up per April (no internal control in it)
# ---------------------------------------------------------------------------
def build_budget():
    fil = "Budgetuppföljning T1 2025 Tierps kommun.xlsx"
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Tierps kommun – Budgetuppföljning tertial 1 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Driftredovisning per nämnd och bolag, tkr. Utfall januari–april, prognos helår."
    heads = ["Nämnd/bolag", "Budget 2025", "Utfall jan–apr", "Förbrukat %", "Prognos helår",
             "Avvikelse mot budget", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    rows = [
        ("Kommunstyrelsen", 168400, 55210, -1200, "Ökade kostnader för IT-licenser."),
        ("Valnämnden", 250, 40, 0, ""),
        ("Gemensamma överförmyndarnämnden", 6800, 2390, -300, "Fler ärenden med arvode än budgeterat."),
        ("Gemensamma lönenämnden", 14200, 4610, 150, ""),
        ("Medlemsavgift Räddningstjänsten Norra Uppland", 42100, 14030, 0, "Enligt förbundsordning."),
        ("Medlemsavgift Samordningsförbundet Norduppland", 1450, 1450, 0, "Betalas helt i januari."),
        ("Barn- och utbildningsnämnden", 712300, 241800, -6500, "Högre elevantal i grundskolan, avvikelse mot plan."),
        ("Socialnämnden", 655900, 225400, -9800, "Placeringar IFO."),
    ]
    r = 5
    for name, bud, utf, avv, kom in rows:
        ws.cell(r, 1, name)
        ws.cell(r, 2, bud)
        ws.cell(r, 3, utf)
        ws.cell(r, 4, round(utf / bud * 100, 1))
        ws.cell(r, 5, bud - avv)
        ws.cell(r, 6, avv)
        ws.cell(r, 7, kom or None)
        r += 1
    ws.cell(r, 1, "Summa").font = Font(bold=True)
    for col in (2, 3, 5, 6):
        ws.cell(r, col, sum(ws.cell(i, col).value for i in range(5, r))).font = Font(bold=True)
    ws.cell(r + 2, 1, "Källa: Ekonomisystemet Raindance, uttag 2025-05-09. Ekonomienheten, kommunledningsförvaltningen.")
    for i, w in enumerate([46, 13, 14, 12, 13, 18, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen"),
        ("Valnämnden", "Valnämnd"),
        ("Gemensamma överförmyndarnämnden",
         "Överförmyndarnämnden|ÖFN|Överförmyndarenheten|Överförmyndarnämnden Tierp–Älvkarleby"),
        ("Gemensamma lönenämnden", "Lönenämnden|Lönenämnden Tierp–Älvkarleby|Lönecenter"),
        ("Räddningstjänsten Norra Uppland", "RNU|Räddningstjänstförbundet|Kommunalförbundet Räddningstjänsten Norra Uppland"),
        ("Samordningsförbundet Norduppland", "Samordningsförbundet|SFN|Finsam Norduppland"),
        ("Tierps Energi & Miljö AB", "TEMAB|Tierps Energi och Miljö AB|Tierp Energy & Environment"),
        ("Tierpsbyggen AB", "Tierpsbyggen"),
        ("Tierps Kommunfastigheter AB", "TKAB|Kommunfastigheter"),
        ("Tierp Arena AB", "Tierp Arena|Arenabolaget"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so that reruns give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 12, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)
    os.replace(tmp, path)


def main():
    build_ofn()
    build_rnu()
    build_sfn()
    build_lon()
    build_temab()
    build_tierpsbyggen()
    build_tkab()
    build_budget()
    write_csvs()
    for fil, *_ in FILES:
        if fil.endswith((".docx", ".xlsx", ".ods")) and os.path.exists(p(fil)):
            normalize_zip(p(fil))
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} expected rows")


if __name__ == "__main__":
    main()
