#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 267 - Hedemåla kommun.
Theme: done/not-done separate from the assessment.
Builds every follow-up file, the reject file and the three CSVs, deterministically.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r267build"
LO_PROFILE = "file:///tmp/lo-round267"
FIXED = datetime.datetime(2025, 10, 1, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixprops_wb(wb, title):
    wb.properties.creator = "Hedemåla kommun"
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fixprops_doc(doc, title):
    cp = doc.core_properties
    cp.author = "Hedemåla kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Hedemåla kommun"
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen, delår - xlsx, Genomförd (Ja/Nej/Delvis) + Bedömning
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: delårsrapport januari–augusti 2025"
    ws["A3"] = ("Bedömning: Tillfredsställande = inga brister · Godtagbar med brister = mindre brister som åtgärdas "
                "i ordinarie verksamhet · Ej tillfredsställande = väsentliga brister, åtgärdsplan krävs")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:H3")
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Genomförd (Ja/Nej/Delvis)", "Bedömning", "Kommentar/åtgärd"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = HEADFILL
        cell.border = BOX
        cell.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor ur ekonomisystemet", "Ekonomichef", "Ja", "Tillfredsställande",
             "Samtliga 30 fakturor korrekt attesterade.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
             "Stickprov 15 verifikationer", "Redovisningsansvarig", "Ja", "Godtagbar med brister",
             "3 av 15 verifikationer saknade deltagarförteckning. Påminnelse har skickats till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton inför delårsbokslut",
             "Genomgång av avstämningsmallar", "Redovisningsansvarig", "Ja", "Tillfredsställande", "",
             "GENOMFORD", "nej"),
        ]),
        ("Personal och lön", [
            ("2.1", "Lön", "Kontroll av att lönetillägg och arvoden har beslutsunderlag",
             "Stickprov 20 lönetillägg", "HR-chef", "Delvis", "Tillfredsställande",
             "Granskning av januari–juni klar utan anmärkning.\nJuli–augusti granskas i september.",
             "DELVIS", "nej"),
            ("2.2", "Medarbetarsamtal", "Uppföljning av att medarbetarsamtal genomförts och dokumenterats",
             "Utdrag ur HR-systemet", "HR-chef", "Nej", "",
             "Genomförs under hösten enligt årshjulet.", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet: avslutade anställningar har tagits bort",
             "Jämförelse behörighetslista mot avslutade anställningar", "IT-chef", "Ja", "Ej tillfredsställande",
             "7 konton för avslutade anställningar var fortfarande aktiva, varav 2 med attesträtt. "
             "Kontona spärrades 2025-06-12. Rutinen för avslut ses över.", "GENOMFORD", "ja"),
            ("3.2", "Kontinuitet", "Test av återläsning av säkerhetskopior",
             "Återläsningstest av två system", "IT-chef", "Ja", "Tillfredsställande",
             "Återläsning av ärendehanteringssystemet och ekonomisystemet testad i maj.\nBåda lyckades.",
             "GENOMFORD", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Direktupphandling", "Köp över direktupphandlingsgränsen är dokumenterade",
             "Genomgång av leverantörsreskontra", "Upphandlingschef", "Delvis", "Godtagbar med brister",
             "Kontroll gjord för kvartal 1. Två direktupphandlingar saknade dokumentation.", "DELVIS", "ja"),
            ("4.2", "Avtalstrohet", "Avtalstrohet vid inköp av kontorsmaterial",
             "Analys av inköpsstatistik", "Upphandlingschef", "Utgår", "",
             "Utgår enligt KS beslut 2025-04-09 § 71, ersätts av kommunövergripande granskning.",
             "UTGAR", ""),
        ]),
    ]
    r = 6
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True, color="1F3864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for c, v in enumerate(row[:8], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, N, row[2], row[8], row[9])
            r += 1
    r += 1
    ws.cell(r, 1, "Upprättad av: Anna Lindqvist, controller, kommunledningsförvaltningen, 2025-09-15")
    ws.cell(r + 1, 1, "Behandlad i kommunstyrelsens arbetsutskott 2025-09-30")
    for col, w in zip("ABCDEFGH", [6, 18, 42, 30, 18, 14, 22, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    fixprops_wb(wb, "Uppföljning internkontroll KS delår 2025")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden, T2 - xlsx, T1 and T2 side by side,
#    Genomförd + Resultat per tertial, Risk efter kontroll, Åtgärd krävs
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IK-uppföljning T2 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "T2 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2 (maj–augusti)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Genomförd: Ja / Nej / Delvis.   Resultat: Inga fel / Fel upptäckta / Allvarliga brister.   "
                "Risk efter kontroll: Låg / Medel / Hög.")
    ws["A3"].font = Font(italic=True, size=9)
    # two-row header
    top = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig", "Tertial 1", None, "Tertial 2", None,
           "Risk efter kontroll", "Åtgärd krävs (Ja/Nej)", "Kommentar"]
    sub = [None, None, None, None, "Genomförd", "Resultat", "Genomförd", "Resultat", None, None, None]
    for c, h in enumerate(top, 1):
        if h:
            ws.cell(5, c, h)
    for c, h in enumerate(sub, 1):
        if h:
            ws.cell(6, c, h)
    for c in range(1, 12):
        for rr in (5, 6):
            cell = ws.cell(rr, c)
            cell.font = BOLD
            cell.fill = HEADFILL
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.merge_cells("E5:F5")
    ws.merge_cells("G5:H5")
    for c in "ABCDIJK":
        ws.merge_cells(f"{c}5:{c}6")
    rows = [
        ("Ekonomi", "Attestering av fakturor över 50 000 kr", "Varje tertial", "Ekonomichef",
         "Ja", "Inga fel", "Ja", "Fel upptäckta", "Medel", "Ja",
         "T2: två fakturor attesterade av person utan attesträtt för ansvaret. Attestlistan uppdaterad.",
         "GENOMFORD", "ja"),
        ("Elevhälsa", "Skolplikt – elever med hög frånvaro anmäls till huvudman", "Varje tertial", "Verksamhetschef grundskola",
         "Ja", "Inga fel", "Ja", "Inga fel", "Låg", "Nej", "", "GENOMFORD", "nej"),
        ("Trygghet och studiero", "Kränkande behandling: anmälningar till huvudman utreds inom 14 dagar", "Varje tertial",
         "Kvalitetsstrateg", "Delvis", "Fel upptäckta", "Ja", "Fel upptäckta", "Hög", "Ja",
         "12 av 40 utredningar avslutades senare än 14 dagar. Stöd till rektorer planeras under hösten.",
         "GENOMFORD", "ja"),
        ("Personal", "Registerkontroll vid nyanställning (utdrag ur belastningsregistret)", "Årligen", "HR-specialist",
         "Ja", "Inga fel", None, None, "Låg", "Nej", "Årlig kontroll, genomförd under T1.", "GENOMFORD", "nej"),
        ("Skolskjuts", "Skolskjuts: beslut fattas enligt riktlinjerna", "Två gånger per år", "Skolskjutssamordnare",
         "Nej", None, "Delvis", "Inga fel", "Låg", "Nej",
         "Stickprov på 10 av planerade 25 beslut. Resterande granskas under T3.", "DELVIS", "nej"),
        ("Modersmål", "Modersmålsundervisning erbjuds inom en månad från ansökan", "Varje tertial", "Utvecklingsledare",
         "Nej", None, "Nej", None, None, None,
         "Ej genomförd p.g.a. vakant tjänst som utvecklingsledare. Flyttas till T3.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Kostnader för inhyrd personal stäms av mot avtal", "Tertial 2", "Controller",
         None, None, "Ja", "Allvarliga brister", "Hög", "Ja",
         "Fakturerade timpriser översteg avtalet för ett bemanningsföretag. Återkrav om 184 000 kr pågår.",
         "GENOMFORD", "ja"),
        ("Särskilt stöd", "Dokumentation av extra anpassningar och särskilt stöd", "Tertial 2", "Biträdande rektor",
         None, None, "Nej", None, "Medel", None,
         "Planerat stickprov i juni blev inte av. Genomförs i oktober.", "EJ_GENOMFORD", ""),
    ]
    r = 7
    for row in rows:
        for c, v in enumerate(row[:11], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, N, row[1], row[11], row[12])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning:").font = BOLD
    ws.cell(r, 2, "Den interna kontrollen bedöms i huvudsak fungera. Brister inom kränkande behandling och "
                  "inhyrd personal följs upp särskilt.")
    ws.cell(r + 1, 1, "Beslutad i barn- och utbildningsnämnden 2025-10-21 § 88")
    for col, w in zip("ABCDEFGHIJK", [18, 44, 14, 20, 11, 15, 11, 15, 11, 11, 50]):
        ws.column_dimensions[col].width = w
    fixprops_wb(wb, "BUN IK-uppföljning T2 2025")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden, helår - xlsx; only the Bedömning filled for some controls;
#    nämnd only in file name, print header and "Förvaltning:" row
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden_uppföljning_IKP_helår_2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Socialnämnden – intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan – helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Förvaltning: Socialförvaltningen"
    ws["A3"] = "Fyll i kolumn D (Genomförd) och E (Bedömning) för varje kontrollmoment. Kommentera alltid brister."
    ws["A3"].font = Font(italic=True, size=9, color="7F7F7F")
    hdr = ["Risk", "Kontrollmoment", "Ansvarig", "Genomförd (Ja/Nej/Delvis)", "Bedömning", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Felaktiga utbetalningar", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut", "Enhetschef försörjningsstöd",
         "Ja", "Tillfredsställande", "50 ärenden granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Rättssäkerhet barn och unga", "Utredningstid för barnavårdsutredningar (4 månader) följs", "Enhetschef barn och familj",
         None, "Ej tillfredsställande", None, "GENOMFORD", "ja"),
        ("Rättssäkerhet barn och unga", "Orosanmälningar förhandsbedöms inom 14 dagar", "Enhetschef mottagning",
         None, "Tillfredsställande",
         "Stickprov 25 anmälningar, samtliga förhandsbedömda inom 14 dagar.", "GENOMFORD", "nej"),
        ("Otillbörlig åtkomst", "Loggkontroll i verksamhetssystemet för otillbörlig åtkomst", "Systemförvaltare",
         None, "Godtagbar med brister",
         "Loggkontroll genomförd i mars och oktober enligt plan. En otillbörlig läsning upptäcktes och har "
         "hanterats som personuppgiftsincident.", "GENOMFORD", "ja"),
        ("Intäkter", "Avgifter för familjerådgivning debiteras enligt taxa", "Administrativ chef",
         "Ja", "Tillfredsställande", None, "GENOMFORD", "nej"),
        ("Placeringar", "Kontroll av att placeringar på HVB sker hos upphandlade leverantörer", "Enhetschef barn och familj",
         "Delvis", "Godtagbar med brister",
         "Kontrollen omfattade endast placeringar under första halvåret. 2 av 14 placeringar hos ej upphandlad "
         "leverantör utan dokumenterat skäl.", "DELVIS", "ja"),
        ("Handläggning", "Handläggning av ansökan om försörjningsstöd inom 10 arbetsdagar", "Enhetschef försörjningsstöd",
         None, None, None, "SAKNAS", ""),
        ("Arbetsmiljö", "Rutin för hot och våld är känd bland medarbetarna", "Socialchef",
         None, None, "Kontrollen har skjutits upp till 2026 i samband med att ny rutin tas fram.", "EJ_GENOMFORD", ""),
        ("Förtroende", "Förtroendekänsliga poster (representation, resor) granskas", "Controller",
         "Nej", "Tillfredsställande", None, "OKLAR", ""),
        ("Felaktiga utbetalningar", "Ekonomiskt bistånd: kontroll mot Arbetsförmedlingen och Försäkringskassan (SSBTEK)",
         "Enhetschef försörjningsstöd", "Ja", None, "Kontroll görs löpande vid varje nyansökan.", "GENOMFORD", ""),
    ]
    dv1 = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Tillfredsställande,Godtagbar med brister,Ej tillfredsställande"',
                         allow_blank=True)
    ws.add_data_validation(dv1)
    ws.add_data_validation(dv2)
    r = 6
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        dv1.add(f"D{r}")
        dv2.add(f"E{r}")
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    ws.cell(r + 1, 1, "Socialnämndens bedömning: den interna kontrollen är i huvudsak tillräcklig men brister i "
                      "utredningstider kräver åtgärder 2026.")
    for col, w in zip("ABCDEF", [24, 48, 26, 14, 22, 55]):
        ws.column_dimensions[col].width = w
    fixprops_wb(wb, "Uppföljning IKP helår 2025")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden, delår - docx questionnaire, one table per control,
#    "Kontrollen utförd: ☒ Ja ☐ Nej", "Brister: ☐ Ja ☒ Nej"
# ---------------------------------------------------------------------------
def boxes(ja, nej):
    return f"{'☒' if ja else '☐'} Ja   {'☒' if nej else '☐'} Nej"


def file_kfn():
    fil = "Uppföljning internkontroll KFN delår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Kultur- och fritidsnämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)").runs[0].bold = True
    doc.add_paragraph(
        "Blanketten fylls i av ansvarig för respektive kontrollmoment. Markera med kryss om kontrollen är utförd "
        "under perioden och om brister har upptäckts. Beskriv upptäckta brister och vidtagna åtgärder under Kommentar.")
    items = [
        ("Kassahantering i simhallen: dagskassor stäms av mot kassasystemet", "Badchef",
         "Stickprov 10 dagar per tertial", (True, False), (False, True),
         "Samtliga 10 dagskassor stämde mot kassasystemet.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Föreningskonsulent",
         "Stickprov 15 utbetalningar", (True, False), (True, False),
         "Två föreningar fick aktivitetsstöd för fel antal sammankomster. Återkrav har skickats.", "GENOMFORD", "ja"),
        ("Inventering av utlåningsbara instrument i kulturskolan", "Kulturskolechef",
         "Fysisk inventering mot register", (False, True), (False, False),
         "Genomförs i samband med terminsstart i september.", "EJ_GENOMFORD", ""),
        ("Bokningar av idrottshallar faktureras korrekt", "Bokningsansvarig",
         "Jämförelse bokningssystem – kundfakturor", (True, True), (False, False),
         "Se bilaga 2", "OKLAR", ""),
        ("Avtal med externa arrangörer är undertecknade före evenemang", "Evenemangssamordnare",
         "Genomgång av samtliga avtal", (True, False), (True, False),
         "Ett av åtta avtal undertecknades först efter evenemanget.", "GENOMFORD", "ja"),
        ("Utdrag ur belastningsregistret för feriearbetare och lovledare har kontrollerats", "Fritidschef",
         "Kontroll av samtliga anställda i lovverksamhet", (False, False), (False, False),
         "", "SAKNAS", ""),
        ("Mediaersättning i biblioteket hanteras med kvitto och attest", "Bibliotekschef",
         "Stickprov 10 ersättningar", (True, False), (False, False),
         "Kontrollen genomförd, bedömning görs vid helårsuppföljningen.", "GENOMFORD", ""),
    ]
    for i, (km, ansv, metod, utf, bri, komm, status, avv) in enumerate(items, 1):
        doc.add_paragraph()
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in [("Kontrollmoment nr", str(i)), ("Kontrollmoment", km), ("Ansvarig", ansv),
                         ("Kontrollmetod", metod), ("Kontrollen utförd", boxes(*utf)),
                         ("Brister", boxes(*bri)), ("Kommentar", komm)]:
            cells = t.add_row().cells
            cells[0].text = lab
            cells[0].paragraphs[0].runs[0].bold = True
            cells[0].width = Cm(4.5)
            cells[1].text = val
            cells[1].width = Cm(11.5)
        exp(fil, N, km, status, avv)
    doc.add_paragraph()
    doc.add_paragraph("Sammanställt av: Per Ekström, nämndsekreterare, 2025-09-18")
    fixprops_doc(doc, "Uppföljning internkontroll KFN delår 2025")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden, T1 - .xls (via LibreOffice); Status word = done-ness,
#    fill colour of the Status cell = assessment (legend below the table)
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_IK_2025_T1.xls"
    N = "Tekniska nämnden"
    GREEN = PatternFill("solid", fgColor="92D050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    wb = Workbook()
    ws = wb.active
    ws.title = "IK T1"
    ws["A1"] = "Tekniska förvaltningen – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 1 (januari–april)"
    hdr = ["ID", "Process", "Kontrollmoment", "Omfattning", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.fill = HEADFILL
        cell.border = BOX
    rows = [
        ("TN1", "Fakturering", "Fakturering av VA-avgifter sker enligt taxa", "Stickprov 25 kunder", "VA-chef",
         "Genomförd", GREEN, "", "GENOMFORD", "nej"),
        ("TN2", "Fakturering", "Kontroll av mätaravläsningar för VA-kunder utan avläsning på över 12 månader",
         "Samtliga kunder", "VA-chef", "Genomförd", YELLOW,
         "41 kunder saknade avläsning. Påminnelser skickade, schablondebitering justeras.", "GENOMFORD", "ja"),
        ("TN3", "Fordon", "Körjournaler för kommunens fordon förs korrekt", "10 fordon", "Fordonssamordnare",
         "Pågår", GREEN, "6 av 10 fordon kontrollerade, inga anmärkningar hittills.", "DELVIS", "nej"),
        ("TN4", "Investeringar", "Investeringsprojekt aktiveras när de tas i bruk", "Samtliga avslutade projekt",
         "Controller", "Ej påbörjad", None, "Planeras till T2 efter bokslutet.", "EJ_GENOMFORD", ""),
        ("TN5", "Arbetsmiljö", "Skyddsronder på återvinningscentralerna", "Tre ÅVC", "Avfallschef",
         "Genomförd", RED,
         "Brister i fallskydd vid containerramp på Norra ÅVC. Rampen avstängd tills åtgärd är klar.",
         "GENOMFORD", "ja"),
        ("TN6", "Upphandling", "Ramavtal för entreprenader avropas enligt avropsordning", "Samtliga avrop T1",
         "Upphandlare", "Pågår", YELLOW, "Två avrop gjorda utan förnyad konkurrensutsättning, utreds vidare.",
         "DELVIS", "ja"),
        ("TN7", "Gata/park", "Besiktning av lekplatser enligt SS-EN 1176", "Samtliga lekplatser", "Parkchef",
         "Utgår", None, "Ansvaret flyttat till kultur- och fritidsnämnden från 2025-03-01.", "UTGAR", ""),
        ("TN8", "Kost", "Egenkontroll i storköken: temperaturloggar", "Fyra kök", "Kostchef",
         "Genomförd", GREEN, "", "GENOMFORD", "nej"),
        ("TN9", "Gata/park", "Snöröjningsentreprenörer fakturerar enligt avtal", "Samtliga fakturor jan–mars",
         "Gatuchef", "Genomförd", None,
         "Fakturorna stämda mot GPS-loggar. Bedömning görs tillsammans med entreprenören i maj.", "GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        vals = row[:6] + (row[7],)
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        if row[6] is not None:
            ws.cell(r, 6).fill = row[6]
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "Färgen i kolumnen Status visar kontrollens resultat:").font = BOLD
    leg = [(GREEN, "Inga brister"), (YELLOW, "Brister som åtgärdas"), (RED, "Allvarliga brister"),
           (None, "Ingen färg = ej bedömd")]
    for i, (f, t) in enumerate(leg, 1):
        c = ws.cell(r + i, 2)
        if f is not None:
            c.fill = f
        ws.cell(r + i, 3, t)
    for col, w in zip("ABCDEFG", [6, 14, 46, 22, 18, 13, 55]):
        ws.column_dimensions[col].width = w
    fixprops_wb(wb, "TN IK 2025 T1")
    tmp = os.path.join(BUILD, "TN_IK_2025_T1.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", BUILD)
    shutil.copy(os.path.join(BUILD, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Hypergene-like CSV export, cp1252, two nämnder, long format (T1 + Delår rows)
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Hypergene_export_IK_2025.csv"
    MBN = "Miljö- och byggnadsnämnden"
    VON = "Vård- och omsorgsnämnden"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Genomförd", "Resultat",
           "Risk efter kontroll", "Åtgärd krävs", "Kommentar", "Senast ändrad"]
    plan = "Internkontrollplan 2025"
    # (org, process, km, [(period, genomförd, resultat, risk, åtgärd, kommentar, datum)], status, avv)
    ctrls = [
        (MBN, "Bygglov", "Handläggningstid för bygglov inom lagstadgad tid", [
            ("T1", "Ja", "Fel upptäckta", "Medel", "Ja", "2 av 28 ärenden överskred 10 veckor.", "2025-05-12"),
            ("Delår", "Ja", "Fel upptäckta", "Medel", "Ja",
             "4 av 60 ärenden överskred 10 veckor. Bemanningen förstärkt från juni.", "2025-09-08")],
         "GENOMFORD", "ja"),
        (MBN, "Tillsyn", "Debitering av tillsynsavgifter enligt taxa", [
            ("T1", "Nej", "", "", "", "", "2025-05-12"),
            ("Delår", "Delvis", "Inga fel", "Låg", "Nej", "Livsmedelstillsyn granskad, miljötillsyn återstår.",
             "2025-09-08")],
         "DELVIS", "nej"),
        (MBN, "Nämndadministration", "Delegationsbeslut anmäls till nämnden", [
            ("T1", "Ja", "Inga fel", "Låg", "Nej", "Samtliga beslut anmälda.", "2025-05-14"),
            ("Delår", "", "", "", "", "", "")],
         "GENOMFORD", "nej"),
        (MBN, "Nämndadministration", "Registrering av inkomna handlingar i diariet inom en arbetsdag", [
            ("T1", "", "", "", "", "", ""),
            ("Delår", "Nej", "", "", "", "Ej genomförd på grund av byte av ärendehanteringssystem.", "2025-09-08")],
         "EJ_GENOMFORD", ""),
        (VON, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", [
            ("T1", "Delvis", "Fel upptäckta", "Hög", "Ja", "Hemtjänst granskad, 9 av 30 planer försenade.",
             "2025-05-20"),
            ("Delår", "Ja", "Fel upptäckta", "Hög", "Ja",
             "Hemtjänst och särskilt boende granskat. 14 av 60 planer upprättades för sent.", "2025-09-10")],
         "GENOMFORD", "ja"),
        (VON, "Hälso- och sjukvård", "Läkemedelshantering: signeringslistor kontrolleras", [
            ("Delår", "Ja", "Allvarliga brister", "Hög", "Ja",
             "Osignerade administreringar på två enheter. Avvikelse anmäld till MAS, handlingsplan upprättad.",
             "2025-09-10")],
         "GENOMFORD", "ja"),
        (VON, "Ekonomi", "Hemtjänsttimmar i tidrapporteringssystemet stäms av mot fakturering", [
            ("T1", "Ja", "Inga fel", "Låg", "Nej", "", "2025-05-20"),
            ("Delår", "Ja", "Inga fel", "Låg", "Nej", "Avstämning jan–aug utan avvikelser.", "2025-09-10")],
         "GENOMFORD", "nej"),
        (VON, "Ekonomi", "Avgifter inom äldreomsorgen beräknas enligt maxtaxa", [
            ("T1", "", "", "", "", "", ""),
            ("Delår", "", "", "", "", "", "")],
         "SAKNAS", ""),
        (VON, "Säkerhet", "Brandskyddsronder på särskilda boenden", [
            ("Delår", "Nej", "", "", "",
             "Utgår – ansvaret ligger hos fastighetsägaren enligt nytt hyresavtal från 2025-02-01.", "2025-09-10")],
         "UTGAR", ""),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, per, status, avv in ctrls:
            for p in per:
                w.writerow([org, plan, proc, km, p[0], p[1], p[2], p[3], p[4], p[5], p[6]])
            exp(fil, org, km, status, avv)
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Räddningstjänstförbundet, helår - ODS (odfpy); plan column beside follow-up
# ---------------------------------------------------------------------------
def file_rtj():
    fil = "Räddningstjänsten internkontroll årsuppföljning 2025.ods"
    N = "Räddningstjänstförbundet Hedemåla-Vreta"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#DDDDDD", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #000000", verticalalign="top"))
    doc.automaticstyles.addElement(wrap)
    widths = ["7cm", "2.5cm", "3cm", "3.5cm", "2.5cm", "2.5cm", "8cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="Årsuppföljning")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tc = TableCell(stylename=style) if style else TableCell()
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    tr = TableRow()
    tc = TableCell(valuetype="string", stylename=title)
    tc.addElement(P(text="Internkontroll 2025 – årsuppföljning"))
    tr.addElement(tc)
    t.addElement(tr)
    row(["Förbund: Räddningstjänstförbundet Hedemåla-Vreta"])
    row(["Redovisas till förbundsdirektionen 2026-02-12"])
    row([])
    row(["Kontrollmoment", "Planerad tidpunkt", "Genomförd (Ja/Nej/Delvis)", "Resultat", "Risk efter kontroll",
         "Åtgärd krävs (Ja/Nej)", "Åtgärd/kommentar"], bold)
    items = [
        ("Tillsyn enligt LSO genomförs enligt tillsynsplan", "Löpande", "Delvis", "Inga fel", "Medel", "Nej",
         "62 av 80 planerade tillsyner genomförda. Resterande förs över till 2026.", "DELVIS", "nej"),
        ("Övningstid för deltidsbrandmän registreras och följs upp", "Okt", "Ja", "Fel upptäckta", "Medel", "Ja",
         "Övningstid saknades i systemet för två stationer under juni–juli.\nRutin för registrering förtydligad.",
         "GENOMFORD", "ja"),
        ("Fakturering av automatlarm (onödiga larm) sker enligt taxa", "Apr, okt", "Ja", "Inga fel", "Låg", "Nej",
         "", "GENOMFORD", "nej"),
        ("Kontroll av andningsskydd enligt tillverkarens serviceintervall", "Mar", "Ja", "Allvarliga brister", "Hög", "Ja",
         "Två apparater hade passerat serviceintervallet och togs omedelbart ur drift.", "GENOMFORD", "ja"),
        ("Attest av personalkostnader för beredskap", "Nov", "Nej", "", "", "", "Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Sotning och brandskyddskontroll utförs enligt fastställda frister", "Sep", "Ej aktuell", "", "", "",
         "Ej aktuell för förbundet 2025 – kontrollen genomförs av medlemskommunerna.", "UTGAR", ""),
        ("Tillstånd för hantering av brandfarlig vara handläggs inom sex veckor", "Dec", "", "", "", "", "",
         "SAKNAS", ""),
    ]
    for it in items:
        row(list(it[:7]), wrap)
        exp(fil, N, it[0], it[7], it[8])
    row([])
    row(["Upprättad av: Maria Holm, förbundsekonom, 2026-01-20"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Hedemåla Energi AB, T2 - .doc (via LibreOffice); one table per process
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Hedemala Energi AB - intern kontroll T2 2025.doc"
    N = "Hedemåla Energi AB"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("HEDEMÅLA ENERGI AB")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Rapport intern kontroll – tertial 2, 2025")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Till styrelsen, sammanträde 2025-09-25. Rapporten följer den internkontrollplan som styrelsen "
                      "fastställde 2024-12-12. Kolumnen Genomförd anger om kontrollen har utförts under perioden; "
                      "kolumnen Bedömning anger resultatet: Tillfredsställande, Godtagbar med brister eller "
                      "Ej tillfredsställande.")
    procs = [
        ("Kundfakturering", [
            ("Mätvärden för elnätskunder kvalitetssäkras före fakturering", "Ja", "Tillfredsställande", "Låg",
             "Valideringsrapporter granskade för maj–augusti.", "GENOMFORD", "nej"),
            ("Kreditering av kundfakturor attesteras av två personer", "Ja", "Godtagbar med brister", "Medel",
             "En kreditering om 12 400 kr attesterades av endast en person.", "GENOMFORD", "ja"),
        ]),
        ("Inköp", [
            ("Direktupphandlingar över 100 000 kr dokumenteras", "Delvis", "Ej tillfredsställande", "Hög",
             "Endast fjärrvärmeavdelningen granskad. Tre av fem köp saknade dokumentation.", "DELVIS", "ja"),
            ("Leverantörsregistret: ändrade bankuppgifter verifieras mot leverantören", "Ja", "Tillfredsställande",
             "Låg", "Samtliga 9 ändringar verifierade per telefon.", "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Behörighetsgenomgång i driftövervakningssystemet (SCADA)", "Nej", "–", "Hög",
             "Senarelagd till T3 på grund av leverantörsbyte.", "EJ_GENOMFORD", ""),
            ("Incidentrapportering enligt NIS-direktivet", "Utgår", "", "",
             "Utgår – ersätts av ny kontroll enligt cybersäkerhetslagen från 2026.", "UTGAR", ""),
        ]),
        ("Personal", [
            ("Lönetillägg för jour och beredskap stäms av mot schema", "Ja", "Tillfredsställande", "Låg", "",
             "GENOMFORD", "nej"),
        ]),
    ]
    for pname, rows in procs:
        doc.add_heading(f"Process: {pname}", level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["Kontrollmoment", "Genomförd", "Bedömning", "Risk efter kontroll", "Kommentar"]):
            t.rows[0].cells[c].text = h
            t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
        for rw in rows:
            cells = t.add_row().cells
            for c in range(5):
                cells[c].text = rw[c]
            exp(fil, N, rw[0], rw[5], rw[6])
    doc.add_paragraph()
    doc.add_paragraph("Hedemåla 2025-09-16\nLars Nyberg, ekonomichef")
    fixprops_doc(doc, "Intern kontroll T2 2025")
    tmp = os.path.join(BUILD, "Hedemala Energi AB - intern kontroll T2 2025.docx")
    doc.save(tmp)
    soffice_convert(tmp, "doc", BUILD)
    shutil.copy(os.path.join(BUILD, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 9. Reject: tjänsteskrivelse (covering letter) for KFN - prose only, no controls
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Tjänsteskrivelse uppföljning intern kontroll delår 2025 KFN.docx"
    doc = Document()
    doc.add_paragraph("Hedemåla kommun\nKultur- och fritidsförvaltningen")
    doc.add_paragraph("TJÄNSTESKRIVELSE\n2025-09-19\nDnr KFN 2025/0112")
    doc.add_heading("Uppföljning av intern kontroll, delår 2025", level=1)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplanen för perioden "
                      "januari–augusti 2025 och överlämnar den till kommunstyrelsen.")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 11 december 2024. Planen innehåller sju "
                      "kontrollmoment. Uppföljningen redovisas i bilaga 1. Förvaltningen bedömer att den interna "
                      "kontrollen i huvudsak är tillräcklig. Brister har konstaterats inom föreningsbidrag och "
                      "avtalshantering; åtgärder har vidtagits.")
    doc.add_heading("Ekonomiska konsekvenser", level=2)
    doc.add_paragraph("Beslutet medför inga ekonomiska konsekvenser.")
    doc.add_heading("Bilagor", level=2)
    doc.add_paragraph("1. Uppföljning internkontroll KFN delår 2025")
    doc.add_paragraph("\nKarin Sjöberg\nFörvaltningschef")
    fixprops_doc(doc, "Tjänsteskrivelse")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Räddningstjänstförbundet Hedemåla-Vreta", "Räddningstjänsten|RTJ|Räddningstjänsten Hedemåla-Vreta"),
        ("Hedemåla Energi AB", "HEAB|Hedemala Energi AB|Energibolaget"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row) and "\n" not in "".join(row), row
            f.write(";".join(row) + "\n")


def main():
    os.makedirs(BUILD, exist_ok=True)
    file_ks()
    file_bun()
    file_sn()
    file_kfn()
    file_tn()
    file_csv()
    file_rtj()
    file_energi()
    file_reject()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
