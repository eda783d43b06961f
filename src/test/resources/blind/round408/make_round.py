#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r408 - Grängesbergs kommun, tertial 1 2025.

Builds 7 follow-up files + 1 file to reject, plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; LibreOffice used for .doc)
"""
import csv
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round408"

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv

FIXED_DT = (2025, 5, 15, 8, 0, 0)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append([fil, namnd, km, status, avv])


def reg(fil, utfall, namnd="", ar="", period=""):
    FILES.append([fil, utfall, namnd, ar, period])


def out(name):
    return os.path.join(HERE, name)


def fix_core(doc_or_wb, title=""):
    import datetime
    dt = datetime.datetime(*FIXED_DT)
    cp = doc_or_wb.core_properties if hasattr(doc_or_wb, "core_properties") else doc_or_wb.properties
    cp.created = dt
    cp.modified = dt
    try:
        cp.author = "Grängesbergs kommun"
        cp.creator = "Grängesbergs kommun"
    except Exception:
        pass
    if title:
        cp.title = title
    try:
        cp.last_modified_by = "Grängesbergs kommun"
        cp.lastModifiedBy = "Grängesbergs kommun"
    except Exception:
        pass


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is deterministic."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain Excel list
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppföljning_T1_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "T1 2025"
    ws["A1"] = "Grängesbergs kommun"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 1"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Uppföljningen avser perioden januari–april 2025."
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Kommentar / resultat"]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Ekonomichef", "Genomförd",
         "20 fakturor kontrollerade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation följer riktlinjen för representation",
         "Genomgång av samtliga representationsfakturor", "Redovisningsekonom", "Genomförd med avvikelse",
         "2 av 14 fakturor saknade deltagarlista och syfte. Berörda chefer har informerats.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Direktupphandlingar över 100 000 kr är dokumenterade",
         "Stickprov i e-handelssystemet", "Upphandlare", "Pågår",
         "Stickprov påbörjat i april, redovisas fullt ut i T2.", "DELVIS", "nej"),
        (4, "Personal", "Kontroll av att anställningsavtal finns undertecknade före första arbetsdag",
         "Stickprov 10 nyanställningar", "HR-chef", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        (5, "Personal", "Uppföljning av ej uttagen semester och sparade semesterdagar",
         "Rapport ur lönesystemet", "HR-specialist", "Ej påbörjad",
         "Planeras till september när semesteråret är avslutat.", "EJ_GENOMFORD", "nej"),
        (6, "IT / informationssäkerhet", "Behörigheter i ekonomisystemet tas bort när anställning upphör",
         "Jämförelse avslutade anställningar mot behörighetslista", "IT-samordnare", "Genomförd med avvikelse",
         "3 konton var aktiva efter avslutad anställning. Kontona är nu borttagna.", "GENOMFORD", "ja"),
        (7, "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 25 handlingar", "Registrator", "Genomförd",
         "24 av 25 handlingar registrerade i tid. En handling registrerades efter sex dagar (avvikelse).",
         "GENOMFORD", "ja"),
        (8, "Säkerhet", "Övning enligt krisledningsplanen genomförs",
         "Dokumentation av övning", "Säkerhetssamordnare", "Utgår",
         "Utgår enligt KS beslut 2025-03-04 § 31, ersätts av länsövning 2026.", "UTGAR", ""),
        (9, "Ekonomi", "Avstämning av kundreskontra mot huvudbok månadsvis",
         "Avstämningsprotokoll", "Redovisningsekonom", None, None, "SAKNAS", ""),
    ]
    r = r0 + 1
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 9")
    ws.cell(row=r + 1, column=1, value="Upprättad 2025-05-12 av Anna Berglund, controller")
    for col, w in zip("ABCDEFG", [5, 20, 48, 32, 20, 22, 50]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "6:6"
    ws.page_setup.orientation = "landscape"
    fix_core(wb, "IK T1 2025 KS")
    wb.save(out(fil))
    normalize_zip(out(fil))
    reg(fil, "INLAST", N, "2025", "T1")


# ---------------------------------------------------------------------------
# 2. BUN - Word table, nämnd only in file name and page header (förvaltning name)
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN T1 2025 internkontroll.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Barn- och utbildningsförvaltningen\tGrängesbergs kommun\t2025-05-08"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr BUN 2025/14"
    t = d.add_paragraph()
    run = t.add_run("Uppföljning internkontrollplan tertial 1, 2025")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Nedan redovisas förvaltningens uppföljning av de kontrollmoment som enligt planen "
                    "ska följas upp under tertial 1 (januari–april).")
    rows = [
        ("Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "Stickprov 15 nyanställda", "Samtliga 15 hade uppvisat utdrag före anställning.", "Klar",
         "GENOMFORD", "nej"),
        ("Anmälan till huvudman om kränkande behandling görs skyndsamt",
         "Genomgång av anmälningar i anmälningssystemet",
         "42 anmälningar under perioden, 5 av dem anmäldes senare än en vecka efter händelsen. "
         "Rektorerna har påmints om rutinen.", "Klar", "GENOMFORD", "ja"),
        ("Frånvaro över 10 % följs upp av rektor enligt rutin för skolpliktsbevakning",
         "Rapport ur frånvarosystemet",
         "Kontrollen är utförd på samtliga skolor. Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Placering i förskola erbjuds inom fyra månader från ansökan",
         "Rapport från placeringssystemet",
         "Januari–mars kontrollerad utan anmärkning, april återstår.", "Delvis klar", "DELVIS", "nej"),
        ("Debitering av barnomsorgsavgift stämmer mot inlämnad inkomstuppgift",
         "Stickprov 20 hushåll",
         "Ej genomförd på grund av byte av systemförvaltare. Flyttas till T2.", "Ej klar",
         "EJ_GENOMFORD", "nej"),
        ("Skolskjuts beviljas enligt kommunens riktlinjer för skolskjuts",
         "Stickprov 10 beslut", "Se bilaga 1.", "", "OKLAR", ""),
        ("Inventarieförteckning över elevdatorer är uppdaterad",
         "Avstämning mot inventarielista",
         "12 datorer kunde inte återfinnas. Polisanmälan gjord för 3 av dem.", "Klar", "GENOMFORD", "ja"),
        ("Systematiskt brandskyddsarbete dokumenteras på varje enhet",
         "Egenkontroll enligt SBA-checklista",
         "Genomförd på 9 av 11 enheter, återstående två görs i maj.", "Delvis klar", "DELVIS", "nej"),
    ]
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Hur kontrollen görs", "Resultat T1", "Status"]):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(tbl.rows[0])
    for row in rows:
        cells = tbl.add_row().cells
        for i in range(4):
            cells[i].text = row[i]
        exp(fil, N, row[0], row[4], row[5])
    widths = [Cm(8), Cm(5), Cm(9), Cm(3)]
    for r in tbl.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Grängesberg 2025-05-08")
    d.add_paragraph("Per Lindqvist, förvaltningschef")
    fix_core(d)
    d.save(out(fil))
    normalize_zip(out(fil))
    reg(fil, "INLAST", N, "2025", "T1")


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Excel, merged process cells, status by fill colour + legend below
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden_uppföljning_IKP_2025_T1.xlsx"
    N = "Socialnämnden"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="A6A6A6")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025, uppföljning tertial 1"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Beslutad av Socialnämnden 2024-12-11 § 142. Uppföljning per 2025-04-30."
    hdr = ["Process/rutin", "Risk", "Kontrollmoment", "Ansvarig", "Tidpunkt", "Status T1", "Kommentar"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Myndighetsutövning IFO", [
            ("Utredning överskrider lagstadgad tid",
             "Kontroll att barnavårdsutredningar avslutas inom fyra månader",
             "Enhetschef IFO", "T1, T2, T3", GREEN,
             "Samtliga 40 utredningar avslutade inom tid eller med beslut om förlängning.",
             "GENOMFORD", "nej"),
            ("Felaktig utbetalning av ekonomiskt bistånd",
             "Stickprov på utbetalningar av ekonomiskt bistånd mot beslut",
             "Enhetschef försörjningsstöd", "T1, T3", YELLOW,
             "10 av 20 ärenden granskade. Resterande granskas i maj.", "DELVIS", "nej"),
            ("Orosanmälningar hanteras inte i tid",
             "Skyddsbedömning dokumenteras samma dag som orosanmälan inkommit",
             "Enhetschef IFO", "T1, T2, T3", RED,
             "Kontrollen har inte kunnat utföras på grund av vakanser.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Äldreomsorg", [
            ("Brister i dokumentation",
             "Genomförandeplan upprättas inom 14 dagar efter beviljad insats",
             "Enhetschef hemtjänst", "T1, T3", GREEN,
             "Stickprov 15 brukare: 3 saknade genomförandeplan. Planerna är nu upprättade.",
             "GENOMFORD", "ja"),
            ("Felaktig läkemedelshantering",
             "Avvikelser i läkemedelshanteringen rapporteras och följs upp",
             "MAS", "T1", GREEN, "Genomgång gjord, inga brister i rapporteringen.", "GENOMFORD", "nej"),
            ("Felaktig avgift",
             "Kontroll av att avgift för hemtjänst debiteras enligt beslut",
             "Avgiftshandläggare", "T2", None, None, "SAKNAS", ""),
        ]),
        ("Ekonomi och administration", [
            ("Jäv eller oegentligheter vid inköp",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Controller", "T1, T3", GREEN, "25 fakturor granskade utan anmärkning.", "GENOMFORD", "nej"),
            ("Otillbörlig åtkomst till personuppgifter",
             "Loggkontroll i verksamhetssystemet Treserva",
             "Systemförvaltare", "T1, T2, T3", None, "Se bilaga 2.", "OKLAR", ""),
            ("Felaktiga ersättningar",
             "Kontroll av ersättning till familjehem och kontaktpersoner",
             "Enhetschef IFO", "T1", YELLOW, "Granskning pågår, beräknas klar i juni.", "DELVIS", "nej"),
            ("Missförhållanden rapporteras inte",
             "Lex Sarah-rapporter utreds och anmäls till IVO vid behov",
             "Kvalitetsutvecklare", "T1, T3", GREY,
             "Följs upp i kvalitetsberättelsen enligt SN beslut 2025-02-19 § 12.", "UTGAR", ""),
        ]),
    ]
    r = r0 + 1
    for proc, items in groups:
        start = r
        for risk, km, ansv, tid, fill, komm, st, avv in items:
            vals = [proc if r == start else None, risk, km, ansv, tid, None, komm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            if fill is not None:
                ws.cell(row=r, column=6).fill = fill
            exp(fil, N, km, st, avv)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Färgförklaring status:").font = Font(bold=True)
    for fill, txt in [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                      (RED, "Ej genomförd"), (GREY, "Utgår")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill
        ws.cell(row=r, column=1).border = BORDER
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFG", [24, 30, 46, 22, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    fix_core(wb)
    wb.save(out(fil))
    normalize_zip(out(fil))
    reg(fil, "INLAST", N, "2025", "T1")


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - old .xls, nämnd only in the print header
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Tertialuppföljning 1 - internkontroll 2025.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    # xlwt under Python 3 cannot take non-ASCII via the property; set the stored str directly
    ws._Worksheet__header_str = "&LSamhällsbyggnadsnämnden&RSida &P av &N"
    ws._Worksheet__footer_str = "&LUtskrivet &D"
    ws.portrait = False
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    center = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: horiz center, vert top")
    ws.write(0, 0, "Internkontroll 2025 – uppföljning tertial 1", title)
    ws.write(1, 0, "Ja = kontrollen utförd   Delvis = påbörjad/del av urvalet   Nej = ej utförd")
    hdr = ["Kontrollområde", "Kontrollmoment", "Omfattning", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    r0 = 3
    for c, h in enumerate(hdr):
        ws.write(r0, c, h, head)
    rows = [
        ("Gata/park", "Fakturor för vinterväghållning stämmer mot avtal", "Samtliga fakturor jan–mars",
         "Gatuchef", "Ja", "Faktura för februari avvek med 18 tkr, kreditfaktura erhållen.", "GENOMFORD", "ja"),
        ("VA", "Avläsning av vattenmätare och debitering av VA-avgift", "Stickprov 30 abonnenter",
         "VA-chef", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Fastighet", "Lagstadgade besiktningar (hiss, OVK) är utförda i tid", "Genomgång av besiktningsprotokoll",
         "Fastighetschef", "Delvis", "Hissbesiktningar kontrollerade. OVK återstår.", "DELVIS", "nej"),
        ("Fastighet", "Hyresavtal för externa hyresgäster är uppdaterade", "Genomgång av avtalsregistret",
         "Fastighetsförvaltare", "Nej", "Skjuts till T2 p.g.a. personalbrist.", "EJ_GENOMFORD", "nej"),
        ("Mark/exploatering", "Försäljning av kommunal mark sker enligt riktlinjer för markanvisning",
         "Samtliga markförsäljningar", "Mark- och exploateringsingenjör", "Ja",
         "Kontrollerat – ingen markförsäljning under perioden.", "GENOMFORD", "nej"),
        ("Avfall", "Entreprenören för avfallshämtning följer avtalade tömningsintervall",
         "Stickprov i hämtningssystemet", "Renhållningsansvarig", "", "", "SAKNAS", ""),
        ("Trafik", "Intäkter från felparkeringsavgifter stäms av mot bankkonto", "Avstämning per månad",
         "Trafikingenjör", "Ja", "", "GENOMFORD", "nej"),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Genomgång av delegationslistor",
         "Nämndsekreterare", "Ja", "Två beslut anmäldes för sent. Rutinen har förtydligats.", "GENOMFORD", "ja"),
    ]
    for i, row in enumerate(rows):
        r = r0 + 1 + i
        ws.write(r, 0, row[0], body)
        ws.write(r, 1, row[1], body)
        ws.write(r, 2, row[2], body)
        ws.write(r, 3, row[3], body)
        ws.write(r, 4, row[4], center)
        ws.write(r, 5, "", center)
        ws.write(r, 6, "", center)
        ws.write(r, 7, row[5], body)
        exp(fil, N, row[1], row[6], row[7])
    r = r0 + 1 + len(rows) + 1
    ws.write(r, 0, "Sammanställt av: Karin Holm, 2025-05-09", bold)
    for c, w in enumerate([18, 45, 28, 24, 7, 7, 7, 48]):
        ws.col(c).width = w * 256
    wb.save(out(fil))
    reg(fil, "INLAST", N, "2025", "T1")


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - text-only Word (.doc via LibreOffice)
# ---------------------------------------------------------------------------
def file_kfn(tmpdir):
    fil = "Uppföljning intern kontroll T1 2025 KFN.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 1").runs[0].bold = True
    d.add_paragraph("Kultur- och fritidsnämnden antog internkontrollplanen för 2025 den 11 december 2024. "
                    "Planen omfattar sex kontrollmoment. Nedan redovisas resultatet efter årets första tertial "
                    "(januari–april).")
    items = [
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler",
         ["Kontrollen har genomförts genom stickprov på 10 av 34 utbetalda aktivitetsbidrag. "
          "Samtliga utbetalningar var korrekta och underlagen kompletta."],
         "Status: Genomförd.", "GENOMFORD", "nej"),
        ("Kontanthantering i simhallens kassa",
         ["Dagskassor för februari och mars har stämts av mot kassarapporter. Vid två tillfällen saknades "
          "200 kr respektive 350 kr. Differenserna har rapporterats som avvikelse och personalen har fått "
          "genomgång av kassarutinen."],
         "Status: Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         ["Kontrollen har påbörjats. Bokningar för januari är kontrollerade mot fakturering, "
          "februari–april återstår."],
         "Status: Pågår.", "DELVIS", "nej"),
        ("Bibliotekets medier registreras och gallras enligt rutin",
         ["Nämnden beslutade 2025-03-12 § 18 att kontrollmomentet utgår eftersom regionens "
          "biblioteksgranskning täcker samma område."],
         "Status: Utgår.", "UTGAR", ""),
        ("Avtal med extern arrangör för Grängesbergs marknad följs",
         ["Kontrollen görs efter marknaden i juni och redovisas i delårsrapporten."],
         "Status: Ej påbörjad.", "EJ_GENOMFORD", "nej"),
        ("Registerkontroll för ledare i kommunens lovverksamhet",
         ["Samtliga 8 ledare för sportlovsaktiviteterna har visat upp utdrag ur belastningsregistret "
          "innan de började."],
         "Status: Genomförd.", "GENOMFORD", "nej"),
    ]
    for km, texts, status, st, avv in items:
        d.add_heading(km, level=2)
        for t in texts:
            d.add_paragraph(t)
        p = d.add_paragraph()
        p.add_run(status).italic = True
        exp(fil, N, km, st, avv)
    d.add_paragraph("")
    d.add_paragraph("Lena Ek\nKultur- och fritidschef")
    fix_core(d)
    src = os.path.join(tmpdir, "kfn.docx")
    d.save(src)
    soffice_convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, "kfn.doc"), out(fil))
    reg(fil, "INLAST", N, "2025", "T1")


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - Word table with X tick columns
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN uppföljning IK T1-2025.docx"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run("Överförmyndarnämnden i Grängesbergs kommun")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Internkontroll 2025 – uppföljning tertial 1 (januari–april)")
    d.add_paragraph("Markera med X i den kolumn som stämmer för respektive kontrollmoment.")
    rows = [
        ("Granskning av årsräkningar sker inom fastställd tid", "", "X", "",
         "212 av 340 årsräkningar granskade per 30/4.", "DELVIS", "nej"),
        ("Arvodesbeslut till ställföreträdare följer nämndens riktlinjer", "X", "", "",
         "Stickprov 15 beslut, inga avvikelser.", "GENOMFORD", "nej"),
        ("Förteckningar inkommer inom två månader från förordnande", "X", "", "",
         "4 förteckningar inkom för sent, påminnelser har skickats.", "GENOMFORD", "ja"),
        ("Lämplighetsprövning av nya ställföreträdare (belastningsregister och kreditupplysning)",
         "X", "X", "", "", "OKLAR", ""),
        ("Huvudmännens bankkonton är spärrade enligt beslut", "", "", "X",
         "Görs i samband med årsräkningsgranskningen i höst.", "EJ_GENOMFORD", "nej"),
        ("Gallring av akter enligt dokumenthanteringsplanen", "", "", "", "", "SAKNAS", ""),
    ]
    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd", "Pågår", "Ej påbörjad", "Kommentar"]):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = tbl.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
            if i in (1, 2, 3):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, row[0], row[5], row[6])
    widths = [Cm(6.5), Cm(2), Cm(1.6), Cm(2), Cm(5)]
    for rr in tbl.rows:
        for i, w in enumerate(widths):
            rr.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("2025-05-06  Maria Sjöberg, handläggare överförmyndarenheten")
    fix_core(d)
    d.save(out(fil))
    normalize_zip(out(fil))
    reg(fil, "INLAST", N, "2025", "T1")


# ---------------------------------------------------------------------------
# 7. Hypergene-style export, two organisations in one sheet
# ---------------------------------------------------------------------------
def file_export():
    fil = "Hypergene_export_internkontroll_2025-05-15.xlsx"
    MBN = "Miljö- och byggnämnden"
    GB = "Grängesbergs Bostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Rapport: Internkontroll – uppföljning"
    ws["A2"] = "Period: 2025 T1"
    ws["A3"] = "Utskriven: 2025-05-15 08:42 av ekonomienheten"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
    rows = [
        (MBN, "Tillsyn", "Tillsynsavgifter debiteras enligt fastställd taxa", "Miljöchef", "Klar",
         "Stickprov 12 ärenden, inga avvikelser.", "GENOMFORD", "nej"),
        (MBN, "Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
         "Klar", "3 av 41 ärenden överskred handläggningstiden, avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        (MBN, "Livsmedel", "Planerade livsmedelskontroller genomförs enligt kontrollplanen",
         "Livsmedelsinspektör", "Pågående", "31 % av årets planerade kontroller genomförda.", "DELVIS", "nej"),
        (MBN, "Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Klar",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        (MBN, "Arkiv", "Bygglovshandlingar skannas och arkiveras i e-arkivet", "Arkivansvarig", "Ej startad",
         "Väntar på upphandling av skanningstjänst.", "EJ_GENOMFORD", "nej"),
        (MBN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningschef", None, None,
         "SAKNAS", ""),
        (GB, "Uthyrning", "Lägenheter fördelas enligt bolagets uthyrningspolicy", "Uthyrningschef", "Klar",
         "20 kontrakt granskade, samtliga tilldelade enligt kö.", "GENOMFORD", "nej"),
        (GB, "Hyresfordringar", "Påminnelser och inkasso sker enligt rutin för kravhantering",
         "Ekonomiansvarig", "Klar", "2 ärenden skickades till inkasso utan föregående påminnelse.",
         "GENOMFORD", "ja"),
        (GB, "Underhåll", "Planerat underhåll genomförs enligt underhållsplanen", "Teknisk chef", "Pågående",
         "Stambyte Malmgatan 4–8 försenat, i övrigt enligt plan.", "DELVIS", "nej"),
        (GB, "Upphandling", "Avrop från ramavtal sker enligt avtalets villkor", "VD", "Utgår",
         "Ramavtalet har upphört, ny upphandling pågår.", "UTGAR", ""),
        (GB, "Brandskydd", "Systematiskt brandskyddsarbete i bolagets flerbostadshus", "Fastighetsskötare",
         "Klar", "Brandskyddsronder genomförda i samtliga 14 fastigheter.", "GENOMFORD", "nej"),
    ]
    r = r0 + 1
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            ws.cell(row=r, column=c, value=v)
        exp(fil, row[0], row[2], row[6], row[7])
        r += 1
    ws.cell(row=r + 1, column=1, value="Antal rader: 11")
    for col, w in zip("ABCDEFGH", [28, 16, 60, 20, 12, 55, 12, 30]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A5:H16"
    fix_core(wb)
    wb.save(out(fil))
    normalize_zip(out(fil))
    reg(fil, "INLAST", MBN, "2025", "T1")
    reg(fil, "INLAST", GB, "2025", "T1")


# ---------------------------------------------------------------------------
# 8. Reject: covering letter, no follow-up in it
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev IK T1 2025 Socialförvaltningen.docx"
    d = docx.Document()
    d.add_paragraph("Socialförvaltningen\t\t\t2025-05-22")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    p = d.add_paragraph()
    p.add_run("Översändande av uppföljning av intern kontroll, tertial 1 2025").bold = True
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 1 2025. "
                    "Uppföljningen behandlades av nämnden den 21 maj 2025, § 45, och nämnden lade den till "
                    "handlingarna.")
    d.add_paragraph("Av planens tio kontrollmoment har fyra genomförts, två pågår och ett har inte kunnat "
                    "genomföras på grund av vakanser. Detaljerna framgår av den bifogade uppföljningen "
                    "(Excelfil).")
    d.add_paragraph("Bilaga 2 med loggkontrollen skickas separat eftersom den innehåller personuppgifter.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Eva Nordin\nsocialchef")
    fix_core(d)
    d.save(out(fil))
    normalize_zip(out(fil))
    reg(fil, "AVVISAD")


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Grängesbergs Bostäder AB", "GBAB|Grängesbergsbostäder|Bostadsbolaget"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r408_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_sbn()
        file_kfn(tmpdir)
        file_ofn()
        file_export()
        file_reject()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
