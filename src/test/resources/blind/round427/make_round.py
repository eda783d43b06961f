#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 427 – Kopparbergs kommun (fiktiv), helår 2025.

Builds 7 follow-up files + 1 file to reject, and namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r427build"
LO_ENV = "-env:UserInstallation=file:///tmp/lo-round427"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(fmt, src, outdir):
    subprocess.run(["soffice", "--headless", LO_ENV, "--convert-to", fmt,
                    "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --------------------------------------------------------------------------
# Register
# --------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Bygg och miljö"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Kopparbergs Bostäder AB", "KBAB|Kopparbergs Bostäder|Bostadsbolaget"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "Genomförd": PatternFill("solid", fgColor="92D050"),
    "Delvis genomförd": PatternFill("solid", fgColor="FFFF00"),
    "Pågår": PatternFill("solid", fgColor="FFFF00"),
    "Ej genomförd": PatternFill("solid", fgColor="FF5050"),
    "Ej påbörjad": PatternFill("solid", fgColor="FF5050"),
    "Utgår": PatternFill("solid", fgColor="BFBFBF"),
}
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")


# ==========================================================================
# F1  Kommun-wide workbook: Instruktioner, Sammanställning, KS, BUN, KFN
# ==========================================================================
F1 = "IK uppföljning helår 2025 Kopparbergs kommun.xlsx"

# (nr, process, kontrollmoment, metod, frekvens, ansvarig, T2, helår, avvikelse, kommentar,
#  expected status, expected avvikelse)
KS_ROWS = [
    (1, "Inköp och upphandling",
     "Kontroll av att inköp över direktupphandlingsgränsen har föregåtts av upphandling eller dokumenterad direktupphandling",
     "Stickprov 20 leverantörer med köp > 100 tkr", "Helår", "Upphandlingsstrateg",
     "Delvis genomförd", "Genomförd", "Ja",
     "Stickprov av 20 leverantörer. Två inköp av IT-konsulttjänster (sammanlagt 712 tkr) saknade upphandling. "
     "Information till berörda chefer i ledningsgruppen 2025-11-18.",
     "GENOMFORD", "ja"),
    (2, "Ekonomi",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 30 fakturor ur Raindance", "Tertial", "Redovisningsansvarig",
     "Genomförd", "Genomförd", "Nej",
     "Inga avvikelser. Samtliga fakturor attesterade av behörig attestant.",
     "GENOMFORD", "nej"),
    (3, "Löner och arvoden",
     "Kontroll av att förtroendevaldas arvoden och ersättningar för förlorad arbetsinkomst betalas ut enligt arvodesreglementet",
     "Stickprov 15 utbetalningar", "Helår", "Lönechef",
     "Ej påbörjad", "Genomförd", "Nej",
     "Kontroll genomförd i november, 15 utbetalningar stämda mot närvarolistor. Inga fel.",
     "GENOMFORD", "nej"),
    (4, "IT och informationssäkerhet",
     "Kontroll av att behörigheter i ekonomisystemet tas bort när anställning upphör",
     "Avstämning avslutade anställningar mot aktiva användare", "Helår", "IT-chef",
     None, "Delvis genomförd", "Ja",
     "Avslutade anställningar jan–jun kontrollerade: fyra konton var fortfarande aktiva efter slutdatum och har stängts.\n"
     "Perioden jul–dec kontrolleras i januari 2026.",
     "DELVIS", "ja"),
    (5, "Ekonomi",
     "Representation och förtroendekänsliga poster – kontroll av syfte och deltagare på fakturor",
     "Stickprov 25 fakturor konto 7610–7630", "Helår", "Controller",
     "Genomförd", "Genomförd", "Ja",
     "Genomförd med anmärkning: 3 av 25 fakturor saknade deltagarförteckning.",
     "GENOMFORD", "ja"),
    (6, "Ärendehantering",
     "Diarieföring av inkomna allmänna handlingar sker utan dröjsmål",
     "Stickprov registrator, 2 veckor", "Tertial", "Kanslichef",
     "Delvis genomförd", None, None, None,
     "DELVIS", ""),
    (7, "Ärendehantering",
     "Återrapportering av delegationsbeslut till kommunstyrelsen",
     "Genomgång av delegationslistor mot protokoll", "Helår", "Kanslichef",
     "Ej påbörjad", "Ej genomförd", "–",
     "Ej genomförd på grund av vakans på kansliet under hösten. Kontrollen flyttas till internkontrollplan 2026.",
     "EJ_GENOMFORD", ""),
    (8, "Säkerhet och beredskap",
     "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet",
     "Genomgång av planer", "Helår", "Säkerhetssamordnare",
     "Utgår", "Utgår", None,
     "Utgår enligt beslut KS 2025-05-14 § 87. Ersätts av arbetet med civilt försvar.",
     "UTGAR", ""),
]

BUN_ROWS = [
    (1, "Elevhälsa och trygghet",
     "Kontroll av att anmälningar om kränkande behandling utreds skyndsamt",
     "Genomgång av samtliga anmälningar i DF Respons", "Tertial", "Verksamhetschef grundskola",
     "Genomförd", "Genomförd", "Ja",
     "42 anmälningar granskade. 6 utredningar avslutades senare än fyra veckor efter anmälan. "
     "Rektorerna har påmints om rutinen.",
     "GENOMFORD", "ja"),
    (2, "Skolskjuts",
     "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
     "Stickprov 15 beslut", "Helår", "Nämndsekreterare",
     "Genomförd", "Genomförd", "Nej", "Inga avvikelser.",
     "GENOMFORD", "nej"),
    (3, "Elevhälsa och trygghet",
     "Uppföljning av elevers frånvaro enligt rutin vid hög frånvaro",
     "Kontroll av frånvarorapporter i Skolplattformen", "Tertial", "Rektorer",
     "Delvis genomförd", "Delvis genomförd", "Ja",
     "Kontrollen gjord på fyra av sex skolor. På Kopparbergs skola saknades kontakt med vårdnadshavare i 3 ärenden.\n"
     "Bergslagsskolan och Ställdalens skola kontrolleras under vt 2026.",
     "DELVIS", "ja"),
    (4, "Avgifter",
     "Debitering av barnomsorgsavgift – kontroll av inkomstuppgifter",
     "Inkomstkontroll mot Skatteverket", "Helår", "Administratör barnomsorg",
     "Pågår", "Genomförd", "Nej", "Inkomstkontroll avseende inkomståret 2024 genomförd. Inga avvikelser.",
     "GENOMFORD", "nej"),
    (5, "Personal",
     "Kontroll av att utdrag ur belastningsregistret har uppvisats vid nyanställning i förskola och skola",
     "Stickprov 30 nyanställningar", "Helår", "HR-konsult",
     None, "Genomförd", "Ja",
     "2 av 30 anställningar saknade dokumentation om uppvisat registerutdrag. Utdrag har begärts in i efterhand.",
     "GENOMFORD", "ja"),
    (6, "Ekonomi",
     "Ansökan och återrapportering av riktade statsbidrag sker i rätt tid",
     "Genomgång av bidragsförteckning", "Helår", "Controller BUF",
     "Ej påbörjad", "Ej genomförd", None,
     "Ej genomförd, resursbrist på ekonomienheten.",
     "EJ_GENOMFORD", ""),
    (7, "Inköp",
     "Beställning av varor sker via e-handelssystemet",
     "Andel e-handelsfakturor av totalt antal fakturor", "Tertial", "Controller BUF",
     "Pågår", "Pågår", "Nej",
     "Andel e-handel 64 %.\nMätningen fortsätter, slutlig sammanställning i februari.",
     "DELVIS", "nej"),
    (8, "Kvalitet",
     "Det systematiska kvalitetsarbetet dokumenteras enligt nämndens årshjul",
     "Granskning av enheternas kvalitetsrapporter", "Helår", "Kvalitetsutvecklare",
     None, None, None, "Se bilaga 2, Kvalitetsrapport 2025.",
     "OKLAR", ""),
    (9, "Lokaler och säkerhet",
     "Systematiskt brandskyddsarbete (SBA) genomförs och dokumenteras på samtliga förskolor",
     "Kontroll av SBA-pärmar", "Helår", "Förskolechefer",
     "Genomförd", "Genomförd", "Nej", "Samtliga sju förskolor har dokumenterade kontroller.",
     "GENOMFORD", "nej"),
]

KFN_ROWS = [
    (1, "Bidrag",
     "Kontroll av att utbetalda föreningsbidrag grundas på korrekt redovisat medlemsantal och aktiviteter",
     "Stickprov 10 föreningar", "Helår", "Fritidskonsulent",
     None, "Genomförd", "Ja",
     "En förening hade redovisat samma aktiviteter två gånger. Återkrav 18 400 kr beslutat.",
     "GENOMFORD", "ja"),
    (2, "Kassahantering",
     "Kassahantering i simhallens reception – daglig avstämning mot kassasystem",
     "Stickprov 10 dagar", "Tertial", "Badhuschef",
     "Genomförd", "Genomförd", "Nej", "Inga differenser.",
     "GENOMFORD", "nej"),
    (3, "Uthyrning",
     "Fakturering av lokaluthyrning sker enligt beslutad taxa",
     "Avstämning bokningssystem mot fakturor", "Helår", "Bokningsansvarig",
     None, "Delvis genomförd", "Nej",
     "Kontrollen gjord för sporthallarna utan avvikelser. Kulturhuset återstår.",
     "DELVIS", "nej"),
    (4, "Bibliotek",
     "Inventering av mediebestånd och dokumentation av avskrivningar",
     "Inventeringslistor", "Helår", "Bibliotekschef",
     None, None, None, None,
     "SAKNAS", ""),
    (5, "Inköp",
     "Avtalstrohet vid inköp av tjänster till evenemang",
     "Stickprov 10 fakturor", "Helår", "Kultursekreterare",
     "Ej påbörjad", "Ej genomförd", None, "Flyttas till 2026.",
     "EJ_GENOMFORD", ""),
    (6, "Personal",
     "Kontroll av att timanställda har giltigt anställningsavtal före första arbetspasset",
     "Stickprov 12 timanställda", "Helår", "Förvaltningschef",
     "Genomförd", "Genomförd", "Nej", "Samtliga hade avtal.",
     "GENOMFORD", "nej"),
]

STATUS_LIST = '"Genomförd,Delvis genomförd,Ej genomförd,Utgår"'


def f1_nämnd_sheet(wb, title, title_value, rows, filled_by):
    ws = wb.create_sheet(title)
    ws["A1"] = "Nämnd:"
    ws["A1"].font = Font(bold=True)
    ws["B1"] = title_value
    ws["B1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod:"
    ws["B2"] = "Helår 2025 (tertial 3)"
    ws["A3"] = "Fyll i gula kolumner. Status väljs i listan, se fliken Instruktioner."
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    heads = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Status T2 (aug)", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd helår"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.alignment = WRAP
        cell.border = BORDER
    r = 6
    for row in rows:
        vals = row[:10]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        for c in (7, 8):
            v = ws.cell(row=r, column=c).value
            if v in FILL:
                ws.cell(row=r, column=c).fill = FILL[v]
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G6:H{last}")
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"I6:I{last}")
    ws.cell(row=last + 2, column=2, value="Ifylld av:")
    ws.cell(row=last + 2, column=3, value=filled_by[0])
    ws.cell(row=last + 3, column=2, value="Datum:")
    ws.cell(row=last + 3, column=3, value=filled_by[1])
    widths = [5, 20, 48, 28, 10, 20, 14, 16, 12, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    return ws, last


def build_f1():
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktioner"
    lines = [
        ("Uppföljning av internkontrollplaner – helår 2025", Font(bold=True, size=16)),
        ("Kopparbergs kommun, ekonomiavdelningen", Font(italic=True)),
        (None, None),
        ("Så här fyller du i", Font(bold=True, size=12)),
        ("1. Varje nämnd har en egen flik. Kontrollmomenten är förifyllda från nämndens antagna internkontrollplan.", None),
        ("2. Ange status för helåret i kolumnen 'Status helår' och om avvikelse har upptäckts (Ja/Nej).", None),
        ("3. Beskriv resultat och eventuella åtgärder i kommentarskolumnen. Hänvisa inte bara till bilagor.", None),
        ("4. Lämna filen till ekonomiavdelningen senast 2026-01-23. Nämnder som redovisar i egen mall bifogar sin rapport.", None),
        (None, None),
        ("Statusalternativ", Font(bold=True, size=12)),
    ]
    r = 1
    for text, font in lines:
        if text:
            ins.cell(row=r, column=1, value=text)
            if font:
                ins.cell(row=r, column=1).font = font
        r += 1
    legend = [("Genomförd", "Kontrollen är utförd enligt plan (ange avvikelse Ja om fel upptäcktes)"),
              ("Delvis genomförd", "Kontrollen är påbörjad eller gjord på en del av urvalet"),
              ("Ej genomförd", "Kontrollen har inte utförts under perioden"),
              ("Utgår", "Kontrollen har strukits genom beslut i nämnden")]
    for status, desc in legend:
        ins.cell(row=r, column=1, value=status).fill = FILL[status]
        ins.cell(row=r, column=2, value=desc)
        r += 1
    ins.column_dimensions["A"].width = 22
    ins.column_dimensions["B"].width = 80

    summ = wb.create_sheet("Sammanställning")
    summ["A1"] = "Sammanställning status helår 2025"
    summ["A1"].font = Font(bold=True, size=14)
    heads = ["Nämnd", "Antal kontroller", "Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår", "Ej ifyllt"]
    for c, h in enumerate(heads, 1):
        cell = summ.cell(row=3, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL

    sheets = [
        ("KS", "Kommunstyrelsen", KS_ROWS, ("Maria Ekholm, controller", "2026-01-19"), "Kommunstyrelsen"),
        ("BUN", "Barn- och utbildningsförvaltningen", BUN_ROWS, ("Jonas Berg", "2026-01-22"),
         "Barn- och utbildningsnämnden"),
        ("KFN", "[Nämndens namn]", KFN_ROWS, ("", ""), "Kultur- och fritidsnämnden"),
    ]
    r = 4
    for sheet, title_value, rows, filled_by, regname in sheets:
        ws, last = f1_nämnd_sheet(wb, sheet, title_value, rows, filled_by)
        rng = f"'{sheet}'!H6:H{last}"
        summ.cell(row=r, column=1, value=sheet)
        summ.cell(row=r, column=2, value=f"=COUNTA('{sheet}'!C6:C{last})")
        summ.cell(row=r, column=3, value=f'=COUNTIF({rng},"Genomförd")')
        summ.cell(row=r, column=4, value=f'=COUNTIF({rng},"Delvis genomförd")+COUNTIF({rng},"Pågår")')
        summ.cell(row=r, column=5, value=f'=COUNTIF({rng},"Ej genomförd")')
        summ.cell(row=r, column=6, value=f'=COUNTIF({rng},"Utgår")')
        summ.cell(row=r, column=7, value=f"=B{r}-SUM(C{r}:F{r})")
        for row in rows:
            exp(F1, regname, row[2], row[10], row[11])
        r += 1
    summ.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    for c in range(2, 8):
        col = chr(64 + c)
        summ.cell(row=r, column=c, value=f"=SUM({col}4:{col}{r - 1})").font = Font(bold=True)
    summ.cell(row=r + 2, column=1,
              value="Tekniska nämnden, Samhällsbyggnadsnämnden, Socialnämnden, Vård- och omsorgsnämnden och "
                    "Överförmyndarnämnden redovisar i egna dokument.")
    summ.column_dimensions["A"].width = 16
    for c in "BCDEFG":
        summ.column_dimensions[c].width = 16

    tmp = os.path.join(BUILD, F1)
    wb.save(tmp)
    # Round trip through LibreOffice so the summary formulas get cached values
    conv = os.path.join(BUILD, "conv")
    os.makedirs(conv, exist_ok=True)
    soffice("xlsx:Calc MS Excel 2007 XML", tmp, conv)
    shutil.copy(os.path.join(conv, F1), os.path.join(OUT, F1))
    for regname in ("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden"):
        FILES.append((F1, "INLAST", regname, "2025", "HELAR"))


# ==========================================================================
# F2  Tekniska nämnden – plan on one sheet, follow-up on another
# ==========================================================================
F2 = "TN plan och uppföljning IK 2025.xlsx"

# nr, process, risk, S, K, kontrollmoment, metod, frekvens, ansvarig, återrapport,
#  follow-up: (gen, pag, ej, resultat, åtgärd, avvikelse) or None, exp status, exp avv
TN = [
    (1, "VA-taxa", "Abonnenter faktureras inte eller fel", 3, 3,
     "Kontroll av att samtliga VA-abonnenter faktureras enligt gällande VA-taxa",
     "Avstämning kundregister mot fastighetsregister", "Helår", "VA-chef", "Helår",
     ("X", "", "", "Avstämning mot fastighetsregistret. 14 fastigheter med anslutning saknade debitering.",
      "Debitering rättad, retroaktiv fakturering 2 år.", "Ja"), "GENOMFORD", "ja"),
    (2, "Fordon", "Privat användning av kommunens fordon", 2, 3,
     "Körjournaler för kommunens fordon förs och attesteras månadsvis",
     "Stickprov 10 fordon, 3 månader", "T2, helår", "Fordonssamordnare", "T2, helår",
     ("X", "", "", "Samtliga körjournaler förda och attesterade.", "", "Nej"), "GENOMFORD", "nej"),
    (3, "Drivmedel", "Otillåten tankning", 2, 2,
     "Kontroll av tankkort – transaktioner stäms av mot körjournal",
     "Avstämning drivmedelsfakturor", "Kvartal", "Fordonssamordnare", "Helår",
     ("", "X", "", "Kvartal 1–3 kontrollerade utan anmärkning. Kvartal 4 pågår.", "", "Nej"), "DELVIS", "nej"),
    (4, "Upphandling", "Avrop sker utanför ramavtalets fördelning", 3, 3,
     "Avrop från ramavtal för mark- och anläggningsentreprenader sker enligt avtalets fördelningsnyckel",
     "Genomgång av avrop", "Helår", "Upphandlare", "Helår",
     ("", "", "X", "Hann inte genomföras under året.", "Flyttas till plan 2026.", ""), "EJ_GENOMFORD", ""),
    (5, "Lager", "Svinn i förråd", 2, 2,
     "Inventering av förråd vid gatuavdelningen vid årsskiftet",
     "Inventering", "Helår", "Arbetsledare gata", "Helår",
     ("X", "X", "", "Se inventeringslista.", "", ""), "OKLAR", ""),
    (6, "Arbetsmiljö", "Olyckor på arbetsplatsen", 3, 4,
     "Skyddsronder på reningsverk och återvinningscentral genomförs enligt plan",
     "Protokoll skyddsronder", "Helår", "Driftchef", "Helår",
     ("X", "", "", "Skyddsronder genomförda. Brister i kemikalieförteckningen på ÅVC.",
      "Kemikalieförteckning uppdaterad november 2025.", "Ja"), "GENOMFORD", "ja"),
    (7, "Avtalsuppföljning", "Betalning för ej utförd snöröjning", 2, 3,
     "Uppföljning av entreprenörernas snöröjning mot avtal – kontroll av körrapporter",
     "Stickprov körrapporter mot GPS-data", "Helår", "Gatuchef", "Helår",
     None, "SAKNAS", ""),
    (8, "Kost", "Livsmedelssäkerhet brister", 2, 4,
     "Egenkontrollprogrammet för livsmedel följs i kommunens tillagningskök",
     "Granskning egenkontroll", "Helår", "Kostchef", "Helår",
     ("X", "", "", "Egenkontroll dokumenterad i samtliga fem kök.", "", "Nej"), "GENOMFORD", "nej"),
    (9, "Investeringar", "Överskridande av investeringsbudget", 3, 3,
     "Projektredovisning för investeringsprojekt stäms av mot budget varje tertial",
     "Avstämning projektrapporter", "Tertial", "Controller", "T1, T2, helår",
     ("", "", "", "Utgår – hanteras inom den nya investeringsprocessen (beslut TN 2025-06-11 § 58).", "", ""),
     "UTGAR", ""),
]


def build_f2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Tekniska nämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av tekniska nämnden 2025-02-19 § 12"
    ws["A2"].font = Font(italic=True)
    heads = ["Nr", "Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde",
             "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Återrapportering"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    r = 5
    for t in TN:
        vals = [t[0], t[1], t[2], t[3], t[4], f"=D{r}*E{r}", t[5], t[6], t[7], t[8], t[9]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        r += 1
    ws.cell(row=r + 1, column=1, value="Riskvärde = sannolikhet × konsekvens. Riskvärde 9 eller högre ger kontrollmoment i planen.")
    for col, w in zip("ABCDEFGHIJK", [5, 16, 30, 11, 11, 10, 50, 30, 10, 18, 14]):
        ws.column_dimensions[col].width = w

    fu = wb.create_sheet("Uppföljning helår")
    fu["A1"] = "Uppföljning av internkontrollplan 2025 – helår"
    fu["A1"].font = Font(bold=True, size=14)
    fu["A2"] = "Markera med X. Avvikelse anges Ja/Nej."
    fu["A2"].font = Font(italic=True)
    fu.merge_cells("C3:E3")
    fu["C3"] = "Status"
    fu["C3"].alignment = Alignment(horizontal="center")
    fu["C3"].font = Font(bold=True)
    heads = ["Nr", "Kontrollmoment", "Genomförd", "Pågår", "Ej genomförd", "Resultat/iakttagelser",
             "Åtgärder", "Avvikelse"]
    for c, h in enumerate(heads, 1):
        cell = fu.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    r = 5
    for t in TN:
        follow = t[10]
        exp(F2, "Tekniska nämnden", t[5], t[11], t[12])
        if follow is None:
            continue   # control 7 was left out of the follow-up sheet
        vals = [t[0], t[5]] + list(follow)
        for c, v in enumerate(vals, 1):
            cell = fu.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BORDER
            if c in (3, 4, 5):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    fu.cell(row=r + 1, column=1, value="Sammanställt av Per Holm, controller tekniska förvaltningen, 2026-01-15")
    for col, w in zip("ABCDEFGH", [5, 50, 11, 9, 12, 50, 40, 10]):
        fu.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, F2))
    FILES.append((F2, "INLAST", "Tekniska nämnden", "2025", "HELAR"))


# ==========================================================================
# docx helpers
# ==========================================================================
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_text(doc, text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


# ==========================================================================
# F3  Samhällsbyggnadsnämnden – Word table with colour-only status
# ==========================================================================
F3 = "Samhällsbyggnadsnämnden uppföljning internkontroll 2025.docx"
GREEN, ORANGE, YELLOW, RED = "00B050", "FFC000", "FFFF00", "FF0000"
SBN = [
    ("Bygglov", None),
    ("Bygglov", ("Handläggningstid för bygglov inom lagstadgad tid (10 veckor)",
                 "62 av 65 ärenden inom tid.",
                 "Samtliga 131 beslutade ärenden kontrollerade. 5 ärenden överskred 10 veckor; avgiften har reducerats enligt PBL 12 kap. 8 a §.",
                 ORANGE, "GENOMFORD", "ja")),
    ("Bygglov", ("Avgiftsuttag för bygglov sker enligt gällande taxa",
                 "Ej påbörjad.",
                 "Stickprov på 15 ärenden. Inga avvikelser.",
                 GREEN, "GENOMFORD", "nej")),
    ("Miljötillsyn", None),
    ("Miljötillsyn", ("Tillsynsplanen följs – genomförda tillsynsbesök jämfört med plan",
                      "Pågår.",
                      "Kontrollen pågår. Sammanställning av årets tillsynsbesök blir klar i februari 2026.",
                      YELLOW, "DELVIS", "")),
    ("Miljötillsyn", ("Debitering av timavgift för tillsyn sker löpande",
                      "",
                      "Har inte kunnat genomföras på grund av byte av verksamhetssystem under hösten.",
                      RED, "EJ_GENOMFORD", "")),
    ("Administration och ekonomi", None),
    ("Administration och ekonomi", ("Attest av leverantörsfakturor enligt attestordningen",
                                    "Genomförd, inga avvikelser.",
                                    "Genomförd, inga avvikelser.",
                                    GREEN, "GENOMFORD", "nej")),
    ("Administration och ekonomi", ("Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
                                    "",
                                    "Genomgång av samtliga delegationslistor. Två beslut om strandskyddsdispens anmäldes ett sammanträde för sent.",
                                    ORANGE, "GENOMFORD", "ja")),
    ("Administration och ekonomi", ("Hantering av personuppgifter i kartsystemet (GIS) följer dataskyddsförordningen",
                                    "",
                                    "",
                                    None, "SAKNAS", "")),
]


def build_f3():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    header_text(doc, "KOPPARBERGS KOMMUN\tTjänsteskrivelse\tDnr SBN 2025/48")
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=1)
    p = doc.add_paragraph()
    p.add_run("Samhällsbyggnadsnämnden").bold = True
    doc.add_paragraph(
        "Samhällsbyggnadsnämnden antog internkontrollplanen för 2025 den 20 februari 2025 (§ 14). "
        "Planen följs upp vid tertial 2 och helår. Nedan redovisas resultatet av årets kontroller. "
        "Bedömningen anges med färg enligt förklaringen under tabellen.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Uppföljning T2", "Uppföljning helår", "Bedömning"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for proc, data in SBN:
        row = t.add_row()
        if data is None:
            merged = row.cells[0].merge(row.cells[4])
            set_cell(merged, proc, bold=True)
            shade(merged, "DEEAF6")
            continue
        km, t2, hel, colour, st_, avv = data
        set_cell(row.cells[0], proc)
        set_cell(row.cells[1], km)
        set_cell(row.cells[2], t2)
        set_cell(row.cells[3], hel)
        set_cell(row.cells[4], "")
        if colour:
            shade(row.cells[4], colour)
        exp(F3, "Samhällsbyggnadsnämnden", km, st_, avv)
    widths = [Cm(3), Cm(5), Cm(3.5), Cm(5.5), Cm(2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph().add_run("Förklaring bedömning").bold = True
    for colour, text in [(GREEN, "Grön – kontrollen genomförd, inga avvikelser"),
                         (ORANGE, "Orange – kontrollen genomförd, avvikelser noterade"),
                         (YELLOW, "Gul – kontrollen delvis genomförd eller pågår"),
                         (RED, "Röd – kontrollen ej genomförd")]:
        p = doc.add_paragraph()
        run = p.add_run("■ ")
        run.font.color.rgb = RGBColor.from_string(colour)
        run.font.size = Pt(14)
        p.add_run(text)
    doc.add_paragraph()
    doc.add_paragraph("Kopparberg 2026-01-27")
    doc.add_paragraph("Anna Lindqvist\nFörvaltningschef, samhällsbyggnadsförvaltningen")
    doc.save(os.path.join(OUT, F3))
    FILES.append((F3, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))


# ==========================================================================
# F4  Vård- och omsorgsnämnden – text only, nämnd only in page header
# ==========================================================================
F4 = "IK helår 2025 - slutlig.docx"
VON = [
    ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut inom hemtjänsten",
     ["Resultat: 80 nya beslut granskades. I 71 fall fanns genomförandeplan inom 14 dagar, i 9 fall dröjde den upp till fem veckor.",
      "Status: Genomförd med avvikelse.",
      "Åtgärd: Enhetscheferna har fått i uppdrag att följa upp planerna månadsvis."],
     "GENOMFORD", "ja"),
    ("Signeringslistor för läkemedel kontrolleras på särskilda boenden",
     ["Resultat: Stickprov på tre boenden, två veckor per boende. Listorna var fullständigt signerade.",
      "Status: Genomförd. Inga avvikelser."],
     "GENOMFORD", "nej"),
    ("Avvikelser enligt HSL och SoL (lex Sarah) rapporteras, utreds och analyseras",
     ["Resultat: Avvikelser för kvartal 1–3 är sammanställda och analyserade i kvalitetsrådet. Analysen för kvartal 4 pågår.",
      "Status: Delvis genomförd."],
     "DELVIS", ""),
    ("Debitering av omsorgsavgifter sker enligt beslutad maxtaxa",
     ["Status: Ej genomförd.",
      "Kontrollen har flyttats till 2026 eftersom avgiftssystemet byttes ut under hösten."],
     "EJ_GENOMFORD", ""),
    ("Loggkontroll i verksamhetssystemet för att upptäcka obehörig åtkomst",
     ["Loggkontroller har gjorts varje månad under året enligt rutin. Vid två tillfällen upptäcktes att medarbetare "
      "öppnat journaler utan att ha en vårdrelation. Händelserna har utretts och anmälts till IMY."],
     "GENOMFORD", "ja"),
    ("Kontroll av att nattbemanningen följer beslutad bemanningsplan",
     ["Utgår. Nämnden beslutade 2025-04-23 § 41 att stryka kontrollen eftersom den ingår i den ordinarie verksamhetsuppföljningen."],
     "UTGAR", ""),
    ("Hantering av brukares privata medel på särskilda boenden",
     ["Status: Se bilaga 3."],
     "OKLAR", ""),
]


def build_f4():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    header_text(doc, "Vård- och omsorgsnämnden  |  Kopparbergs kommun")
    doc.sections[0].footer.paragraphs[0].text = "Uppföljning internkontroll 2025"
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    doc.add_paragraph(
        "Nämnden har under 2025 följt upp sju kontrollmoment i internkontrollplanen. Uppföljningen har gjorts "
        "av förvaltningens kvalitetsutvecklare tillsammans med enhetscheferna. Nedan redovisas varje kontrollmoment "
        "med resultat och bedömning. Sammantaget bedöms den interna kontrollen som i huvudsak tillräcklig.")
    for i, (km, paras, st_, avv) in enumerate(VON, 1):
        doc.add_heading(f"{i}. {km}", level=2)
        for ptxt in paras:
            doc.add_paragraph(ptxt)
        exp(F4, "Vård- och omsorgsnämnden", km, st_, avv)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen föreslår att kontrollmomenten om genomförandeplaner och loggkontroll förs över till "
        "internkontrollplanen för 2026.")
    doc.add_paragraph("Lena Sjöberg, kvalitetsutvecklare, 2026-01-21")
    doc.save(os.path.join(OUT, F4))
    FILES.append((F4, "INLAST", "Vård- och omsorgsnämnden", "2025", "HELAR"))


# ==========================================================================
# F5  Överförmyndarnämnden – easy .xls (xlwt)
# ==========================================================================
F5 = "Överförmyndarnämnden IK 2025 helår.xls"
OFN = [
    ("Årsräkningar", "Granskning av årsräkningar slutförs inom sex månader från inlämning", "Ja",
     "Samtliga 214 årsräkningar granskade inom sex månader.", "GENOMFORD", "nej"),
    ("Arvoden", "Arvode till ställföreträdare beslutas enligt nämndens riktlinjer", "Ja",
     "Stickprov 20 beslut. Ett arvode var felaktigt beräknat och har rättats.", "GENOMFORD", "ja"),
    ("Förteckningar", "Förteckningar inkommer inom två månader efter förordnande", "Delvis",
     "Påminnelserutin infördes i september. Uppföljning av kvartal 4 görs i januari 2026.", "DELVIS", ""),
    ("Lämplighetsprövning", "Lämplighetsprövning (kreditupplysning och utdrag ur belastningsregister) av nya ställföreträdare",
     "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Bankkonton", "Kontroll av att överförmyndarspärr finns på huvudmännens bankkonton", "Nej",
     "Ej genomförd, prioriterades bort p.g.a. hög ärendemängd.", "EJ_GENOMFORD", ""),
    ("Arkiv", "Akter arkiveras enligt dokumenthanteringsplanen", "Ja", "", "GENOMFORD", ""),
]


def build_f5():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden", bold)
    ws.write(1, 0, "Uppföljning internkontrollplan helår 2025")
    for c, h in enumerate(["Kontrollområde", "Kontrollmoment", "Utförd (Ja/Nej/Delvis)", "Kommentar"]):
        ws.write(3, c, h, hdr)
    for r, (omr, km, utf, kom, st_, avv) in enumerate(OFN, 4):
        for c, v in enumerate([omr, km, utf, kom]):
            ws.write(r, c, v, cellst)
        exp(F5, "Överförmyndarnämnden", km, st_, avv)
    ws.write(4 + len(OFN) + 1, 0, "Godkänd av nämnden 2026-02-05 § 4")
    for c, w in enumerate([20, 55, 14, 55]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, F5))
    FILES.append((F5, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))


# ==========================================================================
# F6  Kopparbergs Bostäder AB – .doc (via LibreOffice), T1/T2/Helår code columns
# ==========================================================================
F6 = "KBAB Internkontroll 2025 uppföljning.doc"
KBAB = [
    ("Hyresavisering – hyror debiteras enligt gällande hyresavtal", "Ekonom", "G", "G", "G",
     "Avstämning hyresreskontra mot avtal. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Kundreskontra – bevakning av hyresfordringar och inkassoåtgärder", "Ekonomichef", "G", "D", "G",
     "Två ärenden överlämnades till inkasso senare än rutinen anger.", "GENOMFORD", "ja"),
    ("Nyckelhantering – kvittens av nycklar vid in- och avflyttning", "Områdeschef", "", "", "D",
     "Rutinen följs i tre av fyra bostadsområden. Brister i Ställdalen, åtgärdas under 2026.", "DELVIS", "ja"),
    ("Upphandling av ramavtal för fastighetsunderhåll enligt LOU", "VD", "", "", "E",
     "Upphandlingen försenad, befintligt avtal förlängt ett år.", "EJ_GENOMFORD", ""),
    ("Attest av leverantörsfakturor enligt attestinstruktionen", "Ekonom", "G", "G", "G",
     "OK", "GENOMFORD", "nej"),
    ("Besiktning vid avflyttning dokumenteras i fastighetssystemet", "Områdeschef", "D", "D", "D",
     "", "DELVIS", ""),
    ("Systematiskt brandskyddsarbete – egenkontroller i flerbostadshus", "Fastighetschef", "", "", "U",
     "Utförs av räddningstjänsten enligt nytt avtal från 2025.", "UTGAR", ""),
    ("Lägenheter förmedlas enligt uthyrningspolicyn och bostadskön", "Uthyrningsansvarig", "", "", "G",
     "Stickprov på 15 kontrakt, samtliga enligt kön.", "GENOMFORD", "nej"),
]


def build_f6():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    r = p.add_run("Kopparbergs Bostäder AB")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – rapport till styrelsen, helår")
    doc.add_paragraph("Styrelsemöte 2026-02-12, ärende 6")
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    top = t.rows[0].cells
    set_cell(top[0], "Kontrollmoment", bold=True)
    set_cell(top[1], "Ansvarig", bold=True)
    m = top[2].merge(top[4])
    set_cell(m, "Status 2025", bold=True)
    set_cell(top[5], "Kommentar", bold=True)
    set_cell(top[6], "Nästa år", bold=True)
    sub = t.rows[1].cells
    for i, h in [(2, "T1"), (3, "T2"), (4, "Helår")]:
        set_cell(sub[i], h, bold=True)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 5).merge(t.cell(1, 5))
    t.cell(0, 6).merge(t.cell(1, 6))
    for row in t.rows[:2]:
        for c in row.cells:
            shade(c, "C6E0B4")
    nxt = ["Nej", "Ja", "Ja", "Ja", "Nej", "Ja", "Nej", "Nej"]
    for (km, ans, t1, t2, hel, kom, st_, avv), n in zip(KBAB, nxt):
        cells = t.add_row().cells
        for i, v in enumerate([km, ans, t1, t2, hel, kom, n]):
            set_cell(cells[i], v)
        exp(F6, "Kopparbergs Bostäder AB", km, st_, avv)
    doc.add_paragraph()
    doc.add_paragraph("G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår   "
                      "Tom ruta = kontrollen ska inte göras den perioden")
    doc.add_paragraph("Nästa år: Ja = kontrollmomentet föreslås ingå i planen för 2026.")
    tmp = os.path.join(BUILD, "KBAB Internkontroll 2025 uppföljning.docx")
    doc.save(tmp)
    soffice("doc:MS Word 97", tmp, OUT)
    FILES.append((F6, "INLAST", "Kopparbergs Bostäder AB", "2025", "HELAR"))


# ==========================================================================
# F7  Socialnämnden – Word, one table per process, header repeated
# ==========================================================================
F7 = "Socialnämnden_uppföljning_internkontrollplan_helår_2025.docx"
SN = [
    ("Process: Myndighetsutövning barn och unga", [
        ("Förhandsbedömning inom 14 dagar efter inkommen anmälan om barn som far illa",
         "Stickprov 30 anmälningar per tertial",
         "27 av 30 inom tid.",
         "112 av 121 förhandsbedömningar gjorda inom 14 dagar. Resterande försenade p.g.a. hög arbetsbelastning under sommaren.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Utredningar avslutas inom fyra månader enligt 11 kap. 2 § SoL",
         "Uttag ur verksamhetssystemet",
         "",
         "Stickprov gjort för barn och unga. Vuxenenheten återstår.",
         "Delvis", "DELVIS", ""),
        ("Placerade barn får lagstadgade besök av socialsekreterare",
         "Genomgång av journalanteckningar",
         "Pågår.",
         "Samtliga placerade barn har fått minst fyra besök under året.",
         "Genomförd", "GENOMFORD", "nej"),
    ]),
    ("Process: Ekonomiskt bistånd", [
        ("Kontroll mot Försäkringskassan och CSN (SSBTEK) görs inför varje utbetalning av ekonomiskt bistånd",
         "Stickprov 20 akter",
         "Genomförd.",
         "Genomförd, inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Kontroll av dubbelutbetalningar av ekonomiskt bistånd",
         "Systemrapport",
         "Ej genomförd.",
         "Ej genomförd – systemrapporten kan inte tas fram i nuvarande version.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Återkrav av felaktigt utbetalt bistånd handläggs enligt riktlinjer",
         "Genomgång av återkravsärenden",
         "",
         "",
         "", "SAKNAS", ""),
    ]),
    ("Process: Ekonomi och avtal", [
        ("Kontroll av avtal och fakturor för köpta placeringar (HVB och konsulentstödda familjehem)",
         "Avstämning fakturor mot avtal",
         "",
         "Avtal saknades för två placeringar. Avtal har upprättats i efterhand.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Utbetalning av arvoden och omkostnadsersättningar till familjehem",
         "Stickprov 15 utbetalningar",
         "",
         "Kontrollen avbröts genom beslut i SN 2025-09-17 § 102 och ersätts av ny rutin för familjehemsersättningar.",
         "Avbruten", "UTGAR", ""),
    ]),
]


def build_f7():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(10)
    header_text(doc, "Socialförvaltningen")
    doc.add_heading("Socialnämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025").runs[0].bold = True
    doc.add_paragraph("Period: Helår (januari–december)")
    doc.add_paragraph(
        "Enligt reglementet för intern kontroll ska nämnden årligen följa upp sin internkontrollplan. "
        "Kontrollerna redovisas nedan per process. Kolumnen Status avser helår.")
    for proc, rows in SN:
        doc.add_heading(proc, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Metod", "Resultat T2", "Resultat helår", "Status"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "F2F2F2")
        for km, met, t2, hel, status, st_, avv in rows:
            cells = t.add_row().cells
            for i, v in enumerate([km, met, t2, hel, status]):
                set_cell(cells[i], v)
            exp(F7, "Socialnämnden", km, st_, avv)
        doc.add_paragraph()
    doc.add_paragraph("Beslutad av socialnämnden 2026-02-18 § 12.")
    doc.save(os.path.join(OUT, F7))
    FILES.append((F7, "INLAST", "Socialnämnden", "2025", "HELAR"))


# ==========================================================================
# R  Reject: Excel owner lock file of the kommun-wide workbook
# ==========================================================================
R1 = "~$" + F1


def build_reject():
    user = "Maria Ekholm"
    data = bytes([len(user)]) + user.encode("latin-1")
    data += b" " * (54 - len(data))
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data += b" \x00" * ((165 - len(data)) // 2)
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, R1), "wb") as f:
        f.write(data)
    FILES.append((R1, "AVVISAD", "", "", ""))


# ==========================================================================
def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    for fn in os.listdir(OUT):
        if fn in ("make_round.py", "README.md"):
            continue
        os.remove(os.path.join(OUT, fn))
    build_f1()
    build_f2()
    build_f3()
    build_f4()
    build_f5()
    build_f6()
    build_f7()
    build_reject()

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
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
