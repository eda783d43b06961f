#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r350 - Hagfors-Ny kommun, helår 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, directly in the folder of this script.
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round350"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_core(doc, title):
    cp = doc.core_properties
    import datetime
    cp.author = "Hagfors-Ny kommun"
    cp.title = title
    cp.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.last_modified_by = "Hagfors-Ny kommun"


def wb_fixed(wb):
    import datetime
    wb.properties.creator = "Hagfors-Ny kommun"
    wb.properties.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - easy Excel
# ---------------------------------------------------------------------------
def f_ks():
    fil = "IK uppföljning helår 2025 KS.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    wb_fixed(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Helår (jan–dec) 2025"
    ws["A4"] = "Upprättad av: controller Maria Lindqvist, 2026-01-22"
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Status helår", "Resultat/kommentar", "Avvikelse (Ja/Nej)"]
    rows = [
        ("Inköp och upphandling", "Köp görs utanför avtal",
         "Avtalstrohet vid inköp av varor och tjänster", "Stickprov 30 fakturor", "Upphandlare",
         "Genomförd", "27 av 30 fakturor mot avtal. 3 köp utanför avtal (kontorsmaterial), återkopplat till enhetschef.",
         "Ja", "GENOMFORD", "ja"),
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 50 fakturor", "Ekonomichef",
         "Genomförd", "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("Ekonomi", "Förtroendeskada",
         "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)", "Samtliga poster > 2 000 kr",
         "Redovisningsansvarig", "Genomförd med anmärkning",
         "Två representationsfakturor saknade deltagarförteckning. Kompletterat.", "Ja", "GENOMFORD", "ja"),
        ("Personal", "Lön betalas ut till fel person",
         "Löneutbetalningar – kontroll av nyanställda och avslutade anställningar i lönesystemet",
         "Avstämning mot HR-system", "HR-chef", "Delvis genomförd",
         "Kontroll av avslutade anställningar gjord utan anmärkning. Nyanställda kontrolleras i januari 2026.",
         "Nej", "DELVIS", "nej"),
        ("IT och informationssäkerhet", "Obehörig åtkomst",
         "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar", "Utdrag behörighetslista",
         "Systemförvaltare", "Ej genomförd",
         "Ej genomförd p.g.a. byte av ekonomisystem under hösten. Flyttas till plan 2026.", "", "EJ_GENOMFORD", ""),
        ("Dokumenthantering", "Handlingar registreras inte",
         "Diarieföring av inkommande handlingar sker inom tre arbetsdagar", "Stickprov 40 handlingar",
         "Registrator", "Genomförd", "38 av 40 handlingar diarieförda i tid, två försenade under semesterperioden.",
         "Ja", "GENOMFORD", "ja"),
        ("Delegering", "Beslut fattas utan mandat",
         "Anmälan av delegationsbeslut till kommunstyrelsen", "Genomgång av protokoll", "Kanslichef",
         "Genomförd", "Samtliga beslut anmälda.", "Nej", "GENOMFORD", "nej"),
        ("Säkerhet och beredskap", "Verksamheten kan inte upprätthållas vid störning",
         "Kontinuitetsplaner för samhällsviktig verksamhet är uppdaterade", "Genomgång av planer",
         "Säkerhetssamordnare", "Utgår",
         "Utgår – hanteras inom uppdraget civilt försvar enligt beslut KS 2025-03-11 § 37.", "", "UTGAR", ""),
        ("Dataskydd", "Personuppgifter behandlas utan stöd",
         "Registerförteckning enligt dataskyddsförordningen är aktuell", "Genomgång av förteckning",
         "Dataskyddssamordnare", "Pågår", "Inventering pågår, klar kvartal 1 2026.", "", "DELVIS", ""),
    ]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:8])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r0 + i, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, namnd, row[2], row[8], row[9])
    last = r0 + len(rows)
    ws.cell(row=last + 2, column=1, value="Sammanfattning: 5 av 9 kontroller genomförda, 1 delvis, 1 pågår, 1 ej genomförd, 1 utgår.")
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=9)
    ws.cell(row=last + 4, column=1, value="Godkänd av kommundirektör Anders Ek, 2026-01-26")
    widths = [5, 20, 24, 46, 22, 18, 16, 50, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Tekniska nämnden - T1/T2/Helår side by side, letter codes with legend
# ---------------------------------------------------------------------------
def f_tn():
    fil = "Tekniska_namnden_IK_2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    wb_fixed(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Tekniska nämnden – internkontroll 2025"
    ws["A1"] = "Tekniska förvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning per tertial (T3 = helår)"
    ws["A2"].font = Font(italic=True)
    # two-row header
    ws["A4"] = "Kontrollmoment"
    ws["B4"] = "Ansvarig"
    ws["C4"] = "Status 2025"
    ws["F4"] = "Kommentar helår"
    ws.merge_cells("C4:E4")
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("F4:F5")
    ws["C5"] = "T1"
    ws["D5"] = "T2"
    ws["E5"] = "Helår"
    for r in (4, 5):
        for c in range(1, 7):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fills = {"G": "C6EFCE", "P": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    data = [
        ("Gata/park", None),
        ("Vinterväghållning utförs enligt avtal med entreprenör (stickprov på utryckningar)", "Gatuchef",
         "P", "–", "G", "Stickprov 12 utryckningar, samtliga inom avtalad tid.", "GENOMFORD", "nej"),
        ("Besiktning av lekplatser enligt SS-EN 1176", "Parkingenjör",
         "–", "G", "G", "Samtliga 14 lekplatser besiktade. Två redskap med allvarliga anmärkningar har tagits bort.",
         "GENOMFORD", "ja"),
        ("Uppföljning av felanmälningar i gatubelysning – åtgärd inom 14 dagar", "Gatuingenjör",
         "E", "P", None, None, "DELVIS", ""),
        ("VA", None),
        ("Provtagning av dricksvatten enligt kontrollprogram", "VA-chef",
         "G", "G", "G", "Samtliga prover tjänliga.", "GENOMFORD", "nej"),
        ("Debitering av VA-avgifter stäms av mot mätarställningar", "VA-ekonom",
         "–", "P", "P", "Avstämning gjord för ca 60 % av abonnenterna, resterande under våren 2026.", "DELVIS", ""),
        ("Rutin för bräddningsrapportering till tillsynsmyndighet", "VA-chef",
         "U", "U", "U", "Utgår – rapporteringen ingår i miljörapporten.", "UTGAR", ""),
        ("Fastighet", None),
        ("Lagstadgade besiktningar (hiss, OVK, brandlarm) utförs i tid", "Fastighetschef",
         "P", "P", "G", "Tre OVK-besiktningar försenade, utförda i november.", "GENOMFORD", "ja"),
        ("Hyresavtal för externa hyresgäster är uppdaterade med indexuppräkning", "Fastighetsförvaltare",
         "E", "E", "E", "Ej genomförd p.g.a. personalbrist, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Ekonomi", None),
        ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         "G", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av ÄTA-arbeten mot avtal i investeringsprojekt", "Projektchef",
         "–", "P", None, "Se bilaga 3.", "OKLAR", ""),
    ]
    r = 6
    for row in data:
        if row[1] is None:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        km, ansv, t1, t2, hel, kom, st, avv = row
        vals = [km, ansv, t1, t2, hel, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP if c in (1, 2, 6) else Alignment(horizontal="center", vertical="top")
            if c in (3, 4, 5) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring: G = Genomförd, P = Pågår/delvis genomförd, "
                                   "E = Ej genomförd, U = Utgår, – = Ej planerad för perioden").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Bilaga 3: ÄTA-granskning investeringsprojekt 2025 (separat dokument)")
    for i, w in enumerate([58, 20, 7, 7, 8, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Miljö- och byggnämnden - traffic-light fills only
# ---------------------------------------------------------------------------
def f_mbn():
    fil = "Miljö och bygg – helår 2025.xlsx"
    namnd = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    wb_fixed(wb)
    ws = wb.active
    ws.title = "MBN helår 2025"
    ws["A1"] = "Samhällsbyggnadsförvaltningen – uppföljning av intern kontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Helårsuppföljning 2025"
    GREEN, YEL, RED = "00B050", "FFC000", "FF0000"
    ws["E1"] = "Teckenförklaring"
    ws["E1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YEL, "Delvis genomförd / pågår"),
                                    (RED, "Ej genomförd")]):
        ws.cell(row=2 + i, column=5).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=2 + i, column=6, value=txt)
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Kommentar"]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
    rows = [
        ("Tillsyn", "Planerad tillsyn enligt tillsynsplan för miljöbalken genomförs",
         "Uttag ur ärendesystemet", "Helår", GREEN, "Tillsynen genomförd enligt plan.", "GENOMFORD", "nej"),
        ("Bygglov", "Handläggningstid för bygglov inom 10 veckor från komplett ansökan",
         "Uttag ur ärendesystemet", "Tertial", YEL,
         "3 av 112 ärenden överskred tidsgränsen; avgiftsreduktion tillämpad enligt PBL.", "DELVIS", "ja"),
        ("Avgifter", "Debitering av tillsynsavgifter enligt taxa", "Stickprov 20 ärenden", "Helår", GREEN,
         "Stickprov utan anmärkning.", "GENOMFORD", "nej"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", "Genomgång av protokoll", "Löpande", GREEN,
         None, "GENOMFORD", ""),
        ("Arkiv", "Gallring och arkivering av bygglovsärenden enligt dokumenthanteringsplan",
         "Genomgång av närarkiv", "Helår", RED, "Ej påbörjad på grund av resursbrist.", "EJ_GENOMFORD", ""),
        ("Kart/GIS", "Avgiftsbeläggning av kartprodukter och nybyggnadskartor", "Stickprov 10 beställningar",
         "Helår", None, "Kontrollmomentet utgår enligt nämndbeslut MBN 2025-05-14 § 42.", "UTGAR", ""),
        ("Livsmedel", "Livsmedelskontroll – kontrollfrekvens enligt riskklassning", "Uttag ur ärendesystemet",
         "Helår", YEL, "Ca 70 % av planerade kontroller utförda, resterande hämtas in kvartal 1 2026.",
         "DELVIS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Helår",
         None, None, "SAKNAS", ""),
    ]
    for i, row in enumerate(rows, 1):
        proc, km, met, frek, col, kom, st, avv = row
        for c, v in enumerate([proc, km, met, frek, None, kom], 1):
            cell = ws.cell(row=r0 + i, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        if col:
            ws.cell(row=r0 + i, column=5).fill = PatternFill("solid", fgColor=col)
        exp(fil, namnd, km, st, avv)
    ws.cell(row=r0 + len(rows) + 2, column=1, value="Sammanställt av: miljöchef Karin Holm, 2026-01-19")
    for i, w in enumerate([14, 52, 26, 10, 10, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys export (.xls), two nämnder, long format one row per period
# ---------------------------------------------------------------------------
def f_stratsys():
    fil = "Stratsys_IK_export_2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Rapport")
    bold = xlwt.easyxf("font: bold on")
    ws.write(0, 0, "Rapport: Intern kontroll – uppföljning", bold)
    ws.write(1, 0, "Utskriven 2026-01-28 09:14 av ekonomienheten")
    ws.write(2, 0, "Urval: Överförmyndarnämnden, Räddningsnämnden; År 2025; Perioder: Tertial 1, Tertial 2, Helår")
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar",
           "Senast ändrad"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, bold)
    P1, P2, PH = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    ofn = "Överförmyndarnämnden"
    rn = "Räddningsnämnden"
    # (org, område, km, [(period, status, avv, kommentar, datum)], expected status, expected avv)
    controls = [
        (ofn, "Tillsyn", "Granskning av årsräkningar inom föreskriven tid",
         [(P1, "Pågående", "", "Granskning pågår.", "2025-05-06"),
          (P2, "Pågående", "", "85 % granskade.", "2025-09-10"),
          (PH, "Genomförd", "Ja", "Samtliga granskade. 12 årsräkningar inkom efter 1 mars, påminnelser skickade.",
           "2026-01-15")], "GENOMFORD", "ja"),
        (ofn, "Tillsyn", "Kontroll av att ställföreträdare har giltigt registerutdrag",
         [(P1, "", "", "", ""),
          (P2, "Genomförd", "Nej", "Samtliga nya ställföreträdare kontrollerade.", "2025-09-10"),
          (PH, "Genomförd", "Nej", "Inga avvikelser.", "2026-01-15")], "GENOMFORD", "nej"),
        (ofn, "Ekonomi", "Förvaltarkonton med överförmyndarspärr kontrolleras vid nyförordnande",
         [(P1, "Ej påbörjad", "", "", "2025-05-06"),
          (P2, "Ej påbörjad", "", "", "2025-09-10"),
          (PH, "Ej påbörjad", "", "Hanns inte under året. Flyttas till 2026.", "2026-01-15")],
         "EJ_GENOMFORD", ""),
        (ofn, "Ekonomi", "Arvodesbeslut följer nämndens riktlinjer",
         [(P1, "Genomförd", "Nej", "Stickprov 15 beslut utan anmärkning.", "2025-05-06"),
          (P2, "Genomförd", "Nej", "Stickprov 15 beslut utan anmärkning.", "2025-09-10"),
          (PH, "", "", "", "")], "GENOMFORD", "nej"),
        (ofn, "Handläggning", "Handläggningstid för ansökan om god man under 30 dagar",
         [(P1, "Ej påbörjad", "", "", "2025-05-06"),
          (P2, "Pågående", "", "Mätning påbörjad.", "2025-09-10"),
          (PH, "Pågående", "Ja", "Mätning gjord för hösten: 85 % av ärendena inom 30 dagar. Fortsätter 2026.",
           "2026-01-15")], "DELVIS", "ja"),
        (rn, "Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplan",
         [(P1, "Pågående", "", "", "2025-05-02"),
          (P2, "Pågående", "", "", "2025-09-08"),
          (PH, "Genomförd", "Nej", "44 av 44 planerade tillsyner utförda.", "2026-01-12")], "GENOMFORD", "nej"),
        (rn, "Räddningsinsats", "Kontroll av att insatsrapporter upprättas inom 5 dagar",
         [(P1, "Genomförd", "Nej", "", "2025-05-02"),
          (P2, "Genomförd", "Ja", "3 rapporter försenade.", "2025-09-08"),
          (PH, "Genomförd", "Ja", "8 av 214 rapporter upprättades senare än 5 dagar.", "2026-01-12")],
         "GENOMFORD", "ja"),
        (rn, "Kompetens", "Övningsverksamhet för deltidsbrandmän dokumenteras",
         [(P1, "Pågående", "", "", "2025-05-02"),
          (P2, "Avbruten", "", "Avbruten genom beslut RN 2025-09-02 § 18, ersätts av nytt övningssystem.",
           "2025-09-08"),
          (PH, "Avbruten", "", "Se kommentar T2.", "2026-01-12")], "UTGAR", ""),
        (rn, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         [(P1, "Ej påbörjad", "", "", "2025-05-02"),
          (P2, "Ej påbörjad", "", "", "2025-09-08"),
          (PH, "Ej genomförd", "", "Kontrollen har inte hunnits med.", "2026-01-12")], "EJ_GENOMFORD", ""),
    ]
    r = 5
    for org, omr, km, periods, st, avv in controls:
        for per, s, a, k, d in periods:
            for c, v in enumerate([org, omr, km, per, s, a, k, d]):
                ws.write(r, c, v)
            r += 1
        exp(fil, org, km, st, avv)
    ws.write(r + 1, 0, "Antal rader: %d" % (r - 5))
    for c, w in enumerate([22, 16, 55, 16, 14, 10, 60, 14]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", ofn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", rn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Socialnämnden - verksamhetsberättelse, chapter 5 Intern kontroll (table)
# ---------------------------------------------------------------------------
def f_sn():
    fil = "Verksamhetsberättelse 2025 Socialnämnden.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    fixed_core(d, "Verksamhetsberättelse 2025 Socialnämnden")
    d.sections[0].header.paragraphs[0].text = "Hagfors-Ny kommun – Socialförvaltningen"
    d.add_heading("Socialnämnden – Verksamhetsberättelse 2025", 0)
    d.add_paragraph("Dnr SN 2026/14. Beslutad av socialnämnden 2026-02-11 § 9.")
    d.add_heading("1 Sammanfattning", 1)
    d.add_paragraph(
        "Socialnämnden redovisar för 2025 ett underskott på 6,4 mnkr mot budget, främst beroende på ökade kostnader "
        "för externa placeringar inom individ- och familjeomsorgen. Antalet hushåll med ekonomiskt bistånd minskade "
        "med 8 procent jämfört med 2024. Äldreomsorgen har öppnat ett nytt trygghetsboende i Ekshärad.")
    d.add_heading("2 Viktiga händelser under året", 1)
    for t in ["Införande av ny socialtjänstlag förbereddes under hösten.",
              "Hemtjänsten i Råda övergick till nytt planeringssystem i april.",
              "Samverkansavtal med regionen om barn i samhällsvård tecknades."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3 Ekonomisk uppföljning", 1)
    d.add_paragraph("Tabell 1. Driftredovisning per verksamhet (tkr)")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Individ- och familjeomsorg", "48 200", "55 900", "-7 700"),
                ("Äldreomsorg", "182 400", "180 100", "2 300"),
                ("Funktionsstöd (LSS)", "61 000", "62 100", "-1 100"),
                ("Nämnd och administration", "9 800", "9 700", "100"),
                ("Totalt", "301 400", "307 800", "-6 400")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, bold=(row[0] == "Totalt"))
    d.add_heading("4 Personal", 1)
    d.add_paragraph("Sjukfrånvaron minskade till 8,9 procent (9,6 procent 2024).")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nyckeltal", "2024", "2025"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Antal tillsvidareanställda", "612", "598"), ("Sjukfrånvaro, %", "9,6", "8,9"),
                ("Personalomsättning, %", "11,2", "10,4")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.add_heading("5 Intern kontroll", 1)
    d.add_paragraph(
        "Nämnden antog internkontrollplan för 2025 den 12 december 2024 (SN 2024-12-12 § 143). Planen omfattar "
        "nio kontrollmoment. Nedan redovisas resultatet av helårsuppföljningen. Bedömningen anges som Genomförd, "
        "Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Metod", "Ansvarig", "Resultat helår 2025", "Bedömning"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    data = [
        ("Myndighetsutövning",),
        ("Utredningar inom barn och unga avslutas inom fyra månader (SoL 11 kap. 2 §)",
         "Uttag ur verksamhetssystemet", "Enhetschef IFO",
         "81 av 94 utredningar avslutade inom fyra månader.\nBeslut om förlängd utredningstid saknades i 5 fall.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Orosanmälningar skyddsbedöms samma dag som de inkommer", "Stickprov 25 ärenden", "Enhetschef IFO",
         "Samtliga orosanmälningar i stickprovet skyddsbedömda samma dag.", "Genomförd", "GENOMFORD", "nej"),
        ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 30 ärenden",
         "Enhetschef försörjningsstöd",
         "Kontrollen har påbörjats (12 ärenden granskade) men inte slutförts på grund av vakans.",
         "Delvis genomförd", "DELVIS", ""),
        ("Genomförandeplaner upprättas inom 14 dagar inom hemtjänsten", "Stickprov 20 brukare",
         "Enhetschef hemtjänst", "Kontrollen flyttas till 2026 års plan.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Ekonomi",),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Förvaltningsekonom",
         "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Fakturering av avgifter inom äldreomsorgen stäms av mot beslut", "Stickprov 40 avgiftsbeslut",
         "Avgiftshandläggare", "Två felaktiga debiteringar upptäcktes och har korrigerats.", "Genomförd",
         "GENOMFORD", "ja"),
        ("Utbetalning av ekonomiskt bistånd – kontroll av dubbelutbetalningar", "Systemrapport", "Controller",
         "", "", "SAKNAS", ""),
        ("Informationssäkerhet",),
        ("Loggkontroll i verksamhetssystemet Lifecare", "Slumpvis loggutdrag", "Systemförvaltare",
         "Loggkontroll genomförd för IFO och LSS, ingen otillbörlig åtkomst upptäckt. Äldreomsorgen återstår.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Kontroll av bilpool och körjournaler", "Genomgång av körjournaler", "Administrativ chef",
         "Ej aktuell 2025 då bilpoolen avvecklats.", "Utgår", "UTGAR", ""),
    ]
    for row in data:
        cells = t.add_row().cells
        if len(row) == 1:
            m = cells[0].merge(cells[4])
            set_cell(m, row[0], bold=True)
            shade(m, "F2F2F2")
            continue
        for i, v in enumerate(row[:5]):
            set_cell(cells[i], v)
        exp(fil, namnd, row[0], row[5], row[6])
    d.add_heading("5.1 Nämndens bedömning av den interna kontrollen", 2)
    d.add_paragraph(
        "Nämnden bedömer att den interna kontrollen under 2025 i allt väsentligt har varit tillräcklig. De "
        "kontrollmoment som inte har genomförts förs över till internkontrollplanen för 2026.")
    d.add_heading("6 Framtid och utmaningar", 1)
    d.add_paragraph(
        "Kompetensförsörjningen inom äldreomsorgen och den nya socialtjänstlagen är de största utmaningarna "
        "de kommande åren. Nämnden kommer att prioritera förebyggande insatser för barn och unga.")
    d.add_heading("Bilagor", 1)
    d.add_paragraph("Bilaga 1. Uppföljning av nämndens mål 2025")
    d.add_paragraph("Bilaga 2. Redovisning av ej verkställda beslut")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. BUN årsrapport - IK chapter as text only, decoy goal table before it
# ---------------------------------------------------------------------------
def f_bun():
    fil = "BUN_Arsrapport_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fixed_core(d, "Barn- och utbildningsnämndens årsrapport 2025")
    d.add_heading("Barn- och utbildningsnämndens årsrapport 2025", 0)
    d.add_paragraph("Barn- och utbildningsförvaltningen, Hagfors-Ny kommun")
    d.add_heading("1 Nämndens uppdrag", 1)
    d.add_paragraph(
        "Nämnden ansvarar för förskola, grundskola, grundsärskola, fritidshem och gymnasieskola. Under 2025 "
        "fanns 1 540 barn och elever i nämndens verksamheter.")
    d.add_heading("2 Måluppfyllelse", 1)
    d.add_paragraph("Tabell 2.1 Nämndmål och indikatorer")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämndmål", "Indikator", "Utfall 2025", "Bedömning"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Alla elever ska nå kunskapskraven", "Andel elever behöriga till gymnasiet", "84 %",
                 "Delvis uppfyllt"),
                ("Trygg skolmiljö", "Andel elever som känner sig trygga (åk 5 och 8)", "91 %", "Uppfyllt"),
                ("Hög tillgänglighet i förskolan", "Placering inom fyra månader", "96 %", "Uppfyllt"),
                ("Minskad frånvaro", "Andel elever med frånvaro över 15 %", "11 %", "Ej uppfyllt")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.add_heading("3 Ekonomi", 1)
    d.add_paragraph(
        "Nämnden redovisar ett överskott om 1,9 mnkr mot budget. Överskottet förklaras främst av vakanta tjänster "
        "och lägre kostnader för skolskjuts än budgeterat.")
    d.add_heading("4 Uppföljning av intern kontroll", 1)
    d.add_paragraph(
        "Internkontrollplanen för 2025 antogs av nämnden 2024-12-10 § 98 och omfattar sju kontrollmoment. Nedan "
        "redovisas varje kontrollmoment med resultat och status vid helårsuppföljningen.")
    items = [
        ("4.1 Skolpliktsbevakning",
         "Elever med hög frånvaro (över 15 %) anmäls till huvudmannen och utreds",
         "Kontroll av samtliga fem grundskolor. Vid två skolor saknades anmälan för fyra elever; rutinen har "
         "förtydligats och rektorerna har fått återkoppling.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("4.2 Kränkande behandling",
         "Anmälningar om kränkande behandling utreds och dokumenteras enligt skollagen 6 kap.",
         "Stickprov på 20 ärenden. Samtliga var utredda och dokumenterade.", "Genomförd.", "GENOMFORD", "nej"),
        ("4.3 Skolskjuts",
         "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Kontrollen har inte genomförts under året på grund av byte av handläggare. Den flyttas till 2026.",
         None, "EJ_GENOMFORD", ""),
        ("4.4 Avgifter i förskola och fritidshem",
         "Inkomstuppgifter för barnomsorgsavgift kontrolleras mot Skatteverket",
         "Kontrollen är gjord för förskolan. Fritidshemmen återstår och kontrolleras under februari 2026.",
         "Delvis genomförd.", "DELVIS", ""),
        ("4.5 Betygshantering",
         "Betygskatalogerna är signerade och arkiverade",
         "Inga avvikelser.", "Genomförd.", "GENOMFORD", "nej"),
        ("4.6 Leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ett fåtal fakturor hade attesterats av fel beslutsattestant. Attestlistan har uppdaterats.",
         "Genomförd.", "GENOMFORD", "ja"),
        ("4.7 Placering i förskola",
         "Kö till förskola: placering erbjuds inom fyra månader",
         "Följs i stället upp som indikator under nämndmålet Hög tillgänglighet i förskolan.",
         "Utgår.", "UTGAR", ""),
    ]
    for head, km, res, status, st, avv in items:
        d.add_heading(head, 2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        if status:
            p = d.add_paragraph()
            p.add_run("Status: ").bold = True
            p.add_run(status)
        exp(fil, namnd, km, st, avv)
    d.add_heading("4.8 Nämndens samlade bedömning", 2)
    d.add_paragraph(
        "Fyra av sju kontrollmoment är genomförda. Nämnden bedömer att den interna kontrollen är tillräcklig men "
        "att rutinerna för frånvarobevakning behöver stärkas.")
    d.add_heading("5 Framtid", 1)
    d.add_paragraph("Minskande elevkullar i ytterområdena kräver en översyn av skolstrukturen under 2026–2027.")
    d.add_heading("Bilaga: Nyckeltal", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nyckeltal", "2024", "2025"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Kostnad per elev grundskola, kr", "118 400", "121 900"),
                ("Antal barn i förskola", "512", "498"), ("Lärartäthet, elever per lärare", "11,8", "11,6")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. KFN verksamhetsberättelse as legacy .doc, symbols with legend after table
# ---------------------------------------------------------------------------
def f_kfn(tmpdir):
    fil = "KFN verksamhetsberättelse 2025.doc"
    namnd = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fixed_core(d, "Verksamhetsberättelse 2025 Kultur och fritid")
    d.sections[0].header.paragraphs[0].text = "Kultur- och fritidsnämnden"
    d.add_heading("Verksamhetsberättelse 2025 – Kultur och fritid", 0)
    d.add_paragraph("Kultur- och fritidsförvaltningen, januari 2026")
    d.add_heading("Året i korthet", 1)
    d.add_paragraph(
        "Besöken på biblioteken ökade med 6 procent och simhallen hade sitt bästa år sedan renoveringen. "
        "Sommarlovsaktiviteterna nådde 640 barn och unga.")
    d.add_heading("Verksamhetsstatistik", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Verksamhet", "Besök 2024", "Besök 2025"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Huvudbiblioteket", "58 200", "61 900"), ("Simhallen", "41 300", "44 050"),
                ("Fritidsgårdar", "9 870", "10 230")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.add_heading("Intern kontroll", 1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025, helår. Nämndens plan antogs 2025-01-28 § 6.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Kontrollansvarig", "Utfall/kommentar", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    rows = [
        ("Kassahantering i simhallen – dagliga kassaavstämningar", "Badchef",
         "Stickprov 20 dagar. En kassadifferens på 350 kr har utretts och rapporterats.", "✔", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Fritidskonsulent",
         "Kontroll av 15 utbetalningar utan anmärkning.", "✔", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig",
         "Kontroll av idrottshallarna gjord, övriga lokaler återstår.", "◐", "DELVIS", ""),
        ("Inventering av konstsamlingen", "Kulturchef", "Ej genomförd, planeras till hösten 2026.", "✖",
         "EJ_GENOMFORD", ""),
        ("Registerutdrag kontrolleras för personal i sommarlovsverksamhet", "Fritidschef", "", "✔",
         "GENOMFORD", ""),
        ("Bibliotekets e-medier: licenskostnader följs upp mot avtal", "Bibliotekschef",
         "Avtalet upphandlas numera centralt av regionen.", "—", "UTGAR", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningschef", "Inga avvikelser.", "✔",
         "GENOMFORD", "nej"),
    ]
    for i, row in enumerate(rows, 1):
        cells = t.add_row().cells
        for c, v in enumerate([str(i)] + list(row[:4])):
            set_cell(cells[c], v)
            if c == 4:
                cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, namnd, row[0], row[4], row[5])
    p = d.add_paragraph()
    r = p.add_run("Teckenförklaring: ✔ = genomförd   ◐ = delvis genomförd/pågår   ✖ = ej genomförd   — = utgår")
    r.italic = True
    r.font.size = Pt(9)
    d.add_heading("Investeringar", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget (tkr)", "Utfall (tkr)"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Konstgräsplan Hagforsvallen", "4 500", "4 720"), ("Ny bokbuss", "3 200", "3 050")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.add_heading("Framtid", 1)
    d.add_paragraph("Under 2026 planeras en översyn av öppettiderna på fritidsgårdarna.")
    src = os.path.join(tmpdir, "KFN verksamhetsberättelse 2025.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to",
                    "doc:MS Word 97", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(OUT, fil)), "conversion to .doc failed"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: the housing company's förvaltningsberättelse, no follow-up
# ---------------------------------------------------------------------------
def f_reject():
    fil = "Hagfors-Ny Bostäder AB förvaltningsberättelse 2025.docx"
    d = docx.Document()
    fixed_core(d, "Förvaltningsberättelse 2025")
    d.add_heading("Hagfors-Ny Bostäder AB – Förvaltningsberättelse 2025", 0)
    d.add_paragraph("Utdrag ur årsredovisningen, org.nr 556123-4567")
    d.add_heading("Verksamheten", 1)
    d.add_paragraph(
        "Bolaget äger och förvaltar 1 240 lägenheter och 38 lokaler. Uthyrningsgraden uppgick till 97,8 procent "
        "(97,1). Under året färdigställdes 24 nya lägenheter i kvarteret Lärkan.")
    d.add_heading("Väsentliga händelser", 1)
    d.add_paragraph(
        "Styrelsen har under året antagit en ny underhållsplan. Bolagets arbete med intern kontroll redovisas "
        "i separat rapport till styrelsen och ingår inte i detta utdrag.")
    d.add_heading("Flerårsöversikt", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Belopp i tkr", "2025", "2024", "2023"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Nettoomsättning", "118 420", "112 960", "106 300"),
                ("Resultat efter finansiella poster", "6 210", "4 870", "5 420"),
                ("Soliditet, %", "14,2", "13,5", "13,1")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.add_heading("Förslag till vinstdisposition", 1)
    d.add_paragraph("Styrelsen föreslår att till förfogande stående vinstmedel, 21 386 tkr, balanseras i ny räkning.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Räddningsnämnden", "RN|Räddningstjänsten"),
    ("Valnämnden", "VN"),
    ("Hagfors-Ny Bostäder AB", "HNB|Bostadsbolaget"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    tmpdir = tempfile.mkdtemp(prefix="round350_")
    try:
        f_ks()
        f_tn()
        f_mbn()
        f_stratsys()
        f_sn()
        f_bun()
        f_kfn(tmpdir)
        f_reject()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


if __name__ == "__main__":
    main()
