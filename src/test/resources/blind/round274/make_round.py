#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 274 - theme: mixed signals within one file.
Kommun: Ljungsåsa kommun (invented).
Builds all follow-up files + namnder.csv, files.csv, expected.csv deterministically.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from openpyxl.worksheet.properties import PageSetupProperties  # noqa: F401
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round274"
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

GREEN = "92D050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "D9D9D9"


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fixed_props_xlsx(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so the build is byte-deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fixed_props_docx(d, author, title):
    cp = d.core_properties
    cp.comments = ""
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, T2 2025: words, fills, comments, half-used Klart datum
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_IK_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fixed_props_xlsx(wb, "Maria Holmgren")
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Ljungsåsa kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A2"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljning tertial 2 (perioden jan–aug 2025). Avser kommunledningsförvaltningens kontroller."
    ws["A4"] = ("Instruktion: Ange status i kolumn G (Genomförd / Pågår / Ej genomförd / Utgår) "
                "eller färgmarkera cellen enligt färgförklaringen längst ned. Kommentera avvikelser.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:I4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status", "Klart datum", "Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    # rows: (heading) or (nr, process, km, metod, frekv, ansvarig, status, fill, klart, kommentar, exp_status, exp_avv)
    rows = [
        ("EKONOMI",),
        (1, "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Tertial", "Redovisningsansvarig", "Genomförd", GREEN,
         datetime.date(2025, 5, 15), "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Leverantörsregister", "Kontroll av ändrade bankuppgifter i leverantörsregistret",
         "Logg över ändringar jämförs mot underlag", "Tertial", "Ekonomichef", "Klar", GREEN,
         datetime.date(2025, 4, 10), "Inga felaktiga ändringar hittades.", "GENOMFORD", "nej"),
        (3, "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Stickprov 25 inköp mot avtalsdatabasen", "Halvår", "Upphandlingschef", "Genomförd", RED,
         None, "", "OKLAR", ""),
        (4, "Representation", "Kontroll av att representation följer kommunens riktlinjer",
         "Genomgång av konto 7610–7630", "Halvår", "Controller", "Ej genomförd", RED,
         None, "Hanns inte med under våren, flyttas till tertial 3.", "EJ_GENOMFORD", ""),
        ("ADMINISTRATION",),
        (5, "Delegation", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse beslutslogg – anmälningslistor", "Tertial", "Kanslichef", None, GREEN,
         None, "", "GENOMFORD", "nej"),
        (6, "Diarieföring", "Uppföljning av att diarieföring sker inom föreskriven tid",
         "Stickprov 30 ärenden", "Halvår", "Registrator", None, None,
         datetime.date(2025, 5, 28), "Klart i maj. 3 av 30 ärenden diarieförda för sent, påminnelse skickad.",
         "GENOMFORD", "ja"),
        (7, "Föreningsbidrag", "Uppföljning av beslut om tillfälliga bidrag till föreningar",
         "Genomgång av beslut", "Helår", "Kanslichef", "Utgår", GREY,
         None, "Utgår enligt KS beslut 2025-03-12 § 45 (bidragsformen avskaffad).", "UTGAR", ""),
        ("PERSONAL OCH IT",),
        (8, "Lön", "Kontroll av löneutbetalningar mot anställningsavtal för nyanställda",
         "Stickprov 15 nyanställda", "Tertial", "HR-chef", "Pågår", YELLOW,
         None, "10 av 15 kontrollerade hittills.", "DELVIS", ""),
        (9, "Behörigheter", "Kontroll av behörigheter i ekonomisystemet",
         "Behörighetslista jämförs mot anställda", "Halvår", "Systemförvaltare", None, YELLOW,
         None, "Genomgång pågår, beräknas klar under hösten.", "DELVIS", ""),
        (10, "Informationssäkerhet",
         "Säkerställa att informationsklassning genomförts för verksamhetskritiska system",
         "Genomgång av klassningsregister", "Helår", "Informationssäkerhetssamordnare", None, None,
         None, "", "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        nr, proc, km, metod, frekv, ansv, status, fill, klart, kom, es, ea = row
        vals = [nr, proc, km, metod, frekv, ansv, status, klart, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if klart:
            ws.cell(row=r, column=8).number_format = "yyyy-mm-dd"
        if fill:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, es, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Färgförklaring").font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd utan anmärkning"),
                                     (YELLOW, "Pågår / delvis genomförd"),
                                     (RED, "Ej genomförd"),
                                     (GREY, "Utgår")], 1):
        ws.cell(row=r + i, column=2).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + i, column=3, value=txt)
    r += 6
    ws.cell(row=r, column=1, value="Sammanställt av: Maria Holmgren, controller, 2025-09-12")
    widths = [5, 18, 48, 30, 10, 22, 14, 12, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, fil))
    normalize_zip(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, delår: symbols ✓ X – with legend, comments only
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_bun():
    fil = "BUN internkontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fixed_props_docx(d, "Johan Ek", "Uppföljning intern kontroll delår 2025")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    run = p.add_run("Ljungsåsa kommun\nBarn- och utbildningsförvaltningen")
    run.font.size = Pt(9)
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden följer upp internkontrollplanen för 2025 per "
                    "31 augusti. Respektive kontrollansvarig har fyllt i tabellen nedan.")
    p = d.add_paragraph()
    p.add_run("Markering: ").bold = True
    p.add_run("✓ = genomförd   X = ej genomförd   – = ej påbörjad. "
              "Vid avvikelse eller om kontrollen inte genomförts ska kommentar lämnas.")
    rows = [
        ("Personal",),
        ("Personal", "Kontroll av att utdrag ur belastningsregistret finns för nyanställda i förskola och skola",
         "HR-konsult", "✓", "Samtliga 18 nyanställda kontrollerade, utdrag fanns.", "GENOMFORD", "nej"),
        ("Personal", "Stickprov av placeringstider i förskolan mot vistelseschema",
         "Förskolechef", "", "Klart i maj", "GENOMFORD", ""),
        ("Elevärenden",),
        ("Elevärenden", "Uppföljning av frånvarorapportering i skolans lärplattform",
         "Rektorer", "✓", "Två skolor rapporterar inte frånvaro dagligen. Åtgärd beslutad i ledningsgruppen.",
         "GENOMFORD", "ja"),
        ("Elevärenden", "Kontroll av att anmälningar om kränkande behandling rapporteras till huvudmannen",
         "Kvalitetsstrateg", "X", "Hanns inte med, görs under hösten.", "EJ_GENOMFORD", ""),
        ("Elevärenden", "Kontroll av skolskjutsbeslut mot gällande riktlinjer",
         "Skolskjutshandläggare", "", "Hanns inte med", "EJ_GENOMFORD", ""),
        ("Elevärenden", "Granskning av elevhälsans journalföring",
         "Verksamhetschef elevhälsa", "–", "", "EJ_GENOMFORD", ""),
        ("Elevärenden", "Kontroll av att tilläggsbelopp beslutas enligt delegationsordningen",
         "Grundskolechef", "", "", "SAKNAS", ""),
        ("Ekonomi och kvalitet",),
        ("Ekonomi", "Kontroll av dokumentation vid direktupphandling",
         "Ekonom", "✓", "Ej gjord, ansvarig rektor har slutat.", "OKLAR", ""),
        ("Ekonomi", "Kontroll av fakturering av interkommunal ersättning",
         "Ekonom", "✓", "Genomförd 2025-06-12, fakturering stämmer.", "GENOMFORD", "nej"),
        ("Kvalitet", "Uppföljning av att det systematiska kvalitetsarbetet dokumenteras på varje enhet",
         "Kvalitetsstrateg", "Delvis", "4 av 7 enheter klara.", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Kontrollmoment", "Ansvarig", "✓ / X / –", "Kommentar"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shading(c, "BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        if len(row) == 1:
            m = cells[0].merge(cells[3])
            m.text = ""
            m.paragraphs[0].add_run(row[0]).bold = True
            set_cell_shading(m, "F2F2F2")
            continue
        _, km, ansv, sym, kom, es, ea = row
        cells[0].text = km
        cells[1].text = ansv
        cells[2].text = sym
        cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[3].text = kom
        exp(fil, N, km, es, ea)
    for row in t.rows:
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(3.5)
        row.cells[2].width = Cm(1.8)
        row.cells[3].width = Cm(6)
    d.add_paragraph()
    d.add_paragraph("Ljungsåsa 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(HERE, fil))
    normalize_zip(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, helår: traffic-light cells per period, legend on another sheet
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_IKP_2025_helar.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    fixed_props_xlsx(wb, "Karin Sjöberg")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning helår (årsbokslut 2025). Se flik Anvisning för färgkoder."
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "T1", "T2", "Helår", "Klart datum",
           "Kommentar helår"]
    ws.merge_cells("E3:G3")
    ws["E3"] = "Status (färg eller text)"
    ws["E3"].alignment = Alignment(horizontal="center")
    ws["E3"].font = Font(bold=True)
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.border = BORDER
        cell.alignment = WRAP
    # (process, risk, km, ansvarig, t1, t2, helar, klart, kommentar, es, ea); status cells: (text, fill)
    G, Y, R_ = (None, GREEN), (None, YELLOW), (None, RED)
    E = (None, None)
    rows = [
        ("Ekonomiskt bistånd", "Utbetalning utan beslut",
         "Kontroll av att utbetalningar av ekonomiskt bistånd har ett dokumenterat beslut",
         "Enhetschef försörjningsstöd", Y, Y, G, datetime.date(2025, 11, 20),
         "Stickprov 50 ärenden, samtliga hade beslut.", "GENOMFORD", "nej"),
        ("Barn och unga", "Utredningstid överskrids",
         "Uppföljning av att utredningstiden i barnavårdsärenden (fyra månader) hålls",
         "Enhetschef barn och unga", Y, R_, ("Genomförd", None), None,
         "Kontrollen gjord. 11 av 64 utredningar överskred fyra månader, förlängningsbeslut saknades i 3.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Anmälningar bedöms inte i tid",
         "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef barn och unga", G, G, E, datetime.date(2025, 8, 29), "", "GENOMFORD", "nej"),
        ("Placeringar", "Avtal följs inte",
         "Kontroll av att placeringar på HVB och i konsulentstödda familjehem görs enligt ramavtal",
         "Placeringssamordnare", E, Y, E, None, "", "DELVIS", ""),
        ("Dokumentation", "Bristande dokumentation",
         "Kontroll av att dokumentation sker i verksamhetssystemet inom 14 dagar",
         "Sektionschef", E, E, R_, None, "Hanns inte med p.g.a. systembytet i oktober.",
         "EJ_GENOMFORD", ""),
        ("Klientmedel", "Förskingring",
         "Kontroll av hantering av klienters kontanta medel",
         "Enhetschef stödboende", E, Y, ("Klar", RED), None, "", "OKLAR", ""),
        ("Kompetens", "Sekretessbrott",
         "Registerkontroll av att samtliga anställda genomgått utbildning i sekretess",
         "HR-partner", E, E, G, None, "Klart i november", "GENOMFORD", "nej"),
        ("Lex Sarah", "Missförhållanden utreds inte",
         "Kontroll av att rapporter enligt lex Sarah utreds och anmäls",
         "Kvalitetsutvecklare", E, E, ("Utgår", None), None,
         "Utgår – kontrollen flyttad till vård- och omsorgsnämndens plan.", "UTGAR", ""),
        ("LSS", "Beslut verkställs inte",
         "Uppföljning av att beslut om insatser enligt LSS verkställs inom tre månader",
         "Enhetschef LSS", E, Y, Y, None,
         "Kontroll genomförd för första halvåret, andra halvåret återstår.", "DELVIS", ""),
        ("Inköp", "Felaktig attest",
         "Stickprov av att fakturor från bemanningsföretag attesteras av behörig",
         "Controller", E, E, E, None, "", "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        proc, risk, km, ansv, t1, t2, ha, klart, kom, es, ea = row
        vals = [proc, risk, km, ansv, t1[0], t2[0], ha[0], klart, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        for c, st in ((5, t1), (6, t2), (7, ha)):
            if st[1]:
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=st[1])
        if klart:
            ws.cell(row=r, column=8).number_format = "yyyy-mm-dd"
        exp(fil, N, km, es, ea)
        r += 1
    for col, w in zip("ABCDEFGHI", [18, 22, 50, 24, 8, 8, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Anvisning")
    ws2["A1"] = "Anvisning för uppföljning av internkontrollplan"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A3"] = ("Markera status för respektive period genom att färga cellen. "
                 "Text får skrivas i cellen om färg inte kan användas.")
    ws2["A5"] = "Färg"
    ws2["B5"] = "Betydelse"
    ws2["A5"].font = ws2["B5"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd, inga avvikelser"),
                                     (YELLOW, "Pågår / delvis genomförd"),
                                     (RED, "Ej genomförd")], 6):
        ws2.cell(row=i, column=1).fill = PatternFill("solid", fgColor=col)
        ws2.cell(row=i, column=2, value=txt)
    ws2["A10"] = "Avvikelser beskrivs i kolumnen Kommentar. Klart datum fylls i när kontrollen är avslutad."
    ws2.column_dimensions["A"].width = 12
    ws2.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, fil))
    normalize_zip(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - ods (via xlsx), T2: Ja / Nej / x / – , Klart datum only sometimes
# ---------------------------------------------------------------------------
def file_tn(tmp):
    fil = "Tekniska nämnden IK T2 2025.ods"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fixed_props_xlsx(wb, "Per Nyström")
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Tekniska nämnden"
    ws["A1"] = "Tekniska förvaltningen"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Uppföljning av intern kontroll – tertial 2 2025"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Fyll i Ja/Nej i kolumnen Genomförd. – = ej aktuell."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Verksamhet", "Kontrollmoment", "Kontrollansvarig", "Genomförd", "Klart datum",
           "Kommentar", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        ("Kost", "Kontroll av att egenkontroller av livsmedelshanteringen i kostenheterna dokumenteras",
         "Kostchef", "Ja", datetime.date(2025, 6, 30), "Samtliga 9 kök kontrollerade.", "",
         "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av att arbetsmiljöronder genomförs på gatu- och parkenheten",
         "Enhetschef gata/park", "x", None, "", "", "GENOMFORD", ""),
        ("Gata/park", "Attest av fakturor för entreprenader mot avtal och ÄTA-beslut",
         "Projektledare", "Nej", None, "Hanns inte med, flyttas till hösten.", "", "EJ_GENOMFORD", ""),
        ("Fordon", "Kontroll av körjournaler för kommunens fordon",
         "Fordonssamordnare", "", datetime.date(2025, 5, 20), "", "", "GENOMFORD", ""),
        ("VA", "Uppföljning av att VA-anslutningsavgifter debiteras enligt taxa",
         "VA-chef", "Pågår", None, "Stickprov 20 av 40 gjorda, en felaktig debitering har rättats.",
         "Resterande stickprov under september.", "DELVIS", "ja"),
        ("VA", "Kontroll av att skyddsronder på reningsverket dokumenteras",
         "Driftingenjör", "", None, "Klart i maj, inga anmärkningar.", "", "GENOMFORD", "nej"),
        ("Fastighet", "Kontroll av nyckel- och passerkortshantering i kommunens fastigheter",
         "Fastighetschef", "Ja", None, "Ej påbörjad, planeras till november.", "", "OKLAR", ""),
        ("Gata/park", "Kontroll av entreprenörens rapportering av vinterväghållning",
         "Enhetschef gata/park", "–", None, "Avtalet upphandlas om, kontrollen stryks för 2025.", "",
         "UTGAR", ""),
        ("Gata/park", "Kontroll av att bidrag till enskilda vägar betalas ut enligt beslut",
         "Handläggare", "", None, "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        verks, km, ansv, gen, klart, kom, atg, es, ea = row
        for c, v in enumerate([verks, km, ansv, gen, klart, kom, atg], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if klart:
            ws.cell(row=r, column=5).number_format = "yyyy-mm-dd"
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av förvaltningschef Lars Berg 2025-09-08")
    for col, w in zip("ABCDEFG", [12, 55, 22, 11, 12, 45, 30]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Tekniska nämnden IK T2 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - xls (xlwt), T2: many people's vocabularies + fills
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_internkontroll_T2_2025.xls"
    N = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdrs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    base = "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top"
    plain = xlwt.easyxf(base)
    fills = {None: plain,
             "g": xlwt.easyxf(base + "; pattern: pattern solid, fore_colour bright_green"),
             "y": xlwt.easyxf(base + "; pattern: pattern solid, fore_colour yellow"),
             "r": xlwt.easyxf(base + "; pattern: pattern solid, fore_colour red")}
    ws.write(0, 0, "Kultur- och fritidsnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning T2", bold)
    ws.write(2, 0, "Färg: grönt = klart, gult = påbörjat, rött = ej gjort. Skriv gärna status i klartext.")
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Status", "Klart datum", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, hdrs)
    rows = [
        ("Bad", "Kontroll av kassahantering i simhallens reception", "Badchef", "Klar", "g", "2025-06-05",
         "Kassaavstämning vid 4 tillfällen, differens 200 kr vid ett tillfälle har utretts.",
         "GENOMFORD", "ja"),
        ("Bad", "Kontroll av att entréavgifter till badet redovisas dagligen", "Badchef", "", None, "", "",
         "SAKNAS", ""),
        ("Förening", "Uppföljning av att föreningsbidrag betalas ut först när redovisning inkommit",
         "Föreningskonsulent", "Gjort", None, "", "", "GENOMFORD", ""),
        ("Förening", "Kontroll av att lokaler hyrs ut och debiteras enligt taxa", "Bokningsansvarig",
         "", "y", "", "", "DELVIS", ""),
        ("Förening", "Kontroll av behörigheter i bokningssystemet", "Bokningsansvarig", "", "g", "juni",
         "", "GENOMFORD", ""),
        ("Bibliotek", "Kontroll av att bibliotekets medieinköp görs enligt avtal", "Bibliotekschef",
         "✓", None, "", "", "GENOMFORD", ""),
        ("Bibliotek", "Kontroll av att konstsamlingens inventarieförteckning är uppdaterad",
         "Kultursekreterare", "", None, "", "Hanns inte med – inventering planerad till 2026.",
         "EJ_GENOMFORD", ""),
        ("Fritid", "Kontroll av att registerutdrag finns för personal på fritidsgårdarna",
         "Fritidschef", "Inte gjord", "r", "", "Personalbyte under våren.", "EJ_GENOMFORD", ""),
        ("Kultur", "Kontroll av att attestanter för evenemangsbudgeten är beslutade", "Kulturchef",
         "Påbörjad", "g", "", "", "OKLAR", ""),
    ]
    r = 5
    for row in rows:
        omr, km, ansv, st, f, klart, kom, es, ea = row
        ws.write(r, 0, omr, plain)
        ws.write(r, 1, km, plain)
        ws.write(r, 2, ansv, plain)
        ws.write(r, 3, st, fills[f])
        ws.write(r, 4, klart, plain)
        ws.write(r, 5, kom, plain)
        exp(fil, N, km, es, ea)
        r += 1
    ws.write(r + 1, 0, "Uppdaterad 2025-09-11 / Eva Sundin")
    for c, w in enumerate([12, 55, 20, 12, 12, 50]):
        ws.col(c).width = 256 * w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. System export CSV - Miljö- och byggnämnden + Överförmyndarnämnden, delår
# ---------------------------------------------------------------------------
def file_csv():
    fil = "export_internkontroll_2025-09-12.csv"
    MBN = "Miljö- och byggnämnden"
    OFN = "Överförmyndarnämnden"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status",
           "Statuskommentar", "Klart datum"]
    plan = "Internkontrollplan 2025"
    per = "Delår 2025"
    rows = [
        ("Miljö- och byggnämnden", "Bygglov",
         "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "Genomförd", "Stickprov 30 ärenden, 2 överskred tiden och avgiften reducerades.", "2025-06-18",
         MBN, "GENOMFORD", "ja"),
        ("Miljö- och byggnämnden", "Tillsyn",
         "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Miljöchef",
         "Ej angiven", "Klart i maj, inga avvikelser.", "", MBN, "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Delegation",
         "Kontroll av att delegationsbeslut inom miljöområdet anmäls till nämnden", "Nämndsekreterare",
         "Pågående", "Maj–juni kontrollerade, juli–augusti återstår.", "", MBN, "DELVIS", ""),
        ("Miljö- och byggnämnden", "Handläggning",
         "Kontroll av jäv vid handläggning av ärenden", "Samhällsbyggnadschef",
         "Ej angiven", "Hanns inte med", "", MBN, "EJ_GENOMFORD", ""),
        ("Miljö- och byggnämnden", "Tillsyn",
         "Kontroll av att anmärkningar i OVK-protokoll följs upp", "Byggnadsinspektör",
         "Genomförd", "Ej påbörjad – personalbrist under våren.", "", MBN, "OKLAR", ""),
        ("Miljö- och byggnämnden", "Diarieföring",
         "Kontroll av registrering av inkomna handlingar i ärendesystemet", "Registrator",
         "Ej angiven", "", "", MBN, "SAKNAS", ""),
        ("Överförmyndarnämnden", "Granskning",
         "Granskning av årsräkningar – stickprov av verifikationer", "Handläggare",
         "Genomförd", "20 akter granskade, ett återkrav på 4 500 kr.", "2025-05-30", OFN, "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", "Ställföreträdare",
         "Kontroll av att gode män och förvaltare har giltigt registerutdrag", "Handläggare",
         "Ej genomförd", "Planeras till hösten.", "", OFN, "EJ_GENOMFORD", ""),
        ("Överförmyndarnämnden", "Ställföreträdare",
         "Kontroll av att behovet av förvaltarskap prövas årligen", "Handläggare",
         "Ej angiven", "", "2025-06-17", OFN, "GENOMFORD", ""),
        ("Överförmyndarnämnden", "Arvoden",
         "Kontroll av arvodesbeslut mot nämndens riktlinjer", "Enhetschef",
         "Utgår", "Ersätts av ny kontroll i planen för 2026.", "", OFN, "UTGAR", ""),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, ansv, st, kom, klart, reg, es, ea in rows:
            w.writerow([org, plan, proc, km, ansv, per, st, kom, klart])
            exp(fil, reg, km, es, ea)
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Vård- och omsorgsnämnden - odt (via docx), helår: shading + symbols, nämnd only in header
# ---------------------------------------------------------------------------
def file_von(tmp):
    fil = "Uppfoljning_IKP_2025_helar_VON.odt"
    N = "Vård- och omsorgsnämnden"
    d = docx.Document()
    fixed_props_docx(d, "Sofia Karlsson", "Uppföljning IKP 2025")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hp = sec.header.paragraphs[0]
    hp.text = "Ljungsåsa kommun  |  Vård- och omsorgsnämnden  |  Dnr VON 2025/14"
    hp.runs[0].font.size = Pt(8)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Redovisningen avser hela verksamhetsåret 2025 och lämnas till nämnden "
                    "tillsammans med verksamhetsberättelsen.")
    rows = [
        ("Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Stickprov 40 ärenden", "Stickprov 40 ärenden, 36 upprättade inom tid. Påminnelse till enheterna.",
         "✓", "92D050", "2025-11-03", "GENOMFORD", "ja"),
        ("Kontroll av läkemedelshantering i särskilda boenden",
         "Granskning av avvikelserapporter och signeringslistor", "Tre av fem boenden granskade.",
         "", "FFFF00", "", "DELVIS", ""),
        ("Kontroll av att hemtjänstens registrerade tid stämmer mot debiterad tid",
         "Jämförelse planeringssystem – debitering", "Hanns inte med p.g.a. införandet av nytt planeringssystem.",
         "X", "FF0000", "", "EJ_GENOMFORD", ""),
        ("Kontroll av att avgiftsbeslut inom äldreomsorgen är korrekta",
         "Stickprov 25 avgiftsbeslut", "Klart i oktober. Inga fel hittades.",
         "", None, "2025-10-15", "GENOMFORD", "nej"),
        ("Kontroll av att brukares kontanta medel hanteras enligt rutin",
         "Kassaavstämning på boenden", "",
         "X", "92D050", "", "OKLAR", ""),
        ("Kontroll av att loggkontroller görs i journalsystemet",
         "Logguttag per kvartal", "Se bilaga 3.",
         "", None, "", "OKLAR", ""),
        ("Kontroll av att delegeringar av hälso- och sjukvårdsuppgifter är aktuella",
         "Genomgång av delegeringsregister", "",
         "✓", None, "", "GENOMFORD", ""),
        ("Kontroll av bemanningskostnader mot budget per enhet",
         "Månadsuppföljning", "Ej aktuell – kontrollen flyttad till kommunstyrelsens ekonomienhet.",
         "", None, "", "UTGAR", ""),
        ("Kontroll av tillgång till reservkraft och krisplan på boenden",
         "Genomgång med fastighetsägaren", "",
         "", "92D050", "", "GENOMFORD", ""),
        ("Kontroll av att fallriskbedömningar görs vid inflyttning",
         "Stickprov i journalsystemet", "",
         "", None, "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Resultat / kommentar", "Status",
                           "Klart datum"]):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shading(c, "D9E1F2")
    for km, metod, kom, sym, shade, klart, es, ea in rows:
        cells = t.add_row().cells
        cells[0].text = km
        cells[1].text = metod
        cells[2].text = kom
        cells[3].text = sym
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if shade:
            set_cell_shading(cells[3], shade)
        cells[4].text = klart
        exp(fil, N, km, es, ea)
    widths = [Cm(8), Cm(5), Cm(8), Cm(2), Cm(2.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("grön cell = genomförd, gul cell = delvis genomförd, röd cell = ej genomförd. "
              "Symboler kan användas i stället: ✓ = genomförd, X = ej genomförd.")
    d.add_paragraph("Sofia Karlsson, kvalitetscontroller")
    src = os.path.join(tmp, "Uppfoljning_IKP_2025_helar_VON.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: Office owner lock file left by a colleague who had the KS sheet open
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$KS_uppfoljning_IK_T2_2025.xlsx"
    name = "Maria Holmgren"
    b = bytes([len(name)]) + name.encode("latin-1").ljust(53, b" ")
    b += bytes([len(name), 0]) + name.encode("utf-16-le")
    b = b.ljust(162, b"\x20")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SocN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Ljungsåsa Bostäder AB", "LBAB|Ljungsåsabostäder|Ljungsåsa Bostäder"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")


def main():
    tmp = tempfile.mkdtemp(prefix="r274_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_tn(tmp)
        file_kfn()
        file_csv()
        file_von(tmp)
        file_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
