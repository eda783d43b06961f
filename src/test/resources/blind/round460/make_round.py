#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 460 - Tranemo kommun, T2 2025 follow-ups built on the adopted plan.

Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round460"
FIXED = dt.datetime(2025, 9, 10, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

PLAN_COLS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
             "Metod", "Frekvens", "Ansvarig", "Rapporteras till"]

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def risk_fill(v):
    if v >= 12:
        return fill("F4B183")
    if v >= 8:
        return fill("FFE699")
    return fill("C6E0B4")


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so that output is byte-stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 10, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fix_wb_props(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def add_expected(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, plan columns + T1/T2/T3 (Status, Kommentar) with merged group heads,
#    process merged vertically over its controls.
# ---------------------------------------------------------------------------------------------
KS_ROWS = [
    # process, risk, S, K, KM, metod, frekvens, ansvarig, rapp, t1(status, kom), t2(status, kom), expected(st, av)
    ("Ekonomi", "Felaktiga eller obehöriga utbetalningar till leverantörer", 3, 3,
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor per tertial i Raindance", "Tertialvis", "Ekonomichef", "KSAU",
     ("Genomförd", "20 fakturor granskade, inga avvikelser."),
     ("Genomförd med anmärkning", "2 av 20 fakturor saknade beslutsattest. Berörda attestanter har informerats och fakturorna har attesterats i efterhand."),
     ("GENOMFORD", "ja")),
    (None, "Representation som inte följer riktlinjerna", 2, 3,
     "Kontroll av att representation redovisas med syfte och deltagare",
     "Genomgång av samtliga representationsfakturor konto 7610–7630", "Tertialvis", "Redovisningsekonom", "KSAU",
     ("Genomförd", "Inga avvikelser."),
     ("Genomförd", "12 fakturor granskade, samtliga med syfte och deltagarlista."),
     ("GENOMFORD", "nej")),
    ("Upphandling och inköp", "Inköp utanför avtal, bristande avtalstrohet", 3, 3,
     "Inköp sker från upphandlade leverantörer (avtalstrohet)",
     "Analys av leverantörsreskontra mot avtalsdatabasen", "Tertialvis", "Upphandlingschef", "KS",
     ("Genomförd", "Avtalstrohet 91 %, i nivå med 2024."),
     ("Pågår", "Analys av inköpsdata maj–aug pågår i inköpsanalysverktyget, beräknas klar i oktober."),
     ("DELVIS", "")),
    (None, "Direktupphandlingar dokumenteras inte enligt LOU", 3, 4,
     "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
     "Granskning av samtliga direktupphandlingar i upphandlingsregistret", "Tertialvis", "Upphandlingschef", "KS",
     ("Ej påbörjad", "Registret byggdes om under våren."),
     ("Delvis genomförd", "6 av 9 direktupphandlingar granskade. 2 saknade dokumentation av konkurrensutsättning."),
     ("DELVIS", "ja")),
    ("Personal och lön", "Lön betalas ut efter avslutad anställning", 2, 4,
     "Kontroll av att löneutbetalningar till avslutade anställningar stoppas",
     "Avstämning av avslutade anställningar mot lönekörning", "Månadsvis, redovisas tertialvis", "Lönechef", "KSAU",
     ("Genomförd", "Inga felaktiga utbetalningar."),
     ("Genomförd", "Inga felaktiga utbetalningar under perioden."),
     ("GENOMFORD", "nej")),
    ("Informationssäkerhet", "Obehörig åtkomst till ekonomisystemet", 2, 4,
     "Behörigheter i ekonomisystemet Raindance stäms av mot aktuella anställningar",
     "Behörighetslista jämförs med personalsystemet Heroma", "Årligen (T2)", "Systemförvaltare ekonomi", "KS",
     ("", ""),
     ("Ej genomförd", "Skjuts till T3 på grund av byte av version i ekonomisystemet under sommaren."),
     ("EJ_GENOMFORD", "")),
    ("Ärendehantering", "Allmänna handlingar registreras inte i tid", 3, 2,
     "Inkomna handlingar diarieförs inom två arbetsdagar",
     "Stickprov 30 ärenden i W3D3", "Tertialvis", "Kanslichef", "KSAU",
     ("Genomförd", "Inga avvikelser."),
     ("Genomförd", "Stickprov 30 ärenden. 4 handlingar diarieförda efter 3–5 dagar under semesterperioden."),
     ("GENOMFORD", "ja")),
    (None, "Beslut fattade på delegation anmäls inte", 2, 3,
     "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
     "Jämförelse delegationslistor mot protokoll", "Tertialvis", "Kanslichef", "KS",
     ("Genomförd", "Samtliga beslut anmälda."),
     ("Genomförd", "Samtliga beslut anmälda."),
     ("GENOMFORD", "nej")),
    ("Krisberedskap", "Krisledningen kan inte nås vid en händelse", 2, 4,
     "Uppdatering av kontaktlistor i krisledningsplanen",
     "Kontaktlistor gås igenom och testas med SMS-utskick", "Årligen (T1)", "Säkerhetssamordnare", "KS",
     ("Genomförd", "Listorna uppdaterade och testade 2025-04-08."),
     ("", ""),
     ("GENOMFORD", "nej")),
    ("Kontanthantering", "Svinn eller stöld av kontanter", 2, 2,
     "Kontanthantering i receptionen – kassan stäms av mot kassarapport",
     "Oanmäld kassainventering", "Tertialvis", "Ekonomichef", "KSAU",
     ("Genomförd", "Kassan stämde."),
     ("Utgår", "Receptionen är kontantfri från 1 maj 2025 (KS 2025-04-15 § 62)."),
     ("UTGAR", "")),
]


def build_ks():
    fil = "KS_Internkontrollplan_2025_uppfoljning_T2.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    fix_wb_props(wb, "Internkontrollplan 2025 Kommunstyrelsen", "Kommunledningsförvaltningen")
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Antagen av kommunstyrelsen 2024-12-03 § 214. Uppföljning tertial 2 (maj–augusti) 2025."
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–4). Status anges med: Genomförd / Genomförd med anmärkning / Delvis genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår."
    ws["A3"].font = Font(italic=True, size=9)
    groups = [("A5:J5", "Antagen plan"), ("K5:L5", "Uppföljning T1 (jan–apr)"),
              ("M5:N5", "Uppföljning T2 (maj–aug)"), ("O5:P5", "Uppföljning T3 (sep–dec)")]
    gfill = [fill("D9E1F2"), fill("E2EFDA"), fill("FFF2CC"), fill("EDEDED")]
    for (rng, text), f in zip(groups, gfill):
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = text
        c.font = Font(bold=True)
        c.alignment = CENTER
        for row in ws[rng]:
            for cell in row:
                cell.fill = f
                cell.border = BORDER
    heads = PLAN_COLS + ["Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
        c.border = BORDER
        c.fill = gfill[0] if i <= 10 else gfill[1 + (i - 11) // 2]
    r = 7
    proc_start = None
    proc_name = None
    exp = []
    for row in KS_ROWS:
        proc, risk, s, k, km, metod, frek, ansv, rapp, t1, t2, ex = row
        if proc is not None:
            if proc_start is not None and r - 1 > proc_start:
                ws.merge_cells(start_row=proc_start, start_column=1, end_row=r - 1, end_column=1)
            proc_start, proc_name = r, proc
            ws.cell(row=r, column=1, value=proc)
        vals = [None, risk, s, k, s * k, km, metod, frek, ansv, rapp,
                t1[0] or None, t1[1] or None, t2[0] or None, t2[1] or None, None, None]
        for i, v in enumerate(vals, 1):
            if i == 1:
                c = ws.cell(row=r, column=1)
            else:
                c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=r, column=5).fill = risk_fill(s * k)
        for col in (3, 4, 5):
            ws.cell(row=r, column=col).alignment = CENTER
        exp.append((km, ex[0], ex[1]))
        r += 1
    if proc_start is not None and r - 1 > proc_start:
        ws.merge_cells(start_row=proc_start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Sammanfattande bedömning T2:").font = Font(bold=True)
    ws.cell(row=r + 1, column=3, value="Den interna kontrollen bedöms i huvudsak vara tillräcklig. Åtgärder för direktupphandlingar följs upp i T3.")
    ws.cell(row=r + 3, column=1, value="Upprättad av: Anna Bergqvist, controller, 2025-09-08")
    widths = [16, 28, 7, 7, 7, 38, 28, 14, 16, 12, 14, 30, 16, 40, 12, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "5:6"
    ws.oddFooter.left.text = "Tranemo kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T2"))
    add_expected(fil, "Kommunstyrelsen", exp)


# ---------------------------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, landscape, one table over several pages, two header
#    rows repeated on every page; T1/T2/T3 one cell each (status word + comment, or only text).
# ---------------------------------------------------------------------------------------------
BUN_ROWS = [
    # process, risk, S, K, KM, metod, frekvens, ansvarig, rapp, t1, t2, expected
    ("Ekonomi", "Felaktiga utbetalningar", 3, 3,
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 15 fakturor per tertial", "Tertialvis", "Controller", "BUN",
     ["Genomförd.", "Inga avvikelser."],
     ["Genomförd.", "1 faktura attesterad av person utan attesträtt, rättad och attestanten informerad."],
     ("GENOMFORD", "ja")),
    ("Skolplikt", "Elever med hög frånvaro uppmärksammas inte", 3, 4,
     "Uppföljning av elever med hög frånvaro (över 20 %) enligt rutin för frånvaro",
     "Rektor sammanställer frånvarostatistik ur Skola24", "Tertialvis", "Rektorer", "BUN",
     ["Genomförd.", "Samtliga skolor har lämnat sammanställning."],
     ["Delvis genomförd.", "Sammanställning saknas för Grimsås skola på grund av sommaruppehåll, kompletteras i september."],
     ("DELVIS", "")),
    ("Kränkande behandling", "Anmälan om kränkande behandling når inte huvudmannen i tid", 3, 4,
     "Anmälan om kränkande behandling skickas till huvudman inom en vecka",
     "Genomgång av samtliga anmälningar i DF Respons", "Tertialvis", "Utvecklingsledare", "BUN",
     ["Genomförd.", "Inga avvikelser."],
     ["Genomförd.", "41 anmälningar, varav 6 skickades senare än en vecka. Påminnelse till rektorer i augusti."],
     ("GENOMFORD", "ja")),
    ("Skolskjuts", "Skolskjuts beviljas utan stöd i riktlinjerna", 2, 3,
     "Beslut om skolskjuts fattas enligt delegationsordningen och riktlinjer för skolskjuts",
     "Stickprov 10 beslut", "Tertialvis", "Skolskjutssamordnare", "BUN",
     ["Genomförd.", "Inga avvikelser."],
     ["Genomförd, inga avvikelser.", ""],
     ("GENOMFORD", "nej")),
    ("Förskola", "Felaktig barnomsorgsavgift", 3, 2,
     "Kontroll av inkomstuppgifter för barnomsorgsavgift (maxtaxa)",
     "Inkomstjämförelse mot Skatteverkets uppgifter", "Årligen", "Avgiftshandläggare", "BUN",
     ["Ej påbörjad.", "Planeras till T2."],
     ["Pågår.", "Inkomstjämförelse mot Skatteverket påbörjades i augusti."],
     ("DELVIS", "")),
    ("Betyg och bedömning", "Betygsdokument saknas eller är osignerade", 2, 4,
     "Betygsdokument signeras och arkiveras enligt dokumenthanteringsplanen",
     "Kontroll av betygskataloger efter terminsslut", "Per termin", "Skoladministratörer", "BUN",
     ["–", ""],
     ["Genomförd.", "Samtliga betygskataloger vt 2025 är signerade och arkiverade."],
     ("GENOMFORD", "nej")),
    ("Systematiskt kvalitetsarbete", "Brister i måluppfyllelse upptäcks inte", 2, 3,
     "Rektorernas kvalitetsrapporter lämnas enligt årshjulet",
     "Förvaltningen kontrollerar inlämning mot årshjulet", "Årligen (T2)", "Förvaltningschef", "BUN",
     ["", ""],
     ["Ej genomförd.", "Flyttad till T3 efter beslut i förvaltningens ledningsgrupp 2025-06-10."],
     ("EJ_GENOMFORD", "")),
    ("Personal", "Personer med olämplig bakgrund anställs", 2, 4,
     "Kontroll av utdrag ur belastningsregistret vid nyanställning",
     "Stickprov av nyanställda i Heroma", "Tertialvis", "HR-specialist", "BUN",
     ["Genomförd.", "Inga avvikelser."],
     ["Genomförd.", "22 nyanställda, samtliga har uppvisat utdrag."],
     ("GENOMFORD", "nej")),
    (None, "Obehöriga lärare undervisar och sätter betyg", 3, 3,
     "Kontroll av legitimation och behörighet vid anställning av lärare",
     "Kontroll mot Skolverkets lärarlegitimationsregister", "Tertialvis", "HR-specialist", "BUN",
     ["Genomförd.", "Inga avvikelser."],
     ["Se bilaga 2.", ""],
     ("OKLAR", "")),
    ("Informationssäkerhet", "Obehörig åtkomst till elevuppgifter", 2, 4,
     "Behörigheter i lärplattformen och elevregistret ses över vid terminsstart",
     "Behörighetslistor jämförs med aktuella tjänster", "Vid terminsstart (jan, aug)", "IT-samordnare", "BUN",
     ["", ""],
     ["", ""],
     ("SAKNAS", "")),
    ("Måltider", "Livsmedelshantering i skolkök brister", 2, 3,
     "Egenkontroll av livsmedelshantering i skolkök enligt egenkontrollprogrammet",
     "Genomgång av temperaturloggar och städscheman", "Tertialvis", "Kostchef", "BUN",
     ["Genomförd.", "Inga avvikelser."],
     ["Genomförd.", "Temperaturloggar kompletta i 9 av 10 kök. Ryds skolkök saknade loggar v. 24–26."],
     ("GENOMFORD", "ja")),
    ("Statsbidrag", "Statsbidrag återkrävs på grund av sen återrapportering", 2, 3,
     "Ansökan och återrapportering av riktade statsbidrag sker i tid",
     "Bevakningslista jämförs med Skolverkets beslut", "Tertialvis", "Controller", "BUN",
     ["Genomförd.", ""],
     ["Utgår.", "Kontrollen har flyttats till kommunstyrelsens plan (KS 2025-03-18 § 41)."],
     ("UTGAR", "")),
    ("Inköp", "Inköp av läromedel utanför avtal", 3, 2,
     "Inköp av läromedel sker via upphandlade avtal",
     "Stickprov 25 inköp", "Årligen (T2)", "Controller", "BUN",
     ["", ""],
     ["", "Kontrollen gjordes i juni: samtliga 25 granskade inköp var gjorda hos avtalsleverantör."],
     ("GENOMFORD", "nej")),
    ("Arbetsmiljö", "Hot och våld mot personal följs inte upp", 3, 3,
     "Incidentrapporter om hot och våld i KIA följs upp av rektor",
     "Genomgång av rapporter och åtgärder i KIA", "Tertialvis", "Rektorer", "BUN",
     ["Genomförd.", "Inga avvikelser."],
     ["Pågår.", ""],
     ("DELVIS", "")),
]


def set_cell_bg(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, parts, size=7.5, bold_first=False):
    cell.text = ""
    p = cell.paragraphs[0]
    first = True
    for part in parts:
        if part is None or part == "":
            continue
        if not first:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.font.size = Pt(size)
        if bold_first and first:
            run.bold = True
        p.paragraph_format.space_after = Pt(0)
        first = False


def build_bun():
    fil = "BUN Uppföljning internkontroll T2 2025.docx"
    d = docx.Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.core_properties.title = "Uppföljning internkontrollplan 2025, tertial 2"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "Barn- och utbildningsförvaltningen"
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Tranemo kommun\tBarn- och utbildningsnämnden\tDnr BUN 2024/211"
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning internkontrollplan 2025 – tertial 2"

    h = d.add_paragraph()
    r = h.add_run("Uppföljning av internkontrollplan 2025 – tertial 2")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 10 december 2024 (§ 112). "
                    "Nedan redovisas utfallet av kontrollerna för perioden maj–augusti 2025 (T2) i kolumnen "
                    "\u201dT2\u201d. Tertial 1 redovisades för nämnden i maj. Kolumnen T3 fylls i inför "
                    "helårsuppföljningen.")
    d.add_paragraph("Sannolikhet (S) och konsekvens (K) bedöms på en skala 1–4. Riskvärde (RV) = S × K.")

    ncol = 13
    t = d.add_table(rows=2, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.2), Cm(3.0), Cm(0.8), Cm(0.8), Cm(0.9), Cm(3.6), Cm(2.6), Cm(1.7), Cm(1.8), Cm(1.3),
              Cm(2.4), Cm(3.3), Cm(1.3)]
    g1 = t.rows[0].cells[0].merge(t.rows[0].cells[9])
    cell_text(g1, ["Antagen internkontrollplan 2025 (BUN 2024-12-10 § 112)"], size=8.5, bold_first=True)
    set_cell_bg(g1, "D9E1F2")
    g2 = t.rows[0].cells[10].merge(t.rows[0].cells[12])
    cell_text(g2, ["Uppföljning 2025"], size=8.5, bold_first=True)
    set_cell_bg(g2, "FFF2CC")
    heads = ["Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
             "Rapporteras till", "T1 jan–apr", "T2 maj–aug", "T3 sep–dec"]
    for i, hd in enumerate(heads):
        c = t.rows[1].cells[i]
        cell_text(c, [hd], size=8, bold_first=True)
        set_cell_bg(c, "D9E1F2" if i < 10 else "FFF2CC")
    mark_header_row(t.rows[0])
    mark_header_row(t.rows[1])
    exp = []
    last_proc = None
    for row in BUN_ROWS:
        proc, risk, s, k, km, metod, frek, ansv, rapp, t1, t2, ex = row
        cells = t.add_row().cells
        no_split_row(t.rows[-1])
        if proc is not None:
            last_proc = proc
            cell_text(cells[0], [proc])
        else:
            cell_text(cells[0], [last_proc])   # Word users repeat the process text
        cell_text(cells[1], [risk])
        cell_text(cells[2], [str(s)])
        cell_text(cells[3], [str(k)])
        cell_text(cells[4], [str(s * k)])
        set_cell_bg(cells[4], {True: "F4B183", False: "FFE699"}[s * k >= 12] if s * k >= 8 else "C6E0B4")
        cell_text(cells[5], [km])
        cell_text(cells[6], [metod])
        cell_text(cells[7], [frek])
        cell_text(cells[8], [ansv])
        cell_text(cells[9], [rapp])
        cell_text(cells[10], t1, bold_first=True)
        cell_text(cells[11], t2, bold_first=bool(t2[0]))
        cell_text(cells[12], [""])
        exp.append((km, ex[0], ex[1]))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning kontroll av lärarlegitimationer T2 (separat dokument).")
    d.add_paragraph("Tranemo 2025-09-05")
    d.add_paragraph("Karin Lindqvist, förvaltningschef\t\tJonas Ek, controller")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "T2"))
    add_expected(fil, "Barn- och utbildningsnämnden", exp)


# ---------------------------------------------------------------------------------------------
# 3. Socialnämnden - xlsm, status CODES with legend and fills; area heading rows merged across;
#    follow-up T1 (Status, Kommentar), T2 (Status, Kommentar, Åtgärd), T3 (Status, Kommentar).
# ---------------------------------------------------------------------------------------------
SN_LEGEND = [("G", "Genomförd utan avvikelse", "A9D08E"), ("GA", "Genomförd med avvikelse", "C6E0B4"),
             ("P", "Pågår / delvis genomförd", "FFE699"), ("EG", "Ej genomförd", "F8CBAD"),
             ("U", "Utgår", "D9D9D9")]
SN_FILL = {k: v for k, _, v in SN_LEGEND}
SN_ROWS = [
    ("AREA", "Individ- och familjeomsorg"),
    ("Ekonomiskt bistånd", "Beslut fattas utan stöd i delegationsordningen", 2, 3,
     "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
     "Stickprov 15 akter i Viva", "Tertialvis", "Enhetschef försörjningsstöd", "SN",
     ("G", "15 akter granskade."), ("G", "15 akter granskade, inga avvikelser.", ""),
     ("GENOMFORD", "nej")),
    (None, "Felaktiga utbetalningar av ekonomiskt bistånd", 3, 3,
     "Utbetalningar av ekonomiskt bistånd stäms av mot beslut (stickprov 10 per månad)",
     "Stickprov i Viva mot utbetalningslista", "Månadsvis", "Enhetschef försörjningsstöd", "SN",
     ("GA", "En utbetalning i mars gjordes två gånger."),
     ("GA", "1 dubbelutbetalning i juni, återkrävd.", "Ny kontrollrutin före utbetalning."),
     ("GENOMFORD", "ja")),
    ("Barn och unga", "Orosanmälningar hanteras inte inom lagstadgad tid", 3, 4,
     "Orosanmälningar förhandsbedöms inom 14 dagar",
     "Uttag ur Viva, andel inom 14 dagar", "Tertialvis", "Enhetschef barn och unga", "SN",
     ("P", "Uttag för jan–mars klart, 96 % inom tid."),
     ("P", "Mätning för juli–augusti är inte klar.", ""),
     ("DELVIS", "")),
    ("AREA", "Äldreomsorg"),
    ("Läkemedelshantering", "Avvikelser i läkemedelshantering följs inte upp", 3, 4,
     "Läkemedelshantering: avvikelserapportering i Lifecare följs upp av MAS",
     "MAS går igenom avvikelserapporter", "Tertialvis", "MAS", "SN",
     ("G", ""), ("", "Uppföljningen genomfördes i augusti, inga nya avvikelser.", ""),
     ("GENOMFORD", "nej")),
    ("Hemtjänst och särskilt boende", "Insatser genomförs inte enligt beslut", 3, 3,
     "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut",
     "Stickprov 20 brukare", "Tertialvis", "Enhetschefer äldreomsorg", "SN",
     ("G", "18 av 20 inom tid."),
     ("EG", "Ej genomförd på grund av sjukskrivning, görs under T3.", ""),
     ("EJ_GENOMFORD", "")),
    (None, "Beviljad tid och utförd tid stämmer inte överens", 3, 3,
     "Kontroll av att hemtjänsttid registreras i TES och stäms av mot beviljad tid",
     "Avstämning TES mot beslut per hemtjänstområde", "Tertialvis", "Enhetschefer hemtjänst", "SN",
     ("G", ""),
     ("P", "Avstämning gjord för maj–juni. Avvikelse på 12 % i hemtjänstområde Limmared.", "Genomgång med planerare i september."),
     ("DELVIS", "ja")),
    ("AREA", "Funktionsstöd"),
    ("Brukares ekonomi", "Brukares privata medel hanteras felaktigt", 2, 4,
     "Hantering av brukares privata medel – kvittenser och kassabok stäms av",
     "Oanmäld kontroll av kassaböcker på gruppbostäder", "Tertialvis", "Enhetschefer funktionsstöd", "SN",
     ("G", ""),
     ("GA", "Två kassaböcker saknade kvitton för inköp.", "Utbildning i rutinen för privata medel."),
     ("GENOMFORD", "ja")),
    ("Myndighetsutövning LSS", "Beslut om personlig assistans följs inte upp", 2, 3,
     "LSS-beslut om personlig assistans följs upp årligen",
     "Genomgång av uppföljningsdatum i Lifecare", "Tertialvis", "Enhetschef LSS-handläggning", "SN",
     ("P", ""), ("", "Se bilaga 3", ""),
     ("OKLAR", "")),
    (None, "Felaktig debitering av avgifter", 2, 2,
     "Kontroll av att avgifter för boende debiteras korrekt",
     "Stickprov 10 fakturor", "Tertialvis", "Avgiftshandläggare", "SN",
     ("G", ""), ("U", "Utgår, ingår i revisionens granskning av avgifter 2025.", ""),
     ("UTGAR", "")),
    ("AREA", "Gemensamt för förvaltningen"),
    ("Rekrytering", "Personer med olämplig bakgrund anställs", 2, 4,
     "Utdrag ur belastningsregistret kontrolleras vid nyanställning inom LSS och barn- och ungdomsverksamhet",
     "Stickprov av nyanställda", "Tertialvis", "HR-konsult", "SN",
     ("G", ""), ("G", "", ""),
     ("GENOMFORD", "nej")),
    ("Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter", 3, 4,
     "Loggkontroll i verksamhetssystemet Lifecare (otillbörlig åtkomst)",
     "Slumpvis loggkontroll 10 personakter per månad", "Månadsvis", "Systemförvaltare", "SN",
     ("EG", "Loggverktyget ej levererat."),
     ("G", "Ej genomförd, loggverktyget saknas fortfarande.", ""),
     ("OKLAR", "")),
    ("Inköp", "Inköp utanför avtal", 2, 2,
     "Avtalstrohet vid inköp av förbrukningsmaterial",
     "Stickprov 20 fakturor", "Årligen", "Controller", "SN",
     ("", ""), ("", "", ""),
     ("SAKNAS", "")),
]


def make_xlsm(xlsx_path, xlsm_path):
    """Turn an openpyxl xlsx into a macro-enabled workbook (content type) - no VBA project."""
    with zipfile.ZipFile(xlsx_path) as zin, zipfile.ZipFile(xlsm_path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            zout.writestr(info, data)


def build_sn():
    fil = "Socialnämnden IKP 2025 T2.xlsm"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    fix_wb_props(wb, "Internkontrollplan Socialnämnden 2025", "Socialförvaltningen")
    ws["A1"] = "Socialnämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Period: T2 (maj–augusti 2025)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Status anges med kod, se statusförklaring under tabellen."
    ws["A3"].font = Font(italic=True, size=9)
    heads_row, group_row = 6, 5
    groups = [(1, 10, "Plan 2025 (SN 2024-11-27 § 156)", "DDEBF7"), (11, 12, "T1", "E2EFDA"),
              (13, 15, "T2", "FFF2CC"), (16, 17, "T3", "EDEDED")]
    for a, b, text, color in groups:
        ws.merge_cells(start_row=group_row, start_column=a, end_row=group_row, end_column=b)
        c = ws.cell(row=group_row, column=a, value=text)
        c.font = Font(bold=True)
        c.alignment = CENTER
        for cc in range(a, b + 1):
            ws.cell(row=group_row, column=cc).fill = fill(color)
            ws.cell(row=group_row, column=cc).border = BORDER
    heads = PLAN_COLS + ["Status", "Kommentar", "Status", "Kommentar", "Åtgärd", "Status", "Kommentar"]
    for i, hd in enumerate(heads, 1):
        c = ws.cell(row=heads_row, column=i, value=hd)
        c.font = Font(bold=True)
        c.alignment = CENTER
        c.border = BORDER
        c.fill = fill("DDEBF7" if i <= 10 else ("E2EFDA" if i <= 12 else ("FFF2CC" if i <= 15 else "EDEDED")))
    r = heads_row + 1
    exp = []
    for row in SN_ROWS:
        if row[0] == "AREA":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=17)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5597")
            r += 1
            continue
        proc, risk, s, k, km, metod, frek, ansv, rapp, t1, t2, ex = row
        vals = [proc, risk, s, k, s * k, km, metod, frek, ansv, rapp,
                t1[0], t1[1], t2[0], t2[1], t2[2], None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v != "" else None))
            c.alignment = WRAP
            c.border = BORDER
        for i in (3, 4, 5, 11, 13, 16):
            ws.cell(row=r, column=i).alignment = CENTER
        ws.cell(row=r, column=5).fill = risk_fill(s * k)
        for i, code in ((11, t1[0]), (13, t2[0])):
            if code:
                ws.cell(row=r, column=i).fill = fill(SN_FILL[code])
                ws.cell(row=r, column=i).font = Font(bold=True)
        exp.append((km, ex[0], ex[1]))
        r += 1
    ws.cell(row=r + 1, column=6, value="Statusförklaring").font = Font(bold=True)
    for n_, (code, text, color) in enumerate(SN_LEGEND):
        c = ws.cell(row=r + 2 + n_, column=5, value=code)
        c.fill = fill(color)
        c.font = Font(bold=True)
        c.alignment = CENTER
        ws.cell(row=r + 2 + n_, column=6, value=text)
    ws.cell(row=r + 8, column=1, value="Bilaga 3: Uppföljning LSS-beslut (separat fil).").font = Font(italic=True)
    widths = [18, 26, 6, 6, 6, 40, 26, 12, 20, 10, 8, 26, 8, 38, 26, 8, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "G7"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "5:6"
    # a second, small sheet: the risk matrix (no controls)
    ws2 = wb.create_sheet("Riskmatris")
    ws2["A1"] = "Riskmatris – sannolikhet × konsekvens"
    ws2["A1"].font = Font(bold=True)
    for i in range(1, 5):
        ws2.cell(row=2, column=i + 1, value=f"K{i}").font = Font(bold=True)
        ws2.cell(row=i + 2, column=1, value=f"S{i}").font = Font(bold=True)
        for j in range(1, 5):
            c = ws2.cell(row=i + 2, column=j + 1, value=i * j)
            c.fill = risk_fill(i * j)
    tmpd = tempfile.mkdtemp()
    tmpx = os.path.join(tmpd, "sn.xlsx")
    wb.save(tmpx)
    path = os.path.join(OUT, fil)
    make_xlsm(tmpx, path)
    shutil.rmtree(tmpd)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T2"))
    add_expected(fil, "Socialnämnden", exp)


# ---------------------------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - .ods (made from xlsx by LibreOffice). Title names the förvaltning;
#    one text column per tertial ("Genomförd – ...").
# ---------------------------------------------------------------------------------------------
SBN_ROWS = [
    ("Gata och park", "Skador på barn på grund av bristande lekplatser", 2, 4,
     "Kontroll av att egenkontroll av lekplatser dokumenteras (besiktningsprotokoll)",
     "Genomgång av besiktningsprotokoll", "Årligen", "Gatuchef", "SBN",
     "Pågår – 6 av 14 lekplatser besiktigade.",
     "Genomförd – samtliga 14 lekplatser besiktigade, 3 anmärkningar (trasiga fallskydd) åtgärdade.",
     ("GENOMFORD", "ja")),
    ("Vatten och avlopp", "Felaktig VA-fakturering", 2, 3,
     "Avläsning och fakturering av VA-mätare stäms av mot kundregistret",
     "Avstämning mätarregister mot kundregister", "Årligen (T1)", "VA-chef", "SBN",
     "Genomförd – inga avvikelser.", "",
     ("GENOMFORD", "nej")),
    ("Fastighet", "Uteblivna hyresintäkter", 2, 3,
     "Hyresavtal för externa hyresgäster indexuppräknas enligt avtal",
     "Genomgång av samtliga externa avtal", "Årligen (T2)", "Fastighetschef", "SBN",
     "", "Genomförd – 2 avtal var inte uppräknade, rättat i juli.",
     ("GENOMFORD", "ja")),
    (None, "Lagstadgade besiktningar uteblir", 2, 4,
     "Kontroll av att lagstadgade besiktningar (OVK, hissar) utförs",
     "Kontroll mot besiktningsplan i Incit", "Tertialvis", "Fastighetsförvaltare", "SBN",
     "Genomförd – inga avvikelser.", "Delvis – OVK klar, hissbesiktning bokad i oktober.",
     ("DELVIS", "")),
    ("Upphandling", "Priser vid avrop stämmer inte med ramavtal", 3, 3,
     "Beställningar under ramavtal för entreprenader stäms av mot avtalade priser",
     "Stickprov 10 avrop", "Tertialvis", "Projektledare", "SBN",
     "Genomförd – inga avvikelser.", "Ej genomförd – resursbrist under sommaren, görs i T3.",
     ("EJ_GENOMFORD", "")),
    ("Bostadsanpassning", "Beslut fattas utan stöd i delegationsordningen", 2, 3,
     "Beslut om bostadsanpassningsbidrag fattas enligt delegationsordningen",
     "Stickprov 10 beslut", "Tertialvis", "Handläggare bostadsanpassning", "SBN",
     "Genomförd – inga avvikelser.", "Genomförd – inga avvikelser.",
     ("GENOMFORD", "nej")),
    ("Mark och exploatering", "Mark säljs utan marknadsmässigt pris", 1, 4,
     "Försäljning av kommunal mark sker enligt riktlinjer för markanvisning",
     "Granskning av köpeavtal", "Vid försäljning", "Mark- och exploateringsingenjör", "SBN",
     "Ej aktuellt – ingen försäljning.", "Ej aktuellt – ingen markförsäljning under perioden.",
     ("UTGAR", "")),
    ("Fordon", "Privat användning av kommunens fordon", 2, 2,
     "Körjournaler för kommunens fordon förs och kontrolleras",
     "Stickprov 5 fordon", "Tertialvis", "Fordonssamordnare", "SBN",
     "Genomförd – inga avvikelser.", "Pågår",
     ("DELVIS", "")),
    ("Räddningstjänst", "Tillsyn enligt LSO genomförs inte", 2, 4,
     "Kontroll av att tillsyn enligt LSO genomförs enligt tillsynsplanen",
     "Uppföljning mot tillsynsplan i Daedalos", "Tertialvis", "Räddningschef", "SBN",
     "Pågår – 9 av 25 tillsyner.", "Genomförd med avvikelse – 18 av 25 planerade tillsyner genomförda hittills, övriga planeras till hösten.",
     ("GENOMFORD", "ja")),
]


def build_sbn():
    fil = "SBF_internkontroll_2025_T2.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    fix_wb_props(wb, "Internkontroll 2025", "Samhällsbyggnadsförvaltningen")
    ws["A1"] = "Samhällsbyggnadsförvaltningen, Tranemo kommun"
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2 (maj–augusti)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Skriv utfall i kolumnen för aktuell tertial: Genomförd / Delvis / Pågår / Ej genomförd / Ej aktuellt, följt av kommentar."
    ws["A3"].font = Font(italic=True, size=9, color="7F7F7F")
    ws.merge_cells("A5:J5")
    ws["A5"] = "Internkontrollplan (antagen av samhällsbyggnadsnämnden 2024-12-12 § 98)"
    ws.merge_cells("K5:M5")
    ws["K5"] = "Uppföljning 2025"
    for a in ("A5", "K5"):
        ws[a].font = Font(bold=True)
        ws[a].alignment = CENTER
    for cc in range(1, 14):
        ws.cell(row=5, column=cc).fill = fill("BDD7EE" if cc <= 10 else "F8CBAD")
        ws.cell(row=5, column=cc).border = BORDER
    heads = PLAN_COLS + ["Tertial 1", "Tertial 2", "Tertial 3"]
    for i, hd in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=hd)
        c.font = Font(bold=True)
        c.alignment = CENTER
        c.border = BORDER
        c.fill = fill("DDEBF7" if i <= 10 else "FCE4D6")
    r = 7
    exp = []
    for row in SBN_ROWS:
        proc, risk, s, k, km, metod, frek, ansv, rapp, t1, t2, ex = row
        vals = [proc, risk, s, k, s * k, km, metod, frek, ansv, rapp, t1 or None, t2 or None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if proc is None:
            ws.cell(row=r, column=1, value="")
        ws.cell(row=r, column=5).fill = risk_fill(s * k)
        exp.append((km, ex[0], ex[1]))
        r += 1
    # process "Fastighet" spans two rows
    widths = [16, 26, 7, 7, 7, 40, 26, 13, 20, 10, 30, 44, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A9:A10")
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.cell(row=r + 1, column=1, value="Ansvarig för sammanställning: Per Holm, verksamhetscontroller")
    tmpd = tempfile.mkdtemp()
    tmpx = os.path.join(tmpd, "SBF_internkontroll_2025_T2.xlsx")
    wb.save(tmpx)
    soffice_convert(tmpx, "ods", tmpd)
    shutil.copyfile(os.path.join(tmpd, "SBF_internkontroll_2025_T2.ods"), os.path.join(OUT, fil))
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T2"))
    add_expected(fil, "Samhällsbyggnadsnämnden", exp)


# ---------------------------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .xls (xlwt): ONLY the adopted plan, follow-up columns empty.
# ---------------------------------------------------------------------------------------------
KFN_ROWS = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga underlag", 3, 3,
     "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
     "Stickprov 10 ansökningar", "Tertialvis", "Fritidskonsulent", "KFN"),
    (None, "Bidragsmottagande förening uppfyller inte villkoren", 2, 3,
     "Kontroll av att föreningar som får bidrag har lämnat verksamhetsberättelse och årsbokslut",
     "Genomgång av inkomna handlingar", "Årligen", "Fritidskonsulent", "KFN"),
    ("Bibliotek", "Förlust av medier och intäkter", 2, 2,
     "Kontroll av att förseningsavgifter och ersättning för förlorade medier debiteras",
     "Uttag ur bibliotekssystemet Quria", "Tertialvis", "Bibliotekschef", "KFN"),
    ("Anläggningar", "Olyckor i badhus och idrottsanläggningar", 2, 4,
     "Egenkontroll av badvattenkvalitet och säkerhetsrutiner i Tranemo badhus",
     "Genomgång av egenkontrollprogram och provtagningsprotokoll", "Tertialvis", "Anläggningschef", "KFN"),
    (None, "Felaktig debitering av lokalhyror", 2, 2,
     "Bokningar i bokningssystemet stäms av mot fakturerade lokalhyror",
     "Stickprov 20 bokningar", "Tertialvis", "Bokningsansvarig", "KFN"),
    ("Kulturskola", "Elevavgifter debiteras felaktigt", 2, 2,
     "Kontroll av att avgifter för kulturskolan debiteras enligt taxa",
     "Avstämning elevregister mot fakturering", "Per termin", "Kulturskolechef", "KFN"),
    ("Ekonomi", "Felaktiga utbetalningar", 2, 3,
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 10 fakturor", "Tertialvis", "Förvaltningschef", "KFN"),
]


def build_kfn():
    fil = "KFN Internkontrollplan 2025 antagen.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Plan 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold_c = xlwt.easyxf("font: bold on; align: horiz center, vert center, wrap on; "
                         "pattern: pattern solid, fore_colour pale_blue; borders: left thin, right thin, top thin, bottom thin")
    bold_y = xlwt.easyxf("font: bold on; align: horiz center, vert center, wrap on; "
                         "pattern: pattern solid, fore_colour light_yellow; borders: left thin, right thin, top thin, bottom thin")
    cellf = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    numf = xlwt.easyxf("align: horiz center, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Internkontrollplan 2025 – Kultur- och fritidsnämnden", title)
    ws.write(1, 0, "Antagen av kultur- och fritidsnämnden 2024-12-12 § 78")
    ws.write(2, 0, "Uppföljning sker tertialvis i kolumnerna till höger och rapporteras till nämnden i maj, september och februari.")
    ws.write_merge(4, 4, 0, 9, "Plan", bold_c)
    ws.write_merge(4, 4, 10, 11, "Uppföljning T1", bold_y)
    ws.write_merge(4, 4, 12, 13, "Uppföljning T2", bold_y)
    ws.write_merge(4, 4, 14, 15, "Uppföljning T3", bold_y)
    heads = PLAN_COLS + ["Status", "Kommentar"] * 3
    for i, hd in enumerate(heads):
        ws.write(5, i, hd, bold_c if i < 10 else bold_y)
    r = 6
    exp = []
    last = None
    start = 6
    for row in KFN_ROWS:
        proc, risk, s, k, km, metod, frek, ansv, rapp = row
        if proc is not None:
            if last is not None and r - 1 > start:
                ws.write_merge(start, r - 1, 0, 0, last, cellf)
            elif last is not None:
                ws.write(start, 0, last, cellf)
            last, start = proc, r
        vals = [risk, s, k, s * k, km, metod, frek, ansv, rapp]
        for i, v in enumerate(vals, 1):
            ws.write(r, i, v, numf if i in (2, 3, 4) else cellf)
        for i in range(10, 16):
            ws.write(r, i, "", cellf)
        exp.append((km, "SAKNAS", ""))
        r += 1
    if r - 1 > start:
        ws.write_merge(start, r - 1, 0, 0, last, cellf)
    else:
        ws.write(start, 0, last, cellf)
    widths = [16, 28, 7, 7, 7, 40, 28, 12, 18, 10, 10, 26, 10, 26, 10, 26]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    ws.landscape = True
    ws.fit_num_pages = 1
    ws.fit_width_to_pages = 1
    ws.fit_height_to_pages = 0
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", ""))
    add_expected(fil, "Kultur- och fritidsnämnden", exp)


# ---------------------------------------------------------------------------------------------
# 6. Miljö- och byggnämnden - xlsx, nämnd only in print header + file name (MBN). Per tertial tick
#    columns Genomförd / Delvis / Ej genomförd marked with "X" + Kommentar.
# ---------------------------------------------------------------------------------------------
MBN_ROWS = [
    ("Bygglov", "Handläggningstiden överskrids, avgiften måste reduceras", 3, 3,
     "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
     "Uttag ur Castor", "Tertialvis", "Bygglovschef", "MBN",
     ("G", "Inga ärenden över tid."),
     ("G", "3 av 46 ärenden överskred 10 veckor, avgiften reducerades enligt PBL."),
     ("GENOMFORD", "ja")),
    ("Miljötillsyn", "Tillsynsplanen följs inte", 3, 3,
     "Tillsynsbesök enligt miljötillsynsplanen genomförs",
     "Jämförelse tillsynsplan mot utförda besök", "Tertialvis", "Miljöchef", "MBN",
     ("D", "30 % av årets besök."),
     ("D", "62 % av planerade besök gjorda, semesterperiod."),
     ("DELVIS", "")),
    ("Avgifter", "Tillsynsavgift debiteras felaktigt", 2, 3,
     "Timavgift för tillsyn debiteras enligt taxa",
     "Stickprov 10 fakturor", "Tertialvis", "Administratör", "MBN",
     ("G", ""),
     ("G", "Inga avvikelser."),
     ("GENOMFORD", "nej")),
    ("Livsmedelskontroll", "Kontrollskulden växer", 3, 3,
     "Livsmedelskontroll utförs enligt kontrollplanen",
     "Uppföljning mot kontrollplan", "Tertialvis", "Livsmedelsinspektör", "MBN",
     ("G", ""),
     ("GD", ""),
     ("OKLAR", "")),
    ("Delegation", "Beslut på delegation anmäls inte", 2, 3,
     "Delegationsbeslut anmäls till nämnden",
     "Jämförelse beslutslista mot protokoll", "Tertialvis", "Nämndsekreterare", "MBN",
     ("G", "Samtliga anmälda."),
     ("G", "Samtliga anmälda."),
     ("GENOMFORD", "nej")),
    ("Arkiv", "Ärenden avslutas inte och arkiveras inte", 2, 2,
     "Ärenden avslutas och arkiveras i ärendesystemet (Castor)",
     "Uttag av öppna ärenden äldre än 2 år", "Årligen (T2)", "Registrator", "MBN",
     ("", ""),
     ("E", "Flyttas till 2026 på grund av systembyte."),
     ("EJ_GENOMFORD", "")),
    ("Strandskydd", "Dispenser skickas inte till Länsstyrelsen", 1, 3,
     "Strandskyddsdispenser skickas till Länsstyrelsen inom en vecka",
     "Genomgång av samtliga dispensbeslut", "Tertialvis", "Miljöinspektör", "MBN",
     ("", ""),
     ("", ""),
     ("SAKNAS", "")),
    ("Kart och mät", "Utförda tjänster faktureras inte", 2, 2,
     "Debitering av nybyggnadskarta och utstakning stäms av mot bygglov",
     "Avstämning bygglovslista mot fakturering", "Tertialvis", "GIS-ingenjör", "MBN",
     ("G", ""),
     ("G", "2 utstakningar var inte fakturerade, fakturerades i augusti."),
     ("GENOMFORD", "ja")),
]


def build_mbn():
    fil = "MBN_IK2025_T2.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "T2 2025"
    fix_wb_props(wb, "Internkontroll 2025", "Bygg och miljö")
    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Markera utfallet med X i en av kolumnerna för tertialen och kommentera vid behov."
    ws["A2"].font = Font(italic=True, size=9)
    gr = 4
    ws.merge_cells(start_row=gr, start_column=1, end_row=gr, end_column=10)
    ws.cell(row=gr, column=1, value="Internkontrollplan 2025")
    blocks = [(11, "Tertial 1 (jan–apr)", "E2EFDA"), (15, "Tertial 2 (maj–aug)", "FFF2CC"),
              (19, "Tertial 3 (sep–dec)", "EDEDED")]
    for start, text, color in blocks:
        ws.merge_cells(start_row=gr, start_column=start, end_row=gr, end_column=start + 3)
        ws.cell(row=gr, column=start, value=text)
    for cc in range(1, 23):
        c = ws.cell(row=gr, column=cc)
        c.font = Font(bold=True)
        c.alignment = CENTER
        c.border = BORDER
        c.fill = fill("DDEBF7") if cc <= 10 else fill(blocks[(cc - 11) // 4][2])
    heads = PLAN_COLS + ["Genomförd", "Delvis", "Ej genomförd", "Kommentar"] * 3
    for i, hd in enumerate(heads, 1):
        c = ws.cell(row=gr + 1, column=i, value=hd)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="bottom", wrap_text=True,
                                text_rotation=90 if i > 10 and (i - 11) % 4 != 3 else 0)
        c.border = BORDER
        c.fill = fill("DDEBF7") if i <= 10 else fill(blocks[(i - 11) // 4][2])
    ws.row_dimensions[gr + 1].height = 70
    r = gr + 2
    exp = []
    for row in MBN_ROWS:
        proc, risk, s, k, km, metod, frek, ansv, rapp, t1, t2, ex = row
        vals = [proc, risk, s, k, s * k, km, metod, frek, ansv, rapp]
        for tt in (t1, t2, ("", "")):
            marks = tt[0]
            vals += ["X" if "G" in marks else None, "X" if "D" in marks else None,
                     "X" if "E" in marks else None, tt[1] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = CENTER if (i in (3, 4, 5) or (i > 10 and (i - 11) % 4 != 3)) else WRAP
        ws.cell(row=r, column=5).fill = risk_fill(s * k)
        exp.append((km, ex[0], ex[1]))
        r += 1
    widths = [14, 26, 6, 6, 6, 38, 24, 12, 16, 9] + [4, 4, 4, 24, 4, 4, 4, 36, 4, 4, 4, 18]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(row=r + 1, column=1, value="Sannolikhet och konsekvens: 1 = låg, 2 = måttlig, 3 = hög, 4 = mycket hög.").font = Font(size=9)
    ws.cell(row=r + 2, column=1, value="Redovisas för nämnden 2025-09-24.").font = Font(size=9)
    ws.oddHeader.left.text = "Tranemo kommun"
    ws.oddHeader.center.text = "Miljö- och byggnämnden"
    ws.oddHeader.right.text = "&D"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.freeze_panes = "G6"
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "T2"))
    add_expected(fil, "Miljö- och byggnämnden", exp)


# ---------------------------------------------------------------------------------------------
# 7. Tranemobostäder AB - CSV (Excel "CSV (semikolonavgränsad)", Windows-1252) with a group-heading
#    line above the column names, bolag name on the first line.
# ---------------------------------------------------------------------------------------------
TB_ROWS = [
    ("Hyresadministration", "Felaktiga hyror debiteras", 2, 3,
     "Hyresavier och hyresförändringar stäms av mot hyresavtal",
     "Stickprov 20 lägenheter i Vitec", "Tertialvis", "Ekonomiansvarig", "Styrelsen",
     ("Klar", "Inga avvikelser"), ("Klar", "Inga avvikelser"), ("GENOMFORD", "nej")),
    ("Kundfordringar", "Hyresskulder växer", 3, 3,
     "Påminnelse och inkasso av hyresskulder sker enligt rutin",
     "Genomgång av kravlista", "Tertialvis", "Ekonomiansvarig", "Styrelsen",
     ("Klar", ""), ("Klar", "4 ärenden skickades till inkasso senare än rutinen anger."), ("GENOMFORD", "ja")),
    ("Fastighetsunderhåll", "Eftersatt underhåll", 3, 4,
     "Planerat underhåll följs upp mot underhållsplanen",
     "Avstämning utfall mot underhållsplan", "Tertialvis", "Fastighetschef", "Styrelsen",
     ("Pågår", ""), ("Pågår", "Fönsterbyte Storgatan 12 försenat."), ("DELVIS", "")),
    ("Upphandling", "Avrop till felaktiga priser", 2, 3,
     "Avrop från ramavtal för hantverkstjänster kontrolleras mot avtalade priser",
     "Stickprov 10 fakturor", "Tertialvis", "VD", "Styrelsen",
     ("Ej startad", ""), ("Ej startad", "Startar i september."), ("EJ_GENOMFORD", "")),
    ("Styrning", "Styrelsebeslut verkställs inte", 1, 3,
     "Styrelsebeslut verkställs och återrapporteras",
     "Genomgång av beslutslogg", "Tertialvis", "VD", "Styrelsen",
     ("Klar", ""), ("Avbruten", "Avbruten genom styrelsebeslut 2025-06-12 § 34, ersätts av ny ärendeuppföljning."),
     ("UTGAR", "")),
    ("Brandskydd", "Brand i flerbostadshus", 2, 4,
     "Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter",
     "Brandskyddsrond och protokoll", "Tertialvis", "Fastighetschef", "Styrelsen",
     ("Klar", ""), ("Klar", "Rondering utförd, protokoll i bilaga."), ("GENOMFORD", "")),
]


def build_tb():
    fil = "Tranemobostader_IK_2025_export.csv"
    lines = []
    n = 16
    def line(vals):
        out = []
        for v in vals:
            v = "" if v is None else str(v)
            if any(ch in v for ch in ';"\n'):
                v = '"' + v.replace('"', '""') + '"'
            out.append(v)
        return ";".join(out + [""] * (n - len(out)))
    lines.append(line(["Tranemobostäder AB – Internkontrollplan 2025"]))
    lines.append(line(["Uppföljning per 2025-08-31 (tertial 2)"]))
    lines.append(line([]))
    lines.append(line(["Plan"] + [""] * 9 + ["Tertial 1", "", "Tertial 2", "", "Tertial 3", ""]))
    lines.append(line(PLAN_COLS + ["Status", "Kommentar"] * 3))
    exp = []
    for row in TB_ROWS:
        proc, risk, s, k, km, metod, frek, ansv, rapp, t1, t2, ex = row
        lines.append(line([proc, risk, s, k, s * k, km, metod, frek, ansv, rapp, t1[0], t1[1], t2[0], t2[1], "", ""]))
        exp.append((km, ex[0], ex[1]))
    lines.append(line([]))
    lines.append(line(["Godkänd av VD Mikael Strand 2025-09-02"]))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", "Tranemobostäder AB", "2025", "T2"))
    add_expected(fil, "Tranemobostäder AB", exp)


# ---------------------------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file left in the folder while KS's file was open.
# ---------------------------------------------------------------------------------------------
def build_lock():
    fil = "~$KS_Internkontrollplan_2025_uppfoljning_T2.xlsx"
    user = "Anna Bergqvist"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b + b" " * (54 - len(b))
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b + b"\x20\x00" * ((165 - len(b)) // 2)
    b = b[:165]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
    ("Socialnämnden", "SN|Socialförvaltningen|Sociala omsorgsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Bygg och miljö|Miljö- och byggförvaltningen"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Gemensam överförmyndarnämnd"),
    ("Tranemobostäder AB", "Tranemobostäder|TBAB|Tranemo bostäder"),
]


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    build_ks()
    build_bun()
    build_sn()
    build_sbn()
    build_kfn()
    build_mbn()
    build_tb()
    build_lock()
    write_csvs()
    print(f"{len(FILES)} files, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
