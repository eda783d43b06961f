#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r337 - Hallbyn kommun, T2 2025 (jan-aug).
Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory)
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round337"
FIXED = dt.datetime(2025, 9, 8, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
TN = "Tekniska nämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
OFN = "Överförmyndarnämnden"

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_props_wb(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# F1  Stratsys export, KS + SBN, periods T1 and T2 side by side
# ---------------------------------------------------------------------------
def f1():
    fil = "Stratsys_IK_uppfoljning_T2_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Hallbyn kommun – Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportperiod: Tertial 2 (januari–augusti) 2025"
    ws["A3"] = "Urval: Kommunstyrelsen; Samhällsbyggnadsnämnden"
    ws["A4"] = "Utskriven 2025-09-08 09:41 av ekonomi.rapport (Stratsys)"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(italic=True, color="555555")
    hdr = ["Organisation", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Frekvens", "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Avvikelse"]
    hr = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        # org, process, risk, km, metod, ansv, frekv, s1, k1, s2, k2, avv, (status, avv)
        (KS, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov i Raindance", "Redovisningschef", "Tertial",
         "Pågående", "Stickprov 20 fakturor jan–apr, inga fel.",
         "Slutförd", "Stickprov totalt 40 fakturor. 2 fakturor attesterade av person utan attesträtt. "
                     "Åtgärdat, information till berörda chefer.", "Ja",
         ("GENOMFORD", "ja")),
        (KS, "Ärendehantering", "Beslut fattas utan delegation",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Avstämning delegationslista mot protokoll", "Kommunsekreterare", "Tertial",
         "Slutförd", "Samtliga beslut anmälda.", "Slutförd",
         "Samtliga delegationsbeslut maj–aug anmälda vid KS 2025-06-11 och 2025-08-27.", "Nej",
         ("GENOMFORD", "nej")),
        (KS, "IT och informationssäkerhet", "Obehörig åtkomst till ekonomisystem",
         "Behörigheter i ekonomisystemet gås igenom och konton för avslutade anställningar tas bort",
         "Behörighetslista mot HR-systemet", "Systemförvaltare ekonomi", "Halvår",
         "Ej påbörjad", "", "Pågående",
         "Genomgång påbörjad. Fyra konton för avslutade anställningar har inaktiverats.", "Ja",
         ("DELVIS", "ja")),
        (KS, "Upphandling", "Bristande avtalstrohet",
         "Efterlevnad av inköpsrutiner och avtalstrohet vid direktupphandling",
         "Stickprov 25 direktupphandlingar", "Upphandlingschef", "Årligen",
         "Ej påbörjad", "", "Försenad",
         "Skjuts till tertial 3 på grund av vakans på upphandlingsenheten.", "",
         ("EJ_GENOMFORD", "")),
        (KS, "Ekonomi", "Förtroendeskadliga kostnader",
         "Representation och förtroendekänsliga poster följer riktlinjerna",
         "Stickprov konto 7100–7190", "Controller KLF", "Halvår",
         "Pågående", "Stickprov på representation jan–mars påbörjat.", "", "", "",
         ("DELVIS", "")),
        (KS, "IT och informationssäkerhet", "Incidenter hanteras inte",
         "Uppföljning av informationssäkerhetsincidenter",
         "Genomgång incidentlogg", "Informationssäkerhetssamordnare", "Tertial",
         "Utgår", "Utgår enligt KS beslut 2025-03-12 § 41, hanteras inom ISMS.", "Utgår", "", "",
         ("UTGAR", "")),
        (SBN, "Bygglov", "Handläggningstid överskrids",
         "Handläggningstid för bygglov inom 10 veckor enligt PBL",
         "Uttag ur ärendesystemet", "Bygglovschef", "Tertial",
         "Pågående", "Uttag för jan–apr: 94 % inom tid.", "Slutförd",
         "92 % inom lagstadgad tid jan–aug. 7 ärenden överskred tiden, avgiftsreducering i 3 av dem.",
         "Ja", ("GENOMFORD", "ja")),
        (SBN, "Bygglov", "Felaktig debitering",
         "Debitering av bygglovsavgifter enligt gällande taxa",
         "Stickprov 25 ärenden", "Bygglovschef", "Årligen",
         "", "", "Slutförd", "Stickprov 25 ärenden, inga avvikelser.", "Nej",
         ("GENOMFORD", "nej")),
        (SBN, "Administration", "Handlingar diarieförs inte",
         "Diarieföring av inkomna handlingar inom två arbetsdagar",
         "Stickprov två veckor per år", "Nämndsekreterare SBF", "Halvår",
         "", "", "Pågående", "Stickprov vecka 34 genomfört utan anmärkning, vecka 46 återstår.", "Nej",
         ("DELVIS", "nej")),
        (SBN, "Exploatering", "Avtalsvillkor följs inte upp",
         "Uppföljning av exploateringsavtal",
         "Genomgång av samtliga gällande avtal", "Exploateringsingenjör", "Årligen",
         "", "", "Ej påbörjad", "Planeras till november.", "",
         ("EJ_GENOMFORD", "")),
        (SBN, "Tillsyn", "Ärenden blir liggande",
         "Kontroll av att tillsynsärenden enligt PBL avslutas med beslut",
         "Uttag äldre ärenden än 12 mån", "Bygglovschef", "Årligen",
         "Slutförd", "Genomförd, se rapport till SBN 2025-05-20.", "Slutförd", "Genomförd under T1.", "Nej",
         ("GENOMFORD", "nej")),
    ]
    r = hr + 1
    for row in rows:
        vals = row[:12]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, row[0], row[3], *row[12])
        r += 1
    ws.cell(r + 1, 1, "Antal kontrollmoment: %d" % len(rows)).font = Font(italic=True)
    widths = [22, 20, 24, 46, 26, 22, 10, 12, 34, 12, 46, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.auto_filter.ref = "A6:L%d" % (hr + len(rows))
    fix_props_wb(wb, "Stratsys")
    wb.save(p(fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F2  CSV export (long format: one row per control and period), BUN + KFN
# ---------------------------------------------------------------------------
def f2():
    fil = "hypergene_export_ik_2025_T2.csv"
    hdr = ["Enhet", "Enhetsnamn", "Kontrollområde", "Kontrollmoment", "Uppföljningsperiod",
           "Bedömning", "Kommentar", "Avvikelse", "Åtgärd", "Senast ändrad", "Ändrad av"]
    B, K = ("BUN", BUN), ("KFN", KFN)
    data = [
        (B, "Personal", "Kontroll av att registerutdrag ur belastningsregistret uppvisats före anställning",
         [("2025 T1", "Delvis genomförd", "12 av 20 anställningar kontrollerade.", "Nej", "", "2025-05-06", "lisa.holm"),
          ("2025 T2", "Genomförd", "Samtliga 38 nyanställningar jan–aug kontrollerade. I ett fall saknades "
           "utdrag vid tillträdet, rektor har påmints om rutinen.", "Ja", "Påminnelse till rektorer", "2025-09-02", "lisa.holm")],
         ("GENOMFORD", "ja")),
        (B, "Skolskjuts", "Skolskjuts beviljas enligt riktlinjer för skolskjuts",
         [("2025 T2", "Genomförd", "Stickprov 20 beslut, samtliga enligt riktlinjerna.", "Nej", "", "2025-08-29", "per.ek")],
         ("GENOMFORD", "nej")),
        (B, "Elevhälsa och trygghet", "Anmälan om kränkande behandling till huvudman utan dröjsmål",
         [("2025 T1", "Genomförd", "Anmälningar jan–mars kontrollerade.", "Nej", "", "2025-05-06", "maria.lind"),
          ("2025 T2", "Delvis genomförd", "Vårterminen kontrollerad; 4 anmälningar kom in senare än fem "
           "arbetsdagar. Höstterminen kontrolleras i oktober.", "Ja", "Utbildning för rektorer i september",
           "2025-09-03", "maria.lind")],
         ("DELVIS", "ja")),
        (B, "Elevhälsa och trygghet", "Hantering av elevers frånvaro och rapportering av upprepad ogiltig frånvaro",
         [("2025 T2", "Ej genomförd", "Ej genomförd på grund av byte av lärplattform. Flyttas till T3.", "", "",
           "2025-09-01", "maria.lind")],
         ("EJ_GENOMFORD", "")),
        (B, "Ekonomi", "Inventering av datorer och lärplattor",
         [("2025 T2", "Ej bedömd", "", "", "", "2025-06-30", "system")],
         ("SAKNAS", "")),
        (K, "Bidrag", "Föreningsbidrag betalas ut enligt bidragsnormerna",
         [("2025 T1", "Genomförd", "Vårens aktivitetsstöd kontrollerat utan anmärkning.", "Nej", "", "2025-05-02", "jonas.berg"),
          ("2025 T2", "Genomförd", "Stickprov 15 föreningar. En förening har fått för högt bidrag (4 200 kr), "
           "återkrav skickat.", "Ja", "Återkrav", "2025-09-04", "jonas.berg")],
         ("GENOMFORD", "ja")),
        (K, "Ekonomi", "Kassahantering i simhallen och biblioteket",
         [("2025 T2", "Delvis genomförd", "Simhallen kontrollerad utan anmärkning, biblioteket återstår.", "Nej", "",
           "2025-09-04", "jonas.berg")],
         ("DELVIS", "nej")),
        (K, "Ekonomi", "Uthyrning av lokaler faktureras enligt taxa",
         [("2025 T2", "Genomförd", "Inga avvikelser.", "Nej", "", "2025-08-28", "sara.nyman")],
         ("GENOMFORD", "nej")),
        (K, "Evenemang", "Kontroll av säkerhetsrutiner vid evenemang",
         [("2025 T1", "Ej aktuell", "Inga större evenemang under T1.", "", "", "2025-05-02", "sara.nyman"),
          ("2025 T2", "Ej aktuell", "Hallbydagarna ställdes in, inga andra evenemang över 500 besökare.", "", "",
           "2025-08-28", "sara.nyman")],
         ("UTGAR", "")),
    ]
    with open(p(fil), "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (code, name), omr, km, periods, res in data:
            for per in periods:
                w.writerow([code, name, omr, km, per[0], per[1], per[2], per[3], per[4], per[5], per[6]])
            exp(fil, name, km, *res)
    FILES.append((fil, "INLAST", BUN, "2025", "T2"))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F3  Stratsys report view for TN - traffic-light fills, process headings
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"


def f3():
    fil = "Rapport_Tekniska_namnden_IK_2025-08-31.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: 2025-01-01 – 2025-08-31"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T2", "Kommentar", "Avvikelse noterad"]
    hr = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
    blocks = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Ekonom TF",
             GREEN, "30 fakturor granskade, inga avvikelser.", "Nej", ("GENOMFORD", "nej")),
            ("Fakturering av VA-anslutningsavgifter", "Avstämning beviljade anslutningar mot fakturor",
             "VA-chef", YELLOW, "Stickprov jan–jun gjort utan anmärkning, juli–aug återstår.", "Nej",
             ("DELVIS", "nej")),
        ]),
        ("Fordon och maskiner", [
            ("Körjournaler för kommunens fordon förs enligt rutin", "Stickprov 10 fordon", "Fordonssamordnare",
             RED, "Ej genomförd, ansvarig långtidssjukskriven. Genomförs under hösten.", "", ("EJ_GENOMFORD", "")),
            ("Drivmedelskort – kontroll av tankningar mot körjournal", "Stickprov 3 månader", "Fordonssamordnare",
             GREEN, "Två tankningar saknade kvitto, utrett och godkänt i efterhand.", "Ja", ("GENOMFORD", "ja")),
        ]),
        ("Upphandling och avtal", [
            ("Avtalstrohet vid inköp av entreprenadtjänster", "Stickprov 20 inköp", "Teknisk chef",
             None, "Kontrollen är genomförd. 3 av 20 inköp gjordes utanför avtal.", "Ja", ("GENOMFORD", "ja")),
            ("Uppföljning av vinterväghållningsentreprenörens rapportering", "Genomgång av rapporter",
             "Gatuchef", GREY, "Utgår – ny entreprenör från 1 oktober, kontrolleras 2026.", "",
             ("UTGAR", "")),
        ]),
        ("Arbetsmiljö", [
            ("Skyddsronder genomförs på avdelningarnas arbetsplatser", "Protokoll skyddsronder",
             "Avdelningschefer", YELLOW, "6 av 9 skyddsronder genomförda. Brister i förrådet på Norra "
             "depån åtgärdas.", "Ja", ("DELVIS", "ja")),
        ]),
    ]
    r = hr + 1
    n = 0
    for proc, items in blocks:
        ws.cell(r, 1, proc).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for km, met, ansv, col, kom, avv, res in items:
            vals = [proc, km, met, ansv, None, kom, avv or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
            if col:
                ws.cell(r, 5).fill = PatternFill("solid", fgColor=col)
            exp(fil, TN, km, *res)
            n += 1
            r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring").font = Font(bold=True)
    for col, txt in ((GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                     (RED, "Ej genomförd"), (GREY, "Utgår")):
        r += 1
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Utskriven 2025-09-05 från Stratsys").font = Font(italic=True, color="777777")
    for i, w in enumerate([22, 48, 30, 20, 6, 55, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props_wb(wb, "Stratsys")
    wb.save(p(fil))
    FILES.append((fil, "INLAST", TN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F4  SN Word document: prose, one control table with process rows, action table
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(ln)
        run.bold = bold


def f4():
    fil = "SN Uppföljning internkontrollplan T2 2025.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_paragraph("Socialförvaltningen").runs[0].bold = True
    d.add_paragraph("Dnr SN 2025/112")
    d.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025, tertial 2", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 187). Planen omfattar "
        "åtta kontrollmoment inom fyra processer. Denna rapport redovisar utfallet av kontrollerna för "
        "perioden januari–augusti 2025. Kontroller som inte är slutförda redovisas på nytt i "
        "helårsuppföljningen.")
    d.add_paragraph(
        "Sammanfattningsvis har de flesta kontroller genomförts enligt plan. Avvikelser har noterats "
        "inom ekonomiskt bistånd och barn och unga, se åtgärdstabellen sist i dokumentet.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Metod/omfattning", "Resultat T2", "Status"]):
        set_cell(c, h, bold=True)
    blocks = [
        ("1. Ekonomiskt bistånd", [
            ("1.1", "Utbetalning av ekonomiskt bistånd sker enligt beslut och till rätt mottagare",
             "Stickprov 30 utbetalningar", "Stickprov 30 utbetalningar. En dubbelutbetalning (6 350 kr) "
             "upptäcktes.\nÅterkrav beslutat 2025-06-12.", "Genomförd med avvikelse", ("GENOMFORD", "ja")),
            ("1.2", "Kontroll mot Försäkringskassan och CSN via SSBTEK innan beslut",
             "Samma stickprov som 1.1", "Samtliga 30 ärenden var kontrollerade i SSBTEK.", "Genomförd",
             ("GENOMFORD", "nej")),
        ]),
        ("2. Barn och unga", [
            ("2.1", "Förhandsbedömning av orosanmälan inom 14 dagar",
             "Uttag ur Treserva", "Jan–jun: 88 % av förhandsbedömningarna klara inom 14 dagar.\n"
             "Juli–augusti granskas i september.", "Pågår", ("DELVIS", "ja")),
            ("2.2", "Utredningstid inom fyra månader enligt SoL 11 kap. 2 §",
             "Uttag ur Treserva", "Två utredningar har förlängts utan beslut om förlängning.",
             "Genomförd", ("GENOMFORD", "ja")),
        ]),
        ("3. Myndighetsutövning vuxna", [
            ("3.1", "Dokumentation av beslut och journalanteckningar i Treserva",
             "Granskning 15 akter", "", "Se bilaga 2", ("OKLAR", "")),
            ("3.2", "Verkställighet av beslut inom tre månader (rapportering till IVO)",
             "Uttag ej verkställda beslut", "Flyttas till helårsuppföljningen.", "Ej genomförd",
             ("EJ_GENOMFORD", "")),
        ]),
        ("4. Informationssäkerhet", [
            ("4.1", "Loggkontroll av åtkomst till personakter",
             "25 slumpvis valda akter", "Loggkontroll genomförd i juni för 25 slumpvis valda personakter. "
             "Ingen otillbörlig åtkomst upptäcktes.", "", ("GENOMFORD", "nej")),
            ("4.2", "Hantering av sekretessbelagda handlingar vid utskick",
             "Stickprov utgående post", "", "", ("SAKNAS", "")),
        ]),
    ]
    for head, items in blocks:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, head, bold=True)
        for nr, km, met, resu, stat, res in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [nr, km, met, resu, stat]):
                set_cell(c, v)
            exp(fil, SN, km, *res)
    d.add_heading("Åtgärder med anledning av avvikelser", level=2)
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Avvikelse", "Åtgärd", "Ansvarig", "Klart"]):
        set_cell(c, h, bold=True)
    for row in [("Dubbelutbetalning ekonomiskt bistånd", "Återkrav, spärr i systemet mot dubbla utbetalningar",
                 "Enhetschef försörjningsstöd", "2025-10-31"),
                ("Förlängda utredningar utan beslut", "Påminnelse i Treserva 3 veckor före fyra månader",
                 "Enhetschef barn och unga", "2025-11-30")]:
        cells = t2.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    d.add_paragraph("")
    d.add_paragraph("Hallbyn 2025-09-05")
    d.add_paragraph("Anna Berglund\nSocialchef")
    fix_props_doc(d, "Anna Berglund")
    d.save(p(fil))
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F5  VON hand-made xlsx, tick columns, sheets T1 and T2 (T2 active)
# ---------------------------------------------------------------------------
def f5():
    fil = "Internkontroll 2025 VON.xlsx"
    wb = openpyxl.Workbook()
    rows = [
        ("Hemtjänst", None, None, None),
        ("Hemtjänst", "Utförd tid i hemtjänst stämmer mot beviljad tid (stickprov 20 brukare)",
         "Enhetschefer hemtjänst", "Halvår"),
        ("Hemtjänst", "Avvikelser rapporteras och åtgärdas enligt Lex Sarah-rutinen",
         "Kvalitetsutvecklare", "Tertial"),
        ("Särskilt boende", None, None, None),
        ("Särskilt boende", "Läkemedelshantering – kontroll av signeringslistor", "MAS", "Tertial"),
        ("Särskilt boende", "Brukarnas privata medel hanteras enligt rutin med kvittens",
         "Enhetschefer SÄBO", "Halvår"),
        ("Särskilt boende", "Nattfasta mäts på samtliga boenden", "Dietist", "Årligen"),
        ("Ekonomi och personal", None, None, None),
        ("Ekonomi och personal", "Timanställdas tidrapporter attesteras av chef före löneutbetalning",
         "Controller VOF", "Tertial"),
        ("Ekonomi och personal", "Kontroll av bemanningsföretagsfakturor mot avrop", "Controller VOF", "Tertial"),
    ]
    # marks: (genomförd, delvis, ej), comment
    t1 = {
        1: ("", "X", "", "Stickprov jan–mars, 10 brukare. Inga större avvikelser."),
        2: ("X", "", "", ""),
        4: ("X", "", "", "Inga avvikelser."),
        5: ("", "", "X", "Görs under hösten."),
        6: ("", "", "X", "Planerad till september."),
        8: ("X", "", "", ""),
        9: ("", "", "X", "Ej påbörjad."),
    }
    t2 = {
        1: ("X", "", "", "Utförd tid avvek med mer än 15 % hos 3 brukare. Genomgång med enhetschef "
                         "och biståndshandläggare."),
        2: ("", "X", "", "Genomgång av jan–jun klar. Inga brister hittills."),
        4: ("X", "", "", "Inga avvikelser."),
        5: ("X", "", "X", ""),
        6: ("", "", "X", "Mätningen flyttad till oktober."),
        8: ("X", "", "", "OK, inga anmärkningar."),
        9: ("", "", "", "Utgår enligt beslut VON 2025-04-23 § 52."),
    }
    res = {1: ("GENOMFORD", "ja"), 2: ("DELVIS", "nej"), 4: ("GENOMFORD", "nej"), 5: ("OKLAR", ""),
           6: ("EJ_GENOMFORD", ""), 8: ("GENOMFORD", "nej"), 9: ("UTGAR", "")}

    def sheet(ws, per_txt, marks):
        ws["A1"] = "Internkontrollplan 2025 – uppföljning " + per_txt
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Vård- och omsorgsförvaltningen"
        ws["A3"] = "Markera med X i den kolumn som stämmer. Kommentera alltid avvikelser!"
        ws["A3"].font = Font(italic=True, color="C00000")
        ws.merge_cells("A5:A6"); ws["A5"] = "Område"
        ws.merge_cells("B5:B6"); ws["B5"] = "Kontrollmoment"
        ws.merge_cells("C5:C6"); ws["C5"] = "Ansvarig"
        ws.merge_cells("D5:D6"); ws["D5"] = "Frekvens"
        ws.merge_cells("E5:G5"); ws["E5"] = "Utfall"
        ws["E6"] = "Genomförd"; ws["F6"] = "Delvis"; ws["G6"] = "Ej genomförd"
        ws.merge_cells("H5:H6"); ws["H5"] = "Kommentar"
        for rr in (5, 6):
            for cc in range(1, 9):
                c = ws.cell(rr, cc)
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="E2EFDA")
                c.border = BOX
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r = 7
        for i, (omr, km, ansv, frek) in enumerate(rows):
            if km is None:
                ws.cell(r, 1, omr).font = Font(bold=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            else:
                m = marks.get(i, ("", "", "", ""))
                vals = [None, km, ansv, frek, m[0] or None, m[1] or None, m[2] or None, m[3] or None]
                for cc, v in enumerate(vals, 1):
                    c = ws.cell(r, cc, v)
                    c.border = BOX
                    c.alignment = WRAP if cc in (2, 8) else Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(r + 1, 1, "Ifylld av: Karin Sjöberg, controller")
        for i, w in enumerate([18, 50, 22, 10, 11, 9, 12, 50], 1):
            ws.column_dimensions[get_column_letter(i)].width = w

    ws1 = wb.active
    ws1.title = "T1"
    sheet(ws1, "per 30 april", t1)
    ws2 = wb.create_sheet("T2")
    sheet(ws2, "per 31 augusti", t2)
    wb.active = 1
    ws1.sheet_view.tabSelected = False
    for i, (omr, km, ansv, frek) in enumerate(rows):
        if km:
            exp(fil, VON, km, *res[i])
    fix_props_wb(wb, "Karin Sjöberg")
    wb.save(p(fil))
    FILES.append((fil, "INLAST", VON, "2025", "T2"))


# ---------------------------------------------------------------------------
# F6  MHN Word table saved as .doc; nämnd only in the page header
# ---------------------------------------------------------------------------
def f6(tmp):
    fil = "MHN ikp uppföljning aug 2025.doc"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Miljö- och hälsoskyddsnämnden\tHallbyn kommun"
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph("Uppföljningen avser perioden januari–augusti 2025.")
    rows = [
        ("Avgifter för tillsyn debiteras enligt taxa", "Ja", "Stickprov 15 ärenden, rätt debiterat.",
         ("GENOMFORD", "nej")),
        ("Planerad tillsyn enligt tillsynsplanen genomförs", "Delvis",
         "58 % av planerade besök genomförda t.o.m. augusti.", ("DELVIS", "")),
        ("Jäv – handläggare intygar att jäv inte föreligger vid tilldelning av ärenden", "Ja",
         "En jävssituation upptäcktes, ärendet omfördelades.", ("GENOMFORD", "ja")),
        ("Delegationsbeslut anmäls till nämnden", "Ja", "", ("GENOMFORD", "")),
        ("Kontroll av att klagomålsärenden återkopplas inom tre veckor", "Nej",
         "Ej genomförd, görs under T3.", ("EJ_GENOMFORD", "")),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Genomförd?", "Kommentar"]):
        set_cell(c, h, bold=True)
    for km, g, k, res in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, [km, g, k]):
            set_cell(c, v)
        exp(fil, MHN, km, *res)
    d.add_paragraph("")
    d.add_paragraph("Ulf Nyström, miljöchef, 2025-09-03")
    fix_props_doc(d, "Ulf Nyström")
    src = os.path.join(tmp, "MHN ikp uppföljning aug 2025.docx")
    d.save(src)
    soffice(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, "MHN ikp uppföljning aug 2025.doc"), p(fil))
    FILES.append((fil, "INLAST", MHN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F7  ÖFN hand-made sheet (.ods), codes G/P/E/U in T1/T2/T3 columns, legend below
# ---------------------------------------------------------------------------
def f7(tmp):
    fil = "Uppföljning intern kontroll T2 2025 ÖFN.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Överförmyndarnämnden Hallbyn – internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Nr", "Risk", "Kontrollmoment", "Riskvärde", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    rows = [
        (1, "Granskning dröjer", "Årsräkningar granskas inom fyra månader från inlämning", 9, "P", "G",
         "Samtliga årsräkningar för 2024 granskade inom fyra månader.", ("GENOMFORD", "nej")),
        (2, "Olämplig ställföreträdare", "Ställföreträdare kontrolleras i belastningsregistret före förordnande",
         12, "G", "G", "Kontrollerat för samtliga 14 nya förordnanden.", ("GENOMFORD", "nej")),
        (3, "Felaktigt arvode", "Arvodesbeslut följer nämndens riktlinjer", 6, "E", "P",
         "Stickprov 10 av 30 klart. Ett arvode var för högt beräknat och har rättats.", ("DELVIS", "ja")),
        (4, "Huvudmannens tillgångar okända", "Förteckningar över huvudmannens tillgångar inkommer inom två månader",
         8, "", "E", "Kontrollen har inte påbörjats på grund av systembyte till Wärna Go.", ("EJ_GENOMFORD", "")),
        (5, "Otillåtna uttag", "Spärrade konton – kontroll av uttagstillstånd", 9, "G", "G", "",
         ("GENOMFORD", "")),
        (6, "Akter bevaras för länge", "Akter gallras enligt dokumenthanteringsplanen", 4, "U", "U",
         "Utgår 2025, ny informationshanteringsplan beslutas i höst.", ("UTGAR", "")),
    ]
    r = 4
    for row in rows:
        vals = list(row[:6]) + [None, row[6]]  # T3 still empty
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, OFN, row[2], *row[7])
        r += 1
    r += 1
    ws.cell(r, 1, "Förklaring: G = genomförd, P = påbörjad, E = ej påbörjad, U = utgår")
    ws.cell(r + 1, 1, "Riskvärde = sannolikhet × konsekvens (1–16)")
    for i, w in enumerate([5, 28, 55, 10, 6, 6, 6, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props_wb(wb, "Överförmyndarenheten")
    src = os.path.join(tmp, "Uppföljning intern kontroll T2 2025 ÖFN.xlsx")
    wb.save(src)
    soffice(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "Uppföljning intern kontroll T2 2025 ÖFN.ods"), p(fil))
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# R  covering letter (missiv) - must be rejected
# ---------------------------------------------------------------------------
def reject():
    fil = "Missiv uppföljning intern kontroll T2 - Socialförvaltningen.docx"
    d = docx.Document()
    d.add_paragraph("Socialförvaltningen\nHallbyn kommun")
    d.add_paragraph("2025-09-05")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Missiv – uppföljning av intern kontroll tertial 2", level=1)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti "
        "2025. Uppföljningen behandlas av socialnämnden den 17 september 2025 och protokollsutdrag skickas "
        "när protokollet är justerat.")
    d.add_paragraph(
        "Observera att bilaga 2 (aktgranskning) innehåller sekretessbelagda uppgifter och därför inte bifogas "
        "detta utskick. Den kan läsas på plats hos förvaltningen.")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nPeter Alm\nNämndsekreterare, tfn 0512-58 412")
    fix_props_doc(d, "Peter Alm")
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def namnder():
    reg = [
        (KS, "KS|Kommunledningsförvaltningen|KLF"),
        (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
        (SN, "SN|Socialförvaltningen|SOC"),
        (VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
        (KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
        (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        (TN, "TN|Tekniska förvaltningen|TF"),
        (MHN, "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in reg:
            fh.write("%s;%s\n" % (n, a))


def main():
    os.makedirs("/tmp/r337_tmp", exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="build_", dir="/tmp/r337_tmp")
    f1(); f2(); f3(); f4(); f5(); f6(tmp); f7(tmp); reject()
    shutil.rmtree(tmp, ignore_errors=True)
    namnder()
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
