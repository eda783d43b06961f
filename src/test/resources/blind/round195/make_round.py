#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r195 - Gränby kommun, delår 2025 (januari-augusti).

Theme: the internkontroll follow-up arrives as ONE PART of a bigger delårsrapport
(workbooks with mål / nyckeltal / ekonomi sheets, Word reports with several tables),
plus a couple of plain standalone follow-ups and one pure budget report to reject.

Run:  /usr/bin/python3 make_round.py
Builds every file of the round plus namnder.csv, files.csv and expected.csv in the
folder of this script. Intermediate files for LibreOffice conversions are built in
/tmp/r195_build and converted with
  soffice -env:UserInstallation=file:///tmp/lo-round195 --headless --convert-to ...
"""
import csv
import datetime
import io
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r195_build"
LO_PROFILE = "file:///tmp/lo-round195"
FIXED_DT = datetime.datetime(2025, 9, 10, 9, 0, 0)

YEAR = "2025"
EXPECTED = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []         # (fil, utfall, nämnd, år, period)


def norm(s):
    return " ".join(str(s).split())


def expect(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, norm(km), status, avv))


# ---------------------------------------------------------------- helpers xlsx
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
SUB_FILL = PatternFill("solid", fgColor="DDEBF7")
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="A6A6A6")
WRAP = Alignment(wrap_text=True, vertical="top")


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Gränby kommun"
    wb.properties.lastModifiedBy = "Gränby kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def header_row(ws, row, values, col=1, fill=HEAD_FILL, font=HEAD_FONT):
    for i, v in enumerate(values):
        c = ws.cell(row=row, column=col + i, value=v)
        c.fill = fill
        c.font = font
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")


def body_row(ws, row, values, col=1):
    for i, v in enumerate(values):
        c = ws.cell(row=row, column=col + i, value=v)
        c.border = BORDER
        c.alignment = WRAP


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w


def soffice(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert_into_round(tmp_src, fmt, ext, final_name):
    soffice(tmp_src, fmt, TMP)
    base = os.path.splitext(os.path.basename(tmp_src))[0]
    produced = os.path.join(TMP, base + "." + ext)
    assert os.path.exists(produced), produced
    shutil.move(produced, os.path.join(OUT, final_name))


# ---------------------------------------------------------------- helpers docx
def new_doc():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Gränby kommun"
    cp.last_modified_by = "Gränby kommun"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = Cm(2)
        s.right_margin = Cm(2)
    return d


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def doc_table(d, header, rows, widths_cm=None, head_color="D9E2F3", size=9):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], head_color)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size=size)
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


# ============================================================ 1. BUN workbook
def build_bun():
    fil = "BUN Delårsrapport jan-aug 2025 tabellbilaga.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = new_wb()

    ws = wb.active
    ws.title = "Framsida"
    ws["A1"] = "Gränby kommun"
    ws["A1"].font = Font(size=12, color="595959")
    ws["A2"] = "Barn- och utbildningsnämnden"
    ws["A2"].font = Font(size=20, bold=True)
    ws["A3"] = "Delårsrapport januari–augusti 2025 – tabellbilaga"
    ws["A3"].font = Font(size=14)
    ws["A5"] = "Innehåll"
    ws["A5"].font = Font(bold=True)
    ws["A6"] = "1. Mål och måluppfyllelse"
    ws["A7"] = "2. Nyckeltal"
    ws["A8"] = "3. Ekonomi – driftredovisning per verksamhet"
    ws["A9"] = "4. Uppföljning av internkontrollplan"
    ws["A11"] = "Behandlad av barn- och utbildningsnämnden 2025-09-24, § 87. Dnr BUN 2025/0311"
    ws["A12"] = "Kontaktperson: Anders Wiklund, controller barn- och utbildningsförvaltningen"
    ws.column_dimensions["A"].width = 90

    # --- Mål
    ws = wb.create_sheet("1 Mål")
    ws["A1"] = "1. Mål och måluppfyllelse per augusti 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Barn- och utbildningsnämnden"
    header_row(ws, 4, ["Inriktningsmål (KF)", "Nämndmål", "Indikator", "Målvärde 2025",
                       "Utfall jan–aug 2025", "Bedömning", "Kommentar"])
    mal = [
        ("Alla barn och elever ska nå kunskapsmålen", "Andelen elever i åk 9 som är behöriga till gymnasiets yrkesprogram ska öka",
         "Andel behöriga åk 9 (%)", 88, 85.4, "Delvis uppfyllt", YELLOW,
         "Ökning från 83,1 % vt 2024 men målvärdet nås inte."),
        ("Alla barn och elever ska nå kunskapsmålen", "Andelen elever med godkänt i svenska i åk 6 ska öka",
         "Andel godkända åk 6 (%)", 92, 93.0, "Uppfyllt", GREEN, ""),
        ("Trygg och stimulerande lärmiljö", "Eleverna ska känna sig trygga i skolan",
         "Andel elever åk 5 och 8 som känner sig trygga (%)", 90, 84.0, "Ej uppfyllt", RED,
         "Tryggheten har minskat på två skolor; handlingsplan tas fram tillsammans med elevhälsan."),
        ("Trygg och stimulerande lärmiljö", "Barngruppernas storlek i förskolan ska minska",
         "Antal barn per grupp, 1–3 år", 12, 12.6, "Delvis uppfyllt", YELLOW, ""),
        ("Attraktiv arbetsgivare", "Andelen legitimerade lärare ska öka",
         "Andel lärare med legitimation (%)", 80, 81.5, "Uppfyllt", GREEN, "Mätt per 15 augusti."),
    ]
    r = 5
    for m in mal:
        body_row(ws, r, [m[0], m[1], m[2], m[3], m[4], m[5], m[7]])
        ws.cell(row=r, column=6).fill = m[6]
        r += 1
    ws.cell(row=r + 1, column=1, value="Bedömning: grön = uppfyllt, gul = delvis uppfyllt, röd = ej uppfyllt")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    widths(ws, [30, 40, 30, 12, 14, 16, 50])

    # --- Nyckeltal
    ws = wb.create_sheet("2 Nyckeltal")
    ws["A1"] = "2. Nyckeltal"
    ws["A1"].font = Font(size=14, bold=True)
    header_row(ws, 3, ["Nyckeltal", "Jan–aug 2023", "Jan–aug 2024", "Jan–aug 2025", "Trend"])
    nyckel = [
        ("Antal inskrivna barn i förskola", 1412, 1389, 1355, "↓"),
        ("Antal elever grundskola F–9", 3870, 3912, 3948, "↑"),
        ("Kostnad per elev grundskola (kr)", 112400, 116900, 121300, "↑"),
        ("Sjukfrånvaro medarbetare (%)", 6.8, 6.4, 6.1, "↓"),
        ("Andel elever med hög frånvaro >15 % (%)", 11.2, 10.4, 9.8, "↓"),
        ("Antal anmälningar kränkande behandling", 214, 236, 251, "↑"),
    ]
    for i, n in enumerate(nyckel):
        body_row(ws, 4 + i, list(n))
    widths(ws, [45, 14, 14, 14, 8])

    # --- Ekonomi
    ws = wb.create_sheet("3 Ekonomi")
    ws["A1"] = "3. Driftredovisning per verksamhet (tkr)"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Barn- och utbildningsnämnden, utfall per 31 augusti 2025"
    header_row(ws, 4, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår",
                       "Avvikelse budget–prognos", "Status", "Kommentar"])
    eko = [
        ("Nämnd och förvaltningsledning", 18400, 11950, 18100, GREEN, ""),
        ("Förskola", 312500, 206300, 314900, YELLOW, "Fler barn i behov av särskilt stöd än budgeterat."),
        ("Fritidshem", 61200, 38700, 60500, GREEN, ""),
        ("Grundskola F–9", 498700, 334200, 506900, RED, "Skolskjuts och tilläggsbelopp ökar; åtgärdsplan beslutad i juni."),
        ("Grundsärskola", 34100, 22900, 34600, YELLOW, ""),
        ("Elevhälsa", 27800, 17400, 27300, GREEN, ""),
    ]
    r = 5
    for v, b, u, p, fill, k in eko:
        body_row(ws, r, [v, b, u, p, b - p, None, k])
        ws.cell(row=r, column=6).fill = fill
        r += 1
    tot = [sum(e[i] for e in eko) for i in (1, 2, 3)]
    body_row(ws, r, ["Summa nämnden", tot[0], tot[1], tot[2], tot[0] - tot[2], None, ""])
    ws.cell(row=r, column=6).fill = RED
    for c in range(1, 8):
        ws.cell(row=r, column=c).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Status: grön = prognos i balans, gul = underskott < 1 % av budget, röd = underskott ≥ 1 % av budget")
    ws.cell(row=r + 2, column=1).font = Font(italic=True, size=9)
    widths(ws, [32, 13, 14, 14, 14, 9, 55])

    # --- Internkontroll
    ws = wb.create_sheet("4 Internkontroll")
    ws["A1"] = "4. Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Barn- och utbildningsnämnden – delårsuppföljning (januari–augusti)"
    ws["A3"] = "Status anges med färg, se förklaring under tabellen."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status delår", "Avvikelse (Ja/Nej)", "Resultat/kommentar", "Åtgärd"]
    header_row(ws, 5, hdr)
    ik = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor jan–jun", "Controller", GREEN, "Nej",
         "25 fakturor granskade, samtliga attesterade av behörig attestant.", "",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att skolpeng till fristående huvudmän betalas ut med rätt belopp",
         "Avstämning elevregister mot utbetalning mars och maj", "Ekonom", GREEN, "Ja",
         "Två elever var registrerade med fel skolform (fritidshem). Felet, totalt 14 tkr, korrigerades i juni.",
         "Avstämning läggs in som månadsrutin.", "GENOMFORD", "ja"),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial och läromedel",
         "Stickprov 30 inköp", "Upphandlingssamordnare", YELLOW, "Ja",
         "15 av 30 stickprov granskade, resterande granskas i september. Två köp gjorda utanför avtal.",
         "Information till rektorer på ledningsgrupp.", "DELVIS", "ja"),
        ("Elevhälsa", "Uppföljning av elever med hög frånvaro (>15 %) enligt rutin för frånvarohantering",
         "Genomgång av frånvarorapporter i skolplattformen", "Elevhälsochef", GREEN, "Ja",
         "Samtliga skolor följer rutinen. För 3 av 42 elever saknades dokumenterad kontakt med vårdnadshavare.",
         "Påminnelse till mentorer.", "GENOMFORD", "ja"),
        ("Kränkande behandling", "Anmälan om kränkande behandling görs till huvudman inom fem arbetsdagar",
         "Stickprov i anmälningssystemet", "Utvecklingsstrateg", RED, "",
         "Kontrollen har inte genomförts på grund av vakans. Genomförs under hösten.", "",
         "EJ_GENOMFORD", ""),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 10 beslut", "Skolskjutssamordnare", GREEN, "Nej", "Inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("Personal", "Registerkontroll i belastningsregistret vid nyanställning i förskola och skola",
         "Stickprov 20 nyanställningar", "HR-konsult", YELLOW, "Nej",
         "Kontroll pågår, 12 av 20 granskade. Hittills inga avvikelser.", "", "DELVIS", "nej"),
        ("Informationssäkerhet", "Behörigheter i elevregistret avslutas när anställning upphör",
         "Jämförelse avslutade anställningar mot aktiva konton", "Systemförvaltare", GREY, "",
         "Utgår – elevregistret ersattes av nytt system 1 juli. Kontrollen flyttas till internkontrollplan 2026.", "",
         "UTGAR", ""),
        ("Ekonomi", "Representation och förtroendekänsliga poster följer kommunens riktlinjer",
         "Genomgång av konto 6071 och 6072", "Controller", None, "", "", "", "SAKNAS", ""),
        ("Förskola", "Debitering av barnomsorgsavgift baseras på aktuell inkomstuppgift",
         "Stickprov 40 hushåll", "Avgiftshandläggare", GREEN, "Ja",
         "Stickprov 40 hushåll. En felaktig avgift (maxtaxa trots lägre inkomst) har rättats.", "",
         "GENOMFORD", "ja"),
    ]
    r = 6
    for i, c in enumerate(ik, 1):
        body_row(ws, r, [i, c[0], c[1], c[2], c[3], None, c[5], c[6], c[7]])
        if c[4] is not None:
            ws.cell(row=r, column=6).fill = c[4]
        expect(fil, namnd, c[1], c[8], c[9])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Förklaring status").font = Font(bold=True)
    for fill, txt in ((GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                      (RED, "Ej genomförd"), (GREY, "Utgår")):
        r += 1
        ws.cell(row=r, column=2).fill = fill
        ws.cell(row=r, column=3, value=txt)
    widths(ws, [5, 20, 45, 30, 20, 11, 12, 55, 30])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ============================================================ 2. SN Word report
def build_sn():
    fil = "Delårsrapport 2025 Socialnämnden.docx"
    namnd = "Socialnämnden"
    d = new_doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Gränby kommun\tSocialnämnden\tDnr SN 2025/212"
    sec.footer.paragraphs[0].text = "Delårsrapport januari–augusti 2025"

    p = d.add_paragraph()
    r = p.add_run("Socialnämnden")
    r.bold = True
    r.font.size = Pt(26)
    d.add_paragraph("Delårsrapport januari–augusti 2025").runs[0].font.size = Pt(16)
    d.add_paragraph("Beslutad av socialnämnden 2025-09-25 § 102")

    d.add_heading("1. Sammanfattning", level=1)
    d.add_paragraph(
        "Socialnämnden redovisar ett underskott mot budget på 3,2 mnkr efter årets första åtta månader och "
        "prognostiserar ett underskott på 5,8 mnkr för helåret. Underskottet förklaras framför allt av ökade "
        "kostnader för externa placeringar av barn och unga. Antalet hushåll med ekonomiskt bistånd har minskat "
        "något jämfört med samma period 2024.")

    d.add_heading("2. Ekonomi", level=1)
    d.add_paragraph("Tabell 1. Driftredovisning per verksamhet, tkr")
    doc_table(d, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse"], [
        ["Nämnd och administration", "9 800", "6 350", "9 700", "100"],
        ["Individ- och familjeomsorg", "96 400", "68 900", "103 100", "−6 700"],
        ["Ekonomiskt bistånd", "41 200", "26 800", "40 300", "900"],
        ["Funktionsstöd (LSS)", "128 700", "85 100", "128 800", "−100"],
        ["Summa", "276 100", "187 150", "281 900", "−5 800"],
    ], widths_cm=[6, 2.8, 2.8, 2.8, 2.6])

    d.add_heading("3. Personal", level=1)
    d.add_paragraph("Tabell 2. Personalnyckeltal")
    doc_table(d, ["Nyckeltal", "Aug 2024", "Aug 2025", "Kommentar"], [
        ["Antal tillsvidareanställda", "412", "405", ""],
        ["Sjukfrånvaro, %", "8,1", "7,4", "Minskning inom funktionsstöd."],
        ["Personalomsättning socialsekreterare, %", "19", "14", "Färre avgångar efter lönesatsning."],
        ["Andel heltidsanställda, %", "82", "86", ""],
    ], widths_cm=[6, 2.5, 2.5, 6])

    d.add_heading("4. Måluppfyllelse", level=1)
    d.add_paragraph("Tabell 3. Nämndmål och bedömning per augusti. "
                    "Status: Uppfyllt / Delvis uppfyllt / Ej uppfyllt.")
    doc_table(d, ["Nämndmål", "Indikator", "Status", "Analys"], [
        ["Barn och unga ska ges stöd i ett tidigt skede",
         "Andel förhandsbedömningar klara inom 14 dagar", "Delvis uppfyllt",
         "91 % mot målet 100 %, se även avsnitt 5."],
        ["Fler hushåll ska bli självförsörjande", "Antal hushåll med långvarigt bistånd", "Uppfyllt",
         "Minskning med 12 hushåll sedan december."],
        ["Brukare inom LSS ska vara nöjda med sitt stöd", "Brukarenkät, nöjd-index", "Ej uppfyllt",
         "Enkäten genomförs i oktober; delmätning visar försämring."],
        ["Minskad användning av externa placeringar", "Antal vårddygn HVB", "Ej uppfyllt",
         "Ökning med 18 % jämfört med 2024."],
    ], widths_cm=[5, 4.5, 2.5, 5])

    d.add_heading("5. Intern kontroll", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplan 2025 den 22 januari 2025 (§ 9). Planen omfattar nio "
        "kontrollmoment. Nedan redovisas genomförandet per den 31 augusti. Kontrollmoment som inte är "
        "genomförda redovisas vid helårsuppföljningen.")
    d.add_paragraph("Tabell 4. Uppföljning av internkontrollplan 2025, delår")
    ik = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare",
         "Stickprov 30 utbetalningar jan–jun. Samtliga hade beslut fattat av behörig handläggare.",
         "Genomförd", "Nej", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll mot Försäkringskassan och Arbetsförmedlingen (SSBTEK) görs vid nybesök",
         "Stickprov 20 akter. I två ärenden saknades dokumenterad SSBTEK-kontroll. Rutinen har gåtts igenom på APT.",
         "Genomförd med avvikelse", "Ja", "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar",
         "Samtliga anmälningar jan–jun följdes upp: 91 % bedömdes inom 14 dagar. Orsak: hög "
         "arbetsbelastning under våren.", "Genomförd med avvikelse", "Ja", "GENOMFORD", "ja"),
        ("Barn och unga", "Utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader",
         "Genomgång av utredningar avslutade jan–jun pågår och beräknas vara klar i september.",
         "Pågår", "", "DELVIS", ""),
        ("Funktionsstöd", "Beslut enligt LSS verkställs inom tre månader och ej verkställda beslut rapporteras till IVO",
         "Rapportering för kvartal 1 och 2 har skett i tid. Tre beslut om bostad med särskild service "
         "var inte verkställda inom tre månader.", "Genomförd", "Ja", "GENOMFORD", "ja"),
        ("Funktionsstöd", "Hantering av brukares privata medel på gruppbostäder",
         "Kontrollen har flyttats till hösten på grund av byte av enhetschef.", "Ej påbörjad", "",
         "EJ_GENOMFORD", ""),
        ("Dokumentation", "Loggkontroll i verksamhetssystemet",
         "Månatliga loggkontroller genomförda januari–augusti. Inga obehöriga uppslag upptäcktes.",
         "Genomförd", "Nej", "GENOMFORD", "nej"),
        ("Personal", "Introduktion av nyanställda socialsekreterare sker enligt checklista",
         "Ersatt av förvaltningsgemensam introduktion, beslut SN 2025-04-16 § 45.", "Utgår", "",
         "UTGAR", ""),
        ("Avtal", "Uppföljning av avtal med HVB-hem och konsulentstödda familjehem",
         "Se bilaga 2.", "", "", "OKLAR", ""),
    ]
    doc_table(d, ["Kontrollområde", "Kontrollmoment", "Genomförande och resultat", "Status", "Avvikelse"],
              [[c[0], c[1], c[2], c[3], c[4]] for c in ik], widths_cm=[3, 5, 6, 2.5, 1.8])
    for c in ik:
        expect(fil, namnd, c[1], c[5], c[6])

    d.add_heading("6. Framtid", level=1)
    d.add_paragraph(
        "Under hösten fortsätter arbetet med hemmaplanslösningar för att minska behovet av externa placeringar. "
        "Nämnden följer kostnadsutvecklingen månadsvis.")
    d.add_paragraph("")
    d.add_paragraph("Gränby 2025-09-12")
    d.add_paragraph("Maria Holm\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ============================================================ 3. KFN single sheet, mål + IK
def build_kfn():
    fil = "KFN delår aug 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Delår 2025"
    # nämnd only in print header and file name
    ws.oddHeader.left.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Gränby kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"

    ws["A1"] = "Delårsuppföljning januari–augusti 2025"
    ws["A1"].font = Font(size=16, bold=True)
    ws["A2"] = "Verksamhetsmål och intern kontroll"
    ws["A2"].font = Font(size=12)

    ws["A4"] = "Verksamhetsmål"
    ws["A4"].font = Font(bold=True, size=12)
    header_row(ws, 5, ["Verksamhetsmål", "Indikator", "Målvärde 2025", "Utfall jan–aug", "Bedömning", "Kommentar"],
               fill=PatternFill("solid", fgColor="548235"))
    mal = [
        ("Fler barn och unga ska delta i organiserad fritidsverksamhet", "Antal deltagartillfällen LOK-stöd", 61000,
         43800, "◐", "Prognos strax under målvärdet."),
        ("Biblioteken ska vara en mötesplats för alla", "Antal besök huvudbiblioteket", 180000, 131500, "●", ""),
        ("Biblioteken ska vara en mötesplats för alla", "Antal arrangemang för barn", 120, 58, "○",
         "Färre arrangemang under sommaren än planerat."),
        ("Simhallen ska vara tillgänglig för allmänheten", "Öppettimmar allmänhet per vecka", 55, 55, "●", ""),
        ("Ökad nöjdhet hos föreningslivet", "Nöjd-index föreningsenkät", 75, None, "",
         "Mäts i november."),
    ]
    r = 6
    for m in mal:
        body_row(ws, r, list(m))
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    ws.cell(row=r, column=1, value="● Uppfyllt   ◐ Delvis uppfyllt   ○ Ej uppfyllt").font = Font(italic=True, size=9)

    r += 3
    ws.cell(row=r, column=1, value="Intern kontroll – uppföljning av kontrollmoment 2025").font = Font(bold=True, size=12)
    r += 1
    ws.cell(row=r, column=1, value="Kolumnen Genomförd anges Ja/Nej/Delvis. Avvikelse anges Ja om brister noterats.").font = Font(italic=True, size=9)
    r += 1
    header_row(ws, r, ["Process", "Kontrollmoment", "Ansvarig", "Genomförd", "Avvikelse", "Kommentar/åtgärd"],
               fill=PatternFill("solid", fgColor="548235"))
    ik = [
        ("Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna och efter inlämnad årsredovisning",
         "Bidragshandläggare", "Ja", "Nej", "Samtliga 48 ansökningar om verksamhetsbidrag kontrollerade.",
         "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Stickprov av deltagarförteckningar för lokalt aktivitetsstöd",
         "Bidragshandläggare", "Ja", "Ja",
         "Två föreningar hade redovisat sammankomster utan ledare. Återkrav 6 400 kr.", "GENOMFORD", "ja"),
        ("Bibliotek", "Dagskassor vid biblioteken stäms av mot kassarapport",
         "Bibliotekschef", "Delvis", "Nej", "Huvudbiblioteket kontrollerat utan anmärkning, filialerna i Norrby och Ås kvarstår.",
         "DELVIS", "nej"),
        ("Anläggningar", "Uthyrning av idrottshallar faktureras enligt bokningssystemet",
         "Fritidschef", "Nej", "", "Ej genomförd under perioden, planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) i kulturhuset och simhallen",
         "Anläggningschef", "Ja", "Ja",
         "Brandskyddsronder genomförda. Vid en rond var nödutgång i simhallen blockerad, åtgärdat samma dag.",
         "GENOMFORD", "ja"),
        ("Inköp", "Direktupphandlingar över 100 tkr dokumenteras", "Förvaltningsekonom", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Personal", "Timanställdas tidrapporter attesteras av chef före löneutbetalning", "Förvaltningschef",
         "", "", "Arbetet pågår. Stickprov januari–april klart utan anmärkning, maj–augusti återstår.",
         "DELVIS", "nej"),
    ]
    for c in ik:
        r += 1
        body_row(ws, r, list(c[:6]))
        expect(fil, namnd, c[1], c[6], c[7])
    r += 2
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms som tillräcklig.").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Upprättad 2025-09-05 av Lena Ekdahl, förvaltningschef")
    widths(ws, [30, 55, 20, 14, 12, 60])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ============================================================ 4. Stratsys CSV, two nämnder
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-05.csv"
    sbn = "Samhällsbyggnadsnämnden"
    tn = "Tekniska nämnden"
    hdr = ["Enhet", "Plan", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig",
           "Status T1", "Kommentar T1", "Status delår", "Kommentar delår", "Status helår", "Kommentar helår"]
    plan = "Internkontrollplan 2025"
    rows = [
        # enhet, process, risk, rv, km, ansv, sT1, kT1, sD, kD, expected, avv
        ("Gränby kommun / Samhällsbyggnadsnämnden", "Exploatering", "Kommunen bär kostnader som exploatören ska stå för", 9,
         "Exploateringsavtal är undertecknade innan detaljplan antas", "Mark- och exploateringschef",
         "Klar", "Tre planer antagna under perioden, avtal fanns för samtliga.", "", "", "GENOMFORD", "nej"),
        ("Gränby kommun / Samhällsbyggnadsnämnden", "Bostadsanpassning", "Långa handläggningstider", 6,
         "Handläggningstid för bostadsanpassningsbidrag understiger åtta veckor", "Enhetschef bostadsanpassning",
         "Pågående", "", "Klar",
         "Medelhandläggningstid 6,5 veckor.\nFyra ärenden översteg åtta veckor på grund av väntan på intyg.",
         "GENOMFORD", "ja"),
        ("Gränby kommun / Samhällsbyggnadsnämnden", "Fakturering", "Intäktsbortfall", 6,
         "Fakturering av planavgifter och planbesked sker enligt taxa", "Planchef",
         "Ej påbörjad", "", "Pågående", "Stickprov på 10 av 15 planbesked genomförda, inga fel hittills.",
         "DELVIS", "nej"),
        ("Gränby kommun / Samhällsbyggnadsnämnden", "Mark och arrende", "Felaktiga eller uteblivna intäkter", 8,
         "Arrendeavgifter och tomträttsavgälder indexregleras och faktureras", "Mark- och exploateringsingenjör",
         "", "", "Försenad", "Kontrollen har inte påbörjats. Ny mark- och exploateringsingenjör börjar i september.",
         "EJ_GENOMFORD", ""),
        ("Gränby kommun / Samhällsbyggnadsnämnden", "Informationssäkerhet", "Obehörig åtkomst", 6,
         "Behörigheter i GIS-systemet och adressregistret ses över", "GIS-samordnare",
         "", "", "Klar", "Tre konton för avslutade konsulter var fortfarande aktiva och har inaktiverats.",
         "GENOMFORD", "ja"),
        ("Gränby kommun / Samhällsbyggnadsnämnden", "Delegation", "Beslut fattas utan stöd i delegation", 4,
         "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare",
         "Klar", "", "Klar", "Samtliga delegationsbeslut anmälda vid nämndens sammanträden.",
         "GENOMFORD", "nej"),
        ("Gränby kommun / Tekniska nämnden", "Gata och park", "Betalning för ej utförda tjänster", 8,
         "Vinterväghållning: entreprenörens fakturor stäms av mot körjournaler", "Gatuchef",
         "Klar", "Stickprov januari–mars, inga avvikelser.", "Klar", "", "GENOMFORD", "nej"),
        ("Gränby kommun / Tekniska nämnden", "VA", "Felaktig debitering", 9,
         "Avläsning och debitering av vattenmätare", "VA-chef",
         "Pågående", "", "Pågående",
         "Avvikelserapport från debiteringen: 112 mätare har inte lästs av på mer än 24 månader. Åtgärdsplan tas fram.",
         "DELVIS", "ja"),
        ("Gränby kommun / Tekniska nämnden", "Fastighet", "Okända avtalsvillkor och kostnader", 6,
         "Hyresavtal för externt förhyrda lokaler är registrerade i avtalsdatabasen", "Fastighetschef",
         "", "", "Klar", "", "GENOMFORD", ""),
        ("Gränby kommun / Tekniska nämnden", "Fordon", "Otillåten användning av drivmedel", 4,
         "Drivmedelskort används endast för kommunens fordon", "Fordonssamordnare",
         "Ej påbörjad", "", "Avbruten",
         "Avbruten enligt beslut TN 2025-05-20 § 61. Drivmedelskorten har ersatts av tankning vid depå.",
         "UTGAR", ""),
        ("Gränby kommun / Tekniska nämnden", "Avfall", "Intäktsbortfall", 6,
         "Vågsedlar vid återvinningscentralen stäms av mot fakturering av företagskunder", "Avfallschef",
         "", "", "Ej påbörjad", "Planeras till november.", "EJ_GENOMFORD", ""),
        ("Gränby kommun / Tekniska nämnden", "Inköp", "Brott mot LOU", 9,
         "Ramavtal för entreprenader följs vid avrop (förnyad konkurrensutsättning)", "Upphandlingsansvarig",
         "", "", "Klar",
         "Tre avrop granskade. Ett avrop saknade dokumenterad förnyad konkurrensutsättning.",
         "GENOMFORD", "ja"),
        ("Gränby kommun / Tekniska nämnden", "Arbetsmiljö", "Olyckor och tillbud", 8,
         "Skyddsronder genomförs på kommunförrådet och reningsverket", "Driftchef",
         "", "", "", "", "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(hdr)
    for x in rows:
        w.writerow([x[0], plan, x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], "", ""])
        namnd = sbn if "Samhällsbyggnad" in x[0] else tn
        expect(fil, namnd, x[4], x[10], x[11])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", sbn, YEAR, "DELAR"))
    FILES.append((fil, "INLAST", tn, YEAR, "DELAR"))


# ============================================================ 5. MBN standalone, tick columns, .odt
def build_mbn():
    fil = "Uppföljning intern kontroll delår 2025 Miljö- och byggnämnden.odt"
    namnd = "Miljö- och byggnämnden"
    d = new_doc()
    d.sections[0].footer.paragraphs[0].text = "Miljö- och byggförvaltningen, Gränby kommun"
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(18)
    info = d.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate((("Nämnd", "Miljö- och byggnämnden"),
                                ("Period", "Delår, januari–augusti 2025"),
                                ("Upprättad", "2025-09-08, Petra Lund, förvaltningschef"))):
        set_cell(info.rows[i].cells[0], a, bold=True)
        set_cell(info.rows[i].cells[1], b)
        info.rows[i].cells[0].width = Cm(3)
        info.rows[i].cells[1].width = Cm(12)
    d.add_paragraph("")
    d.add_paragraph("Markera med X i den kolumn som stämmer för kontrollmomentet. Beskriv resultat och "
                    "eventuella avvikelser i kommentarsfältet.")
    ik = [
        ("Bygglovsbeslut fattas inom tio veckor enligt plan- och bygglagen", "Uttag ur ärendesystemet, samtliga beslut",
         "X", "", "", "96 % inom tid. Fem ärenden översteg tio veckor och avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("Avgiftsuttag för tillsyn enligt miljöbalken följer taxan", "Stickprov 15 ärenden",
         "X", "", "", "Inga fel.", "GENOMFORD", "nej"),
        ("Tillsynsplanen för offentlig livsmedelskontroll följs", "Jämförelse planerade och utförda kontroller",
         "", "X", "", "62 % av planerade kontroller utförda, vilket är i fas för helår.", "DELVIS", "nej"),
        ("Handläggare har lämnat redovisning av bisysslor", "Genomgång av bisyssleredovisningar",
         "", "", "X", "Skjuts till hösten.", "EJ_GENOMFORD", ""),
        ("Inkomna handlingar i tillsynsärenden diarieförs", "Stickprov 20 ärenden",
         "X", "", "X", "", "OKLAR", ""),
        ("Delegationsbeslut anmäls till nämnden", "Protokollsgranskning",
         "X", "", "", "OK", "GENOMFORD", "nej"),
        ("Beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka", "Stickprov samtliga beslut",
         "", "", "", "", "SAKNAS", ""),
    ]
    t = doc_table(d, ["Nr", "Kontrollmoment", "Metod", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"],
                  [[str(i)] + list(c[:6]) for i, c in enumerate(ik, 1)],
                  widths_cm=[0.9, 5, 3.2, 1.8, 1.5, 1.8, 5], head_color="E2EFDA")
    for row in t.rows[1:]:
        for ci in (3, 4, 5):
            row.cells[ci].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in ik:
        expect(fil, namnd, c[0], c[6], c[7])
    d.add_paragraph("")
    d.add_paragraph("Samlad bedömning", style="Heading 2")
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Handläggningstiderna "
                    "för bygglov har förbättrats jämfört med 2024. Återstående kontroller genomförs under hösten "
                    "och redovisas i helårsuppföljningen.")
    tmp = os.path.join(TMP, "mbn_ik_delar_2025.docx")
    d.save(tmp)
    convert_into_round(tmp, "odt", "odt", fil)
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ============================================================ 6. VON workbook, .ods, codes
def build_von():
    fil = "VON Delårsrapport 2025 bilagor.ods"
    namnd = "Vård- och omsorgsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Vård- och omsorgsnämnden – driftredovisning januari–augusti 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, ["Verksamhet", "Budget helår", "Utfall jan–aug", "Periodiserad budget", "Prognos helår",
                       "Prognosavvikelse", "Bedömning"])
    eko = [
        ("Nämnd och ledning", 12300, 7900, 8200, 12100, "Grön"),
        ("Biståndshandläggning", 21400, 14600, 14270, 21800, "Gul"),
        ("Hemtjänst", 176800, 124500, 117870, 185300, "Röd"),
        ("Särskilt boende", 254600, 168900, 169730, 253900, "Grön"),
        ("Hälso- och sjukvård", 48900, 33100, 32600, 49400, "Gul"),
    ]
    for i, e in enumerate(eko):
        body_row(ws, 4 + i, [e[0], e[1], e[2], e[3], e[4], e[1] - e[4], e[5]])
    n = 4 + len(eko)
    body_row(ws, n, ["Summa", sum(e[1] for e in eko), sum(e[2] for e in eko), sum(e[3] for e in eko),
                     sum(e[4] for e in eko), sum(e[1] - e[4] for e in eko), "Röd"])
    for c in range(1, 8):
        ws.cell(row=n, column=c).font = Font(bold=True)
    widths(ws, [28, 14, 14, 16, 14, 16, 12])

    ws = wb.create_sheet("Kvalitet och mål")
    ws["A1"] = "Kvalitetsnyckeltal och nämndmål"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, ["Nämndmål", "Nyckeltal", "Utfall 2024", "Utfall jan–aug 2025", "Målvärde", "Status"])
    kval = [
        ("Äldre ska känna sig trygga i sitt boende", "Andel trygga på särskilt boende (%)", 84, 86, 85, "G"),
        ("Kontinuitet i hemtjänsten", "Antal personal som besöker en brukare under 14 dagar", 15, 16, 12, "R"),
        ("God vård i livets slut", "Andel avlidna med smärtskattning (%)", 78, 81, 90, "R"),
        ("Minskad ofrivillig heltid", "Andel heltidsanställda undersköterskor (%)", 71, 74, 75, "G"),
    ]
    for i, k in enumerate(kval):
        body_row(ws, 4 + i, list(k))
    ws.cell(row=9, column=1, value="Status: G = målet nås, R = målet nås inte").font = Font(italic=True, size=9)
    widths(ws, [38, 45, 12, 18, 10, 8])

    ws = wb.create_sheet("Intern kontroll")
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A3"] = "Statuskoder: G = genomförd   P = pågår   E = ej påbörjad/ej genomförd   U = utgår"
    ws["A3"].font = Font(italic=True, size=9)
    header_row(ws, 5, ["Kontrollmoment", "Metod/stickprov", "Frekvens", "Ansvarig", "T1", "Delår", "Helår",
                       "Iakttagelser delår"])
    groups = [
        ("Process: Biståndshandläggning", [
            ("Beslut om hemtjänst är fattade av behörig handläggare enligt delegationsordningen",
             "Stickprov 20 beslut", "Halvår", "Biståndschef", "", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Ej verkställda beslut rapporteras till IVO och nämnden varje kvartal",
             "Kontroll av inlämnade rapporter", "Kvartal", "Biståndschef", "G", "G", "",
             "Rapporterna för kvartal 1 och 2 lämnades in i tid.", "GENOMFORD", "nej"),
        ]),
        ("Process: Hemtjänst", [
            ("Utförd tid i hemtjänsten stäms av mot beviljad tid.\n(Avser registrering i planeringssystemet.)",
             "Fyra hemtjänstgrupper, en månad per grupp", "Halvår", "Enhetschefer hemtjänst", "P", "P", "",
             "Två av fyra grupper klara. I den ena gruppen översteg skillnaden 20 %, analys pågår.",
             "DELVIS", "ja"),
            ("Nyckelhantering i hemtjänsten – kvittens av nycklar och digitala lås",
             "Inventering av nyckelkvittenser", "Årlig", "Enhetschefer hemtjänst", "E", "G", "",
             "Nyckelkvittens saknades för tre brukare i Norrbygruppen. Åtgärdat i juni.", "GENOMFORD", "ja"),
        ]),
        ("Process: Särskilt boende", [
            ("Läkemedelshantering – signeringslistor och avvikelserapportering",
             "Granskning av signeringslistor två boenden", "Halvår", "MAS", "", "E", "",
             "Ej genomförd, MAS-tjänsten har varit vakant sedan maj.", "EJ_GENOMFORD", ""),
            ("Hantering av boendes privata medel (kassabok och kvitton)",
             "Kassainventering", "Årlig", "Enhetschefer SÄBO", "G", "", "", "", "GENOMFORD", ""),
        ]),
        ("Process: Ekonomi och administration", [
            ("Omsorgsavgifter – avgiftsbeslut stäms av mot debitering",
             "Stickprov 25 brukare", "Årlig", "Avgiftshandläggare", "", "U", "",
             "Utgår. Kontrollen ingår i kommunstyrelsens kommungemensamma kontroll 2025.", "UTGAR", ""),
            ("Chefers bisysslor är anmälda och bedömda",
             "Genomgång i personalsystemet", "Årlig", "HR-strateg", "", "", "", "", "SAKNAS", ""),
            ("Avtalsuppföljning av privat utförare av hemtjänst (LOV)",
             "Uppföljningsbesök och granskning av dokumentation", "Årlig", "Avtalscontroller", "", "G", "",
             "Se separat rapport till nämnden 2025-09-17.", "GENOMFORD", ""),
        ]),
    ]
    r = 6
    for g, items in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = SUB_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for it in items:
            body_row(ws, r, list(it[:8]))
            for c in (5, 6, 7):
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            expect(fil, namnd, it[0], it[8], it[9])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Redovisad för vård- och omsorgsnämnden 2025-09-24.")
    widths(ws, [50, 30, 10, 22, 6, 7, 7, 55])
    tmp = os.path.join(TMP, "von_delar_2025.xlsx")
    wb.save(tmp)
    convert_into_round(tmp, "ods", "ods", fil)
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ============================================================ 7. KS Word .doc with investment table
def build_ks():
    fil = "Kommunstyrelsen delårsrapport 2025.doc"
    namnd = "Kommunstyrelsen"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Gränby kommun – Kommunledningskontoret"
    p = d.add_paragraph()
    r = p.add_run("Delårsrapport 2025 – Kommunstyrelsen")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph("Perioden januari–augusti 2025")

    d.add_heading("Verksamhetens utfall", level=1)
    d.add_paragraph(
        "Kommunstyrelsen redovisar ett överskott på 4,1 mnkr för perioden, främst beroende på vakanser inom "
        "kommunledningskontoret och lägre kostnader för konsulter. Helårsprognosen är ett överskott på 2,5 mnkr.")
    d.add_paragraph("Driftredovisning (tkr)")
    doc_table(d, ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos", "Avvikelse"], [
        ["Politisk verksamhet", "14 200", "9 100", "14 000", "200"],
        ["Kommunledningskontoret", "98 600", "62 300", "96 900", "1 700"],
        ["Räddningstjänst (medlemsavgift)", "38 900", "25 900", "38 900", "0"],
        ["Näringsliv och turism", "11 400", "7 200", "10 800", "600"],
        ["Summa", "163 100", "104 500", "160 600", "2 500"],
    ], widths_cm=[6, 2.8, 2.8, 2.8, 2.6])

    d.add_heading("Investeringar", level=1)
    doc_table(d, ["Projekt", "Budget", "Utfall jan–aug", "Prognos", "Status"], [
        ["Nytt ekonomisystem", "6 500", "4 100", "6 500", "Pågår"],
        ["Bredbandsutbyggnad landsbygd", "12 000", "2 300", "8 000", "Pågår"],
        ["Ombyggnad medborgarcenter", "3 200", "3 150", "3 150", "Avslutat"],
        ["Reservkraft kommunhuset", "2 800", "0", "2 800", "Ej påbörjat"],
    ], widths_cm=[6, 2.5, 2.8, 2.5, 3])

    d.add_heading("Intern kontroll", level=1)
    d.add_paragraph(
        "Kommunstyrelsens internkontrollplan 2025 innehåller nio kontrollmoment, varav flera är kommungemensamma. "
        "Status per den 31 augusti framgår av tabellen. Kontrollmoment med avvikelser har föranlett åtgärder "
        "som redovisas i kolumnen Resultat och åtgärder.")
    ik = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 50 fakturor i ekonomisystemet",
         "Ekonomichef", "Klar",
         "Två fakturor över 200 tkr saknade andra attest. Påminnelse har gått ut till samtliga attestanter.",
         "GENOMFORD", "ja"),
        ("Förtroendekänsliga poster – representation, resor och gåvor",
         "Genomgång av samtliga verifikat på konto 6071, 6072 och 7690", "Redovisningsansvarig", "Klar",
         "Inga avvikelser mot riktlinjerna.", "GENOMFORD", "nej"),
        ("Avtalstrohet vid kommunövergripande inköp", "Spendanalys januari–juni", "Upphandlingschef", "Pågår",
         "Spendanalysen är försenad på grund av byte av analysverktyg.", "DELVIS", ""),
        ("Allmänna handlingar diarieförs inom tre arbetsdagar", "Stickprov 40 handlingar", "Kanslichef", "Klar",
         "38 av 40 handlingar diarieförda inom tre arbetsdagar. Två diarieförda efter fem dagar.",
         "GENOMFORD", "ja"),
        ("Ändring av bankgiro och kontonummer i leverantörsregistret", "Samtliga ändringar januari–juni",
         "Redovisningsansvarig", "Klar",
         "Samtliga 27 ändringar verifierade mot leverantören via känd kontaktväg.", "GENOMFORD", "nej"),
        ("Informationsklassning av kommunövergripande verksamhetssystem",
         "Uppföljning av genomförda klassningar", "Informationssäkerhetssamordnare", "Ej startad",
         "Kontrollen startar i oktober när informationssäkerhetssamordnaren är rekryterad.",
         "EJ_GENOMFORD", ""),
        ("Krisledningsplanen är uppdaterad och övad", "Dokumentgranskning", "Säkerhetschef", "Utgår",
         "Ersatt av uppdrag i säkerhetsskyddsplanen, beslut KS 2025-03-11 § 41.", "UTGAR", ""),
        ("Nyupplagda anställningar och engångsbelopp i lönesystemet är korrekta", "Stickprov 30 löneposter",
         "Lönechef", "", "Se bilaga 3.", "OKLAR", ""),
        ("Samtliga nämnder och bolag har antagit internkontrollplan före 31 mars",
         "Kontroll av protokoll", "Kommundirektör", "Klar",
         "Alla utom Överförmyndarnämnden antog plan i tid. Överförmyndarnämnden antog sin plan 2025-04-10.",
         "GENOMFORD", "ja"),
    ]
    doc_table(d, ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat och åtgärder"],
              [list(c[:5]) for c in ik], widths_cm=[5, 3.5, 2.8, 1.8, 5.5])
    for c in ik:
        expect(fil, namnd, c[0], c[5], c[6])
    d.add_heading("Framtid", level=1)
    d.add_paragraph("Under hösten införs det nya ekonomisystemet. Arbetet med kommunens säkerhetsskydd fortsätter.")
    tmp = os.path.join(TMP, "ks_delar_2025.docx")
    d.save(tmp)
    convert_into_round(tmp, "doc:MS Word 97", "doc", fil)
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ============================================================ 8. Gränby Bostäder AB, .xls standalone
def build_gbab():
    fil = "Internkontroll Gränbybostäder per augusti 2025.xls"
    namnd = "Gränby Bostäder AB"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Gränby Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 31 augusti"
    ws["A2"].font = Font(size=12)
    ws["A3"] = "Planen fastställd av styrelsen 2025-02-14"
    ws["A4"] = ("Status: OK = kontroll utförd utan anmärkning, AVV = kontroll utförd, avvikelse noterad, "
                "PÅG = pågår, EJ = ej utförd")
    ws["A4"].font = Font(italic=True, size=9)
    header_row(ws, 6, ["Nr", "Område", "Kontroll", "Ansvarig", "Kontrolldatum", "Resultat", "Status"],
               fill=PatternFill("solid", fgColor="C00000"))
    ik = [
        ("Hyresadministration", "Hyresavier stäms av mot hyresavtal vid nyuthyrning", "Uthyrningschef",
         "2025-05-15", "Stickprov 20 nya kontrakt, inga fel.", "OK", "GENOMFORD", "nej"),
        ("Hyresadministration", "Hyresfordringar äldre än 60 dagar lämnas till inkasso", "Ekonomichef",
         "2025-06-30", "Fyra fordringar hade inte lämnats över i tid.", "AVV", "GENOMFORD", "ja"),
        ("Fastighetsunderhåll", "Planerade underhållsåtgärder 2025 enligt underhållsplanen är beställda",
         "Fastighetschef", "", "Genomgång pågår, klar i september.", "PÅG", "DELVIS", ""),
        ("Inköp", "Upphandlade ramavtal används för hantverkstjänster", "Inköpare", "2025-08-20",
         "Stickprov 25 fakturor. Tre köp från leverantör utan avtal (låssmed).", "AVV", "GENOMFORD", "ja"),
        ("Säkerhet", "OVK och hissbesiktningar är genomförda enligt schema", "Driftchef", "2025-04-30",
         "Samtliga besiktningar utförda.", "OK", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest och utanordning följer attestinstruktionen", "Ekonomichef", "2025-06-10",
         "", "OK", "GENOMFORD", "nej"),
        ("IT", "Behörigheter i fastighetssystemet ses över", "IT-samordnare", "",
         "Utförs under kvartal 4.", "EJ", "EJ_GENOMFORD", ""),
        ("Dataskydd", "Personuppgifter om tidigare hyresgäster gallras enligt gallringsplan", "Uthyrningschef",
         "", "", "", "SAKNAS", ""),
    ]
    for i, c in enumerate(ik, 1):
        body_row(ws, 6 + i, [i] + list(c[:6]))
        ws.cell(row=6 + i, column=7).alignment = Alignment(horizontal="center", vertical="top")
        expect(fil, namnd, c[1], c[6], c[7])
    last = 6 + len(ik)
    ws.cell(row=last + 2, column=1, value="Rapporteras till styrelsen 2025-09-19. Ansvarig: Johan Berg, VD")
    widths(ws, [5, 20, 50, 18, 14, 50, 8])
    tmp = os.path.join(TMP, "gbab_ik_2025.xlsx")
    wb.save(tmp)
    convert_into_round(tmp, "xls:MS Excel 97", "xls", fil)
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ============================================================ 9. reject: pure budget report
def build_reject():
    fil = "Budgetuppföljning augusti 2025 samtliga nämnder.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Sammanställning"
    ws["A1"] = "Gränby kommun – budgetuppföljning per augusti 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Driftredovisning per nämnd (tkr). Underlag till kommunstyrelsens delårsrapport."
    header_row(ws, 4, ["Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse", "Status", "Kommentar"])
    data = [
        ("Kommunstyrelsen", 163100, 104500, 160600, GREEN, "Vakanser."),
        ("Barn- och utbildningsnämnden", 952700, 631450, 962300, RED, "Skolskjuts och tilläggsbelopp."),
        ("Socialnämnden", 276100, 187150, 281900, RED, "Externa placeringar barn och unga."),
        ("Vård- och omsorgsnämnden", 514000, 349000, 522500, RED, "Hemtjänst."),
        ("Kultur- och fritidsnämnden", 88400, 57900, 88100, GREEN, ""),
        ("Samhällsbyggnadsnämnden", 42600, 26800, 42900, YELLOW, "Lägre planintäkter."),
        ("Tekniska nämnden", 121300, 79400, 120800, GREEN, ""),
        ("Miljö- och byggnämnden", 18900, 11800, 18700, GREEN, ""),
        ("Överförmyndarnämnden", 6200, 4300, 6500, YELLOW, "Fler ärenden."),
        ("Valnämnden", 400, 30, 400, GREEN, ""),
    ]
    for i, (n, b, u, p, fill, k) in enumerate(data):
        body_row(ws, 5 + i, [n, b, u, p, b - p, None, k])
        ws.cell(row=5 + i, column=6).fill = fill
    n = 5 + len(data)
    body_row(ws, n, ["Summa nämnder", sum(x[1] for x in data), sum(x[2] for x in data),
                     sum(x[3] for x in data), sum(x[1] - x[3] for x in data), None, ""])
    for c in range(1, 8):
        ws.cell(row=n, column=c).font = Font(bold=True)
    ws.cell(row=n + 2, column=1, value="Status: grön = i balans, gul = underskott < 1 %, röd = underskott ≥ 1 %")
    ws.cell(row=n + 3, column=1, value="Uppföljning av intern kontroll redovisas i respektive nämnds delårsrapport.")
    widths(ws, [32, 14, 14, 14, 12, 8, 40])

    ws = wb.create_sheet("Investeringar")
    ws["A1"] = "Investeringsredovisning per augusti 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, ["Nämnd", "Projekt", "Budget", "Utfall", "Prognos", "Status"])
    inv = [
        ("Kommunstyrelsen", "Nytt ekonomisystem", 6500, 4100, 6500, "Pågår"),
        ("Barn- och utbildningsnämnden", "Ny förskola Ås", 48000, 31200, 47500, "Pågår"),
        ("Tekniska nämnden", "Reinvestering VA-ledningar", 22000, 9800, 18000, "Pågår"),
        ("Tekniska nämnden", "GC-väg Norrby–centrum", 7500, 7400, 7400, "Avslutat"),
        ("Kultur- och fritidsnämnden", "Konstgräsplan Gränbyvallen", 9000, 0, 9000, "Ej påbörjat"),
    ]
    for i, x in enumerate(inv):
        body_row(ws, 4 + i, list(x))
    widths(ws, [30, 32, 10, 10, 10, 12])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ============================================================ register + csvs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Gränby Bostäder AB", "Gränbybostäder|GBAB"),
]


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n in NAMNDER:
            w.writerow(n)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build_bun()
    build_sn()
    build_kfn()
    build_stratsys()
    build_mbn()
    build_von()
    build_ks()
    build_gbab()
    build_reject()
    write_csvs()
    shutil.rmtree(TMP)
    # sanity
    names = {n for n, _ in NAMNDER}
    inl = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, *_ in EXPECTED:
        assert (f, n) in inl, (f, n)
        assert n in names, n
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
