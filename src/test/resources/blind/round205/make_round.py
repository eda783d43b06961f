#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r205 - Vidby kommun, uppföljning av internkontrollplaner T2 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round205"
FIXED_DT = datetime.datetime(2025, 9, 8, 10, 0, 0)
YEAR = "2025"
PERIOD = "T2"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split())
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_docx_props(d):
    cp = d.core_properties
    cp.author = "Vidby kommun"
    cp.last_modified_by = "Vidby kommun"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def fix_xlsx_props(wb):
    wb.properties.creator = "Vidby kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def shade_cell(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, instruction sheet first, numbered outline 1 / 1.1 / 1.1.1,
#    T1 and T2 columns side by side.
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS Uppföljning internkontrollplan T2 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Anvisningar"
    lines = [
        "Anvisningar för uppföljning av internkontrollplan 2025",
        "",
        "Uppföljningen görs per tertial i fliken 'IKP 2025'. Fyll i status och kommentar för aktuell period.",
        "Status anges med något av värdena: Genomförd, Pågår, Ej påbörjad, Utgår.",
        "Vid avvikelse ska kommentaren beskriva vad som hittats och vilken åtgärd som vidtagits.",
        "Kontroller som utförs en gång per år redovisas i den period då de genomförts.",
        "Rubrikrader (process och delprocess) fylls inte i.",
        "",
        "Frågor: ekonomiavdelningen, intern.kontroll@vidby.se",
    ]
    for i, t in enumerate(lines, start=1):
        ins.cell(row=i, column=1, value=t if t else None)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Vidby kommun"
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A3"] = "Uppföljningsperiod: Tertial 2 (januari–augusti) 2025"
    ws["A4"] = "Statusvärden: Genomförd / Pågår / Ej påbörjad / Utgår"
    ws["A1"].font = Font(bold=True, size=11, color="555555")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"].font = Font(italic=True)
    ws["A4"].font = Font(italic=True, size=9)
    headers = ["Nr", "Process / kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    hr = 6
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BORDER

    # (nr, text, metod, frekvens, ansvarig, st1, k1, st2, k2, expected_status, avv)  level by dots
    rows = [
        ("1", "Ekonomiadministration"),
        ("1.1", "Leverantörsfakturor"),
        ("1.1.1", "Attest av leverantörsfakturor sker enligt attestordningen",
         "Stickprov 20 fakturor per tertial ur ekonomisystemet", "Tertial", "Redovisningsansvarig",
         "Genomförd", "20 fakturor jan–apr granskade. Inga avvikelser.",
         "Genomförd", "20 fakturor maj–aug granskade. 1 faktura attesterad av ersättare som saknade "
         "delegation under semestern; attesten har gjorts om av behörig attestant.",
         "GENOMFORD", "ja"),
        ("1.1.2", "Ändring av bankgiro/plusgiro i leverantörsregistret verifieras mot leverantören "
         "innan ändringen genomförs",
         "Genomgång av samtliga ändringar i leverantörsregistret", "Tertial", "Ekonomichef",
         "Genomförd", "9 ändringar, samtliga verifierade.",
         "Genomförd", "14 ändringar kontrollerade, samtliga verifierade via telefon mot känt nummer. "
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Representation och förtroendekänsliga poster"),
        ("1.2.1", "Representation följer kommunens riktlinjer för representation (syfte, deltagare, belopp)",
         "Stickprov 10 representationsfakturor", "Helår", "Controller",
         "–", "",
         "Pågår", "Stickprov på 6 av 10 fakturor genomfört, resterande granskas i september. "
         "Två fakturor saknade deltagarförteckning.", "DELVIS", "ja"),
        ("1.2.2", "Kommunledningens egna utlägg och kortköp attesteras av överordnad",
         "Genomgång av samtliga utlägg för kommundirektör och ekonomichef", "1 gång/år", "Controller",
         "Genomförd", "Samtliga utlägg 2024-09–2025-04 kontrollerade, inga avvikelser.",
         None, None, "GENOMFORD", "nej"),
        ("2", "Personal och lön"),
        ("2.1", "Löneutbetalningar"),
        ("2.1.1", "Nyanställda läggs upp i lönesystemet med korrekt lön enligt anställningsavtal",
         "Stickprov 15 nyanställningar mot avtal", "Tertial", "HR-chef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "15 nyanställningar kontrollerade. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("2.1.2", "Avslutade anställningar avregistreras i lönesystemet i tid så att felaktig lön "
         "inte betalas ut",
         "Jämförelse av avslutslista mot lönesystemet", "Tertial", "Lönechef",
         "Genomförd", "Inga avvikelser.",
         "Ej påbörjad", "Kontrollen har inte kunnat genomföras på grund av byte av lönesystem i juni. "
         "Flyttas till T3.", "EJ_GENOMFORD", ""),
        ("2.2", "Arbetsmiljö"),
        ("2.2.1", "Sjukfrånvaro över 14 dagar följs upp med en plan för återgång i arbete",
         "Stickprov i HR-systemet", "Helår", "HR-specialist",
         "Ej påbörjad", "",
         "Pågår", "Genomgång gjord för 8 av 12 ärenden; 2 ärenden saknar plan för återgång.",
         "DELVIS", "ja"),
        ("3", "Informationssäkerhet"),
        ("3.1", "Behörigheter i ekonomisystemet stäms av mot aktuell befattningslista",
         "Behörighetslista ur Raindance mot HR-systemet", "Tertial", "Systemförvaltare",
         "Genomförd", "Inga avvikelser.",
         "Genomförd", "3 behörigheter för personer som slutat hade inte tagits bort; borttagna 2025-08-20.",
         "GENOMFORD", "ja"),
        ("3.2", "Logguppföljning i ärendehanteringssystemet",
         "Stickprov i loggar", "Halvår", "Informationssäkerhetssamordnare",
         "–", "",
         "Utgår", "Utgår enligt KS beslut 2025-05-14 § 87, ersätts av kommungemensam logguppföljning.",
         "UTGAR", ""),
        ("4", "Upphandling och inköp"),
        ("4.1", "Direktupphandlingar"),
        ("4.1.1", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna för direktupphandling",
         "Stickprov 10 direktupphandlingar", "Tertial", "Upphandlingschef",
         "Pågår", "Stickprov påbörjat.",
         "Genomförd", "10 av 10 direktupphandlingar granskade. 2 saknade dokumentation av "
         "konkurrensutsättning; återkoppling till berörda verksamheter.", "GENOMFORD", "ja"),
        ("4.1.2", "Avtalstrohet – inköp görs från avtalade leverantörer",
         "Spendanalys", "Helår", "Upphandlingschef",
         "Ej påbörjad", "", "Ej påbörjad", "Genomförs under hösten.", "EJ_GENOMFORD", ""),
    ]
    r = hr + 1
    for row in rows:
        nr = row[0]
        level = nr.count(".")
        ws.cell(row=r, column=1, value=nr)
        ws.cell(row=r, column=2, value=row[1])
        if len(row) == 2:   # heading row
            fill = "BDD7EE" if level == 0 else "DDEBF7"
            for c in range(1, 10):
                cell = ws.cell(row=r, column=c)
                cell.fill = PatternFill("solid", fgColor=fill)
                cell.font = Font(bold=True)
                cell.border = BORDER
        else:
            vals = row[2:9]
            for c, v in enumerate(vals, start=3):
                if v:
                    ws.cell(row=r, column=c, value=v)
            for c in range(1, 10):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BORDER
            ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top", indent=level)
            exp(fil, namnd, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning T2: Den interna kontrollen bedöms i huvudsak "
            "tillräcklig. Avvikelser har åtgärdats löpande, se kommentarer.")
    ws.cell(row=r + 1, column=1, value="Fastställd av kommundirektör Eva Lindqvist 2025-09-10")
    widths = [8, 48, 32, 11, 20, 12, 34, 12, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "C7"
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, one table, controls split into sub-checks (1.1 a, 1.1 b)
#    with their own status codes; legend G/D/E/U in a paragraph above the table.
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN_IK-uppföljning_tertial2_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Vidby kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    p = d.add_paragraph()
    run = p.add_run("Barn- och utbildningsnämnden")
    run.bold = True
    run.font.size = Pt(11)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (BUN § 142). Uppföljningen avser "
        "perioden januari–augusti. Flera kontrollmoment består av delkontroller som följs upp var för sig; "
        "delkontrollerna redovisas på egna rader (a, b, c).")
    d.add_paragraph("Status anges med kod: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår.")

    hdr = ["Nr", "Kontrollområde / kontrollmoment", "Metod", "Ansvarig", "Status", "Resultat och kommentar"]
    # kinds: H = heading (merged), P = parent (no status), C = control
    rows = [
        ("H", "1", "Skolskjuts"),
        ("P", "1.1", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning", "", "Skolskjutshandläggare",
         "", "Kontrollen består av två delkontroller, se 1.1 a och 1.1 b."),
        ("C", "1.1 a", "Stickprov på 15 beslut om skolskjuts – kontroll mot riktlinjerna för avstånd och särskilda skäl",
         "Stickprov", "Skolskjutshandläggare", "G",
         "15 beslut granskade. Samtliga beslut följde riktlinjerna.", "GENOMFORD", "nej"),
        ("C", "1.1 b", "Kontroll att beslutsfattaren har delegation för beslutet",
         "Samma 15 beslut som i 1.1 a", "Administrativ chef", "G",
         "2 beslut fattades under semesterperioden av handläggare utan delegation. Besluten har "
         "fastställts i efterhand av behörig chef och rutinen för ersättare ses över.", "GENOMFORD", "ja"),
        ("C", "1.2", "Fakturering från skolskjutsentreprenörer stäms av mot avtal och körlistor",
         "Avstämning av fakturor", "Ekonom", "D",
         "Avstämning klar för januari–maj utan avvikelser. Juni–augusti stäms av i september.", "DELVIS", "nej"),
        ("H", "2", "Trygghet och studiero"),
        ("P", "2.1", "Anmälan om kränkande behandling hanteras enligt skollagen 6 kap.", "", "Rektorer", "", ""),
        ("C", "2.1 a", "Anmälan till huvudman sker skyndsamt (inom 5 arbetsdagar)",
         "Uttag ur ärendesystemet", "Kvalitetsstrateg", "G",
         "142 anmälningar under perioden, varav 11 anmälts till huvudman senare än 5 arbetsdagar. "
         "Påminnelse till rektorer har skickats.", "GENOMFORD", "ja"),
        ("C", "2.1 b", "Utredning påbörjas och dokumenteras i varje ärende",
         "Stickprov 20 ärenden", "Kvalitetsstrateg", "D",
         "12 av 20 ärenden granskade. Resterande granskas efter skolstart.", "DELVIS", ""),
        ("C", "2.1 c", "Återkoppling till vårdnadshavare dokumenteras",
         "Stickprov 20 ärenden", "Kvalitetsstrateg", "E",
         "Ej genomförd på grund av vakans som kvalitetsstrateg under våren.", "EJ_GENOMFORD", ""),
        ("C", "2.2", "Elevhälsans journalföring sker i enlighet med patientdatalagen",
         "Loggkontroll och stickprov", "Verksamhetschef elevhälsa", "U",
         "Utgår – ingår från 2025 i elevhälsans egenkontroll enligt PDL, beslut BUN 2025-03-19 § 31.",
         "UTGAR", ""),
        ("H", "3", "Ekonomi"),
        ("C", "3.1", "Bidrag till fristående verksamhet (skolpeng) betalas ut med rätt belopp och antal elever",
         "Avstämning elevregister mot utbetalningar", "Controller", "G",
         "Avstämning för januari–augusti genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        ("C", "3.2", "Inköp av läromedel görs från avtalade leverantörer",
         "Stickprov 25 fakturor", "Controller", "", "", "SAKNAS", ""),
        ("C", "3.3", "Hyresavtal för paviljonger följs upp mot beslutad lokalförsörjningsplan",
         "Genomgång av avtal", "Lokalstrateg", "",
         "Redovisas i separat rapport, se bilaga 3.", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        shade_cell(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "H":
            cells[0].text = row[1]
            m = cells[1].merge(cells[5])
            m.text = ""
            rr = m.paragraphs[0].add_run(row[2])
            rr.bold = True
            for c in (cells[0], m):
                shade_cell(c, "F2F2F2")
            cells[0].paragraphs[0].runs[0].bold = True
            continue
        vals = row[1:7]
        for i, v in enumerate(vals):
            cells[i].text = v
        if row[0] == "P":
            for i in (0, 1):
                for rr in cells[i].paragraphs[0].runs:
                    rr.italic = True
        if row[0] == "C":
            cells[4].paragraphs[0].alignment = WRAP_CENTER
            exp(fil, namnd, row[2], row[7], row[8])
    widths = [Cm(1.3), Cm(5.5), Cm(3.0), Cm(2.8), Cm(1.4), Cm(5.5)]
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Vidby 2025-09-08")
    d.add_paragraph("Anna Berg\nFörvaltningschef, barn- och utbildningsförvaltningen")
    fix_docx_props(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


WRAP_CENTER = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------
# 3. Stratsys export - CSV (cp1252, ;), two nämnder given by förvaltning name, process rows with
#    aggregated status, one control carrying Stickprov 1 / Stickprov 2.
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_Internkontroll_export_20250904.csv"
    soc = "Socialförvaltningen"
    vof = "Vård- och omsorgsförvaltningen"
    rows = [
        # org, nivå, namn, metod, ansvarig, status, kommentar, ändrad, expected, avv
        (soc, "Process", "Ekonomiskt bistånd", "", "Avdelningschef IFO", "Pågående", "", "2025-09-01"),
        (soc, "Kontrollmoment", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 20 utbetalningar per tertial", "Enhetschef försörjningsstöd", "Klar",
         "20 utbetalningar granskade, samtliga överensstämde med beslut.", "2025-08-28", "GENOMFORD", "nej"),
        (soc, "Kontrollmoment", "Dubbelutbetalningar förhindras. Stickprov 1: kontroll av utbetalningar till samma "
         "mottagare inom 30 dagar. Stickprov 2: kontroll av ändrade kontonummer hos mottagare.",
         "Uttag ur verksamhetssystemet", "Enhetschef försörjningsstöd", "Klar",
         "Stickprov 1: inga dubbelutbetalningar. Stickprov 2: 1 ändrat kontonummer saknade underlag; utrett, "
         "ingen felaktig utbetalning har skett. Rutinen förtydligad.", "2025-08-28", "GENOMFORD", "ja"),
        (soc, "Process", "Myndighetsutövning barn och unga", "", "Avdelningschef IFO", "Pågående", "", "2025-09-02"),
        (soc, "Kontrollmoment", "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Uttag ur Treserva", "Enhetschef barn och unga", "Klar",
         "312 anmälningar, 94 % förhandsbedömda inom 14 dagar. 19 ärenden överskred tiden, främst i juli.",
         "2025-09-02", "GENOMFORD", "ja"),
        (soc, "Kontrollmoment", "Utredningstiden på högst fyra månader följs", "Uttag ur Treserva",
         "Enhetschef barn och unga", "Pågående", "Uttag gjort, analys pågår.", "2025-09-02", "DELVIS", ""),
        (soc, "Kontrollmoment", "Placeringar på HVB föregås av avrop från ramavtal eller dokumenterad direktupphandling",
         "Stickprov 10 placeringar", "Sektionschef", "Ej startad", "Planeras till oktober.", "2025-06-11",
         "EJ_GENOMFORD", ""),
        (soc, "Process", "Informationssäkerhet", "", "Förvaltningschef", "Klar", "", "2025-08-30"),
        (soc, "Kontrollmoment", "Loggkontroll i verksamhetssystemet minst en gång per tertial",
         "Loggkontroll", "Systemförvaltare", "Klar",
         "Loggkontroll gjord i juni och augusti, inga obehöriga uppslag.", "2025-08-30", "GENOMFORD", "nej"),
        (vof, "Process", "Hemtjänst", "", "Verksamhetschef hemtjänst", "Pågående", "", "2025-09-03"),
        (vof, "Kontrollmoment", "Utförd tid i hemtjänst stäms av mot beviljad tid", "Avstämning TES mot beslut",
         "Enhetschef hemtjänst", "Klar",
         "Avstämning januari–augusti. Avvikelse över 20 % i 7 ärenden; biståndsbesluten har setts över.",
         "2025-09-03", "GENOMFORD", "ja"),
        (vof, "Kontrollmoment", "Fakturering av hemtjänstavgifter sker enligt taxa", "Stickprov 20 fakturor",
         "Avgiftshandläggare", "Pågående", "", "2025-08-15", "DELVIS", ""),
        (vof, "Process", "Läkemedelshantering", "", "MAS", "Avbruten", "", "2025-04-24"),
        (vof, "Kontrollmoment", "Signeringslistor för läkemedel på särskilt boende är kompletta",
         "Stickprov", "MAS", "Avbruten",
         "Avbruten genom beslut i VON 2025-04-23 § 45, ersätts av digital signering.", "2025-04-24", "UTGAR", ""),
        (vof, "Kontrollmoment", "Avvikelser i läkemedelshanteringen följs upp kvartalsvis", "Genomgång av avvikelser",
         "MAS", "", "", "", "SAKNAS", ""),
        (vof, "Process", "Ekonomi", "", "Förvaltningsekonom", "Klar", "", "2025-08-29"),
        (vof, "Kontrollmoment", "Privata medel för brukare på särskilt boende redovisas och kvitteras",
         "Stickprov 10 brukare", "Enhetschef särskilt boende", "Klar",
         "Genomförd på tre boenden. Kvitton saknades för 4 uttag på Björkgården.", "2025-08-29", "GENOMFORD", "ja"),
        (vof, "Kontrollmoment", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor",
         "Controller", "Klar", "Inga avvikelser.", "2025-08-29", "GENOMFORD", "nej"),
    ]
    orgmap = {soc: "Socialnämnden", vof: "Vård- och omsorgsnämnden"}
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport", "Internkontroll - uppföljning"])
        w.writerow(["Period", "Tertial 2 2025"])
        w.writerow(["Utskriven", "2025-09-04 08:12"])
        w.writerow([])
        w.writerow(["Organisation", "Nivå", "Namn", "Kontrollmetod", "Ansvarig", "Status", "Kommentar",
                    "Senast ändrad"])
        for r in rows:
            w.writerow(r[:8])
            if r[1] == "Kontrollmoment":
                exp(fil, orgmap[r[0]], r[2], r[8], r[9])
    FILES.append((fil, "INLAST", "Socialnämnden", YEAR, PERIOD))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - ods (built as xlsx, converted), område merged vertically,
#    status only as traffic-light fill, legend below the table.
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"


def make_sbn(tmp):
    fil = "Samhällsbyggnadsnämnden IKP 2025 uppf T2.ods"
    namnd = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning T2 2025 (januari–augusti)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Område", "Risk", "Risk-värde", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Planering och exploatering", [
            ("Ekonomiska åtaganden i exploateringsavtal fullföljs inte", 9,
             "Exploateringsavtal följs upp avseende ekonomiska åtaganden",
             "Genomgång av samtliga avtal", "Exploateringschef", RED,
             "Ej genomförd under perioden på grund av vakans. Planeras till november.", "EJ_GENOMFORD", ""),
            ("Intäkter uteblir", 6, "Plankostnadsavtal faktureras enligt avtal",
             "Stickprov 5 planavtal", "Planchef", YELLOW,
             "3 av 5 avtal kontrollerade, inga avvikelser hittills.", "DELVIS", "nej"),
            ("Försäljning under marknadsvärde", 8, "Markförsäljning sker enligt beslutad markprispolicy",
             "Genomgång av samtliga försäljningar", "Mark- och exploateringsingenjör", GREEN,
             "4 försäljningar under perioden, samtliga enligt policyn.", "GENOMFORD", "nej"),
        ]),
        ("Gata/park", [
            ("Kostnader för ej beställda tilläggsarbeten", 9,
             "Entreprenörers ÄTA-arbeten är beställda skriftligt innan de utförs",
             "Stickprov 3 projekt", "Projektchef", GREEN,
             "Genomförd. I 2 av 3 projekt hade ÄTA-arbeten beställts muntligt. Påminnelse om rutin "
             "till projektledare.", "GENOMFORD", "ja"),
            ("Felaktig fakturering", 4, "Vinterväghållning faktureras enligt avtal",
             "Avstämning mot körjournaler", "Driftchef", GREY,
             "Utgår – ny entreprenad från 2025-04-01, kontrolleras 2026.", "UTGAR", ""),
            ("Intäkter redovisas inte", 6, "Parkeringsintäkter från automater stäms av mot redovisningen",
             "Månadsvis avstämning", "Trafikingenjör", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Lantmäteri/GIS", [
            ("Intäkter uteblir", 4, "Fastighetsbildningsärenden debiteras enligt taxa",
             "Stickprov 10 ärenden", "Lantmäterichef", None, "", "SAKNAS", ""),
            ("Obehörig åtkomst", 6, "Behörigheter i GIS-systemet ses över mot aktuell personallista",
             "Behörighetsgenomgång", "GIS-samordnare", None,
             "Se separat redovisning, bilaga 1.", "OKLAR", ""),
        ]),
    ]
    r = 5
    for omr, ctrls in groups:
        start = r
        for (risk, rv, km, metod, ansv, colour, komm, st, avv) in ctrls:
            ws.cell(row=r, column=2, value=risk)
            ws.cell(row=r, column=3, value=rv)
            ws.cell(row=r, column=4, value=km)
            ws.cell(row=r, column=5, value=metod)
            ws.cell(row=r, column=6, value=ansv)
            if colour:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=colour)
            ws.cell(row=r, column=8, value=komm if komm else None)
            for c in range(1, 9):
                ws.cell(row=r, column=c).border = BORDER
                ws.cell(row=r, column=c).alignment = WRAP
            exp(fil, namnd, km, st, avv)
            r += 1
        ws.cell(row=start, column=1, value=omr).font = Font(bold=True)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status").font = Font(bold=True)
    for i, (colour, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                                       (RED, "Ej genomförd"), (GREY, "Utgår")], start=1):
        ws.cell(row=r + i, column=1).fill = PatternFill("solid", fgColor=colour)
        ws.cell(row=r + i, column=1).border = BORDER
        ws.cell(row=r + i, column=2, value=txt)
    widths = [18, 30, 7, 44, 26, 22, 9, 48]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = wdt
    fix_xlsx_props(wb)
    src = os.path.join(tmp, fil.replace(".ods", ".xlsx"))
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .doc (Word 97), only text: område headings, one sub-heading per
#    control with "Kontrollmoment:", "Status:", "Resultat:" paragraphs.
# ---------------------------------------------------------------------------
def make_kfn(tmp):
    fil = "KFN uppföljning intern kontroll T2 2025.doc"
    namnd = "Kultur- och fritidsnämnden"
    d = docx.Document()
    p = d.add_paragraph()
    rr = p.add_run("VIDBY KOMMUN\nKultur- och fritidsförvaltningen")
    rr.font.size = Pt(9)
    d.add_heading("Kultur- och fritidsnämnden", level=0)
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden följa upp sin internkontrollplan "
        "tre gånger per år. Denna rapport avser perioden januari–augusti 2025. Nedan redovisas varje "
        "kontrollmoment med status och resultat. Sammantaget bedömer förvaltningen att den interna "
        "kontrollen är tillräcklig men att kontrollen av intäkter behöver stärkas.")
    sections = [
        ("1. Föreningsbidrag", [
            ("1.1 Aktivitetsbidrag",
             "Kontroll att aktivitetsbidrag (LOK-stöd) betalas ut enligt nämndens bidragsregler",
             "Stickprov 10 föreningar", "Genomförd",
             "Tio föreningars ansökningar har granskats mot närvarokort. En förening hade redovisat "
             "sammankomster som inte uppfyllde kraven; 8 400 kr har återkrävts.", "GENOMFORD", "ja"),
            ("1.2 Driftbidrag",
             "Föreningar som erhåller driftbidrag har lämnat verksamhetsberättelse och årsbokslut",
             "Genomgång av samtliga 44 föreningar", "Pågår",
             "31 av 44 föreningar har lämnat in handlingarna. Påminnelse har skickats till övriga.", "DELVIS", ""),
        ]),
        ("2. Kassahantering", [
            ("2.1 Simhallen",
             "Kontanthanteringen i simhallens kassa stäms av dagligen",
             "Stickprov 20 dagsavstämningar", "Genomförd",
             "Inga differenser över 50 kr. Kontrollen visar att rutinen följs.", "GENOMFORD", "nej"),
            ("2.2 Entréintäkter",
             "Entréintäkter i kassasystemet redovisas i ekonomisystemet",
             "Avstämning per månad", "",
             "Kontrollen har inte genomförts under perioden och flyttas till tertial 3.", "EJ_GENOMFORD", ""),
        ]),
        ("3. Lokaluthyrning", [
            ("3.1 Fakturering av lokaler",
             "Uthyrning av lokaler till externa hyresgäster faktureras enligt taxa",
             "Bokningssystem mot kundreskontra", "–",
             "Se bilaga 2.", "OKLAR", ""),
        ]),
        ("4. Personal", [
            ("4.1 Timanställda",
             "Timanställda har registrerad och attesterad arbetstid i Time Care innan löneutbetalning",
             "Stickprov 15 timanställda", "Ej genomförd",
             "Kontrollen har inte hunnits med. Ny rutin för attest av tid införs i september.", "EJ_GENOMFORD", ""),
            ("4.2 Registerutdrag",
             "Utdrag ur belastningsregistret har begärts för ledare inom fritidsgårdsverksamheten",
             "Genomgång personalakter", "Utgår",
             "Ej aktuell 2025 – samtliga anställda kontrollerades vid anställning och kontrollen flyttas "
             "till arbetsgivarens ordinarie rekryteringsrutin.", "UTGAR", ""),
        ]),
    ]
    for omr, ctrls in sections:
        d.add_heading(omr, level=2)
        for (rub, km, metod, status, res, st, avv) in ctrls:
            d.add_heading(rub, level=3)
            p = d.add_paragraph()
            p.add_run("Kontrollmoment: ").bold = True
            p.add_run(km)
            p = d.add_paragraph()
            p.add_run("Metod: ").bold = True
            p.add_run(metod)
            p = d.add_paragraph()
            p.add_run("Status: ").bold = True
            if status:
                p.add_run(status)
            p = d.add_paragraph()
            p.add_run("Resultat: ").bold = True
            p.add_run(res)
            exp(fil, namnd, km, st, avv)
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Avstämning lokaluthyrning jan–aug 2025 (lämnas separat).")
    d.add_paragraph("Per Holm, förvaltningschef")
    fix_docx_props(d)
    src = os.path.join(tmp, fil.replace(".doc", ".docx"))
    d.save(src)
    soffice_convert(src, "doc", OUT)
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - xlsx, nämnd only in print header and file name, tick columns (X),
#    Stickprov 1/2 rows, a row with two contradictory ticks, a sum row.
# ---------------------------------------------------------------------------
def make_tn():
    fil = "TN IK T2 2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Tekniska nämnden – Vidby kommun"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "Internkontroll 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: T2 (jan–aug)"
    ws["A3"] = "Markera med X i den kolumn som stämmer för perioden."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollmoment", "Kontrollant", "Genomförd", "Delvis", "Ej genomförd", "Utgår", "Iakttagelser"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   text_rotation=90 if 4 <= c <= 7 else 0)
    ws.row_dimensions[5].height = 75
    # ticks: set of column indexes 4..7
    rows = [
        (1, "Kommunens tankkort används endast för kommunens fordon", "Fordonssamordnare", {4},
         "Inga avvikelser. 40 transaktioner kontrollerade.", "GENOMFORD", "nej"),
        (2, "Kontroll av att VA-anslutningsavgifter debiteras enligt VA-taxan.\n"
            "Stickprov 1: 10 nya anslutningar för villafastigheter.\n"
            "Stickprov 2: 5 anslutningar för verksamhetsfastigheter.",
         "VA-ekonom", {5}, "Stickprov 1 genomfört, inga avvikelser. Stickprov 2 görs under T3.", "DELVIS", "nej"),
        (3, "Avfallsabonnemang debiteras enligt gällande renhållningstaxa", "Renhållningsansvarig", {4},
         "2 abonnemang var felaktigt debiterade (fel kärlstorlek). Rättat och kreditfakturor skickade.",
         "GENOMFORD", "ja"),
        (4, "Obligatorisk ventilationskontroll (OVK) utförs i kommunens fastigheter enligt plan", "Fastighetschef",
         {6}, "Försenad på grund av att upphandlingen av besiktningsfirma överprövats.", "EJ_GENOMFORD", ""),
        (5, "Nyckel- och passerkortsregister stäms av mot aktuella anställda", "Fastighetschef", {4, 6},
         "", "OKLAR", ""),
        (6, "Leverantörsfakturor avseende ramavtal för entreprenadmaskiner kontrolleras mot avtalade priser.\n"
            "Stickprov 1: 10 fakturor jan–apr.\n"
            "Stickprov 2: 10 fakturor maj–aug.",
         "Controller", {4},
         "Stickprov 1: 1 faktura med felaktigt timpris, krediterad.\nStickprov 2: inga avvikelser.",
         "GENOMFORD", "ja"),
        (7, "Investeringsprojekt aktiveras i anläggningsregistret när de tas i bruk", "Redovisningsekonom", {7},
         "Utgår 2025 – ingår i kommunstyrelsens kontroll av anläggningsredovisningen.", "UTGAR", ""),
        (8, "Beställningar i e-handelssystemet görs av behörig beställare", "Inköpssamordnare", set(),
         "", "SAKNAS", ""),
        (9, "Felanmälningar i fastighetssystemet åtgärdas inom avtalad tid", "Driftchef fastighet", {5},
         "Uppföljning pågår, rapport klar i oktober.", "DELVIS", ""),
    ]
    r = 6
    counts = {4: 0, 5: 0, 6: 0, 7: 0}
    for (nr, km, kontrollant, ticks, iakt, st, avv) in rows:
        ws.cell(row=r, column=1, value=nr)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=kontrollant)
        for c in ticks:
            ws.cell(row=r, column=c, value="X")
            counts[c] += 1
        if iakt:
            ws.cell(row=r, column=8, value=iakt)
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = BORDER
            ws.cell(row=r, column=c).alignment = Alignment(
                wrap_text=True, vertical="top", horizontal="center" if 4 <= c <= 7 else None)
        exp(fil, namnd, km, st, avv)
        r += 1
    ws.cell(row=r, column=2, value="Summa").font = Font(bold=True)
    for c in range(4, 8):
        ws.cell(row=r, column=c, value=counts[c]).font = Font(bold=True)
        ws.cell(row=r, column=c).alignment = Alignment(horizontal="center")
    r += 2
    ws.cell(row=r, column=1, value="Ansvarig tjänsteperson: Karin Sjöberg, controller tekniska förvaltningen")
    ws.cell(row=r + 1, column=1, value="Datum: 2025-09-05")
    widths = [5, 60, 20, 5, 5, 5, 5, 55]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = wdt
    ws.print_title_rows = "5:5"
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnadsnämnden - .xls (xlwt), plain simple table, Ja/Nej/Delvis + Avvikelse column.
# ---------------------------------------------------------------------------
def make_mbn():
    fil = "Miljö- och byggnadsnämnden uppföljning IKP T2 2025.xls"
    namnd = "Miljö- och byggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning T2")
    bold = xlwt.easyxf("font: bold on, height 280")
    hst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Miljö- och byggnadsnämnden", bold)
    ws.write(1, 0, "Uppföljning av intern kontroll 2025 – tertial 2")
    hdr = ["Kontrollmoment", "Ansvarig", "Genomförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, hst)
    rows = [
        ("Bygglov beslutas inom lagstadgad handläggningstid", "Bygglovschef", "Ja", "Nej",
         "186 ärenden, samtliga inom tid.", "GENOMFORD", "nej"),
        ("Avgifter för bygglov debiteras enligt gällande taxa", "Bygglovsadministratör", "Delvis", "Ja",
         "12 av 20 ärenden kontrollerade, 1 felaktig debitering har rättats.", "DELVIS", "ja"),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Planerad tillsyn enligt tillsynsplanen för miljöfarlig verksamhet genomförs", "Miljöchef", "Delvis", "Nej",
         "58 % av planerade tillsynsbesök utförda per 31 augusti.", "DELVIS", "nej"),
        ("Årliga tillsynsavgifter debiteras samtliga registrerade verksamheter", "Miljöadministratör", "Ja", "Ja",
         "3 verksamheter saknade faktura, fakturerade i juli.", "GENOMFORD", "ja"),
        ("Handläggare intygar att jäv inte föreligger i tillsynsärenden", "Miljöchef", "Nej", "",
         "Ej genomförd, skjuts till tertial 3.", "EJ_GENOMFORD", ""),
        ("Livsmedelskontroller registreras i ärendesystemet samma månad som de utförs", "Livsmedelsinspektör",
         "Ja", "Nej", "Stickprov 15 kontroller.", "GENOMFORD", "nej"),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:5]):
            ws.write(4 + i, c, v, cst)
        exp(fil, namnd, row[0], row[5], row[6])
    for c, wdt in enumerate([55, 22, 14, 12, 50]):
        ws.col(c).width = wdt * 256
    ws.write(6 + len(rows), 0, "Behandlad i nämnden 2025-09-25")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 8. Vidby Bostäder AB - .odt (odfpy), symbols with legend above the table.
# ---------------------------------------------------------------------------
def make_vbab():
    fil = "Vidbybostäder internkontroll T2 2025.odt"
    namnd = "Vidby Bostäder AB"
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.styles.addElement(small)
    bold = Style(name="Fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(bold)
    tstyle = Style(name="Tabell", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    colw = []
    for i, w in enumerate(["7cm", "2.2cm", "1.5cm", "6.3cm"]):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colw.append(cs)

    doc.text.addElement(P(stylename=bold, text="Vidby Bostäder AB"))
    doc.text.addElement(P(stylename=h1, text="Rapport intern kontroll – tertial 2 2025"))
    doc.text.addElement(P(text="Till styrelsen för Vidby Bostäder AB, sammanträde 2025-09-18."))
    doc.text.addElement(P(text="Bolagets internkontrollplan för 2025 fastställdes av styrelsen 2025-02-13. "
                               "Rapporten omfattar perioden januari–augusti."))
    doc.text.addElement(P(stylename=small,
                          text="Teckenförklaring: ● = Genomförd   ◐ = Påbörjad   ○ = Ej påbörjad   — = Ej aktuell"))
    rows = [
        ("Hyresavier stäms av mot hyreskontrakt vid nyuthyrning", "Löpande", "●",
         "Stickprov 15 kontrakt, inga avvikelser.", "GENOMFORD", "nej"),
        ("Hyresfordringar äldre än 60 dagar följs upp och inkassorutinen följs", "Månadsvis", "●",
         "4 ärenden där påminnelse inte skickats i tid. Rutinen har gåtts igenom med kundtjänst.",
         "GENOMFORD", "ja"),
        ("Beställningar av underhåll görs enligt upphandlade ramavtal", "Tertial", "◐",
         "Genomgång av 2 av 4 ramavtal klar.", "DELVIS", ""),
        ("Styrelsens beslut om investeringar över 2 mnkr följs i projektredovisningen", "Halvår", "○",
         "Görs i oktober.", "EJ_GENOMFORD", ""),
        ("Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter", "Årlig", "●",
         "", "GENOMFORD", ""),
        ("Bostadskön hanteras enligt uthyrningspolicyn", "Tertial", "—",
         "Ej aktuell under 2025, ny uthyrningspolicy antas i december.", "UTGAR", ""),
        ("Attest och utanordning av leverantörsfakturor sker enligt attestinstruktionen", "Tertial", "●",
         "Stickprov 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    t = Table(name="Internkontroll", stylename=tstyle)
    for cs in colw:
        t.addElement(TableColumn(stylename=cs))
    tr = TableRow()
    for h in ["Kontrollmoment", "Frekvens", "Status", "Kommentar"]:
        tc = TableCell(stylename=cellst, valuetype="string")
        tc.addElement(P(stylename=bold, text=h))
        tr.addElement(tc)
    t.addElement(tr)
    for row in rows:
        tr = TableRow()
        for v in row[:4]:
            tc = TableCell(stylename=cellst, valuetype="string")
            tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)
        exp(fil, namnd, row[0], row[4], row[5])
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Vidby 2025-09-10"))
    doc.text.addElement(P(text="Johan Ek, VD"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 9. To reject: covering letter (följebrev) from socialförvaltningen - no follow-up in it.
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev IK-uppföljning T2 2025 Socialnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Vidby kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-04")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av internkontrollplan, tertial 2 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025. "
        "Uppföljningen har i år registrerats direkt i Stratsys och bifogas som en export från systemet. "
        "Exporten innehåller även vård- och omsorgsförvaltningens uppföljning eftersom förvaltningarna "
        "delar kontrollansvarig.")
    d.add_paragraph(
        "Nämnden behandlar uppföljningen vid sitt sammanträde 2025-09-24. Eventuella ändringar efter "
        "nämndens behandling meddelas separat.")
    d.add_paragraph("Frågor om uppföljningen besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Lena Åström\nKvalitetsutvecklare, socialförvaltningen\n0570-123 45")
    d.add_paragraph("Bilaga: Stratsys_Internkontroll_export_20250904.csv")
    fix_docx_props(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Vidby Bostäder AB", "Vidbybostäder|VBAB"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    deliverable_ext = (".xlsx", ".xls", ".docx", ".doc", ".ods", ".odt", ".csv")
    for f in os.listdir(OUT):
        if f.endswith(deliverable_ext):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="round205_")
    try:
        make_ks()
        make_bun()
        make_stratsys()
        make_sbn(tmp)
        make_kfn(tmp)
        make_tn()
        make_mbn()
        make_vbab()
        make_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
