#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 148 - Björkviks kommun, delårsuppföljning intern kontroll 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round148"
FIXED_DT = datetime.datetime(2025, 9, 3, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

STATUS_LIST = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Ej aktuell"]
LEGEND = [
    ("Genomförd", "Kontrollen är utförd enligt plan för perioden"),
    ("Delvis genomförd", "Kontrollen är påbörjad eller gjord på del av urvalet"),
    ("Ej genomförd", "Kontrollen är inte utförd"),
    ("Ej aktuell", "Kontrollen utgår eller är inte relevant"),
]
TEMPLATE_HEAD = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens",
                 "Ansvarig", "Status delår", "Kommentar"]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
LEG_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def add_legend_box(ws, col, row):
    """The kommun template's legend box (to the right of the table)."""
    c = get_column_letter(col)
    c2 = get_column_letter(col + 1)
    ws.merge_cells(f"{c}{row}:{c2}{row}")
    ws[f"{c}{row}"] = "Förklaring status"
    ws[f"{c}{row}"].font = Font(bold=True)
    ws[f"{c}{row}"].fill = LEG_FILL
    for i, (s, t) in enumerate(LEGEND, start=1):
        ws.cell(row=row + i, column=col, value=s).fill = LEG_FILL
        ws.cell(row=row + i, column=col + 1, value=t).fill = LEG_FILL
        ws.cell(row=row + i, column=col).border = BOX
        ws.cell(row=row + i, column=col + 1).border = BOX
    ws.column_dimensions[c].width = 18
    ws.column_dimensions[c2].width = 44


def status_validation(ws, rng):
    dv = DataValidation(type="list", formula1='"' + ",".join(STATUS_LIST) + '"',
                        allow_blank=True, showDropDown=False)
    dv.error = "Välj status i listan"
    dv.prompt = "Välj status för delåret"
    dv.add(rng)
    ws.add_data_validation(dv)


def style_header(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = creator


# ---------------------------------------------------------------------------
# 1. BUN - the common template, filled in properly (easy file)
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN_IK_uppfoljning_delar_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    rows = [
        # nr, process, km, metod, frekvens, ansvarig, status, kommentar, exp_status, exp_avv
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertial", "Controller BUF", "Genomförd",
         "40 fakturor granskade (T1+T2). 2 fakturor saknade andra attest – åtgärdat och "
         "attestordningen påmind på rektorsmöte 2025-06-10.", "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Representation och förtroendekänsliga poster följer kommunens riktlinjer",
         "Genomgång av samtliga fakturor på konto 7xxx representation", "Halvår", "Ekonomichef BUF",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3", "Inköp", "Avtalstrohet vid inköp av läromedel",
         "Stickprov 15 inköp jämförs mot ramavtal", "Årligen", "Inköpssamordnare",
         "Delvis genomförd", "Grundskolan klar utan anmärkning, gymnasiet återstår.", "DELVIS", "nej"),
        ("4", "Elevhälsa", "Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål",
         "Genomgång av ärenden i DF Respons", "Tertial", "Verksamhetsutvecklare",
         "Genomförd", "12 av 57 anmälningar kom till huvudman senare än 5 arbetsdagar. "
         "Påminnelse till samtliga rektorer i augusti.", "GENOMFORD", "ja"),
        ("5", "Skolplikt", "Uppföljning av elever med hög frånvaro (över 15 %)",
         "Kontroll i Skola24 samt av upprättade frånvaroutredningar", "Tertial", "Elevhälsochef",
         "Ej genomförd", "Ej genomförd pga vakans elevhälsochef. Genomförs under hösten.",
         "EJ_GENOMFORD", ""),
        ("6", "Personal", "Utdrag ur belastningsregistret uppvisas vid nyanställning",
         "Stickprov 10 nyanställda", "Halvår", "HR-specialist", "Genomförd",
         "Samtliga 10 hade uppvisat utdrag före anställning.", "GENOMFORD", "nej"),
        ("7", "Informationssäkerhet",
         "Behörigheter i elevdokumentationssystemet tas bort vid avslutad anställning",
         "Jämförelse av behörighetslista mot avslutade anställningar i Heroma", "Årligen",
         "Systemförvaltare", None, "Genomförs under hösten", "EJ_GENOMFORD", ""),
        ("8", "Förskola", "Placering i förskolekö sker enligt antagna köregler",
         "Stickprov 20 placeringar", "Årligen", "Placeringshandläggare", None,
         "Planerad till oktober", "EJ_GENOMFORD", ""),
        ("9", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 10 beslut", "Årligen", "Skolskjutshandläggare", "Ej aktuell",
         "Utgår 2025 – skolskjutshandläggningen överförd till Tekniska nämnden från 1 mars.",
         "UTGAR", ""),
        ("10", "Avgifter", "Avgifter för förskola och fritidshem debiteras enligt maxtaxa",
         "Stickprov 15 hushåll, inkomstuppgift mot faktura", "Tertial", "Avgiftshandläggare",
         "Delvis genomförd", "Tertial 1 kontrollerad. Tertial 2 pågår.", "DELVIS", ""),
    ]
    wb = Workbook()
    fix_props(wb, "Anna Lindqvist")
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Björkviks kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["C3"] = N
    ws["A4"] = "Period:"
    ws["C4"] = "Delår 2025 (1 januari – 31 augusti)"
    ws["A5"] = "Ifylld av:"
    ws["C5"] = "Anna Lindqvist, nämndsekreterare BUF, 2025-09-02"
    for r in (3, 4, 5):
        ws[f"A{r}"].font = Font(bold=True)
    hr = 7
    for c, h in enumerate(TEMPLATE_HEAD, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, len(TEMPLATE_HEAD))
    r = hr
    for row in rows:
        r += 1
        for c, v in enumerate(row[:8], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        expect(fil, N, row[2], row[8], row[9])
    status_validation(ws, f"G{hr + 1}:G{hr + 40}")
    add_legend_box(ws, 10, hr)
    r += 2
    ws.cell(row=r, column=1, value="Sammanfattning:").font = Font(bold=True)
    ws.cell(row=r, column=3, value="Genomförda: 4   Delvis: 2   Ej genomförda: 3   Ej aktuella: 1")
    r += 1
    ws.cell(row=r, column=1, value="Behandlas i barn- och utbildningsnämnden 2025-09-24.")
    widths = [5, 16, 42, 34, 10, 20, 16, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A8"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. SN - template with inserted columns (Risk, Riskvärde, Status T1, Avvikelse,
#    Åtgärd) and the Frekvens column deleted; merged process cells.
# ---------------------------------------------------------------------------
def make_sn():
    fil = "SN Uppföljning IKP delår 2025.xlsx"
    N = "Socialnämnden"
    head = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Status T1", "Status delår", "Avvikelse (ja/nej)", "Kommentar", "Åtgärd"]
    rows = [
        # nr, process, risk, rv, km, metod, ansv, T1, delår, avv, kommentar, åtgärd, exp, expavv
        ("1.1", "Ekonomiskt bistånd", "Felaktiga utbetalningar", 12,
         "Utbetalningar av ekonomiskt bistånd sker enligt fattat beslut",
         "Stickprov 25 utbetalningar per tertial jämförs mot beslut i Lifecare", "Enhetschef försörjningsstöd",
         "Genomförd", "Genomförd", "Ja",
         "2 av 50 utbetalningar avvek från beslut (hyra utbetald två gånger). Återkrav upprättat.",
         "Genomgång av rutin på APT i september", "GENOMFORD", "ja"),
        ("1.2", None, "Felaktiga utbetalningar", 12,
         "Kontroll mot SSBTEK görs vid varje nyansökan",
         "Stickprov 20 akter", "Enhetschef försörjningsstöd",
         "Genomförd", "Genomförd", "Nej", "Kontroll gjord och dokumenterad i samtliga granskade akter.",
         None, "GENOMFORD", "nej"),
        ("2.1", "Barn och unga", "Barn i behov av skydd uppmärksammas inte i tid", 16,
         "Skyddsbedömning vid orosanmälan dokumenteras inom 24 timmar",
         "Uttag ur verksamhetssystemet, samtliga anmälningar i mars och juni", "Enhetschef BoU",
         "Genomförd", "Delvis genomförd", "Ja",
         "Mars granskad: 94 % inom 24 timmar. Juni ej granskad pga semesterperioden.",
         "Påminnelse till mottagningsgruppen", "DELVIS", "ja"),
        ("2.2", None, "Barn i behov av skydd uppmärksammas inte i tid", 16,
         "Förhandsbedömning avslutas inom 14 dagar (SoL 11 kap. 1 a §)",
         "Uttag ur verksamhetssystemet", "Enhetschef BoU",
         "Ej genomförd", "Genomförd", "Ja",
         "81 % avslutade inom lagstadgad tid. Avvikelsen redovisad för nämnden i juni.",
         "Handlingsplan för mottagningen", "GENOMFORD", "ja"),
        ("2.3", None, "Olämpliga familjehem", 12,
         "Utdrag ur belastningsregistret inhämtas för familjehem innan placering",
         "Stickprov 10 placeringar", "Enhetschef familjehem",
         None, "Ej genomförd", None, "Planerad till oktober", None, "EJ_GENOMFORD", ""),
        ("3.1", "Informationssäkerhet", "Obehörig åtkomst till personuppgifter", 9,
         "Loggkontroll – obehörig åtkomst till personakter",
         "Slumpvis loggkontroll av 10 användare per månad", "Systemförvaltare",
         None, "Ej aktuell", None,
         "Planeras till oktober när nytt verksamhetssystem är infört.", None, "EJ_GENOMFORD", ""),
        ("4.1", "Nämndadministration", "Beslut fattas utan stöd i delegation", 6,
         "Delegationsbeslut anmäls till nämnden",
         "Jämförelse beslutsförteckning mot nämndprotokoll", "Nämndsekreterare",
         "Genomförd", "Genomförd", "Nej", "Samtliga delegationsbeslut jan–jun anmälda.", None,
         "GENOMFORD", "nej"),
        ("5.1", "Ekonomi", "Felaktiga betalningar", 8,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller SOC",
         "Genomförd", "Genomförd", "Nej", "Inga avvikelser.", None, "GENOMFORD", "nej"),
        ("5.2", None, "Utebliven intäkt", 8,
         "Återsökning av ersättning från Migrationsverket görs för samtliga berättigade ärenden",
         "Avstämning av ansökningar mot placeringsförteckning", "Controller SOC",
         "Delvis genomförd", None, None, None, None, "DELVIS", ""),
    ]
    wb = Workbook()
    fix_props(wb, "Maria Holm")
    ws = wb.active
    ws.title = "IKP 2025"
    ws.merge_cells("A1:L1")
    ws["A1"] = "Björkviks kommun – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:L2")
    ws["A2"] = "Uppföljning av internkontrollplan 2025, delår (jan–aug)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–4). Status T1 avser uppföljning per 30 april."
    ws["A3"].font = Font(italic=True, size=9)
    hr = 5
    for c, h in enumerate(head, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, len(head))
    r = hr
    proc_start = None
    merges = []
    for row in rows:
        r += 1
        if row[1] is not None:
            if proc_start is not None and r - 1 > proc_start:
                merges.append((proc_start, r - 1))
            proc_start = r
        for c, v in enumerate(row[:12], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        expect(fil, N, row[4], row[12], row[13])
    if proc_start is not None and r > proc_start:
        merges.append((proc_start, r))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    status_validation(ws, f"H{hr + 1}:I{hr + 40}")
    add_legend_box(ws, 14, hr)
    ws.cell(row=r + 2, column=1, value="Beredd av förvaltningens ledningsgrupp 2025-09-01. "
                                       "Behandlas i socialnämnden 2025-09-17.")
    widths = [6, 18, 24, 9, 40, 32, 20, 14, 16, 11, 46, 28]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. VON - template with status typed as abbreviations, explained below the
#    table. "Nämnd:" field left empty: the nämnd only in print header,
#    sheet name and file name.
# ---------------------------------------------------------------------------
def make_von():
    fil = "VON_IK_delar_2025.xlsx"
    N = "Vård- och omsorgsnämnden"
    rows = [
        ("1", "Hemtjänst", "Beviljade timmar stämmer mot utförd tid i TES",
         "Stickprov 20 brukare, beslut mot registrerad tid", "Tertial", "Enhetschef hemtjänst", "G",
         "Avvikelse över 10 % hos 3 brukare. Följs upp med respektive hemtjänstgrupp.", "GENOMFORD", "ja"),
        ("2", "Avgifter", "Avgiftsbeslut (maxtaxa) baseras på aktuell inkomstförfrågan",
         "Stickprov 15 brukare", "Årligen", "Avgiftshandläggare", "DG",
         "8 av 15 granskade, inga fel hittills.", "DELVIS", "nej"),
        ("3", "LSS", "Beslut om insatser enligt LSS verkställs inom tre månader",
         "Genomgång av ej verkställda beslut", "Kvartal", "Verksamhetschef LSS", "G",
         "2 beslut om bostad med särskild service ej verkställda inom tre månader, rapporterade till IVO.",
         "GENOMFORD", "ja"),
        ("4", "Hälso- och sjukvård", "Signeringslistor för läkemedelsöverlämning är kompletta",
         "Stickprov 2 enheter per tertial", "Tertial", "MAS", "EG",
         "Ej genomförd under våren pga vakans MAS. Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("5", "Avtal", "Avtalsuppföljning av privata utförare inom LOV",
         "Uppföljningsmöte och granskning av utförd tid", "Årligen", "Avtalscontroller", "EA",
         "Inga LOV-utförare kvar efter 2024-12-31.", "UTGAR", ""),
        ("6", "Personal", "Timanställdas arbetade tid attesteras i Heroma före löneutbetalning",
         "Stickprov 30 timlöner", "Månadsvis", "Enhetschefer", "g", None, "GENOMFORD", ""),
        ("7", "Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Tertial", "MAS/SAS", "G",
         "14 rapporter, samtliga utredda inom tid. 1 anmäld till IVO.", "GENOMFORD", "nej"),
        ("8", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Årligen (nov)", "Controller VOF", None, None, "SAKNAS", ""),
        ("9", "Bemanning", "Bemanningsföretag anlitas endast via ramavtal",
         "Genomgång av fakturor från bemanningsföretag", "Halvår", "HR-chef", "EG",
         "Planerad till oktober.", "EJ_GENOMFORD", ""),
    ]
    wb = Workbook()
    fix_props(wb, "Lena Berg")
    ws = wb.active
    ws.title = "VON"
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden – Uppföljning intern kontroll delår 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Björkviks kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["A4"] = "Period:"
    ws["C4"] = "Delår"
    ws["A5"] = "Ifylld av:"
    ws["C5"] = "LB"
    for rr in (3, 4, 5):
        ws[f"A{rr}"].font = Font(bold=True)
    hr = 7
    for c, h in enumerate(TEMPLATE_HEAD, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, len(TEMPLATE_HEAD))
    r = hr
    for row in rows:
        r += 1
        for c, v in enumerate(row[:8], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        expect(fil, N, row[2], row[8], row[9])
    # the drop-down was kept from the template but the secretary typed codes over it
    status_validation(ws, f"G{hr + 1}:G{hr + 40}")
    r += 2
    ws.cell(row=r, column=1, value="Förkortningar status:").font = Font(bold=True, italic=True)
    r += 1
    ws.cell(row=r, column=1, value="G = Genomförd, DG = Delvis genomförd, EG = Ej genomförd, "
                                   "EA = Ej aktuell").font = Font(italic=True)
    r += 1
    ws.cell(row=r, column=1, value="Kontrollmoment med frekvens årligen redovisas senast i helårsuppföljningen."
            ).font = Font(italic=True)
    widths = [5, 18, 44, 34, 12, 20, 10, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. KFN - the template saved as .ods (via LibreOffice), merged process cells,
#    nämnd given as the förvaltning name.
# ---------------------------------------------------------------------------
def make_kfn(tmpdir):
    fil = "KFN delårsuppföljning intern kontroll 2025.ods"
    N = "Kultur- och fritidsnämnden"
    rows = [
        ("1", "Föreningsbidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Stickprov 10 ansökningar", "Halvår", "Föreningskonsulent", "Genomförd",
         "Ett bidrag betalades ut utan komplett medlemsförteckning, återkrav skickat.", "GENOMFORD", "ja"),
        ("2", None, "Redovisning av aktivitetsstöd stäms av mot närvarolistor",
         "Stickprov 5 föreningar", "Årligen", "Föreningskonsulent", "Delvis genomförd",
         "3 av 5 föreningar granskade.", "DELVIS", ""),
        ("3", "Anläggningar och uthyrning",
         "Bokning och fakturering av lokaler och anläggningar stämmer mot bokningssystemet",
         "Avstämning Interbook Go mot fakturering", "Tertial", "Bokningsansvarig", "Genomförd",
         "Avstämt jan–aug, inga avvikelser.", "GENOMFORD", "nej"),
        ("4", None, "Kontanthantering i badhusets kassa",
         "Oanmäld kassakontroll två gånger per år", "Halvår", "Badhuschef", "Genomförd",
         "Kassakontroll 2025-03-12, differens 0 kr. Andra kontrollen planerad till oktober.",
         "GENOMFORD", "nej"),
        ("5", "Bibliotek", "Inköp av medier sker från upphandlad leverantör",
         "Stickprov 10 fakturor", "Årligen", "Bibliotekschef", None, "Planerad till oktober",
         "EJ_GENOMFORD", ""),
        ("6", "Ekonomi", "Representation och förtroendekänsliga poster följer kommunens riktlinjer",
         "Genomgång av representationsfakturor", "Årligen", "Controller KFF", "Ej genomförd",
         "Genomförs under hösten tillsammans med ekonomienheten.", "EJ_GENOMFORD", ""),
        ("7", "Informationssäkerhet", "Behörigheter i bokningssystemet ses över",
         "Behörighetslista mot personalförteckning", "Årligen", "Systemförvaltare", "Ej aktuell",
         "Utgår enligt beslut KFN 2025-04-15 § 34, ersätts av kommungemensam kontroll.", "UTGAR", ""),
        ("8", "Kulturskola", "Avgifter för kulturskolan debiteras samtliga inskrivna elever",
         "Avstämning elevregister mot fakturering", "Tertial", "Kulturskolechef", "Genomförd",
         "Se bilaga 2.", "GENOMFORD", ""),
    ]
    wb = Workbook()
    fix_props(wb, "Johan Ek")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Björkviks kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["C3"] = "Kultur- och fritidsförvaltningen"
    ws["A4"] = "Period:"
    ws["C4"] = "Delår jan–aug 2025"
    ws["A5"] = "Ifylld av:"
    ws["C5"] = "Johan Ek"
    for rr in (3, 4, 5):
        ws[f"A{rr}"].font = Font(bold=True)
    hr = 7
    for c, h in enumerate(TEMPLATE_HEAD, start=1):
        ws.cell(row=hr, column=c, value=h)
    style_header(ws, hr, len(TEMPLATE_HEAD))
    r = hr
    proc_start = None
    merges = []
    for row in rows:
        r += 1
        if row[1] is not None:
            if proc_start is not None and r - 1 > proc_start:
                merges.append((proc_start, r - 1))
            proc_start = r
        for c, v in enumerate(row[:8], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        expect(fil, N, row[2], row[8], row[9])
    if proc_start is not None and r > proc_start:
        merges.append((proc_start, r))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    status_validation(ws, f"G{hr + 1}:G{hr + 40}")
    add_legend_box(ws, 10, hr)
    ws.cell(row=r + 2, column=1, value="Bilaga 2: Avstämning kulturskolan (separat fil).")
    widths = [5, 20, 44, 34, 10, 20, 16, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    base = os.path.splitext(fil)[0]
    src = os.path.join(tmpdir, base + ".xlsx")
    wb.save(src)
    subprocess.run(["soffice", LO_PROFILE, "--headless", "--convert-to", "ods",
                    "--outdir", HERE, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(out(fil)), "ods conversion failed"
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. SBN - template pasted into Word: one table, header row marked as
#    repeating, and a literal copy of the header row after a page break
#    (second printed Excel page pasted too). Legend pasted as a small table.
# ---------------------------------------------------------------------------
def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def fill_cell(cell, text, bold=False, size=8):
    """Text with '\n' becomes separate paragraphs (as Excel line breaks do when pasted)."""
    cell.text = ""
    parts = [] if text is None else text.split("\n")
    if not parts:
        parts = [""]
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def make_sbn():
    fil = "Samhällsbyggnadsnämnden uppföljning internkontroll delår 2025.docx"
    N = "Samhällsbyggnadsnämnden"
    rows = [
        ("1", "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Uttag ur ByggR", "Tertial", "Bygglovschef", "Genomförd",
         "96 % inom tid.\n4 ärenden överskred tiden, avgiften reducerad enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("2", "Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa",
         "Stickprov 15 ärenden", "Halvår", "Administratör bygglov", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("3", "Planering", "Planavtal tecknas innan planarbete påbörjas",
         "Genomgång av samtliga pågående detaljplaner", "Årligen", "Planchef", "Delvis genomförd",
         "Genomgång påbörjad.\n6 av 11 planer kontrollerade, samtliga hade planavtal.", "DELVIS", "nej"),
        ("4", "Mark och exploatering", "Markanvisningar följer antagen markanvisningspolicy",
         "Genomgång av beslut om markanvisning", "Årligen", "Exploateringschef", "Ej genomförd",
         "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("5", "Kart och GIS", "Nybyggnadskartor debiteras enligt taxa",
         "Avstämning beställningar mot fakturering", "Halvår", "GIS-samordnare", "Genomförd",
         "Avstämt jan–jun. En beställning var inte fakturerad, faktura skickad i juli.", "GENOMFORD", "ja"),
        # --- page break, header row repeated here ---
        ("6", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Tertial", "Controller SBF", "Genomförd",
         "En faktura attesterad av person utan attesträtt.\nÄrendet utrett, attestlistan uppdaterad i maj.",
         "GENOMFORD", "ja"),
        ("7", "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse beslutsförteckning mot protokoll", "Tertial", "Nämndsekreterare", "Genomförd", None,
         "GENOMFORD", ""),
        ("8", "Bostadsanpassning", "Bostadsanpassningsbidrag beviljas enligt lagen om bostadsanpassningsbidrag",
         "Stickprov 10 beslut", "Halvår", "Handläggare bostadsanpassning", None, "Planerad till oktober",
         "EJ_GENOMFORD", ""),
        ("9", "Tillsyn", "Tillsyn av obligatorisk ventilationskontroll (OVK) sker enligt tillsynsplan",
         "Genomgång av tillsynsregister", "Årligen", "Byggnadsinspektör", "Ej aktuell",
         "Kontrollen utgår 2025, följs i stället upp i tillsynsplanen.", "UTGAR", ""),
        ("10", "Arkiv", "Handlingar diarieförs enligt informationshanteringsplanen",
         "Stickprov 20 ärenden", "Årligen", "Registrator", "Delvis genomförd", "Pågår.", "DELVIS", ""),
    ]
    d = docx.Document()
    d.core_properties.author = "Sara Nyberg"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = "Sara Nyberg"
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "BJÖRKVIKS KOMMUN\tSamhällsbyggnadsnämnden\t2025-09-04"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr SBN 2025/112"

    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_paragraph("Samhällsbyggnadsnämndens uppföljning av de kontrollmoment som ingår i "
                    "internkontrollplanen för 2025. Uppföljningen avser perioden januari–augusti. "
                    "Tabellen är hämtad från den kommungemensamma mallen.")

    t = d.add_table(rows=0, cols=8)
    t.style = "Table Grid"

    def header_row(repeat):
        hr = t.add_row()
        for c, h in enumerate(TEMPLATE_HEAD):
            fill_cell(hr.cells[c], h, bold=True)
            shade(hr.cells[c], "D9E2F3")
        if repeat:
            set_repeat_header(hr)
        set_cant_split(hr)
        return hr

    header_row(True)
    for i, row in enumerate(rows):
        if i == 5:
            # the second Excel print page pasted below the first: page break + its header row
            hr = header_row(False)
            p = hr.cells[0].paragraphs[0]
            p.paragraph_format.page_break_before = True
        tr = t.add_row()
        set_cant_split(tr)
        for c, v in enumerate(row[:8]):
            fill_cell(tr.cells[c], v)
        expect(fil, N, row[2], row[8], row[9])
    widths = [Cm(1.0), Cm(3.0), Cm(5.5), Cm(4.0), Cm(2.0), Cm(3.2), Cm(2.6), Cm(5.4)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Förklaring status").bold = True
    lt = d.add_table(rows=0, cols=2)
    lt.style = "Table Grid"
    for s, txt in LEGEND:
        lr = lt.add_row()
        fill_cell(lr.cells[0], s)
        fill_cell(lr.cells[1], txt)
        shade(lr.cells[0], "FFF2CC")
    d.add_paragraph()
    d.add_paragraph("Sara Nyberg\nNämndsekreterare, samhällsbyggnadsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. TN - old .xls (xlwt), the template's status column filled with
#    ✓ / – / (✓) and no legend at all.
# ---------------------------------------------------------------------------
def make_tn():
    fil = "TN delår IK 2025.xls"
    N = "Tekniska nämnden"
    rows = [
        ("1", "Gata/park", "Vinterväghållning: entreprenörens utförande kontrolleras mot avtal",
         "Stickprov 10 utryckningar", "Vintersäsong", "Gatuchef", "✓", "Inga avvikelser", "GENOMFORD", "nej"),
        ("2", "VA", "Debitering av VA-avgifter sker enligt taxa",
         "Stickprov 20 abonnenter", "Halvår", "VA-ekonom", "✓",
         "1 abonnent hade fel taxa (lägenhetsavgift), rättat och kreditfaktura skickad.", "GENOMFORD", "ja"),
        ("3", "Fastighet", "Internhyra enligt hyresavtal stämmer med fakturering",
         "Avstämning hyresavtal mot fakturerad internhyra", "Årligen", "Fastighetsekonom", "(✓)",
         "Avstämt för förskolor och skolor, övriga lokaler kvar.", "DELVIS", ""),
        ("4", "Måltid", "Livsmedelsinköp sker från upphandlade leverantörer",
         "Stickprov 15 fakturor", "Tertial", "Kostchef", "✓", None, "GENOMFORD", ""),
        ("5", "Fordon", "Körjournaler förs för kommunens fordon",
         "Stickprov 10 fordon", "Halvår", "Fordonssamordnare", "–",
         "Ej gjord, genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("6", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av direktupphandlingar i e-Avrop", "Halvår", "Inköpare", "(✓)", None, "DELVIS", ""),
        ("7", "Avfall", "Renhållningsavgifter debiteras enligt taxa",
         "Stickprov 20 kunder", "Årligen", "Avfallschef", "–", None, "EJ_GENOMFORD", ""),
        ("8", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 8 beslut", "Årligen", "Trafikhandläggare", "✓",
         "Handläggningen övertagen från BUN 1 mars. Samtliga 8 beslut enligt delegation.", "GENOMFORD", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    ws._Worksheet__header_str = "&CTekniska förvaltningen"  # xlwt py3 bug with non-ascii via the property
    ws.footer_str = b"&P"
    bold = xlwt.easyxf("font: bold on, height 280")
    bold2 = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on, colour white; pattern: pattern solid, fore_colour dark_blue; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    center = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: horiz center, vert top")
    ws.write(0, 0, "Tekniska nämnden", bold)
    ws.write(1, 0, "Internkontroll 2025 – uppföljning delår", bold2)
    hr = 3
    for c, h in enumerate(TEMPLATE_HEAD):
        ws.write(hr, c, h, head)
    r = hr
    for row in rows:
        r += 1
        for c, v in enumerate(row[:8]):
            ws.write(r, c, "" if v is None else v, center if c == 6 else body)
        expect(fil, N, row[2], row[8], row[9])
    ws.write(r + 2, 0, "/Per Dahl, förvaltningschef")
    widths = [5, 14, 44, 34, 12, 18, 12, 48]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. MHN - answered in a plain e-mail, saved from Outlook as .txt (cp1252),
#    numbered lines, original request quoted below.
# ---------------------------------------------------------------------------
def make_mhn():
    fil = "SV Uppföljning intern kontroll delår 2025 - MHN.txt"
    N = "Miljö- och hälsoskyddsnämnden"
    items = [
        ("Tillsynsavgifter debiteras enligt taxa",
         " – genomförd, stickprov 15 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("Timavgift för extra offentlig kontroll (livsmedel) debiteras",
         " – delvis. Bara livsmedel kontrollerat,\r\n   miljöbalkstillsynen tas i november.", "DELVIS", ""),
        ("Handläggningstid för anmälan om värmepump (max 6 veckor)",
         " – genomförd. 3 ärenden tog längre tid, orsak semester.", "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnden", " – genomförd, ok.", "GENOMFORD", "nej"),
        ("Jäv: inspektörer handlägger inte ärenden där de är jäviga",
         " – ej genomförd, planerad till oktober.", "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         " – gjord av controller i juni, inga anmärkningar.", "GENOMFORD", "nej"),
        ("Kontrollplanen för livsmedelstillsyn följs (antal planerade inspektioner)",
         " – genomförs under hösten, vi ligger efter pga vakans.", "EJ_GENOMFORD", ""),
        ("Uppföljning av förelägganden med vite",
         " – utgår, ersatt av punkt 5 enligt nämndens beslut i mars.", "UTGAR", ""),
    ]
    L = []
    L.append("Från: Karin Sjöberg <karin.sjoberg@bjorkvik.se>")
    L.append("Skickat: den 3 september 2025 16:47")
    L.append("Till: Ekonomienheten <ekonomi@bjorkvik.se>")
    L.append("Ämne: SV: Uppföljning intern kontroll delår 2025")
    L.append("")
    L.append("Hej!")
    L.append("")
    L.append("Hann inte fylla i mallen, så här kommer Miljö- och hälsoskyddsnämndens uppföljning "
             "av internkontrollplanen för delåret direkt i mejlet. Numreringen följer nämndens plan "
             "(MHN 2024-12-11 § 98).")
    L.append("")
    for i, (km, rest, st, av) in enumerate(items, start=1):
        L.append(f"{i}. {km}{rest}")
        expect(fil, N, km, st, av)
    L.append("")
    L.append("Ring om något är oklart.")
    L.append("")
    L.append("Mvh")
    L.append("Karin Sjöberg")
    L.append("Nämndsekreterare, Miljökontoret")
    L.append("Björkviks kommun")
    L.append("Tel 0581-71 24 30")
    L.append("")
    L.append("-----Ursprungligt meddelande-----")
    L.append("Från: Ekonomienheten <ekonomi@bjorkvik.se>")
    L.append("Skickat: den 18 augusti 2025 09:02")
    L.append("Till: Nämndsekreterare")
    L.append("Ämne: Uppföljning intern kontroll delår 2025")
    L.append("")
    L.append("Hej,")
    L.append("")
    L.append("Bifogat finns mallen för uppföljning av internkontrollplanen till delårsrapporten 2025. "
             "Fyll i kolumnen \"Status delår\" (Genomförd / Delvis genomförd / Ej genomförd / Ej aktuell) "
             "och kommentera avvikelser. Skicka till ekonomienheten senast 5 september.")
    L.append("")
    L.append("Hälsningar")
    L.append("Ekonomienheten, kommunledningsförvaltningen")
    text = "\r\n".join(L) + "\r\n"
    with open(out(fil), "wb") as f:
        f.write(text.encode("cp1252"))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Governance-system export (Stratsys-like), several nämnder in column
#    "Organisation", Helår columns present but empty.
# ---------------------------------------------------------------------------
def make_export():
    fil = "Export_Internkontroll_2025-09-10.xlsx"
    KS = "Kommunstyrelsen"
    OFN = "Överförmyndarnämnden"
    BB = "Björkviks Bostäder AB"
    head = ["Organisation", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Frekvens", "Status Delår 2025", "Kommentar Delår 2025", "Status Helår 2025",
            "Kommentar Helår 2025"]
    rows = [
        # org text in file, register name, process, risk, km, metod, ansv, frekv, status, komm, exp, avv
        ("Kommunledningsförvaltningen", KS, "Lön", "Felaktiga löneutbetalningar",
         "Löneutbetalningar stämmer mot beslutad lönerevision",
         "Stickprov 25 anställda", "Lönechef", "Årligen", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kommunledningsförvaltningen", KS, "Upphandling", "Köp utanför avtal",
         "Avtalstrohet vid inköp", "Spendanalys leverantörsreskontra", "Upphandlingschef", "Halvår",
         "Genomförd", "Avtalstrohet 87 % (mål 90 %). Köp utanför avtal främst IT-konsulttjänster.",
         "GENOMFORD", "ja"),
        ("Kommunledningsförvaltningen", KS, "IT", "Obehörig åtkomst",
         "Behörigheter i ekonomisystemet stäms av mot aktiva anställningar",
         "Behörighetslista Raindance mot Heroma", "Systemförvaltare ekonomi", "Halvår",
         "Pågående", "Avstämning pågår.", "DELVIS", ""),
        ("Kommunledningsförvaltningen", KS, "Ekonomi", "Felaktiga betalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Controller KLF", "Tertial", "Genomförd", None, "GENOMFORD", ""),
        ("Kommunledningsförvaltningen", KS, "Dokumenthantering", "Handlingar hålls inte tillgängliga",
         "Allmänna handlingar diarieförs utan dröjsmål", "Stickprov 20 inkomna handlingar",
         "Kommunarkivarie", "Årligen", "Ej påbörjad", "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Kommunledningsförvaltningen", KS, "Säkerhet", "Bristande krisberedskap",
         "Kommunens krisledningsplan är uppdaterad och känd", "Genomgång av plan och utbildningslogg",
         "Säkerhetssamordnare", "Årligen", None, None, "SAKNAS", ""),
        ("Överförmyndarnämnden", OFN, "Granskning", "Förskingring av huvudmans medel",
         "Årsräkningar granskas senast 30 juni", "Uttag ur Wärna", "Handläggare ÖFE", "Årligen",
         "Genomförd", "96 % granskade per 30/6, 11 akter försenade.", "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", OFN, "Arvoden", "Felaktiga arvoden",
         "Arvoden till ställföreträdare beräknas enligt riktlinjer", "Stickprov 15 arvodesbeslut",
         "Enhetschef ÖFE", "Årligen", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", OFN, "Rekrytering", "Olämpliga ställföreträdare",
         "Utdrag ur belastningsregistret inhämtas för nya gode män och förvaltare",
         "Stickprov 10 nya uppdrag", "Handläggare ÖFE", "Halvår", "Pågående", None, "DELVIS", ""),
        ("Överförmyndarnämnden", OFN, "Granskning", "Bristande tillsyn",
         "Förteckningar inkommer inom två månader från förordnande", "Bevakning i Wärna",
         "Handläggare ÖFE", "Årligen", "Ej aktuell",
         "Kontrollen utgår 2025, ingår i ordinarie ärendebevakning.", "UTGAR", ""),
        ("Björkviks Bostäder AB", BB, "Hyror", "Felaktig hyresdebitering",
         "Hyresavisering sker enligt gällande hyresavtal", "Stickprov 20 lägenheter",
         "Ekonomichef", "Halvår", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
        ("Björkviks Bostäder AB", BB, "Fastighetsförvaltning", "Eftersatt underhåll",
         "Planerat underhåll genomförs enligt underhållsplan", "Avstämning underhållsplan mot utfall",
         "Förvaltningschef", "Årligen", "Ej påbörjad", "Planerad till oktober.", "EJ_GENOMFORD", ""),
        ("Björkviks Bostäder AB", BB, "Ekonomi", "Felaktiga betalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor",
         "Ekonomichef", "Tertial", "Genomförd", "1 faktura saknade attest, åtgärdat.", "GENOMFORD", "ja"),
    ]
    wb = Workbook()
    fix_props(wb, "Stratsys")
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll – kontrollmoment"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Organisation: Björkviks kommun (inkl. underliggande enheter)"
    ws["A3"] = "Period: 2025"
    ws["A4"] = "Exporterad: 2025-09-10 14:32"
    hr = 6
    for c, h in enumerate(head, start=1):
        ws.cell(row=hr, column=c, value=h)
        ws.cell(row=hr, column=c).font = Font(bold=True)
        ws.cell(row=hr, column=c).fill = PatternFill("solid", fgColor="D9D9D9")
    r = hr
    for row in rows:
        r += 1
        vals = [row[0]] + list(row[2:10]) + [None, None]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v)
        expect(fil, row[1], row[4], row[10], row[11])
    ws.auto_filter.ref = f"A{hr}:{get_column_letter(len(head))}{r}"
    widths = [28, 20, 26, 46, 32, 22, 10, 16, 46, 16, 30]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(fil))
    for n in (KS, OFN, BB):
        FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: VON's covering letter (följebrev) sent along with its follow-up
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev IK delår 2025 VON.docx"
    d = docx.Document()
    d.core_properties.author = "Lena Berg"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "BJÖRKVIKS KOMMUN\tVård- och omsorgsförvaltningen"
    d.add_paragraph("2025-09-03\nDnr VON 2025/61")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan, delår 2025", level=1)
    d.add_paragraph("Härmed översänds vård- och omsorgsnämndens uppföljning av internkontrollplanen "
                    "för perioden januari–augusti 2025 (bifogad fil VON_IK_delar_2025.xlsx).")
    d.add_paragraph("Uppföljningen behandlas av nämnden den 18 september. Eventuella ändringar efter "
                    "nämndens behandling meddelas ekonomienheten senast den 19 september.")
    d.add_paragraph("Observera att ett par kontroller inte hunnit genomföras under våren på grund av "
                    "vakans på tjänsten som medicinskt ansvarig sjuksköterska. Dessa kontroller "
                    "genomförs under hösten och redovisas i helårsuppföljningen.")
    d.add_paragraph("Kontaktperson: Lena Berg, nämndsekreterare, tel 0581-71 25 02")
    d.add_paragraph("\nMed vänlig hälsning\n\nEva Strand\nFörvaltningschef")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "KLF"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "VOF"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "KFF"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen", "SBF"]),
    ("Tekniska nämnden", ["TN", "Tekniska förvaltningen", "TF"]),
    ("Miljö- och hälsoskyddsnämnden", ["MHN", "Miljökontoret", "Miljö- och hälsoskyddskontoret"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten", "ÖFE"]),
    ("Valnämnden", ["VN"]),
    ("Krisledningsnämnden", ["KLN"]),
    ("Björkviks Bostäder AB", ["Björkviksbostäder", "BBAB"]),
]


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n, a in REGISTER:
            w.writerow([n, "|".join(a)])
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    # remove earlier outputs (keep script and README)
    for name in os.listdir(HERE):
        if name in ("make_round.py", "README.md"):
            continue
        p = out(name)
        if os.path.isfile(p):
            os.remove(p)
    tmpdir = tempfile.mkdtemp(prefix="r148_")
    try:
        make_bun()
        make_sn()
        make_von()
        make_kfn(tmpdir)
        make_sbn()
        make_tn()
        make_mhn()
        make_export()
        make_reject()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
