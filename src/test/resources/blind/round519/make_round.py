#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r519 - Östhammars kommun, delår 2025 inbox.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv in the folder of this script.  Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

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
FIXED_DT = datetime.datetime(2025, 9, 8, 9, 30, 0)
LO_PROFILE = "file:///tmp/lo-round519"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_odf(path):
    """Like normalize_zip but keeps the ODF 'mimetype' entry first and stored."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    items.sort(key=lambda it: it[0].filename != "mimetype")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            if info.filename == "settings.xml":   # LibreOffice writes a random rsid
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)[0-9]+',
                              rb"\g<1>1000000", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 8, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def normalize_zip(path):
    """Rewrite a zip container (xlsx/docx) with fixed timestamps so the
    output is byte-identical between runs."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 8, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "green": PatternFill("solid", fgColor="C6EFCE"),
    "yellow": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "sub": PatternFill("solid", fgColor="DDEBF7"),
}


def wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Process | Kontrollmoment | Kontrollansvarig | Frekvens |
#    Metod | Rapporteras till | Status | Kommentar
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontrollplan delår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    groups = [
        ("Ekonomiadministration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
             "Två gånger per år", "Stickprov 30 fakturor i Raindance", "Kommunstyrelsens arbetsutskott",
             "Genomförd med avvikelse",
             "Stickprov 30 fakturor, 28 korrekt attesterade. Två fakturor attesterades av ersättare "
             "utan giltig delegation. Attestförteckningen har uppdaterats.",
             "GENOMFORD", "ja"),
            ("Kontroll av att representation redovisas med syfte och deltagare", "Controller",
             "Delår och helår", "Stickprov 20 verifikationer", "Kommunstyrelsens arbetsutskott",
             "Genomförd", "Samtliga 20 verifikationer hade angivet syfte och deltagarförteckning.",
             "GENOMFORD", "nej"),
            ("Avstämning av balanskonton inför delårsbokslut", "Redovisningsekonom",
             "Tertialvis", "Genomgång av avstämningsunderlag", "Ekonomichef",
             "Genomförd", "Samtliga balanskonton avstämda per 2025-08-31 utan differenser.",
             "GENOMFORD", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("Inköp görs från avtalade leverantörer (avtalstrohet)", "Upphandlingschef",
             "En gång per år", "Analys av leverantörsreskontra, köp över 100 tkr", "Kommunstyrelsen",
             "Pågår", "Analys av perioden januari–juni påbörjad, slutförs till helårsuppföljningen.",
             "DELVIS", ""),
            ("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Upphandlare",
             "Delår", "Stickprov 10 direktupphandlingar", "Kommunstyrelsen",
             "Genomförd med avvikelse",
             "3 av 10 direktupphandlingar saknade dokumentation enligt riktlinjen. Utbildning för "
             "beställare planeras under hösten.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal och lön", [
            ("Löneutbetalningar efter avslutad anställning", "HR-chef",
             "Kvartalsvis", "Jämförelse avslutade anställningar mot lönelista", "Kommunstyrelsen",
             "Genomförd", "Inga felaktiga utbetalningar upptäcktes.",
             "GENOMFORD", "nej"),
            ("Lönetillägg beslutas enligt delegationsordningen", "Lönechef",
             "En gång per år", "Stickprov 15 tillägg", "Kommunstyrelsen",
             "Ej genomförd", "Kontrollen är planerad till oktober och redovisas i helårsuppföljningen.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet", [
            ("Behörigheter i ekonomisystemet tas bort när anställning upphör", "IT-säkerhetssamordnare",
             "Två gånger per år", "Jämförelse behörighetslista mot personalsystemet", "Kommunstyrelsen",
             "Pågår",
             "Första avstämningen gjord i maj: fyra konton för avslutade anställda var fortfarande "
             "aktiva och har stängts. Nästa avstämning görs i oktober.",
             "DELVIS", "ja"),
            ("Informationsklassning av kommunens verksamhetssystem", "Informationssäkerhetsstrateg",
             "En gång per år", "Genomgång av systemförteckningen", "Kommunstyrelsen",
             "Ej genomförd", "Skjuts till 2026 på grund av vakans.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Säkerhet och beredskap", [
            ("Revidering av kommunens krisledningsplan", "Säkerhetschef",
             "En gång per år", "Dokumentgranskning", "Kommunstyrelsen",
             "Utgår",
             "Ersätts av ny plan för civilt försvar och höjd beredskap som beslutas av "
             "kommunfullmäktige i november.",
             "UTGAR", ""),
        ]),
        ("Dokument- och ärendehantering", [
            ("Inkomna handlingar diarieförs inom fem arbetsdagar", "Registrator",
             "Delår", "Stickprov 25 handlingar i Public 360", "Kanslichef",
             "Genomförd",
             "Stickprov 25 handlingar.\n24 diarieförda inom fem arbetsdagar, en handling "
             "diarieförd efter åtta dagar.",
             "GENOMFORD", "ja"),
        ]),
    ]
    wb = openpyxl.Workbook()
    wb_props(wb, "Maria Sundberg")
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Östhammars kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Avser: delårsrapport januari–augusti 2025"
    ws["A4"] = ("Status anges som: Genomförd / Genomförd med avvikelse / Pågår / Ej genomförd / Utgår. "
                "Avvikelser och åtgärder beskrivs i kolumnen Kommentar.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:H4")
    headers = ["Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Metod",
               "Rapporteras till", "Status", "Kommentar"]
    hr = 6
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.border = BORDER
        cell.alignment = WRAP
    fills = {"Genomförd": "green", "Genomförd med avvikelse": "yellow", "Pågår": "yellow",
             "Ej genomförd": "red", "Utgår": "grey"}
    r = hr + 1
    n = 0
    for proc, rows in groups:
        start = r
        for (km, ansv, frek, metod, rapp, status, komm, es, ea) in rows:
            vals = [proc if r == start else None, km, ansv, frek, metod, rapp, status, komm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
            ws.cell(r, 7).fill = FILL[fills[status]]
            exp(fil, namnd, km, es, ea)
            n += 1
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Sammanställning").font = Font(bold=True)
    ws.cell(r + 1, 1, "Antal kontrollmoment")
    ws.cell(r + 1, 2, n)
    ws.cell(r + 2, 1, "varav genomförda")
    ws.cell(r + 2, 2, 6)
    ws.cell(r + 3, 1, "varav pågår")
    ws.cell(r + 3, 2, 2)
    ws.cell(r + 4, 1, "varav ej genomförda/utgår")
    ws.cell(r + 4, 2, 3)
    ws.cell(r + 6, 1, "Behandlad i kommunstyrelsens arbetsutskott 2025-09-16, § 142. "
                      "Upprättad av Maria Sundberg, controller.")
    for col, w in zip("ABCDEFGH", [22, 42, 20, 16, 28, 22, 16, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C7"
    ws.oddHeader.right.text = "Östhammars kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 2. Word document with two tables - BUN and KFN
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def doc_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3


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


def file_bun_kfn():
    fil = "Uppföljning internkontroll delår 2025 BUN och KFN.docx"
    d = docx.Document()
    doc_props(d, "Anna Lindqvist", "Uppföljning internkontroll delår 2025")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "ÖSTHAMMARS KOMMUN\tBarn- och utbildningsförvaltningen\t2025-09-10"
    d.add_heading("Uppföljning av internkontrollplaner, delår 2025", level=1)
    d.add_paragraph(
        "Barn- och utbildningsförvaltningen är förvaltning för både barn- och utbildningsnämnden och "
        "kultur- och fritidsnämnden. Nedan redovisas uppföljningen av respektive nämnds "
        "internkontrollplan för perioden januari–augusti 2025. Planerna antogs av nämnderna i december 2024.")
    d.add_paragraph(
        "Status: Klar = kontrollen är genomförd. Pågår = kontrollen är påbörjad men inte avslutad. "
        "Ej startad = kontrollen har inte påbörjats. Utgår = kontrollen har strukits genom beslut.")

    # --- BUN
    d.add_heading("1. Barn- och utbildningsnämnden", level=2)
    namnd = "Barn- och utbildningsnämnden"
    bun = [
        ("1.1", "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Stickprov 20 beslut, samtliga fattade enligt riktlinjen och av rätt delegat.", "Klar",
         "GENOMFORD", "nej"),
        ("1.2", "Trygghet och studiero",
         "Anmälan till huvudman om kränkande behandling görs utan dröjsmål",
         "Genomgång av 42 anmälningar. Nio anmälningar gjordes mer än en vecka efter händelsen. "
         "Samtliga rektorer har påmints om rutinen.", "Klar", "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Avgifter i förskola och fritidshem debiteras enligt fastställd taxa",
         "Kontroll av inkomstuppgifter för 2025 pågår och blir klar under oktober.", "Pågår",
         "DELVIS", ""),
        ("1.4", None, "Inköp med betalkort har kvitto och angivet syfte",
         "12 av 12 transaktioner hade kvitto.\nTvå transaktioner saknade angivet syfte, "
         "kortinnehavarna har kontaktats.", "Klar", "GENOMFORD", "ja"),
        ("1.5", "Betyg och bedömning", "Betyg i årskurs 9 registreras korrekt i elevsystemet",
         "Stickprov 30 elever på Frösåkersskolan och Olandsskolan. Inga avvikelser.", "Klar",
         "GENOMFORD", "nej"),
        ("1.6", "Arbetsmiljö", "Skyddsronder genomförs på samtliga förskolor",
         "Skyddsronder genomförda på 11 av 14 förskolor, resterande tre under september.", "Pågår",
         "DELVIS", ""),
        ("1.7", "Närvaro", "Uppföljning av elever med frånvaro över 15 procent",
         "Se bilaga 2.", "", "OKLAR", ""),
        ("1.8", "Kompetensförsörjning", "Kontroll av lärarlegitimation vid nyanställning",
         "", "Ej startad", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Process/rutin", "Kontrollmoment", "Resultat januari–augusti", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for nr, proc, km, res, status, es, ea in bun:
        cells = t.add_row().cells
        set_cell(cells[0], nr)
        if proc:
            set_cell(cells[1], proc)
        set_cell(cells[2], km)
        set_cell(cells[3], res)
        set_cell(cells[4], status)
        exp(fil, namnd, km, es, ea)
    # merge "Ekonomi" over 1.3 and 1.4 (rows 3 and 4)
    a = t.cell(3, 1)
    b = t.cell(4, 1)
    m = a.merge(b)
    set_cell(m, "Ekonomi")
    widths = [Cm(1.0), Cm(3.0), Cm(5.0), Cm(6.5), Cm(2.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Frånvarouppföljning per skolenhet (separat dokument).").runs[0].italic = True

    # --- KFN
    d.add_heading("2. Kultur- och fritidsnämnden", level=2)
    namnd = "Kultur- och fritidsnämnden"
    d.add_paragraph("Kultur- och fritidsnämndens plan omfattar sex kontrollmoment.")
    kfn = [
        ("Bidrag och avgifter", [
            ("2.1", "Föreningsbidrag betalas ut enligt beslut och bidragsregler", "Klar",
             "Samtliga 34 utbetalningar stämmer mot beslut.", "GENOMFORD", "nej"),
            ("2.2", "Hyror för idrottsanläggningar faktureras enligt bokningssystemet", "Klar",
             "Två föreningar hade inte fakturerats för vårens träningstider. Fakturering gjord i juni.",
             "GENOMFORD", "ja"),
            ("2.3", "Kassahantering på bibliotek och simhall", "Pågår",
             "Kassainventering gjord på simhallen i Gimo. Biblioteken i Östhammar och Öregrund återstår.",
             "DELVIS", ""),
            ("2.4", "Uppföljning av lotteritillstånd", "Utgår",
             "Utgår enligt beslut KFN 2025-03-12 § 18, hanteras av kommunstyrelsen.",
             "UTGAR", ""),
        ]),
        ("Verksamhet", [
            ("2.5", "Utdrag ur belastningsregistret för ledare vid sommarlovsaktiviteter", "",
             "Kontrollen är genomförd. Alla 23 ledare visade upp utdrag före start.", "GENOMFORD", "nej"),
            ("2.6", "Inventering av kommunens konstsamling", "Ej startad",
             "Planeras till hösten.", "EJ_GENOMFORD", ""),
        ]),
    ]
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Status", "Kommentar"]):
        set_cell(t2.rows[0].cells[i], h, bold=True)
        shade(t2.rows[0].cells[i], "E2EFD9")
    for grp, rows in kfn:
        gcells = t2.add_row().cells
        g = gcells[0].merge(gcells[3])
        set_cell(g, grp, bold=True)
        shade(g, "F2F2F2")
        for nr, km, status, komm, es, ea in rows:
            cells = t2.add_row().cells
            set_cell(cells[0], nr)
            set_cell(cells[1], km)
            set_cell(cells[2], status)
            set_cell(cells[3], komm)
            exp(fil, namnd, km, es, ea)
    widths = [Cm(1.0), Cm(6.5), Cm(2.2), Cm(7.8)]
    for row in t2.rows:
        for i, w in enumerate(widths):
            try:
                row.cells[i].width = w
            except IndexError:
                pass
    d.add_paragraph()
    d.add_paragraph("Östhammar 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", YEAR, "DELAR"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - tick columns Genomförd / Pågår / Ej påbörjad
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IKP uppföljning aug 2025.xlsx"
    namnd = "Socialnämnden"
    rows = [
        (1, "Myndighetsutövning", "Utredningar inom barn och unga avslutas inom fyra månader",
         "Enhetschef IFO", "X", "", "",
         "Stickprov 20 utredningar: 17 avslutade inom fyra månader, 3 överskred tiden utan beslut om "
         "förlängd utredningstid.", "GENOMFORD", "ja"),
        (2, None, "Beslut om bistånd enligt SoL fattas enligt delegationsordningen",
         "Verksamhetschef", "X", "", "", "Inga avvikelser i stickprov om 25 beslut.", "GENOMFORD", "nej"),
        (3, "Ekonomi", "Utbetalning av ekonomiskt bistånd sker efter beslut och attest",
         "Enhetschef försörjningsstöd", "", "X", "",
         "Stickprov för januari–april genomfört utan anmärkning, maj–augusti pågår.", "DELVIS", "nej"),
        (4, None, "Hantering av brukares privata medel på särskilt boende",
         "Enhetschef äldreomsorg", "X", "", "",
         "Kassaräkning på fem boenden. På Ekbacken saknades kvitton för 450 kr.", "GENOMFORD", "ja"),
        (5, "Vård och omsorg", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "MAS", "", "X", "", "", "DELVIS", ""),
        (6, None, "Lex Sarah-rapporter utreds och anmäls till nämnden",
         "Kvalitetsstrateg", "", "", "X", "Rutinen revideras först, kontrollen görs i oktober.",
         "EJ_GENOMFORD", ""),
        (7, "Personal", "Utdrag ur belastningsregistret kontrolleras vid anställning inom LSS",
         "HR-konsult", "X", "X", "", "", "OKLAR", ""),
        (8, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva",
         "Systemförvaltare", "", "", "",
         "Loggkontroll genomförd i juni för 40 slumpvis valda användare. Ingen otillbörlig åtkomst "
         "upptäcktes.", "GENOMFORD", "nej"),
        (9, None, "Behörighetsgranskning av externa konsulter i Treserva",
         "Systemförvaltare", "", "", "", "", "SAKNAS", ""),
        (10, "Avtal och placeringar", "Fakturor för externa placeringar (HVB) stäms av mot avtal",
         "Enhetschef IFO", "", "X", "",
         "Avstämning gjord för 6 av 11 placeringar. En faktura hade felaktig dygnskostnad, "
         "kreditfaktura har begärts.", "DELVIS", "ja"),
    ]
    wb = openpyxl.Workbook()
    wb_props(wb, "Socialförvaltningen")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 31 augusti"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Socialnämnden, Östhammars kommun"
    ws["A2"].font = Font(bold=True)
    heads = ["Nr", "Process", "Kontrollmoment", "Ansvarig"]
    for c, h in enumerate(heads, 1):
        ws.cell(4, c, h)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.cell(4, 5, "Status delår (markera med X)")
    ws.merge_cells("E4:G4")
    for c, h in zip((5, 6, 7), ("Genomförd", "Pågår", "Ej påbörjad")):
        ws.cell(5, c, h)
    ws.cell(4, 8, "Kommentar / iakttagelser")
    ws.merge_cells("H4:H5")
    for r in (4, 5):
        for c in range(1, 9):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = FILL["sub"]
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r = 6
    tick = Alignment(horizontal="center", vertical="top")
    for nr, proc, km, ansv, g, p, e, komm, es, ea in rows:
        vals = [nr, proc, km, ansv, g, p, e, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = tick if c in (5, 6, 7) else WRAP
        exp(fil, namnd, km, es, ea)
        r += 1
    ws.cell(r, 4, "Summa").font = Font(bold=True)
    ws.cell(r, 5, 4)
    ws.cell(r, 6, 4)
    ws.cell(r, 7, 1)
    for c in range(4, 8):
        ws.cell(r, c).border = BORDER
        ws.cell(r, c).alignment = tick
    ws.cell(r + 2, 1, "Instruktion: Markera med X i den kolumn som stämmer. Kommentera alltid "
                      "avvikelser och åtgärder. Lämnas till nämndsekreteraren senast 5 september.")
    ws.cell(r + 2, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [5, 20, 46, 22, 11, 9, 11, 60]):
        ws.column_dimensions[col].width = w
    # an extra sheet with the adopted plan's risk analysis (no follow-up)
    ws2 = wb.create_sheet("Riskanalys")
    ws2.append(["Risk", "Sannolikhet", "Konsekvens", "Riskvärde"])
    for risk, s, k in [("Rättsosäkra beslut", 2, 4), ("Felaktiga utbetalningar", 3, 3),
                       ("Brister i dokumentation", 3, 2), ("Otillbörlig åtkomst", 2, 4)]:
        ws2.append([risk, s, k, s * k])
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 4. Bygg- och miljönämnden - adopted plan with follow-up columns T1/delår/helår
#    nämnd only in the print header and as "BMN" in the file name
# ---------------------------------------------------------------------------
def file_bmn():
    fil = "IKP 2025 BMN inkl uppföljning.xlsx"
    namnd = "Bygg- och miljönämnden"
    # proc, risk, S, K, km, metod, ansvarig, frekvens, (t1 st, t1 komm), (del st, del komm), exp
    rows = [
        ("Bygglov", "Handläggningstiden överskrids", 3, 3,
         "Bygglov beslutas inom tio veckor från komplett ansökan",
         "Uttag ur Castor, samtliga ärenden", "Bygglovschef", "Tertialvis",
         ("Genomförd", "2 av 58 ärenden överskred tiden."),
         ("Genomförd", "3 av 71 ärenden under maj–augusti överskred tio veckor. Avgiften har reducerats "
                       "enligt plan- och bygglagen."),
         "GENOMFORD", "ja"),
        ("Tillsyn", "Tillsynsplanen följs inte", 2, 3,
         "Planerade tillsynsbesök enligt tillsynsplanen för miljöbalken genomförs",
         "Jämförelse tillsynsplan mot utfall", "Miljöchef", "Tertialvis",
         ("Delvis", "22 % av årets planerade besök."),
         ("Delvis", "61 % av årets planerade besök genomförda, i fas med planen."),
         "DELVIS", "nej"),
        ("Avgifter", "Felaktig debitering av tillsynsavgifter", 2, 2,
         "Timavgift för tillsyn debiteras enligt taxa",
         "Stickprov 15 fakturor", "Administratör", "Delår och helår",
         ("", ""),
         ("Genomförd", "Inga avvikelser."),
         "GENOMFORD", "nej"),
        ("Delegation", "Beslut fattas utan delegation", 2, 4,
         "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista mot diariet", "Nämndsekreterare", "Tertialvis",
         ("Genomförd", "Samtliga beslut januari–april anmälda, inga avvikelser."),
         ("", ""),
         "GENOMFORD", "nej"),
        ("Bygglov", "Dispenser ges i strid med praxis", 2, 3,
         "Strandskyddsdispenser granskas av jurist före beslut",
         "Stickprov 5 beslut", "Bygglovschef", "Helår",
         ("", ""), ("", ""),
         "SAKNAS", ""),
        ("Miljö", "Ärenden om enskilda avlopp blir liggande", 3, 2,
         "Ärendebalansen för enskilda avlopp följs upp",
         "Uttag ur Castor", "Miljöchef", "Tertialvis",
         ("Ej genomförd", "Systemuttag saknades."),
         ("Genomförd", "Balansen har minskat från 212 till 168 ärenden."),
         "GENOMFORD", "nej"),
        ("Kart och mät", "Fel i nybyggnadskartor", 1, 3,
         "Nybyggnadskartor kvalitetsgranskas av en annan mätningsingenjör",
         "Stickprov 10 kartor", "GIS-samordnare", "Delår",
         ("", ""),
         ("Ej genomförd", "Vakant tjänst, kontrollen skjuts till helår."),
         "EJ_GENOMFORD", ""),
        ("Dokumenthantering", "Allmänna handlingar diarieförs inte", 2, 3,
         "Inkomna e-postmeddelanden i funktionsbrevlådan diarieförs",
         "Stickprov en vecka per tertial", "Registrator", "Tertialvis",
         ("Delvis", "Stickprov vecka 12: 3 av 40 meddelanden ej diarieförda."),
         ("Utgår", "Funktionsbrevlådan kopplades direkt till e-arkivet i april, kontrollen utgår."),
         "UTGAR", ""),
        ("Livsmedelskontroll", "Kontrollskuld i livsmedelskontrollen", 3, 3,
         "Livsmedelskontroller utförs enligt kontrollplanen och kontrolltid debiteras",
         "Jämförelse kontrollplan mot Castor", "Miljöchef", "Tertialvis",
         ("Delvis", ""),
         ("Delvis", "Kontrollskuld 42 timmar per 31 augusti. Åtgärdsplan tas fram."),
         "DELVIS", "ja"),
    ]
    wb = openpyxl.Workbook()
    wb_props(wb, "Karin Holm")
    ws = wb.active
    ws.title = "Plan och uppföljning"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Antagen 2024-12-11 § 112. Uppföljning efter tertial 1 och vid delår redovisas för "
                "nämnden i maj respektive september 2025.")
    ws["A2"].font = Font(italic=True)
    groups = [("Plan 2025", 1, 10), ("Uppföljning T1 (jan–apr)", 11, 12),
              ("Uppföljning delår (jan–aug)", 13, 14), ("Uppföljning helår", 15, 16)]
    for title, c1, c2 in groups:
        ws.cell(4, c1, title)
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    heads = ["Nr", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
             "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
             "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(heads, 1):
        ws.cell(5, c, h)
    for r in (4, 5):
        for c in range(1, 17):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True, color="FFFFFF" if r == 4 else "000000")
            cell.fill = FILL["head"] if r == 4 else FILL["sub"]
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    colour = {"Genomförd": "green", "Delvis": "yellow", "Ej genomförd": "red", "Utgår": "grey"}
    r = 6
    for i, (proc, risk, s, k, km, metod, ansv, frek, t1, de, es, ea) in enumerate(rows, 1):
        vals = [i, proc, risk, s, k, s * k, km, metod, ansv, frek,
                t1[0], t1[1], de[0], de[1], None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        for c, st in ((11, t1[0]), (13, de[0])):
            if st:
                ws.cell(r, c).fill = FILL[colour[st]]
        rv = s * k
        ws.cell(r, 6).fill = FILL["red"] if rv >= 9 else (FILL["yellow"] if rv >= 6 else FILL["green"])
        exp(fil, namnd, km, es, ea)
        r += 1
    widths = [5, 18, 26, 11, 11, 9, 42, 26, 18, 13, 13, 34, 13, 44, 12, 25]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "H6"
    ws.oddHeader.center.text = "Bygg- och miljönämnden – internkontrollplan 2025"
    ws.oddHeader.right.text = "Dnr BMN 2024/311"
    ws.oddFooter.left.text = "Östhammars kommun"
    ws.oddFooter.right.text = "&P (&N)"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:5"

    ws2 = wb.create_sheet("Riskmatris")
    ws2["A1"] = "Riskvärde = sannolikhet × konsekvens"
    ws2["A3"] = "Sannolikhet"
    ws2["A4"] = "1 = Osannolik, 2 = Mindre sannolik, 3 = Möjlig, 4 = Sannolik"
    ws2["A6"] = "Konsekvens"
    ws2["A7"] = "1 = Försumbar, 2 = Lindrig, 3 = Kännbar, 4 = Allvarlig"
    ws2["A9"] = "Riskvärde 1–5 grön, 6–8 gul, 9–16 röd"
    ws3 = wb.create_sheet("Instruktion")
    ws3["A1"] = "Instruktion för uppföljning"
    ws3["A2"] = ("Fyll i status (Genomförd, Delvis, Ej genomförd, Utgår) och kommentar i kolumnerna "
                 "för aktuell uppföljning. Tidigare uppföljningar ska inte ändras.")
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden - .xls with numeric status codes, legend on own sheet
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN_IK_delår_2025.xls"
    namnd = "Överförmyndarnämnden"
    rows = [
        ("ÖF-01", "Årsräkningar", "Granskning av årsräkningar slutförd senast 30 juni", 2,
         "312 av 340 årsräkningar granskade per 30 juni. Resterande 28 blev klara i augusti.",
         "Extra handläggarresurs maj–juni 2026", "GENOMFORD", "ja"),
        ("ÖF-02", "Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", 1,
         "Stickprov 20 arvodesbeslut utan anmärkning.", "", "GENOMFORD", "nej"),
        ("ÖF-03", "Uttag", "Uttagsmedgivanden från spärrade konton kontrolleras mot beslut", 3,
         "Stickprov påbörjat i augusti.", "", "DELVIS", ""),
        ("ÖF-04", "Rekrytering", "Kontroll av ställföreträdare mot belastningsregistret före förordnande", 1,
         "", "", "GENOMFORD", "nej"),
        ("ÖF-05", "Sekretess", "Utlämnande av allmänna handlingar föregås av sekretessprövning", 4,
         "Planeras till november.", "", "EJ_GENOMFORD", ""),
        ("ÖF-06", "Arkiv", "Akter för avslutade ärenden arkiveras enligt dokumenthanteringsplanen", 5,
         "Ej aktuellt 2025 på grund av flytt av arkivet.", "", "UTGAR", ""),
        ("ÖF-07", "Förvaltarskap", "Förteckning över huvudmannens tillgångar inkommer inom två månader",
         None, "", "", "SAKNAS", ""),
        ("ÖF-08", "Anmälningar", "Inkomna anmälningar om behov av ställföreträdare registreras inom en vecka", 2,
         "Fyra av 37 anmälningar registrerades senare än en vecka.", "Rutinen ses över", "GENOMFORD", "ja"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin")
    wrap = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws = wb.add_sheet("Uppföljning")
    ws.write(0, 0, "Överförmyndarnämnden – uppföljning intern kontroll", title)
    ws.write(1, 0, "Rapportperiod: 2025-01-01 – 2025-08-31 (delår)")
    ws.write(2, 0, "Statuskod enligt flik Koder")
    heads = ["Id", "Rutin", "Kontrollmoment", "Kod", "Iakttagelse", "Åtgärd"]
    for c, h in enumerate(heads):
        ws.write(4, c, h, head)
    r = 5
    for idn, rutin, km, kod, iakt, atg, es, ea in rows:
        ws.write(r, 0, idn, wrap)
        ws.write(r, 1, rutin, wrap)
        ws.write(r, 2, km, wrap)
        if kod is None:
            ws.write(r, 3, "", wrap)
        else:
            ws.write(r, 3, kod, wrap)
        ws.write(r, 4, iakt, wrap)
        ws.write(r, 5, atg, wrap)
        exp(fil, namnd, km, es, ea)
        r += 1
    ws.write(r + 1, 0, "Upprättad 2025-09-03 av Lena Åkerman, enhetschef överförmyndarenheten")
    for c, w in enumerate([8, 16, 50, 6, 55, 30]):
        ws.col(c).width = w * 256
    ws2 = wb.add_sheet("Koder")
    ws2.write(0, 0, "Kod", bold)
    ws2.write(0, 1, "Betydelse", bold)
    legend = [(1, "Genomförd utan anmärkning"), (2, "Genomförd med anmärkning"), (3, "Påbörjad"),
              (4, "Ej påbörjad"), (5, "Utgår / ej aktuell")]
    for i, (k, t) in enumerate(legend, 1):
        ws2.write(i, 0, k)
        ws2.write(i, 1, t)
    ws2.col(1).width = 30 * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 6. Östhammar Vatten AB - text only, OpenDocument text, tertial 2
# ---------------------------------------------------------------------------
def file_ovab(tmp):
    fil = "Östhammar Vatten AB intern kontroll tertial 2 2025.odt"
    namnd = "Östhammar Vatten AB"
    controls = [
        ("Avläsning av vattenmätare och debitering av förbrukningsavgift", "Kundtjänstchef",
         "Kontrollen är genomförd. Stickprov på 50 abonnenter visade att förbrukningen debiterats "
         "korrekt. Inga avvikelser har noterats.", "GENOMFORD", "nej"),
        ("Anslutningsavgift faktureras vid ny anslutning", "Ekonomichef",
         "Genomförd. Vid genomgång av 14 nya anslutningar saknades faktura för en fastighet i "
         "Öregrund. Fakturan har nu skickats och rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Egenkontroll av dricksvatten enligt provtagningsplanen", "Driftchef",
         "Provtagningen pågår enligt plan. Samtliga prover under perioden har varit tjänliga. "
         "Kontrollen avslutas i december.", "DELVIS", "nej"),
        ("Uppföljning av entreprenadavtal för ledningsförnyelse", "Projektledare",
         "Kontrollen har inte påbörjats under perioden eftersom upphandlingen av ny entreprenör har "
         "överprövats. Den genomförs när avtal finns.", "EJ_GENOMFORD", ""),
        ("Behörigheter i driftövervakningssystemet", "IT-ansvarig",
         "Redovisas i separat rapport till styrelsen (sekretess enligt OSL 18 kap. 8 §).", "OKLAR", ""),
        ("Attest av leverantörsfakturor", "Ekonomichef",
         "Stickprov om 25 fakturor visade att samtliga var attesterade enligt bolagets attestordning.",
         "GENOMFORD", "nej"),
        ("Avvikelserapporter från slamentreprenören följs upp", "Driftchef",
         "Kontrollmomentet har strukits eftersom slamtömningen överförts till renhållningen "
         "(styrelsebeslut 2025-04-24 § 31).", "UTGAR", ""),
    ]
    d = docx.Document()
    doc_props(d, "Per Eriksson", "Intern kontroll tertial 2 2025")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Östhammar Vatten AB"
    d.add_heading("Rapport intern kontroll – tertial 2 2025", level=1)
    d.add_paragraph(
        "Styrelsen för Östhammar Vatten AB antog bolagets internkontrollplan för 2025 den 28 november 2024. "
        "Planen innehåller sju kontrollmoment. Nedan redovisas uppföljningen per tertial 2, det vill säga "
        "perioden maj–augusti 2025. Uppföljningen efter tertial 1 redovisades för styrelsen i maj.")
    d.add_paragraph(
        "Sammanfattningsvis bedöms den interna kontrollen vara tillräcklig. Avvikelser redovisas under "
        "respektive kontrollmoment.")
    for km, ansv, text, es, ea in controls:
        d.add_heading(km, level=2)
        p = d.add_paragraph()
        r = p.add_run("Ansvarig: ")
        r.bold = True
        p.add_run(ansv)
        d.add_paragraph(text)
        exp(fil, namnd, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Östhammar den 5 september 2025")
    d.add_paragraph("Per Eriksson\nVerkställande direktör")
    src = os.path.join(tmp, "ovab.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "odt", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "ovab.odt"), os.path.join(OUT, fil))
    normalize_odf(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 7. Östhammarshem AB - Stratsys CSV export, long format (one row per period)
# ---------------------------------------------------------------------------
def file_ohem():
    fil = "Stratsys_export_Osthammarshem_2025-09-02.csv"
    namnd = "Östhammarshem AB"
    # (område, km, ansvarig, [(period, status, kommentar)], exp)
    controls = [
        ("Hyresadministration", "Nya hyresavtal registreras med rätt hyra", "Uthyrningschef",
         [("Tertial 1 2025", "Klar", "Inga fel."),
          ("Delår 2025", "Klar", "Stickprov 30 avtal, inga fel.")], "GENOMFORD", "nej"),
        ("Hyresadministration", "Hyresfordringar äldre än 60 dagar överlämnas till inkasso",
         "Ekonom", [("Tertial 1 2025", "Pågående", ""),
                    ("Delår 2025", "Klar", "12 fordringar hade inte överlämnats, åtgärdat i juli.")],
         "GENOMFORD", "ja"),
        ("Fastighetsunderhåll", "Beställningar av planerat underhåll stäms av mot underhållsplanen",
         "Fastighetschef", [("Tertial 1 2025", "Ej påbörjad", ""),
                            ("Delår 2025", "Pågående", "Avstämning gjord för Alunda och Gimo.")],
         "DELVIS", ""),
        ("Säkerhet", "Nycklar och passerbrickor återlämnas vid avflyttning", "Förvaltare",
         [("Tertial 1 2025", "Klar", "")], "GENOMFORD", ""),
        ("Upphandling", "Upphandling av ramavtal för snöröjning följer LOU", "VD",
         [("Tertial 1 2025", "Ej påbörjad", ""),
          ("Delår 2025", "Ej aktuell", "Befintligt avtal förlängdes, ingen upphandling 2025.")],
         "UTGAR", ""),
        ("Ekonomi", "Elfakturor kontrolleras mot avtalat pris", "Ekonom",
         [("Tertial 1 2025", "Ej påbörjad", ""),
          ("Delår 2025", "Ej påbörjad", "Planeras till oktober.")], "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av egna utlägg görs av överordnad", "Ekonomichef",
         [("Delår 2025", "Klar", "Ett fall där VD attesterat egen reseräkning, rutinen förtydligad och "
                                 "ordföranden attesterar fortsättningsvis.")], "GENOMFORD", "ja"),
        ("Kundservice", "Felanmälningar med åtgärdstid över 14 dagar följs upp", "Kundservicechef",
         [("Delår 2025", "", "")], "SAKNAS", ""),
    ]
    lines = []
    lines.append(["Rapport: Intern kontroll 2025 – uppföljning", "", "", "", "", ""])
    lines.append(["Organisation: Östhammarshem AB", "", "", "", "", ""])
    lines.append(["Utskriven: 2025-09-02 08:14 av ulrika.berg", "", "", "", "", ""])
    lines.append([])
    lines.append(["Område", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
    for omr, km, ansv, periods, es, ea in controls:
        for per, st, komm in periods:
            lines.append([omr, km, ansv, per, st, komm])
        exp(fil, namnd, km, es, ea)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 8. Truncated workbook (rejected)
# ---------------------------------------------------------------------------
def file_truncated(tmp):
    fil = "Uppföljning internkontroll delår 2025 - Valnämnden.xlsx"
    wb = openpyxl.Workbook()
    wb_props(wb, "Kansliet")
    ws = wb.active
    ws.title = "Uppföljning"
    ws.append(["Valnämnden – uppföljning internkontrollplan delår 2025"])
    ws.append([])
    ws.append(["Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Metod",
               "Rapporteras till", "Status", "Kommentar"])
    ws.append(["Val", "Röstlängder kontrolleras före val", "Valsamordnare", "Inför val",
               "Stickprov", "Valnämnden", "Ej aktuell", "Inget val 2025"])
    ws.append(["Ekonomi", "Arvoden till röstmottagare betalas enligt beslut", "Valsamordnare",
               "Efter val", "Stickprov", "Valnämnden", "Ej aktuell", "Inget val 2025"])
    for i in range(40):
        ws.append(["Bilaga", "Rad %d" % (i + 1), "", "", "", "", "", "Förberedelser inför valet 2026"])
    src = os.path.join(tmp, "trunc.xlsx")
    wb.save(src)
    normalize_zip(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: int(len(data) * 0.55)])
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Miljö- och byggnämnden"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Östhammar Vatten AB", "ÖVAB|Östhammar Vatten"),
        ("Östhammarshem AB", "Östhammarshem|ÖHEM"),
    ]

    def dump(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow(r)

    dump("namnder.csv", ["nämnd", "alias"], namnder)
    dump("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    dump("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r519_build_")
    try:
        file_ks()
        file_bun_kfn()
        file_sn()
        file_bmn()
        file_ofn()
        file_ovab(tmp)
        file_ohem()
        file_truncated(tmp)
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
