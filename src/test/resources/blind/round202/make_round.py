#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r202 - Hjälmby kommun, delår 2025: versions and mix-ups in the inbox.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r202_build"
LO_PROFILE = "file:///tmp/lo-round202"
FIXED_DT = datetime.datetime(2025, 9, 17, 9, 30, 0)

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)


def one_line(s):
    return " ".join(s.split())


def add_expected(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, one_line(km), st, av))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def set_heights(ws, first, last, widths):
    import math
    for r in range(first, last + 1):
        lines = 1
        for c, w in enumerate(widths, 1):
            v = ws.cell(r, c).value
            if v is None or ws.cell(r, c).coordinate in ws.merged_cells:
                continue
            n = sum(max(1, math.ceil(len(part) * 1.15 / max(w - 1, 1))) for part in str(v).split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[r].height = 13 * lines + 2


def fix_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


# ---------------------------------------------------------------------------
# 1+2. Vård- och omsorgsnämnden: first version and _rev2 (KORRIGERAD)
# ---------------------------------------------------------------------------
# (nr, process, risk, riskvärde, kontrollmoment, metod, ansvarig,
#  v1: (status, kommentar, åtgärd, exp_status, exp_avv),
#  v2: same or None if unchanged)
VON_ROWS = [
    ("1", "Ekonomi", "Felaktiga utbetalningar", 9,
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor per tertial", "Controller",
     ("Genomförd", "20 fakturor granskade. Samtliga korrekt attesterade av behörig beslutsattestant.", "",
      "GENOMFORD", "nej"),
     None),
    ("2", "Ekonomi", "Felaktig avgift tas ut av brukare", 12,
     "Debitering av avgifter inom hemtjänst stämmer mot beslut och utförd tid",
     "Stickprov 30 kunder, jämförelse beslut – planerad/utförd tid – faktura", "Avgiftshandläggare",
     ("Pågår", "15 av 30 kunder kontrollerade hittills. 2 felaktiga debiteringar (för hög avgift) har rättats.",
      "Fortsatt kontroll under september.", "DELVIS", "ja"),
     ("Genomförd med avvikelse",
      "Samtliga 30 kunder kontrollerade. 3 felaktiga debiteringar (för hög avgift) har rättats och kunderna har fått återbetalning.",
      "Rutin för registrering av avbokade besök ses över.", "GENOMFORD", "ja")),
    ("3", "Ekonomi", "Förtroendeskada", 6,
     "Representation och förtroendekänsliga poster följer kommunens riktlinjer",
     "Genomgång av samtliga konton för representation och kurser", "Controller",
     ("Genomförd", "Inga avvikelser. Samtliga poster har syfte och deltagare angivna.", "", "GENOMFORD", "nej"),
     None),
    ("4", "Myndighetsutövning", "Beslut verkställs inte i tid", 12,
     "Biståndsbeslut verkställs inom tre månader\n(ej verkställda beslut rapporteras till IVO)",
     "Uttag ur Lifecare per kvartal", "Enhetschef myndighet",
     ("Genomförd med avvikelse",
      "4 ej verkställda beslut om särskilt boende har rapporterats till IVO. En rapport lämnades för sent (kvartal 1).",
      "Påminnelse i kalendern inför varje rapporteringstillfälle.", "GENOMFORD", "ja"),
     None),
    ("5", "Vård och omsorg", "Brister i dokumentation", 8,
     "Genomförandeplaner upprättas inom 14 dagar efter verkställighet",
     "Stickprov 5 planer per enhet (4 enheter)", "Enhetschefer hemtjänst",
     ("Ej påbörjad", "Planeras till september.", "", "EJ_GENOMFORD", ""),
     ("Pågår", "Stickprov gjort på 2 av 4 enheter. 3 av 10 granskade planer var upprättade för sent.",
      "Återstående enheter granskas i oktober.", "DELVIS", "ja")),
    ("6", "Vård och omsorg", "Missförhållanden åtgärdas inte", 9,
     "Rapporter enligt lex Sarah utreds och åtgärdas",
     "Genomgång av samtliga rapporter", "Kvalitetsstrateg",
     ("Genomförd", "Samtliga 7 rapporter har utretts inom tid. Ingen bedömdes som allvarligt missförhållande.", "",
      "GENOMFORD", "nej"),
     None),
    ("7", "Hälso- och sjukvård", "Felaktig läkemedelshantering", 12,
     "Läkemedelshantering – kontroll av signeringslistor på särskilda boenden",
     "Egenkontroll MAS, samtliga 5 boenden", "MAS",
     ("", "", "", "SAKNAS", ""),
     ("Genomförd",
      "Kontroll gjord på samtliga 5 boenden. Brister i signering på Lärkgårdens boende, åtgärdsplan upprättad.",
      "Uppföljning på Lärkgården i november.", "GENOMFORD", "ja")),
    ("8", "Informationssäkerhet", "Obehörig åtkomst till personuppgifter", 12,
     "Behörigheter i verksamhetssystemet Lifecare stäms av mot aktuella anställningar",
     "Avstämning mot personalsystemet två gånger per år", "Systemförvaltare",
     ("Genomförd", "Avstämning gjord i juni. 12 behörigheter kopplade till avslutade anställningar har tagits bort.",
      "Rutin för avslut av behörighet vid anställningens slut förtydligas.", "GENOMFORD", "ja"),
     None),
    ("9", "Informationssäkerhet", "Obehörig åtkomst till personuppgifter", 8,
     "Loggkontroll av åtkomst till journaler",
     "Stickprov 10 journaler per månad", "Systemförvaltare",
     ("Utgår", "Ersätts av ny rutin för systematisk loggkontroll, beslut VON 2025-04-16 § 41.", "",
      "UTGAR", ""),
     None),
    ("10", "Personal", "Felaktiga löneutbetalningar", 6,
     "Timanställdas arbetstid registreras och attesteras i tid",
     "Uttag ur tidrapporteringen per månad", "HR-specialist",
     ("Pågår", "Kontroll av maj och juni klar, inga avvikelser hittills. Juli–augusti återstår.", "",
      "DELVIS", "nej"),
     ("Ej genomförd",
      "Kontrollen kunde inte genomföras för perioden på grund av vakans på HR. Det som i första versionen redovisades för maj–juni var endast ett uttag ur systemet, ingen kontroll. Flyttas till helår.",
      "", "EJ_GENOMFORD", "")),
]

VON_FILLS = {
    "Genomförd": "C6EFCE",
    "Genomförd med avvikelse": "FFEB9C",
    "Pågår": "FFEB9C",
    "Ej påbörjad": "FFC7CE",
    "Ej genomförd": "FFC7CE",
    "Utgår": "D9D9D9",
}


def make_von(fname, rev2):
    wb = openpyxl.Workbook()
    fix_wb_props(wb, "Anna Berglund")
    ws = wb.active
    ws.title = "Uppföljning delår"
    r = 1
    if rev2:
        ws.cell(r, 1, "KORRIGERAD VERSION – ersätter version inskickad 2025-09-10. "
                      "Ändringar avser kontrollmoment 2, 5, 7 och 10.")
        ws.cell(r, 1).font = Font(bold=True, color="C00000", size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
    ws.cell(r, 1, "Hjälmby kommun").font = Font(size=9, italic=True)
    r += 1
    ws.cell(r, 1, "Uppföljning av internkontrollplan 2025").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 2
    meta = [("Nämnd:", "Vård- och omsorgsnämnden"),
            ("Period:", "Delår 1 januari – 31 augusti 2025"),
            ("Upprättad av:", "Anna Berglund, kvalitetsstrateg"),
            ("Datum:", "2025-09-17" if rev2 else "2025-09-10")]
    for k, v in meta:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    heads = ["Nr", "Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Kontrollmetod/omfattning",
             "Ansvarig", "Status delår", "Resultat och kommentar", "Åtgärd"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    header_row = r
    r += 1
    exp = []
    for row in VON_ROWS:
        nr, proc, risk, rv, km, metod, ans, v1, v2 = row
        data = v2 if (rev2 and v2 is not None) else v1
        st, kom, atg, est, eav = data
        vals = [int(nr), proc, risk, rv, km, metod, ans, st, kom, atg]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        if st in VON_FILLS:
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=VON_FILLS[st])
        exp.append((km, est, eav))
        r += 1
    r += 1
    ws.cell(r, 1, "Status anges med: Genomförd, Genomförd med avvikelse, Pågår, Ej påbörjad, "
                  "Ej genomförd eller Utgår. Riskvärde = sannolikhet × konsekvens (1–16).").font = Font(italic=True, size=9)
    r += 1
    ws.cell(r, 1, "Uppföljningen behandlas av Vård- och omsorgsnämnden 2025-09-24.").font = Font(italic=True, size=9)
    widths = [13, 16, 22, 7, 38, 28, 18, 16, 48, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    set_heights(ws, header_row, header_row + len(VON_ROWS), widths)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.oddHeader.center.text = "Vård- och omsorgsförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fname))
    FILES.append((fname, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))
    add_expected(fname, "Vård- och omsorgsnämnden", exp)


# ---------------------------------------------------------------------------
# 3+4. Barn- och utbildningsnämnden: helår 2024 (old .xls dropped in by mistake) and delår 2025
# ---------------------------------------------------------------------------
BUN_LEGEND = [
    "Teckenförklaring:",
    "✔  = Genomförd utan anmärkning",
    "(✔) = Genomförd med avvikelse – se kommentar",
    "◐  = Påbörjad / delvis genomförd",
    "✖  = Ej genomförd",
    "U  = Utgår",
    "Tom ruta = kontrollen ej planerad för tertialet",
]

# (område, kontrollmoment, metod, ansvarig, t1, t2, t3, kommentar, exp_status, exp_avv)
BUN_2024 = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor/tertial", "Controller", "✔", "✔", "✔",
     "Inga avvikelser under året.", "GENOMFORD", "nej"),
    ("Ekonomi", "Interkommunal ersättning för elever i annan kommun faktureras korrekt",
     "Avstämning elevregister mot fakturering", "Controller", "◐", "(✔)", "✔",
     "T2: två elever hade inte fakturerats, rättat i juni. Helår: samtliga fakturor kontrollerade utan ytterligare fel.",
     "GENOMFORD", "ja"),
    ("Ekonomi", "Inköp görs hos avtalade leverantörer (avtalstrohet)",
     "Leverantörsanalys, stickprov", "Inköpssamordnare", "", "◐", "(✔)",
     "Avtalstrohet 87 %. Läromedel köpta utanför avtal på Norrbyskolan och Åsens skola.",
     "GENOMFORD", "ja"),
    ("Skola och förskola", "Kränkande behandling anmäls till huvudman utan dröjsmål",
     "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola", "✔", "✔", "✔",
     "Samtliga 64 anmälningar inkomna inom fem dagar.", "GENOMFORD", "nej"),
    ("Skola och förskola", "Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
     "Stickprov 3 elever per skola", "Rektorer", "◐", "◐", "◐",
     "Rutinen följs på 9 av 12 skolor. Kartläggning saknas i flera ärenden.", "DELVIS", "ja"),
    ("Skola och förskola", "Förskolornas barngruppsstorlek rapporteras till nämnden",
     "Uttag ur Tempus", "Verksamhetschef förskola", "U", "U", "U",
     "Utgår enligt beslut BUN 2024-03-20 § 28, ingår i kvalitetsrapporten.", "UTGAR", ""),
    ("Personal", "Kontroll av utdrag ur belastningsregistret vid nyanställning",
     "Samtliga nyanställningar", "HR-konsult", "✔", "✔", "✖",
     "Kontrollen för september–december ej genomförd på grund av byte av HR-system.",
     "EJ_GENOMFORD", ""),
    ("Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjerna",
     "Stickprov 20 beslut inför läsårsstart", "Skolskjutshandläggare", "", "", "✔",
     "20 beslut granskade, alla enligt riktlinjerna.", "GENOMFORD", "nej"),
]

BUN_2025 = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor/tertial", "Controller", "✔", "✔", "",
     "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Ekonomi", "Interkommunal ersättning för elever i annan kommun faktureras korrekt",
     "Avstämning elevregister mot fakturering", "Controller", "✔", "◐", "",
     "Underlag för höstterminen ej komplett, avstämning slutförs i oktober.", "DELVIS", ""),
    ("Ekonomi", "Avtalstrohet vid inköp av läromedel och förbrukningsmaterial",
     "Stickprov 25 inköp, en gång per år (T1)", "Inköpssamordnare", "(✔)", "", "",
     "3 av 25 inköp gjorda utanför avtal. Information till rektorer i maj.", "GENOMFORD", "ja"),
    ("Skola och förskola", "Kränkande behandling anmäls till huvudman utan dröjsmål",
     "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola", "✔", "(✔)", "",
     "8 anmälningar under maj–juni inkom senare än fem dagar.", "GENOMFORD", "ja"),
    ("Skola och förskola", "Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
     "Stickprov 3 elever per skola", "Rektorer", "◐", "◐", "",
     "Ny rutin införd. Uppföljning gjord på 7 av 12 skolor.", "DELVIS", ""),
    ("Skola och förskola", "Dokumentation av extra anpassningar och särskilt stöd i elevakten",
     "Stickprov 10 elevakter, T3", "Elevhälsochef", "", "", "",
     "", "SAKNAS", ""),
    ("Skola och förskola", "Lärare som undervisar har legitimation och behörighet i ämnet",
     "Uttag ur Skolverkets lärarregister mot schema", "HR-konsult", "", "se bilaga", "",
     "", "OKLAR", ""),
    ("Personal", "Kontroll av utdrag ur belastningsregistret vid nyanställning",
     "Samtliga nyanställningar", "HR-konsult", "✔", "✔", "",
     "41 nyanställningar, utdrag fanns i samtliga fall.", "GENOMFORD", "nej"),
    ("Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjerna",
     "Stickprov 20 beslut inför läsårsstart", "Skolskjutshandläggare", "", "✖", "",
     "Flyttas till T3 på grund av byte av handläggare.", "EJ_GENOMFORD", ""),
]


def make_bun(rows, year, title, sheetname, created_by):
    wb = openpyxl.Workbook()
    fix_wb_props(wb, created_by)
    ws = wb.active
    ws.title = sheetname
    ws.cell(1, 1, "Barn- och utbildningsnämnden").font = Font(bold=True, size=14)
    ws.cell(2, 1, title).font = Font(bold=True, size=12)
    ws.cell(3, 1, "Rapportering per tertial: T1 = jan–apr, T2 = maj–aug (delårsrapport), "
                  "T3 = sep–dec (helårsuppföljning)").font = Font(italic=True, size=9)
    heads = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
             "T1", "T2", "T3", "Kommentar"]
    hr = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center" if c >= 6 and c <= 8 else "left", vertical="center")
    r = hr + 1
    exp = []
    group_start = r
    prev = None
    for i, row in enumerate(rows, 1):
        omr, km, metod, ans, t1, t2, t3, kom, est, eav = row
        if omr != prev:
            if prev is not None and r - 1 > group_start:
                ws.merge_cells(start_row=group_start, start_column=2, end_row=r - 1, end_column=2)
            group_start = r
            ws.cell(r, 2, omr)
            prev = omr
        ws.cell(r, 1, i)
        ws.cell(r, 3, km)
        ws.cell(r, 4, metod)
        ws.cell(r, 5, ans)
        for c, v in ((6, t1), (7, t2), (8, t3)):
            if v:
                ws.cell(r, c, v)
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
        if kom:
            ws.cell(r, 9, kom)
        for c in range(1, 10):
            ws.cell(r, c).border = BOX
            if c not in (6, 7, 8):
                ws.cell(r, c).alignment = WRAP
        exp.append((km, est, eav))
        r += 1
    if r - 1 > group_start:
        ws.merge_cells(start_row=group_start, start_column=2, end_row=r - 1, end_column=2)
    # totals row
    ws.cell(r, 3, "Antal genomförda kontroller (✔ och (✔))").font = Font(bold=True)
    for c, idx in ((6, 4), (7, 5), (8, 6)):
        n = sum(1 for row in rows if row[idx] in ("✔", "(✔)"))
        if any(row[idx] for row in rows):
            ws.cell(r, c, n).font = Font(bold=True)
        ws.cell(r, c).alignment = Alignment(horizontal="center")
    r += 2
    for line in BUN_LEGEND:
        ws.cell(r, 3, line).font = Font(size=9, bold=(line == BUN_LEGEND[0]))
        r += 1
    widths = [5, 18, 44, 32, 24, 9, 9, 9, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    set_heights(ws, hr + 1, hr + len(rows), widths)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.left.text = "Barn- och utbildningsförvaltningen"
    return wb, exp


# ---------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    return sec


def fix_doc_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - saved under a "TN_" file name, sent as .odt
# ---------------------------------------------------------------------------
SBN_COLORS = {"Grön": "92D050", "Gul": "FFFF00", "Röd": "FF0000", "Grå": "BFBFBF", "": None}
# (process, kontrollmoment, metod, ansvarig, resultat, bedömning, exp_status, exp_avv)
SBN_ROWS = [
    ("Bygglov", "Handläggningstiden för bygglov håller sig inom lagstadgade 10 veckor",
     "Stickprov 30 ärenden ur Castor", "Bygglovschef",
     "27 av 30 ärenden inom tid. 3 ärenden överskred tiden och avgiften reducerades enligt 12 kap. 8 a § PBL.",
     "Gul", "GENOMFORD", "ja"),
    ("Bygglov", "Bygglovsavgift debiteras enligt gällande taxa",
     "Stickprov 20 beslut", "Administratör",
     "Samtliga 20 avgifter korrekt beräknade enligt taxa 2025.", "Grön", "GENOMFORD", "nej"),
    ("Detaljplanering", "Planavtal tecknas innan planarbete påbörjas",
     "Genomgång av samtliga planuppdrag 2025", "Planchef",
     "Planavtal fanns för alla 6 nya planuppdrag.", "Grön", "GENOMFORD", "nej"),
    ("Mark och exploatering", "Arrendeavgifter indexregleras och faktureras enligt avtal",
     "Genomgång av arrenderegistret", "Mark- och exploateringsingenjör",
     "Kontrollen genomförd. 14 av 52 arrenden har inte indexreglerats sedan 2021, intäktsbortfall ca 180 tkr. "
     "Åtgärdsplan tas fram till nämnden i november.",
     "Röd", "GENOMFORD", "ja"),
    ("Informationssäkerhet", "Behörigheter i ärendehanteringssystemet stäms av två gånger per år",
     "Avstämning mot personalförteckning", "Systemförvaltare",
     "Avstämning i mars utan anmärkning. Nästa avstämning i oktober.", "Grön", "GENOMFORD", "nej"),
    ("Tillsyn", "Tillsynsärenden om ovårdade tomter följs upp inom fastställd tid",
     "Stickprov 10 ärenden", "Byggnadsinspektör",
     "Ej genomförd på grund av vakanser inom bygglovsenheten. Flyttas till 2026.", "Röd",
     "EJ_GENOMFORD", ""),
    ("Inköp", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjerna",
     "Genomgång av samtliga direktupphandlingar", "Förvaltningsekonom",
     "Pågår, redovisas i helårsuppföljningen.", "", "DELVIS", ""),
    ("Bostadsanpassning", "Beslut om bostadsanpassningsbidrag fattas enligt delegationsordningen",
     "Stickprov 15 beslut", "Handläggare bostadsanpassning",
     "Utgår – verksamheten överfördes till Vård- och omsorgsnämnden 2025-03-01.", "Grå",
     "UTGAR", ""),
]


def make_sbn(fname):
    doc = docx.Document()
    fix_doc_props(doc, "Erik Holm")
    sec = landscape(doc)
    sec.footer.paragraphs[0].text = "Samhällsbyggnadsförvaltningen  |  Hjälmby kommun  |  Dnr SBN 2025/0212"
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Samhällsbyggnadsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 156). Planen omfattar åtta "
        "kontrollmoment. Till och med augusti har fem kontrollmoment genomförts, ett pågår, ett har inte "
        "genomförts och ett utgår eftersom verksamheten har flyttats till annan nämnd. Avvikelserna inom "
        "arrendehanteringen bedöms som allvarliga och en åtgärdsplan kommer att redovisas för nämnden.")
    p = doc.add_paragraph()
    r = p.add_run("Bedömning: ")
    r.bold = True
    p.add_run("Grön – kontrollen genomförd, inga avvikelser. Gul – kontrollen genomförd, avvikelser som åtgärdas. "
              "Röd – kontrollen ej genomförd eller allvarliga brister. Grå – utgår.")
    heads = ["Process/rutin", "Kontrollmoment", "Kontrollmetod och omfattning", "Ansvarig",
             "Resultat delår 2025", "Bedöm-\nning"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "D9E2F3")
    exp = []
    for proc, km, metod, ans, res, bed, est, eav in SBN_ROWS:
        cells = t.add_row().cells
        for i, v in enumerate([proc, km, metod, ans, res, bed]):
            set_cell(cells[i], v, size=9)
        if SBN_COLORS[bed]:
            shade(cells[5], SBN_COLORS[bed])
        exp.append((km, est, eav))
    widths = [Cm(3.2), Cm(6.0), Cm(4.2), Cm(3.4), Cm(7.5), Cm(1.6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Hjälmby 2025-09-08")
    doc.add_paragraph("Erik Holm\nFörvaltningschef, Samhällsbyggnadsförvaltningen")
    tmp = os.path.join(BUILD, os.path.splitext(fname)[0] + ".docx")
    doc.save(tmp)
    soffice_convert(tmp, "odt", HERE)
    FILES.append((fname, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))
    add_expected(fname, "Samhällsbyggnadsnämnden", exp)


# ---------------------------------------------------------------------------
# 6. Socialnämnden - covering letter (missiv) with the follow-up table after the letter
# ---------------------------------------------------------------------------
# (group, nr, kontrollmoment, metod, status, iakttagelser, åtgärd, exp_status, exp_avv)
SN_ROWS = [
    ("Myndighetsutövning individ- och familjeomsorg", "1.1",
     "Utredningar av barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)",
     "Uttag ur Treserva, samtliga avslutade utredningar jan–aug",
     "Genomförd med avvikelse",
     "82 % av utredningarna avslutades inom fyra månader. Beslut om förlängning saknades i 6 ärenden.",
     "Påminnelse om förlängningsbeslut i ärendegenomgång varje vecka. Ansvarig: enhetschef barn och unga.",
     "GENOMFORD", "ja"),
    ("Myndighetsutövning individ- och familjeomsorg", "1.2",
     "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
     "Stickprov 40 anmälningar",
     "Genomförd",
     "Samtliga 40 förhandsbedömningar gjorda inom 14 dagar.",
     "–", "GENOMFORD", "nej"),
    ("Myndighetsutövning individ- och familjeomsorg", "1.3",
     "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
     "Stickprov 10 beslut per månad",
     "Delvis genomförd",
     "Stickprov för januari–april genomfört utan anmärkning. Maj–augusti återstår.",
     "Slutförs i oktober.", "DELVIS", "nej"),
    ("Ekonomi", "2.1",
     "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut för att upptäcka dubbelutbetalningar",
     "Systemkontroll i Treserva, samtliga utbetalningar",
     "Genomförd med avvikelse",
     "En dubbelutbetalning om 7 430 kr har upptäckts. Beslut om återkrav fattat.",
     "Spärr för manuell utbetalning samma dag som automatisk utbetalning införd.",
     "GENOMFORD", "ja"),
    ("Ekonomi", "2.2",
     "Fakturor för externa placeringar kontrolleras mot avtal och placeringsbeslut",
     "Stickprov 15 fakturor",
     "Ej genomförd",
     "Kontrollen har inte kunnat genomföras på grund av vakans vid ekonomienheten.",
     "Genomförs under fjärde kvartalet.", "EJ_GENOMFORD", ""),
    ("Ekonomi", "2.3",
     "Handkassor på boenden stäms av månadsvis",
     "Avstämning kassabok mot kvitton",
     "Utgår",
     "Handkassorna avvecklades 2025-02-01 och ersattes av inköpskort.",
     "–", "UTGAR", ""),
    ("Informationssäkerhet", "3.1",
     "Loggkontroll i Treserva avseende otillbörlig åtkomst till personakter",
     "Loggkontroll av 25 slumpvis utvalda akter",
     "Genomförd",
     "Ingen otillbörlig åtkomst har upptäckts.",
     "–", "GENOMFORD", "nej"),
    ("Informationssäkerhet", "3.2",
     "Sekretessbelagda handlingar skickas till rätt mottagare",
     "Egenkontroll på samtliga enheter enligt checklista",
     "",
     "Kontrollen har genomförts på samtliga enheter utan anmärkning.",
     "", "GENOMFORD", "nej"),
    ("Informationssäkerhet", "3.3",
     "Personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar",
     "Genomgång av incidentregistret",
     "Delvis genomförd",
     "Incidentregistret för första tertialet granskat: 2 av 3 incidenter rapporterades inom 72 timmar. "
     "Andra tertialet återstår.",
     "Information till enhetschefer om rapporteringsvägen.", "DELVIS", "ja"),
]


def make_sn(fname):
    doc = docx.Document()
    fix_doc_props(doc, "Karin Lindqvist")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "HJÄLMBY KOMMUN\tSocialförvaltningen\t2025-09-25"
    p = doc.add_paragraph()
    p.add_run("Till: Kommunledningsförvaltningen, Ekonomiavdelningen\nAtt: Lena Sjöberg, redovisningsansvarig")
    doc.add_paragraph("Dnr SN 2025/0134")
    p = doc.add_paragraph()
    r = p.add_run("Missiv – Socialnämndens uppföljning av internkontrollplan 2025, delår januari–augusti")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för 2025 avseende perioden "
        "januari–augusti. Uppföljningen behandlades av nämnden den 23 september 2025, § 112, och nämnden "
        "beslutade att lägga den till handlingarna.")
    doc.add_paragraph(
        "Planen omfattar nio kontrollmoment. Fem har genomförts, varav två med avvikelser, två är delvis "
        "genomförda, ett har inte kunnat genomföras och ett utgår. Avvikelserna avser handläggningstid för "
        "barnavårdsutredningar och en dubbelutbetalning av ekonomiskt bistånd. Åtgärder framgår av bilagan.")
    doc.add_paragraph(
        "Kontrollmomentet avseende fakturor för externa placeringar genomförs under fjärde kvartalet och "
        "redovisas i helårsuppföljningen.")
    doc.add_paragraph("Vid frågor, kontakta undertecknad.")
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Karin Lindqvist\nFörvaltningsekonom, Socialförvaltningen\n0512-47 31 08")
    doc.add_paragraph("Bilaga 1: Uppföljning internkontrollplan 2025, delår")
    # page break then the table in landscape
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    new_sec = doc.add_section()
    new_sec.orientation = WD_ORIENT.LANDSCAPE
    new_sec.page_width, new_sec.page_height = Cm(29.7), Cm(21.0)
    p = doc.add_paragraph()
    r = p.add_run("Bilaga 1. Uppföljning internkontrollplan 2025 – delår (jan–aug)")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Socialnämnden")
    heads = ["Nr", "Kontrollmoment", "Kontrollmetod", "Status", "Iakttagelser och avvikelser", "Åtgärd/ansvarig"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "BDD7EE")
    exp = []
    prev = None
    for grp, nr, km, metod, status, iakt, atg, est, eav in SN_ROWS:
        if grp != prev:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, grp, bold=True, size=9)
            shade(m, "F2F2F2")
            prev = grp
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, metod, status, iakt, atg]):
            set_cell(cells[i], v, size=9)
        exp.append((km, est, eav))
    widths = [Cm(1.0), Cm(6.5), Cm(4.5), Cm(3.0), Cm(6.5), Cm(4.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Status: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår")
    doc.save(os.path.join(HERE, fname))
    FILES.append((fname, "INLAST", "Socialnämnden", "2025", "DELAR"))
    add_expected(fname, "Socialnämnden", exp)


# ---------------------------------------------------------------------------
# 7. Kultur- och fritid - Stratsys export, only the förvaltning name, cp1252 ;-CSV
# ---------------------------------------------------------------------------
# (process, risk, kontrollmoment, ansvarig, status, kommentar, exp_status, exp_avv)
KFN_ROWS = [
    ("Föreningsbidrag", "Felaktigt utbetalda bidrag",
     "Föreningsbidrag betalas ut enligt bidragsreglerna och fattade beslut",
     "Föreningskonsulent", "Klar",
     "Stickprov 15 bidrag. Ett bidrag utbetalt med för högt belopp (medlemsantal felrapporterat), "
     "återkrav skickat till föreningen.", "GENOMFORD", "ja"),
    ("Kassahantering", "Stöld/förskingring",
     "Dagskassor i simhallen och på biblioteken stäms av mot kassasystemet",
     "Enhetschef bad", "Klar",
     "Avstämning varje månad. Ingen differens över 100 kr.", "GENOMFORD", "nej"),
    ("Taxor och avgifter", "Intäktsbortfall",
     "Uthyrning av lokaler och anläggningar faktureras enligt taxa",
     "Bokningsansvarig", "Pågående",
     "Kontroll av bokningssystemet mot fakturering pågår.\nBeräknas klar i oktober.", "DELVIS", ""),
    ("Kulturskolan", "Felaktig debitering",
     "Elevavgifter i kulturskolan debiteras korrekt och syskonrabatt tillämpas",
     "Kulturskolechef", "Försenad",
     "Ej påbörjad på grund av byte av elevregister. Genomförs i november.", "EJ_GENOMFORD", ""),
    ("Säkerhet", "Brand/personskada",
     "Systematiskt brandskyddsarbete (SBA) genomförs enligt plan i förvaltningens anläggningar",
     "Säkerhetssamordnare", "Klar",
     "Samtliga 11 anläggningar kontrollerade. Brister i utrymningsskyltning i Hjälmbyhallen har åtgärdats.",
     "GENOMFORD", "ja"),
    ("Inköp", "Otillåten direktupphandling",
     "Avtalstrohet vid inköp av idrotts- och fritidsmaterial",
     "Förvaltningsekonom", "Avbruten",
     "Avbruten enligt beslut i förvaltningens ledningsgrupp 2025-05-06, ingår i kommunövergripande granskning.",
     "UTGAR", ""),
    ("Evenemang", "Oklart ansvar vid arrangemang",
     "Skriftligt avtal upprättas med extern arrangör före evenemang",
     "Evenemangssamordnare", "Klar",
     "Avtal fanns för alla 9 sommarevenemang.", "GENOMFORD", "nej"),
    ("Fritidsgårdar", "Hot och våld mot personal",
     "Rutin för hot och våld är känd och tillämpas på fritidsgårdarna",
     "Enhetschef fritid", "", "", "SAKNAS", ""),
]


def make_kfn(fname):
    heads = ["Organisation", "Styrdokument", "Process", "Risk", "Kontrollmoment", "Ansvarig",
             "Period", "Status", "Kommentar", "Senast uppdaterad"]
    path = os.path.join(HERE, fname)
    exp = []
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(heads)
        for i, (proc, risk, km, ans, st, kom, est, eav) in enumerate(KFN_ROWS):
            upd = "" if not st else "2025-09-%02d" % (3 + i)
            w.writerow(["Kultur- och fritidsförvaltningen", "Internkontrollplan 2025", proc, risk, km, ans,
                        "Delår 2025 (jan-aug)", st, kom, upd])
            exp.append((km, est, eav))
    FILES.append((fname, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))
    add_expected(fname, "Kultur- och fritidsnämnden", exp)


# ---------------------------------------------------------------------------
# 8. Reject: Excel owner/lock file left next to the rev2 workbook
# ---------------------------------------------------------------------------
def make_lockfile(fname):
    user = "aberglund"
    b = bytes([len(user)]) + user.encode("ascii")
    b = b.ljust(54, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(b)
    FILES.append((fname, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    # clean previous outputs (only files this script makes)
    for fn in os.listdir(HERE):
        if fn not in ("make_round.py", "README.md"):
            p = os.path.join(HERE, fn)
            if os.path.isfile(p):
                os.remove(p)

    make_von("VON_IK_delar2025.xlsx", rev2=False)
    make_von("VON_IK_delar2025_rev2.xlsx", rev2=True)

    wb, exp = make_bun(BUN_2024, 2024, "Uppföljning internkontrollplan 2024 – helår", "IKP 2024", "Maria Ek")
    tmp = os.path.join(BUILD, "Uppföljning internkontroll BUN.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", HERE)
    FILES.append(("Uppföljning internkontroll BUN.xls", "INLAST", "Barn- och utbildningsnämnden", "2024", "HELAR"))
    add_expected("Uppföljning internkontroll BUN.xls", "Barn- och utbildningsnämnden", exp)

    wb, exp = make_bun(BUN_2025, 2025, "Uppföljning internkontrollplan 2025 – delår (T1 och T2)", "IKP 2025",
                       "Maria Ek")
    fn = "BUN uppföljning IKP delår 2025.xlsx"
    wb.save(os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
    add_expected(fn, "Barn- och utbildningsnämnden", exp)

    make_sbn("TN_IK_uppfoljning_delar_2025.odt")
    make_sn("Missiv_uppfoljning_intern_kontroll_delar_2025.docx")
    make_kfn("Stratsys_export_internkontroll_2025-09-15.csv")
    make_lockfile("~$VON_IK_delar2025_rev2.xlsx")

    register = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(register)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    shutil.rmtree(BUILD)


if __name__ == "__main__":
    main()
