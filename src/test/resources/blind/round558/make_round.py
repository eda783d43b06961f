#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r558 - Kalmar kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import xlwt

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout,
                       PageLayoutProperties, MasterPage, HeaderStyle, HeaderFooterProperties)
from odf import text as odftext
from odf.style import Header as OdfHeader

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 9, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb(wb):
    wb.properties.creator = "Kalmar kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Stratsys export, Kommunstyrelsen - hierarchy 1 / 1.1 / 1.1.1
# ---------------------------------------------------------------------------
def f1_stratsys():
    fil = "Stratsys_export_Internkontroll_2025-09-05.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Kalmar kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Organisation: Kommunstyrelsen (Kommunledningskontoret)"
    ws["A4"] = "Period: Delår 2025 (januari–augusti)    Utdrag ur Stratsys: 2025-09-05 10:14"
    ws["A4"].font = Font(italic=True, color="595959")
    hdr = ["Nr", "Benämning", "Ansvarig", "Frekvens", "Status T1", "Kommentar T1",
           "Status delår", "Kommentar delår"]
    HR = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP

    # (nr, text, ansvarig, frekvens, stT1, kT1, stD, kD, expected_status, avv)
    rows = [
        ("1", "Ekonomiprocesser"),
        ("1.1", "Risk för felaktiga eller otillåtna utbetalningar"),
        ("1.1.1", "Attest av leverantörsfakturor enligt attestordningen – stickprov 30 fakturor",
         "Controller KLK", "Tertial", "Klar", "30 fakturor granskade, inga avvikelser.",
         "Klar", "30 fakturor granskade (maj–aug). 2 fakturor saknade beslutsattest, attest kompletterad i efterhand och berörda chefer informerade.",
         "GENOMFORD", "ja"),
        ("1.1.2", "Kontroll av ändringar i leverantörsregistret (bankgiro/kontonummer)",
         "Redovisningschef", "Tertial", "Klar", "Samtliga 14 ändringar verifierade mot underlag.",
         "Klar", "Samtliga 11 ändringar under maj–augusti verifierade via återkoppling till leverantör. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("1.2", "Risk för felaktig representation och förtroendeskadliga kostnader"),
        ("1.2.1", "Representation och förtroendekänsliga poster – granskning av syfte, deltagare och momsavdrag",
         "Controller KLK", "Delår/helår", None, None,
         "Pågår", "Urval om 20 verifikationer, 12 granskade hittills utan anmärkning. Resterande granskas i september.",
         "DELVIS", "nej"),
        ("2", "Upphandling och inköp"),
        ("2.1", "Risk för inköp utanför avtal"),
        ("2.1.1", "Avtalstrohet – stickprov av inköp över 100 000 kr mot avtalsdatabasen",
         "Upphandlingschef", "Delår", None, None,
         "Klar", "25 inköp kontrollerade. 3 inköp av IT-konsulttjänster saknade avtal. Åtgärd: rutin för direktupphandling kommuniceras till samtliga avdelningar.",
         "GENOMFORD", "ja"),
        ("2.1.2", "Dokumentation av direktupphandlingar över 100 000 kr",
         "Upphandlingschef", "Delår", None, None,
         "Ej påbörjad", "Flyttas till hösten på grund av vakans på upphandlingsenheten.",
         "EJ_GENOMFORD", ""),
        ("3", "Personal och lön"),
        ("3.1", "Risk för felaktiga löneutbetalningar"),
        ("3.1.1", "Kontroll av att avslutade anställningar avslutas i lönesystemet i tid",
         "HR-chef", "Tertial", "Pågår", "Uttag för januari–april beställt från lönecenter.",
         None, None, "DELVIS", ""),
        ("3.1.2", "Behörigheter i lönesystemet (Personec P) – årlig genomgång",
         "HR-chef", "Helår", None, None, None, None, "SAKNAS", ""),
        ("4", "Informationssäkerhet"),
        ("4.1", "Risk för obehörig åtkomst till personuppgifter"),
        ("4.1.1", "Loggkontroll i ärendehanteringssystemet (Public 360)",
         "Informationssäkerhetssamordnare", "Tertial", "Klar", "Inga avvikelser.",
         "Klar", "Loggar för 10 slumpvis valda användare granskade. Inga obehöriga åtkomster.",
         "GENOMFORD", "nej"),
        ("4.1.2", "Uppföljning av personuppgiftsincidenter och anmälan till IMY inom 72 timmar",
         "Dataskyddsombud", "Delår", None, None,
         "Klar", "4 incidenter under perioden. En incident anmäldes till IMY efter 96 timmar.",
         "GENOMFORD", "ja"),
        ("4.2", "Risk för avbrott i verksamhetskritiska IT-system"),
        ("4.2.1", "Test av återläsning av säkerhetskopior",
         "IT-chef", "Helår", None, None,
         "Utgår", "Kontrollen ersätts av IT-avdelningens kontinuitetsplan enligt beslut KS 2025-05-28 § 112.",
         "UTGAR", ""),
        ("5", "Övergripande styrning"),
        ("5.1", "Risk att fattade beslut inte verkställs"),
        ("5.1.1", "Verkställighet av fullmäktiges beslut – uppföljning av beslutslistan",
         "Kanslichef", "Tertial", "Klar", "OK", "Pågår", "Genomgång av vårens beslut (KF feb–juni) pågår.",
         "DELVIS", ""),
    ]
    r = HR + 1
    for row in rows:
        nr = row[0]
        level = nr.count(".") + 1
        ws.cell(row=r, column=1, value=nr)
        ws.cell(row=r, column=2, value=row[1])
        if level < 3:
            fill = PatternFill("solid", fgColor="D9E1F2" if level == 1 else "EDF1F9")
            for c in range(1, 9):
                cell = ws.cell(row=r, column=c)
                cell.fill = fill
                cell.border = BORDER
                cell.font = Font(bold=(level == 1), italic=(level == 2))
            ws.cell(row=r, column=2).alignment = Alignment(indent=level - 1, wrap_text=True)
        else:
            vals = row[2:8]
            for i, v in enumerate(vals):
                if v is not None:
                    ws.cell(row=r, column=3 + i, value=v)
            for c in range(1, 9):
                ws.cell(row=r, column=c).border = BORDER
                ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=2).alignment = Alignment(indent=2, wrap_text=True, vertical="top")
            ws.row_dimensions[r].outline_level = 1
            exp(fil, N, row[1], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summering delår").font = Font(bold=True)
    summ = [("Klar", 5), ("Pågår", 2), ("Ej påbörjad", 1), ("Utgår", 1), ("Ej rapporterad", 2)]
    for i, (k, v) in enumerate(summ):
        ws.cell(row=r + 1 + i, column=2, value=k)
        ws.cell(row=r + 1 + i, column=3, value=v)
    ws.cell(row=r + 7, column=1,
            value="Rapporten är genererad automatiskt. Endast kontrollmoment (nivå 3) följs upp; nivå 1 = process, nivå 2 = risk.").font = Font(italic=True, size=9)
    widths = [8, 60, 24, 12, 12, 36, 14, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    ws.print_title_rows = "6:6"
    ws.oddHeader.center.text = "Stratsys – Internkontroll"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, txt, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = txt.split("\n") if txt else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 2. Tjänsteskrivelse, Barn- och ungdomsnämnden (docx)
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "Tjänsteskrivelse - Uppföljning internkontrollplan delår 2025 BUN.docx"
    N = "Barn- och ungdomsnämnden"
    d = docx.Document()
    fix_doc(d, "Johan Berg")
    st = d.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "KALMAR KOMMUN\tTJÄNSTESKRIVELSE\nBarn- och ungdomsförvaltningen\t2025-09-10\n\tDnr BUN 2025/0412"
    fp = sec.footer.paragraphs[0]
    fp.text = "Barn- och ungdomsförvaltningen, Box 611, 391 26 Kalmar · 0480-45 00 00 · barn.ungdom@kalmar.se"
    fp.runs[0].font.size = Pt(8)

    p = d.add_paragraph()
    p.add_run("Barn- och ungdomsnämnden").bold = True
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och ungdomsnämnden godkänner uppföljningen av internkontrollplanen per den 31 augusti 2025 "
                    "och överlämnar den till kommunstyrelsen.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig och "
                    "att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Enligt Kalmar kommuns riktlinjer "
                    "för intern kontroll ska varje nämnd årligen anta en internkontrollplan och följa upp den i samband "
                    "med delårsrapport och årsredovisning.")
    d.add_paragraph("Barn- och ungdomsnämnden antog internkontrollplanen för 2025 den 12 december 2024, § 145. Planen "
                    "omfattar åtta kontrollmoment som valts ut efter förvaltningens risk- och väsentlighetsanalys. "
                    "Nedan redovisas resultatet av de kontroller som genomförts under perioden januari–augusti.")
    d.add_heading("Uppföljning per 31 augusti 2025", level=2)

    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Samtliga granskade fakturor var korrekt attesterade.", "Genomförd",
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Kontroll av att barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift",
         "Stickprov 40 hushåll", "36 hushåll korrekt debiterade. 4 hushåll debiterades på inaktuell inkomstuppgift; "
         "avgifterna har korrigerats retroaktivt.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("3", "Elevhälsa", "Dokumentation i elevhälsojournal (PMO) enligt patientdatalagen",
         "Journalgranskning på 5 skolor", "3 av 5 skolor granskade. Återstående två skolor granskas i oktober.",
         "Pågår", "DELVIS", ""),
        ("4", "Systematiskt kvalitetsarbete",
         "Anmälan till huvudman om kränkande behandling sker inom föreskriven tid",
         "Uttag ur Draftit", "Av 212 anmälningar har 187 (88 %) anmälts till huvudman inom fem arbetsdagar. "
         "Målet är 100 %. Rektorer har påmints om rutinen.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("5", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 15 beslut", "Kontrollen har inte genomförts på grund av byte av handläggare. "
         "Genomförs under hösten.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("6", "Personal", "Kontroll av utdrag ur belastningsregistret vid nyanställning",
         "Stickprov 20 anställningar", "Samtliga 20 hade uppvisat utdrag före anställningens början.",
         "Genomförd", "GENOMFORD", "nej"),
        ("7", "Lokaler", "Systematiskt brandskyddsarbete (SBA) genomförs och dokumenteras på förskolor",
         "Egenkontroll", "Kontrollmomentet utgår enligt nämndens beslut 2025-04-17 § 48. Hanteras av "
         "serviceförvaltningens fastighetsavdelning.", "Utgår", "UTGAR", ""),
        ("8", "Informationssäkerhet",
         "Behörighetsgenomgång i elevadministrativt system (Tieto Edu)",
         "Behörighetslista per enhet", "Genomgång gjord i juni. 14 behörigheter för personal som slutat "
         "fanns kvar och har tagits bort.", "Genomförd", "GENOMFORD", "ja"),
    ]
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Metod och omfattning", "Resultat per 31 augusti", "Status"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            set_cell(cells[i], v)
        exp(fil, N, row[2], row[6], row[7])
    widths = [Cm(0.9), Cm(2.6), Cm(4.2), Cm(2.8), Cm(4.6), Cm(2.2)]
    for r_ in t.rows:
        for i, w in enumerate(widths):
            r_.cells[i].width = w

    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Av nämndens åtta kontrollmoment har fem genomförts under perioden, varav tre med avvikelser. "
                    "Ett kontrollmoment pågår, ett har inte genomförts och ett har utgått efter beslut i nämnden. "
                    "Avvikelserna gäller framför allt debitering av barnomsorgsavgifter, tidsgränsen för anmälan av "
                    "kränkande behandling samt kvarliggande behörigheter. Åtgärder har vidtagits och följs upp i "
                    "helårsuppföljningen. Förvaltningen bedömer sammantaget att den interna kontrollen i huvudsak är "
                    "tillräcklig.")
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef")
    d.add_paragraph("Johan Berg\nController")
    p = d.add_paragraph()
    p.add_run("Beslutet skickas till: ").bold = True
    p.add_run("Kommunstyrelsen, kommunens revisorer")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. KSRR - kommunalförbund, "Bedömning" column with legend (xlsx)
# ---------------------------------------------------------------------------
def f3_ksrr():
    fil = "KSRR Uppföljning IK-plan 2025 per 31 aug.xlsx"
    N = "Kalmarsundsregionens Renhållare"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning IK 2025"
    ws["A1"] = "Kalmarsundsregionens Renhållare (KSRR)"
    ws["A1"].font = Font(bold=True, size=14, color="2E7D32")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport per 2025-08-31"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Till direktionen, sammanträde 2025-09-25"
    ws["A5"] = "Teckenförklaring bedömning"
    ws["A5"].font = Font(bold=True)
    legend = [
        ("Tillfredsställande", "Kontrollen utförd – inga eller obetydliga brister", "C6EFCE"),
        ("Delvis tillfredsställande", "Kontrollen utförd – brister som behöver åtgärdas", "FFEB9C"),
        ("Ej tillfredsställande", "Kontrollen utförd – väsentliga brister", "FFC7CE"),
        ("Ej bedömd", "Kontrollen har inte utförts/slutförts under perioden", "EDEDED"),
    ]
    fills = {}
    for i, (k, v, col) in enumerate(legend):
        ws.cell(row=6 + i, column=1, value=k).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=6 + i, column=2, value=v)
        fills[k] = col
    HR = 11
    hdr = ["Område", "Kontrollmoment", "Riskvärde (S×K)", "Kontrollansvarig", "Resultat/iakttagelser",
           "Bedömning", "Åtgärd", "Klart senast"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2E7D32")
        cell.alignment = WRAP
        cell.border = BORDER
    data = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", 8, "Ekonomichef",
             "Stickprov 20 fakturor, samtliga korrekt attesterade.", "Tillfredsställande", "–", None,
             "GENOMFORD", "nej"),
            ("Fakturering av hämtningsavgifter enligt gällande renhållningstaxa", 12, "Ekonomichef",
             "Stickprov 50 abonnemang. 3 abonnemang i Mörbylånga debiterades enligt gammal taxa efter taxeändringen 1 april.",
             "Delvis tillfredsställande", "Felaktiga fakturor krediterade, kontroll av taxetabell vid varje ändring införd.",
             "2025-10-31", "GENOMFORD", "ja"),
            ("Kontroll av kundfordringar och påminnelserutiner", 6, "Redovisningsansvarig",
             "Rutinen följs, påminnelser skickas inom 10 dagar efter förfallodag.", "Tillfredsställande", "–", None,
             "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Vägning och registrering av avfall vid Moskogens avfallsanläggning", 9, "Anläggningschef",
             "Kalibrering av fordonsvåg utförd i maj. Avvikande vägningar dokumenteras enligt rutin.",
             "Tillfredsställande", "–", None, "GENOMFORD", "nej"),
            ("Uppföljning av entreprenörens avtalsefterlevnad vid hämtning av hushållsavfall", 12, "Insamlingschef",
             "Avtalsuppföljningen visar cirka 1 400 missade hämtningar under perioden, främst i Nybro och Torsås.",
             "Ej tillfredsställande", "Vite har utdömts enligt avtal. Månatliga avstämningsmöten med entreprenören.",
             "Löpande", "GENOMFORD", "ja"),
            ("Hantering av farligt avfall på återvinningscentraler – dokumentation av transportdokument", 8,
             "ÅVC-samordnare", "Kontrollen flyttad till hösten på grund av personalbrist.", "Ej bedömd",
             "Genomförs i oktober.", "2025-10-31", "EJ_GENOMFORD", ""),
        ]),
        ("Upphandling", [
            ("Avtalstrohet vid inköp av förbrukningsmaterial", 6, "Upphandlare",
             "Stickprov 30 inköp, 26 gjorda hos avtalad leverantör. 4 inköp av arbetskläder gjordes utanför avtal.",
             "Delvis tillfredsställande", "Information till arbetsledare om avtalade leverantörer.", "2025-09-30",
             "GENOMFORD", "ja"),
        ]),
        ("Arbetsmiljö", [
            ("Systematiskt arbetsmiljöarbete – skyddsronder på återvinningscentraler", 8, "HR-konsult",
             "Pågår. Skyddsronder genomförda på 4 av 6 återvinningscentraler; Torsås och Nybro genomförs i september.",
             "Ej bedömd", "", "2025-09-30", "DELVIS", ""),
        ]),
        ("Informationssäkerhet", [
            ("Behörigheter i kundsystemet (EDP Future) – genomgång av aktiva användare", 6, "Systemförvaltare",
             None, None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = HR + 1
    for area, ctrls in data:
        start = r
        for (km, risk, ans, res, bed, atg, klart, st, avv) in ctrls:
            vals = [area if r == start else None, km, risk, ans, res, bed, atg, klart]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if v is not None:
                    cell.value = v
                cell.border = BORDER
                cell.alignment = WRAP
            if bed in fills:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[bed])
            exp(fil, N, km, st, avv)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Upprättad av: Maria Ek, ekonomichef KSRR, 2025-09-12")
    ws.cell(row=r + 1, column=1, value="Förbundsmedlemmar: Kalmar, Nybro, Torsås och Mörbylånga kommuner")
    widths = [16, 48, 10, 18, 52, 22, 40, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Hypergene CSV export with metadata lines, two nämnder (SN + ON)
# ---------------------------------------------------------------------------
def f4_csv():
    fil = "hypergene_export_internkontroll_20250909.csv"
    meta = [
        ["Rapport", "Uppföljning intern kontroll"],
        ["Rapportperiod", "2025-01-01 – 2025-08-31 (Delår)"],
        ["Organisation", "Socialnämnden, Omsorgsnämnden"],
        ["Skapad", "2025-09-09 08:47 av KALMAR\\ekbe01"],
        ["Filter", "Typ = Kontrollmoment", "Planår = 2025"],
        [],
    ]
    hdr = ["Nämnd", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Resultat",
           "Avvikelse (J/N)", "Åtgärd"]
    SN, ON = "Socialnämnden", "Omsorgsnämnden"
    data = [
        (SN, "Försörjningsstöd", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 30 utbetalningar i Viva", "Tertial", "Genomförd",
         "2 utbetalningar avvek från beslut (dubbelutbetalning); återkrav har upprättats.", "J",
         "Rutin för kontroll före utbetalning förtydligad", "GENOMFORD", "ja"),
        (SN, "Barn och unga", "Orosanmälningar – förhandsbedömning inom 14 dagar",
         "Uttag ur verksamhetssystem", "Tertial", "Genomförd",
         "91 % av förhandsbedömningarna gjordes inom 14 dagar. Överskridanden beror på hög arbetsbelastning under sommaren.",
         "J", "Bemanningsplan för sommaren 2026 ses över", "GENOMFORD", "ja"),
        (SN, "Barn och unga", "Uppföljning av placerade barn – samtal enligt 11 kap. 10 § SoL",
         "Journalgranskning 15 akter", "Delår", "Pågående",
         "Granskning påbörjad, 8 av 15 akter klara.", "", "", "DELVIS", ""),
        (SN, "Vuxen/missbruk", "Ej verkställda beslut rapporteras till IVO inom tre månader",
         "Kvartalsrapport", "Kvartal", "Genomförd",
         "Rapportering till IVO gjord för kvartal 1 och 2 inom föreskriven tid.", "N", "", "GENOMFORD", "nej"),
        (SN, "Ekonomi", "Hantering av klientmedel och kontantkassor", "Inventering", "Delår", "Ej påbörjad",
         "Inventering genomförs i oktober.", "", "", "EJ_GENOMFORD", ""),
        (SN, "Ekonomi", "Fakturakontroll av köpta placeringar (HVB/familjehem) mot beslut", "Stickprov 20 fakturor",
         "Delår", "Genomförd", "Inga avvikelser.", "N", "", "GENOMFORD", "nej"),
        (ON, "Hemtjänst", "Tidsregistrering i hemtjänsten (Phoniro) stämmer med beviljade insatser",
         "Stickprov 25 brukare", "Tertial", "Genomförd",
         "Utförd tid avvek mer än 20 % från beviljad tid för 3 brukare.\nUppföljning sker med berörda enhetschefer.",
         "J", "Genomgång av planering i berörda grupper", "GENOMFORD", "ja"),
        (ON, "Särskilt boende", "Läkemedelshantering – signeringslistor och avvikelserapportering",
         "Stickprov 6 enheter", "Delår", "Genomförd",
         "Brister i signering på 2 av 6 enheter.", "J", "Åtgärdsplan upprättad av MAS", "GENOMFORD", "ja"),
        (ON, "LSS", "Beslut om insatser enligt LSS följs upp minst en gång per år", "Uttag ur Lifecare",
         "Helår", "", "", "", "", "SAKNAS", ""),
        (ON, "Ekonomi", "Debitering av omsorgsavgifter enligt maxtaxa", "Stickprov 40 brukare", "Tertial",
         "Genomförd", "Inga avvikelser.", "N", "", "GENOMFORD", "nej"),
        (ON, "Personal", "Kontroll av legitimation vid anställning av sjuksköterskor (HOSP)",
         "Samtliga nyanställda", "Delår", "Genomförd",
         "Samtliga 12 nyanställda sjuksköterskor kontrollerade i HOSP.", "N", "", "GENOMFORD", "nej"),
        (ON, "Bemanning", "Inhyrd personal från bemanningsföretag används enligt avtal", "Fakturagranskning",
         "Delår", "Ej aktuell",
         "Kontrollmomentet utgår – förvaltningen har inte använt bemanningsföretag sedan 2025-03-01.", "", "",
         "UTGAR", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        for m in meta:
            w.writerow(m)
        w.writerow(hdr)
        for row in data:
            w.writerow(row[:9])
            exp(fil, row[0], row[2], row[9], row[10])
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", ON, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsförvaltningen only (xls via xlwt) - tick columns
# ---------------------------------------------------------------------------
def f5_kfn_xls():
    fil = "Internkontroll 2025 uppföljning aug.xls"
    N = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280;")
    sub = xlwt.easyxf("font: bold on, height 220;")
    hs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                     "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre, horiz centre;")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top;")
    xs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top;")
    ws.write(0, 0, "Kultur- och fritidsförvaltningen", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning efter augusti", sub)
    ws.write(2, 0, "Markera med X i rätt kolumn. Kommentera alltid avvikelser.")
    ws.write_merge(4, 5, 0, 0, "Kontrollmoment", hs)
    ws.write_merge(4, 5, 1, 1, "Ansvarig", hs)
    ws.write_merge(4, 5, 2, 2, "Tidpunkt", hs)
    ws.write_merge(4, 4, 3, 5, "Genomförd", hs)
    ws.write(5, 3, "Ja", hs)
    ws.write(5, 4, "Nej", hs)
    ws.write(5, 5, "Delvis", hs)
    ws.write_merge(4, 5, 6, 6, "Kommentar", hs)
    # (km, ansvarig, tidpunkt, ja, nej, delvis, kommentar, status, avv)
    data = [
        ("Dagskassor vid Kalmar Simhall redovisas och stäms av dagligen", "Enhetschef bad", "Mars och augusti",
         "X", "", "", "Stickprov 20 dagar, inga kassadifferenser.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent", "Maj",
         "X", "", "", "Två föreningar fick för högt aktivitetsstöd på grund av felaktigt redovisat antal deltagare. "
         "Återkrav skickat.", "GENOMFORD", "ja"),
        ("Utlåning och inventering av kommunens konstsamling", "Konstintendent", "November",
         "", "X", "", "Inventeringen genomförs i november enligt plan.", "EJ_GENOMFORD", ""),
        ("Avtal med externa arrangörer på Kalmar Teater undertecknas före evenemang", "Teaterchef", "Löpande",
         "", "", "X", "8 av 15 avtal granskade hittills, inga avvikelser.", "DELVIS", "nej"),
        ("Gallring av låntagaruppgifter i bibliotekssystemet enligt dokumenthanteringsplanen", "Bibliotekschef",
         "Juni", "X", "", "", "Gallring genomförd 2025-06-10.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Controller", "Tertialvis",
         "X", "", "", "", "GENOMFORD", ""),
        ("Hyresavtal för föreningslokaler följs upp mot debitering", "Fritidschef", "Augusti",
         "", "", "", "", "SAKNAS", ""),
        ("Öppettider och bemanning på fritidsgårdarna följer fattade beslut", "Fritidsgårdssamordnare", "Juni",
         "X", "", "X", "Se separat rapport från fritidsgårdsverksamheten.", "OKLAR", ""),
    ]
    r = 6
    for row in data:
        ws.write(r, 0, row[0], cs)
        ws.write(r, 1, row[1], cs)
        ws.write(r, 2, row[2], cs)
        ws.write(r, 3, row[3], xs)
        ws.write(r, 4, row[4], xs)
        ws.write(r, 5, row[5], xs)
        ws.write(r, 6, row[6], cs)
        exp(fil, N, row[0], row[7], row[8])
        r += 1
    ws.write(r + 1, 0, "Rapporterat av: Lena Holm, controller, 2025-09-04")
    for c, w in enumerate([55, 22, 16, 6, 6, 8, 60]):
        ws.col(c).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Servicenämnden - traffic-light fills, T1 / Delår / Helår side by side
# ---------------------------------------------------------------------------
def f6_service():
    fil = "Servicenämnden IKP 2025 T1 och delår.xlsx"
    N = "Servicenämnden"
    G, Y, R_, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Servicenämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1 och delår (januari–augusti)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Instruktion: färgmarkera statuscellen enligt teckenförklaringen längst ned och kommentera."
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("E5:F5")
    ws.merge_cells("G5:H5")
    ws.merge_cells("I5:J5")
    ws["E5"] = "Tertial 1"
    ws["G5"] = "Delår"
    ws["I5"] = "Helår"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar", "Status",
           "Kommentar", "Status", "Kommentar"]
    for c in range(1, 11):
        for rr in (5, 6):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c, h in enumerate(hdr, 1):
        ws.cell(row=6, column=c, value=h)
    # (process, km, metod, ansvarig, fillT1, komT1, fillD, komD, status, avv)
    data = [
        ("Måltidsservice", "Egenkontroll av livsmedelshantering i tillagningskök enligt HACCP",
         "Stickprov 6 kök", "Kostchef", G, "", G, "6 kök kontrollerade utan anmärkning.", "GENOMFORD", "nej"),
        ("Måltidsservice", "Specialkost levereras enligt beställning", "Stickprov 3 veckor", "Kostchef",
         None, "", Y, "2 felleveranser av glutenfri kost i maj. Rutin för märkning av specialkost uppdaterad.",
         "GENOMFORD", "ja"),
        ("Fastighet", "Huvudbesiktning av lekplatser på förskolor och skolor", "Besiktningsprotokoll",
         "Fastighetschef", None, "", None, "Pågår – 41 av 68 lekplatser besiktade, resterande klara i september.",
         "DELVIS", ""),
        ("Fastighet", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Controller", G, "", G, "", "GENOMFORD", "nej"),
        ("Fastighet", "Hyresdebitering mot gällande internhyresavtal", "Avstämning samtliga avtal",
         "Förvaltare", R_, "Ej genomförd, flyttad till delår.", G, "Samtliga 54 internhyresavtal avstämda.",
         "GENOMFORD", "nej"),
        ("IT", "Behörighetsgenomgång i ekonomisystemet (Raindance)", "Behörighetslista", "IT-säkerhetsansvarig",
         None, "", None, "", "SAKNAS", ""),
        ("IT", "Kontroll av licenser mot antal aktiva användare (Microsoft 365)", "Licensrapport",
         "IT-chef", None, "", R_, "Ej genomförd på grund av byte av licensmodell. Görs till helår.",
         "EJ_GENOMFORD", ""),
        ("Kontaktcenter", "Inkommande ärenden registreras i e-tjänsteplattformen inom en arbetsdag",
         "Uttag ur ärendesystem", "Enhetschef Kontaktcenter", Y, "Eftersläpning vecka 14–16.", Y,
         "Under sommaren registrerades 7 % av ärendena senare än en arbetsdag.", "GENOMFORD", "ja"),
        ("Lokalvård", "Lokalvård utförs enligt avtalad städfrekvens – kvalitetsuppföljning enligt INSTA 800",
         "Kvalitetsmätning", "Enhetschef lokalvård", None, "", GR,
         "Utgår – ersätts av kundenkät enligt beslut i servicenämnden 2025-03-20 § 21.", "UTGAR", ""),
    ]
    r = 7
    prev = None
    start = r
    for row in data:
        proc, km, met, ans, fT1, kT1, fD, kD, st, avv = row
        if proc != prev:
            if prev is not None and r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            start = r
            ws.cell(row=r, column=1, value=proc)
            prev = proc
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=met)
        ws.cell(row=r, column=4, value=ans)
        if fT1:
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=fT1)
        if kT1:
            ws.cell(row=r, column=6, value=kT1)
        if fD:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fD)
        if kD:
            ws.cell(row=r, column=8, value=kD)
        for c in range(1, 11):
            ws.cell(row=r, column=c).border = BORDER
            ws.cell(row=r, column=c).alignment = WRAP
        exp(fil, N, km, st, avv)
        r += 1
    if r - start > 1:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True)
    leg = [(G, "Genomförd – inga avvikelser"), (Y, "Genomförd – avvikelser har noterats"),
           (R_, "Ej genomförd"), (GR, "Utgår / ej aktuell")]
    for i, (col, txt) in enumerate(leg):
        ws.cell(row=r + 1 + i, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + 1 + i, column=2, value=txt)
    widths = [16, 50, 22, 22, 8, 34, 8, 50, 8, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Utbildningsnämnden - text-only ODT (odfpy)
# ---------------------------------------------------------------------------
def f7_un_odt():
    fil = "UN uppföljning intern kontroll delårsbokslut 2025.odt"
    N = "Utbildningsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    body = Style(name="Brodtext", family="paragraph")
    body.addElement(TextProperties(fontsize="11pt"))
    body.addElement(ParagraphProperties(marginbottom="0.15cm"))
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    for s in (h1, h2, body):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(bold)

    def P(txt, style=body):
        p = odftext.P(stylename=style, text=txt)
        doc.text.addElement(p)

    def LP(lead, txt):
        p = odftext.P(stylename=body)
        p.addElement(odftext.Span(stylename=bold, text=lead))
        p.addText(txt)
        doc.text.addElement(p)

    def H(txt, lvl, style):
        doc.text.addElement(odftext.H(outlinelevel=lvl, stylename=style, text=txt))

    P("Kalmar kommun – Utbildningsförvaltningen")
    H("Utbildningsnämnden", 1, h1)
    H("Uppföljning av intern kontroll – delårsbokslut 2025", 1, h1)
    P("Utbildningsnämnden antog internkontrollplanen för 2025 i december 2024. Planen innehåller sex "
      "kontrollmoment. I denna uppföljning redovisas utfallet för perioden januari–augusti 2025. "
      "Kontrollmoment som inte är slutförda redovisas på nytt i samband med årsbokslutet.")
    ctrls = [
        ("Interkommunala ersättningar (IKE) faktureras och betalas enligt gällande prislista",
         "Kontrollen har genomförts genom stickprov på 30 elever från andra kommuner. Två felaktiga programpriser "
         "identifierades och har korrigerats mot berörda kommuner.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Betygskataloger signeras inom föreskriven tid",
         "Samtliga betygskataloger för vårterminen 2025 signerades före den 30 juni. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Frånvarorapportering och anmälan till CSN vid ogiltig frånvaro",
         "Kontrollen är påbörjad. Stickprov på Stagneliusskolan är genomfört; Jenny Nyströmsskolan och "
         "Lars Kaggskolan återstår.", "Pågår", "DELVIS", ""),
        ("Inköp av läromedel sker enligt gällande avtal",
         "Kontrollen har inte genomförts under perioden och flyttas till hösten.", None, "EJ_GENOMFORD", ""),
        ("Närvarokontroll inom Komvux som underlag för studiestöd",
         "Kontrollmomentet ersätts av en kommunövergripande kontroll under kommunstyrelsen.", "Utgår",
         "UTGAR", ""),
        ("Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Genomgång av anmälda delegationsbeslut januari–juni visar att samtliga beslut har anmälts till nämnden.",
         None, "GENOMFORD", "nej"),
    ]
    for km, res, status, st, avv in ctrls:
        H(km, 2, h2)
        LP("Resultat: ", res)
        if status:
            LP("Status: ", status)
        exp(fil, N, km, st, avv)
    H("Sammanfattning", 2, h2)
    P("Fyra av sex kontrollmoment är genomförda eller påbörjade. Avvikelsen avseende interkommunala ersättningar "
      "har åtgärdats. Förvaltningen bedömer att den interna kontrollen är tillräcklig.")
    P("Kalmar 2025-09-11")
    P("Per Nilsson, utbildningsdirektör")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Samhällsbyggnadsnämnden - nämnd only in page header, one table per process, symbols
# ---------------------------------------------------------------------------
def f8_sbn():
    fil = "IK-plan 2025 uppföljning jan-aug.docx"
    N = "Samhällsbyggnadsnämnden"
    d = docx.Document()
    fix_doc(d, "Karin Sjöberg")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Samhällsbyggnadsnämnden\tKalmar kommun\t2025-09-08"
    sec.footer.paragraphs[0].text = "Samhällsbyggnadskontoret · Internkontroll"
    d.add_heading("Uppföljning internkontrollplan 2025", level=1)
    d.add_paragraph("Period: januari–augusti 2025 (delårsuppföljning)")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("●  Genomförd     ◐  Påbörjad     ○  Ej påbörjad     –  Utgår")
    hdr = ["Kontrollmoment", "Ansvarig", "Planerad", "Status T1", "Status delår", "Kommentar"]
    groups = [
        ("Process: Bygglov", [
            ("Handläggningstid för bygglov följer plan- och bygglagens krav (10 veckor)", "Bygglovschef", "Tertial",
             "●", "●", "96 % inom lagstadgad tid. 5 ärenden överskred tiden och avgiften reducerades enligt "
             "PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("Debitering av bygglovsavgift enligt gällande taxa", "Bygglovschef", "Delår", "", "●",
             "Stickprov 20 ärenden, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Process: Miljö och hälsoskydd", [
            ("Tillsynsavgifter debiteras enligt tillsynsplan och taxa", "Miljöchef", "Delår", "", "◐",
             "Hälften av tillsynsobjekten är fakturerade, resterande faktureras i oktober.", "DELVIS", ""),
            ("Livsmedelskontroll genomförs enligt fastställd kontrollplan", "Miljöchef", "Tertial", "○", "◐",
             "62 % av planerade kontroller genomförda. Eftersläpning på grund av vakanser.", "DELVIS", ""),
        ]),
        ("Process: Gata och park", [
            ("Skadeståndsärenden (halkolyckor m.m.) handläggs och dokumenteras enligt rutin", "Gatuchef",
             "Delår", "", "●", "", "GENOMFORD", ""),
            ("Entreprenörens vinterväghållning kontrolleras mot avtal", "Driftchef", "T1", "●", "",
             "Genomförd i mars, inga anmärkningar.", "GENOMFORD", "nej"),
            ("Avgifter för upplåtelse av offentlig plats debiteras enligt taxa", "Gatuchef", "Delår", "", "–",
             "Flyttad till internkontrollplan 2026 enligt nämndens beslut 2025-05-22 § 87.", "UTGAR", ""),
        ]),
        ("Process: Mark och exploatering", [
            ("Markanvisningar följer kommunens riktlinjer för markanvisning", "Exploateringschef", "Delår", "", "○",
             "Kontrollen görs i samband med helårsuppföljningen.", "EJ_GENOMFORD", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "Controller", "Tertial", "●", "●",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    widths = [Cm(7.5), Cm(3.2), Cm(2.0), Cm(1.8), Cm(1.9), Cm(9.0)]
    for gname, ctrls in groups:
        d.add_heading(gname, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "C6E0B4")
        repeat_header(t.rows[0])
        for row in ctrls:
            cells = t.add_row().cells
            for i, v in enumerate(row[:6]):
                set_cell(cells[i], v, size=10 if i in (3, 4) else 9)
                if i in (3, 4):
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, row[0], row[6], row[7])
        for r_ in t.rows:
            for i, w in enumerate(widths):
                r_.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Sammanställt av Karin Sjöberg, controller, samhällsbyggnadskontoret.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: covering letter (missiv) without any follow-up
# ---------------------------------------------------------------------------
def f9_missiv():
    fil = "Missiv - uppföljning intern kontroll delår 2025 Omsorgsförvaltningen.docx"
    d = docx.Document()
    fix_doc(d, "Eva Bergström")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "KALMAR KOMMUN\tMISSIV\nOmsorgsförvaltningen\t2025-09-09"
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningskontoret")
    d.add_paragraph("Från: Omsorgsförvaltningen, ekonomienheten")
    d.add_heading("Uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph("Hej!")
    d.add_paragraph("Omsorgsnämndens uppföljning av internkontrollplanen per den 31 augusti 2025 har tagits ut ur "
                    "Hypergene tillsammans med Socialnämndens och skickas som en gemensam exportfil. Uppföljningen "
                    "behandlas av omsorgsnämnden den 24 september och protokollsutdrag skickas efter justering.")
    d.add_paragraph("Observera att kontrollmomentet om bemanningsföretag har utgått då förvaltningen inte längre "
                    "använder inhyrd personal. Kontrollen av LSS-beslut redovisas först vid helår.")
    d.add_paragraph("Hör av er om något saknas.")
    d.add_paragraph("Med vänlig hälsning\nEva Bergström\nEkonomichef, Omsorgsförvaltningen\n0480-45 38 12")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och ungdomsnämnden", "BUN|Barn- och ungdomsförvaltningen|BUF"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadskontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Servicenämnden", "SeN|Serviceförvaltningen"),
        ("Kalmarsundsregionens Renhållare", "KSRR|Kalmarsundsregionens Renhållare, direktionen|Direktionen för KSRR"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "Kalmarsunds gemensamma överförmyndarnämnd|ÖFN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    f1_stratsys()
    f2_bun()
    f3_ksrr()
    f4_csv()
    f5_kfn_xls()
    f6_service()
    f7_un_odt()
    f8_sbn()
    f9_missiv()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
