#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 462 – Gullspångs kommun, T2 2025, controls checked at several units.

Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r462build"
LO_PROFILE = "file:///tmp/lo-round462"
FIXED = datetime.datetime(2025, 9, 15, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_props(wb):
    wb.properties.creator = "Gullspångs kommun"
    wb.properties.lastModifiedBy = "Gullspångs kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def boxed(ws, min_row, max_row, min_col, max_col):
    for r in range(min_row, max_row + 1):
        for c in range(min_col, max_col + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Bildningsnämnden – grundskolor, units as COLUMNS, letter codes + legend
# ---------------------------------------------------------------------------
def file1():
    fil = "BIN_Internkontroll_T2_2025_grundskolor.xlsx"
    namnd = "Bildningsnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Bildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Period: Tertial 2 (maj–augusti 2025). Grundskolans enheter."
    ws["A3"] = ("Teckenförklaring: G = Genomförd   P = Påbörjad/pågår   E = Ej genomförd   "
                "– = Ej aktuellt för enheten")
    ws["A3"].font = Font(italic=True)
    units = ["Gullstensskolan F-6", "Hova skola F-6", "Otterbäckens skola F-3",
             "Gullstensskolan 7-9", "Amnehärads skola F-6"]
    ws["D5"] = "Status per skolenhet T2"
    ws.merge_cells("D5:H5")
    ws["D5"].alignment = CENTER
    ws["D5"].font = BOLD
    head = ["Nr", "Process", "Kontrollmoment"] + units + ["Antal klara", "Kommentar / konstaterad avvikelse", "Ansvarig"]
    for i, h in enumerate(head, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = CENTER
    rows = [
        ("grp", "Ekonomi och inköp"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "GGGGG", "Stickprov 10 fakturor per enhet. Inga avvikelser.", "Rektor", "GENOMFORD", "nej"),
        ("1.2", "Inköp", "Kontroll av att inköp görs från avtalade leverantörer (avtalstrohet)",
         "GPGEG", "Hova skola: två fakturor för läromedel köpta utanför avtal. Gullstensskolan 7-9 har inte hunnit genomföra stickprovet.",
         "Rektor / controller", "DELVIS", "ja"),
        ("1.3", "Inventarier", "Inventering av elevdatorer och lärplattor mot inventarieförteckning",
         "EEEEE", "Skjuts till tertial 3 på grund av byte av leverantör av elevdatorer.", "IT-samordnare", "EJ_GENOMFORD", ""),
        ("grp", "Elevhälsa och trygghet"),
        ("2.1", "Trygghet", "Anmälan om kränkande behandling till huvudman inom fastställd tid",
         "GGGGG", "Kontroll genomförd på samtliga enheter. Två anmälningar från Gullstensskolan 7-9 registrerades först efter 10 dagar.",
         "Rektor", "GENOMFORD", "ja"),
        ("2.2", "Elevhälsa", "Kontroll av att åtgärdsprogram följs upp och utvärderas",
         "GPPG-", "Amnehärads skola har inga elever med åtgärdsprogram. Otterbäcken och Hova slutför genomgången i september.",
         "Elevhälsochef", "DELVIS", ""),
        ("2.3", "Betyg", "Kontroll av att prövning av betyg hanteras enligt rutin",
         "---G-", "Berör endast högstadiet. Tre prövningar under perioden, hanterade enligt rutin.", "Rektor 7-9", "GENOMFORD", "nej"),
        ("grp", "Personal"),
        ("3.1", "Rekrytering", "Registerkontroll (utdrag ur belastningsregistret) vid nyanställning",
         "GEGGG", "Hova skola: kontrollen ej genomförd (rektor tjänstledig). Amnehärad: en vikarie anställd utan uppvisat utdrag – åtgärdat 2025-08-20.", "Rektor / HR", "DELVIS", "ja"),
        ("3.2", "Arbetsmiljö", "Skyddsronder genomförda enligt årshjul för systematiskt arbetsmiljöarbete",
         "GGGGG", "", "Rektor / skyddsombud", "GENOMFORD", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "grp":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        nr, proc, km, codes, comment, ansv, status, avv = row
        ws.cell(r, 1, nr)
        ws.cell(r, 2, proc)
        ws.cell(r, 3, km)
        for j, code in enumerate(codes):
            ws.cell(r, 4 + j, "–" if code == "-" else code).alignment = CENTER
        applicable = [c for c in codes if c != "-"]
        done = sum(1 for c in applicable if c == "G")
        ws.cell(r, 9, f"{done} av {len(applicable)}").alignment = CENTER
        ws.cell(r, 10, comment)
        ws.cell(r, 11, ansv)
        exp(fil, namnd, km, status, avv)
        r += 1
    # totals row per unit – not a control
    ws.cell(r, 3, "Summa genomförda kontroller per enhet").font = BOLD
    for j in range(5):
        col = [row[3][j] for row in rows if row[0] != "grp"]
        ws.cell(r, 4 + j, f"{col.count('G')} av {len([c for c in col if c != '-'])}").alignment = CENTER
    boxed(ws, 6, r, 1, 11)
    r += 2
    ws.cell(r, 1, "Sammanställt av: Maria Lindqvist, verksamhetscontroller, 2025-09-08")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 48
    for col in "DEFGH":
        ws.column_dimensions[col].width = 13
    ws.column_dimensions["I"].width = 11
    ws.column_dimensions["J"].width = 55
    ws.column_dimensions["K"].width = 18
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – units as ROWS under each control, "Samtliga enheter" rows
# ---------------------------------------------------------------------------
SN_FILE = "Socialnämnden uppföljning IK T2 2025.xlsx"


def file2():
    fil = SN_FILE
    namnd = "Socialnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK T2"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2 (1 maj – 31 augusti)"
    ws["A3"] = "Rapporterad av: Kvalitetsstrateg Johan Berg, Socialförvaltningen, 2025-09-10"
    ws["A4"] = ("Status anges per enhet: Genomförd / Pågår / Ej genomförd / Ej aktuellt för enheten. "
                "Raden \"Samtliga enheter\" är förvaltningens sammanvägda bedömning.")
    ws["A4"].font = Font(italic=True, size=9)
    head = ["Kontrollmoment", "Enhet", "Status T2", "Resultat / kommentar", "Avvikelse (Ja/Nej)", "Åtgärd"]
    for i, h in enumerate(head, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    U = ["Solgläntan (särskilt boende)", "Hemgården (särskilt boende)", "Hemtjänst Gullspång",
         "Hemtjänst Hova", "LSS-boendet Sjövik"]
    controls = [
        ("1. Läkemedelsavvikelser rapporteras och följs upp månadsvis av ansvarig sjuksköterska",
         [("Genomförd", "Avvikelser gicks igenom på APT i juni och augusti.", "Nej", ""),
          ("Genomförd", "3 avvikelser saknade signering av åtgärd.", "Ja", "Påminnelse till sjuksköterskor"),
          ("Genomförd", "", "Nej", ""),
          ("Genomförd", "", "Nej", ""),
          ("Genomförd", "Inga avvikelser under perioden.", "Nej", "")],
         ("Genomförd", "Kontrollen genomförd på samtliga enheter.", "Ja", ""),
         "GENOMFORD", "ja"),
        ("2. Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         [("Genomförd", "20 av 20 planer i tid.", "Nej", ""),
          ("Genomförd", "", "Nej", ""),
          ("Pågår", "Genomgången pågår. Hittills saknas 6 av 20 planer.", "Ja", "Handlingsplan tas fram"),
          ("Genomförd", "", "Nej", ""),
          ("Pågår", "Slutförs i september.", "", "")],
         ("Delvis (3 av 5 enheter klara)", "", "Ja", ""),
         "DELVIS", "ja"),
        ("3. Kontroll av bemanning och schemaläggning mot budget (timanställda)",
         [("Ej genomförd", "", "", ""),
          ("Ej genomförd", "", "", ""),
          ("Ej genomförd", "", "", ""),
          ("Ej genomförd", "", "", ""),
          ("Ej genomförd", "", "", "")],
         ("Ej genomförd", "Flyttas till tertial 3 i väntan på nytt schemasystem (Time Care).", "", ""),
         "EJ_GENOMFORD", ""),
        ("4. Kontroll av hantering av brukarnas privata medel (kontanthantering)",
         [("Genomförd", "Kassaböcker stämda mot kvitton.", "Nej", ""),
          ("Genomförd", "", "Nej", ""),
          ("Ej aktuellt för enheten", "Hemtjänsten hanterar inte brukarnas kontanter.", "", ""),
          ("Ej aktuellt för enheten", "", "", ""),
          ("Genomförd", "", "Nej", "")],
         ("3 av 3 enheter klara", "", "Nej", ""),
         "GENOMFORD", "nej"),
        ("5. Handläggningstid för ansökan om bistånd enligt SoL följs upp (stickprov)",
         None,
         ("Genomförd", "Kontrolleras centralt av biståndsenheten. Stickprov 15 ärenden, genomsnittlig handläggningstid 21 dagar. Inga avvikelser.", "Nej", ""),
         "GENOMFORD", "nej"),
        ("6. Kontroll av att nattfastan inte överstiger 11 timmar",
         [("Pågår", "Mätning vecka 33–35, sammanställs.", "", ""),
          ("Ej genomförd", "Ej påbörjad på grund av semesterbemanning.", "", ""),
          ("Ej aktuellt för enheten", "", "", ""),
          ("Ej aktuellt för enheten", "", "", ""),
          ("Ej genomförd", "", "", "")],
         ("Delvis", "", "", ""),
         "DELVIS", ""),
        ("7. Systematiskt brandskyddsarbete – egenkontroll och utrymningsövning på boenden",
         [("Genomförd", "", "Nej", ""),
          ("Genomförd", "Utrymningsövning 2025-06-12.", "Nej", ""),
          ("Ej aktuellt för enheten", "", "", ""),
          ("Ej aktuellt för enheten", "", "", ""),
          ("Genomförd", "", "Nej", "")],
         ("Genomförd", "", "Nej", ""),
         "GENOMFORD", "nej"),
    ]
    r = 7
    for km, unit_rows, summary, status, avv in controls:
        c = ws.cell(r, 1, km)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="F2F2F2")
        for col in range(2, 7):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        if unit_rows:
            for u, (st, com, av, atg) in zip(U, unit_rows):
                ws.cell(r, 2, u)
                ws.cell(r, 3, st)
                ws.cell(r, 4, com or None)
                ws.cell(r, 5, av or None)
                ws.cell(r, 6, atg or None)
                r += 1
        st, com, av, atg = summary
        ws.cell(r, 2, "Samtliga enheter").font = Font(bold=True, italic=True)
        ws.cell(r, 3, st).font = Font(bold=True, italic=True)
        ws.cell(r, 4, com or None)
        ws.cell(r, 5, av or None)
        ws.cell(r, 6, atg or None)
        r += 1
        exp(fil, namnd, km, status, avv)
    boxed(ws, 6, r - 1, 1, 6)
    r += 1
    ws.cell(r, 1, "Socialnämndens bedömning: den interna kontrollen bedöms i huvudsak som tillräcklig.")
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 55
    ws.column_dimensions["E"].width = 12
    ws.column_dimensions["F"].width = 28
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden – .docx, one table, vertically merged control
#    cell, tick columns Ja / Nej / Ej aktuellt, totals row per control
# ---------------------------------------------------------------------------
def file3():
    fil = "Uppföljning internkontroll KFN tertial 2 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kultur och fritid"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Kultur och fritid"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Gullspångs kommun – Kultur och fritid"
    doc.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i februari. Nedan redovisas hur kontrollerna har "
        "genomförts under perioden maj–augusti 2025 på respektive verksamhet. Kryss anger om kontrollen "
        "är utförd (Ja), inte utförd (Nej) eller inte berör enheten (Ej aktuellt). Kontroller som "
        "handläggs centralt redovisas på raden \"Samtliga enheter\".")
    U = ["Biblioteket Gullspång", "Biblioteket Hova", "Gullspångs simhall", "Fritidsgården Hova", "Kulturskolan"]
    J, N, EA, BL = "J", "N", "EA", ""
    controls = [
        ("Kontanthantering och dagskassor i receptionerna redovisas enligt kassarutinen",
         [(J, "Inga differenser."), (J, "Inga differenser."), (J, "En differens på 20 kr, förklarad."),
          (J, ""), (EA, "Ingen kontanthantering.")],
         "Totalt: 4 av 4 enheter klara", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslut och bidragsregler",
         "central",
         (J, "12 av 34 ansökningar granskade. En förening saknade verksamhetsberättelse – bidraget har återkrävts."),
         "GENOMFORD", "ja"),
        ("Inventering av inventarier och utlåningsutrustning",
         [(J, ""), (N, "Personalbrist under sommaren."), (J, ""), (N, "Görs i oktober."),
          (J, "Instrumentförteckning uppdaterad.")],
         "Totalt: 3 av 5 enheter klara", "DELVIS", ""),
        ("Systematiskt brandskyddsarbete – egenkontroll enligt checklista",
         [(N, ""), (N, ""), (N, ""), (N, ""), (N, "")],
         "Totalt: 0 av 5 enheter klara. Egenkontrollerna skjuts till hösten efter samordning med fastighetsavdelningen.",
         "EJ_GENOMFORD", ""),
        ("Registerkontroll för personal som arbetar med barn och unga",
         [(EA, ""), (EA, ""), (J, "Simlärare och badvärdar kontrollerade."), (J, "Inga anmärkningar."),
          (J, "Inga anmärkningar.")],
         "Totalt: 3 av 3 enheter klara", "GENOMFORD", "nej"),
        ("Kontroll av behörigheter i bokningssystemet",
         [(EA, ""), (EA, ""), (J, "Två inaktuella konton borttagna."), (BL, "Påbörjad, slutförs i september."),
          (EA, "")],
         "Totalt: 1 av 2 enheter klara", "DELVIS", "ja"),
    ]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    hdr = ["Kontrollmoment", "Enhet", "Ja", "Nej", "Ej aktuellt", "Kommentar"]
    for i, h in enumerate(hdr):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    for km, units, tail, status, avv in controls:
        first = len(table.rows)
        if units == "central":
            mark, com = tail
            row = table.add_row().cells
            row[1].text = "Samtliga enheter (handläggs centralt)"
            row[2].text = "X" if mark == J else ""
            row[3].text = "X" if mark == N else ""
            row[4].text = ""
            row[5].text = com
        else:
            for u, (mark, com) in zip(U, units):
                row = table.add_row().cells
                row[1].text = u
                row[2].text = "X" if mark == J else ""
                row[3].text = "X" if mark == N else ""
                row[4].text = "X" if mark == EA else ""
                row[5].text = com
            row = table.add_row().cells
            row[1].text = tail
            row[1].merge(row[5])
            row[1].paragraphs[0].runs[0].italic = True
        last = len(table.rows) - 1
        top = table.cell(first, 0)
        merged = top.merge(table.cell(last, 0))
        merged.text = km
        for i in range(first, last + 1):
            for c in (2, 3, 4):
                try:
                    table.cell(i, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                except Exception:
                    pass
        exp(fil, namnd, km, status, avv)
    widths = [Cm(4.5), Cm(3.8), Cm(1.0), Cm(1.0), Cm(1.6), Cm(5.5)]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Sammanfattningsvis är två av sex kontroller helt genomförda. Kontrollerna av inventarier, "
        "brandskydd och behörigheter följs upp vid helårsuppföljningen.")
    doc.add_paragraph("Gullspång 2025-09-15")
    doc.add_paragraph("Anna Sjöberg\nKultur- och fritidschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Gullspångsbostäder AB – .ods (built as xlsx, converted), units as columns,
#    plan column beside follow-up, merged "Samtliga enheter" cell
# ---------------------------------------------------------------------------
def file4():
    fil = "Gullspångsbostäder internkontroll 2025 T2.ods"
    namnd = "Gullspångsbostäder AB"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Gullspångsbostäder AB"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – andra tertialet (maj–augusti)"
    ws["A3"] = "Redovisas till styrelsen 2025-09-24"
    units = ["Område Gullspång", "Område Hova", "Område Skagersvik", "Område Otterbäcken"]
    ws["E5"] = "Utfall per förvaltningsområde"
    ws.merge_cells("E5:H5")
    ws["E5"].alignment = CENTER
    ws["E5"].font = BOLD
    head = ["Nr", "Kontrollmoment", "Ansvarig", "Planerad tertial"] + units + ["Sammanställning", "Kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.alignment = CENTER
    K, EK, D, EA = "Klar", "Ej klar", "Delvis", "Ej aktuellt för enheten"
    rows = [
        ("1", "Besiktning av lekplatser enligt SS-EN 1176", "Förvaltare", "T2",
         [K, K, K, EA], "3 av 3 enheter klara",
         "Två anmärkningar i Hova (lösa fästen), åtgärdade i augusti. Otterbäcken har ingen lekplats.",
         "GENOMFORD", "ja"),
        ("2", "Obligatorisk ventilationskontroll (OVK) enligt besiktningsplan", "Fastighetstekniker", "T1–T2",
         [K, EK, K, K], "3 av 4 enheter klara",
         "Hova: Storgatan 5 ej godkänd, ombesiktning bokad 2025-10-02.", "DELVIS", "ja"),
        ("3", "Kontroll av hyresavier och indexuppräkning av lokalhyror", "Ekonomiansvarig", "T2",
         "SAMTLIGA", "Klar", "Stickprov 25 avier, inga fel.", "GENOMFORD", "nej"),
        ("4", "Uppföljning av hyresskulder och inkassoärenden", "Ekonomiansvarig", "T1, T2, T3",
         [K, K, K, K], "4 av 4 enheter klara", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("5", "Energideklarationer giltiga för samtliga fastigheter", "VD", "T2",
         [EK, EK, EK, EK], "0 av 4 enheter klara",
         "Upphandling av energiexpert pågår, kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("6", "Brandskyddskontroll i trapphus och gemensamma utrymmen", "Förvaltare", "T2",
         [D, K, EK, K], "2 av 4 enheter klara",
         "Gullspång: 3 av 7 trapphus kontrollerade.", "DELVIS", ""),
        ("7", "Attest av fakturor i underhållsprojekt enligt attestordning", "Ekonomiansvarig", "T3",
         ["", "", "", ""], "", "", "SAKNAS", ""),
    ]
    r = 7
    for nr, km, ansv, plan, vals, summ, com, status, avv in rows:
        ws.cell(r, 1, nr)
        ws.cell(r, 2, km)
        ws.cell(r, 3, ansv)
        ws.cell(r, 4, plan).alignment = CENTER
        if vals == "SAMTLIGA":
            ws.cell(r, 5, "Samtliga enheter: Klar")
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
            ws.cell(r, 5).alignment = CENTER
        else:
            for j, v in enumerate(vals):
                if v:
                    c = ws.cell(r, 5 + j, v)
                    c.alignment = CENTER
                    if v == K:
                        c.fill = PatternFill("solid", fgColor="C6EFCE")
                    elif v == EK:
                        c.fill = PatternFill("solid", fgColor="FFC7CE")
                    elif v == D:
                        c.fill = PatternFill("solid", fgColor="FFEB9C")
        ws.cell(r, 9, summ or None)
        ws.cell(r, 10, com or None)
        exp(fil, namnd, km, status, avv)
        r += 1
    boxed(ws, 6, r - 1, 1, 10)
    r += 1
    ws.cell(r, 1, "Upprättad av: Per Andersson, VD")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 12
    for col in "EFGH":
        ws.column_dimensions[col].width = 15
    ws.column_dimensions["I"].width = 20
    ws.column_dimensions["J"].width = 50
    tmp = os.path.join(BUILD, "Gullspångsbostäder internkontroll 2025 T2.xlsx")
    wb.save(tmp)
    convert(tmp, "ods")
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Kommunstyrelsen – units as rows, T1 and T2 side by side, symbols + legend
# ---------------------------------------------------------------------------
def file5():
    fil = "KS uppföljning IKP 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    fix_props(wb)
    wi = wb.active
    wi.title = "Instruktion"
    wi["A1"] = "Instruktion för uppföljning av internkontrollplan 2025"
    wi["A1"].font = TITLE
    lines = [
        "Fyll i status per enhet i kolumnen för aktuell tertial. Använd symbolerna nedan.",
        "✔ = kontrollen utförd",
        "◐ = kontrollen påbörjad / delvis utförd",
        "✖ = kontrollen ej utförd",
        "ej akt = kontrollen berör inte enheten",
        "Raden \"Samtliga enheter\" fylls i av ekonomichefen.",
        "Skicka filen till ekonomienheten senast 2025-09-12.",
    ]
    for i, t in enumerate(lines, 3):
        wi.cell(i, 1, t)
    wi.column_dimensions["A"].width = 90
    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Kommunstyrelsen – uppföljning internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Kommunledningsförvaltningen, enheter: Ekonomi, HR, IT, Kansli"
    ws["A3"] = "Teckenförklaring: ✔ utförd  ◐ påbörjad  ✖ ej utförd  ej akt = ej aktuellt för enheten"
    head = ["Kontrollmoment", "Enhet", "T1 (jan–apr)", "T2 (maj–aug)", "Kommentar T2", "Ansvarig"]
    for i, h in enumerate(head, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = CENTER
    U = ["Ekonomienheten", "HR-enheten", "IT-enheten", "Kansliet"]
    Y, P, X, EA = "✔", "◐", "✖", "ej akt"
    controls = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         [(Y, Y, ""), (Y, Y, ""), (Y, Y, ""), (Y, Y, "")], (Y, Y, "Stickprov 40 fakturor, inga avvikelser."),
         "Ekonomichef", "GENOMFORD", "nej"),
        ("Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         [(P, Y, ""), (P, Y, ""), (X, P, "IT-enhetens beslut om licensköp återstår att anmäla."), (Y, Y, "")],
         (P, P, ""), "Kanslichef", "DELVIS", ""),
        ("Behörighetskontroll i ekonomi- och lönesystemen",
         [("", Y, "Två behörigheter för avslutade anställda togs bort."), ("", Y, ""), ("", EA, ""), ("", EA, "")],
         ("", Y, ""), "Systemförvaltare", "GENOMFORD", "ja"),
        ("Representation och förtroendekänsliga poster – stickprov",
         [(Y, "", ""), (Y, "", ""), (Y, "", ""), (Y, "", "")],
         (Y, "", "Genomförd i T1, ingen ytterligare kontroll planerad under T2."), "Ekonomichef", "GENOMFORD", ""),
        ("Uppföljning av att samtliga medarbetare genomgått utbildning i informationssäkerhet",
         [("", X, ""), ("", X, ""), ("", X, ""), ("", X, "")],
         ("", X, "Utbildningen har inte lanserats, skjuts till T3."), "Informationssäkerhetssamordnare",
         "EJ_GENOMFORD", ""),
        ("Kontroll av avtalstrohet vid direktupphandling",
         [("", Y, ""), ("", Y, ""), ("", P, "Licenser köpta utan avtal, genomgång pågår."), ("", X, "")],
         ("", P, "2 av 4 enheter klara."), "Upphandlare", "DELVIS", "ja"),
    ]
    r = 6
    for km, urows, summ, ansv, status, avv in controls:
        first = r
        for u, (t1, t2, com) in zip(U, urows):
            ws.cell(r, 2, u)
            ws.cell(r, 3, t1 or None).alignment = CENTER
            ws.cell(r, 4, t2 or None).alignment = CENTER
            ws.cell(r, 5, com or None)
            r += 1
        t1, t2, com = summ
        ws.cell(r, 2, "Samtliga enheter").font = BOLD
        ws.cell(r, 3, t1 or None).alignment = CENTER
        ws.cell(r, 4, t2 or None).alignment = CENTER
        ws.cell(r, 5, com or None)
        for col in range(2, 7):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.cell(first, 1, km)
        ws.cell(first, 6, ansv)
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
        ws.merge_cells(start_row=first, start_column=6, end_row=r, end_column=6)
        ws.cell(first, 1).alignment = WRAP
        exp(fil, namnd, km, status, avv)
        r += 1
    boxed(ws, 5, r - 1, 1, 6)
    ws.column_dimensions["A"].width = 45
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 12
    ws.column_dimensions["E"].width = 50
    ws.column_dimensions["F"].width = 24
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Stratsys-like export – long format, two nämnder, T1 + T2 rows
# ---------------------------------------------------------------------------
def file6():
    fil = "Export_Stratsys_Internkontroll_2025-09-12.xlsx"
    TSN, MBN = "Teknik- och servicenämnden", "Miljö- och byggnadsnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Rapport: Internkontroll – uppföljning kontrollmoment per enhet"
    ws["A2"] = "Utskriven: 2025-09-12 14:02  Användare: samhallsbyggnad.rapport"
    ws["A3"] = "Filter: År = 2025; Period = Tertial 1, Tertial 2; Förvaltning = Samhällsbyggnadsförvaltningen"
    head = ["Organisation", "Kontrollmoment", "Enhet", "Period", "Status", "Kommentar", "Avvikelse"]
    for i, h in enumerate(head, 1):
        ws.cell(5, i, h).font = BOLD
    G, DG, EG, EA = "Genomförd", "Delvis genomförd", "Ej genomförd", "Ej aktuell"
    km_a = "Egenkontroll av livsmedelshantering enligt HACCP i tillagningskök"
    km_b = "Kontroll av att körjournaler förs för kommunens fordon"
    km_c = "Kontroll av inköp mot ramavtal för livsmedel (avtalstrohet)"
    km_d = "Uppföljning av att felanmälningar åtgärdas inom fem arbetsdagar"
    km_e = "Inventering av maskiner och verktyg"
    km_f = "Handläggningstid bygglov – beslut inom 10 veckor enligt PBL"
    km_g = "Debitering av tillsynsavgifter enligt taxa"
    km_h = "Kontroll av att delegationsbeslut anmäls till nämnden"
    km_i = "Planerade livsmedelskontroller enligt tillsynsplan utförda"
    km_j = "Arkivering av avslutade bygglovsärenden enligt dokumenthanteringsplan"
    rows = [
        (TSN, km_a, "Gullstensskolans kök", "Tertial 2", G, "", "Nej"),
        (TSN, km_a, "Hova skolkök", "Tertial 2", G, "", "Nej"),
        (TSN, km_a, "Solgläntans kök", "Tertial 2", G, "Temperaturloggar kompletta.", "Nej"),
        (TSN, km_b, "Gata/park", "Tertial 2", G, "", "Nej"),
        (TSN, km_b, "Fastighet", "Tertial 2", EG, "Körjournal saknas för två fordon.", "Ja"),
        (TSN, km_b, "Lokalvård", "Tertial 2", EA, "Enheten har inga fordon.", ""),
        (TSN, km_c, "Gullstensskolans kök", "Tertial 1", DG, "", ""),
        (TSN, km_c, "Hova skolkök", "Tertial 1", DG, "", ""),
        (TSN, km_c, "Solgläntans kök", "Tertial 1", DG, "", ""),
        (TSN, km_c, "Gullstensskolans kök", "Tertial 2", G, "Avtalstrohet 97 %.", "Nej"),
        (TSN, km_c, "Hova skolkök", "Tertial 2", G, "Avtalstrohet 88 %, köp av bröd från lokal leverantör utanför avtal.", "Ja"),
        (TSN, km_c, "Solgläntans kök", "Tertial 2", G, "", "Nej"),
        (TSN, km_d, "Fastighet", "Tertial 2", EG, "Uttag ur fastighetssystemet ej möjligt efter systembyte.", ""),
        (TSN, km_e, "Gata/park", "Tertial 1", G, "", "Nej"),
        (TSN, km_e, "Fastighet", "Tertial 1", DG, "Verkstaden återstår.", ""),
        (TSN, km_e, "Fastighet", "Tertial 2", G, "Verkstaden inventerad i maj.", "Nej"),
        (MBN, km_f, "Byggenheten", "Tertial 2", DG, "36 av 38 ärenden beslutade inom tidsfrist; 2 ärenden över 10 veckor.", "Ja"),
        (MBN, km_g, "Miljöenheten", "Tertial 2", G, "", "Nej"),
        (MBN, km_g, "Byggenheten", "Tertial 2", G, "", "Nej"),
        (MBN, km_h, "Miljöenheten", "Tertial 2", G, "", "Nej"),
        (MBN, km_h, "Byggenheten", "Tertial 2", EG, "Anmälan till septembersammanträdet.", ""),
        (MBN, km_i, "Miljöenheten", "Tertial 2", EG, "Vakant tjänst som livsmedelsinspektör under perioden.", ""),
        (MBN, km_j, "Byggenheten", "Tertial 2", "", "Genomgång klar för samtliga avslutade ärenden 2024, inga brister.", "Nej"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v if v != "" else None)
        r += 1
    ws.cell(r + 1, 1, f"Antal rader: {len(rows)}")
    widths = [30, 60, 22, 12, 18, 60, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws.auto_filter.ref = f"A5:G{r - 1}"
    wb.save(os.path.join(OUT, fil))
    for km, st, av in [(km_a, "GENOMFORD", "nej"), (km_b, "DELVIS", "ja"), (km_c, "GENOMFORD", "ja"),
                       (km_d, "EJ_GENOMFORD", ""), (km_e, "GENOMFORD", "nej")]:
        exp(fil, TSN, km, st, av)
    for km, st, av in [(km_f, "DELVIS", "ja"), (km_g, "GENOMFORD", "nej"), (km_h, "DELVIS", ""),
                       (km_i, "EJ_GENOMFORD", ""), (km_j, "GENOMFORD", "nej")]:
        exp(fil, MBN, km, st, av)
    FILES.append((fil, "INLAST", TSN, "2025", "T2"))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Förskolor – units as columns, traffic-light fills only, nämnd only in the
#    print header, totals column "x av y enheter klara"
# ---------------------------------------------------------------------------
def file7():
    fil = "Uppföljning IK förskolor tertial 2.xlsx"
    namnd = "Bildningsnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Förskolor"
    ws.oddHeader.left.text = "Bildningsförvaltningen – förskoleverksamheten"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning av intern kontroll 2025 – förskolor, tertial 2"
    ws["A1"].font = TITLE
    ws["A2"] = "Fyll cellen med färg enligt teckenförklaringen. Totalen räknas ut av förskolechefen."
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    # legend
    ws["A4"] = "Teckenförklaring:"
    ws["A4"].font = BOLD
    leg = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"), (RED, "Ej genomförd"),
           (GREY, "Ej aktuellt för enheten")]
    for i, (col, txt) in enumerate(leg):
        ws.cell(5 + i, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(5 + i, 2, txt)
    units = ["Förskolan Regnbågen", "Förskolan Sjöstjärnan", "Förskolan Solrosen",
             "Förskolan Trollbacken", "Pedagogisk omsorg"]
    head = ["Kontrollmoment", "Kontrollmetod"] + units + ["Totalt", "Kommentar"]
    HR = 10
    for i, h in enumerate(head, 1):
        c = ws.cell(HR, i, h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    G_, Y_, R_, X_ = GREEN, YELLOW, RED, GREY
    rows = [
        ("Kontroll av närvarotider och debitering av barnomsorgsavgift (maxtaxa)", "Stickprov 10 barn per enhet",
         [G_, G_, G_, G_, G_], "5 av 5 enheter klara", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Närvarolistor förs dagligen och finns tillgängliga vid utrymning", "Oanmäld kontroll",
         [G_, G_, Y_, G_, G_], "4 av 5 enheter klara", "Solrosen: kontrollen genomförs i september.", "DELVIS", ""),
        ("Egenkontroll av lekmiljö och utemiljö enligt checklista", "Checklista",
         [G_, G_, G_, R_, X_], "3 av 4 enheter klara",
         "Trollbacken: gunga avstängd i väntan på reservdel, checklistan ej ifylld. Pedagogisk omsorg har ingen egen utemiljö.",
         "DELVIS", "ja"),
        ("Rutin för allergier och specialkost följs", "Genomgång med kök och personal",
         [R_, R_, R_, R_, R_], "0 av 5 enheter klara", "Ny rutin beslutas i oktober, kontroll görs därefter.",
         "EJ_GENOMFORD", ""),
        ("Registerkontroll vid anställning av vikarier", "Genomgång av anställningsakter",
         [G_, G_, G_, G_, X_], "4 av 4 enheter klara", "Pedagogisk omsorg: inga nyanställningar under perioden.",
         "GENOMFORD", "nej"),
        ("Incidenter och tillbud anmäls i KIA", "Jämförelse mot enhetens egen logg",
         [Y_, Y_, Y_, Y_, Y_], "0 av 5 enheter klara", "Pågår på samtliga enheter, sammanställs till T3.",
         "DELVIS", ""),
    ]
    r = HR + 1
    for km, metod, fills, tot, com, status, avv in rows:
        ws.cell(r, 1, km)
        ws.cell(r, 2, metod)
        for j, f in enumerate(fills):
            ws.cell(r, 3 + j).fill = PatternFill("solid", fgColor=f)
        ws.cell(r, 8, tot)
        ws.cell(r, 9, com)
        exp(fil, namnd, km, status, avv)
        r += 1
    boxed(ws, HR, r - 1, 1, 9)
    r += 1
    ws.cell(r, 1, "Förskolechef: Lena Karlsson  Datum: 2025-09-05")
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 26
    for col in "CDEFG":
        ws.column_dimensions[col].width = 14
    ws.column_dimensions["H"].width = 20
    ws.column_dimensions["I"].width = 50
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file of the Socialnämnden workbook
# ---------------------------------------------------------------------------
def file8():
    fil = "~$" + SN_FILE
    user = "Johan Berg"
    data = bytearray(165)
    data[0] = len(user)
    data[1:1 + len(user)] = user.encode("ascii")
    # UTF-16 copy of the user name at offset 0x36 like real owner files
    u16 = user.encode("utf-16-le")
    data[0x36] = len(user)
    data[0x38:0x38 + len(u16)] = u16
    for i in range(1 + len(user), 0x36):
        data[i] = 0x20
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(bytes(data))
    FILES.append((fil, "AVVISAD", "", "", ""))


def convert(path, fmt):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", OUT, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Bildningsnämnden", "BIN|Bildningsförvaltningen|Barn och utbildning|Förskola och skola"),
        ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg|Individ- och familjeomsorg"),
        ("Teknik- och servicenämnden", "TSN|Tekniska förvaltningen|Teknik och service"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Bygg- och miljöenheten"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Gullspångsbostäder AB", "GBAB|Gullspångsbostäder|Bostadsbolaget"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(BUILD, exist_ok=True)
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    file8()
    write_csvs()
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
