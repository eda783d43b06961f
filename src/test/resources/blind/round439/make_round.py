#!/usr/bin/python3
"""Blind round 439 - Östhammars kommun, delår 2025.
Theme: workbooks holding several nämnder (sheet per nämnd, grouped long table,
"Nämnd" column) plus single-nämnd files (.docx, .ods, .xlsx) and one file to reject.
Run: /usr/bin/python3 make_round.py   (builds everything in this folder)
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round439"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", fmt,
                    "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def header_row(ws, row, headers, widths=None):
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=row, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    if widths:
        for c, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + c)].width = w


def body_cells(ws, row, values):
    for c, v in enumerate(values, 1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# File 1: kommun-wide workbook, one sheet per nämnd (+ Instruktion,
#         Sammanställning, hidden last-year sheet)
# ---------------------------------------------------------------------------
F1 = "Uppföljning intern kontroll delår 2025 - samtliga nämnder.xlsx"

# (nr, process, kontrollmoment, metod, frekvens, ansvarig, T1, Delår, kommentar, exp_status, exp_avv)
KS_ROWS = [
    ("Ekonomi", None),
    ("1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor per tertial", "Tertial", "Redovisningsansvarig",
     "Genomförd", "Genomförd",
     "2 av 20 fakturor attesterade av person utan attesträtt. Påminnelse om attestordningen skickad till berörda chefer.",
     "GENOMFORD", "ja"),
    ("2", "Representation", "Representation och förtroendekänsliga poster – syfte och deltagare framgår av underlaget",
     "Genomgång av samtliga representationsfakturor", "Delår/helår", "Controller KLF",
     "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Upphandling och inköp", None),
    ("3", "Direktupphandling", "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinje för direktupphandling",
     "Stickprov i e-handelssystemet", "Delår/helår", "Upphandlingschef",
     "Ej påbörjad", "Pågår",
     "Granskning av 10 av 25 direktupphandlingar klar, hittills inga avvikelser. Resterande redovisas i helårsuppföljningen.",
     "DELVIS", "nej"),
    ("4", "Avtalstrohet", "Avtalstrohet vid inköp av förbrukningsmaterial",
     "Analys av leverantörsreskontra", "Helår", "Upphandlingschef",
     "", "Ej påbörjad", "Planeras till oktober.", "EJ_GENOMFORD", ""),
    ("Personal och IT", None),
    ("5", "Lön", "Behörigheter i lönesystemet Heroma tas bort vid avslutad anställning",
     "Avstämning avslutade anställningar mot aktiva konton", "Tertial", "HR-chef",
     "Genomförd", "Genomförd",
     "3 konton var fortfarande aktiva mer än 30 dagar efter avslutad anställning. Kontona är borttagna och rutinen förtydligad.",
     "GENOMFORD", "ja"),
    ("6", "Informationssäkerhet", "Informationssäkerhet – efterlevnad av rutin för lösenordsbyte",
     "Utdrag ur AD", "Delår", "IT-chef",
     "", "Utgår", "Utgår enligt KS beslut 2025-05-14 § 87, ersätts av tvåfaktorsinloggning.",
     "UTGAR", ""),
    ("Administration", None),
    ("7", "Diarieföring", "Diarieföring av inkommande handlingar inom fem arbetsdagar",
     "Stickprov 30 handlingar", "Delår", "Kommunsekreterare",
     "", "", "", "SAKNAS", ""),
    ("8", "Synpunktshantering", "Hantering av synpunkter och klagomål enligt kommunens rutin",
     "Genomgång i Artvise", "Delår", "Kvalitetsstrateg",
     "", "", "Se bilaga 2.", "OKLAR", ""),
]

SN_ROWS = [
    ("Myndighetsutövning", None),
    ("1", "Barn och unga", "Utredningstid för barnavårdsutredningar inom fyra månader (11 kap. 2 § SoL)",
     "Uttag ur Treserva", "Tertial", "Enhetschef IFO barn och unga",
     "Genomförd", "Genomförd med anmärkning",
     "6 av 41 utredningar överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
    ("2", "Biståndshandläggning", "Beslut om bistånd enligt 4 kap. 1 § SoL är dokumenterade och kommunicerade",
     "Stickprov 15 akter", "Delår", "Enhetschef myndighet äldre",
     "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("3", "Placeringar", "Uppföljning av placeringar – vårdplaner och genomförandeplaner är aktuella",
     "Genomgång samtliga placeringar", "Delår/helår", "Enhetschef IFO",
     "", "Pågår", "Genomgång av HVB-placeringar klar, familjehemsplaceringar återstår.", "DELVIS", ""),
    ("Ekonomi", None),
    ("4", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd – kontroll av dubbelutbetalningar",
     "Avstämning utbetalningslistor", "Tertial", "Enhetschef försörjningsstöd",
     "Genomförd", "Genomförd", "Inga dubbelutbetalningar har upptäckts.", "GENOMFORD", "nej"),
    ("5", "Brukarmedel", "Hantering av brukarmedel på särskilda boenden",
     "Kassakontroll på två boenden", "Delår", "Verksamhetschef vård och omsorg",
     "", "Ej genomförd", "Skjuts till hösten på grund av hög arbetsbelastning under sommaren.", "EJ_GENOMFORD", ""),
    ("Kvalitet och patientsäkerhet", None),
    ("6", "Lex Sarah", "Lex Sarah-rapporter utreds och åtgärdas inom fastställd tid",
     "Genomgång av inkomna rapporter", "Delår", "Kvalitetsutvecklare",
     "", "Genomförd", "En rapport utreddes först efter tre månader. Övriga inom tid.", "GENOMFORD", "ja"),
    ("7", "Läkemedel", "Läkemedelshantering – signeringslistor i hemtjänsten är kompletta",
     "Stickprov signeringslistor", "Delår", "MAS",
     "", "Ej aktuell", "Ej aktuell i internkontrollen, kontrolleras av MAS i egenkontrollprogrammet.", "UTGAR", ""),
    ("8", "Delegering", "Delegering av hälso- och sjukvårdsuppgifter förnyas årligen",
     "Genomgång delegeringsregister", "Årligen", "MAS",
     "Genomförd", "", "", "GENOMFORD", ""),
]

SN_2024_ROWS = [  # hidden sheet, helår 2024: must NOT be read
    ("1", "Barn och unga", "Utredningstid för barnavårdsutredningar inom fyra månader (11 kap. 2 § SoL)",
     "Uttag ur Treserva", "Tertial", "Enhetschef IFO", "Genomförd", "Genomförd", "9 av 58 utredningar överskred tiden."),
    ("2", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd – kontroll av dubbelutbetalningar",
     "Avstämning", "Tertial", "Enhetschef försörjningsstöd", "Genomförd", "Genomförd", "Inga avvikelser."),
    ("3", "Avgifter", "Avgiftsbeslut inom äldreomsorgen baseras på aktuell inkomstförfrågan",
     "Stickprov 20 beslut", "Helår", "Avgiftshandläggare", "", "Ej genomförd", "Flyttas till 2025."),
    ("4", "Hemtjänst", "Tidsregistrering i hemtjänsten (TES) stämmer mot beviljade insatser",
     "Stickprov", "Helår", "Verksamhetschef", "Pågår", "Genomförd", "Avvikelser i 4 % av besöken."),
]

KFN_ROWS = [
    ("1", "Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer",
     "Stickprov 10 bidrag", "Delår", "Föreningsutvecklare",
     "", "Genomförd", "Ett bidrag utbetalt utan komplett årsredovisning från föreningen. Komplettering begärd.",
     "GENOMFORD", "ja"),
    ("2", "Kontanthantering", "Kontanthantering i simhallen och på biblioteken (kassaavstämning)",
     "Oanmäld kassainventering", "Tertial", "Enhetschef fritid",
     "Genomförd", "Genomförd", "Inga differenser.", "GENOMFORD", "nej"),
    ("3", "Lokaluthyrning", "Uthyrning av lokaler och anläggningar faktureras enligt taxa",
     "Avstämning mot bokningssystemet Interbook", "Delår", "Bokningsansvarig",
     "Ej påbörjad", "Pågår", "Avstämning mot Interbook pågår, klar i oktober.", "DELVIS", ""),
    ("4", "Konst", "Inköp av offentlig konst följer kommunens konstpolicy",
     "Genomgång av inköp", "Helår", "Kulturchef",
     "", "Utgår", "Inga konstinköp görs 2025.", "UTGAR", ""),
    ("5", "Lotterier", "Ansökningar om lotteritillstånd handläggs inom fyra veckor",
     "Genomgång ärendelista", "Delår", "Handläggare",
     "", "", "", "SAKNAS", ""),
]

# BIN uses Ja/Nej/Delvis, one status column
BIN_ROWS = [
    ("1", "Trygghet och studiero", "Anmälan av kränkande behandling till huvudmannen sker enligt rutin",
     "Stickprov på fyra skolor", "Ja",
     "Samtliga anmälningar i urvalet inkom till huvudmannen inom en vecka.", "GENOMFORD", "nej"),
    ("2", "Närvaro", "Frånvarorapportering i Skola24 sker dagligen",
     "Utdrag ur Skola24", "Delvis", "Kontroll gjord på 3 av 6 grundskoleenheter.", "DELVIS", ""),
    ("3", "Skolpeng", "Ersättning till fristående huvudmän (skolpeng) baseras på korrekt elevantal",
     "Avstämning mot folkbokföring", "Ja",
     "Två elever var dubbelregistrerade i juni. Ersättningen korrigerad i augusti.", "GENOMFORD", "ja"),
    ("4", "Rekrytering", "Registerutdrag ur belastningsregistret kontrolleras vid nyanställning",
     "Stickprov 10 anställningar", "Nej", "Ej genomförd på grund av vakans på HR-enheten.", "EJ_GENOMFORD", ""),
    ("5", "Inventarier", "Inventarieförteckning för elevdatorer är uppdaterad",
     "Jämförelse förteckning/fysisk inventering", "Ja", "", "GENOMFORD", ""),
    ("6", "Skolskjuts", "Fakturor för skolskjuts stäms av mot beställda turer",
     "Avstämning tre månader", "Nej", "Flyttas till tertial 3.", "EJ_GENOMFORD", ""),
    ("7", "Modersmål", "Beslut om modersmålsundervisning finns för samtliga elever som deltar",
     "Genomgång av beslut", "", "Kontrollen genomfördes i augusti, inga brister noterades.", "GENOMFORD", "nej"),
]

STATUS_WORDS = ["Genomförd", "Pågår", "Ej påbörjad/Ej genomförd", "Utgår/Ej aktuell", "Ej rapporterad"]


def count_word(status):
    s = (status or "").lower()
    if s.startswith("genomförd"):
        return 0
    if s.startswith("pågår"):
        return 1
    if s.startswith("ej påbörjad") or s.startswith("ej genomförd"):
        return 2
    if s.startswith("utgår") or s.startswith("ej aktuell"):
        return 3
    return 4


def word_sheet(ws, title_lines, rows, period_cols=("Status T1", "Status delår")):
    r = 1
    for i, t in enumerate(title_lines):
        ws.cell(row=r, column=1, value=t).font = TITLE if i == 0 else BOLD
        r += 1
    r += 1
    headers = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               period_cols[0], period_cols[1], "Kommentar / iakttagelser"]
    header_row(ws, r, headers, [5, 20, 48, 28, 12, 24, 14, 18, 55])
    ws.freeze_panes = ws.cell(row=r + 1, column=1)
    r += 1
    for row in rows:
        if row[1] is None:
            ws.cell(row=r, column=1, value=row[0]).font = BOLD
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = GROUP_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            body_cells(ws, r, list(row[:9]))
        r += 1
    return r


def build_f1():
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Instruktion – uppföljning av internkontrollplan 2025, delår (januari–augusti)", TITLE),
        ("", None),
        ("Varje nämnd fyller i sin egen flik (KS, BIN, SN, KFN). Flikarna för BMN/SBN och bolagen lämnas separat.", None),
        ("Fyll i kolumnen \"Status delår\" med något av: Genomförd, Pågår, Ej påbörjad, Ej genomförd, Utgår.", None),
        ("Bildningsnämnden använder Ja/Nej/Delvis i kolumnen \"Genomförd enligt plan?\".", None),
        ("Beskriv alltid avvikelser och vidtagna åtgärder i kommentarskolumnen.", None),
        ("Sista dag för inlämning: 2025-09-12 till ekonomienheten.", None),
        ("", None),
        ("Exempel på ifylld rad:", BOLD),
    ]
    for i, (t, f) in enumerate(lines, 1):
        c = ins.cell(row=i, column=1, value=t)
        if f:
            c.font = f
    header_row(ins, 10, ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
                         "Status T1", "Status delår", "Kommentar / iakttagelser"],
               [5, 20, 48, 28, 12, 24, 14, 18, 55])
    body_cells(ins, 11, ["X", "Exempelprocess", "Kontroll av att exempel fylls i korrekt", "Stickprov",
                         "Tertial", "Namn Namnsson", "Genomförd", "Genomförd",
                         "Skriv kortfattat vad kontrollen visade."])
    ins.cell(row=13, column=1, value="Kontaktperson: Anna Lindqvist, ekonomienheten, tel 0173-860 00")

    summ = wb.create_sheet("Sammanställning")
    summ.cell(row=1, column=1, value="Sammanställning status delår 2025 per nämnd").font = TITLE
    header_row(summ, 3, ["Nämnd", "Antal kontrollmoment"] + STATUS_WORDS, [34, 12, 12, 12, 14, 14, 14])

    ks = wb.create_sheet("KS")
    word_sheet(ks, ["Internkontrollplan 2025 – uppföljning delår (jan–aug)", "Nämnd: Kommunstyrelsen",
                    "Förvaltning: Kommunledningsförvaltningen"], KS_ROWS)
    ks.cell(row=20, column=1, value="Uppföljningen behandlad i kommunstyrelsens arbetsutskott 2025-09-23.")

    bin_ = wb.create_sheet("BIN")
    bin_.cell(row=1, column=1, value="Uppföljning av internkontrollplan – delår 2025").font = TITLE
    bin_.cell(row=2, column=1, value="Bildningsförvaltningen").font = BOLD
    bin_.cell(row=3, column=1, value="Period: 2025-01-01 – 2025-08-31")
    header_row(bin_, 5, ["Nr", "Område", "Kontrollmoment", "Hur kontrolleras det?",
                         "Genomförd enligt plan? (Ja/Nej/Delvis)", "Resultat och kommentar"],
               [5, 22, 50, 30, 18, 60])
    r = 6
    for row in BIN_ROWS:
        body_cells(bin_, r, list(row[:6]))
        r += 1
    bin_.cell(row=r + 1, column=1, value="Ifylld av: Johan Berg, controller bildningsförvaltningen, 2025-09-08")

    sn = wb.create_sheet("SN")
    word_sheet(sn, ["Internkontrollplan 2025 – uppföljning delår (jan–aug)", "Nämnd: Socialnämnden"], SN_ROWS)

    kfn = wb.create_sheet("KFN")
    word_sheet(kfn, ["Internkontrollplan 2025 – uppföljning delår"], KFN_ROWS)

    old = wb.create_sheet("SN 2024")
    word_sheet(old, ["Internkontrollplan 2024 – uppföljning helår", "Nämnd: Socialnämnden"], SN_2024_ROWS,
               period_cols=("Status delår", "Status helår"))
    old.sheet_state = "hidden"

    # Sammanställning: static counts (delår status) per nämnd
    def counts_words(rows):
        n = [0] * 5
        for row in rows:
            if row[1] is None:
                continue
            n[count_word(row[7])] += 1
        return n

    def counts_bin():
        n = [0] * 5
        for row in BIN_ROWS:
            s = row[4]
            n[{"Ja": 0, "Delvis": 1, "Nej": 2}.get(s, 4)] += 1
        return n

    data = [("Kommunstyrelsen", counts_words(KS_ROWS)), ("Bildningsnämnden", counts_bin()),
            ("Socialnämnden", counts_words(SN_ROWS)), ("Kultur- och fritidsnämnden", counts_words(KFN_ROWS))]
    r = 4
    tot = [0] * 6
    for name, n in data:
        body_cells(summ, r, [name, sum(n)] + n)
        for i, v in enumerate([sum(n)] + n):
            tot[i] += v
        r += 1
    body_cells(summ, r, ["Totalt"] + tot)
    for c in range(1, 8):
        summ.cell(row=r, column=c).font = BOLD
    summ.cell(row=r + 2, column=1, value="Ej rapporterad = tom statuscell i nämndens flik.")

    wb.active = 0
    wb.save(os.path.join(HERE, F1))

    namn = {"KS": "Kommunstyrelsen", "SN": "Socialnämnden", "KFN": "Kultur- och fritidsnämnden"}
    for key, rows in (("KS", KS_ROWS), ("BIN", None), ("SN", SN_ROWS), ("KFN", KFN_ROWS)):
        if key == "BIN":
            FILES.append((F1, "INLAST", "Bildningsnämnden", "2025", "DELAR"))
            for row in BIN_ROWS:
                EXPECTED.append((F1, "Bildningsnämnden", row[2], row[6], row[7]))
            continue
        FILES.append((F1, "INLAST", namn[key], "2025", "DELAR"))
        for row in rows:
            if row[1] is None:
                continue
            EXPECTED.append((F1, namn[key], row[2], row[9], row[10]))


# ---------------------------------------------------------------------------
# File 2: one long table, grouped by nämnd heading rows -> .xls
# ---------------------------------------------------------------------------
F2 = "IK delår 2025 sektor samhällsbyggnad.xls"

# (kontrollmoment, risk, ansvarig, kontrollerat, utförd, avvikelse, åtgärd/kommentar, exp, exp_avv)
B_GROUPS = [
    ("Byggnads- och miljönämnden", [
        ("Handläggningstid för bygglov inom tio veckor enligt PBL", "12 (3×4)", "Bygglovschef",
         "Samtliga beslut jan–aug", "Ja", "Ja",
         "4 ärenden överskred handläggningstiden, avgiften reducerades enligt 12 kap. 8 a § PBL.", "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa", "9 (3×3)", "Miljöchef",
         "Stickprov 20 ärenden", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden", "6 (2×3)", "Nämndsekreterare",
         "Jämförelse diarium/anmälningslistor", "Delvis", "", "Maj–augusti återstår.", "DELVIS", ""),
        ("Handläggare har lämnat jävsdeklaration", "8 (2×4)", "Förvaltningschef",
         "Genomgång av deklarationer", "Nej", "", "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Tillsyn av enskilda avlopp enligt tillsynsplan", "9 (3×3)", "Miljöchef",
         "Uppföljning mot tillsynsplan", "Delvis", "Nej",
         "55 av 120 planerade tillsynsbesök genomförda.", "DELVIS", "nej"),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Attest av fakturor över 50 tkr i investeringsprojekt", "12 (3×4)", "Controller",
         "Stickprov 15 fakturor", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av entreprenörers F-skatt och skatteskulder (Creditsafe)", "16 (4×4)", "Upphandlare",
         "Kontroll av samtliga nya avtal", "Ja", "Ja",
         "En underentreprenör saknade F-skattsedel. Avtalet med underentreprenören hävt.", "GENOMFORD", "ja"),
        ("Besiktning av lekplatser enligt SS-EN 1176", "12 (3×4)", "Parkchef",
         "Besiktningsprotokoll", "Delvis", "Nej",
         "Besiktning av 14 av 22 lekplatser klar, resterande i september.", "DELVIS", "nej"),
        ("Felanmälningar av gatubelysning åtgärdas inom 14 dagar", "4 (2×2)", "Gatuchef",
         "Uttag ur felanmälningssystemet", "", "", "", "SAKNAS", ""),
        ("Avtalsuppföljning vinterväghållning", "9 (3×3)", "Gatuchef",
         "Uppföljningsmöten och fakturakontroll", "Utgår", "",
         "Avtalet förlängt, kontrollen utgår 2025 enligt beslut SBN 2025-03-18 § 22.", "UTGAR", ""),
        ("Dokumentation av markanvisningar enligt riktlinjer", "6 (2×3)", "Mark- och exploateringschef",
         "Genomgång av avtal", "Ja", "Nej", "Inga markanvisningar saknade dokumentation.", "GENOMFORD", "nej"),
    ]),
]


def build_f2(tmpdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplaner 2025 – delårsrapport per 31 augusti"
    ws["A1"].font = TITLE
    ws["A2"] = "Sektor samhällsbyggnad"
    ws["A2"].font = BOLD
    ws["A3"] = "Utförd: Ja = kontrollen utförd enligt plan, Delvis = påbörjad/del av urvalet, Nej = ej utförd"
    header_row(ws, 5, ["Kontrollmoment", "Risk (S×K)", "Ansvarig", "Vad har kontrollerats",
                       "Utförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"],
               [50, 11, 24, 32, 12, 12, 60])
    r = 6
    for namn, rows in B_GROUPS:
        ws.cell(row=r, column=1, value=namn).font = Font(bold=True, size=12)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = GROUP_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in rows:
            body_cells(ws, r, list(row[:7]))
            r += 1
        done = sum(1 for row in rows if row[4] == "Ja")
        ws.cell(row=r, column=1, value=f"Summa {namn}: {len(rows)} kontrollmoment, varav {done} utförda")
        ws.cell(row=r, column=1).font = Font(italic=True)
        r += 2
        FILES.append((F2, "INLAST", namn, "2025", "DELAR"))
        for row in rows:
            EXPECTED.append((F2, namn, row[0], row[7], row[8]))
    ws.cell(row=r, column=1, value="Sammanställt av ekonomienheten 2025-09-12 / Maria Ek")
    src = os.path.join(tmpdir, "IK delår 2025 sektor samhällsbyggnad.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmpdir)
    shutil.copy(os.path.join(tmpdir, F2), os.path.join(HERE, F2))


# ---------------------------------------------------------------------------
# File 3: governance-system export with a "Nämnd" column, periods as rows
# ---------------------------------------------------------------------------
F3 = "Stratsys_export_internkontroll_2025-09-05.xlsx"

# (nämnd, enhet, process, kontrollmoment, ansvarig, [(period, status, kommentar)], exp, avv)
C_ROWS = [
    ("Östhammarshem AB", "Förvaltning", "Uthyrning",
     "Nya hyresavtal registreras korrekt i hyressystemet Vitec", "Uthyrningschef",
     [("April 2025", "Delvis genomförd", "Stickprov påbörjat."),
      ("Augusti 2025", "Genomförd", "20 avtal kontrollerade, inga fel.")], "GENOMFORD", "nej"),
    ("Östhammarshem AB", "Ekonomi", "Inköp",
     "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
     [("April 2025", "Genomförd", "Inga avvikelser."),
      ("Augusti 2025", "Genomförd", "En faktura saknade beställarreferens men var korrekt attesterad.")],
     "GENOMFORD", "ja"),
    ("Östhammarshem AB", "Förvaltning", "Säkerhet",
     "Kvittens vid utlämning av huvudnycklar och passerbrickor", "Fastighetschef",
     [("April 2025", "Ej genomförd", ""),
      ("Augusti 2025", "Delvis genomförd", "Kvittenser kontrollerade för Gimo, Östhammar och Öregrund återstår.")],
     "DELVIS", ""),
    ("Östhammarshem AB", "Ekonomi", "Kundfordringar",
     "Uppföljning av hyresfordringar och inkassoärenden", "Ekonomichef",
     [("April 2025", "Genomförd", "Inga avvikelser."),
      ("Augusti 2025", "Ej aktuell", "Kontrollen flyttad till ägarens uppföljning via KS.")], "UTGAR", ""),
    ("Östhammarshem AB", "Förvaltning", "Fastighetsunderhåll",
     "Energideklarationer för fastighetsbeståndet är aktuella", "Fastighetschef",
     [("Augusti 2025", "Ej genomförd", "Planeras till kvartal 4.")], "EJ_GENOMFORD", ""),
    ("Östhammar Vatten AB", "Kundservice", "Debitering",
     "Avvikande förbrukning vid avläsning av vattenmätare utreds", "Kundservicechef",
     [("April 2025", "Delvis genomförd", ""),
      ("Augusti 2025", "Genomförd", "12 mätare med avvikande förbrukning utredda, 3 läckor hos kund hittades.")],
     "GENOMFORD", "ja"),
    ("Östhammar Vatten AB", "Kundservice", "Debitering",
     "Anslutningsavgifter debiteras enligt gällande VA-taxa", "Ekonom",
     [("Augusti 2025", "Genomförd", "Inga avvikelser.")], "GENOMFORD", "nej"),
    ("Östhammar Vatten AB", "Produktion", "Dricksvatten",
     "Provtagning av dricksvatten enligt kontrollprogram", "Driftchef",
     [("April 2025", "Genomförd", "Alla prover utan anmärkning."),
      ("Augusti 2025", "Genomförd",
       "Ett prov med anmärkning (koliforma bakterier) vid Östhammars vattenverk i juli, kokningsrekommendation i två dygn.")],
     "GENOMFORD", "ja"),
    ("Östhammar Vatten AB", "IT", "Informationssäkerhet",
     "Behörighetskontroll i driftövervakningssystemet (SCADA)", "IT-samordnare",
     [("April 2025", "Ej genomförd", ""),
      ("Augusti 2025", "Ej genomförd", "Resursbrist, flyttas till 2026.")], "EJ_GENOMFORD", ""),
    ("Östhammar Vatten AB", "Ekonomi", "Upphandling",
     "Direktupphandlingar dokumenteras enligt LUF och bolagets riktlinje", "VD",
     [("April 2025", "Delvis genomförd", ""),
      ("Augusti 2025", "Delvis genomförd", "Genomgång av 8 av 15 direktupphandlingar.")], "DELVIS", ""),
]


def build_f3():
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Rapport: Intern kontroll – kontrollmoment med uppföljning"
    ws["A1"].font = BOLD
    ws["A2"] = "Urval: Kommunala bolag | Perioder: April 2025, Augusti 2025 | Utskriven 2025-09-05 08:14 av ekonomienheten"
    headers = ["Nämnd", "Enhet", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Kommentar"]
    for c, h in enumerate(headers, 1):
        ws.cell(row=4, column=c, value=h).font = BOLD
    for c, w in enumerate([22, 14, 20, 55, 18, 14, 18, 70], 1):
        ws.column_dimensions[chr(64 + c)].width = w
    r = 5
    for row in C_ROWS:
        for period, status, comment in row[5]:
            vals = list(row[:5]) + [period, status, comment]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v if v != "" else None)
            r += 1
    ws.auto_filter.ref = f"A4:H{r - 1}"
    wb.save(os.path.join(HERE, F3))
    seen = []
    for row in C_ROWS:
        if row[0] not in seen:
            seen.append(row[0])
            FILES.append((F3, "INLAST", row[0], "2025", "DELAR"))
        EXPECTED.append((F3, row[0], row[3], row[6], row[7]))


# ---------------------------------------------------------------------------
# File 4: Överförmyndarnämnden, Word document
# ---------------------------------------------------------------------------
F4 = "ÖFN uppföljning internkontroll delår 2025.docx"
D_ROWS = [
    ("Årsräkningar", "Samtliga inkomna årsräkningar granskas senast den 30 juni",
     "312 av 340 årsräkningar granskade per 31 augusti.\nResterande beräknas vara klara i oktober.",
     "Delvis utfört", "DELVIS", ""),
    ("Arvoden", "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
     "Stickprov på 15 arvodesbeslut. Inga avvikelser.", "Utfört", "GENOMFORD", "nej"),
    ("Lämplighet", "Kontroll av att ställföreträdare inte har skulder registrerade hos Kronofogden",
     "Kontroll av samtliga 96 ställföreträdare.\nEn ställföreträdare hade skuld hos Kronofogden och har entledigats.",
     "Utfört", "GENOMFORD", "ja"),
    ("Förvaltning", "Uttag från spärrade konton sker endast efter överförmyndarens samtycke",
     "Görs i samband med helårsuppföljningen.", "Ej utfört", "EJ_GENOMFORD", ""),
    ("Arkiv", "Akter arkiveras enligt dokumenthanteringsplanen",
     "Har inte hunnits med under perioden på grund av personalomsättning.", "", "EJ_GENOMFORD", ""),
]


def build_f4():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Östhammars kommun – Överförmyndarenheten"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    t0 = doc.add_table(rows=3, cols=2)
    t0.style = "Table Grid"
    for i, (a, b) in enumerate([("Nämnd", "Överförmyndarnämnden"), ("Period", "Delår, januari–augusti 2025"),
                                ("Datum", "2025-09-03")]):
        t0.cell(i, 0).text = a
        t0.cell(i, 1).text = b
    doc.add_paragraph()
    doc.add_paragraph(
        "Överförmyndarnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). Planen omfattar fem "
        "kontrollmoment. Nedan redovisas resultatet för perioden januari–augusti. Kontrollerna har utförts av "
        "handläggare på överförmyndarenheten och sammanställts av enhetschefen.")
    doc.add_heading("Resultat per kontrollmoment", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Resultat delår 2025", "Status"]):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
    for row in D_ROWS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = row[0], row[1], row[2], row[3]
    doc.add_paragraph()
    doc.add_paragraph("Status: Utfört / Delvis utfört / Ej utfört.")
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Nämndens bedömning är att den interna kontrollen i huvudsak fungerar. Granskningen av årsräkningar ligger "
        "efter plan och arkiveringen har inte genomförts; åtgärder redovisas i helårsuppföljningen.")
    doc.add_paragraph("\nKarin Holm\nEnhetschef, överförmyndarenheten")
    doc.save(os.path.join(HERE, F4))
    FILES.append((F4, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))
    for row in D_ROWS:
        EXPECTED.append((F4, "Överförmyndarnämnden", row[1], row[4], row[5]))


# ---------------------------------------------------------------------------
# File 5: Valnämnden, .ods
# ---------------------------------------------------------------------------
F5 = "Valnamnden_IK_delar2025.ods"
E_ROWS = [
    ("Förtidsröstningslokaler inför valet 2026 är inventerade avseende tillgänglighet", "En gång", "Pågår",
     "Inventering av 9 av 14 lokaler klar.", "DELVIS", ""),
    ("Valsedlar och valmaterial förvaras inlåst enligt rutin", "Två gånger per år", "Klart",
     "Kontroll 2025-06-10, inga brister.", "GENOMFORD", "nej"),
    ("Utbildningsplan för röstmottagare är fastställd", "En gång", "Ej påbörjat",
     "Påbörjas efter att Valmyndighetens material publicerats.", "EJ_GENOMFORD", ""),
    ("Behörigheter i valdatasystemet Valid är aktuella", "Två gånger per år", "Klart",
     "Två tidigare tjänstemän hade kvar behörighet – borttagna 2025-05-20.", "GENOMFORD", "ja"),
]


def build_f5(tmpdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Valnämnden – uppföljning internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljningsperiod: delår (t.o.m. 31 augusti 2025)"
    header_row(ws, 4, ["Kontrollmoment", "Kontrollfrekvens", "Utfall", "Kommentar"], [60, 18, 14, 60])
    r = 5
    for row in E_ROWS:
        body_cells(ws, r, list(row[:4]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Utfall anges som Klart, Pågår eller Ej påbörjat.")
    ws.cell(row=r + 2, column=1, value="Valnämndens sekreterare, 2025-09-02")
    src = os.path.join(tmpdir, "Valnamnden_IK_delar2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmpdir)
    shutil.copy(os.path.join(tmpdir, F5), os.path.join(HERE, F5))
    FILES.append((F5, "INLAST", "Valnämnden", "2025", "DELAR"))
    for row in E_ROWS:
        EXPECTED.append((F5, "Valnämnden", row[0], row[4], row[5]))


# ---------------------------------------------------------------------------
# File 6: Arbetsmarknadsnämnden, nämnd only in print header + file name
# ---------------------------------------------------------------------------
F6 = "AMN_IK_delar_2025.xlsx"
G_ROWS = [
    ("Felaktiga utbetalningar", "Utbetalning av anställningsstöd stäms av mot Arbetsförmedlingens beslut", "9",
     "Ja", "Inga avvikelser.", "", "GENOMFORD", "nej"),
    ("Bristande dokumentation", "Närvarorapportering för deltagare i arbetsmarknadsinsatser", "12",
     "Delvis", "Närvaro saknades för 6 deltagare i juni. Kontrollen fortsätter under hösten.",
     "Påminnelse till handledare", "DELVIS", "ja"),
    ("Felaktig redovisning", "Etableringsersättning konteras korrekt", "6",
     "Nej", "", "", "EJ_GENOMFORD", ""),
    ("Sekretessbrott", "Sekretess vid hantering av deltagaruppgifter i Treserva", "8",
     "Ja", "Loggkontroll av 10 användare, inga obehöriga uppslag.", "", "GENOMFORD", "nej"),
    ("Bristande dokumentation", "Handlingsplaner för ungdomar i feriepraktik är dokumenterade", "4",
     "Delvis", "Kontrollerat 30 av 85 ungdomar.", "", "DELVIS", ""),
]


def build_f6():
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Arbetsmarknadsnämnden – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll januari–augusti 2025"
    ws["A1"].font = TITLE
    header_row(ws, 3, ["Risk", "Kontrollmoment", "Riskvärde", "Utförd (Ja/Nej/Delvis)",
                       "Avvikelse/kommentar", "Åtgärd"], [24, 55, 10, 14, 55, 28])
    r = 4
    for row in G_ROWS:
        body_cells(ws, r, list(row[:6]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16).")
    wb.save(os.path.join(HERE, F6))
    FILES.append((F6, "INLAST", "Arbetsmarknadsnämnden", "2025", "DELAR"))
    for row in G_ROWS:
        EXPECTED.append((F6, "Arbetsmarknadsnämnden", row[1], row[6], row[7]))


# ---------------------------------------------------------------------------
# File 7 (reject): covering instruction letter from ekonomienheten
# ---------------------------------------------------------------------------
F7 = "Anvisning uppföljning intern kontroll delår 2025.docx"


def build_f7():
    doc = Document()
    doc.add_heading("Anvisning – uppföljning av intern kontroll i delårsrapport 2025", level=1)
    doc.add_paragraph("Till: nämndernas förvaltningschefer, controllers och bolagens VD\n"
                      "Från: Ekonomienheten, kommunledningsförvaltningen\nDatum: 2025-08-15")
    doc.add_paragraph(
        "Enligt reglementet för intern kontroll ska varje nämnd och bolag följa upp sin internkontrollplan i "
        "samband med delårsrapporten per 31 augusti. Använd den gemensamma arbetsboken (en flik per nämnd) eller "
        "ert eget system. Ange för varje kontrollmoment status (Genomförd, Pågår, Ej påbörjad, Utgår) och beskriv "
        "eventuella avvikelser samt vidtagna åtgärder.")
    doc.add_heading("Tidplan", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd/bolag", "Kontaktperson", "Sista dag för inlämning"]):
        t.rows[0].cells[i].text = h
    for row in [("Kommunstyrelsen", "Anna Lindqvist", "2025-09-12"),
                ("Bildningsnämnden", "Johan Berg", "2025-09-12"),
                ("Socialnämnden", "Sara Nyström", "2025-09-12"),
                ("Byggnads- och miljönämnden", "Maria Ek", "2025-09-12"),
                ("Östhammarshem AB", "Peter Ahl", "2025-09-05"),
                ("Östhammar Vatten AB", "Peter Ahl", "2025-09-05")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Kommunstyrelsen behandlar samtliga nämnders uppföljningar 2025-10-07.")
    doc.add_paragraph("Med vänlig hälsning\nAnna Lindqvist\nEkonomichef")
    doc.save(os.path.join(HERE, F7))
    FILES.append((F7, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Bildningsnämnden", "BIN|Bildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Byggnads- och miljönämnden", "BMN|Miljö- och byggförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknad och integration"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Östhammarshem AB", "Östhammarshem|ÖHAB"),
    ("Östhammar Vatten AB", "Östhammar Vatten|ÖVAB"),
]


def main():
    for f in os.listdir(HERE):
        if f.endswith((".xlsx", ".xls", ".docx", ".ods", ".csv")):
            os.remove(os.path.join(HERE, f))
    tmpdir = tempfile.mkdtemp(prefix="round439_")
    build_f1()
    build_f2(tmpdir)
    build_f3()
    build_f4()
    build_f5(tmpdir)
    build_f6()
    build_f7()
    shutil.rmtree(tmpdir, ignore_errors=True)

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


if __name__ == "__main__":
    main()
