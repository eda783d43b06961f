#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 450 - Dals-Ed kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round450"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
HEAD_FONT = Font(bold=True, color="FFFFFF")
TEMPLATE = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Metod", "Status", "Kommentar"]


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain common template (easy)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK-uppföljning helår 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = "Uppföljningsperiod: 2025-01-01 – 2025-12-31"
    hr = 6
    for c, h in enumerate(TEMPLATE, 1):
        cell = ws.cell(hr, c, h)
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.border = BOX
    rows = [
        ("Ekonomi – leverantörsfakturor", "Felaktiga utbetalningar till leverantörer",
         "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov 20 fakturor per halvår", "Genomförd",
         "Stickprov om 40 fakturor. Två fakturor saknade beslutsattest. Attestordningen har förtydligats för budgetansvariga.",
         "GENOMFORD", "ja"),
        ("Ekonomi – förtroendekänsliga poster", "Kostnader som kan uppfattas som otillbörliga",
         "Kontroll av representation och förtroendekänsliga poster", "Controller",
         "Genomgång av samtliga verifikationer på konto 7610–7690", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal – lön", "Felaktiga löneutbetalningar",
         "Kontroll att anställningsavtal finns registrerade innan första löneutbetalning", "HR-chef",
         "Stickprov 15 nyanställningar", "Delvis genomförd",
         "Stickprov för januari–juni genomfört, inga avvikelser i den granskade delen. Andra halvåret återstår.",
         "DELVIS", "nej"),
        ("IT och informationssäkerhet", "Obehörig åtkomst till ekonomisystemet",
         "Behörighetsgenomgång i ekonomisystemet Visma", "IT-samordnare",
         "Jämför behörighetslista mot aktuell personalförteckning", "Se bilaga 2", None,
         "OKLAR", ""),
        ("Upphandling", "Inköp görs utanför avtal",
         "Kontroll av avtalstrohet vid inköp över 100 000 kr", "Upphandlare",
         "Stickprov 10 inköp", "Ej genomförd",
         "Ej genomförd på grund av vakans på upphandlartjänsten. Flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("Delegering", "Beslut fattas utan giltig delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Nämndsekreterare",
         "Avstämning av protokoll mot delegationslistor", None,
         "Kontrollen är utförd för hela året, samtliga beslut har anmälts.", "GENOMFORD", "nej"),
        ("Säkerhet och beredskap", "Bristande förmåga vid kris",
         "Uppdatering av krisledningsplanen", "Säkerhetssamordnare",
         "Granskning av planens aktualitet", "Utgår",
         "Utgår – ersätts av ny plan för civilt försvar (KS 2025-04-09 § 61).", "UTGAR", ""),
        ("Arkiv och diarium", "Allmänna handlingar registreras inte",
         "Kontroll att allmänna handlingar diarieförs inom tre dagar", "Registrator",
         "Stickprov 25 inkomna handlingar", None, None, "SAKNAS", ""),
    ]
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställd av: Anna Karlsson, ekonom, 2026-01-22")
    ws.cell(r + 1, 1, "Godkänd av kommunchef: Lars Persson")
    for col, w in zip("ABCDEFG", (26, 30, 44, 18, 30, 16, 50)):
        ws.column_dimensions[col].width = w
    fix_wb(wb, "Anna Karlsson")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - sheet per verksamhet, delår + helår columns,
#    statuses as whole phrases, instruction sheet, notes row, group headings
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN internkontroll helår 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Fyll i status för respektive kontrollmoment i kolumnen för aktuell period.",
        "Använd någon av följande formuleringar:",
        "   Granskning genomförd utan anmärkning",
        "   Granskning genomförd med anmärkning (beskriv anmärkningen i kommentarskolumnen)",
        "   Granskning påbörjad",
        "   Granskning ej påbörjad",
        "   Ej aktuell (ange skäl)",
        "",
        "Ett blad per verksamhet. Bladen sammanställs av nämndens controller.",
        "Exempel: Kontroll av X | Granskning genomförd utan anmärkning",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 90

    header = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Metod",
              "Status delår (aug)", "Status helår", "Kommentar"]
    fill_proc = PatternFill("solid", fgColor="D9E1F2")

    def sheet(title, verksamhet, blocks, notes=None):
        ws = wb.create_sheet(title)
        ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025, uppföljning"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Verksamhet: " + verksamhet
        ws["A3"] = "Barn- och utbildningsförvaltningen"
        hr = 5
        for c, h in enumerate(header, 1):
            cell = ws.cell(hr, c, h)
            cell.fill = HEAD_FILL
            cell.font = HEAD_FONT
            cell.border = BOX
            cell.alignment = WRAP
        r = hr + 1
        for proc, rows in blocks:
            ws.cell(r, 1, "Process: " + proc).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill_proc
            r += 1
            for row in rows:
                vals = [proc] + list(row[:7])
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                exp(fil, N, row[1], row[7], row[8])
                r += 1
        if notes:
            r += 1
            for n in notes:
                ws.cell(r, 1, n).font = Font(italic=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                r += 1
        for col, w in zip("ABCDEFGH", (20, 28, 44, 18, 28, 22, 26, 46)):
            ws.column_dimensions[col].width = w

    sheet("Förskola", "Förskola", [
        ("Verksamhetsstyrning", [
            ("Felaktig planering av platser",
             "Kontroll av att barngruppernas storlek rapporteras till huvudmannen varje månad",
             "Förskolechef", "Avstämning av månadsrapporter",
             "Granskning påbörjad", "Granskning genomförd utan anmärkning", None,
             "GENOMFORD", "nej"),
        ]),
        ("Ekonomi", [
            ("Felaktig debitering av barnomsorgsavgift",
             "Avgiftsdebitering – kontroll att inkomstuppgifter finns för samtliga hushåll",
             "Administratör", "Körning av lista ur avgiftssystemet",
             "Granskning genomförd med anmärkning", "Granskning genomförd med anmärkning",
             "12 hushåll saknade inkomstuppgift och har debiterats maxtaxa. Påminnelse skickad.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal", [
            ("Olämplig person anställs",
             "Kontroll av registerutdrag ur belastningsregistret vid nyanställning",
             "Rektor förskola", "Stickprov 10 anställningar",
             "Granskning påbörjad", None, None,
             "DELVIS", ""),
        ]),
    ])
    sheet("Grundskola", "Grundskola F–9", [
        ("Elevhälsa och närvaro", [
            ("Elever fullgör inte sin skolplikt",
             "Skolpliktsbevakning – kontroll av elever med hög frånvaro",
             "Rektor", "Genomgång av frånvarorapporter per månad",
             None, "Granskning genomförd utan anmärkning",
             "Samtliga elever med över 15 % frånvaro har aktuell åtgärdsplan.",
             "GENOMFORD", "nej"),
            ("Kränkningar utreds inte",
             "Anmälan av kränkande behandling till huvudman inom fem dagar",
             "Rektor", "Avstämning av anmälningar i DF Respons",
             "Granskning påbörjad", "Granskning genomförd med anmärkning",
             "3 av 21 anmälningar kom in senare än fem dagar efter händelsen.",
             "GENOMFORD", "ja"),
            ("Elever får inte stöd",
             "Åtgärdsprogram upprättas för elever i behov av särskilt stöd",
             "Elevhälsochef", "Stickprov 15 elever",
             None, "Granskning genomförd utan anmärkning", None,
             "GENOMFORD", "nej"),
        ]),
        ("Skolskjuts", [
            ("Betalning för ej utförda resor",
             "Skolskjuts – kontroll av fakturor mot beställda resor",
             "Skolskjutssamordnare", "Stickprov två månader",
             "Granskning ej påbörjad", "Granskning ej påbörjad",
             "Ny upphandling av skolskjuts under hösten, kontrollen flyttas till 2026.",
             "EJ_GENOMFORD", ""),
        ]),
    ], notes=["Not: Status avser läget per 2025-12-31. Kommentarer från delåret har tagits bort.",
              "Uppgiftslämnare: Karin Berg, rektor Hagaskolan"])
    sheet("Gymnasium och vuxenutb.", "Gymnasium och vuxenutbildning", [
        ("Ekonomi", [
            ("Felaktiga interkommunala ersättningar",
             "Kontroll av interkommunala ersättningar (IKE) mot elevregister",
             "Controller", "Avstämning mot elevregister i oktober",
             "Granskning genomförd utan anmärkning", "Granskning genomförd utan anmärkning",
             "Inga avvikelser mot elevregistret.",
             "GENOMFORD", "nej"),
        ]),
        ("Betyg", [
            ("Betyg rapporteras inte i tid",
             "Betygsrapportering – kontroll att betyg satts inom angiven tid",
             "Rektor vuxenutbildning", "Uttag ur betygsmodulen",
             None, "Ej aktuell",
             "Ingen kursavslutning inom kommunal vuxenutbildning i egen regi under 2025 (köps av Bengtsfors).",
             "UTGAR", ""),
        ]),
    ])
    fix_wb(wb, "Barn- och utbildningsförvaltningen")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word copy of the template, merged process cells, signature
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = (text or "").split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.5)


def file_sn():
    fil = "Socialnämnden uppföljning internkontroll helår 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    landscape(d)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden, Dals-Eds kommun")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 2024-12-11 § 142. Nedan redovisas utfallet "
        "av de kontroller som genomförts under året. Tabellen följer kommunens gemensamma mall. "
        "Avvikelser som upptäckts har åtgärdats löpande och redovisas i kommentarskolumnen.")
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga beslut",
         "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Enhetschef IFO", "Stickprov 30 beslut", "Genomförd",
         "Stickprov 30 beslut, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Avstämning av utbetalningar mot beslut i Viva",
         "Enhetschef IFO", "Månadsvis avstämning", "Genomförd med avvikelse",
         "En dubbelutbetalning upptäcktes i maj och har återkrävts.", "GENOMFORD", "ja"),
        ("Barn och unga", "Barn far illa utan att utredning inleds",
         "Orosanmälningar – förhandsbedömning inom 14 dagar",
         "1:e socialsekreterare", "Uttag ur verksamhetssystemet", "Pågår",
         "Sammanställning för januari–oktober klar.\nNovember–december återstår.", "DELVIS", ""),
        ("Äldreomsorg", "Insatser genomförs inte enligt beslut",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar från beslut",
         "Enhetschef hemtjänst", "Stickprov 20 brukare", "Ej genomförd",
         "Ej genomförd på grund av byte av verksamhetssystem under hösten.", "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Missförhållanden rapporteras inte",
         "Uppföljning av avvikelser enligt Lex Sarah",
         "MAS", "Genomgång av samtliga rapporter", "",
         "Samtliga rapporter under året har utretts inom föreskriven tid. Kontrollen är genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Svinn av narkotiska läkemedel",
         "Läkemedelshantering – kvartalsvis kontroll av narkotikaförteckning",
         "MAS", "Kvartalsvis inventering", "Genomförd", "", "GENOMFORD", ""),
        ("Personal", "Olämplig person anställs",
         "Kontroll av utdrag ur belastningsregistret vid anställning inom LSS",
         "Enhetschef LSS", "Stickprov 10 anställningar", "Utgår",
         "Utgår, hanteras centralt av HR sedan 2025-03-01.", "UTGAR", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(TEMPLATE):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for ri, row in enumerate(rows, 1):
        for ci in range(7):
            set_cell(t.rows[ri].cells[ci], row[ci])
        exp(fil, N, row[2], row[7], row[8])
    # merge process cells of consecutive equal processes (as the nämnd's secretary did)
    ri = 1
    while ri <= len(rows):
        rj = ri
        while rj + 1 <= len(rows) and rows[rj][0] == rows[ri - 1][0]:
            rj += 1
        if rj > ri:
            top = t.cell(ri, 0)
            merged = top.merge(t.cell(rj, 0))
            set_cell(merged, rows[ri - 1][0])
        ri = rj + 1
    d.add_paragraph("")
    d.add_paragraph("Dals-Ed 2026-01-28")
    d.add_paragraph("")
    d.add_paragraph("Maria Olsson\nSocialchef")
    fix_doc(d, "Maria Olsson", "Uppföljning internkontroll 2025")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - legacy .xls, förvaltning name only, codes with legend,
#    two years side by side, extra columns, group rows, note row
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_IK_helar2025.xls"
    N = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Samhällsbyggnad")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ital = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Samhällsbyggnadsförvaltningen – uppföljning internkontroll 2025", title)
    ws.write(1, 0, "Helårsuppföljning per 2025-12-31. Jämförelse med föregående år.")
    header = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Metod",
              "Frekvens", "Status helår 2024", "Status helår 2025", "Kommentar"]
    hr = 3
    for c, h in enumerate(header):
        ws.write(hr, c, h, head)
    data = [
        ("VA-verksamhet", [
            ("1.1", "Felaktig debitering av VA-avgifter", 9,
             "Kontroll av vattenmätaravläsning och debitering", "VA-chef",
             "Stickprov 25 abonnenter", "Årligen", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Otjänligt dricksvatten", 12,
             "Egenkontroll dricksvatten enligt provtagningsplan", "Driftingenjör VA",
             "Jämförelse provsvar mot plan", "Löpande", "G", "G",
             "Ett prov från Nössemarks vattenverk visade förhöjt värde av koliforma bakterier, åtgärdat och omprovtaget.",
             "GENOMFORD", "ja"),
        ]),
        ("Gata och park", [
            ("2.1", "Olycksrisk på lekplatser", 8,
             "Besiktning av lekplatser enligt SS-EN 1176", "Parkchef",
             "Egen besiktning + extern huvudbesiktning", "Årligen", "D", "D",
             "8 av 11 lekplatser besiktigade. Resterande tre besiktigas i april 2026.",
             "DELVIS", ""),
            ("2.2", "Betalning för ej utförd vinterväghållning", 6,
             "Kontroll av vinterväghållning mot entreprenadavtal", "Gatuchef",
             "Stickprov av körjournaler", "Vintersäsong", "", "E",
             "Ej genomförd, nytt avtal tecknades först i december.", "EJ_GENOMFORD", ""),
        ]),
        ("Fastighet", [
            ("3.1", "Bristande inomhusmiljö", 6,
             "Uppföljning av OVK (obligatorisk ventilationskontroll) i kommunens lokaler", "Fastighetschef",
             "Genomgång av OVK-protokoll", "Årligen", "D", "G",
             "Utförd. Två anmärkningar på Hagaskolan som har åtgärdats.", "GENOMFORD", "ja"),
            ("3.2", "Brand i kommunal byggnad", 12,
             "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras", "Fastighetsförvaltare",
             "Genomgång av SBA-pärmar", "Årligen", "G", "?",
             "Se separat rapport från fastighetsförvaltaren.", "OKLAR", ""),
            ("3.3", "Felaktiga fakturor", 9,
             "Attest av entreprenadfakturor mot avtal och ÄTA-beslut", "Fastighetschef",
             "Stickprov 15 fakturor", "Halvår", "G", "G",
             "Stickprov 15 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ]),
        ("Renhållning", [
            ("4.1", "Felaktig debitering av renhållningsavgift", 4,
             "Kontroll av kundregister för renhållningsabonnemang", "Renhållningsansvarig",
             "Avstämning kundregister mot fastighetsregister", "Årligen", "G", "U",
             "Verksamheten överförd till Dalslands miljö- och energiförbund 2025-01-01.", "UTGAR", ""),
        ]),
    ]
    r = hr + 1
    for proc, rows in data:
        ws.write_merge(r, r, 0, len(header) - 1, proc, grp)
        r += 1
        for row in rows:
            vals = [row[0], proc, row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9]]
            for c, v in enumerate(vals):
                ws.write(r, c, v, cellst)
            exp(fil, N, row[3], row[10], row[11])
            r += 1
    r += 1
    ws.write(r, 0, "Kommentar från förvaltningschef: Kontrollmoment 3.2 kompletteras muntligt vid nämndens sammanträde i februari.", ital)
    r += 2
    ws.write(r, 0, "Teckenförklaring status:", bold)
    legend = ["G = Genomförd", "D = Delvis genomförd", "E = Ej genomförd", "U = Utgår"]
    for i, l in enumerate(legend):
        ws.write(r + 1 + i, 0, l)
    widths = [6, 18, 30, 9, 44, 20, 30, 12, 12, 12, 50]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - ODS with traffic-light fills only (legend on top)
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid - internkontroll 2025 helår.ods"
    N = "Kultur- och fritidsnämnden"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="A6A6A6")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsuppföljning internkontrollplan 2025"
    ws["A4"] = "Färgmarkering i statuskolumnen:"
    ws["A4"].font = Font(bold=True)
    leg = [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
           (RED, "Ej genomförd"), (GREY, "Utgår / ej aktuell")]
    for i, (f, t) in enumerate(leg):
        ws.cell(5 + i, 1).fill = f
        ws.cell(5 + i, 2, t)
    hr = 10
    for c, h in enumerate(TEMPLATE, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BOX
    rows = [
        ("Föreningsbidrag", "Bidrag betalas ut felaktigt",
         "Kontroll av att föreningsbidrag betalas ut enligt bidragsnormerna", "Fritidskonsulent",
         "Stickprov 10 föreningar", GREEN, "Stickprov 10 föreningar, samtliga korrekta.", "GENOMFORD", "nej"),
        ("Kontanthantering", "Förskingring",
         "Kassahantering i simhallen – avstämning av dagskassor", "Badmästare",
         "Avstämning kassa mot kassarapport", YELLOW,
         "Avstämning görs månadsvis, årsavstämningen pågår.", "DELVIS", ""),
        ("Bibliotek", "Inköp utanför avtal",
         "Inventering av bibliotekets medieinköp mot avtal", "Bibliotekschef",
         "Genomgång av fakturor", RED, "Ej utförd.", "EJ_GENOMFORD", ""),
        ("Lokaluthyrning", "Intäkter uteblir",
         "Kontroll av uthyrning av lokaler – att avgift tas ut enligt taxa", "Bokningsansvarig",
         "Jämförelse bokningssystem mot fakturering", GREEN,
         "Två uthyrningar saknade faktura, fakturerade i efterhand.", "GENOMFORD", "ja"),
        ("Anläggningar", "Olycka på anläggning",
         "Säkerhetsgenomgång av Dals-Eds sportcenter", "Anläggningschef",
         "Rondering med checklista", GREY,
         "Ej aktuell – anläggningen stängd för renovering hela 2025.", "UTGAR", ""),
        ("Lovverksamhet", "Olämplig ledare för barn",
         "Registerkontroll för ledare i kommunens lovverksamhet", "Fritidsgårdsföreståndare",
         "Kontroll av uppvisade registerutdrag", None, None, "SAKNAS", ""),
    ]
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:5], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        sc = ws.cell(r, 6)
        sc.border = BOX
        if row[5] is not None:
            sc.fill = row[5]
        cell = ws.cell(r, 7, row[6])
        cell.alignment = WRAP
        cell.border = BOX
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Justerat av förvaltningschef Erik Lund 2026-01-20")
    for col, w in zip("ABCDEFG", (20, 24, 44, 20, 30, 10, 50)):
        ws.column_dimensions[col].width = w
    fix_wb(wb, "Erik Lund")
    tmp = os.path.join(OUT, "_kfn_tmp.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", OUT)
    os.remove(tmp)
    shutil.move(os.path.join(OUT, "_kfn_tmp.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden - legacy .doc, nämnd only in page header,
#    one table per process with repeated header, signature
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN uppföljning IK 2025.doc"
    N = "Miljö- och byggnadsnämnden"
    d = docx.Document()
    landscape(d)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Dals-Eds kommun\tMiljö- och byggnadsnämnden\tDnr MBN 2025/14"
    d.add_heading("Uppföljning av internkontrollplan – helår 2025", level=1)
    d.add_paragraph("Uppföljningen avser perioden januari–december 2025. Statusen anges som "
                    "Utförd, Delvis utförd eller Ej utförd. Noterade avvikelser beskrivs i kommentaren.")
    tables = [
        ("Myndighetsutövning", [
            ("Lång handläggningstid", "Handläggningstid för bygglov – beslut inom 10 veckor",
             "Byggnadsinspektör", "Uttag ur ärendesystemet", "Utförd – avvikelse noterad",
             "4 av 62 ärenden överskred 10 veckor; avgiften har reducerats enligt PBL.", "GENOMFORD", "ja"),
            ("Intäkter uteblir", "Kontroll av att tillsynsavgifter debiteras enligt taxa",
             "Miljöchef", "Stickprov 20 ärenden", "Utförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Beslut utan delegation", "Delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare", "Avstämning mot protokoll", "Utförd", "", "GENOMFORD", ""),
        ]),
        ("Tillsyn", [
            ("Planerad tillsyn genomförs inte", "Uppföljning av tillsynsplan för livsmedelskontroll",
             "Livsmedelsinspektör", "Jämförelse utförda inspektioner mot plan", "Delvis utförd",
             "78 % av planerade inspektioner utförda.", "DELVIS", ""),
            ("Dispensvillkor följs inte", "Kontroll av att strandskyddsdispenser följs upp",
             "Miljöinspektör", "Stickprov 5 dispenser", "Ej utförd",
             "Ej utförd på grund av resursbrist. Förs över till 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
             "Miljö- och byggchef", "Stickprov 10 fakturor", "Utförd",
             "Utförd, inga fel hittades.", "GENOMFORD", "nej"),
        ]),
    ]
    for proc, rows in tables:
        d.add_heading(proc, level=2)
        t = d.add_table(rows=1 + len(rows), cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(TEMPLATE):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for ri, row in enumerate(rows, 1):
            vals = [proc] + list(row[:6])
            for ci in range(7):
                set_cell(t.rows[ri].cells[ci], vals[ci])
            exp(fil, N, row[1], row[6], row[7])
        d.add_paragraph("")
    d.add_paragraph("Dals-Ed den 2026-01-26")
    d.add_paragraph("")
    d.add_paragraph("Per-Olof Svensson\t\t\tLena Andersson")
    d.add_paragraph("Ordförande\t\t\t\tMiljö- och byggchef")
    fix_doc(d, "Lena Andersson", "Uppföljning IK 2025")
    tmp = os.path.join(OUT, "_mbn_tmp.docx")
    d.save(tmp)
    soffice_convert(tmp, "doc:MS Word 97", OUT)
    os.remove(tmp)
    shutil.move(os.path.join(OUT, "_mbn_tmp.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Stratsys CSV export - two organisations in one file, cp1252, multi-line cell
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    header = ["Organisation", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Metod",
              "Status", "Kommentar", "Senast uppdaterad"]
    rows = [
        ("Överförmyndarnämnden", "Tillsyn ställföreträdare", "Förskingring av huvudmans medel",
         "Granskning av årsräkningar inom föreskriven tid", "Handläggare överförmyndare",
         "Uttag ur Wärna", "Klar", "Samtliga 142 årsräkningar granskade före 30 november.",
         "2026-01-12", "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Tillsyn ställföreträdare", "Olämplig ställföreträdare",
         "Kontroll av att ställföreträdare har aktuellt registerutdrag", "Handläggare överförmyndare",
         "Stickprov 20 ställföreträdare", "Pågående", "", "2025-11-03", "DELVIS", ""),
        ("Överförmyndarnämnden", "Arvoden", "Felaktiga arvoden",
         "Arvodesbeslut kontrolleras mot arvodesriktlinjer", "Samordnare",
         "Stickprov 15 beslut", "Klar",
         "Två arvoden var felaktigt beräknade.\nBeslut har rättats och mellanskillnad återbetalats.",
         "2026-01-12", "GENOMFORD", "ja"),
        ("Dals-Eds Fastighets AB", "Hyresadministration", "Felaktig hyresdebitering",
         "Kontroll av hyresavier mot hyresavtal", "Ekonomiansvarig",
         "Stickprov 30 lägenheter", "Klar", "Inga avvikelser.", "2026-01-09", "GENOMFORD", "nej"),
        ("Dals-Eds Fastighets AB", "Förvaltning", "Felanmälningar åtgärdas inte",
         "Uppföljning av felanmälningar inom avtalad tid", "Förvaltare",
         "Uttag ur felanmälningssystemet", "Ej påbörjad",
         "Nytt fastighetssystem införs 2026, kontrollen görs då.", "2025-12-18", "EJ_GENOMFORD", ""),
        ("Dals-Eds Fastighets AB", "Inköp", "Inköp utanför ramavtal",
         "Kontroll av att upphandlade ramavtal används vid underhållsarbeten", "VD",
         "Stickprov 10 inköp", "Avbruten", "Avbruten genom beslut i styrelsen 2025-06-12.",
         "2025-06-13", "UTGAR", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Internkontroll - uppföljning;;;;;;;;\r\n")
        f.write("Period: Helår 2025;;;;;;;;\r\n")
        f.write("Utskriven: 2026-01-14 08:41;;;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for row in rows:
            w.writerow(row[:9])
            exp(fil, row[0], row[3], row[9], row[10])
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Dals-Eds Fastighets AB", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) - no follow-up table, no controls
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv - uppföljning internkontroll 2025 Socialnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Dals-Eds kommun\nSocialförvaltningen")
    d.add_paragraph("Datum: 2026-01-28\nDnr SN 2025/88")
    d.add_heading("Tjänsteskrivelse – Uppföljning av internkontrollplan 2025", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025 och "
                    "överlämnar den till kommunstyrelsen.")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph("Enligt kommunens reglemente för intern kontroll ska nämnderna årligen följa upp sin "
                    "internkontrollplan och rapportera resultatet till kommunstyrelsen. Förvaltningen har "
                    "sammanställt uppföljningen i kommunens gemensamma mall, se bilaga.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse 2026-01-28\nBilaga: Socialnämnden uppföljning internkontroll helår 2025")
    d.add_paragraph("")
    d.add_paragraph("Maria Olsson\nSocialchef")
    d.add_paragraph("Beslutet skickas till: Kommunstyrelsen, Ekonomienheten")
    fix_doc(d, "Maria Olsson", "Missiv")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Bildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Tekniska nämnden", "TN|Samhällsbyggnadsförvaltningen|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Miljö- och byggenheten"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Dals-Eds Fastighets AB", "DEFAB|Fastighetsbolaget|Dals-Eds Fastigheter"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    file_ks()
    file_bun()
    file_sn()
    file_tn()
    file_kfn()
    file_mbn()
    file_stratsys()
    file_missiv()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "expected controls")


if __name__ == "__main__":
    main()
