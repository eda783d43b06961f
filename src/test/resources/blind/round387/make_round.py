#!/usr/bin/python3
"""Blind round 387 - Vretstorps kommun, inbox of helår 2025 follow-ups.

Builds every file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round387"
FIXED = datetime.datetime(2026, 1, 30, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmpd = tempfile.mkdtemp(prefix="r387conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


def fix_wb(wb):
    wb.properties.creator = "Vretstorps kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain Excel, title rows, status words
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontrollplan helår 2025.xlsx"
    n = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Vretstorps kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Förvaltning:"
    ws["B4"] = "Kommunledningsförvaltningen"
    ws["A5"] = "Datum:"
    ws["B5"] = "2026-01-28"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status helår", "Kommentar / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Ekonomichef", "2 ggr/år", "Genomförd",
         "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att leverantörsregistret inte innehåller dubbletter eller felaktiga bankgironummer",
         "Systemrapport ur ekonomisystemet", "Redovisningsansvarig", "Årligen",
         "Genomförd med avvikelse",
         "Två dubbletter hittades och har spärrats. Ett bankgironummer rättat efter kontakt med leverantören.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Inköp görs från leverantörer med giltigt avtal (avtalstrohet)",
         "Stickprov 40 inköp", "Upphandlingschef", "Årligen", "Delvis genomförd",
         "Stickprov gjort för kommunledningsförvaltningen (20 inköp), övriga förvaltningar återstår. "
         "Av kontrollerade inköp saknade 6 avtal.", "DELVIS", "ja"),
        (4, "HR", "Behörigheter i lönesystemet är aktuella",
         "Jämförelse behörighetslista mot anställningar", "HR-chef", "Årligen", "Genomförd",
         "Tre behörigheter för avslutade anställda togs bort.", "GENOMFORD", "ja"),
        (5, "HR", "Representation och förtroendekänsliga poster hanteras enligt riktlinjerna",
         "Granskning av samtliga representationsfakturor över 5 000 kr", "Ekonomichef", "Årligen",
         "Ej genomförd", "Skjuts till 2026 på grund av vakans på ekonomienheten.", "EJ_GENOMFORD", ""),
        (6, "IT", "Behörighetsgranskning i ekonomisystemet",
         "", "IT-chef", "Årligen", "Utgår",
         "Ersätts av extern IT-revision enligt KS beslut 2025-05-12 § 84.", "UTGAR", ""),
        (7, "Dokumenthantering", "Inkomna handlingar diarieförs inom fem arbetsdagar",
         "Stickprov 25 ärenden", "Registrator", "Årligen", "Genomförd",
         "Samtliga 25 ärenden diarieförda inom tid.", "GENOMFORD", "nej"),
        (8, "Säkerhet", "Kommunens krisledningsplan är uppdaterad och övad under året",
         "Genomgång av plan och övningsrapport", "Säkerhetssamordnare", "Årligen", None, None,
         "SAKNAS", ""),
    ]
    r = 8
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, n, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara "
                                   "tillräcklig. Kontroll 5 och 8 förs över till internkontrollplan 2026.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 32
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Anna Lindqvist, controller")
    ws.cell(row=r + 1, column=1, value="Fastställd av kommundirektör Per Ohlsson 2026-01-29")
    for col, w in zip("ABCDEFGH", [5, 16, 48, 28, 20, 11, 22, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word table, codes with legend, T1/T2/Helår
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def file_bun():
    fil = "BUN_internkontroll_2025_helar.docx"
    n = "Barn- och utbildningsnämnden"
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Vretstorps kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    doc.add_heading("Uppföljning av intern kontroll 2025", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden – helårsuppföljning")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). Uppföljning har skett per "
        "tertial. I tabellen nedan redovisas status för tertial 1, tertial 2 och helår. Kommentaren avser "
        "den senaste uppföljningen.")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("G = Genomförd utan anmärkning, GA = Genomförd med anmärkning, D = Delvis genomförd/pågår, "
              "E = Ej genomförd, U = Utgår, – = ingen kontroll planerad för perioden")
    hdr = ["Kontrollmoment", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]
    groups = [
        ("Ekonomiadministration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "G", "G", "G",
             "Stickprov 20 fakturor per tertial, inga fel.", "GENOMFORD", "nej"),
            ("Barnomsorgsavgifter – inkomstuppgifter stäms av mot Skatteverkets uppgifter",
             "Avgiftshandläggare", "–", "D", "GA",
             "14 hushåll hade betalat för låg avgift. Efterdebitering gjord i november.", "GENOMFORD", "ja"),
            ("Interkommunala ersättningar faktureras korrekt", "Controller", "", "D", "",
             "Fakturering för höstterminen pågår.", "DELVIS", ""),
        ]),
        ("Skolskjuts", [
            ("Skolskjutsbeslut fattas enligt delegationsordningen", "Skolskjutshandläggare", "G", "–", "",
             "Kontrollen görs en gång per år i samband med läsårsstart. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Skolskjutsentreprenörens fakturor stäms av mot avtalade turer", "Skolskjutshandläggare",
             "–", "E", "E",
             "Ej genomförd – ny upphandling av skolskjuts pågår, kontrollen flyttas till 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret har lämnats vid nyanställning i förskola och skola", "Rektor",
             "G", "G", "GA",
             "2 av 35 nyanställda saknade registerutdrag i personalakten. Rutinen har förtydligats.",
             "GENOMFORD", "ja"),
            ("Rehabiliteringsutredning påbörjas senast dag 30 vid upprepad sjukfrånvaro", "HR-partner",
             "D", "D", "D", "Genomgång gjord på 6 av 11 enheter.", "DELVIS", ""),
        ]),
        ("Verksamhet", [
            ("Kränkande behandling anmäls till huvudmannen inom fem arbetsdagar", "Utvecklingsledare",
             "G", "G", "U",
             "Utgår från helår – ersatt av ny digital anmälan (BUN 2025-09-17 § 71).", "UTGAR", ""),
            ("Elevers närvaro registreras dagligen i lärplattformen", "Rektor", "D", "G", "Se bilaga 2",
             "", "OKLAR", ""),
        ]),
    ]
    tbl = doc.add_table(rows=1, cols=len(hdr))
    tbl.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "BDD7EE")
    for gname, rows in groups:
        cells = tbl.add_row().cells
        m = cells[0].merge(cells[-1])
        m.text = ""
        m.paragraphs[0].add_run(gname).bold = True
        shade(m, "E7E6E6")
        for row in rows:
            cells = tbl.add_row().cells
            for i, v in enumerate(row[:6]):
                cells[i].text = v
                if 2 <= i <= 4:
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, n, row[0], row[6], row[7])
    widths = [Cm(6.0), Cm(2.8), Cm(1.0), Cm(1.0), Cm(1.6), Cm(5.5)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 2: Närvarouppföljning per skolenhet (separat dokument).")
    doc.add_paragraph("Vretstorp 2026-01-22")
    doc.add_paragraph("Maria Sandberg\nFörvaltningschef, barn- och utbildningsförvaltningen")
    fix_doc(doc, "Maria Sandberg")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - legacy .xls, traffic-light fills, merged process cells
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IK-plan 2025 uppföljning helår.xls"
    n = "Socialnämnden"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="A6A6A6")
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 2025-12-31 (helår)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Bedömning", "Resultat / kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    F = {"g": GREEN, "y": YELLOW, "r": RED, "x": GREY, "": None}
    groups = [
        ("Myndighetsutövning barn och unga", [
            ("Utredningar drar ut på tiden", 12,
             "Utredningar av barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)",
             "Stickprov 20 akter", "Enhetschef barn och unga", "y",
             "Stickprov gjort på 12 av planerade 20 akter. 3 utredningar överskred fyra månader utan "
             "beslut om förlängning.", "DELVIS", "ja"),
            ("Barn i behov av skydd uppmärksammas inte", 16,
             "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Enhetschef mottagning", "g",
             "Samtliga 60 anmälningar under perioden bedömda inom tid.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", 9,
             "Utbetalning av ekonomiskt bistånd stäms av mot fattat beslut",
             "Stickprov 25 utbetalningar", "Enhetschef försörjningsstöd", "r",
             "Ej genomförd på grund av byte av verksamhetssystem under hösten.", "EJ_GENOMFORD", ""),
            ("Dubbla ersättningar", 8,
             "Kontroll mot Försäkringskassan och a-kassa via SSBTEK före beslut",
             "Stickprov 25 akter", "Enhetschef försörjningsstöd", "g",
             "Kontroll gjord månadsvis, inga avvikelser.", "GENOMFORD", "nej"),
            ("Beslut fattas utan delegation", 6,
             "Beslut om bistånd fattas enligt delegationsordningen",
             "Stickprov 20 beslut", "Socialchef", "g",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Äldreomsorg", [
            ("Felaktiga avgifter", 9,
             "Avgiftsbeslut i hemtjänst stämmer med utförd tid",
             "Avstämning mot planeringssystemet", "Avgiftshandläggare", "y",
             "Pågår. Avstämning klar för januari–september.", "DELVIS", ""),
            ("Läkemedelsfel", 12,
             "Signeringslistor för läkemedel är kompletta",
             "Egenkontroll MAS", "MAS", "g",
             "Genomförd på samtliga särskilda boenden.", "GENOMFORD", "nej"),
            ("Förskingring av brukares medel", 8,
             "Brukares kontanter i handkassa redovisas med kvitton",
             "Stickprov", "Enhetschef hemtjänst", "x",
             "Utgår – handkassorna avvecklades i maj 2025.", "UTGAR", ""),
        ]),
        ("LSS och synpunktshantering", [
            ("Fel fakturering från utförare", 6,
             "Fakturor för ledsagar- och avlösarservice stäms av mot beslut",
             "Stickprov 10 fakturor", "Enhetschef LSS", "", "", "SAKNAS", ""),
            ("Synpunkter hanteras inte", 4,
             "Synpunkter och klagomål registreras och besvaras inom tio arbetsdagar",
             "Uttag ur synpunktsregistret", "Kvalitetsutvecklare", "",
             "Genomförd. 41 av 44 synpunkter besvarades inom tid.", "GENOMFORD", "ja"),
        ]),
    ]
    r = 5
    for pname, rows in groups:
        start = r
        for risk, rv, km, met, ans, col, kom, st, avv in rows:
            vals = [pname if r == start else None, risk, rv, km, met, ans, None, kom or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            if F[col]:
                ws.cell(row=r, column=7).fill = F[col]
            exp(fil, n, km, st, avv)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Förklaring bedömning:").font = BOLD
    legend = [(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Delvis genomförd / pågår"),
              (RED, "Ej genomförd"), (GREY, "Utgår")]
    for fill, txt in legend:
        r += 1
        ws.cell(row=r, column=1).fill = fill
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens (1–4 × 1–4).")
    for col, w in zip("ABCDEFGH", [22, 26, 9, 46, 24, 22, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Socialnämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    fix_wb(wb)
    tmpd = tempfile.mkdtemp(prefix="r387sn")
    src = os.path.join(tmpd, "sn.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys export - CSV, cp1252, two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_20260115.csv"
    SBN = "Samhällsbyggnadsnämnden"
    MBN = "Miljö- och byggnämnden"
    T1, T2, HA = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    # (enhet in file, register name, område, kontrollmoment, ansvarig, [(period, status, kommentar)], st, avv)
    ctrls = [
        ("Samhällsbyggnadsnämnden", SBN, "VA-verksamhet",
         "Avgifter för vatten och avlopp debiteras enligt gällande taxa", "VA-ekonom",
         [(T1, "Pågår", "Stickprov påbörjat."), (T2, "Pågår", ""),
          (HA, "Klar", "Stickprov 50 fastigheter. 1 felaktig debitering har rättats.")],
         "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnden", SBN, "Fastighet",
         "Arbetsorder i fastighetsunderhållet attesteras innan utbetalning", "Fastighetschef",
         [(T1, "", ""), (T2, "Klar", "Inga avvikelser. Årlig kontroll."), (HA, "", "")],
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", SBN, "Gata/park",
         "Bidrag till enskilda vägar betalas ut enligt beslut", "Gatuchef",
         [(HA, "Ej påbörjad", "Flyttas till internkontrollplan 2026.")],
         "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsnämnden", SBN, "Fordon",
         "Drivmedelskort används enligt riktlinjerna", "Fordonssamordnare",
         [(T2, "Pågår", ""), (HA, "Pågår", "Genomgång av januari–september klar,\noktober–december återstår.")],
         "DELVIS", ""),
        ("Samhällsbyggnadsnämnden", SBN, "Fastighet",
         "Hyresavtal för externt inhyrda lokaler är registrerade i avtalsdatabasen", "Fastighetschef",
         [(HA, "Klar", "Samtliga 23 avtal finns registrerade.")],
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", SBN, "Gata/park",
         "Snöröjningsentreprenörens tidrapporter stäms av mot GPS-logg", "Gatuchef",
         [(T1, "Pågår", ""), (HA, "Utgår", "Utgår enligt beslut SBN 2025-06-10 § 45, ny entreprenad med fast pris.")],
         "UTGAR", ""),
        ("Miljö- och byggförvaltningen", MBN, "Tillsyn",
         "Tillsynsavgifter debiteras enligt timtaxa", "Miljöchef",
         [(T1, "Klar", ""), (T2, "Klar", ""), (HA, "Klar", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", MBN, "Bygglov",
         "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         [(T2, "Pågår", ""),
          (HA, "Klar", "8 av 112 ärenden överskred tiden; avgiften reducerades enligt PBL 12 kap. 8 a §.")],
         "GENOMFORD", "ja"),
        ("Miljö- och byggförvaltningen", MBN, "Handläggning",
         "Handläggare har inte handlagt ärenden där jäv föreligger", "Förvaltningschef",
         [(T1, "", ""), (T2, "", ""), (HA, "", "")],
         "SAKNAS", ""),
        ("Miljö- och byggförvaltningen", MBN, "Handläggning",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [(HA, "Pågår", "")],
         "DELVIS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Intern kontroll – uppföljning kontrollmoment"])
        w.writerow(["Utskriven: 2026-01-15 09:12 av Karin Ek"])
        w.writerow(["Urval: Samhällsbyggnadsnämnden; Miljö- och byggförvaltningen; År 2025"])
        w.writerow([])
        w.writerow(["Enhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Rapportperiod", "Status",
                    "Kommentar"])
        for enh, reg, omr, km, ans, per, st, avv in ctrls:
            for p, s, k in per:
                w.writerow([enh, omr, km, ans, p, s, k])
            exp(fil, reg, km, st, avv)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - text-only OpenDocument text
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid - uppföljning intern kontroll 2025.odt"
    n = "Kultur- och fritidsnämnden"
    doc = Document()
    doc.add_heading("Kultur- och fritidsnämnden", level=0)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – helårsrapport")
    doc.add_paragraph("Dnr KFN 2026/7")
    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Kultur- och fritidsnämnden antog internkontrollplan 2025 i februari. Planen omfattar sex "
        "kontrollmoment. Nedan redovisas resultatet av kontrollerna för helåret. Förvaltningen bedömer att "
        "den interna kontrollen i huvudsak har fungerat, men att bokningssystemet behöver ses över.")
    doc.add_heading("Redovisning av kontrollmomenten", level=1)
    items = [
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Stickprov på 15 föreningars ansökningar om aktivitetsstöd.",
         "Kontrollen är genomförd. Två föreningar hade fått aktivitetsstöd för deltagare över 20 år. "
         "Återkrav har skickats och föreningarna har informerats om reglerna.",
         "GENOMFORD", "ja"),
        ("Kassahantering i simhallens reception",
         "Oanmäld kassainventering vid två tillfällen.",
         "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler och anläggningar faktureras enligt taxa",
         "Avstämning av bokningar mot fakturerat belopp.",
         "Kontrollen har påbörjats men är inte slutförd. Bokningssystemet byttes i oktober och avstämningen "
         "för årets sista kvartal återstår.", "DELVIS", ""),
        ("Inventering av kommunens konstsamling",
         "Inventering av 20 % av konstverken enligt konstregistret.",
         "Inventeringen har inte genomförts under 2025 och flyttas till 2026 på grund av sjukskrivning.",
         "EJ_GENOMFORD", ""),
        ("Registrering av lotterier handläggs enligt spellagen",
         "Genomgång av samtliga registreringsärenden.",
         "Ej aktuell under 2025 – inga ansökningar om registrering av lotteri kom in under året.",
         "UTGAR", ""),
        ("Bibliotekets medieinköp görs från avtalad leverantör",
         "Stickprov 30 fakturor.",
         "Se bilaga 1.", "OKLAR", ""),
    ]
    for i, (km, met, res, st, avv) in enumerate(items, 1):
        doc.add_heading(km, level=2)
        p = doc.add_paragraph()
        p.add_run("Kontrollmetod: ").bold = True
        p.add_run(met)
        p = doc.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, n, km, st, avv)
    doc.add_heading("Förslag till beslut", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025.")
    doc.add_paragraph("Lars Berglund\nKultur- och fritidschef")
    fix_doc(doc, "Lars Berglund")
    tmpd = tempfile.mkdtemp(prefix="r387kfn")
    src = os.path.join(tmpd, "kfn.docx")
    doc.save(src)
    soffice_convert(src, "odt", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - xlsx, nämnd only in print header + file name, tick columns
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "IK uppföljning ÖFN 2025.xlsx"
    n = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Avser perioden 2025-01-01 – 2025-12-31. Markera med X om kontrollen är utförd eller ej."
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Utförd", "Ej utförd",
           "Avvikelse (ja/nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Granskning", "Årsräkningar granskas inom sex månader från att de kommit in",
         "Handläggare", "X", "", "Nej", "", "GENOMFORD", "nej"),
        ("Granskning", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Handläggare", "X", "", "Ja", "Fel arvodesnivå i 4 ärenden, rättat före utbetalning.",
         "GENOMFORD", "ja"),
        ("Delegation", "Uttagsmedgivanden från spärrade konton beslutas enligt delegationsordningen",
         "Enhetschef", "", "X", "", "Hanns inte på grund av vakans.", "EJ_GENOMFORD", ""),
        ("Rekrytering", "Lämplighetsprövning av nya gode män – kontroll mot belastningsregistret och "
                        "Kronofogden", "Rekryterare", "X", "X", "", "", "OKLAR", ""),
        ("Förvaltarskap", "Förteckningar inkommer inom två månader från förordnandet",
         "Handläggare", "", "", "", "Delvis – 18 av 25 ärenden kontrollerade, övriga görs i januari.",
         "DELVIS", ""),
        ("Arkiv", "Akter arkiveras enligt dokumenthanteringsplanen", "Administratör", "", "", "", "",
         "SAKNAS", ""),
        ("Handläggning", "Avslutade ärenden avslutas i verksamhetssystemet",
         "Administratör", "X", "", "Nej", "Stickprov 10 ärenden.", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
            if i in (4, 5, 6):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, n, row[1], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporterad av: Eva Holm 2026-01-20")
    for col, w in zip("ABCDEFG", [16, 52, 18, 8, 9, 12, 44]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Överförmyndarnämnden"
    ws.oddHeader.right.text = "Helår 2025"
    ws.oddFooter.center.text = "&F"
    ws.page_setup.orientation = "landscape"
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Vretstorpshem (bolag) - ODS, plan + 2024 column + T2/helår codes, legend on other sheet
# ---------------------------------------------------------------------------
def file_bolag():
    fil = "Vretstorpshem IKP 2025 med uppföljning.ods"
    n = "Vretstorps Bostäder AB"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion för uppföljning"
    ins["A1"].font = Font(bold=True, size=13)
    ins["A3"] = "Ange status med siffra i kolumnerna för uppföljning:"
    codes = [(1, "Genomförd utan anmärkning"), (2, "Genomförd med anmärkning"), (3, "Påbörjad"),
             (4, "Ej påbörjad"), (5, "Utgår")]
    for i, (k, t) in enumerate(codes, 4):
        ins.cell(row=i, column=1, value=k)
        ins.cell(row=i, column=2, value=t)
    ins["A10"] = "Riskvärde = sannolikhet × konsekvens. Kontroller med riskvärde 9 eller högre följs upp två gånger per år."
    ins.column_dimensions["B"].width = 32

    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Vretstorpshem – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Fastställd av styrelsen 2025-02-24. Uppföljning helår rapporteras till styrelsen 2026-02-16."
    ws.merge_cells("A4:J4")
    ws["A4"] = "Plan 2025"
    ws.merge_cells("K4:M4")
    ws["K4"] = "Uppföljning 2025"
    for a in ("A4", "K4"):
        ws[a].font = BOLD
        ws[a].alignment = Alignment(horizontal="center")
        ws[a].fill = PatternFill("solid", fgColor="FCE4D6")
    hdr = ["Nr", "Risk", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde", "Metod",
           "Frekvens", "Ansvarig", "Status helår 2024", "T2", "Helår", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
    rows = [
        (1, "Felaktiga hyror", "Hyror debiteras enligt hyresavtal", 2, 4, "Avstämning hyresreskontra mot avtal",
         "2 ggr/år", "Ekonomichef", 1, 3, 1, "", "GENOMFORD", "nej"),
        (2, "Kundförluster", "Obetalda hyror överlämnas till inkasso enligt kravrutinen", 3, 3,
         "Stickprov 15 ärenden", "2 ggr/år", "Hyresadministratör", 2, 3, 2,
         "Tre ärenden lämnades till inkasso senare än rutinen anger.", "GENOMFORD", "ja"),
        (3, "Kostnadsökningar i projekt", "ÄTA-arbeten i underhållsentreprenader godkänns skriftligt före utförande",
         3, 4, "Granskning av projektpärmar", "2 ggr/år", "Projektchef", 4, 3, 3,
         "Två av fyra projekt granskade.", "DELVIS", ""),
        (4, "Obehörigt tillträde", "Kvittens vid utlämning av huvudnycklar", 2, 3, "Inventering nyckelregister",
         "Årligen", "Driftchef", 1, None, 4, "Skjuts till 2026 – byte till elektroniska lås pågår.",
         "EJ_GENOMFORD", ""),
        (5, "Förtroendeskada", "Lägenheter fördelas enligt uthyrningspolicyn", 3, 3, "Stickprov 20 kontrakt",
         "2 ggr/år", "Uthyrningschef", 1, 1, None, "", "GENOMFORD", "nej"),
        (6, "Brister i bolagsstyrning", "Styrelseprotokoll justeras inom 14 dagar", 1, 3,
         "Genomgång av protokoll", "Årligen", "VD", 1, None, 5,
         "Utgår – ingår i lekmannarevisorernas granskning från 2025.", "UTGAR", ""),
        (7, "Sanktionsavgift", "Energideklarationer är aktuella för samtliga fastigheter", 2, 2,
         "Kontroll mot Boverkets register", "Årligen", "Energisamordnare", "–", None, None, "",
         "SAKNAS", ""),
        (8, "Felaktiga utbetalningar", "Leverantörsfakturor attesteras enligt attestinstruktionen", 2, 3,
         "Stickprov 30 fakturor", "2 ggr/år", "Ekonomichef", 1, 1, 1, "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        nr, risk, km, s, k, met, frek, ans, y24, t2, ha, kom, st, avv = row
        vals = [nr, risk, km, s, k, None, met, frek, ans, y24, t2, ha, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=6, value=f"=D{r}*E{r}").border = BOX
        exp(fil, n, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Statuskoder, se flik Instruktion.")
    for col, w in zip("ABCDEFGHIJKLM", [4, 22, 44, 11, 11, 9, 28, 10, 18, 12, 6, 7, 44]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    fix_wb(wb)
    tmpd = tempfile.mkdtemp(prefix="r387bol")
    src = os.path.join(tmpd, "bolag.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from Socialnämnden, no controls
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv uppföljning intern kontroll helår 2025 SN.docx"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Vretstorps kommun – Socialförvaltningen"
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_paragraph("Datum: 2026-01-26")
    doc.add_heading("Missiv – uppföljning av intern kontroll helår 2025", level=1)
    doc.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplan 2025 avseende helår. "
        "Uppföljningen behandlades av nämnden den 22 januari 2026 (§ 6).")
    doc.add_paragraph(
        "Av planens tio kontrollmoment har sex genomförts, två är delvis genomförda, ett har inte genomförts "
        "och ett har utgått. Ett moment saknar bedömning då ansvarig enhetschef slutat. Avvikelserna "
        "avseende utredningstider och synpunktshantering har föranlett åtgärder som redovisas i bilagan.")
    doc.add_paragraph("Bilaga: Socialnämnden IK-plan 2025 uppföljning helår.xls")
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Jonas Åberg\nEkonom, socialförvaltningen\n019-52 60 00")
    fix_doc(doc, "Jonas Åberg")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Vretstorps Bostäder AB", "Vretstorpshem|VBAB|Vretstorpshem AB"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for a, b in namnder:
            f.write(f"{a};{b}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in sorted(FILES):
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    file_ks()
    file_bun()
    file_sn()
    file_stratsys()
    file_kfn()
    file_ofn()
    file_bolag()
    file_missiv()
    write_csvs()


if __name__ == "__main__":
    main()
