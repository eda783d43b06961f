#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 162 - Ådalen kommun, internkontroll T1 2025 (januari-april).

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TableColumnProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 5, 6, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is deterministic."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 6, 8, 30, 0))
            ni.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            ni.external_attr = 0o600 << 16
            zout.writestr(ni, raw)
    with open(path, "wb") as f:
        f.write(out.getvalue())


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - whole-year plan, T1/T2/T3 column groups, only T1 filled
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS uppföljning IKP 2025 T1.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb, "Karin Lindqvist")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Ådalen kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Internkontrollplan 2025 med uppföljning – Kommunledningsförvaltningen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Planen antagen 2024-12-10, § 214. Uppföljning sker per tertial: fyll i status "
                "och kommentar under aktuell period. Se förklaring av status under tabellen.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:M3")

    groups = [("A5:G5", "Plan"), ("H5:I5", "Tertial 1 (jan–apr)"),
              ("J5:K5", "Tertial 2 (maj–aug)"), ("L5:M5", "Tertial 3 / helår (sep–dec)")]
    gfill = PatternFill("solid", fgColor="1F4E78")
    for rng, txt in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = gfill
        c.alignment = Alignment(horizontal="center")
    heads = ["Nr", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Frekvens",
             "Ansvarig", "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    hfill = PatternFill("solid", fgColor="BDD7EE")
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = BORDER
        c.alignment = WRAP

    # (nr, risk, riskvärde, kontrollmoment, metod, frekvens, ansvarig, status T1, kommentar T1, expected, avv)
    data = [
        ("Ekonomi", [
            ("1.1", "Felaktiga utbetalningar", 9,
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Tertialvis", "Redovisningschef",
             "Genomförd", "20 fakturor granskade, samtliga korrekt attesterade.",
             "GENOMFORD", "nej"),
            ("1.2", "Otillåten representation", 6,
             "Kontroll av att representation redovisas med syfte och deltagare",
             "Stickprov 15 verifikationer konto 7610–7630", "Tertialvis", "Controller",
             "Genomförd med anmärkning",
             "3 av 15 verifikationer saknade deltagarförteckning. Påminnelse skickad till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Fel i räkenskaperna", 8,
             "Avstämning av balanskonton vid bokslut",
             "Genomgång av avstämningsblanketter", "Helår (bokslut)", "Redovisningschef",
             "Ej aktuellt T1", None, "UTGAR", ""),
        ]),
        ("Personal och lön", [
            ("2.1", "Felaktiga löneutbetalningar", 9,
             "Kontroll av att löneförändringar i HR-systemet har underlag och beslut",
             "Stickprov 10 löneförändringar per månad", "Tertialvis", "HR-chef",
             "Pågår", "Stickprov jan–mars klart utan anmärkning, april granskas i maj.",
             "DELVIS", "nej"),
            ("2.2", "Bristande rehabiliteringsarbete", 6,
             "Uppföljning av att medarbetare med mer än 6 sjukfrånvarotillfällen per år har rehabiliteringsplan",
             "Utdrag ur HR-systemet, genomgång med chefer", "T2", "HR-specialist",
             "Ej aktuellt T1", None, "UTGAR", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Obehörig åtkomst", 12,
             "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
             "Jämförelse behörighetslista – personalregister", "Tertialvis", "Systemförvaltare",
             "Genomförd",
             "Fyra konton för avslutade anställda fanns kvar och har nu spärrats.",
             "GENOMFORD", "ja"),
            ("3.2", "Förlust av data", 8,
             "Test av återläsning av säkerhetskopior",
             "Återläsningstest av ett system per tertial", "Tertialvis", "IT-chef",
             "Ej genomförd",
             "Testet sköts upp på grund av byte av driftleverantör. Genomförs i juni.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Inköp utanför avtal", 9,
             "Stickprov på inköp utan avtal (avtalstrohet)",
             "Stickprov 25 inköp ur leverantörsreskontran", "Tertialvis", "Upphandlingschef",
             None,
             "Kontrollen är genomförd: 25 inköp granskade, varav 2 gjorda utan avtal (kontorsmaterial).",
             "GENOMFORD", "ja"),
            ("4.2", "Otillåten direktupphandling", 8,
             "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Genomgång av samtliga direktupphandlingar > 100 tkr", "Tertialvis", "Upphandlingschef",
             None, None, "SAKNAS", ""),
        ]),
        ("Ärendehantering", [
            ("5.1", "Beslut fattas utan mandat", 6,
             "Delegationsbeslut anmäls till kommunstyrelsen",
             "Avstämning delegationslistor mot diarium", "Tertialvis", "Kanslichef",
             "Genomförd",
             "Samtliga delegationsbeslut anmälda vid sammanträdena i februari och april.",
             "GENOMFORD", "nej"),
            ("5.2", "Handlingar diarieförs inte", 4,
             "Diarieföring av inkomna handlingar sker inom 2 arbetsdagar",
             "Stickprov 30 handlingar", "T1, T3", "Registrator",
             "Utgår",
             "Utgår enligt beslut KS 2025-03-11 § 45. Ersätts av kontroll i nytt ärendehanteringssystem från 2026.",
             "UTGAR", ""),
        ]),
    ]
    r = 7
    pfill = PatternFill("solid", fgColor="DDEBF7")
    for proc, rows in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        c = ws.cell(row=r, column=1, value=proc)
        c.font = Font(bold=True)
        c.fill = pfill
        r += 1
        for (nr, risk, rv, km, metod, frekv, ansv, st, kom, e_st, e_av) in rows:
            vals = [nr, risk, rv, km, metod, frekv, ansv, st, kom, None, None, None, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            exp(fil, N, km, e_st, e_av)
            r += 1
    last = r - 1
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med anmärkning,Pågår,Ej genomförd,Ej aktuellt T1,Ej aktuellt T2,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H7:H{last}")
    dv.add(f"J7:J{last}")
    dv.add(f"L7:L{last}")

    r += 1
    ws.cell(row=r, column=1, value="Förklaring status").font = Font(bold=True)
    legend = [
        ("Genomförd", "Kontrollen är utförd enligt plan."),
        ("Genomförd med anmärkning", "Kontrollen är utförd och brister har noterats – beskriv i kommentaren."),
        ("Pågår", "Kontrollen är påbörjad men inte avslutad."),
        ("Ej genomförd", "Kontrollen skulle ha gjorts under perioden men har inte utförts."),
        ("Ej aktuellt T1", "Kontrollen görs enligt planen senare under året."),
        ("Utgår", "Kontrollen har strukits genom beslut."),
    ]
    for s, t in legend:
        r += 1
        ws.cell(row=r, column=1, value=s)
        ws.cell(row=r, column=4, value=t)
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Karin Lindqvist, controller, 2025-05-05")

    widths = {"A": 6, "B": 22, "C": 9, "D": 45, "E": 30, "F": 14, "G": 18,
              "H": 16, "I": 45, "J": 12, "K": 25, "L": 12, "M": 25}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "E7"
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    path = os.path.join(HERE, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - traffic-light fills, grey = ej aktuell
# ---------------------------------------------------------------------------
GREEN = "92D050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "BFBFBF"


def build_bun():
    fil = "BUF Internkontroll 2025 tertial 1.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Maria Sundin")
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – Tertial 1"
    ws["A2"].font = Font(bold=True, size=12)

    ws["A4"] = "Färgförklaring:"
    ws["A4"].font = Font(bold=True)
    legend = [(GREEN, "Genomförd – inga avvikelser"),
              (YELLOW, "Genomförd – avvikelser noterade, åtgärd pågår"),
              (RED, "Ej genomförd"),
              (GREY, "Ej aktuell under perioden (kontrollen görs senare under året)")]
    for i, (col, txt) in enumerate(legend):
        c = ws.cell(row=4 + i, column=2)
        c.fill = PatternFill("solid", fgColor=col)
        c.border = BORDER
        ws.cell(row=4 + i, column=3, value=txt)

    hr = 9
    heads = ["Process", "Kontrollmoment", "Omfattning / metod", "Ansvarig", "Tidplan",
             "T1 (jan–apr)", "T2 (maj–aug)", "Helår", "Kommentar / åtgärd"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5496")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BORDER

    # process -> list of (km, omfattning, ansvarig, tidplan, color or None, comment, exp, avv)
    data = [
        ("Elevhälsa", [
            ("Kontroll av att elevakter i journalsystemet signeras inom en vecka",
             "Stickprov 15 akter", "Verksamhetschef elevhälsa", "T1, T3", GREEN,
             "Stickprov 15 akter, alla signerade i tid.", "GENOMFORD", "nej"),
            ("Rutin för anmälan om kränkande behandling följs\n(anmälan till huvudman inom 3 dagar)",
             "Samtliga anmälningar under perioden", "Utvecklingsstrateg", "Tertialvis", YELLOW,
             "7 av 42 anmälningar inkom senare än 3 dagar. Påminnelse till rektorer vid rektorsmöte 2025-04-22.",
             "GENOMFORD", "ja"),
        ]),
        ("Skolpliktsbevakning", [
            ("Uppföljning av elever med hög frånvaro (över 20 %) och att frånvaroutredning inleds",
             "Utdrag ur närvarosystemet", "Verksamhetschef grundskola", "Tertialvis", RED,
             "Ej genomförd p.g.a. vakans som elevhälsochef. Flyttas till T2.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift",
             "Stickprov 20 hushåll", "Avgiftshandläggare", "T2", GREY,
             None, "UTGAR", ""),
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 10 fakturor per enhet", "Ekonom", "Tertialvis", GREEN,
             "Utan anmärkning.", "GENOMFORD", "nej"),
            ("Inventarieförteckning uppdateras på respektive skola",
             "Intyg från rektor", "Rektorer", "Helår", GREY,
             "Görs i samband med läsårsslut.", "UTGAR", ""),
        ]),
        ("Personal", [
            ("Registerutdrag ur belastningsregistret finns för all nyanställd personal",
             "Samtliga nyanställningar", "HR-partner", "Tertialvis", GREEN,
             "32 nyanställningar kontrollerade.", "GENOMFORD", "nej"),
            ("Kontroll av att lärarlegitimation finns vid tillsvidareanställning",
             "Samtliga tillsvidareanställda lärare under perioden", "HR-partner", "Tertialvis", None,
             None, "SAKNAS", ""),
        ]),
        ("Säkerhet", [
            ("Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga förskolor",
             "Egenkontroll, checklista", "Förskolechefer", "T1", None,
             "Delvis klart – 9 av 14 förskolor har dokumenterat. Resterande under maj.",
             "DELVIS", ""),
        ]),
    ]
    r = hr + 1
    for proc, rows in data:
        start = r
        for (km, omf, ansv, tid, color, kom, e_st, e_av) in rows:
            vals = [proc if r == start else None, km, omf, ansv, tid, None, None, None, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if color:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=color)
            exp(fil, N, km, e_st, e_av)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(row=r, column=1, value="Rapporterad till barn- och utbildningsnämnden 2025-05-20.")
    ws.cell(row=r, column=1).font = Font(italic=True)

    for k, v in {"A": 18, "B": 48, "C": 26, "D": 22, "E": 11, "F": 10, "G": 10, "H": 10, "I": 50}.items():
        ws.column_dimensions[k].width = v
    path = os.path.join(HERE, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - T1 2025 codes + helår 2024 in a comparison column
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden IK-uppföljning T1 2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Jonas Ek")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = ("Statuskoder, se fliken Instruktion. Kolumnen \"Resultat helår 2024\" är hämtad ur "
                "nämndens årsrapport 2024 och visas som jämförelse.")
    ws["A3"].font = Font(italic=True, size=9)

    hr = 5
    heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
             "Status T1 2025", "Kommentar T1 2025", "Resultat helår 2024"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA" if i < 8 else "EDEDED")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("1", "Ekonomiskt bistånd",
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 30 beslut", "Enhetschef försörjningsstöd",
         "G", "30 beslut granskade – samtliga fattade enligt delegation.",
         "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Ekonomiskt bistånd",
         "Kontroll av att utbetalt ekonomiskt bistånd överensstämmer med beslut",
         "Stickprov 25 utbetalningar", "Enhetschef försörjningsstöd",
         "GA", "En dubbelutbetalning upptäckt (4 200 kr). Återkrav upprättat.",
         "Genomförd med avvikelse: 2 felaktiga utbetalningar.", "GENOMFORD", "ja"),
        ("3", "Barn och unga",
         "Orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga",
         "P", "Mätning jan–mars klar: 91 % inom 14 dagar (mål 100 %). April sammanställs i maj.",
         "Delvis genomförd, 88 % inom tid.", "DELVIS", "ja"),
        ("4", "Barn och unga",
         "Uppföljning av placeringar (HVB och familjehem) görs enligt vårdplan",
         "Genomgång av 10 akter", "Enhetschef barn och unga",
         "–", None,
         "Genomförd. Samtliga akter hade aktuell vårdplan.", "SAKNAS", ""),
        ("5", "Informationssäkerhet",
         "Logguppföljning i verksamhetssystemet – kontroll av otillbörlig åtkomst",
         "Slumpvis loggkontroll 20 användare", "Systemförvaltare",
         "E", "Ej genomförd – ny rutin för loggkontroll tas fram, klar i juni.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("6", "Inköp",
         "Avtalstrohet vid inköp av konsulttjänster (bemanning)",
         "Genomgång av fakturor från bemanningsföretag", "Controller",
         None, None,
         "Genomförd med avvikelse: två konsulter anlitade utan avrop.", "SAKNAS", ""),
        ("7", "Funktionsnedsättning",
         "Handläggningstid för LSS-ansökningar (beslut inom 3 månader)",
         "Uttag ur verksamhetssystemet", "Enhetschef LSS",
         "U", "Utgår 2025 – följs i stället upp i verksamhetsplanen (SN 2025-02-19 § 12).",
         "Genomförd. 94 % inom 3 månader.", "UTGAR", ""),
        ("8", "Funktionsnedsättning",
         "Hantering av privata medel för boende i gruppbostad (kassabok och kvitton)",
         "Kontroll på plats, 4 gruppbostäder", "Enhetschef LSS",
         "GA", "Kassabok stämmer på samtliga fyra boenden. Ett kvitto saknades på Björkbacken.",
         "Ny kontroll 2025", "GENOMFORD", "ja"),
        ("9", "Informationssäkerhet",
         "Ärenden med skyddade personuppgifter hanteras enligt rutin",
         "Genomgång av samtliga ärenden med sekretessmarkering", "Enhetschef mottagning",
         "G", "Ej påbörjad – planeras till T2.",
         "Genomförd. Inga avvikelser.", "OKLAR", ""),
    ]
    r = hr + 1
    for (nr, omr, km, metod, ansv, st, kom, h24, e_st, e_av) in rows:
        vals = [nr, omr, km, metod, ansv, st, kom, h24]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if i == 8:
                c.font = Font(color="595959", italic=True)
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, e_st, e_av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Socialförvaltningen 2025-05-07, Jonas Ek, kvalitetsutvecklare")
    for k, v in {"A": 5, "B": 20, "C": 46, "D": 28, "E": 24, "F": 10, "G": 48, "H": 38}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "D6"

    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion för uppföljning"
    ins["A1"].font = Font(bold=True, size=12)
    ins["A3"] = "Ange status för tertialet med kod enligt nedan och kommentera resultatet."
    codes = [("Kod", "Betydelse"),
             ("G", "Genomförd utan avvikelse"),
             ("GA", "Genomförd, avvikelse konstaterad"),
             ("P", "Påbörjad, ej slutförd"),
             ("E", "Ej genomförd"),
             ("U", "Utgår (beslut om att kontrollen stryks)")]
    for i, (a, b) in enumerate(codes):
        ins.cell(row=5 + i, column=1, value=a).font = Font(bold=(i == 0))
        ins.cell(row=5 + i, column=2, value=b).font = Font(bold=(i == 0))
    ins.column_dimensions["B"].width = 45
    path = os.path.join(HERE, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - Word document with checkbox content controls
# ---------------------------------------------------------------------------
def add_checkbox(cell, checked):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    glyph = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt %s %s><w:sdtPr><w14:checkbox>'
        '<w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
        '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
        '</w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
           1 if checked else 0, glyph))
    p._p.append(parse_xml(xml))


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor)))


def build_von():
    fil = "VON Uppföljning internkontroll T1 2025.docx"
    N = "Vård- och omsorgsnämnden"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Anna Berg"
    cp.last_modified_by = "Anna Berg"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    cp.title = "Uppföljning internkontroll T1 2025"
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.orientation = 1
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Ådalen kommun\tVård- och omsorgsförvaltningen\tDnr VON 2025/0087"

    d.add_heading("Vård- och omsorgsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024. Kontrollerna följs upp "
        "tertialvis och redovisas för nämnden. I tabellen nedan har ansvarig markerat en ruta per "
        "kontrollmoment. Kontroller som enligt planen görs senare under året markeras "
        "\u201dEj aktuell T1\u201d.")

    heads = ["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis genomförd",
             "Ej genomförd", "Ej aktuell T1", "Kommentar"]
    # (km, ansvarig, boxes[G,D,E,EA], kommentar, expected, avv)
    data = [
        ("Hälso- och sjukvård", [
            ("Läkemedelshantering – egenkontroll av signeringslistor på särskilt boende",
             "MAS", (1, 0, 0, 0),
             "Kontroll på 6 av 6 boenden. 11 osignerade doser, avvikelser registrerade och åtgärdade med berörd personal.",
             "GENOMFORD", "ja"),
            ("Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
             "Kvalitetsstrateg", (1, 1, 0, 0),
             "3 rapporter under perioden.",
             "OKLAR", ""),
        ]),
        ("Hemtjänst", [
            ("Beviljade hemtjänsttimmar överensstämmer med utförd tid enligt tidsregistreringen",
             "Enhetschefer hemtjänst", (0, 1, 0, 0),
             "Jämförelse gjord för två av fyra hemtjänstgrupper. Resterande görs i maj.",
             "DELVIS", ""),
            ("Fakturering av hemtjänstavgifter enligt beslut och taxa",
             "Avgiftshandläggare", (1, 0, 0, 0),
             "Stickprov 20 fakturor. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
             "Enhetschefer hemtjänst", (0, 0, 0, 1),
             "Följs upp T2.",
             "UTGAR", ""),
            ("Nyckelhantering i hemtjänsten (kvittenslistor för nycklar och digitala lås)",
             "Enhetschefer hemtjänst", (0, 0, 0, 0),
             "",
             "SAKNAS", ""),
        ]),
        ("Särskilt boende och stöd", [
            ("Inköp av förbrukningsmaterial sker från upphandlad leverantör",
             "Enhetschefer SÄBO", (0, 0, 0, 0),
             "Kontrollen har inte gjorts under T1 på grund av personalbrist på enheten.",
             "EJ_GENOMFORD", ""),
            ("Brandskyddsronder på särskilda boenden dokumenteras",
             "Fastighetssamordnare", (0, 0, 1, 0),
             "Skjuts till T2 på grund av byte av brandskyddsansvarig.",
             "EJ_GENOMFORD", ""),
        ]),
    ]
    nrows = 1 + sum(1 + len(rows) for _, rows in data)
    t = d.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    widths = [Cm(7.5), Cm(3.2), Cm(2.0), Cm(2.0), Cm(2.0), Cm(2.0), Cm(7.4)]
    for i, h in enumerate(heads):
        c = t.cell(0, i)
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.size = Pt(9)
        shade(c, "D9E2F3")
    ri = 1
    for proc, rows in data:
        m = t.cell(ri, 0).merge(t.cell(ri, 6))
        m.text = ""
        rr = m.paragraphs[0].add_run(proc)
        rr.bold = True
        shade(m, "F2F2F2")
        ri += 1
        for (km, ansv, boxes, kom, e_st, e_av) in rows:
            t.cell(ri, 0).text = km
            t.cell(ri, 1).text = ansv
            for j, b in enumerate(boxes):
                add_checkbox(t.cell(ri, 2 + j), bool(b))
            t.cell(ri, 6).text = kom
            exp(fil, N, km, e_st, e_av)
            ri += 1
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph(
        "Sammanfattande bedömning: Förvaltningen bedömer att den interna kontrollen under tertial 1 "
        "i huvudsak fungerar. Brister i läkemedelssigneringen åtgärdas genom utbildningsinsats i maj.")
    d.add_paragraph("Ådalen 2025-05-08")
    d.add_paragraph("Anna Berg\nFörvaltningschef, vård- och omsorgsförvaltningen")
    path = os.path.join(HERE, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - OpenDocument spreadsheet (odfpy)
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN_internkontroll_T1_2025.ods"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    s_title = Style(name="title", family="table-cell")
    s_title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(s_title)
    s_head = Style(name="head", family="table-cell")
    s_head.addElement(TextProperties(fontweight="bold"))
    s_head.addElement(TableCellProperties(backgroundcolor="#FCE4D6", border="0.5pt solid #808080",
                                          wrapoption="wrap"))
    doc.automaticstyles.addElement(s_head)
    s_cell = Style(name="cell", family="table-cell")
    s_cell.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap",
                                          verticalalign="top"))
    doc.automaticstyles.addElement(s_cell)
    s_note = Style(name="note", family="table-cell")
    s_note.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    doc.automaticstyles.addElement(s_note)
    colw = ["3.5cm", "4cm", "2cm", "7.5cm", "3.5cm", "3cm", "3cm", "7.5cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="KFN")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(values, style=None, span_first=None):
        tr = TableRow()
        for i, v in enumerate(values):
            if span_first and i > 0:
                tr.addElement(CoveredTableCell())
                continue
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if span_first and i == 0:
                kw["numbercolumnsspanned"] = span_first
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    ncol = 8
    row(["Internkontroll 2025 – uppföljning tertial 1"] + [""] * (ncol - 1), s_title, span_first=ncol)
    row(["Riskvärde = sannolikhet × konsekvens (1–16). Status anges för tertial 1; kontroller som "
         "ska göras senare under året markeras enligt tidpunkt."] + [""] * (ncol - 1), s_note, span_first=ncol)
    row([""] * ncol)
    row(["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Tidpunkt",
         "Uppföljning T1", "Kommentar"], s_head)
    data = [
        ("Kassahantering", "Stöld eller förskingring av kontanter", 9,
         "Kontantkassor på bibliotek och simhall – avstämning av dagskassa mot kassarapport",
         "Enhetschef bad", "Tertialvis", "Genomförd",
         "Oanmäld kassainventering 2025-03-14 på Ådalsbadet, differens 0 kr.", "GENOMFORD", "nej"),
        ("Bidrag", "Bidrag betalas ut på felaktiga grunder", 8,
         "Föreningsbidrag betalas ut enligt beslutade riktlinjer och med fullständig ansökan",
         "Föreningskonsulent", "Mars (aktivitetsbidrag)", "Genomförd med avvikelse",
         "2 av 18 ansökningar saknade verksamhetsberättelse men bidrag betalades ut. Komplettering begärd.",
         "GENOMFORD", "ja"),
        ("Lokaler", "Otydliga avtal, förlorade intäkter", 6,
         "Hyresavtal för lokaler som upplåts till föreningar är aktuella och undertecknade",
         "Fritidschef", "T2", "Planeras T2", "", "EJ_GENOMFORD", ""),
        ("Lokaler", "Felaktig debitering", 6,
         "Bokning och debitering i bokningssystemet stäms av mot fakturerat belopp",
         "Bokningsansvarig", "T1, T3", "Pågår",
         "Avstämning jan–feb klar, mars–april återstår.", "DELVIS", ""),
        ("Evenemang", "Olycka vid större arrangemang", 12,
         "Säkerhetsrutiner vid evenemang (riskanalys upprättad före större arrangemang)",
         "Evenemangssamordnare", "Inför sommarens evenemang", "–", "", "SAKNAS", ""),
        ("Utlåning", "Utrustning försvinner", 4,
         "Utlåning av utrustning från Fritidsbanken registreras",
         "Fritidsledare", "Löpande", "Ej påbörjad",
         "Rutin för registrering saknas och tas fram under våren.", "EJ_GENOMFORD", ""),
        ("Anläggningar", "Skador på lekplatser och utegym", 12,
         "Tillsyn av lekplatser och utegym (besiktning enligt SS-EN 1176)",
         "Parkingenjör", "T2", "Planeras T2", "", "EJ_GENOMFORD", ""),
        ("Personal", "Olämplig person i verksamhet för barn", 8,
         "Registerkontroll (belastningsregister) för ledare i sommarlovsverksamheten",
         "Fritidschef", "April–maj", "Delvis genomförd",
         "18 av 25 sommarledare kontrollerade, övriga anställs i maj.", "DELVIS", ""),
    ]
    for (proc, risk, rv, km, ansv, tid, st, kom, e_st, e_av) in data:
        row([proc, risk, rv, km, ansv, tid, st, kom], s_cell)
        exp(fil, N, km, e_st, e_av)
    row([""] * ncol)
    row(["Uppföljningen redovisas för nämnden 2025-05-27. Kontaktperson: Per Nyström, kultur- och fritidschef."]
        + [""] * (ncol - 1), s_note, span_first=ncol)
    doc.spreadsheet.addElement(t)
    path = os.path.join(HERE, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Stratsys-style CSV export - SBN + MBN, rows per T1/T2/T3, only T1 filled
# ---------------------------------------------------------------------------
def build_export():
    fil = "Stratsys_export_internkontroll_20250506.csv"
    SBN = "Samhällsbyggnadsnämnden"
    MBN = "Miljö- och byggnadsnämnden"
    # (org, process, km, ansvarig, status, avvikelse, kommentar, updated, exp, avv)
    data = [
        (SBN, "Ekonomi",
         "Debitering av VA-anslutningsavgifter stäms av mot beviljade förbindelsepunkter",
         "VA-ekonom", "Genomförd", "Nej", "12 nya anslutningar, samtliga debiterade.",
         "2025-04-28", "GENOMFORD", "nej"),
        (SBN, "Ekonomi",
         "Kontroll av att momsavdrag görs korrekt på projektfakturor (investeringar)",
         "Controller", "Genomförd", "Ja",
         "3 fakturor med felaktigt momsavdrag, rättade i april.",
         "2025-04-30", "GENOMFORD", "ja"),
        (SBN, "Entreprenad",
         "ÄTA-arbeten i entreprenadavtal beslutas enligt delegationsordningen",
         "Projektchef", "Pågående", "", "Två av fem projekt genomgångna.",
         "2025-05-02", "DELVIS", ""),
        (SBN, "Fordon",
         "Körjournaler förs för fordon i kommunens bilpool",
         "Fordonssamordnare", "Avbruten", "",
         "Kontrollen avbryts genom beslut SBN 2025-04-02 § 31 då bilpoolen avvecklas.",
         "2025-04-03", "UTGAR", ""),
        (SBN, "Drift",
         "Vinterväghållning – kontroll av entreprenörens utförande mot avtal",
         "Gatuchef", "Genomförd", "Nej",
         "Stickprov på 10 utryckningar, utfört enligt avtal.", "2025-04-15", "GENOMFORD", "nej"),
        (SBN, "Arbetsmiljö",
         "Skyddsronder på vattenverk och reningsverk dokumenteras",
         "Driftchef VA", "", "", "", "", "SAKNAS", ""),
        (MBN, "Myndighetsutövning",
         "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan",
         "Bygglovschef", "Genomförd", "Ja",
         "4 av 61 ärenden överskred 10 veckor; avgiften reducerad enligt PBL.",
         "2025-05-05", "GENOMFORD", "ja"),
        (MBN, "Myndighetsutövning",
         "Årlig tillsynsavgift livsmedel faktureras enligt taxa och registrerad riskklass",
         "Miljöchef", "Pågående", "", "Hälften av objekten kontrollerade.",
         "2025-04-29", "DELVIS", ""),
        (MBN, "Ärendehantering",
         "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Genomförd", "Nej",
         "Anmälda vid sammanträdena 2025-02-12 och 2025-04-09.",
         "2025-04-10", "GENOMFORD", "nej"),
        (MBN, "Ärendehantering",
         "Kontroll av att handläggare inte handlägger ärenden där jäv föreligger",
         "Miljöchef", "Ej påbörjad", "", "", "2025-01-20", "EJ_GENOMFORD", ""),
        (MBN, "Ärendehantering",
         "Klagomål inom miljöbalkens område diarieförs och besvaras",
         "Registrator", "", "",
         "Ej aktuellt T1, görs i samband med verksamhetsuppföljningen i augusti.",
         "2025-03-02", "UTGAR", ""),
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["Rapport: Internkontroll 2025 – kontrollmoment per period",
                "Ådalen kommun", "Utskriven 2025-05-06 09:14 av ekonomiavdelningen"])
    w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Period",
                "Status", "Avvikelse", "Kommentar", "Senast uppdaterad"])
    for (org, proc, km, ansv, st, avv, kom, upd, e_st, e_av) in data:
        for per in ("T1 2025", "T2 2025", "T3 2025"):
            if per == "T1 2025":
                w.writerow([org, proc, km, ansv, per, st, avv, kom, upd])
            else:
                w.writerow([org, proc, km, ansv, per, "", "", "", ""])
        exp(fil, org, km, e_st, e_av)
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    FILES.append((fil, "INLAST", SBN, "2025", "T1"))
    FILES.append((fil, "INLAST", MBN, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Rejected: BUN budget follow-up / prognosis T1 (no internal control)
# ---------------------------------------------------------------------------
def build_reject():
    fil = "BUN Ekonomisk uppföljning prognos T1 2025.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb, "Maria Sundin")
    ws = wb.active
    ws.title = "Prognos T1"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ekonomisk uppföljning tertial 1 2025 – prognos helår (tkr)"
    ws["A2"].font = Font(bold=True)
    heads = ["Verksamhet", "Budget 2025", "Utfall jan–apr", "Prognos helår", "Avvikelse mot budget",
             "Status", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BORDER
    rows = [
        ("Förskola", 212400, 70150, 214900, "Ej i balans",
         "Fler barn än budgeterat i Nordingrå och Bjärtrå; tillfälliga avdelningar öppnade."),
        ("Grundskola F–6", 298700, 97300, 297200, "I balans", "Vakanser ger tillfälligt överskott."),
        ("Grundskola 7–9", 141900, 48800, 145300, "Ej i balans",
         "Ökade kostnader för skolskjuts och tilläggsbelopp."),
        ("Gymnasieskola", 168200, 55900, 167600, "I balans", ""),
        ("Elevhälsa", 38500, 12300, 38100, "I balans", ""),
        ("Nämnd och förvaltningsledning", 22100, 7100, 22600, "Ej i balans",
         "Kostnad för rekrytering av förvaltningschef."),
    ]
    r = 5
    for (v, b, u, p, st, k) in rows:
        vals = [v, b, u, p, None, st, k]
        for i, x in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=x)
            c.border = BORDER
        ws.cell(row=r, column=5, value=f"=B{r}-D{r}")
        fill = GREEN if st == "I balans" else RED
        ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fill)
        for col in (2, 3, 4, 5):
            ws.cell(row=r, column=col).number_format = "# ##0"
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for col, L in ((2, "B"), (3, "C"), (4, "D"), (5, "E")):
        c = ws.cell(row=r, column=col, value=f"=SUM({L}5:{L}{r-1})")
        c.font = Font(bold=True)
        c.number_format = "# ##0"
    ws.cell(row=r + 2, column=1,
            value="Åtgärder för att nå budget i balans redovisas till nämnden i juni.")
    for k, v in {"A": 30, "B": 13, "C": 14, "D": 14, "E": 20, "F": 12, "G": 60}.items():
        ws.column_dimensions[k].width = v
    path = os.path.join(HERE, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Ådalens Bostäder AB", "ÅBAB|Ådalshem"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    build_ks()
    build_bun()
    build_sn()
    build_von()
    build_kfn()
    build_export()
    build_reject()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
