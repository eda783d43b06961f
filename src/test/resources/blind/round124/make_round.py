#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 124 – Rönnåsa kommun, helår 2025: the inbox on the deadline day.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import datetime as dt
import io
import os

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

import xlwt

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TextProperties, TableColumnProperties,
                       ParagraphProperties)
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, J/N/D code column, legend in a cell comment on the header
# ---------------------------------------------------------------------------------------------
def make_ks():
    fil = "KS_uppfoljning_internkontroll_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Rönnåsa kommun"
    ws["A1"].font = Font(size=9, color="666666")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = "Uppföljningsperiod: Helår 2025 (läget per 31 december)"
    ws["A5"] = "Upprättad av: Karin Öhman, controller"
    ws["E5"] = "Datum: 2026-01-26"
    for c in ("A3", "A4", "A5", "E5"):
        ws[c].font = Font(size=10, italic=True)

    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Utförd (J/N/D)", "Avvikelse J/N", "Kommentar / åtgärd"]
    hr = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    ws.cell(row=hr, column=6).comment = Comment(
        "Teckenförklaring:\nJ = Ja, kontrollen är utförd\nN = Nej, kontrollen är inte utförd\n"
        "D = Delvis utförd / pågår\n\nFyll i för helåret.", "Karin Öhman", width=260, height=130)
    ws.cell(row=hr, column=7).comment = Comment(
        "J = avvikelse/fel har upptäckts vid kontrollen\nN = inga avvikelser", "Karin Öhman")

    rows = [
        # ("H", heading) | ("EX", ...) | (nr, process, km, metod, ansvarig, code, avv, kommentar, STATUS, avvikelse)
        ("EX", "Ex.", "Exempel: Attest", "Exempel: Stickprov 10 fakturor per månad avseende attest",
         "Stickprov", "Ekonomichef", "J", "N", "Exempelrad – ta bort innan inskick"),
        ("H", "Ekonomi och redovisning"),
        (1, "Attest", "Kontroll att leverantörsfakturor attesterats enligt gällande attestförteckning",
         "Stickprov 20 fakturor per kvartal", "Redovisningschef", "J", "N",
         "80 fakturor granskade under året, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (2, "Representation", "Representation och förtroendekänsliga poster – syfte och deltagare framgår av underlaget",
         "Genomgång av samtliga representationsfakturor okt–dec", "Ekonomichef", "J", "J",
         "3 av 27 fakturor saknade deltagarförteckning. Komplettering begärd, information i ledningsgruppen 2025-12-09.",
         "GENOMFORD", "ja"),
        (3, "Avtalstrohet", "Avtalstrohet vid inköp av kontorsmaterial och IT-tillbehör",
         "Spendanalys helår", "Upphandlingschef", "D", "J",
         "Spendanalys gjord för jan–sep; okt–dec analyseras i februari. Köp utanför avtal ca 6 % hittills.",
         "DELVIS", "ja"),
        (4, "Kundfakturering", "Fakturering av externa hyresintäkter sker i rätt tid",
         "Avstämning hyresreskontra mot hyresavtal", "Redovisningsekonom", "J/D", None, None,
         "OKLAR", "nej"),
        ("H", "Personal och lön"),
        (5, "Löner", "Kontroll av att löneutbetalningar bygger på beslutade lönerevisionsunderlag",
         "Stickprov 15 anställda", "HR-chef", "J", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
        (6, "Bisysslor", "Registrering av bisysslor – samtliga chefer har redovisat eventuella bisysslor",
         "Uttag ur HR-systemet", "HR-chef", None, None,
         "Ej genomförd under året p.g.a. vakans på HR-specialisttjänsten. Flyttas till IKP 2026.",
         "EJ_GENOMFORD", "nej"),
        (7, "Semesterlöneskuld", "Avstämning av semesterlöneskuld mot HR-systemet vid bokslut",
         "Avstämning", "Lönechef", "N", None, "Görs i samband med bokslutsarbetet i februari 2026.",
         "EJ_GENOMFORD", "nej"),
        ("H", "Informationssäkerhet och dataskydd"),
        (8, "IT-behörigheter", "Behörigheter i ekonomisystemet Raindance – avslutade anställningar är borttagna",
         "Jämförelse HR-lista mot behörighetslista", "IT-chef", "J", "J",
         "4 konton för avslutade anställda var fortfarande aktiva; spärrade 2025-11-14. Rutinen för avslutsanmälan ses över.",
         "GENOMFORD", "ja"),
        (9, "Dataskydd", "Registerförteckning enligt GDPR art. 30 är uppdaterad",
         "Genomgång med dataskyddsombudet", "Kanslichef", "D", "N",
         "Uppdaterad för kansliet och ekonomi; HR och IT återstår.", "DELVIS", "nej"),
        (10, "Delegationsbeslut", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov två månader", "Nämndsekreterare", "J", "N",
         "Maj och oktober granskade, samtliga beslut anmälda.", "GENOMFORD", "nej"),
        ("H", "Säkerhet och beredskap"),
        (11, "Krisberedskap", "Kontroll att kontinuitetsplaner finns för samhällsviktig verksamhet",
         "Inventering", "Säkerhetssamordnare", "U", None,
         "Utgår – ersätts av länsstyrelsens uppföljning, beslut KS 2025-05-14 § 88.", "UTGAR", "nej"),
    ]
    r = hr + 1
    grey = Font(italic=True, color="999999")
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="DDEBF7")
                ws.cell(row=r, column=col).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "EX":
            for col, v in enumerate(row[1:], 1):
                c = ws.cell(row=r, column=col, value=v)
                c.font = grey
                c.alignment = WRAP
                c.border = BORDER
        else:
            vals = row[:8]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment: 11").font = Font(bold=True)
    ws.cell(row=r, column=4, value="Varav utförda (J): 5").font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=2, value="Bedömning: Kommunstyrelsens interna kontroll bedöms som i huvudsak tillräcklig. "
            "Ej utförda kontroller förs över till internkontrollplan 2026.")
    r += 2
    ws.cell(row=r, column=2, value="Godkänd i förvaltningsledningen 2026-01-27 / Per-Olof Ström, kommundirektör")
    widths = [5, 18, 48, 30, 18, 10, 10, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A8"

    ws2 = wb.create_sheet("Anvisning")
    ws2["A1"] = "Anvisning för uppföljning av intern kontroll"
    ws2["A1"].font = Font(bold=True, size=12)
    lines = [
        "1. Fyll i kolumnen Utförd med J, N eller D (se kommentaren i rubrikcellen).",
        "2. Ange J i kolumnen Avvikelse om kontrollen visat fel eller brister.",
        "3. Beskriv resultat och åtgärder i kommentarsfältet.",
        "4. Skicka till ekonomienheten senast 2026-01-30.",
    ]
    for i, t in enumerate(lines, 3):
        ws2.cell(row=i, column=1, value=t)
    ws2.column_dimensions["A"].width = 90
    wb.properties.creator = "Karin Öhman"
    wb.properties.created = dt.datetime(2025, 1, 15, 9, 0)
    wb.properties.modified = dt.datetime(2026, 1, 26, 15, 42)
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 2–3. Tekniska nämnden – xlsx sent twice (original and corrected _v2)
# ---------------------------------------------------------------------------------------------
TN_ROWS = [
    # område, risk, kontrollmoment(v1), kontrollmoment(v2), frekvens, T2, helår v1, helår v2,
    # iakttagelse v1, iakttagelse v2, åtgärd, (status v1, avv v1), (status v2, avv v2)
    ("Gata/park", "Felaktiga utbetalningar",
     "Leverantörsfakturor för vinterväghållning stäms av mot körjournaler", None,
     "Månadsvis", "Genomförd", "Genomförd", "Genomförd",
     "Inga avvikelser.", None, "–", ("GENOMFORD", "nej"), ("GENOMFORD", "nej")),
    ("Gata/park", "Felaktig debitering",
     "Debitering av grävtillstånd och markupplåtelser följer taxan", None,
     "Halvår", "Pågår", "Genomförd", "Genomförd",
     "12 tillstånd granskade, korrekt debiterade.", None, "–", ("GENOMFORD", "nej"), ("GENOMFORD", "nej")),
    ("Fastighet", "Bristande avtalstrohet",
     "Kontroll att ramavtal används vid beställning av hantverkstjänster", None,
     "Kvartalsvis", "Pågår", "Genomförd med anmärkning", "Genomförd med anmärkning",
     "Två beställningar av elarbeten (sammanlagt 186 tkr) gjordes utanför ramavtal.", None,
     "Information till arbetsledare, ny kontroll Q2 2026", ("GENOMFORD", "ja"), ("GENOMFORD", "ja")),
    ("Fastighet", "Obehörigt tillträde",
     "Inventering av nycklar och passerbrickor i kommunens lokaler", None,
     "Årligen", "Ej påbörjad", "Pågår", "Ej genomförd",
     "Inventering påbörjad på två skolor.",
     "Inventeringen hann inte genomföras under 2025 – endast förberedelser gjorda. Flyttas till 2026.",
     "Prioriteras Q1 2026", ("DELVIS", "nej"), ("EJ_GENOMFORD", "nej")),
    ("VA", "Felaktig debitering",
     "Kontrol av att debitering av VA-avgifter följer beslutad taxa",
     "Kontroll av att debitering av VA-avgifter följer beslutad taxa",
     "Årligen", "Pågår", None, "Genomförd",
     None, "Stickprov 40 abonnenter, inga avvikelser.", "–", ("SAKNAS", "nej"), ("GENOMFORD", "nej")),
    ("Avfall", "Intäktsbortfall",
     "Kundregister renhållning – abonnemang stäms av mot fastighetsregistret", None,
     "Årligen", "Ej påbörjad", "Utgår", "Utgår",
     "Utgår – renhållningen överförd till Rönnåsa Miljö AB 2025-07-01.", None, "–",
     ("UTGAR", "nej"), ("UTGAR", "nej")),
    ("Gemensamt", "Felaktiga utbetalningar",
     "Attest av egna utlägg och kostnadsersättningar till anställda", None,
     "Kvartalsvis", "Genomförd", "Genomförd", "Genomförd",
     "Inga avvikelser.", None, "–", ("GENOMFORD", "nej"), ("GENOMFORD", "nej")),
    ("Gemensamt", "Brott mot LOU",
     "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjerna", None,
     "Halvår", "Genomförd", "Genomförd", "Genomförd",
     "1 av 9 direktupphandlingar saknade dokumentation.", None, "Påminnelse till beställare",
     ("GENOMFORD", "ja"), ("GENOMFORD", "ja")),
    ("Gemensamt", "Otillbörlig åtkomst",
     "Behörigheter i verksamhetssystemen (Infracontrol, VA-bank) gås igenom", None,
     "Årligen", "Pågår", "Delvis genomförd", "Delvis genomförd",
     "Infracontrol klart; VA-bank återstår.", None, "Slutförs i mars 2026",
     ("DELVIS", "nej"), ("DELVIS", "nej")),
]
TN_EXTRA_V2 = ("Gemensamt", "Oegentligheter",
               "Drivmedel – tankkort stäms av mot fordonens körjournaler",
               "Kvartalsvis", "Genomförd", "Genomförd",
               "Raden saknades i första versionen. Inga avvikelser.", "–", ("GENOMFORD", "nej"))


def make_tn(version):
    namnd = "Tekniska nämnden"
    fil = "TN_uppfoljning_IKP_helar2025.xlsx" if version == 1 else "TN_uppfoljning_IKP_helar2025_v2.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska förvaltningen"
    ws["A1"].font = Font(bold=True, size=12, color="375623")
    ws["A2"] = "Intern kontroll 2025 – helårsuppföljning"
    ws["A2"].font = Font(bold=True, size=16)
    if version == 2:
        ws["A3"] = "Reviderad version 2026-02-03 – ersätter tidigare inskickad fil (rättad status för VA och nyckelinventering, saknad rad tillagd)"
        ws["A3"].font = Font(italic=True, color="C00000")
    else:
        ws["A3"] = "Till nämndsammanträdet 2026-02-12"
        ws["A3"].font = Font(italic=True)

    # two-level header on rows 5–6
    top = ["Område", "Risk", "Kontrollmoment", "Frekvens", "Status", None, "Avvikelse/iakttagelse", "Åtgärd"]
    sub = [None, None, None, None, "T2 (31/8)", "Helår", None, None]
    fill = PatternFill("solid", fgColor="C6E0B4")
    for i, h in enumerate(top, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for i, h in enumerate(sub, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill
        c.border = BORDER
        c.alignment = Alignment(horizontal="center")
    ws.merge_cells("E5:F5")
    for col in (1, 2, 3, 4, 7, 8):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)

    data = []
    for t in TN_ROWS:
        (omr, risk, km1, km2, frek, t2, h1, h2, ia1, ia2, atg, s1, s2) = t
        if version == 1:
            data.append((omr, risk, km1, frek, t2, h1, ia1, atg, s1))
        else:
            data.append((omr, risk, km2 or km1, frek, t2, h2, ia2 or ia1, atg, s2))
    if version == 2:
        e = TN_EXTRA_V2
        data.append((e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8]))

    r = 7
    start = r
    cur = None
    for d in data:
        omr = d[0]
        if omr != cur:
            if cur is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            cur = omr
            start = r
            ws.cell(row=r, column=1, value=omr).font = Font(bold=True)
        for col, v in enumerate(d[1:8], 2):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=r, column=1).border = BORDER
        ws.cell(row=r, column=1).alignment = Alignment(vertical="top")
        exp(fil, namnd, d[2], d[8][0], d[8][1])
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Statusvärden: Genomförd / Genomförd med anmärkning / Delvis genomförd / Pågår / "
            "Ej påbörjad / Ej genomförd / Utgår").font = Font(size=9, italic=True)
    r += 1
    ws.cell(row=r, column=1, value="Kontaktperson: Jonas Bergkvist, förvaltningsekonom").font = Font(size=9)
    for i, w in enumerate([13, 20, 50, 12, 13, 22, 52, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "Jonas Bergkvist"
    wb.properties.modified = dt.datetime(2026, 1, 29, 16, 5) if version == 1 else dt.datetime(2026, 2, 3, 10, 12)
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. Socialnämnden – docx, bilaga till verksamhetsberättelse, Delår/Helår text in one cell
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def make_sn():
    fil = "Socialnamnden_VB2025_bilaga3_internkontroll.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "RÖNNÅSA KOMMUN\tSocialförvaltningen\t2026-01-29"
    d.add_heading("Bilaga 3. Uppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Socialnämnden – verksamhetsberättelse 2025").bold = True
    d.add_paragraph(
        "Socialnämnden antog i december 2024 en internkontrollplan för 2025 med tio kontrollmoment inom sex "
        "kontrollområden. Planen har följts upp vid delårsbokslutet per 31 augusti och följs här upp för helåret. "
        "I tabellen redovisas resultatet per kontrollmoment, med delårets resultat där det finns och helårets "
        "resultat. Förvaltningens bedömning anges i kolumnen längst till höger.")
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen har varit tillräcklig, men att "
        "logguppföljningen och kontrollen av egenavgifter behöver prioriteras under 2026.")

    rows = [
        ("1 a", "Hot och våld", "Uppdatera handlingsplan mot hot och våld",
         "Revidering i samråd med säkerhetssamordnare",
         "Delår: Påbörjad.\nHelår: Handlingsplanen reviderad och fastställd i ledningsgruppen 2025-10-21.",
         "Genomförd", "GENOMFORD", "nej"),
        ("1 b", "Hot och våld", "Handlingsplanen gås igenom på APT i samtliga verksamheter",
         "Protokoll från APT",
         "Helår: IFO klart, LSS ej klart.", "Delvis genomförd", "DELVIS", "nej"),
        ("2", "Felaktiga utbetalningar", "Beloppskontroll av utbetalningar av ekonomiskt bistånd",
         "Stickprov varje månad",
         "Delår: 40 utbetalningar kontrollerade, inga fel.\nHelår: Totalt 85 utbetalningar kontrollerade. "
         "Två felaktiga utbetalningar (dubbel hyra) upptäcktes och har återkrävts.",
         "Genomförd, avvikelse", "GENOMFORD", "ja"),
        ("3 a", "Otillbörlig åtkomst", "Upprätta rutin för beställning av behörighet i verksamhetssystemet",
         "Rutin tas fram",
         "Delår: Rutin upprättad och publicerad på intranätet.", "Genomförd", "GENOMFORD", "nej"),
        ("3 b", "Otillbörlig åtkomst", "Logguppföljning i Treserva, stickprov 20 akter per kvartal",
         "Stickprov av loggar",
         "Delår: Stickprov kvartal 1 och 2 genomförda, inga avvikelser.\nHelår: Ingen strukturerad "
         "loggkontroll under hösten p.g.a. systemuppgradering. Loggar har endast kontrollerats vid misstanke.",
         "", "DELVIS", "nej"),
        ("4", "LSS", "Beslut om insatser enligt LSS fattas inom tre månader från ansökan",
         "Genomgång av 30 ärenden",
         "Helår: 26 beslut fattades inom tre månader, fyra överskred tiden (längst fem månader).",
         "Genomförd – brister", "GENOMFORD", "ja"),
        ("5", "Delegation", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Stickprov två månader", "Se bilaga 4.", "", "OKLAR", "nej"),
        ("6", "Avgifter", "Egenavgifter för placeringar (IFO) debiteras enligt taxa",
         "Avstämning placeringar mot debitering",
         "Helår: Kontrollen har inte genomförts. Ansvarig handläggare slutade i augusti och tjänsten har varit vakant.",
         "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("7", "Köpt vård", "Placeringar på HVB – fakturor överensstämmer med avtal och beslut",
         "Granskning av fakturor mot avtal",
         "Delår: Pågår.\nHelår: 12 placeringar granskade. En faktura hade felaktigt dygnspris; kreditering erhållen.",
         "Genomförd", "GENOMFORD", "ja"),
        ("8", "Statsbidrag", "Återsökning av statlig ersättning från Migrationsverket",
         "Avstämning ansökningar",
         "Helår: Kontrollmomentet utgick efter beslut i nämnden 2025-06-18 § 67 eftersom ansökningarna nu "
         "görs centralt av ekonomienheten.", "Utgår", "UTGAR", "nej"),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Resultat", "Bedömning"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "D9E2F3")
    prev_area = None
    area_start = None
    for r in rows:
        cells = t.add_row().cells
        cells[0].text = r[0]
        cells[2].text = r[2]
        cells[3].text = r[3]
        cells[4].text = r[4]
        cells[5].text = r[5]
        if r[1] != prev_area:
            cells[1].text = r[1]
            prev_area = r[1]
            area_start = len(t.rows) - 1
        else:
            a = t.cell(area_start, 1)
            b = t.cell(len(t.rows) - 1, 1)
            a.merge(b)
            # keep only the area text once
            a.paragraphs[0].text = r[1]
            for extra in a.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
        exp(fil, namnd, r[2], r[6], r[7])
    widths = [Cm(1.0), Cm(2.8), Cm(4.5), Cm(3.0), Cm(6.0), Cm(2.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_paragraph()
    d.add_paragraph("Kontrollmoment som inte har genomförts eller bara delvis har genomförts förs över till "
                    "internkontrollplan 2026.")
    d.add_paragraph()
    d.add_paragraph("Rönnåsa 2026-01-29")
    d.add_paragraph("Maria Sjöberg\nSocialchef")
    d.core_properties.author = "Maria Sjöberg"
    d.core_properties.title = "Bilaga 3 Intern kontroll VB 2025"
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – real .xls, Godkänd / Ej godkänd / Delvis godkänd, 2024 column
# ---------------------------------------------------------------------------------------------
def make_kfn():
    fil = "KFN_Internkontroll_2025_T3.xls"
    namnd = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    title = xlwt.easyxf("font: bold on, height 320")
    sub = xlwt.easyxf("font: italic on, height 200")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    grey = xlwt.easyxf("font: colour gray50; borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    fills = {
        "Godkänd": "light_green", "Delvis godkänd": "light_yellow", "Ej godkänd": "rose",
    }

    def bstyle(v, old=False):
        base = "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top, horiz centre"
        if old:
            return xlwt.easyxf("font: colour gray50; " + base)
        if v in fills:
            return xlwt.easyxf("pattern: pattern solid, fore_colour %s; " % fills[v] + base)
        return xlwt.easyxf(base)

    ws.write(0, 0, "KFN – Internkontroll 2025", title)
    ws.write(1, 0, "Uppföljning T3 (helår) 2025 – kultur- och fritidsförvaltningen", sub)
    ws.write(2, 0, "Sammanställd av Lena Hedin, administrativ chef, 2026-01-23", sub)
    heads = ["Kontrollområde", "Kontrollmoment", "Omfattning/metod", "Bedömning 2024",
             "Bedömning 2025", "Iakttagelser / kommentar", "Åtgärd"]
    for i, h in enumerate(heads):
        ws.write(4, i, h, hdr)
    ws.row(4).height_mismatch = True
    ws.row(4).height = 256 * 2
    rows = [
        ("Kassahantering", "Dagskassan i simhallens reception stäms av mot kassasystemet",
         "10 stickprov", "Delvis godkänd", "Godkänd", "Inga differenser i stickproven.", "", "GENOMFORD", "nej"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer och underlag",
         "Genomgång 15 föreningar", "Godkänd", "Delvis godkänd",
         "2 av 15 föreningar saknade årsmöteshandlingar vid utbetalningen.",
         "Handläggarstöd uppdateras", "GENOMFORD", "ja"),
        ("Bidrag", "Redovisat aktivitetsstöd (LOK-stöd) stäms av mot närvarokort",
         "5 föreningar", "Ej godkänd", "Godkänd", "Underlagen överensstämde.", "", "GENOMFORD", "nej"),
        ("Uthyrning", "Bokade tider i idrottshallarna faktureras hyresgästen",
         "Bokningssystem mot kundreskontra, sep–nov", "", "Ej godkänd",
         "Ca 40 bokade timmar i Rönnåsahallen under hösten har inte fakturerats. Efterfakturering pågår.",
         "Ny rutin för överföring bokning–fakturering", "GENOMFORD", "ja"),
        ("Inventarier", "Inventering av stöldbegärlig utrustning (ljud, ljus, datorer) på kulturhuset",
         "Fullständig inventering", "Godkänd", "Ej godkänd",
         "Inventeringen har inte genomförts under 2025 p.g.a. ombyggnaden av kulturhuset.",
         "Genomförs när ombyggnaden är klar (april 2026)", "EJ_GENOMFORD", "nej"),
        ("Personal", "Tidrapporter för timanställda attesteras före löneutbetalning",
         "Stickprov 3 månader", "Delvis godkänd", "Godkänd", "", "", "GENOMFORD", "nej"),
        ("Bibliotek", "Förseningsavgifter och ersättning för förlorade medier debiteras enligt taxa",
         "Stickprov", "Godkänd", "",
         "Utgår – förseningsavgifterna slopade enligt KF 2025-02-24 § 12, kontrollen ströks ur planen.",
         "", "UTGAR", "nej"),
        ("Dataskydd", "Personuppgifter i bokningssystemet gallras enligt dokumenthanteringsplanen",
         "Kontroll i systemet", "(ny 2025)", "Ej bedömd",
         "Kontrollen påbörjades i november och slutförs i januari 2026.", "", "DELVIS", "nej"),
        ("Representation", "Representation – syfte och deltagare framgår av underlaget",
         "Samtliga fakturor", "Godkänd", "Godkänd", "Samtliga 12 fakturor korrekta.", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        ws.write(r, 0, row[0], cell)
        ws.write(r, 1, row[1], cell)
        ws.write(r, 2, row[2], cell)
        ws.write(r, 3, row[3], bstyle(row[3], old=True))
        ws.write(r, 4, row[4], bstyle(row[4]))
        ws.write(r, 5, row[5], cell)
        ws.write(r, 6, row[6], cell)
        exp(fil, namnd, row[1], row[7], row[8])
        ws.row(r).height_mismatch = True
        ws.row(r).height = 256 * 3
        r += 1
    r += 1
    b = xlwt.easyxf("font: bold on")
    ws.write(r, 0, "Bedömning av kontrollresultat", b)
    r += 1
    for k, txt in [("Godkänd", "Kontrollen utförd – inga eller ringa avvikelser"),
                   ("Delvis godkänd", "Kontrollen utförd – avvikelser som behöver åtgärdas"),
                   ("Ej godkänd", "Kontrollen utförd – allvarliga avvikelser/brister")]:
        ws.write(r, 0, k, bstyle(k))
        ws.write(r, 1, txt)
        r += 1
    ws.write(r, 0, "Kontroller som inte har utförts anges i kommentarsfältet.", xlwt.easyxf("font: italic on"))
    for i, w in enumerate([16, 45, 22, 14, 14, 50, 30]):
        ws.col(i).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Stratsys export – CSV (Windows-1252), two nämnder, one row per control and period
# ---------------------------------------------------------------------------------------------
def make_csv():
    fil = "Stratsys_IK_export_20260130.csv"
    mbn = "Miljö- och byggnadsnämnden"
    ofn = "Överförmyndarnämnden"
    head = ["Enhet", "Styrdokument", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse",
            "Kommentar", "Senast ändrad"]
    E_MBN = "Miljö- och byggförvaltningen"
    E_OFN = "Överförmyndarnämnden"
    plan = "Internkontrollplan 2025"
    controls = [
        # enhet, nämnd, process, km, [(period, status, avv, kommentar, datum)], STATUS, avvikelse
        (E_MBN, mbn, "Bygglov", "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan",
         [("T1 2025", "Pågående", "", "", "2025-05-08"),
          ("T2 2025", "Pågående", "Nej", "Stickprov jan–aug, inga överskridanden.", "2025-09-10"),
          ("Helår 2025", "Avslutad", "Ja",
           "Stickprov 25 ärenden, 3 överskred 10 veckor. Avgiften reducerad enligt PBL 12 kap. 8 a §.", "2026-01-20")],
         "GENOMFORD", "ja"),
        (E_MBN, mbn, "Tillsyn", "Tillsynsavgifter livsmedel debiteras enligt beslutad taxa",
         [("T2 2025", "Avslutad", "Nej", "Avstämt mot tillsynsregistret.", "2025-09-10"),
          ("Helår 2025", "Avslutad", "Nej", "Ingen ytterligare kontroll behövs.", "2026-01-20")],
         "GENOMFORD", "nej"),
        (E_MBN, mbn, "Delegation", "Delegationsbeslut anmäls till nämnden",
         [("T1 2025", "Pågående", "", "", "2025-05-08"),
          ("T2 2025", "Pågående", "", "", "2025-09-10"),
          ("Helår 2025", "", "",
           "Samtliga delegationslistor jan–dec kontrollerade mot diariet, inga brister.", "2026-01-22")],
         "GENOMFORD", "nej"),
        (E_MBN, mbn, "Tillsyn", "Förelägganden med vite följs upp inom utsatt tid",
         [("T2 2025", "Ej påbörjad", "", "", "2025-09-10"),
          ("Helår 2025", "Försenad", "",
           "Kontrollen har inte hunnits med under året. Läggs in i internkontrollplan 2026.", "2026-01-22")],
         "EJ_GENOMFORD", "nej"),
        (E_MBN, mbn, "Ekonomi", "Leverantörsfakturor attesteras av rätt beslutsattestant",
         [("Helår 2025", "Avslutad", "Nej", "30 fakturor granskade.", "2026-01-15")],
         "GENOMFORD", "nej"),
        (E_MBN, mbn, "Registrering", "Inkomna handlingar diarieförs inom två arbetsdagar",
         [("T1 2025", "Pågående", "", "", "2025-05-08"),
          ("T2 2025", "Pågående", "", "Mätning vecka 22–24 gjord, analys pågår.", "2025-09-10"),
          ("Helår 2025", "", "", "", "2026-01-05")],
         "SAKNAS", "nej"),
        (E_OFN, ofn, "Granskning", "Årsräkningar granskas inom sex månader efter inlämning",
         [("T2 2025", "Pågående", "", "", "2025-09-02"),
          ("Helår 2025", "Avslutad", "Ja", "92 % granskade inom tid, 14 ärenden försenade.", "2026-01-28")],
         "GENOMFORD", "ja"),
        (E_OFN, ofn, "Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         [("T2 2025", "Pågående", "", "", "2025-09-02"),
          ("Helår 2025", "Pågående", "", "Stickprov för T3 pågår, klart vecka 6.", "2026-01-28")],
         "DELVIS", "nej"),
        (E_OFN, ofn, "Förvaltning", "Överförmyndarspärr finns på huvudmännens bankkonton",
         [("Helår 2025", "Avslutad", "Nej", "20 akter kontrollerade.", "2026-01-28")],
         "GENOMFORD", "nej"),
        (E_OFN, ofn, "Rekrytering", "Utdrag ur belastningsregistret inhämtas för nya ställföreträdare",
         [("T1 2025", "Makulerad", "",
           "Makulerad – hanteras i den ordinarie handläggningen sedan lagändringen.", "2025-04-30"),
          ("Helår 2025", "Makulerad", "", "", "2026-01-28")],
         "UTGAR", "nej"),
        (E_OFN, ofn, "Informationssäkerhet", "Behörigheter i Wärna GO följs upp",
         [("T1 2025", "Ej påbörjad", "", "", "2025-04-30"),
          ("T2 2025", "Ej påbörjad", "", "", "2025-09-02"),
          ("Helår 2025", "Ej påbörjad", "", "Resursbrist.", "2026-01-28")],
         "EJ_GENOMFORD", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(head)
    for enh, namnd, proc, km, periods, status, avv in controls:
        for (per, stt, av, kom, dat) in periods:
            w.writerow([enh, plan, proc, km, per, stt, av, kom, dat])
        exp(fil, namnd, km, status, avv)
    with open(fil, "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", ofn, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 7. Barn- och utbildningsnämnden – .ods, traffic-light colours only, legend top right
# ---------------------------------------------------------------------------------------------
def make_bun():
    fil = "BUF_uppfoljning_IK_helar_2025.ods"
    namnd = "Barn- och utbildningsnämnden"
    doc = OpenDocumentSpreadsheet()
    styles = {}

    def cstyle(name, bg=None, bold=False, wrap=True, size=None, italic=False, border=True):
        s = Style(name=name, family="table-cell")
        props = {}
        if bg:
            props["backgroundcolor"] = bg
        if wrap:
            props["wrapoption"] = "wrap"
        props["verticalalign"] = "top"
        if border:
            props["border"] = "0.5pt solid #808080"
        s.addElement(TableCellProperties(**props))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        if italic:
            tp["fontstyle"] = "italic"
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        styles[name] = s
        return s

    cstyle("plain", border=False, wrap=False)
    cstyle("legtitle", bold=True, border=False, wrap=False)
    cstyle("title", bold=True, size="15pt", border=False, wrap=False)
    cstyle("subtitle", italic=True, border=False, wrap=False)
    cstyle("hdr", bg="#BDD7EE", bold=True)
    cstyle("proc", bg="#EDEDED", bold=True)
    cstyle("td")
    COL = {"G": "#00B050", "Y": "#FFFF00", "R": "#FF0000", "S": "#A6A6A6", "B": "#00B0F0", None: None}
    for k, v in COL.items():
        cstyle("light_%s" % k, bg=v)
    cstyle("leg_G", bg=COL["G"], border=True, wrap=False)
    cstyle("leg_Y", bg=COL["Y"], border=True, wrap=False)
    cstyle("leg_R", bg=COL["R"], border=True, wrap=False)
    cstyle("leg_S", bg=COL["S"], border=True, wrap=False)

    widths = ["3.2cm", "7.5cm", "4.5cm", "3.2cm", "1.8cm", "1.8cm", "7.5cm", "0.6cm", "1.0cm", "5.0cm"]
    table = Table(name="IK helår 2025")
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(TableCell())
                continue
            text, st = c
            tc = TableCell(stylename=styles[st], valuetype="string") if text else TableCell(stylename=styles[st])
            if text:
                for line in text.split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        table.addElement(tr)

    legend = [("Teckenförklaring", None), ("Genomförd", "G"), ("Delvis genomförd / pågår", "Y"),
              ("Ej genomförd", "R"), ("Utgår", "S")]
    top = [
        [("Barn- och utbildningsförvaltningen", "title")],
        [("Internkontrollplan 2025 – uppföljning helår", "subtitle")],
        [("Rapport till barn- och utbildningsnämnden, sammanträde 2026-02-18", "subtitle")],
        [],
        [],
    ]
    for i, t in enumerate(top):
        cells = list(t) + [None] * (8 - len(t))
        lab, code = legend[i]
        if code is None:
            cells += [("", "plain"), (lab, "legtitle")]
        else:
            cells += [("", "leg_%s" % code), (lab, "plain")]
        row(cells)
    row([])
    heads = ["Process", "Kontrollmoment", "Metod", "Ansvarig", "Delår", "Helår", "Resultat och kommentar"]
    row([(h, "hdr") for h in heads])

    data = [
        ("P", "Ekonomi"),
        ("Ekonomi", "Interkommunal ersättning (IKE) faktureras för samtliga elever från andra kommuner",
         "Avstämning elevregister mot kundfakturor", "Controller", "Y", "G",
         "Samtliga 46 elever fakturerade. Två fakturor från vårterminen hade fel belopp och har rättats.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Fakturor för skolskjuts stäms av mot beställda turer",
         "Stickprov 2 månader", "Skolskjutssamordnare", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("P", "Elevhälsa och dokumentation"),
        ("Elevhälsa", "Orosanmälningar till socialtjänsten görs och dokumenteras enligt rutin",
         "Genomgång med rektorer (hösten)", "Elevhälsochef", None, "R",
         "Kontrollen har inte genomförts p.g.a. rektorsbyte på två skolor. Flyttas till 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Elevhälsa", "Upprepad frånvaro anmäls till huvudmannen enligt skollagen",
         "Rapport från skolorna", "Verksamhetschef grundskola", "Y", "B", "Se skolornas rapporter.",
         "OKLAR", "nej"),
        ("P", "Personal"),
        ("Personal", "Utdrag ur belastningsregistret har visats vid nyanställning i förskola och skola",
         "Stickprov 30 anställningar", "HR-konsult", "G", "G",
         "1 av 30 saknade registerutdrag – utdraget inhämtat i efterhand.", "GENOMFORD", "ja"),
        ("Personal", "Timlistor för timanställda lärarvikarier attesteras av rektor",
         "Stickprov", "Rektorer", "Y", None, "Genomförd i december, inga fel.", "GENOMFORD", "nej"),
        ("P", "Informationssäkerhet"),
        ("Informationssäkerhet", "Behörigheter i elevregistret (IST) gås igenom vid läsårsstart",
         "Behörighetslista", "Systemförvaltare", "Y", None, "", "SAKNAS", "nej"),
        ("Informationssäkerhet", "Molntjänster används inte för personuppgifter utan personuppgiftsbiträdesavtal",
         "Inventering", "Dataskyddssamordnare", "S", "S", "Utgår enligt BUN 2025-03-12 § 22.", "UTGAR", "nej"),
    ]
    for d in data:
        if d[0] == "P":
            row([(d[1], "proc")] + [("", "proc")] * 6)
            continue
        proc, km, metod, ansv, dl, hl, kom, status, avv = d
        row([(proc, "td"), (km, "td"), (metod, "td"), (ansv, "td"),
             ("", "light_%s" % dl), ("", "light_%s" % hl), (kom, "td")])
        exp(fil, namnd, km, status, avv)
    row([])
    row([("Summering helår: 3 gröna, 0 gula, 1 röd, 1 grå", "subtitle")])
    row([("Uppföljningen är sammanställd av Sara Lund, kvalitetsstrateg.", "subtitle")])
    doc.spreadsheet.addElement(table)
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 8. Vård- och omsorgsnämnden – last year's (2024) follow-up sent by mistake, "Följer plan" layout
# ---------------------------------------------------------------------------------------------
def make_von():
    fil = "VON_IK_helarsuppfoljning.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Helårsuppföljning av kritiska risker i Vård- och omsorgsnämndens internkontrollplan 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Vård- och omsorgsförvaltningen, 2025-01-22"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = ("Tabellen redovisar om den hantering som angivits i internkontrollplanen har följts, "
                "samt en kort beskrivning av genomförda aktiviteter.")
    ws.merge_cells("A4:G4")
    ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 30
    heads = ["Ansvarsområde/process", "Risk", "Riskvärde", "Kontrollmoment/åtgärd", "Följer plan:",
             "Kommentar:"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Läkemedelshantering", "Felaktig läkemedelshantering på särskilt boende", 12,
         "Kvartalsvis egenkontroll av signeringslistor", "Ja",
         "Genomfört alla kvartal. Osignerade doser upptäcktes på två enheter; återkopplat till enhetscheferna.",
         "GENOMFORD", "ja"),
        ("Avgiftshandläggning", "Felaktiga avgifter för hemtjänst", 9,
         "Stickprov 20 avgiftsbeslut mot utförd tid", "Ja", "Inga fel.", "GENOMFORD", "nej"),
        ("Bemanning", "Timanställda börjar arbeta utan introduktion", 8,
         "Kontroll att introduktionschecklista finns för nyanställda timvikarier", "Nej",
         "Arbetet är försenat och är framskjutet till våren 2025.", "EJ_GENOMFORD", "nej"),
        ("Dokumentation", "Genomförandeplaner saknas eller är inaktuella", 12,
         "Stickprov 40 brukare i hemtjänsten", "Ja",
         "Stickprovet pågår, resultat redovisas för nämnden i februari.", "DELVIS", "nej"),
        ("Dokumentation", "Riskbedömning saknas inför hembesök hos brukare med känd hotbild", 8,
         "Riskbedömning inför hembesök dokumenteras enligt rutin", "Ja", "Rutin reviderad och implementerad.",
         "GENOMFORD", "nej"),
        ("Köpt vård", "Betalning av fakturor för köpt vård utan beslut", 9,
         "Kontroll att fakturor för köpt vård har ett giltigt biståndsbeslut", "Ja", None,
         "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        for col, v in enumerate(row[:6], 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, namnd, row[3], row[6], row[7])
        r += 1
    ws.merge_cells("A10:A11")
    for i, w in enumerate([22, 34, 9, 42, 10, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "Eva Nyström"
    wb.properties.modified = dt.datetime(2025, 1, 22, 11, 30)
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 9. Excel owner/lock file left in the inbox – must be rejected
# ---------------------------------------------------------------------------------------------
def make_lock():
    fil = "~$TN_uppfoljning_IKP_helar2025.xlsx"
    user = "Jonas Bergkvist"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    b = b[:165]
    with open(fil, "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Bildningsförvaltningen"),
        ("Socialnämnden", "SN|SocN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Äldreomsorgen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF|Kultur och fritid"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö|Miljö- och byggnadsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))


def main():
    # remove old outputs of this script
    for f in os.listdir("."):
        if f.endswith((".xlsx", ".xls", ".ods", ".docx")) or f.startswith("~$") or f.startswith("Stratsys_"):
            os.remove(f)
    make_ks()
    make_tn(1)
    make_lock()
    make_sn()
    make_kfn()
    make_csv()
    make_bun()
    make_tn(2)
    make_von()
    write_register()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)
    nfiles = len({r[0] for r in FILES})
    print("files:", nfiles, "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
