#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r499 - Bollnäs kommun, inbox for tertial 1 2025.

Builds 7 follow-up files + 1 Excel lock file, plus namnder.csv, files.csv, expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import glob
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round499"
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def docx_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsnämnden - the nämnd's own sheet (xlsx)
# ---------------------------------------------------------------------------
def make_bun():
    fil = "IK-plan BUN 2025 uppföljning T1.xlsx"
    N = "Barn- och utbildningsnämnden"
    # (riskområde, kontrollmoment, metod, frekvens, ansvarig, utfall T1, kommentar, exp status, exp avv)
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per månad", "Månadsvis", "Ekonomichef BUF", "Genomförd",
         "80 fakturor granskade. 2 fakturor saknade beslutsattest, åtgärdat med berörd rektor.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Representation och interna möten redovisas med syfte och deltagare",
         "Genomgång av samtliga representationsfakturor", "Tertialvis", "Controller", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Avtalstrohet vid inköp av läromedel",
         "Stickprov 15 inköp mot avtalskatalogen", "Tertialvis", "Inköpssamordnare", "Delvis genomförd",
         "10 av 15 stickprov granskade, hittills inga avvikelser. Resterande granskas i maj.",
         "DELVIS", "nej"),
        ("Elevhälsa och trygghet",
         "Anmälan till huvudman om kränkande behandling\nsker skyndsamt (inom 5 arbetsdagar)",
         "Uttag ur DF Respons, jämförelse datum händelse/anmälan", "Tertialvis", "Kvalitetsstrateg",
         "Genomförd med avvikelse",
         "47 anmälningar under perioden, 9 anmälda senare än 5 arbetsdagar.\n"
         "Påminnelse till rektorerna i ledningsgruppen 2025-05-06.",
         "GENOMFORD", "ja"),
        ("Elevhälsa och trygghet", "Registerkontroll av personal innan anställning",
         "Stickprov 10 nyanställningar", "Tertialvis", "HR-konsult", "Genomförd",
         "Samtliga 10 hade uppvisat utdrag ur belastningsregistret.", "GENOMFORD", "nej"),
        ("Elevhälsa och trygghet", "Frånvarouppföljning – skolpliktsbevakning vid hög frånvaro",
         "Genomgång av elever med frånvaro över 15 %", "Terminsvis", "Rektorer grundskola", "",
         "Görs efter vårterminens slut, redovisas i T2.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Behörigheter i elevregistret (IST) tas bort när personal slutar",
         "Jämförelse avslutade anställningar mot aktiva konton", "Tertialvis", "Systemförvaltare",
         "Ej genomförd", "Ej genomförd p.g.a. byte av systemförvaltare. Flyttas till T2.",
         "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Loggkontroll i elevhälsans journalsystem (PMO)",
         "Stickprov 5 loggar per enhet", "Tertialvis", "Verksamhetschef elevhälsa", "Pågår",
         "Loggar för 4 av 7 enheter kontrollerade.", "DELVIS", ""),
        ("Skolskjuts och måltider", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 10 beslut", "Årligen", "Skolskjutshandläggare", "Utgår",
         "Utgår enligt BUN 2025-03-25 § 31 – ingår i kommunstyrelsens kontroll av skolskjutsupphandlingen.",
         "UTGAR", ""),
        ("Skolskjuts och måltider", "Specialkost dokumenteras och följs i skolrestaurangerna",
         "Egenkontroll på 6 enheter", "Tertialvis", "Kostchef", "Genomförd",
         "6 enheter kontrollerade. Ett kök saknade uppdaterad specialkostlista, åtgärdat samma dag.",
         "GENOMFORD", "ja"),
        ("Personal", "Lönetillägg och ersättningar registreras korrekt i Personec",
         "Stickprov 20 lönetransaktioner", "Tertialvis", "Löneadministratör", "", "",
         "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    wb.properties.creator = "Karin Ek"
    wb.properties.lastModifiedBy = "Karin Ek"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Uppföljning tertial 1 (januari–april)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Planen fastställd av BUN 2025-01-28 § 9. Utfall anges som Genomförd / Delvis genomförd / "
                "Ej genomförd / Utgår. Avvikelser och åtgärder beskrivs i kommentarskolumnen.")
    ws["A3"].font = Font(italic=True, size=9)
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A3:G3")
    ws.row_dimensions[3].height = 28
    hdr = ["Riskområde", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Utfall T1", "Kommentar"]
    hfill = PatternFill("solid", fgColor="1F4E78")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hfill
        c.border = BORDER
        c.alignment = WRAP
    r = 6
    start = r
    prev = None
    for row in rows:
        ro = row[0]
        if ro != prev and prev is not None and r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        if ro != prev:
            start = r
            ws.cell(row=r, column=1, value=ro).font = Font(bold=True)
        prev = ro
        for j, v in enumerate(row[1:7], 2):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.alignment = WRAP
        for j in range(1, 8):
            ws.cell(row=r, column=j).border = BORDER
            ws.cell(row=r, column=j).alignment = WRAP
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt 2025-05-09 av Karin Ek, controller Barn- och utbildningsförvaltningen")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [22, 42, 34, 12, 22, 18, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Intern kontroll BUN 2025"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "T1"))
    return fil


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word, one table per process (docx)
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Uppföljning intern kontroll T1 2025 SN.docx"
    N = "Socialnämnden"
    processes = [
        ("Ekonomiskt bistånd", [
            ("Utbetalning av ekonomiskt bistånd föregås av beslut av behörig handläggare",
             "Stickprov 25 utbetalningar", "Enhetschef försörjningsstöd", "Genomförd",
             "25 utbetalningar kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll mot Arbetsförmedlingen och Försäkringskassan (SSBTEK) vid nybesök",
             "Stickprov 15 akter", "Enhetschef försörjningsstöd", "Genomförd med anmärkning",
             "3 av 15 akter saknade dokumenterad SSBTEK-kontroll. Handläggarna har påmints på APT.",
             "GENOMFORD", "ja"),
            ("Återkrav vid felaktigt utbetalt bistånd följs upp",
             "Genomgång av återkravsregistret", "Ekonom IFO", "Delvis genomförd",
             "Registret genomgånget t.o.m. mars, april återstår.", "DELVIS", ""),
        ]),
        ("Äldreomsorg – hemtjänst", [
            ("Beviljade timmar i hemtjänst överensstämmer med utförd tid (TES)",
             "Jämförelse beslut/utförd tid för 20 brukare", "Verksamhetschef hemtjänst", "Genomförd",
             "Avvikelse mellan beviljad och utförd tid över 20 % hos 4 brukare.\nUtredning pågår, återrapport i T2.",
             "GENOMFORD", "ja"),
            ("Genomförandeplaner upprättas inom 14 dagar från verkställighet",
             "Stickprov 20 nya ärenden", "Enhetschefer hemtjänst", "Ej genomförd",
             "Kontrollen har inte hunnits med under T1 på grund av hög sjukfrånvaro bland enhetscheferna.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Individ- och familjeomsorg", [
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Uttag ur Treserva", "1:e socialsekreterare", "Genomförd",
             "96 % inom tidsgränsen, 5 ärenden överskred med 1–3 dagar.", "GENOMFORD", "ja"),
            ("Utredningstid för barnavårdsutredningar högst fyra månader",
             "Uttag ur Treserva", "Enhetschef barn och unga", "Se bilaga 2", "",
             "OKLAR", ""),
            ("Placeringar på HVB sker hos avtalade leverantörer",
             "Genomgång av samtliga placeringar", "Enhetschef barn och unga", "Utgår",
             "Ersätts av kommunstyrelsens granskning av direktupphandlingar (SN 2025-02-20 § 14).",
             "UTGAR", ""),
        ]),
        ("Personal och arbetsmiljö", [
            ("Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete",
             "Sammanställning från enheterna", "HR-partner", "Pågående",
             "Skyddsronder gjorda på 11 av 18 enheter.", "DELVIS", ""),
            ("Hot- och våldssituationer rapporteras i KIA och följs upp",
             "Genomgång av KIA-rapporter", "Säkerhetssamordnare", "",
             "Samtliga 12 rapporterade händelser under perioden har följts upp av närmaste chef. Inga brister noterade.",
             "GENOMFORD", "nej"),
        ]),
    ]
    d = docx.Document()
    docx_props(d, "Anna Lindqvist", "Uppföljning intern kontroll T1 2025")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Bollnäs kommun\tSocialförvaltningen\t2025-05-14"
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 23 januari 2025. Planen omfattar tio "
        "kontrollmoment fördelade på fyra processer. Nedan redovisas resultatet av de kontroller som "
        "skulle genomföras under perioden januari–april. Kontrollmoment med avvikelser följs upp i "
        "samband med tertialrapport 2.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat och kommentar"]
    widths = [Cm(7), Cm(4.5), Cm(3.5), Cm(3), Cm(7.5)]
    for pname, ctrls in processes:
        d.add_heading("Process: " + pname, level=3)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell_text(t.rows[0].cells[i], h, bold=True)
            set_cell_bg(t.rows[0].cells[i], "D9E2F3")
        for c in ctrls:
            cells = t.add_row().cells
            for i in range(5):
                cell_text(cells[i], c[i])
            exp(fil, N, c[0], c[5], c[6])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        d.add_paragraph()
    d.add_paragraph("Bilaga 2: Statistik utredningstider barn och unga jan–apr 2025 (separat dokument).")
    d.add_paragraph("Bollnäs 2025-05-14")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "T1"))
    return fil


# ---------------------------------------------------------------------------
# 3. Stratsys export, three nämnder (csv)
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_20250512.csv"
    data = [
        ("KS – Kommunledningsförvaltningen", "Kommunstyrelsen", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
             "Genomförd", "Stickprov 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("Ekonomi", "Kontroll av bankkonton och behörigheter till internetbanken", "Finanschef",
             "Genomförd", "Två behörigheter för personal som slutat fanns kvar, borttagna 2025-04-02.",
             "GENOMFORD", "ja"),
            ("Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Upphandlingschef", "Pågående",
             "Uttag ur e-handelssystemet klart. Analys av dokumentationen klar i juni.", "DELVIS", ""),
            ("HR", "Lönerevision och retroaktiva utbetalningar stäms av mot beslut", "Lönechef",
             "Ej påbörjad", "Lönerevisionen blev klar först i april, kontrollen görs i maj.",
             "EJ_GENOMFORD", ""),
            ("IT och informationssäkerhet",
             "Uppföljning av incidentrapportering enligt informationssäkerhetspolicyn", "IT-chef",
             "Genomförd", "7 incidenter rapporterade.\nSamtliga hanterade enligt rutin.\n"
             "Ingen anmälan till IMY krävdes.", "GENOMFORD", "nej"),
            ("Styrning och ledning", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
             "", "", "SAKNAS", ""),
        ]),
        ("Samhällsutvecklingsnämnden", "Samhällsutvecklingsnämnden", [
            ("Gata och park", "Besiktning av lekplatser sker enligt plan", "Gatu- och parkchef",
             "Genomförd", "12 av 12 lekplatser besiktigade. 3 anmärkningar (lösa fästen), åtgärdade.",
             "GENOMFORD", "ja"),
            ("Ekonomi", "Fakturering av hyror och arrenden sker enligt avtal", "Ekonom SUF",
             "Delvis genomförd", "Arrendena kontrollerade, hyresavtalen återstår.", "DELVIS", ""),
            ("Upphandling", "Avtalstrohet vid inköp av entreprenadtjänster", "Inköpare",
             "Ej genomförd", "Ej genomförd p.g.a. vakans på inköpsfunktionen.", "EJ_GENOMFORD", ""),
            ("Trafik", "Parkeringsanmärkningar handläggs och debiteras korrekt", "Trafikingenjör",
             "Avbruten", "Avbruten efter beslut i SUN 2025-03-18 § 22 – parkeringsövervakningen upphandlas på nytt.",
             "UTGAR", ""),
            ("Arbetsmiljö", "Skyddsronder för gata/park och fastighetsdrift", "Enhetschef drift",
             "Genomförd", "", "GENOMFORD", "nej"),
        ]),
        ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", [
            ("Föreningsstöd", "Föreningsbidrag betalas ut enligt riktlinjer och beslut", "Föreningskonsulent",
             "Genomförd", "Samtliga 34 ansökningar kontrollerade mot riktlinjerna utan anmärkning.",
             "GENOMFORD", "nej"),
            ("Kassahantering", "Dagskassor i badhusets reception stäms av", "Badhuschef",
             "Genomförd", "Kassadifferens 650 kr vid ett tillfälle (2025-03-14), utrett och dokumenterat.",
             "GENOMFORD", "ja"),
            ("Bibliotek", "Inköp av media sker inom ramavtal", "Bibliotekschef", "Pågående", "",
             "DELVIS", ""),
            ("Fritidsgårdar", "Registerutdrag begärs för personal och ledare på fritidsgårdarna",
             "Fritidschef", "Ej påbörjad", "Planeras till T2.", "EJ_GENOMFORD", ""),
        ]),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll - uppföljning"])
        w.writerow(["Urval: Bollnäs kommun / Nämnder och styrelse", "Period: Tertial 1 2025"])
        w.writerow(["Exporterad 2025-05-12 08:41 av ekonomiavdelningen"])
        w.writerow([])
        w.writerow(["Enhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status",
                    "Kommentar", "Senast uppdaterad"])
        day = 2
        for enhet, namnd, ctrls in data:
            for c in ctrls:
                upd = "" if c[3] == "" else "2025-05-%02d" % day
                day = day % 9 + 2
                w.writerow([enhet, c[0], c[1], c[2], "T1 2025", c[3], c[4], upd])
                exp(fil, namnd, c[1], c[5], c[6])
            FILES.append((fil, "INLAST", namnd, YEAR, "T1"))
    return fil


# ---------------------------------------------------------------------------
# 4. Överförmyndarnämnden - old .xls, numeric codes with a legend column
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "ÖFN internkontroll 2025.xls"
    N = "Överförmyndarnämnden"
    rows = [
        (1, "Redovisningar", "Granskning av årsräkningar – samtliga ställföreträdares redovisningar granskas före 30/6",
         "Handläggare", 3, "62 % av årsräkningarna granskade per 30/4.", "DELVIS", ""),
        (2, "Arvoden", "Arvode till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Nämndsekreterare", 2, "Stickprov 10 arvoden. 1 felberäknat (för hög kostnadsersättning), rättat.",
         "GENOMFORD", "ja"),
        (3, "Förvaltarkonton", "Överförmyndarspärr på bankkonton kontrolleras vid nya ärenden",
         "Handläggare", 1, "", "GENOMFORD", "nej"),
        (4, "Lämplighet", "Lämplighetsprövning av nya gode män (belastnings- och kronofogderegister)",
         "Enhetschef", 1, "Samtliga 8 nya gode män prövade.", "GENOMFORD", "nej"),
        (5, "Arkiv", "Akter gallras och arkiveras enligt dokumenthanteringsplanen",
         "Arkivansvarig", 4, "Skjuts till hösten.", "EJ_GENOMFORD", ""),
        (6, "Ensamkommande", "Särskilt förordnade vårdnadshavare – uppföljning av redogörelser",
         "Handläggare", 5, "Inga aktuella ärenden 2025.", "UTGAR", ""),
        (7, "IT-stöd", "Behörigheter i verksamhetssystemet Wärna ses över",
         "Systemansvarig", "", "", "SAKNAS", ""),
    ]
    legend = ["Statuskoder:", "1 = Genomförd utan anmärkning", "2 = Genomförd med anmärkning (se kommentar)",
              "3 = Påbörjad / pågår", "4 = Ej påbörjad", "5 = Utgår / ej aktuell", "",
              "Fyll i kod per tertial."]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    ws._Worksheet__header_str = "&CÖverförmyndarnämnden Bollnäs"  # xlwt setter is broken on py3
    ws._Worksheet__footer_str = "&CSida &P"
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: bold on, height 220")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    codest = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: horiz center, vert top")
    legst = xlwt.easyxf("font: italic on, height 180; alignment: vert top")
    legh = xlwt.easyxf("font: bold on, height 180")
    ws.write_merge(0, 0, 0, 7, "ÖVERFÖRMYNDARNÄMNDEN", title)
    ws.write_merge(1, 1, 0, 7, "Plan för intern kontroll 2025 med uppföljning per 2025-04-30", sub)
    heads = ["Nr", "Rutin/system", "Kontrollmoment", "Kontrollansvarig", "Status T1", "Status T2",
             "Status helår", "Kommentar", "Teckenförklaring"]
    for i, h in enumerate(heads):
        ws.write(3, i, h, hdr if i < 8 else legh)
    for k, row in enumerate(rows):
        r = 4 + k
        ws.write(r, 0, row[0], codest)
        ws.write(r, 1, row[1], cellst)
        ws.write(r, 2, row[2], cellst)
        ws.write(r, 3, row[3], cellst)
        ws.write(r, 4, row[4], codest)
        ws.write(r, 5, "", codest)
        ws.write(r, 6, "", codest)
        ws.write(r, 7, row[5], cellst)
        exp(fil, N, row[2], row[6], row[7])
    for k, l in enumerate(legend):
        if l:
            ws.write(4 + k, 8, l, legh if k == 0 else legst)
    ws.write(4 + len(rows) + 2, 0, "Planen antagen av ÖFN 2024-12-10 § 58. Uppföljning T1 sammanställd 2025-05-07 /EB")
    for i, w in enumerate([5, 16, 48, 16, 9, 9, 10, 45, 36]):
        ws.col(i).width = w * 256
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(4)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "T1"))
    return fil


# ---------------------------------------------------------------------------
# 5. Bygg- och miljöförvaltningen - 'Följer plan: Ja/Nej' (odt via docx)
# ---------------------------------------------------------------------------
def make_bmn(tmp):
    fil = "Bygg- och miljöförvaltningen - uppföljning intern kontroll tertial 1 2025.odt"
    N = "Bygg- och miljönämnden"
    rows = [
        ("Bygglov", "Beslut om bygglov fattas inte inom lagstadgad handläggningstid", "9",
         "Kontroll att beslut om bygglov fattas inom 10 veckor från komplett ansökan", "Ja",
         "Stickprov 20 ärenden: samtliga beslutade inom lagstadgad tid.", "GENOMFORD", "nej"),
        ("Bygglov", "Avgift tas ut felaktigt", "6",
         "Kontroll av att bygglovsavgiften reduceras enligt PBL 12 kap 8 a § vid överskriden handläggningstid",
         "Ja", "Kontrollerat. Inga ärenden med överskriden tid under perioden, ingen reducering aktuell.",
         "GENOMFORD", "nej"),
        ("Bygglov", "Olovligt byggande upptäcks inte eller handläggs inte", "6",
         "Tillsynsärenden registreras och påbörjas inom 4 veckor", "Nej",
         "Kontrollen har inte genomförts under T1 på grund av vakant tjänst som byggnadsinspektör. "
         "Genomförs under T2.", "EJ_GENOMFORD", ""),
        ("Miljö- och hälsoskydd", "Planerad tillsyn blir inte av", "8",
         "Uppföljning av tillsynsplanen – andel genomförda inspektioner", "Ja",
         "Arbetet pågår enligt plan, 31 % av årets planerade inspektioner är genomförda.", "DELVIS", ""),
        ("Miljö- och hälsoskydd", "Felaktig debitering av tillsynsavgift", "6",
         "Timavgift debiteras enligt gällande taxa – stickprov 15 fakturor", "Nej",
         "Stickprovet visade att 4 av 15 fakturor debiterats med 2024 års timtaxa. "
         "Fakturorna har krediterats och nya fakturor skickats.", "GENOMFORD", "ja"),
        ("Livsmedelskontroll", "Jäv vid inspektion", "4",
         "Jävsdeklaration för inspektörer upprättas årligen", "Ja",
         "Samtliga 5 inspektörer lämnade jävsdeklaration i januari.", "GENOMFORD", "nej"),
        ("Administration", "Delegationsbeslut anmäls inte till nämnden", "6",
         "Delegationsbeslut anmäls till nämnden vid varje sammanträde", "Ja",
         "Anmäls löpande, inga avvikelser.", "GENOMFORD", "nej"),
        ("Administration", "Allmänna handlingar diarieförs inte", "4",
         "Inkommande e-post till funktionsbrevlådan diarieförs", "",
         "Kontrollen utgår för 2025 efter nämndens beslut 2025-02-12 § 8.", "UTGAR", ""),
    ]
    d = docx.Document()
    docx_props(d, "Lars Holm", "Uppföljning intern kontroll T1 2025")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "BOLLNÄS KOMMUN\nBygg- och miljöförvaltningen"
    sec.footer.paragraphs[0].text = "Dnr BMN 2025/0042"
    d.add_heading("Uppföljning av intern kontroll – tertial 1 2025", level=1)
    d.add_paragraph("Datum: 2025-05-08\nHandläggare: Lars Holm, förvaltningschef")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Nämnden antog i december 2024 en internkontrollplan för 2025 som bygger på en risk- och "
        "väsentlighetsanalys. Riskvärdet är produkten av sannolikhet och konsekvens (1–4).")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph(
        "I tabellen redovisas för varje kontrollmoment om kontrollen följer den beslutade planen samt "
        "en kommentar om resultatet. Förvaltningen bedömer att den interna kontrollen i huvudsak är "
        "tillräcklig men att tillsynen inom bygglov behöver stärkas.")
    hdr = ["Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Följer\nplan:", "Kommentar:"]
    widths = [Cm(3.2), Cm(4.5), Cm(1.4), Cm(6), Cm(1.8), Cm(8)]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        set_cell_bg(t.rows[0].cells[i], "E2EFD9")
    groups = {}
    for k, row in enumerate(rows):
        cells = t.add_row().cells
        for i in range(1, 6):
            cell_text(cells[i], row[i])
        groups.setdefault(row[0], []).append(k + 1)
        exp(fil, N, row[3], row[6], row[7])
    for pname, idx in groups.items():
        first = t.cell(idx[0], 0)
        if len(idx) > 1:
            first = first.merge(t.cell(idx[-1], 0))
        cell_text(first, pname, bold=True)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Förslag till beslut: Bygg- och miljönämnden godkänner uppföljningen av intern "
                    "kontroll för tertial 1 2025.")
    src = os.path.join(tmp, "bmn.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.move(os.path.join(tmp, "bmn.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "T1"))
    return fil


# ---------------------------------------------------------------------------
# 6. Bollnäs Bostäder AB - traffic-light fills, previous year beside (ods via xlsx)
# ---------------------------------------------------------------------------
def make_bbab(tmp):
    fil = "Bollnäs Bostäder internkontroll 2025 T1.ods"
    N = "Bollnäs Bostäder AB"
    GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"
    rows = [
        (1, "Hyresadministration", "Hyresavier stäms av mot hyresavtal vid nyuthyrning", "Uthyrningschef",
         "Genomförd, inga avvikelser", GREEN, "Stickprov 15 nya avtal, samtliga korrekta.", "GENOMFORD", "nej"),
        (2, "Hyresadministration", "Kontroll av hyresfordringar och inkassoärenden", "Ekonomichef",
         "Genomförd", GREEN, "3 ärenden saknade påminnelse enligt rutin. Rutinen förtydligad.",
         "GENOMFORD", "ja"),
        (3, "Hyresadministration", "Lägenheter fördelas enligt uthyrningspolicyn (bostadskön)",
         "Uthyrningschef", "Genomförd", GREEN, "Ej genomförd ännu – görs i T2.", "OKLAR", ""),
        (4, "Underhåll", "Planerat underhåll följer underhållsplanen", "Teknisk chef",
         "Delvis genomförd", YELLOW, "Fönsterbyte Gärdesvägen senarelagt till hösten, övriga projekt enligt plan.",
         "DELVIS", ""),
        (5, "Inköp", "Beställningar över 50 000 kr har godkänts enligt attestordningen", "VD",
         "Genomförd", GREEN, "", "GENOMFORD", "nej"),
        (6, "Inköp", "Avtalstrohet – ramavtal för hantverkstjänster", "Inköpsansvarig",
         "Ny 2025", RED, "Ej genomförd, resursbrist på ekonomiavdelningen.", "EJ_GENOMFORD", ""),
        (7, "Säkerhet", "Systematiskt brandskyddsarbete (SBA) – rondering i trapphus och källare",
         "Fastighetschef", "Genomförd med avvikelse", GREEN,
         "Rondering i 22 trapphus. Barnvagnar och brännbart material i 6 trapphus, hyresgästerna informerade.",
         "GENOMFORD", "ja"),
        (8, "Säkerhet", "Spärr av borttappade taggar i nyckel- och passersystemet", "Fastighetsförvaltare",
         "Genomförd", GREY, "Utgår 2025 – nytt låssystem installeras, kontrollen flyttas till 2026.",
         "UTGAR", ""),
        (9, "GDPR", "Personuppgifter i kösystemet gallras enligt gallringsrutinen", "Uthyrningschef",
         "Ny 2025", None, "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    wb.properties.creator = "Maria Sundin"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws["A1"] = "Bollnäs Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1 (rapport till styrelsen 2025-05-20)"
    ws["A2"].font = Font(bold=True, size=11)
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Utfall helår 2024", "Status T1 2025",
           "Kommentar T1"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = BORDER
        c.alignment = WRAP
    for k, row in enumerate(rows):
        r = 5 + k
        vals = [row[0], row[1], row[2], row[3], row[4], None, row[6] or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if row[5]:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=row[5])
        exp(fil, N, row[2], row[7], row[8])
    r = 5 + len(rows) + 1
    ws.cell(row=r, column=2, value="Teckenförklaring status:").font = Font(bold=True)
    for k, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                                     (RED, "Ej genomförd"), (GREY, "Utgår")]):
        ws.cell(row=r + 1 + k, column=2).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + 1 + k, column=3, value=txt)
    ws.cell(row=r + 6, column=2, value="Avvikelser beskrivs i kommentarskolumnen.").font = Font(italic=True)
    for i, w in enumerate([5, 20, 50, 20, 24, 14, 55]):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    src = os.path.join(tmp, "bbab.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "bbab.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "T1"))
    return fil


# ---------------------------------------------------------------------------
# 7. Bollnäs Energi AB - text only Word, company only in page header / file name
# ---------------------------------------------------------------------------
def make_beab():
    fil = "BEAB_IK_uppfoljning_T1_2025.docx"
    N = "Bollnäs Energi AB"
    ctrls = [
        ("Mätarställningar vid in- och utflyttning stäms av mot fakturerad förbrukning",
         "Status: Genomförd.\nResultat: 40 flyttärenden kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt bolagets attestinstruktion",
         "Status: Genomförd med anmärkning.\nResultat: I 2 av 25 granskade fakturor saknades attest av "
         "behörig person. Berörda chefer har informerats och attestlistan har uppdaterats.", "GENOMFORD", "ja"),
        ("Behörigheter i styrsystemet för fjärrvärme (SCADA) begränsas till behörig personal",
         "Status: Pågår.\nResultat: Genomgång av användarkonton påbörjad tillsammans med leverantören, "
         "beräknas klar i juni.", "DELVIS", ""),
        ("Kreditupplysning tas vid nya företagskunder",
         "Status: Ej genomförd.\nKommentar: Rutinen ska revideras innan kontrollen genomförs.",
         "EJ_GENOMFORD", ""),
        ("Rapportering av elavbrott till Energimarknadsinspektionen sker i tid",
         "Årsrapporten för 2024 lämnades in 2025-03-12, inom föreskriven tid. Kontrollen är därmed "
         "genomförd för året och ingen avvikelse har noterats.", "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    docx_props(d, "Per Nordin", "Intern kontroll T1")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Bollnäs Energi AB\tIntern kontroll 2025\tSida 1"
    d.add_heading("Uppföljning av intern kontroll, första tertialet", level=1)
    d.add_paragraph(
        "Styrelsen fastställde bolagets plan för intern kontroll för 2025 vid sammanträdet den 12 februari. "
        "Planen innehåller fem kontrollmoment. Denna rapport redovisar läget per den 30 april 2025 och "
        "lämnas till kommunens ekonomiavdelning för sammanställning till kommunstyrelsen.")
    for i, (km, body, st, av) in enumerate(ctrls, 1):
        d.add_heading("Kontrollmoment %d: %s" % (i, km), level=2)
        for line in body.split("\n"):
            d.add_paragraph(line)
        exp(fil, N, km, st, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Bolaget bedömer att den interna kontrollen under perioden i allt väsentligt har "
                    "varit tillräcklig. De brister som noterats har åtgärdats eller har en plan för åtgärd.")
    d.add_paragraph("Bollnäs 2025-05-06\n\nPer Nordin\nVD")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "T1"))
    return fil


# ---------------------------------------------------------------------------
# 8. Lock file of the BUN workbook (must be rejected)
# ---------------------------------------------------------------------------
def make_lock(target):
    fil = "~$" + target
    user = "Karin Ek"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(55, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsutvecklingsnämnden", "SUN|Samhällsutvecklingsförvaltningen|SUF"),
        ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Bollnäs Bostäder AB", "BBAB|Bollnäs Bostäder"),
        ("Bollnäs Energi AB", "BEAB|Bollnäs Energi"),
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
    keep = {"make_round.py", "README.md"}
    for p in glob.glob(os.path.join(OUT, "*")) + glob.glob(os.path.join(OUT, "~$*")):
        if os.path.basename(p) not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r499-")
    try:
        bun = make_bun()
        make_sn()
        make_stratsys()
        make_ofn()
        make_bmn(tmp)
        make_bbab(tmp)
        make_beab()
        make_lock(bun)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
