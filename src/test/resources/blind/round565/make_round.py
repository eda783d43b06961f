#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r565 - Älmhults kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round565-work"
LO_PROFILE = "file:///tmp/lo-round565"
FIXED = datetime.datetime(2026, 2, 2, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GREEN = PatternFill("solid", fgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="E7E6E6")


def fix_wb_props(wb):
    wb.properties.creator = "Älmhults kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)


# ---------------------------------------------------------------------------
# 1. Kultur- och fritidsnämnden - one-page letter (docx) with a table of five controls
# ---------------------------------------------------------------------------
def build_kfn_letter():
    fil = "Skrivelse KFN uppföljning intern kontroll 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fix_doc_props(d, "Lena Bergkvist")
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    hp = sec.header.paragraphs[0]
    hp.text = "ÄLMHULTS KOMMUN\tKultur- och fritidsförvaltningen"
    hp.runs[0].bold = True

    t = d.add_table(rows=1, cols=2)
    left = t.cell(0, 0)
    right = t.cell(0, 1)
    set_cell_text(left, "Kultur- och fritidsförvaltningen\nLena Bergkvist\n0476-550 00\nlena.bergkvist@almhult.se", size=9)
    set_cell_text(right, "Datum 2026-01-28\nDnr KFN 2025/112\n\nTill: Kommunstyrelsen\nKopia: Ekonomienheten", size=9)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Uppföljning av intern kontroll helår 2025 – Kultur- och fritidsnämnden")
    r.bold = True
    r.font.size = Pt(14)

    d.add_paragraph(
        "Kultur- och fritidsnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). "
        "Planen omfattar fem kontrollmoment. Nedan redovisas utfallet för helåret 2025. Nämnden "
        "behandlade uppföljningen vid sammanträdet den 21 januari 2026 (§ 4) och lägger den till handlingarna.")

    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov på 20 fakturor i oktober. Samtliga var korrekt attesterade.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Kontantkassor på Älmhults bibliotek och Haga badhus stäms av månadsvis",
         "Avstämning har gjorts varje månad. En differens på 340 kr i juli på badhuset har utretts; "
         "rutinen för kassaöverlämning har skärpts.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "10 av 42 ansökningar om aktivitetsstöd granskades. En förening hade fått för högt stöd; "
         "återkrav är skickat.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt fastställd taxa",
         "Kontrollen påbörjades i december och slutförs under februari 2026.",
         "Pågår", "DELVIS", ""),
        ("Utdrag ur belastningsregistret kontrolleras vid anställning av personal som arbetar med barn",
         "Har inte genomförts på grund av vakans på HR-handläggartjänsten. Kontrollen förs över till plan 2026.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
    ]
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Nr", "Kontrollmoment", "Utfall helår 2025", "Status"]
    widths = [Cm(1.0), Cm(6.0), Cm(7.0), Cm(2.6)]
    for i, h in enumerate(hdr):
        set_cell_text(tab.rows[0].cells[i], h, bold=True, size=9.5)
        cell_shading(tab.rows[0].cells[i], "D9E1F2")
    for n, (km, utf, stat, code, avv) in enumerate(rows, 1):
        cells = tab.add_row().cells
        set_cell_text(cells[0], str(n), size=9.5)
        set_cell_text(cells[1], km, size=9.5)
        set_cell_text(cells[2], utf, size=9.5)
        set_cell_text(cells[3], stat, size=9.5)
        exp(fil, namnd, km, code, avv)
    for row in tab.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_paragraph().paragraph_format.space_after = Pt(2)
    d.add_paragraph(
        "Kontrollmoment 5 har inte kunnat genomföras under året. Förvaltningen bedömer ändå att den "
        "interna kontrollen i allt väsentligt är tillräcklig. De kontroller som inte har slutförts "
        "följs upp i internkontrollplanen för 2026.")
    d.add_paragraph("Med vänlig hälsning")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(22)
    p.add_run("Lena Bergkvist\n").bold = True
    p.add_run("Kultur- och fritidschef\nÄlmhults kommun")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Beslutsunderlag: KFN 2026-01-21 § 4").italic = True
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Utbildningsnämnden - xlsx, comments only in cell notes, delår + helår columns
# ---------------------------------------------------------------------------
def build_un_xlsx():
    fil = "IKP 2025 UN uppföljning helår.xlsx"
    namnd = "Utbildningsnämnden"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Utbildningsförvaltningen – Internkontrollplan 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Kommentar/resultat till respektive kontroll finns som anteckning i statuscellen "
                "(håll muspekaren över cellen). Status anges: Genomförd / Delvis genomförd / Ej genomförd / Utgår.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Uppdaterad 2026-01-19, Maria Holm, controller"
    ws["A3"].font = Font(size=9)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status delår", "Status helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = WRAP
    # (process, risk, km, metod, ansvarig, frekvens, delår, delår-note, helår, helår-note, code, avv)
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Controller", "2 ggr/år",
         "Genomförd", "25 fakturor granskade i april, inga avvikelser.",
         "Genomförd", "25 fakturor granskade i november. 2 saknade beslutsattest, rättat i efterhand. "
                      "Påminnelse om attestordningen har gått ut till rektorerna.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Inköp utanför avtal",
         "Kontroll av att inköp sker från upphandlade leverantörer (avtalstrohet)",
         "Analys av leverantörsreskontra", "Ekonomichef", "1 gång/år",
         None, None,
         "Delvis genomförd", "Analys gjord för förskolorna (avtalstrohet 86 %, målet är 90 %). "
                             "Grundskolan återstår.",
         "DELVIS", "ja"),
        ("Skolskjuts", "Felaktiga beslut",
         "Beslut om skolskjuts fattas enligt skolskjutsreglementet",
         "Granskning av 15 beslut", "Skolskjutssamordnare", "1 gång/år",
         None, None,
         None, "Genomförd i oktober. 15 beslut granskade, samtliga enligt reglementet.",
         "GENOMFORD", "nej"),
        ("Elevhälsa", "Obehörig åtkomst till journaler",
         "Elevhälsans journalföring kontrolleras genom loggkontroll i PMO",
         "Loggkontroll 20 journaler", "Verksamhetschef elevhälsa", "2 ggr/år",
         "Genomförd", None, "Genomförd", None,
         "GENOMFORD", "nej"),
        ("Trygghet och studiero", "Kränkningar utreds inte",
         "Anmälningar om kränkande behandling anmäls till huvudman inom fem dagar",
         "Genomgång av samtliga anmälningar", "Utvecklingsledare", "2 ggr/år",
         "Delvis genomförd", "Endast vårterminens anmälningar för F–6 granskade.",
         "Genomförd", "Genomgång av 48 anmälningar: 9 anmäldes senare än fem dagar. "
                      "Rutinen har förtydligats på rektorsmöte i december.",
         "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Ogiltig frånvaro upptäcks inte",
         "Uppföljning av elevers ogiltiga frånvaro och att vårdnadshavare kontaktas samma dag",
         "Stickprov frånvarorapporter", "Rektorer", "1 gång/år",
         None, None,
         "Ej genomförd", "Kontrollen sköts upp på grund av byte av lärplattform. "
                         "Ingen frånvarodata tillgänglig under hösten.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Olämplig person anställs",
         "Registerkontroll ur belastningsregistret vid nyanställning inom förskola och skola",
         "Kontroll av samtliga nyanställningar", "HR-specialist", "Löpande",
         "Genomförd", None,
         "Genomförd", "Samtliga 31 nyanställda hösten 2025 kontrollerade, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Brister i arbetsmiljön upptäcks inte",
         "Skyddsronder genomförs på samtliga enheter enligt årshjul",
         "Sammanställning protokoll", "Förvaltningschef", "1 gång/år",
         None, None,
         "Delvis genomförd", "Skyddsrond genomförd på 11 av 14 enheter. Haganässkolan, Diö skola "
                             "och förskolan Solgläntan genomförs i februari 2026.",
         "DELVIS", ""),
        ("Barnomsorg", "Felaktig avgift",
         "Debitering av barnomsorgsavgift stäms av mot inkomstuppgifter",
         "Stickprov 20 hushåll", "Placeringsassistent", "1 gång/år",
         "Utgår", "Utgår enligt beslut UN 2025-05-20 § 48, ersätts av kommungemensam kontroll.",
         "Utgår", None,
         "UTGAR", ""),
        ("IT och informationssäkerhet", "Behörigheter ligger kvar",
         "Behörigheter i elevregistret följs upp vid avslutad anställning",
         "Jämförelse AD-konton mot personalregister", "IT-samordnare", "1 gång/år",
         "Genomförd", "Kontroll i april: 3 konton för avslutade vikarier var fortfarande aktiva, stängda direkt.",
         None, None,
         "GENOMFORD", "ja"),
    ]
    r = 6
    for n, row in enumerate(rows, 1):
        (proc, risk, km, metod, ansv, frekv, dl, dl_note, hl, hl_note, code, avv) = row
        vals = [n, proc, risk, km, metod, ansv, frekv, dl, hl]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        for col, val, note in ((8, dl, dl_note), (9, hl, hl_note)):
            c = ws.cell(row=r, column=col)
            if note:
                cm = Comment(note, "Maria Holm")
                cm.width, cm.height = 300, 110
                c.comment = cm
            if val == "Genomförd":
                c.fill = GREEN
            elif val in ("Delvis genomförd",):
                c.fill = YELLOW
            elif val == "Ej genomförd":
                c.fill = RED
            elif val == "Utgår":
                c.fill = GREY
        exp(fil, namnd, km, code, avv)
        r += 1
    widths = [5, 16, 22, 42, 24, 18, 11, 15, 15]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - .xls, statuses OK / Ej OK / Delvis OK / - per tertial
# ---------------------------------------------------------------------------
def build_sn_xls():
    fil = "Socialnämnden IK 2025 T3.xls"
    namnd = "Socialnämnden"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 1–3 (helår)"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A4"] = "Förklaring:"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = "OK = kontrollen genomförd utan anmärkning"
    ws["B4"].fill = GREEN
    ws["C4"] = "Delvis OK = kontrollen delvis genomförd"
    ws["C4"].fill = YELLOW
    ws["D4"] = "Ej OK = kontrollen ej genomförd"
    ws["D4"].fill = RED
    ws["E4"] = "- = ingen kontroll planerad under tertialen"
    ws.merge_cells("E4:G4")
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "T1", "T2", "T3", "Kommentar"]
    HR = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "OK", "OK", "OK", "Stickprov 15 fakturor per tertial, inga avvikelser.", "GENOMFORD", "nej"),
            ("Utbetalning av försörjningsstöd sker enligt riktlinjer och med korrekt beslut",
             "Enhetschef IFO vuxen", "OK", "Delvis OK", "OK",
             "T2: endast hälften av stickprovet hann granskas.\nT3: 20 ärenden granskade, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Avgifter inom äldreomsorgen debiteras enligt fattade beslut", "Avgiftshandläggare",
             "-", "OK", "Ej OK",
             "T3: kontrollen hann inte genomföras på grund av byte av avgiftssystem.", "EJ_GENOMFORD", ""),
        ]),
        ("Myndighetsutövning", [
            ("Utredningstiden för barnavårdsutredningar överstiger inte fyra månader",
             "Enhetschef IFO barn och unga", "OK", "OK", "Delvis OK",
             "T3: november–december återstår att granska. 4 av 25 granskade utredningar överskred "
             "fyra månader utan beslut om förlängning.", "DELVIS", "ja"),
            ("Gynnande beslut enligt LSS verkställs inom tre månader", "Enhetschef LSS",
             "-", "OK", "OK", "Inga ej verkställda beslut att rapportera till IVO.", "GENOMFORD", "nej"),
            ("Avvikelser och lex Sarah-rapporter hanteras och utreds enligt rutin",
             "Kvalitetsutvecklare", "OK", "OK", "OK",
             "12 lex Sarah-rapporter under året, samtliga utredda enligt rutin. En anmäld till IVO.",
             "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroll i verksamhetssystemet Treserva", "Systemförvaltare",
             "OK", "-", "OK",
             "T3: loggkontroll av 30 slumpvis valda användare. En otillåten åtkomst upptäcktes och har "
             "hanterats som personuppgiftsincident.", "GENOMFORD", "ja"),
            ("Behörigheter i Treserva tas bort när anställningen upphör", "Systemförvaltare",
             "Ej OK", "Delvis OK", "-",
             "T1 ej genomförd. T2: genomgång av äldreomsorgen klar, IFO återstår och planeras till 2026.",
             "DELVIS", ""),
        ]),
        ("Personal och verksamhet", [
            ("Användning av timavlönade inom hemtjänsten följs upp mot budget",
             "Verksamhetschef äldreomsorg", "OK", "OK", "OK", None, "GENOMFORD", "nej"),
            ("Läkemedelshantering på särskilt boende kontrolleras genom egenkontroll", "MAS",
             "-", "-", "-", "Utgår 2025, ersätts av extern kvalitetsgranskning från apoteket.", "UTGAR", ""),
            ("Handlingsplan mot hot och våld gås igenom på APT i samtliga verksamheter",
             "Förvaltningschef", "Delvis OK", "Delvis OK", "Delvis OK",
             "Genomgång gjord i 9 av 12 arbetsgrupper.", "DELVIS", ""),
        ]),
    ]
    fills = {"OK": GREEN, "Delvis OK": YELLOW, "Ej OK": RED}
    r = HR + 1
    for gname, items in groups:
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = GREY
            ws.cell(row=r, column=col).border = BOX
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        r += 1
        for (km, ansv, t1, t2, t3, kom, code, avv) in items:
            vals = [gname, km, ansv, t1, t2, t3, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if i in (4, 5, 6):
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    if v in fills:
                        c.fill = fills[v]
            exp(fil, namnd, km, code, avv)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Beslutad i socialnämnden 2026-01-27 § 9")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for i, w in enumerate([20, 48, 24, 10, 10, 10, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp_x = os.path.join(TMP, "Socialnämnden IK 2025 T3.xlsx")
    wb.save(tmp_x)
    soffice_convert(tmp_x, "xls", TMP)
    shutil.copy(os.path.join(TMP, "Socialnämnden IK 2025 T3.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnämnden - .ods with a risk matrix above the control table
# ---------------------------------------------------------------------------
def build_mbn_ods():
    fil = "MBN internkontroll uppföljning helår 2025.ods"
    namnd = "Miljö- och byggnämnden"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Intern kontroll 2025"
    ws["A1"] = "Miljö- och byggnämnden – Intern kontroll 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Risk- och väsentlighetsanalys antagen MBN 2025-01-29 § 6. Uppföljning per 2025-12-31."
    ws["A2"].font = Font(size=9, italic=True)

    # --- risk matrix, rows 4-10 ---
    ws["A4"] = "Riskmatris"
    ws["A4"].font = Font(bold=True, size=12)
    ws["B5"] = "Konsekvens →"
    ws["B5"].font = Font(italic=True)
    kons = ["1 Lindrig", "2 Måttlig", "3 Kännbar", "4 Allvarlig"]
    for i, k in enumerate(kons):
        c = ws.cell(row=5, column=3 + i, value=k)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
    sann = ["4 Mycket sannolik", "3 Sannolik", "2 Möjlig", "1 Osannolik"]
    ws["A6"] = "Sannolikhet"
    ws["A6"].font = Font(italic=True)
    # placement of risk ids: (sannolikhet, konsekvens) -> text
    placed = {(3, 3): "R1", (2, 3): "R2", (3, 4): "R3", (2, 4): "R4", (2, 2): "R5",
              (1, 3): "R6", (1, 2): "R7", (2, 1): "R8"}
    for ri, s in enumerate(sann):
        sv = 4 - ri
        c = ws.cell(row=6 + ri, column=2, value=s)
        c.font = Font(bold=True)
        c.border = BOX
        for kv in range(1, 5):
            val = sv * kv
            cell = ws.cell(row=6 + ri, column=2 + kv, value=placed.get((sv, kv), ""))
            cell.alignment = Alignment(horizontal="center")
            cell.border = BOX
            cell.fill = GREEN if val <= 4 else (YELLOW if val <= 8 else RED)
    ws["B11"] = "Riskvärde = sannolikhet × konsekvens. 1–4 låg (grön), 5–8 medel (gul), 9–16 hög (röd)."
    ws["B11"].font = Font(size=9)

    # --- control table ---
    HR = 13
    ws.cell(row=HR - 1, column=1, value="Kontrollplan och utfall").font = Font(bold=True, size=12)
    hdr = ["Nr", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig",
           "Resultat helår", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("R1", "Lagstadgade handläggningstider för bygglov överskrids", 3, 3,
         "Bygglov handläggs inom lagstadgad tid (tio veckor från komplett ansökan)",
         "Stickprov 30 ärenden", "Bygglovschef",
         "27 av 30 ärenden inom tid. Tre ärenden överskred tiden och avgiften reducerades enligt "
         "PBL 12 kap. 8 a §.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("R2", "Felaktig debitering av avgifter", 2, 3,
         "Avgifter för bygglov debiteras enligt gällande plan- och bygglovstaxa",
         "Stickprov 20 ärenden", "Administratör",
         "20 ärenden kontrollerade, inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("R3", "Eftersatt tillsyn och kontroll", 3, 4,
         "Planerad livsmedelskontroll genomförs enligt kontrollplanen",
         "Uppföljning mot kontrollplan", "Miljöchef",
         "82 % av planerade kontroller genomfördes. Orsak: vakans som livsmedelsinspektör under våren.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("R3", "Eftersatt tillsyn och kontroll", 3, 4,
         "Tillsynsavgifter enligt miljöbalken faktureras inom en månad efter tillsynsbesök",
         "Stickprov 15 tillsynsbesök", "Miljöchef",
         "Kontrollen påbörjades i november, resultat redovisas till nämnden i mars 2026.",
         "Påbörjad", "DELVIS", ""),
        ("R4", "Jäv vid handläggning och beslut", 2, 4,
         "Jävsdeklaration upprättas av handläggare och nämndledamöter",
         "Genomgång av deklarationer", "Nämndsekreterare",
         "Samtliga 9 ledamöter och 14 handläggare har lämnat jävsdeklaration.", "Genomförd",
         "GENOMFORD", "nej"),
        ("R5", "Handlingar diarieförs inte", 2, 2,
         "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov i ärendehanteringssystemet", "Registrator",
         "Ej genomförd på grund av införandet av nytt ärendehanteringssystem.", "Ej påbörjad",
         "EJ_GENOMFORD", ""),
        ("R6", "Delegationsbeslut anmäls inte", 1, 3,
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutslistor/protokoll", "Nämndsekreterare",
         "Samtliga delegationslistor har anmälts vid nämndens sammanträden.", "Genomförd",
         "GENOMFORD", "nej"),
        ("R7", "Beslut om strandskyddsdispens överprövas inte", 1, 2,
         "Beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka",
         "Genomgång av samtliga beslut", "Miljöchef",
         "Inga ärenden om strandskyddsdispens under 2025.", "Utgår", "UTGAR", ""),
        ("R8", "Bristande introduktion av nyanställda", 2, 1,
         "Introduktion för nya handläggare genomförs enligt checklista",
         "Genomgång av checklistor", "Förvaltningschef",
         "Se bilaga 2", None, "OKLAR", ""),
    ]
    fills = {"Genomförd": GREEN, "Genomförd med avvikelse": YELLOW, "Påbörjad": YELLOW,
             "Ej påbörjad": RED, "Utgår": GREY}
    r = HR + 1
    first_r3 = None
    for n, (rid, risk, s, k, km, metod, ansv, res, stat, code, avv) in enumerate(rows, 1):
        vals = [rid, risk, s, k, s * k, km, metod, ansv, res, stat]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        if stat in fills:
            ws.cell(row=r, column=10).fill = fills[stat]
        if rid == "R3":
            if first_r3 is None:
                first_r3 = r
            else:
                for col in range(1, 6):
                    ws.cell(row=r, column=col).value = None
                    ws.merge_cells(start_row=first_r3, start_column=col, end_row=r, end_column=col)
        exp(fil, namnd, km, code, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Miljö- och byggförvaltningen, Jonas Ek, förvaltningschef, 2026-01-23")
    ws.cell(row=r, column=1).font = Font(size=9, italic=True)
    for i, w in enumerate([8, 30, 11, 11, 11, 44, 26, 18, 46, 22], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp_x = os.path.join(TMP, "MBN internkontroll uppföljning helår 2025.xlsx")
    wb.save(tmp_x)
    soffice_convert(tmp_x, "ods", TMP)
    shutil.copy(os.path.join(TMP, "MBN internkontroll uppföljning helår 2025.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys CSV - two exports pasted together (KS + Överförmyndarnämnden), header repeated
# ---------------------------------------------------------------------------
def build_stratsys_csv():
    fil = "Stratsys_export_internkontroll_2025.csv"
    header = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status",
              "Avvikelse", "Kommentar"]
    ks_org = "Kommunstyrelsen/Kommunledningsförvaltningen"
    ks = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Klar", "Nej", "Stickprov 40 fakturor, samtliga attesterade enligt attestordningen.", "GENOMFORD", "nej"),
        ("Ekonomi", "Manuella utbetalningar kontrolleras av två personer i förening", "Redovisningsansvarig",
         "Klar", "Ja", "En manuell utbetalning i juni saknade kontrollsignatur.\nRutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna",
         "Upphandlingschef", "Pågår", "",
         "Granskning av första halvåret klar, andra halvåret pågår.", "DELVIS", ""),
        ("Lön", "Nyupplagda anställda i lönesystemet kontrolleras mot anställningsbeslut", "Lönechef",
         "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("IT", "Behörigheter till ekonomisystemet granskas", "IT-chef",
         "Ej påbörjad", "", "Skjuts till 2026 på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Dataskyddsombud", "Klar", "Nej", "Två incidenter anmälda under året, båda inom 72 timmar.",
         "GENOMFORD", "nej"),
        ("Räddningstjänst", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", "Räddningschef",
         "Klar", "Ja", "38 av 45 planerade tillsyner genomförda; resterande flyttade till 2026.",
         "GENOMFORD", "ja"),
        ("Kansli", "Protokoll justeras och anslås inom lagstadgad tid", "Kanslichef",
         "Ej rapporterad", "", "", "SAKNAS", ""),
    ]
    ofn_org = "Överförmyndarnämnden"
    ofn = [
        ("Tillsyn", "Årsräkningar granskas inom sex månader från inlämnande", "Handläggare",
         "Klar", "Ja", "92 % granskade inom tid, 14 årsräkningar granskades senare.", "GENOMFORD", "ja"),
        ("Registerhållning", "Förordnanden för gode män och förvaltare registreras korrekt i verksamhetssystemet",
         "Handläggare", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Rekrytering", "Utdrag ur belastningsregistret och kreditupplysning för nya ställföreträdare",
         "Enhetschef", "Pågår", "", "Kontroll av ställföreträdare rekryterade under hösten pågår.",
         "DELVIS", ""),
        ("Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Enhetschef",
         "Ej aktuell", "", "Ersatt av Länsstyrelsens inspektion 2025.", "UTGAR", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for org, data, namnd in ((ks_org, ks, "Kommunstyrelsen"), (ofn_org, ofn, "Överförmyndarnämnden")):
            w.writerow(header)
            for (proc, km, ansv, stat, avv_txt, kom, code, avv) in data:
                w.writerow([org, proc, km, ansv, "Helår 2025", stat, avv_txt, kom])
                exp(fil, namnd, km, code, avv)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Älmhultsbostäder AB (bolag) - docx report with group heading rows in the table
# ---------------------------------------------------------------------------
def build_abo_docx():
    fil = "ÄBO rapport intern kontroll 2025.docx"
    namnd = "Älmhultsbostäder AB"
    d = docx.Document()
    fix_doc_props(d, "Karin Nyström")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Älmhultsbostäder AB\tStyrelsehandling\t2026-02-12"
    sec.footer.paragraphs[0].text = "Älmhultsbostäder AB, Box 13, 343 21 Älmhult"
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)

    d.add_heading("Rapport intern kontroll 2025", level=1)
    d.add_paragraph("Ärende till styrelsens sammanträde 2026-02-12, punkt 7")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt ägardirektivet ska bolaget årligen anta en plan för intern kontroll och rapportera "
        "utfallet till styrelsen och till Elmen AB. Styrelsen antog planen för 2025 den 13 februari 2025. "
        "I tabellen nedan redovisas genomförda kontroller, resultat och bolagets bedömning för hela året.")
    d.add_heading("Utfall", level=2)
    groups = [
        ("Hyresadministration", [
            ("Hyror registreras enligt förhandlingsöverenskommelsen med Hyresgästföreningen",
             "Stickprov 25 kontrakt",
             "Samtliga kontrakt hade korrekt hyra efter 2025 års förhandling (+5,1 %).",
             "Utförd", "GENOMFORD", "nej"),
            ("Kravhantering av hyresfordringar sker enligt kravrutinen",
             "Genomgång av kundreskontran per kvartal",
             "Kravrutinen har följts. Två ärenden överlämnades till Kronofogden senare än rutinen anger.",
             "Utförd", "GENOMFORD", "ja"),
            ("Lägenheter fördelas enligt uthyrningspolicyn",
             "Granskning av 15 uthyrningar",
             "13 uthyrningar enligt köordning. Två förturer saknade dokumenterat beslut.",
             "Utförd", "GENOMFORD", "ja"),
        ]),
        ("Fastighetsförvaltning", [
            ("Obligatorisk ventilationskontroll (OVK) genomförs enligt plan",
             "Avstämning mot OVK-register",
             "OVK genomförd för 31 av 38 planerade objekt, resterande är beställda till kvartal 1 2026.",
             "Delvis utförd", "DELVIS", ""),
            ("Systematiskt brandskyddsarbete i trapphus och allmänna utrymmen",
             "Egenkontroll enligt checklista",
             "Genomförd enligt plan, inga anmärkningar.",
             "Utförd", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och inköp", [
            ("Leverantörsfakturor attesteras enligt bolagets attestinstruktion",
             "Stickprov 30 fakturor", "Inga avvikelser.", "Utförd", "GENOMFORD", "nej"),
            ("Entreprenadupphandlingar genomförs enligt LOU",
             "Genomgång av upphandlingar över 700 tkr",
             "Inte utförd under året. Granskningen görs av kommunens upphandlingsenhet i april 2026.",
             "Ej utförd", "EJ_GENOMFORD", ""),
        ]),
        ("Bolagsstyrning", [
            ("Ägardirektiv och beslut från årsstämman följs upp av styrelsen",
             "Genomgång av styrelseprotokoll", "Uppföljning gjord vid styrelsemötet 2025-10-16.",
             "Utförd", "GENOMFORD", "nej"),
            ("Anställdas bisysslor redovisas årligen",
             "Enkät till samtliga anställda", "", "", "SAKNAS", ""),
        ]),
    ]
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Resultat", "Bedömning"]):
        set_cell_text(tab.rows[0].cells[i], h, bold=True, size=9.5)
        cell_shading(tab.rows[0].cells[i], "1F4E79")
        for run in tab.rows[0].cells[i].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade = {"Utförd": "C6EFCE", "Delvis utförd": "FFEB9C", "Ej utförd": "FFC7CE"}
    for gname, items in groups:
        row = tab.add_row()
        m = row.cells[0].merge(row.cells[3])
        set_cell_text(m, gname, bold=True, size=9.5)
        cell_shading(m, "DDEBF7")
        for (km, metod, res, bed, code, avv) in items:
            cells = tab.add_row().cells
            set_cell_text(cells[0], km, size=9.5)
            set_cell_text(cells[1], metod, size=9.5)
            set_cell_text(cells[2], res, size=9.5)
            set_cell_text(cells[3], bed, size=9.5)
            if bed in shade:
                cell_shading(cells[3], shade[bed])
            exp(fil, namnd, km, code, avv)
    for row in tab.rows:
        for i, w in enumerate([Cm(5.5), Cm(3.5), Cm(6.0), Cm(2.2)]):
            row.cells[i].width = w
    d.add_heading("Bedömning", level=2)
    d.add_paragraph(
        "Bolaget bedömer att den interna kontrollen är tillräcklig. Avvikelserna inom hyresadministrationen "
        "har åtgärdats genom förtydligade rutiner.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Styrelsen godkänner rapporten om intern kontroll 2025 och överlämnar den till Elmen AB.")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Karin Nyström\nVerkställande direktör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Elmen AB - easy xlsx, Ja/Nej column, company name only in print header and file name
# ---------------------------------------------------------------------------
def build_elmen_xlsx():
    fil = "Elmen AB IK 2025.xlsx"
    namnd = "Elmen AB"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporterad till styrelsen 2026-02-05"
    hdr = ["Kontrollmoment", "Ansvarig", "Genomförd (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rows = [
        ("Koncernbidrag och aktieägartillskott redovisas enligt styrelsebeslut", "VD", "Ja",
         "Avstämt mot bokslut 2025.", "GENOMFORD", "nej"),
        ("Dotterbolagens rapportering till moderbolaget sker enligt ägardirektiven", "VD", "Ja",
         "Älmhultsbostäders tertialrapport T2 kom in två veckor för sent.", "GENOMFORD", "ja"),
        ("Styrelseprotokoll justeras och arkiveras", "Styrelsens sekreterare", "Ja", None, "GENOMFORD", "nej"),
        ("Firmateckning sker i enlighet med registrerad firmateckningsrätt", "Ekonomiansvarig", "Nej",
         "Hanns inte med 2025, görs i samband med bokslutet.", "EJ_GENOMFORD", ""),
        ("Bolagets försäkringsskydd ses över årligen", "VD", "Ja",
         "Genomgång med kommunens försäkringsansvarige 2025-09-03.", "GENOMFORD", "nej"),
    ]
    for r, (km, ansv, ja, kom, code, avv) in enumerate(rows, 5):
        for i, v in enumerate([km, ansv, ja, kom], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, namnd, km, code, avv)
    for i, w in enumerate([55, 22, 18, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.left.text = "Elmen AB"
    ws.oddHeader.right.text = "&D"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from Socialnämnden, no controls in it
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv SN uppföljning internkontroll 2025.docx"
    d = docx.Document()
    fix_doc_props(d, "Eva Lundgren")
    d.sections[0].header.paragraphs[0].text = "ÄLMHULTS KOMMUN\tSocialförvaltningen"
    d.add_paragraph("2026-01-29\nDnr SN 2025/48")
    d.add_paragraph("Till: Kommunstyrelsen\nEkonomienheten, att. Anders Fransson")
    p = d.add_paragraph()
    r = p.add_run("Översändande av socialnämndens uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för 2025 (helår). "
        "Nämnden behandlade uppföljningen vid sitt sammanträde den 27 januari 2026, § 9, och beslutade "
        "att godkänna den samt att överlämna den till kommunstyrelsen.")
    d.add_paragraph(
        "Uppföljningen med kommentarer per kontrollmoment finns i bifogad fil "
        "(Socialnämnden IK 2025 T3.xls). Protokollsutdraget skickas separat när protokollet är justerat.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nEva Lundgren\nNämndsekreterare, socialförvaltningen\n0476-550 00")
    d.add_paragraph("Bilaga: Socialnämnden IK 2025 T3.xls")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def build_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Älmhultsbostäder AB", "ÄBO|Älmhultsbostäder|Älmhultsbostäder Aktiebolag"),
        ("Elmen AB", "Elmen|Elmen Aktiebolag"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)


def write_csvs():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build_kfn_letter()
    build_un_xlsx()
    build_sn_xls()
    build_mbn_ods()
    build_stratsys_csv()
    build_abo_docx()
    build_elmen_xlsx()
    build_missiv()
    build_register()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(FILES), "file rows,", len(EXPECTED), "expected controls")


if __name__ == "__main__":
    main()
