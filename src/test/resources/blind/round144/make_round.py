#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 144 - Ekeshults kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv. Run with:  /usr/bin/python3 make_round.py
Theme: follow-ups that grade and score (1-4, A-D, Tillfredsställande/Delvis/
Ej tillfredsställande, Godkänd/Brister), legends, risk matrices, share of
sample checked, status per quarter / per year, bolag and förbund as senders.
"""
import csv
import io
import os
import shutil
import struct
import subprocess
import zlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
BUILD = "/tmp/round144_build"
LO_PROFILE = "file:///tmp/lo-round144"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_color):
    return PatternFill("solid", start_color=hex_color, end_color=hex_color)


GREEN, YELLOW, RED, GREY, ORANGE = "92D050", "FFEB84", "FF6B6B", "BFBFBF", "FFC000"
HEADBLUE = "DDEBF7"


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    """Convert src with LibreOffice into outdir, return output path."""
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("conversion failed: %s -> %s" % (src, fmt))
    return out


def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, scale 1-4 (1 best), S/K/riskvärde, sample share,
#    legend table to the right, process heading rows, summary row.
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning internkontrollplan 2025 KS.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Ekeshults kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = ("Period: helår (januari–december 2025). Plan beslutad KS 2024-12-10 § 212. "
                "Rapporteras till KS 2026-02-03.")
    ws["A3"].font = Font(size=9, italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Sannolikhet (S)",
           "Konsekvens (K)", "Riskvärde (S×K)", "Stickprov (antal)", "Granskade",
           "Andel granskad", "Bedömning (1–4)", "Resultat / kommentar", "Ansvarig"]
    hr = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, size=9)
        c.fill = fill(HEADBLUE)
        c.alignment = CENTER
        c.border = BORDER
    widths = [5, 16, 42, 26, 10, 10, 10, 10, 10, 10, 11, 50, 18]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.row_dimensions[hr].height = 42

    groups = [
        ("Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor per halvår i Raindance", 3, 3, 80, 80, 1,
             "Samtliga 80 fakturor attesterade av behörig attestant. Inga avvikelser.",
             "Redovisningschef", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att representation redovisas med syfte och deltagare",
             "Stickprov 30 verifikationer konto 7610–7630", 3, 2, 30, 30, 2,
             "7 av 30 verifikationer saknade deltagarförteckning. Påminnelse skickad till "
             "samtliga chefer och rutinen förtydligad i ekonomihandboken.",
             "Controller", "GENOMFORD", "ja"),
            ("1.3", "Avstämning av kundreskontra och avskrivning av osäkra fordringar",
             "Kvartalsvis avstämning mot huvudbok", 2, 3, 4, 3, 3,
             "Avstämning gjord för kvartal 1–3 utan differenser. Kvartal 4 stäms av i "
             "samband med bokslutet i februari 2026.",
             "Redovisningschef", "DELVIS", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("2.1", "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen",
             "Stickprov ur leverantörsreskontran", 3, 4, 25, 10, 3,
             "Endast 10 av 25 planerade stickprov har granskats p.g.a. vakans på "
             "upphandlingsenheten. 2 av 10 saknade dokumentation.",
             "Upphandlingschef", "DELVIS", "ja"),
            ("2.2", "Avtalstrohet – inköp görs från avtalade leverantörer",
             "Spendanalys helår", 4, 3, 200, 200, 2,
             "Avtalstroheten uppgick till 87 % (mål 90 %). Avvikelserna avser främst "
             "livsmedel och konsulttjänster.",
             "Upphandlingschef", "GENOMFORD", "ja"),
            ("2.3", "Uppföljning av avtalsvillkor i ramavtal för städtjänster",
             "Genomgång av avtal och leveranser", 2, 2, None, None, "–",
             "Utgår. Avtalet sades upp under våren och ny upphandling pågår, se "
             "KS 2025-04-15 § 78.",
             "Upphandlingschef", "UTGAR", ""),
        ]),
        ("Personal och lön", [
            ("3.1", "Löneutbetalningar – kontroll av nyanställda och avslutade anställningar i lönesystemet",
             "Stickprov 50 anställningar", 2, 4, 50, 50, 1,
             "Inga felaktiga utbetalningar konstaterades.",
             "Lönechef", "GENOMFORD", "nej"),
            ("3.2", "Bisysslor är anmälda och prövade för samtliga chefer",
             "Genomgång av bisysslodeklarationer", 2, 3, 42, 0, 4,
             "Kontrollen har inte genomförts. Flyttas till internkontrollplan 2026.",
             "HR-chef", "EJ_GENOMFORD", ""),
            ("3.3", "Rehabiliteringsärenden dokumenteras i Adato inom 14 dagar",
             "Stickprov 20 ärenden", 3, 2, 20, 20, None,
             "Kontroll genomförd i december: 18 av 20 ärenden dokumenterade i tid, "
             "två ärenden dokumenterades efter 21 dagar. Bedömning lämnas vid nästa möte.",
             "HR-chef", "GENOMFORD", "ja"),
        ]),
        ("Informationssäkerhet och dokumenthantering", [
            ("4.1", "Behörigheter i ekonomisystemet Raindance motsvarar aktuell befattning",
             "Behörighetslista mot HR-systemet", 3, 4, 120, 120, 2,
             "6 konton för avslutade anställda var fortfarande aktiva; samtliga stängda 2025-11-20.",
             "Systemförvaltare", "GENOMFORD", "ja"),
            ("4.2", "Loggkontroll av åtkomst till personakter i HR-systemet",
             "Slumpvis loggutdrag", 2, 4, 25, None, None, "",
             "IT-säkerhetssamordnare", "SAKNAS", ""),
            ("4.3", "Registrering av allmänna handlingar i diariet inom fastställd tid",
             "Stickprov 50 inkomna handlingar", 2, 3, 50, 50, "Se bilaga 3", "",
             "Registrator", "OKLAR", ""),
        ]),
    ]
    r = hr + 1
    tot_plan = tot_done = 0
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True, size=10)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        ws.cell(r, 1).fill = fill("F2F2F2")
        r += 1
        for (nr, km, metod, s, k, n, g, bed, kom, ansv, st, avv) in rows:
            vals = [nr, gname, km, metod, s, k, s * k, n, g,
                    (g / n) if (n and g is not None) else None, bed, kom, ansv]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = WRAP
                c.font = Font(size=9)
            ws.cell(r, 10).number_format = "0%"
            rv = s * k
            ws.cell(r, 7).fill = fill(GREEN if rv <= 4 else (YELLOW if rv <= 8 else RED))
            for col in (5, 6, 7, 8, 9, 10, 11):
                ws.cell(r, col).alignment = CENTER
            if n:
                tot_plan += n
            if g:
                tot_done += g
            exp(fil, N, km, st, avv)
            r += 1
    c = ws.cell(r, 1, "Summa stickprov")
    c.font = Font(bold=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 8, tot_plan).font = Font(bold=True, size=9)
    ws.cell(r, 9, tot_done).font = Font(bold=True, size=9)
    ws.cell(r, 10, tot_done / tot_plan).number_format = "0%"
    ws.cell(r, 10).font = Font(bold=True, size=9)
    r += 2
    ws.cell(r, 1, "Sammanfattande bedömning: Den interna kontrollen inom kommunstyrelsens "
                  "ansvarsområde bedöms i huvudsak vara tillräcklig. Åtgärder för "
                  "upphandling och behörigheter följs upp i plan 2026.").font = Font(size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    r += 2
    ws.cell(r, 1, "Upprättad av: Karin Lindqvist, controller, 2026-01-19").font = Font(size=9, italic=True)

    # legend as a small table to the right of the control table
    lc = 15
    ws.column_dimensions[get_column_letter(lc)].width = 8
    ws.column_dimensions[get_column_letter(lc + 1)].width = 34
    ws.cell(hr, lc, "Bedömningsskala").font = Font(bold=True, size=9)
    ws.merge_cells(start_row=hr, start_column=lc, end_row=hr, end_column=lc + 1)
    legend = [("1", "Genomförd utan anmärkning"), ("2", "Genomförd med anmärkning"),
              ("3", "Delvis genomförd"), ("4", "Ej genomförd"), ("–", "Utgår / ej aktuell")]
    for i, (a, b) in enumerate(legend, 1):
        ws.cell(hr + i, lc, a).alignment = CENTER
        ws.cell(hr + i, lc + 1, b)
        for cc in (lc, lc + 1):
            ws.cell(hr + i, cc).border = BORDER
            ws.cell(hr + i, cc).font = Font(size=9)
    rr = hr + len(legend) + 2
    ws.cell(rr, lc, "Riskvärde (S×K)").font = Font(bold=True, size=9)
    for i, (a, b, col) in enumerate([("1–4", "Låg risk", GREEN), ("5–8", "Medelhög risk", YELLOW),
                                       ("9–16", "Hög risk", RED)], 1):
        ws.cell(rr + i, lc, a).fill = fill(col)
        ws.cell(rr + i, lc + 1, b)
        for cc in (lc, lc + 1):
            ws.cell(rr + i, cc).border = BORDER
            ws.cell(rr + i, cc).font = Font(size=9)
    ws.freeze_panes = "C6"
    ws.page_setup.orientation = "landscape"
    ws.oddFooter.left.text = "Ekeshults kommun – Kommunledningsförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, A-D legend in a sentence, columns
#    Bedömning 2024 | 2025, vertically merged process cells.
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN helårsuppföljning intern kontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Barn- och utbildningsförvaltningen")
    r.font.size = Pt(9)
    p.add_run("\t\t\t\t\t\t\t\tDnr BUN 2025/0412").font.size = Pt(9)
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    doc.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024 "
        "(§ 118). Planen omfattar nio kontrollmoment som valts ut efter en risk- och "
        "väsentlighetsanalys där sannolikhet (S) och konsekvens (K) bedömts på en skala 1–4. "
        "I tabellen redovisas resultatet för 2025 tillsammans med föregående års bedömning "
        "för de kontrollmoment som även ingick i planen 2024.")
    doc.add_paragraph(
        "Bedömningen görs enligt skalan A–D: A = kontrollen genomförd, inga avvikelser; "
        "B = kontrollen genomförd, avvikelser har noterats och åtgärdas; C = kontrollen delvis "
        "genomförd; D = kontrollen ej genomförd. Ett streck (–) anger att kontrollmomentet inte "
        "ingick i planen det året.")
    rows = [
        ("Trygghet och studiero",
         "Kränkande behandling – anmälan till huvudman sker inom fem arbetsdagar", "3 × 4 = 12",
         "Samtliga anmälningar jan–nov (n = 146)",
         "131 av 146 anmälningar inkom inom fem arbetsdagar (90 %). Åtgärdsplan tas fram "
         "tillsammans med rektorerna.", "B", "B", "GENOMFORD", "ja"),
        ("Trygghet och studiero",
         "Frånvarouppföljning – elever med mer än 15 % frånvaro har en påbörjad utredning",
         "3 × 3 = 9", "20 elever per skolenhet, 6 skolenheter",
         "Fyra av sex skolenheter granskade, inga avvikelser i granskade enheter. "
         "Ekeshultsskolan och Tallbackens skola granskas i februari 2026.", "C", "C", "DELVIS", "nej"),
        ("Trygghet och studiero",
         "Skolskjuts – beslut om skolskjuts fattas enligt delegationsordningen", "2 × 2 = 4",
         "15 beslut", "Samtliga 15 beslut fattade av behörig delegat.", "–", "A", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Statsbidrag – ansökan och redovisning sker inom angivna tidsramar", "2 × 4 = 8",
         "Samtliga statsbidrag (11 st)",
         "Samtliga ansökningar och redovisningar har skickats in i tid.", "A", "A", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Interkommunal ersättning – fakturering till andra kommuner är korrekt och fullständig",
         "3 × 3 = 9", "Vårterminen och höstterminen", "", "A", "", "SAKNAS", ""),
        ("Ekonomi",
         "Kontanthantering i skolcaféer och vid skolresor", "2 × 2 = 4", "–",
         "Utgår 2025 – kontanthanteringen har upphört i samtliga verksamheter.", "B", "–",
         "UTGAR", ""),
        ("Personal och IT",
         "Registerkontroll – utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "3 × 4 = 12", "Stickprov 30 nyanställningar",
         "28 av 30 hade uppvisat utdrag. Två anställningar inom fritidshem saknade utdrag; "
         "kompletterat i oktober.", "C", "B", "GENOMFORD", "ja"),
        ("Personal och IT",
         "Behörigheter i lärplattformen tas bort när anställning upphör", "2 × 3 = 6",
         "Samtliga avslutade anställningar ht 2025",
         "Kontrollen har inte kunnat genomföras då ny lärplattform infördes i augusti. "
         "Flyttas till plan 2026.", "A", "D", "EJ_GENOMFORD", ""),
        ("Personal och IT",
         "Delegationsbeslut anmäls till nämnden", "2 × 2 = 4", "Samtliga sammanträden",
         "Kontrollen genomförd under hösten; anmälan sker löpande utan anmärkning.", "B", "",
         "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    heads = ["Process", "Kontrollmoment", "Risk\n(S × K)", "Omfattning", "Resultat 2025",
             "Bedömning", ""]
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True)
        set_cell_bg(t.rows[0].cells[i], "D9E2F3")
    for i in range(4):
        cell_text(t.rows[1].cells[i], "")
        set_cell_bg(t.rows[1].cells[i], "D9E2F3")
    # two-level header: Bedömning over 2024 | 2025; other headers merged vertically
    for i in range(5):
        t.cell(0, i).merge(t.cell(1, i))
        cell_text(t.cell(0, i), heads[i], bold=True)
    t.cell(0, 5).merge(t.cell(0, 6))
    cell_text(t.cell(0, 5), "Bedömning", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 5), "2024", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 6), "2025", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_bg(t.cell(1, 5), "D9E2F3")
    set_cell_bg(t.cell(1, 6), "D9E2F3")
    start = {}
    for idx, row in enumerate(rows):
        cells = t.add_row().cells
        for i in range(7):
            if i == 0:
                txt = row[0]
            else:
                txt = row[i]
            al = WD_ALIGN_PARAGRAPH.CENTER if i in (2, 5, 6) else None
            cell_text(cells[i], txt, align=al)
        start.setdefault(row[0], []).append(len(t.rows) - 1)
        exp(fil, N, row[1], row[7], row[8])
    for proc, ridx in start.items():
        if len(ridx) > 1:
            a = t.cell(ridx[0], 0)
            b = t.cell(ridx[-1], 0)
            m = a.merge(b)
            cell_text(m, proc, bold=True)
    widths = [Cm(3.0), Cm(6.5), Cm(2.0), Cm(3.6), Cm(8.0), Cm(1.6), Cm(1.6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig, men att "
        "rutinerna för registerkontroll och anmälan av kränkande behandling behöver stärkas.")
    doc.add_paragraph("Ekeshult 2026-01-20")
    doc.add_paragraph("Anna Berg\nFörvaltningschef, barn- och utbildningsförvaltningen")
    doc.core_properties.author = "Anna Berg"
    doc.core_properties.title = "Uppföljning intern kontroll helår 2025"
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - .xls (via LibreOffice), quarterly columns Kv 1-4 with
#    words, legend at the bottom, share checked over the year.
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_IK_kvartal_2025.xls"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialförvaltningen"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontroll 2025 – kvartalsuppföljning, sammanställning helår"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Ifylls av verksamhetscontroller efter varje kvartal. Bedömning enligt skala längst ned."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Område", "Kontrollmoment", "Frekvens", "Urval", "Kv 1", "Kv 2", "Kv 3",
           "Kv 4", "Andel kontrollerat helår", "Kommentar helår"]
    hr = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, size=9)
        c.fill = fill("E2EFDA")
        c.border = BORDER
        c.alignment = CENTER
    for i, w in enumerate([4, 13, 44, 11, 18, 15, 15, 15, 15, 12, 52], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    T, D, E, EU, EA = ("Tillfredsställande", "Delvis", "Ej tillfredsställande", "Ej utförd",
                       "Ej aktuell")
    rows = [
        ("IFO", "Utbetalning av ekonomiskt bistånd sker i enlighet med beslut", "Kvartalsvis",
         "10 ärenden/kv", [T, T, T, T], 1.0, "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
        ("IFO", "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Kvartalsvis",
         "15 anmälningar/kv", [E, D, T, E], 1.0,
         "Kv 4: 4 av 15 förhandsbedömningar gjordes efter 14 dagar p.g.a. hög inströmning "
         "i december. Åtgärd: extra mottagningstid under jul och nyår.", "GENOMFORD", "ja"),
        ("IFO", "Placeringar på HVB – avtal med utföraren finns innan placering", "Halvår",
         "Samtliga placeringar", ["—", T, "—", D], 0.6,
         "Halvår 2: 6 av 10 placeringar kontrollerade, inga avvikelser. Resterande "
         "kontrolleras i januari 2026.", "DELVIS", "nej"),
        ("Äldreomsorg", "Biståndsbeslut i hemtjänst följs upp minst en gång per år", "Årsvis",
         "25 beslut", ["—", "—", "—", T], 1.0, "", "GENOMFORD", "nej"),
        ("Äldreomsorg", "Läkemedelshantering – signeringslistor är fullständiga", "Kvartalsvis",
         "3 enheter/kv", [T, T, EU, EU], 0.5,
         "Kontrollen har inte genomförts under andra halvåret p.g.a. sjukskrivning av MAS.",
         "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Avvikelser enligt lex Sarah rapporteras och utreds", "Kvartalsvis",
         "Samtliga rapporter", [T, T, T, T], 1.0, "", "GENOMFORD", "nej"),
        ("LSS", "Assistansersättning – tidrapporter stämmer mot utförd tid", "Kvartalsvis",
         "8 brukare/kv", [D, T, T, D], 0.88,
         "Kv 4: 5 av 8 tidrapporter granskade, resterande inväntar underlag från "
         "Försäkringskassan.", "DELVIS", "nej"),
        ("LSS", "Bostad med särskild service för barn – tillsyn enligt avtal med extern utförare",
         "Halvår", "1 verksamhet", [EA, EA, EA, EA], None,
         "Verksamheten avvecklad 2024-12-31; kontrollmomentet utgår.", "UTGAR", ""),
        ("Gemensamt", "Privata medel – kontroll av brukares kontanter på gruppbostäder",
         "Kvartalsvis", "4 enheter/kv", [T, T, E, T], 1.0,
         "Kv 3: differens på 450 kr vid Granens gruppbostad, utrett och polisanmält. "
         "Kv 4 utan anmärkning.", "GENOMFORD", "ja"),
        ("Gemensamt", "Sekretess – utlämnande av handlingar föregås av sekretessprövning",
         "Kvartalsvis", "10 utlämnanden/kv", [T, T, T, T], 1.0, "Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    colors = {T: "C6EFCE", D: "FFEB9C", E: "FFC7CE", EU: "FFC7CE"}
    r = hr + 1
    for i, (omr, km, frek, urval, q, andel, kom, st, avv) in enumerate(rows, 1):
        vals = [i, omr, km, frek, urval] + q + [andel, kom]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BORDER
            c.alignment = WRAP
            c.font = Font(size=9)
        for j in range(6, 10):
            v = ws.cell(r, j).value
            ws.cell(r, j).alignment = CENTER
            if v in colors:
                ws.cell(r, j).fill = fill(colors[v])
        ws.cell(r, 10).number_format = "0%"
        ws.cell(r, 10).alignment = CENTER
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Bedömningsskala").font = Font(bold=True, size=9)
    r += 1
    for line in [
        "Tillfredsställande = kontrollen utförd utan eller med obetydliga avvikelser.",
        "Delvis = kontrollen delvis utförd (endast en del av urvalet eller perioden har kontrollerats).",
        "Ej tillfredsställande = kontrollen utförd, avvikelser som kräver åtgärd har konstaterats.",
        "Ej utförd = kontrollen har inte genomförts.",
        "Ej aktuell = kontrollmomentet är inte tillämpligt under perioden.",
        "— = ingen kontroll planerad detta kvartal.",
    ]:
        ws.cell(r, 1, line).font = Font(size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av: Johan Ek, verksamhetscontroller, 2026-01-14").font = Font(size=9, italic=True)
    tmp = os.path.join(BUILD, "SN_IK_kvartal_2025.xlsx")
    wb.save(tmp)
    out = soffice_convert(tmp, 'xls:MS Excel 97', BUILD)
    shutil.copy(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - xlsx, nämnd only in print header / file name,
#    traffic-light fills only (no text) for 2024 and 2025, colour legend on
#    top, separate risk-matrix sheet.
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN_IK_uppf_helar_2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontrollplan – helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Teckenförklaring status:"
    ws["A3"].font = Font(bold=True, size=9)
    leg = [(GREEN, "Genomförd – inga avvikelser"), (YELLOW, "Genomförd – avvikelser/förbättringsområden"),
           (RED, "Ej genomförd"), (GREY, "Utgår")]
    col = 2
    for color, text in leg:
        ws.cell(3, col).fill = fill(color)
        ws.cell(3, col).border = BORDER
        ws.cell(3, col + 1, text).font = Font(size=9)
        col += 2
    hr = 5
    hdr = ["Id", "Verksamhet", "Kontrollmoment", "S", "K", "Risk", "Urval", "Andel av urval",
           "Status 2024", "Status 2025", "Kommentar / åtgärd", "Ansvarig"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, size=9, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = CENTER
        c.border = BORDER
    for i, w in enumerate([5, 14, 44, 5, 5, 6, 14, 9, 9, 9, 52, 16], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    rows = [
        ("A1", "Bygglov", "Bygglov – handläggningstid inom 10 veckor enligt PBL", 3, 3,
         "Samtliga ärenden", 1.0, YELLOW, GREEN, "98 % av ärendena avgjordes inom lagstadgad tid.",
         "Bygglovschef", "GENOMFORD", "nej"),
        ("A2", "Bygglov", "Debitering av bygglovsavgifter enligt taxa", 3, 2, "30 ärenden", 1.0,
         GREEN, YELLOW, "4 av 30 ärenden felaktigt debiterade (för låg avgift). Rättat och "
         "kompletterande fakturor skickade.", "Bygglovschef", "GENOMFORD", "ja"),
        ("A3", "Gata/park", "Attest av fakturor för entreprenader inom gata/park", 2, 3,
         "20 fakturor", 1.0, GREEN, GREEN, "", "Gatuchef", "GENOMFORD", "nej"),
        ("A4", "Fastighet", "Underhållsplan för kommunala fastigheter följs", 3, 4,
         "Planerade åtgärder 2025", 1.0, RED, YELLOW,
         "Planerat underhåll genomfört till 72 %. Eftersläpningen avser främst takbyten "
         "som skjutits till 2026.", "Fastighetschef", "GENOMFORD", "ja"),
        ("A5", "Gata/park", "Kontroll av lekplatser enligt SS-EN 1176", 2, 4,
         "Samtliga 34 lekplatser", 0.0, GREEN, RED,
         "Årlig huvudbesiktning ej genomförd – upphandling av besiktningsfirma försenad.",
         "Parkingenjör", "EJ_GENOMFORD", ""),
        ("A6", "Gata/park", "Vinterväghållning – entreprenörens utryckningstider följs", 2, 3,
         "–", None, None, GREY,
         "Utgår – ansvaret har övergått till Ekeshult Energi och Vatten AB från 2025.",
         "Gatuchef", "UTGAR", ""),
        ("A7", "Trafik", "Färdtjänst – resor faktureras enligt avtal", 2, 2, "40 resor", None,
         GREEN, None, "", "Trafikhandläggare", "SAKNAS", ""),
        ("A8", "Mark och exploatering", "Markanvisningsavtal – villkor följs upp", 2, 3,
         "8 avtal", 0.375, None, None,
         "Granskningen påbörjad i november, 3 av 8 avtal genomgångna utan anmärkning.",
         "Exploateringsingenjör", "DELVIS", "nej"),
    ]
    r = hr + 1
    for (idn, verks, km, s, k, urval, andel, f24, f25, kom, ansv, st, avv) in rows:
        vals = [idn, verks, km, s, k, s * k, urval, andel, None, None, kom, ansv]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BORDER
            c.alignment = WRAP
            c.font = Font(size=9)
        ws.cell(r, 8).number_format = "0%"
        for j in (4, 5, 6, 8):
            ws.cell(r, j).alignment = CENTER
        if f24:
            ws.cell(r, 9).fill = fill(f24)
        if f25:
            ws.cell(r, 10).fill = fill(f25)
        ws.row_dimensions[r].height = 36
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Risk = sannolikhet (S) × konsekvens (K), skala 1–4. Se flik Riskmatris.").font = Font(size=8, italic=True)
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Internkontroll helår 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"

    wm = wb.create_sheet("Riskmatris")
    wm["A1"] = "Riskmatris – kontrollmoment placerade efter sannolikhet och konsekvens"
    wm["A1"].font = Font(bold=True, size=11)
    wm["A3"] = "Sannolikhet ↓ / Konsekvens →"
    for kk in range(1, 5):
        wm.cell(3, 1 + kk, kk).alignment = CENTER
        wm.cell(3, 1 + kk).font = Font(bold=True)
    place = {}
    for row in rows:
        place.setdefault((row[3], row[4]), []).append(row[0])
    for i, s in enumerate(range(4, 0, -1)):
        rr = 4 + i
        wm.cell(rr, 1, s).font = Font(bold=True)
        wm.cell(rr, 1).alignment = CENTER
        for kk in range(1, 5):
            c = wm.cell(rr, 1 + kk, ", ".join(place.get((s, kk), [])))
            v = s * kk
            c.fill = fill(GREEN if v <= 4 else (YELLOW if v <= 8 else RED))
            c.border = BORDER
            c.alignment = CENTER
        wm.row_dimensions[rr].height = 30
    wm.column_dimensions["A"].width = 26
    for kk in range(2, 6):
        wm.column_dimensions[get_column_letter(kk)].width = 12
    wm.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys export - CSV (cp1252), long format: one row per control per
#    quarter, two organisations, a few 2024 rows kept in the export.
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    MBN, KFN = "Miljö- och byggnämnden", "Kultur- och fritidsnämnden"
    org = {MBN: "Miljö- och byggnämnden", KFN: "Kultur- och fritidsförvaltningen"}
    hdr = ["Organisation", "Plan", "Kontrollområde", "Kontrollmoment", "Period", "Status",
           "Bedömning", "Andel granskat (%)", "Kommentar", "Ansvarig", "Senast ändrad"]
    # (nämnd, område, kontrollmoment, ansvarig, [(period, status, bedömning, andel, kommentar, datum)], exp status, avv)
    ctrls = [
        (MBN, "Livsmedelskontroll",
         "Livsmedelskontroll – planerade kontroller genomförs enligt kontrollplan",
         "Miljöchef", [
             ("2025 Kvartal 2", "Pågående", "", "48", "Halvårsavstämning: 102 av 212 kontroller gjorda.", "2025-07-03"),
             ("2025 Kvartal 4", "Klar", "Godkänd", "100", "Samtliga 212 planerade kontroller genomförda.", "2026-01-12"),
         ], "GENOMFORD", "nej"),
        (MBN, "Taxor och avgifter",
         "Avgiftsuttag för tillsyn följer fastställd taxa", "Miljöchef", [
             ("2025 Kvartal 4", "Klar", "Brister", "100",
              "6 av 40 fakturor hade fel timavgift (2024 års taxa). Kreditering och ny fakturering gjord.",
              "2026-01-09"),
         ], "GENOMFORD", "ja"),
        (MBN, "Myndighetsutövning",
         "Jäv – handläggare har dokumenterat jävsprövning i bygglovsärenden", "Bygglovschef", [
             ("2025 Kvartal 2", "Klar", "Godkänd", "100", "10 ärenden granskade.", "2025-07-01"),
             ("2025 Kvartal 4", "Pågående", "", "50", "Hälften av höstens stickprov granskat.", "2026-01-08"),
         ], "DELVIS", "nej"),
        (MBN, "Myndighetsutövning", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", [
             ("2024 Kvartal 4", "Klar", "Brister", "100", "Två beslut anmäldes inte till nämnden.", "2025-01-15"),
             ("2025 Kvartal 1", "Klar", "Godkänd", "100", "", "2025-04-07"),
             ("2025 Kvartal 2", "Klar", "Godkänd", "100", "", "2025-07-01"),
             ("2025 Kvartal 3", "Klar", "Godkänd", "100", "", "2025-10-06"),
             ("2025 Kvartal 4", "Klar", "Godkänd", "100", "", "2026-01-08"),
         ], "GENOMFORD", "nej"),
        (MBN, "Tillsyn", "Tillsyn av enskilda avlopp – förelägganden följs upp", "Miljöinspektör", [
             ("2025 Kvartal 4", "Ej påbörjad", "", "0", "Resursbrist, kontrollen flyttas till 2026.", "2026-01-12"),
         ], "EJ_GENOMFORD", ""),
        (MBN, "Registratur", "Diarieföring av inkomna klagomål inom två arbetsdagar", "Registrator", [
             ("2025 Kvartal 2", "Klar", "Godkänd", "100", "Samtliga 36 klagomål diarieförda i tid.", "2025-06-30"),
             ("2025 Kvartal 4", "", "", "", "", ""),
         ], "GENOMFORD", "nej"),
        (KFN, "Bidrag", "Föreningsbidrag – utbetalning sker enligt beslut och bidragsregler",
         "Föreningskonsulent", [
             ("2024 Kvartal 4", "Klar", "Godkänd", "100", "", "2025-01-20"),
             ("2025 Kvartal 4", "Klar", "Godkänd", "100", "20 av 20 utbetalningar korrekta.", "2026-01-14"),
         ], "GENOMFORD", "nej"),
        (KFN, "Kontanthantering",
         "Kassahantering i simhallen – dagskassor stäms av mot kassasystemet", "Badchef", [
             ("2025 Kvartal 1", "Klar", "Godkänd", "100", "", "2025-04-04"),
             ("2025 Kvartal 2", "Klar", "Godkänd", "100", "", "2025-07-02"),
             ("2025 Kvartal 3", "Klar", "Brister", "100",
              "Differens 1 200 kr i augusti, orsak felslag vid kassaskifte. Rutin för dubbelkontroll införd.",
              "2025-10-03"),
             ("2025 Kvartal 4", "Klar", "Godkänd", "100", "", "2026-01-07"),
         ], "GENOMFORD", "ja"),
        (KFN, "Tillgångar", "Inventering av konstsamlingen", "Kulturchef", [
             ("2025 Kvartal 2", "Avbruten", "", "",
              "Avbruten genom beslut KFN 2025-06-11 § 45, inventeringen görs i samband med flytten 2026.",
              "2025-06-12"),
         ], "UTGAR", ""),
        (KFN, "Taxor och avgifter", "Lokalbokning – uthyrning faktureras enligt taxa", "Bokningsansvarig", [
             ("2025 Kvartal 4", "Klar", "", "100", "Se bilaga 2.", "2026-01-13"),
         ], "GENOMFORD", ""),
        (KFN, "Ekonomi", "Bibliotekets e-mediekostnader följs upp mot budget", "Bibliotekschef", [
             ("2025 Kvartal 2", "Pågående", "", "30", "", "2025-07-04"),
             ("2025 Kvartal 4", "Pågående", "", "60", "", "2026-01-10"),
         ], "DELVIS", ""),
        (KFN, "Avtal", "Avtal med studieförbund följs upp årligen", "Kultursekreterare", [
             ("2025 Kvartal 4", "", "Godkänd", "100", "Uppföljningsmöten hållna med samtliga fyra studieförbund.", "2026-01-15"),
         ], "GENOMFORD", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(hdr)
    for (n, omr, km, ansv, per, st, avv) in ctrls:
        for (p, s, b, a, k, d) in per:
            w.writerow([org[n], "Internkontrollplan 2025" if p.startswith("2025") else "Internkontrollplan 2024",
                        omr, km, p, s, b, a, k, ansv, d])
        exp(fil, n, km, st, avv)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Ekeshults Bostäder AB - Word 97 .doc (via LibreOffice), risk-matrix
#    table first, legend sentence, control table Godkänd/Brister.
# ---------------------------------------------------------------------------
def file_ebab():
    fil = "Ekeshults Bostäder AB - Internkontroll 2025 uppföljning.doc"
    N = "Ekeshults Bostäder AB"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "EKESHULTS BOSTÄDER AB\tStyrelsemöte 2026-02-12, ärende 7"
    doc.add_heading("Rapport intern kontroll 2025 – helårsuppföljning", level=1)
    doc.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 5 december 2024. "
        "Kontrollmomenten har valts utifrån bolagets riskanalys. Nedan visas först riskmatrisen "
        "där varje kontrollmoment placerats efter sannolikhet och konsekvens, därefter resultatet "
        "av årets granskningar.")
    doc.add_heading("Riskmatris", level=2)
    rows = [
        ("B1", "Hyresadministration", "Hyresavier och hyreshöjningar överensstämmer med förhandlat utfall",
         3, 3, "50 lägenheter", "100 %", "Godkänd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("B2", "Hyresadministration", "Kreditupplysning och uthyrningspolicy följs vid nyuthyrning",
         2, 3, "30 kontrakt", "100 %", "Brister",
         "3 kontrakt saknade dokumenterad kreditprövning. Checklista för uthyrare införd i oktober.",
         "GENOMFORD", "ja"),
        ("B3", "Inköp", "Beställningar av underhållsarbeten görs av behörig person och mot ramavtal",
         3, 4, "40 beställningar", "100 %", "Brister",
         "6 beställningar gjordes utanför ramavtal (måleri och låssmed). Påminnelse till "
         "förvaltare; avtalskatalog uppdaterad.", "GENOMFORD", "ja"),
        ("B4", "Inköp", "Attest av leverantörsfakturor enligt bolagets attestinstruktion",
         3, 3, "60 fakturor", "100 %", "Godkänd", "Samtliga fakturor korrekt attesterade.",
         "GENOMFORD", "nej"),
        ("B5", "Fastighet", "Obligatorisk ventilationskontroll (OVK) är genomförd och godkänd",
         2, 4, "Samtliga 48 fastigheter", "71 %", "Pågår",
         "34 av 48 fastigheter kontrollerade utan anmärkning, resterande besiktigas under "
         "kvartal 1 2026.", "DELVIS", "nej"),
        ("B6", "Fastighet", "Systematiskt brandskyddsarbete – kontroll av trapphus och källare",
         3, 4, "20 fastigheter", "100 %", "Godkänd",
         "Mindre anmärkningar (belamrade trapphus) i 5 fastigheter, åtgärdade efter "
         "påpekande.", "GENOMFORD", "ja"),
        ("B7", "IT", "Behörigheter i fastighetssystemet Vitec ses över två gånger per år",
         2, 3, "Samtliga användare", "0 %", "Ej granskad",
         "Genomförs i samband med systembytet i mars 2026.", "EJ_GENOMFORD", ""),
        ("B8", "Ledning", "Förtroendekänsliga poster – representation och resor för VD och styrelse",
         2, 4, "Samtliga verifikationer", "100 %", "Godkänd",
         "Granskat av lekmannarevisor, inga anmärkningar.", "GENOMFORD", "nej"),
    ]
    place = {}
    for r in rows:
        place.setdefault((r[3], r[4]), []).append(r[0])
    m = doc.add_table(rows=6, cols=6)
    m.style = "Table Grid"
    cell_text(m.cell(0, 0), "")
    m.cell(0, 1).merge(m.cell(0, 5))
    cell_text(m.cell(0, 1), "Konsekvens", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(m.cell(1, 0), "Sannolikhet", bold=True)
    cell_text(m.cell(1, 1), "")
    kn = ["1 Lindrig", "2 Kännbar", "3 Allvarlig", "4 Mycket allvarlig"]
    for i, t in enumerate(kn):
        cell_text(m.cell(1, 2 + i), t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    sn = {4: "4 Mycket sannolik", 3: "3 Sannolik", 2: "2 Möjlig", 1: "1 Osannolik"}
    for i, s in enumerate(range(4, 0, -1)):
        rr = 2 + i
        cell_text(m.cell(rr, 0), "")
        cell_text(m.cell(rr, 1), sn[s], bold=True)
        for kk in range(1, 5):
            c = m.cell(rr, 1 + kk)
            cell_text(c, ", ".join(place.get((s, kk), [])), align=WD_ALIGN_PARAGRAPH.CENTER)
            v = s * kk
            set_cell_bg(c, GREEN if v <= 4 else (YELLOW if v <= 8 else "FF7C80"))
    m.cell(2, 0).merge(m.cell(5, 0))
    m.cell(0, 0).merge(m.cell(1, 0))
    for row in m.rows:
        for i, w in enumerate([Cm(1.0), Cm(3.5), Cm(3), Cm(3), Cm(3), Cm(3)]):
            row.cells[i].width = w
    doc.add_paragraph("Grön = låg risk, gul = medelhög risk, röd = hög risk.").runs[0].font.size = Pt(8)
    doc.add_heading("Resultat av granskningen", level=2)
    doc.add_paragraph(
        "Resultatet anges som Godkänd (kontrollen genomförd utan anmärkning) eller Brister "
        "(kontrollen genomförd, brister har identifierats). Kontroller som inte har kunnat "
        "genomföras markeras Ej granskad och pågående granskningar markeras Pågår.")
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for i, h in enumerate(["ID", "Process", "Kontrollmoment", "Risk S/K", "Urval",
                           "Andel granskad", "Resultat", "Iakttagelser och åtgärder"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        set_cell_bg(t.rows[0].cells[i], "D9D9D9")
    for r in rows:
        c = t.add_row().cells
        vals = [r[0], r[1], r[2], "%d/%d" % (r[3], r[4]), r[5], r[6], r[7], r[8]]
        for i, v in enumerate(vals):
            cell_text(c[i], v)
        exp(fil, N, r[2], r[9], r[10])
    for row in t.rows:
        for i, w in enumerate([Cm(1.0), Cm(2.6), Cm(6.5), Cm(1.5), Cm(2.8), Cm(1.8), Cm(2.0), Cm(7.5)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bolagets samlade bedömning är att den interna kontrollen under 2025 har "
                      "varit tillräcklig. Brister inom inköp och uthyrning har åtgärdats.")
    doc.add_paragraph("Lars Höglund, VD")
    tmp = os.path.join(BUILD, "ebab.docx")
    doc.save(tmp)
    out = soffice_convert(tmp, "doc:MS Word 97", BUILD)
    shutil.copy(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Räddningstjänstförbundet - .ods (via LibreOffice), 2024 | 2025 side by
#    side with two-level merged header, codes G/GA/P/E/U, legend sentence.
# ---------------------------------------------------------------------------
def file_rse():
    fil = "RSE internkontroll 2024-2025.ods"
    N = "Räddningstjänstförbundet Södra Ekeslätten"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Räddningstjänstförbundet Södra Ekeslätten"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll – uppföljning helår, jämförelse 2024 och 2025"
    ws["A2"].font = Font(size=11)
    ws["A3"] = "Redovisas för förbundsdirektionen 2026-02-19"
    ws["A3"].font = Font(italic=True, size=9)
    h1, h2 = 5, 6
    for col, txt in [(1, "Nr"), (2, "Kontrollmoment"), (3, "Riskvärde"), (4, "Ansvarig")]:
        ws.cell(h1, col, txt)
        ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
    ws.cell(h1, 5, "2024")
    ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=6)
    ws.cell(h1, 7, "2025")
    ws.merge_cells(start_row=h1, start_column=7, end_row=h1, end_column=8)
    ws.cell(h1, 9, "Kommentar 2025")
    ws.merge_cells(start_row=h1, start_column=9, end_row=h2, end_column=9)
    for col, txt in [(5, "Status"), (6, "Andel av stickprov"), (7, "Status"), (8, "Andel av stickprov")]:
        ws.cell(h2, col, txt)
    for rr in (h1, h2):
        for col in range(1, 10):
            c = ws.cell(rr, col)
            c.font = Font(bold=True, size=9)
            c.fill = fill("FCE4D6")
            c.alignment = CENTER
            c.border = BORDER
    for i, w in enumerate([5, 48, 9, 18, 8, 10, 8, 10, 54], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    rows = [
        ("Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan", 12, "Stf. förbundsdirektör",
         "GA", 0.85, "G", 1.0, "Samtliga 64 planerade tillsyner genomförda.", "GENOMFORD", "nej"),
        ("Insatsrapporter är kompletta och signerade inom sju dagar", 9, "Insatsledare",
         "G", 1.0, "GA", 1.0, "11 av 120 rapporter signerades senare än sju dagar efter insats.",
         "GENOMFORD", "ja"),
        ("Fakturering av onödiga automatlarm sker enligt taxa", 6, "Ekonom",
         "G", 1.0, "P", 0.5, "Fakturering för kvartal 3–4 granskas i januari 2026.", "DELVIS", "nej"),
        ("Kontroll av andningsskydd och rökdykarutrustning enligt AFS", 16, "Materialansvarig",
         "G", 1.0, "G", 1.0, "", "GENOMFORD", "nej"),
        ("Förbundets direktupphandlingar dokumenteras enligt upphandlingspolicyn", 8, "Förbundsdirektör",
         "E", 0.0, "E", 0.0, "Ej genomförd p.g.a. vakant tjänst som administratör.", "EJ_GENOMFORD", ""),
        ("Beredskapsersättning till deltidsbrandmän betalas ut korrekt", 9, "HR-konsult",
         "GA", 1.0, None, None, "", "SAKNAS", ""),
        ("Sotning och brandskyddskontroll – fristerna följs av entreprenören", 6, "Tillsynsingenjör",
         "G", 1.0, "U", "–", "Utgår – ansvaret övergick till medlemskommunerna 2025-01-01.", "UTGAR", ""),
        ("Övningsverksamhet – alla deltidsstyrkor genomför minst 50 övningstimmar per år", 8, "Utbildningsansvarig",
         "–", None, "G", 1.0, "Samtliga sju deltidsstationer har nått 50 timmar.", "GENOMFORD", "nej"),
    ]
    codecol = {"G": GREEN, "GA": YELLOW, "P": ORANGE, "E": RED, "U": GREY}
    r = h2 + 1
    for i, (km, rv, ansv, s24, a24, s25, a25, kom, st, avv) in enumerate(rows, 1):
        vals = [i, km, rv, ansv, s24, a24, s25, a25, kom]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BORDER
            c.alignment = WRAP
            c.font = Font(size=9)
        for j in (3, 5, 6, 7, 8):
            ws.cell(r, j).alignment = CENTER
        for j in (6, 8):
            ws.cell(r, j).number_format = "0%"
        for j in (5, 7):
            v = ws.cell(r, j).value
            if v in codecol:
                ws.cell(r, j).fill = fill(codecol[v])
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring: G = Genomförd utan anmärkning, GA = Genomförd med anmärkning, "
                  "P = Påbörjad/delvis genomförd, E = Ej genomförd, U = Utgår, – = ingick ej i planen. "
                  "Riskvärde = sannolikhet × konsekvens (1–16).").font = Font(size=8)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 26
    ws.cell(r, 1).alignment = WRAP
    tmp = os.path.join(BUILD, "RSE internkontroll 2024-2025.xlsx")
    wb.save(tmp)
    out = soffice_convert(tmp, "ods", BUILD)
    shutil.copy(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Ekeshult Energi och Vatten AB - xlsx with a plan sheet and a follow-up
#    sheet (plan columns beside follow-up columns), tick column, legend table.
# ---------------------------------------------------------------------------
def file_eev():
    fil = "Ekeshult Energi och Vatten AB IK helår 2025.xlsx"
    N = "Ekeshult Energi och Vatten AB"
    T, D, E = "Tillfredsställande", "Delvis tillfredsställande", "Ej tillfredsställande"
    rows = [
        ("VA", "Avvikande förbrukning upptäcks inte", "Avläsning av vattenmätare – avvikande förbrukning utreds",
         "Stickprov 30 mätare", "Halvår", "Driftchef VA", "x", T, 1.0, "", "GENOMFORD", "nej"),
        ("VA", "Felaktig debitering", "Anslutningsavgifter VA debiteras enligt VA-taxan",
         "Stickprov 25 anslutningar", "Årsvis", "Kundtjänstchef", "x", D, 1.0,
         "2 av 25 fastigheter debiterade med fel lägenhetsavgift. Rättat.", "GENOMFORD", "ja"),
        ("Elnät", "Sanktioner från Ei", "Elnät – mätvärden rapporteras till datahubben inom föreskriven tid",
         "Systemrapport", "Månadsvis", "Elnätschef", "x", E, 1.0,
         "Rapporteringen försenades vid 14 tillfällen i oktober efter byte av mätvärdessystem. "
         "Rapporterat till styrelsen.", "GENOMFORD", "ja"),
        ("VA", "Otjänligt dricksvatten", "Provtagning av dricksvatten enligt Livsmedelsverkets föreskrifter (LIVSFS 2022:12)",
         "Provtagningsplan", "Månadsvis", "Driftchef VA", "x", T, 1.0,
         "Samtliga 156 prover tagna enligt plan; inga otjänliga prover.", "GENOMFORD", "nej"),
        ("Ekonomi", "Lagerdifferenser", "Lagerinventering av VA-material i centralförrådet",
         "Hela lagret", "Årsvis", "Ekonomichef", "", "", 0.4,
         "Inventeringen påbörjad i december och slutförs vid bokslutet.", "DELVIS", "nej"),
        ("IT/OT", "Obehörig åtkomst till styrsystem", "Behörighetsgenomgång i SCADA-system",
         "Samtliga konton", "Halvår", "IT-chef", "", "", None,
         "Ej genomförd, skjuts till 2026 p.g.a. upphandling av nytt SCADA-system.", "EJ_GENOMFORD", ""),
        ("Fjärrvärme", "Felaktig debitering", "Fakturering av fjärrvärme – prisändringar införda korrekt",
         "20 kunder", "Vid prisändring", "Kundtjänstchef", "x", "", 1.0, "", "GENOMFORD", ""),
        ("Ledning", "Jäv och otillbörlig påverkan", "Jävsdeklarationer för styrelse och ledning finns",
         "Samtliga", "Årsvis", "VD", "", "", None, "", "SAKNAS", ""),
        ("Gata", "Bristande framkomlighet vintertid", "Vinterväghållning – entreprenörens utryckningstider följs",
         "12 utryckningar", "Vintersäsong", "Driftchef gata", "x", T, 1.0,
         "Kontrollerat via GPS-loggar för 12 utryckningar, samtliga inom avtalad tid.", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    wp = wb.active
    wp.title = "Plan 2025"
    wp["A1"] = "Ekeshult Energi och Vatten AB – Internkontrollplan 2025"
    wp["A1"].font = Font(bold=True, size=12)
    wp["A2"] = "Fastställd av styrelsen 2024-11-28"
    ph = ["Nr", "Verksamhet", "Risk", "Kontrollmoment", "Metod/urval", "Frekvens", "Ansvarig"]
    for i, h in enumerate(ph, 1):
        c = wp.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.border = BORDER
    for i, w in enumerate([5, 12, 30, 50, 24, 14, 16], 1):
        wp.column_dimensions[get_column_letter(i)].width = w
    for i, r in enumerate(rows, 1):
        for j, v in enumerate([i, r[0], r[1], r[2], r[3], r[4], r[5]], 1):
            c = wp.cell(4 + i, j, v)
            c.border = BORDER
            c.alignment = WRAP

    ws = wb.create_sheet("Uppföljning helår")
    ws["A1"] = "Ekeshult Energi och Vatten AB – Uppföljning av internkontrollplan, helår 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Instruktion: fyll i kolumnerna H–K. Markera med x i kolumn H när kontrollen är "
                "genomförd och ange bedömning av resultatet enligt skalan nedan.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.cell(4, 1, "PLAN")
    ws.merge_cells("A4:G4")
    ws.cell(4, 8, "UPPFÖLJNING HELÅR 2025")
    ws.merge_cells("H4:K4")
    for c in ("A4", "H4"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = CENTER
    ws["A4"].fill = fill("DDEBF7")
    ws["H4"].fill = fill("E2EFDA")
    hh = ph + ["Genomförd (x)", "Bedömning", "Andel av urval", "Kommentar"]
    for i, h in enumerate(hh, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, size=9)
        c.fill = fill("DDEBF7" if i <= 7 else "E2EFDA")
        c.border = BORDER
        c.alignment = CENTER
    for i, w in enumerate([5, 11, 24, 46, 20, 12, 15, 10, 22, 10, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    bedcol = {T: "C6EFCE", D: "FFEB9C", E: "FFC7CE"}
    for i, r in enumerate(rows, 1):
        vals = [i, r[0], r[1], r[2], r[3], r[4], r[5], r[6] or None, r[7] or None, r[8], r[9] or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(5 + i, j, v)
            c.border = BORDER
            c.alignment = WRAP
            c.font = Font(size=9)
        ws.cell(5 + i, 8).alignment = CENTER
        ws.cell(5 + i, 10).number_format = "0%"
        if r[7] in bedcol:
            ws.cell(5 + i, 9).fill = fill(bedcol[r[7]])
        exp(fil, N, r[2], r[10], r[11])
    lr = 5 + len(rows) + 2
    ws.cell(lr, 3, "Bedömning").font = Font(bold=True, size=9)
    for k, (a, b) in enumerate([(T, "Inga eller obetydliga brister"),
                                (D, "Mindre brister som åtgärdas inom verksamheten"),
                                (E, "Väsentliga brister, rapporteras till styrelsen")], 1):
        ws.cell(lr + k, 3, a).fill = fill(bedcol[a])
        ws.cell(lr + k, 4, b)
        for cc in (3, 4):
            ws.cell(lr + k, cc).border = BORDER
            ws.cell(lr + k, cc).font = Font(size=9)
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Överförmyndarnämnden - .odt (via LibreOffice), text only, a heading per
#    control and "Bedömning: Godkänd/Brister" lines.
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden uppföljning IKP 2025.odt"
    N = "Överförmyndarnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Överförmyndarnämnden i Ekeshults kommun", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan, helår 2025").runs[0].bold = True
    doc.add_paragraph(
        "Nämnden antog sin internkontrollplan för 2025 den 22 januari 2025. Planen omfattar fem "
        "kontrollmoment. Varje kontroll bedöms som Godkänd (inga fel) eller Brister (fel har "
        "konstaterats). Har kontrollen inte kunnat genomföras anges det i texten.")
    items = [
        ("Årsräkningar granskas inom sex månader från inlämning",
         ["Urval: samtliga 212 inlämnade årsräkningar.",
          "Resultat: 205 granskades inom sex månader; 7 granskades senare p.g.a. väntan på kompletteringar.",
          "Bedömning: Brister"], "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         ["Urval: stickprov 25 arvodesbeslut.",
          "Resultat: samtliga arvoden korrekt beräknade.",
          "Bedömning: Godkänd"], "GENOMFORD", "nej"),
        ("Lämplighetsprövning av nya gode män och förvaltare (belastnings- och skuldregister)",
         ["Urval: 15 av 31 nya ställföreträdare (48 %).",
          "Resultat: Kontrollen genomförd till hälften, inga fel i granskade ärenden. Resterande "
          "granskas i februari 2026.",
          "Bedömning: –"], "DELVIS", "nej"),
        ("Överförmyndarspärr finns på bankkonton med omyndigas medel",
         ["Kontrollen har inte genomförts under året på grund av personalomsättning. "
          "Kontrollmomentet förs över till plan 2026."], "EJ_GENOMFORD", ""),
        ("Utbildning erbjuds nya ställföreträdare inom tre månader",
         ["Resultat: fyra utbildningstillfällen har hållits; samtliga nya ställföreträdare har "
          "erbjudits plats inom tre månader.", "Bedömning: Godkänd"], "GENOMFORD", "nej"),
    ]
    for i, (km, paras, st, avv) in enumerate(items, 1):
        doc.add_heading(km, level=2)
        for ptxt in paras:
            doc.add_paragraph(ptxt)
        exp(fil, N, km, st, avv)
    doc.add_paragraph()
    doc.add_paragraph("Sammantaget bedöms den interna kontrollen som tillräcklig. Handläggningstiden "
                      "för årsräkningar följs upp särskilt under 2026.")
    doc.add_paragraph("Maria Sandén\nenhetschef, överförmyndarenheten")
    tmp = os.path.join(BUILD, "ofn.docx")
    doc.save(tmp)
    out = soffice_convert(tmp, "odt", BUILD)
    shutil.copy(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 10. Rejected: a PNG picture of a risk matrix saved with an .xlsx name.
# ---------------------------------------------------------------------------
def png_bytes(w, h, pixel):
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def file_rejected():
    fil = "Riskmatris KS 2025.xlsx"
    cols = {"g": (146, 208, 80), "y": (255, 235, 132), "r": (255, 107, 107)}

    def pixel(x, y):
        if x % 60 < 2 or y % 60 < 2:
            return (90, 90, 90)
        s = 4 - y // 60
        k = 1 + x // 60
        v = s * k
        return cols["g" if v <= 4 else ("y" if v <= 8 else "r")]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(png_bytes(240, 240, pixel))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Ekeshults Bostäder AB", "EBAB|Ekeshultsbostäder|Bostadsbolaget"),
        ("Ekeshult Energi och Vatten AB", "EEV|Ekeshults Energi|Ekeshult Energi & Vatten"),
        ("Räddningstjänstförbundet Södra Ekeslätten", "RSE|Räddningstjänsten Södra Ekeslätten|Räddningstjänstförbundet"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    names = {r[0] for r in reg}
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            assert row[2] == "" or row[2] in names, row
            w.writerow(row)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    inl = {(r[0], r[2]) for r in FILES if r[1] == "INLAST"}
    for e in EXPECTED:
        assert (e[0], e[1]) in inl, e


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_stratsys()
    file_ebab()
    file_rse()
    file_eev()
    file_ofn()
    file_rejected()
    write_csvs()
    print("files:", len(os.listdir(OUT)), "files.csv rows:", len(FILES),
          "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
