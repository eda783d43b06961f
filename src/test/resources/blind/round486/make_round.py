#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r486 - Boxholms kommun, delår 2025.

Builds 8 inbox files (7 follow-ups + 1 covering letter to reject) and
namnder.csv, files.csv, expected.csv in the folder of this script.
Run:  /usr/bin/python3 make_round.py
Only openpyxl, python-docx, odfpy and xlwt are used (no LibreOffice needed).
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import xlwt

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TableCellProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 10, 0, 0)

YEAR = "2025"
PERIOD = "DELAR"

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    expected.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx with title rows, process group rows, colours,
#    totals row and legend
# ---------------------------------------------------------------------------
KS_FILE = "Uppfoljning_internkontroll_KS_delar_2025.xlsx"

# (nr, rutin/system, kontrollmoment, ansvarig, frekvens, metod, rapp.till,
#  status, resultat, kommentar, expected status, avvikelse)
KS_GROUPS = [
    ("1. Ekonomiprocesser", [
        ("1.1", "Leverantörsfakturor / Raindance",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Två gånger per år", "Stickprov 25 fakturor",
         "Kommunstyrelsen", "Genomförd",
         "Stickprov 25 fakturor (mars och juni).\n2 fakturor saknade beslutsattest, attesterades i efterhand.",
         "Påminnelse om attestordningen skickad till samtliga budgetansvariga.",
         "GENOMFORD", "ja"),
        ("1.2", "Representation",
         "Kontroll av att representation redovisas med syfte och deltagarförteckning",
         "Redovisningsekonom", "Halvår", "Stickprov 10 verifikationer",
         "Kommunstyrelsen", "Genomförd",
         "Samtliga 10 verifikationer hade syfte och deltagare angivna.",
         "", "GENOMFORD", "nej"),
        ("1.3", "Leverantörsregister",
         "Kontroll av ändringar av bankgiro- och kontonummer i leverantörsregistret",
         "Ekonomichef", "Kvartal", "Logglista över ändringar, verifiering mot leverantör",
         "Kommunstyrelsen", "Pågår",
         "Kvartal 1 kontrollerat utan anmärkning. Kvartal 2 ej klart p.g.a. semester.",
         "Slutförs i september.", "DELVIS", "nej"),
    ]),
    ("2. Personal och lön", [
        ("2.1", "Lön / Personec",
         "Kontroll av att anställningar avslutas i lönesystemet i rätt tid",
         "HR-chef", "Tertial", "Jämförelse avslutade anställningar mot utbetalningar",
         "Kommunstyrelsen", "Genomförd med avvikelse",
         "En felaktig utbetalning efter avslutad anställning (timanställd). Återkrav skickat.",
         "Rutin för avslut förtydligad till chefer.", "GENOMFORD", "ja"),
        ("2.2", "Bisysslor",
         "Inventering av anställdas bisysslor enligt riktlinje för bisysslor",
         "HR-chef", "Årligen", "Enkät till chefer",
         "Kommunstyrelsen", "Ej påbörjad",
         "", "Planeras till oktober i samband med medarbetarsamtalen.",
         "EJ_GENOMFORD", ""),
        ("2.3", "Lön / manuella tillägg",
         "Stickprov på manuellt registrerade lönetillägg",
         "Lönechef", "Kvartal", "Stickprov 20 tillägg",
         "Kommunstyrelsen", "", "", "", "SAKNAS", ""),
    ]),
    ("3. IT och informationssäkerhet", [
        ("3.1", "Behörigheter / ekonomisystem",
         "Behörighetskontroll i ekonomisystemet – att behörigheter motsvarar aktuell tjänst",
         "IT-chef", "Årligen", "Genomgång av behörighetslista med chefer",
         "Kommunstyrelsen", "Pågår",
         "Behörighetslistan är framtagen, genomgång med chefer pågår.\n3 konton för slutad personal har spärrats.",
         "", "DELVIS", "ja"),
        ("3.2", "Säkerhetskopiering",
         "Test av återläsning av säkerhetskopia för verksamhetskritiska system",
         "IT-chef", "Halvår", "Återläsningstest",
         "Kommunstyrelsen", "Genomförd",
         "Återläsningstest utfört 2025-05-20 med gott resultat.", "", "GENOMFORD", "nej"),
    ]),
    ("4. Upphandling och avtal", [
        ("4.1", "Direktupphandling",
         "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
         "Upphandlare", "Halvår", "Stickprov 5 direktupphandlingar",
         "Kommunstyrelsen", "Utgår",
         "",
         "Kontrollen utgår enligt beslut KS 2025-04-02 § 58. Ersätts av länsgemensam granskning av upphandlingsfunktionen.",
         "UTGAR", ""),
        ("4.2", "Avtalstrohet",
         "Kontroll av avtalstrohet vid inköp av kontorsmaterial och livsmedel",
         "Upphandlare", "Halvår", "Analys av inköpsstatistik",
         "Kommunstyrelsen", "Genomförd",
         "Avtalstrohet 87 %. Inköp utanför avtal av bröd och bagerivaror från lokal leverantör.",
         "Information till köksansvariga om gällande avtal.", "GENOMFORD", "ja"),
    ]),
]

KS_FILL = {
    "Genomförd": "C6EFCE",
    "Genomförd med avvikelse": "FFD966",
    "Pågår": "FFEB9C",
    "Ej påbörjad": "FFC7CE",
    "Utgår": "D9D9D9",
}


def build_ks():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ncol = 10

    ws["A1"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Uppföljningsperiod: Delår, 1 januari – 31 augusti 2025"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = ("Förvaltning: Kommunledningsförvaltningen    Upprättad: 2025-09-10    "
                "Handläggare: Maria Ek, controller")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)

    hdr = ["Nr", "Rutin/system", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
           "Metod", "Rapporteras till", "Status delår", "Resultat", "Kommentar/åtgärd"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    counts = {}
    n = 0
    for gname, rows in KS_GROUPS:
        cell = ws.cell(row=r, column=1, value=gname)
        cell.font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for row in rows:
            vals = row[:10]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = border
                cell.alignment = wrap
            st = row[7]
            if st in KS_FILL:
                ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=KS_FILL[st])
            counts[st] = counts.get(st, 0) + 1
            n += 1
            exp(KS_FILE, "Kommunstyrelsen", row[2], row[10], row[11])
            r += 1
    # totals row
    gen = counts.get("Genomförd", 0) + counts.get("Genomförd med avvikelse", 0)
    tot = (f"Totalt {n} kontrollmoment: genomförda {gen}, pågår {counts.get('Pågår', 0)}, "
           f"ej påbörjade {counts.get('Ej påbörjad', 0)}, utgår {counts.get('Utgår', 0)}, "
           f"ej rapporterade {counts.get('', 0)}")
    ws.cell(row=r, column=1, value="Summa")
    ws.cell(row=r, column=3, value=tot)
    for c in range(1, ncol + 1):
        ws.cell(row=r, column=c).font = Font(bold=True)
        ws.cell(row=r, column=c).border = Border(top=Side(style="double"))
    r += 2
    ws.cell(row=r, column=1, value="Färgkod status: grön = genomförd, orange = genomförd med avvikelse, "
                                    "gul = pågår, röd = ej påbörjad, grå = utgår")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen behandlas av kommunstyrelsen 2025-10-01.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)

    widths = [6, 22, 42, 18, 14, 26, 16, 16, 48, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll delår 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"
    wb.properties.creator = "Maria Ek"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, KS_FILE))
    files.append((KS_FILE, "INLAST", "Kommunstyrelsen", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# helpers for docx
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


def fix_core(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# 2. Socialnämnden - docx, intro prose, two tables (IFO / Vård och omsorg),
#    comment-only status, "Se bilaga 2", signature
# ---------------------------------------------------------------------------
SN_FILE = "Socialnamnden uppfoljning internkontroll delar 2025.docx"

SN_TABLES = [
    ("Individ- och familjeomsorg", [
        ("Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Enhetschef IFO", "Stickprov 15 beslut", "Klar",
         "Samtliga 15 beslut var fattade av rätt delegat.", "GENOMFORD", "nej"),
        ("Barn och unga",
         "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Enhetschef IFO", "Genomgång av samtliga anmälningar januari–juni", "Klar – avvikelse",
         "112 anmälningar, varav 9 bedömdes efter mer än 14 dagar (8 %).\nOrsak: vakanser under våren. Åtgärd: veckovis bevakningslista.",
         "GENOMFORD", "ja"),
        ("Placeringar",
         "Kontroll av att avtal finns för samtliga externa placeringar",
         "Enhetschef IFO", "Genomgång av placeringslistan", "",
         "Kontrollen genomfördes i maj. Avtal fanns för samtliga 11 placeringar.",
         "GENOMFORD", "nej"),
        ("Statlig ersättning",
         "Kontroll av att återsökning av ersättning från Migrationsverket görs inom föreskriven tid",
         "Socialchef/ekonom", "Avstämning ansökningar mot ärenden", "Påbörjad",
         "Avstämning gjord för kvartal 1 utan avvikelse. Resterande kvartal stäms av under hösten.",
         "DELVIS", "nej"),
    ]),
    ("Vård och omsorg", [
        ("Läkemedelshantering",
         "Kontroll av signeringslistor för läkemedel i hemtjänsten",
         "MAS", "Stickprov en vecka per månad", "Klar – avvikelse",
         "Osignerade doser vid 6 tillfällen. Avvikelser registrerade i Treserva och åtgärdade med berörd personal.",
         "GENOMFORD", "ja"),
        ("Avgifter",
         "Kontroll av att avgiftsbeslut för hemtjänst och särskilt boende är korrekta",
         "Avgiftshandläggare", "Stickprov 20 beslut", "Ej utförd",
         "Ej genomförd p.g.a. byte av avgiftshandläggare. Flyttas till hösten.",
         "EJ_GENOMFORD", ""),
        ("Bemanning",
         "Kontroll av att timanställda har genomgått introduktion innan första arbetspass",
         "Enhetschefer äldreomsorg", "Genomgång av introduktionschecklistor", "Påbörjad",
         "Checklistor insamlade från två av fyra enheter.", "DELVIS", ""),
        ("Dokumentation/sekretess",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Systemförvaltare", "Slumpvis urval 10 loggar per månad", "Se bilaga 2",
         "", "OKLAR", ""),
    ]),
]


def build_sn():
    d = docx.Document()
    fix_core(d, "Karin Svensson")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Boxholms kommun\tSocialförvaltningen\t2025-09-12"

    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    p = d.add_paragraph()
    p.add_run("Socialnämnden").bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplan för 2025 den 29 januari 2025 (§ 8). "
        "Planen omfattar åtta kontrollmoment inom individ- och familjeomsorgen samt vård "
        "och omsorg. Nedan redovisas uppföljningen för perioden januari–augusti 2025. "
        "Kontroller som inte hunnits med under perioden genomförs under hösten och "
        "redovisas i helårsuppföljningen.")
    d.add_paragraph(
        "Status anges som Klar, Klar – avvikelse, Påbörjad eller Ej utförd.")

    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Metod", "Status",
           "Resultat och kommentar"]
    colors = {"Klar": "C6EFCE", "Klar – avvikelse": "FFEB9C", "Påbörjad": "FFEB9C",
              "Ej utförd": "FFC7CE"}
    for title, rows in SN_TABLES:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:6]):
                set_cell(cells[i], v)
            if row[4] in colors:
                shade(cells[4], colors[row[4]])
            exp(SN_FILE, "Socialnämnden", row[1], row[6], row[7])
        widths = [Cm(3.2), Cm(6.0), Cm(3.2), Cm(3.8), Cm(2.4), Cm(7.5)]
        for r in t.rows:
            for i, w in enumerate(widths):
                r.cells[i].width = w
        d.add_paragraph()

    d.add_paragraph("Bilaga 2: Sammanställning loggkontroller (separat dokument, sekretess).")
    d.add_paragraph()
    d.add_paragraph("Boxholm 2025-09-12")
    d.add_paragraph()
    d.add_paragraph("Karin Svensson\nSocialchef")
    d.save(os.path.join(OUT, SN_FILE))
    files.append((SN_FILE, "INLAST", "Socialnämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 3. Stratsys-like CSV export with two nämnder, T1 and Delår columns
# ---------------------------------------------------------------------------
CSV_FILE = "Stratsys_export_internkontroll_2025-09-08.csv"

BUN = "Barn- och utbildningsnämnden"
KFN = "Kultur- och fritidsnämnden"
# (enhet, process, kontrollmoment, ansvarig, frekvens, metod,
#  status T1, kommentar T1, status delår, kommentar delår, exp, avv)
CSV_ROWS = [
    (BUN, "Ekonomi",
     "Kontroll av att fakturor för skolskjuts stämmer mot avtal och körorder",
     "Skolskjutssamordnare", "Tertial", "Stickprov 10 fakturor",
     "Klar", "Stickprov 10 fakturor jan-apr, inga avvikelser.",
     "Klar", "Stickprov 10 fakturor maj-aug. En faktura med felaktig km-ersättning, kreditering begärd.",
     "GENOMFORD", "ja"),
    (BUN, "Elevhälsa",
     "Kontroll av att elevhälsans journaler hanteras enligt rutin i Prorenata",
     "Verksamhetschef elevhälsa", "Årlig", "Genomgång av behörigheter och logg",
     "Ej startad", "",
     "Pågående", "Loggkontroll påbörjad i juni, behörighetsgenomgång återstår.",
     "DELVIS", ""),
    (BUN, "Trygghet och studiero",
     "Kontroll av att anmälan om kränkande behandling rapporteras till huvudman samma vecka",
     "Rektorer", "Tertial", "Genomgång av anmälningar i DF Respons",
     "Klar", "",
     "Klar", "Samtliga 23 anmälningar jan-aug rapporterade till huvudman i tid.",
     "GENOMFORD", "nej"),
    (BUN, "Närvaro",
     "Uppföljning av elevers upprepade frånvaro och att frånvarorutinen följs",
     "Rektorer", "Tertial", "Genomgång av frånvarostatistik per skola",
     "Pågående", "Frånvarorutinen reviderad i mars, uppföljning per skola påbörjad.",
     "", "",
     "DELVIS", ""),
    (BUN, "Förskola",
     "Kontroll av att barnomsorgsavgift debiteras enligt aktuella inkomstuppgifter",
     "Förskoleadministratör", "Årlig", "Inkomstkontroll mot uppgifter från Skatteverket",
     "", "",
     "Ej startad", "Inkomstkontrollen görs i oktober när taxeringsuppgifterna finns.",
     "EJ_GENOMFORD", ""),
    (BUN, "Måltider",
     "Kontroll av att egenkontrollprogrammet följs i skolköken",
     "Kostchef", "Halvår", "Besök och genomgång av egenkontroll",
     "", "",
     "Klar", "Samtliga fyra kök kontrollerade. Temperaturlistor saknades i ett kök under två veckor; åtgärdat.",
     "GENOMFORD", "ja"),
    (KFN, "Bidrag",
     "Kontroll av att utbetalda föreningsbidrag har underlag enligt bidragsreglerna",
     "Fritidskonsulent", "Årlig", "Stickprov 5 föreningar",
     "", "",
     "Klar", "Fem föreningar granskade, underlagen kompletta.",
     "GENOMFORD", "nej"),
    (KFN, "Kontanthantering",
     "Oanmäld kassainventering i simhallens kassa",
     "Enhetschef fritid", "Kvartal", "Kassainventering",
     "Klar", "Kv 1 utan anmärkning.",
     "Pågående", "Kv 2 inventerad utan anmärkning, kv 3 återstår.",
     "DELVIS", "nej"),
    (KFN, "Bibliotek",
     "Kontroll av att lånekonton för avlidna och utflyttade avslutas",
     "Bibliotekschef", "Årlig", "Körning av gallringslista",
     "", "",
     "Avbruten", "Avbruten genom beslut KFN 2025-05-14 § 31. Gallringen sker automatiskt i det nya bibliotekssystemet.",
     "UTGAR", ""),
    (KFN, "Lokaluthyrning",
     "Kontroll av att bokningar av idrottshallen faktureras",
     "Bokningsansvarig", "Tertial", "Avstämning bokningssystem mot fakturering",
     "Klar", "Inga avvikelser.",
     "Klar", "Avstämning jan-aug: 3 bokningar var inte fakturerade, fakturerade i efterhand.",
     "GENOMFORD", "ja"),
]


def build_csv():
    path = os.path.join(OUT, CSV_FILE)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport", "Intern kontroll 2025 - uppföljning"])
        w.writerow(["Uttag", "2025-09-08 14:32", "Användare", "ekonomi.boxholm"])
        w.writerow([])
        w.writerow(["Enhet", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
                    "Metod", "Status T1", "Kommentar T1", "Status Delår", "Kommentar Delår"])
        for row in CSV_ROWS:
            w.writerow(row[:10])
            exp(CSV_FILE, row[0], row[2], row[10], row[11])
    files.append((CSV_FILE, "INLAST", BUN, YEAR, PERIOD))
    files.append((CSV_FILE, "INLAST", KFN, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - .ods, plan columns beside follow-up columns,
#    two-level header, status codes with a legend, coloured codes
# ---------------------------------------------------------------------------
TN_FILE = "TN_IKP_2025_uppfoljning_per_augusti.ods"

# (process, risk, riskvärde, kontrollmoment, metod, frekvens, ansvarig,
#  T1, Delår, kommentar, exp, avv)
TN_ROWS = [
    ("Fastighetsförvaltning", "Lagstadgade besiktningar missas", "9",
     "Kontroll av att lagstadgade besiktningar (OVK, hissar) är utförda",
     "Genomgång av besiktningsprotokoll", "Årlig", "Fastighetschef",
     "D", "G", "Alla OVK- och hissbesiktningar utförda. Anmärkning vid OVK i Åsbo skola, åtgärdad i juni.",
     "GENOMFORD", "ja"),
    ("VA", "Otjänligt dricksvatten", "12",
     "Kontroll av att vattenprovtagning sker enligt provtagningsplanen",
     "Avstämning mot provtagningsplan", "Månadsvis", "VA-chef",
     "G", "G", "Samtliga prover tagna enligt plan, inga otjänliga prover.",
     "GENOMFORD", "nej"),
    ("Gata/park", "Olycksrisk på lekplatser", "8",
     "Kontroll av att lekplatsbesiktning utförs och brister åtgärdas",
     "Besiktningsprotokoll, åtgärdslista", "Årlig", "Parkingenjör",
     "", "E", "Besiktning beställd till september.",
     "EJ_GENOMFORD", ""),
    ("Fordon", "Privat användning av kommunens fordon", "6",
     "Kontroll av körjournaler för kommunens fordon",
     "Stickprov körjournaler", "Halvår", "Driftchef",
     "", "D", "Körjournaler granskade för 6 av 14 fordon; 2 journaler ofullständiga.",
     "DELVIS", "ja"),
    ("Inköp", "Inköp av obehörig beställare", "6",
     "Kontroll av att beställningar i e-handeln görs av behörig beställare",
     "Stickprov 20 beställningar", "Halvår", "Teknisk chef",
     "", "G", "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Avfall", "Felaktig fakturering från entreprenör", "9",
     "Kontroll av att vägningsdata för insamlat avfall stämmer med fakturerade mängder",
     "Avstämning vägningsdata mot faktura", "Kvartal", "Avfallssamordnare",
     "G", "D", "Kv 1 avstämt utan avvikelse. Kv 2 avvaktar underlag från entreprenören.",
     "DELVIS", "nej"),
    ("Mark och exploatering", "Utebliven intäkt", "4",
     "Kontroll av att arrendeavgifter indexuppräknas och faktureras",
     "Genomgång arrendeavtal mot fakturering", "Årlig", "Mark- och exploateringsingenjör",
     "G", "G", "Uppräkning gjord i januari, samtliga 27 arrenden fakturerade.",
     "GENOMFORD", "nej"),
    ("Vinterväghållning", "Felaktig debitering", "8",
     "Kontroll av att entreprenörers tidrapporter för vinterväghållning stämmer mot GPS-loggar",
     "Stickprov 15 tidrapporter", "Säsong", "Driftchef",
     "G", "G", "Kontrollen gjord under T1 (säsong jan–mars): 1 felaktig debitering, krediterad.",
     "GENOMFORD", "ja"),
]


def build_tn():
    doc = OpenDocumentSpreadsheet()
    # --- styles
    def cellstyle(name, bg=None, bold=False, size=None, wrapc=True, italic=False):
        s = Style(name=name, family="table-cell")
        props = {"verticalalign": "top", "border": "0.5pt solid #808080"}
        if wrapc:
            props["wrapoption"] = "wrap"
        if bg:
            props["backgroundcolor"] = bg
        s.addElement(TableCellProperties(**props))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = size
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    def plainstyle(name, bold=False, size=None, italic=False):
        s = Style(name=name, family="table-cell")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = size
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    st_title = plainstyle("title", bold=True, size="14pt")
    st_sub = plainstyle("sub", bold=True)
    st_leg = plainstyle("leg", italic=True, size="9pt")
    st_hdr = cellstyle("hdr", bg="#D9E2F3", bold=True)
    st_grp_plan = cellstyle("grpplan", bg="#BDD7EE", bold=True)
    st_grp_upp = cellstyle("grpupp", bg="#F8CBAD", bold=True)
    st_body = cellstyle("body")
    code_bg = {"G": "#C6EFCE", "D": "#FFEB9C", "E": "#FFC7CE", "U": "#D9D9D9"}
    st_code = {k: cellstyle("code" + k, bg=v, bold=True) for k, v in code_bg.items()}

    widths = ["3.2cm", "4cm", "1.6cm", "6.5cm", "4.5cm", "2.2cm", "3.5cm", "1.8cm", "1.8cm", "8cm"]
    table = Table(name="Uppföljning 2025")
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def text_cell(text, style=None, span=1):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span > 1:
            kw["numbercolumnsspanned"] = span
        c = TableCell(valuetype="string", **kw) if text != "" else TableCell(**kw)
        if text != "":
            for line in text.split("\n"):
                c.addElement(P(text=line))
        return c

    def add_row(cells):
        tr = TableRow()
        if not cells:
            cells = [TableCell()]
        for c in cells:
            tr.addElement(c)
        table.addElement(tr)

    add_row([text_cell("Tekniska nämnden, Boxholms kommun", st_title)])
    add_row([text_cell("Internkontrollplan 2025 med uppföljning per 31 augusti 2025", st_sub)])
    add_row([text_cell("Teckenförklaring: G = Genomförd   D = Delvis genomförd   "
                       "E = Ej genomförd   U = Utgår   (tom ruta = ej aktuellt under perioden)", st_leg)])
    add_row([])
    # two-level header: Plan 2025 (7 cols) | Uppföljning 2025 (3 cols)
    tr = TableRow()
    tr.addElement(text_cell("Internkontrollplan 2025 (antagen TN 2025-02-11 § 9)", st_grp_plan, span=7))
    for _ in range(6):
        tr.addElement(CoveredTableCell())
    tr.addElement(text_cell("Uppföljning 2025", st_grp_upp, span=3))
    for _ in range(2):
        tr.addElement(CoveredTableCell())
    table.addElement(tr)
    add_row([text_cell(h, st_hdr) for h in
             ["Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Kontrollmetod",
              "Frekvens", "Ansvarig", "T1", "Delår", "Kommentar"]])
    for row in TN_ROWS:
        cells = [text_cell(v, st_body) for v in row[:7]]
        for code in row[7:9]:
            cells.append(text_cell(code, st_code[code]) if code else text_cell("", st_body))
        cells.append(text_cell(row[9], st_body))
        add_row(cells)
        exp(TN_FILE, "Tekniska nämnden", row[3], row[10], row[11])
    add_row([])
    add_row([text_cell("Sammanställt av Per Holm, teknisk chef, 2025-09-09", st_leg)])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, TN_FILE))
    files.append((TN_FILE, "INLAST", "Tekniska nämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 5. AB Boxholmshus - .xls (BIFF8 via xlwt), Ja/Nej/Delvis tick-like columns
# ---------------------------------------------------------------------------
BH_FILE = "Boxholmshus_internkontroll_2025_per_0831.xls"

# (område, kontrollmoment, ansvarig, frekvens, genomförd, avvikelse,
#  kommentar, rapporteras till, exp, avv)
BH_ROWS = [
    ("Hyresadministration",
     "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelse är korrekt inlagda",
     "Ekonomiansvarig", "Årlig", "Ja", "Nej",
     "Stickprov 20 kontrakt, samtliga korrekta.", "VD", "GENOMFORD", "nej"),
    ("Hyresfordringar",
     "Uppföljning av hyresskulder och att inkassorutinen följs",
     "Ekonomiansvarig", "Månadsvis", "Ja", "Ja",
     "Två ärenden överlämnades till inkasso för sent (mer än 30 dagar).", "Styrelsen",
     "GENOMFORD", "ja"),
    ("Uthyrning",
     "Kontroll av att lägenheter fördelas enligt uthyrningspolicyn (kötid)",
     "Uthyrare", "Halvår", "Delvis", "",
     "Kontroll gjord för januari–april. Maj–augusti kontrolleras i september.", "VD",
     "DELVIS", ""),
    ("Underhåll",
     "Uppföljning av att planerat underhåll genomförs enligt underhållsplanen",
     "Fastighetschef", "Halvår", "Nej", "",
     "Försenad p.g.a. upphandling av takentreprenad. Redovisas till styrelsen i november.",
     "Styrelsen", "EJ_GENOMFORD", ""),
    ("Brandskydd",
     "Kontroll av systematiskt brandskyddsarbete (SBA) i trapphus och allmänna utrymmen",
     "Fastighetsskötare", "Kvartal", "Ja", "Ja",
     "Brännbart material i 4 trapphus. Hyresgäster informerade, uppföljande rond gjord.",
     "VD", "GENOMFORD", "ja"),
    ("Attest",
     "Kontroll av att VD:s kostnader attesteras av styrelsens ordförande",
     "Styrelseordförande", "Halvår", "Ja", "Nej", "", "Styrelsen", "GENOMFORD", "nej"),
    ("Leverantörer",
     "Kontroll av att leverantörer har F-skatt och inte har skulder hos Kronofogden",
     "Ekonomiansvarig", "Halvår", "Ja", "Nej",
     "Kontroll via kreditupplysningstjänst för 32 leverantörer.", "VD", "GENOMFORD", "nej"),
]


def build_bh():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: bold on")
    small = xlwt.easyxf("font: italic on, height 180")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; "
                      "alignment: wrap on, vert centre")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")

    def mark(colour):
        return xlwt.easyxf("pattern: pattern solid, fore_colour %s; "
                           "borders: left thin, right thin, top thin, bottom thin; "
                           "alignment: horiz centre, vert top" % colour)
    marks = {"Ja": mark("light_green"), "Nej": mark("rose"), "Delvis": mark("light_yellow")}
    avvmarks = {"Ja": mark("rose"), "Nej": mark("light_green")}

    ws.write_merge(0, 0, 0, 7, "AB Boxholmshus", title)
    ws.write_merge(1, 1, 0, 7, "Uppföljning av internkontrollplan 2025, per 2025-08-31", sub)
    ws.write_merge(2, 2, 0, 7, "Redovisas vid styrelsemöte 2025-09-24. Genomförd: Ja / Nej / Delvis. "
                               "Avvikelse: Ja / Nej.", small)
    headers = ["Område", "Kontrollmoment", "Ansvarig", "Frekvens", "Genomförd",
               "Avvikelse", "Kommentar", "Rapporteras till"]
    for c, h in enumerate(headers):
        ws.write(4, c, h, hdr)
    r = 5
    for row in BH_ROWS:
        for c in range(8):
            v = row[c]
            if c == 4 and v in marks:
                ws.write(r, c, v, marks[v])
            elif c == 5 and v in avvmarks:
                ws.write(r, c, v, avvmarks[v])
            else:
                ws.write(r, c, v, body)
        exp(BH_FILE, "AB Boxholmshus", row[1], row[8], row[9])
        r += 1
    r += 1
    ws.write(r, 0, "Boxholm 2025-09-15", small)
    ws.write(r + 1, 0, "Jonas Berg, VD", small)
    for c, w in enumerate([18, 48, 18, 11, 11, 11, 46, 16]):
        ws.col(c).width = w * 256
    ws.set_header_str("&CAB Boxholmshus - intern kontroll 2025".encode("utf-8"))

    ws2 = wb.add_sheet("Instruktion")
    lines = [
        "Instruktion för uppföljning av intern kontroll",
        "Fyll i kolumnen Genomförd med Ja, Nej eller Delvis för varje kontrollmoment.",
        "Ange Ja i kolumnen Avvikelse om kontrollen visat brister och beskriv dem i Kommentar.",
        "Uppföljningen lämnas till kommunens ekonomiavdelning senast 15 september.",
    ]
    for i, line in enumerate(lines):
        ws2.write(i, 0, line, sub if i == 0 else xlwt.easyxf(""))
    ws2.col(0).width = 90 * 256
    wb.save(os.path.join(OUT, BH_FILE))
    files.append((BH_FILE, "INLAST", "AB Boxholmshus", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 6. Bygg- och miljönämnden - docx, text only, nämnd only in page header
# ---------------------------------------------------------------------------
BMN_FILE = "Uppfoljning intern kontroll delar 2025.docx"

# (kontrollmoment, metod, resultat, bedömning, exp, avv)
BMN_ITEMS = [
    ("Kontroll av att handläggningstiden för bygglov inte överstiger tio veckor",
     "Genomgång av 30 beslutade bygglovsärenden januari–juni.",
     "Tre ärenden överskred tio veckor från komplett ansökan. Avgiften har reducerats "
     "enligt plan- och bygglagen i dessa ärenden.",
     "Genomförd med avvikelse.", "GENOMFORD", "ja"),
    ("Kontroll av att tillsynsavgifter inom miljöbalkens område debiteras enligt taxa",
     "Stickprov 15 fakturerade tillsynsärenden.",
     "Samtliga avgifter var debiterade enligt gällande taxa.",
     "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
    ("Kontroll av att beslut fattade på delegation anmäls till nämnden",
     "Jämförelse mellan diarieförda delegationsbeslut och nämndens protokoll.",
     "Alla delegationsbeslut januari–juni har anmälts till nämnden.",
     "Genomförd.", "GENOMFORD", "nej"),
    ("Kontroll av att livsmedelskontrollen följer den fastställda kontrollplanen",
     "Avstämning av utförda kontroller mot kontrollplanen.",
     "41 av 78 planerade kontroller var utförda per den 31 augusti, vilket är i nivå med "
     "planen. Resterande kontroller är inbokade under hösten.",
     "Pågår.", "DELVIS", "nej"),
    ("Kontroll av att beslut om strandskyddsdispens har skickats till länsstyrelsen",
     "Genomgång av samtliga dispensbeslut.",
     "Kontrollen har inte hunnits med under perioden på grund av vakant tjänst som "
     "miljöinspektör. Den genomförs under oktober.",
     "Ej genomförd.", "EJ_GENOMFORD", ""),
]


def build_bmn():
    d = docx.Document()
    fix_core(d, "Lars Nilsson")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Bygg- och miljönämnden\tBoxholms kommun\tDnr BMN 2025/14"
    sec.footer.paragraphs[0].text = "Uppföljning intern kontroll delår 2025"

    d.add_heading("Uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph(
        "Nämnden beslutade om internkontrollplan för 2025 den 18 februari 2025 (§ 12). "
        "Planen innehåller fem kontrollmoment. Nedan redovisas metod, resultat och "
        "bedömning för respektive kontrollmoment för perioden januari–augusti.")
    for km, metod, res, bed, st, avv in BMN_ITEMS:
        d.add_heading(km, level=2)
        p = d.add_paragraph()
        p.add_run("Metod: ").bold = True
        p.add_run(metod)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Bedömning: ").bold = True
        p.add_run(bed)
        exp(BMN_FILE, "Bygg- och miljönämnden", km, st, avv)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Den interna kontrollen bedöms i huvudsak fungera. Åtgärder har vidtagits för de "
        "avvikelser som uppmärksammats och återstående kontroller genomförs under hösten.")
    d.add_paragraph()
    d.add_paragraph("Boxholm den 10 september 2025")
    d.add_paragraph("Lars Nilsson\nMiljö- och byggchef")
    d.save(os.path.join(OUT, BMN_FILE))
    files.append((BMN_FILE, "INLAST", "Bygg- och miljönämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - small xlsx with X tick columns
# ---------------------------------------------------------------------------
OFN_FILE = "OFN_IK-uppfoljning_delar_2025.xlsx"

# (kontrollmoment, ansvarig, genomförd, delvis, ej genomförd, kommentar, exp, avv)
OFN_ROWS = [
    ("Kontroll av att årsräkningar granskas senast den 30 juni",
     "Handläggare", "X", "", "", "Samtliga 58 årsräkningar granskade 2025-06-19.",
     "GENOMFORD", "nej"),
    ("Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
     "Handläggare", "X", "", "", "Stickprov 10 arvoden, 1 felberäknat arvode har rättats.",
     "GENOMFORD", "ja"),
    ("Kontroll av att belastningsregisterutdrag hämtas innan ny ställföreträdare förordnas",
     "Överförmyndarhandläggare", "", "", "X", "Görs under tertial 3.",
     "EJ_GENOMFORD", ""),
    ("Kontroll av att förteckningar inkommer inom två månader från förordnandet",
     "Handläggare", "", "X", "", "Pågår. 4 av 6 nya ärenden granskade, förteckningarna inkom i tid.",
     "DELVIS", "nej"),
    ("Kontroll av att uttag från spärrade konton har beslut och underlag",
     "Handläggare", "", "", "", "",
     "SAKNAS", ""),
]


def build_ofn():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Överförmyndarnämnden – uppföljning intern kontroll delår 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Kontrollmoment"
    ws["B3"] = "Ansvarig"
    ws["C3"] = "Utfall t.o.m. augusti"
    ws.merge_cells("C3:E3")
    ws["F3"] = "Kommentar"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("F3:F4")
    ws["C4"] = "Genomförd"
    ws["D4"] = "Delvis"
    ws["E4"] = "Ej genomförd"
    for row in ws["A3:F4"]:
        for c in row:
            c.font = Font(bold=True)
            c.border = border
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 5
    for row in OFN_ROWS:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v if v else None)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 3 <= c <= 5 else None)
        exp(OFN_FILE, "Överförmyndarnämnden", row[0], row[6], row[7])
        r += 1
    for col, w in zip("ABCDEF", [55, 22, 11, 9, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, OFN_FILE))
    files.append((OFN_FILE, "INLAST", "Överförmyndarnämnden", YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) without any follow-up content
# ---------------------------------------------------------------------------
MISSIV_FILE = "Missiv_internkontroll_delar_2025_socialforvaltningen.docx"


def build_missiv():
    d = docx.Document()
    fix_core(d, "Karin Svensson")
    d.sections[0].header.paragraphs[0].text = "Boxholms kommun\tSocialförvaltningen"
    p = d.add_paragraph("2025-09-12")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för "
        "perioden januari–augusti 2025. Uppföljningen finns i den bifogade filen och "
        "kommer att behandlas av socialnämnden vid sammanträdet den 24 september 2025.")
    d.add_paragraph(
        "Bilaga 2 med sammanställning av loggkontroller innehåller uppgifter som omfattas "
        "av sekretess och skickas därför inte med. Den finns tillgänglig hos "
        "förvaltningen vid behov.")
    d.add_paragraph(
        "Vid frågor kontakta undertecknad eller nämndsekreterare Eva Lund, "
        "tfn 0142-290 00.")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Svensson\nSocialchef")
    d.save(os.path.join(OUT, MISSIV_FILE))
    files.append((MISSIV_FILE, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "Kommunledningskontoret"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur och fritid", "Kultur- och fritidsförvaltningen"]),
    ("Bygg- och miljönämnden", ["BMN", "Bygg- och miljöförvaltningen", "Miljö- och byggkontoret"]),
    ("Tekniska nämnden", ["TN", "Tekniska förvaltningen", "Tekniska kontoret"]),
    ("Överförmyndarnämnden", ["ÖFN", "OFN", "Överförmyndaren"]),
    ("Valnämnden", ["VN"]),
    ("Krisledningsnämnden", ["KLN"]),
    ("AB Boxholmshus", ["Boxholmshus", "Boxholmshus AB", "Bostadsbolaget"]),
]


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in NAMNDER:
            f.write(f"{n};{'|'.join(al)}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in files:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in expected:
            w.writerow(row)


def normalize_zip(path):
    """Rewrite an OOXML/ODF zip with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 10, 0, 0))
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def main():
    build_ks()
    build_sn()
    build_csv()
    build_tn()
    build_bh()
    build_bmn()
    build_ofn()
    build_missiv()
    write_csvs()
    for fil, *_ in files:
        if fil.endswith((".xlsx", ".docx", ".ods")):
            normalize_zip(os.path.join(OUT, fil))
    print(f"{len(files)} rows in files.csv, {len(expected)} controls in expected.csv")


if __name__ == "__main__":
    main()
