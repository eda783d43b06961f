#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 99 - Stjärnviks kommun (Östergötland), tertial 2 / delår 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Several nämnder share förvaltningar:
  Samhällsbyggnadsförvaltningen   -> Byggnadsnämnden + Miljö- och hälsoskyddsnämnden
  Social- och omsorgsförvaltningen -> Socialnämnden + Omsorgsnämnden
  Bildnings- och fritidsförvaltningen -> Barn- och utbildningsnämnden + Kultur- och fritidsnämnden
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm

import xlwt

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties)
from odf.text import P, Span, LineBreak

HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Stjärnviks kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Joint Word report: Byggnadsnämnden + Miljö- och hälsoskyddsnämnden (T2)
# ---------------------------------------------------------------------------
F1 = "SBF_Uppföljning_internkontroll_tertial2_2025.docx"

BN_ROWS = [
    # nr, process, kontrollmoment, resultat, status T1, status T2, expected, avvikelse
    ("1.1", "Bygglovshantering",
     "Bygglov handläggs inom lagstadgad tid (stickprov 20 ärenden)",
     "18 av 20 ärenden avgjordes inom tio veckor. I två ärenden överskreds fristen och "
     "avgiften reducerades enligt PBL 12 kap. 8 a §. Orsaken var ofullständiga underlag som "
     "inte begärdes in i tid.",
     "Pågår", "Genomförd", "GENOMFORD", "ja"),
    ("1.2", "Delegation",
     "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
     "Samtliga delegationslistor januari–juni har anmälts. Inga avvikelser.",
     "Genomförd", "Genomförd", "GENOMFORD", "nej"),
    ("1.3", "Avgifter",
     "Bygglovsavgifter debiteras enligt gällande taxa (stickprov 15 beslut)",
     "Stickprov på 8 av 15 beslut är klart utan anmärkning. Resterande sju kontrolleras i september.",
     "Ej påbörjad", "Pågår", "DELVIS", "nej"),
    ("1.4", "Tillsyn",
     "Förelägganden om ovårdade tomter följs upp inom angiven tid",
     "Kontrollen har inte påbörjats på grund av vakant tjänst som bygginspektör.",
     "Ej påbörjad", "Ej påbörjad", "EJ_GENOMFORD", "nej"),
    ("1.5", "Ekonomi",
     "Attest av leverantörsfakturor enligt attestreglementet (stickprov 25 fakturor)",
     "En faktura (konsulttjänst, 18 400 kr) var attesterad av person utan attesträtt. "
     "Förteckningen över beslutsattestanter har uppdaterats och rutinen förtydligats.",
     "Ej påbörjad", "Genomförd", "GENOMFORD", "ja"),
    ("1.6", "Registrering och arkiv",
     "Inkomna handlingar i bygglovsärenden diarieförs inom tre arbetsdagar",
     "Kontrollen har ännu inte genomförts och flyttas till tertial 3.",
     "Ej påbörjad", "", "EJ_GENOMFORD", "nej"),
    ("1.7", "Strandskydd",
     "Strandskyddsdispenser handläggs inom fyra månader",
     "Ansvaret för strandskyddsdispenser har flyttats till Miljö- och hälsoskyddsnämnden "
     "enligt nytt reglemente från 2025-03-01. Kontrollmomentet följs upp där.",
     "Utgår", "Utgår", "UTGAR", "nej"),
]

MHN_ROWS = [
    # område, kontrollmoment, metod, utfall, status, expected, avv
    ("Livsmedelskontroll",
     "Planerade kontroller enligt nämndens kontrollplan genomförs",
     "Uppföljning i Ecos per månad",
     "62 % av årets planerade kontroller är utförda, vilket är i fas med planen. "
     "Resterande kontroller är inbokade under hösten.",
     "Pågår", "DELVIS", "nej"),
    ("Avgifter",
     "Timavgift debiteras för nedlagd handläggningstid",
     "Stickprov 10 ärenden",
     "I ett ärende (värmepumpsanmälan) hade ingen avgift debiterats. Faktura har skickats i efterhand.",
     "Genomförd", "GENOMFORD", "ja"),
    ("Jäv och opartiskhet",
     "Inspektörer har lämnat jävsdeklaration för tilldelade objekt",
     "Genomgång av samtliga deklarationer",
     "Samtliga nio inspektörer har lämnat aktuella deklarationer. Inga anmärkningar.",
     "Genomförd", "GENOMFORD", "nej"),
    ("Dataskydd",
     "Registerförteckningen enligt dataskyddsförordningen är uppdaterad",
     "Genomgång med dataskyddsombud",
     "Ej genomförd då dataskyddsombudet varit frånvarande under våren.",
     "Ej påbörjad", "EJ_GENOMFORD", "nej"),
    ("Representation",
     "Representation och förtroendekänsliga poster följer riktlinjerna",
     "Stickprov i ekonomisystemet",
     "Se bilaga 2.",
     "Se bilaga", "OKLAR", "nej"),
    ("Strandskydd",
     "Strandskyddsdispenser handläggs inom fyra månader (nytt från 2025-03-01)",
     "Stickprov 10 ärenden",
     "Kontrollen är planerad till tertial 3 när tillräckligt många ärenden har avslutats.",
     "Ej påbörjad", "EJ_GENOMFORD", "nej"),
]


def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def make_docx_joint():
    d = docx.Document()
    d.core_properties.author = "Johan Lindqvist"
    d.core_properties.created = datetime.datetime(2025, 9, 10, 9, 12)
    d.core_properties.modified = datetime.datetime(2025, 9, 10, 15, 40)
    d.core_properties.comments = ""
    d.core_properties.title = "Uppföljning internkontroll T2 2025"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = KOMMUN + "\tSamhällsbyggnadsförvaltningen\tDnr SBF 2025/118"

    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplaner 2025 – tertial 2")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Datum: 2025-09-10\nHandläggare: Johan Lindqvist, controller")

    d.add_paragraph(
        "Samhällsbyggnadsförvaltningen är gemensam förvaltning för Byggnadsnämnden och "
        "Miljö- och hälsoskyddsnämnden. I denna rapport redovisas uppföljningen av respektive "
        "nämnds internkontrollplan för perioden januari–augusti 2025 (tertial 2). Planerna antogs "
        "av nämnderna i december 2024. Uppföljningen per tertial 1 redovisades i maj.")
    d.add_paragraph(
        "Status anges som Genomförd, Pågår, Ej påbörjad eller Utgår. Avvikelser som upptäckts "
        "beskrivs i kolumnen för resultat tillsammans med vidtagna åtgärder.")

    # --- Byggnadsnämnden
    d.add_heading("1. Byggnadsnämnden", level=1)
    d.add_paragraph("Byggnadsnämndens internkontrollplan 2025 omfattar sju kontrollmoment.")
    hdr = ["Nr", "Process", "Kontrollmoment", "Resultat och kommentar", "Status T1", "Status T2"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_bg(c, "D9E2F3")
    for nr, proc, km, res, s1, s2, e, a in BN_ROWS:
        cells = t.add_row().cells
        for i, v in enumerate([nr, proc, km, res, s1, s2]):
            cells[i].text = v
        exp(F1, "Byggnadsnämnden", km, e, a)

    d.add_paragraph()
    # --- MHN
    d.add_heading("2. Miljö- och hälsoskyddsnämnden", level=1)
    d.add_paragraph(
        "Miljö- och hälsoskyddsnämndens plan har sex kontrollmoment. Kontrollmomentet om "
        "strandskydd tillkom genom nämndens beslut 2025-03-20 § 31.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Utfall tertial 2", "Status"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_bg(c, "E2EFD9")
    for omr, km, met, utf, s, e, a in MHN_ROWS:
        cells = t.add_row().cells
        for i, v in enumerate([omr, km, met, utf, s]):
            cells[i].text = v
        exp(F1, "Miljö- och hälsoskyddsnämnden", km, e, a)

    d.add_paragraph()
    d.add_heading("3. Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Tre kontrollmoment "
        "har ännu inte påbörjats, främst på grund av vakanser. Dessa prioriteras under tertial 3.")
    d.add_paragraph("\nAnna Berglund\nFörvaltningschef, Samhällsbyggnadsförvaltningen")
    d.save(os.path.join(HERE, F1))
    FILES.append((F1, "INLAST", "Byggnadsnämnden", "2025", "T2"))
    FILES.append((F1, "INLAST", "Miljö- och hälsoskyddsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. BI-tool export (Power BI) for Omsorgsnämnden, delår (jan–aug)
# ---------------------------------------------------------------------------
F2 = "IK-uppföljning_export_20250908.xlsx"

ON_ROWS = [
    # process, risk, kontrollmoment, hidden T1, ansvarig, frekvens, status, kommentar, avvikelse(col), expected, avv
    ("LSS", "Beslut verkställs inte i tid",
     "Gynnande LSS-beslut som inte verkställts inom tre månader rapporteras till IVO",
     "Pågår", "Enhetschef myndighet", "Kvartal", "Genomförd",
     "Samtliga 6 ej verkställda beslut har rapporterats inom tid.", "Nej", "GENOMFORD", "nej"),
    ("Hemtjänst", "Felaktig ersättning till utförare",
     "Utförd tid i hemtjänst stäms av mot beviljad tid (stickprov 30 brukare)",
     "Ej påbörjad", "Verksamhetscontroller", "Halvår", "Genomförd",
     "Avvikelse över 15 % i fyra ärenden. Utförarna har fått återkoppling och biståndsbesluten ses över.",
     "Ja", "GENOMFORD", "ja"),
    ("", "Felaktiga avgifter",
     "Avgiftsbeslut för hemtjänst och särskilt boende är korrekt beräknade (stickprov 20)",
     "Ej påbörjad", "Avgiftshandläggare", "Halvår", "Pågår",
     "12 av 20 kontrollerade, inga fel hittills. Slutförs i oktober.", "Nej", "DELVIS", "nej"),
    ("Hälso- och sjukvård", "Patientsäkerhet",
     "Läkemedelsgenomgångar genomförs enligt rutin på särskilt boende",
     "Ej påbörjad", "MAS", "Halvår", "Ej påbörjad",
     "Genomförs när ny MAS har tillträtt (oktober).", "Nej", "EJ_GENOMFORD", "nej"),
    ("", "Brukares medel hanteras felaktigt",
     "Kassaböcker för brukarmedel på gruppbostäder stäms av mot kvitton",
     "Pågår", "Enhetschef LSS-boende", "Tertial", "Genomförd",
     "Två av tolv kassaböcker saknade kvitton för uttag. Personalen har fått förnyad genomgång av rutinen.",
     "Ja", "GENOMFORD", "ja"),
    ("Inköp", "Bristande avtalstrohet",
     "Förbrukningsmaterial och inkontinensskydd köps från avtalad leverantör",
     "Ej påbörjad", "Upphandlare", "Halvår", "Pågår",
     "Uttag ur e-handelssystemet gjort, analys pågår.", "Nej", "DELVIS", "nej"),
    ("Informationssäkerhet", "Obehörig åtkomst",
     "Behörigheter i Lifecare avslutas när anställningen upphör",
     "Pågår", "Systemförvaltare", "Tertial", "Ej aktuell",
     "Ersätts från 2025 av kommunövergripande behörighetskontroll under Kommunstyrelsen.",
     "", "UTGAR", "nej"),
    ("Personal", "Felaktiga löneutbetalningar",
     "Timanställdas arbetade timmar registreras korrekt i Heroma",
     "Ej påbörjad", "HR-konsult", "Halvår", "",
     "Kontrollen genomfördes i juni: 25 tidrapporter jämförda mot schema, inga avvikelser.",
     "Nej", "GENOMFORD", "nej"),
    ("Kvalitet", "Missförhållanden upptäcks inte",
     "Rapporter enligt lex Sarah utreds och anmäls till IVO inom tidsgräns",
     "Genomförd", "Kvalitetsutvecklare", "Tertial", "Genomförd",
     "Nio rapporter, samtliga utredda inom tid. En anmälan till IVO.", "Nej", "GENOMFORD", "nej"),
]


def make_bi_export():
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontrollmoment"
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Uppföljning intern kontroll – kontrollmoment"
    ws["A1"].font = Font(size=16, bold=True, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="1F4E79")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "Exporterad från Styr & Led (Power BI) 2025-09-08 14:32 av lena.holm@stjarnvik.se"
    ws["A2"].font = Font(italic=True, size=9, color="595959")
    ws["A4"] = "Tillämpade filter:"
    ws["A4"].font = Font(bold=True)
    filt = [
        ("Verksamhetsår", "2025"),
        ("Uppföljningstillfälle", "Delår (jan–aug)"),
        ("Förvaltning", "Social- och omsorgsförvaltningen"),
        ("Nämnd", "Omsorgsnämnden"),
        ("Status", "Alla"),
    ]
    r = 5
    for k, v in filt:
        ws.cell(r, 1, k + " är " + v).font = Font(size=9)
        r += 1
    hr = 11
    hdr = ["Process", "Risk", "Kontrollmoment", "T1-status (hjälpkolumn)", "Ansvarig",
           "Frekvens", "Status delår", "Kommentar", "Avvikelse"]
    thin = Side(style="thin", color="BFBFBF")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2E75B6")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = hr + 1
    for row in ON_ROWS:
        vals = row[:9]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(bottom=thin)
        exp(F2, "Omsorgsnämnden", row[2], row[9], row[10])
        r += 1
    ws.cell(r, 1, "Totalt").font = Font(bold=True)
    ws.cell(r, 3, "=COUNTA(C%d:C%d)" % (hr + 1, r - 1)).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Data uppdaterad 2025-09-08 06:00. Siffror kan avvika från rapporten i nämndens handlingar.")
    ws.cell(r, 1).font = Font(italic=True, size=8)

    widths = [20, 26, 50, 14, 22, 10, 14, 55, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.column_dimensions["D"].hidden = True
    ws.freeze_panes = "A12"
    wb.save(os.path.join(HERE, F2))
    FILES.append((F2, "INLAST", "Omsorgsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Coloured-symbol workbook, Kultur- och fritidsnämnden, tertial 2
# ---------------------------------------------------------------------------
F3 = "KFN internkontroll 2025 uppföljning T2.xlsx"

COL = {
    "grön": "00B050",
    "gul": "FFD200",
    "orange": "ED7D31",
    "röd": "E00000",
    "grå": "A6A6A6",
    "lila": "7030A0",   # not in legend
}
LEGEND = [
    ("grön", "Genomförd – inga avvikelser"),
    ("gul", "Genomförd – avvikelser noterade (se kommentar)"),
    ("orange", "Påbörjad, ej slutförd"),
    ("röd", "Ej påbörjad / ej genomförd"),
    ("grå", "Utgår / ej aktuell"),
]

KFN_ROWS = [
    # nr, område, km, metod, helår2024, t1, t2, kommentar, ansvarig, expected, avv
    (1, "Bidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsregler",
     "Stickprov 10 föreningar", "grön", "orange", "grön",
     "Samtliga tio utbetalningar hade korrekt underlag och beslut.", "Föreningskonsulent",
     "GENOMFORD", "nej"),
    (2, "Kassahantering", "Dagskassor i simhallen och Kulturhuset stäms av mot kassarapport",
     "Månatlig avstämning", "gul", "gul", "gul",
     "Differens på 340 kr i juni (Kulturhuset). Utredd, felslag i kassan. Rutin för dubbelkontroll införd.",
     "Enhetschef anläggningar", "GENOMFORD", "ja"),
    (3, "Uthyrning", "Bokningar av idrottshallar faktureras (bokningssystem mot fakturering)",
     "Jämförelse Interbook–Raindance", "–", None, "orange",
     "Jämförelse gjord för jan–april. Maj–augusti återstår.", "Bokningsansvarig",
     "DELVIS", "nej"),
    (4, "Representation", "Representation och interna måltider följer kommunens riktlinjer",
     "Stickprov 15 verifikationer", "grön", "röd", "röd",
     "Har inte hunnits med. Görs i samband med bokslutet.", "Ekonom",
     "EJ_GENOMFORD", "nej"),
    (5, "Avtalstrohet", "Inköp av scenteknik och konstnärliga tjänster sker enligt avtal eller riktlinje för direktupphandling",
     "Genomgång av inköp > 50 tkr", "–", "orange", "lila",
     "Stäms av med upphandlingsenheten.", "Kulturchef",
     "OKLAR", "nej"),
    (6, "Dataskydd", "Personuppgifter i bibliotekssystemet gallras enligt dokumenthanteringsplan",
     "Kontroll av gallringslogg", "grön", "grå", "grå",
     "Gallringen sköts från 2025 centralt av bibliotekssamarbetet i Östergötland.",
     "Bibliotekschef", "UTGAR", "nej"),
    (7, "Delegation", "Delegationsbeslut om bidrag anmäls till nämnden",
     "Jämförelse beslut–anmälningslistor", "grön", "grön", "grön",
     "", "Nämndsekreterare", "GENOMFORD", "nej"),
    (8, "Nycklar och passerkort", "Nycklar och passerkort till fritidsgårdar kvitteras ut och återlämnas",
     "Inventering mot nyckelförteckning", "röd", "orange", None,
     "Kontrollen genomförd i augusti, samtliga nycklar och kort återfanns. Inga avvikelser.",
     "Enhetschef fritidsgårdar", "GENOMFORD", "nej"),
    (9, "Löner", "Timlöner för ledare på fritidsgårdar attesteras av ansvarig chef",
     "Stickprov 20 tidrapporter", "–", None, "orange",
     "Tio tidrapporter kontrollerade utan anmärkning, fortsätter i september.",
     "Enhetschef fritidsgårdar", "DELVIS", "nej"),
]


def make_symbol_workbook():
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2 (januari–augusti)"
    ws["A2"].font = Font(size=12)
    ws["A3"] = "Bildnings- och fritidsförvaltningen, avd. Kultur & fritid. Upprättad 2025-09-05."
    ws["A3"].font = Font(italic=True, size=9)

    # legend at the top, in the same columns as the table
    ws["A5"] = "Teckenförklaring"
    ws["A5"].font = Font(bold=True)
    r = 6
    for col, txt in LEGEND:
        c = ws.cell(r, 1, "●")
        c.font = Font(color=COL[col], size=14)
        c.alignment = Alignment(horizontal="center")
        ws.cell(r, 2, col.capitalize())
        ws.cell(r, 3, txt)
        r += 1
    hr = r + 1  # 12
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Helår 2024", "T1 2025",
           "T2 2025", "Kommentar T2", "Ansvarig"]
    fill = PatternFill("solid", fgColor="FCE4D6")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    r = hr + 1
    for (nr, omr, km, met, hy, t1, t2, kom, ans, e, a) in KFN_ROWS:
        ws.cell(r, 1, nr)
        ws.cell(r, 2, omr)
        ws.cell(r, 3, km).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 4, met).alignment = Alignment(wrap_text=True, vertical="top")
        for ci, val in ((5, hy), (6, t1), (7, t2)):
            if val is None:
                continue
            if val == "–":
                ws.cell(r, ci, "–").alignment = Alignment(horizontal="center")
                continue
            c = ws.cell(r, ci, "●")
            c.font = Font(color=COL[val], size=16)
            c.alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(r, 8, kom or None).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 9, ans)
        exp(F3, "Kultur- och fritidsnämnden", km, e, a)
        r += 1
    r += 1
    ws.cell(r, 1, "Helår 2024 visas som jämförelse för kontrollmoment som fanns med i fjolårets plan (– = nytt 2025).")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [6, 18, 48, 26, 10, 10, 10, 50, 22]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, F3))
    FILES.append((F3, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. .xls from the municipal housing company (Uppfyllt / Delvis uppfyllt / Ej uppfyllt)
# ---------------------------------------------------------------------------
F4 = "Stjärnvikshem_IK-rapport_2025-08-31.xls"

SH_ROWS = [
    ("A1", "Hyresdebitering", "Hyresavier stämmer mot gällande hyresavtal (stickprov 25 lägenheter)",
     "Ekonomiavd.", "Uppfyllt", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("A2", "Hyresfordringar", "Inkassorutinen följs för hyresskulder äldre än 30 dagar",
     "Ekonomiavd.", "Delvis uppfyllt",
     "Genomgång gjord för kvartal 1. Kvartal 2 gås igenom i september.", "DELVIS", "nej"),
    ("A3", "Leverantörsfakturor", "Attest av leverantörsfakturor sker enligt attestordningen",
     "Ekonomichef", "Uppfyllt",
     "Stickprov 30 fakturor. En faktura attesterad av fastighetsförvaltare över beloppsgräns – "
     "rättad och påpekad.", "GENOMFORD", "ja"),
    ("A4", "Upphandling", "Avrop av entreprenader och underhållstjänster sker från ramavtal",
     "Inköpsansvarig", "Ej uppfyllt",
     "Ej genomförd p.g.a. byte av ekonomisystem under våren. Genomförs till årsbokslutet.",
     "EJ_GENOMFORD", "nej"),
    ("A5", "Underhåll", "Planerat underhåll följs upp mot fastställd underhållsplan",
     "Teknisk chef", "Delvis uppfyllt",
     "Uppföljning gjord för område Norr. Område Söder och Centrum återstår.", "DELVIS", "nej"),
    ("A6", "Säkerhet", "Systematiskt brandskyddsarbete – kontroll av trapphus och förråd",
     "Bovärdar", "Uppfyllt", "Samtliga 41 trapphus kontrollerade, brister åtgärdade löpande.",
     "GENOMFORD", "nej"),
    ("A7", "Personuppgifter", "Personuppgifter om bostadssökande gallras enligt integritetspolicy",
     "Uthyrningschef", "Ej aktuellt",
     "Bostadskön hanteras sedan januari 2025 av extern köportal som ansvarar för gallring.",
     "UTGAR", "nej"),
    ("A8", "Styrning", "Beslut fattas enligt VD-instruktion och delegationsordning",
     "VD", "Uppfyllt", "", "GENOMFORD", "nej"),
    ("A9", "Jäv", "Förteckning över styrelseledamöters och ledningens bindningar är uppdaterad",
     "Styrelsesekreterare", "", "", "SAKNAS", "nej"),
]


def make_xls_bolag():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                        "borders: bottom thin; align: wrap on")
    wrap = xlwt.easyxf("align: wrap on, vert top")
    small = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "Stjärnvikshem AB", title)
    ws.write(1, 0, "Rapportering av intern kontroll till Stjärnviks kommun – läge per 2025-08-31")
    ws.write(2, 0, "Bedömning anges som Uppfyllt / Delvis uppfyllt / Ej uppfyllt", small)
    hdr = ["Ref", "Riskområde", "Kontroll", "Utförd av", "Bedömning", "Iakttagelser och åtgärder"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, hdrst)
    r = 5
    for ref, omr, kont, utf, bed, iakt, e, a in SH_ROWS:
        for i, v in enumerate([ref, omr, kont, utf, bed, iakt]):
            ws.write(r, i, v, wrap)
        exp(F4, "Stjärnvikshem AB", kont, e, a)
        r += 1
    r += 2
    ws.write(r, 0, "Rapporten har behandlats av styrelsen 2025-09-04.", small)
    ws.write(r + 1, 0, "Per Almqvist, VD", bold)
    for i, w in enumerate([6, 20, 55, 18, 16, 60]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(HERE, F4))
    FILES.append((F4, "INLAST", "Stjärnvikshem AB", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Letter (.odt) from Social- och omsorgsförvaltningen for Socialnämnden
# ---------------------------------------------------------------------------
F5 = "Skrivelse uppföljning internkontroll SN delår 2025.odt"

SN_ROWS = [
    ("Utbetalning av ekonomiskt bistånd – beslut finns för varje utbetalning",
     "Stickprov på 40 utbetalningar i Viva.",
     "Kontrollen är genomförd. I 39 av 40 fall fanns ett beslut. I ett fall hade utbetalning skett "
     "innan beslut fattats; ärendet har utretts och handläggaren har fått en förnyad genomgång av rutinen.",
     "GENOMFORD", "ja"),
    ("Orosanmälningar – förhandsbedömning görs inom 14 dagar",
     "Uttag ur Treserva för perioden januari–augusti.",
     "Genomförd utan avvikelser. Samtliga 112 anmälningar förhandsbedömdes inom 14 dagar.",
     "GENOMFORD", "nej"),
    ("Placeringar på HVB sker hos ramavtalsleverantör",
     "Genomgång av samtliga nya placeringar.",
     "Kontrollen pågår. Genomgången av placeringar till och med juni är klar och visar att två "
     "placeringar gjorts utanför ramavtal på grund av platsbrist. Resterande del blir klar i oktober.",
     "DELVIS", "ja"),
    ("Delegationsbeslut anmäls till nämnden",
     "Jämförelse mellan beslut i Treserva och anmälda delegationslistor.",
     "Inte genomförd under perioden. Kontrollen görs under hösten när det nya "
     "ärendehanteringssystemet har införts.",
     "EJ_GENOMFORD", "nej"),
    ("Loggkontroll av åtkomst till personakter i Treserva",
     "Slumpvis loggkontroll fyra gånger per år.",
     "Loggkontroll har gjorts i mars och juni utan att otillbörlig åtkomst upptäckts. "
     "Återstående två kontroller görs under hösten.",
     "DELVIS", "nej"),
    ("Representation följer kommunens riktlinjer",
     "Stickprov på verifikationer.",
     "Utgår. Nämnden beslutade 2025-04-10 § 41 att kontrollmomentet utgår ur nämndens plan eftersom "
     "det ingår i kommunstyrelsens kommunövergripande kontroll.",
     "UTGAR", "nej"),
    ("Dubbla utbetalningar av försörjningsstöd upptäcks",
     "Månatlig systemrapport över dubbletter.",
     "Genomförd. Rapporten har körts varje månad och inga dubbla utbetalningar har upptäckts.",
     "GENOMFORD", "nej"),
    ("Synpunkter och klagomål besvaras inom 14 dagar",
     "Genomgång av registrerade synpunkter.",
     "Genomgången har påbörjats men är inte klar; hittills har 23 av 41 synpunkter kontrollerats.",
     "DELVIS", "nej"),
]


def make_odt_letter():
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    head = Style(name="Rubrik", family="paragraph")
    head.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    head.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.automaticstyles.addElement(head)
    right = Style(name="Hoger", family="paragraph")
    right.addElement(ParagraphProperties(textalign="right"))
    doc.automaticstyles.addElement(right)
    indent = Style(name="Indrag", family="paragraph")
    indent.addElement(ParagraphProperties(marginleft="0.8cm", marginbottom="0.15cm"))
    doc.automaticstyles.addElement(indent)
    numh = Style(name="Punkt", family="paragraph")
    numh.addElement(TextProperties(fontweight="bold"))
    numh.addElement(ParagraphProperties(margintop="0.3cm"))
    doc.automaticstyles.addElement(numh)

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if i:
                p.addElement(LineBreak())
            p.addText(ln)
        doc.text.addElement(p)
        return p

    para(KOMMUN + "\nSocial- och omsorgsförvaltningen\nBox 410, 595 80 Stjärnvik")
    para("2025-09-16\nDnr SN 2025/77", right)
    para("Till Kommunstyrelsen\nEkonomiavdelningen, att. Karin Sjöström")
    para("")
    para("Socialnämndens uppföljning av internkontrollplan 2025 – delår per 31 augusti", head)
    para("Hej Karin,")
    para("Här kommer Socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025. "
         "Nämnden behandlade uppföljningen vid sammanträdet den 11 september 2025, § 84. Omsorgsnämndens "
         "uppföljning har lämnats separat via rapportverktyget, eftersom den nämnden redan rapporterar där.")
    para("Nämndens plan innehåller åtta kontrollmoment. Nedan redovisas resultatet för vart och ett.")
    for i, (km, met, res, e, a) in enumerate(SN_ROWS, 1):
        para("%d. %s" % (i, km), numh)
        para("Kontroll: " + met, indent)
        para("Resultat: " + res, indent)
        exp(F5, "Socialnämnden", km, e, a)
    para("")
    para("Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig, men att kontrollen "
         "av delegationsbeslut måste prioriteras under hösten. Vid tertial 1 var tre kontrollmoment ännu "
         "inte påbörjade; i dag gäller det ett.")
    para("Hör gärna av dig om något är oklart.")
    para("")
    para("Med vänlig hälsning\n\nMaria Ekdahl\nSocialchef\nSocial- och omsorgsförvaltningen, Stjärnviks kommun\n"
         "0121-48 20 00")
    doc.save(os.path.join(HERE, F5))
    FILES.append((F5, "INLAST", "Socialnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Cover letter only (.doc) – must be rejected
# ---------------------------------------------------------------------------
F6 = "Följebrev IK delår 2025 BUN.doc"


def make_cover_letter():
    d = docx.Document()
    d.core_properties.author = "Erik Nordin"
    d.core_properties.created = datetime.datetime(2025, 9, 18, 10, 5)
    d.core_properties.modified = datetime.datetime(2025, 9, 18, 10, 21)
    d.core_properties.comments = ""
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    d.add_paragraph(KOMMUN + "\nBildnings- och fritidsförvaltningen")
    p = d.add_paragraph("2025-09-18")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Kommunstyrelsen\nEkonomiavdelningen")
    p = d.add_paragraph()
    r = p.add_run("Följebrev – Barn- och utbildningsnämndens uppföljning av internkontrollplan, delår 2025")
    r.bold = True
    d.add_paragraph(
        "Härmed översänds Barn- och utbildningsnämndens uppföljning av internkontrollplanen 2025 per "
        "den 31 augusti, behandlad av nämnden 2025-09-17 § 62.")
    d.add_paragraph(
        "Uppföljningen finns i den bifogade filen ”BUN IK uppföljning delår 2025.xlsx”. Samtliga åtta "
        "kontrollmoment har följts upp; sex är genomförda och två pågår. Inga väsentliga avvikelser har "
        "konstaterats.")
    d.add_paragraph(
        "Kultur- och fritidsnämndens uppföljning, som också tas fram av Bildnings- och fritidsförvaltningen, "
        "skickas separat av avdelningen Kultur & fritid.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("\nMed vänlig hälsning\n\nErik Nordin\nEkonom, Bildnings- och fritidsförvaltningen")
    tmp = tempfile.mkdtemp(prefix="r99_")
    src = os.path.join(tmp, "Följebrev IK delår 2025 BUN.docx")
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round99", "--headless",
                    "--convert-to", "doc", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "Följebrev IK delår 2025 BUN.doc"), os.path.join(HERE, F6))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((F6, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn och utbildning|Barn- och utbildning"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur & fritid|Kultur och fritid"),
        ("Socialnämnden", "SN|Socialnämnd"),
        ("Omsorgsnämnden", "ON|Omsorg"),
        ("Byggnadsnämnden", "BN|Byggnämnden"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljönämnden|Miljö- och hälsoskydd"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Stjärnvikshem AB", "Stjärnvikshem|Stjärnviks Bostäder AB"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))
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


if __name__ == "__main__":
    make_docx_joint()
    make_bi_export()
    make_symbol_workbook()
    make_xls_bolag()
    make_odt_letter()
    make_cover_letter()
    write_csvs()
    print("files:", len({f[0] for f in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))
