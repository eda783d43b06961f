#!/usr/bin/python3
"""Round 256 – hidden and filtered content in Excel workbooks.
Kommun: Älvängen-Ås, year 2025.  Run: /usr/bin/python3 make_round.py
Builds every follow-up file plus namnder.csv, files.csv, expected.csv in this folder."""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r256build"
LO_PROFILE = "file:///tmp/lo-round256"
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GREEN = PatternFill("solid", fgColor="92D050")
YELLOW = PatternFill("solid", fgColor="FFEB84")
RED = PatternFill("solid", fgColor="FF7C80")
GREY = PatternFill("solid", fgColor="BFBFBF")


def new_wb(creator):
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for letter, w in widths.items():
            ws.column_dimensions[letter].width = w


def data_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def add_status_list(wb, sheet_name, name, values, state="hidden"):
    ls = wb.create_sheet(sheet_name)
    ls["A1"] = "Status"
    ls["A1"].font = BOLD
    for i, v in enumerate(values, start=2):
        ls.cell(row=i, column=1, value=v)
    ls.sheet_state = state
    ref = "'%s'!$A$2:$A$%d" % (sheet_name, len(values) + 1)
    wb.defined_names.append(DefinedName(name, attr_text=ref))
    return ls


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – AutoFilter left on, rows filtered out
# ---------------------------------------------------------------------------
def f_ks():
    fil = "KS_internkontroll_uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = new_wb("Lena Arvidsson")
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljningsperiod: Tertial 2 2025 (maj–augusti)"
    ws["A3"] = "Kommunledningsförvaltningen, ekonomienheten. Status väljs i rullistan."
    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "Status T2", "Kommentar/resultat T2", "Avvikelse (Ja/Nej)"]
    header_row(ws, 4, headers, {"A": 5, "B": 16, "C": 48, "D": 26, "E": 10, "F": 20,
                                "G": 22, "H": 50, "I": 12})
    rows = [
        ("KS1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Tertial", "Ekonomichef", "Genomförd",
         "20 fakturor granskade. 1 faktura saknade andra attest, rättad och chefen informerad.", "Ja",
         "GENOMFORD", "ja"),
        ("KS2", "Ekonomi", "Kontroll av att representation följer riktlinjen för representation",
         "Stickprov 10 verifikationer", "Tertial", "Redovisningsekonom", "Pågår",
         "Stickprovet för T2 är påbörjat, 6 av 10 verifikationer granskade. Inga fel hittills.", "Nej",
         "DELVIS", "nej"),
        ("KS3", "Upphandling", "Köp utanför avtal – analys av avtalstrohet",
         "Analys av leverantörsreskontra", "Halvår", "Upphandlingschef", "Genomförd",
         "Avtalstrohet 91 %. Två inköp utanför avtal (konsulttjänster), återkoppling till berörda chefer.", "Ja",
         "GENOMFORD", "ja"),
        ("KS4", "HR", "Kontroll av att lönetillägg är beslutade av behörig chef",
         "Stickprov 15 lönetillägg", "Tertial", "HR-chef", "Ej påbörjad",
         "Skjuts till T3 på grund av byte av lönesystem.", "",
         "EJ_GENOMFORD", ""),
        ("KS5", "HR", "Behörigheter i personalsystemet avslutas när anställningen upphör",
         "Jämförelse behörighetslista mot avslutslista", "Tertial", "Systemförvaltare HR", "Genomförd",
         "4 konton var fortfarande aktiva efter avslutad anställning. Stängda 2025-06-10.", "Ja",
         "GENOMFORD", "ja"),
        ("KS6", "IT", "Kontroll av att säkerhetskopiering av verksamhetssystem fungerar (återläsningstest)",
         "Återläsningstest", "Halvår", "IT-chef", "Genomförd",
         "Återläsning av ekonomisystemet genomförd 2025-05-22 utan anmärkning.", "Nej",
         "GENOMFORD", "nej"),
        ("KS7", "Dokumenthantering", "Diarieföring av inkomna handlingar inom två arbetsdagar",
         "Stickprov 30 handlingar", "Tertial", "Kanslichef", "Pågår",
         "Stickprov för maj–juni klart utan anmärkning, juli–augusti återstår.", "Nej",
         "DELVIS", "nej"),
        ("KS8", "Säkerhet", "Uppföljning av att krisledningsplanen är uppdaterad",
         "Genomgång av plan och kontaktlistor", "Årlig", "Säkerhetssamordnare", "Ej påbörjad",
         "Planeras till oktober i samband med krisledningsövningen.", "",
         "EJ_GENOMFORD", ""),
        ("KS9", "Ekonomi", "Avstämning av balanskonton vid tertialbokslut",
         "Genomgång av avstämningsmappar", "Tertial", "Redovisningschef", "Genomförd",
         "Samtliga balanskonton avstämda per 2025-08-31.", "Nej",
         "GENOMFORD", "nej"),
        ("KS10", "Politisk organisation", "Arvoden till förtroendevalda betalas ut enligt arvodesreglementet",
         "Stickprov 10 utbetalningar", "Tertial", "Nämndsekreterare", "Genomförd med avvikelse",
         "Ett sammanträdesarvode felaktigt utbetalt två gånger, återkrävt i augusti.", "Ja",
         "GENOMFORD", "ja"),
    ]
    visible = {"Pågår", "Ej påbörjad"}
    r = 5
    for row in rows:
        data_row(ws, r, row[:9])
        if row[6] not in visible:
            ws.row_dimensions[r].hidden = True
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    last = r - 1
    ws.auto_filter.ref = "A4:I%d" % last
    ws.auto_filter.add_filter_column(6, sorted(visible))
    ws.cell(row=last + 2, column=1, value="Antal kontrollmoment: 10. Genomförda: 6. Pågår: 2. Ej påbörjade: 2.")
    ws.cell(row=last + 4, column=1, value="Rapporterat av: Lena Arvidsson, controller, 2025-09-12")
    ws.freeze_panes = "D5"
    add_status_list(wb, "Listor", "Statuslista",
                    ["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Utgår"])
    dv = DataValidation(type="list", formula1="=Statuslista", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G5:G%d" % last)
    ws.print_title_rows = "4:4"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – hidden example rows, hidden T1 columns
# ---------------------------------------------------------------------------
def f_bun():
    fil = "BUN IKP 2025 delårsuppföljning.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = new_wb("Johan Sandberg")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = BOLD
    ws["A3"] = ("Instruktion: Fyll i status och kommentar i kolumnerna för aktuell uppföljning "
                "(T1, delår, helår). Ta inte bort exempelraderna.")
    headers = ["Nr", "Kontrollmoment", "Risk (1–16)", "Kontrollmetod", "Ansvarig",
               "Status T1", "Kommentar T1", "Status delår", "Kommentar delår",
               "Status helår", "Kommentar helår"]
    header_row(ws, 5, headers, {"A": 5, "B": 50, "C": 9, "D": 26, "E": 18, "F": 14, "G": 36,
                                "H": 16, "I": 50, "J": 14, "K": 30})
    examples = [
        ("Ex", "Exempel: Kontroll av att fakturor attesteras enligt attestordningen", 8,
         "Stickprov 10 fakturor", "Ekonom", "Genomförd", "Exempeltext – inga avvikelser",
         "Genomförd", "Exempeltext", "", ""),
        ("Ex", "Exempel: Kontroll av att delegationsbeslut anmäls till nämnden", 6,
         "Genomgång av protokoll", "Nämndsekreterare", "Delvis", "Exempeltext",
         "Ej genomförd", "Exempeltext", "", ""),
    ]
    r = 6
    for ex in examples:
        data_row(ws, r, ex)
        for c in range(1, 12):
            ws.cell(row=r, column=c).font = Font(italic=True, color="808080")
        ws.row_dimensions[r].hidden = True
        r += 1
    rows = [
        (1, "Kontroll av att frånvaro registreras dagligen i elevregistret", 9,
         "Stickprov tre skolor", "Skolchef", "Genomförd", "Stickprov Åsskolan, inga avvikelser",
         "Genomförd", "Stickprov på Åsskolan, Kvarnbyskolan och Älvängenskolan. Registrering sker dagligen.",
         "", "", "GENOMFORD", "nej"),
        (2, "Kontroll av att anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar", 12,
         "Genomgång av samtliga anmälningar", "Kvalitetsutvecklare", "Delvis", "Januari–februari granskade",
         "Genomförd med avvikelse",
         "11 av 48 anmälningar rapporterades senare än fem arbetsdagar. Påminnelse till rektorer vid rektorsmöte i juni.",
         "", "", "GENOMFORD", "ja"),
        (3, "Beslut om skolskjuts fattas enligt delegationsordningen", 6,
         "Stickprov 10 beslut", "Skolskjutshandläggare", "Ej påbörjad", "",
         "Pågår", "7 av 10 beslut granskade, inga fel hittills.",
         "", "", "DELVIS", "nej"),
        (4, "Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift", 8,
         "Årlig inkomstkontroll mot Skatteverket", "Avgiftshandläggare", "Genomförd",
         "Inkomstkontrollen klar i april. 6 hushåll fick retroaktiv debitering.",
         "", "", "", "", "GENOMFORD", "ja"),
        (5, "Kontroll av att utdrag ur belastningsregistret har begärts vid nyanställning", 12,
         "Genomgång av nyanställningar", "HR-specialist", "Genomförd", "9 nyanställda, samtliga ok",
         "Genomförd", "Samtliga 23 nyanställda under perioden kontrollerade.",
         "", "", "GENOMFORD", "nej"),
        (6, "Uppföljning av att modersmålsundervisning erbjuds enligt skollagen", 6,
         "Enkät till rektorer", "Samordnare modersmål", "", "",
         "Ej genomförd", "Flyttas till helår på grund av vakant tjänst som samordnare.",
         "", "", "EJ_GENOMFORD", ""),
        (7, "Kontroll av att inköp av läromedel görs från upphandlade leverantörer", 9,
         "Analys av leverantörsreskontra", "Controller", "", "",
         "Se bilaga 2", "", "", "", "OKLAR", ""),
        (8, "Kontroll av att skyddade personuppgifter hanteras enligt rutin", 16,
         "Intervju med administratörer", "Förvaltningschef", "", "",
         "Delvis", "Rutinen finns. Utbildning för skoladministratörer genomförd på 4 av 9 enheter.",
         "", "", "DELVIS", ""),
    ]
    for row in rows:
        data_row(ws, r, row[:11])
        exp(fil, N, row[1], row[11], row[12])
        r += 1
    # old period (T1) hidden
    ws.column_dimensions["F"].hidden = True
    ws.column_dimensions["G"].hidden = True
    ws.freeze_panes = "C6"
    add_status_list(wb, "Val", "Statusval",
                    ["Genomförd", "Genomförd med avvikelse", "Delvis", "Pågår", "Ej genomförd",
                     "Ej påbörjad", "Utgår"])
    dv = DataValidation(type="list", formula1="=Statusval", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F6:F%d" % (r - 1))
    dv.add("H6:H%d" % (r - 1))
    dv.add("J6:J%d" % (r - 1))
    ws.cell(row=r + 1, column=2, value="Beslutad i BUN 2025-09-24 § 87")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – outline groups, one collapsed; struck row hidden. Saved as .xls
# ---------------------------------------------------------------------------
def f_sn():
    base = "Socialnamnden_uppfoljning_IKP_T2_2025"
    fil = base + ".xls"
    N = "Socialnämnden"
    wb = new_wb("Maria Lindqvist")
    ws = wb.active
    ws.title = "Internkontroll"
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan, tertial 2 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Socialförvaltningen Älvängen-Ås kommun"
    ws["A3"] = "Statuskoder: G = Genomförd   D = Delvis genomförd/pågår   E = Ej genomförd   U = Utgår"
    ws["A3"].font = Font(italic=True)
    headers = ["Nr", "Kontrollmoment", "Ansvarig", "Metod", "Status T2", "Analys/kommentar", "Åtgärd"]
    header_row(ws, 5, headers, {"A": 6, "B": 52, "C": 18, "D": 24, "E": 10, "F": 52, "G": 30})
    groups = [
        ("1. Myndighetsutövning", False, [
            ("1.1", "Utredningar enligt SoL inleds inom 14 dagar efter aktualisering", "Enhetschef IFO",
             "Stickprov 25 ärenden", "G", "Stickprov 25 ärenden, samtliga utredningar inledda inom 14 dagar.", "",
             "GENOMFORD", "nej", False),
            ("1.2", "Kontroll av att beslut fattas enligt delegationsordningen", "Nämndsekreterare",
             "Stickprov 20 beslut", "G", "2 beslut fattade av fel delegat. Återrapporterat till nämnden i juni.",
             "Information till handläggare om delegationsordningen", "GENOMFORD", "ja", False),
            ("1.3", "Uppföljning av genomförandeplaner inom hemtjänsten var sjätte månad", "Enhetschef hemtjänst",
             "Journalgranskning", "D",
             "Granskning klar för 3 av 5 hemtjänstgrupper. Av granskade planer saknade 12 % uppföljning i tid.",
             "Påminnelse till samordnare", "DELVIS", "ja", False),
        ]),
        ("2. Vård och omsorg", False, [
            ("2.1", "Händelser enligt lex Sarah utreds och anmäls till IVO vid behov", "Kvalitetsstrateg",
             "Genomgång av samtliga rapporter", "G", "Samtliga 4 rapporter utredda inom tid, 1 anmäld till IVO. Inga brister i hanteringen.",
             "", "GENOMFORD", "nej", False),
            ("2.2", "Kontroll av läkemedelshantering på särskilda boenden", "MAS",
             "Egenkontroll enligt checklista", "E", "Ej genomförd, MAS-tjänsten vakant. Planeras till T3.", "",
             "EJ_GENOMFORD", "", False),
            ("2.3", "Kontroll av nyckelhantering i hemtjänsten", "Enhetschef hemtjänst",
             "Inventering av nyckelskåp", "U", "Utgår – ersätts av digitala lås. Beslut SN 2025-03-19 § 41.", "",
             "UTGAR", "", True),
        ]),
        ("3. Ekonomiskt bistånd", True, [
            ("3.1", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Enhetschef försörjningsstöd",
             "Stickprov 30 utbetalningar", "G", "1 dubbelutbetalning upptäckt, beloppet återkrävt.", "",
             "GENOMFORD", "ja", False),
            ("3.2", "Kontroll av att uppgifter hämtas via SSBTEK vid nybesök", "Enhetschef försörjningsstöd",
             "Stickprov 15 ärenden", "D", "Pågår.", "", "DELVIS", "", False),
            ("3.3", "Återsökning av statsbidrag för ensamkommande barn och unga", "Controller",
             "Avstämning mot Migrationsverket", "G", "Återsökt för kvartal 1 och 2, utan anmärkning.", "",
             "GENOMFORD", "nej", False),
        ]),
        ("4. Ekonomi och administration", False, [
            ("4.1", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "Stickprov 20 fakturor", "G", "Inga avvikelser i stickprovet.", "", "GENOMFORD", "nej", False),
            ("4.2", "Kontroll av att brukares privata medel (fickpengar) redovisas kvartalsvis", "Enhetschefer SÄBO",
             "Genomgång av kassaböcker", "",
             "Redovisningar från samtliga boenden har lämnats in och kontrollerats, inga fel.", "",
             "GENOMFORD", "nej", False),
            ("4.3", "Avgifter inom äldreomsorgen debiteras enligt taxa", "Avgiftshandläggare",
             "Stickprov 20 fakturor", "", "", "", "SAKNAS", "", False),
        ]),
    ]
    r = 6
    for title, collapsed, items in groups:
        ws.cell(row=r, column=1, value=title).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="EDEDED")
        first = r + 1
        r += 1
        for it in items:
            data_row(ws, r, it[:7])
            if it[9]:
                ws.row_dimensions[r].hidden = True
            exp(fil, N, it[1], it[7], it[8])
            r += 1
        ws.row_dimensions.group(first, r - 1, outline_level=1, hidden=collapsed)
        if not collapsed:
            # keep struck row hidden inside an expanded group
            for rr in range(first, r):
                if ws.cell(row=rr, column=5).value == "U":
                    ws.row_dimensions[rr].hidden = True
    ws.cell(row=r + 1, column=1,
            value="Not: Kontrollmoment 2.3 utgår enligt beslut i SN 2025-03-19 § 41 och har dolts i tabellen.")
    ws.cell(row=r + 3, column=1, value="Maria Lindqvist, förvaltningsekonom")
    ws.freeze_panes = "C6"
    os.makedirs(BUILD, exist_ok=True)
    tmp = os.path.join(BUILD, base + ".xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", HERE)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden – very hidden 2024 copy, hidden status sheet, print area,
#    white text on white
# ---------------------------------------------------------------------------
def f_tn():
    fil = "Tekniska nämnden - internkontroll helår 2025.xlsx"
    N = "Tekniska nämnden"
    wb = new_wb("Per Hedlund")
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av intern kontroll – helår 2025"
    ws["A2"].font = BOLD
    ws["F2"] = "Färgkod: grön = Klar, gul = Pågående, röd = Ej klar, grå = Ej aktuell"
    ws["F2"].font = Font(italic=True, size=9)
    headers = ["Id", "Område", "Kontrollmoment", "Kontrollansvarig", "Resultat helår", "Status",
               "Avvikelse"]
    header_row(ws, 4, headers, {"A": 6, "B": 16, "C": 52, "D": 20, "E": 52, "F": 13, "G": 11, "H": 30})
    ws["H4"] = "Intern anteckning"
    ws["H4"].font = BOLD
    fills = {"Klar": GREEN, "Pågående": YELLOW, "Ej klar": RED, "Ej aktuell": GREY}
    rows = [
        ("TN1", "VA", "Kontroll av att arbetsorder i VA-verksamheten faktureras inom 30 dagar", "VA-chef",
         "Samtliga arbetsordrar fakturerade, i genomsnitt 18 dagar efter utförande.", "Klar", "Nej",
         "GENOMFORD", "nej"),
        ("TN2", "Kost", "Kontroll av att egenkontroller av livsmedel i kostenheterna utförs enligt plan",
         "Kostchef", "Två kök saknade dokumenterad temperaturkontroll i juni. Rutinen har förtydligats.",
         "Klar", "Ja", "GENOMFORD", "ja"),
        ("TN3", "Park", "Kontroll av att besiktningsanmärkningar på lekplatser åtgärdas", "Parkchef",
         "12 av 19 anmärkningar åtgärdade, resterande planeras till våren 2026.", "Pågående", "Nej",
         "DELVIS", "nej"),
        ("TN4", "Fordon", "Kontroll av att körjournaler förs för kommunens fordon", "Fordonssamordnare",
         "Ej genomförd – nytt fordonssystem med elektronisk körjournal införs 2026.", "Ej klar", "",
         "EJ_GENOMFORD", ""),
        ("TN5", "Gata", "Avtalsuppföljning av entreprenadavtal för vinterväghållning", "Gatuchef",
         "", "Klar", "Nej", "GENOMFORD", "nej"),
        ("TN6", "Projekt", "Kontroll av att ÄTA-arbeten godkänns skriftligt innan de utförs", "Projektchef",
         "3 av 14 ÄTA-arbeten saknade skriftligt godkännande före utförande.", "Klar", "Ja",
         "GENOMFORD", "ja"),
        ("TN7", "Fordon", "Kontroll av inventarieförteckning för maskinparken", "Fordonssamordnare",
         "Utgår enligt beslut TN 2025-05-21 § 58, ingår i kommunstyrelsens kontroll av anläggningsregistret.",
         "Ej aktuell", "", "UTGAR", ""),
        # the two rows below lie outside the print area (added after it was set)
        ("TN8", "Gata", "Kontroll av att felanmälningar om gatubelysning åtgärdas inom 14 dagar", "Gatuchef",
         "Samtliga utom 3 felanmälningar åtgärdade inom 14 dagar; orsak leveransproblem på armaturer.",
         "Klar", "Ja", "GENOMFORD", "ja"),
        ("TN9", "Avfall", "Kontroll av att avfallstaxan debiteras korrekt", "Avfallschef",
         "Avstämning mot abonnentregistret pågår.", "Pågående", "", "DELVIS", ""),
    ]
    r = 5
    for row in rows:
        data_row(ws, r, row[:7])
        ws.cell(row=r, column=6).fill = fills[row[5]]
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    ws["H7"] = "Fråga Anders om foto"
    ws.print_area = "A1:G11"       # ends at TN7
    # white-on-white note, not part of the plan
    wr = r + 2
    ws.cell(row=wr, column=3, value="Förslag IKP 2026: kontroll av drivmedelskort (ej beslutat, diskuteras i oktober)")
    ws.cell(row=wr, column=3).font = Font(color="FFFFFF")
    ws.cell(row=wr, column=3).fill = PatternFill("solid", fgColor="FFFFFF")
    ws.cell(row=wr + 2, column=1, value="Sammanställt av Per Hedlund, 2026-01-28")
    ws.freeze_panes = "D5"
    add_status_list(wb, "Statusvärden", "StatusTN", ["Klar", "Pågående", "Ej klar", "Ej aktuell"])
    dv = DataValidation(type="list", formula1="=StatusTN", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F5:F%d" % (r - 1))
    # last year's copy, very hidden
    old = wb.create_sheet("IK 2024")
    old["A1"] = "Tekniska nämnden – uppföljning intern kontroll helår 2024"
    old["A1"].font = TITLE
    header_row(old, 3, headers[:7])
    old_rows = [
        ("TN1", "VA", "Kontroll av att arbetsorder i VA-verksamheten faktureras inom 30 dagar", "VA-chef",
         "14 arbetsordrar fakturerade efter mer än 30 dagar.", "Klar", "Ja"),
        ("TN2", "Fastighet", "Kontroll av att hyreskontrakt för externa lokaler är aktuella", "Fastighetschef",
         "Ej genomförd.", "Ej klar", ""),
        ("TN3", "Gata", "Kontroll av att schaktanmälningar hanteras enligt rutin", "Gatuchef",
         "Inga avvikelser.", "Klar", "Nej"),
        ("TN4", "Kost", "Kontroll av att livsmedelsinköp sker enligt avtal", "Kostchef",
         "Avtalstrohet 88 %.", "Klar", "Ja"),
    ]
    for i, row in enumerate(old_rows, start=4):
        data_row(old, i, row)
    old.sheet_state = "veryHidden"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – symbols with legend, struck rows hidden. Saved as .ods
# ---------------------------------------------------------------------------
def f_kfn():
    base = "KFN uppföljning internkontroll delår 2025"
    fil = base + ".ods"
    N = "Kultur- och fritidsnämnden"
    wb = new_wb("Sara Holm")
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Delårsuppföljning av internkontrollplan per 31 augusti 2025"
    headers = ["Kontrollmoment", "Verksamhet", "Ansvarig", "Status", "Kommentar"]
    header_row(ws, 4, headers, {"A": 55, "B": 18, "C": 20, "D": 8, "E": 55})
    rows = [
        ("Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna", "Föreningsservice",
         "Föreningskonsulent", "●", "Stickprov 8 föreningar, underlagen kompletta.", "GENOMFORD", "nej", False),
        ("Kontroll av kassahantering i simhallen (dagskassor)", "Ås simhall", "Badchef", "◐",
         "Avstämning gjord för januari–maj; juni–augusti återstår.", "DELVIS", "", False),
        ("Kontroll av att lokalbokningar i bokningssystemet faktureras", "Bokning", "Bokningsansvarig", "●",
         "5 bokningar var ofakturerade och har fakturerats i efterhand.", "GENOMFORD", "ja", False),
        ("Kontroll av att bibliotekets inköp av medier görs enligt avtal", "Bibliotek", "Bibliotekschef", "○",
         "Ej genomförd, skjuts till helår.", "EJ_GENOMFORD", "", False),
        ("Kontroll av att hyresavtal för föreningslokaler är aktuella", "Föreningsservice", "Fritidschef", "–",
         "Utgår enligt beslut KFN 2025-04-09 § 22.", "UTGAR", "", True),
        ("Kontroll av att ledare i verksamhet för barn har visat utdrag ur belastningsregistret",
         "Fritidsgårdar", "Fritidschef", "–",
         "Utgår – ansvaret har flyttats till föreningarna (KFN 2025-04-09 § 22).", "UTGAR", "", True),
        ("Kontroll av att arrangemangsbidrag redovisas inom tre månader", "Kultur", "Kultursekreterare", "",
         "", "SAKNAS", "", False),
    ]
    r = 5
    for row in rows:
        data_row(ws, r, row[:5])
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
        if row[7]:
            ws.row_dimensions[r].hidden = True
        exp(fil, N, row[0], row[5], row[6])
        r += 1
    ws.cell(row=r + 1, column=1, value="Teckenförklaring: ● = Genomförd   ◐ = Pågår/delvis genomförd   "
                                       "○ = Ej genomförd   – = Utgår (raden dold)")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    os.makedirs(BUILD, exist_ok=True)
    tmp = os.path.join(BUILD, base + ".xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", HERE)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Älvängen-Ås Bostäder AB – company only in print header; T1 columns grouped & collapsed
# ---------------------------------------------------------------------------
def f_aab():
    fil = "Internkontroll T2 2025.xlsx"
    N = "Älvängen-Ås Bostäder AB"
    wb = new_wb("Kristina Ek")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Uppföljning internkontroll T2 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Rapporteras till styrelsen 2025-09-30"
    headers = ["Nr", "Risk", "Kontrollmoment", "Ansvarig", "Status T1", "Kommentar T1",
               "Status T2", "Kommentar T2"]
    header_row(ws, 4, headers, {"A": 5, "B": 22, "C": 52, "D": 18, "E": 14, "F": 36, "G": 22, "H": 52})
    fills = {"Genomförd": GREEN, "Genomförd med avvikelse": GREEN, "Pågår": YELLOW,
             "Delvis": YELLOW, "Ej påbörjad": RED}
    rows = [
        (1, "Felaktiga hyror", "Kontroll av att hyresavisering sker enligt gällande hyresavtal", "Ekonomichef",
         "Genomförd", "Stickprov 40 avtal", "Genomförd", "Stickprov 40 avtal utan anmärkning.",
         "GENOMFORD", "nej"),
        (2, "Förlorade nycklar", "Kontroll av att nyckelkvitton finns för samtliga utlämnade nycklar",
         "Förvaltare", "Pågår", "", "Genomförd med avvikelse",
         "7 nyckelkvitton saknades, nya kvitton upprättades i juli.", "GENOMFORD", "ja"),
        (3, "Otillbörlig uthyrning", "Kontroll av att köreglerna följs vid uthyrning av lägenheter",
         "Uthyrningschef", "Genomförd", "20 uthyrningar, inga avvikelser", "Pågår",
         "Stickprov för T2 påbörjat.", "DELVIS", ""),
        (4, "Jäv och mutor", "Kontroll av att beställningar över 100 tkr har godkänts av VD", "VD",
         "Ej påbörjad", "", "Ej påbörjad", "Genomförs under T3.", "EJ_GENOMFORD", ""),
        (5, "Kundförluster", "Kontroll av att hyresfordringar äldre än 60 dagar lämnas till inkasso",
         "Ekonomichef", "Genomförd", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (6, "Brand", "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter",
         "Fastighetschef", "Delvis", "18 av 44 fastigheter", "Delvis", "31 av 44 fastigheter klara.",
         "DELVIS", ""),
    ]
    r = 5
    for row in rows:
        data_row(ws, r, row[:8])
        for col in (5, 7):
            v = ws.cell(row=r, column=col).value
            if v in fills:
                ws.cell(row=r, column=col).fill = fills[v]
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    ws.column_dimensions.group("E", "F", outline_level=1, hidden=True)
    ws.freeze_panes = "D5"
    ws.oddHeader.left.text = "Älvängen-Ås Bostäder AB"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.print_area = "A1:H%d" % (r - 1)
    add_status_list(wb, "Lista", "Statusval",
                    ["Genomförd", "Genomförd med avvikelse", "Pågår", "Delvis", "Ej påbörjad", "Utgår"])
    dv = DataValidation(type="list", formula1="=Statusval", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E5:E%d" % (r - 1))
    dv.add("G5:G%d" % (r - 1))
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnämnden – plain sheet, AutoFilter buttons without criteria,
#    hidden "Mall" sheet with example rows, hidden risk column
# ---------------------------------------------------------------------------
def f_mbn():
    fil = "MBN_IKP_uppfoljning_T2_2025.xlsx"
    N = "Miljö- och byggnämnden"
    wb = new_wb("Erik Norén")
    ws = wb.active
    ws.title = "T2 2025"
    ws["A1"] = "Miljö- och byggnämnden – internkontrollplan 2025, uppföljning tertial 2"
    ws["A1"].font = TITLE
    headers = ["Nr", "Kontrollmoment", "Riskvärde", "Ansvarig", "Status", "Kommentar", "Avvikelse"]
    header_row(ws, 3, headers, {"A": 5, "B": 55, "C": 9, "D": 20, "E": 18, "F": 55, "G": 10})
    rows = [
        ("M1", "Kontroll av att bygglovsärenden handläggs inom lagstadgad tid (10 veckor)", 12, "Bygglovschef",
         "Genomförd", "96 % inom 10 veckor. 4 ärenden överskred tiden, avgiften reducerades enligt PBL.", "Ja",
         "GENOMFORD", "ja"),
        ("M2", "Kontroll av att tillsynsavgifter enligt miljöbalken debiteras enligt taxa", 9, "Miljöchef",
         "Genomförd", "Inga fel i stickprov om 15 debiteringar.", "Nej", "GENOMFORD", "nej"),
        ("M3", "Kontroll av att delegationsbeslut anmäls till nämnden", 6, "Nämndsekreterare",
         "Genomförd", "", "Nej", "GENOMFORD", "nej"),
        ("M4", "Kontroll av att livsmedelskontroller genomförs enligt kontrollplan", 12, "Miljöchef",
         "Delvis genomförd", "62 % av planerade kontroller utförda t.o.m. augusti.", "Nej", "DELVIS", "nej"),
        ("M5", "Kontroll av att jäv hanteras och dokumenteras i ärenden", 8, "Förvaltningschef",
         "Ej genomförd", "Senareläggs till T3.", "", "EJ_GENOMFORD", ""),
        ("M6", "Kontroll av att beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka", 6,
         "Bygglovschef", "Genomförd", "Samtliga 6 beslut skickade i tid.", "Nej", "GENOMFORD", "nej"),
        ("M7", "Kontroll av att kart- och mätavgifter debiteras enligt taxa", 4, "GIS-ingenjör",
         "Utgår", "Utgår enligt beslut MBN 2025-02-26 § 12.", "", "UTGAR", ""),
    ]
    r = 4
    for row in rows:
        data_row(ws, r, row[:7])
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    ws.auto_filter.ref = "A3:G%d" % (r - 1)
    ws.column_dimensions["C"].hidden = True
    ws.freeze_panes = "A4"
    mall = wb.create_sheet("Mall")
    mall["A1"] = "[Nämnd] – internkontrollplan [år], uppföljning [period]"
    header_row(mall, 3, headers)
    data_row(mall, 4, ("X1", "Exempel: Kontroll av att fakturor attesteras korrekt", 9, "Ekonom",
                       "Genomförd", "Exempel på kommentar", "Nej"))
    data_row(mall, 5, ("X2", "Exempel: Kontroll av att avtal följs", 6, "Chef", "Ej genomförd",
                       "Exempel på kommentar", ""))
    mall.sheet_state = "hidden"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Reject: the economy office's blank template (no nämnd, no follow-up)
# ---------------------------------------------------------------------------
def f_reject():
    fil = "Mall uppföljning internkontroll 2025 (tom).xlsx"
    wb = new_wb("Ekonomienheten")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "[Nämndens namn] – uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Period: [T1 / Delår / Helår]"
    ws["A3"] = ("Instruktion: Fyll i ett kontrollmoment per rad. Status väljs i rullistan. "
                "Skicka till ekonomienheten senast fem arbetsdagar efter periodens slut.")
    headers = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Avvikelse (Ja/Nej)"]
    header_row(ws, 5, headers, {"A": 5, "B": 16, "C": 48, "D": 18, "E": 18, "F": 48, "G": 12})
    data_row(ws, 6, ("Ex", "Ekonomi", "Exempel: Attest av leverantörsfakturor enligt attestordningen",
                     "Ekonomichef", "Genomförd", "Exempel: 20 fakturor granskade, inga avvikelser.", "Nej"))
    data_row(ws, 7, ("Ex", "HR", "Exempel: Kontroll av att lönetillägg är beslutade av behörig chef",
                     "HR-chef", "Pågår", "Exempel: 8 av 15 granskade.", "Nej"))
    ws.row_dimensions[6].hidden = True
    ws.row_dimensions[7].hidden = True
    for rr in range(8, 23):
        data_row(ws, rr, ("", "", "", "", "", "", ""))
    add_status_list(wb, "Listor", "Statuslista",
                    ["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Utgår"])
    dv = DataValidation(type="list", formula1="=Statuslista", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E6:E22")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Älvängen-Ås Bostäder AB", "ÄÅB|Åsbostäder|Bostadsbolaget"),
        ("Räddningstjänstförbundet Södra Älvdalen", "RSÄ|Räddningstjänsten"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(BUILD)
    f_ks()
    f_bun()
    f_sn()
    f_tn()
    f_kfn()
    f_aab()
    f_mbn()
    f_reject()
    write_csvs()
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
