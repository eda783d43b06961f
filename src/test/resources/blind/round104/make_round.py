#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 104 – Västerlunda kommun, T1 2025.

Kommunledningsförvaltningen sent every nämnd the same Excel template
("Uppföljning av internkontrollplan 2025"); each nämnd changed it its own way.
Builds every file of the round in this folder plus namnder.csv, files.csv and
expected.csv.  Run with /usr/bin/python3.
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round104"

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
GREY = PatternFill("solid", fgColor="D9D9D9")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    """Convert src with LibreOffice (own profile) into outdir, return new path."""
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("conversion failed: " + src)
    return out


def style_header(ws, row, ncols, col0=1):
    for c in range(col0, col0 + ncols):
        cell = ws.cell(row=row, column=c)
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def box(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BORDER
        cell.alignment = WRAP


TEMPLATE_HEADER = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod/omfattning",
                   "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar och åtgärd"]
TEMPLATE_WIDTHS = [5, 20, 45, 30, 18, 16, 12, 55]


def instruction_sheet(wb, year):
    ws = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion för uppföljning av internkontrollplan %d" % year,
        "",
        "1. Fyll i nämndens namn och vem som upprättat uppföljningen på fliken Uppföljning.",
        "2. Ange status för varje kontrollmoment med rullistan: Genomförd, Delvis genomförd, Ej genomförd eller Ej aktuell.",
        "3. Ange om kontrollen visat avvikelse (Ja/Nej). Beskriv avvikelse och åtgärd i kommentarsfältet.",
        "4. Ändra inte kolumnernas ordning – filerna sammanställs av ekonomienheten.",
        "5. Skicka filen till ekonomi@vasterlunda.se senast 15 maj (T1), 15 september (delår) resp. 31 januari (helår).",
        "",
        "Exempel på ifylld rad:",
    ]
    for i, t in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=13)
    r = len(lines) + 1
    for c, h in enumerate(TEMPLATE_HEADER, start=1):
        ws.cell(row=r, column=c, value=h)
    style_header(ws, r, len(TEMPLATE_HEADER))
    ex = ["Ex.", "Leverantörsfakturor", "Stickprov av 10 leverantörsfakturor per månad",
          "Stickprov", "Ekonomiansvarig", "Genomförd", "Nej",
          "Exempel: 30 fakturor kontrollerade, inga avvikelser."]
    for c, v in enumerate(ex, start=1):
        cell = ws.cell(row=r + 1, column=c, value=v)
        cell.font = Font(italic=True, color="7F7F7F")
    box(ws, r + 1, 1, len(ex))
    widths(ws, TEMPLATE_WIDTHS)
    return ws


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – the template almost as sent out (.xlsx)
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS Uppföljning IKP T1 2025.xlsx"
    namnd = "Kommunstyrelsen"
    rows = [
        (1, "Leverantörsfakturor", "Kontroll att attest av leverantörsfakturor sker enligt gällande attestförteckning",
         "Stickprov 20 fakturor jan–apr", "Ekonomichef", "Genomförd", "Ja",
         "2 av 20 fakturor attesterade av ersättare som saknade beslut i attestförteckningen. Förteckningen uppdaterad 2025-04-22.",
         "GENOMFORD", "ja"),
        (2, "Delegation", "Anmälan av delegationsbeslut till kommunstyrelsen sker löpande",
         "Delegationslistor jämförs mot diariet", "Kanslichef", "Genomförd", "Nej",
         "Samtliga beslut anmälda vid KS sammanträden i februari och april.", "GENOMFORD", "nej"),
        (3, "Förtroendekänsliga poster", "Representation och förtroendekänsliga poster följer riktlinjerna",
         "Stickprov 15 verifikationer", "Redovisningsansvarig", "Delvis genomförd", "Nej",
         "Januari–februari granskat utan anmärkning. Mars–april granskas i maj.", "DELVIS", "nej"),
        (4, "IT-säkerhet", "Behörigheter i ekonomisystemet tas bort när en anställning avslutas",
         "Behörighetslista jämförs med avslutade anställningar", "IT-chef", "Genomförd", "Ja",
         "3 aktiva konton för personer som slutat. Kontona spärrade 2025-04-14, rutinen för avslutsblankett förtydligad.",
         "GENOMFORD", "ja"),
        (5, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Genomgång av samtliga inköp > 100 tkr", "Upphandlingschef", "Ej genomförd", "",
         "Ej genomförd på grund av vakans. Flyttas till tertial 2.", "EJ_GENOMFORD", "nej"),
        (6, "Dataskydd", "Registerförteckningen över personuppgiftsbehandlingar är aktuell",
         "Genomgång med dataskyddsombudet", "Kommunjurist", "", "Nej",
         "Kontrollen genomförd 2025-03-28 tillsammans med DSO. Förteckningen uppdaterad, inga brister.",
         "GENOMFORD", "nej"),
        (7, "Löner", "Manuella löneutbetalningar och engångsbelopp är korrekt beslutade",
         "Stickprov 10 manuella transaktioner per månad", "Lönechef", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        (8, "Krisberedskap", "Krisledningsplanen är uppdaterad och känd av krisledningsgruppen",
         "Dokumentgranskning", "Säkerhetssamordnare", "Ej aktuell", "",
         "Utgår enligt KS beslut 2025-02-10 § 23, ny krisledningsplan tas fram under året.", "UTGAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Nämnd:"
    ws["C2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"
    ws["C3"] = "Tertial 1 (januari–april)"
    ws["A4"] = "Upprättad av:"
    ws["C4"] = "Ekonomienheten, Kommunledningsförvaltningen, 2025-05-06"
    for r in (2, 3, 4):
        ws.cell(row=r, column=1).font = Font(bold=True)
    hr = 6
    for c, h in enumerate(TEMPLATE_HEADER, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 8)
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Ej aktuell"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:8], start=1):
            ws.cell(row=r, column=c, value=(v if v != "" else None))
        box(ws, r, 1, 8)
        exp(fil, namnd, row[2], row[8], row[9])
        r += 1
    dv.add("F7:F30")
    dv2.add("G7:G30")
    r += 1
    ws.cell(row=r, column=2, value="Antal genomförda").font = Font(bold=True)
    ws.cell(row=r, column=6, value='=COUNTIF(F7:F14,"Genomförd")')
    ws.cell(row=r + 1, column=2, value="Antal kontrollmoment").font = Font(bold=True)
    ws.cell(row=r + 1, column=6, value="=COUNTA(C7:C14)")
    widths(ws, TEMPLATE_WIDTHS)
    ws.freeze_panes = "A7"
    instruction_sheet(wb, 2025)
    wb.properties.creator = "Ekonomienheten"
    wb.properties.created = dt.datetime(2025, 1, 20, 9, 0)
    wb.properties.modified = dt.datetime(2025, 5, 6, 14, 12)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – traffic-light fills, legend far right
# ---------------------------------------------------------------------------
GREEN = "00B050"
YELLOW = "FFFF00"
RED = "FF0000"
BLUE = "00B0F0"


def make_bun():
    fil = "BUN_IK_T1_2025_trafikljus.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    blocks = [
        ("Ekonomi", [
            ("Avgifter", "Avgifter för förskola och fritidshem debiteras enligt maxtaxa och inkomstuppgift",
             "Stickprov 20 hushåll", YELLOW, "Inkomstkontroll mot Skatteverket påbörjad, beräknas klar i juni.",
             "DELVIS", "nej"),
            ("Leverantörsfakturor", "Stickprov av leverantörsfakturor – kontering, moms och attest",
             "25 fakturor", GREEN, "25 fakturor granskade. Två fakturor med felaktigt avdragen moms, rättade i april.",
             "GENOMFORD", "ja"),
            ("Avtalstrohet", "Inköp av läromedel görs från avtalade leverantörer",
             "Leverantörsreskontra jan–apr", GREEN, "", "GENOMFORD", "nej"),
            ("Statsbidrag", "Rekvirerade statsbidrag återredovisas och vid behov återbetalas i tid",
             "Genomgång av rekvisitioner 2024", RED,
             "Skjuts till T2 – återredovisning till Skolverket görs i juni.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
             "10 beslut", GREEN, "10 beslut granskade, samtliga fattade av rätt delegat.", "GENOMFORD", "nej"),
            ("Kränkande behandling", "Anmälningar om kränkande behandling rapporteras till huvudmannen inom 5 dagar",
             "Samtliga anmälningar", YELLOW,
             "Pågår. Hittills har 3 av 14 anmälningar rapporterats in för sent.", "DELVIS", "ja"),
            ("Inventarier", "Inventering av elevdatorer (1:1) mot inventarieregistret",
             "Fem skolor", BLUE, "Se bilaga", "OKLAR", "nej"),
        ]),
        ("Personal och IT", [
            ("Rekrytering", "Lärarlegitimation kontrolleras vid nyanställning",
             "Nyanställda jan–apr", None, "", "SAKNAS", "nej"),
            ("Informationssäkerhet", "Loggkontroll i elevhälsans journalsystem",
             "Månadsvis", RED, "Ej genomförd – systemförvaltare saknas sedan februari.", "EJ_GENOMFORD", "nej"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "BUN T1"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Uppföljning intern kontroll – tertial 1 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Ärende till BUN 2025-05-21. Kontaktperson: Lena Holm, controller"
    ws["A3"].font = Font(italic=True)
    hr = 5
    header = ["Område", "Vad ska kontrolleras?", "Omfattning", "Status", "Kommentar"]
    for c, h in enumerate(header, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, len(header))
    r = hr + 1
    for heading, rows in blocks:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 6):
            ws.cell(row=r, column=c).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for (area, km, omf, colour, comment, st, avv) in rows:
            ws.cell(row=r, column=1, value=area)
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=omf)
            if colour:
                ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=colour)
            ws.cell(row=r, column=5, value=comment or None)
            box(ws, r, 1, 5)
            ws.row_dimensions[r].height = 32
            exp(fil, namnd, km, st, avv)
            r += 1
    # legend far to the right, half-way down, after an empty gap
    lc = 10  # column J
    ws.cell(row=9, column=lc, value="Färgförklaring status").font = Font(bold=True)
    for i, (colour, text) in enumerate([(GREEN, "Klart"), (YELLOW, "Pågår/delvis klart"),
                                        (RED, "Inte gjort")]):
        ws.cell(row=10 + i, column=lc).fill = PatternFill("solid", fgColor=colour)
        ws.cell(row=10 + i, column=lc).border = BORDER
        ws.cell(row=10 + i, column=lc + 1, value=text)
    widths(ws, [22, 52, 22, 10, 55, 3, 3, 3, 3, 6, 22])
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "Lena Holm"
    wb.properties.created = dt.datetime(2025, 1, 20, 9, 0)
    wb.properties.modified = dt.datetime(2025, 5, 8, 10, 41)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))
    return fil


# ---------------------------------------------------------------------------
# 3. Excel lock file left by the BUN controller
# ---------------------------------------------------------------------------
def make_lock(target):
    fil = "~$" + target
    user = "Lena Holm"
    data = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ")
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data = data.ljust(165, b"\x20")
    data = data[:165]
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 4. Socialnämnden – renamed columns, risk column added, IFO and LSS on two
#    sheets, nämnd only named (as förvaltning) at the bottom.  Real .xls.
# ---------------------------------------------------------------------------
def make_sn(tmp):
    fil = "IK uppföljning T1 2025 IFO-LSS.xls"
    namnd = "Socialnämnden"
    sheets = [
        ("IFO", "Individ- och familjeomsorg", [
            ("Ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd görs mot beslut (stickprov 25 ärenden)",
             "6", "Stickprov i Viva", "Klar", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Ekonomiskt bistånd", "Kontroll av dubbelutbetalningar mot Försäkringskassan och CSN via SSBTEK",
             "9", "Månadsvis körning", "Klar", "J", "1 ärende med överlappande utbetalning, återkrav beslutat.",
             "GENOMFORD", "ja"),
            ("Placeringar", "Placeringar på HVB görs hos avtalade leverantörer",
             "12", "Genomgång av samtliga placeringar", "Påbörjad", "", "", "DELVIS", "nej"),
            ("Barn och unga", "Förhandsbedömning görs inom 14 dagar efter orosanmälan",
             "12", "Uttag ur verksamhetssystemet", "Klar", "J",
             "82 % inom lagstadgad tid. Avvikelsen redovisas särskilt för nämnden i juni.", "GENOMFORD", "ja"),
            ("Dataskydd", "Loggkontroll i verksamhetssystemet för IFO",
             "8", "Stickprov 10 användare", "Ej påbörjad", "", "Ny loggfunktion införs i maj, kontrollen görs därefter.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("LSS", "Funktionsstöd (LSS)", [
            ("LSS-beslut", "Gynnande LSS-beslut verkställs inom tre månader, annars rapport till IVO",
             "9", "Bevakningslista", "Klar", "J", "2 beslut ej verkställda inom tre månader, rapporterade till IVO 2025-04-02.",
             "GENOMFORD", "ja"),
            ("Personlig assistans", "Tidsredovisning från assistansanordnare stäms av mot beslutade timmar",
             "8", "Stickprov 5 brukare", "Påbörjad", "N", "Två av fem brukare avstämda.", "DELVIS", "nej"),
            ("Brukarmedel", "Hantering av brukares kontanta medel på LSS-boenden",
             "6", "Kassaräkning på 3 boenden", "Klar", "N", "", "GENOMFORD", "nej"),
            ("Avgifter", "Avgift för kost och logi i bostad med särskild service debiteras enligt taxa",
             "4", "Stickprov 10 brukare", "Avbruten", "",
             "Avbruten genom beslut SN 2025-03-19 § 31 – ingår i kommunövergripande granskning av avgifter.",
             "UTGAR", "nej"),
        ]),
    ]
    wb = Workbook()
    wb.remove(wb.active)
    header = ["Granskningsområde", "Kontrollmoment", "Risk (1–16)", "Metod", "Utfall T1", "Brister J/N",
              "Kommentar"]
    for sname, verksamhet, rows in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = "Intern kontroll 2025 – uppföljning tertial 1"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Verksamhet: " + verksamhet
        hr = 4
        for c, h in enumerate(header, start=1):
            ws.cell(row=hr, column=c, value=h)
        style_header(ws, hr, len(header))
        r = hr + 1
        for row in rows:
            for c, v in enumerate(row[:7], start=1):
                if c == 3:
                    v = int(v)
                ws.cell(row=r, column=c, value=(v if v != "" else None))
            box(ws, r, 1, 7)
            exp(fil, namnd, row[1], row[7], row[8])
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Utfall: Klar / Påbörjad / Ej påbörjad / Avbruten.  Risk = sannolikhet × konsekvens.").font = Font(italic=True, size=9)
        ws.cell(row=r + 2, column=1, value="Upprättad av Socialförvaltningen, avdelningen för kvalitet och utveckling, 2025-05-07")
        widths(ws, [22, 55, 10, 28, 13, 11, 55])
    wb.properties.creator = "Socialförvaltningen"
    wb.properties.created = dt.datetime(2025, 1, 21, 8, 15)
    wb.properties.modified = dt.datetime(2025, 5, 7, 11, 5)
    src = os.path.join(tmp, fil.replace(".xls", ".xlsx"))
    wb.save(src)
    out = soffice_convert(src, "xls", tmp)
    shutil.copy(out, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Vård- och omsorgsnämnden – table pasted into Word, tick boxes
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def make_von():
    fil = "VON uppföljning internkontroll T1 2025.docx"
    namnd = "Vård- och omsorgsnämnden"
    Y, N = "☒", "☐"
    rows = [
        ("1", "Läkemedel", "Signeringslistor för läkemedel kontrolleras på särskilda boenden",
         (Y, N, N), "Ja", "Brister på 2 av 6 enheter (osignerade doser). Åtgärdsplan upprättad med MAS.",
         "GENOMFORD", "ja"),
        ("2", "Hemtjänst", "Utförd tid i hemtjänsten stäms av mot beviljad tid",
         (N, Y, N), "Nej", "Avstämning klar för januari och februari, mars–april återstår.", "DELVIS", "nej"),
        ("3", "Avgifter", "Omsorgsavgifter är korrekt beräknade (stickprov 15 beslut)",
         (Y, N, N), "Nej", "", "GENOMFORD", "nej"),
        ("4", "Inköp", "Fakturor från bemanningsföretag attesteras mot beställning och avtal",
         (Y, Y, N), "Nej", "Kontroll gjord för januari–mars.", "OKLAR", "nej"),
        ("5", "Bemanning", "Timanställdas arbetstid kontrolleras mot arbetstidslagen (dygnsvila)",
         (N, N, Y), "", "Ej genomförd p.g.a. byte av schemasystem.", "EJ_GENOMFORD", "nej"),
        ("6", "Informationssäkerhet", "Behörigheter i journalsystemet tas bort vid avslutad anställning",
         (N, N, N), "", "", "SAKNAS", "nej"),
        ("7", "Lex Sarah", "Lex Sarah-rapporter utreds och dokumenteras enligt rutin",
         ("X", "", ""), "Nej", "6 rapporter, samtliga utredda inom tid.", "GENOMFORD", "nej"),
        ("8", "Kontanthantering", "Kassabok för dagverksamhetens handkassa stäms av varje månad",
         (N, N, N), "Nej", "Avstämning gjord varje månad av enhetschef, inga differenser.", "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Västerlunda kommun\tVård- och omsorgsförvaltningen\t2025-05-14"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Vård- och omsorgsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=2)
    d.add_paragraph(
        "Nämnden beslutade om internkontrollplan för 2025 i december 2024 (VON 2024-12-11 § 118). "
        "Planen omfattar åtta kontrollmoment. Nedan redovisas utfallet för perioden januari–april. "
        "Tabellen är hämtad från kommunens gemensamma mall; status har markerats med kryss.")
    hdr = ["Nr", "Process", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd",
           "Avvikelse", "Kommentar/åtgärd"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        set_cell_bg(c, "1F4E78")
    for row in rows:
        cells = t.add_row().cells
        vals = [row[0], row[1], row[2], row[3][0], row[3][1], row[3][2], row[4], row[5]]
        for i, v in enumerate(vals):
            cells[i].text = v
            if 3 <= i <= 5:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, namnd, row[2], row[6], row[7])
    colw = [Cm(1), Cm(3.2), Cm(7), Cm(1.9), Cm(1.6), Cm(1.9), Cm(1.9), Cm(7.5)]
    t.autofit = False
    for i, w in enumerate(colw):
        t.columns[i].width = w
    for r in t.rows:
        for i, w in enumerate(colw):
            r.cells[i].width = w
    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=3)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Brister i läkemedelshanteringen "
        "följs upp särskilt i tertial 2. Samtliga kontrollmoment redovisas på nytt vid delårsuppföljningen.")
    d.add_paragraph()
    d.add_paragraph("Västerlunda 2025-05-14")
    d.add_paragraph("Maria Ek\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    d.core_properties.author = "Maria Ek"
    d.core_properties.created = dt.datetime(2025, 5, 12, 8, 30)
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – last year's sheet reused, Helår 2024 and
#    T1 2025 side by side, two-row merged header.  .ods
# ---------------------------------------------------------------------------
def make_kfn(tmp):
    fil = "KFN_IKP_uppfoljning_2025-T1.ods"
    namnd = "Kultur- och fritidsnämnden"
    # process, km, st2024, kom2024, st2025, avv2025, kom2025, expected, avv
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna (stickprov 10 föreningar)",
         "Genomförd", "Inga avvikelser.",
         "Genomförd", "Ja", "En förening saknade årsredovisning – utbetalningen stoppad tills den kommit in.",
         "GENOMFORD", "ja"),
        ("Kassahantering", "Dagskassor i simhallen och på biblioteket redovisas och stäms av",
         "Delvis genomförd", "Biblioteket ej kontrollerat.",
         "Genomförd", "Nej", "Båda enheterna kontrollerade i mars.", "GENOMFORD", "nej"),
        ("Uthyrning", "Bokning och fakturering av lokaler och idrottsanläggningar stäms av",
         "Genomförd", "",
         "Pågår", "Nej", "Avstämning mot bokningssystemet pågår.", "DELVIS", "nej"),
        ("Förtroendekänsliga poster", "Representation och gåvor följer kommunens riktlinjer",
         "Ej genomförd", "Hanns inte med under hösten.",
         "", "", "", "SAKNAS", "nej"),
        ("Bidrag", "Närvarorapportering för LOK-stöd kontrolleras mot närvarolistor",
         "Genomförd", "",
         "Ej påbörjad", "", "Görs i samband med ansökningsperioden i augusti.", "EJ_GENOMFORD", "nej"),
        ("Inköp *", "Inköp av konstnärliga tjänster och material följer ramavtal",
         "–", "Nytt 2025",
         "Genomförd", "Ja", "2 inköp utan avtal (ca 48 tkr). Information till enhetscheferna.", "GENOMFORD", "ja"),
        ("Dataskydd *", "Personuppgifter i kulturskolans elevregister gallras enligt dokumenthanteringsplan",
         "–", "Nytt 2025",
         "", "", "Ej påbörjad, planeras till hösten.", "EJ_GENOMFORD", "nej"),
        ("Evenemang", "Tillstånd och säkerhetsplan finns för större evenemang",
         "Genomförd", "Valborg och nationaldagen kontrollerade.",
         "Ej aktuell", "", "Inga större evenemang under perioden.", "UTGAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan"
    ws["A2"].font = Font(bold=True)
    # two-row header starting on row 4
    ws["A4"] = "Process/rutin"
    ws["B4"] = "Kontrollmoment"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws["C4"] = "Helår 2024"
    ws.merge_cells("C4:D4")
    ws["E4"] = "Tertial 1 2025"
    ws.merge_cells("E4:G4")
    for c, h in zip("CDEFG", ["Status", "Kommentar", "Status", "Avvikelse", "Kommentar"]):
        ws[c + "5"] = h
    style_header(ws, 4, 7)
    style_header(ws, 5, 7)
    for c in "CD":
        for r in (4, 5):
            ws[c + str(r)].fill = PatternFill("solid", fgColor="7F7F7F")
    r = 6
    for row in rows:
        for c, v in enumerate(row[:7], start=1):
            ws.cell(row=r, column=c, value=(v if v != "" else None))
        box(ws, r, 1, 7)
        for c in (3, 4):
            ws.cell(row=r, column=c).font = Font(color="7F7F7F")
        exp(fil, namnd, row[1], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="* = nytt kontrollmoment 2025. Kolumnerna för 2024 har behållits som jämförelse.").font = Font(italic=True, size=9)
    ws.cell(row=r + 3, column=1, value="Kultur- och fritidsförvaltningen, 2025-05-12")
    widths(ws, [24, 55, 16, 30, 15, 11, 55])
    wb.properties.creator = "Kultur- och fritidsförvaltningen"
    wb.properties.created = dt.datetime(2024, 1, 18, 13, 0)
    wb.properties.modified = dt.datetime(2025, 5, 12, 9, 47)
    src = os.path.join(tmp, fil.replace(".ods", ".xlsx"))
    wb.save(src)
    out = soffice_convert(src, "ods", tmp)
    shutil.copy(out, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Samhällsbyggnadsförvaltningen – one workbook, one sheet per nämnd,
#    T1/T2/T3 status columns (only T1 filled)
# ---------------------------------------------------------------------------
def make_sbf():
    fil = "SBF IK T1 2025 SBN och TN.xlsx"
    sheets = [
        ("SBN", "Samhällsbyggnadsnämnden (SBN)", [
            ("Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Tertial",
             "Bygglovschef", "Genomförd", "Ja",
             "4 av 62 ärenden över 10 veckor, avgiften reducerad enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("Taxor", "Plan- och bygglovsavgifter debiteras enligt gällande taxa", "Tertial",
             "Administrativ chef", "Genomförd", "Nej", "Stickprov 15 ärenden.", "GENOMFORD", "nej"),
            ("Delegation", "Delegationsbeslut anmäls till nämnden", "Månadsvis",
             "Nämndsekreterare", "Delvis genomförd", "Nej", "Beslut för april anmäls på majsammanträdet.",
             "DELVIS", "nej"),
            ("Lantmäteri", "Förrättningar faktureras enligt taxa och i rätt tid", "Tertial",
             "Lantmäterichef", "Ej genomförd", "", "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", "nej"),
            ("Tillsyn", "Tillsynsärenden om ovårdade tomter följs upp enligt tillsynsplanen", "Halvår",
             "Byggnadsinspektör", "Pågår", "", "", "DELVIS", "nej"),
            ("Arkiv", "Bygglovshandlingar diarieförs och arkiveras i e-arkivet", "Årsvis",
             "Registrator", "", "", "", "SAKNAS", "nej"),
        ]),
        ("TN", "Tekniska nämnden (TN)", [
            ("Fordon", "Körjournaler för kommunens fordon förs och stäms av", "Tertial",
             "Fordonssamordnare", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
            ("Drivmedel", "Tankningar med drivmedelskort kontrolleras mot körjournal", "Tertial",
             "Fordonssamordnare", "Genomförd", "Ja",
             "Ett kort använt för privat tankning, ärendet överlämnat till HR.", "GENOMFORD", "ja"),
            ("Entreprenad", "ÄTA-arbeten i entreprenader godkänns skriftligt före utförande", "Tertial",
             "Projektchef", "Delvis genomförd", "Nej", "Två av fyra pågående projekt granskade.", "DELVIS", "nej"),
            ("Upphandling", "Avtalstrohet vid inköp av material (stickprov 30 fakturor)", "Halvår",
             "Inköpssamordnare", "Ej genomförd", "", "Flyttas till T2.", "EJ_GENOMFORD", "nej"),
            ("Vinterväghållning", "Entreprenörernas tidrapporter för snöröjning kontrolleras före betalning",
             "Tertial", "Gatuchef", "Genomförd", "Ja",
             "Felaktig timdebitering hos en entreprenör, kreditfaktura begärd.", "GENOMFORD", "ja"),
            ("Gatubelysning", "Belysningsstolpar besiktigas enligt besiktningsplan", "Årsvis",
             "Gatuchef", "Utgår", "", "Utgår ur planen, hanteras i underhållsplanen.", "UTGAR", "nej"),
        ]),
    ]
    namn = {"SBN": "Samhällsbyggnadsnämnden", "TN": "Tekniska nämnden"}
    wb = Workbook()
    wb.remove(wb.active)
    header = ["Nr", "Rutin", "Kontrollmoment", "Frekvens", "Ansvarig", "T1", "T2", "T3",
              "Avvikelse", "Kommentar"]
    for sname, title, rows in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = "Nämnd: " + title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Internkontrollplan 2025 – uppföljning T1, rapporterad 2025-05-09"
        ws["F3"] = "Status per tertial"
        ws.merge_cells("F3:H3")
        ws["F3"].alignment = Alignment(horizontal="center")
        ws["F3"].font = Font(bold=True)
        hr = 4
        for c, h in enumerate(header, start=1):
            ws.cell(row=hr, column=c, value=h)
        style_header(ws, hr, len(header))
        r = hr + 1
        for i, row in enumerate(rows, start=1):
            vals = [i, row[0], row[1], row[2], row[3], row[4], None, None, row[5], row[6]]
            for c, v in enumerate(vals, start=1):
                ws.cell(row=r, column=c, value=(v if v != "" else None))
            box(ws, r, 1, 10)
            exp(fil, namn[sname], row[1], row[7], row[8])
            r += 1
        widths(ws, [5, 18, 52, 11, 18, 15, 10, 10, 10, 50])
        ws.freeze_panes = "D5"
    wb.properties.creator = "Samhällsbyggnadsförvaltningen"
    wb.properties.modified = dt.datetime(2025, 5, 9, 15, 2)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T1"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Miljö- och hälsoskyddsnämnden – template saved as CSV (cp1252, ;),
#    status replaced by number codes, legend at the bottom
# ---------------------------------------------------------------------------
def make_mhn():
    fil = "MHN_internkontroll_T1_2025.csv"
    namnd = "Miljö- och hälsoskyddsnämnden"
    rows = [
        ("1", "Taxor", "Tillsynsavgifter debiteras enligt taxa (timavgift och årsavgift)",
         "Stickprov 20 ärenden", "Enhetschef", "1", "Nej", "", "GENOMFORD", "nej"),
        ("2", "Livsmedelskontroll", "Planerade livsmedelskontroller genomförs enligt kontrollplanen",
         "Uttag ur Ecos", "Enhetschef livsmedel", "2", "Nej", "28 % av årets planerade kontroller utförda.",
         "DELVIS", "nej"),
        ("3", "Delegation", "Delegationsbeslut anmäls till nämnden inom två månader",
         "Genomgång av delegationslistor", "Nämndsekreterare", "1", "Ja",
         "5 beslut anmäldes för sent. Rutinen har påmints om på APT.", "GENOMFORD", "ja"),
        ("4", "Jäv", "Jävsdeklarationer är upprättade för samtliga inspektörer",
         "Kontroll av personalakter", "Miljöchef", "3", "Nej", "Ej påbörjad.", "EJ_GENOMFORD", "nej"),
        ("5", "Sanktionsavgifter", "Miljösanktionsavgifter beslutas och faktureras korrekt",
         "Samtliga ärenden", "Miljöchef", "0", "", "Inga ärenden om sanktionsavgift under perioden.",
         "UTGAR", "nej"),
        ("6", "Allmänna handlingar", "Begäran om allmän handling sekretessprövas och lämnas ut skyndsamt",
         "Stickprov 10 begäranden", "Registrator", "1", "Nej", "", "GENOMFORD", "nej"),
        ("7", "Attest", "Nämndens leverantörsfakturor attesteras enligt attestförteckningen",
         "Stickprov 10 fakturor", "Administratör", "?", "", "", "OKLAR", "nej"),
    ]
    n = 8
    lines = []
    lines.append(["Uppföljning av internkontrollplan 2025"] + [""] * (n - 1))
    lines.append(["Nämnd:", "Miljö- och hälsoskyddsnämnden"] + [""] * (n - 2))
    lines.append(["Period:", "2025-01-01 -- 2025-04-30"] + [""] * (n - 2))
    lines.append(["Upprättad av:", "Jonas Berg, Miljö- och hälsoskyddsförvaltningen"] + [""] * (n - 2))
    lines.append([""] * n)
    lines.append(["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod/omfattning", "Ansvarig",
                  "Status (kod)", "Avvikelse (Ja/Nej)", "Kommentar och åtgärd"])
    for row in rows:
        lines.append(list(row[:8]))
        exp(fil, namnd, row[2], row[8], row[9])
    lines.append([""] * n)
    lines.append(["Statuskoder: 1 = Genomförd   2 = Påbörjad/delvis   3 = Ej genomförd   0 = Ej aktuell"] + [""] * (n - 1))
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for line in lines:
            w.writerow(line)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 9. Gymnasie- och vuxenutbildningsnämnden – last year's T1 file sent by
#    mistake (2024 template, no year in the file name)
# ---------------------------------------------------------------------------
def make_gvn():
    fil = "GVN uppföljning IK T1.xlsx"
    namnd = "Gymnasie- och vuxenutbildningsnämnden"
    rows = [
        (1, "Antagning", "Antagning till gymnasieskolan sker enligt antagningsreglerna",
         "Stickprov 20 antagna", "Antagningshandläggare", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        (2, "Interkommunal ersättning", "Interkommunal ersättning faktureras andra kommuner för samtliga elever",
         "Elevregister mot fakturalista", "Controller", "Delvis genomförd", "Ja",
         "Fakturor för vårterminen saknades för 6 elever, fakturerade i april.", "DELVIS", "ja"),
        (3, "CSN", "Ogiltig frånvaro rapporteras till CSN enligt rutin",
         "Stickprov 3 klasser", "Rektor", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        (4, "Vuxenutbildning", "Närvaro i upphandlad yrkesvux kontrolleras mot fakturerade platser",
         "Samtliga anordnare", "Verksamhetschef vux", "Ej genomförd", "Nej",
         "Närvarolistor har inte kommit in från anordnarna.", "EJ_GENOMFORD", "nej"),
        (5, "Elevresor", "Busskort och resebidrag beviljas enligt riktlinjerna",
         "Stickprov 15 beslut", "Handläggare elevresor", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        (6, "IT-behörigheter", "Behörigheter i elevadministrativt system följs upp två gånger per år",
         "Behörighetslista", "Systemförvaltare", "Ej aktuell", "", "Utgår – nytt system införs hösten 2024.",
         "UTGAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Nämnd:"
    ws["C2"] = "Gymnasie- och vuxenutbildningsnämnden"
    ws["A3"] = "Period:"
    ws["C3"] = "Tertial 1 (januari–april)"
    ws["A4"] = "Upprättad av:"
    ws["C4"] = "Controller GVF, 2024-05-13"
    for r in (2, 3, 4):
        ws.cell(row=r, column=1).font = Font(bold=True)
    hr = 6
    for c, h in enumerate(TEMPLATE_HEADER, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, 8)
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:8], start=1):
            ws.cell(row=r, column=c, value=(v if v != "" else None))
        box(ws, r, 1, 8)
        exp(fil, namnd, row[2], row[8], row[9])
        r += 1
    widths(ws, TEMPLATE_WIDTHS)
    instruction_sheet(wb, 2024)
    wb.properties.creator = "Controller GVF"
    wb.properties.created = dt.datetime(2024, 1, 22, 9, 0)
    wb.properties.modified = dt.datetime(2024, 5, 13, 16, 20)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2024", "T1"))


REGISTER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "KLF", "Kommunledningskontoret"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Gymnasie- och vuxenutbildningsnämnden", ["GVN", "Gymnasie- och vuxenutbildningsförvaltningen", "GVF",
                                               "Gymnasienämnden"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "SOF"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "VOF", "Vård och omsorg"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "Kultur och fritid"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Bygg- och planeringsnämnden"]),
    ("Tekniska nämnden", ["TN", "Teknisk nämnd"]),
    ("Miljö- och hälsoskyddsnämnden", ["MHN", "Miljö- och hälsoskyddsförvaltningen", "Miljöförvaltningen"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten", "Överförmyndaren"]),
    ("Valnämnden", ["VN"]),
]


def main():
    for f in os.listdir(HERE):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(HERE, f)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r104_")
    try:
        make_ks()
        bun = make_bun()
        make_lock(bun)
        make_sn(tmp)
        make_von()
        make_kfn(tmp)
        make_sbf()
        make_mhn()
        make_gvn()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in REGISTER:
            f.write(n + ";" + "|".join(al) + "\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
