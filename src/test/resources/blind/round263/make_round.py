#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 263 - Ljungmora kommun - theme: several tables on one sheet or page.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = tempfile.mkdtemp(prefix="r263build_")
LO_PROFILE = "file:///tmp/lo-round263"
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)

KOMMUN = "Ljungmora kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEADFILL = PatternFill("solid", fgColor="D9E1F2")


def fixed_props(wb):
    wb.properties.creator = "Ljungmora kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def header_row(ws, row, col, labels, fill=HEADFILL):
    for i, lab in enumerate(labels):
        c = ws.cell(row=row, column=col + i, value=lab)
        c.font = BOLD
        c.fill = fill
        c.border = BOX
        c.alignment = WRAP


def data_cell(ws, row, col, value, fill=None):
    c = ws.cell(row=row, column=col, value=value if value != "" else None)
    c.border = BOX
    c.alignment = WRAP
    if fill is not None:
        c.fill = fill
    return c


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Ljungmora Bostäder AB", "LjBo|Ljungmorabostäder|Ljungmora Bostäder"),
    ("Räddningstjänstförbundet Ljungmora-Åsby", "RTF|Räddningstjänsten Ljungmora-Åsby|Räddningstjänsten"),
]


# ---------------------------------------------------------------------------
# F1  KS - T1 block left, T2 block right, same controls
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS_IK-uppfoljning_T1_T2_2025.xlsx"
    namnd = "Kommunstyrelsen"
    # nr, kontrollmoment, T1 status, T1 kommentar, T2 status, T2 kommentar, expected status, avv
    rows = [
        ("1", "Attest av leverantörsfakturor enligt attestordningen",
         "Genomförd", "Stickprov 25 fakturor, inga avvikelser.",
         "Genomförd med anmärkning", "Stickprov 25 fakturor, 2 saknade beslutsattest. Återkopplat till enhetscheferna.",
         "GENOMFORD", "ja"),
        ("2", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Pågår", "Januari–mars kontrollerat.",
         "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("3", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Ej påbörjad", "",
         "Delvis genomförd", "Analys av inköp jan–jun klar, inga köp utanför avtal hittills. Juli–aug återstår.",
         "DELVIS", "nej"),
        ("4", "Representation och förtroendekänsliga poster följer riktlinjerna",
         "Genomförd", "Inga avvikelser.",
         "Genomförd", "3 av 20 verifikationer saknade deltagarförteckning och syfte.",
         "GENOMFORD", "ja"),
        ("5", "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personal",
         "Ej påbörjad", "",
         "Ej genomförd", "Flyttas till T3 på grund av systembyte.",
         "EJ_GENOMFORD", ""),
        ("6", "Löneutbetalningar – kontroll av nyanställda och avslutade anställningar",
         "Genomförd", "Inga avvikelser.",
         "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("7", "Informationssäkerhet – uppföljning av incidentrapportering",
         "Pågår", "",
         "", "Kontrollen genomförd i juni. Två incidenter var inte rapporterade inom 72 timmar.",
         "GENOMFORD", "ja"),
        ("8", "Hantering av allmänna handlingar – diarieföring inom föreskriven tid",
         "Genomförd", "Stickprov 30 ärenden, samtliga diarieförda inom två arbetsdagar.",
         "", "",
         "GENOMFORD", "nej"),
        ("9", "Kontroll av ändringar i leverantörsregistret (bankgiro/plusgiro)",
         "Utgår", "Ersätts av automatisk kontroll i nytt ekonomisystem (KS 2025-03-12 § 41).",
         "Utgår", "",
         "UTGAR", ""),
        ("10", "Uppföljning av anmälda bisysslor för chefer",
         "", "",
         "Se bilaga 2", "",
         "OKLAR", ""),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Kommunledningskontoret, Ljungmora kommun. Uppföljningen per tertial 2 avser perioden maj–augusti."
    ws["A4"] = "Tertial 1 (januari–april)"
    ws["F4"] = "Tertial 2 (maj–augusti)"
    ws.merge_cells("A4:D4")
    ws.merge_cells("F4:I4")
    for ref in ("A4", "F4"):
        ws[ref].font = Font(bold=True, size=12)
        ws[ref].alignment = Alignment(horizontal="center")
        ws[ref].fill = PatternFill("solid", fgColor="B4C6E7")
    labels = ["Nr", "Kontrollmoment", "Status", "Kommentar"]
    header_row(ws, 5, 1, labels)
    header_row(ws, 5, 6, labels)
    r = 6
    for nr, km, s1, k1, s2, k2, st, avv in rows:
        for col, v in zip(range(1, 5), (nr, km, s1, k1)):
            data_cell(ws, r, col, v)
        for col, v in zip(range(6, 10), (nr, km, s2, k2)):
            data_cell(ws, r, col, v)
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen godkänd av kommundirektör Annika Strand 2025-09-10.")
    for col, w in zip("ABCDEFGHI", (5, 42, 16, 40, 3, 5, 42, 22, 48)):
        ws.column_dimensions[col].width = w
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F2  BUN - summary table (counts per status) above the detail table
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "BUN Delårsuppföljning internkontroll 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    # process, risk, km, metod, ansvarig, status, kommentar, exp, avv
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attestering av fakturor sker enligt attestordningen", "Stickprov 40 fakturor", "Controller",
         "Genomförd", "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Intäktsbortfall",
         "Avgifter för fritidshem debiteras enligt beslutad taxa", "Stickprov 50 hushåll", "Avgiftshandläggare",
         "Genomförd", "5 av 50 hushåll hade felaktig avgiftsnivå, rättat i juni.", "GENOMFORD", "ja"),
        ("Ekonomi", "Felaktig ersättning",
         "Kontroll av skolskjutsersättning till entreprenör mot körjournal", "Avstämning per termin", "Skolskjutssamordnare",
         "Delvis genomförd", "Vårterminen kontrollerad utan anmärkning. Höstterminen kontrolleras i november.", "DELVIS", "nej"),
        ("Elevhälsa och trygghet", "Elever far illa",
         "Rutin för anmälan av kränkande behandling till huvudman följs", "Genomgång av samtliga anmälningar", "Verksamhetschef grundskola",
         "Genomförd", "Samtliga 37 anmälningar hanterade inom 5 dagar.", "GENOMFORD", "nej"),
        ("Elevhälsa och trygghet", "Problematisk frånvaro upptäcks inte",
         "Uppföljning av elevers frånvaro enligt rutin för problematisk frånvaro", "Kontroll per skola", "Rektorer",
         "Delvis genomförd", "Genomfört på 6 av 9 skolor.", "DELVIS", ""),
        ("Personal", "Olämplig person anställs",
         "Registerkontroll – utdrag ur belastningsregistret vid nyanställning", "Stickprov 20 nyanställningar", "HR-specialist",
         "Ej genomförd", "Kontrollen har inte hunnit genomföras, planeras till tertial 3.", "EJ_GENOMFORD", ""),
        ("Personal", "Obehöriga lärare tillsvidareanställs",
         "Kontroll av att lärarlegitimation finns vid tillsvidareanställning", "Samtliga anställningar jan–aug", "HR-specialist",
         "Genomförd", "2 tillsvidareanställda utan legitimation upptäckta, ärende hos HR.", "GENOMFORD", "ja"),
        ("IT och information", "Obehörig åtkomst",
         "Kontroll av behörigheter i elevdokumentationssystemet", "Avstämning mot personalregister", "Systemförvaltare",
         "Utgår", "Utgår enligt beslut BUN 2025-04-22 § 48, ingår i kommungemensam kontroll.", "UTGAR", ""),
    ]
    counts = {}
    for r_ in rows:
        counts[r_[5]] = counts.get(r_[5], 0) + 1
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Sammanställning"
    ws["A4"].font = BOLD
    header_row(ws, 5, 1, ["Status", "Antal kontrollmoment"])
    r = 6
    for s in ("Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"):
        data_cell(ws, r, 1, s)
        data_cell(ws, r, 2, counts.get(s, 0))
        r += 1
    data_cell(ws, r, 1, "Totalt").font = BOLD
    data_cell(ws, r, 2, len(rows)).font = BOLD
    r += 3
    ws.cell(row=r, column=1, value="Detaljerad uppföljning per kontrollmoment").font = BOLD
    r += 1
    header_row(ws, r, 1, ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                          "Status delår", "Resultat/kommentar"])
    r += 1
    start = r
    prev = None
    for proc, risk, km, metod, ans, st, kom, e, avv in rows:
        if proc != prev:
            if prev is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            start = r
            data_cell(ws, r, 1, proc)
            prev = proc
        else:
            data_cell(ws, r, 1, "")
        for col, v in zip(range(2, 8), (risk, km, metod, ans, st, kom)):
            data_cell(ws, r, col, v)
        exp(fil, namnd, km, e, avv)
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Ljungmora 2025-09-08")
    ws.cell(row=r + 1, column=1, value="Karin Eklöf, förvaltningschef")
    for col, w in zip("ABCDEFG", (22, 26, 46, 26, 22, 16, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  SBN + TN on one sheet, codes with legend, second nämnd further down
#     with a different column order
# ---------------------------------------------------------------------------
def f3_sbn_tn():
    fil = "SBF_IK_helar_2025_SBN_TN.xlsx"
    sbn = [
        ("1", "Handläggningstid för bygglov inom lagstadgad tid (PBL 9 kap.)", "Kvartalsvis", "Bygglovschef", "G",
         "95 % inom 10 veckor. 4 ärenden överskred tiden, avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
        ("2", "Debitering av bygglovsavgifter enligt taxa", "Årligen", "Administratör", "G",
         "Stickprov 20 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ("3", "Delegationsbeslut anmäls till nämnden", "Tertialvis", "Nämndsekreterare", "G",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Kontroll av att plankostnadsavtal tecknats före planstart", "Årligen", "Planchef", "D",
         "Kontrollerat för 3 av 5 pågående planer; resterande kontrolleras kv 1 2026.", "DELVIS", ""),
        ("5", "Uppföljning av exploateringsavtal – fakturering av gatukostnader", "Årligen", "Exploateringsingenjör", "E",
         "Ej genomförd på grund av vakans.", "EJ_GENOMFORD", ""),
        ("6", "Arkivering av planhandlingar i e-arkivet", "Årligen", "Arkivredogörare", "",
         "", "SAKNAS", ""),
    ]
    tn = [
        ("G", "1", "Ekonomi", "Attest av leverantörsfakturor för entreprenader",
         "Inga avvikelser.", "Ekonom", "GENOMFORD", "nej"),
        ("G", "2", "Ekonomi", "Kontroll av ÄTA-arbeten mot avtal innan betalning",
         "Två ÄTA-arbeten saknade skriftlig beställning. Rutinen har förtydligats.", "Projektledare", "GENOMFORD", "ja"),
        ("D", "3", "Fordon", "Fordonsregister – kontroll av körjournaler för tjänstebilar",
         "Genomfört för 12 av 31 fordon.", "Fordonssamordnare", "DELVIS", ""),
        ("U", "4", "Drift", "Vinterväghållning – kontroll av entreprenörens utryckningar mot väderdata",
         "Utgår – ny upphandling med GPS-rapportering från 2025-01-01.", "Driftchef", "UTGAR", ""),
        ("G/D", "5", "Avfall", "Kassahantering vid återvinningscentralen",
         "", "Avfallschef", "OKLAR", ""),
        ("E", "6", "VA", "Kontroll av att VA-avgifter debiteras samtliga anslutna fastigheter",
         "Flyttas till 2026.", "VA-chef", "EJ_GENOMFORD", ""),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning av intern kontroll 2025 – helår"
    ws["A1"].font = TITLE
    ws["A2"] = "Samhällsbyggnadsförvaltningen (för Samhällsbyggnadsnämnden och Tekniska nämnden)"
    ws["A3"] = "Statuskoder: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A3"].font = Font(italic=True)
    r = 5
    ws.cell(row=r, column=1, value="Nämnd: Samhällsbyggnadsnämnden").font = Font(bold=True, size=12)
    r += 1
    header_row(ws, r, 1, ["Nr", "Kontrollmoment", "Frekvens", "Ansvarig", "Status (kod)", "Kommentar"])
    r += 1
    for nr, km, frek, ans, kod, kom, e, avv in sbn:
        for col, v in zip(range(1, 7), (nr, km, frek, ans, kod, kom)):
            data_cell(ws, r, col, v)
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, "Samhällsbyggnadsnämnden", km, e, avv)
        r += 1
    r += 4
    ws.cell(row=r, column=1, value="Nämnd: Tekniska nämnden").font = Font(bold=True, size=12)
    r += 1
    header_row(ws, r, 1, ["Status", "Nr", "Kontrollområde", "Kontrollmoment", "Kommentar", "Ansvarig"])
    r += 1
    for kod, nr, omr, km, kom, ans, e, avv in tn:
        for col, v in zip(range(1, 7), (kod, nr, omr, km, kom, ans)):
            data_cell(ws, r, col, v)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, "Tekniska nämnden", km, e, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av Per Lindqvist, controller SBF, 2026-01-20")
    for col, w in zip("ABCDEF", (12, 48, 22, 44, 40, 22)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Socialnämnden - Word, summary table first, detail table after
# ---------------------------------------------------------------------------
def set_cell_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def docx_fixed(doc):
    cp = doc.core_properties
    cp.author = "Ljungmora kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Ljungmora kommun"


def f4_sn():
    fil = "Socialnämnden uppföljning IKP T2 2025.docx"
    namnd = "Socialnämnden"
    groups = [
        ("Process: Ekonomiskt bistånd", [
            ("Utbetalning av ekonomiskt bistånd sker enligt beslut", "Stickprov 30 utbetalningar",
             "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av dubbla utbetalningar mot Försäkringskassan (SSBTEK)", "Körning av matchningslista, samtliga träffar",
             "1 ärende med dubbel utbetalning, återkrav har upprättats.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ]),
        ("Process: Barn och unga", [
            ("Förhandsbedömning av orosanmälan inom 14 dagar", "Uttag ur verksamhetssystemet maj–aug",
             "Maj och juni granskade utan avvikelse, juli–augusti återstår.", "Pågår", "DELVIS", "nej"),
            ("Utredningstid inom fyra månader (SoL 11 kap. 2 §)", "Samtliga avslutade utredningar",
             "18 av 110 utredningar överskred fyra månader utan beslut om förlängning.", "Genomförd", "GENOMFORD", "ja"),
        ]),
        ("Process: Placeringar", [
            ("Fakturor för externa placeringar stäms av mot beslut", "Avstämning av samtliga fakturor",
             "Prioriteras under tertial 3.", "Ej påbörjad", "EJ_GENOMFORD", ""),
            ("Avgiftsbeslut för familjerådgivning", "Stickprov 10 beslut",
             "Avgiften för familjerådgivning är avskaffad från 2025-01-01.", "Ej aktuell", "UTGAR", ""),
        ]),
        ("Process: Personal och dokumentation", [
            ("Registerutdrag kontrolleras vid anställning inom barn- och ungdomsverksamhet", "Samtliga nyanställningar",
             "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
            ("Dokumentation i verksamhetssystemet Lifecare följer rutin", "Journalgranskning 25 akter",
             "Brister i 6 av 25 journaler. Utbildningsinsats planeras i oktober.", "Genomförd", "GENOMFORD", "ja"),
        ]),
    ]
    counts = {}
    for _, items in groups:
        for it in items:
            counts[it[3]] = counts.get(it[3], 0) + 1
    total = sum(counts.values())

    doc = Document()
    docx_fixed(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ljungmora kommun – Socialförvaltningen"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = doc.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Socialnämnden")
    p = doc.add_paragraph()
    p.add_run("Period: ").bold = True
    p.add_run("Tertial 2 (januari–augusti 2025)")
    doc.add_paragraph(
        "Socialnämnden fastställde internkontrollplanen för 2025 den 18 december 2024 (§ 162). "
        "Planen omfattar åtta kontrollmoment inom fyra processer. Nedan redovisas först en "
        "sammanfattning av status och därefter resultatet per kontrollmoment.")
    doc.add_heading("Sammanfattning", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Status", "Antal", "Andel")):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_shade(t.rows[0].cells[i], "D9D9D9")
    for s in ("Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Ej aktuell"):
        c = t.add_row().cells
        c[0].text = s
        c[1].text = str(counts.get(s, 0))
        c[2].text = "%d %%" % round(100 * counts.get(s, 0) / total)
    c = t.add_row().cells
    c[0].text = "Totalt"
    c[1].text = str(total)
    c[2].text = "100 %"
    for cell in c:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    doc.add_paragraph()
    doc.add_paragraph(
        "Två kontrollmoment visar avvikelser som bedöms som väsentliga: utredningstider inom barn och unga "
        "samt dokumentationen i Lifecare. Åtgärder redovisas i tabellen nedan.")
    doc.add_heading("Uppföljning per kontrollmoment", level=2)
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(("Kontrollmoment", "Metod/omfattning", "Resultat T2", "Status")):
        t2.rows[0].cells[i].text = h
        t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_shade(t2.rows[0].cells[i], "D9D9D9")
    for gname, items in groups:
        row = t2.add_row().cells
        m = row[0].merge(row[3])
        m.text = gname
        m.paragraphs[0].runs[0].bold = True
        set_cell_shade(m, "F2F2F2")
        for km, metod, res, status, e, avv in items:
            c = t2.add_row().cells
            c[0].text = km
            c[1].text = metod
            c[2].text = res
            c[3].text = status
            exp(fil, namnd, km, e, avv)
    doc.add_paragraph()
    doc.add_paragraph("Ljungmora den 12 september 2025")
    doc.add_paragraph("Maria Holm\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F5  VON - traffic-light fills, legend table to the right of the data,
#     nämnd only in print header and file name
# ---------------------------------------------------------------------------
def f5_von():
    fil = "VON uppföljning IKP delår 2025.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="BFBFBF")
    fills = {"G": GREEN, "Y": YELLOW, "R": RED, "X": GREY, "": None}
    rows = [
        ("Hemtjänst", "Utförd tid i hemtjänst stäms av mot beviljad tid", "Månadsvis avstämning i TES", "Enhetschef hemtjänst",
         "G", "Avvikelse över 10 % hos 7 brukare, utreds vidare.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Fakturering av hemtjänstavgift enligt avgiftsbeslut", "Stickprov 25 brukare", "Avgiftshandläggare",
         "G", "Inga fel i stickprov om 25.", "GENOMFORD", "nej"),
        ("Särskilt boende", "Läkemedelshantering – kontroll av signeringslistor", "Stickprov per boende", "MAS",
         "Y", "Genomfört på 3 av 5 boenden.", "DELVIS", ""),
        ("Särskilt boende", "Nyckelhantering och låsloggar på särskilda boenden", "Genomgång av låsloggar", "Enhetschefer SÄBO",
         "R", "Ej genomförd, nytt låssystem installeras hösten 2025.", "EJ_GENOMFORD", ""),
        ("LSS", "Kontroll av assistansersättning – tidrapporter mot beslut", "Stickprov 15 ärenden", "Verksamhetschef LSS",
         "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("LSS", "Avvikelserapportering enligt lex Sarah hanteras inom fastställd tid", "Genomgång av samtliga rapporter", "Kvalitetsutvecklare",
         "Y", "Pågår, resultat redovisas i helårsrapporten.", "DELVIS", ""),
        ("Ekonomi", "Attest av fakturor enligt attestordning", "Stickprov 40 fakturor", "Controller",
         "G", "2 fakturor attesterade av jävig attestant, rättat.", "GENOMFORD", "ja"),
        ("Ekonomi", "Inventering av hjälpmedel", "Inventering i lager", "Hjälpmedelssamordnare",
         "X", "Utgår – hjälpmedel hanteras av regionen från 2025.", "UTGAR", ""),
        ("Ekonomi", "Privata medel för brukare – kassaboksgranskning", "Stickprov 10 kassaböcker", "Enhetschefer SÄBO",
         "", "", "SAKNAS", ""),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK delår"
    ws.oddHeader.left.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "Delår 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning delår (per 31 augusti)"
    ws["A1"].font = TITLE
    header_row(ws, 3, 1, ["Område", "Kontrollmoment", "Hur kontrollen görs", "Ansvarig", "Delår", "Kommentar delår"])
    r = 4
    for omr, km, hur, ans, f, kom, e, avv in rows:
        for col, v in zip(range(1, 7), (omr, km, hur, ans, None, kom)):
            data_cell(ws, r, col, v if v is not None else "")
        if fills[f] is not None:
            ws.cell(row=r, column=5).fill = fills[f]
        exp(fil, namnd, km, e, avv)
        r += 1
    # legend table to the right
    ws.cell(row=3, column=8, value="Färgförklaring").font = BOLD
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=9)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
              (RED, "Ej genomförd"), (GREY, "Utgår")]
    lr = 4
    for fill, text in legend:
        c = ws.cell(row=lr, column=8)
        c.fill = fill
        c.border = BOX
        data_cell(ws, lr, 9, text)
        lr += 1
    ws.cell(row=r + 1, column=1, value="Avvikelser redovisas i kommentarskolumnen. Ofylld cell = ej rapporterat.")
    for col, w in zip("ABCDEFGHI", (16, 48, 28, 22, 9, 48, 3, 6, 26)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  KFN - process A left, process B right with own headers; process C
#     stacked below with yet another column order. Delivered as .ods
# ---------------------------------------------------------------------------
def f6_kfn():
    fil = "KFN_internkontroll_helar_2025.ods"
    namnd = "Kultur- och fritidsnämnden"
    left = [
        ("Utbetalda föreningsbidrag stäms av mot beviljade belopp", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Redovisning av aktivitetsstöd kontrolleras mot närvarolistor", "Klar",
         "2 föreningar hade redovisat fler deltagare än närvarolistorna visar; återkrav skickat.", "GENOMFORD", "ja"),
        ("Kontroll av att föreningar har giltiga stadgar och årsmöteshandlingar", "Delvis",
         "28 av 41 föreningar kontrollerade.", "DELVIS", ""),
        ("Uppföljning av villkor för verksamhetsbidrag till studieförbund", "Utgått",
         "Beslut KFN 2025-02-18 § 12: ansvaret flyttat till kommunstyrelsen.", "UTGAR", ""),
    ]
    right = [
        ("1", "Samtliga bokningar i bokningssystemet faktureras", "Samtliga bokningar v. 10–40 fakturerade.", "Klar",
         "GENOMFORD", "nej"),
        ("2", "Timtaxor tillämpas enligt beslutad taxa", "Fel taxa tillämpad för 3 externa hyresgäster, rättat.", "Klar",
         "GENOMFORD", "ja"),
        ("3", "Kvittens för utlämnade nycklar och passerkort", "", "Ej klar", "EJ_GENOMFORD", ""),
        ("4", "Avbokningsavgift debiteras enligt regler", "Kontrollen påbörjad i december, slutförs i januari.", "",
         "DELVIS", ""),
    ]
    below = [
        ("Klar", "Attest av leverantörsfakturor enligt attestordningen", "Inga avvikelser.", "Ekonom",
         "GENOMFORD", "nej"),
        ("Ej klar", "Kontroll av kontantkassor på bibliotek och simhall", "Ej genomförd på grund av sjukskrivning.",
         "Enhetschef bibliotek", "EJ_GENOMFORD", ""),
        ("Delvis", "Förteckning över offentlig konst uppdateras", "60 % av verken inventerade, 4 verk kan inte lokaliseras.",
         "Konstintendent", "DELVIS", "ja"),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden – uppföljning internkontroll helår 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Status anges som Klar / Delvis / Ej klar / Utgått"
    ws["A2"].font = Font(italic=True)
    PROC = Font(bold=True, size=12, color="1F4E78")
    ws["A4"] = "Process: Föreningsbidrag"
    ws["A4"].font = PROC
    ws["E4"] = "Process: Uthyrning av lokaler och anläggningar"
    ws["E4"].font = PROC
    header_row(ws, 5, 1, ["Kontrollmoment", "Status", "Kommentar"])
    header_row(ws, 5, 5, ["Nr", "Kontrollmoment", "Resultat", "Status"])
    r = 6
    for km, s, kom, e, avv in left:
        for col, v in zip(range(1, 4), (km, s, kom)):
            data_cell(ws, r, col, v)
        exp(fil, namnd, km, e, avv)
        r += 1
    r2 = 6
    for nr, km, res, s, e, avv in right:
        for col, v in zip(range(5, 9), (nr, km, res, s)):
            data_cell(ws, r2, col, v)
        exp(fil, namnd, km, e, avv)
        r2 += 1
    r = max(r, r2) + 2
    ws.cell(row=r, column=1, value="Process: Ekonomi och administration").font = PROC
    r += 1
    header_row(ws, r, 1, ["Status", "Kontrollmoment", "Kommentar", "Ansvarig"])
    r += 1
    for s, km, kom, ans, e, avv in below:
        for col, v in zip(range(1, 5), (s, km, kom, ans)):
            data_cell(ws, r, col, v)
        exp(fil, namnd, km, e, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Beslutad av Kultur- och fritidsnämnden 2026-02-10 § 9")
    for col, w in zip("ABCDEFGH", (44, 40, 44, 4, 5, 42, 40, 10)):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(BUILD, "KFN_internkontroll_helar_2025.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  Ljungmora Bostäder AB - stacked blocks with blank rows, different
#     column orders, numeric status codes with legend. Delivered as .xls
# ---------------------------------------------------------------------------
def f7_bolag():
    fil = "Ljungmora Bostäder AB IK T1 2025.xls"
    namnd = "Ljungmora Bostäder AB"
    a = [
        ("Hyresavier stäms av mot hyreskontrakt", "Ekonomichef", 1, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kundfordringar äldre än 90 dagar följs upp och lämnas till inkasso", "Ekonom", 1,
         "12 fordringar hade inte lämnats till inkasso i tid.", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestinstruktion", "Ekonom", 2,
         "Stickprov januari–februari klart, mars–april pågår.", "DELVIS", ""),
    ]
    b = [
        (1, "Besiktning av lekplatser enligt plan", "Samtliga 14 lekplatser besiktade, 2 anmärkningar åtgärdade.",
         "Förvaltare", "GENOMFORD", "ja"),
        (3, "Kontroll av att OVK utförts enligt intervall", "Planeras till tertial 2.", "Teknisk förvaltare",
         "EJ_GENOMFORD", ""),
        (0, "Uppföljning av energiförbrukning per fastighet", "Utgår, ersatt av nytt energiuppföljningssystem.",
         "Energistrateg", "UTGAR", ""),
    ]
    c = [
        ("C1", 1, "Bostadskö – lägenheter fördelas enligt uthyrningspolicyn", "Uthyrningschef",
         "Inga avvikelser i stickprov om 15 kontrakt.", "GENOMFORD", "nej"),
        ("C2", 2, "Kontroll av andrahandsuthyrning mot lämnade godkännanden", "Uthyrare", "", "DELVIS", ""),
        ("C3", None, "Kreditupplysning tas innan nytt hyreskontrakt tecknas", "Uthyrare", "", "SAKNAS", ""),
    ]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "T1 2025"
    ws["A1"] = "Ljungmora Bostäder AB"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning intern kontroll tertial 1 2025 (januari–april)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Statuskod: 1 = Genomförd, 2 = Pågående, 3 = Ej påbörjad, 0 = Utgår"
    ws["A3"].font = Font(italic=True)
    BLK = Font(bold=True, size=12)
    r = 5
    ws.cell(row=r, column=1, value="A. Ekonomi").font = BLK
    r += 1
    header_row(ws, r, 1, ["Kontrollmoment", "Ansvarig", "Status", "Kommentar"])
    r += 1
    for km, ans, s, kom, e, avv in a:
        for col, v in zip(range(1, 5), (km, ans, s, kom)):
            data_cell(ws, r, col, v)
        exp(fil, namnd, km, e, avv)
        r += 1
    r += 2
    ws.cell(row=r, column=1, value="B. Fastighetsförvaltning").font = BLK
    r += 1
    header_row(ws, r, 1, ["Status", "Kontrollmoment", "Kommentar", "Ansvarig"])
    r += 1
    for s, km, kom, ans, e, avv in b:
        for col, v in zip(range(1, 5), (s, km, kom, ans)):
            data_cell(ws, r, col, v)
        exp(fil, namnd, km, e, avv)
        r += 1
    r += 2
    ws.cell(row=r, column=1, value="C. Uthyrning").font = BLK
    r += 1
    header_row(ws, r, 1, ["Nr", "Status", "Kontrollmoment", "Ansvarig", "Kommentar"])
    r += 1
    for nr, s, km, ans, kom, e, avv in c:
        for col, v in zip(range(1, 6), (nr, s if s is not None else "", km, ans, kom)):
            data_cell(ws, r, col, v)
        exp(fil, namnd, km, e, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporterad till styrelsen 2025-05-20. VD Johan Berg")
    for col, w in zip("ABCDE", (46, 40, 44, 28, 40)):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(BUILD, "Ljungmora Bostäder AB IK T1 2025.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# F8  reject: covering letter (missiv) with only a summary table of counts
# ---------------------------------------------------------------------------
def f8_missiv():
    fil = "Missiv MBN internkontroll 2025.docx"
    doc = Document()
    docx_fixed(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.sections[0].header.paragraphs[0].text = "Ljungmora kommun – Miljö- och byggförvaltningen"
    p = doc.add_paragraph("MISSIV")
    p.runs[0].bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Datum: 2025-09-11\nDiarienummer: MBN 2025/0312")
    doc.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    doc.add_heading("Uppföljning av internkontrollplan 2025, delår – Miljö- och byggnadsnämnden", level=2)
    doc.add_paragraph(
        "Härmed översänds Miljö- och byggnadsnämndens uppföljning av internkontrollplanen per delår 2025. "
        "Uppföljningen behandlades av nämnden den 9 september 2025 (§ 87). Själva uppföljningen är exporterad "
        "ur Stratsys och skickas som separat fil till ekonomiavdelningens funktionsbrevlåda.")
    doc.add_paragraph("Sammanfattningsvis ser statusläget ut enligt nedan:")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Status"
    t.rows[0].cells[1].text = "Antal kontrollmoment"
    for s, n in (("Genomförd", 5), ("Delvis genomförd", 2), ("Ej genomförd", 1), ("Totalt", 8)):
        c = t.add_row().cells
        c[0].text = s
        c[1].text = str(n)
    doc.add_paragraph()
    doc.add_paragraph("Frågor besvaras av undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nLena Sjöberg\nNämndsekreterare, Miljö- och byggförvaltningen\n"
                      "lena.sjoberg@ljungmora.se")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    f1_ks()
    f2_bun()
    f3_sbn_tn()
    f4_sn()
    f5_von()
    f6_kfn()
    f7_bolag()
    f8_missiv()
    write_csvs()
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
