#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r245 - theme: two-level headers and merged cells.
Kommun: Rävsnäs, year 2025, periods DELAR / T2.
Run: /usr/bin/python3 make_round.py  (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 8, 0, 0)
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round245"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
GRP_FILL = PatternFill("solid", fgColor="B4C6E7")


def new_wb():
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Rävsnäs kommun"
    return wb


def save_wb(wb, name):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, name))


def hdr(ws, rng, text, fill=HDR_FILL):
    """Write a header cell (possibly merged)."""
    first = rng.split(":")[0]
    ws[first] = text
    if ":" in rng:
        ws.merge_cells(rng)
    for row in ws[rng] if ":" in rng else [[ws[rng]]]:
        for c in row:
            c.font = BOLD
            c.alignment = CENTER
            c.border = BORDER
            c.fill = fill


def cell(ws, ref, value, **kw):
    c = ws[ref]
    c.value = value
    c.alignment = kw.get("align", WRAP)
    c.border = BORDER
    if kw.get("fill"):
        c.fill = kw["fill"]
    if kw.get("bold"):
        c.font = BOLD
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def to_ods(wb, name):
    """Save workbook to a temp xlsx and convert to .ods with LibreOffice."""
    tmpdir = tempfile.mkdtemp(prefix="r245_")
    base = os.path.splitext(name)[0]
    src = os.path.join(tmpdir, base + ".xlsx")
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(src)
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", "ods",
                    "--outdir", tmpdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, base + ".ods"), os.path.join(OUT, name))
    shutil.rmtree(tmpdir, ignore_errors=True)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title block, 2-row header T1/T2, process merged vertically
# ---------------------------------------------------------------------------
def f1():
    fil = "KS uppföljning internkontrollplan T2 2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning T2"
    widths(ws, [20, 42, 18, 16, 34, 16, 40, 30])
    ws.merge_cells("A1:H1"); ws["A1"] = "Rävsnäs kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2"); ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3"); ws["A3"] = "Period: tertial 2 (januari–augusti 2025). Rapporteras till KS 2025-09-24."
    hdr(ws, "A5:A6", "Process")
    hdr(ws, "B5:B6", "Kontrollmoment")
    hdr(ws, "C5:C6", "Ansvarig")
    hdr(ws, "D5:E5", "Uppföljning T1", GRP_FILL)
    hdr(ws, "F5:G5", "Uppföljning T2", GRP_FILL)
    hdr(ws, "H5:H6", "Åtgärd vid avvikelse")
    hdr(ws, "D6", "Status"); hdr(ws, "E6", "Kommentar")
    hdr(ws, "F6", "Status"); hdr(ws, "G6", "Kommentar")
    rows = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
             "Genomförd", "Stickprov 25 fakturor, inga avvikelser.",
             "Genomförd", "Stickprov 25 fakturor. 2 fakturor attesterade av person utan attesträtt.",
             "Attestförteckningen uppdaterad, information till chefer.", "GENOMFORD", "ja"),
            ("Kontroll av att representation redovisas med syfte och deltagare", "Redovisningsansvarig",
             "Pågår", "", "Genomförd", "20 verifikationer granskade, samtliga korrekt.", "",
             "GENOMFORD", "nej"),
            ("Avstämning av balanskonton inför delårsbokslut", "Redovisningsansvarig",
             "Ej aktuell", "Görs inför delårsbokslutet.", "Delvis genomförd",
             "Avstämning klar för tillgångskonton, skuldkonton pågår.", "", "DELVIS", ""),
        ]),
        ("Upphandling och inköp", [
            ("Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "Upphandlingschef",
             "Genomförd", "Årlig kontroll, genomförd i april. Inga avvikelser.", "", "", "",
             "GENOMFORD", "nej"),
            ("Avtalstrohet – inköp hos avtalade leverantörer", "Upphandlingschef",
             "Ej påbörjad", "", "Ej genomförd",
             "Flyttas till T3 på grund av byte av e-handelssystem.", "", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Kontroll av behörigheter i lönesystemet vid avslutad anställning", "HR-chef",
             "Genomförd", "Inga avvikelser.", "Genomförd",
             "3 behörigheter avslutades för sent (över 30 dagar).",
             "Rutin för avslut uppdaterad, checklista till chefer.", "GENOMFORD", "ja"),
            ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-chef",
             "", "", "", "", "", "SAKNAS", ""),
        ]),
        ("IT och informations-\nsäkerhet", [
            ("Loggkontroll av åtkomst till personakter", "IT-chef",
             "Utgår", "Utgår enligt beslut KS 2025-03-12 § 48.", "", "", "", "UTGAR", ""),
            ("Test av återläsning av säkerhetskopior", "IT-chef",
             "Pågår", "", "Pågår", "Test av ekonomisystemet klart, övriga system under hösten.", "",
             "DELVIS", ""),
        ]),
    ]
    r = 7
    for proc, ctrls in rows:
        start = r
        for km, ans, s1, k1, s2, k2, atg, st, avv in ctrls:
            for col, v in zip("BCDEFGH", (km, ans, s1, k1, s2, k2, atg)):
                cell(ws, f"{col}{r}", v if v else None)
            ws.row_dimensions[r].height = 45
            exp(fil, nm, km, st, avv)
            r += 1
        cell(ws, f"A{start}", proc, bold=True, align=Alignment(wrap_text=True, vertical="center"))
        if r - 1 > start:
            ws.merge_cells(f"A{start}:A{r-1}")
        for rr in range(start, r):
            ws[f"A{rr}"].border = BORDER
    r += 1
    ws[f"A{r}"] = "Sammanställt av: Lena Holm, controller, 2025-09-12"
    ws.freeze_panes = "B7"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. BUN - xlsx, merged two-row title, three header rows, codes + fill, område merged
# ---------------------------------------------------------------------------
def f2():
    fil = "BUN Internkontroll delår 2025.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2025"
    widths(ws, [18, 30, 40, 22, 12, 18, 9, 44, 12])
    ws.merge_cells("A1:I2")
    ws["A1"] = ("Barn- och utbildningsnämnden\n"
                "Internkontrollplan 2025 – uppföljning delår (januari–augusti)")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[1].height = 24; ws.row_dimensions[2].height = 24
    ws.merge_cells("A3:I3")
    ws["A3"] = ("Status: G = Genomförd (grön), D = Delvis genomförd (gul), "
                "E = Ej genomförd (röd), U = Utgår (grå)")
    ws["A3"].font = Font(italic=True)
    hdr(ws, "A5:F5", "Plan 2025", GRP_FILL)
    hdr(ws, "G5:I5", "Uppföljning delår 2025", GRP_FILL)
    for rng, t in (("A6:A7", "Område"), ("B6:B7", "Risk"), ("C6:C7", "Kontrollmoment"),
                   ("D6:D7", "Metod"), ("E6:E7", "Frekvens"), ("F6:F7", "Ansvarig"),
                   ("G6:H6", "Resultat"), ("I6:I7", "Datum")):
        hdr(ws, rng, t)
    hdr(ws, "G7", "Status"); hdr(ws, "H7", "Kommentar")
    fills = {"G": "92D050", "D": "FFFF00", "E": "FF0000", "U": "BFBFBF"}
    data = [
        ("Ekonomi", [
            ("Inköp sker utanför avtal och utan beställning",
             "Kontroll av att inköp görs via e-handelssystemet", "Stickprov 30 inköp", "1 ggr/år",
             "Controller", "G", "Stickprov 30 inköp, 27 via e-handel. 3 fakturor utan beställning.",
             "2025-06-10", "GENOMFORD", "ja"),
            ("Felaktig debitering ger intäktsbortfall",
             "Uppföljning av att barnomsorgsavgifter\ndebiteras enligt taxa", "Avstämning mot placeringar",
             "2 ggr/år", "Avgiftshandläggare", "D",
             "Kontroll gjord för förskolor i norra området, övriga i september.", "2025-08-20",
             "DELVIS", ""),
        ]),
        ("Skolskjuts", [
            ("Beslut fattas utan stöd i delegation",
             "Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 15 beslut", "1 ggr/år",
             "Skolskjutssamordnare", "G", "Inga avvikelser.", "2025-05-14", "GENOMFORD", "nej"),
            ("Betalning för tjänster som inte utförts",
             "Kontroll av fakturor från skolskjutsentreprenör\nmot körda turer", "Jämförelse faktura/körlogg",
             "2 ggr/år", "Skolskjutssamordnare", "E",
             "Ej genomförd, underlag från entreprenören saknas.", "", "EJ_GENOMFORD", ""),
        ]),
        ("Elevhälsa", [
            ("Brister i patientsäkerhet",
             "Journalföring i elevhälsans medicinska insats enligt patientdatalagen",
             "Journalgranskning", "1 ggr/år", "Verksamhetschef EMI", "G",
             "15 journaler granskade, brister i signering i 2 journaler.", "2025-04-30",
             "GENOMFORD", "ja"),
            ("Kränkningar utreds inte",
             "Anmälan om kränkande behandling till huvudman inom föreskriven tid",
             "Uttag ur ärendesystem", "Löpande", "Rektorer", "D",
             "Pågår, rapport till nämnden i oktober.", "", "DELVIS", ""),
            ("Röjande av skyddade personuppgifter",
             "Rutin för hantering av skyddade personuppgifter", "Genomgång av rutin", "1 ggr/år",
             "Förvaltningschef", "U", "Utgår – ingår i kommunövergripande kontroll (KS).", "",
             "UTGAR", ""),
        ]),
        ("Systematiskt\nkvalitetsarbete", [
            ("Elever med hög frånvaro uppmärksammas inte",
             "Uppföljning av frånvaro – anmälan till huvudman vid upprepad frånvaro",
             "Stickprov", "2 ggr/år", "Rektorer", "", "Se bilaga 3.", "", "OKLAR", ""),
            ("Olämplig person anställs",
             "Registerkontroll ur belastningsregistret vid nyanställning", "Stickprov", "2 ggr/år",
             "HR-konsult", "G", "Samtliga 42 nyanställningar kontrollerade, utan anmärkning.",
             "2025-08-28", "GENOMFORD", "nej"),
            ("Betyg registreras inte i tid",
             "Betygsättning – kontroll av att betyg registreras i tid", "Uttag ur elevsystem",
             "2 ggr/år", "Skolchef", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 8
    for omr, ctrls in data:
        start = r
        for risk, km, metod, frekv, ans, code, komm, datum, st, avv in ctrls:
            for col, v in zip("BCDEFHI", (risk, km, metod, frekv, ans, komm, datum)):
                cell(ws, f"{col}{r}", v if v else None)
            c = cell(ws, f"G{r}", code if code else None, align=CENTER)
            if code:
                c.fill = PatternFill("solid", fgColor=fills[code])
            ws.row_dimensions[r].height = 48
            exp(fil, nm, km, st, avv)
            r += 1
        cell(ws, f"A{start}", omr, bold=True, align=Alignment(wrap_text=True, vertical="center"))
        ws.merge_cells(f"A{start}:A{r-1}")
        for rr in range(start, r):
            ws[f"A{rr}"].border = BORDER
    r += 1
    ws[f"A{r}"] = "Rapporterad av: förvaltningschef Anna Lindqvist, 2025-09-05"
    ws[f"A{r+1}"] = "Bilaga 3: Frånvarouppföljning vt 2025 (separat dokument)"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(c, hexcolor):
    tcPr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def settext(c, text, bold=False, size=9):
    c.text = ""
    paras = text.split("\n")
    p = c.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = c.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def fixed_core(doc):
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.author = "Rävsnäs kommun"


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, 2 header rows (merged T1/T2), process column merged vertically
# ---------------------------------------------------------------------------
def f3():
    fil = "Socialnämnden uppföljning intern kontroll T2 2025.docx"
    nm = "Socialnämnden"
    doc = Document(); fixed_core(doc); landscape(doc)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    doc.add_paragraph("Socialnämnden, Rävsnäs kommun")
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 28 januari 2025 (SN § 9). "
        "Nedan redovisas uppföljningen per tertial. Kontroller som är årliga redovisas i den "
        "tertial då de genomförts.")
    data = [
        ("Försörjningsstöd", [
            ("Kontroll av att utbetalning av försörjningsstöd föregås av beslut",
             "Genomförd", "Stickprov 20 ärenden utan anmärkning.",
             "Genomförd", "Stickprov 20 ärenden, 1 utbetalning saknade beslut.", "GENOMFORD", "ja"),
            ("Kontroll av dubbelutbetalningar mot Arbetsförmedlingen och Försäkringskassan",
             "Pågår", "", "Delvis genomförd", "Kontroll mot Försäkringskassan klar, Arbetsförmedlingen återstår.",
             "DELVIS", ""),
            ("Handläggningstid för nybesök inom 10 arbetsdagar",
             "Ej påbörjad", "", "Ej genomförd", "Skjuts till hösten på grund av personalbrist.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Barn och unga", [
            ("Förhandsbedömning av orosanmälan inom 14 dagar",
             "Genomförd", "95 % inom tid.", "Genomförd", "92 % inom tid, 8 ärenden över 14 dagar.",
             "GENOMFORD", "ja"),
            ("Uppföljning av placerade barn – besök enligt SoL 6 kap. 7 b §",
             "", "", "", "Kontrollen är genomförd för samtliga 34 placerade barn, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Kontroll av att utredningar avslutas inom fyra månader",
             "Genomförd med avvikelse", "3 av 15 utredningar över fyra månader utan beslut om förlängning.",
             "", "", "GENOMFORD", "ja"),
        ]),
        ("Missbruk och beroende", [
            ("Kontroll av att LVM-anmälningar registreras och utreds",
             "Genomförd", "", "Utgår", "Avbruten genom beslut SN 2025-05-20 § 61.", "UTGAR", ""),
            ("Kontroll av att avgifter för öppenvård debiteras",
             "", "", "", "Se bilaga.", "OKLAR", ""),
        ]),
    ]
    n = sum(len(c) for _, c in data)
    t = doc.add_table(rows=2 + n, cols=6)
    t.style = "Table Grid"
    w = [Cm(3.5), Cm(6.5), Cm(2.6), Cm(5.2), Cm(2.6), Cm(5.2)]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = w[i]
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); settext(a, "Process", True); shade(a, "D9E1F2")
    b = h0[1].merge(h1[1]); settext(b, "Kontrollmoment", True); shade(b, "D9E1F2")
    c1 = h0[2].merge(h0[3]); settext(c1, "Uppföljning T1", True); shade(c1, "B4C6E7")
    c2 = h0[4].merge(h0[5]); settext(c2, "Uppföljning T2", True); shade(c2, "B4C6E7")
    for i, tx in zip(range(2, 6), ("Status", "Kommentar", "Status", "Kommentar")):
        settext(t.rows[1].cells[i], tx, True); shade(t.rows[1].cells[i], "D9E1F2")
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    r = 2
    for proc, ctrls in data:
        start = r
        for km, s1, k1, s2, k2, st, avv in ctrls:
            cells = t.rows[r].cells
            for i, v in zip(range(1, 6), (km, s1, k1, s2, k2)):
                settext(cells[i], v)
            exp(fil, nm, km, st, avv)
            r += 1
        top = t.cell(start, 0)
        if r - 1 > start:
            top = top.merge(t.cell(r - 1, 0))
        settext(top, proc, True)
    doc.add_paragraph()
    doc.add_paragraph("Bilaga: Avgiftskontroll öppenvård 2025 (lämnas separat).")
    doc.add_paragraph("Rävsnäs 2025-09-15\nKarin Ek, socialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. VON - .ods, three header rows (Uppföljning 2025 > T1/T2 > Status/Kommentar), codes, section rows
# ---------------------------------------------------------------------------
def f4():
    fil = "VON IK-uppföljning T2 2025.ods"
    nm = "Vård- och omsorgsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    widths(ws, [6, 44, 12, 18, 8, 30, 8, 36])
    ws.merge_cells("A1:H1"); ws["A1"] = "Vård- och omsorgsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2"); ws["A2"] = "Uppföljning internkontroll 2025 – tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    hdr(ws, "A4:A6", "Nr")
    hdr(ws, "B4:B6", "Kontrollmoment")
    hdr(ws, "C4:D4", "Plan 2025", GRP_FILL)
    hdr(ws, "C5:C6", "Frekvens"); hdr(ws, "D5:D6", "Ansvarig")
    hdr(ws, "E4:H4", "Uppföljning 2025", GRP_FILL)
    hdr(ws, "E5:F5", "T1"); hdr(ws, "G5:H5", "T2")
    hdr(ws, "E6", "Status"); hdr(ws, "F6", "Kommentar"); hdr(ws, "G6", "Status"); hdr(ws, "H6", "Kommentar")
    data = [
        ("1. Hemtjänst", [
            ("1.1", "Kontroll av att beviljade timmar överensstämmer med utförd tid", "2 ggr/år",
             "Enhetschefer", "D", "Mätning påbörjad.", "J",
             "Avvikelse på 4 % mellan beviljad och utförd tid i område Väster.", "GENOMFORD", "ja"),
            ("1.2", "Nyckelhantering i hemtjänsten – kvittens och inventering", "1 ggr/år",
             "Enhetschefer", "J", "Inventering gjord, 2 nycklar saknades och har spärrats.", "", "",
             "GENOMFORD", "ja"),
            ("1.3", "Genomförandeplaner upprättade inom 14 dagar från beslut", "2 ggr/år",
             "Verksamhetschef", "N", "", "D", "Granskat 2 av 4 arbetsgrupper.", "DELVIS", ""),
        ]),
        ("2. Särskilt boende", [
            ("2.1", "Läkemedelshantering – kontroll av signeringslistor", "3 ggr/år", "MAS",
             "J", "Inga avvikelser.", "J", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("2.2", "Hantering av brukares privata medel", "1 ggr/år", "Enhetschefer",
             "N", "", "N", "Ej genomförd, ny rutin under framtagande.", "EJ_GENOMFORD", ""),
            ("2.3", "Riskbedömning fall, trycksår och nutrition (Senior alert)", "2 ggr/år", "MAS",
             "", "", "", "", "SAKNAS", ""),
        ]),
        ("3. LSS", [
            ("3.1", "Kontroll av att beslut om LSS-insats verkställs inom tre månader", "Kvartalsvis",
             "Verksamhetschef LSS", "J", "", "J", "Två ej verkställda beslut rapporterade till IVO.",
             "GENOMFORD", "ja"),
            ("3.2", "Tillsyn av privata utförare enligt avtal", "1 ggr/år", "Avtalsansvarig",
             "U", "Utgår, inga privata utförare under 2025.", "", "", "UTGAR", ""),
        ]),
    ]
    r = 7
    for sec, ctrls in data:
        ws.merge_cells(f"A{r}:H{r}")
        ws[f"A{r}"] = sec; ws[f"A{r}"].font = BOLD
        ws[f"A{r}"].fill = PatternFill("solid", fgColor="EDEDED")
        r += 1
        for nr, km, fr, ans, s1, k1, s2, k2, st, avv in ctrls:
            for col, v in zip("ABCDFH", (nr, km, fr, ans, k1, k2)):
                cell(ws, f"{col}{r}", v if v else None)
            cell(ws, f"E{r}", s1 or None, align=CENTER)
            cell(ws, f"G{r}", s2 or None, align=CENTER)
            exp(fil, nm, km, st, avv)
            r += 1
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    ws[f"A{r}"] = ("Teckenförklaring: J = Ja, genomförd   D = Delvis genomförd   "
                   "N = Nej, ej genomförd   U = Utgår")
    ws[f"A{r}"].font = Font(italic=True)
    to_ods(wb, fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - docx, "Plan 2025" / "Uppföljning delår" merged header, full-width group rows
# ---------------------------------------------------------------------------
def f5():
    fil = "Tekniska nämnden - delårsuppföljning internkontroll 2025.docx"
    nm = "Tekniska nämnden"
    doc = Document(); fixed_core(doc); landscape(doc)
    p = doc.add_paragraph(); r_ = p.add_run("RÄVSNÄS KOMMUN"); r_.bold = True
    p = doc.add_paragraph(); r_ = p.add_run("Tekniska förvaltningen"); r_.italic = True
    doc.add_heading("Delårsuppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Avser perioden januari–augusti 2025. Till Tekniska nämnden 2025-09-18.")
    data = [
        ("Gata och park", [
            ("Kontroll av att vinterväghållning faktureras enligt avtal", "Gatuchef", "1 ggr/år",
             "Genomförd. 10 fakturor kontrollerade mot körjournaler.", "Nej", "", "GENOMFORD", "nej"),
            ("Besiktning av lekplatser enligt plan", "Parkchef", "1 ggr/år",
             "Besiktning av 12 av 18 lekplatser klar, resterande i september.", "Nej", "",
             "DELVIS", "nej"),
            ("Grävtillstånd – kontroll av återställning efter schakt", "Gatuchef", "2 ggr/år",
             "Ej genomförd. Resurser har prioriterats till beläggningsprogrammet.", "", 
             "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Vatten och avlopp", [
            ("Kontroll av debitering av VA-avgifter för nyanslutna fastigheter", "VA-chef", "2 ggr/år",
             "Kontrollen genomförd. 3 fastigheter saknade debitering av anläggningsavgift.", "Ja",
             "Fakturering skickad, rutin ses över med kundtjänst.", "GENOMFORD", "ja"),
            ("Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "Löpande",
             "Genomförd enligt plan.", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("Fastighet", [
            ("Uppföljning av lokalhyresavtal – indexuppräkning", "Fastighetschef", "1 ggr/år",
             "Utgår 2025 – ersätts av revision av lokalförsörjningsprocessen.", "", "", "UTGAR", ""),
            ("Kontroll av att ramavtal används vid beställning av underhållsarbeten",
             "Fastighetschef", "2 ggr/år", "", "", "", "SAKNAS", ""),
            ("Brandskyddskontroller (SBA) i kommunens fastigheter\n(egenkontroll enligt LSO)",
             "Driftchef", "1 ggr/år", "Pågår, 60 % av objekten kontrollerade.", "Nej", "",
             "DELVIS", "nej"),
        ]),
    ]
    n = sum(len(c) for _, c in data) + len(data)
    t = doc.add_table(rows=2 + n, cols=6)
    t.style = "Table Grid"
    w = [Cm(7), Cm(3), Cm(2.3), Cm(7.5), Cm(2.2), Cm(4.5)]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = w[i]
    a = t.cell(0, 0).merge(t.cell(0, 2)); settext(a, "Plan 2025", True); shade(a, "B4C6E7")
    b = t.cell(0, 3).merge(t.cell(0, 5)); settext(b, "Uppföljning delår", True); shade(b, "B4C6E7")
    for i, tx in enumerate(("Kontrollmoment", "Ansvarig", "Frekvens", "Resultat",
                            "Avvikelse (Ja/Nej)", "Åtgärd")):
        settext(t.cell(1, i), tx, True); shade(t.cell(1, i), "D9E1F2")
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    r = 2
    for grp, ctrls in data:
        g = t.cell(r, 0).merge(t.cell(r, 5)); settext(g, grp, True); shade(g, "EDEDED")
        r += 1
        for km, ans, fr, res, avvcol, atg, st, avv in ctrls:
            for i, v in enumerate((km, ans, fr, res, avvcol, atg)):
                settext(t.cell(r, i), v)
            exp(fil, nm, km, st, avv)
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("Per Sandberg\nTeknisk chef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Export with two nämnder - nämnd and process merged vertically
# ---------------------------------------------------------------------------
def f6():
    fil = "Export_IK_delar_2025_SBF_KFF.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Rapport"
    widths(ws, [24, 20, 48, 20, 18, 44, 12])
    ws.merge_cells("A1:G1"); ws["A1"] = "Rävsnäs kommun – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2"); ws["A2"] = "Rapport: Uppföljning delår 2025   Utskriven 2025-09-08 av Maria Berg"
    hdr(ws, "A4:A5", "Nämnd")
    hdr(ws, "B4:B5", "Process")
    hdr(ws, "C4:D4", "Kontroll", GRP_FILL)
    hdr(ws, "C5", "Kontrollmoment"); hdr(ws, "D5", "Ansvarig")
    hdr(ws, "E4:G4", "Delår 2025", GRP_FILL)
    hdr(ws, "E5", "Status"); hdr(ws, "F5", "Kommentar"); hdr(ws, "G5", "Datum")
    data = [
        ("Samhällsbyggnadsnämnden", [
            ("Exploatering", [
                ("Kontroll av att exploateringsavtal följs upp ekonomiskt", "Exploateringschef",
                 "Klar", "Inga avvikelser.", "2025-06-30", "GENOMFORD", "nej"),
                ("Markanvisningar handläggs enligt antagen policy", "Exploateringschef",
                 "Pågående", "", "", "DELVIS", ""),
            ]),
            ("Detaljplanering", [
                ("Planavgifter debiteras enligt plantaxa", "Planchef", "Klar med avvikelse",
                 "Två planavtal saknade debitering av slutfaktura.", "2025-05-22", "GENOMFORD", "ja"),
                ("Handläggningstid för planbesked inom fyra månader", "Planchef", "Ej startad",
                 "Planeras till T3.", "", "EJ_GENOMFORD", ""),
            ]),
            ("Bostadsanpassning", [
                ("Beslut om bostadsanpassningsbidrag följer delegationsordningen", "Handläggare BAB",
                 "Klar", "", "2025-04-15", "GENOMFORD", ""),
            ]),
        ]),
        ("Kultur- och fritidsnämnden", [
            ("Bidrag", [
                ("Föreningsbidrag betalas ut enligt regelverk och beslut", "Föreningskonsulent",
                 "Klar", "Stickprov 10 föreningar, en förening saknade årsmötesprotokoll.", "2025-05-02",
                 "GENOMFORD", "ja"),
                ("Återrapportering av projektbidrag", "Föreningskonsulent", "Pågående",
                 "Hälften av återrapporterna har kommit in.", "", "DELVIS", ""),
            ]),
            ("Anläggningar", [
                ("Bokning och debitering av idrottsanläggningar", "Fritidschef", "Utgår",
                 "Nytt bokningssystem införs hösten 2025.", "", "UTGAR", ""),
                ("Kassahantering i simhallen", "Badchef", "", "", "", "SAKNAS", ""),
            ]),
            ("Bibliotek", [
                ("Hantering av kontanter och avgifter vid biblioteken", "Bibliotekschef", "Klar",
                 "Inga avvikelser.", "2025-08-19", "GENOMFORD", "nej"),
            ]),
        ]),
    ]
    r = 6
    for nm, procs in data:
        nstart = r
        for proc, ctrls in procs:
            pstart = r
            for km, ans, st_txt, komm, datum, st, avv in ctrls:
                for col, v in zip("CDEFG", (km, ans, st_txt, komm, datum)):
                    cell(ws, f"{col}{r}", v if v else None)
                exp(fil, nm, km, st, avv)
                r += 1
            cell(ws, f"B{pstart}", proc, align=Alignment(wrap_text=True, vertical="top"))
            if r - 1 > pstart:
                ws.merge_cells(f"B{pstart}:B{r-1}")
            for rr in range(pstart, r):
                ws[f"B{rr}"].border = BORDER
        cell(ws, f"A{nstart}", nm, bold=True, align=Alignment(wrap_text=True, vertical="top"))
        ws.merge_cells(f"A{nstart}:A{r-1}")
        for rr in range(nstart, r):
            ws[f"A{rr}"].border = BORDER
        FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    save_wb(wb, fil)


# ---------------------------------------------------------------------------
# 7. MBN - nämnd only in print header/file name; three header rows with tick columns
# ---------------------------------------------------------------------------
def f7():
    fil = "internkontroll_MBN_2025_T2.xlsx"
    nm = "Miljö- och byggnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "T2 2025"
    widths(ws, [5, 40, 18, 14, 10, 8, 10, 26, 10, 8, 10, 34])
    ws.merge_cells("A1:L3")
    ws["A1"] = "Internkontroll 2025\nUppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.oddHeader.left.text = "Miljö- och byggnämnden"
    ws.oddHeader.right.text = "Rävsnäs kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    hdr(ws, "A5:D5", "Plan 2025", GRP_FILL)
    hdr(ws, "E5:H5", "Uppföljning T1", GRP_FILL)
    hdr(ws, "I5:L5", "Uppföljning T2", GRP_FILL)
    hdr(ws, "A6:A7", "Nr"); hdr(ws, "B6:B7", "Kontrollmoment"); hdr(ws, "C6:C7", "Metod")
    hdr(ws, "D6:D7", "Ansvarig")
    hdr(ws, "E6:G6", "Status (markera med X)"); hdr(ws, "H6:H7", "Kommentar")
    hdr(ws, "I6:K6", "Status (markera med X)"); hdr(ws, "L6:L7", "Kommentar")
    for c0, c1, c2 in (("E", "F", "G"), ("I", "J", "K")):
        hdr(ws, f"{c0}7", "Genomförd"); hdr(ws, f"{c1}7", "Delvis"); hdr(ws, f"{c2}7", "Ej genomförd")
    # ticks: (T1 set, T1 comment, T2 set, T2 comment)
    data = [
        (1, "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystem",
         "Bygglovschef", {"D"}, "", {"G"}, "3 ärenden över tiden, avgiften reducerad enligt PBL.",
         "GENOMFORD", "ja"),
        (2, "Debitering av tillsynsavgifter enligt taxa", "Stickprov 20 ärenden", "Miljöchef",
         set(), "", {"G"}, "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Kontroll av att delegationsbeslut anmäls till nämnden", "Avstämning mot protokoll",
         "Nämndsekreterare", {"G"}, "OK, inga avvikelser.", set(), "", "GENOMFORD", "nej"),
        (4, "Livsmedelskontroll enligt kontrollplan – planerade besök", "Uttag ur ärendesystem",
         "Miljöchef", {"D"}, "30 %", {"D"}, "55 % av planerade kontroller utförda.", "DELVIS", ""),
        (5, "Ärenden om strandskyddsdispens – expediering till länsstyrelsen inom en vecka",
         "Stickprov", "Bygglovschef", set(), "", {"G", "E"}, "", "OKLAR", ""),
        (6, "Arkivering av avslutade ärenden i e-arkivet", "Stickprov", "Registrator",
         set(), "", {"E"}, "Ej påbörjad, väntar på ny version av e-arkivet.", "EJ_GENOMFORD", ""),
        (7, "Kontroll av jäv vid handläggning av tillsynsärenden", "Genomgång av ärenden",
         "Miljöchef", set(), "", set(), "Kontrollen utgår enligt nämndbeslut 2025-06-11 § 77.",
         "UTGAR", ""),
    ]
    r = 8
    for nr, km, metod, ans, t1, k1, t2, k2, st, avv in data:
        for col, v in zip("ABCDHL", (nr, km, metod, ans, k1, k2)):
            cell(ws, f"{col}{r}", v if v != "" else None)
        for cols, ticks in ((("E", "F", "G"), t1), (("I", "J", "K"), t2)):
            for col, key in zip(cols, ("G", "D", "E")):
                cell(ws, f"{col}{r}", "X" if key in ticks else None, align=CENTER)
        ws.row_dimensions[r].height = 32
        exp(fil, nm, km, st, avv)
        r += 1
    r += 1
    ws[f"B{r}"] = "Uppföljningen redovisas för nämnden 2025-09-24."
    ws[f"B{r+1}"] = "Ansvarig: Jonas Nyberg, förvaltningschef"
    ws.print_title_rows = "5:7"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rävsnäs Bostäder AB - easy .ods, "Plan 2025" / "Uppföljning T2" over sub-columns
# ---------------------------------------------------------------------------
def f8():
    fil = "Rävsnäs Bostäder AB - internkontroll T2 2025.ods"
    nm = "Rävsnäs Bostäder AB"
    wb = new_wb()
    ws = wb.active
    ws.title = "IK 2025"
    widths(ws, [48, 16, 14, 16, 40, 12])
    ws.merge_cells("A1:F1"); ws["A1"] = "Rävsnäs Bostäder AB"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2"); ws["A2"] = "Uppföljning intern kontroll 2025, T2"
    hdr(ws, "A4:A5", "Kontrollmoment")
    hdr(ws, "B4:C4", "Plan 2025", GRP_FILL); hdr(ws, "B5", "Ansvarig"); hdr(ws, "C5", "När")
    hdr(ws, "D4:F4", "Uppföljning T2", GRP_FILL)
    hdr(ws, "D5", "Status"); hdr(ws, "E5", "Kommentar"); hdr(ws, "F5", "Datum")
    data = [
        ("Hyresavisering – kontroll av att hyreshöjning 2025 debiterats korrekt", "Ekonomichef", "Feb",
         "Genomförd", "Inga avvikelser.", "2025-03-05", "GENOMFORD", "nej"),
        ("Kontroll av att hyresförluster och avskrivningar beslutas enligt attestordning", "Ekonomichef",
         "Jun", "Genomförd", "En avskrivning saknade beslut av VD.", "2025-06-18", "GENOMFORD", "ja"),
        ("Uppföljning av felanmälningar – åtgärdstid", "Förvaltningschef", "Löpande",
         "Pågår", "", "", "DELVIS", ""),
        ("Upphandling av entreprenader över tröskelvärdet", "VD", "Löpande",
         "Ej aktuell", "Ingen upphandling över tröskelvärdet under perioden.", "", "UTGAR", ""),
        ("Nyckel- och passerkortshantering", "Driftchef", "Nov",
         "Ej påbörjad", "Görs i november.", "", "EJ_GENOMFORD", ""),
    ]
    r = 6
    for km, ans, nar, s, k, d, st, avv in data:
        for col, v in zip("ABCDEF", (km, ans, nar, s, k, d)):
            cell(ws, f"{col}{r}", v if v else None)
        exp(fil, nm, km, st, avv)
        r += 1
    ws[f"A{r+1}"] = "Godkänd av VD Erik Strand 2025-09-09"
    to_ods(wb, fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 9. Reject: BUN budget follow-up (driftredovisning) with two-level headers - no IK follow-up
# ---------------------------------------------------------------------------
def f9():
    fil = "BUN Driftredovisning delår 2025.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Drift delår"
    widths(ws, [26, 30, 14, 14, 14, 14, 14, 30])
    ws.merge_cells("A1:H1"); ws["A1"] = "Barn- och utbildningsnämnden – driftredovisning delår 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr(ws, "A3:A4", "Verksamhetsområde"); hdr(ws, "B3:B4", "Verksamhet")
    hdr(ws, "C3:D3", "Budget 2025", GRP_FILL); hdr(ws, "C4", "Helår"); hdr(ws, "D4", "Jan–aug")
    hdr(ws, "E3:F3", "Utfall jan–aug", GRP_FILL); hdr(ws, "E4", "Utfall"); hdr(ws, "F4", "Avvikelse")
    hdr(ws, "G3:G4", "Prognos helår"); hdr(ws, "H3:H4", "Kommentar")
    data = [
        ("Förskola", [("Förskola", 182400, 121600, 123950, "Fler barn än budgeterat"),
                      ("Pedagogisk omsorg", 6200, 4130, 3880, "")]),
        ("Grundskola", [("Grundskola F–6", 241300, 160870, 158200, ""),
                        ("Grundskola 7–9", 128700, 85800, 88900, "Ökade kostnader för skolskjuts"),
                        ("Fritidshem", 38900, 25930, 25100, "")]),
        ("Gymnasieskola", [("Gymnasieskola", 96500, 64330, 66120, "Interkommunala ersättningar"),
                           ("Vuxenutbildning", 22100, 14730, 13400, "")]),
    ]
    r = 5
    tot = [0, 0, 0]
    for omr, rows in data:
        start = r
        for verks, hel, per, utf, komm in rows:
            cell(ws, f"B{r}", verks); cell(ws, f"C{r}", hel); cell(ws, f"D{r}", per)
            cell(ws, f"E{r}", utf); cell(ws, f"F{r}", f"=D{r}-E{r}")
            cell(ws, f"G{r}", hel - round((utf - per) * 1.5)); cell(ws, f"H{r}", komm or None)
            tot[0] += hel; tot[1] += per; tot[2] += utf
            r += 1
        cell(ws, f"A{start}", omr, bold=True, align=Alignment(vertical="center"))
        ws.merge_cells(f"A{start}:A{r-1}")
    cell(ws, f"A{r}", "Summa", bold=True); ws.merge_cells(f"A{r}:B{r}")
    cell(ws, f"C{r}", tot[0], bold=True); cell(ws, f"D{r}", tot[1], bold=True)
    cell(ws, f"E{r}", tot[2], bold=True); cell(ws, f"F{r}", f"=D{r}-E{r}", bold=True)
    save_wb(wb, fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
        ("Rävsnäs Bostäder AB", "Rävsnäsbostäder|RBAB|Bostadsbolaget"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)


if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
        fn()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
