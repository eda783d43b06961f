#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r324 - Torsåker kommun, DELÅR 2025.

The economy office sent every nämnd the SAME Excel template ("Mall uppföljning
internkontrollplan delår 2025") and each nämnd filled it in its own way.
Run:  /usr/bin/python3 make_round.py   (builds all files + namnder/files/expected CSVs)
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

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"
PERIOD = "DELAR"
FIXED_DT = datetime.datetime(2025, 9, 12, 10, 0, 0)

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik- och serviceförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
]

# ---------------------------------------------------------------- template
TITLE_KOMMUN = "Torsåker kommun"
TITLE = "Uppföljning av internkontrollplan 2025 – Delårsrapport (januari–augusti)"
PERIOD_TXT = "Delårsrapport januari–augusti 2025"
INSTR = [
    "Instruktion",
    "1. Ange status för varje kontrollmoment i kolumn H genom att välja i rullistan (Genomförd, Delvis genomförd, Ej genomförd, Utgår).",
    "2. Ange Ja i kolumn I om kontrollen visat avvikelser/brister och beskriv i kolumn J vad som upptäckts och vilka åtgärder som vidtagits.",
    "3. De kommungemensamma kontrollmomenten är förifyllda. Nämndens egna kontrollmoment enligt beslutad internkontrollplan förs in under respektive rubrik. Lägg till rader vid behov.",
    "4. Ändra inte kolumnordningen eller bladets namn. Skicka filen till ekonomiavdelningen (ekonomi@torsaker.se) senast den 15 september 2025.",
]
LEGEND = [
    ("Genomförd", "Kontrollen är utförd enligt plan under perioden"),
    ("Delvis genomförd", "Kontrollen är påbörjad eller utförd på en del av urvalet"),
    ("Ej genomförd", "Kontrollen har inte utförts under perioden"),
    ("Utgår", "Kontrollmomentet har strukits genom beslut eller är inte aktuellt"),
]
HEADER = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
          "Frekvens", "Status delår", "Avvikelse (Ja/Nej)", "Kommentar / vidtagna åtgärder"]
WIDTHS = [6, 18, 24, 42, 28, 16, 14, 16, 12, 48]
SEC_COMMON = "1. Kommungemensamma kontrollmoment"
SEC_ADM = "2. Nämndspecifika kontrollmoment – ekonomi och administration"
SEC_VERK = "3. Nämndspecifika kontrollmoment – verksamhet"

COMMON = [  # nr, process, risk, kontrollmoment, metod, ansvarig, frekvens
    ("K1", "Inköp och betalning", "Felaktiga eller obehöriga utbetalningar",
     "Attest av leverantörsfakturor sker enligt gällande attestordning",
     "Stickprov 20 fakturor per nämnd", "Controller", "Delår och helår"),
    ("K2", "Inköp och betalning", "Förtroendeskada, felaktig redovisning",
     "Representation och andra förtroendekänsliga poster redovisas med syfte och deltagare",
     "Genomgång av samtliga representationsfakturor", "Controller", "Delår och helår"),
    ("K3", "Upphandling", "Otillåten direktupphandling",
     "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen för direktupphandling",
     "Stickprov ur leverantörsreskontran", "Upphandlare", "Delår"),
]

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F_HEAD = PatternFill("solid", fgColor="1F4E78")
F_SEC = PatternFill("solid", fgColor="D9E1F2")
FILLS = {
    "G": PatternFill("solid", fgColor="00B050"),
    "Y": PatternFill("solid", fgColor="FFFF00"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "GR": PatternFill("solid", fgColor="BFBFBF"),
}
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = []   # rows for expected.csv
FILES = []      # rows for files.csv


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def new_wb(sheetname):
    wb = Workbook()
    ws = wb.active
    ws.title = sheetname
    wb.properties.creator = "Ekonomiavdelningen Torsåker kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb, ws


def write_top(ws, namnd, ifylld, datum, instructions=True, legend=True):
    """Title block of the template. Returns next free row."""
    ws["A1"] = TITLE_KOMMUN
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A2"] = TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["C3"] = namnd
    ws["A4"] = "Period:"
    ws["C4"] = PERIOD_TXT
    ws["A5"] = "Ifylld av:"
    ws["C5"] = ifylld
    ws["E5"] = "Datum:"
    ws["F5"] = datum
    for c in ("A3", "A4", "A5", "E5"):
        ws[c].font = Font(bold=True)
    r = 7
    if instructions:
        for i, t in enumerate(INSTR):
            ws.cell(row=r, column=1, value=t)
            if i == 0:
                ws.cell(row=r, column=1).font = Font(bold=True)
            else:
                ws.cell(row=r, column=1).font = Font(italic=True, color="595959")
            r += 1
        r += 1
    if legend:
        ws.cell(row=r, column=1, value="Teckenförklaring status").font = Font(bold=True)
        r += 1
        for w, d in LEGEND:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(row=r, column=1, value=w).border = BORDER
            ws.cell(row=r, column=3, value=d)
            r += 1
        r += 1
    return r


def write_header(ws, r, header, widths):
    for i, h in enumerate(header, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = F_HEAD
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w
    return r + 1


def write_section(ws, r, text, ncols):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1, value=text)
    c.font = Font(bold=True)
    c.fill = F_SEC
    return r + 1


def write_row(ws, r, values, fill_col=None, fill=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=r, column=i, value=(v if v != "" else None))
        c.alignment = WRAP
        c.border = BORDER
    if fill_col and fill:
        ws.cell(row=r, column=fill_col).fill = FILLS[fill]
    return r + 1


def add_dropdown(ws, col_letter, r1, r2, avv_col=None):
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"',
                        allow_blank=True)
    dv.error = "Välj ett värde i listan"
    ws.add_data_validation(dv)
    dv.add(f"{col_letter}{r1}:{col_letter}{r2}")
    if avv_col:
        dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
        ws.add_data_validation(dv2)
        dv2.add(f"{avv_col}{r1}:{avv_col}{r2}")


def signature(ws, r, text):
    r += 1
    ws.cell(row=r, column=1, value=text)
    ws.cell(row=r + 1, column=1, value="Underskrift förvaltningschef: ______________________")
    return r + 2


def common_rows(statuses):
    """statuses: list of (status, avv, comment) for K1..K3"""
    out = []
    for base, (st, av, kom) in zip(COMMON, statuses):
        out.append(list(base) + [st, av, kom])
    return out


def standard_body(ws, r, common, adm, verk, ncols=10, status_col=8):
    r = write_section(ws, r, SEC_COMMON, ncols)
    for row in common:
        r = write_row(ws, r, row)
    r = write_section(ws, r, SEC_ADM, ncols)
    for row in adm:
        r = write_row(ws, r, row)
    r = write_section(ws, r, SEC_VERK, ncols)
    for row in verk:
        r = write_row(ws, r, row)
    return r


def finish_ws(ws, header_row):
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = f"{header_row}:{header_row}"


# ======================================================================
# 1. Kommunstyrelsen – filled in as intended (drop-down words)
# ======================================================================
def f1_ks():
    fil = "Uppföljning IK delår 2025 - Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    wb, ws = new_wb("Uppföljning")
    r = write_top(ws, N, "Maria Ekholm, controller", "2025-09-08")
    hr = r
    r = write_header(ws, r, HEADER, WIDTHS)
    first = r
    common = common_rows([
        ("Genomförd", "Nej", "20 fakturor granskade (jan–aug). Samtliga attesterade enligt attestordningen."),
        ("Genomförd", "Ja", "2 av 15 verifikat saknade deltagarförteckning. Påminnelse om rutinen skickad till samtliga chefer 2025-09-01."),
        ("Delvis genomförd", "Nej", "Genomgång av januari–juni klar utan anmärkning. Juli–augusti granskas i september."),
    ])
    adm = [
        ["1", "Ekonomistyrning", "Felaktig budget i ekonomisystemet",
         "Kontroll av att beslutade budgetjusteringar är korrekt registrerade i ekonomisystemet",
         "Avstämning KF/KS-beslut mot budgetmodulen", "Ekonomichef", "Delår och helår",
         "Genomförd", "Nej", "Samtliga 6 budgetjusteringar korrekt registrerade."],
        ["2", "Lön och HR", "Obehörig åtkomst till personuppgifter",
         "Kontroll av att behörigheter i lönesystemet (Personec) motsvarar aktuell befattning",
         "Utdrag behörighetslista, jämförelse mot HR-system", "HR-chef", "Delår",
         "Delvis genomförd", "", "Behörighetslistan är uttagen, jämförelsen är klar för ca hälften av användarna."],
        ["3", "Informationssäkerhet", "Informationsincidenter p.g.a. bristande kunskap",
         "Uppföljning av att samtliga medarbetare genomfört webbutbildning i informationssäkerhet",
         "Rapport ur lärplattformen", "IT-chef", "Delår",
         "Ej genomförd", "", "Utbildningen flyttad till oktober på grund av byte av lärplattform."],
        ["4", "Dokument- och ärendehantering", "Handlingar registreras inte i tid",
         "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 30 handlingar i W3D3", "Kanslichef", "Delår och helår",
         "Genomförd", "Ja", "4 av 30 handlingar diarieförda senare än tre arbetsdagar. Rutinen gås igenom på registratorsträff i september."],
        ["5", "Delegation", "Beslut fattas utan stöd i delegationsordningen",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationslistor mot protokoll", "Kanslichef", "Delår",
         "Genomförd", "Nej", "Samtliga delegationsbeslut har anmälts."],
    ]
    verk = [
        ["6", "Krisberedskap", "Samhällsviktig verksamhet kan inte upprätthållas",
         "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet",
         "Genomgång av planer", "Säkerhetssamordnare", "Helår",
         "Utgår", "", "Utgår enligt KS beslut 2025-04-09 § 62, ersätts av länsgemensam plan."],
        ["7", "Medborgarservice", "Förlust av kontanta medel",
         "Hantering av kontanta medel i kommunreceptionen",
         "Oanmäld kassainventering", "Enhetschef kontaktcenter", "Delår",
         "", "", ""],
    ]
    r = standard_body(ws, r, common, adm, verk)
    add_dropdown(ws, "H", first, r + 10, "I")
    signature(ws, r, "Torsåker 2025-09-08")
    finish_ws(ws, hr)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, YEAR, PERIOD))
    st = {"Genomförd": "GENOMFORD", "Delvis genomförd": "DELVIS", "Ej genomförd": "EJ_GENOMFORD",
          "Utgår": "UTGAR", "": "SAKNAS"}
    for row in common + adm + verk:
        avv = {"Ja": "ja", "Nej": "nej", "": ""}[row[8]]
        exp(fil, N, row[3], st[row[7]], avv)


# ======================================================================
# 2. Barn- och utbildningsnämnden – typed its own words
# ======================================================================
def f2_bun():
    fil = "BUN_IK_delår2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb, ws = new_wb("Uppföljning")
    r = write_top(ws, N, "Johan Sandberg", "2025-09-12")
    hr = r
    r = write_header(ws, r, HEADER, WIDTHS)
    rows_common = common_rows([
        ("OK", "Nej", "Inga anmärkningar."),
        ("Klar men brister", "Ja", "Tre fakturor (avslutningsfika, studiedag) saknade angivet syfte. Kompletterat."),
        ("Pågår", "", "Underlag begärt från upphandlingsenheten."),
    ])
    # (row, status, avvikelse) – expected
    e_common = [("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("DELVIS", "")]
    adm = [
        (["1", "Personal", "Olämplig person anställs i verksamhet med barn",
          "Kontroll av att registerutdrag ur belastningsregistret finns för nyanställd personal",
          "Stickprov nyanställda jan–aug", "HR-konsult", "Delår",
          "Klar", "Ja", "2 av 25 personalakter saknade registerutdrag. Utdragen har begärts in och finns nu."],
         "GENOMFORD", "ja"),
        (["2", "Avgifter", "Felaktiga avgifter inom förskola och fritidshem",
          "Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift",
          "Inkomstjämförelse mot Skatteverket", "Avgiftshandläggare", "Helår",
          "Skjuts till helår", "", "Inkomstkontrollen mot Skatteverket görs i oktober."],
         "EJ_GENOMFORD", ""),
        (["3", "Inventarier", "Stöld och förlust av elevdatorer",
          "Inventering av elevdatorer (1:1) mot inventarieförteckning",
          "Inventering per skola", "IT-samordnare", "Delår",
          "Inte gjort än", "-", "Ingen skola har hunnit inventera före sommarlovet."],
         "EJ_GENOMFORD", ""),
    ]
    verk = [
        (["4", "Skolskjuts", "Felaktiga beslut om skolskjuts",
          "Kontroll av att skolskjuts beviljas enligt kommunens riktlinjer",
          "Stickprov 30 beslut", "Skolskjutssamordnare", "Delår",
          "Klart", "", "30 beslut granskade, alla fattade enligt riktlinjerna."],
         "GENOMFORD", "nej"),
        (["5", "Trygghet och studiero", "Kränkande behandling anmäls inte till huvudman",
          "Rutin för anmälan av kränkande behandling till huvudmannen följs",
          "Jämförelse incidentrapporter och anmälningar", "Verksamhetschef grundskola", "Delår och helår",
          "Påbörjad", "", "Genomgång av F–6 klar, 7–9 återstår."],
         "DELVIS", ""),
        (["6", "Elevhälsa och närvaro", "Elever med hög frånvaro uppmärksammas inte",
          "Uppföljning av elevfrånvaro och att vårdnadshavare kontaktas vid ogiltig frånvaro",
          "Utdrag ur närvarosystemet", "Rektorer", "Delår",
          "Se bilaga 2", "", ""],
         "OKLAR", ""),
        (["7", "Lärarbehörighet", "Obehöriga lärare sätter betyg",
          "Kontroll av legitimation och behörighet hos undervisande lärare",
          "Kontroll mot Skolverkets register", "HR-konsult", "Vartannat år",
          "Ej aktuellt i år", "", "Kontrolleras vartannat år, nästa gång 2026."],
         "UTGAR", ""),
    ]
    r = write_section(ws, r, SEC_COMMON, 10)
    for row, (s, a) in zip(rows_common, e_common):
        r = write_row(ws, r, row)
        exp(fil, N, row[3], s, a)
    r = write_section(ws, r, SEC_ADM, 10)
    for row, s, a in adm:
        r = write_row(ws, r, row)
        exp(fil, N, row[3], s, a)
    r = write_section(ws, r, SEC_VERK, 10)
    for row, s, a in verk:
        r = write_row(ws, r, row)
        exp(fil, N, row[3], s, a)
    # no data validation: the list was lost when they pasted from their own sheet
    signature(ws, r, "Torsåker 2025-09-12")
    finish_ws(ws, hr)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, YEAR, PERIOD))


# ======================================================================
# 3. Socialnämnden – coloured the status cells instead of words
# ======================================================================
def f3_sn():
    fil = "Socialnämnden uppföljning internkontroll augusti 2025.xlsx"
    N = "Socialnämnden"
    wb, ws = new_wb("Uppföljning")
    r = write_top(ws, N, "Anneli Wiklund, kvalitetsstrateg", "2025-09-15")
    # they coloured the legend cells (rows of the legend block)
    legend_start = r - 1 - len(LEGEND)
    for i, key in enumerate(["G", "Y", "R", "GR"]):
        ws.cell(row=legend_start + i, column=1).fill = FILLS[key]
    ws.cell(row=r - 1, column=1,
            value="OBS! Socialförvaltningen har markerat status med färg i kolumn H: "
                  "grönt = genomförd, gult = delvis/pågår, rött = ej genomförd, grått = utgår.")
    ws.cell(row=r - 1, column=1).font = Font(bold=True, color="C00000")
    hr = r
    r = write_header(ws, r, HEADER, WIDTHS)
    common = [
        (list(COMMON[0]) + ["", "Nej", "Stickprov 20 fakturor utan anmärkning."], "G", "GENOMFORD", "nej"),
        (list(COMMON[1]) + ["", "Ja", "En faktura avseende personalfest saknade deltagarlista. Kompletterad i efterhand."], "G", "GENOMFORD", "ja"),
        (list(COMMON[2]) + ["", "", "Pågår, klart till helår."], "Y", "DELVIS", ""),
    ]
    adm = [
        (["1", "Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd",
          "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
          "Stickprov 25 beslut i Treserva", "Enhetschef försörjningsstöd", "Delår och helår",
          "", "Nej", "25 beslut granskade, samtliga fattade av rätt delegat."], "G", "GENOMFORD", "nej"),
        (["2", "Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter",
          "Kontroll av loggar i verksamhetssystemet (Treserva) avseende otillbörlig åtkomst",
          "Slumpvis loggkontroll 10 användare", "Systemförvaltare", "Delår och helår",
          "", "Nej", "Loggkontroll genomförd i maj. Ingen otillbörlig åtkomst upptäcktes."], "G", "GENOMFORD", "nej"),
        (["3", "Statsbidrag", "Intäkter uteblir",
          "Återsökning av statsbidrag för ensamkommande barn görs inom föreskriven tid",
          "Avstämning mot Migrationsverkets beslut", "Controller", "Delår",
          "", "", "Ej aktuellt – inga placeringar av ensamkommande under 2025."], "GR", "UTGAR", ""),
        (["4", "Klientmedel", "Förlust eller förskingring av klientmedel",
          "Hantering av klienters kontanta medel på boenden",
          "Oanmäld kassakontroll", "Enhetschef boende", "Delår",
          "", "", "Kontrollen genomförd i juni, kassorna stämde mot kassaboken."], None, "GENOMFORD", "nej"),
    ]
    verk = [
        (["5", "Myndighetsutövning barn och unga", "Barn far illa när utredningar drar ut på tiden",
          "Utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader",
          "Utdrag ur Treserva, samtliga avslutade utredningar", "Enhetschef barn och unga", "Delår",
          "", "", "Kontrollen har inte utförts på grund av vakanser på IFO. Görs under hösten."], "R", "EJ_GENOMFORD", ""),
        (["6", "Myndighetsutövning barn och unga", "Skyddsbedömning/förhandsbedömning görs inte i tid",
          "Orosanmälningar förhandsbedöms inom 14 dagar",
          "Genomgång av samtliga anmälningar", "Enhetschef mottagning", "Delår och helår",
          "", "Ja", "Januari–juni granskat: 6 av 48 förhandsbedömningar gjordes efter mer än 14 dagar. Juli–augusti återstår."], "Y", "DELVIS", "ja"),
        (["7", "Köpta platser", "Bristande kvalitet i köpt vård",
          "Uppföljning av avtal med köpt HVB-vård",
          "Avtalsuppföljning av två utförare", "Upphandlingsansvarig IFO", "Helår",
          "", "", ""], None, "SAKNAS", ""),
    ]
    first = r
    r = write_section(ws, r, SEC_COMMON, 10)
    for row, fill, s, a in common:
        r = write_row(ws, r, row, 8, fill)
        exp(fil, N, row[3], s, a)
    r = write_section(ws, r, SEC_ADM, 10)
    for row, fill, s, a in adm:
        r = write_row(ws, r, row, 8, fill)
        exp(fil, N, row[3], s, a)
    r = write_section(ws, r, SEC_VERK, 10)
    for row, fill, s, a in verk:
        r = write_row(ws, r, row, 8, fill)
        exp(fil, N, row[3], s, a)
    add_dropdown(ws, "H", first, r + 10, "I")
    signature(ws, r, "Torsåker 2025-09-15")
    finish_ws(ws, hr)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, YEAR, PERIOD))


# ======================================================================
# 4. Vård- och omsorgsnämnden – inserted extra columns + Kommentar förvaltningschef
# ======================================================================
def f4_von():
    fil = "VON Uppföljning IK delår 2025 inkl kommentar FC.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb, ws = new_wb("Uppföljning")
    r = write_top(ws, N, "Peter Holm, verksamhetsutvecklare", "2025-09-11")
    hr = r
    header = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Enhet", "Ansvarig",
              "Frekvens", "Antal granskade", "Varav avvikelser", "Status delår", "Avvikelse (Ja/Nej)",
              "Kommentar / vidtagna åtgärder", "Kommentar förvaltningschef"]
    widths = [6, 18, 24, 42, 28, 16, 16, 14, 10, 10, 16, 12, 44, 36]
    r = write_header(ws, r, header, widths)
    ws.cell(row=hr, column=14).fill = PatternFill("solid", fgColor="C00000")
    first = r

    def c(i, enhet, n, f, st, av, kom, fc):
        b = COMMON[i]
        return list(b[:5]) + [enhet] + list(b[5:7]) + [n, f, st, av, kom, fc]

    common = [
        (c(0, "Hela förvaltningen", 20, 0, "Genomförd", "Nej", "Inga avvikelser.", "Godkänt."), "GENOMFORD", "nej"),
        (c(1, "Hela förvaltningen", 12, 1, "Genomförd", "Ja",
           "En representationsfaktura saknade deltagarförteckning.", "Påminn enhetscheferna på ledningsgruppen."),
         "GENOMFORD", "ja"),
        (c(2, "Hela förvaltningen", "", "", "Delvis genomförd", "",
           "Upphandlingsenheten har lämnat underlag för jan–maj.", ""), "DELVIS", ""),
    ]
    adm = [
        (["1", "Avgifter", "Felaktig debitering av omsorgsavgifter",
          "Kontroll av att fakturering av hemtjänstavgifter överensstämmer med utförd tid",
          "Jämförelse TES-tid mot fakturerad tid", "Avgiftsenheten", "Avgiftshandläggare", "Delår",
          "", "", "Ej genomförd", "", "Skjuts till hösten på grund av systembytet till Lifecare.",
          "Ska vara klart till helårsuppföljningen."], "EJ_GENOMFORD", ""),
        (["2", "Informationssäkerhet", "Obehörig åtkomst till journaler",
          "Behörigheter i verksamhetssystemet tas bort när anställning upphör",
          "Jämförelse avslutade anställningar mot aktiva konton", "Hela förvaltningen", "Systemförvaltare",
          "Delår och helår", 25, 0, "Genomförd", "Nej", "Samtliga 25 konton avslutade i tid.", ""],
         "GENOMFORD", "nej"),
    ]
    verk = [
        (["3", "Hemtjänst", "Insatser genomförs inte utifrån den enskildes behov",
          "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
          "Stickprov i Lifecare", "Hemtjänsten", "Enhetschefer hemtjänst", "Delår och helår",
          40, 7, "Delvis genomförd", "Ja",
          "Norra och Södra distriktet granskade. 7 av 40 planer upprättade för sent. Centrum granskas i september.",
          "Åtgärdsplan begärs från enhetscheferna till oktober."], "DELVIS", "ja"),
        (["4", "Kvalitet och patientsäkerhet", "Missförhållanden utreds inte",
          "Avvikelser enligt lex Sarah rapporteras och utreds enligt rutin",
          "Genomgång av samtliga lex Sarah-rapporter", "Hela förvaltningen", "Kvalitetsutvecklare",
          "Delår och helår", 9, 0, "Genomförd", "Nej", "Samtliga 9 rapporter utredda inom rutinens tidsgränser.",
          "Bra."], "GENOMFORD", "nej"),
        (["5", "Hälso- och sjukvård", "Felaktig läkemedelsadministrering",
          "Läkemedelshantering – kontroll av signeringslistor på särskilda boenden",
          "Stickprov 60 signeringslistor", "Särskilt boende", "MAS", "Delår",
          60, 5, "Genomförd", "Ja", "5 listor hade osignerade doser. Återkopplat till respektive boende.",
          "Åtgärdsplan begärd från MAS."], "GENOMFORD", "ja"),
        (["6", "Säkerhet", "Brand på särskilt boende",
          "Systematiskt brandskyddsarbete (SBA) – egenkontroll på särskilda boenden",
          "Checklista SBA", "Särskilt boende", "Enhetschefer SÄBO", "Helår",
          "", "", "Utgår", "", "Ansvaret överfört till Tekniska förvaltningen från 2025-01-01.", ""],
         "UTGAR", ""),
        (["7", "Hemtjänst", "Stöld, obehörigt tillträde till brukares bostad",
          "Kontroll av nyckelhantering i hemtjänsten",
          "Inventering nyckelskåp och kvittenslistor", "Hemtjänsten", "Enhetschefer hemtjänst", "Delår",
          "", "", "", "", "Påbörjad i Norra distriktet, övriga distrikt återstår.", ""], "DELVIS", ""),
    ]
    r = write_section(ws, r, SEC_COMMON, 14)
    for row, s, a in common:
        r = write_row(ws, r, row)
        exp(fil, N, row[3], s, a)
    r = write_section(ws, r, SEC_ADM, 14)
    for row, s, a in adm:
        r = write_row(ws, r, row)
        exp(fil, N, row[3], s, a)
    r = write_section(ws, r, SEC_VERK, 14)
    for row, s, a in verk:
        r = write_row(ws, r, row)
        exp(fil, N, row[3], s, a)
    add_dropdown(ws, "K", first, r + 10, "L")
    signature(ws, r, "Torsåker 2025-09-11  –  Förvaltningschefens kommentarer tillagda 2025-09-11 /L. Nyström")
    finish_ws(ws, hr)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, YEAR, PERIOD))


# ======================================================================
# 5. Tekniska nämnden – instruction rows deleted, sheet renamed
# ======================================================================
def f5_tn():
    fil = "IK delår 2025 TN.xlsx"
    N = "Tekniska nämnden"
    wb, ws = new_wb("TN delår 2025")
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14)
    hr = 3
    r = write_header(ws, hr, HEADER, WIDTHS)
    first = r
    common = common_rows([
        ("Genomförd", "Nej", "Inga fel."),
        ("Genomförd", "Nej", "4 fakturor granskade, korrekt redovisade."),
        ("Genomförd", "Ja", "En direktupphandling (begagnad hjullastare, 240 tkr) saknade dokumentation. Dokumentation upprättad i efterhand."),
    ])
    adm = [
        ["1", "VA-ekonomi", "Felaktiga VA-intäkter",
         "Kontroll av att debitering av VA-avgifter sker enligt gällande taxa",
         "Stickprov 20 abonnenter", "VA-chef", "Delår",
         "Ej genomförd", "", "Ej hunnits med p.g.a. byte av debiteringssystem."],
        ["2", "Fordon", "Fordon används utan giltig besiktning",
         "Kontroll av att kontrollbesiktning av kommunens fordon genomförts",
         "Utdrag fordonsregister mot besiktningsprotokoll", "Fordonssamordnare", "Delår",
         "Genomförd", "Nej", "Samtliga 38 fordon besiktigade."],
    ]
    verk = [
        ["3", "VA-verksamhet", "Otjänligt dricksvatten",
         "Egenkontroll av dricksvattenkvalitet enligt provtagningsprogrammet",
         "Genomgång av provsvar", "Driftchef VA", "Delår och helår",
         "Genomförd", "Ja", "2 prover med anmärkning (koliforma bakterier) i Bodarne vattenverk. Kokningsrekommendation utfärdad 2025-06-03, hävd 2025-06-17."],
        ["4", "Bygg- och anläggningsprojekt", "Arbetsmiljöolycka i kommunens projekt",
         "Uppföljning av entreprenörers arbetsmiljöansvar (BAS-U) i pågående projekt",
         "Platsbesök 4 projekt", "Projektchef", "Delår",
         "Delvis genomförd", "Nej", "2 av 4 projekt besökta, inga brister."],
        ["5", "Gator och parker", "Olycka på kommunal lekplats",
         "Lekplatsbesiktning enligt SS-EN 1176",
         "Huvudbesiktning av extern besiktningsman", "Parkchef", "Årligen",
         "Genomförd", "Nej", "Samtliga 14 lekplatser besiktigade i maj."],
        ["6", "Gator och parker", "Elolycka vid belysningsstolpar",
         "Inventering av kommunens gatubelysning avseende elsäkerhet",
         "Inventering", "Gatuchef", "Helår",
         "Utgår", "", "Avbruten genom beslut i TN 2025-03-18 § 24 (belysningen överlåts till Torsåker Energi AB)."],
    ]
    r = standard_body(ws, r, common, adm, verk)
    add_dropdown(ws, "H", first, r + 10, "I")
    finish_ws(ws, hr)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, YEAR, PERIOD))
    st = {"Genomförd": "GENOMFORD", "Delvis genomförd": "DELVIS", "Ej genomförd": "EJ_GENOMFORD",
          "Utgår": "UTGAR", "": "SAKNAS"}
    for row in common + adm + verk:
        exp(fil, N, row[3], st[row[7]], {"Ja": "ja", "Nej": "nej", "": ""}[row[8]])


# ======================================================================
# 6. Kultur- och fritidsnämnden – saved as .xls (Excel 97-2003)
# ======================================================================
def f6_kfn(tmpdir):
    fil = "Kultur och fritid - IK delår 2025.xls"
    N = "Kultur- och fritidsnämnden"
    wb, ws = new_wb("Uppföljning")
    r = write_top(ws, "Kultur- och fritidsnämnden", "Sofia Berg, administrativ chef", "2025-09-09")
    hr = r
    r = write_header(ws, r, HEADER, WIDTHS)
    first = r
    common = common_rows([
        ("Genomförd", "Nej", "Inga anmärkningar."),
        ("Ej genomförd", "", "Kontrollen har inte hunnits med, görs till helår."),
        ("Genomförd", "Nej", "Inga direktupphandlingar över 100 tkr under perioden utöver en (ljudanläggning Folkets park), korrekt dokumenterad."),
    ])
    adm = [
        ["1", "Föreningsbidrag", "Felaktigt utbetalda bidrag",
         "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
         "Stickprov 10 föreningar, kontroll mot LOK-redovisning", "Föreningskonsulent", "Delår",
         "Genomförd", "Ja", "En förening hade redovisat fel antal deltagartillfällen. Återkrav 8 400 kr skickat."],
        ["2", "Kassahantering", "Svinn och förskingring",
         "Kassahantering i Torsåkers simhall – avstämning av dagskassor mot kassaregister",
         "Oanmäld kontroll", "Badchef", "Delår och helår",
         "Delvis genomförd", "Nej", "En av två planerade kontroller genomförd, utan anmärkning."],
        ["3", "Lokaluthyrning", "Intäktsbortfall",
         "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Jämförelse bokningssystem mot fakturering", "Bokningsansvarig", "Delår",
         "Genomförd", "Nej", "Samtliga bokningar april–maj fakturerade enligt taxa."],
    ]
    verk = [
        ["4", "Konst", "Konstverk försvinner eller skadas",
         "Kontroll av att konst i offentlig miljö finns registrerad och inventerad",
         "Inventering mot konstregistret", "Kulturchef", "Helår",
         "", "", ""],
        ["5", "Bibliotek", "Felaktig avgiftshantering",
         "Biblioteket: hantering av förseningsavgifter och ersättning för förkommet material",
         "Stickprov i bibliotekssystemet", "Bibliotekschef", "Delår",
         "Utgår", "", "Förseningsavgifterna avskaffade från 2025-01-01 (KFN 2024-11-20 § 88)."],
    ]
    r = standard_body(ws, r, common, adm, verk)
    add_dropdown(ws, "H", first, r + 10, "I")
    signature(ws, r, "Torsåker 2025-09-09")
    finish_ws(ws, hr)
    src = os.path.join(tmpdir, "Kultur och fritid - IK delår 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round324",
                    "--convert-to", "xls:MS Excel 97", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, "Kultur och fritid - IK delår 2025.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, YEAR, PERIOD))
    st = {"Genomförd": "GENOMFORD", "Delvis genomförd": "DELVIS", "Ej genomförd": "EJ_GENOMFORD",
          "Utgår": "UTGAR", "": "SAKNAS"}
    for row in common + adm + verk:
        exp(fil, N, row[3], st[row[7]], {"Ja": "ja", "Nej": "nej", "": ""}[row[8]])


# ======================================================================
# 7. Samhällsbyggnadsnämnden – table pasted into Word
# ======================================================================
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def f7_sbn():
    fil = "SBN uppföljning intern kontroll delår 2025.docx"
    N = "Samhällsbyggnadsnämnden"
    d = docx.Document()
    d.core_properties.author = "Eva Lindqvist"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.header.paragraphs[0].text = "TORSÅKER KOMMUN\tSamhällsbyggnadsförvaltningen\tDnr SBN 2025/0112"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)

    d.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Samhällsbyggnadsnämnden")
    p = d.add_paragraph()
    p.add_run("Period: ").bold = True
    p.add_run("1 januari – 31 augusti 2025")
    d.add_paragraph(
        "Samhällsbyggnadsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 143). "
        "Nedan redovisas uppföljningen per den 31 augusti. Tabellen är hämtad från ekonomiavdelningens "
        "Excelmall; status anges med mallens statusord. Sammantaget bedömer förvaltningen att den interna "
        "kontrollen under perioden har varit tillräcklig, med de brister som redovisas i tabellen.")

    common = common_rows([
        ("Genomförd", "Nej", "Inga avvikelser."),
        ("Genomförd", "Nej", "Inga anmärkningar."),
        ("Delvis genomförd", "Ja", "Sex direktupphandlingar granskade hittills, två saknade dokumentation. Resterande granskas under hösten."),
    ])
    adm = [
        ["1", "Planverksamhet", "Intäktsbortfall",
         "Kontroll av att planavgift debiteras enligt plan- och bygglovstaxan",
         "Genomgång av antagna detaljplaner", "Planchef", "Delår",
         "Genomförd", "Nej", "Tre antagna planer, planavgift korrekt debiterad."],
        ["2", "Mark och exploatering", "Felaktiga intäkter",
         "Arrendeavtal: kontroll av att arrendeavgifter indexuppräknats och fakturerats",
         "Stickprov 15 avtal", "Mark- och exploateringsingenjör", "Helår",
         "Ej genomförd", "", "Arrendeavgifterna faktureras i november, kontrollen görs då."],
    ]
    verk = [
        ["3", "Mark och exploatering", "Ojämlik behandling av tomtsökande",
         "Försäljning av tomtmark sker enligt tomtkö och riktlinjer för markanvisning",
         "Genomgång av samtliga försäljningar", "Mark- och exploateringschef", "Delår",
         "Genomförd", "Nej", "Fem tomter sålda, samtliga enligt kön."],
        ["4", "GIS och lantmäteri", "Felaktiga adresser försvårar räddningsinsatser",
         "Adressättning och registrering i lägenhetsregistret sker inom fyra veckor",
         "Utdrag ur adressregistret", "GIS-ingenjör", "Delår",
         "Genomförd", "Ja", "Genomförd med anmärkning: 3 av 22 adresser registrerades efter mer än fyra veckor."],
        ["5", "Mark och exploatering", "Kommunen bär kostnader som exploatören ska stå för",
         "Uppföljning av exploateringsavtal – säkerheter och viten",
         "Genomgång av gällande avtal", "Exploateringsingenjör", "Delår och helår",
         "Delvis genomförd", "Nej", "Fyra av sju avtal genomgångna, säkerheter finns."],
    ]
    nrows = 1 + 3 + len(common) + len(adm) + len(verk)
    t = d.add_table(rows=nrows, cols=10)
    t.style = "Table Grid"
    colw = [Cm(1.0), Cm(2.4), Cm(2.6), Cm(4.2), Cm(2.8), Cm(2.3), Cm(1.9), Cm(2.0), Cm(1.6), Cm(5.6)]
    for i, h in enumerate(HEADER):
        c = t.cell(0, i)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "1F4E78")
        c.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    ri = 1
    for sec_title, rows in ((SEC_COMMON, common), (SEC_ADM, adm), (SEC_VERK, verk)):
        m = t.cell(ri, 0).merge(t.cell(ri, 9))
        m.text = sec_title
        m.paragraphs[0].runs[0].bold = True
        set_cell_bg(m, "D9E1F2")
        ri += 1
        for row in rows:
            for ci, v in enumerate(row):
                t.cell(ri, ci).text = v
            ri += 1
    for row in t.rows:
        for ci, c in enumerate(row.cells):
            c.width = colw[ci]
    d.add_paragraph()
    d.add_paragraph("Torsåker den 10 september 2025")
    d.add_paragraph("Eva Lindqvist\nSamhällsbyggnadschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, YEAR, PERIOD))
    st = {"Genomförd": "GENOMFORD", "Delvis genomförd": "DELVIS", "Ej genomförd": "EJ_GENOMFORD",
          "Utgår": "UTGAR", "": "SAKNAS"}
    for row in common + adm + verk:
        exp(fil, N, row[3], st[row[7]], {"Ja": "ja", "Nej": "nej", "": ""}[row[8]])


# ======================================================================
# 8. Rejected: Excel owner/lock file left in the shared folder
# ======================================================================
def f8_lock():
    fil = "~$Socialnämnden uppföljning internkontroll augusti 2025.xlsx"
    user = "Anneli Wiklund"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(HERE, fil), "wb") as fh:
        fh.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    # remove earlier output (keep script, README)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f not in keep and os.path.isfile(os.path.join(HERE, f)):
            os.remove(os.path.join(HERE, f))
    tmpdir = tempfile.mkdtemp(prefix="r324_")
    try:
        f1_ks()
        f2_bun()
        f3_sn()
        f4_von()
        f5_tn()
        f6_kfn(tmpdir)
        f7_sbn()
        f8_lock()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} files, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
