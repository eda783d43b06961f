#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r444 - Åmåls kommun, T2 2025 follow-ups in Excel with T1 and T2 side by side.

Builds every follow-up file, the rejected file and namnder.csv / files.csv / expected.csv
deterministically in the folder of this script.
"""
import csv
import datetime
import os

import openpyxl
import xlwt
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "Åmåls kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def save(wb, name):
    """Save and normalise the zip (fixed timestamps) so the build is deterministic."""
    import re
    import zipfile
    path = os.path.join(OUT, name)
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            if fn == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-09-15T08:00:00Z", data)
            zi = zipfile.ZipInfo(fn, date_time=(2025, 9, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return path


def head(ws, row, col, text, merge_to=None, fill=HEADFILL):
    c = ws.cell(row=row, column=col, value=text)
    c.font = BOLD
    c.alignment = CENTER
    c.border = BOX
    if fill:
        c.fill = fill
    if merge_to:
        ws.merge_cells(start_row=row, start_column=col, end_row=merge_to[0], end_column=merge_to[1])
        for r in range(row, merge_to[0] + 1):
            for cc in range(col, merge_to[1] + 1):
                ws.cell(row=r, column=cc).border = BOX
                if fill:
                    ws.cell(row=r, column=cc).fill = fill


def body(ws, row, values, start=1):
    for i, v in enumerate(values):
        c = ws.cell(row=row, column=start + i, value=(v if v != "" else None))
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - easy, words, merged T1/T2 headers
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_internkontroll_T2_2025.xlsx"
    n = "Kommunstyrelsen"
    wb = new_wb()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Rapportering per tertial 2 (t.o.m. 2025-08-31). Internkontrollplanen beslutad av KS 2025-01-29 § 12."
    ws.merge_cells("A2:H2")
    head(ws, 4, 1, "Nr", (5, 1))
    head(ws, 4, 2, "Process", (5, 2))
    head(ws, 4, 3, "Kontrollmoment", (5, 3))
    head(ws, 4, 4, "Ansvarig", (5, 4))
    head(ws, 4, 5, "Tertial 1", (4, 6))
    head(ws, 4, 7, "Tertial 2", (4, 8))
    for col, t in zip(range(5, 9), ["Status", "Kommentar", "Status", "Kommentar"]):
        head(ws, 5, col, t)
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Stickprov 25 fakturor, inga avvikelser.",
         "Genomförd", "Stickprov 25 fakturor. 2 fakturor attesterade av person utan delegation, åtgärdat.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Redovisningsansvarig",
         "Pågår", "Stickprov påbörjat.",
         "Genomförd", "Samtliga 14 verifikat kontrollerade, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Personal", "Kontroll av att löneutbetalningar baseras på beslutade lönerevisioner", "HR-chef",
         "Genomförd", "Inga avvikelser.",
         "", "Kontrollen genomförd under T1, se ovan.",
         "GENOMFORD", "nej"),
        ("Upphandling", "Inköp sker från upphandlade avtal (avtalstrohet)", "Upphandlingschef",
         "Ej påbörjad", "",
         "Pågår", "Uttag från e-handelssystemet gjort, analys pågår.",
         "DELVIS", ""),
        ("IT/Informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personal", "IT-chef",
         "Genomförd", "Ingen avvikelse.",
         "Genomförd", "3 konton för avslutade anställda var fortfarande aktiva, borttagna 2025-06-12.",
         "GENOMFORD", "ja"),
        ("Dokumenthantering", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Kommunsekreterare",
         "Ej påbörjad", "",
         "Ej påbörjad", "Skjuts till T3 på grund av vakans.",
         "EJ_GENOMFORD", ""),
        ("Säkerhet", "Kontroll av kontanthantering i kommunens reception", "Ekonomichef",
         "Ej aktuell", "Kontanthanteringen upphörde 2025-01-01.",
         "Ej aktuell", "",
         "UTGAR", ""),
        ("Förtroendekänsliga poster", "Kontroll av kommunstyrelsens ordförandes kostnadsersättningar", "Ekonomichef",
         "", "",
         "Genomförd med anmärkning", "Två resor saknade syfte i underlaget, kompletterat i efterhand.",
         "GENOMFORD", "ja"),
    ]
    r = 6
    for i, row in enumerate(rows, 1):
        body(ws, r, [i] + list(row[:7]))
        exp(fil, n, row[1], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporten godkänd av kommundirektören 2025-09-15.")
    for col, w in zip("ABCDEFGH", [5, 22, 48, 20, 13, 34, 22, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    save(wb, fil)
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - letter codes with legend on top, process
#    heading rows, accumulated (year-to-date) column
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_IK_tertial2_2025.xlsx"
    n = "Barn- och utbildningsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning T1 och T2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Teckenförklaring:"
    ws["A3"].font = BOLD
    ws["B3"] = "G = Genomförd"
    ws["C3"] = "P = Pågående"
    ws["D3"] = "E = Ej genomförd"
    ws["E3"] = "U = Utgår"
    head(ws, 5, 1, "Kontrollmoment", (6, 1))
    head(ws, 5, 2, "Kontrollmetod", (6, 2))
    head(ws, 5, 3, "Frekvens", (6, 3))
    head(ws, 5, 4, "T1 2025", (5, 5))
    head(ws, 5, 6, "T2 2025", (5, 7))
    head(ws, 5, 8, "Ackumulerat t.o.m. T2", (6, 8))
    for col, t in zip(range(4, 8), ["Status", "Kommentar", "Status", "Kommentar"]):
        head(ws, 6, col, t)
    groups = [
        ("Process: Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial", "Per tertial",
             "G", "Inga avvikelser.", "G", "1 faktura saknade andra attest.", "40 granskade / 1 avvikelse",
             "GENOMFORD", "ja"),
            ("Avgifter för fritidshem debiteras enligt taxa", "Avstämning mot placeringsregistret", "Per tertial",
             "G", "", "P", "Avstämning för maj–juni klar utan fel, juli–augusti pågår.", "Jan–jun avstämt",
             "DELVIS", "nej"),
            ("Skolskjutsersättning betalas endast ut till behöriga elever", "Stickprov 15 beslut", "T2",
             "", "Planerad T2", "E", "Ej hunnits med, flyttas till T3.", "–",
             "EJ_GENOMFORD", ""),
        ]),
        ("Process: Elevhälsa och skolplikt", [
            ("Uppföljning av elevers frånvaro enligt rutin för problematisk skolfrånvaro",
             "Genomgång av frånvarorapporter", "Per tertial",
             "G", "", "G", "Två skolor har inte anmält till huvudman inom rutinens tidsgräns.", "8 skolor / 2 avvikelser",
             "GENOMFORD", "ja"),
            ("Anmälan till huvudman om kränkande behandling sker skyndsamt",
             "Jämförelse mellan anmälningsdatum och händelsedatum", "Per tertial",
             "G", "Samtliga anmälningar inom 5 dagar.", "G", "Inga avvikelser.", "63 anmälningar, 0 avvikelser",
             "GENOMFORD", "nej"),
            ("Elevers rätt till modersmålsundervisning utreds inom en månad efter ansökan",
             "Genomgång av ansökningar", "Per tertial",
             "U", "Utgår enligt beslut BUN 2025-02-18 § 9.", "U", "", "",
             "UTGAR", ""),
        ]),
        ("Process: Personal", [
            ("Utdrag ur belastningsregistret har uppvisats före anställning",
             "Stickprov 10 nyanställningar", "Per tertial",
             "P", "5 av 10 kontrollerade.", "G",
             "10 av 10 kontrollerade – 1 anställning saknade utdrag, inhämtat i efterhand.", "20 / 1 avvikelse",
             "GENOMFORD", "ja"),
            ("Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete",
             "Genomgång av skyddsrondsprotokoll", "Per termin",
             "P", "", "P", "12 av 17 enheter klara, inga allvarliga brister.", "12/17",
             "DELVIS", "nej"),
            ("Plan för återgång i arbete upprättas inom 30 dagar vid sjukskrivning",
             "Stickprov i HR-systemet", "Per tertial",
             "G", "Inga avvikelser i T1.", "", "", "",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 7
    grey = PatternFill("solid", fgColor="EDEDED")
    for title, rows in groups:
        c = ws.cell(row=r, column=1, value=title)
        c.font = BOLD
        c.fill = grey
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            body(ws, r, list(row[:8]))
            for col in (4, 6):
                ws.cell(row=r, column=col).alignment = CENTER
            exp(fil, n, row[0], row[8], row[9])
            r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: verksamhetscontroller, Barn- och utbildningsförvaltningen, 2025-09-10")
    for col, w in zip("ABCDEFGH", [50, 30, 12, 8, 30, 8, 44, 22]):
        ws.column_dimensions[col].width = w
    save(wb, fil)
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - status only as traffic-light fill, legend at the bottom,
#    nämnd only as förvaltning name
# ---------------------------------------------------------------------------
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
GREYF = PatternFill("solid", fgColor="A6A6A6")
FILLS = {"grön": GREEN, "gul": YELLOW, "röd": RED, "grå": GREYF, "": None}


def file_sn():
    fil = "Socialförvaltningen intern kontroll 2025 T2.xlsx"
    n = "Socialnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Socialförvaltningen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: januari–augusti (tertial 2). Bedömningen markeras med färg, se teckenförklaring nedanför tabellen."
    head(ws, 4, 1, "Område", (5, 1))
    head(ws, 4, 2, "Risk", (5, 2))
    head(ws, 4, 3, "Kontrollmoment", (5, 3))
    head(ws, 4, 4, "Ansvarig", (5, 4))
    head(ws, 4, 5, "Tertial 1", (4, 6))
    head(ws, 4, 7, "Tertial 2", (4, 8))
    for col, t in zip(range(5, 9), ["Bedömning", "Kommentar", "Bedömning", "Kommentar"]):
        head(ws, 5, col, t)
    rows = [
        ("Individ- och familjeomsorg", "Felaktiga utbetalningar av försörjningsstöd",
         "Kontroll av att utbetalt ekonomiskt bistånd\növerensstämmer med beslut", "Enhetschef IFO",
         "grön", "Stickprov 20 ärenden, inga avvikelser.",
         "grön", "Stickprov 20 ärenden.\n1 utbetalning avvek från beslutet (dubbelutbetalning 4 200 kr), återkrav beslutat.",
         "GENOMFORD", "ja"),
        ("Individ- och familjeomsorg", "Lagstadgad utredningstid överskrids",
         "Barnavårdsutredningar slutförs inom fyra månader\n(11 kap. 2 § SoL)", "Enhetschef barn och familj",
         "gul", "85 % inom tid.",
         "gul", "Maj–juni: 88 % inom fyra månader.\nJuli–augusti pågår.",
         "DELVIS", "ja"),
        ("Äldreomsorg", "Felaktiga avgifter",
         "Debitering av omsorgsavgifter stäms av mot beviljade insatser", "Avgiftshandläggare",
         "röd", "Ej påbörjad.",
         "grön", "Avstämning gjord för samtliga 312 kunder. Inga fel.",
         "GENOMFORD", "nej"),
        ("Äldreomsorg", "Brister i läkemedelshantering",
         "Signeringslistor för läkemedel kontrolleras\npå särskilda boenden", "MAS",
         "grön", "Tre boenden kontrollerade.",
         "röd", "Ej genomförd p.g.a. sjukskrivning. Genomförs i september.",
         "EJ_GENOMFORD", ""),
        ("Funktionsstöd", "Ej verkställda beslut rapporteras inte",
         "Rapportering av ej verkställda beslut till IVO sker kvartalsvis", "Verksamhetschef LSS",
         "grön", "Rapport Q1 inskickad.",
         "grön", "Rapport Q2 inskickad 2025-07-08.",
         "GENOMFORD", "nej"),
        ("Övergripande", "Köp utanför avtal",
         "Köp av HVB-placeringar sker enligt ramavtal", "Förvaltningsekonom",
         "", "",
         "", "Se bilaga 2.",
         "OKLAR", ""),
        ("Övergripande", "Obehörig åtkomst till personuppgifter",
         "Loggkontroller i verksamhetssystemet Treserva", "Systemförvaltare",
         "grå", "Utgår – ersätts av regional loggkontroll.",
         "grå", "",
         "UTGAR", ""),
        ("Personal", "Felaktig lön till timanställda",
         "Timanställdas arbetade tid i Time Care stäms av mot utbetald lön", "HR-konsult",
         "", "",
         "", "",
         "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        body(ws, r, [row[0], row[1], row[2], row[3], "", row[5], "", row[7]])
        for col, key in ((5, row[4]), (7, row[6])):
            if FILLS[key]:
                ws.cell(row=r, column=col).fill = FILLS[key]
        exp(fil, n, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = BOLD
    for i, (key, text) in enumerate([("grön", "Genomförd"), ("gul", "Pågår / delvis genomförd"),
                                     ("röd", "Ej genomförd"), ("grå", "Utgår")]):
        ws.cell(row=r + 1 + i, column=1).fill = FILLS[key]
        ws.cell(row=r + 1 + i, column=1).border = BOX
        ws.cell(row=r + 1 + i, column=2, value=text)
    ws.cell(row=r + 6, column=1, value="Uppföljningen behandlas i socialnämnden 2025-09-24.")
    for col, w in zip("ABCDEFGH", [24, 30, 44, 22, 12, 30, 12, 46]):
        ws.column_dimensions[col].width = w
    save(wb, fil)
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - results in cell notes, nämnd only in the
#    print header and the file name (KFN)
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_IKP_2025_T2.xlsx"
    n = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Resultatet per tertial redovisas i cellkommentarerna (håll muspekaren över statuscellen)."
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status: OK = kontroll utförd, Delvis = kontroll delvis utförd, Ej utförd, Utgår"
    head(ws, 5, 1, "Nr", (6, 1))
    head(ws, 5, 2, "Kontrollmoment", (6, 2))
    head(ws, 5, 3, "Kontrollansvarig", (6, 3))
    head(ws, 5, 4, "Frekvens", (6, 4))
    head(ws, 5, 5, "Tertial 1", (5, 6))
    head(ws, 5, 7, "Tertial 2", (5, 8))
    head(ws, 5, 9, "Hittills i år", (6, 9))
    for col, t in zip(range(5, 9), ["Status", "Kommentar", "Status", "Kommentar"]):
        head(ws, 6, col, t)
    # km, ansvarig, frekvens, t1 status, t1 note, t2 status, t2 note, t2 comment, ytd, exp, avv
    rows = [
        ("Bidrag till föreningar betalas ut enligt beslut och bidragsregler", "Fritidschef", "Per tertial",
         "OK", "10 ansökningar granskade, inga avvikelser.",
         "OK", "12 ansökningar granskade. En förening fick aktivitetsbidrag för 46 sammankomster men redovisade 38 – återkrav skickat.",
         "", "22 granskade / 1 fel", "GENOMFORD", "ja"),
        ("Kontantkassor i simhall och bibliotek inventeras", "Enhetschef bad", "Per tertial",
         "OK", "Kassorna stämde.",
         "OK", "Differens 350 kr i simhallskassan, utredd – felslag vid kassaavslut.",
         "", "", "GENOMFORD", "ja"),
        ("Hyresavtal för föreningslokaler är aktuella och undertecknade", "Kultur- och fritidschef", "Årligen",
         "", "",
         "Delvis", "7 av 11 avtal genomgångna, inga brister hittills.",
         "", "7/11", "DELVIS", "nej"),
        ("Uthyrning av idrottshallar faktureras enligt bokningssystemet", "Bokningsansvarig", "Per tertial",
         "OK", "Inga avvikelser.",
         "Ej utförd", "Bokningssystemet byttes i juni och underlag saknas. Görs T3.",
         "", "", "EJ_GENOMFORD", ""),
        ("Inventarieförteckning för konstsamlingen är uppdaterad", "Kultursekreterare", "Årligen",
         "Utgår", "Utgår enligt beslut KFN 2025-03-12 § 21, ingår i ny digital registrering.",
         "Utgår", "",
         "", "", "UTGAR", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "Per tertial",
         "OK", "Inga avvikelser.",
         "OK", "",
         "Inga avvikelser", "40 fakturor", "GENOMFORD", "nej"),
        ("Ledare i sommarlovsaktiviteter har lämnat utdrag ur belastningsregistret", "Fritidsgårdsföreståndare", "T2",
         "", "",
         "OK", "Samtliga 23 feriearbetsledare kontrollerade. Inga avvikelser.",
         "", "", "GENOMFORD", "nej"),
        ("Avgifter för kulturskolan debiteras enligt fastställd taxa", "Kulturskolechef", "Per termin",
         "OK", "Vårterminens fakturering kontrollerad, inga fel.",
         "", "Kontrollen genomförd i augusti: 4 elever hade fått fel syskonrabatt – rättat.",
         "", "", "GENOMFORD", "ja"),
    ]
    r = 7
    for i, row in enumerate(rows, 1):
        body(ws, r, [i, row[0], row[1], row[2], row[3], "", row[5], row[7], row[8]])
        for col, note in ((5, row[4]), (7, row[6])):
            cell = ws.cell(row=r, column=col)
            cell.alignment = CENTER
            if note:
                cm = Comment(note, "Kultur- och fritidsförvaltningen")
                cm.width = 300
                cm.height = 110
                cell.comment = cm
        exp(fil, n, row[0], row[9], row[10])
        r += 1
    for col, w in zip("ABCDEFGHI", [5, 52, 24, 12, 10, 18, 10, 18, 18]):
        ws.column_dimensions[col].width = w
    save(wb, fil)
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - legacy .xls with risk columns, process merged
#    vertically, separate Avvikelse column, totals row
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN_internkontroll_T2-2025.xls"
    n = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre; "
                      "borders: left thin, right thin, top thin, bottom thin; pattern: pattern solid, fore_colour light_green")
    cellf = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Samhällsbyggnadsnämnden, Åmåls kommun", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning tertial 1 och tertial 2")
    cols1 = ["Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde", "Kontrollmoment", "Metod"]
    for i, t in enumerate(cols1):
        ws.write_merge(3, 4, i, i, t, hdr)
    ws.write_merge(3, 3, 7, 8, "Uppföljning T1", hdr)
    ws.write_merge(3, 3, 9, 11, "Uppföljning T2", hdr)
    for i, t in enumerate(["Status", "Kommentar", "Status", "Kommentar", "Avvikelse (Ja/Nej)"]):
        ws.write(4, 7 + i, t, hdr)
    groups = [
        ("Bygglov", [
            ("Handläggningstiden överskrids", 3, 3, "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
             "Uttag ur ärendesystemet", "Klar", "96 % inom tid.", "Klar", "Samtliga 41 beslut inom 10 veckor.", "Nej",
             "GENOMFORD", "nej"),
            ("Felaktig avgift", 2, 3, "Bygglovsavgifter debiteras enligt gällande plan- och bygglovstaxa",
             "Stickprov 10 ärenden", "Påbörjad", "", "Klar", "2 av 10 ärenden hade fel timdebitering, korrigerat.", "Ja",
             "GENOMFORD", "ja"),
        ]),
        ("Bostadsanpassning", [
            ("Bidrag beviljas utan grund", 2, 4, "Beslut om bostadsanpassningsbidrag är fattade enligt delegationsordningen",
             "Stickprov 15 beslut", "Klar", "Inga avvikelser.", "Påbörjad", "Stickprov T2 påbörjat, 8 av 15 granskade.", "Nej",
             "DELVIS", "nej"),
        ]),
        ("Mark och exploatering", [
            ("Felaktig prissättning", 2, 4, "Försäljning av kommunal mark sker till marknadsmässigt pris enligt värdering",
             "Genomgång av köpeavtal", "Ej startad", "", "Ej startad", "Resursbrist, genomförs T3.", "",
             "EJ_GENOMFORD", ""),
        ]),
        ("Detaljplanering", [
            ("Planavgift debiteras inte", 3, 2, "Plankostnadsavtal finns för samtliga påbörjade detaljplaner",
             "Genomgång av planlistan", "Struken", "Avbruten genom beslut SBN 2025-03-19 § 31.", "", "", "",
             "UTGAR", ""),
        ]),
        ("Färdtjänst", [
            ("Resor utan giltigt tillstånd", 3, 3, "Färdtjänstresor faktureras endast för personer med giltigt tillstånd",
             "Avstämning tillståndsregister mot faktura", "Klar", "", "Klar", "Inga avvikelser.", "Nej",
             "GENOMFORD", "nej"),
            ("Ofullständig redovisning", 2, 3, "Felparkeringsavgifter redovisas fullständigt av parkeringsbolaget",
             "Månadsrapporter mot bokföring", "Klar", "", "Klar",
             "Månadsrapporter stämda mot bokföringen. Differens för maj (2 100 kr) utreds.", "Ja",
             "GENOMFORD", "ja"),
        ]),
        ("Kart och GIS", [
            ("Obehörig åtkomst", 2, 2, "Behörigheter till fastighetsregistret följs upp mot anställningsförteckning",
             "Behörighetslista från Lantmäteriet", "", "", "", "", "",
             "SAKNAS", ""),
        ]),
    ]
    r = 5
    for proc, rows in groups:
        ws.write_merge(r, r + len(rows) - 1, 0, 0, proc, cellf)
        for row in rows:
            vals = [row[0], row[1], row[2], row[1] * row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9]]
            for i, v in enumerate(vals):
                ws.write(r, 1 + i, v, cellf)
            exp(fil, n, row[3], row[10], row[11])
            r += 1
    r += 1
    ws.write(r, 0, "Summa T2: Klar 4, Påbörjad 1, Ej startad 1, Struken 1, ej rapporterad 1")
    ws.write(r + 2, 0, "Ansvarig för uppföljningen: samhällsbyggnadschef")
    ws.write(r + 3, 0, "Datum: 2025-09-12")
    for i, w in enumerate([18, 24, 11, 11, 9, 44, 26, 11, 24, 11, 36, 12]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden + Åmåls Kommunfastigheter AB - one workbook, one sheet per
#    organisation (nämnd only in the sheet name), empty Helår columns,
#    summary sheet with counts
# ---------------------------------------------------------------------------
def file_teknik():
    fil = "Uppföljning IK T2 2025 Teknik och Kommunfastigheter.xlsx"
    wb = new_wb()
    wb.remove(wb.active)
    orgs = [
        ("Tekniska nämnden", "Tekniska nämnden", "TN", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
             "Slutförd", "Inga avvikelser.", "Slutförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Taxor för vatten och avlopp debiteras enligt VA-taxan", "Stickprov 15 abonnenter",
             "Pågående", "", "Slutförd", "3 abonnenter debiterades fel dagvattenavgift, korrigerat.", "GENOMFORD", "ja"),
            ("Drivmedelskort används endast för kommunens fordon", "Genomgång av transaktionslista",
             "Slutförd", "2 tankningar på privat fordon, återbetalat.", "Pågående", "Juni klar utan anmärkning, juli–augusti pågår.",
             "DELVIS", "nej"),
            ("Entreprenörer för vinterväghållning fakturerar enligt avtal", "Avstämning körjournaler mot faktura",
             "Slutförd", "Inga avvikelser.", "Ej aktuell", "Ingen vinterväghållning under perioden.", "UTGAR", ""),
            ("Garantibesiktningar i investeringsprojekt bevakas", "Genomgång av projektlista",
             "Ej påbörjad", "", "Försenad", "Flyttas till T3 på grund av vakant projektledartjänst.", "EJ_GENOMFORD", ""),
            ("Livsmedelsinköp i kostverksamheten sker från upphandlad leverantör", "Uttag ur e-handel",
             "Slutförd", "Avtalstrohet 98 %.", "Slutförd",
             "Avtalstrohet 97 %. Köp utanför avtal hos lokalt bageri, dialog förd med köket.", "GENOMFORD", "ja"),
        ]),
        ("Kommunfastigheter", "Åmåls Kommunfastigheter AB", "ÅKAB", [
            ("Hyresavier stäms av mot gällande hyresavtal", "Stickprov 20 avtal",
             "Slutförd", "", "Slutförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Obligatorisk ventilationskontroll (OVK) genomförs enligt plan", "Genomgång av besiktningsprotokoll",
             "Pågående", "", "Pågående", "14 av 22 fastigheter klara; 2 underkända, åtgärder beställda.", "DELVIS", "ja"),
            ("Beställningar av underhållsarbeten attesteras av behörig person", "Stickprov 10 beställningar",
             "", "", "", "", "SAKNAS", ""),
            ("Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter", "Genomgång av SBA-pärmar",
             "Pågående", "", "Se bilaga", "", "OKLAR", ""),
            ("Kundfordringar äldre än 60 dagar följs upp och lämnas till inkasso", "Reskontralista",
             "Slutförd", "", "Slutförd", "", "GENOMFORD", "nej"),
        ]),
    ]
    summary = []
    for sheet, nm, prefix, rows in orgs:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Uppföljning internkontroll 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Status: Slutförd / Pågående / Ej påbörjad / Försenad / Ej aktuell"
        head(ws, 4, 1, "ID", (5, 1))
        head(ws, 4, 2, "Kontrollmoment", (5, 2))
        head(ws, 4, 3, "Kontrollmetod", (5, 3))
        head(ws, 4, 4, "Period T1", (4, 5))
        head(ws, 4, 6, "Period T2", (4, 7))
        head(ws, 4, 8, "Helår", (4, 9))
        for col, t in zip(range(4, 10), ["Status", "Kommentar"] * 3):
            head(ws, 5, col, t)
        r = 6
        for i, row in enumerate(rows, 1):
            body(ws, r, ["%s-%d" % (prefix, i), row[0], row[1], row[2], row[3], row[4], row[5], "", ""])
            exp(fil, nm, row[0], row[6], row[7])
            r += 1
        for col, w in zip("ABCDEFGHI", [9, 50, 28, 12, 30, 12, 44, 10, 20]):
            ws.column_dimensions[col].width = w
        t2 = [row[4] for row in rows]
        summary.append((nm, len(rows), t2.count("Slutförd"), t2.count("Pågående"),
                        len(rows) - t2.count("Slutförd") - t2.count("Pågående")))
        FILES.append((fil, "INLAST", nm, "2025", "T2"))
    ws = wb.create_sheet("Sammanställning")
    ws["A1"] = "Sammanställning T2 2025"
    ws["A1"].font = BOLD
    for i, t in enumerate(["Organisation", "Antal kontroller", "Slutförda", "Pågående", "Övriga"], 1):
        head(ws, 3, i, t)
    for j, s in enumerate(summary):
        body(ws, 4 + j, list(s))
    body(ws, 4 + len(summary), ["Totalt"] + [sum(s[k] for s in summary) for k in range(1, 5)])
    ws.column_dimensions["A"].width = 32
    save(wb, fil)


# ---------------------------------------------------------------------------
# 7. Dalslands Miljö- och Energiförbund - numeric codes 1-5, legend on an
#    instruction sheet, planned-period column, empty T3/Helår columns
# ---------------------------------------------------------------------------
def file_dmef():
    fil = "DMEF Tertialuppföljning 2 internkontroll 2025.xlsx"
    n = "Dalslands Miljö- och Energiförbund"
    wb = new_wb()
    wi = wb.active
    wi.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan",
        "",
        "Fyll i status per tertial med kod enligt nedan och skriv en kort kommentar om resultatet.",
        "Kontroller som planeras till ett senare tertial lämnas tomma tills de genomförts.",
        "",
        "Statuskoder:",
        "1 = Genomförd utan anmärkning",
        "2 = Genomförd med anmärkning",
        "3 = Pågår",
        "4 = Ej genomförd",
        "5 = Utgår",
    ]
    for i, t in enumerate(lines, 1):
        wi.cell(row=i, column=1, value=t if t else None)
    wi["A1"].font = Font(bold=True, size=13)
    wi.column_dimensions["A"].width = 90

    ws = wb.create_sheet("IK-plan 2025")
    ws["A1"] = "Dalslands Miljö- och Energiförbund – Direktionen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025, tertialuppföljning 2 (jan–aug)"
    head(ws, 4, 1, "Nr", (5, 1))
    head(ws, 4, 2, "Kontrollområde", (5, 2))
    head(ws, 4, 3, "Kontrollmoment", (5, 3))
    head(ws, 4, 4, "Planerad tertial", (5, 4))
    head(ws, 4, 5, "T1", (4, 6))
    head(ws, 4, 7, "T2", (4, 8))
    head(ws, 4, 9, "T3 / Helår", (4, 10))
    for col, t in zip(range(5, 11), ["Status", "Kommentar"] * 3):
        head(ws, 5, col, t)
    rows = [
        ("Myndighetsutövning", "Tillsynsavgifter debiteras enligt fastställd taxa", "T1, T2",
         1, "", 2, "3 av 20 ärenden debiterades fel timtaxa, kreditering gjord.", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Delegationsbeslut anmäls till direktionen", "Löpande",
         1, "", 1, "Samtliga beslut anmälda vid direktionens sammanträden.", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Livsmedelskontroll genomförs enligt kontrollplanen", "T2, T3",
         "", "", 3, "58 % av årets planerade kontroller utförda.", "DELVIS", "nej"),
        ("Ekonomi", "Fakturering till medlemskommunerna sker enligt förbundsordningens fördelningsnyckel", "T1",
         1, "Inga avvikelser.", "", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "T1, T2",
         1, "", 4, "Ej genomförd på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        ("Energi- och klimatrådgivning", "Statsbidrag för energi- och klimatrådgivning redovisas till Energimyndigheten i tid", "T3",
         "", "", "", "", "SAKNAS", ""),
        ("Personal", "Skyddsrond genomförs på samtliga kontor", "T2",
         "", "", 5, "Ersätts av gemensam skyddsrond med Åmåls kommun.", "UTGAR", ""),
        ("IT", "Behörigheter i ärendesystemet Ecos följs upp mot personalförteckning", "T1, T2",
         3, "Påbörjad.", 1, "", "GENOMFORD", "nej"),
    ]
    r = 6
    for i, row in enumerate(rows, 1):
        body(ws, r, [i, row[0], row[1], row[2], row[3], row[4], row[5], row[6], "", ""])
        for col in (5, 7):
            ws.cell(row=r, column=col).alignment = CENTER
        exp(fil, n, row[1], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Koder: 1 Genomförd utan anmärkning, 2 Genomförd med anmärkning, 3 Pågår, 4 Ej genomförd, 5 Utgår")
    for col, w in zip("ABCDEFGHIJ", [5, 24, 50, 12, 8, 20, 8, 40, 8, 16]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    save(wb, fil)
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: the socialnämnd's budget follow-up for T2 (drift report with
#    T1/T2 columns, "Avvikelse" and "Kommentar" - but no internal control)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "SN Ekonomisk uppföljning T2 2025.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Socialnämnden – ekonomisk uppföljning tertial 2 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belopp i tkr"
    hdrs = ["Verksamhet", "Budget 2025", "Utfall T1", "Utfall T2", "Ack. utfall jan–aug",
            "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for i, t in enumerate(hdrs, 1):
        head(ws, 4, i, t)
    rows = [
        ("Nämnd och administration", 6200, 1980, 2050, None, 6150, None, ""),
        ("Individ- och familjeomsorg", 48300, 17100, 17900, None, 52400, None,
         "Ökade kostnader för externa placeringar (HVB)."),
        ("Äldreomsorg", 182500, 60100, 61800, None, 183900, None, "Högre sjukfrånvaro, ökad bemanning."),
        ("Funktionsstöd", 71200, 23400, 23300, None, 70800, None, ""),
        ("Försörjningsstöd", 14800, 5300, 5100, None, 15600, None, "Fler hushåll med långvarigt bistånd."),
    ]
    r = 5
    for row in rows:
        vals = list(row)
        vals[4] = row[2] + row[3]
        vals[6] = row[1] - row[5]
        body(ws, r, vals)
        r += 1
    body(ws, r, ["Summa"] + ["=SUM(%s5:%s%d)" % (c, c, r - 1) for c in "BCDEFG"] + [""])
    for c in range(1, 9):
        ws.cell(row=r, column=c).font = BOLD
    ws.cell(row=r + 2, column=1, value="Prognosen innebär ett underskott mot budget. Åtgärdsplan redovisas i oktober.")
    for col, w in zip("ABCDEFGH", [30, 12, 11, 11, 16, 13, 18, 44]):
        ws.column_dimensions[col].width = w
    save(wb, fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad Åmål"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndare i samverkan"),
    ("Åmåls Kommunfastigheter AB", "ÅKAB|Kommunfastigheter|Åmåls Kommunfastigheter"),
    ("Dalslands Miljö- och Energiförbund", "DMEF|Dalslands miljö- och energikontor|Miljö- och energiförbundet"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    file_ks()
    file_bun()
    file_sn()
    file_kfn()
    file_sbn()
    file_teknik()
    file_dmef()
    file_reject()
    write_csvs()
    print("files:", len(FILES), "expected controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
