#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 179 - Åsby kommun, helår 2025.
Theme: statuses as grades and scores (1-5 scales, shares of a sample found right with a
threshold, God/Acceptabel/Bristfällig, letter grades A/B/C, risk value columns beside the status).

Run:  /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round179"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnadsnämnden"
TN = "Tekniska nämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
ABAB = "Åsby Bostäder AB"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def fix_wb(wb):
    wb.properties.creator = "Åsby kommun"
    wb.properties.lastModifiedBy = "Åsby kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def to_ods(xlsx_path, out_name):
    """Convert an xlsx to .ods with LibreOffice and rename to out_name."""
    tmpdir = tempfile.mkdtemp(prefix="r179_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "ods", "--outdir", tmpdir, xlsx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(xlsx_path))[0] + ".ods")
    shutil.move(produced, os.path.join(HERE, out_name))
    shutil.rmtree(tmpdir, ignore_errors=True)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen - easy xlsx: words as status + "andel rätt" with a tolerance row on top
# ---------------------------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_internkontroll_helar_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Åsby kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Helår 2025 (januari–december)      Rapporterad: 2026-01-22"
    ws["A4"] = ("Toleransnivå: minst 95 % rätt i stickprovet. Lägre andel rätt redovisas som avvikelse. "
                "Status: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår")
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Stickprov (antal)", "Antal rätt", "Andel rätt",
           "Status", "Kommentar / åtgärd", "Ansvarig"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BORDER
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", 50, 48, 48 / 50,
         "Genomförd", "Två fakturor saknade beslutsattest. Inom toleransnivån – ingen avvikelse.",
         "Redovisningschef", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Representation följer kommunens riktlinjer (syfte, deltagare och belopp dokumenterade)",
         30, 26, 26 / 30, "Genomförd med avvikelse",
         "Syfte och deltagarförteckning saknades i fyra fall. Riktlinjen kommuniceras på chefsforum i februari 2026.",
         "Controller", "GENOMFORD", "ja"),
        (3, "Upphandling", "Avtalstrohet – inköp görs från upphandlade leverantörer", 40, 39, 39 / 40,
         "Genomförd", "", "Upphandlingschef", "GENOMFORD", "nej"),
        (4, "HR/lön", "Nyanställda är registrerade med lön enligt anställningsavtal", 25, 25, 1.0,
         "Genomförd", "Samtliga korrekta.", "Lönechef", "GENOMFORD", "nej"),
        (5, "HR/lön", "Medarbetarsamtal har genomförts och dokumenterats", 60, 41, 41 / 60,
         "Delvis genomförd",
         "Stickprov endast genomfört på två av fyra avdelningar. Andel rätt under toleransnivån – "
         "avdelningscheferna har fått återkoppling.", "HR-chef", "DELVIS", "ja"),
        (6, "IT", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning", 20, None, None,
         "Ej genomförd",
         "Uttag ur systemet har inte kunnat göras på grund av systembyte. Flyttas till 2026.",
         "IT-chef", "EJ_GENOMFORD", ""),
        (7, "Dokumenthantering", "Inkommande handlingar diarieförs inom två arbetsdagar", 50, 47, 47 / 50,
         "Genomförd med avvikelse", "Under toleransnivån. Påminnelse till registratorerna.",
         "Kanslichef", "GENOMFORD", "ja"),
        (8, "Informationssäkerhet", "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
         None, None, None, "Utgår",
         "Ersätts av dataskyddsombudets granskning, beslut KS 2025-04-09 § 61.",
         "Dataskyddsombud", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        vals = list(row[:9])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v is not None else ("–" if c in (4, 5, 6) else None))
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=6).number_format = "0%"
        exp(fil, KS, row[2], row[9], row[10])
        r += 1
    # totals row
    ws.cell(row=r, column=2, value="Totalt")
    ws.cell(row=r, column=4, value="=SUM(D7:D14)")
    ws.cell(row=r, column=5, value="=SUM(E7:E14)")
    for c in range(1, 10):
        ws.cell(row=r, column=c).font = BOLD
        ws.cell(row=r, column=c).border = BORDER
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Karin Lundqvist, controller, kommunledningskontoret")
    set_widths(ws, [5, 18, 48, 11, 9, 9, 22, 55, 18])
    fix_wb(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, 1-5 scale, legend under the table, group heading rows
# ---------------------------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning IKP helår 2025.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Åsby kommun – Barn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    d.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    d.add_heading("Uppföljning av intern kontroll 2025 – helårsrapport", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). Förvaltningen redovisar här "
        "resultatet av årets kontroller. Varje kontrollmoment har bedömts på en femgradig skala, se förklaring "
        "under tabellen. Riskvärdet anger den risk som låg till grund för att kontrollen valdes.")
    hdr = ["Kontrollmoment", "Metod och omfattning", "Riskvärde", "Ansvarig", "Resultat och kommentar",
           "Bedömning (1–5)"]
    data = [
        ("Ekonomi", None),
        (("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor per halvår", "9",
          "Ekonom BUF", "80 fakturor granskade, samtliga korrekt attesterade.", "5"), ("GENOMFORD", "nej")),
        (("Skolpeng till fristående skolor betalas ut enligt beslutat belopp",
          "Avstämning av utbetalningar tre månader", "12", "Ekonomichef",
          "Två felaktiga utbetalningar i mars upptäcktes och korrigerades i april.", "4"), ("GENOMFORD", "ja")),
        (("Inköp av förbrukningsmaterial görs via e-handel", "Uttag ur e-handelssystemet helår", "6",
          "Inköpssamordnare", "Andel inköp via e-handel 62 %, målet är 80 %. Information till rektorerna i januari.",
          "3"), ("GENOMFORD", "ja")),
        ("Verksamhet", None),
        (("Anmälan om kränkande behandling lämnas skyndsamt till huvudmannen",
          "Genomgång av samtliga anmälningar", "16", "Verksamhetschef grundskola",
          "212 anmälningar, varav 188 inom fem arbetsdagar. Rutinen har förtydligats.", "3"),
         ("GENOMFORD", "ja")),
        (("Elever med frånvaro över 20 % följs upp och vårdnadshavare kontaktas",
          "Kartläggning per skola", "12", "Elevhälsochef",
          "Kartläggning gjord på fyra av nio skolor.\nÖvriga skolor kartläggs under våren 2026.", "2"),
         ("DELVIS", "")),
        (("Utdrag ur belastningsregistret har uppvisats vid nyanställning",
          "Stickprov 20 anställningar", "8", "HR-specialist", "Samtliga 20 hade uppvisat utdrag.", "5"),
         ("GENOMFORD", "nej")),
        (("Egenkontroller av brandskydd genomförs på samtliga förskolor",
          "Genomgång av egenkontrollprotokoll", "6", "Verksamhetschef förskola",
          "Kontrollen utgår efter nämndens beslut 2025-06-11 § 74, ingår i fastighetsägarens kontroll.", "–"),
         ("UTGAR", "")),
        ("Personal", None),
        (("Rehabiliteringsutredning påbörjas senast dag 30 vid sjukfrånvaro",
          "Stickprov 15 ärenden", "9", "HR-chef",
          "Ej genomförd på grund av byte av HR-system.", "1"), ("EJ_GENOMFORD", "")),
        (("Undervisande lärare har lärarlegitimation och behörighet i ämnet",
          "Uttag ur Skolverkets legitimationsregister", "12", "Skolchef", "Se bilaga 2.", ""),
         ("OKLAR", "")),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for item, ex in data:
        row = t.add_row()
        if ex is None:
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, item, bold=True)
            shade(m, "F2F2F2")
            continue
        for i, v in enumerate(item):
            set_cell(row.cells[i], v)
        row.cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, BUN, item[0], ex[0], ex[1])
    widths = [Cm(6.0), Cm(4.2), Cm(1.8), Cm(3.2), Cm(7.5), Cm(2.3)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    p = d.add_paragraph()
    p.add_run("Bedömningsskala: ").bold = True
    p.add_run("5 = Genomförd utan anmärkning   4 = Genomförd med mindre anmärkning   "
              "3 = Genomförd med väsentlig anmärkning   2 = Delvis genomförd   1 = Ej genomförd   – = Utgår")
    for r_ in p.runs:
        r_.font.size = Pt(8)
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens (1–16) enligt nämndens riskanalys 2025.").runs[0].font.size = Pt(8)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Av nio kontrollmoment har fem genomförts helt, ett delvis och ett inte alls. Ett kontrollmoment har utgått "
        "och för ett redovisas resultatet i bilaga. Förvaltningen bedömer att den interna kontrollen i huvudsak "
        "har varit tillräcklig.")
    d.add_paragraph("Åsby 2026-01-28")
    d.add_paragraph("Anna Berg\nförvaltningschef")
    fix_doc(d, "Anna Berg")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, God/Acceptabel/Bristfällig, risk columns with fills, delår + helår,
#    legend on a separate sheet
# ---------------------------------------------------------------------------------------------
def file_sn():
    fil = "SN internkontroll 2025 uppföljning helår.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Instruktion – uppföljning av internkontrollplan 2025", True),
        ("", False),
        ("Fyll i bedömning i kolumn I (delår) och J (helår) samt kommentar i kolumn K.", False),
        ("", False),
        ("Bedömningsskala", True),
        ("God = Kontrollen genomförd, inga brister noterade.", False),
        ("Acceptabel = Kontrollen genomförd, mindre brister noterade som åtgärdas inom verksamheten.", False),
        ("Bristfällig = Kontrollen genomförd, väsentliga brister noterade – åtgärdsplan krävs.", False),
        ("Ej bedömd = Kontrollen har inte genomförts under perioden.", False),
        ("", False),
        ("Riskvärde", True),
        ("Riskvärde = sannolikhet × konsekvens, båda på skalan 1–4.", False),
        ("1–4 = låg risk (grön), 6–9 = medelhög risk (gul), 12–16 = hög risk (röd).", False),
        ("Riskvärdet avser risken vid planeringen och är ingen bedömning av kontrollens resultat.", False),
    ]
    for i, (txt, b) in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=txt).font = Font(bold=b)
    ins.column_dimensions["A"].width = 100

    ws = wb.create_sheet("IKP 2025")
    wb.active = 1
    ws["A1"] = "Internkontrollplan 2025 med uppföljning – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av socialnämnden 2025-01-29 § 9. Uppföljning helår redovisad 2026-01-27."
    # two-row header
    ws.merge_cells("A4:B4")
    ws["A4"] = "Identifiering"
    ws.merge_cells("C4:E4")
    ws["C4"] = "Riskbedömning"
    ws.merge_cells("F4:H4")
    ws["F4"] = "Kontroll"
    ws.merge_cells("I4:K4")
    ws["I4"] = "Uppföljning"
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod / omfattning",
           "Ansvarig", "Bedömning delår", "Bedömning helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=5, column=c, value=h)
    for rr in (4, 5):
        for c in range(1, 12):
            cell = ws.cell(row=rr, column=c)
            cell.font = BOLD
            cell.fill = fill("DDEBF7")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    groups = [
        ("Myndighetsutövning barn och unga", [
            ("Förhandsbedömning görs inte inom lagstadgad tid", 3, 4,
             "Förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan",
             "Stickprov 30 anmälningar per halvår", "Enhetschef barn och unga", "Acceptabel", "God",
             "28 av 30 inom tid vid delår, 30 av 30 vid helår.", "GENOMFORD", "nej"),
            ("Utredningar drar ut på tiden", 3, 3,
             "Utredningar avslutas inom fyra månader eller förlängningsbeslut finns",
             "Genomgång av samtliga avslutade utredningar", "Enhetschef barn och unga", "Bristfällig", "Acceptabel",
             "Andel inom tid 91 %. Förlängningsbeslut saknades i två fall.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", 2, 3,
             "Utbetalning av ekonomiskt bistånd sker enligt fattat beslut",
             "Stickprov 25 akter", "Enhetschef försörjningsstöd", "God", "God", "Inga fel.", "GENOMFORD", "nej"),
            ("Dubbla utbetalningar vid byte av handläggare", 2, 2,
             "Kontroll av dubbelutbetalningar i verksamhetssystemet",
             "Årlig körning i juni", "Systemförvaltare", "God", None, None, "GENOMFORD", "nej"),
        ]),
        ("Vuxna – missbruk och beroende", [
            ("Brister i samordning med regionen", 3, 3,
             "Samordnad individuell plan (SIP) upprättas när behov finns",
             "Stickprov 15 ärenden", "Enhetschef vuxen", "–", "Bristfällig",
             "SIP saknades i 6 av 15 ärenden. Åtgärdsplan tas fram till nämnden i mars.", "GENOMFORD", "ja"),
            ("Placering utan uppföljning", 4, 3,
             "Placeringar på HVB följs upp enligt avtal och vårdplan",
             "Genomgång av samtliga placeringar", "Enhetschef vuxen", "Ej bedömd", "Ej bedömd",
             "Kontrollen har inte genomförts på grund av vakans på enheten. Flyttas till IKP 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Administration och informationssäkerhet", [
            ("Allmänna handlingar lämnas inte ut i tid", 2, 2,
             "Begäran om allmän handling hanteras skyndsamt",
             "Genomgång av registrerade framställningar", "Registrator", None, "God", None, "GENOMFORD", "nej"),
            ("Obehörig åtkomst till personuppgifter", 3, 4,
             "Loggkontroll i journalsystemet avseende obehörig åtkomst",
             "Stickprov 10 användare per halvår", "Systemförvaltare", "God", "Pågår",
             "Loggkontroll för andra halvåret pågår och blir klar i februari 2026. Inga avvikelser hittills.",
             "DELVIS", "nej"),
            ("Missförhållanden rapporteras inte", 2, 4,
             "Rapporter enligt lex Sarah utreds och anmäls till IVO vid behov",
             "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", "God", "Acceptabel",
             "En anmälan till IVO gjordes efter tidsfristen.", "GENOMFORD", "ja"),
        ]),
    ]
    r = 6
    for proc, items in groups:
        start = r
        for it in items:
            risk, s, k, km, metod, ansv, d1, d2, kom, st, avv = it
            vals = [proc if r == start else None, risk, s, k, s * k, km, metod, ansv, d1, d2, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            rv = s * k
            ws.cell(row=r, column=5).fill = fill("FF7C80" if rv >= 12 else ("FFE699" if rv >= 6 else "A9D08E"))
            for c in (3, 4, 5, 9, 10):
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            exp(fil, SN, km, st, avv)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Bedömning enligt skala på fliken Instruktion.").font = Font(italic=True, size=9)
    set_widths(ws, [20, 26, 11, 11, 9, 40, 26, 20, 12, 12, 50])
    ws.freeze_panes = "A6"
    fix_wb(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - ods, letter grades A/B/C/U with legend top-right
# ---------------------------------------------------------------------------------------------
def file_von(tmp):
    fil = "VON_IK-uppfoljning_2025_helar.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontroll – helår 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Vård- och omsorgsförvaltningen, kvalitetsenheten"
    ws["G1"] = "Betygsskala"
    ws["G1"].font = BOLD
    legend = [("A", "Genomförd utan avvikelse", "C6EFCE"), ("B", "Genomförd med avvikelse", "FFEB9C"),
              ("C", "Ej genomförd", "FFC7CE"), ("U", "Utgår", "D9D9D9")]
    for i, (k, txt, col) in enumerate(legend, 2):
        ws.cell(row=i, column=7, value=k).fill = fill(col)
        ws.cell(row=i, column=7).alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=8, value=txt)
    hdr = ["Id", "Område", "Kontrollmoment", "Omfattning", "Frekvens", "Ansvarig", "Betyg", "Iakttagelser",
           "Åtgärd"]
    HR = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("BDD7EE")
        cell.border = BORDER
        cell.alignment = WRAP
    colors = {k: col for k, _, col in legend}
    rows = [
        ("VO1", "Hemtjänst", "Beviljade timmar stämmer med utförd tid enligt planeringssystemet", "20 brukare",
         "Halvår", "Enhetschef hemtjänst", "B",
         "Utförd tid avvek mer än 10 % från beviljad tid hos 3 av 20 brukare.",
         "Biståndshandläggare följer upp besluten.", "GENOMFORD", "ja"),
        ("VO2", "Hemtjänst", "Genomförandeplan upprättas inom 14 dagar från beslut", "30 brukare", "Helår",
         "Enhetschef hemtjänst", "A", "29 av 30 inom tid (97 %). Tolerans 90 %.", "", "GENOMFORD", "nej"),
        ("VO3", "Särskilt boende", "Läkemedelshantering – signeringslistor är kompletta",
         "4 boenden, en vecka per boende", "Helår", "MAS", "B",
         "Osignerade doser på två enheter (Solgården avd 2, Ekhagen avd 1).",
         "Genomgång på APT, ny kontroll mars 2026.", "GENOMFORD", "ja"),
        ("VO4", "Särskilt boende", "Avgift debiteras enligt avgiftsbeslut", "25 brukare", "Helår",
         "Avgiftshandläggare", "A", "Inga fel.", "", "GENOMFORD", "nej"),
        ("VO5", "LSS", "Utförda timmar ledsagarservice följs upp mot beslut", "15 brukare", "Helår",
         "Enhetschef LSS", "C", "Ej genomförd på grund av resursbrist under hösten.",
         "Flyttas till IKP 2026.", "EJ_GENOMFORD", ""),
        ("VO6", "LSS", "Brukarmedel hanteras enligt rutin med kvittoredovisning", "10 brukare", "Helår",
         "Enhetschef LSS", "Se bilaga 3", "", "", "OKLAR", ""),
        ("VO7", "Personal", "Delegeringar av hälso- och sjukvårdsuppgifter är aktuella", "40 delegeringar",
         "Helår", "MAS", "A", "Samtliga delegeringar giltiga.", "", "GENOMFORD", "nej"),
        ("VO8", "Personal", "Avrop från bemanningsföretag sker enligt avtal", "Samtliga avrop", "Helår",
         "HR-chef", "U",
         "Utgår – ingen inhyrd personal under 2025 (beslut VON 2025-03-20 § 31).", "", "UTGAR", ""),
        ("VO9", "Kvalitet", "Avvikelser enligt HSL rapporteras och analyseras i verksamhetssystemet",
         "Samtliga avvikelser", "Helår", "Kvalitetsutvecklare", None,
         "Genomgång gjord i december: 112 avvikelser, samtliga analyserade.\nInga brister i hanteringen.",
         "", "GENOMFORD", "nej"),
        ("VO10", "Kvalitet", "Basala hygienrutiner och klädregler följs (PPM-BHK)", "Mätning vår och höst",
         "Halvår", "Hygiensjuksköterska", "A", "Följsamhet 94 % (mål 90 %).", "", "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        g = row[6]
        if g in colors:
            ws.cell(row=r, column=7).fill = fill(colors[g])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        exp(fil, VON, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt 2026-01-19 av Maria Holm, kvalitetsstrateg")
    set_widths(ws, [6, 15, 45, 20, 9, 20, 10, 50, 35])
    fix_wb(wb)
    src = os.path.join(tmp, "VON_IK-uppfoljning_2025_helar.xlsx")
    wb.save(src)
    to_ods(src, fil)
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - docx, "x av y rätt (z %)" with the threshold in the intro,
#    no status column
# ---------------------------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid - uppföljning intern kontroll 2025.docx"
    d = docx.Document()
    d.add_paragraph("Kultur- och fritidsförvaltningen").runs[0].bold = True
    d.add_heading("Uppföljning av internkontrollplan 2025, helår", level=1)
    d.add_paragraph("Till kultur- och fritidsnämnden, sammanträde 2026-02-10")
    d.add_heading("Bakgrund och metod", level=2)
    d.add_paragraph(
        "Kontrollerna i nämndens internkontrollplan 2025 har genomförts genom stickprov under året. "
        "Nämndens målnivå är att minst 90 % av granskade ärenden ska vara korrekta. Resultat under målnivån "
        "redovisas som avvikelse och kommenteras i tabellen.")
    d.add_heading("Resultat", level=2)
    hdr = ["Nr", "Kontrollmoment", "Stickprov", "Resultat helår", "Kommentar"]
    rows = [
        ("1", "Föreningsbidrag betalas ut enligt beslutade regler och underlag", "30 ansökningar",
         "29 av 30 rätt (97 %)", "", "GENOMFORD", "nej"),
        ("2", "Kontanthantering i simhallens kassa – dagsavstämning görs och differenser förklaras",
         "24 dagar", "20 av 24 rätt (83 %)",
         "Differenser utan förklaring vid fyra tillfällen. Avvikelse. Rutinen för dagskassa har skärpts.",
         "GENOMFORD", "ja"),
        ("3", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "40 bokningar",
         "40 av 40 rätt (100 %)", "", "GENOMFORD", "nej"),
        ("4", "Avtalstrohet vid inköp av konstnärliga tjänster", "20 inköp", "11 av 20 granskade",
         "Granskningen avbröts i oktober på grund av sjukskrivning, 9 inköp återstår. "
         "De granskade inköpen var samtliga korrekta.", "DELVIS", "nej"),
        ("5", "Utdrag ur belastningsregistret finns för ledare i verksamhet med barn (fritidsgårdar, feriearbete)",
         "25 anställda", "23 av 25 (92 %)", "", "GENOMFORD", "nej"),
        ("6", "Inventarieförteckningen över konstsamlingen är uppdaterad", "50 verk", "–",
         "Kontrollen har inte genomförts 2025 och flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("7", "Bidrag till studieförbund – verksamhetsredovisning har inkommit före utbetalning",
         "20 utbetalningar", "18 av 20 rätt (90 %)", "Målnivån nådd.", "GENOMFORD", "nej"),
        ("8", "Intäkter från evenemang bokförs i rätt period", "15 verifikationer", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "E2EFD9")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            set_cell(cells[i], v, size=10)
        exp(fil, KFN, row[1], row[5], row[6])
    widths = [Cm(1.0), Cm(6.0), Cm(2.6), Cm(3.2), Cm(5.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "Fem av åtta kontroller har redovisats som genomförda fullt ut. En kontroll visar resultat under målnivån "
        "(kontanthantering). Förvaltningen föreslår att kontrollen av kontanthantering upprepas 2026.")
    d.add_paragraph("Lars Ek\nkultur- och fritidschef")
    fix_doc(d, "Lars Ek")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Samhällsbyggnadsnämnden + Miljö- och byggnadsnämnden - xlsx system export, 1-5 score per
#    tertial, risk columns with small numbers beside the score
# ---------------------------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_IK_export_2025-T3.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Rapport: Internkontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Urval: Åsby kommun / Samhällsbyggnadssektorn    Period: 2025 Tertial 3"
    ws["A3"] = "Utskriven 2026-01-15 08:42 av ulf.nyberg"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde",
           "Bedömning T1", "Bedömning T2", "Bedömning T3", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("D9D9D9")
        cell.border = BORDER
    rows = [
        (SBN, "Exploatering", "Exploateringsersättning faktureras enligt exploateringsavtal", 2, 4, 3, 3, 5,
         "Samtliga fyra avtal fakturerade enligt avtal.", "GENOMFORD", "nej"),
        (SBN, "Exploatering", "Gatukostnadsersättning debiteras enligt beslut", 2, 3, None, 2, 4,
         "Ett ärende fakturerat med fel belopp, rättat i november.", "GENOMFORD", "ja"),
        (SBN, "Mark och fastighet", "Markanvisningar sker enligt antagen markanvisningspolicy", 3, 3, 5, None,
         None, None, "GENOMFORD", "nej"),
        (SBN, "Mark och fastighet", "Arrendeavgifter indexuppräknas enligt avtal", 2, 2, 1, 1, 1,
         "Ej prioriterat under året.", "EJ_GENOMFORD", ""),
        (SBN, "Gata och park", "Fakturerade timmar för snöröjning kontrolleras mot körjournal", 3, 3, 3, 3, 3,
         "Vintersäsongen 2025/26 pågår. Vårens kontroll utan anmärkning.", "DELVIS", "nej"),
        (MBN, "Bygglov", "Bygglov handläggs inom tio veckor från komplett ansökan", 4, 3, 3, 4, 4,
         "Andel inom tio veckor 93 %; sju ärenden över tidsfristen.", "GENOMFORD", "ja"),
        (MBN, "Livsmedelstillsyn", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", 2, 3, 2, 3, 5,
         None, "GENOMFORD", "nej"),
        (MBN, "Administration", "Delegationsbeslut anmäls till nämnden", 2, 2, 5, 5, 5, None,
         "GENOMFORD", "nej"),
        (MBN, "Administration", "Jävsdeklarationer för inspektörer är inlämnade och aktuella", 1, 4, None, None,
         None, None, "SAKNAS", ""),
        (MBN, "Miljötillsyn", "Ärenden om ovårdade tomter följs upp enligt tillsynsplan", 2, 2, 2, None, None,
         "Kontrollmomentet utgår enligt beslut MBN 2025-09-17 § 102.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        org, proc, km, s, k, t1, t2, t3, kom, st, avv = row
        vals = [org, proc, km, s, k, s * k, t1, t2, t3, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=(c in (3, 10)))
        exp(fil, org, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Bedömningsskala: 1 = Ej påbörjad, 2 = Påbörjad, 3 = Pågår enligt plan, "
                                   "4 = Genomförd med avvikelse, 5 = Genomförd utan avvikelse")
    ws.cell(row=r + 1, column=1, value="Riskvärde = Sannolikhet × Konsekvens (skala 1–4)")
    ws.cell(row=r + 2, column=1, value="Antal rader: 10")
    set_widths(ws, [28, 20, 50, 11, 11, 9, 12, 12, 12, 50])
    ws.auto_filter.ref = "A5:J%d" % (5 + len(rows))
    fix_wb(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 7. Överförmyndarnämnden - docx, text only, "Bedömning: God/Acceptabel/Bristfällig" per section
# ---------------------------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden - uppföljning internkontroll 2025.docx"
    d = docx.Document()
    d.add_heading("Överförmyndarnämnden i Åsby kommun", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan helår 2025").runs[0].bold = True
    d.add_paragraph("Diarienummer ÖFN 2025/18")
    d.add_paragraph(
        "Nämnden bedömer varje kontroll som God, Acceptabel eller Bristfällig utifrån andelen korrekta ärenden "
        "i stickprovet. God innebär att minst 95 % av granskade ärenden är korrekta, Acceptabel 85–94 % och "
        "Bristfällig under 85 %. Acceptabel och Bristfällig innebär att avvikelser har noterats.")
    sections = [
        ("1. Granskning av årsräkningar",
         "Årsräkningar granskas inom fyra månader från inlämning",
         "Resultat: 113 av 118 årsräkningar granskades inom tid (96 %).", "Bedömning: God", "GENOMFORD", "nej"),
        ("2. Arvoden till ställföreträdare",
         "Arvoden till gode män och förvaltare beräknas enligt nämndens riktlinjer",
         "Resultat: 27 av 30 rätt (90 %). Tre arvoden hade beräknats på fel grundbelopp och har rättats.",
         "Bedömning: Acceptabel", "GENOMFORD", "ja"),
        ("3. Spärrade bankkonton",
         "Uttag från spärrade konton har överförmyndarens samtycke",
         "Resultat: Kontrollen har inte genomförts under 2025 eftersom underlag från bankerna inte har inkommit. "
         "Kontrollen genomförs under första kvartalet 2026.", "Bedömning: –", "EJ_GENOMFORD", ""),
        ("4. Lämplighetsprövning",
         "Lämplighetsprövning av nya ställföreträdare (kreditupplysning och registerkontroll) dokumenteras i akten",
         "Resultat: 19 av 24 akter var kompletta (79 %). Rutinen för checklista vid nyrekrytering ses över.",
         "Bedömning: Bristfällig", "GENOMFORD", "ja"),
        ("5. Förteckningar",
         "Förteckning över huvudmannens tillgångar inkommer inom två månader från förordnandet",
         "Resultat: Granskningen av första halvåret är klar, 21 av 21 förteckningar inkom i tid. "
         "Andra halvåret granskas i februari 2026.", "Bedömning: Ej klar", "DELVIS", "nej"),
    ]
    for head, km, res, bed, st, avv in sections:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        d.add_paragraph(res)
        d.add_paragraph(bed).runs[0].italic = True
        exp(fil, OFN, km, st, avv)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Tre av fem kontroller har genomförts fullt ut, en delvis och en har inte kunnat genomföras. "
        "Nämnden bedömer att den interna kontrollen är tillräcklig men att lämplighetsprövningen behöver stärkas.")
    d.add_paragraph("Åsby den 21 januari 2026\n\nEva Sjöberg\nordförande")
    fix_doc(d, "Överförmyndarenheten")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 8. Tekniska nämnden - ods, nämnd only in print header + file name; error share vs. limit per row,
#    Godkänd / Ej godkänd
# ---------------------------------------------------------------------------------------------
def file_tn(tmp):
    fil = "IK helår 2025 TN.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Tekniska nämnden – Åsby kommun"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll – helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Resultat: Godkänd = felandelen ligger inom gränsvärdet. Ej godkänd = felandelen överstiger "
                "gränsvärdet (avvikelse).")
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Kontrollmoment", "Kontrollerat antal", "Antal fel", "Felandel", "Gränsvärde", "Resultat",
           "Kommentar", "Ansvarig"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BORDER
        cell.fill = fill("FCE4D6")
        cell.alignment = WRAP
    rows = [
        ("Fakturor för vinterväghållning kontrolleras mot avtal och körjournal", 40, 1, 0.05, "Godkänd",
         "", "Gatuchef", "GENOMFORD", "nej"),
        ("VA-anslutningsavgifter debiteras enligt gällande VA-taxa", 25, 3, 0.05, "Ej godkänd",
         "Tre anslutningar debiterades enligt 2024 års taxa. Mellanskillnad fakturerad.", "VA-chef",
         "GENOMFORD", "ja"),
        ("Körjournaler förs för samtliga kommunens fordon", 30, 0, 0.10, "Godkänd", "", "Fordonssamordnare",
         "GENOMFORD", "nej"),
        ("Drivmedelskort används enligt riktlinjer", 50, 4, 0.10, "Godkänd",
         "Fyra tankningar saknade registreringsnummer – inom gränsvärdet.", "Fordonssamordnare",
         "GENOMFORD", "nej"),
        ("Årlig huvudbesiktning av lekplatser är genomförd och protokollförd", 18, 2, 0.0, "Ej godkänd",
         "Två lekplatser saknade protokoll (Björkparken, Åsby torg). Besiktning beställd.", "Parkchef",
         "GENOMFORD", "ja"),
        ("Hushåll debiteras enligt rätt abonnemang i avfallstaxan", None, None, 0.05, "Pågår",
         "Stickprov 30 av 60 abonnemang kontrollerade, inga fel hittills.", "Avfallschef", "DELVIS", "nej"),
        ("Skyddsronder genomförs på förråd och verkstad", None, None, None, "Ej utförd",
         "Skjuts till 2026.", "Driftchef", "EJ_GENOMFORD", ""),
        ("Hyresavtal för externt inhyrda lokaler är registrerade i avtalsdatabasen", 12, 0, 0.0, "Godkänd",
         "", "Fastighetschef", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        km, n, fel, grans, res, kom, ansv, st, avv = row
        andel = "=C%d/B%d" % (r, r) if n else None
        vals = [km, n, fel, andel, grans, res, kom, ansv]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        ws.cell(row=r, column=4).number_format = "0.0%"
        ws.cell(row=r, column=5).number_format = "0%"
        if res == "Godkänd":
            ws.cell(row=r, column=6).fill = fill("C6EFCE")
        elif res == "Ej godkänd":
            ws.cell(row=r, column=6).fill = fill("FFC7CE")
        exp(fil, TN, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Redovisas för nämnden 2026-02-05. Kontaktperson: Per Axelsson, "
                                   "förvaltningsekonom")
    set_widths(ws, [50, 11, 9, 10, 11, 13, 50, 18])
    ws.page_setup.orientation = "landscape"
    fix_wb(wb)
    src = os.path.join(tmp, "IK helår 2025 TN.xlsx")
    wb.save(src)
    to_ods(src, fil)
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 9. To reject: a user survey with scores and shares (not a follow-up of an internkontrollplan)
# ---------------------------------------------------------------------------------------------
def file_reject():
    fil = "Brukarundersokning_hemtjanst_2025_resultat.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Resultat"
    ws["A1"] = "Brukarundersökning hemtjänst 2025 – resultat per fråga"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Vård- och omsorgsförvaltningen. Svarsfrekvens 71 % (412 av 580 utskickade enkäter)."
    ws["A3"] = "Målvärde: minst 90 % positiva svar. Medelbetyg på skalan 1–5 (5 = mycket nöjd)."
    hdr = ["Fråga", "Antal svar", "Andel positiva", "Medelbetyg (1–5)", "Resultat 2024", "Målvärde uppnått"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=5, column=c, value=h).font = BOLD
    data = [
        ("Personalen bemöter mig på ett bra sätt", 409, 0.96, 4.6, 0.95, "Ja"),
        ("Jag känner mig trygg med hemtjänsten", 405, 0.91, 4.3, 0.92, "Ja"),
        ("Personalen kommer på avtalad tid", 398, 0.78, 3.8, 0.80, "Nej"),
        ("Jag kan påverka vilka tider jag får hjälp", 390, 0.64, 3.4, 0.66, "Nej"),
        ("Jag vet vart jag ska vända mig med synpunkter och klagomål", 401, 0.85, 4.0, 0.83, "Nej"),
        ("Sammantaget är jag nöjd med min hemtjänst", 410, 0.93, 4.4, 0.92, "Ja"),
    ]
    r = 6
    for row in data:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if c in (3, 5):
                cell.number_format = "0%"
        r += 1
    ws.cell(row=r + 1, column=1, value="Källa: Socialstyrelsens undersökning Vad tycker de äldre om "
                                       "äldreomsorgen? 2025, bearbetning kvalitetsenheten.")
    set_widths(ws, [58, 11, 14, 16, 14, 16])
    fix_wb(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------------------------
def write_csvs():
    namnder = [
        (KS, "KS|Kommunledningskontoret|KLK"),
        (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
        (SN, "SN|Socialförvaltningen|SOC"),
        (VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
        (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        (SBN, "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnadssektorn"),
        (MBN, "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
        (TN, "TN|Tekniska förvaltningen|Teknik"),
        (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        (VN, "VN|Valkansliet"),
        (ABAB, "Åsbybostäder|ÅBAB|Åsby Bostäder"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def normalize_zip(path):
    """Rewrite a zip container with fixed entry timestamps so repeated runs give identical bytes
    (ODS: 'mimetype' stays first and stored)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def main():
    tmp = tempfile.mkdtemp(prefix="r179src_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_von(tmp)
        file_kfn()
        file_stratsys()
        file_ofn()
        file_tn(tmp)
        file_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".xlsx", ".docx", ".ods")):
            normalize_zip(os.path.join(HERE, f))
    write_csvs()
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
