#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r180 - Lindvik kommun, tertial 2 2025 (jan-aug), periods side by side.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025
FIXED = datetime.datetime(2025, 9, 8, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round180"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def fix_props(wb):
    wb.properties.creator = "Lindvik kommun"
    wb.properties.lastModifiedBy = "Lindvik kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author="Lindvik kommun"):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, status columns T1 | T2 | T3 (T3 empty), group rows
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IKP_2025_uppfoljning_T2.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Lindvik kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Rapporterande period: Tertial 2 (januari–augusti 2025)"
    ws["A4"] = ("Statusalternativ: Genomförd / Pågår / Ej påbörjad / Utgår. "
                "Fyll i status för aktuell tertial – tidigare tertial lämnas orörda.")
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status T1", "Status T2", "Status T3", "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BORDER
        c.alignment = WRAP
    # (group, [(nr, process, km, metod, ansvarig, t1, t2, t3, avv, kommentar, status, avv_exp)])
    data = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Redovisningsansvarig",
             "Genomförd", "Genomförd", None, "Nej",
             "Stickprov 20 fakturor maj–aug, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
             "Granskning av samtliga representationsverifikationer", "Controller",
             "Genomförd", "Genomförd", None, "Ja",
             "2 av 15 verifikationer saknade deltagarförteckning. Påminnelse skickad till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton inför delårsbokslut",
             "Genomgång av avstämningsunderlag", "Redovisningschef",
             None, "Pågår", None, None, "Avstämning pågår, beräknas klar 15 september.", "DELVIS", ""),
        ]),
        ("HR", [
            ("2.1", "Anställning", "Kontroll av att anställningsavtal är undertecknade innan tillträde",
             "Stickprov 10 nyanställningar", "HR-chef",
             "Genomförd", None, None, "Nej",
             "Kontrollen var planerad till T1. Stickprov 10 nyanställningar, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
             "Uttag ur Adato, dialog med chefer", "HR-konsult",
             "Pågår", "Pågår", None, "Nej",
             "Rutin för rehabiliteringsärenden revideras. Uppföljning i Adato sker löpande.", "DELVIS", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
             "Avstämning behörighetslista mot HR-systemet", "Systemförvaltare",
             "Ej påbörjad", "Genomförd", None, "Ja",
             "Tre konton för avslutade anställda hade kvar behörighet, inaktiverade 2025-06-12.",
             "GENOMFORD", "ja"),
            ("3.2", "Loggning", "Loggkontroll i ärendehanteringssystemet",
             "Stickprov i loggar", "Informationssäkerhetssamordnare",
             "Ej påbörjad", "Ej påbörjad", None, None,
             "Skjuts till T3 på grund av byte av ärendehanteringssystem.", "EJ_GENOMFORD", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Avtalstrohet", "Avtalstrohet – stickprov på inköp över 100 000 kr utan avtal",
             "Leverantörsreskontra, uttag inköp > 100 tkr", "Upphandlingschef",
             "Pågår", "Genomförd", None, "Ja",
             "Två direktupphandlingar saknade dokumentation enligt riktlinjen.", "GENOMFORD", "ja"),
            ("4.2", "Direktupphandling", "Direktupphandlingar dokumenteras enligt riktlinjen",
             "Stickprov", "Upphandlingschef",
             None, "Utgår", None, None,
             "Utgår enligt KS beslut 2025-04-08 § 61, ingår i kontroll 4.1.", "UTGAR", ""),
        ]),
    ]
    r = 7
    for group, rows in data:
        ws.cell(row=r, column=1, value=group).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="44546A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for row in rows:
            vals = row[:10]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            exp(fil, namnd, row[2], row[10], row[11])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av kommundirektör Anna Berglund 2025-09-10")
    ws.cell(row=r + 1, column=1, value="Behandlas i kommunstyrelsen 2025-09-30")
    widths = [6, 18, 44, 30, 22, 12, 12, 12, 12, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, last year's columns kept, symbols + legend
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IK-uppföljning 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Internkontrollplan – uppföljning 2025, tertial 2 "
                "(föregående års resultat visas för jämförelse)")
    ws["A2"].font = Font(italic=True)
    # two-level header
    ws["A4"] = "Kontroll"
    ws.merge_cells("A4:C4")
    ws["D4"] = "Utfall 2024"
    ws.merge_cells("D4:E4")
    ws["F4"] = "Utfall 2025"
    ws.merge_cells("F4:I4")
    sub = ["Nr", "Kontrollmoment", "Ansvarig", "Helår 2024", "Kommentar 2024",
           "T1", "T2", "T3", "Kommentar 2025"]
    for i, h in enumerate(sub, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for col in range(1, 10):
        c = ws.cell(row=4, column=col)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="B4C6E7")
        c.alignment = Alignment(horizontal="center")
        c.border = BORDER
    F, D, E, U = "●", "◐", "○", "–"
    rows = [
        (1, "Kontroll av att elevhälsans journaler förs enligt patientdatalagen", "Verksamhetschef elevhälsa",
         F, "Inga brister.", D, F, None,
         "Granskning av 25 journaler klar, 3 saknade signering – åtgärdat.", "GENOMFORD", "ja"),
        (2, "Skolskjutsbeslut fattas enligt delegationsordningen", "Skolskjutshandläggare",
         F, None, None, F, None,
         "Stickprov 15 beslut, samtliga fattade av rätt delegat.", "GENOMFORD", "nej"),
        (3, "Anmälan om kränkande behandling hanteras inom fem arbetsdagar", "Rektorer / utvecklingsledare",
         D, "Rutinen ej implementerad på alla enheter.", D, D, None,
         "78 % av anmälningarna hanterade inom fem arbetsdagar (mål 100 %). Uppföljning fortsätter T3.",
         "DELVIS", "ja"),
        (4, "Registerkontroll i belastningsregistret vid nyanställning", "HR-specialist",
         F, "Inga avvikelser.", F, F, None,
         "Stickprov 30 anställningar, 1 saknade registerutdrag – komplettering inhämtad.", "GENOMFORD", "ja"),
        (5, "Fakturering av barnomsorgsavgifter stäms av mot inkomstuppgifter", "Placeringsenheten",
         E, "Skjuts till 2025.", E, E, None,
         "Inkomstkontrollen görs i samband med omläggning av maxtaxan, planeras till november.",
         "EJ_GENOMFORD", ""),
        (6, "Kontroll av att elevers frånvaro rapporteras till vårdnadshavare samma dag", "Rektorer",
         F, "Kontrollerat på samtliga F–9-skolor, inga avvikelser.", None, None, None,
         None, "SAKNAS", ""),
        (7, "Inventering av digitala elevenheter (Chromebooks)", "IT-samordnare",
         None, None, D, F, None,
         "Inventering klar. 42 enheter saknas och har skrivits av.", "GENOMFORD", "ja"),
        (8, "Uppföljning av fristående förskolors bidragsunderlag", "Controller",
         None, None, U, U, None,
         "Utgår – ansvaret flyttat till kommunstyrelsen från 1 mars 2025.", "UTGAR", ""),
        (9, "Lönekontroll av timanställda vikarier mot schema", "Löneenheten / rektorer",
         F, None, None, None, None,
         "Redovisas muntligt vid nämndens sammanträde i september.", "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP if i in (2, 3, 5, 9) else Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring:").font = BOLD
    ws.cell(row=r + 1, column=2, value="●  Genomförd")
    ws.cell(row=r + 2, column=2, value="◐  Pågår / delvis genomförd")
    ws.cell(row=r + 3, column=2, value="○  Ej påbörjad")
    ws.cell(row=r + 4, column=2, value="–  Utgår")
    ws.cell(row=r + 6, column=2, value="Sammanställt av: Maria Lund, controller, 2025-09-04")
    widths = [5, 48, 22, 11, 30, 7, 7, 7, 52]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.center.text = "Barn- och utbildningsförvaltningen"
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, one sheet per tertial (T1, T2, T3) + instruction sheet
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_intern_kontroll_tertial_2025.xlsx"
    namnd = "Socialnämnden"
    # id, process, risk, km, (T1 status, avv, komm), (T2 status, avv, komm), expected status, avv
    controls = [
        ("a", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut i verksamhetssystemet",
         ("Genomförd", "Nej", "Stickprov 40 utbetalningar jan–apr, inga avvikelser."),
         ("Genomförd med avvikelse", "Ja",
          "1 av 40 utbetalningar avvek från beslut (dubbel hyra). Återkrav upprättat."),
         "GENOMFORD", "ja"),
        ("b", "Ekonomiskt bistånd", "Bidragsbrott",
         "Kontroll mot Försäkringskassan och CSN (SSBTEK) vid nyansökan",
         ("Delvis genomförd", None, "Halva urvalet granskat."),
         ("Genomförd", "Nej", "Samtliga 25 granskade ärenden hade SSBTEK-kontroll."),
         "GENOMFORD", "nej"),
        ("c", "Barn och unga", "Barn far illa utan att åtgärd vidtas",
         "Förhandsbedömning av orosanmälan inom 14 dagar",
         ("Genomförd", "Nej", "97 % inom 14 dagar."),
         ("Genomförd", "Ja", "91 % inom 14 dagar under maj–aug. Sommarbemanning förklarar avvikelsen."),
         "GENOMFORD", "ja"),
        ("d", "Barn och unga", "Placerade barn följs inte upp",
         "Uppföljning av placerade barns vårdplaner",
         ("Delvis genomförd", None, "12 av 24 akter granskade, resterande granskas under hösten."),
         (None, None, None),
         "DELVIS", ""),
        ("e", "Personal och bemanning", "Olämplig personal anställs",
         "Kontroll av att utdrag ur belastningsregistret finns för personal inom HVB",
         ("Ej genomförd", None, "Planeras till T2."),
         ("Genomförd", "Nej", "Utdrag fanns för samtliga 18 anställda på HVB Ekbacken."),
         "GENOMFORD", "nej"),
        ("f", "Personal och bemanning", "Felaktiga löneutbetalningar",
         "Timanställdas arbetade timmar stäms av mot schema och lön",
         ("Ej genomförd", None, None),
         ("Ej genomförd", None, "Resursbrist på HR-enheten, flyttas till T3."),
         "EJ_GENOMFORD", ""),
        ("g", "Informationssäkerhet", "Obehörig åtkomst till personuppgifter",
         "Loggkontroll av åtkomst till personakter i Lifecare",
         ("Genomförd", "Nej", "Stickprov 20 loggar, inga obehöriga."),
         ("Genomförd", "Ja", "En obehörig åtkomst upptäckt, anmäld till dataskyddsombudet och arbetsrättsligt hanterad."),
         "GENOMFORD", "ja"),
        ("h", "Informationssäkerhet", "Sekretessbelagda uppgifter lämnas ut",
         "Sekretessmarkering av handlingar vid utlämnande",
         ("Utgår", None, "Ersätts av ny rutin för utlämnande, beslut SN 2025-03-19 § 34."),
         ("Utgår", None, "Se T1."),
         "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Socialnämnden – intern kontroll 2025",
        "",
        "Arbetsbok för uppföljning av internkontrollplanen. En flik per tertial.",
        "Fyll i kolumnerna Status, Avvikelse och Kommentar på fliken för aktuell tertial.",
        "Statusvärden: Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd, Utgår.",
        "Avvikelse: Ja / Nej.",
        "Kontaktperson: Jonas Ek, kvalitetsutvecklare, socialförvaltningen.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 100

    def sheet(title, periodtext, idx):
        ws = wb.create_sheet(title)
        ws["A1"] = "Socialnämnden – intern kontroll 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = periodtext
        hdr = ["Process", "Risk", "Kontrollmoment", "Status", "Avvikelse", "Kommentar"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BORDER
        r = 5
        prev = None
        start = None
        for ctl in controls:
            if ctl[1] != prev:
                if prev is not None and r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.cell(row=r, column=1, value=ctl[1])
                prev = ctl[1]
                start = r
            ws.cell(row=r, column=2, value=ctl[2])
            ws.cell(row=r, column=3, value=ctl[3])
            if idx is not None:
                st, av, km = ctl[idx]
                ws.cell(row=r, column=4, value=st)
                ws.cell(row=r, column=5, value=av)
                ws.cell(row=r, column=6, value=km)
            for col in range(1, 7):
                ws.cell(row=r, column=col).border = BORDER
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        for i, w in enumerate([22, 30, 50, 22, 11, 55], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        return ws

    sheet("T1 2025", "Tertial 1 (januari–april)", 4)
    wst2 = sheet("T2 2025", "Tertial 2 (januari–augusti)", 5)
    sheet("T3 2025", "Tertial 3 / helår (januari–december)", None)
    wb.active = wb.sheetnames.index("T2 2025")
    wst2.sheet_view.tabSelected = True
    wb["Instruktion"].sheet_view.tabSelected = False
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    for ctl in controls:
        exp(fil, namnd, ctl[3], ctl[6], ctl[7])
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - docx, table with Kommentar T1 / Kommentar T2 only
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur- och fritid uppföljning IKP T2 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Lindvik kommun – Kultur- och fritidsförvaltningen"
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (KFN § 98). "
        "Nedan redovisas förvaltningens kommentarer per kontrollmoment för tertial 1 och tertial 2. "
        "Helårsuppföljningen redovisas i februari 2026.")
    rows = [
        ("Kassahantering i simhallens reception – dagsavstämning mot kassasystem",
         "Stickprov 10 dagar per tertial", "Enhetschef Lindviksbadet",
         "Stickprov 10 dagar, inga differenser.",
         "Stickprov 10 dagar juni–augusti. Två differenser (totalt 1 850 kr) som inte kunnat förklaras, "
         "anmält till förvaltningschef. Kontrollen genomförd.",
         "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt beslutade riktlinjer",
         "Granskning av ansökningar mot underlag", "Föreningskonsulent",
         "Vårens aktivitetsbidrag kontrollerade, inga avvikelser.",
         "Kontroll av lokalbidrag genomförd i juni. Två föreningar hade felaktiga medlemsuppgifter, "
         "bidrag återkrävt.",
         "GENOMFORD", "ja"),
        ("Uthyrning av lokaler faktureras enligt taxa",
         "Jämförelse bokningssystem – fakturering", "Bokningsansvarig",
         "Ej påbörjad.",
         "Pågår. Jämförelsen för januari–juni är klar, juli–augusti återstår.",
         "DELVIS", ""),
        ("Inventering av konstsamlingen",
         "Fysisk inventering mot konstregistret", "Kulturstrateg",
         "Planeras till hösten.",
         "",
         "EJ_GENOMFORD", ""),
        ("Kontroll av att bidragsmottagare lämnat verksamhetsberättelse",
         "Genomgång av inkomna handlingar", "Föreningskonsulent",
         "Utgår, ingår i kontrollen av föreningsbidrag.",
         "Utgår.",
         "UTGAR", ""),
        ("Tillträdesbehörigheter (passerkort) till fritidsgårdar stäms av",
         "Avstämning passersystem mot personallista", "Enhetschef fritid",
         "",
         "Se bilaga 1.",
         "OKLAR", ""),
        ("Avtalstrohet vid inköp av förbrukningsmaterial",
         "Stickprov 20 inköp", "Administrativ chef",
         "",
         "Genomförd. 18 av 20 inköp gjordes hos avtalsleverantör, 2 inköp utanför avtal.",
         "GENOMFORD", "ja"),
        ("Uppföljning av lönetillägg för kvälls- och helgarbete",
         "Stickprov mot schema", "Löneadministratör",
         "",
         "",
         "SAKNAS", ""),
    ]
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Kommentar T1", "Kommentar T2"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_shading(cell, "DDEBF7")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            cells[i].text = v
        exp(fil, namnd, row[0], row[5], row[6])
    widths = [Cm(6.5), Cm(4.5), Cm(3.5), Cm(5.5), Cm(6.5)]
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Bilaga 1: Avstämning passersystem (separat fil, ej bifogad i denna sammanställning).")
    d.add_paragraph("")
    d.add_paragraph("Lindvik 2025-09-05")
    d.add_paragraph("Karin Ståhl\nFörvaltningschef, kultur- och fritidsförvaltningen")
    fix_doc_props(d, "Karin Ståhl")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - ods, plan columns beside follow-up columns, codes
# ---------------------------------------------------------------------------
def file_sbn(tmp):
    fil = "Samhällsbyggnad_IKplan_2025_plan_och_uppföljning.ods"
    namnd = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A3"] = "Uppföljning per 31 augusti 2025 (tertial 2)"
    ws["A3"].font = Font(bold=True)
    top = [("A5:A6", "Id"), ("B5:B6", "Process"), ("C5:C6", "Kontrollmoment"), ("D5:D6", "Frekvens"),
           ("E5:G5", "Planerad kontroll (x)"), ("H5:J5", "Uppföljning (kod)"),
           ("K5:K6", "Avvikelse"), ("L5:L6", "Kommentar / åtgärd")]
    for rng, txt in top:
        first = rng.split(":")[0]
        ws[first] = txt
        ws.merge_cells(rng)
    for col, txt in zip("EFGHIJ", ["T1", "T2", "T3", "T1", "T2", "T3"]):
        ws[col + "6"] = txt
    for row in (5, 6):
        for col in range(1, 13):
            c = ws.cell(row=row, column=col)
            c.font = BOLD
            c.fill = PatternFill("solid", fgColor="E2EFDA") if 5 <= col <= 7 else (
                PatternFill("solid", fgColor="FCE4D6") if 8 <= col <= 10 else HEAD_FILL)
            c.border = BORDER
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("SB1", "Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Löpande",
         ("x", "x", "x"), ("OK", "A", None), "Ja",
         "3 av 52 ärenden överskred 10 veckor, avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
        ("SB2", "Bygglov", "Debitering av bygglovsavgifter enligt gällande taxa", "1 ggr/år",
         (None, "x", None), (None, "OK", None), "Nej",
         "Stickprov 20 ärenden.", "GENOMFORD", "nej"),
        ("SB3", "Mark och exploatering", "Markanvisningsavtal följs upp mot avtalad tidplan", "1 ggr/år",
         (None, None, "x"), (None, None, None), None,
         None, "SAKNAS", ""),
        ("SB4", "Mark och exploatering", "Arrendeavgifter faktureras enligt avtal", "1 ggr/år",
         (None, "x", None), (None, "EJ", None), None,
         "Ej utförd på grund av vakant tjänst som mark- och exploateringsingenjör, flyttas till T3.",
         "EJ_GENOMFORD", ""),
        ("SB5", "Planering", "Plankostnadsavtal tecknas före planstart", "2 ggr/år",
         ("x", "x", None), ("OK", "OK", None), "Nej",
         "Samtliga 6 planuppdrag 2025 hade avtal före start.", "GENOMFORD", "nej"),
        ("SB6", "Geodata", "Behörigheter i GIS-systemet och fastighetsregistret stäms av", "1 ggr/år",
         (None, "x", None), (None, "P", None), None,
         "Avstämning påbörjad, klar i september.", "DELVIS", ""),
        ("SB7", "Administration", "Kontroll av att ärenden diarieförs inom tre dagar", "1 ggr/år",
         ("x", None, None), ("U", "U", None), None,
         "Utgår – ingår i kommunövergripande granskning av diarieföring (KS).", "UTGAR", ""),
        ("SB8", "Tillsyn", "Tillsyn av ovårdade tomter följer tillsynsplanen", "2 ggr/år",
         (None, "x", "x"), (None, "A", None), "Ja",
         "Stickprov visade att 2 ärenden saknat kommunicering med fastighetsägaren innan beslut.",
         "GENOMFORD", "ja"),
    ]
    r = 7
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], *row[4], *row[5], row[6], row[7]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP if i in (2, 3, 12) else Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Koder för uppföljning:").font = BOLD
    legend = ["OK = genomförd utan anmärkning", "A = genomförd, avvikelse noterad",
              "P = påbörjad / pågår", "EJ = ej genomförd", "U = utgår"]
    for i, t in enumerate(legend, 1):
        ws.cell(row=r + i, column=2, value=t)
    ws.cell(row=r + 7, column=2, value="Planerad kontroll: x = kontrollen ska genomföras under tertialen.")
    widths = [6, 20, 48, 10, 5, 5, 5, 5, 5, 5, 10, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props(wb)
    src = os.path.join(tmp, "sbn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, "sbn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 6. Stratsys export - csv, two nämnder (förvaltning names), one row per control and tertial
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    VON = ("Vård- och omsorgsförvaltningen", "Vård- och omsorgsnämnden")
    MBN = ("Miljö- och byggförvaltningen", "Miljö- och byggnämnden")
    # enhet, område, km, ansvarig, [(period, status, kommentar, avvikelse, datum)], exp status, exp avv
    ctl = [
        (VON, "Hälso- och sjukvård",
         "Läkemedelshantering – signeringslistor kontrolleras på särskilda boenden", "MAS",
         [("Tertial 1 2025", "Pågående", "Granskning påbörjad på 3 av 6 boenden.", "", "2025-05-06"),
          ("Tertial 2 2025", "Klar", "Granskning av 6 boenden, 2 boenden saknade signeringar vid helger.",
           "Ja", "2025-09-02")], "GENOMFORD", "ja"),
        (VON, "Ekonomi", "Avgifter inom hemtjänst debiteras enligt beslut", "Avgiftshandläggare",
         [("Tertial 1 2025", "Klar", "Stickprov 30 kunder, inga fel.", "Nej", "2025-05-02"),
          ("Tertial 2 2025", "Klar", "Stickprov 30 kunder, inga fel.", "Nej", "2025-09-01")],
         "GENOMFORD", "nej"),
        (VON, "Myndighetsutövning", "Genomförandeplaner upprättas inom 14 dagar från verkställighet",
         "Enhetschefer hemtjänst",
         [("Tertial 1 2025", "Pågående", "Mätning startad i april.", "", "2025-05-06"),
          ("Tertial 2 2025", "Pågående", "Andel inom 14 dagar: 68 % (mål 90 %).", "Ja", "2025-09-03")],
         "DELVIS", "ja"),
        (VON, "Säkerhet", "Kontroll av att nyckelhantering i hemtjänsten följer rutin",
         "Enhetschefer hemtjänst",
         [("Tertial 1 2025", "Klar", "Kvittenslistor kontrollerade i alla fyra hemtjänstgrupper, inga avvikelser.",
           "Nej", "2025-04-29"),
          ("Tertial 2 2025", "", "", "", "")], "GENOMFORD", "nej"),
        (VON, "Personal", "Bisysslor hos personal kartläggs och bedöms", "HR-partner",
         [("Tertial 1 2025", "Ej påbörjad", "", "", "2025-05-06"),
          ("Tertial 2 2025", "Ej påbörjad", "Enkät till medarbetare skickas ut i oktober.", "", "2025-09-03")],
         "EJ_GENOMFORD", ""),
        (VON, "Kvalitet", "Lex Sarah-rapporter utreds och anmäls inom föreskriven tid", "Kvalitetsutvecklare",
         [("Tertial 1 2025", "", "", "", ""),
          ("Tertial 2 2025", "Klar", "Samtliga 9 rapporter utredda inom tid, 1 anmäld till IVO.", "Nej",
           "2025-08-28")], "GENOMFORD", "nej"),
        (MBN, "Livsmedelskontroll", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa",
         "Enhetschef miljö",
         [("Tertial 1 2025", "Klar", "Inga avvikelser.", "Nej", "2025-05-05"),
          ("Tertial 2 2025", "Klar", "4 av 40 anläggningar felklassade i riskklass, debitering justerad.", "Ja",
           "2025-09-04")], "GENOMFORD", "ja"),
        (MBN, "Miljö", "Handläggning av strandskyddsdispenser inom lagstadgad tid", "Miljöstrateg",
         [("Tertial 2 2025", "Pågående", "", "", "2025-09-04")], "DELVIS", ""),
        (MBN, "Nämndadministration", "Kontroll av delegationsbeslut – anmälan till nämnd", "Nämndsekreterare",
         [("Tertial 1 2025", "Klar", "", "Nej", "2025-05-05"),
          ("Tertial 2 2025", "Klar", "Samtliga delegationsbeslut anmälda.", "Nej", "2025-09-04")],
         "GENOMFORD", "nej"),
        (MBN, "Nämndadministration", "Kontroll av att inspektörer har lämnat jävsdeklaration",
         "Förvaltningschef",
         [("Tertial 1 2025", "Ej aktuell", "Utgår enligt beslut MBN 2025-02-12 § 9.", "", "2025-05-05"),
          ("Tertial 2 2025", "Ej aktuell", "", "", "2025-09-04")], "UTGAR", ""),
        (MBN, "Arkiv", "Arkivering av avslutade tillsynsärenden", "Arkivredogörare",
         [("Tertial 1 2025", "Ej påbörjad", "", "", "2025-05-05"),
          ("Tertial 2 2025", "", "Ej genomförd under perioden på grund av systembyte (Ecos 2).", "",
           "2025-09-04")], "EJ_GENOMFORD", ""),
    ]
    hdr = ["Enhet", "Plan", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status",
           "Kommentar", "Avvikelse", "Senast ändrad"]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (enhet, namnd), omr, km, ans, periods, st, av in ctl:
            for per, status, komm, avv, dat in periods:
                w.writerow([enhet, "Internkontrollplan 2025", omr, km, ans, per, status, komm, avv, dat])
            exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", VON[1], YEAR, "T2"))
    FILES.append((fil, "INLAST", MBN[1], YEAR, "T2"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - xls, status by fill colour only, nämnd only in print header / file name
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN uppföljning internkontroll T2-2025.xls"
    namnd = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    # xlwt's setter only takes bytes and then fails on non-ASCII; set the str directly
    ws._Worksheet__header_str = "&LTekniska nämnden&RLindvik kommun"
    ws._Worksheet__footer_str = "&LUtskrivet &D&RSida &P av &N"
    title = xlwt.easyxf("font: bold on, height 280;")
    bold = xlwt.easyxf("font: bold on;")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre;")
    txt = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top;")
    fills = {
        "G": xlwt.easyxf("pattern: pattern solid, fore_colour bright_green; "
                         "borders: left thin, right thin, top thin, bottom thin;"),
        "Y": xlwt.easyxf("pattern: pattern solid, fore_colour yellow; "
                         "borders: left thin, right thin, top thin, bottom thin;"),
        "R": xlwt.easyxf("pattern: pattern solid, fore_colour red; "
                         "borders: left thin, right thin, top thin, bottom thin;"),
        "U": xlwt.easyxf("pattern: pattern solid, fore_colour gray40; "
                         "borders: left thin, right thin, top thin, bottom thin;"),
        None: txt,
    }
    ws.write(0, 0, "Uppföljning internkontroll 2025", title)
    ws.write(1, 0, "Tertial 2, januari–augusti", bold)
    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, head)
    rows = [
        ("VA", "Debitering av VA-avgifter stäms av mot mätaravläsningar", "VA-ekonom",
         "G", "G", None, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "Driftchef VA",
         "G", "Y", None, "Provtagning pågår enligt plan, juli–augusti analyseras i september.", "DELVIS", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs och attesteras", "Fordonssamordnare",
         "Y", "G", None, "Körjournaler saknades för 5 av 22 fordon. Åtgärdsplan tas fram.", "GENOMFORD", "ja"),
        ("Fordon", "Drivmedelskort – kontroll av tankningar mot fordon", "Fordonssamordnare",
         "R", "R", None, "Ej genomförd, ny leverantör av drivmedelskort från juni.", "EJ_GENOMFORD", ""),
        ("Gata", "Vinterväghållning – entreprenörens fakturor stäms av mot körrapporter", "Gatuchef",
         "G", None, None, "Kontrollen avser vintersäsongen och genomfördes T1, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Fastighet", "Hyresavtal för externt inhyrda lokaler följs upp mot fakturor", "Fastighetsstrateg",
         None, "Y", None, "8 av 14 avtal kontrollerade.", "DELVIS", ""),
        ("Fastighet", "Lagstadgade besiktningar (OVK, hissar) utförs enligt plan", "Driftchef fastighet",
         "G", "G", None, "2 anläggningar fick anmärkning vid OVK, åtgärdas under hösten.", "GENOMFORD", "ja"),
        ("Inköp", "Kontroll av att upphandlade ramavtal för hantverkstjänster används", "Teknisk chef",
         "U", "U", None, "Utgår – ersatt av kommungemensam kontroll (KS).", "UTGAR", ""),
    ]
    r = 4
    for row in rows:
        ws.write(r, 0, row[0], txt)
        ws.write(r, 1, row[1], txt)
        ws.write(r, 2, row[2], txt)
        for i, code in enumerate(row[3:6]):
            ws.write(r, 3 + i, "", fills[code])
        ws.write(r, 6, row[6], txt)
        exp(fil, namnd, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.write(r, 0, "Färgförklaring", bold)
    for i, (code, t) in enumerate([("G", "Genomförd"), ("Y", "Påbörjad / delvis genomförd"),
                                   ("R", "Ej genomförd"), ("U", "Utgår")], 1):
        ws.write(r + i, 0, "", fills[code])
        ws.write(r + i, 1, t)
    ws.write(r + 6, 0, "Rapporterat av: Olof Nyman, teknisk chef, 2025-09-09")
    for i, w in enumerate([12, 48, 20, 6, 6, 6, 55]):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 8. Lindviksbostäder AB - .doc (Word 97), simple status table (easy)
# ---------------------------------------------------------------------------
def file_lbab(tmp):
    fil = "Lindviksbostäder intern kontroll tertial 2 2025.doc"
    namnd = "Lindviksbostäder AB"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Lindviksbostäder AB")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning intern kontroll – tertial 2 2025")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Styrelsen fastställde bolagets internkontrollplan för 2025 den 20 januari 2025. "
                    "Uppföljningen avser perioden januari–augusti 2025.")
    rows = [
        ("1", "Hyresadministration", "Hyresavier och hyreshöjningar stäms av mot förhandlingsprotokoll",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Hyresadministration", "Kontroll av kundfordringar och inkassoärenden",
         "Genomförd med anmärkning", "Två ärenden hade inte överlämnats till inkasso enligt rutin.",
         "GENOMFORD", "ja"),
        ("3", "Underhåll", "Attest av entreprenörsfakturor mot beställning och avtal",
         "Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Underhåll", "Uppföljning av planerat underhåll mot underhållsplan",
         "Pågår", "Utfall 55 % av årets underhållsbudget per augusti.", "DELVIS", ""),
        ("5", "Säkerhet", "Systematiskt brandskyddsarbete (SBA) i bostadsområdena",
         "Ej genomförd", "Kontrollen flyttad till tertial 3 på grund av semesterperioden.",
         "EJ_GENOMFORD", ""),
        ("6", "Säkerhet", "Nyckel- och taggsystem – spärr av borttappade taggar",
         "Genomförd", "", "GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollområde", "Kontrollmoment", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            cells[i].text = v
        exp(fil, namnd, row[2], row[5], row[6])
    d.add_paragraph("")
    d.add_paragraph("Lindvik den 3 september 2025")
    d.add_paragraph("Per Hallén, VD")
    fix_doc_props(d, "Per Hallén")
    src = os.path.join(tmp, "lbab.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, "lbab.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 9. REJECT - covering instruction from the economy office (no follow-up in it)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Anvisning uppföljning intern kontroll T2 2025.docx"
    d = docx.Document()
    d.add_heading("Anvisning – uppföljning av intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph("Till: nämndernas förvaltningschefer och controllers\n"
                    "Från: Ekonomienheten, kommunledningsförvaltningen\nDatum: 2025-08-18")
    d.add_paragraph(
        "Nämnderna ska följa upp sina internkontrollplaner per tertial. Uppföljningen för tertial 2 "
        "(januari–augusti) lämnas till ekonomienheten senast den 10 september 2025 och behandlas därefter "
        "i respektive nämnd. Använd gärna den gemensamma mallen där status anges per tertial i kolumnerna "
        "T1, T2 och T3. Lämna T3 tom tills helårsuppföljningen.")
    d.add_paragraph("Tidplan för uppföljningen 2025:")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Tertial", "Period", "Underlag till ekonomienheten", "Behandling i nämnd"]):
        t.rows[0].cells[i].text = h
    for row in [("T1", "januari–april", "2025-05-15", "maj/juni"),
                ("T2", "januari–augusti", "2025-09-10", "september/oktober"),
                ("T3 (helår)", "januari–december", "2026-01-20", "februari 2026")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Statusvärden som ska användas: Genomförd, Pågår, Ej påbörjad, Utgår. "
                    "Ange alltid om avvikelse har upptäckts och beskriv åtgärd i kommentarsfältet.")
    d.add_paragraph("Frågor besvaras av Lena Holm, controller, lena.holm@lindvik.se.")
    fix_doc_props(d, "Lena Holm")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Lindviksbostäder AB", "LBAB|Lindviksbostäder|Lindviks Bostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r180_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_kfn()
        file_sbn(tmp)
        file_stratsys()
        file_tn()
        file_lbab(tmp)
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
