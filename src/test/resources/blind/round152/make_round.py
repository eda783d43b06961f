#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 152 - Gransjö kommun, uppföljning av internkontrollplaner T1 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
into the folder of this script. Run with: /usr/bin/python3 make_round.py
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
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 5, 6, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round152"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_props(wb):
    wb.properties.creator = "Gransjö kommun"
    wb.properties.lastModifiedBy = "Gransjö kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - kommunens gemensamma mall (xlsx), bara T1 ifylld
# ---------------------------------------------------------------------------
def file_common_template():
    fil = "Uppföljning internkontroll T1 2025 - Kommunstyrelsen.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Gransjö kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd/styrelse:"
    ws["C3"] = "Kommunstyrelsen"
    ws["A4"] = "År:"
    ws["C4"] = 2025
    ws["A3"].font = BOLD
    ws["A4"].font = BOLD
    ws["A5"] = ("Instruktion: Fyll i status och kommentar för aktuell period. Välj status i listan: "
                "Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Ej aktuell. "
                "Kontroller som inte ska genomföras under perioden lämnas tomma. "
                "Redovisa avvikelser och åtgärder i kommentarsfältet.")
    ws.merge_cells("A5:M5")
    ws["A5"].alignment = WRAP
    ws["A5"].font = Font(italic=True, size=9)
    ws.row_dimensions[5].height = 30

    # group header row 7, column header row 8
    groups = [("A7:G7", "Internkontrollplan 2025"), ("H7:I7", "Tertial 1 (jan–apr)"),
              ("J7:K7", "Tertial 2 (maj–aug)"), ("L7:M7", "Helår")]
    fills = {"A7": "D9D9D9", "H7": "C6E0B4", "J7": "FFE699", "L7": "BDD7EE"}
    for rng, txt in groups:
        first = rng.split(":")[0]
        ws[first] = txt
        ws.merge_cells(rng)
        ws[first].font = BOLD
        ws[first].alignment = Alignment(horizontal="center")
        ws[first].fill = PatternFill("solid", fgColor=fills[first])
    headers = ["Nr", "Process/rutin", "Kontrollmoment", "Risk (riskvärde)", "Kontrollmetod",
               "Frekvens/tidpunkt", "Ansvarig", "Status T1", "Kommentar T1", "Status T2",
               "Kommentar T2", "Status helår", "Kommentar helår"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=8, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="D9D9D9")

    # (nr, process, km, risk, metod, frekvens, ansvarig, status T1, kommentar T1, expected, avv)
    data = [
        ("head", "Ekonomiadministration"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Felaktiga utbetalningar (12)", "Stickprov 30 fakturor per tertial", "Tertialvis",
         "Controller", "Genomförd",
         "Stickprov 30 fakturor jan–apr. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Representation",
         "Kontroll av representation och interna kurser – syfte och deltagare redovisade",
         "Otillåten representation (9)", "Stickprov 15 verifikationer", "Halvår (april, oktober)",
         "Redovisningsekonom", "Genomförd med avvikelse",
         "3 av 15 verifikationer saknade deltagarförteckning. Återkoppling har lämnats till berörda chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Avstämning av balanskonton mot underlag",
         "Felaktig redovisning (8)", "Avstämning av samtliga balanskonton", "Månadsvis",
         "Redovisningschef", "Delvis genomförd",
         "Avstämning gjord för januari–mars. April pågår och blir klar i samband med delårsbokslutet.",
         "DELVIS", ""),
        ("head", "Upphandling och inköp"),
        ("2.1", "Direktupphandling",
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjer för direktupphandling",
         "Otillåten direktupphandling (12)", "Genomgång av leverantörsreskontra", "Tertialvis",
         "Upphandlingschef", "Ej genomförd",
         "Kontrollen hanns inte med under T1 på grund av vakans. Görs i maj.", "EJ_GENOMFORD", ""),
        ("2.2", "Avtalstrohet", "Köp sker från avtalade leverantörer (avtalstrohet)",
         "Köp utanför avtal (9)", "Analys av inköp i e-handelssystemet", "T2 (september)",
         "Inköpssamordnare", None, None, "SAKNAS", ""),
        ("head", "Personal"),
        ("3.1", "Lön", "Löneutbetalningar – kontroll av att nyanställda registrerats med rätt lön",
         "Felaktiga löner (9)", "Stickprov 20 nyanställningar mot anställningsavtal", "Tertialvis",
         "HR-chef", "Genomförd", None, "GENOMFORD", "nej"),
        ("3.2", "Bisysslor", "Uppföljning av bisysslor hos anställda",
         "Otillåtna bisysslor (6)", "Enkät till chefer", "Årligen (oktober)",
         "HR-strateg", None, "Genomförs under hösten enligt plan.", "EJ_GENOMFORD", ""),
        ("3.3", "Arbetsmiljö",
         "Kontroll av att arbetsmiljöuppgifter är skriftligt fördelade till samtliga chefer",
         "Oklart arbetsmiljöansvar (8)", "Genomgång av fördelningsblanketter", "Årligen (mars)",
         "HR-chef", "Genomförd", "Samtliga 34 chefer har signerad uppgiftsfördelning.", "GENOMFORD", "nej"),
        ("head", "Informationssäkerhet"),
        ("4.1", "Behörigheter",
         "Behörigheter i ekonomisystemet Raindance stämmer med aktuella befattningar",
         "Obehörig åtkomst (12)", "Behörighetslista mot personalsystem", "Halvår (april, oktober)",
         "Systemförvaltare", "Genomförd med avvikelse",
         "Fyra konton för avslutade anställda var fortfarande aktiva. Kontona togs bort 2025-04-22.",
         "GENOMFORD", "ja"),
        ("4.2", "Loggkontroll", "Loggkontroll av åtkomst till personakter i HR-systemet",
         "Otillåten läsning av personuppgifter (9)", "Stickprov i loggar", "T3 (november)",
         "Informationssäkerhetssamordnare", "Ej aktuell", "Kontrollen görs under T3.",
         "EJ_GENOMFORD", ""),
        ("head", "Ärendehantering"),
        ("5.1", "Delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Beslut fattas utan mandat (8)", "Jämförelse delegationslista – diarium", "Tertialvis",
         "Kommunsekreterare", "Delvis genomförd",
         "Anmälan gjord för januari–februari. Beslut från mars–april anmäls på sammanträdet i juni.",
         "DELVIS", ""),
        ("5.2", "Diarieföring", "Allmänna handlingar diarieförs inom tre arbetsdagar",
         "Bristande offentlighet (6)", "Stickprov 20 handlingar", "T2 (juni)",
         "Registrator", None, None, "SAKNAS", ""),
        ("5.3", "Motioner",
         "Uppföljning av motioner och medborgarförslag – handläggningstid under ett år",
         "Långsam handläggning (4)", "Sammanställning ur diariet", "Helår",
         "Kommunsekreterare", "Ej aktuell",
         "Kontrollmomentet utgår enligt beslut KS 2025-03-12 § 45; redovisas i stället i årsredovisningen.",
         "UTGAR", ""),
    ]
    r = 9
    for row in data:
        if row[0] == "head":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="1F4E78")
            r += 1
            continue
        vals = list(row[:9]) + [None, None, None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, namnd, row[2], row[9], row[10])
        r += 1
    last = r - 1
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med avvikelse,Delvis genomförd,Ej genomförd,Ej aktuell"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    for col in ("H", "J", "L"):
        dv.add(f"{col}9:{col}{last}")
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen är godkänd av:").font = BOLD
    ws.cell(row=r + 1, column=1, value="Maria Lindqvist, kommundirektör, 2025-05-08")
    ws.cell(row=r + 3, column=1,
            value="Mall: Gransjö kommun, ekonomiavdelningen, version 2025-01. Skicka till ekonomi@gransjo.se senast 15 maj.")
    ws.cell(row=r + 3, column=1).font = Font(italic=True, size=8)
    widths = [5, 16, 42, 20, 26, 16, 18, 16, 42, 12, 24, 12, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D9"
    ws.oddHeader.center.text = "Internkontroll 2025 – Kommunstyrelsen"
    ws.page_setup.orientation = "landscape"

    # second sheet: instructions/lists as in the common template
    ws2 = wb.create_sheet("Listor")
    ws2["A1"] = "Statusval"
    ws2["A1"].font = BOLD
    for i, s in enumerate(["Genomförd", "Genomförd med avvikelse", "Delvis genomförd",
                           "Ej genomförd", "Ej aktuell"], 2):
        ws2.cell(row=i, column=1, value=s)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Miljö- och byggnämnden - månadsrutnät jan-dec med X / – och teckenförklaring
# ---------------------------------------------------------------------------
def file_month_grid():
    fil = "MBN kontrollkalender IK 2025 - avrapportering T1.xlsx"
    namnd = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Kontrollkalender 2025"
    ws["A1"] = "Miljö- och byggnämnden – internkontrollplan 2025, genomförandekalender"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Avrapportering tertial 1 (januari–april 2025)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Uppdaterad 2025-05-05 av Erik Sandberg, nämndsekreterare"
    ws["A3"].font = Font(italic=True)
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    headers = ["Kontrollområde", "Kontrollmoment", "Ansvarig"] + months + ["Notering"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    D = "–"
    # grid strings: 12 chars: X done, A done with deviation, . planned (empty), - not planned
    rows = [
        ("Myndighetsutövning bygg",
         [("Bygglov handläggs inom lagstadgad tid (10 veckor från komplett ansökan)", "Bygglovschef",
           "XXXX..-.....", "", "GENOMFORD", "nej"),
          ("Avgiftsdebitering för bygglov stämmer med gällande taxa", "Administratör",
           "--X--.--.--.", "", "GENOMFORD", "nej"),
          ("Diarieföring av inkomna ansökningar samma dag som de inkommer", "Registrator",
           "---.-----.--", "April: flyttad till maj p.g.a. byte av ärendesystem.", "EJ_GENOMFORD", ""),
          ("Strandskyddsdispenser – kontroll av att motivering och särskilda skäl dokumenteras",
           "Bygglovschef", "------------",
           "Utgår, beslut MBN 2025-02-19 § 12 – ersätts av länsstyrelsens överprövning.", "UTGAR", "")]),
        ("Miljötillsyn",
         [("Tillsynsbesök enligt tillsynsplan för livsmedelskontroll", "Miljöchef",
           "XXAX..-.....",
           "Mars: debitering av en tillsynsavgift saknades, rättad i april.", "GENOMFORD", "ja"),
          ("Kontroll av att förelägganden följs upp inom utsatt tid", "Miljöinspektör",
           "--------.---", "", "EJ_GENOMFORD", ""),
          ("Registerkontroll av anläggningsregistret i Ecos mot verkliga objekt", "Miljöinspektör",
           "---------..-", "", "EJ_GENOMFORD", ""),
          ("Utskick av fakturor för tillsynsavgifter inom 30 dagar efter besök", "Administratör",
           "-X-X-.-.-.-.", "", "GENOMFORD", "nej")]),
        ("Ekonomi och administration",
         [("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningschef",
           "---X---.---.", "", "GENOMFORD", "nej"),
          ("Delegationsbeslut återrapporteras till nämnden varje månad", "Nämndsekreterare",
           "XX....-.....", "Mars–april återrapporteras på junisammanträdet.", "DELVIS", "")]),
    ]
    r = hr + 1
    green = PatternFill("solid", fgColor="C6EFCE")
    yellow = PatternFill("solid", fgColor="FFEB9C")
    grey = PatternFill("solid", fgColor="F2F2F2")
    for area, items in rows:
        start = r
        for km, ansv, grid, note, st, avv in items:
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=ansv)
            for i, ch in enumerate(grid):
                cell = ws.cell(row=r, column=4 + i)
                if ch == "X":
                    cell.value = "X"
                    cell.fill = green
                elif ch == "A":
                    cell.value = "A"
                    cell.fill = yellow
                elif ch == "-":
                    cell.value = D
                    cell.fill = grey
                cell.alignment = Alignment(horizontal="center")
            ws.cell(row=r, column=16, value=note or None)
            for c in range(1, 17):
                ws.cell(row=r, column=c).border = BOX
                if c in (2, 16):
                    ws.cell(row=r, column=c).alignment = WRAP
            exp(fil, namnd, km, st, avv)
            r += 1
        ws.cell(row=start, column=1, value=area).font = BOLD
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = BOLD
    legend = [("X", "Kontrollen genomförd under månaden", green),
              ("A", "Kontrollen genomförd, avvikelse noterad (se notering)", yellow),
              ("", "Tom ruta: kontroll planerad men ännu inte genomförd", None),
              (D, "Ingen kontroll planerad denna månad", grey)]
    for i, (sym, txt, fill) in enumerate(legend, 1):
        c = ws.cell(row=r + i, column=1, value=sym or None)
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
        if fill:
            c.fill = fill
        ws.cell(row=r + i, column=2, value=txt)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 52
    ws.column_dimensions["C"].width = 17
    for i in range(4, 16):
        ws.column_dimensions[get_column_letter(i)].width = 5
    ws.column_dimensions["P"].width = 40
    ws.oddHeader.right.text = "Miljö- och byggnämnden"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden - Word, rubrik per kontroll + stycke
# ---------------------------------------------------------------------------
def file_word():
    fil = "KFN Uppföljning internkontroll tertial 1 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.author = "Anna Berg"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.title = "Uppföljning internkontroll T1 2025"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    run = p.add_run("GRANSJÖ KOMMUN\nKultur- och fritidsförvaltningen")
    run.bold = True
    p = d.add_paragraph("Tjänsteskrivelse\nDatum 2025-05-12\nDiarienummer KFN 2025/0042")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=0)
    d.add_paragraph("Kultur- och fritidsnämnden")
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025 för "
                    "tertial 1 och lägger den till handlingarna.")
    d.add_heading("Bakgrund", level=1)
    d.add_paragraph("Nämnden antog internkontrollplan 2025 den 11 december 2024 (§ 98). Planen innehåller "
                    "nio kontrollmoment. Enligt kommunens riktlinje för intern kontroll ska nämnden följa upp "
                    "planen per tertial. Under tertial 1 har tre kontroller genomförts i sin helhet; flera "
                    "kontroller genomförs senare under året enligt plan.")
    d.add_heading("Resultat per kontrollmoment", level=1)
    items = [
        ("Kontantkassor i simhallen och på biblioteket stäms av mot kassarapport",
         "Kontrollen har genomförts i februari och april genom oanmälda stickprov. Kassorna stämde i "
         "samtliga fall.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Samtliga 23 beslut om lokalt aktivitetsstöd för vårterminen har kontrollerats. Två föreningar "
         "hade fått bidrag för fler deltagare än vad närvarolistorna visade. Återkrav har skickats och "
         "handläggningsrutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Kontrollen genomförs i september enligt plan.", "EJ_GENOMFORD", ""),
        ("Avtal med externa arrangörer är undertecknade innan evenemanget genomförs",
         "Kontrollen genomförs i september enligt plan.", "EJ_GENOMFORD", ""),
        ("Utdrag ur belastningsregistret finns för ledare i fritidsgårdsverksamheten",
         "Kontrollen har påbörjats. Utdrag har kontrollerats för fritidsgården Kvarnen; fritidsgårdarna "
         "Stjärnan och Ekbacken kontrolleras i maj.", "DELVIS", ""),
        ("Förteckningen över konst i offentlig miljö är aktuell",
         "Inventeringen påbörjas under hösten i samband med att konstregistret flyttas till nytt system.",
         "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Genomförd. Stickprov om 25 fakturor från januari–april, inga avvikelser.", "GENOMFORD", "nej"),
        ("Behörigheter i bokningssystemet tas bort för avslutade anställda",
         "Utgår. Kontrollen ingår från 2025 i kommunstyrelsens gemensamma behörighetskontroll "
         "(KS 2025-02-05 § 18).", "UTGAR", ""),
        ("Hantering av personuppgifter i deltagarregistret för kulturskolan",
         "Se bilaga 3.", "OKLAR", ""),
    ]
    for km, text, stt, avv in items:
        d.add_heading(km, level=2)
        d.add_paragraph(text)
        exp(fil, namnd, km, stt, avv)
    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen hittills under året är tillräcklig. "
                    "Avvikelsen gällande föreningsbidrag har åtgärdats. Återstående kontroller redovisas i "
                    "uppföljningen för tertial 2 och i helårsuppföljningen.")
    d.add_heading("Bilagor", level=1)
    d.add_paragraph("Bilaga 3. Granskning av deltagarregister, kulturskolan (separat dokument)")
    d.add_paragraph("\nAnna Berg\nFörvaltningschef\nKultur- och fritidsförvaltningen")
    d.sections[0].header.paragraphs[0].text = "Gransjö kommun – Kultur- och fritidsförvaltningen"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - .xls (BIFF8) med statusord "Ej påbörjad (planerad T2)", "Pågår", "Klar"
# ---------------------------------------------------------------------------
def file_xls():
    fil = "Tekniska nämnden IKP uppföljning T1-2025.xls"
    namnd = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cellf = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    merged = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                         "align: wrap on, vert center")
    ital = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "TEKNISKA NÄMNDEN", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning per 30 april", bold)
    ws.write(2, 0, "Statusalternativ: Klar / Pågår / Ej påbörjad (ange planerad tertial) / Utgår", ital)
    headers = ["Verksamhet", "Rutin/system", "Kontrollmoment", "Kontrollansvarig", "Tidpunkt",
               "Status", "Resultat/åtgärd"]
    hr = 4
    for c, h in enumerate(headers):
        ws.write(hr, c, h, hdr)
    groups = [
        ("Gata/park", [
            ("Vinterväghållning", "Vinterväghållning – entreprenörens utförande kontrolleras mot avtal",
             "Gatuchef", "Jan–mars", "Klar",
             "12 stickprov. Vid ett tillfälle (Skogsvägen 2025-02-03) skedde plogningen för sent. "
             "Vite har debiterats entreprenören.", "GENOMFORD", "ja"),
            ("Lekplatser", "Besiktning av lekplatser enligt SS-EN 1176", "Parkingenjör", "Maj–juni",
             "Ej påbörjad (planerad T2)", "", "EJ_GENOMFORD", ""),
            ("Infracontrol", "Felanmälningar åtgärdas inom fastställd tid", "Driftchef", "Löpande",
             "Pågår", "Uttag gjort för januari–mars: 87 % åtgärdade inom tid. April analyseras.",
             "DELVIS", ""),
        ]),
        ("VA", [
            ("VA-taxa", "Debitering av VA-avgifter stämmer med mätarställning", "VA-ekonom", "T1",
             "Klar", "Stickprov 40 abonnenter, inga fel.", "GENOMFORD", "nej"),
            ("Egenkontroll", "Egenkontroll vattenverk – provtagning enligt kontrollprogram",
             "Driftingenjör VA", "Löpande", "Klar", "", "GENOMFORD", "nej"),
            ("Avtal", "Avtalsuppföljning slamtömning", "VA-chef", "September",
             "Ej påbörjad (planerad T3)", "", "EJ_GENOMFORD", ""),
        ]),
        ("Fastighet", [
            ("Lokalförsörjning", "Hyresavtal för externt förhyrda lokaler är aktuella och registrerade",
             "Fastighetschef", "Mars", "Ej påbörjad", "Försenad, genomförs i juni.", "EJ_GENOMFORD", ""),
            ("Energi", "Energiuppföljning – avvikande förbrukning i kommunens fastigheter utreds",
             "Energisamordnare", "Månadsvis", "Pågår", "", "DELVIS", ""),
            ("Lås och larm", "Nycklar och passerbrickor – kvittens finns för utlämnade",
             "Fastighetsförvaltare", "Oktober", "Ej påbörjad (planerad T3)", "", "EJ_GENOMFORD", ""),
            ("Entreprenad", "Avrop från ramavtal för byggentreprenader följer avtalens villkor",
             "Projektchef", "Hösten", "", "", "SAKNAS", ""),
        ]),
        ("Gemensamt", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "Tertialvis", "Klar", "Stickprov 25 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Bilpool", "Kontroll av fordonsbokningar och körjournaler för kommunens bilpool",
             "Fordonssamordnare", "T1", "Utgår",
             "Bilpoolen överfördes till kommunstyrelsen 2025-01-01.", "UTGAR", ""),
        ]),
    ]
    r = hr + 1
    for area, items in groups:
        start = r
        for rutin, km, ansv, tid, status, res, stt, avv in items:
            ws.write(r, 1, rutin, cellf)
            ws.write(r, 2, km, cellf)
            ws.write(r, 3, ansv, cellf)
            ws.write(r, 4, tid, cellf)
            ws.write(r, 5, status, cellf)
            ws.write(r, 6, res, cellf)
            exp(fil, namnd, km, stt, avv)
            r += 1
        ws.write_merge(start, r - 1, 0, 0, area, merged)
    r += 1
    ws.write(r, 0, "Rapporterat av: Lars Holm, förvaltningscontroller, 2025-05-07", ital)
    widths = [14, 18, 48, 20, 12, 26, 50]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Hypergene-export - två förvaltningar, en rad per kontroll och period (T1 ifylld, T2 tom)
# ---------------------------------------------------------------------------
def file_hypergene():
    fil = "Hypergene_export_Internkontroll_2025-05-06.xlsx"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Rapport: Internkontroll – uppföljning kontrollmoment"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Utskriven 2025-05-06 08:14 av ekonomi.gransjo"
    ws["A3"] = ("Urval: Organisation = Socialförvaltningen, Vård- och omsorgsförvaltningen; "
                "Plan = Internkontrollplan 2025; Period = 2025 T1–2025 T2")
    headers = ["Organisation", "Plan", "Kontrollmoment-ID", "Kontrollmoment", "Process", "Risknivå",
               "Period", "Status", "Kommentar", "Senast ändrad", "Ändrad av"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5597")
    sn = ("Socialnämnden", "Gransjö kommun > Socialförvaltningen", "SOF")
    von = ("Vård- och omsorgsnämnden", "Gransjö kommun > Vård- och omsorgsförvaltningen", "VOF")
    ctrl = [
        (sn, "Ekonomiskt bistånd", "Hög", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Genomförd med avvikelse",
         "Stickprov 40 utbetalningar. 2 utbetalningar saknade underskrivet beslut i Viva. "
         "Rutinen har gåtts igenom på APT.", "2025-04-29", "karin.ek", "GENOMFORD", "ja"),
        (sn, "Placeringar", "Hög", "Placeringar på HVB – avtal och kostnader följs upp",
         "Delvis genomförd", "8 av 14 placeringar granskade. Resterande granskas i maj.",
         "2025-04-30", "karin.ek", "DELVIS", ""),
        (sn, "Barn och unga", "Hög", "Orosanmälningar – förhandsbedömning inom 14 dagar",
         "Genomförd", "Samtliga 112 anmälningar jan–apr förhandsbedömda inom 14 dagar.",
         "2025-04-28", "jonas.vik", "GENOMFORD", "nej"),
        (sn, "Barn och unga", "Medel", "Registerkontroll av familjehem", None,
         "Kontrollen är planerad till oktober.", "2025-04-28", "jonas.vik", "EJ_GENOMFORD", ""),
        (sn, "Missbruk", "Medel", "Handläggning av LVM-ärenden dokumenteras enligt rutin", None, None,
         None, None, "SAKNAS", ""),
        (sn, "Informationssäkerhet", "Hög", "Behörighetsuppföljning i verksamhetssystemet Viva",
         "Ej genomförd", "Skjuts till T2 på grund av systemuppgradering i mars.", "2025-05-02",
         "karin.ek", "EJ_GENOMFORD", ""),
        (sn, "Ekonomi", "Medel", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
         None, "2025-05-02", "karin.ek", "GENOMFORD", "nej"),
        (sn, "Öppenvård", "Låg", "Arvoden till kontaktpersoner betalas ut enligt riktlinje",
         "Ej aktuell",
         "Insatsen upphandlas från 2025 och kontrollmomentet har strukits ur planen (SN 2025-01-22 § 7).",
         "2025-02-10", "karin.ek", "UTGAR", ""),
        (von, "Kvalitet", "Hög",
         "Avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid", "Genomförd",
         "Fem rapporter under perioden, samtliga utredda inom tid.", "2025-04-25", "lena.strom",
         "GENOMFORD", "nej"),
        (von, "Hälso- och sjukvård", "Hög", "Läkemedelshantering – signeringslistor är kompletta",
         "Genomförd med avvikelse",
         "Brister i signering på Björkgårdens särskilda boende (avd. 2). Åtgärdsplan upprättad "
         "tillsammans med MAS.", "2025-04-25", "lena.strom", "GENOMFORD", "ja"),
        (von, "Avgifter", "Medel",
         "Debitering av omsorgsavgifter stämmer med beslut och inkomstuppgifter", "Delvis genomförd",
         "Hemtjänsten granskad utan anmärkning, särskilt boende återstår.", "2025-04-30",
         "per.aronsson", "DELVIS", "nej"),
        (von, "Myndighetsutövning", "Medel", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Ej påbörjad", "Planerad T2.", "2025-04-30", "per.aronsson", "EJ_GENOMFORD", ""),
        (von, "Kvalitet", "Medel", "Tillsyn av nattfasta på särskilda boenden", None, None, None, None,
         "SAKNAS", ""),
        (von, "Hemtjänst", "Medel", "Kontroll av nyckelhantering i hemtjänsten", None,
         "Se bifogad rapport.", "2025-05-05", "per.aronsson", "OKLAR", ""),
        (von, "Ekonomi", "Medel", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
         "Stickprov 25 fakturor, inga avvikelser.", "2025-05-05", "per.aronsson", "GENOMFORD", "nej"),
    ]
    r = hr + 1
    counters = {}
    for (namnd, org, pref), proc, risk, km, status, komm, datum, user, stt, avv in ctrl:
        counters[pref] = counters.get(pref, 0) + 1
        kid = f"IK25-{pref}-{counters[pref]:02d}"
        for period in ("2025 T1", "2025 T2"):
            first = period.endswith("T1")
            vals = [org, "Internkontrollplan 2025", kid, km, proc, risk, period,
                    status if first else None, komm if first else None,
                    datum if first else None, user if first else None]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v)
            r += 1
        exp(fil, namnd, km, stt, avv)
    ws.cell(row=r + 1, column=1, value=f"Antal rader: {r - hr - 1}")
    widths = [44, 24, 16, 60, 20, 9, 9, 24, 60, 13, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = f"A{hr}:K{r - 1}"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T1"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Arbetsmarknadsnämnden - antagen plan (ods), ingen uppföljning
# ---------------------------------------------------------------------------
def file_ods_plan(tmp):
    fil = "AMN internkontrollplan 2025 (antagen).ods"
    namnd = "Arbetsmarknadsnämnden"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Internkontrollplan 2025"
    ws["A1"] = "Arbetsmarknadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Antagen av nämnden 2024-12-10, § 87. Dnr AMN 2024/0311"
    headers = ["Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
               "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapporteras till nämnden"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = WRAP
    plan = [
        ("Försörjningsstöd", "Utbetalning utan giltigt beslut", 2, 4,
         "Utbetalningar av försörjningsstöd sker enligt beslut", "Stickprov 30 utbetalningar",
         "Tertialvis", "Enhetschef försörjningsstöd", "T1, T2, helår"),
        ("Arbetsmarknadsinsatser", "Deltagare i insats saknar beslut", 2, 3,
         "Samtliga deltagare i arbetsmarknadsinsatser har dokumenterat beslut", "Registeruttag",
         "Halvår", "Enhetschef arbetsmarknad", "Delår, helår"),
        ("Lönebidrag", "Felaktiga lönebidrag till externa arbetsgivare", 3, 3,
         "Rekvisitioner av anställningsstöd stäms av mot Arbetsförmedlingens beslut",
         "Avstämning av samtliga rekvisitioner", "Tertialvis", "Ekonom", "T1, T2, helår"),
        ("SFI", "Elever utan giltig folkbokföring", 2, 2,
         "Elevregister i SFI stämmer med folkbokföring", "Körning mot Navet", "Årligen",
         "Rektor vuxenutbildning", "Helår"),
        ("Integration", "Ersättning från Migrationsverket söks inte", 3, 3,
         "Schablonersättning från Migrationsverket återsöks för samtliga berättigade",
         "Avstämning mot mottagningslista", "Halvår", "Integrationssamordnare", "Delår, helår"),
        ("Ekonomi", "Felaktiga utbetalningar", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Tertialvis", "Controller", "T1, T2, helår"),
        ("Informationssäkerhet", "Obehörig åtkomst till personuppgifter", 2, 4,
         "Behörigheter i verksamhetssystemet följs upp mot befattning", "Behörighetslista",
         "Årligen", "Systemförvaltare", "Helår"),
    ]
    r = 6
    for proc, risk, s, k, km, metod, frekv, ansv, rapp in plan:
        vals = [proc, risk, s, k, s * k, km, metod, frekv, ansv, rapp]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens. Riskvärde 9 eller högre = kritisk risk.")
    widths = [20, 30, 11, 11, 9, 50, 28, 12, 26, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmp, "amn_plan.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copyfile(os.path.join(tmp, "amn_plan.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", ""))


# ---------------------------------------------------------------------------
# 7. Barn- och utbildningsnämnden - semikolon-CSV, bara kolumnen Kommentar
# ---------------------------------------------------------------------------
def file_csv():
    fil = "bun_ik_uppfoljning_t1_2025.csv"
    namnd = "Barn- och utbildningsnämnden"
    forv = "Barn- och utbildningsförvaltningen"
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Tertialvis",
         "Genomförd i mars, stickprov 30 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Skolskjuts", "Skolskjutsar – beslut följer riktlinjer för skolskjuts", "Skolskjutshandläggare",
         "T1",
         "Genomförd. 3 av 25 beslut saknade motivering;\nhandläggarna har fått återkoppling och "
         "mallen har ändrats.", "GENOMFORD", "ja"),
        ("Elevhälsa", "Frånvarorapportering – hög frånvaro anmäls till rektor enligt rutin",
         "Verksamhetschef grundskola", "T1",
         "Påbörjad på två av sex skolor, slutförs i maj.", "DELVIS", ""),
        ("Trygghet", "Kränkande behandling anmäls till huvudman inom fem dagar", "Kvalitetsstrateg",
         "Tertialvis",
         "Genomförd. Samtliga 41 anmälningar jan–april inkom inom fem dagar.", "GENOMFORD", "nej"),
        ("Avgifter", "Barnomsorgsavgifter debiteras enligt inkomstuppgift (maxtaxa)", "Avgiftshandläggare",
         "Hösten", "Görs under hösten i samband med den årliga inkomstkontrollen.", "EJ_GENOMFORD", ""),
        ("Personal", "Registerutdrag för nyanställd personal i förskola och skola", "HR-konsult",
         "Tertialvis", "", "SAKNAS", ""),
        ("Betyg", "Betygsättning – rättssäker dokumentation av betygsunderlag",
         "Verksamhetschef grundskola", "Juni",
         "Kontrollen planeras till juni efter vårterminens betygssättning.", "EJ_GENOMFORD", ""),
        ("Elevregister", "Elevregister i IST stämmer med folkbokföring", "Systemförvaltare", "T1",
         "Se bilaga 2", "OKLAR", ""),
        ("IT", "Lärplattor och datorer – inventarieförteckning per skola", "IT-samordnare", "T1",
         "Utgår ur planen enligt BUN-beslut 2025-03-20 § 31; hanteras av IT-enheten.", "UTGAR", ""),
        ("Statsbidrag", "Statsbidrag – rekvirerade medel redovisas enligt villkor", "Controller", "T1",
         "Ej genomförd, redovisningen till Skolverket är försenad.", "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Förvaltning", "Period", "Område", "Kontrollmoment", "Ansvarig", "Tidpunkt",
                    "Kommentar"])
        for omr, km, ansv, tid, komm, stt, avv in rows:
            w.writerow([forv, "T1 2025", omr, km, ansv, tid, komm])
            exp(fil, namnd, km, stt, avv)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Avvisas: ekonomisk månads-/tertialrapport (budget/prognos), ingen IK-uppföljning
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Ekonomisk uppföljning T1 2025 - Tekniska nämnden.xlsx"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Tekniska nämnden – ekonomisk uppföljning tertial 1 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr. Utfall t.o.m. april, prognos för helår."
    headers = ["Verksamhet", "Budget 2025", "Utfall jan–apr", "Förbrukat %", "Prognos helår",
               "Avvikelse mot budget", "Kommentar"]
    for c, h in enumerate(headers, 1):
        ws.cell(row=4, column=c, value=h).font = BOLD
    rows = [
        ("Nämnd och förvaltningsledning", 6200, 2010, 6200, ""),
        ("Gator och vägar", 41500, 19870, 44300, "Kostsam vintersäsong, snöröjning över budget."),
        ("Parker och lekplatser", 12300, 3120, 12100, ""),
        ("Fastighetsförvaltning", 88400, 29050, 87900, "Lägre energikostnader än beräknat."),
        ("Kost", 34100, 11480, 34600, "Ökade livsmedelspriser."),
        ("Lokalvård", 21800, 7210, 21800, ""),
        ("VA (taxefinansierat)", 0, -850, 0, "Redovisas mot VA-fond."),
    ]
    r = 5
    for name, bud, utf, prog, komm in rows:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=bud)
        ws.cell(row=r, column=3, value=utf)
        ws.cell(row=r, column=4, value=f"=IF(B{r}=0,\"\",C{r}/B{r})")
        ws.cell(row=r, column=5, value=prog)
        ws.cell(row=r, column=6, value=f"=B{r}-E{r}")
        ws.cell(row=r, column=7, value=komm or None)
        ws.cell(row=r, column=4).number_format = "0%"
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = BOLD
    for col in "BCE":
        ws[f"{col}{r}"] = f"=SUM({col}5:{col}{r - 1})"
    ws[f"F{r}"] = f"=B{r}-E{r}"
    ws.cell(row=r + 2, column=1,
            value="Nämnden prognostiserar ett underskott om 2,6 mnkr, främst beroende på vinterväghållningen.")
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["G"].width = 46
    for col in "BCDEF":
        ws.column_dimensions[col].width = 15
    ws2 = wb.create_sheet("Investeringar")
    ws2["A1"] = "Investeringsprojekt"
    ws2["B1"] = "Budget 2025"
    ws2["C1"] = "Utfall jan–apr"
    for i, (p, b, u) in enumerate([("Ombyggnad Storgatan etapp 2", 14000, 2300),
                                   ("Ny förskola Norrgläntan", 32000, 9800),
                                   ("Reinvestering VA-ledningar", 9500, 1200)], 2):
        ws2.cell(row=i, column=1, value=p)
        ws2.cell(row=i, column=2, value=b)
        ws2.cell(row=i, column=3, value=u)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnad"),
        ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknads- och integrationsförvaltningen|AIF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Gransjö Energi AB", "Gransjö Energi|GEAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")


def write_csvs():
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


def main():
    keep = {"make_round.py", "README.md"}
    for name in os.listdir(OUT):
        p = os.path.join(OUT, name)
        if name not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="round152_")
    try:
        file_common_template()
        file_month_grid()
        file_word()
        file_xls()
        file_hypergene()
        file_ods_plan(tmp)
        file_csv()
        file_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_register()
    write_csvs()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
