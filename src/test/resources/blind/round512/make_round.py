#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r512 – Hofors kommun, T1 2025: an inbox of spreadsheets.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, into the folder this script lives in.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round512"
FIXED = dt.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GREEN = PatternFill("solid", fgColor="92D050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="BFBFBF")
PROC_FILL = PatternFill("solid", fgColor="F2F2F2")


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Hofors kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Hofors kommun"
    return wb


def save_wb(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# F1 – Kommunstyrelsen: the adopted plan with T1/T2/T3 follow-up columns, only T1 filled
# ---------------------------------------------------------------------------
F1 = "IK-plan 2025 KS uppföljning T1.xlsx"
F1_ROWS = [
    # nr, process, risk, kontrollmoment, metod, frekvens, ansvarig, status T1, kommentar T1, exp status, avv
    (1, "Ekonomi – leverantörsfakturor", "Felaktiga utbetalningar, oegentligheter",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor per tertial", "Tertial", "Ekonomichef",
     "Genomförd", "20 fakturor granskade. 2 fakturor saknade beslutsattest, berörda attestanter har informerats.",
     "GENOMFORD", "ja"),
    (2, "Ekonomi – representation", "Representation som strider mot riktlinjerna",
     "Kontroll av att representation redovisas med syfte och deltagare",
     "Stickprov 10 verifikationer", "Tertial", "Redovisningsekonom",
     "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
    (3, "Upphandling", "Inköp utanför avtal, högre kostnader",
     "Inköp sker från avtalade leverantörer (avtalstrohet)",
     "Analys av leverantörsreskontran", "Halvår", "Upphandlare",
     None, None, "SAKNAS", ""),
    (4, "Personal och lön", "Felaktiga löneutbetalningar",
     "Kontroll av att lönetillägg och ersättningar är beslutade enligt delegationsordningen",
     "Stickprov 15 lönetillägg", "Tertial", "HR-chef",
     "Pågår", "Stickprov för januari–februari klart utan anmärkning, mars–april pågår.", "DELVIS", "nej"),
    (5, "IT och informationssäkerhet", "Obehörig åtkomst till ekonomisystemet",
     "Behörigheter i ekonomisystemet är aktuella – avslutade anställda har tagits bort",
     "Jämförelse behörighetslista mot personalsystemet", "Tertial", "IT-chef",
     "Genomförd", "3 konton för avslutade anställda fanns kvar. Kontona är nu borttagna.", "GENOMFORD", "ja"),
    (6, "Delegering", "Beslut fattas utan mandat",
     "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
     "Genomgång av anmälda beslut jan–apr", "Tertial", "Kommunsekreterare",
     "Genomförd", "Samtliga beslut har anmälts.", "GENOMFORD", "nej"),
    (7, "Dokument- och ärendehantering", "Allmänna handlingar registreras inte",
     "Allmänna handlingar registreras utan dröjsmål",
     "Stickprov i funktionsbrevlådor", "Halvår", "Registrator",
     "Ej påbörjad", "Skjuts till hösten på grund av byte av ärendehanteringssystem.", "EJ_GENOMFORD", ""),
    (8, "Säkerhet och beredskap", "Bristande förmåga vid kris",
     "Krisledningsplanen är uppdaterad och känd i organisationen",
     "Genomgång av plan och utbildningsinsatser", "Årlig", "Säkerhetssamordnare",
     "Ej aktuell", "Kontrollen utgår – ersätts av ny plan för civilt försvar enligt KS beslut 2025-03-11 § 41.",
     "UTGAR", ""),
    (9, "Ekonomi – bokslut", "Felaktig redovisning",
     "Avstämning av balanskonton vid månadsbokslut",
     "Kontroll av avstämningsunderlag", "Tertial", "Redovisningsekonom",
     "Genomförd med anmärkning", "Två balanskonton saknade avstämningsunderlag för mars.", "GENOMFORD", "ja"),
    (10, "Personal", "Otillåtna bisysslor",
     "Medarbetares bisysslor är anmälda och bedömda",
     "Enkät till samtliga chefer", "Årlig", "HR-chef",
     None, "Se bilaga 2", "OKLAR", ""),
]


def make_f1():
    wb = new_wb()
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:M1")
    ws["A2"] = ("Antagen av kommunstyrelsen 2025-02-04 § 18. Uppföljning redovisas till kommunstyrelsen "
                "efter varje tertial. Fyll i status och kommentar för aktuell period.")
    ws.merge_cells("A2:M2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    groups = [("A4:G4", "Plan"), ("H4:I4", "Uppföljning T1 (jan–apr)"),
              ("J4:K4", "Uppföljning T2 (maj–aug)"), ("L4:M4", "Uppföljning T3 / helår")]
    for rng, text in groups:
        c = ws[rng.split(":")[0]]
        c.value = text
        c.font = BOLD
        c.alignment = Alignment(horizontal="center")
        c.fill = HEAD_FILL
        ws.merge_cells(rng)
    heads = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
             "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for row in F1_ROWS:
        nr, proc, risk, km, metod, frekv, ansv, st, kom, es, ea = row
        vals = [nr, proc, risk, km, metod, frekv, ansv, st, kom, None, None, None, None]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        exp(F1, "Kommunstyrelsen", km, es, ea)
        r += 1
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med anmärkning,Pågår,Ej påbörjad,Ej aktuell"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H6:H{r-1}")
    dv.add(f"J6:J{r-1}")
    dv.add(f"L6:L{r-1}")
    r += 1
    ws.cell(row=r, column=1, value="Uppdaterad 2025-05-06 av Maria Lindgren, ekonomichef")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths(ws, [5, 22, 26, 42, 28, 10, 18, 16, 45, 12, 30, 12, 30])
    ws.freeze_panes = "D6"
    ws.oddHeader.right.text = "Hofors kommun"
    save_wb(wb, os.path.join(OUT, F1))
    FILES.append((F1, "INLAST", "Kommunstyrelsen", "2025", "T1"))


# ---------------------------------------------------------------------------
# F2 – one workbook, one sheet per förvaltning (BUF, SOC, KoF) + instruction sheet
# ---------------------------------------------------------------------------
F2 = "Uppföljning intern kontroll T1 2025 - förvaltningar.xlsx"
F2_SHEETS = [
    ("BUF", "Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden", "Anna Sjöberg", [
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjerna och delegationsordningen",
         "Stickprov 10 beslut", "Utförd utan avvikelse", "", "", "Skolskjutshandläggare",
         "GENOMFORD", "nej"),
        ("Inköp", "Inköp av läromedel sker via avtalad leverantör",
         "Genomgång av leverantörsfakturor konto 6420", "Utförd med avvikelse",
         "Två skolor har köpt läromedel direkt från förlag utan avtal.",
         "Information till rektorer på ledningsgrupp 2025-05-14.", "Controller BUF", "GENOMFORD", "ja"),
        ("Barn- och elevhälsa", "Anmälan om kränkande behandling hanteras och utreds inom fastställd tid",
         "Genomgång av samtliga anmälningar", "Påbörjad",
         "Genomgång av 12 av 30 anmälningar klar, hittills inga avvikelser.", "", "Verksamhetschef grundskola",
         "DELVIS", "nej"),
        ("Avgifter", "Barnomsorgsavgifter debiteras enligt gällande maxtaxa",
         "Stickprov 20 hushåll", "Utförd utan avvikelse", "", "", "Förskolehandläggare", "GENOMFORD", "nej"),
        ("Personal", "Utdrag ur belastningsregistret har kontrollerats vid nyanställning",
         "Samtliga nyanställda jan–apr", "Ej utförd",
         "Görs i samband med höstens rekryteringar.", "", "HR-konsult", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 15 fakturor", None,
         "Kontrollen genomförd 28/4, inga avvikelser.", "", "Controller BUF", "GENOMFORD", "nej"),
    ]),
    ("SOC", "Socialförvaltningen", "Socialnämnden", "Johan Ek", [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 15 ärenden", "Utförd utan avvikelse", "", "", "Enhetschef försörjningsstöd",
         "GENOMFORD", "nej"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Stickprov 20 anmälningar", "Utförd med avvikelse",
         "3 av 20 förhandsbedömningar gjordes efter mer än 14 dagar.\nOrsak: vakans under februari.",
         "Bemanning av mottagningsgruppen ses över.", "Enhetschef barn och unga", "GENOMFORD", "ja"),
        ("Placeringar", "Köpta placeringar (HVB, familjehem) följer ramavtal",
         "Genomgång av samtliga placeringar", "Påbörjad", "", "", "Verksamhetschef IFO", "DELVIS", ""),
        ("Dokumentation", "Journalanteckningar förs löpande enligt SoL",
         "Stickprov 10 akter", "Ej utförd", "", "", "Kvalitetsutvecklare", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet",
         "Loggkontroll 10 användare", "Utförd utan avvikelse",
         "Ingen otillbörlig åtkomst har upptäckts.", "", "Systemförvaltare", "GENOMFORD", "nej"),
        ("Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls till IVO vid behov",
         "Genomgång av rapporter", "Utgår",
         "Kontrollmomentet utgår enligt SN beslut 2025-03-19 § 27.", "", "Kvalitetsutvecklare",
         "UTGAR", ""),
        ("Arbetsmiljö", "Handlingsplan vid hot och våld är känd i alla verksamheter",
         "Enkät till enhetschefer", None, "", "", "Förvaltningschef", "SAKNAS", ""),
    ]),
    ("KoF", "Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Sara Holm", [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna",
         "Samtliga utbetalningar jan–apr", "Utförd med avvikelse",
         "En förening fick aktivitetsbidrag utan inlämnad årsredovisning.",
         "Bidraget återkrävs.", "Föreningskonsulent", "GENOMFORD", "ja"),
        ("Kassahantering", "Kontanthantering i simhallens kassa stäms av dagligen",
         "Stickprov 10 dagar", "Utförd utan avvikelse", "", "", "Badmästare", "GENOMFORD", "nej"),
        ("Uthyrning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Jämförelse bokningssystem – fakturering", "Påbörjad",
         "Januari–februari kontrollerat.", "", "Bokningsansvarig", "DELVIS", ""),
        ("Bibliotek", "Avgifter för försenade och förlorade medier hanteras enligt beslut",
         "Rapport ur bibliotekssystemet", "Ej utförd", "", "", "Bibliotekschef", "EJ_GENOMFORD", ""),
        ("Anläggningar", "Säkerhetsbesiktning av lekplatser och idrottsanläggningar är genomförd",
         "Besiktningsprotokoll", None,
         "Besiktning är inte gjord ännu, planerad i maj.", "", "Anläggningschef", "EJ_GENOMFORD", ""),
    ]),
]
F2_FILLS = {"Utförd utan avvikelse": GREEN, "Utförd med avvikelse": YELLOW, "Påbörjad": YELLOW,
            "Ej utförd": RED, "Utgår": GREY}


def make_f2():
    wb = new_wb()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Instruktion – uppföljning av internkontrollplan 2025, tertial 1", TITLE),
        ("", None),
        ("Varje förvaltning fyller i sin egen flik. Lämna till ekonomienheten senast 2025-05-09.", None),
        ("Kolumnen Bedömning fylls i med ett av följande alternativ:", None),
        ("   Utförd utan avvikelse – kontrollen är gjord och inga fel hittades", None),
        ("   Utförd med avvikelse – kontrollen är gjord, fel hittades (beskriv i Iakttagelser)", None),
        ("   Påbörjad – kontrollen är påbörjad men inte klar", None),
        ("   Ej utförd – kontrollen har inte gjorts under perioden", None),
        ("   Utgår – kontrollmomentet har strukits genom beslut i nämnden", None),
        ("", None),
        ("Frågor: ekonomienheten, Hofors kommun, tfn 0290-290 00", Font(italic=True)),
    ]
    for i, (t, f) in enumerate(lines, start=1):
        if t:
            ins.cell(row=i, column=1, value=t)
            if f:
                ins.cell(row=i, column=1).font = f
    ins.column_dimensions["A"].width = 95

    for tab, forv, namnd, uppr, rows in F2_SHEETS:
        ws = wb.create_sheet(tab)
        ws["A1"] = "Uppföljning av internkontrollplan 2025"
        ws["A1"].font = TITLE
        ws["A2"] = "Förvaltning:"
        ws["B2"] = forv
        ws["A3"] = "Period:"
        ws["B3"] = "Tertial 1 (januari–april)"
        ws["A4"] = "Uppgiftslämnare:"
        ws["B4"] = uppr
        for c in ("A2", "A3", "A4"):
            ws[c].font = BOLD
        heads = ["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Bedömning",
                 "Iakttagelser / avvikelser", "Åtgärd", "Ansvarig"]
        for i, h in enumerate(heads, start=1):
            c = ws.cell(row=6, column=i, value=h)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BOX
        r = 7
        for omr, km, metod, bed, iakt, atg, ansv, es, ea in rows:
            vals = [omr, km, metod, bed, iakt or None, atg or None, ansv]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if bed in F2_FILLS:
                ws.cell(row=r, column=4).fill = F2_FILLS[bed]
            exp(F2, namnd, km, es, ea)
            r += 1
        dv = DataValidation(type="list", allow_blank=True,
                            formula1='"Utförd utan avvikelse,Utförd med avvikelse,Påbörjad,Ej utförd,Utgår"')
        ws.add_data_validation(dv)
        dv.add(f"D7:D{r-1}")
        widths(ws, [20, 48, 30, 22, 48, 34, 24])
        FILES.append((F2, "INLAST", namnd, "2025", "T1"))
    save_wb(wb, os.path.join(OUT, F2))


# ---------------------------------------------------------------------------
# F3 – Omsorgsnämnden: status as 1/2/3/4 codes, legend on a separate sheet
# ---------------------------------------------------------------------------
F3 = "ON IKP 2025 T1.xlsx"
F3_ROWS = [
    ("ON-1", "Hemtjänst", "Beviljade hemtjänsttimmar stämmer mot utförda och fakturerade timmar", 12,
     "Enhetschef hemtjänst", 2, "Avvikelse i 4 av 25 ärenden – utförd tid översteg beviljad tid.",
     "GENOMFORD", "ja"),
    ("ON-2", "Avgifter", "Omsorgsavgifter beräknas enligt aktuella inkomstuppgifter", 9,
     "Avgiftshandläggare", 1, "Stickprov 20 avgiftsbeslut.", "GENOMFORD", "nej"),
    ("ON-3", "Läkemedel", "Läkemedelshantering på särskilt boende följer gällande rutin", 16,
     "MAS", "3", "Egenkontroll genomförd på Björkhagen och Solgården, kvar: Västeräng.", "DELVIS", ""),
    ("ON-4", "Personal", "Timanställdas arbetstid attesteras av ansvarig chef innan lön betalas ut", 8,
     "Enhetschefer", 1, None, "GENOMFORD", "nej"),
    ("ON-5", "LSS", "Beslut om personlig assistans verkställs inom tre månader", 12,
     "Verksamhetschef LSS", 4, "Ej påbörjad på grund av resursbrist, görs under T2.", "EJ_GENOMFORD", ""),
    ("ON-6", "Hälso- och sjukvård", "Delegering av hälso- och sjukvårdsuppgifter är skriftlig och tidsbegränsad",
     16, "MAS", "x", None, "OKLAR", ""),
    ("ON-7", "Inköp", "Inköp av förbrukningsmaterial sker från avtalad leverantör", 6,
     "Controller", 1, None, "GENOMFORD", "nej"),
    ("ON-8", "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar från beslut", 12,
     "Enhetschefer", None, None, "SAKNAS", ""),
    ("ON-9", "Informationssäkerhet",
     "Behörigheter i verksamhetssystemet tas bort när anställning avslutas", 9,
     "Systemförvaltare", "Utgår", "Ingår i kommunövergripande kontroll hos KS 2025.", "UTGAR", ""),
]


def make_f3():
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Omsorgsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1"
    ws["A2"].font = BOLD
    ws["A3"] = "Status anges med siffra 1–4 enligt fliken Teckenförklaring."
    ws["A3"].font = Font(italic=True)
    heads = ["Id", "Process", "Kontrollmoment", "Riskvärde (S×K)", "Kontrollansvarig", "Status", "Kommentar"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for idn, proc, km, risk, ansv, st, kom, es, ea in F3_ROWS:
        vals = [idn, proc, km, risk, ansv, st, kom]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        exp(F3, "Omsorgsnämnden", km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Karin Nordin, kvalitetsstrateg, 2025-05-07")
    widths(ws, [7, 20, 55, 12, 20, 8, 55])

    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Teckenförklaring status"
    lg["A1"].font = TITLE
    lg["A3"] = "Statuskod"
    lg["B3"] = "Betydelse"
    lg["A3"].font = BOLD
    lg["B3"].font = BOLD
    legend = [(1, "Genomförd utan avvikelse", GREEN), (2, "Genomförd med avvikelse", YELLOW),
              (3, "Påbörjad / delvis genomförd", YELLOW), (4, "Ej genomförd / ej påbörjad", RED)]
    for i, (k, t, f) in enumerate(legend, start=4):
        lg.cell(row=i, column=1, value=k).fill = f
        lg.cell(row=i, column=2, value=t)
    lg["A9"] = "Kontrollmoment som strukits av nämnden markeras med texten Utgår."
    lg.column_dimensions["A"].width = 12
    lg.column_dimensions["B"].width = 36

    rk = wb.create_sheet("Riskmatris")
    rk["A1"] = "Riskvärde = sannolikhet (1–4) × konsekvens (1–4)"
    rk["A1"].font = BOLD
    rk["A3"] = "Sannolikhet \\ Konsekvens"
    for k in range(1, 5):
        rk.cell(row=3, column=k + 1, value=k).font = BOLD
        rk.cell(row=3 + k, column=1, value=k).font = BOLD
        for s in range(1, 5):
            rk.cell(row=3 + k, column=s + 1, value=k * s)
    rk.column_dimensions["A"].width = 26
    save_wb(wb, os.path.join(OUT, F3))
    FILES.append((F3, "INLAST", "Omsorgsnämnden", "2025", "T1"))


# ---------------------------------------------------------------------------
# F4 – Samhällsbyggnadsförvaltningen: controls grouped under bold process rows; .xls
# ---------------------------------------------------------------------------
F4 = "SBF internkontroll uppföljning T1 2025.xls"
F4_GROUPS = [
    ("Process: Fakturahantering", [
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Ekonom",
         "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Leverantörsfakturor betalas i rätt tid", "Rapport dröjsmålsränta ur ekonomisystemet", "Ekonom",
         "Klar", "Dröjsmålsränta 1 840 kr på tre fakturor. Rutin för inskanning ses över.", "GENOMFORD", "ja"),
    ]),
    ("Process: Fordonshantering", [
        ("Körjournaler förs för samtliga tjänstefordon", "Samtliga 34 fordon", "Fordonssamordnare",
         "Pågår", "Kontroll av 20 fordon klar.", "DELVIS", ""),
        ("Drivmedelskort används enbart för tjänstefordon", "Genomgång av korttransaktioner",
         "Fordonssamordnare", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
    ]),
    ("Process: Upphandling och inköp", [
        ("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna", "Samtliga jan–apr",
         "Inköpssamordnare", "Klar", "2 av 6 direktupphandlingar saknade dokumentation.", "GENOMFORD", "ja"),
    ]),
    ("Process: Fastighetsförvaltning", [
        ("Hyresavtal för kommunens inhyrda lokaler är aktuella och undertecknade", "Samtliga avtal",
         "Fastighetschef", "Klar", "", "GENOMFORD", "nej"),
        ("Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter", "Samtliga fastigheter",
         "Driftchef", "Pågår", "14 av 22 fastigheter klara.", "DELVIS", ""),
        ("Lagstadgade besiktningar (hiss, OVK) utförs enligt plan", "Besiktningsprotokoll", "Driftchef",
         None, "", "SAKNAS", ""),
    ]),
    ("Process: Gata och park", [
        ("Vinterväghållning utförs enligt avtal med entreprenör", "Stickprov 10 utryckningar",
         "Gatuchef", "Klar", "Utförd enligt avtal.", "GENOMFORD", "nej"),
        ("Skadeanmälningar avseende gator och vägar hanteras inom fyra veckor", "Genomgång av ärenden",
         "Gatuchef", "Utgår", "Ersätts av ny rutin i felanmälningssystemet (SBN 2025-02-20 § 12).",
         "UTGAR", ""),
    ]),
]
F4_FILLS = {"Klar": GREEN, "Pågår": YELLOW, "Ej påbörjad": RED, "Utgår": GREY}


def make_f4(tmp):
    wb = new_wb()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Samhällsbyggnadsförvaltningen – uppföljning internkontroll per 2025-04-30"
    ws["A1"].font = TITLE
    heads = ["Kontrollmoment", "Omfattning", "Ansvarig", "Status", "Kommentar / åtgärd"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    r = 4
    counts = {}
    for proc, rows in F4_GROUPS:
        c = ws.cell(row=r, column=1, value=proc)
        c.font = Font(bold=True, size=11)
        for col in range(1, 6):
            ws.cell(row=r, column=col).fill = PROC_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for km, omf, ansv, st, kom, es, ea in rows:
            vals = [km, omf, ansv, st, kom or None]
            for i, v in enumerate(vals, start=1):
                cc = ws.cell(row=r, column=i, value=v)
                cc.alignment = WRAP
                cc.border = BOX
            if st in F4_FILLS:
                ws.cell(row=r, column=4).fill = F4_FILLS[st]
            key = st or "Ej rapporterat"
            counts[key] = counts.get(key, 0) + 1
            exp(F4, "Samhällsbyggnadsnämnden", km, es, ea)
            r += 1
    r += 1
    total = sum(counts.values())
    ws.cell(row=r, column=1, value=f"Antal kontrollmoment: {total}").font = BOLD
    order = ["Klar", "Pågår", "Ej påbörjad", "Utgår", "Ej rapporterat"]
    ws.cell(row=r + 1, column=1,
            value="Varav " + ", ".join(f"{k.lower()}: {counts.get(k, 0)}" for k in order))
    ws.cell(row=r + 3, column=1, value="Hofors 2025-05-08")
    ws.cell(row=r + 4, column=1, value="Erik Stålhammar, förvaltningschef")
    widths(ws, [55, 30, 20, 13, 55])
    ws.oddHeader.left.text = "Hofors kommun"
    ws.oddHeader.right.text = "Samhällsbyggnadsnämnden"
    src = os.path.join(tmp, F4.replace(".xls", ".xlsx"))
    save_wb(wb, src)
    lo_convert(src, "xls:MS Excel 97", OUT)
    FILES.append((F4, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T1"))


# ---------------------------------------------------------------------------
# F5 – Stratsys-like CSV export: one row per control and period, two nämnder
# ---------------------------------------------------------------------------
F5 = "Stratsys_export_internkontroll_2025-05-09.csv"
F5_ROWS = [
    ("Miljö- och byggnämnden", "Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (10 veckor)",
     "Genomförd med avvikelse",
     "2 av 41 ärenden överskred 10 veckor.\nAvgiften har reducerats enligt PBL 12 kap 8 a §.",
     "Bygglovschef", "GENOMFORD", "ja"),
    ("Miljö- och byggnämnden", "Avgifter", "Tillsynsavgifter debiteras enligt gällande taxa",
     "Genomförd", "Inga avvikelser.", "Miljöchef", "GENOMFORD", "nej"),
    ("Miljö- och byggnämnden", "Tillsyn", "Tillsynsplanen för livsmedelskontroll följs",
     "Pågående", "38 % av planerade kontroller utförda per 30/4.", "Miljöchef", "DELVIS", ""),
    ("Miljö- och byggnämnden", "Delegering", "Delegationsbeslut anmäls till nämnden",
     "Genomförd", "", "Nämndsekreterare", "GENOMFORD", "nej"),
    ("Miljö- och byggnämnden", "Rättssäkerhet", "Handläggares jäv dokumenteras i ärendet",
     "Ej påbörjad", "", "Bygglovschef", "EJ_GENOMFORD", ""),
    ("Miljö- och byggnämnden", "Arkiv", "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
     "Avbruten", "Avbruten genom beslut MBN 2025-04-02 § 31, ingår i e-arkivprojektet.", "Nämndsekreterare",
     "UTGAR", ""),
    ("Överförmyndarnämnden", "Granskning", "Årsräkningar granskas inom fastställd tid",
     "Pågående", "Granskning av 2024 års årsräkningar pågår, 61 % klara.", "Överförmyndarhandläggare",
     "DELVIS", ""),
    ("Överförmyndarnämnden", "Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
     "Genomförd", "Stickprov 10 arvodesbeslut utan anmärkning.", "Överförmyndarhandläggare",
     "GENOMFORD", "nej"),
    ("Överförmyndarnämnden", "Registrering", "Förordnanden registreras korrekt i verksamhetssystemet",
     "Genomförd med avvikelse", "1 förordnande registrerat med fel datum, rättat.", "Administratör",
     "GENOMFORD", "ja"),
    ("Överförmyndarnämnden", "Spärrade medel", "Uttag från spärrade konton sker endast efter medgivande",
     "", "", "Överförmyndarhandläggare", "SAKNAS", ""),
]


def make_f5():
    path = os.path.join(OUT, F5)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar",
                    "Ansvarig", "Senast ändrad"])
        stamp = ["2025-05-05", "2025-05-06", "2025-04-29", "2025-05-07", "2025-05-02", "2025-04-03",
                 "2025-05-08", "2025-05-08", "2025-05-06", ""]
        for i, (org, proc, km, st, kom, ansv, es, ea) in enumerate(F5_ROWS):
            plan = "Internkontrollplan 2025"
            for per in ("2025 T1", "2025 T2", "2025 T3"):
                if per == "2025 T1":
                    w.writerow([org, plan, proc, km, per, st, kom, ansv, stamp[i]])
                else:
                    w.writerow([org, plan, proc, km, per, "", "", ansv, ""])
            exp(F5, org, km, es, ea)
    FILES.append((F5, "INLAST", "Miljö- och byggnämnden", "2025", "T1"))
    FILES.append((F5, "INLAST", "Överförmyndarnämnden", "2025", "T1"))


# ---------------------------------------------------------------------------
# F6 – Hoforshus AB: comments only in cell notes
# ---------------------------------------------------------------------------
F6 = "Hoforshus AB intern kontroll T1-2025.xlsx"
F6_ROWS = [
    ("Hyresadministration", "Hyror debiteras enligt gällande hyresavtal", "Ekonomichef",
     "OK", "Stickprov 20 avtal, inga fel.", "GENOMFORD", "nej"),
    ("Hyresadministration", "Hyresfordringar äldre än 60 dagar överlämnas till inkasso", "Ekonomichef",
     "OK", "Två fordringar överlämnades för sent. Rutinen har påmints för kundreskontran.",
     "GENOMFORD", "ja"),
    ("Fastighetsunderhåll", "Planerat underhåll följer fastställd underhållsplan", "Fastighetschef",
     "Pågår", "Takbyte Bergsgatan 4 försenat till juni, övrigt enligt plan.", "DELVIS", ""),
    ("Inköp", "Beställningar över 50 000 kr godkänns av VD", "VD", "OK", None, "GENOMFORD", "nej"),
    ("Säkerhet", "Kvittens finns för samtliga utlämnade huvudnycklar", "Fastighetschef",
     "Ej OK", "Kontroll gjord 2025-04-15. Kvittens saknas för 6 huvudnycklar – inventering av låssystem beställd.",
     "GENOMFORD", "ja"),
    ("Uthyrning", "Besiktning vid avflyttning dokumenteras i besiktningsprotokoll", "Uthyrningsansvarig",
     None, "Inte gjort ännu, tas under T2.", "EJ_GENOMFORD", ""),
    ("Brandskydd", "SBA-rondering i trapphus och källare utförs kvartalsvis", "Drifttekniker",
     None, None, "SAKNAS", ""),
    ("Ekonomi", "Representation redovisas med syfte och deltagare", "Ekonomichef",
     "OK", "Inga avvikelser.", "GENOMFORD", "nej"),
]


def make_f6():
    wb = new_wb()
    ws = wb.active
    ws.title = "Kontrollplan"
    ws["A1"] = "Hoforshus AB – Intern kontroll 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Kommentarer finns som anteckningar i statuscellerna (röd triangel i cellens hörn)."
    ws["A2"].font = Font(italic=True, color="808080")
    heads = ["Område", "Kontroll", "Ansvarig", "T1 (jan–apr)", "T2 (maj–aug)", "T3 (sep–dec)"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    note = Comment("Status: OK / Ej OK / Pågår.\nKommentar skrivs som anteckning i cellen.", "Lena Berg")
    note.width = 260
    note.height = 80
    ws["D4"].comment = note
    r = 5
    for omr, km, ansv, st, kom, es, ea in F6_ROWS:
        for i, v in enumerate([omr, km, ansv, st, None, None], start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        if kom:
            cm = Comment(kom, "Lena Berg")
            cm.width = 300
            cm.height = 90
            ws.cell(row=r, column=4).comment = cm
        exp(F6, "Hoforshus AB", km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporteras till styrelsen 2025-05-20")
    widths(ws, [22, 55, 20, 14, 14, 14])
    save_wb(wb, os.path.join(OUT, F6))
    FILES.append((F6, "INLAST", "Hoforshus AB", "2025", "T1"))


# ---------------------------------------------------------------------------
# F7 – Hofors Vatten AB: tick columns (X), .ods
# ---------------------------------------------------------------------------
F7 = "Hofors Vatten IK 2025 T1.ods"
F7_ROWS = [
    # km, ansvarig, (G, D, E), kommentar, status, avv
    ("Provtagning av dricksvatten enligt kontrollprogrammet", "Driftchef", ("X", "", ""),
     "Samtliga prover utan anmärkning.", "GENOMFORD", "nej"),
    ("Debitering av VA-avgifter enligt gällande taxa", "Ekonom", ("X", "", ""),
     "Fel taxa på 3 fastigheter, rättat och kreditfakturor skickade.", "GENOMFORD", "ja"),
    ("Avläsning av vattenmätare enligt avläsningsplan", "Kundtjänst", ("", "X", ""),
     "85 % av mätarna avlästa.", "DELVIS", ""),
    ("Behörigheter till styrsystemet (SCADA) ses över", "IT-ansvarig", ("", "", "X"),
     "Flyttas till T2.", "EJ_GENOMFORD", ""),
    ("Attest av leverantörsfakturor enligt attestordningen", "VD", ("X", "", "X"), "",
     "OKLAR", ""),
    ("Reservkraft vid vattenverket provkörs månadsvis", "Driftchef", ("X", "", ""), "",
     "GENOMFORD", "nej"),
    ("Inköp av kemikalier sker enligt ramavtal", "Driftchef", ("", "", ""), "", "SAKNAS", ""),
]


def make_f7(tmp):
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Hofors Vatten AB"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning internkontrollplan – tertial 1 2025"
    ws["A2"].font = BOLD
    ws["A3"] = "Markera med X i en av kolumnerna Genomförd / Delvis / Ej genomförd."
    heads = ["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    r = 6
    for km, ansv, ticks, kom, es, ea in F7_ROWS:
        vals = [km, ansv, ticks[0] or None, ticks[1] or None, ticks[2] or None, kom or None]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP if i in (1, 6) else Alignment(horizontal="center", vertical="top")
        exp(F7, "Hofors Vatten AB", km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Hofors 2025-05-05")
    ws.cell(row=r + 2, column=1, value="Per Nyström, VD")
    widths(ws, [52, 14, 11, 9, 13, 50])
    src = os.path.join(tmp, F7.replace(".ods", ".xlsx"))
    save_wb(wb, src)
    lo_convert(src, "ods", OUT)
    FILES.append((F7, "INLAST", "Hofors Vatten AB", "2025", "T1"))


# ---------------------------------------------------------------------------
# F8 – rejected: the budget follow-up workbook (no internal-control follow-up)
# ---------------------------------------------------------------------------
F8 = "Budgetuppföljning april 2025 Hofors kommun.xlsx"
F8_ROWS = [
    ("Kommunstyrelsen", 98_450, 31_920, 97_800),
    ("Barn- och utbildningsnämnden", 268_300, 90_115, 271_900),
    ("Socialnämnden", 84_700, 29_880, 88_200),
    ("Omsorgsnämnden", 241_600, 82_430, 246_100),
    ("Kultur- och fritidsnämnden", 27_900, 9_140, 27_600),
    ("Samhällsbyggnadsnämnden", 62_150, 19_260, 61_400),
    ("Miljö- och byggnämnden", 6_300, 1_890, 6_150),
    ("Överförmyndarnämnden", 2_400, 820, 2_480),
    ("Valnämnden", 150, 12, 150),
]


def make_f8():
    wb = new_wb()
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Hofors kommun – Budgetuppföljning per april 2025 (tertial 1)"
    ws["A1"].font = TITLE
    ws["A2"] = "Belopp i tkr. Nettokostnader. Prognos avser helår 2025."
    heads = ["Nämnd", "Budget 2025", "Utfall jan–apr", "Förbrukat %", "Prognos helår", "Avvikelse mot budget"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
    r = 5
    tb = tu = tp = 0
    for n, b, u, p in F8_ROWS:
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=3, value=u)
        ws.cell(row=r, column=4, value=round(u / b * 100, 1))
        ws.cell(row=r, column=5, value=p)
        ws.cell(row=r, column=6, value=b - p)
        if b - p < 0:
            ws.cell(row=r, column=6).font = Font(color="C00000")
        tb += b
        tu += u
        tp += p
        r += 1
    ws.cell(row=r, column=1, value="Summa nämnder").font = BOLD
    for col, v in ((2, tb), (3, tu), (4, round(tu / tb * 100, 1)), (5, tp), (6, tb - tp)):
        ws.cell(row=r, column=col, value=v).font = BOLD
    ws.cell(row=r + 2, column=1,
            value="Kommentar: Omsorgsnämnden och Socialnämnden prognostiserar underskott, främst "
                  "kostnader för placeringar och bemanning. Åtgärdsplaner begärs till KS i juni.")
    widths(ws, [34, 14, 16, 12, 14, 20])
    inv = wb.create_sheet("Investeringar")
    inv["A1"] = "Investeringsredovisning per april 2025 (tkr)"
    inv["A1"].font = TITLE
    for i, h in enumerate(["Projekt", "Budget 2025", "Utfall jan–apr", "Prognos"], start=1):
        inv.cell(row=3, column=i, value=h).font = BOLD
    projs = [("Ny förskola Västeräng", 18_000, 4_210, 17_500), ("Reinvestering gator", 6_500, 820, 6_500),
             ("IT-infrastruktur", 2_200, 640, 2_200), ("Simhall ventilation", 3_800, 0, 3_800)]
    for j, row in enumerate(projs, start=4):
        for i, v in enumerate(row, start=1):
            inv.cell(row=j, column=i, value=v)
    inv.column_dimensions["A"].width = 30
    save_wb(wb, os.path.join(OUT, F8))
    FILES.append((F8, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen|Vård och omsorg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Hoforshus AB", "Hoforshus|Hoforshus aktiebolag"),
    ("Hofors Vatten AB", "Hofors Vatten|HVAB"),
    ("Gästrike Räddningstjänst", "Gästrike räddningstjänstförbund|GRT"),
]


def write_csvs():
    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    # remove earlier outputs (not the script or README)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if f not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r512_")
    try:
        make_f1()
        make_f2()
        make_f3()
        make_f4(tmp)
        make_f5()
        make_f6()
        make_f7(tmp)
        make_f8()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} expected rows")


if __name__ == "__main__":
    main()
