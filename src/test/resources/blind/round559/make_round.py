#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r559 - Karlskrona kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; files land beside this script)
"""
import csv
import datetime
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import xlwt
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TableCellProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 26, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - easy xlsx
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_Uppfoljning_internkontrollplan_2025_helar.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb, "Ekonomienheten KLF")
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Period: Helår 2025 (1 januari – 31 december)"
    ws["A3"] = "Upprättad av: Ekonomienheten, Kommunledningsförvaltningen, 2026-01-20"
    ws["A2"].font = Font(italic=True)
    ws["A3"].font = Font(italic=True)
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
            "Ansvarig", "Status", "Kommentar/åtgärd"]
    r = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Tertial", "Controller",
             "Genomförd", "Samtliga 90 granskade fakturor attesterade av behörig attestant. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("1.2", "Förtroendekänsliga poster",
             "Representation och förtroendekänsliga poster – syfte och deltagare anges på fakturan",
             "Stickprov 25 fakturor", "Helår", "Redovisningschef",
             "Genomförd med avvikelse",
             "I 4 av 25 granskade fakturor saknades deltagarförteckning. Påminnelse om riktlinjerna har skickats till samtliga chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut",
             "Genomgång av avstämningsmallar", "Månad", "Redovisningsekonom",
             "Genomförd", "Avstämningar upprättade och signerade för samtliga månader. Ingen avvikelse.",
             "GENOMFORD", "nej"),
        ]),
        ("2. Personal", [
            ("2.1", "Lön",
             "Löneutbetalningar – kontroll av nyanställda och avslutade anställningar mot underlag",
             "Stickprov i HR-systemet Heroma", "Tertial", "HR-chef",
             "Delvis genomförd",
             "Kontroll gjord för T1 och T2, inga avvikelser. T3 skjuts till januari 2026 på grund av byte av lönesystem.",
             "DELVIS", "nej"),
            ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
             "Rapport ur Adato", "Månad", "HR-konsult",
             "Genomförd", "Rehabärenden följs upp månatligen av HR-stödet tillsammans med cheferna.",
             "GENOMFORD", ""),
        ]),
        ("3. Upphandling och inköp", [
            ("3.1", "Inköp", "Avtalstrohet – inköp sker från upphandlade leverantörer",
             "Spendanalys", "Helår", "Upphandlingschef",
             "Ej genomförd",
             "Kontrollen har inte genomförts på grund av vakans inom upphandlingsenheten. Flyttas till internkontrollplan 2026.",
             "EJ_GENOMFORD", ""),
            ("3.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras",
             "Genomgång av samtliga direktupphandlingar", "Helår", "Upphandlare",
             "Genomförd",
             "12 direktupphandlingar granskade, 3 saknade dokumentation av konkurrensutsättning. Utbildning hålls i mars 2026.",
             "GENOMFORD", "ja"),
        ]),
        ("4. Informationssäkerhet och dokumenthantering", [
            ("4.1", "Behörigheter",
             "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personal",
             "Registeravstämning", "Halvår", "Systemförvaltare",
             "Genomförd",
             "Två konton för avslutade anställda var fortfarande aktiva och har inaktiverats.",
             "GENOMFORD", "ja"),
            ("4.2", "Diarieföring",
             "Hantering av allmänna handlingar – diarieföring av inkomna e-postärenden",
             "Stickprov funktionsbrevlådor", "Helår", "Kanslichef",
             "Utgår",
             "Utgår enligt KS beslut 2025-06-03 § 145, ersätts av kommunövergripande granskning av arkivvården.",
             "UTGAR", ""),
        ]),
    ]
    r = 6
    n_done = 0
    n_tot = 0
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            vals = row[:8]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, row[2], row[8], row[9])
            n_tot += 1
            if row[6].startswith("Genomförd"):
                n_done += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Summa: {n_tot} kontrollmoment, varav {n_done} genomförda.").font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Behandlad av kommunstyrelsens arbetsutskott 2026-01-27. Beslut i kommunstyrelsen 2026-02-03.")
    for col, w in zip("ABCDEFGH", [6, 22, 48, 28, 10, 18, 20, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Äldrenämnden - English status list in the template
# ---------------------------------------------------------------------------
def make_an():
    fil = "Äldrenämnden uppföljning IK 2025.xlsx"
    N = "Äldrenämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Controller Äldreförvaltningen")
    ws = wb.active
    ws.title = "Follow-up"
    ws["A1"] = "Äldreförvaltningen – uppföljning internkontrollplan 2025, helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Karlskrona kommun"
    ws["A3"] = "Fyll i status i listan (kolumn E) och kommentera kort. Avvikelse anges J/N."
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    head = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status (välj i lista)", "Kommentar", "Avvikelse J/N"]
    hr = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Vård och omsorg", "Läkemedelshantering – kontroll av signeringslistor på särskilda boenden",
         "MAS", "Completed",
         "Stickprov på 6 boenden. Brister i signering på 2 enheter, åtgärdsplan upprättad.", "J",
         "GENOMFORD", "ja"),
        ("Vård och omsorg", "Avvikelserapportering enligt lex Sarah följs upp och analyseras",
         "Kvalitetsstrateg", "Completed", "Samtliga 14 rapporter utredda inom tidsgräns.", "N",
         "GENOMFORD", "nej"),
        ("Hemtjänst", "Genomförandeplaner upprättas inom 14 dagar efter beslut i hemtjänsten",
         "Enhetschefer hemtjänst", "In progress",
         "Mätning gjord i hemtjänstgrupp Norr och Rödeby. Övriga grupper mäts i januari 2026.", "",
         "DELVIS", ""),
        ("Ekonomi", "Fakturering av hemtjänstavgifter stämmer med utförd tid i TES",
         "Avgiftshandläggare", "Genomförd", "Avstämning oktober, inga differenser.", "N",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Completed", "", "N",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av brukarmedel/privata medel på särskilt boende",
         "Enhetschefer SÄBO", "Not started",
         "Ej genomförd pga personalbrist inom administrationen. Tas med i plan 2026.", "",
         "EJ_GENOMFORD", ""),
        ("Vård och omsorg", "Nattfasta – uppföljning av tid mellan kvällsmål och frukost",
         "Dietist", "In progress", "Mätning påbörjad v. 46 på fyra boenden.", "",
         "DELVIS", ""),
        ("Informationssäkerhet", "Behörighetskontroll i verksamhetssystemet Lifecare",
         "Systemförvaltare", "Pågår", "Loggutdrag beställt, analys klar i februari.", "",
         "DELVIS", ""),
        ("Säkerhet", "Brandskyddsrondering på särskilda boenden",
         "Säkerhetssamordnare", "Completed", "Alla 11 boenden ronderade under hösten.", "N",
         "GENOMFORD", "nej"),
        ("Personal", "Bisysslor – chefer redovisar bisysslor årligen",
         "HR-partner", "Not applicable", "Utgår – hanteras centralt av HR på KLF från 2025.", "",
         "UTGAR", ""),
        ("Vård och omsorg", "Korttidsplatser – beläggning och väntetid följs upp månadsvis",
         "Biståndschef", None,
         "Uppföljning har gjorts varje månad och rapporterats till nämnden i delårsrapport och bokslut.", "",
         "GENOMFORD", ""),
    ]
    r = hr + 1
    for i, row in enumerate(rows, 1):
        vals = (i,) + row[:6]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    dv = DataValidation(type="list", formula1='"Completed,In progress,Not started,Not applicable"',
                        allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add(f"E{hr+1}:E{hr+30}")
    dv2 = DataValidation(type="list", formula1='"J,N"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"G{hr+1}:G{hr+30}")
    r += 1
    ws.cell(row=r, column=2, value="Sammanställt 2026-01-15 / Lena Bergström, controller")
    for col, w in zip("ABCDEFG", [5, 20, 55, 22, 20, 60, 14]):
        ws.column_dimensions[col].width = w
    # a hidden helper sheet of the template (list values)
    lst = wb.create_sheet("Lists")
    for i, v in enumerate(["Completed", "In progress", "Not started", "Not applicable"], 1):
        lst.cell(row=i, column=1, value=v)
    lst.sheet_state = "hidden"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och ungdomsnämnden - plan 2026 sheet + follow-up 2025 sheet
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN internkontroll - plan 2026 och uppföljning 2025.xlsx"
    N = "Barn- och ungdomsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Barn- och ungdomsförvaltningen")
    # --- sheet 1: adopted plan 2026
    ws = wb.active
    ws.title = "Internkontrollplan 2026"
    ws["A1"] = "Barn- och ungdomsnämnden – Internkontrollplan 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av barn- och ungdomsnämnden 2025-11-25, § 98"
    head = ["Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde",
            "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapporteras"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BORDER
        cell.alignment = WRAP
    plan = [
        ("Ekonomi", "Felaktiga utbetalningar", 2, 3, "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Halvår", "Controller", "Delår, helår"),
        ("Ekonomi", "Inköp utanför avtal", 3, 3, "Inköp sker enligt ingångna ramavtal (avtalstrohet)",
         "Spendanalys", "Helår", "Ekonomichef", "Helår"),
        ("Skola", "Elever far illa utan att huvudman känner till det", 2, 4,
         "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         "Uppföljning i DF Respons", "Tertial", "Verksamhetschef grundskola", "Delår, helår"),
        ("Skola", "Hög frånvaro uppmärksammas inte", 3, 3,
         "Frånvarorapportering i Skola24 – elever med hög frånvaro utreds",
         "Rapport ur Skola24", "Tertial", "Rektorer", "Delår, helår"),
        ("Skolskjuts", "Beslut fattas utan stöd i riktlinjer", 2, 3,
         "Skolskjuts – beslut fattas enligt riktlinjer och delegationsordning",
         "Stickprov 20 beslut", "Helår", "Skolskjutshandläggare", "Helår"),
        ("Förskola", "Modersmålsstöd erbjuds inte", 2, 2,
         "Modersmålsstöd i förskolan – erbjudande dokumenteras",
         "Enkät till förskolechefer", "Helår", "Verksamhetschef förskola", "Helår"),
        ("Personal", "Otillåtna bisysslor", 2, 3,
         "Bisysslor redovisas i medarbetarsamtal",
         "Stickprov i Heroma", "Helår", "HR", "Helår"),
        ("Informationssäkerhet", "Obehörig åtkomst till elevuppgifter", 2, 4,
         "Loggkontroll i elevdokumentationssystemet",
         "Stickprov loggar", "Halvår", "Dataskyddssamordnare", "Delår, helår"),
    ]
    r = 5
    for p in plan:
        vals = [p[0], p[1], p[2], p[3], p[2] * p[3], p[4], p[5], p[6], p[7], p[8]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        r += 1
    for col, w in zip("ABCDEFGHIJ", [16, 30, 10, 10, 10, 50, 24, 10, 22, 14]):
        ws.column_dimensions[col].width = w

    # --- sheet 2: follow-up 2025
    ws2 = wb.create_sheet("Uppföljning 2025")
    ws2["A1"] = "Uppföljning av internkontrollplan 2025 – Barn- och ungdomsnämnden"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Helårsuppföljning, redovisas för nämnden 2026-02-17"
    head2 = ["Process", "Kontrollmoment", "Ansvarig", "Status delår (aug)", "Status helår", "Kommentar"]
    for c, h in enumerate(head2, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd", "Genomförd",
         "Stickprov 40 fakturor per halvår. En faktura (höst) saknade andra attest, rättad.", "GENOMFORD", "ja"),
        ("Ekonomi", "Inköp sker enligt ingångna ramavtal (avtalstrohet)", "Ekonomichef",
         "Delvis", "Genomförd",
         "Analys av inköp över 50 tkr: 92 % avtalstrohet. Köp utanför avtal inom livsmedel på två förskolor.",
         "GENOMFORD", "ja"),
        ("Skola", "Anmälan om kränkande behandling till huvudman sker skyndsamt", "Verksamhetschef grundskola",
         "Genomförd", "Genomförd", "Samtliga anmälningar har inkommit till huvudman inom fem arbetsdagar.",
         "GENOMFORD", "nej"),
        ("Skola", "Frånvarorapportering i Skola24 – elever med hög frånvaro utreds", "Rektorer",
         "Delvis", "Delvis", "Rutinen är implementerad på 12 av 19 skolor. Resterande skolor våren 2026.",
         "DELVIS", ""),
        ("Förskola", "Placering i förskola inom fyra månader enligt skollagen", "Placeringsenheten",
         "Genomförd", None,
         "Kontrollen genomfördes i april (vårens kö). Samtliga barn erbjöds plats inom lagstadgad tid.",
         "GENOMFORD", "nej"),
        ("Personal", "Registerkontroll i belastningsregistret vid nyanställning", "HR-specialist",
         "Ej genomförd", "Genomförd", "Kontroll av 30 nyanställningar hösten 2025, samtliga hade uppvisat utdrag.",
         "GENOMFORD", "nej"),
        ("Skolskjuts", "Skolskjuts – beslut fattas enligt riktlinjer och delegationsordning", "Skolskjutshandläggare",
         None, "Ej genomförd", "Skjuts till 2026 – ny upphandling av skolskjuts pågår och har prioriterats.",
         "EJ_GENOMFORD", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras på varje enhet", "Säkerhetssamordnare",
         "Delvis", "Se kommentar", "Se bilaga 3, Brandskyddsrapport 2025.",
         "OKLAR", ""),
        ("Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Utgår", "Utgår", "Utgår ur planen, kontrolleras löpande av nämndsekreteraren.",
         "UTGAR", ""),
    ]
    r = 5
    prev = None
    for row in rows:
        vals = [row[0] if row[0] != prev else None, row[1], row[2], row[3], row[4], row[5]]
        prev = row[0]
        for c, v in enumerate(vals, 1):
            cell = ws2.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Förvaltningens bedömning: den interna kontrollen är i huvudsak tillräcklig.")
    for col, w in zip("ABCDEF", [18, 55, 24, 16, 16, 70]):
        ws2.column_dimensions[col].width = w
    wb.active = 0
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - .xls, nämnd only in print header and file name, status with date
# ---------------------------------------------------------------------------
def make_tn():
    fil = "TN IK-uppföljning T3 2025.xls"
    N = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("T3 2025")
    # xlwt under py3 cannot take non-ASCII via the setter; set the private field (str) directly
    ws._Worksheet__header_str = "&LTekniska förvaltningen&CKarlskrona kommun&RSida &P av &N"
    ws._Worksheet__footer_str = "&LUtskrivet &D"
    ws.portrait = False
    bold = xlwt.easyxf("font: bold on, height 260")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Uppföljning intern kontroll – tertial 3 2025", bold)
    ws.write(1, 0, "Status anges med datum då kontrollen avslutades/påbörjades.")
    head = ["Id", "Område", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]
    for c, h in enumerate(head):
        ws.write(3, c, h, hdr)
    rows = [
        ("TN1", "Gata/park", "Skötsel av lekplatser – huvudbesiktning enligt SS-EN 1176", "Parkchef",
         "Genomförd 2025-10-12", "Huvudbesiktning utförd på 64 lekplatser. 4 lekplatser hade brister som har åtgärdats.",
         "GENOMFORD", "ja"),
        ("TN2", "Gata/park", "Vinterväghållning – entreprenörens utryckningstider följs upp", "Driftchef gata",
         "Påbörjad 2025-11-15", "Säsongen pågår, uppföljningen avslutas i mars 2026.",
         "DELVIS", ""),
        ("TN3", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd 2025-12-10", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("TN4", "Ekonomi", "Debitering av upplåtelse av offentlig plats (torghandel, uteserveringar)", "Handläggare markupplåtelse",
         "Genomförd med avvikelse 2025-09-30", "3 uteserveringar hade inte fakturerats för säsongen, fakturerat i efterhand.",
         "GENOMFORD", "ja"),
        ("TN5", "Fordon", "Kontroll av att fordonsflottan används enligt körjournal", "Fordonssamordnare",
         "Ej påbörjad", "Resursbrist. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("TN6", "Gata/park", "Tillstånd för schakt i allmän mark – kontroll av återställning", "Gatuingenjör",
         "Delvis genomförd 2025-12-15", "Kontroll av 18 av planerade 30 ärenden. Inga brister i de kontrollerade.",
         "DELVIS", "nej"),
        ("TN7", "Trafik", "Färdtjänst – kontroll av genomförda resor mot beställningar", "Trafikhandläggare",
         "Utgår 2025-03-18", "Utgår enligt TN 2025-03-18 § 34 – färdtjänsten övergår till Region Blekinge.",
         "UTGAR", ""),
        ("TN8", "Trafik", "Avtalsuppföljning av parkeringsövervakning", "Trafikchef",
         "Genomförd 2025-06-20", "Avtalsuppföljning genomförd, entreprenören uppfyller avtalet.",
         "GENOMFORD", "nej"),
    ]
    r = 4
    for row in rows:
        for c, v in enumerate(row[:6]):
            ws.write(r, c, v, cellst)
        exp(fil, N, row[2], row[6], row[7])
        r += 1
    ws.write(r + 1, 0, "Rapporteras till nämnden i samband med årsredovisningen.")
    for c, w in enumerate([6, 14, 55, 22, 30, 60]):
        ws.col(c).width = w * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False, size=None):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnadsnämnden - docx, Status + Klart datum columns
# ---------------------------------------------------------------------------
def make_mbn():
    fil = "MBN uppföljning internkontroll helår 2025.docx"
    N = "Miljö- och byggnadsnämnden"
    d = docx.Document()
    fix_docx_props(d, "Miljö- och byggnadsförvaltningen")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.header.paragraphs[0].text = "Karlskrona kommun\tMiljö- och byggnadsförvaltningen\tDnr MBN 2025-000412"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Miljö- och byggnadsnämnden – helårsuppföljning")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 212). Nedan redovisas "
        "uppföljningen av samtliga kontrollmoment per den 31 december 2025. Kolumnen Klart datum anger "
        "när kontrollen slutfördes.")
    head = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Klart datum", "Kommentar"]
    rows = [
        ("1", "Bygglov", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "Klar", "2025-09-30",
         "Granskning av 50 ärenden: 3 överskred tidsfristen och avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("2", "Bygglov", "Debitering av bygglovsavgift enligt gällande taxa", "Administrativ chef",
         "Klar", "2025-12-05", "20 ärenden granskade, inga fel.", "GENOMFORD", "nej"),
        ("3", "Livsmedel", "Tillsynsplanen för livsmedelskontroll följs", "Miljöchef",
         "Pågår", "",
         "78 % av planerade kontroller utförda, resterande prioriteras första kvartalet 2026.", "DELVIS", ""),
        ("4", "Miljö/hälsoskydd", "Timavgift i efterhandsdebitering – handläggningstid registreras korrekt", "Miljöchef",
         "Ej startad", "",
         "Ej påbörjad p.g.a. byte av verksamhetssystem under hösten.", "EJ_GENOMFORD", ""),
        ("5", "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Klar", "2025-06-15", "", "GENOMFORD", ""),
        ("6", "Nämndadministration", "Diarieföring och arkivering av tillsynsärenden", "Registrator",
         "", "2025-11-20", "", "GENOMFORD", ""),
        ("7", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Klar", "2025-12-12", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("8", "Naturvård", "Strandskyddsdispenser – beslut som överprövas av länsstyrelsen följs upp", "Planarkitekt",
         "Utgår", "", "Utgår efter beslut i MBN 2025-04-23 § 61.", "UTGAR", ""),
        ("9", "Lantmäteri/GIS", "Uppdatering av primärkartan enligt ajourhållningsplan", "GIS-samordnare",
         "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:7]):
            set_cell_text(cells[i], v, size=9)
        exp(fil, N, row[2], row[7], row[8])
    widths = [Cm(1.0), Cm(3.2), Cm(7.0), Cm(3.0), Cm(2.2), Cm(2.4), Cm(7.8)]
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Karlskrona 2026-01-22")
    d.add_paragraph("Per Holmgren\nFörvaltningschef, Miljö- och byggnadsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Socialnämnden - docx, two-column table (Kontrollmoment / Resultat och status)
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Socialnämnden - Uppföljning intern kontroll 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    fix_docx_props(d, "Socialförvaltningen")
    d.sections[0].header.paragraphs[0].text = "Karlskrona kommun – Socialförvaltningen"
    p = d.add_paragraph()
    r = p.add_run("Tjänsteskrivelse\nDnr SN.2025.123")
    r.font.size = Pt(9)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 i januari 2025. Enligt kommunens riktlinjer för "
        "intern kontroll ska nämnden följa upp planen vid delår och helår. Här redovisas helårsuppföljningen. "
        "Uppföljningen har sammanställts av förvaltningens kvalitetsenhet utifrån verksamheternas rapporter.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Av nio kontrollmoment har fyra genomförts, varav två med avvikelser. Två är delvis genomförda, "
        "en har inte genomförts och en har utgått. För en kontroll har ingen redovisning lämnats. "
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
    d.add_heading("Redovisning per kontrollmoment", level=2)
    blocks = [
        ("Process: Ekonomiskt bistånd", [
            ("Utbetalning av ekonomiskt bistånd – kontroll mot beslut i Viva",
             "Status: Genomförd\nStickprov på 40 utbetalningar under året. Två utbetalningar saknade beslut; "
             "återkrav har initierats och berörda handläggare har fått återkoppling.", "GENOMFORD", "ja"),
            ("Kontroll av att ansökan om ekonomiskt bistånd kompletteras med kontoutdrag",
             "Status: Genomförd\nInga avvikelser noterades i de 25 granskade akterna.", "GENOMFORD", "nej"),
        ]),
        ("Process: Barn och unga", [
            ("Orosanmälningar – förhandsbedömning görs inom 14 dagar",
             "Delvis genomförd.\nKontroll gjord för januari–juni: 87 % av förhandsbedömningarna gjordes inom "
             "lagstadgad tid, övriga överskred med 1–5 dagar. Andra halvåret kontrolleras i februari 2026.",
             "DELVIS", "ja"),
            ("Placeringar på HVB – avtal och fakturering kontrolleras",
             "Kontrollen har inte genomförts. Resurserna har prioriterats till upphandling av nytt ramavtal "
             "för HVB. Kontrollen flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Funktionsstöd", [
            ("Genomförandeplaner inom LSS upprättas och följs upp",
             "Status: Pågående\nUppföljningen påbörjades i oktober och blir klar under första kvartalet 2026.",
             "DELVIS", ""),
        ]),
        ("Process: Arbetsmiljö och säkerhet", [
            ("Hot och våld – handlingsplanen gås igenom på APT i samtliga verksamheter",
             "Status: Genomförd\nIFO klart, funktionsstöd klart. Inga brister noterade.", "GENOMFORD", "nej"),
            ("Loggkontroll i journalsystemet (otillbörlig åtkomst)",
             "Status: Genomförd med anmärkning\n120 loggar granskade. En otillbörlig åtkomst upptäcktes och har "
             "hanterats av personalenheten.", "GENOMFORD", "ja"),
        ]),
        ("Process: Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "", "SAKNAS", ""),
            ("Bisysslor – redovisning av bisysslor för handläggare",
             "Utgår. Hanteras i kommungemensam process via HR.", "UTGAR", ""),
        ]),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell_text(t.rows[0].cells[0], "Kontrollmoment", bold=True)
    set_cell_text(t.rows[0].cells[1], "Resultat och status", bold=True)
    shade(t.rows[0].cells[0], "BFBFBF")
    shade(t.rows[0].cells[1], "BFBFBF")
    for proc, items in blocks:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        set_cell_text(m, proc, bold=True)
        shade(m, "F2F2F2")
        for km, res, st, av in items:
            cells = t.add_row().cells
            set_cell_text(cells[0], km)
            set_cell_text(cells[1], res)
            exp(fil, N, km, st, av)
    for r in t.rows:
        r.cells[0].width = Cm(6.5)
        r.cells[1].width = Cm(10.0)
    d.add_paragraph()
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("Karlskrona 2026-01-28")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Stratsys CSV export - Kulturnämnden + Idrotts- och fritidsnämnden, Delår and Helår rows
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    data = [
        ("Kulturnämnden", "Kulturnämnden", "Bidrag och stöd",
         "Bidrag till kulturföreningar – redovisning av bidragets användning", "Kulturstrateg",
         ("Pågående", "Redovisningar inkommer löpande."),
         ("Slutförd", "Samtliga 23 föreningar har redovisat.\nEn förening återbetalar del av bidraget (12 tkr)."),
         "GENOMFORD", "ja"),
        ("Kulturnämnden", "Kulturnämnden", "Tillgångar",
         "Inventering av konstsamlingen (stickprov)", "Konstintendent",
         ("Ej påbörjad", ""),
         ("Pågående", "150 av 400 verk inventerade. Fortsätter 2026."),
         "DELVIS", ""),
        ("Kulturnämnden", "Kulturnämnden", "Kontanthantering",
         "Kassahantering på Stadsbiblioteket – dagsavstämning", "Bibliotekschef",
         ("Slutförd", "Inga differenser."),
         ("Slutförd", "Inga differenser under året."),
         "GENOMFORD", "nej"),
        ("Kulturnämnden", "Kulturnämnden", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         ("Pågående", ""),
         ("Slutförd", ""),
         "GENOMFORD", ""),
        ("Kulturnämnden", "Kulturnämnden", "Avtal",
         "Avtal med arrangörer – skriftliga avtal upprättas före evenemang", "Evenemangssamordnare",
         ("Makulerad", "Makulerad, kontrollen ingår i KS kommunövergripande kontroll av avtal."),
         ("Makulerad", "Makulerad, kontrollen ingår i KS kommunövergripande kontroll av avtal."),
         "UTGAR", ""),
        ("Idrotts- och fritidsnämnden", "Idrotts- och fritidsförvaltningen", "Bokning",
         "Bokning och debitering av idrottshallar i bokningssystemet", "Bokningsansvarig",
         ("Pågående", "Stickprov vår klart."),
         ("Slutförd", "Differens för 3 bokningar som inte debiterats, korrigerat i november."),
         "GENOMFORD", "ja"),
        ("Idrotts- och fritidsnämnden", "Idrotts- och fritidsförvaltningen", "Bidrag och stöd",
         "Föreningsbidrag – aktivitetsstöd kontrolleras mot närvarolistor", "Föreningskonsulent",
         ("Ej påbörjad", ""),
         ("Försenad", "Påbörjad i december, slutförs i februari 2026."),
         "DELVIS", ""),
        ("Idrotts- och fritidsnämnden", "Idrotts- och fritidsförvaltningen", "Kontanthantering",
         "Badhusets kassahantering – avstämning mot kassasystem", "Badhuschef",
         ("Slutförd", "Inga avvikelser."),
         ("Slutförd", "Inga avvikelser."),
         "GENOMFORD", "nej"),
        ("Idrotts- och fritidsnämnden", "Idrotts- och fritidsförvaltningen", "Säkerhet",
         "Säkerhetsbesiktning av motionsspår och elljusspår", "Anläggningschef",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", "Ej genomförd, flyttas till våren 2026."),
         "EJ_GENOMFORD", ""),
        ("Idrotts- och fritidsnämnden", "Idrotts- och fritidsförvaltningen", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         ("Slutförd", ""),
         ("Slutförd", "Inga avvikelser."),
         "GENOMFORD", "nej"),
    ]
    path = out(fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period",
                    "Status", "Kommentar", "Senast ändrad"])
        for org_reg, org, proc, km, ans, delar, helar, st, av in data:
            plan = f"Internkontrollplan 2025 {org_reg}"
            w.writerow([org, plan, proc, km, ans, "Delår 2025", delar[0], delar[1], "2025-09-08"])
            w.writerow([org, plan, proc, km, ans, "Helår 2025", helar[0], helar[1], "2026-01-19"])
            exp(fil, org_reg, km, st, av)
    FILES.append((fil, "INLAST", "Kulturnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Idrotts- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. AB Karlskronahem - .ods with T1/T2/T3 code columns and legend
# ---------------------------------------------------------------------------
def make_khem():
    fil = "Karlskronahem_internkontroll_uppfoljning_2025.ods"
    N = "AB Karlskronahem"
    doc = OpenDocumentSpreadsheet()
    # styles
    s_title = Style(name="title", family="table-cell")
    s_title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    s_head = Style(name="head", family="table-cell")
    s_head.addElement(TextProperties(fontweight="bold"))
    s_head.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000",
                                          wrapoption="wrap"))
    s_cell = Style(name="cell", family="table-cell")
    s_cell.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                          verticalalign="top"))
    fills = {}
    for code, col in (("G", "#92D050"), ("P", "#FFFF00"), ("E", "#FF6161"), ("U", "#BFBFBF")):
        st = Style(name="code" + code, family="table-cell")
        st.addElement(TableCellProperties(backgroundcolor=col, border="0.5pt solid #000000"))
        st.addElement(ParagraphProperties(textalign="center"))
        fills[code] = st
    s_italic = Style(name="ital", family="table-cell")
    s_italic.addElement(TextProperties(fontstyle="italic"))
    colstyles = []
    for i, w in enumerate(["1.0cm", "5.5cm", "8.5cm", "3.5cm", "1.2cm", "1.2cm", "1.2cm", "9cm"]):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        colstyles.append(cs)
    for st in [s_title, s_head, s_cell, s_italic] + list(fills.values()):
        doc.automaticstyles.addElement(st)
    for cs in colstyles:
        doc.automaticstyles.addElement(cs)

    table = Table(name="IK 2025")
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def add_row(values, styles=None):
        tr = TableRow()
        for i, v in enumerate(values):
            st = styles[i] if styles and i < len(styles) else None
            kw = {}
            if st is not None:
                kw["stylename"] = st
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
        table.addElement(tr)

    add_row(["AB Karlskronahem"], [s_title])
    add_row(["Internkontrollplan 2025 – uppföljning per tertial (T3 = helår)"])
    add_row(["Fastställd av styrelsen 2025-02-12. Uppföljning T3 rapporteras till styrelsen 2026-02-11."], [s_italic])
    add_row([])
    add_row(["Nr", "Risk", "Kontrollåtgärd", "Ansvarig", "T1", "T2", "T3", "Kommentar"], [s_head] * 8)
    rows = [
        (1, "Felaktig hyresdebitering efter hyresförhandling",
         "Hyresavier – kontroll att nya hyror efter hyresförhandling debiteras korrekt",
         "Ekonomichef", "G", "", "", "Kontrollerat i mars efter avslutad förhandling. Inga fel.",
         "GENOMFORD", "nej"),
        (2, "Hyresförluster",
         "Kundfordringar – bevakning av hyresskulder och överlämning till inkasso",
         "Kundreskontra", "P", "P", "G", "Rutinen följs, men 2 ärenden lämnades för sent till inkasso.",
         "GENOMFORD", "ja"),
        (3, "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "G", "G", "G", "",
         "GENOMFORD", ""),
        (4, "Otillåten direktupphandling",
         "Entreprenadupphandling – LOU följs vid direktupphandling",
         "Inköpsansvarig", "E", "P", "P", "Granskning av 10 av 25 direktupphandlingar klar.",
         "DELVIS", ""),
        (5, "Utebliven debitering av skador",
         "Lägenhetsbesiktning vid avflyttning – debitering av skador",
         "Förvaltare", "E", "E", "E", "Ej genomförd 2025, prioriteras 2026.",
         "EJ_GENOMFORD", ""),
        (6, "Obehörigt tillträde",
         "Nyckel- och taggsystem – behörigheter spärras vid avflyttning",
         "Säkerhetsansvarig", "", "G", "G", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        (7, "Ojämlik fördelning av lägenheter",
         "Kö och uthyrning – lägenheter fördelas enligt uthyrningspolicyn",
         "Uthyrningschef", "", "G", "",
         "Stickprov 30 kontrakt i juni, 1 avsteg från kön utan dokumenterat skäl.",
         "GENOMFORD", "ja"),
        (8, "Bristande inomhusmiljö",
         "OVK-besiktning (obligatorisk ventilationskontroll) enligt plan",
         "Teknisk chef", "U", "U", "U", "Utgår ur IK-planen, hanteras i underhållsplanen.",
         "UTGAR", ""),
        (9, "Brand i flerbostadshus",
         "Systematiskt brandskyddsarbete i flerbostadshus – egenkontroll dokumenteras",
         "Teknisk chef", "P", "P", "", "",
         "DELVIS", ""),
    ]
    for row in rows:
        vals = list(row[:8])
        styles = [s_cell, s_cell, s_cell, s_cell] + [fills[v] if v else s_cell for v in vals[4:7]] + [s_cell]
        add_row(vals, styles)
        exp(fil, N, row[2], row[8], row[9])
    add_row([])
    add_row(["", "Teckenförklaring:"], [None, s_head])
    add_row(["", "G = Genomförd"], [None, fills["G"]])
    add_row(["", "P = Påbörjad / delvis genomförd"], [None, fills["P"]])
    add_row(["", "E = Ej påbörjad"], [None, fills["E"]])
    add_row(["", "U = Utgår"], [None, fills["U"]])
    add_row([])
    add_row(["", "Karlskrona 2026-01-30, Maria Ek, ekonomichef"])
    doc.spreadsheet.addElement(table)
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: covering letter (följebrev) from Gymnasienämnden - no follow-up in it
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev IK-uppföljning 2025 Gymnasienämnden.docx"
    d = docx.Document()
    fix_docx_props(d, "Gymnasieförvaltningen")
    d.sections[0].header.paragraphs[0].text = "Karlskrona kommun – Gymnasieförvaltningen"
    p = d.add_paragraph("2026-01-30")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – Gymnasienämndens uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Hej!\n\nGymnasienämnden behandlar uppföljningen av internkontrollplanen för 2025 vid sitt "
        "sammanträde den 12 februari 2026. Uppföljningen skickas därför först efter nämndens beslut, "
        "senast den 16 februari 2026, tillsammans med protokollsutdraget.")
    d.add_paragraph(
        "Vi ber om förståelse för att underlaget kommer efter den utsatta tidpunkten. Nämndens "
        "internkontrollplan för 2026 antogs den 11 december 2025 och har redan skickats till er.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nJohan Sjöberg\nController, Gymnasieförvaltningen\n"
                    "johan.sjoberg@karlskrona.se")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och ungdomsnämnden", "BUN|Barn- och ungdomsförvaltningen"),
        ("Gymnasienämnden", "GN|Gymnasieförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Äldrenämnden", "ÄN|Äldreförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnadsförvaltningen"),
        ("Kulturnämnden", "KN|Kulturförvaltningen"),
        ("Idrotts- och fritidsnämnden", "IFN|Idrotts- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("AB Karlskronahem", "Karlskronahem|Karlskronahem AB"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    make_ks()
    make_an()
    make_bun()
    make_tn()
    make_mbn()
    make_sn()
    make_stratsys()
    make_khem()
    make_reject()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
