#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 153 - Lindeby kommun, delår 2025 (januari-augusti).

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv.  Run with:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from odf.opendocument import OpenDocumentText
from odf.style import (ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"
PERIOD = "DELAR"
FIXED_DT = datetime.datetime(2025, 9, 10, 9, 0, 0)

CHECKED = "\u2612"    # ☒
UNCHECKED = "\u2610"  # ☐
TICK = "\u2714"       # ✔

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def expect(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR",
                      "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


# --------------------------------------------------------------------------
# python-docx helpers
# --------------------------------------------------------------------------
def new_doc(author, landscape=False):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None, center=False, font=None,
             italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(str(text).split("\n")):
        if i:
            p = cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            rpr = r._element.get_or_add_rPr()
            rfonts = rpr.find(qn("w:rFonts"))
            rfonts.set(qn("w:eastAsia"), font)
            rfonts.set(qn("w:cs"), font)


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        tcs = row._tr.tc_lst
        if len(tcs) != len(widths_cm):      # horizontally merged row
            tcs[0].width = Cm(sum(widths_cm))
            continue
        for tc, w in zip(tcs, widths_cm):
            tc.width = Cm(w)


def label_par(doc, label, value, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(label)
    r.bold = True
    if value:
        p.add_run(" " + value)
    p.paragraph_format.space_after = Pt(2)
    return p


# ==========================================================================
# File 1 - Kommunstyrelsen: Word checkbox template ☒ / ☐
# ==========================================================================
def file_ks():
    fil = "KS uppföljning internkontrollplan delår 2025.docx"
    namnd = "Kommunstyrelsen"
    doc = new_doc("Eva Lindqvist", landscape=True)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "LINDEBY KOMMUN\tKommunledningsförvaltningen\tDnr KS 2025/118"
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.text = "Mall: Uppföljning intern kontroll, version 2023-01"

    doc.add_paragraph("Kommunstyrelsen", style="Title")
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – "
                      "delårsrapport (januari–augusti)", style="Heading 1")
    p = doc.add_paragraph()
    p.add_run("Instruktion: ").bold = True
    p.add_run("Markera med " + CHECKED + " i den kolumn som stämmer för "
              "perioden. Delvis genomförda och ej genomförda kontroller ska "
              "alltid kommenteras. Konstaterade avvikelser och vidtagna "
              "åtgärder beskrivs i kolumnen Kommentar.")
    label_par(doc, "Period:", "2025-01-01 – 2025-08-31")
    label_par(doc, "Uppföljningen sammanställd av:",
              "Eva Lindqvist, controller")

    # (nr, kontrollmoment, ansvarig, (G, D, E), kommentar, status, avv)
    groups = [
        ("1. Ekonomiadministration", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Ekonomichef", (1, 0, 0),
             "Stickprov 40 fakturor. Två fakturor saknade andra attest. "
             "Återkopplat till berörda chefer.", "GENOMFORD", "ja"),
            ("1.2", "Kontroll av att representation redovisas med syfte och "
             "deltagare", "Controller", (1, 0, 0),
             "20 verifikationer granskade, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("1.3", "Avstämning av kundfordringar och påminnelserutin",
             "Redovisningsansvarig", (0, 1, 0),
             "Avstämning gjord t.o.m. juni. Juli–augusti görs i september.",
             "DELVIS", "nej"),
        ]),
        ("2. Personal", [
            ("2.1", "Kontroll av att löneutbetalningar sker enligt beslut "
             "(stickprov nyanställda)", "HR-chef", (1, 0, 0),
             "Stickprov 15 nyanställda, samtliga korrekta.",
             "GENOMFORD", "nej"),
            ("2.2", "Uppföljning av att medarbetarsamtal genomförts",
             "HR-chef", (0, 0, 0),
             "Genomförs i oktober–november enligt årshjulet.",
             "EJ_GENOMFORD", ""),
            ("2.3", "Kontroll av bisysslor – att anmälan finns för samtliga "
             "chefer", "HR-specialist", (1, 1, 0),
             "Enkät skickad till samtliga chefer i maj.", "OKLAR", ""),
        ]),
        ("3. IT och informationssäkerhet", [
            ("3.1", "Behörighetsgenomgång i ekonomisystemet", "IT-chef",
             (0, 0, 1), "Skjuts till hösten p.g.a. byte av ekonomisystem.",
             "EJ_GENOMFORD", ""),
            ("3.2", "Kontroll av att loggar i verksamhetssystemen följs upp",
             "Informationssäkerhetssamordnare", (0, 1, 0),
             "Loggkontroll gjord för Ciceron, ej för Public 360.",
             "DELVIS", "nej"),
        ]),
        ("4. Upphandling och inköp", [
            ("4.1", "Kontroll att direktupphandlingar över 100 tkr "
             "dokumenteras", "Upphandlingschef", (1, 0, 0),
             "15 direktupphandlingar granskade, 3 saknade dokumentation. "
             "Utbildning för beställare planeras i oktober.",
             "GENOMFORD", "ja"),
        ]),
        ("5. Ärendehantering", [
            ("5.1", "Diarieföring av inkomna handlingar sker inom två dagar",
             "Kanslichef", (0, 0, 0), "", "SAKNAS", ""),
        ]),
    ]
    headers = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Genomförd",
               "Delvis", "Ej genomförd", "Kommentar"]
    widths = [1.0, 7.0, 3.4, 2.2, 1.7, 2.2, 8.2]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True, center=(2 < i < 6))
        shade(t.rows[0].cells[i], "1F4E79")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    ri = 1
    for gname, rows in groups:
        row = t.rows[ri]
        m = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(m, gname, bold=True)
        shade(m, "DEEAF6")
        ri += 1
        for nr, km, ans, marks, kom, status, avv in rows:
            c = t.rows[ri].cells
            set_cell(c[0], nr)
            set_cell(c[1], km)
            set_cell(c[2], ans)
            for k in range(3):
                set_cell(c[3 + k], CHECKED if marks[k] else UNCHECKED,
                         center=True, size=13, font="Segoe UI Symbol")
            set_cell(c[6], kom)
            expect(fil, namnd, km, status, avv)
            ri += 1
    col_widths(t, widths)
    doc.add_paragraph()
    label_par(doc, "Sammanfattande bedömning:",
              "Den interna kontrollen bedöms i huvudsak fungera. "
              "Åtgärder vidtas för attest och dokumentation av "
              "direktupphandlingar.")
    doc.add_paragraph("Lindeby 2025-09-10")
    doc.add_paragraph("Johan Ekstrand\nKommundirektör")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ==========================================================================
# File 2 - Barn- och utbildningsnämnden: Word table, typed status words
# ==========================================================================
def file_bun():
    fil = "BUF - Internkontroll delår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = new_doc("Sara Nyström", landscape=True)
    doc.sections[0].header.paragraphs[0].text = (
        "Barn- och utbildningsförvaltningen\t\tSida 1")
    doc.add_paragraph("Barn- och utbildningsförvaltningen", style="Title")
    doc.add_paragraph("Delårsuppföljning av internkontrollplan 2025 "
                      "(januari–augusti)", style="Heading 1")
    doc.add_paragraph(
        "Internkontrollplanen för 2025 antogs av barn- och "
        "utbildningsnämnden 2024-12-11, § 118. Respektive kontrollansvarig "
        "har fyllt i status och kommentar direkt i tabellen nedan. "
        "Uppföljningen redovisas för nämnden 2025-09-24.")

    # (process, risk, kontrollmoment, ansvarig, status text, kommentar,
    #  expected status, avv)
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonom", "Klar", "Stickprov 30 fakturor, inga fel.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Inköp utanför avtal",
         "Kontroll av inköp via e-handel på förskolorna",
         "Förskolechef", "pågår", "8 av 14 förskolor kontrollerade.",
         "DELVIS", "nej"),
        ("Ekonomi", "Felaktig avgift",
         "Rätt debitering av barnomsorgsavgifter (maxtaxa)",
         "Avgiftshandläggare", "Genomförd med avvikelse",
         "4 av 50 hushåll hade felaktig avgift. Korrigerat och "
         "inkomstuppgifter begärda på nytt.", "GENOMFORD", "ja"),
        ("Elevhälsa och dokumentation", "Bristande patientsäkerhet",
         "Kontroll av att elevhälsans journaler förs enligt "
         "patientdatalagen", "Verksamhetschef elevhälsa", "Ej påbörjad",
         "Byte av skolsköterskor under våren. Genomförs under HT.",
         "EJ_GENOMFORD", ""),
        ("Elevhälsa och dokumentation", "Kränkningar utreds inte",
         "Anmälan om kränkande behandling till huvudman inom en vecka",
         "Kvalitetsutvecklare", "OK",
         "Samtliga 23 anmälningar inkom inom en vecka.",
         "GENOMFORD", "nej"),
        ("Elevhälsa och dokumentation", "Elever får inte stöd",
         "Uppföljning av elevers frånvaro och rutin för problematisk "
         "skolfrånvaro", "Rektorer", "Delvis.",
         "Rutinen följs på Lindeskolan och Åsenskolan, övriga skolor "
         "redovisar i oktober.", "DELVIS", "nej"),
        ("Personal", "Olämplig person anställs",
         "Kontroll av registerutdrag för nyanställd personal",
         "HR-konsult", "Ja, klart",
         "Samtliga 41 nyanställda har visat utdrag.",
         "GENOMFORD", "nej"),
        ("Personal", "Obehöriga lärare",
         "Kontroll av legitimation för lärare vid anställning",
         "HR-konsult", "klart",
         "3 tillsvidareanställda saknar legitimation. Åtgärdsplan med "
         "rektorerna är upprättad.", "GENOMFORD", "ja"),
        ("Skolskjuts", "Felaktiga fakturor",
         "Kontroll av fakturor för skolskjuts mot avtal",
         "Skolskjutshandläggare", "Utgår",
         "Ansvaret flyttat till tekniska förvaltningen fr.o.m. 2025-03-01 "
         "(BUN § 22).", "UTGAR", ""),
        ("Skolskjuts", "Felaktiga beslut",
         "Kontroll av att beslut om skolskjuts fattas enligt "
         "delegationsordningen", "Skolskjutshandläggare", "Se bilaga 2",
         "", "OKLAR", ""),
        ("Systematiskt kvalitetsarbete", "Brister i måluppfyllelse "
         "upptäcks inte",
         "Uppföljning av att rektorer rapporterat resultat enligt "
         "årshjulet", "Skolchef", "",
         "Rapporterat från samtliga enheter i juni, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Systematiskt kvalitetsarbete", "Skolmåltider uppfyller inte "
         "riktlinjer",
         "Kontroll av skolmåltidernas näringsberäkning", "Kostchef",
         "Ej klar", "Påbörjad i augusti, två av sex kök granskade.",
         "DELVIS", "nej"),
    ]
    headers = ["Process", "Risk", "Kontrollmoment", "Kontrollansvarig",
               "Status delår", "Kommentar / resultat"]
    widths = [3.2, 3.8, 6.8, 3.2, 2.6, 6.6]
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    for i, (proc, risk, km, ans, st, kom, es, avv) in enumerate(rows, 1):
        c = t.rows[i].cells
        set_cell(c[1], risk)
        set_cell(c[2], km)
        set_cell(c[3], ans)
        set_cell(c[4], st)
        set_cell(c[5], kom)
        expect(fil, namnd, km, es, avv)
    # vertical merge of the process column
    start = 1
    while start <= len(rows):
        end = start
        while end + 1 <= len(rows) and rows[end][0] == rows[start - 1][0]:
            end += 1
        cell = t.cell(start, 0)
        if end > start:
            cell = cell.merge(t.cell(end, 0))
        set_cell(cell, rows[start - 1][0], bold=True)
        start = end + 1
    col_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 2: Sammanställning skolskjutsbeslut "
                      "(separat dokument)")
    doc.add_paragraph("Sara Nyström, förvaltningsekonom, 2025-09-05")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ==========================================================================
# File 3 - Socialförvaltningen: paragraph blocks, two nämnder
# ==========================================================================
def file_soc():
    fil = "Uppföljning intern kontroll jan-aug 2025 SN och VON.docx"
    doc = new_doc("Karin Holmqvist")
    doc.sections[0].header.paragraphs[0].text = (
        "Lindeby kommun – Socialförvaltningen\tTjänsteskrivelse\t"
        "2025-09-15")
    doc.add_paragraph("Uppföljning av internkontrollplaner januari–augusti "
                      "2025", style="Title")
    doc.add_paragraph(
        "Socialförvaltningen är förvaltning för både socialnämnden och "
        "vård- och omsorgsnämnden. Denna rapport redovisar resultatet av "
        "de kontroller i respektive nämnds internkontrollplan för 2025 som "
        "har följts upp under perioden januari–augusti. Varje kontroll "
        "redovisas med kontrollmoment, metod, resultat och förvaltningens "
        "bedömning. Bedömningen görs enligt skalan Genomförd utan "
        "anmärkning, Genomförd med anmärkning, Delvis genomförd och "
        "Ej genomförd.")
    doc.add_paragraph(
        "Kontroller som enligt planen endast följs upp vid helår redovisas "
        "inte i denna rapport.")

    # each block: (process, km, metod, resultat or None, bedomning or None,
    #              expected status, avv)
    sn = [
        ("Ekonomiskt bistånd", [
            ("Kontroll av att utbetalningar av ekonomiskt bistånd föregås "
             "av beslut", "Stickprov 25 utbetalningar per tertial.",
             "25 utbetalningar granskade, samtliga hade ett "
             "dokumenterat beslut.", "Genomförd utan anmärkning",
             "GENOMFORD", "nej"),
            ("Kontroll av dubbelutbetalningar mot Försäkringskassan "
             "(samkörning)", "Samkörning via SSBTEK två gånger per år.",
             "Samkörning gjord i april och augusti. Två ärenden med dubbla "
             "utbetalningar upptäcktes och återkrav har beslutats.",
             "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ]),
        ("Myndighetsutövning barn och unga", [
            ("Förhandsbedömning av orosanmälningar inom 14 dagar",
             "Uttag ur verksamhetssystemet.",
             "Av 212 anmälningar var 19 förhandsbedömda efter mer än 14 "
             "dagar. En handlingsplan tas fram av enhetschef.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Kontroll av att utredningar avslutas inom fyra månader",
             "Uttag ur verksamhetssystemet per tertial.",
             "Granskningen för januari–april är klar, maj–augusti pågår.",
             "Delvis genomförd", "DELVIS", "nej"),
            ("Uppföljning av placerade barns vårdplaner",
             "Genomgång av samtliga placeringar.",
             "Kontrollen har inte kunnat genomföras på grund av vakanser "
             "på enheten.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroll i verksamhetssystemet Lifecare",
             "Slumpvis loggkontroll av 10 användare.", "", "–",
             "SAKNAS", ""),
            ("Kontroll av att sekretessförbindelser finns för all personal",
             "Stickprov i personalakter.",
             "Kontrollen utgår enligt beslut SN § 58/2025 då den ingår i "
             "kommunstyrelsens kontrollplan.", "Utgår", "UTGAR", ""),
        ]),
    ]
    von = [
        ("Hemtjänst", [
            ("Kontroll av att utförd tid i hemtjänsten överensstämmer med "
             "beviljad tid", "Jämförelse planerad och utförd tid, "
             "stickprov tre grupper.",
             "Stickprov i tre hemtjänstgrupper. Avvikelser mellan planerad "
             "och utförd tid i en grupp, åtgärdas genom ny "
             "planeringsrutin.", "Genomförd, avvikelse noterad",
             "GENOMFORD", "ja"),
            ("Avgiftsdebitering hemtjänst och särskilt boende",
             "Stickprov 40 debiteringar.",
             "20 av planerade 40 debiteringar har granskats, inga fel "
             "hittills.", None, "DELVIS", "nej"),
        ]),
        ("Läkemedel och hälso- och sjukvård", [
            ("Avvikelserapportering läkemedel – uppföljning i "
             "kvalitetsrådet", "Sammanställning av avvikelser.",
             "Avvikelser sammanställda och behandlade i kvalitetsrådet i "
             "maj och augusti.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av narkotikaklassade läkemedel (inventering)",
             "Inventering på samtliga särskilda boenden.",
             "Inventering genomförd på fyra av fem boenden. Differens "
             "upptäckt på Björkgården, ärendet utreds av MAS.",
             "Delvis genomförd", "DELVIS", "ja"),
        ]),
        ("Personal", [
            ("Kontroll av att delegeringar för läkemedelshantering är "
             "aktuella", "Genomgång av delegeringsregistret.",
             "Planerad till oktober.", "Ej påbörjad", "EJ_GENOMFORD", ""),
            ("Kontroll av timanställdas arbetade tid mot LAS-dagar",
             "Uttag ur personalsystemet.", "Se bilaga 3.", None,
             "OKLAR", ""),
        ]),
    ]

    def part(title, namnd, groups, intro):
        doc.add_paragraph(title, style="Heading 1")
        doc.add_paragraph(intro)
        for proc, blocks in groups:
            doc.add_paragraph("Process: " + proc, style="Heading 2")
            for km, metod, res, bed, es, avv in blocks:
                label_par(doc, "Kontrollmoment:", km)
                label_par(doc, "Metod:", metod)
                label_par(doc, "Resultat:", res)
                if bed is not None:
                    label_par(doc, "Bedömning:", bed)
                doc.add_paragraph()
                expect(fil, namnd, km, es, avv)
        FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))

    part("1. Socialnämnden", "Socialnämnden", sn,
         "Socialnämndens internkontrollplan 2025 (SN § 142/2024) omfattar "
         "nio kontroller, varav sju följs upp i delår.")
    part("2. Vård- och omsorgsnämnden", "Vård- och omsorgsnämnden", von,
         "Vård- och omsorgsnämndens internkontrollplan 2025 (VON § "
         "97/2024) omfattar åtta kontroller, varav sex följs upp i delår.")
    doc.add_paragraph("Förslag till beslut", style="Heading 1")
    doc.add_paragraph("Socialnämnden och vård- och omsorgsnämnden godkänner "
                      "var för sig uppföljningen av internkontrollplanen "
                      "för perioden januari–augusti 2025.")
    doc.add_paragraph("Karin Holmqvist\nSocialchef")
    doc.add_paragraph("Bilaga 3: Uttag LAS-dagar timanställda (lämnas "
                      "separat)")
    doc.save(out(fil))


# ==========================================================================
# File 4 - Bygg- och miljönämnden: Excel copying Word layout, merged cells
# ==========================================================================
def file_bmn():
    fil = "BMN_IK_uppföljning_delår_2025.xlsx"
    namnd = "Bygg- och miljönämnden"
    wb = Workbook()
    wi = wb.active
    wi.title = "Anvisningar"
    instr = [
        "Anvisningar för uppföljning av internkontrollplan",
        "",
        "1. Fyll i bladet 'Delår 2025' för varje kontrollmoment.",
        "2. Markera status med " + TICK + " i en av kolumnerna Genomförd, "
        "Delvis eller Ej genomförd.",
        "3. Kontroller som utgått markeras inte utan kommenteras.",
        "4. Beskriv iakttagelser och åtgärder i kolumnen Kommentar / åtgärd.",
        "5. Skicka filen till ekonomiavdelningen senast 2025-09-12.",
    ]
    for i, line in enumerate(instr, 1):
        wi.cell(row=i, column=1, value=line)
    wi["A1"].font = Font(bold=True, size=13)
    wi.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Delår 2025")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center",
                       wrap_text=True)
    head_fill = PatternFill("solid", fgColor="BDD7EE")
    proc_fill = PatternFill("solid", fgColor="F2F2F2")

    ws.merge_cells("A1:H1")
    ws["A1"] = "LINDEBY KOMMUN"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E79")
    ws.merge_cells("A2:H2")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["A3"].font = Font(bold=True)
    ws.merge_cells("B3:D3")
    ws["B3"] = "Bygg- och miljönämnden"
    ws["E3"] = "Period:"
    ws["E3"].font = Font(bold=True)
    ws.merge_cells("F3:H3")
    ws["F3"] = "Delår (januari–augusti)"
    ws["A4"] = "Upprättad av:"
    ws["A4"].font = Font(bold=True)
    ws.merge_cells("B4:D4")
    ws["B4"] = "Lena Sjöberg, nämndsekreterare"
    ws["E4"] = "Datum:"
    ws["E4"].font = Font(bold=True)
    ws.merge_cells("F4:H4")
    ws["F4"] = datetime.date(2025, 9, 8)
    ws["F4"].number_format = "yyyy-mm-dd"
    ws["F4"].alignment = Alignment(horizontal="left")

    # two-level header rows 6-7
    for rng, txt in [("A6:A7", "Process"), ("B6:B7", "Kontrollmoment"),
                     ("C6:C7", "Metod / frekvens"), ("D6:D7", "Ansvarig"),
                     ("E6:G6", "Status delår 2025"),
                     ("H6:H7", "Kommentar / åtgärd")]:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = txt
    ws["E7"] = "Genomförd"
    ws["F7"] = "Delvis"
    ws["G7"] = "Ej genomförd"
    for r in (6, 7):
        for c in range(1, 9):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True)
            cell.fill = head_fill
            cell.alignment = center
            cell.border = border

    # (km, metod, ansvarig, mark column index 0/1/2 or None, mark char,
    #  kommentar, expected, avv)
    groups = [
        ("Bygglov", [
            ("Handläggningstid för bygglov – beslut inom 10 veckor från "
             "komplett ansökan", "Uttag ur ärendesystemet,\nvarje tertial",
             "Bygglovschef", 0, TICK,
             "92 % av besluten inom tid (krav 100 %). 14 ärenden "
             "överskred tiden, främst p.g.a. sjukfrånvaro.",
             "GENOMFORD", "ja"),
            ("Kontroll av att bygglovsavgifter debiteras enligt taxa",
             "Stickprov 20 ärenden,\n1 ggr/år", "Bygglovschef", 0, TICK,
             "Stickprov 20 ärenden, inga fel.", "GENOMFORD", "nej"),
            ("Kontroll av att startbesked inte ges innan kontrollplan "
             "fastställts", "Stickprov 15 ärenden,\n1 ggr/år",
             "Byggnadsinspektör", 1, TICK,
             "Stickprov påbörjat, 6 av 15 ärenden granskade.",
             "DELVIS", "nej"),
        ]),
        ("Miljö- och hälsoskydd", [
            ("Uppfyllelse av tillsynsplan för livsmedelskontroll",
             "Uppföljning mot tillsynsplan,\nvarje tertial",
             "Miljöchef", 1, TICK,
             "58 % av planerade kontroller utförda t.o.m. augusti.",
             "DELVIS", "nej"),
            ("Kontroll av att avgifter för offentlig kontroll faktureras",
             "Avstämning mot ekonomisystemet,\n2 ggr/år", "Miljöchef", 2,
             TICK, "Skjuts till T3 p.g.a. nytt taxesystem.",
             "EJ_GENOMFORD", ""),
            ("Handläggning av klagomål inom miljöbalkens område – "
             "återkoppling inom två veckor", "Stickprov 10 ärenden",
             "Miljöinspektör", None, "",
             "Ej aktuellt – kontrollen ströks vid revidering av planen "
             "(BMN § 31/2025).", "UTGAR", ""),
        ]),
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor", "Förvaltningsekonom", 0, TICK, "",
             "GENOMFORD", "nej"),
            ("Diarieföring och expediering av beslut inom en vecka",
             "Stickprov per månad", "Nämndsekreterare", 1, "x",
             "Kontroll av maj–juni gjord, resterande månader under hösten.",
             "DELVIS", "nej"),
            ("Kontroll av att delegationsbeslut anmäls till nämnden",
             "Genomgång av delegationslistor", "Nämndsekreterare", 0, TICK,
             "Samtliga delegationsbeslut anmälda vid nämndens "
             "sammanträden.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 8
    counts = [0, 0, 0]
    for proc, rows in groups:
        first = r
        for km, metod, ans, mark, ch, kom, es, avv in rows:
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=metod)
            ws.cell(row=r, column=4, value=ans)
            if mark is not None:
                ws.cell(row=r, column=5 + mark, value=ch)
                counts[mark] += 1
            ws.cell(row=r, column=8, value=kom if kom else None)
            for c in range(1, 9):
                cell = ws.cell(row=r, column=c)
                cell.border = border
                cell.alignment = center if 5 <= c <= 7 else wrap
            ws.row_dimensions[r].height = 45
            expect(fil, namnd, km, es, avv)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1,
                       end_column=1)
        ws.cell(row=first, column=1, value=proc)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).fill = proc_fill
        ws.cell(row=first, column=1).alignment = Alignment(
            vertical="center", wrap_text=True)
    # totals row
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=1, value="Antal")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="right")
    for k in range(3):
        ws.cell(row=r, column=5 + k, value=counts[k])
        ws.cell(row=r, column=5 + k).alignment = center
        ws.cell(row=r, column=5 + k).font = Font(bold=True)
    for c in range(1, 9):
        ws.cell(row=r, column=c).border = border
    r += 2
    ws.cell(row=r, column=1,
            value=TICK + " = markera aktuell status. Kontroller som utgått "
            "markeras inte utan kommenteras.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value="Underskrift:")
    ws.cell(row=r, column=2, value="Lena Sjöberg")
    for col, w in zip("ABCDEFGH", [18, 42, 24, 18, 11, 9, 12, 46]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Bygg- och miljönämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "6:7"
    wb.active = 1
    wb.properties.creator = "Lena Sjöberg"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ==========================================================================
# File 5 - Tekniska nämnden: old Word .doc (via LibreOffice), G/D/E codes
# ==========================================================================
def file_tn(tmpdir):
    fil = "Tekniska nämnden - uppföljning internkontroll 2025.doc"
    namnd = "Tekniska nämnden"
    doc = new_doc("Mats Carlsson", landscape=True)
    doc.sections[0].header.paragraphs[0].text = (
        "Tekniska förvaltningen\t\tLindeby kommun")
    doc.add_paragraph("Tekniska nämnden", style="Title")
    doc.add_paragraph("Internkontrollplan 2025 – uppföljning delår "
                      "(jan–aug)", style="Heading 1")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("G = Genomförd, D = Delvis genomförd, E = Ej genomförd, "
              "U = Utgår. Kolumnerna T1, Delår och Helår fylls i vid "
              "respektive uppföljningstillfälle.")

    # (nr, område, km, frekvens, T1, Delår, Helår, kommentar, exp, avv)
    rows = [
        ("1", "Gata/park",
         "Kontroll av att vinterväghållningsentreprenörens fakturor "
         "stämmer mot körjournaler", "Vintersäsong", "G", "", "",
         "Kontrollen avser vintersäsongen jan–mars. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("2", "Gata/park",
         "Egenkontroll av lekplatser enligt SS-EN 1176", "1 ggr/år",
         "D", "G", "",
         "Samtliga 34 lekplatser besiktigade. Två redskap med brister "
         "har tagits bort.", "GENOMFORD", "ja"),
        ("3", "Vatten och avlopp",
         "Kontroll av att VA-anslutningsavgifter debiteras enligt taxa",
         "2 ggr/år", "–", "G", "", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("4", "Vatten och avlopp",
         "Uppföljning av driftstörningar i vattenverket och rapportering "
         "till Livsmedelsverket", "Löpande", "G", "D", "",
         "Rapporteringen för juli har inte skickats in.",
         "DELVIS", "ja"),
        ("5", "Fastighet",
         "Kontroll av att lagstadgade besiktningar (hiss, OVK) utförs i "
         "tid", "Varje tertial", "D", "D", "",
         "OVK försenad på Lindeskolan och Åsenskolan, beställd till "
         "oktober.", "DELVIS", "ja"),
        ("6", "Fastighet",
         "Kontroll av hyresavtal – indexuppräkning genomförd",
         "1 ggr/år", "", "E", "", "Ej gjort p.g.a. resursbrist.",
         "EJ_GENOMFORD", ""),
        ("7", "Upphandling/ekonomi",
         "Kontroll av att avrop sker från gällande ramavtal",
         "Varje tertial", "G", "G", "",
         "Stickprov 25 inköp, 3 utanför avtal (förbrukningsmaterial). "
         "Information till beställare.", "GENOMFORD", "ja"),
        ("8", "Upphandling/ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "2 ggr/år", "", "", "", "", "SAKNAS", ""),
        ("9", "Upphandling/ekonomi",
         "Kontroll av fordonsflottans körjournaler och drivmedelskort",
         "2 ggr/år", "U", "", "",
         "Utgår – fordonen leasas via kommunstyrelsen från 2025.",
         "UTGAR", ""),
    ]
    headers = ["Nr", "Kontrollområde", "Kontrollmoment", "Frekvens", "T1",
               "Delår", "Helår", "Kommentar"]
    widths = [1.0, 3.2, 7.2, 2.4, 1.3, 1.6, 1.6, 7.4]
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True, center=(4 <= i <= 6))
        shade(t.rows[0].cells[i], "C6E0B4")
    repeat_header(t.rows[0])
    for i, row in enumerate(rows, 1):
        nr, omr, km, frek, t1, dl, hl, kom, es, avv = row
        vals = [nr, omr, km, frek, t1, dl, hl, kom]
        for j, v in enumerate(vals):
            set_cell(t.rows[i].cells[j], v, center=(4 <= j <= 6),
                     bold=(4 <= j <= 6))
        expect(fil, namnd, km, es, avv)
    col_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Uppföljningen behandlas av tekniska nämnden "
                      "2025-09-18.")
    doc.add_paragraph("Mats Carlsson, teknisk chef")
    src = os.path.join(tmpdir, "Tekniska nämnden - uppföljning "
                       "internkontroll 2025.docx")
    doc.save(src)
    convert(src, "doc:MS Word 97", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, fil), out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


def convert(src, fmt, outdir):
    cmd = ["soffice", "--headless",
           "-env:UserInstallation=file:///tmp/lo-round153",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


# ==========================================================================
# File 6 - Kultur- och fritidsnämnden: OpenDocument text, Ja/Nej columns
# ==========================================================================
def file_kfn():
    fil = "KFN delårsuppföljning IK 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    titlest = Style(name="Rubrik", family="paragraph")
    titlest.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    titlest.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(titlest)
    h2 = Style(name="Underrubrik", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm",
                                      marginbottom="0.2cm"))
    doc.automaticstyles.addElement(h2)
    tst = Style(name="Tabell", family="table")
    tst.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tst)
    cst = Style(name="Cell", family="table-cell")
    cst.addElement(TableCellProperties(border="0.5pt solid #000000",
                                       padding="0.08cm"))
    doc.automaticstyles.addElement(cst)
    hst = Style(name="HCell", family="table-cell")
    hst.addElement(TableCellProperties(border="0.5pt solid #000000",
                                       padding="0.08cm",
                                       backgroundcolor="#E2EFDA"))
    doc.automaticstyles.addElement(hst)
    widths = ["1.0cm", "6.0cm", "2.4cm", "2.2cm", "5.4cm"]
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name="Kol%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)

    doc.text.addElement(P(stylename=titlest,
                          text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(stylename=h2, text="Uppföljning av intern "
                          "kontroll, delår januari–augusti 2025"))
    doc.text.addElement(P(text="Kultur- och fritidsförvaltningen har följt "
                          "upp nämndens internkontrollplan för 2025. "
                          "Resultatet redovisas i tabellen nedan."))
    doc.text.addElement(P(text=""))

    rows = [
        ("1", "Kassahantering i simhallen – dagliga kassaavstämningar",
         "Ja", "Nej",
         "Avstämning gjord varje dag, inga differenser över 50 kr.",
         "GENOMFORD", "nej"),
        ("2", "Kontroll av föreningsbidrag – att redovisning inkommit "
         "innan utbetalning", "Ja", "Ja",
         "3 föreningar fick bidrag utan fullständig redovisning. "
         "Redovisning har nu begärts in.", "GENOMFORD", "ja"),
        ("3", "Uthyrning av lokaler – debitering enligt taxa", "Delvis",
         "Nej", "Kontroll gjord för sporthallarna, ej för "
         "samlingslokalerna.", "DELVIS", "nej"),
        ("4", "Kontroll av bibliotekets medieinköp mot avtal", "Nej", "–",
         "Genomförs i november.", "EJ_GENOMFORD", ""),
        ("5", "Kontroll av att personal på fritidsgårdarna har lämnat "
         "registerutdrag", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("6", "Upphandling av evenemangstjänster följer LOU", "–", "–",
         "Ej aktuellt 2025, ingen upphandling har genomförts.",
         "UTGAR", ""),
        ("7", "Säkerhetsrutiner vid evenemang (brandskydd, utrymning)",
         "", "", "", "SAKNAS", ""),
    ]
    table = Table(name="Uppfoljning", stylename=tst)
    for s in colstyles:
        table.addElement(TableColumn(stylename=s))
    headers = ["Nr", "Kontrollmoment", "Genomförd\n(Ja/Nej/Delvis)",
               "Avvikelse\n(Ja/Nej)", "Kommentar"]

    def add_cell(tr, text, style, is_bold=False):
        tc = TableCell(stylename=style, valuetype="string")
        for line in text.split("\n") if text else [""]:
            p = P()
            if is_bold:
                p.addElement(Span(stylename=bold, text=line))
            else:
                p.addText(line)
            tc.addElement(p)
        tr.addElement(tc)

    tr = TableRow()
    for h in headers:
        add_cell(tr, h, hst, True)
    table.addElement(tr)
    for nr, km, g, a, kom, es, avv in rows:
        tr = TableRow()
        for v in (nr, km, g, a, kom):
            add_cell(tr, v, cst)
        table.addElement(tr)
        expect(fil, namnd, km, es, avv)
    doc.text.addElement(table)
    doc.text.addElement(P(text=""))
    p = P()
    p.addElement(Span(stylename=bold, text="Sammanfattande bedömning: "))
    p.addText("Den interna kontrollen bedöms som tillräcklig. Rutinen för "
              "föreningsbidrag ses över under hösten.")
    doc.text.addElement(p)
    doc.text.addElement(P(text="Lindeby 2025-09-09"))
    doc.text.addElement(P(text="Anders Wik, kultur- och fritidschef"))
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ==========================================================================
# File 7 - Överförmyndarnämnden: nämnd only in the page header, one ✔ column
# ==========================================================================
def file_ofn():
    fil = "Uppföljning internkontroll jan-aug.docx"
    namnd = "Överförmyndarnämnden"
    doc = new_doc("Birgitta Holm")
    doc.sections[0].header.paragraphs[0].text = (
        "Lindeby kommun\tÖverförmyndarenheten\t")
    doc.sections[0].footer.paragraphs[0].text = "Dnr ÖFN 2025/37"
    doc.add_paragraph("Uppföljning av intern kontroll januari–augusti 2025",
                      style="Heading 1")
    doc.add_paragraph("Nedan redovisas uppföljningen av de kontroller som "
                      "ingår i internkontrollplanen för 2025. Bocka i när "
                      "kontrollen är klar och kommentera övriga.")
    rows = [
        ("Granskning av årsräkningar – samtliga granskade senast 30 juni",
         True, "412 av 418 årsräkningar granskade i tid. 6 försenade "
         "p.g.a. väntan på kompletteringar.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har giltigt registerutdrag",
         True, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av uttag från spärrade konton – att samtycke finns",
         False, "Pågår, halva stickprovet klart.", "DELVIS", "nej"),
        ("Arvodesbeslut enligt nämndens riktlinjer", False,
         "Inte påbörjad.", "EJ_GENOMFORD", ""),
        ("Kontroll av att förteckningar inkommit inom två månader", True,
         "", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Klart " + TICK, "Kommentar"]):
        set_cell(t.rows[0].cells[i], h, bold=True, center=(i == 1))
        shade(t.rows[0].cells[i], "E7E6E6")
    for i, (km, done, kom, es, avv) in enumerate(rows, 1):
        c = t.rows[i].cells
        set_cell(c[0], km)
        set_cell(c[1], TICK if done else "", center=True,
                 font="Segoe UI Symbol")
        set_cell(c[2], kom)
        expect(fil, namnd, km, es, avv)
    col_widths(t, [7.5, 1.8, 7.7])
    doc.add_paragraph()
    doc.add_paragraph("Birgitta Holm\nEnhetschef")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ==========================================================================
# File 8 - rejected: meeting invitation to tekniska nämnden
# ==========================================================================
def file_kallelse():
    fil = "Kallelse Tekniska nämnden 2025-09-18.docx"
    doc = new_doc("Maria Ek")
    doc.sections[0].header.paragraphs[0].text = "LINDEBY KOMMUN\t\tKALLELSE"
    doc.add_paragraph("Kallelse", style="Title")
    doc.add_paragraph("Tekniska nämnden", style="Heading 1")
    label_par(doc, "Tid:", "Torsdag 18 september 2025 kl. 13.00")
    label_par(doc, "Plats:", "Sammanträdesrum Lindan, kommunhuset")
    label_par(doc, "Förhinder:", "Anmäls till nämndsekreteraren "
              "maria.ek@lindeby.se, som kallar ersättare.")
    doc.add_paragraph()
    doc.add_paragraph("Ärendelista", style="Heading 2")
    items = [
        ("1", "Val av justerare", "", "Ordföranden"),
        ("2", "Godkännande av dagordning", "", "Ordföranden"),
        ("3", "Delårsrapport januari–augusti 2025", "TN 2025/88",
         "Ekonom"),
        ("4", "Uppföljning av internkontrollplan 2025, delår",
         "TN 2025/12", "Teknisk chef"),
        ("5", "Internkontrollplan 2026 – risk- och väsentlighetsanalys",
         "TN 2025/97", "Teknisk chef"),
        ("6", "Revidering av taxa för VA 2026", "TN 2025/64",
         "VA-chef"),
        ("7", "Anmälan av delegationsbeslut", "", ""),
        ("8", "Meddelanden", "", ""),
    ]
    t = doc.add_table(rows=1 + len(items), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Ärende", "Dnr", "Föredragande"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for i, it in enumerate(items, 1):
        for j, v in enumerate(it):
            set_cell(t.rows[i].cells[j], v)
    col_widths(t, [1.2, 9.5, 3.0, 3.3])
    doc.add_paragraph()
    doc.add_paragraph("Per Lundin\nOrdförande")
    doc.add_paragraph("Maria Ek\nSekreterare")
    doc.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ==========================================================================
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden",
     "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Individ- och familjeomsorgen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård och omsorg|Omsorgsnämnden"),
    ("Bygg- och miljönämnden", "BMN|Miljö- och byggkontoret"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Lindeby Bostäder AB", "Lindebybostäder|LBAB"),
]


def write_csv(name, header, rows):
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    # remove earlier outputs (keep script and README)
    for n in os.listdir(HERE):
        if n in ("make_round.py", "README.md"):
            continue
        p = out(n)
        if os.path.isfile(p):
            os.remove(p)
    tmpdir = tempfile.mkdtemp(prefix="r153_")
    try:
        file_ks()
        file_bun()
        file_soc()
        file_bmn()
        file_tn(tmpdir)
        file_kfn()
        file_ofn()
        file_kallelse()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv",
              ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"],
              EXPECTED)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
