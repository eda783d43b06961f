#!/usr/bin/python3
"""Blind round r211 — Granö kommun, helår 2025: the economy office's collection workbook
plus separate files from nämnder and kommunala bolag.  Deterministic; run with
/usr/bin/python3 make_round.py in this folder."""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round211"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnadsnämnden"
VN = "Valnämnden"
OFN = "Överförmyndarnämnden"
GBAB = "Granö Bostäder AB"
GEAB = "Granö Energi AB"
GVAB = "Granö Vatten och Avfall AB"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsnämnden"),
    (SN, "SN|Socialförvaltningen|SOC|Individ- och omsorgsnämnden"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    (VN, "VN|Valnämnd"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (GBAB, "Granöbostäder|GBAB|Granö Bostäder"),
    (GEAB, "Granö Energi|GEAB|Granö Elnät"),
    (GVAB, "GVA|Granö Vatten|Granö Vatten & Avfall AB"),
]

THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")

STATUS_LIST = ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Ej genomförd", "Utgår"]


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. The collection workbook
# ---------------------------------------------------------------------------
MASTER = "Internkontroll helår 2025 Granö kommun.xlsx"

TEMPLATE_HEAD = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollansvarig",
                 "Status helår", "Avvikelse (ja/nej)", "Kommentar / resultat", "Åtgärd vid avvikelse"]

# KS: filled via the drop-down; process cells merged over consecutive rows
KS_ROWS = [
    # nr, process, risk, kontrollmoment, ansvarig, status, avv, kommentar, åtgärd, expected status, expected avv
    (1, "Ekonomi – inköp och betalning", "Felaktiga eller obehöriga utbetalningar",
     "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
     "Genomförd", "Nej", "Stickprov på 40 fakturor (jan–nov). Samtliga attesterade av behörig attestant.", "",
     "GENOMFORD", "nej"),
    (2, "Ekonomi – inköp och betalning", "Inköp utanför avtal, brott mot LOU",
     "Kontroll av att inköp sker från upphandlade avtal (avtalstrohet)", "Upphandlingschef",
     "Genomförd med avvikelse", "Ja",
     "6 av 30 granskade inköp gjordes utanför avtal, främst förbrukningsmaterial.",
     "Information till beställare på förvaltningsledningen i november 2025.",
     "GENOMFORD", "ja"),
    (3, "Personal", "Felaktiga löneutbetalningar",
     "Kontroll av att lönetillägg och ersättningar är korrekt beslutade", "HR-chef",
     "Genomförd", "Nej", "20 stickprov, beslut fanns i samtliga fall.", "",
     "GENOMFORD", "nej"),
    (4, "Personal", "Bristande kunskap om informationssäkerhet",
     "Uppföljning av att anställda genomgått obligatorisk utbildning i informationssäkerhet", "HR-chef",
     "Delvis genomförd", "", "64 % av personalen har genomfört utbildningen. Resterande under våren 2026.", "",
     "DELVIS", ""),
    (5, "Dokument- och ärendehantering", "Handlingar diarieförs inte, bristande offentlighet",
     "Diarieföring av inkommande handlingar inom föreskriven tid", "Kanslichef",
     "Ej genomförd", "",
     "Ej genomförd p.g.a. byte av ärendehanteringssystem under hösten. Flyttas till plan 2026.", "",
     "EJ_GENOMFORD", ""),
    (6, "Dokument- och ärendehantering", "Beslut fattas utan delegation",
     "Kontroll av delegationsbeslut – anmälan till kommunstyrelsen", "Kanslichef",
     "Genomförd", "Nej", "Samtliga delegationsbeslut anmälda, kontrollerat per sammanträde.", "",
     "GENOMFORD", "nej"),
    (7, "IT och informationssäkerhet", "Obehörig åtkomst till system",
     "Behörighetskontroll i ekonomisystemet (Raindance) – avslut av behörigheter vid avslutad anställning",
     "IT-chef", "Genomförd med avvikelse", "Ja",
     "4 konton var fortfarande aktiva efter avslutad anställning. Stängda 2025-10-03.",
     "Ny rutin: HR meddelar IT vid varje avslut.",
     "GENOMFORD", "ja"),
    (8, "Krisberedskap", "Kommunen kan inte leda vid kris",
     "Uppdatering av krisledningsplan", "Säkerhetssamordnare",
     "Utgår", "", "Utgår – ersätts av ny plan för civilt försvar, beslut KS 2025-03-11 § 42.", "",
     "UTGAR", ""),
]

# BUN: inserted "Status delår (aug)" before Status helår, appended "Åtgärd 2026" and "Enhet", added a row
BUN_HEAD = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollansvarig",
            "Status delår (aug)", "Status helår", "Avvikelse (ja/nej)", "Kommentar / resultat",
            "Åtgärd vid avvikelse", "Åtgärd 2026", "Enhet"]
BUN_ROWS = [
    ("1", "Förskola", "Barn placeras i strid med kö-regler",
     "Kontroll av att placering i förskola sker enligt kö-regler", "Förskolechef",
     "Delvis genomförd", "Genomförd", "Nej", "Samtliga 112 placeringar under året följde kö-reglerna.", "", "",
     "Förskola", "GENOMFORD", "nej"),
    ("2", "Grundskola", "Elever med problematisk frånvaro uppmärksammas inte",
     "Uppföljning av frånvaro – rutin vid upprepad frånvaro (problematisk skolfrånvaro)", "Rektorer",
     "Delvis genomförd", "Delvis genomförd", "", "Rutinen är införd på 4 av 6 skolor.", "",
     "Införs på Bergsskolan och Norrviken", "Grundskola", "DELVIS", ""),
    ("3", "Grundskola", "Kränkningar utreds inte",
     "Hantering av kränkande behandling – anmälan till huvudman inom 5 dagar", "Verksamhetschef grundskola",
     "Genomförd med avvikelse", "Genomförd med avvikelse", "Ja",
     "12 av 57 anmälningar kom in senare än 5 dagar.", "Påminnelse till rektorer, ny e-tjänst.", "",
     "Grundskola", "GENOMFORD", "ja"),
    ("4", "Ekonomi", "Felaktig fakturering",
     "Kontroll av att elevresor/skolskjuts faktureras enligt avtal", "Controller",
     "Genomförd", "", "Nej", "Kontrollen genomfördes under våren, se delårsrapporten.", "", "",
     "Förvaltningskontor", "GENOMFORD", "nej"),
    ("5", "IT", "Obehörig åtkomst till elevuppgifter",
     "Kontroll av behörighet i elevdokumentationssystemet (IST)", "Systemförvaltare",
     "Ej genomförd", "Genomförd", "Nej", "Behörighetsgenomgång gjord i oktober, inga felaktiga behörigheter.", "",
     "", "Förvaltningskontor", "GENOMFORD", "nej"),
    ("6", "Personal", "Olämplig person anställs i verksamhet med barn",
     "Uppföljning av att registerkontroll görs vid nyanställning", "HR-partner",
     "Genomförd", "Genomförd", "Nej", "Registerutdrag fanns för samtliga 48 nyanställda.", "", "",
     "Samtliga", "GENOMFORD", "nej"),
    ("7", "IT", "Personuppgifter hanteras i strid med GDPR",
     "Hantering av barn- och elevdata vid användning av digitala lärverktyg", "Dataskyddssamordnare",
     "Ej genomförd", "Ej genomförd", "", "Hann inte genomföras.", "", "Skjuts till 2026, ingår i ny IK-plan.",
     "Grundskola", "EJ_GENOMFORD", ""),
    ("8 (tillagd)", "Skolskjuts", "Fordon uppfyller inte avtalskrav",
     "Uppföljning av skolskjutsavtal – kontroll av fordonskrav", "Skolskjutssamordnare",
     "", "Genomförd", "Nej", "Tillagd av förvaltningen under hösten. 9 fordon kontrollerade, alla godkända.", "",
     "", "Förvaltningskontor", "GENOMFORD", "nej"),
]

# SN: statuses written as free text in the status column
SN_ROWS = [
    (1, "Myndighetsutövning barn och unga", "Utredningar drar ut på tiden",
     "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", "Enhetschef IFO",
     "Klart", "ja", "38 av 41 utredningar avslutade inom fyra månader. Tre överskred tiden pga tolkbehov.", "",
     "GENOMFORD", "ja"),
    (2, "Myndighetsutövning barn och unga", "Orosanmälningar bedöms inte i tid",
     "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Enhetschef IFO",
     "Klar men brister", "ja", "Förhandsbedömning inom 14 dagar i 88 % av fallen.", "Veckovis bevakning införd.",
     "GENOMFORD", "ja"),
    (3, "Ekonomiskt bistånd", "Beslut fattas utan delegation",
     "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordning", "Enhetschef försörjning",
     "Gjort - inga fel", "nej", "30 beslut granskade.", "",
     "GENOMFORD", "nej"),
    (4, "Hemtjänst", "Insatser utförs inte enligt beslut",
     "Stickprov avseende dokumentation av genomförandeplaner inom hemtjänsten", "Verksamhetschef äldreomsorg",
     "Pågår, 10 av 25 stickprov klara", "", "", "",
     "DELVIS", ""),
    (5, "Avgifter", "Felaktiga avgifter",
     "Uppföljning av avgifter inom äldreomsorgen (maxtaxa)", "Avgiftshandläggare",
     "ej gjord, personalbrist", "", "", "",
     "EJ_GENOMFORD", ""),
    (6, "Köpta insatser", "Placeringar utan avtal",
     "Kontroll av köpta platser – att avtal och beslut finns", "Controller",
     "Se bilaga", "", "", "",
     "OKLAR", ""),
    (7, "Hälso- och sjukvård", "Felaktig läkemedelshantering",
     "Kontroll av läkemedelshantering i särskilt boende", "MAS",
     "Utgår enl. beslut SN 2025-05-20 § 48 (ersätts av MAS-granskning)", "", "", "",
     "UTGAR", ""),
    (8, "Kvalitet", "Missförhållanden rapporteras inte",
     "Rutin för lex Sarah-rapporter – utredning och anmälan till IVO", "Kvalitetsutvecklare",
     "OK", "nej", "Samtliga 7 rapporter utredda, 2 anmälda till IVO inom tid.", "",
     "GENOMFORD", "nej"),
    (9, "Särskilt boende", "Förskingring av brukares medel",
     "Hantering av privata medel för boende på särskilt boende", "Enhetschef SÄBO",
     "", "", "", "",
     "SAKNAS", ""),
]

# SBN: status shown only by cell colour (legend in the Instruktion sheet)
SBN_ROWS = [
    (1, "Investeringar", "Projekt startar utan beslut",
     "Kontroll av att investeringsprojekt har beslutad projektbudget före start", "Projektchef",
     GREEN, "Nej", "Samtliga 9 projekt hade beslutad budget före start.", "", "GENOMFORD", "nej"),
    (2, "Upphandling", "Fakturerade priser avviker från avtal",
     "Uppföljning av att upphandlade entreprenader följer avtalade á-priser", "Upphandlare",
     YELLOW, "", "Granskat 2 av 5 entreprenader, resterande under första kvartalet 2026.", "", "DELVIS", ""),
    (3, "Gata/park", "Driften utförs inte enligt skötselplan",
     "Kontroll av att gatu- och parkdrift utförs enligt skötselplan", "Gatuchef",
     GREEN, "Ja", "Genomförd. Brister i dokumentationen av snöröjning vid två tillfällen.",
     "Ny mall för körrapporter.", "GENOMFORD", "ja"),
    (4, "Lokalförsörjning", "Felaktiga hyresnivåer",
     "Kontroll av lokalhyresavtal – indexuppräkning", "Fastighetschef",
     RED, "", "Ej genomförd – resursbrist på fastighetsavdelningen.", "", "EJ_GENOMFORD", ""),
    (5, "Fordon", "Privat användning av kommunens fordon",
     "Kontroll av att fordon i kommunens fordonspool används enligt riktlinje (körjournal)", "Fordonssamordnare",
     GREEN, "Nej", "Körjournaler kontrollerade för 12 fordon, inga avvikelser.", "", "GENOMFORD", "nej"),
    (6, "Mark och exploatering", "Markanvisning sker utan likabehandling",
     "Kontroll av hantering av markanvisningar", "Exploateringschef",
     None, "", "", "", "SAKNAS", ""),
    (7, "Lokalförsörjning", "Fel åtgärdas inte",
     "Uppföljning av felanmälningar i kommunens lokaler – åtgärdstid", "Driftchef fastighet",
     YELLOW, "", "", "", "DELVIS", ""),
]

# KFN: untouched (the plan's controls were pre-filled by the economy office)
KFN_ROWS = [
    (1, "Bidrag", "Bidrag betalas ut på felaktiga grunder",
     "Kontroll av att föreningsbidrag betalas ut enligt gällande regler", "Fritidschef"),
    (2, "Kontanthantering", "Förskingring",
     "Kontroll av kontanthantering i simhallens kassa", "Badchef"),
    (3, "Uthyrning", "Felaktiga hyresintäkter",
     "Kontroll av hyresavtal och debitering för idrottsanläggningar", "Bokningsansvarig"),
    (4, "Inventarier", "Stöld och svinn",
     "Kontroll av att inventarieförteckning för kulturskolans instrument är aktuell", "Kulturskolechef"),
    (5, "Personal", "Olämpliga ledare i verksamhet med barn",
     "Kontroll av att registerutdrag begärs för ledare i fritidsgårdsverksamheten", "Fritidsgårdsföreståndare"),
]

# MBN: sheet was moved out of the master into its own workbook (see file 2); master keeps a #REF! summary row
MBN_ROWS = [
    (1, "Bygglov", "Lagstadgad handläggningstid överskrids",
     "Kontroll av att bygglov beslutas inom lagstadgad tid (10 veckor)", "Bygglovschef",
     "Genomförd med avvikelse", "Ja", "91 % beslutade inom tid. Avgiftsreduktion i 7 ärenden.",
     "Veckovis ärendegenomgång.", "GENOMFORD", "ja"),
    (2, "Miljötillsyn", "Avgifter debiteras inte",
     "Kontroll av debitering av timavgift för miljötillsyn", "Miljöchef",
     "Genomförd", "Nej", "Stickprov 15 ärenden, korrekt debiterade.", "", "GENOMFORD", "nej"),
    (3, "Livsmedelskontroll", "Kontrollplanen följs inte",
     "Uppföljning av att tillsynsplanen för livsmedelskontroll följs", "Miljöchef",
     "Delvis genomförd", "", "78 % av planerade kontroller utförda, vakans under hösten.", "",
     "DELVIS", ""),
    (4, "Nämndadministration", "Beslut fattas utan delegation",
     "Kontroll av delegationsbeslut – återrapportering till nämnden", "Nämndsekreterare",
     "Genomförd", "Nej", "", "", "GENOMFORD", "nej"),
    (5, "Strandskydd", "Dispenser överprövas inte",
     "Kontroll av att strandskyddsdispenser skickas till länsstyrelsen", "Bygglovschef",
     "Ej genomförd", "", "Ej genomförd 2025, ingår i plan 2026.", "", "EJ_GENOMFORD", ""),
    (6, "Handläggning", "Jäv vid handläggning",
     "Kontroll av jäv vid handläggning av ärenden", "Förvaltningschef",
     "Utgår", "", "Utgår – hanteras i den kommunövergripande kontrollen.", "", "UTGAR", ""),
]


def style_header(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER


def nämnd_sheet_top(ws, namnd, ifylld="", datum=None, ncol=9):
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Nämnd:"
    ws["B2"] = namnd
    ws["B2"].font = Font(bold=True)
    ws["A3"] = "Ifylld av:"
    ws["B3"] = ifylld or None
    ws["A4"] = "Datum:"
    if datum:
        ws["B4"] = datum
        ws["B4"].number_format = "yyyy-mm-dd"
    for a in ("A2", "A3", "A4"):
        ws[a].font = Font(bold=True)
    ws.oddHeader.center.text = "Granö kommun – Ekonomikontoret"
    ws.oddFooter.right.text = "Sida &P av &N"


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def add_status_dv(ws, col_letter, first, last):
    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$6", allow_blank=True)
    dv.add(f"{col_letter}{first}:{col_letter}{last}")
    ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1="=Listor!$C$2:$C$3", allow_blank=True)
    return dv2


def write_template_rows(ws, rows, first_row=7, fill_status=True):
    """rows: list of tuples in TEMPLATE_HEAD order (9 values)."""
    for i, vals in enumerate(rows):
        r = first_row + i
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = WRAP
            cell.border = BORDER


def build_master():
    fil = MASTER
    wb = openpyxl.Workbook()
    # --- Instruktion
    ws = wb.active
    ws.title = "Instruktion"
    lines = [
        ("Uppföljning av intern kontroll – helår 2025", Font(bold=True, size=16)),
        ("Granö kommun, Ekonomikontoret", Font(italic=True)),
        ("", None),
        ("Så här fyller du i:", Font(bold=True)),
        ("1. Gå till fliken för din nämnd. Kontrollmomenten är förifyllda från nämndens antagna internkontrollplan 2025.", None),
        ("2. Välj status i rullistan i kolumnen \"Status helår\": Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.", None),
        ("3. Ange om avvikelse har konstaterats (Ja/Nej) och beskriv resultatet i kolumnen Kommentar / resultat.", None),
        ("4. Ändra inte kolumnernas ordning – sammanställningen hämtar värden från kolumn F.", None),
        ("5. Spara filen och meddela ekonomikontoret senast 2026-01-30 (ekonomi@grano.se).", None),
        ("", None),
        ("Färgmarkering (frivillig, används i nämndrapporten):", Font(bold=True)),
        ("Grön", None),
        ("Gul", None),
        ("Röd", None),
        ("", None),
        ("Frågor: Lena Sjöberg, controller, tfn 0570-123 45", None),
    ]
    for i, (txt, font) in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=txt or None)
        if font:
            ws.cell(row=i, column=1).font = font
    ws["A12"].fill = GREEN
    ws["B12"] = "Genomförd"
    ws["A13"].fill = YELLOW
    ws["B13"] = "Delvis genomförd"
    ws["A14"].fill = RED
    ws["B14"] = "Ej genomförd"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 30

    # --- Sammanställning (formulas)
    sm = wb.create_sheet("Sammanställning")
    sm["A1"] = "Sammanställning per nämnd – intern kontroll helår 2025"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Uppdateras automatiskt från nämndernas flikar."
    head = ["Nämnd", "Flik", "Antal kontroller", "Genomförd", "Genomförd med avvikelse",
            "Delvis genomförd", "Ej genomförd", "Utgår", "Ej ifyllt"]
    for c, h in enumerate(head, start=1):
        sm.cell(row=4, column=c, value=h)
    style_header(sm, 4, len(head))
    summary = [
        (KS, "KS", "D", "F"),
        (BUN, "BUN", "D", "G"),   # column shifted by BUN's inserted column (Excel adjusts refs)
        (SN, "SN", "D", "F"),
        (SBN, "SBN", "D", "F"),
        (KFN, "KFN", "D", "F"),
        (MBN, None, None, None),  # sheet moved out of the workbook -> #REF!
    ]
    for i, (namn, flik, kcol, scol) in enumerate(summary):
        r = 5 + i
        sm.cell(row=r, column=1, value=namn)
        sm.cell(row=r, column=2, value=flik or "MBN")
        if flik:
            rng_k = f"{flik}!${kcol}$7:${kcol}$40"
            rng_s = f"{flik}!${scol}$7:${scol}$40"
            sm.cell(row=r, column=3, value=f"=COUNTA({rng_k})")
            for j, st in enumerate(STATUS_LIST):
                sm.cell(row=r, column=4 + j, value=f'=COUNTIF({rng_s},"{st}")')
        else:
            sm.cell(row=r, column=3, value='=COUNTIF(#REF!,"<>")')
            for j, st in enumerate(STATUS_LIST):
                sm.cell(row=r, column=4 + j, value=f'=COUNTIF(#REF!,"{st}")')
        sm.cell(row=r, column=9, value=f"=C{r}-SUM(D{r}:H{r})")
    tr = 5 + len(summary)
    sm.cell(row=tr, column=1, value="Totalt").font = Font(bold=True)
    for c in range(3, 10):
        L = get_column_letter(c)
        sm.cell(row=tr, column=c, value=f"=SUM({L}5:{L}{tr - 1})")
    widths(sm, [34, 8, 14, 12, 14, 12, 12, 10, 10])

    # --- KS
    ws = wb.create_sheet("KS")
    nämnd_sheet_top(ws, KS, "Maria Lindqvist, kanslichef", dt.date(2026, 1, 20))
    for c, h in enumerate(TEMPLATE_HEAD, start=1):
        ws.cell(row=6, column=c, value=h)
    style_header(ws, 6, 9)
    write_template_rows(ws, [r[:9] for r in KS_ROWS])
    # merge the process cells for consecutive equal processes
    start = 0
    for i in range(1, len(KS_ROWS) + 1):
        if i == len(KS_ROWS) or KS_ROWS[i][1] != KS_ROWS[start][1]:
            if i - start > 1:
                ws.merge_cells(start_row=7 + start, start_column=2, end_row=7 + i - 1, end_column=2)
            start = i
    add_status_dv(ws, "F", 7, 40)
    widths(ws, [5, 22, 28, 50, 18, 22, 12, 50, 35])
    for r in KS_ROWS:
        exp(fil, KS, r[3], r[9], r[10])

    # --- BUN (added columns)
    ws = wb.create_sheet("BUN")
    nämnd_sheet_top(ws, BUN, "Per Holm, controller BUF", dt.date(2026, 1, 27), ncol=12)
    for c, h in enumerate(BUN_HEAD, start=1):
        ws.cell(row=6, column=c, value=h)
    style_header(ws, 6, len(BUN_HEAD))
    for c in (6, 11, 12):  # their own additions in another colour
        ws.cell(row=6, column=c).fill = PatternFill("solid", fgColor="7F7F7F")
    write_template_rows(ws, [r[:12] for r in BUN_ROWS])
    add_status_dv(ws, "G", 7, 40)
    widths(ws, [9, 16, 28, 50, 20, 18, 18, 12, 50, 30, 30, 16])
    for r in BUN_ROWS:
        exp(fil, BUN, r[3], r[12], r[13])

    # --- SN (statuses as free text)
    ws = wb.create_sheet("SN")
    nämnd_sheet_top(ws, SN, "Kerstin Å", None)
    ws["B4"] = "jan 2026"
    for c, h in enumerate(TEMPLATE_HEAD, start=1):
        ws.cell(row=6, column=c, value=h)
    style_header(ws, 6, 9)
    write_template_rows(ws, [r[:9] for r in SN_ROWS])
    add_status_dv(ws, "F", 7, 40)
    widths(ws, [5, 24, 28, 50, 20, 30, 12, 50, 30])
    for r in SN_ROWS:
        exp(fil, SN, r[3], r[9], r[10])

    # --- SBN (colours)
    ws = wb.create_sheet("SBN")
    nämnd_sheet_top(ws, SBN, "Johan Ek, verksamhetscontroller", dt.date(2026, 1, 29))
    ws["D4"] = "Status markerad med färg enligt instruktionen."
    ws["D4"].font = Font(italic=True, color="C00000")
    for c, h in enumerate(TEMPLATE_HEAD, start=1):
        ws.cell(row=6, column=c, value=h)
    style_header(ws, 6, 9)
    write_template_rows(ws, [(r[0], r[1], r[2], r[3], r[4], "", r[6], r[7], r[8]) for r in SBN_ROWS])
    for i, r in enumerate(SBN_ROWS):
        if r[5] is not None:
            ws.cell(row=7 + i, column=6).fill = r[5]
    add_status_dv(ws, "F", 7, 40)
    widths(ws, [5, 22, 28, 50, 20, 14, 12, 50, 30])
    for r in SBN_ROWS:
        exp(fil, SBN, r[3], r[9], r[10])

    # --- KFN (untouched)
    ws = wb.create_sheet("KFN")
    nämnd_sheet_top(ws, KFN)
    for c, h in enumerate(TEMPLATE_HEAD, start=1):
        ws.cell(row=6, column=c, value=h)
    style_header(ws, 6, 9)
    write_template_rows(ws, [r + ("", "", "", "") for r in KFN_ROWS])
    add_status_dv(ws, "F", 7, 40)
    widths(ws, [5, 22, 28, 50, 20, 14, 12, 50, 30])
    for r in KFN_ROWS:
        exp(fil, KFN, r[3], "SAKNAS", "")

    # --- Listor (hidden)
    ls = wb.create_sheet("Listor")
    ls["A1"] = "Status"
    for i, s in enumerate(STATUS_LIST, start=2):
        ls.cell(row=i, column=1, value=s)
    ls["C1"] = "Avvikelse"
    ls["C2"] = "Ja"
    ls["C3"] = "Nej"
    ls["E1"] = "Nämnder"
    for i, (n, _) in enumerate(NAMNDER[:6], start=2):
        ls.cell(row=i, column=5, value=n)
    ls.sheet_state = "hidden"

    wb.active = 1  # opens on Sammanställning
    tmpdir = tempfile.mkdtemp(prefix="r211_")
    raw = os.path.join(tmpdir, "master.xlsx")
    wb.save(raw)
    # Round-trip through LibreOffice so the formulas carry cached values like a real Excel file
    outdir = os.path.join(tmpdir, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, "master.xlsx"), os.path.join(OUT, fil))
    shutil.rmtree(tmpdir)
    for n in (KS, BUN, SN, SBN, KFN):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. MBN's sheet, moved out into its own workbook (drop-down gone, Listor not with it)
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "IK helår 2025 MBN.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MBN"
    nämnd_sheet_top(ws, MBN, "Sara Nyström, nämndsekreterare", dt.date(2026, 1, 23))
    for c, h in enumerate(TEMPLATE_HEAD, start=1):
        ws.cell(row=6, column=c, value=h)
    style_header(ws, 6, 9)
    write_template_rows(ws, [r[:9] for r in MBN_ROWS])
    last = 7 + len(MBN_ROWS)
    ws.cell(row=last + 1, column=1, value="Uppföljningen behandlad i miljö- och byggnadsnämnden 2026-01-22, § 7.")
    ws.cell(row=last + 1, column=1).font = Font(italic=True)
    widths(ws, [5, 22, 28, 50, 20, 22, 12, 50, 30])
    wb.save(os.path.join(OUT, fil))
    for r in MBN_ROWS:
        exp(fil, MBN, r[3], r[9], r[10])
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Granö Bostäder AB — Word report with symbol column and legend below the table
# ---------------------------------------------------------------------------
def build_gbab():
    from docx import Document
    from docx.shared import Pt
    fil = "Granö Bostäder AB - Rapport intern kontroll 2025.docx"
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Granö Bostäder AB\tStyrelsehandling\t2026-02-05"
    d.add_heading("Rapport över intern kontroll verksamhetsåret 2025", level=1)
    d.add_paragraph("Till styrelsen för Granö Bostäder AB (org.nr 556123-4567)")
    d.add_paragraph(
        "Enligt bolagets internkontrollplan för 2025, fastställd av styrelsen 2024-12-12, redovisas här "
        "resultatet av årets kontroller. Rapporten avser hela verksamhetsåret 2025 och lämnas även till "
        "kommunstyrelsen i Granö kommun för kännedom.")
    rows = [
        ("Ekonomi", None),
        ("1", "Attest av leverantörsfakturor enligt attestinstruktion",
         "Stickprov", "Stickprov 25 fakturor, inga fel.", "✔", "GENOMFORD", "nej"),
        ("2", "Kontroll av att hyresavier överensstämmer med hyresavtal",
         "Stickprov 50 avier", "2 av 50 avier hade fel hyresnivå efter årets hyresförhandling.\nRättat i december.",
         "!", "GENOMFORD", "ja"),
        ("Fastighetsförvaltning", None),
        ("3", "Uppföljning av att OVK-besiktningar genomförs enligt plan",
         "Genomgång besiktningsprotokoll", "Genomförd i 14 av 22 fastigheter.\nResterande bokade mars 2026.",
         "◐", "DELVIS", ""),
        ("4", "Kontroll av att underhållsplanen är uppdaterad",
         "Granskning av plan", "Underhållsplan 2026–2035 uppdaterad och beslutad i oktober.", "✔", "GENOMFORD", "nej"),
        ("5", "Kontroll av brandskyddsrutiner (SBA) i trapphus",
         "Rondering", "Ej genomförd. Ny SBA-samordnare tillträder februari 2026.", "✖", "EJ_GENOMFORD", ""),
        ("Uthyrning", None),
        ("6", "Kontroll av att bostäder fördelas enligt uthyrningspolicy och bostadskö",
         "Stickprov 20 kontrakt", "Samtliga kontrakt följde kön.", "✔", "GENOMFORD", "nej"),
        ("7", "Kontroll av andrahandsuthyrning – att tillstånd finns",
         "Registergenomgång", "Ej aktuell 2025, flyttad till 2026 års plan efter styrelsebeslut.", "–",
         "UTGAR", ""),
        ("8", "Hantering av hyresskulder enligt inkassorutin",
         "Stickprov", "Rutinen följd i samtliga 12 granskade ärenden.", "✔", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Nr", "Kontrollaktivitet", "Metod", "Utfall 2025", "Bed."]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for r in rows:
        row = t.add_row()
        if r[1] is None:
            m = row.cells[0].merge(row.cells[4])
            m.text = r[0]
            m.paragraphs[0].runs[0].bold = True
            continue
        for c in range(5):
            row.cells[c].text = r[c]
        exp(fil, GBAB, r[1], r[5], r[6])
    p = d.add_paragraph()
    p.add_run("Teckenförklaring Bed.: ").bold = True
    p.add_run("✔ Genomförd utan anmärkning   ! Genomförd, avvikelse noterad   ◐ Pågår / delvis genomförd   "
              "✖ Ej genomförd   – Ej aktuell")
    d.add_paragraph("")
    d.add_paragraph("Granö 2026-01-30")
    d.add_paragraph("Anders Wik\nVD, Granö Bostäder AB")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", GBAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Granö Energi AB — Stratsys-like CSV export, cp1252, two periods per control
# ---------------------------------------------------------------------------
def build_geab():
    fil = "Stratsys_export_IK_GranoEnergi_20260127.csv"
    ctrls = [
        # process, kontrollpunkt, (T2 status, T2 comment), (Helår status, Helår comment), ansvarig, exp status, avv
        ("Mätning och debitering", "Kontroll av elmätarbyten mot faktureringsunderlag",
         ("Pågående", "Halva urvalet kontrollerat."), ("Klar", "Ingen avvikelse."), "Mätansvarig", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor över 100 tkr",
         ("Klar", "Inga fel hittills."),
         ("Klar", "3 fakturor attesterade av fel person under hösten; attestlista uppdaterad."),
         "Ekonomichef", "GENOMFORD", "ja"),
        ("Nät", "Uppföljning av nätförluster per kvartal",
         ("Pågående", "Q1 och Q2 klara."), ("", ""), "Nätchef", "DELVIS", ""),
        ("Kund", "Kontroll av att avbrottsersättning betalas ut enligt ellagen",
         ("Ej påbörjad", ""), ("Ej påbörjad", "Skjuts till 2026."), "Kundchef", "EJ_GENOMFORD", ""),
        ("Fjärrvärme", "Kontroll av fjärrvärmeavtal med industrikund",
         ("", ""), ("Ej aktuell", "Avtalet avslutat 2025-06-30."), "Affärsområdeschef värme", "UTGAR", ""),
        ("IT/OT-säkerhet", "Behörighetskontroll i driftövervakningssystemet (SCADA)",
         ("", ""), ("Klar", "Två konsultkonton avslutades inte i tid – stängda vid kontrollen."),
         "IT-säkerhetsansvarig", "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av representation och gåvor enligt policy",
         ("", ""), ("", ""), "Ekonomichef", "SAKNAS", ""),
        ("Finans", "Kontroll av ränte- och valutaexponering mot finanspolicy",
         ("Klar", ""), ("Klar", "Se bilaga."), "Finanschef", "GENOMFORD", ""),
    ]
    lines = ["Rapport: Intern kontroll 2025 - uppföljning;;;;;;;;",
             "Exporterad 2026-01-27 09:14 av anna.berg;;;;;;;;",
             "Organisation;Plan;Process;Kontrollpunkt;Period;Status;Kommentar;Ansvarig;Senast uppdaterad"]
    for proc, kp, t2, hel, ans, st, avv in ctrls:
        for per, (s, k), upd in (("Tertial 2 2025", t2, "2025-09-12"), ("Helår 2025", hel, "2026-01-22")):
            kk = k
            if '"' in kk or ";" in kk:
                kk = '"' + kk.replace('"', '""') + '"'
            lines.append(";".join([GEAB, "Internkontrollplan 2025", proc, kp, per, s, kk, ans,
                                   upd if (s or k) else ""]))
        exp(fil, GEAB, kp, st, avv)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", GEAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Granö Vatten och Avfall AB — own .xls template: planned month / done date / result
# ---------------------------------------------------------------------------
def build_gvab():
    import xlwt
    fil = "GVA internkontroll 2025 uppföljning.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cellst = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    datest = xlwt.easyxf("alignment: vert top; borders: left thin, right thin, top thin, bottom thin",
                         num_format_str="YYYY-MM-DD")
    ws.write(0, 0, "Granö Vatten och Avfall AB", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning", bold)
    ws.write(2, 0, "Uppföljning per 2025-12-31")
    ws.write(3, 0, "Fastställd av styrelsen 2024-11-28. Uppföljning redovisad för styrelsen 2026-01-29.")
    head = ["Kontrollområde", "Kontroll", "Ansvarig", "Planerad", "Utförd datum", "Resultat / iakttagelser",
            "Avvikelse"]
    for c, h in enumerate(head):
        ws.write(5, c, h, hdr)
    rows = [
        ("Ekonomi", "Avstämning av VA-taxa mot debiterade avgifter", "Ekonomichef", "Mars",
         dt.date(2025, 3, 28), "Stickprov 30 kunder, korrekt debiterade.", "Nej", "GENOMFORD", "nej"),
        ("", "Kontroll av att avskrivningar av kundfordringar beslutas enligt delegation", "Ekonomichef", "Oktober",
         dt.date(2025, 10, 20), "En avskrivning saknade beslut, åtgärdat i efterhand.", "Ja", "GENOMFORD", "ja"),
        ("Drift", "Provtagning av dricksvatten enligt kontrollprogram", "Driftchef VA", "Löpande",
         dt.date(2025, 12, 31), "Samtliga prover tagna. Ett prov i juli tjänligt med anmärkning (åtgärdat).",
         "Ja", "GENOMFORD", "ja"),
        ("", "Kontroll av vågsystem vid återvinningscentralen", "Avfallschef", "Maj",
         "Ej utförd", "Vågen byts 2026, kontrollen flyttad.", "", "EJ_GENOMFORD", ""),
        ("Avfall", "Uppföljning av att avfallsentreprenören följer miljökrav i avtalet", "Avfallschef", "September",
         "", "Påbörjad, två av fyra fordon kontrollerade. Slutförs januari 2026.", "", "DELVIS", ""),
        ("IT", "Behörighetsgenomgång i kundsystemet", "IT-ansvarig", "November",
         "Utgår", "Nytt kundsystem driftsatt i december 2025.", "", "UTGAR", ""),
        ("Personal", "Kontroll av arbetstidsregler i beredskapsschemat", "HR-konsult", "Juni",
         "", "Se bilaga 3", "", "OKLAR", ""),
        ("Inköp", "Direktupphandlingar dokumenteras enligt riktlinje", "Inköpsansvarig", "Augusti",
         "", "", "", "SAKNAS", ""),
    ]
    for i, r in enumerate(rows):
        rr = 6 + i
        for c in range(7):
            v = r[c]
            if isinstance(v, dt.date):
                ws.write(rr, c, v, datest)
            else:
                ws.write(rr, c, v, cellst)
        exp(fil, GVAB, r[1], r[7], r[8])
    ws.write(6 + len(rows) + 1, 0, "Ifylld av: Karin Holm, ekonomichef")
    for c, w in enumerate([16, 55, 16, 12, 14, 55, 10]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", GVAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden — OpenDocument text, prose only (no table)
# ---------------------------------------------------------------------------
def build_ofn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span
    fil = "ÖFN uppföljning intern kontroll helår 2025.odt"
    doc = OpenDocumentText()
    b = Style(name="Bold", family="text")
    b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    doc.text.addElement(H(outlinelevel=1, text="Överförmyndarnämnden i Granö kommun"))
    doc.text.addElement(P(text="Uppföljning av intern kontroll – helår 2025"))
    doc.text.addElement(P(text="Dnr ÖFN 2025/14"))
    doc.text.addElement(P(text=(
        "Nämnden antog sin internkontrollplan för 2025 den 12 december 2024. Nedan redovisas "
        "utfallet av respektive kontroll för helåret 2025. Överförmyndarenheten har genomfört kontrollerna.")))
    items = [
        ("Granskning av årsräkningar som kommit in senast 1 mars",
         "Kontrollen är genomförd. Samtliga 184 årsräkningar har granskats. I tre fall saknades "
         "verifikationer, vilka har begärts in från ställföreträdarna.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har utdrag ur belastningsregistret",
         "Genomförd utan anmärkning. Utdrag fanns för samtliga nya gode män och förvaltare.", "GENOMFORD", "nej"),
        ("Uppföljning av handläggningstider för nya ärenden om godmanskap",
         "Kontrollen har påbörjats men har inte hunnit slutföras; ärenden från första halvåret är "
         "genomgångna. Slutförs under våren 2026.", "DELVIS", ""),
        ("Kontroll av att arvoden till gode män beräknas enligt nämndens riktlinjer",
         "Kontrollen har inte genomförts under 2025 på grund av vakans på enheten.", "EJ_GENOMFORD", ""),
        ("Kontroll av förteckningar över huvudmannens tillgångar",
         "Utgår – ingår numera i granskningen av årsräkningar enligt beslut ÖFN 2025-04-10 § 21.", "UTGAR", ""),
    ]
    for km, txt, st, avv in items:
        doc.text.addElement(H(outlinelevel=2, text=km))
        doc.text.addElement(P(text=txt))
        exp(fil, OFN, km, st, avv)
    doc.text.addElement(P(text=""))
    p = P()
    p.addElement(Span(stylename=b, text="Sammanfattande bedömning: "))
    p.addText("Den interna kontrollen bedöms som i huvudsak tillräcklig.")
    doc.text.addElement(p)
    doc.text.addElement(P(text="Granö 2026-01-26"))
    doc.text.addElement(P(text="Eva Strand, ordförande"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Reject: Excel owner/lock file left behind next to the master workbook
# ---------------------------------------------------------------------------
def build_lock():
    fil = "~$" + MASTER
    name = "Lena Sjöberg"
    data = bytes([len(name)]) + name.encode("latin-1") + b" " * (54 - len(name))
    data += bytes([len(name), 0]) + name.encode("utf-16-le")
    data = data.ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    # clear previously built outputs (only our own files)
    for fn in os.listdir(OUT):
        if fn in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, fn)
        if os.path.isfile(p):
            os.remove(p)
    build_master()
    build_mbn()
    build_gbab()
    build_geab()
    build_gvab()
    build_ofn()
    build_lock()
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
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
