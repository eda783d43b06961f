#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 158 - Högsäter kommun, delår 2025 (per 31 augusti).

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv.  Run:  /usr/bin/python3 make_round.py
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
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round158"
FIXED = dt.datetime(2025, 9, 10, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
HBAB = "Högsäters Bostäder AB"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Barn och utbildning"),
    (SN, "SN|Socialförvaltningen|SOC|IFO"),
    (VON, "VON|Vård- och omsorgsförvaltningen|Vård och omsorg|VOF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid|Kultur & fritid"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF|Samhällsbyggnad"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Bygg och miljö|Miljö & bygg"),
    (OFN, "ÖFN|Överförmyndare|Överförmyndarenheten"),
    (VN, "VN"),
    (HBAB, "HBAB|Högsäterbostäder|Bostadsbolaget"),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_props(wb):
    wb.properties.creator = "Högsäter kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# A. Kommunstyrelsen - xlsx, "Vad ska kontrolleras?" / "Hur gick det?" / "Läge"
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS delårsuppföljning IK 2025.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Högsäter kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Delår per 31 augusti 2025"
    ws["A3"].font = Font(size=12, bold=True)
    ws["A4"] = ("Instruktion: fyll i kolumnerna ”Hur gick det?” och ”Läge”. Skriv kort! "
                "Skickas till ekonomienheten senast 8/9.")
    ws["A4"].font = Font(size=9, italic=True, color="C00000")
    ws.merge_cells("A4:G4")
    hdr = ["Nr", "Område", "Vad ska kontrolleras?", "Hur kontrolleras det?", "Vem",
           "Hur gick det?", "Läge"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    groups = [
        ("Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial i Raindance", "Ekonomichef",
             "Stickprov gjort på 20 fakturor.\n2 saknade andra attest (rättat i efterhand).",
             "Klart i juni", "GENOMFORD", "ja"),
            ("1.2", "Representation och förtroendekänsliga poster – syfte och deltagare ska anges",
             "Genomgång av samtliga verifikat på konto 7630–7632", "Redovisningsekonom",
             "Alla 31 verifikat jan–jul genomgångna.", "Ok, inga fel", "GENOMFORD", "nej"),
            ("1.3", "Avstämning av balanskonton vid delårsbokslut",
             "Avstämningsblanketter kontrolleras", "Redovisningsekonom",
             "", "Görs i höst", "EJ_GENOMFORD", ""),
        ]),
        ("Personal och lön", [
            ("2.1", "Att lönearter för OB och övertid registreras korrekt",
             "Stickprov 20 lönespecifikationer", "HR-chef",
             "Stickprov gjort på 10 av 20, hittills inga fel", "Halvvägs", "DELVIS", "nej"),
            ("2.2", "Att rehabiliteringsutredning påbörjas vid upprepad korttidsfrånvaro",
             "Uppföljning i HR-systemet, alla ärenden", "HR-konsult",
             "", "Inte hunnit", "EJ_GENOMFORD", ""),
            ("2.3", "Att anställningsavtal är undertecknade innan tillträde",
             "Samtliga nyanställningar", "HR-konsult",
             "Kollat alla 14 nyanställningar jan–jun.", "Ok, inga fel", "GENOMFORD", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter i ekonomisystemet tas bort när anställning upphör",
             "Behörighetslista jämförs med avslutade anställningar", "Systemförvaltare",
             "3 konton för avslutade fanns kvar, nu borttagna.", "Klart i juni",
             "GENOMFORD", "ja"),
            ("3.2", "Att kontinuitetsplan för IT finns och är testad",
             "Dokumentgranskning + test", "IT-chef",
             "Planen uppdaterad i maj.\nTest av återläsning inte gjort ännu.", "Halvvägs",
             "DELVIS", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Att direktupphandlingar över 100 tkr dokumenteras",
             "Stickprov 10 direktupphandlingar", "Upphandlare",
             "", "", "SAKNAS", ""),
            ("4.2", "Inköp sker från avtalade leverantörer (avtalstrohet)",
             "Leverantörsanalys i Raindance", "Upphandlare",
             "Se bilaga", "", "OKLAR", ""),
            ("4.3", "Kontroll av att leverantörer är registrerade för F-skatt",
             "Kontroll mot Skatteverket", "Upphandlare",
             "Görs centralt av inköpscentralen sedan 2025.", "Utgår", "UTGAR", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (nr, km, hur, vem, gick, lage, st, av) in rows:
            vals = [nr, gname, km, hur, vem, gick, lage]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, KS, km, st, av)
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 4 av 11 kontroller klara per 31/8, 2 pågår, övriga görs under hösten.")
    ws.cell(r, 1).font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Sammanställt av: Lena Ek, controller KLF, 2025-09-08")
    widths = [6, 18, 44, 32, 18, 42, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    normalize_zip(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# B. BUN - xlsx, percent columns T1 + delår, nämnd only in print header + filename
# ---------------------------------------------------------------------------
def file_bun():
    fil = "IK-uppf BUF delår 25.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Barn- och utbildningsnämnden – Internkontroll 2025"
    ws.oddHeader.center.size = 12
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "&F"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(size=14, bold=True)
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Metod", "Klart % T1 (30/4)",
           "Klart % delår (31/8)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("Att det systematiska arbetsmiljöarbetet (SAM) genomförs med skyddsronder på samtliga skolor",
         "Rektorer", "Protokoll från skyddsronder", 0.25, 1,
         "Skyddsronder gjorda på alla 7 enheter. Brister i ventilationen på Högsäterskolan, anmält till fastighet.",
         "GENOMFORD", "ja"),
        ("Att anmälan om kränkande behandling görs till huvudman samma vecka",
         "Rektorer", "Jämförelse anmälningar/ärendelogg", 0.5, 0.5,
         "Genomgång vt klar, ht återstår.", "DELVIS", ""),
        ("Att elevfrånvaro följs upp enligt rutin för problematisk skolfrånvaro",
         "Elevhälsochef", "Stickprov 10 elever", 0, 0,
         "Inte påbörjat – rutinen revideras först.", "EJ_GENOMFORD", ""),
        ("Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift",
         "Avgiftshandläggare", "Stickprov 25 hushåll", 0.5, None,
         None, "DELVIS", ""),
        ("Skolskjuts – att beslut fattas enligt riktlinjerna",
         "Skolskjutshandläggare", "Genomgång av samtliga beslut", None, 1,
         "Ok", "GENOMFORD", "nej"),
        ("Att utdrag ur belastningsregistret har visats vid nyanställning",
         "Rektorer/HR", "Samtliga nyanställda", None, 1,
         "Alla nyanställda kontrollerade, 1 utdrag saknades – åtgärdat.", "GENOMFORD", "ja"),
        ("Attest av fakturor för inköp av läromedel",
         "Ekonom BUF", "Stickprov", None, None,
         "Utgår, ingår i KS kontroll av attest.", "UTGAR", ""),
        ("Att lärares legitimation kontrolleras vid anställning",
         "HR", "Kontroll mot Skolverkets register", 1, 1,
         "Klart redan T1.", "GENOMFORD", "nej"),
        ("Hantering av skyddade personuppgifter i elevregistret",
         "Skoladministratör", "Genomgång av rutin och behörigheter", 0, "ej påb.",
         None, "EJ_GENOMFORD", ""),
        ("Att inköp av livsmedel till förskolorna sker från avtalad leverantör",
         "Kostchef", "Leverantörsanalys", None, None,
         "Görs i höst.", "EJ_GENOMFORD", ""),
    ]
    r = 4
    for (km, ans, met, t1, dl, kom, st, av) in rows:
        vals = [km, ans, met, t1, dl, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (4, 5) and isinstance(v, (int, float)):
                cell.number_format = "0 %"
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, BUN, km, st, av)
        r += 1
    ws.cell(r, 1, "Snitt").font = Font(bold=True)
    ws.cell(r, 4, 0.39).number_format = "0 %"
    ws.cell(r, 5, 0.56).number_format = "0 %"
    for c in (1, 4, 5):
        ws.cell(r, c).font = Font(bold=True)
    ws.cell(r + 2, 1, "Uppgifterna lämnade av respektive kontrollansvarig. Frågor: Per Holm, BUF.")
    ws.cell(r + 2, 1).font = Font(italic=True, size=9)
    for i, w in enumerate([48, 20, 28, 12, 12, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    normalize_zip(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# C. Socialnämnden - docx, numbered heading + paragraph per control, G/DG/EG legend
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning intern kontroll delår 2025.docx"
    doc = Document()
    doc.core_properties.author = "Maria Lindqvist"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.title = "Uppföljning intern kontroll delår 2025"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Högsäter kommun\tSocialförvaltningen\tDnr SN 2025/14"
    p = doc.add_paragraph("Socialnämnden")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(12)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=1)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 112). "
        "Nedan redovisas uppföljningen av respektive kontrollmoment för perioden januari–augusti. "
        "Kontroller som inte har hunnits med under våren genomförs under hösten och redovisas i "
        "årsbokslutet.")
    p = doc.add_paragraph()
    r = p.add_run("Status anges med G = genomförd, DG = delvis genomförd, EG = ej genomförd.")
    r.italic = True
    ctrls = [
        ("Att utbetalning av ekonomiskt bistånd sker efter beslut och attest",
         ["Metod: stickprov 25 utbetalningar per månad jan–aug. Samtliga hade beslut och "
          "korrekt attest. Status: G."], "GENOMFORD", "nej"),
        ("Att utredningar inom barn och unga avslutas inom fyra månader",
         ["Uppföljt för jan–jun: 6 av 41 utredningar överskred fyra månader utan beslut om "
          "förlängning. Juli–augusti återstår att gå igenom. Status: DG."], "DELVIS", "ja"),
        ("Att loggkontroller i verksamhetssystemet genomförs",
         ["EG. Inte hunnit på grund av vakant tjänst som systemförvaltare. Görs i höst."],
         "EJ_GENOMFORD", ""),
        ("Hot och våld – att handlingsplanen är känd i alla arbetsgrupper",
         ["Status: G med anmärkning. Handlingsplanen har gåtts igenom på APT i alla "
          "arbetsgrupper utom Mottagningen, där det inte blev av före semestern."],
         "GENOMFORD", "ja"),
        ("Att placeringar på HVB sker hos upphandlade leverantörer",
         ["Halvvägs. 9 av 18 placeringar granskade, samtliga hos avtalade leverantörer."],
         "DELVIS", "nej"),
        ("Att kontanthantering på Öppenvården sker enligt rutin",
         ["Utgår – kassan avvecklades i mars och all betalning sker nu via faktura."],
         "UTGAR", ""),
        ("Att anmälningar enligt lex Sarah hanteras inom utsatt tid",
         ["Se bilaga 2."], "OKLAR", ""),
        ("Att familjehem har aktuella utdrag ur belastningsregistret",
         ["Status:", "Kommentar:"], "SAKNAS", ""),
        ("Att kostnader för köpt vård stäms av mot beslut varje månad",
         ["Ok, inga fel. Avstämning görs månadsvis av controller, kontrollerat jan–aug."],
         "GENOMFORD", "nej"),
    ]
    for i, (km, paras, st_, av) in enumerate(ctrls, 1):
        doc.add_heading(f"{i}. {km}", level=2)
        for t in paras:
            doc.add_paragraph(t)
        exp(fil, SN, km, st_, av)
    doc.add_paragraph()
    doc.add_paragraph("Högsäter 2025-09-10")
    doc.add_paragraph("Maria Lindqvist\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    normalize_zip(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# D. Högsäters Bostäder AB - ods, "Följer plan: Ja/Nej", process merged over risks
# ---------------------------------------------------------------------------
def file_hbab(tmp):
    fil = "HBAB internkontroll 2025 uppföljning aug.ods"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Högsäters Bostäder AB"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 31 augusti (delår)"
    ws["A2"].font = Font(size=12, bold=True)
    hdr = ["Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Befintliga åtgärder",
           "Följer plan:\nJa/Nej", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.alignment = WRAP
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    data = [
        ("Hyresadministration", [
            ("Felaktiga hyresavier", 6, "Avstämning av hyresreskontra mot huvudbok varje månad",
             "Månadsavstämning ekonomi", "Ja", "Avstämt jan–aug utan differenser.",
             "GENOMFORD", "nej"),
            ("Hyresfordringarna växer", 9,
             "Uppföljning av hyresskulder och påminnelser enligt inkassorutin",
             "Inkassorutin, månadsrapport", "Nej",
             "Kontrollen gjord. Rutinen följdes inte jun–jul p.g.a. semester, "
             "4 ärenden skickades för sent till inkasso.", "GENOMFORD", "ja"),
        ]),
        ("Fastighetsunderhåll", [
            ("Felaktiga leverantörsfakturor", 8,
             "Attest av fakturor från entreprenörer mot beställning",
             "Beställningsrutin, attestordning", "Ja", "Stickprov 15 st, ok.",
             "GENOMFORD", "nej"),
            ("Underhållsplanen följs inte", 6,
             "Uppföljning av underhållsplanens åtgärder för 2025",
             "Underhållsplan 2025–2034", "Nej", "Inte hunnit, görs till bokslut.",
             "EJ_GENOMFORD", ""),
            ("Brand i flerbostadshus", 12,
             "Systematiskt brandskyddsarbete (SBA) – egenkontroll i trapphus och källare",
             "SBA-pärm per fastighet", "Nej",
             "Halvvägs, 22 av 45 trapphus kontrollerade. Inga brister hittills.",
             "DELVIS", "nej"),
        ]),
        ("Uthyrning", [
            ("Lägenheter fördelas utan grund (förtur)", 4,
             "Kontroll att lägenheter fördelas enligt köreglerna",
             "Köregler antagna av styrelsen", "Ja", None, "GENOMFORD", "nej"),
        ]),
        ("Styrning och ledning", [
            ("Jäv och mutor vid upphandling", 6,
             "Jävsdeklarationer från styrelse och ledning finns",
             "Jävsdeklaration årligen", None, None, "SAKNAS", ""),
            ("Obehörig åtkomst till hyressystemet", 6,
             "Genomgång av behörigheter i hyressystemet",
             "Behörighetsrutin", "Nej",
             "Ej aktuellt 2025 – nytt hyressystem upphandlas, kontrollen görs efter byte.",
             "UTGAR", ""),
        ]),
    ]
    r = 5
    for proc, rows in data:
        start = r
        for (risk, rv, km, bef, fp, kom, st, av) in rows:
            vals = [proc if r == start else None, risk, rv, km, bef, fp, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, HBAB, km, st, av)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Riskvärde = sannolikhet × konsekvens (skala 1–4).")
    ws.cell(r + 1, 1, "Följer plan: Ja = kontrollen genomförd enligt plan utan anmärkning. "
                      "Nej = avvikelse från planen, se kommentar.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    ws.cell(r + 1, 1).font = Font(italic=True, size=9)
    ws.cell(r + 3, 1, "Behandlad av styrelsen 2025-09-16. VD Karin Åberg")
    for i, w in enumerate([20, 28, 8, 44, 28, 12, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmp, "HBAB internkontroll 2025 uppföljning aug.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", HBAB, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# E. SBN - .xls, adopted plan columns + delår follow-up columns side by side
# ---------------------------------------------------------------------------
def file_sbn(tmp):
    fil = "SBN Internkontrollplan 2025 inkl uppföljning delår.xls"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Plan och uppföljning"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Internkontrollplan 2025 – antagen av SBN 2025-01-28 § 7"
    ws["A3"] = "Uppföljning delår 2025 (t.o.m. augusti) i kolumnerna K–M"
    ws["A3"].font = Font(italic=True)
    # two header rows
    ws.cell(5, 1, "PLAN")
    ws.merge_cells("A5:J5")
    ws.cell(5, 11, "UPPFÖLJNING DELÅR")
    ws.merge_cells("K5:M5")
    for c in (1, 11):
        ws.cell(5, c).font = Font(bold=True, color="FFFFFF")
        ws.cell(5, c).alignment = Alignment(horizontal="center")
    ws.cell(5, 1).fill = PatternFill("solid", fgColor="44546A")
    ws.cell(5, 11).fill = PatternFill("solid", fgColor="C65911")
    hdr = ["Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Metod", "Frekvens",
           "Ansvarig", "Rapport till nämnd", "Utfall / kommentar", "Avvikelse (J/N)", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.alignment = WRAP
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9D9D9" if c <= 10 else "FCE4D6")
    data = [
        ("Gata och park", [
            ("Halka, skadeståndsanspråk", 3, 3,
             "Vinterväghållning – entreprenörens utryckningstider följs",
             "Genomgång av larmlogg", "Löpande", "Gatuchef", "Delår",
             "klar, 2 sena utryckningar i februari, vite utdömt", "J",
             "Dialog med entreprenören, uppföljningsmöte 2025-04-03", "GENOMFORD", "ja"),
            ("Felaktig fakturering", 2, 3,
             "Kontroll av fakturor för vinterväghållning mot körjournaler",
             "Stickprov 20 fakturor", "2 ggr/år", "Gatuchef", "Delår",
             "pågår ca 50%", "N", None, "DELVIS", "nej"),
        ]),
        ("VA", [
            ("Felaktig debitering", 2, 2,
             "Avläsning av vattenmätare – uppskattad förbrukning högst 2 år i följd",
             "Utdrag ur VA-debiteringssystemet", "1 ggr/år", "VA-ingenjör", "Helår",
             None, None, None, "SAKNAS", ""),
            ("Otjänligt dricksvatten", 2, 4,
             "Egenkontroll av dricksvattenkvalitet enligt provtagningsprogram",
             "Provtagningsprotokoll", "Löpande", "Driftchef VA", "Delår",
             "Alla prover tagna. 1 anmärkning (koliforma bakterier, Rörvik) – åtgärdat, "
             "kokningsrekommendation hävd 12/6.", "J", "Spolning av ledningsnät", "GENOMFORD", "ja"),
        ]),
        ("Fastighet", [
            ("Personskada, vite", 2, 4,
             "Lagstadgade besiktningar (hiss, OVK, brand) utförs i tid",
             "Besiktningsregister", "1 ggr/år", "Fastighetschef", "Delår",
             "ej påb.", None, None, "EJ_GENOMFORD", ""),
            ("Ekonomisk förlust", 2, 2,
             "Hyresavtal för externt inhyrda lokaler är aktuella och undertecknade",
             "Genomgång av avtalsregistret", "1 ggr/år", "Fastighetschef", "Delår",
             "Klart i juni. Ok.", "N", None, "GENOMFORD", "nej"),
        ]),
        ("Mark och exploatering", [
            ("Felaktig tomtfördelning", 1, 3,
             "Tomtkö – fördelning av villatomter sker enligt tomtkön",
             "Genomgång av sålda tomter", "1 ggr/år", "Mark- och exploateringsingenjör",
             "Delår",
             "Ej aktuell 2025 – inga tomter till försäljning (detaljplan Norra Backa ej antagen).",
             None, None, "UTGAR", ""),
        ]),
        ("Kost", [
            ("Matförgiftning", 2, 4,
             "Livsmedelshantering i storköket – egenkontrollprogrammet följs",
             "Egenkontroll enligt HACCP", "Löpande", "Kostchef", "Delår",
             "pågår ca 50%, inga avvikelser hittills", "N", None, "DELVIS", "nej"),
        ]),
        ("Administration", [
            ("Handlingar kan inte återsökas", 3, 2,
             "Diarieföring av inkomna handlingar sker inom 2 dagar",
             "Stickprov 20 handlingar", "2 ggr/år", "Nämndsekreterare", "Delår",
             "Stickprov gjort på 10 av 20 planerade, 3 handlingar diarieförda först efter 5–7 dagar",
             "J", "Påminnelse till registratorerna", "DELVIS", "ja"),
            ("Beslut saknar laga kraft", 2, 3,
             "Delegationsbeslut anmäls till nämnden",
             "Jämförelse delegationslista/protokoll", "2 ggr/år", "Nämndsekreterare", "Delår",
             "Görs i höst", None, None, "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 7
    for proc, rows in data:
        start = r
        for (risk, s, k, km, met, frek, ans, rap, utf, avj, atg, st, av) in rows:
            vals = [proc, risk, s, k, s * k, km, met, frek, ans, rap, utf, avj, atg]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            rv = s * k
            ws.cell(r, 5).fill = PatternFill(
                "solid", fgColor="FF7C80" if rv >= 8 else ("FFEB9C" if rv >= 4 else "C6EFCE"))
            exp(fil, SBN, km, st, av)
            r += 1
        if r - 1 > start:
            for rr in range(start + 1, r):
                ws.cell(rr, 1).value = None
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "S = sannolikhet, K = konsekvens (1–4), RV = riskvärde (S×K). "
                  "Rapport till nämnd: när kontrollen återrapporteras (Delår/Helår).")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for i, w in enumerate([16, 22, 4, 4, 5, 40, 24, 10, 16, 10, 44, 10, 28], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.oddFooter.left.text = "SBF – internkontroll 2025"
    src = os.path.join(tmp, "SBN Internkontrollplan 2025 inkl uppföljning delår.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", OUT)
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F. KFN - Outlook mail saved as .txt (cp1252, CRLF), quoted request below
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "SV Uppföljning intern kontroll delår 2025 - KFN.txt"
    ctrls = [
        ("Kontantkassor i simhallen och på biblioteket stäms av mot kassarapport",
         "Klart i juni, ok inga fel.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslut och bidragsregler",
         "Stickprov gjort på 10 av 20 föreningar, två hade lämnat fel medlemsantal och "
         "återkrav är skickat. Resten görs i oktober.", "DELVIS", "ja"),
        ("Att uthyrning av lokaler och idrottsanläggningar faktureras",
         "Halvvägs. Inga fel hittills.", "DELVIS", "nej"),
        ("Att personal i badhuset har giltig HLR- och livräddningsutbildning",
         "Klart. 3 st saknade repetition, de gick den i maj.", "GENOMFORD", "ja"),
        ("Inventering av utrustning (datorer, ljud- och ljusutrustning) i Kulturhuset",
         "Inte hunnit.", "EJ_GENOMFORD", ""),
        ("Att avtal med studieförbunden följs upp",
         "Utgår enligt beslut i KFN 2025-05-20 § 31 (avtalen sägs upp, nytt bidragssystem).",
         "UTGAR", ""),
        ("Lotteritillstånd – att redovisningar från föreningarna kommer in i tid",
         "Görs i höst.", "EJ_GENOMFORD", ""),
    ]
    lines = [
        "Från:\tJohan Berglund <johan.berglund@hogsater.se>",
        "Skickat:\tden 11 september 2025 16:42",
        "Till:\tEkonomienheten <ekonomi@hogsater.se>",
        "Kopia:\tAnna Svensson <anna.svensson@hogsater.se>",
        "Ämne:\tSV: Uppföljning intern kontroll delår 2025 - Kultur- och fritidsnämnden",
        "",
        "Hej!",
        "",
        "Sorry för sent svar. Här kommer kultur och fritids uppföljning av IK-planen per 31/8. "
        "Vi har ingen mall så jag skriver direkt i mejlet, hoppas det går bra.",
        "",
    ]
    for i, (km, txt, st, av) in enumerate(ctrls, 1):
        lines.append(f"{i}. {km} - {txt}")
        exp(fil, KFN, km, st, av)
    lines += [
        "",
        "Säg till om ni behöver något mer inför nämnden.",
        "",
        "Mvh",
        "Johan Berglund",
        "Verksamhetscontroller",
        "Kultur- och fritidsförvaltningen",
        "Högsäter kommun",
        "Tfn 0528-123 45",
        "",
        "Från: Ekonomienheten <ekonomi@hogsater.se> ",
        "Skickat: den 25 augusti 2025 09:15",
        "Till: Förvaltningschefer; Controllers",
        "Ämne: Uppföljning intern kontroll delår 2025",
        "",
        "Hej,",
        "",
        "Dags för uppföljning av internkontrollplanerna per 31 augusti. Ange för varje "
        "kontrollmoment status (Genomförd / Delvis genomförd / Ej genomförd / Utgår) och en kort "
        "kommentar om resultatet och eventuella avvikelser.",
        "",
        "Exempel: \"Attest av leverantörsfakturor - Genomförd, inga avvikelser.\"",
        "",
        "Svar senast måndag 8 september.",
        "",
        "Hälsningar",
        "Ekonomienheten",
        "",
    ]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write("\r\n".join(lines).encode("cp1252"))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# G. Stratsys CSV export - VON + MBN, one row per control and period
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_Internkontroll_export_20250905.csv"
    hdr = ["Enhet", "Plan", "Kontrollmoment", "Kontrollansvarig", "Period", "Status",
           "Kommentar", "Senast ändrad"]
    von = "Vård och omsorg"
    mbn = "Miljö- och byggnämnden"
    plan = "Internkontrollplan 2025"
    ctrls = [
        (von, VON, "Att läkemedelshantering i hemtjänsten sker enligt delegering", "MAS",
         [("T1 2025", "Pågående", "Genomgång av delegeringar startad.", "2025-04-28"),
          ("Delår 2025", "Avslutad",
           "Alla 112 delegeringar kontrollerade, 5 hade gått ut - förnyade i juni.", "2025-08-29")],
         "GENOMFORD", "ja"),
        (von, VON, "Att avgifter inom äldreomsorgen beräknas på aktuellt inkomstunderlag",
         "Avgiftshandläggare",
         [("T1 2025", "Ej påbörjad", "", "2025-04-30"),
          ("Delår 2025", "Pågående", "Stickprov gjort på 10 av 20, inga fel hittills.",
           "2025-09-02")],
         "DELVIS", "nej"),
        (von, VON, "Att genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Enhetschefer hemtjänst",
         [("T1 2025", "Pågående", "Halvvägs", "2025-04-29"),
          ("Delår 2025", "", "", "")],
         "DELVIS", ""),
        (von, VON, "Att avvikelser enligt lex Sarah rapporteras och utreds", "MAS",
         [("Delår 2025", "Avslutad", "Ok, inga fel", "2025-08-20")],
         "GENOMFORD", "nej"),
        (von, VON, "Kontroll av timrapportering för timanställda i bemanningssystemet",
         "Bemanningsenheten",
         [("Delår 2025", "Ej påbörjad", "Inte hunnit pga. semesterperioden.", "2025-09-01")],
         "EJ_GENOMFORD", ""),
        (von, VON, "Att brukarnas handkassor på särskilt boende redovisas månadsvis",
         "Enhetschefer SÄBO",
         [("T1 2025", "Avslutad", "Klart", "2025-04-25"),
          ("Delår 2025", "Ej aktuell",
           "Kontrollen utgår efter beslut VON 2025-06-12 § 48 - handkassorna har avvecklats.",
           "2025-06-13")],
         "UTGAR", ""),
        (von, VON, "Att trygghetslarm besvaras inom 10 minuter", "Larmsamordnare",
         [("Delår 2025", "Pågående", "Klart i juni.", "2025-07-02")],
         "OKLAR", ""),
        (mbn, MBN, "Att tillsynsavgifter debiteras enligt taxa", "Miljöchef",
         [("Delår 2025", "Avslutad",
           "Stickprov 15 ärenden, 1 felaktig timdebitering - rättad.", "2025-08-27")],
         "GENOMFORD", "ja"),
        (mbn, MBN, "Att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         [("T1 2025", "Pågående", "", "2025-04-30"),
          ("Delår 2025", "Pågående",
           "pågår ca 50%. Jan-apr granskat:\n4 av 62 ärenden över tiden.", "2025-09-03")],
         "DELVIS", "ja"),
        (mbn, MBN, "Att jäv dokumenteras vid handläggning av ärenden", "Förvaltningschef",
         [("Delår 2025", "Ej påbörjad", "Görs i höst", "2025-08-15")],
         "EJ_GENOMFORD", ""),
        (mbn, MBN, "Att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [("Delår 2025", "Avslutad", "Ok", "2025-08-19")],
         "GENOMFORD", "nej"),
        (mbn, MBN, "Att livsmedelskontroller genomförs enligt kontrollplanen", "Miljöchef",
         [("Delår 2025", "", "", "")],
         "SAKNAS", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for (enh, namnd, km, ans, periods, st, av) in ctrls:
            for (per, sta, kom, dat) in periods:
                w.writerow([enh, plan, km, ans, per, sta, kom, dat])
            exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# H. Rejected: Outlook auto-reply saved as .txt
# ---------------------------------------------------------------------------
def file_autoreply():
    fil = "Automatiskt svar Uppföljning intern kontroll delår 2025.txt"
    lines = [
        "Från:\tSofia Nyberg <sofia.nyberg@hogsater.se>",
        "Skickat:\tden 25 augusti 2025 09:16",
        "Till:\tEkonomienheten <ekonomi@hogsater.se>",
        "Ämne:\tAutomatiskt svar: Uppföljning intern kontroll delår 2025",
        "",
        "Hej!",
        "",
        "Jag är på semester till och med den 15 september och läser inte min e-post.",
        "",
        "Ärenden som rör överförmyndarnämnden hänvisas till överförmyndarenhetens "
        "funktionsbrevlåda overformyndaren@hogsater.se eller kommunens kontaktcenter, tfn 0528-100 00.",
        "",
        "Uppföljningen av överförmyndarnämndens internkontrollplan skickas efter min semester.",
        "",
        "Vänliga hälsningar",
        "Sofia Nyberg",
        "Handläggare, Överförmyndarenheten",
        "Högsäter kommun",
        "",
    ]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write("\r\n".join(lines).encode("cp1252"))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            for row in rows:
                wr.writerow(row)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    # remove previously generated outputs (keep script and README)
    keep = {"make_round.py", "README.md"}
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if n not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r158_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_hbab(tmp)
        file_sbn(tmp)
        file_kfn()
        file_stratsys()
        file_autoreply()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
