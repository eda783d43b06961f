#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r310 - Solbacka kommun, helår 2025 follow-ups built by reusing last year's files.

Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round310"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_wb(wb):
    wb.properties.creator = "Solbacka kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d):
    cp = d.core_properties
    cp.author = "Solbacka kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Solbacka kommun"
    cp.revision = 1


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
GROUPFILL = PatternFill("solid", fgColor="EDEDED")


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - xlsx, file name still "2024", sheets "2024", "2025", "Plan 2026"
# ---------------------------------------------------------------------------
def f1():
    fil = "KS_Uppfoljning_internkontroll_2024.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb(wb)

    # --- old sheet 2024 (kept, full of 2024 results) ---
    ws = wb.active
    ws.title = "2024"
    ws["A1"] = "Solbacka kommun"
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2024, helår"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Upprättad av: Controller KLF, 2025-01-24"
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status helår 2024", "Kommentar helår 2024"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEADFILL
        cell.border = BORDER
    rows24 = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef", "Genomförd",
         "Stickprov 40 fakturor, inga avvikelser."),
        ("2", "Ekonomi", "Kontroll av representation och interna måltider", "Controller", "Genomförd",
         "Inga avvikelser."),
        ("3", "HR", "Rätt lön: kontroll av löneutbetalningar mot beslutade lönerevisioner", "HR-chef",
         "Delvis genomförd", "Kontroll gjord för två av fyra avtalsområden."),
        ("4", "HR", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-chef", "Genomförd",
         "Rehabplaner fanns i samtliga ärenden."),
        ("5", "IT", "Behörigheter i ekonomisystemet – avslut vid avslutad anställning", "IT-chef",
         "Genomförd med anmärkning", "5 aktiva konton för avslutade anställda."),
        ("6", "Upphandling", "Direktupphandlingar dokumenteras enligt riktlinjen", "Upphandlingschef",
         "Ej genomförd", "Hanns inte med p.g.a. vakans."),
        ("7", "Upphandling", "Avtalstrohet vid inköp av kontorsmaterial", "Upphandlingschef", "Genomförd",
         "Avtalstrohet 94 %."),
        ("8", "Kansli", "Diarieföring av inkomna handlingar till kommunstyrelsen", "Kanslichef", "Genomförd",
         "Inga avvikelser. Kontrollen utgår 2025."),
    ]
    for i, r in enumerate(rows24):
        for c, v in enumerate(r, 1):
            cell = ws.cell(row=6 + i, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
    for col, w in zip("ABCDEF", (5, 14, 55, 18, 22, 45)):
        ws.column_dimensions[col].width = w

    # --- current sheet 2025 ---
    ws = wb.create_sheet("2025")
    ws["A1"] = "Solbacka kommun"
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025, helår"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Upprättad av: Controller KLF, 2026-01-22. Kolumn E avser fjolårets (2024) status och lämnas för jämförelse."
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status helår 2024", "Status helår 2025",
           "Kommentar helår 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEADFILL
        cell.border = BORDER
        cell.alignment = WRAP
    # (group heading) or (nr, km, ansvarig, st24, st25, comment, status, avv)
    data = [
        "Ekonomi",
        ("1", "Attest av leverantörsfakturor enligt attestordningen (från 2024)", "Redovisningschef",
         "Genomförd", "Genomförd",
         "Stickprov 40 fakturor, 2 saknade attest av andra person. Påminnelse skickad till attestanterna.",
         "GENOMFORD", "ja"),
        ("2", "Kontroll av representation och interna måltider (från 2024)", "Controller",
         "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3", "Avstämning av balanskonton vid månadsbokslut", "Redovisningschef",
         "–", "Delvis genomförd",
         "Avstämning gjord för januari–oktober, november–december pågår i bokslutsarbetet.",
         "DELVIS", ""),
        "HR",
        ("4", "Rätt lön: kontroll av löneutbetalningar mot beslutade lönerevisioner (från 2024)", "HR-chef",
         "Delvis genomförd", "Ej genomförd",
         "Ej genomförd p.g.a. byte av lönesystem. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ("5", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-chef",
         "Genomförd", None, None, "SAKNAS", ""),
        "IT och informationssäkerhet",
        ("6", "Behörigheter i ekonomisystemet – avslut vid avslutad anställning (från 2024)", "IT-chef",
         "Genomförd med anmärkning", "Genomförd med anmärkning",
         "3 konton för avslutade anställda var fortfarande aktiva. Spärrade 2025-11-14.", "GENOMFORD", "ja"),
        ("7", "Informationssäkerhet: genomförd e-utbildning för nyanställda", "IT-chef",
         "–", "Utgår",
         "Utgår enligt KS beslut 2025-05-06 § 88, ersätts av kommungemensam utbildning.", "UTGAR", ""),
        "Upphandling",
        ("8", "Direktupphandlingar dokumenteras enligt riktlinjen (från 2024)", "Upphandlingschef",
         "Ej genomförd", "Genomförd",
         "Granskat 25 direktupphandlingar över 100 tkr; 4 saknade dokumentation enligt riktlinjen.",
         "GENOMFORD", "ja"),
        ("9", "Avtalstrohet vid inköp av kontorsmaterial (från 2024)", "Upphandlingschef",
         "Genomförd", None, "Se bilaga 3 (inköpsanalys 2025).", "OKLAR", ""),
        "Kansli",
        ("10", "Uppföljning av att politiska beslut verkställs", "Kanslichef",
         "–", "Pågår", "Genomgång av beslut 2024–2025 påbörjad i december.", "DELVIS", ""),
    ]
    r = 6
    for d in data:
        if isinstance(d, str):
            ws.cell(row=r, column=1, value=d).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = GROUPFILL
            r += 1
            continue
        nr, km, ans, s24, s25, kom, st, av = d
        vals = [nr, None, km, ans, s24, s25, kom]
        # process column filled from group heading for realism
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=5).font = Font(color="808080", italic=True)
        exp(fil, N, km, st, av)
        r += 1
    # process column: fill with group name
    grp = None
    for rr in range(6, r):
        v = ws.cell(row=rr, column=1).value
        if ws.cell(row=rr, column=3).value is None:
            grp = v
        else:
            ws.cell(row=rr, column=2, value=grp)
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 10 kontroller, 4 genomförda utan anmärkning eller med anmärkning, "
                                    "övriga se kommentar. Rapporten behandlas i KS 2026-02-10.")
    for col, w in zip("ABCDEFG", (5, 16, 55, 18, 20, 20, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    # --- plan 2026 started in the same file ---
    ws = wb.create_sheet("Plan 2026")
    ws["A1"] = "Internkontrollplan 2026 – UTKAST (ej beslutad)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Process", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens", "Riskvärde"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEADFILL
    plan = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor",
         "Redovisningschef", "Helår", 9),
        ("HR", "Rätt lön: kontroll av löneutbetalningar mot beslutade lönerevisioner", "Stickprov i nytt lönesystem",
         "HR-chef", "Delår + helår", 12),
        ("Upphandling", "Avtalstrohet vid inköp av IT-utrustning", "Inköpsanalys", "Upphandlingschef", "Helår", 8),
        ("Kansli", "Uppföljning av att politiska beslut verkställs", "Genomgång av beslutslogg", "Kanslichef",
         "Helår", 6),
    ]
    for i, p in enumerate(plan):
        for c, v in enumerate(p, 1):
            ws.cell(row=4 + i, column=c, value=v).alignment = WRAP
    for col, w in zip("ABCDEF", (14, 55, 30, 18, 14, 10)):
        ws.column_dimensions[col].width = w

    wb.active = 1
    wb["2024"].sheet_view.tabSelected = False
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden - docx, print header still "Internkontroll 2024",
#     results 2024 + 2025 side by side, plan 2026 table at the end
# ---------------------------------------------------------------------------
def set_landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def f2():
    fil = "BUN IK-uppföljning helår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_doc(d)
    set_landscape(d)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Barn- och utbildningsförvaltningen\tInternkontroll 2024\tSolbacka kommun"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, sammanträde 2026-02-12. Dnr BUN 2025/0412.")
    d.add_paragraph(
        "Uppföljningen görs i samma dokument som föregående år. Kolumnen ”Resultat 2024” visar fjolårets "
        "utfall och finns kvar för jämförelse. Kontroller som följer med från föregående plan är märkta "
        "”(från 2024)”. Bedömningen för 2025 står i kolumnen ”Resultat 2025”; åtgärder och kompletteringar "
        "i sista kolumnen.")
    hdr = ["Rutin/system", "Kontrollmoment", "Kontrollmetod", "Resultat 2024", "Resultat 2025",
           "Åtgärd / kommentar"]
    rows = [
        ("Barnomsorgsavgifter",
         "Kontroll att avgift för förskola debiteras enligt aktuell inkomstuppgift (från 2024)",
         "Stickprov 30 hushåll", "Genomförd. 3 fel av 30, rättade.",
         "Genomförd. Stickprov 30 hushåll, inga fel.", "", "GENOMFORD", "nej"),
        ("Rekrytering",
         "Registerkontroll: utdrag ur belastningsregistret har uppvisats före anställning (från 2024)",
         "Genomgång av samtliga nyanställningar maj", "Genomförd utan avvikelse.",
         "Genomförd med avvikelse: 2 av 25 nyanställda saknade dokumenterat utdrag.",
         "Rutinen i rekryteringsstödet förtydligas.", "GENOMFORD", "ja"),
        ("Skolskjuts",
         "Skolskjuts – beslut fattas enligt riktlinjer och delegationsordning",
         "Granskning av 20 beslut", "Delvis",
         "Påbörjad. Granskning av höstterminens beslut klar, vårterminens återstår.", "", "DELVIS", ""),
        ("Elevhälsa/trygghet",
         "Anmälan om kränkande behandling till huvudman inom föreskriven tid",
         "Jämförelse anmälningsdatum/händelsedatum", "–",
         "Ej genomförd på grund av personalbrist på utvecklingsenheten.",
         "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("Elevregister",
         "Frånvarorapportering i elevregistret",
         "Stickprov två skolor", "Genomförd. Inga avvikelser.", "", "", "SAKNAS", ""),
        ("Inventarier",
         "Inventarieförteckning för datorer och lärplattor (från 2024)",
         "Inventering på tre enheter", "Delvis genomförd.", "",
         "Kontrollen genomförd i november 2025, inga avvikelser.", "GENOMFORD", "nej"),
        ("Statsbidrag",
         "Statsbidrag – återrapportering görs i rätt tid",
         "Jämförelse mot Skolverkets datum", "Genomförd.",
         "Ej aktuell 2025 – statsbidraget har upphört.", "", "UTGAR", ""),
        ("Elevhälsa",
         "Kontroll av att elevhälsans journaler förs enligt patientdatalagen",
         "Loggkontroll och journalgranskning", "Genomförd med anmärkning.", "Se bilaga 2.", "", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = r[i]
        exp(fil, N, r[1], r[6], r[7])
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Loggkontroll elevhälsan 2025 (separat dokument).")
    d.add_heading("Internkontrollplan 2026 (förslag)", level=1)
    d.add_paragraph("Förslaget bereds till nämnden i mars 2026. Resultatkolumnerna fylls i vid uppföljningen.")
    hdr2 = ["Rutin/system", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat 2026"]
    t2 = d.add_table(rows=1, cols=len(hdr2))
    t2.style = "Table Grid"
    for i, h in enumerate(hdr2):
        t2.rows[0].cells[i].text = ""
        t2.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for r in [
        ("Elevhälsa/trygghet", "Anmälan om kränkande behandling till huvudman inom föreskriven tid",
         "Jämförelse anmälningsdatum/händelsedatum", "Utvecklingschef", ""),
        ("Barnomsorgsavgifter", "Kontroll att avgift för förskola debiteras enligt aktuell inkomstuppgift",
         "Stickprov 30 hushåll", "Förvaltningsekonom", ""),
        ("Lokaler", "Systematiskt brandskyddsarbete på skolenheter", "Egenkontrollprotokoll", "Lokalstrateg", ""),
    ]:
        cells = t2.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Solbacka 2026-01-27\nLena Holm, förvaltningschef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  Socialnämnden - xlsx, letter codes with legend, year bands 2024 | 2025 with T1/T2/Helår
# ---------------------------------------------------------------------------
def f3():
    fil = "SN IKP uppföljning helår.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan – uppföljning per tertial"
    ws["A3"] = "År: 2025 (kolumnerna för 2024 ligger kvar från förra årets fil)"
    ws["A3"].font = Font(italic=True)
    ws["I1"] = "Teckenförklaring:"
    ws["I1"].font = BOLD
    ws["I2"] = "G = Genomförd utan anmärkning    A = Genomförd med avvikelse    P = Pågår/delvis"
    ws["I3"] = "E = Ej genomförd    U = Utgår    tom = ej rapporterad"
    # band header
    ws["A5"] = "Kontroll"
    ws.merge_cells("A5:D5")
    ws["E5"] = "2024"
    ws.merge_cells("E5:G5")
    ws["H5"] = "2025"
    ws.merge_cells("H5:J5")
    ws["K5"] = "Kommentar 2025"
    ws.merge_cells("K5:K6")
    sub = ["Nr", "Process", "Kontrollmoment", "Riskvärde", "T1", "T2", "Helår", "T1", "T2", "Helår"]
    for c, h in enumerate(sub, 1):
        ws.cell(row=6, column=c, value=h)
    for rr in (5, 6):
        for c in range(1, 12):
            cell = ws.cell(row=rr, column=c)
            cell.font = BOLD
            cell.fill = HEADFILL
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c in range(5, 8):
        ws.cell(row=6, column=c).fill = PatternFill("solid", fgColor="EDEDED")
    rows = [
        ("1", "Ekonomiskt bistånd", "Handläggningstid för ekonomiskt bistånd – beslut inom 10 dagar", 9,
         ("G", "G", "A"), ("P", "P", "G"), "Stickprov 20 ärenden, samtliga beslut inom tid.", "GENOMFORD", "nej"),
        ("2", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut (från 2024)", 12,
         ("G", "G", "G"), ("G", "G", "A"), "1 dubbelutbetalning upptäckt i oktober, återkrav upprättat.",
         "GENOMFORD", "ja"),
        ("3", "Placeringar", "Uppföljning av placeringar – avtal finns för samtliga externa placeringar (från 2024)",
         12, ("P", "P", "G"), ("P", "P", None), "", "DELVIS", ""),
        ("4", "Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", 8,
         (None, None, None), ("G", "G", "G"), "Inga avvikelser.", "GENOMFORD", "nej"),
        ("5", "Barn och unga", "Orosanmälningar – förhandsbedömning inom 14 dagar", 16,
         ("G", "A", "A"), (None, "E", "E"), "Ej genomförd, resursbrist i mottagningsgruppen under hösten.",
         "EJ_GENOMFORD", ""),
        ("6", "Ekonomi", "Kontroll av kontanthantering vid boenden", 6,
         ("G", "G", "G"), ("U", "U", "U"), "Utgår – kontanthanteringen avvecklad från 2025-01-01.", "UTGAR", ""),
        ("7", "Dokumentation", "Dokumentation i verksamhetssystemet enligt SOSFS 2014:5", 9,
         ("G", "G", "P"), (None, None, None), "", "SAKNAS", ""),
        ("8", "Delegation", "Delegationsbeslut anmäls till nämnden", 4,
         ("G", "G", "G"), ("G", "G", "G/E"), "", "OKLAR", ""),
    ]
    r = 7
    for nr, proc, km, rv, s24, s25, kom, st, av in rows:
        vals = [nr, proc, km, rv] + list(s24) + list(s25) + [kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP if c in (2, 3, 11) else Alignment(horizontal="center", vertical="top")
            if 5 <= c <= 7:
                cell.font = Font(color="808080")
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen fastställd av socialnämnden 2026-01-29 § 7.")
    ws.cell(row=r + 1, column=1, value="Anna Berg, kvalitetsstrateg")
    for col, w in zip("ABCDEFGHIJK", (5, 18, 55, 9, 6, 6, 7, 6, 6, 7, 50)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Socialförvaltningen – Internkontroll"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Stratsys CSV export, two nämnder (by förvaltning name), rows for 2024 and 2025
# ---------------------------------------------------------------------------
def f4():
    fil = "Stratsys_export_internkontroll_2026-01-19.csv"
    TN = "Tekniska nämnden"
    MBN = "Miljö- och byggnämnden"
    TF = "Tekniska förvaltningen"
    MF = "Miljö- och byggförvaltningen"
    hdr = ["Organisation", "Period", "Process", "Kontrollmoment", "Status", "Kommentar", "Ansvarig",
           "Senast uppdaterad"]
    rows = []
    # (org, period, process, km, status, kommentar, ansvarig, datum)
    # --- Tekniska: 2024 rows (left in the export) ---
    rows += [
        (TF, "Helår 2024", "VA", "Kontroll av att fakturering av VA-avgifter sker enligt taxa", "Klar",
         "Inga fel.", "VA-chef", "2025-01-14"),
        (TF, "Helår 2024", "Park", "Besiktning av lekplatser genomförs enligt plan", "Klar",
         "", "Parkchef", "2025-01-10"),
        (TF, "Helår 2024", "Avfall", "Hantering av farligt avfall vid återvinningscentralen", "Klar med avvikelse",
         "Märkning saknades på två kärl.", "Avfallschef", "2025-01-12"),
        (TF, "Helår 2024", "Fastighet", "Energideklarationer är aktuella", "Klar", "", "Fastighetschef",
         "2025-01-15"),
    ]
    tn25 = [
        ("Delår 2025", "VA", "Kontroll av att fakturering av VA-avgifter sker enligt taxa", "Pågående",
         "Stickprov påbörjat.", "VA-chef", "2025-09-02", None),
        ("Helår 2025", "VA", "Kontroll av att fakturering av VA-avgifter sker enligt taxa", "Klar",
         "Stickprov 50 abonnenter, inga fel.", "VA-chef", "2026-01-12", ("GENOMFORD", "nej")),
        ("Helår 2025", "Park", "Besiktning av lekplatser genomförs enligt plan (från 2024)", "Klar med avvikelse",
         "3 lekplatser ej besiktigade i tid, åtgärdat i oktober.", "Parkchef", "2026-01-09", ("GENOMFORD", "ja")),
        ("Delår 2025", "Gata", "Avtalsuppföljning vinterväghållning", "Pågående",
         "Första uppföljningsmötet hållet.", "Gatuchef", "2025-09-01", None),
        ("Helår 2025", "Gata", "Avtalsuppföljning vinterväghållning", "Pågående",
         "Uppföljning av entreprenör pågår, klar februari 2026.", "Gatuchef", "2026-01-13", ("DELVIS", "")),
        ("Delår 2025", "Fordon", "Kontroll av attest för fordonsbränsle (tankkort)", "Klar",
         "Alla transaktioner jan–jun kontrollerade, inga avvikelser.", "Fordonssamordnare", "2025-08-28",
         ("GENOMFORD", "nej")),
        ("Helår 2025", "Fastighet", "Underhållsplan för fastigheter uppdateras årligen", "Ej påbörjad",
         "Skjuts till 2026 i väntan på nytt fastighetssystem.", "Fastighetschef", "2026-01-15",
         ("EJ_GENOMFORD", "")),
        ("Helår 2025", "Avfall", "Hantering av farligt avfall vid återvinningscentralen (från 2024)", "Avbruten",
         "Avbruten genom beslut TN 2025-09-18 § 61, verksamheten överförd till Solbacka Renhållning AB.",
         "Avfallschef", "2025-09-20", ("UTGAR", "")),
    ]
    for per, proc, km, st, kom, ans, dat, e in tn25:
        rows.append((TF, per, proc, km, st, kom, ans, dat))
        if e:
            exp(fil, TN, km, e[0], e[1])
    # --- Miljö och bygg ---
    rows += [
        (MF, "Helår 2024", "Bygglov", "Handläggningstid bygglov inom 10 veckor", "Klar med avvikelse",
         "20 ärenden över tid.", "Bygglovschef", "2025-01-16"),
        (MF, "Helår 2024", "Tillsyn", "Debitering av tillsynsavgifter enligt taxa", "Pågående",
         "", "Miljöchef", "2025-01-16"),
        (MF, "Helår 2024", "Administration", "Diarieföring av inkommande handlingar", "Klar",
         "Inga avvikelser.", "Nämndsekreterare", "2025-01-11"),
    ]
    mb25 = [
        ("Helår 2025", "Bygglov", "Handläggningstid bygglov inom 10 veckor", "Klar med avvikelse",
         "12 av 240 ärenden över tidsgränsen; avgiften reducerad enligt PBL.", "Bygglovschef", "2026-01-14",
         ("GENOMFORD", "ja")),
        ("Helår 2025", "Tillsyn", "Debitering av tillsynsavgifter enligt taxa (från 2024)", "Klar",
         "Inga avvikelser.", "Miljöchef", "2026-01-14", ("GENOMFORD", "nej")),
        ("Delår 2025", "Administration", "Diarieföring av inkommande handlingar", "",
         "", "Nämndsekreterare", "2025-08-30", None),
        ("Helår 2025", "Administration", "Diarieföring av inkommande handlingar", "",
         "", "Nämndsekreterare", "2025-12-01", ("SAKNAS", "")),
        ("Helår 2025", "Rättssäkerhet", "Jäv – kontroll av att handläggare anmält jäv", "",
         "Se separat rapport till nämnden.", "Förvaltningschef", "2026-01-18", ("OKLAR", "")),
        ("Helår 2025", "Livsmedel", "Livsmedelskontroll enligt kontrollplan", "Pågående",
         "74 % av planerade kontroller utförda.", "Miljöchef", "2026-01-14", ("DELVIS", "")),
    ]
    for per, proc, km, st, kom, ans, dat, e in mb25:
        rows.append((MF, per, proc, km, st, kom, ans, dat))
        if e:
            exp(fil, MBN, km, e[0], e[1])
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  Överförmyndarnämnden - .xls (xlwt), sheet still named "IK 2024", column headers say 2024
# ---------------------------------------------------------------------------
def f5():
    fil = "ÖFN internkontroll uppföljning.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2024")
    b = xlwt.easyxf("font: bold on")
    t = xlwt.easyxf("font: bold on, height 280")
    hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; "
                     "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cl = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden i Solbacka", t)
    ws.write(1, 0, "Uppföljning internkontrollplan helår 2025")
    ws.write(2, 0, "Rapportdatum: 2026-01-15")
    ws.write(3, 0, "Plan beslutad ÖFN 2024-12-10 § 45")
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Genomförd 2024 (Ja/Nej/Delvis)", "Kommentar 2024"]
    for c, h in enumerate(hdr):
        ws.write(5, c, h, hd)
    rows = [
        ("Granskning av årsräkningar – samtliga granskade före 31 oktober", "Enhetschef", "Ja",
         "Samtliga 312 årsräkningar för 2024 granskade per 2025-10-28.", "GENOMFORD", "nej"),
        ("Kontroll av att ställföreträdare har registerkontroll innan förordnande (från 2024)", "Handläggare",
         "Ja", "2 av 18 förordnanden under 2025 saknade kontroll vid förordnandet, kompletterat i efterhand.",
         "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare betalas enligt beslutade riktlinjer", "Enhetschef", "Delvis",
         "Kontroll av arvoden som betalats 2025 påbörjad i december 2025, klar i februari.", "DELVIS", ""),
        ("Uttagsspärrade konton – kontroll mot bankbesked", "Handläggare", "Nej",
         "Ej genomförd 2025, flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ("Säker förvaring av akter", "Administratör", "", "", "SAKNAS", ""),
    ]
    for i, r in enumerate(rows):
        for c in range(4):
            ws.write(6 + i, c, r[c], cl)
        exp(fil, N, r[0], r[4], r[5])
    ws.write(13, 0, "Rubrikerna i kolumn C–D är kvar från förra årets mall; uppgifterna avser 2025.")
    ws.write(15, 0, "Per Lind, ordförande", b)
    for c, w in enumerate((60, 18, 20, 60)):
        ws.col(c).width = 256 * w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden - text-only .odt (docx converted by LibreOffice)
# ---------------------------------------------------------------------------
def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def f6():
    fil = "KFN uppföljning internkontroll 2025.odt"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fix_doc(d)
    d.add_heading("Kultur- och fritidsnämnden", level=0)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helårsrapport")
    d.add_paragraph(
        "Rapporten bygger på förra årets dokument. Kontroller som fortsätter från 2024 är märkta "
        "”(från 2024)”. Under varje kontroll redovisas först fjolårets utfall (2024) för jämförelse och "
        "därefter utfallet för 2025.")
    items = [
        ("Kontanthantering i simhallens kassa (från 2024)",
         "Utfall 2024: Genomförd, inga avvikelser.",
         "Utfall 2025: Kontrollen är genomförd. Vid oanmäld kassainventering i september saknades 350 kr; "
         "rutinen för dagskassa har skärpts.", "GENOMFORD", "ja"),
        ("Föreningsbidrag – kontroll att redovisning inkommit innan utbetalning (från 2024)",
         "Utfall 2024: Delvis genomförd.",
         "Utfall 2025: Genomförd. Samtliga 46 föreningar hade lämnat redovisning före utbetalning, "
         "inga avvikelser.", "GENOMFORD", "nej"),
        ("Lokalbokning – fakturering av uthyrda tider i sporthallar",
         None,
         "Utfall 2025: Kontrollen har påbörjats men stickprovet omfattar hittills endast vårterminen.",
         "DELVIS", ""),
        ("Inköp av konstverk följer riktlinjen för offentlig konst",
         None,
         "Utfall 2025: Ej aktuell 2025 då inga inköp av konst gjordes.", "UTGAR", ""),
        ("Biblioteksmedier – registrering av avskrivna medier",
         None,
         "Utfall 2025: Ej genomförd. Kontrollen prioriterades bort under biblioteksflytten.",
         "EJ_GENOMFORD", ""),
        ("Registerutdrag för ledare på fritidsgårdar (från 2024)",
         "Utfall 2024: Genomförd.",
         "Utfall 2025: –", "SAKNAS", ""),
    ]
    d.add_heading("Uppföljning av kontrollerna", level=1)
    for km, u24, u25, st, av in items:
        d.add_heading(km, level=2)
        if u24:
            p = d.add_paragraph(u24)
            p.runs[0].italic = True
        d.add_paragraph(u25)
        exp(fil, N, km, st, av)
    d.add_heading("Förslag till internkontrollplan 2026", level=1)
    d.add_paragraph("Förvaltningen föreslår att följande kontroller ingår i planen för 2026:")
    for s in ["Lokalbokning – fakturering av uthyrda tider i sporthallar (fortsätter)",
              "Registerutdrag för ledare på fritidsgårdar (fortsätter)",
              "Biblioteksmedier – registrering av avskrivna medier (flyttas från 2025)",
              "Ny: Bidrag till studieförbund – kontroll av redovisade deltagartimmar"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Solbacka 2026-01-30\nKultur- och fritidsförvaltningen")
    tmpdir = "/tmp/r310_build"
    os.makedirs(tmpdir, exist_ok=True)
    src = os.path.join(tmpdir, "KFN uppföljning internkontroll 2025.docx")
    d.save(src)
    convert(src, "odt", tmpdir)
    shutil.copy(os.path.join(tmpdir, fil), fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  Solbacka Bostäder AB - xlsx with traffic-light fills only, title still "Internkontrollplan 2024"
# ---------------------------------------------------------------------------
GREEN = "00B050"
ORANGE = "FFC000"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "A6A6A6"


def f7():
    fil = "Solbacka Bostader AB - intern kontroll.xlsx"
    N = "Solbacka Bostäder AB"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Solbacka Bostäder AB – Internkontrollplan 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning helår 2025 – rapporterad till styrelsen 2026-02-10"
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "Färgförklaring:"
    ws["A4"].font = BOLD
    legend = [(GREEN, "Genomförd utan avvikelse"), (ORANGE, "Genomförd med avvikelse"),
              (YELLOW, "Delvis genomförd / pågår"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.cell(row=4, column=2 + 2 * i).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=4, column=3 + 2 * i, value=txt)
    hdr = ["Område", "Kontrollpunkt", "Metod", "Ansvarig", "Bedömning 2024", "Bedömning 2025", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEADFILL
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Hyror", "Hyresavier överensstämmer med gällande hyresavtal (från 2024)", "Stickprov 60 avtal",
         "Ekonomichef", GREEN, GREEN, "Stickprov 60 avtal, inga fel.", "GENOMFORD", "nej"),
        ("Hyror", "Hyresfordringar – påminnelse och inkasso enligt rutin", "Genomgång reskontra",
         "Ekonomichef", YELLOW, ORANGE, "Två ärenden ej överlämnade till inkasso i tid.", "GENOMFORD", "ja"),
        ("Inköp", "Upphandling av ramavtal för fastighetsunderhåll följer LOU (från 2024)",
         "Granskning av upphandlingsdokument", "Inköpsansvarig", GREEN, YELLOW,
         "Granskning av två av fyra ramavtal klar.", "DELVIS", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) – egenkontroller i flerbostadshus",
         "Egenkontrollprotokoll", "Fastighetschef", GREEN, RED, "Ej utfört p.g.a. vakans.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Nyckel- och passersystem – spärr av borttappade taggar", "Logg ur passersystemet",
         "Fastighetschef", ORANGE, GREY, "Utgår, nytt passersystem med automatisk spärr.", "UTGAR", ""),
        ("Uthyrning", "Kötid och turordning vid uthyrning av lägenheter", "Stickprov 30 uthyrningar",
         "Uthyrningschef", GREEN, None, "", "SAKNAS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen (från 2024)", "Stickprov 40 fakturor",
         "Ekonomichef", GREEN, GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Energi", "Energiuppföljning per fastighet", "Jämförelse förbrukning mot budget",
         "Energiingenjör", GREEN, GREEN, "Ej genomförd 2025.", "OKLAR", ""),
    ]
    for i, (omr, km, met, ans, c24, c25, kom, st, av) in enumerate(rows):
        r = 7 + i
        for c, v in enumerate([omr, km, met, ans, None, None, kom], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if c24:
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=c24)
        if c25:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=c25)
        exp(fil, N, km, st, av)
    for col, w in zip("ABCDEFGHIJK", (12, 55, 30, 16, 14, 14, 45, 4, 22, 4, 22)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Plan 2026")
    ws2["A1"] = "Internkontrollplan 2026 – förslag till styrelsen"
    ws2["A1"].font = BOLD
    for c, h in enumerate(["Område", "Kontrollpunkt", "Metod", "Ansvarig", "Bedömning 2026"], 1):
        ws2.cell(row=3, column=c, value=h).font = BOLD
    for i, p in enumerate([
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) – egenkontroller i flerbostadshus",
         "Egenkontrollprotokoll", "Fastighetschef"),
        ("Energi", "Energiuppföljning per fastighet", "Jämförelse förbrukning mot budget", "Energiingenjör"),
        ("IT", "Behörigheter i fastighetssystemet", "Behörighetslista mot personallista", "IT-ansvarig"),
    ]):
        for c, v in enumerate(p, 1):
            ws2.cell(row=4 + i, column=c, value=v)
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# R   rejected: covering letter (följebrev) from Vård- och omsorgsförvaltningen, no follow-up in it
# ---------------------------------------------------------------------------
def rejected():
    fil = "Följebrev IK helår 2025 VON.docx"
    d = docx.Document()
    fix_doc(d)
    d.add_paragraph("Solbacka kommun\nVård- och omsorgsförvaltningen\n2026-01-23")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan helår 2025", level=1)
    d.add_paragraph(
        "Härmed överlämnas vård- och omsorgsnämndens uppföljning av internkontrollplanen för 2025. "
        "Uppföljningen har gjorts i förra årets mall och bifogas som separat Excelfil när den har "
        "behandlats av nämndens arbetsutskott den 4 februari 2026.")
    d.add_paragraph(
        "Observera att kolumnerna för 2024 ligger kvar i mallen för jämförelse. Nämndens förslag till "
        "internkontrollplan 2026 redovisas i samma fil på ett eget blad.")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nMaria Ek\nKvalitetsstrateg, vård- och omsorgsförvaltningen\n"
                    "maria.ek@solbacka.example.se")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Solbacka Bostäder AB", "Solbacka Bostäder|SBO|Bostadsbolaget"),
        ("Räddningstjänstförbundet Solbacka-Åsen", "RTF|Räddningstjänsten|Räddningstjänsten Solbacka-Åsen"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, rejected):
        fn()
    register()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row), row
            f.write(";".join(row) + "\n")
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
