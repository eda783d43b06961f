#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r474 – Vadstena kommun, delår 2025 (januari–augusti).

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv in the folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties,
                       TableColumnProperties, TableCellProperties, TableProperties)
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 8, 30, 0)
LO_PROFILE = "file:///tmp/lo-round474"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunstyrelsens förvaltning"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN"),
    ("Vadstena Fastighets AB", "VFAB|Fastighetsbolaget|Vadstena Fastighetsaktiebolag"),
]


# ---------------------------------------------------------------------------
# 1. BUN – xlsx, traffic-light fills, legend on sheet "Förklaring"
# ---------------------------------------------------------------------------
def make_bun():
    fil = "Internkontroll BUN delår 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    # (nr, kontrollmoment, metod, frekvens, ansvarig, T1 fill, Delår fill, kommentar, status, avvikelse)
    rows = [
        ("H", "1. Ekonomi"),
        ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertial", "Controller", GREEN, GREEN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Inköp sker från upphandlade leverantörer (avtalstrohet)",
         "Uttag ur inköpsanalys, stickprov 15 inköp", "Tertial", "Controller", YELLOW, GREEN,
         "3 av 15 inköp gjorda utanför avtal (förbrukningsmaterial, Vadstena förskoleområde). "
         "Rektorer och förskolechefer informerade om avtalskatalogen.", "GENOMFORD", "ja"),
        ("1.3", "Representation och förtroendekänsliga poster redovisas korrekt",
         "Granskning av samtliga representationsfakturor", "Halvår", "Ekonomichef", None, YELLOW,
         "Granskning av januari–juni klar utan anmärkning. Juli–augusti återstår.", "DELVIS", "nej"),
        ("H", "2. Personal"),
        ("2.1", "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "Stickprov 10 nyanställda", "Tertial", "HR-konsult", GREEN, RED,
         "Kontrollen för maj–augusti ej genomförd p.g.a. vakans på HR. Tas igen under T3.",
         "EJ_GENOMFORD", ""),
        ("2.2", "Semesterplanering och uttag av semester enligt avtal",
         "Uttag ur Heroma", "Årligen", "HR-konsult", None, GREY,
         "Utgår enligt beslut i BUN 2025-03-18 § 24 – ingår i kommunövergripande kontroll (KS).",
         "UTGAR", ""),
        ("H", "3. Verksamhet"),
        ("3.1", "Frånvarorapportering och uppföljning av elevers frånvaro i grundskolan",
         "Genomgång av frånvarostatistik i Skolplattformen", "Tertial", "Rektorer", GREEN, GREEN,
         "Uppföljning gjord vid samtliga skolor. Två elever med hög frånvaro saknade "
         "åtgärdsprogram – åtgärdat i juni.", "GENOMFORD", "ja"),
        ("3.2", "Anmälan om kränkande behandling utreds och rapporteras till huvudman inom fastställd tid",
         "Genomgång av samtliga anmälningar i DF Respons", "Tertial", "Rektorer / utvecklingsledare",
         YELLOW, YELLOW,
         "Pågår. Hittills har 4 av 31 anmälningar utretts senare än fastställd tid.", "DELVIS", "ja"),
        ("3.3", "Placering i förskola erbjuds inom fyra månader enligt skollagen",
         "Uttag ur e-tjänsten för barnomsorgskö", "En gång per år (T1)", "Barnomsorgshandläggare",
         GREEN, None, "", "GENOMFORD", "nej"),
        ("3.4", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 10 beslut", "Halvår", "Nämndsekreterare", None, None, "", "SAKNAS", ""),
        ("H", "4. IT och informationssäkerhet"),
        ("4.1", "Behörigheter i elevdokumentationssystemet tas bort när anställning upphör",
         "Jämförelse av avslutade anställningar mot aktiva konton", "Tertial", "IT-samordnare",
         RED, YELLOW,
         "Kontrollen påbörjad i juni. 6 konton för avslutade anställda fanns kvar och har stängts. "
         "Resterande enheter kontrolleras i september.", "DELVIS", "ja"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning T1 och delår (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Status markeras med färg enligt fliken Förklaring. Kommentar ska alltid anges vid avvikelse."
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Status T1", "Status delår", "Kommentar / åtgärd"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = border
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
                ws.cell(row=r, column=c).border = border
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        nr, km, metod, frekv, ansv, t1, dl, komm, status, avv = row
        vals = [nr, km, metod, frekv, ansv, None, None, komm or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = border
        if t1:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=t1)
        if dl:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=dl)
        exp(fil, namnd, km, status, avv)
        r += 1
    widths = [6, 48, 34, 14, 20, 10, 10, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Barn- och utbildningsförvaltningen"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"

    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Förklaring till färgmarkering"
    lg["A1"].font = Font(bold=True, size=12)
    legend = [(GREEN, "Kontrollen är genomförd"),
              (YELLOW, "Kontrollen är påbörjad / delvis genomförd"),
              (RED, "Kontrollen är inte genomförd"),
              (GREY, "Kontrollen utgår (beslut ska anges i kommentar)")]
    for i, (col, txt) in enumerate(legend, 3):
        lg.cell(row=i, column=1).fill = PatternFill("solid", fgColor=col)
        lg.cell(row=i, column=1).border = border
        lg.cell(row=i, column=2, value=txt)
    lg["A8"] = "Avvikelser som upptäcks vid kontrollen beskrivs i kolumnen Kommentar / åtgärd."
    lg["A9"] = "Uppföljningen rapporteras till nämnden i samband med T1, delårsrapport och årsbokslut."
    lg.column_dimensions["A"].width = 8
    lg.column_dimensions["B"].width = 50
    wb.properties.creator = "Ann-Sofie Berg"
    wb.properties.lastModifiedBy = "Ann-Sofie Berg"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. KS – docx, one table per process, status as a word column, signature
# ---------------------------------------------------------------------------
def set_core(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


def make_ks():
    fil = "Uppföljning IKP delår 2025 - Kommunstyrelsen.docx"
    namnd = "Kommunstyrelsen"
    processes = [
        ("Process: Ekonomi", [
            ("E1", "Avstämning av balanskonton inför delårsbokslut", "Redovisningsekonom", "Genomförd",
             "Samtliga balanskonton avstämda per 2025-08-31, inga differenser.", "GENOMFORD", "nej"),
            ("E2", "Attest av leverantörsfakturor enligt attestordningen – stickprov 25 fakturor",
             "Controller", "Genomförd med avvikelse",
             "2 fakturor attesterade av person utan giltig attesträtt efter organisationsförändringen i mars. "
             "Attestförteckningen är uppdaterad.", "GENOMFORD", "ja"),
            ("E3", "Kontroll av att avdrag för ingående moms på representation görs korrekt",
             "Redovisningsekonom", "Delvis genomförd",
             "Januari–april kontrollerat utan fel. Resterande period kontrolleras inför bokslut.",
             "DELVIS", "nej"),
            ("E4", "Rutin för hantering av kontantkassor (växelkassor) följs", "Ekonomichef", "",
             "Kontrollen har inte genomförts ännu. Planeras till oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Personal", [
            ("P1", "Löneutbetalningar – kontroll av att ändringar i lön har underlag och är beslutade enligt delegation",
             "Lönechef", "Genomförd",
             "Stickprov 30 löneändringar, samtliga med korrekt underlag och beslut.", "GENOMFORD", "nej"),
            ("P2", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin", "HR-chef", "Pågående",
             "Genomgång med samtliga chefer pågår, klar i oktober.", "DELVIS", ""),
            ("P3", "Bisysslor – årlig inventering av anställdas bisysslor", "HR-chef", "Utgår",
             "Utgår enligt beslut KS 2025-04-09 § 58. Ersätts av kommunövergripande digital "
             "bisyssleanmälan hösten 2025.", "UTGAR", ""),
        ]),
        ("Process: IT och informationssäkerhet", [
            ("I1", "Kontroll av behörigheter i ekonomisystemet – användare som slutat tas bort", "IT-chef",
             "Genomförd",
             "12 konton för personer som slutat var fortfarande aktiva och har nu avslutats. "
             "Rutinen för avslut har skärpts.", "GENOMFORD", "ja"),
            ("I2", "Test av återläsning av säkerhetskopior", "IT-tekniker", "Ej genomförd",
             "Skjuts upp till november på grund av byte av driftleverantör.", "EJ_GENOMFORD", ""),
            ("I3", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar", "Dataskyddsombud", "Genomförd",
             "Två incidenter under perioden, båda anmälda i tid.", "GENOMFORD", "nej"),
        ]),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "VADSTENA KOMMUN\tKommunledningsförvaltningen\tDnr KS 2025/0117"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti", level=1)
    p = d.add_paragraph()
    p.add_run("Kommunstyrelsen").bold = True
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplan för 2025 den 12 februari 2025, § 19. "
        "Planen omfattar tio kontrollmoment fördelade på processerna ekonomi, personal samt IT och "
        "informationssäkerhet. Nedan redovisas status per den 31 augusti 2025.")
    d.add_paragraph(
        "Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd/Pågående, "
        "Ej genomförd eller Utgår. Kontroller som ännu inte har genomförts redovisas i sin helhet "
        "i årsbokslutet.")
    for title, rows in processes:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Nr", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        for nr, km, ansv, stat, komm, status, avv in rows:
            cells = t.add_row().cells
            for i, v in enumerate([nr, km, ansv, stat, komm]):
                cells[i].text = v
            exp(fil, namnd, km, status, avv)
        widths = [Cm(1.2), Cm(6.0), Cm(3.0), Cm(2.8), Cm(5.5)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        d.add_paragraph()
    d.add_paragraph("Vadstena den 16 september 2025")
    d.add_paragraph()
    d.add_paragraph("Maria Sjöberg\nKommundirektör")
    d.add_paragraph("Anders Lundgren\nEkonomichef")
    set_core(d, "Anders Lundgren")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys CSV export – SN and SBN in one file, T1 + Delår rows
# ---------------------------------------------------------------------------
def make_csv():
    fil = "stratsys_export_internkontroll_20250908.csv"
    header = ["Nämnd", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens",
              "Ansvarig", "Period", "Status", "Avvikelse", "Kommentar"]
    plan = "Internkontrollplan 2025"
    # each control: (nämnd-kod, process, km, metod, frekvens, ansvarig,
    #                [(period, status, avvikelse, kommentar)...], expected status, avvikelse)
    controls = [
        ("SN", "Myndighetsutövning IFO",
         "Utredningar inom barn och unga inleds inom 14 dagar efter mottagen orosanmälan",
         "Stickprov 15 ärenden i Treserva", "Tertial", "Enhetschef IFO",
         [("T1 2025", "Delvis genomförd", "Ja", "2 av 15 ärenden inleddes efter 14 dagar."),
          ("Delår 2025", "Genomförd", "Ja",
           "Stickprov 15 ärenden maj–aug.\n1 ärende inleddes efter 16 dagar. Påtalat i arbetsgruppen.")],
         "GENOMFORD", "ja"),
        ("SN", "Myndighetsutövning IFO",
         "Ekonomiskt bistånd – beslut fattas enligt delegationsordningen",
         "Stickprov 20 beslut", "Tertial", "Enhetschef försörjningsstöd",
         [("Delår 2025", "Genomförd", "Nej", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("SN", "Vård och omsorg",
         "Avgifter inom äldreomsorgen debiteras enligt beslutad taxa",
         "Stickprov 10 brukare", "Halvår", "Avgiftshandläggare",
         [("Delår 2025", "Delvis genomförd", "Nej",
           "Stickprov på 5 av 10 brukare genomfört utan fel. Resterande kontrolleras i september.")],
         "DELVIS", "nej"),
        ("SN", "Vård och omsorg",
         "Läkemedelsavvikelser rapporteras i verksamhetssystemet och följs upp av MAS",
         "Genomgång av avvikelserapporter", "Årligen", "MAS",
         [("T1 2025", "Genomförd", "Nej", "Genomgång gjord i april. Samtliga avvikelser rapporterade och åtgärdade.")],
         "GENOMFORD", "nej"),
        ("SN", "Arbetsmiljö",
         "Handlingsplan mot hot och våld gås igenom på APT i samtliga verksamheter",
         "Protokoll från APT", "Årligen", "Verksamhetschefer",
         [("Delår 2025", "Ej påbörjad", "", "Planeras till APT i oktober–november.")],
         "EJ_GENOMFORD", ""),
        ("SN", "Informationssäkerhet",
         "Loggar i Treserva följs upp avseende otillbörlig åtkomst",
         "Logguppföljning, stickprov 20 användare", "Tertial", "Systemförvaltare",
         [("T1 2025", "Ej genomförd", "", "Ny rutin för loggkontroll under framtagande."),
          ("Delår 2025", "Delvis genomförd", "Nej",
           "Rutin klar i juni. Loggkontroll gjord för 10 av 20 användare, ingen otillbörlig åtkomst.")],
         "DELVIS", "nej"),
        ("SN", "Kvalitet",
         "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Tertial", "Kvalitetsutvecklare",
         [("Delår 2025", "Ej aktuell", "",
           "Utgår – kontrollen ersatt enligt nämndens beslut 2025-05-21 § 67 om nytt ledningssystem för kvalitet.")],
         "UTGAR", ""),
        ("SN", "Personal",
         "Bisysslor hos anställda inom hemtjänsten är anmälda och prövade",
         "Enkät till medarbetare", "Årligen", "HR-partner",
         [("Delår 2025", "", "", "Se bilaga 3.")],
         "OKLAR", ""),
        ("SBN", "Ekonomi",
         "Faktureringen av VA-avgifter stäms av mot kundregistret",
         "Avstämning kundregister mot fakturerat", "Tertial", "VA-ekonom",
         [("T1 2025", "Genomförd", "Nej", ""),
          ("Delår 2025", "Genomförd", "Nej", "Avstämt per 31/8, inga differenser.")],
         "GENOMFORD", "nej"),
        ("SBN", "Ekonomi",
         "Beslutade investeringsprojekt följer budget och tidplan",
         "Genomgång av projektlistan", "Tertial", "Projektchef",
         [("T1 2025", "Genomförd", "Ja", "GC-väg Hagalund försenad."),
          ("Delår 2025", "Genomförd", "Ja",
           "Två projekt (GC-väg Hagalund, ombyggnad Rådhustorget) riskerar överskridande; rapporterat till nämnden i augusti.")],
         "GENOMFORD", "ja"),
        ("SBN", "Upphandling",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Stickprov 10 upphandlingar", "Halvår", "Upphandlare",
         [("Delår 2025", "Ej genomförd", "", "Ej genomförd p.g.a. personalbrist, görs under hösten.")],
         "EJ_GENOMFORD", ""),
        ("SBN", "Fordon",
         "Körjournaler förs för kommunens tjänstefordon",
         "Stickprov 5 fordon", "Tertial", "Fordonsansvarig",
         [("T1 2025", "Genomförd", "Nej", ""),
          ("Delår 2025", "Delvis genomförd", "Ja", "3 av 5 fordon kontrollerade, en körjournal ofullständig.")],
         "DELVIS", "ja"),
        ("SBN", "Gata/park",
         "Snöröjning och halkbekämpning utförs enligt avtal med entreprenör",
         "Uppföljning av entreprenörens rapporter", "Vintersäsong", "Gatuchef",
         [("Delår 2025", "Genomförd", "Nej", "Vintersäsongen jan–mars uppföljd, inga avvikelser mot avtal.")],
         "GENOMFORD", "nej"),
        ("SBN", "Fastighet",
         "Hyror för externa hyresgäster i kommunens lokaler debiteras enligt avtal",
         "Avstämning hyresreskontra", "Halvår", "Fastighetsekonom",
         [("Delår 2025", "", "", "")],
         "SAKNAS", ""),
        ("SBN", "Informationssäkerhet",
         "Behörigheter i GIS-systemet ses över",
         "Jämförelse behörighetslista mot personalförteckning", "Årligen", "GIS-ingenjör",
         [("Delår 2025", "Ej påbörjad", "", "Planerad till kvartal 4.")],
         "EJ_GENOMFORD", ""),
    ]
    full = {"SN": "Socialnämnden", "SBN": "Samhällsbyggnadsnämnden"}
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for code, proc, km, metod, frekv, ansv, periods, status, avv in controls:
            for per, st, av, komm in periods:
                w.writerow([code, plan, proc, km, metod, frekv, ansv, per, st, av, komm])
            exp(fil, full[code], km, status, avv)
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. MBN – xlsx, nämnd and period only in title rows, Kommentar sometimes only signal
# ---------------------------------------------------------------------------
def make_mbn():
    fil = "Uppföljning internkontroll jan-aug 2025.xlsx"
    namnd = "Miljö- och byggnämnden"
    rows = [
        ("H", "Myndighetsutövning – bygg"),
        (1, "Bygglov", "Bygglov handläggs inom lagstadgad tid enligt PBL (10 veckor från komplett ansökan)",
         "Uttag ur ByggR, samtliga ärenden", "Bygglovschef", "Ja",
         "212 ärenden, 3 överskred tidsfristen – avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        (2, "Bygglov", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista mot ByggR", "Nämndsekreterare", "Ja", "", "GENOMFORD", "nej"),
        ("H", "Miljö- och hälsoskydd, livsmedel"),
        (3, "Tillsyn", "Tillsynsplanen för livsmedelskontroll följs",
         "Jämförelse utförda kontroller mot plan", "Miljöchef", "",
         "Hittills 48 av 95 planerade kontroller utförda, i fas med planen.", "DELVIS", "nej"),
        (4, "Avgifter", "Timavgifter för tillsyn debiteras enligt taxa",
         "Stickprov 15 fakturor", "Miljöinspektör", "Nej",
         "Inte gjord ännu – görs i oktober.", "EJ_GENOMFORD", ""),
        (5, "Avgifter", "Årliga tillsynsavgifter faktureras för samtliga registrerade verksamheter",
         "Avstämning Ecos mot fakturering", "Administratör", "",
         "Ej påbörjad. Var planerad till juni men har inte hunnits med, görs under hösten.",
         "EJ_GENOMFORD", ""),
        (6, "Strandskydd", "Beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka",
         "Samtliga beslut", "Miljöchef", "Ja", "6 beslut, samtliga skickade i tid.", "GENOMFORD", "nej"),
        ("H", "Administration"),
        (7, "Diarium", "Diarieföring av inkomna handlingar sker inom två arbetsdagar",
         "Stickprov 20 handlingar", "Registrator", "Delvis",
         "Stickprov 20 handlingar: 4 registrerades efter 3–5 dagar under semesterperioden.",
         "DELVIS", "ja"),
        (8, "GDPR", "Behandlingar av personuppgifter finns i registerförteckningen",
         "Genomgång av registerförteckning", "Förvaltningschef", "", "", "SAKNAS", ""),
        (9, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 10 fakturor", "Förvaltningschef", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Uppföljning av internkontrollplan"
    ws["A1"].font = Font(bold=True, size=13)
    labels = [("Nämnd:", "Miljö- och byggnämnden"),
              ("Period:", "Delår 1 januari – 31 augusti 2025"),
              ("Upprättad av:", "Lena Holm, förvaltningschef"),
              ("Datum:", "2025-09-10")]
    for i, (a, b) in enumerate(labels, 2):
        ws.cell(row=i, column=1, value=a).font = Font(bold=True)
        ws.cell(row=i, column=2, value=b)
    heads = ["Nr", "Område", "Kontrollmoment", "Hur kontrolleras", "Ansvarig",
             "Genomförd\n(Ja/Nej/Delvis)", "Kommentar"]
    hr = 7
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    r = hr + 1
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            r += 1
            continue
        nr, omr, km, hur, ansv, gen, komm, status, avv = row
        for c, v in enumerate([nr, omr, km, hur, ansv, gen or None, komm or None], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = border
        exp(fil, namnd, km, status, avv)
        r += 1
    r += 2
    ws.cell(row=r, column=1, value="Vadstena 2025-09-10")
    ws.cell(row=r + 2, column=1, value="Lena Holm")
    ws.cell(row=r + 3, column=1, value="Förvaltningschef, Miljö- och byggförvaltningen")
    for i, w in enumerate([6, 14, 50, 32, 18, 14, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "lenhol"
    wb.properties.lastModifiedBy = "lenhol"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. KFN – odt with a plain table
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN uppföljning internkontrollplan 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Årligen",
         "Föreningskonsulent", "Klar", "Stickprov 8 föreningar, alla uppfyllde villkoren.", "GENOMFORD", "nej"),
        ("Kassahantering",
         "Dagskassor i simhallen och på turistbyrån stäms av mot kassarapport", "Månadsvis",
         "Enhetschef besöksnäring", "Klar",
         "Differens 350 kr i juni, utredd och förklarad (felslag i kassan).", "GENOMFORD", "ja"),
        ("Bibliotek", "Inköp av medier sker enligt avtal med upphandlad leverantör", "Halvår",
         "Bibliotekschef", "Pågår", "", "DELVIS", ""),
        ("Lokaler", "Bokning och fakturering av idrottshallar stämmer mot bokningssystemet", "Tertial",
         "Fritidsassistent", "Ej klar",
         "Bokningssystemet byttes i maj, kontrollen har inte kunnat göras.", "EJ_GENOMFORD", ""),
        ("Arrangemang",
         "Avtal med externa artister och arrangörer är undertecknade enligt delegationsordningen",
         "Halvår", "Kulturchef", "Ej aktuell",
         "Sommarens kulturfestival ställdes in, inga avtal tecknades under perioden.", "UTGAR", ""),
        ("Personal",
         "Utdrag ur belastningsregistret för personal och ledare i fritidsgårdsverksamheten", "Vid anställning",
         "Fritidsgårdschef", "Klar", "", "GENOMFORD", "nej"),
        ("Kulturskolan", "Avgifter i kulturskolan debiteras enligt taxa", "Terminsvis",
         "Kulturskolechef", "Pågår",
         "Vårterminens debitering kontrollerad utan anmärkning, höstterminen återstår.", "DELVIS", "nej"),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Rubrik", family="paragraph")
    title.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    title.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(title)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    th = Style(name="Tabellrubrik", family="paragraph")
    th.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(th)
    tstyle = Style(name="Tabell1", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cstyle = Style(name="Cell1", family="table-cell")
    cstyle.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cstyle)
    widths = ["2.6cm", "5.2cm", "2.0cm", "2.4cm", "1.6cm", "3.2cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="Kol%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(stylename=title, text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Kontrollerna har genomförts av respektive ansvarig och sammanställts av "
                               "förvaltningens controller. Avvikelser kommenteras i tabellen."))
    doc.text.addElement(P(text=""))
    t = Table(name="Uppfoljning", stylename=tstyle)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    heads = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    tr = TableRow()
    for h in heads:
        tc = TableCell(stylename=cstyle, valuetype="string")
        tc.addElement(P(stylename=th, text=h))
        tr.addElement(tc)
    t.addElement(tr)
    for omr, km, frekv, ansv, st, komm, status, avv in rows:
        tr = TableRow()
        for v in [omr, km, frekv, ansv, st, komm]:
            tc = TableCell(stylename=cstyle, valuetype="string")
            tc.addElement(P(stylename=small, text=v))
            tr.addElement(tc)
        t.addElement(tr)
        exp(fil, namnd, km, status, avv)
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=small, text="Kultur- och fritidsförvaltningen, Vadstena kommun, 2025-09-09"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Vadstena Fastighets AB – .xls (xlwt), tick columns, totals row
# ---------------------------------------------------------------------------
def make_vfab():
    fil = "VFAB Internkontroll 2025 uppf aug.xls"
    namnd = "Vadstena Fastighets AB"
    rows = [
        (1, "Hyresadministration",
         "Hyreshöjningar enligt förhandlingsöverenskommelse är korrekt inlagda i hyressystemet",
         "3x4=12", "Ekonomichef", "x", "", "", "Samtliga 412 lägenheter kontrollerade.", "GENOMFORD", "nej"),
        (2, "Hyresadministration",
         "Kravhantering – hyresfordringar äldre än 60 dagar lämnas till inkasso",
         "3x3=9", "Hyresadministratör", "x", "", "",
         "5 ärenden lämnades för sent till inkasso. Rutin uppdaterad i juni.", "GENOMFORD", "ja"),
        (3, "Underhåll", "Planerat underhåll följer underhållsplanen", "2x4=8", "Fastighetschef",
         "", "x", "", "Utfall 58 % av årets plan per augusti.", "DELVIS", ""),
        (4, "Inköp", "Beställningar över 50 tkr har godkänts enligt delegationsordningen", "3x3=9", "VD",
         "x", "x", "", "", "OKLAR", ""),
        (5, "Inköp", "Ramavtal för entreprenader används vid avrop", "2x3=6", "Fastighetschef",
         "", "", "x", "Skjuts till hösten.", "EJ_GENOMFORD", ""),
        (6, "Säkerhet",
         "Systematiskt brandskyddsarbete (SBA) är dokumenterat för samtliga fastigheter", "2x5=10",
         "Drifttekniker", "x", "", "",
         "Brister i dokumentationen för två fastigheter (Kv. Hagen, Kv. Munken), åtgärdade i juli.",
         "GENOMFORD", "ja"),
        (7, "Säkerhet",
         "Behörigheter i nyckel- och passagesystemet för entreprenörer som avslutat uppdrag tas bort",
         "3x3=9", "Driftchef", "x", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        (8, "Ekonomi", "Bankavstämning görs månadsvis och attesteras av ekonomichef", "2x4=8",
         "Redovisningsekonom", "x", "", "", "", "GENOMFORD", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    f_title = xlwt.easyxf("font: bold on, height 280")
    f_bold = xlwt.easyxf("font: bold on")
    f_head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                         "borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: wrap on, vert centre")
    f_cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    f_tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre, vert top")
    f_sum = xlwt.easyxf("font: bold on; borders: top medium; alignment: horiz centre")
    ws.write(0, 0, "Vadstena Fastighets AB", f_title)
    ws.write(1, 0, "Intern kontroll 2025 – uppföljning per 31 augusti", f_bold)
    ws.write(2, 0, "Internkontrollplanen fastställd av styrelsen 2025-02-20")
    heads = ["Nr", "Område", "Kontrollmoment", "Risk (S x K)", "Ansvarig",
             "Utförd", "Pågår", "Ej utförd", "Noteringar"]
    hr = 4
    for c, h in enumerate(heads):
        ws.write(hr, c, h, f_head)
    r = hr + 1
    for nr, omr, km, risk, ansv, u, p, e, note, status, avv in rows:
        vals = [nr, omr, km, risk, ansv, u, p, e, note]
        for c, v in enumerate(vals):
            ws.write(r, c, v, f_tick if c in (0, 5, 6, 7) else f_cell)
        exp(fil, namnd, km, status, avv)
        r += 1
    ws.write(r, 1, "Summa", f_sum)
    for c in (5, 6, 7):
        ws.write(r, c, sum(1 for row in rows if row[c] == "x"), f_sum)
    r += 2
    ws.write(r, 0, "Styrelsens bedömning: Den interna kontrollen bedöms i allt väsentligt vara tillräcklig.")
    ws.write(r + 2, 0, "Vadstena 2025-09-04")
    ws.write(r + 3, 0, "Johan Ekström, VD")
    for c, w in enumerate([5, 20, 50, 12, 18, 8, 8, 9, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – .doc (Word 97), running text only
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_ofn(tmp):
    fil = "Överförmyndarnämnden delårsuppföljning IK 2025.doc"
    namnd = "Överförmyndarnämnden"
    items = [
        ("Granskning av årsräkningar ska vara slutförd senast den 30 juni",
         "Samtliga 143 årsräkningar granskades före den 30 juni. Inga avvikelser från tidsplanen.",
         "GENOMFORD", "nej"),
        ("Ställföreträdare har lämnat förteckning över huvudmannens tillgångar inom två månader från förordnandet",
         "Kontrollen pågår. Hittills har 11 av 18 nya ärenden kontrollerats. I två ärenden inkom "
         "förteckningen för sent och påminnelse har skickats.",
         "DELVIS", "ja"),
        ("Utdrag ur belastningsregistret och kronofogdens register tas innan ny ställföreträdare förordnas",
         "Genomförd. Samtliga 18 nya ställföreträdare under perioden har kontrollerats utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Uttag från överförmyndarspärrade konton har föregåtts av beslut av nämnden",
         "Kontrollen har inte påbörjats. Den genomförs i samband med helårsuppföljningen.",
         "EJ_GENOMFORD", ""),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    p = d.add_paragraph()
    r = p.add_run("Överförmyndarnämnden i Vadstena kommun")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport 2025")
    d.add_paragraph(
        "Nämnden beslutade i internkontrollplanen för 2025 om fyra kontrollmoment. "
        "Nedan redovisas utfallet för perioden januari–augusti 2025.")
    for i, (km, res, status, avv) in enumerate(items, 1):
        p = d.add_paragraph()
        p.add_run("Kontrollmoment %d: " % i).bold = True
        p.add_run(km)
        p2 = d.add_paragraph()
        p2.add_run("Resultat: ").italic = True
        p2.add_run(res)
        exp(fil, namnd, km, status, avv)
    d.add_paragraph(
        "Sammantaget bedömer nämnden att arbetet med den interna kontrollen följer plan. "
        "Slutlig bedömning görs i årsredovisningen.")
    d.add_paragraph()
    d.add_paragraph("För Överförmyndarnämnden")
    d.add_paragraph("Per Nilsson, ordförande\t\tSara Wikström, handläggare")
    set_core(d, "Sara Wikström")
    base = os.path.splitext(fil)[0]
    src = os.path.join(tmp, base + ".docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copyfile(os.path.join(tmp, base + ".doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) – no follow-up in it
# ---------------------------------------------------------------------------
def make_missiv():
    fil = "Missiv internkontroll delår 2025 SBN.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "VADSTENA KOMMUN\tSamhällsbyggnadsförvaltningen"
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_paragraph("Från: Samhällsbyggnadsförvaltningen")
    d.add_paragraph("Datum: 2025-09-08")
    d.add_heading("Missiv – uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Samhällsbyggnadsnämndens uppföljning av internkontrollplan 2025 för "
        "perioden januari–augusti. Uppföljningen har exporterats från Stratsys och skickas i en "
        "gemensam fil tillsammans med Socialnämndens uppföljning.")
    d.add_paragraph(
        "Av nämndens sju kontrollmoment är tre genomförda, ett delvis genomfört och två ej "
        "genomförda. För ett kontrollmoment har ingen uppföljning rapporterats ännu. "
        "Kontroller som inte har genomförts planeras till hösten.")
    d.add_paragraph(
        "Uppföljningen behandlas av Samhällsbyggnadsnämnden vid sammanträdet den 24 september 2025. "
        "Protokollsutdrag skickas när protokollet är justerat.")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Erik Falk\nFörvaltningschef, Samhällsbyggnadsförvaltningen")
    set_core(d, "Erik Falk")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite a zip container (xlsx/docx/odt) with fixed entry timestamps, so
    that the build is byte-for-byte reproducible. Entry order and compression
    (e.g. the uncompressed ODF mimetype first) are kept."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path + ".tmp", "w") as zout:
        for info, data in entries:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 8, 30, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(path + ".tmp", path)


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
    tmp = tempfile.mkdtemp(prefix="r474-")
    try:
        make_bun()
        make_ks()
        make_csv()
        make_mbn()
        make_kfn()
        make_vfab()
        make_ofn(tmp)
        make_missiv()
        write_csvs()
        for fil in sorted({f[0] for f in FILES}):
            if fil.endswith((".xlsx", ".docx", ".odt")):
                normalize_zip(os.path.join(OUT, fil))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len({f[0] for f in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
