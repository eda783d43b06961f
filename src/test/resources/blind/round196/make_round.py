#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r196 - Älvsby kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round196"
FIXED_DT = datetime.datetime(2026, 1, 26, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU|Skolförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg|VO"),
    ("Socialnämnden", "SN|Socialtjänsten|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnad"),
    ("Valnämnden", "VN|Valnämnden i Älvsby"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Älvsbyhus AB", "Älvsbyhus|Bostadsbolaget"),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def fix_docx_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def autofit_rows(ws, first_row):
    """Rough row heights for wrapped text (neither Excel nor LibreOffice does it on load)."""
    import math
    merged_tail = set()
    for mr in ws.merged_cells.ranges:
        for rr in range(mr.min_row, mr.max_row + 1):
            for cc in range(mr.min_col, mr.max_col + 1):
                if (rr, cc) != (mr.min_row, mr.min_col):
                    merged_tail.add((rr, cc))
    multi_row, span_w = {}, {}
    for mr in ws.merged_cells.ranges:
        if mr.max_row > mr.min_row:
            multi_row[(mr.min_row, mr.min_col)] = mr.max_row - mr.min_row + 1
        span_w[(mr.min_row, mr.min_col)] = sum(
            ws.column_dimensions[get_column_letter(cc)].width or 10 for cc in range(mr.min_col, mr.max_col + 1))
    for r in range(first_row, ws.max_row + 1):
        lines = 1
        filled = [c for c in range(1, ws.max_column + 1) if ws.cell(row=r, column=c).value is not None]
        if len(filled) == 1 and (r, filled[0]) not in span_w and (r, filled[0]) not in merged_tail:
            continue  # lone text in the row spills over the empty cells to its right
        for c in range(1, ws.max_column + 1):
            v = ws.cell(row=r, column=c).value
            if v is None or (r, c) in merged_tail:
                continue
            w = span_w.get((r, c), ws.column_dimensions[get_column_letter(c)].width or 10)
            n = sum(max(1, math.ceil(len(part) / max(1.0, w * 1.05))) for part in str(v).split("\n"))
            n = math.ceil(n / multi_row.get((r, c), 1))
            lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[r].height = 13.5 * lines + 2


def landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# ---------------------------------------------------------------------------
# 1. BUN - xlsx, several rows per control (one per enhet) under the control text
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN_Uppfoljning_IKP_helar_2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Maria Lindqvist")
    ws = wb.active
    ws.title = "Uppföljning helår"

    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(size=16, bold=True)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (januari–december)"
    ws["A2"].font = Font(size=12, bold=True)
    ws["A3"] = ("Barn- och utbildningsförvaltningen. Sammanställd av Maria Lindqvist, verksamhetscontroller, "
                "2026-01-19. Behandlas i BUN 2026-02-10.")
    ws["A4"] = ("Instruktion: Varje kontrollmoment följs upp per enhet. Ange status per enhet: Genomförd / "
                "Delvis genomförd / Ej genomförd / Ej aktuell. Avvikelse anges Ja/Nej. Kontroller på "
                "förvaltningsnivå redovisas på en rad.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:I4")
    ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 30

    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Enhet", "Status", "Avvikelse",
           "Resultat / kommentar", "Ansvarig"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    widths = [5, 18, 42, 30, 24, 16, 10, 50, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    controls = [
        dict(nr="1", proc="Trygghet och studiero",
             km="Anmälan till huvudman om kränkande behandling görs samma dag som rektor fått kännedom",
             met="Stickprov 5 ärenden per skolenhet i DF Respons", ans="Rektorer", merge=True,
             rows=[("Vidsels skola F–6", "Genomförd", "Nej", "5 av 5 ärenden anmälda samma dag."),
                   ("Korsträsk skola F–3", "Genomförd", "Nej", "2 ärenden under året, båda anmälda samma dag."),
                   ("Tvärlöbergsskolan F–6", "Genomförd", "Nej", "Inga avvikelser."),
                   ("Kanisskolan 7–9", "Genomförd", "Ja",
                    "1 anmälan gjordes först efter 4 dagar. Rutinen gicks igenom på APT i oktober."),
                   ("Älvsby gymnasium", "Genomförd", "Nej", "Inga avvikelser.")],
             status="GENOMFORD", avv="ja"),
        dict(nr="2", proc="Närvaro",
             km="Uppföljning av ogiltig frånvaro – vårdnadshavare kontaktas samma dag",
             met="Genomgång av frånvarorapporter i Skola24 vecka 38 och vecka 47", ans="Rektorer", merge=True,
             rows=[("Vidsels skola F–6", "Genomförd", "Nej", ""),
                   ("Korsträsk skola F–3", "Genomförd", "Nej", ""),
                   ("Tvärlöbergsskolan F–6", "Delvis genomförd", "Nej",
                    "Kontroll gjord v 38. V 47 ej gjord p.g.a. rektors sjukfrånvaro."),
                   ("Kanisskolan 7–9", "Genomförd", "Ja",
                    "Kontakt med vårdnadshavare dröjde 1–3 dagar i 6 fall."),
                   ("Älvsby gymnasium", "Genomförd", "Nej", "Rapportering till CSN korrekt.")],
             status="DELVIS", avv="ja"),
        dict(nr="3", proc="Betyg och bedömning",
             km="Betygsunderlag för elever i åk 9 och avgångselever på gymnasiet dokumenteras i Unikum innan betygssättning",
             met="Stickprov 10 elever per enhet", ans="Rektorer åk 7–9 och gymnasium", merge=True,
             rows=[("Vidsels skola F–6", "Ej aktuell", "", "Betyg sätts inte i åk 9 på enheten."),
                   ("Tvärlöbergsskolan F–6", "Ej aktuell", "", ""),
                   ("Kanisskolan 7–9", "Genomförd", "Nej", "10 av 10 elever hade dokumenterat underlag."),
                   ("Älvsby gymnasium", "Genomförd", "Nej", "Inga avvikelser.")],
             status="GENOMFORD", avv="nej"),
        dict(nr="4", proc="Förskola",
             km="Barngruppernas storlek följer Skolverkets riktmärken och rapporteras till förvaltningen två gånger per år",
             met="Rapport per förskola 15 mars och 15 oktober", ans="Förskolechefer", merge=False,
             rows=[("Förskolan Solgläntan", "Genomförd", "Nej", "Båda rapporterna inlämnade."),
                   ("Förskolan Myran", "Genomförd", "Ja",
                    "Två avdelningar låg över riktmärket under vårterminen. Ny avdelning öppnad i augusti."),
                   ("Förskolan Nyponet", "Ej genomförd", "",
                    "Rapporteringen uteblev under hösten, ny förskolechef tillträdde i oktober.")],
             status="DELVIS", avv="ja"),
        dict(nr="5", proc="Ekonomi",
             km="Attest av leverantörsfakturor enligt attestordningen",
             met="Stickprov 40 fakturor i Raindance", ans="Verksamhetscontroller", merge=False,
             rows=[("Förvaltningsövergripande", "Genomförd", "Nej",
                    "40 fakturor granskade, samtliga attesterade av behörig attestant.")],
             status="GENOMFORD", avv="nej"),
        dict(nr="6", proc="Skolskjuts",
             km="Beslut om skolskjuts fattas enligt delegationsordningen och riktlinjer för skolskjuts",
             met="Genomgång av 15 beslut", ans="Skolskjutshandläggare", merge=False,
             rows=[("Skolskjutsenheten", "Ej genomförd", "",
                    "Kontrollen har inte hunnits med under 2025. Flyttas till internkontrollplan 2026.")],
             status="EJ_GENOMFORD", avv=""),
        dict(nr="7", proc="Arbetsmiljö",
             km="Skyddsronder genomförda och dokumenterade på samtliga enheter",
             met="Kontroll av protokoll i Stratsys/samverkan", ans="Rektorer och förskolechefer", merge=True,
             rows=[("Vidsels skola F–6", "Genomförd", "Nej", "Skyddsrond 2025-09-16."),
                   ("Korsträsk skola F–3", "", "", ""),
                   ("Tvärlöbergsskolan F–6", "Genomförd", "Nej", ""),
                   ("Kanisskolan 7–9", "Genomförd", "Nej", "Skyddsrond 2025-10-02."),
                   ("Älvsby gymnasium", "Genomförd", "Nej", ""),
                   ("Förskolan Solgläntan", "Genomförd", "Nej", ""),
                   ("Förskolan Myran", "Genomförd", "Nej", ""),
                   ("Förskolan Nyponet", "Genomförd", "Nej", "")],
             status="DELVIS", avv="nej"),
        dict(nr="8", proc="Informationssäkerhet",
             km="Behörigheter i Skola24 och Unikum ses över vid läsårsstart och avslutade anställningar tas bort",
             met="Jämförelse behörighetslista mot personalregister", ans="Rektorer / systemförvaltare", merge=True,
             rows=[("Vidsels skola F–6", "Ej genomförd", "",
                    "Systemförvaltare saknades hösten 2025. Översyn görs centralt i januari 2026."),
                   ("Korsträsk skola F–3", "Ej genomförd", "", ""),
                   ("Tvärlöbergsskolan F–6", "Ej genomförd", "", ""),
                   ("Kanisskolan 7–9", "Ej genomförd", "", ""),
                   ("Älvsby gymnasium", "Ej genomförd", "", "")],
             status="EJ_GENOMFORD", avv=""),
        dict(nr="9", proc="Modersmål",
             km="Uppföljning av beviljad studiehandledning på modersmål",
             met="Jämförelse beslut mot schema", ans="Utvecklingsledare", merge=False,
             rows=[("Samtliga grundskolor", "Utgår", "",
                    "Kontrollen utgår enligt BUN beslut 2025-05-20 § 41. Följs i stället upp i kvalitetsrapporten.")],
             status="UTGAR", avv=""),
    ]

    r = 7
    status_fill = {"Genomförd": "C6EFCE", "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE"}
    for ctl in controls:
        start = r
        for i, (enh, st, av, kom) in enumerate(ctl["rows"]):
            if i == 0 or ctl["merge"]:
                ws.cell(row=r, column=1, value=ctl["nr"] if i == 0 else None)
                ws.cell(row=r, column=2, value=ctl["proc"] if i == 0 else None)
                ws.cell(row=r, column=3, value=ctl["km"] if i == 0 else None)
                ws.cell(row=r, column=4, value=ctl["met"] if i == 0 else None)
                ws.cell(row=r, column=9, value=ctl["ans"] if i == 0 else None)
            ws.cell(row=r, column=5, value=enh)
            ws.cell(row=r, column=6, value=st or None)
            ws.cell(row=r, column=7, value=av or None)
            ws.cell(row=r, column=8, value=kom or None)
            for c in range(1, 10):
                ws.cell(row=r, column=c).border = BORDER
                ws.cell(row=r, column=c).alignment = WRAP
            if st in status_fill:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=status_fill[st])
            r += 1
        if ctl["merge"] and len(ctl["rows"]) > 1:
            for c in (1, 2, 3, 4, 9):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
        exp(fil, namnd, ctl["km"], ctl["status"], ctl["avv"])

    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: %d. Antal redovisade enhetsrader: %d."
            % (len(controls), sum(len(c["rows"]) for c in controls)))
    ws.cell(row=r, column=1).font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Älvsby 2026-01-19")
    ws.cell(row=r + 1, column=1, value="Anna Berglund, förvaltningschef barn- och utbildningsförvaltningen")
    ws.freeze_panes = "A7"
    autofit_rows(ws, 7)
    landscape(ws)
    ws.oddHeader.center.text = "BUN – Intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"

    # Second sheet: the adopted plan (no follow-up in it)
    wp = wb.create_sheet("Plan 2025 (antagen)")
    wp["A1"] = "Internkontrollplan 2025 – Barn- och utbildningsnämnden (antagen BUN 2024-12-10 § 98)"
    wp["A1"].font = Font(bold=True, size=12)
    ph = ["Nr", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Kontrollmoment",
          "Frekvens", "Rapporteras"]
    risks = ["Kränkningar anmäls inte i tid och åtgärder dröjer",
             "Elever med hög frånvaro uppmärksammas inte",
             "Betyg sätts utan dokumenterat underlag",
             "För stora barngrupper påverkar kvaliteten",
             "Felaktiga utbetalningar",
             "Felaktiga beslut om skolskjuts",
             "Brister i arbetsmiljön upptäcks inte",
             "Obehöriga har åtkomst till elevuppgifter",
             "Elever får inte beviljat stöd"]
    sk = [(3, 3), (3, 4), (2, 4), (3, 2), (2, 3), (2, 2), (2, 3), (3, 4), (2, 3)]
    freq = ["Helår", "Delår och helår", "Helår", "Delår och helår", "Helår", "Helår", "Helår", "Helår", "Helår"]
    for c, h in enumerate(ph, 1):
        wp.cell(row=3, column=c, value=h).font = Font(bold=True)
    for i, ctl in enumerate(controls):
        s, k = sk[i]
        vals = [ctl["nr"], ctl["proc"], risks[i], s, k, s * k, ctl["km"], freq[i], "BUN februari 2026"]
        for c, v in enumerate(vals, 1):
            wp.cell(row=4 + i, column=c, value=v).alignment = WRAP
    for i, w in enumerate([5, 18, 36, 10, 10, 10, 48, 14, 18], 1):
        wp.column_dimensions[get_column_letter(i)].width = w
    autofit_rows(wp, 4)
    landscape(wp)

    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. VON - xlsx matrix: one column per enhet, status codes with legend + fills
# ---------------------------------------------------------------------------
def build_von():
    fil = "VO_internkontroll_2025_helar.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Lena Öhman")
    ws = wb.active
    ws.title = "Helår 2025"

    ws["A1"] = "Vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Internkontroll 2025 – uppföljning per enhet, helår"
    ws["A2"].font = Font(size=12, bold=True)
    ws["A3"] = ("Teckenförklaring: G = Genomförd utan anmärkning   GA = Genomförd, avvikelse noterad   "
                "D = Delvis genomförd   E = Ej genomförd   — = Ej aktuellt för enheten")
    ws["A3"].font = Font(size=9, italic=True)
    ws.merge_cells("A3:K3")

    units = ["Ugglan", "Björkgården", "Sörgården", "Centrum", "Norr", "Vidsel/Korsträsk", "Gruppbostäder"]
    # two header rows
    ws.cell(row=5, column=1, value="Nr")
    ws.cell(row=5, column=2, value="Kontrollmoment")
    ws.cell(row=5, column=3, value="Kontrollansvarig")
    ws.cell(row=5, column=4, value="Särskilt boende")
    ws.cell(row=5, column=7, value="Hemtjänst")
    ws.cell(row=5, column=10, value="LSS")
    ws.cell(row=5, column=11, value="Kommentar helår")
    ws.merge_cells("D5:F5")
    ws.merge_cells("G5:I5")
    for c in (1, 2, 3, 11):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    for i, u in enumerate(units):
        ws.cell(row=6, column=4 + i, value=u)
    for rr in (5, 6):
        for c in range(1, 12):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for i, w in enumerate([5, 50, 18, 12, 13, 12, 12, 12, 16, 15, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    N = "—"
    rows = [
        ("H", "Process: Hälso- och sjukvård"),
        ("C", "1", "Läkemedelshantering – signeringslistor kontrolleras mot ordination (stickprov 10 brukare per enhet)",
         "MAS", ["G", "GA", "G", "G", "G", "G", "G"],
         "Björkgården: 3 osignerade administreringar, avvikelser rapporterade i Lifecare och åtgärdade.",
         "GENOMFORD", "ja"),
        ("C", "2", "Riskbedömningar (fall, trycksår, nutrition) i Senior alert görs inom 3 dagar efter inflyttning",
         "MAS / enhetschef", ["G", "G", "D", N, N, N, N],
         "Sörgården: kontrollen gjord endast för första halvåret.",
         "DELVIS", "nej"),
        ("C", "3", "Basala hygienrutiner och klädregler – egenkontroll enligt nationell mätning",
         "Hygiensjuksköterska", ["", "", "", "", "", "", ""],
         "Se bilaga 2.",
         "OKLAR", ""),
        ("H", "Process: Verkställighet och dokumentation"),
        ("C", "4", "Genomförandeplaner upprättas inom 14 dagar från verkställighetsstart",
         "Enhetschef", ["G", "G", "G", "G", "E", "G", "G"],
         "Hemtjänst Norr: ej genomförd p.g.a. vakant enhetschef augusti–november.",
         "DELVIS", "nej"),
        ("C", "5", "Registrerad tid i TES stämmer mot beviljad tid i hemtjänsten",
         "Enhetschef hemtjänst", [N, N, N, "G", "G", "G", N],
         "Avvikelser under 5 % på samtliga områden, inom tolerans.",
         "GENOMFORD", "nej"),
        ("C", "6", "Kvittering och förvaring av brukares nycklar i hemtjänsten",
         "Enhetschef hemtjänst", [N, N, N, "E", "E", "E", N],
         "Kontrollen har inte genomförts under året. Planeras till första kvartalet 2026.",
         "EJ_GENOMFORD", ""),
        ("C", "7", "Bemanning nattetid följer beslutad bemanningsplan",
         "Enhetschef", ["G", "G", "G", N, N, N, "G"],
         "",
         "GENOMFORD", "nej"),
        ("H", "Process: Ekonomi och administration"),
        ("C", "8", "Hantering av brukares privata medel – kassabok och kvitton kontrolleras av två personer",
         "Enhetschef", ["G", "G", "G", N, N, N, "GA"],
         "Gruppbostäder (Tallen): kvitto saknades för 2 uttag, redovisat till enhetschef och god man.",
         "GENOMFORD", "ja"),
        ("C", "9", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", ["", "", "", "", "", "", ""],
         "Kontrollerat centralt av controller: 30 fakturor, samtliga korrekt attesterade. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("C", "10", "Sjukfrånvaro och rehabiliteringsärenden dokumenteras i Adato",
         "Enhetschef / HR", ["G", "G", "D", "G", "G", "", "G"],
         "Hemtjänst Vidsel/Korsträsk har inte rapporterat. Sörgården: 2 ärenden saknade rehabplan.",
         "DELVIS", "ja"),
    ]
    fills = {"G": "C6EFCE", "GA": "F8CBAD", "D": "FFEB9C", "E": "FFC7CE"}
    r = 7
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        _, nr, km, ans, marks, kom, st, avv = row
        ws.cell(row=r, column=1, value=nr)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ans)
        for i, m in enumerate(marks):
            cell = ws.cell(row=r, column=4 + i, value=m or None)
            cell.alignment = Alignment(horizontal="center", vertical="top")
            if m in fills:
                cell.fill = PatternFill("solid", fgColor=fills[m])
        ws.cell(row=r, column=11, value=kom or None)
        for c in range(1, 12):
            ws.cell(row=r, column=c).border = BORDER
            if c in (1, 2, 3, 11):
                ws.cell(row=r, column=c).alignment = WRAP
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen godkänd av förvaltningschef Per Sandström 2026-01-21.")
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden – Internkontroll 2025"
    ws.oddHeader.right.text = "Helår"
    ws.row_dimensions[3].height = 15
    ws.row_dimensions[6].height = 18
    autofit_rows(ws, 7)
    landscape(ws)

    wl = wb.create_sheet("Bilaga 1 Enheter")
    wl["A1"] = "Enheter som omfattas av uppföljningen"
    wl["A1"].font = Font(bold=True)
    lst = [("Särskilt boende", "Ugglan", "Enhetschef Karin Nilsson"),
           ("Särskilt boende", "Björkgården", "Enhetschef Jonas Lundberg"),
           ("Särskilt boende", "Sörgården", "Enhetschef Eva Granström"),
           ("Hemtjänst", "Centrum", "Enhetschef Sofia Holm"),
           ("Hemtjänst", "Norr", "Vakant aug–nov, därefter Malin Eriksson"),
           ("Hemtjänst", "Vidsel/Korsträsk", "Enhetschef Tomas Nordin"),
           ("LSS", "Gruppbostäder (Tallen, Granen)", "Enhetschef Ida Strand")]
    wl.append([])
    wl.append(["Verksamhet", "Enhet", "Ansvarig"])
    for t in lst:
        wl.append(list(t))
    wl.column_dimensions["A"].width = 18
    wl.column_dimensions["B"].width = 32
    wl.column_dimensions["C"].width = 40

    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, counts "x av y enheter"
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden uppföljning intern kontroll helår 2025.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    fix_docx_props(d, "Johan Forsberg", "Uppföljning intern kontroll helår 2025")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.orientation = 1
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Älvsby kommun\tSocialtjänsten\t2026-01-22"

    d.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Helårsuppföljning, januari–december 2025")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 112). Planen innehåller tio "
        "kontrollmoment. Kontrollerna har följts upp på de enheter inom individ- och familjeomsorgen som omfattas "
        "av respektive kontroll: Barn och familj, Vuxenenheten, Ekonomiskt bistånd, Öppenvården och "
        "Familjecentralen. I tabellen anges på hur många av de berörda enheterna kontrollen har genomförts.")
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen har varit i huvudsak tillräcklig. "
        "Loggkontrollen i Treserva har inte kunnat genomföras och förs över till 2026 års plan.")
    d.add_heading("Uppföljning per kontrollmoment", level=2)

    hdr = ["Nr", "Kontrollmoment", "Metod / omfattning", "Berörda enheter", "Genomförd på",
           "Resultat och kommentar"]
    rows = [
        ("1", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Stickprov 20 anmälningar", "Barn och familj", "1 av 1 enhet",
         "18 av 20 bedömningar inom 14 dagar. 2 överskred tiden med 1–3 dagar. Åtgärd: bevakning i Treserva.",
         "GENOMFORD", "ja"),
        ("2", "Utredningstiden för barnavårdsutredningar överstiger inte fyra månader",
         "Samtliga avslutade utredningar okt–dec", "Barn och familj", "1 av 1 enhet",
         "15 utredningar granskade, samtliga avslutade inom fyra månader.",
         "GENOMFORD", "nej"),
        ("3", "Journalföring sker löpande och senast inom två veckor efter händelse",
         "Stickprov 5 akter per enhet", "Barn och familj, Vuxenenheten, Ekonomiskt bistånd, Öppenvården, Familjecentralen",
         "4 av 5 enheter",
         "Öppenvården ej granskad p.g.a. personalomsättning.\nVuxenenheten: 2 av 5 akter hade anteckningar "
         "äldre än två veckor som inte förts in.",
         "DELVIS", "ja"),
        ("4", "Beslut om ekonomiskt bistånd överensstämmer med utbetalt belopp",
         "Stickprov 25 utbetalningar", "Ekonomiskt bistånd", "1 av 1 enhet",
         "En dubbelutbetalning om 4 300 kr upptäcktes och har återkrävts. Övriga utan anmärkning.",
         "GENOMFORD", "ja"),
        ("5", "Loggkontroll i Treserva avseende otillbörlig åtkomst till personakter",
         "Loggutdrag 10 slumpvisa akter per enhet", "Samtliga fem enheter", "0 av 5 enheter",
         "Loggverktyget har inte levererats av leverantören. Kontrollen har inte kunnat genomföras 2025 och "
         "förs över till 2026.",
         "EJ_GENOMFORD", ""),
        ("6", "Handlingsplan vid hot och våld är känd och genomgången på APT",
         "Kontroll av APT-protokoll", "Samtliga fem enheter", "5 av 5 enheter",
         "Genomgången på APT under september–oktober på alla enheter.",
         "GENOMFORD", "nej"),
        ("7", "Avtal och fakturor för placeringar i HVB och familjehem stäms av mot beslut",
         "Samtliga externa placeringar", "Barn och familj, Vuxenenheten", "2 av 2 enheter",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("8", "Synpunkter och klagomål diarieförs och besvaras inom 10 arbetsdagar",
         "Genomgång av diariet", "Samtliga fem enheter", "3 av 5 enheter",
         "Familjecentralen och Öppenvården har inte redovisat. Bland redovisade ärenden inga avvikelser.",
         "DELVIS", "nej"),
        ("9", "Delegationsbeslut anmäls till nämnden",
         "Avstämning mot delegationslista", "–", "–",
         "Kontrolleras av nämndsekreteraren inför varje sammanträde. Samtliga beslut har anmälts.",
         "GENOMFORD", "nej"),
        ("10", "Körjournaler för verksamhetens bilar förs och stäms av månadsvis",
         "Stickprov 2 månader", "Vuxenenheten, Öppenvården", "Utgår",
         "Utgår – bilarna ingår i kommunens gemensamma bilpool från mars 2025 (SN 2025-03-12 § 22).",
         "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "DEEAF6")
    for nr, km, met, enh, gen, kom, st, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, met, enh, gen, kom]):
            set_cell(cells[i], v)
        exp(fil, namnd, km, st, avv)
    set_widths(t, [Cm(1.0), Cm(6.5), Cm(4.0), Cm(4.5), Cm(2.5), Cm(7.5)])

    d.add_paragraph()
    d.add_paragraph("Förslag till beslut: Socialnämnden godkänner helårsuppföljningen av internkontrollplan 2025.")
    d.add_paragraph("Johan Forsberg\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska - CSV export from a governance system, flat, one row per enhet and period
# ---------------------------------------------------------------------------
def build_tn():
    fil = "Export_internkontroll_20260123.csv"
    namnd = "Tekniska nämnden"
    org = "Tekniska förvaltningen"
    hdr = ["Organisation", "Enhet", "Kontrollmoment", "Kontrollmetod", "Period", "Status", "Avvikelse",
           "Kommentar", "Ansvarig", "Senast uppdaterad"]
    D, Hl = "Delår 2025", "Helår 2025"
    C = {}
    C[1] = "Attest av leverantörsfakturor enligt attestordningen"
    C[2] = "Egenkontroll livsmedel i tillagningskök enligt HACCP-plan"
    C[3] = "Provtagning av dricksvatten enligt provtagningsplan"
    C[4] = "Obligatorisk ventilationskontroll (OVK) i kommunens fastigheter enligt plan"
    C[5] = "Årlig huvudbesiktning av kommunens lekplatser"
    C[6] = "Inköp sker mot upphandlade avtal (avtalstrohet)"
    C[7] = "Städkvalitet kontrolleras enligt INSTA 800 på skolor och förskolor"
    C[8] = "Drivmedelskort och körjournaler för förvaltningens fordon stäms av"
    C[9] = "Vinterväghållning utförd av entreprenör följer avtalade åtgärdstider"
    C[10] = "Nyckel- och passerbehörigheter i kommunens fastigheter stäms av mot personallista"
    M = {1: "Stickprov 10 fakturor per enhet", 2: "Genomgång av egenkontrollpärm per kök",
         3: "Jämförelse provtagningsplan och analyssvar", 4: "Uppföljning mot OVK-plan",
         5: "Besiktningsprotokoll", 6: "Stickprov 20 inköp per enhet", 7: "INSTA 800-mätning 2 ggr/år",
         8: "Avstämning mot drivmedelsfakturor", 9: "Avstämning mot väderdata och loggbok",
         10: "Utdrag ur passersystemet"}
    A = {"Gata/park": "Kristina Wikström", "Vatten och avlopp": "Henrik Lind", "Fastighet": "Stefan Öberg",
         "Kostenheten": "Annika Bergman", "Lokalvård": "Marie Holmström"}
    rows = []

    def add(k, enh, per, st, avv, kom, date):
        ans = A[enh.split(" – ")[0]]
        rows.append((k, [org, enh, C[k], M[k], per, st, avv, kom, ans, date]))

    # delår rows (only some controls were reported at delår)
    for enh in ["Gata/park", "Vatten och avlopp", "Fastighet", "Kostenheten", "Lokalvård"]:
        add(1, enh, D, "Pågående", "", "", "2025-09-05")
    add(6, "Gata/park", D, "Ej påbörjad", "", "", "2025-09-05")
    add(6, "Fastighet", D, "Pågående", "", "Stickprov påbörjat.", "2025-09-08")
    add(7, "Lokalvård", D, "Pågående", "", "Vårens mätning klar, höstens återstår.", "2025-09-04")
    # helår rows
    for enh in ["Gata/park", "Vatten och avlopp", "Fastighet", "Kostenheten", "Lokalvård"]:
        add(1, enh, Hl, "Genomförd", "Nej", "10 fakturor granskade, inga avvikelser.", "2026-01-14")
    add(2, "Kostenheten – Kanisskolans kök", Hl, "Genomförd", "Nej", "", "2026-01-12")
    add(2, "Kostenheten – Ugglans kök", Hl, "Genomförd", "Nej", "", "2026-01-12")
    add(2, "Kostenheten – Vidsels kök", Hl, "Pågående", "Ja",
        "Temperaturloggning saknas för september–oktober. Ny rutin införd i november.", "2026-01-12")
    add(3, "Vatten och avlopp", Hl, "Genomförd", "Nej",
        "Samtliga prover enligt plan tagna, inga otjänliga prov.", "2026-01-09")
    add(4, "Fastighet", Hl, "Pågående", "Nej",
        "11 av 16 planerade OVK utförda. Resterande beställda till februari 2026.", "2026-01-15")
    add(5, "Gata/park", Hl, "Genomförd", "Ja",
        "Brister på 3 lekplatser (Kanis, Nyvägen, Vidsel). Utrustning avstängd och åtgärdad.", "2026-01-13")
    add(6, "Gata/park", Hl, "Genomförd", "Nej", "", "2026-01-16")
    add(6, "Vatten och avlopp", Hl, "Genomförd", "Nej", "", "2026-01-16")
    add(6, "Fastighet", Hl, "Genomförd", "Ja", "2 inköp av elmaterial utanför avtal.", "2026-01-16")
    add(6, "Kostenheten", Hl, "Ej påbörjad", "", "Ej hunnits med.", "2026-01-16")
    add(6, "Lokalvård", Hl, "Genomförd", "Nej", "", "2026-01-16")
    add(7, "Lokalvård", Hl, "Genomförd", "Nej", "Båda mätningarna utförda, godkänd nivå.", "2026-01-10")
    add(8, "Gata/park", Hl, "Ej påbörjad", "", "", "2026-01-16")
    add(8, "Vatten och avlopp", Hl, "Ej påbörjad", "", "", "2026-01-16")
    add(8, "Fastighet", Hl, "Ej påbörjad", "", "Resursbrist hösten 2025.", "2026-01-16")
    add(9, "Gata/park", Hl, "Ej aktuell", "",
        "Avtalet med entreprenören upphörde. Vinterväghållning i egen regi från 2025.", "2026-01-13")
    add(10, "Fastighet", Hl, "Genomförd", "Nej", "", "2026-01-15")
    add(10, "Lokalvård", Hl, "Genomförd", "Nej", "Avstämning gjord i november, inga avvikelser.", "2026-01-15")

    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        # the system sorts the export by control, then period (stable within)
        for _, row in sorted(rows, key=lambda t: (t[0], t[1][4] != D)):
            w.writerow(row)

    exp_map = {1: ("GENOMFORD", "nej"), 2: ("DELVIS", "ja"), 3: ("GENOMFORD", "nej"), 4: ("DELVIS", "nej"),
               5: ("GENOMFORD", "ja"), 6: ("DELVIS", "ja"), 7: ("GENOMFORD", "nej"), 8: ("EJ_GENOMFORD", ""),
               9: ("UTGAR", ""), 10: ("GENOMFORD", "nej")}
    for k in range(1, 11):
        exp(fil, namnd, C[k], *exp_map[k])
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Valnämnden - simple Word table, delivered as .doc
# ---------------------------------------------------------------------------
def build_vn(tmpdir):
    fil = "Valnämnden IK 2025.doc"
    namnd = "Valnämnden"
    d = docx.Document()
    fix_docx_props(d, "Sara Jonsson", "Valnämnden intern kontroll 2025")
    d.add_heading("Valnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll 2025 (helår)")
    d.add_paragraph("Under 2025 har inga val genomförts. Kontrollerna har avsett förberedelser inför de allmänna "
                    "valen 2026.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd (Ja/Nej)", "Kommentar"]
    rows = [
        ("Inventering av vallokaler och förtidsröstningslokaler inför valen 2026, inklusive tillgänglighet",
         "Besiktning på plats", "Valsamordnare", "Ja",
         "Samtliga 9 vallokaler besiktigade. Korsträsk bygdegård uppfyller inte tillgänglighetskraven, ny lokal bokad.",
         "GENOMFORD", "ja"),
        ("Rekryteringsplan och utbildningsplan för röstmottagare fastställs",
         "Kontroll av beslut", "Valsamordnare", "Delvis",
         "Rekryteringsplanen är klar. Utbildningsplanen blir klar i februari 2026.",
         "DELVIS", "nej"),
        ("Behörigheter i valdatasystemet Valid stäms av mot förteckning över behöriga",
         "Utdrag ur Valid", "Valnämndens sekreterare", "Ja",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Valmaterial förvaras i låst utrymme med loggad åtkomst",
         "Kontroll på plats", "Valsamordnare", "Nej",
         "Ej aktuellt 2025 – inget val genomfört och inget valmaterial har levererats.",
         "UTGAR", ""),
        ("Valnämndens protokoll justeras och anslås inom föreskriven tid",
         "Genomgång av anslagstavlan", "Valnämndens sekreterare", "Ja",
         "4 protokoll under året, samtliga anslagna inom tid.",
         "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for km, met, ans, gen, kom, st, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([km, met, ans, gen, kom]):
            set_cell(cells[i], v, size=10)
        exp(fil, namnd, km, st, avv)
    set_widths(t, [Cm(5.0), Cm(3.0), Cm(3.0), Cm(2.2), Cm(5.0)])
    d.add_paragraph()
    d.add_paragraph("Älvsby den 15 januari 2026")
    d.add_paragraph("Sara Jonsson, valnämndens sekreterare")
    src = os.path.join(tmpdir, "vn.docx")
    d.save(src)
    convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, "vn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - simple .xls with T1/T2/T3 columns side by side
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Överförmyndarnämnden_internkontroll_2025.xls"
    namnd = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdrs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning per tertial", bold)
    ws.write(2, 0, "Status: Utförd / Pågår / Ej utförd / Ej aktuell. T3 = helårsuppföljning.")
    hdr = ["Risk", "Kontrollmoment", "Frekvens", "Uppföljning T1", "Uppföljning T2", "Uppföljning T3",
           "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, hdrs)
    rows = [
        ("Årsräkningar granskas inte i tid",
         "Granskning av årsräkningar slutförd senast 30 juni",
         "Årligen", "Pågår", "Utförd", "Utförd",
         "142 av 142 årsräkningar granskade. 3 årsräkningar fick anmärkning.",
         "GENOMFORD", "ja"),
        ("Olämpliga ställföreträdare förordnas",
         "Lämplighetskontroll av nya ställföreträdare – utdrag ur belastningsregistret och kreditupplysning",
         "Löpande", "Utförd", "Utförd", "Utförd",
         "12 nya ställföreträdare, samtliga kontrollerade.",
         "GENOMFORD", "nej"),
        ("Arvoden beslutas olika för likartade uppdrag",
         "Arvodesbeslut följer nämndens riktlinjer för arvodering",
         "Årligen", "", "", "Utförd",
         "Stickprov 20 beslut, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Uttag görs utan samtycke",
         "Uttag från spärrade konton kontrolleras mot överförmyndarens samtycke",
         "Tertialvis", "", "Ej utförd", "Ej utförd",
         "Kontrollen flyttas till 2026 p.g.a. hög ärendebelastning.",
         "EJ_GENOMFORD", ""),
        ("Ensamkommande barn saknar god man",
         "Uppföljning av akter för ensamkommande barn med god man",
         "Tertialvis", "Ej aktuell", "Ej aktuell", "Ej aktuell",
         "Inga ärenden med ensamkommande barn under 2025.",
         "UTGAR", ""),
        ("Lång handläggningstid",
         "Handläggningstid för ansökan om god man eller förvaltare följs upp",
         "Tertialvis", "Utförd", "Utförd", "Pågår",
         "Uppföljning för september–december pågår, klar i februari.",
         "DELVIS", ""),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:7]):
            ws.write(5 + i, c, v, cellst)
        ws.row(5 + i).height_mismatch = True
        ws.row(5 + i).height = 256 * 2
        exp(fil, namnd, row[1], row[7], row[8])
    ws.write(5 + len(rows) + 2, 0, "Behandlad av Överförmyndarnämnden 2026-01-29 § 4")
    for c, w in enumerate([30, 50, 12, 14, 14, 14, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Kultur- och fritid - ODT, text only, heading per control, one line per enhet
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KoF uppföljning internkontroll 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    bst = Style(name="Fet", family="text")
    bst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(h1)
    doc.automaticstyles.addElement(h2)
    doc.automaticstyles.addElement(bst)

    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Kultur- och fritidsförvaltningen – uppföljning av intern kontroll 2025"))
    doc.text.addElement(P(text="Helårsrapport till nämnden, februari 2026"))
    doc.text.addElement(P(text=(
        "Nedan redovisas resultatet av årets kontroller. Varje kontroll har följts upp av berörda enheter: "
        "Biblioteket, Älvsbadet (simhall), Ungdomens hus och Kulturskolan. Där kontrollen gjorts centralt "
        "anges det.")))

    controls = [
        ("Dagskassor stäms av mot kassarapport och redovisas till ekonomienheten",
         [("Älvsbadet", "Genomförd. 12 stickprov, en differens på 120 kr som har utretts."),
          ("Biblioteket", "Genomförd utan anmärkning.")],
         "Bedömning: Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt fastställd taxa",
         [("Älvsbadet", "Genomförd, inga fel."),
          ("Fritidsanläggningar (idrottshallar)", "Stickprov gjort endast för vårterminen.")],
         "", "DELVIS", "nej"),
        ("Föreningsbidrag betalas ut enligt beslut och bidragsregler",
         [("Centralt (föreningskonsulent)", "Kontrollen är genomförd. 18 av 18 utbetalningar stämde mot beslut.")],
         "", "GENOMFORD", "nej"),
        ("Rutiner för drogfri miljö och närvaroregistrering på fritidsgården följs",
         [("Ungdomens hus", "Ej genomförd. Rutinen håller på att omarbetas och kontrollen görs 2026.")],
         "Bedömning: Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Kulturskolans avgifter och syskonrabatt debiteras korrekt",
         [("Kulturskolan", "Genomförd. 30 fakturor kontrollerade, inga fel.")],
         "", "GENOMFORD", "nej"),
        ("Säkerhetsrutiner i simhallen – badvaktsbemanning och livräddningsutbildning",
         [("Älvsbadet", "Livräddningsutbildning genomförd för all personal i maj. Kontroll av "
                        "badvaktsbemanning har inte gjorts under hösten.")],
         "", "DELVIS", "nej"),
    ]
    for km, units, bed, st, avv in controls:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=km))
        for enh, txt in units:
            p = P()
            p.addElement(Span(stylename=bst, text=enh + ": "))
            p.addText(txt)
            doc.text.addElement(p)
        if bed:
            doc.text.addElement(P(text=bed))
        exp(fil, namnd, km, st, avv)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Linnea Sundqvist, kultur- och fritidschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from VON
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv_VON_helarsuppfoljning_IK_2025.docx"
    d = docx.Document()
    fix_docx_props(d, "Lena Öhman", "Missiv")
    d.add_paragraph("Älvsby kommun\nVård- och omsorgsförvaltningen\n2026-01-23")
    d.add_paragraph("Till: Ekonomikontoret, Kommunledningsförvaltningen")
    d.add_heading("Översändande av helårsuppföljning av internkontrollplan 2025", level=2)
    d.add_paragraph(
        "Härmed översänds Vård- och omsorgsnämndens helårsuppföljning av internkontrollplan 2025. "
        "Uppföljningen redovisas per enhet i bifogad Excelfil och behandlas av nämnden den 28 januari 2026.")
    d.add_paragraph(
        "Observera att resultatet av hygienmätningen redovisas i en separat bilaga som skickas när den "
        "nationella mätningen har sammanställts.")
    d.add_paragraph("Bilaga: VO_internkontroll_2025_helar.xlsx")
    d.add_paragraph("Med vänlig hälsning\nLena Öhman\nNämndsekreterare, vård- och omsorgsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r196_")
    try:
        build_bun()
        build_von()
        build_sn()
        build_tn()
        build_vn(tmpdir)
        build_ofn()
        build_kfn()
        build_missiv()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for row in NAMNDER:
            w.writerow(row)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
