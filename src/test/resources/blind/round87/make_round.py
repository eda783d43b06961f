#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 87 – Skellefteå kommun, delår 2025.

Builds the economy office's inbox of 2025-09-15: six nämnder that filled in the
standard Excel template "Uppföljning av internkontrollplan" each in their own way,
one Word tjänsteskrivelse, one Stratsys CSV export holding two nämnder and one
Excel lock file. Also writes namnder.csv, files.csv and expected.csv.

Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round87"

# ---------------------------------------------------------------- styles
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
ITAL = Font(italic=True, color="FF808080")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="FFDDEBF7")
ADD_FILL = PatternFill("solid", fgColor="FFFCE4D6")   # columns a nämnd added itself
OLD_FILL = PatternFill("solid", fgColor="FFD9D9D9")
GREEN = PatternFill("solid", fgColor="FF00B050")
YELLOW = PatternFill("solid", fgColor="FFFFFF00")
RED = PatternFill("solid", fgColor="FFFF0000")
BLUE = PatternFill("solid", fgColor="FF9BC2E6")

TEMPLATE_HEAD = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
                 "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
WIDTHS = [6, 20, 48, 22, 12, 18, 9, 11, 50, 30, 30]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def expect(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


def widths(ws, ws_widths=WIDTHS):
    for i, w in enumerate(ws_widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w


def put_row(ws, r, values, font=None, fill=None, border=True, align=WRAP):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if font:
            cell.font = font
        if fill:
            cell.fill = fill
        if border:
            cell.border = BOX
        cell.alignment = align


def listor_sheet(wb, hidden=True):
    """The template's sheet with the drop-down lists."""
    ls = wb.create_sheet("Listor")
    ls["A1"] = "Status"
    for i, v in enumerate(["G", "D", "E", "U"], start=2):
        ls.cell(row=i, column=1, value=v)
    ls["B1"] = "Avvikelse"
    ls["B2"] = "Ja"
    ls["B3"] = "Nej"
    ls["C1"] = "Uppföljningstillfälle"
    for i, v in enumerate(["T1 (30 april)", "Delår 31 augusti", "Helår"], start=2):
        ls.cell(row=i, column=3, value=v)
    if hidden:
        ls.sheet_state = "hidden"
    return ls


def status_validation(ws, rng):
    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(rng)


def template_top(ws, namnd, tillfalle, ansvarig, datum, title="Uppföljning av internkontrollplan 2025",
                 last_col="I"):
    ws["A1"] = title
    ws["A1"].font = TITLE
    ws.merge_cells(f"A1:{last_col}1")
    for r, (k, v) in enumerate([("Nämnd:", namnd), ("Uppföljningstillfälle:", tillfalle),
                                ("Ansvarig tjänsteperson:", ansvarig), ("Datum:", datum)], start=2):
        ws.cell(row=r, column=1, value=k).font = BOLD
        ws.cell(row=r, column=3, value=v)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    if isinstance(datum, dt.date):
        ws["C5"].number_format = "yyyy-mm-dd"


def legend(ws, r):
    ws.cell(row=r, column=2, value="Teckenförklaring status:").font = BOLD
    for i, (code, txt, fill) in enumerate([("G", "Genomförd (grön)", GREEN),
                                           ("D", "Delvis genomförd / pågår (gul)", YELLOW),
                                           ("E", "Ej genomförd (röd)", RED),
                                           ("U", "Utgår (ska inte följas upp i år)", None)], start=1):
        c = ws.cell(row=r + i, column=2, value=code)
        c.alignment = CENTER
        if fill:
            c.fill = fill
        ws.cell(row=r + i, column=3, value=txt)
    return r + 5


def instruction(ws, r):
    ws.cell(row=r, column=2, value=(
        "Instruktion: Fyll i en rad per kontrollmoment i nämndens internkontrollplan. Avvikelse = "
        "kontrollen har visat fel eller brister. Skickas till ekonomienheten senast 2025-09-15.")).font = ITAL
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)


# ====================================================================== 1 KS
def file_ks(path):
    fil = os.path.basename(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning IK"
    widths(ws)
    template_top(ws, "Kommunstyrelsen", "Delår 31 augusti", "Anna Lindström, controller",
                 dt.date(2025, 9, 10), last_col="J")
    head = TEMPLATE_HEAD + ["Åtgärd/förslag"]
    put_row(ws, 7, head, font=BOLD, fill=HEAD_FILL)
    ws["J7"].fill = ADD_FILL
    put_row(ws, 8, ["Ex.", "Inköp", "Exempel: Stickprov av 10 fakturor – rätt konto och momsavdrag",
                    "Stickprov", "1 ggr/år", "Controller", "G", "Nej",
                    "Exempelrad – skriv över eller ta bort", ""], font=ITAL)
    rows = [
        (1, "Attest", "Attest av leverantörsfakturor sker enligt gällande attestordning (stickprov 25 fakturor)",
         "Stickprov", "2 ggr/år", "Ekonomichef", "G", "Nej",
         "25 fakturor granskade, samtliga attesterade av behörig attestant.", "", "GENOMFORD", "nej"),
        (2, "Leverantörsregister", "Ändringar i leverantörsregistret (bankgiro/kontonummer) kontrolleras mot underlag",
         "Genomgång av logg", "Tertialvis", "Redovisningsansvarig", "G", "Ja",
         "2 av 14 ändringar saknade verifierat underlag (ringt upp leverantören).",
         "Rutin förtydligad, två-i-förening vid ändring av bankgiro.", "GENOMFORD", "ja"),
        (3, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Jämförelse diarium/protokoll", "2 ggr/år", "Kanslichef", "D", "Nej",
         "Perioden jan–juni kontrollerad, jul–dec görs i december.", "", "DELVIS", "nej"),
        (4, "Representation", "Representation och gåvor följer riktlinjen (genomgång konto 7610–7690)",
         "Registerkontroll", "1 ggr/år", "Controller", "G", "Ja",
         "En faktura (lunch 2025-03-18) saknade syfte och deltagarförteckning.",
         "Påminnelse till chefer via chefsforum.", "GENOMFORD", "ja"),
        (5, "IT-behörigheter", "Behörigheter i ekonomisystemet Raindance tas bort vid avslutad anställning",
         "Avstämning mot HR-system", "2 ggr/år", "Systemförvaltare", "E", None,
         "Skjuts till hösten på grund av uppgradering av Raindance i maj.", "", "EJ_GENOMFORD", "nej"),
        (6, "Löner", "Manuella löneutbetalningar och engångsbelopp kontrolleras mot beslut",
         "Stickprov", "Tertialvis", "Lönechef", "x", "Nej", None, "", "OKLAR", "nej"),
        (7, "Dataskydd", "Registerförteckning enligt GDPR art. 30 är uppdaterad",
         "Genomgång", "1 ggr/år", "Dataskyddsombud", "U", "Nej",
         "Utgår – hanteras i kommungemensamt dataskyddsprojekt, beslut KS 2025-03-11 § 42.", "", "UTGAR", "nej"),
        (8, "Avtalstrohet", "Inköp görs från upphandlade leverantörer (stickprov 30 inköp)",
         "Stickprov", "1 ggr/år", "Upphandlingschef", "G", "Ja",
         "4 av 30 inköp gjordes utanför avtal (kontorsmaterial, blommor).",
         "Information om avtalskatalogen på intranätet.", "GENOMFORD", "ja"),
        (9, "Kontanthantering", "Kassainventering i receptionen och på turistbyrån",
         "Oanmäld inventering", "2 ggr/år", "Enhetschef medborgarservice", None, None, None, "",
         "SAKNAS", "nej"),
    ]
    r = 9
    for row in rows:
        put_row(ws, r, list(row[:10]))
        ws.cell(row=r, column=7).alignment = CENTER
        ws.cell(row=r, column=8).alignment = CENTER
        r += 1
    status_validation(ws, f"G9:G{r - 1}")
    r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment").font = BOLD
    ws.cell(row=r, column=3, value=len(rows))
    r += 2
    r = legend(ws, r)
    instruction(ws, r + 1)
    ws.cell(row=r + 3, column=2, value="Upprättad av: Anna Lindström, 2025-09-10")
    listor_sheet(wb)
    wb.save(path)
    expect(fil, "Kommunstyrelsen", [(x[2], x[10], x[11]) for x in rows])
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))


# ===================================================================== 2 BUN
def file_bun(path):
    fil = os.path.basename(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "BUN 2025"
    widths(ws, [5, 16, 46, 20, 12, 16, 9, 16, 12, 46])
    ws["A1"] = "Barn- och utbildningsförvaltningen – internkontroll, avstämning per 31/8 2025"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:J1")
    ws["A2"] = "Förvaltning: Barn- och utbildningsförvaltningen      Kontaktperson: Johan Nyström, förvaltningsekonom"
    ws.merge_cells("A2:J2")
    head = ["Nr", "Område", "Vad kontrolleras", "Hur", "När", "Vem", "Riskvärde", "Hur gick det?",
            "Fel hittade?", "Kommentar"]
    put_row(ws, 4, head, font=BOLD, fill=PatternFill("solid", fgColor="FFE2EFDA"))
    ek = [
        (1, "Avgifter", "Debitering av barnomsorgsavgift (maxtaxa) – inkomstuppgifter kontrolleras mot underlag",
         "Stickprov 40 hushåll", "Vår", "Avgiftshandläggare", 12, "Klar men brister", "Ja, 3 st",
         "3 hushåll hade för låg avgift, efterdebiterade i juni.", "GENOMFORD", "ja"),
        (2, "Attest", "Attest av fakturor i förskoleverksamheten, stickprov 20 st",
         "Stickprov", "Vår", "Förvaltningsekonom", 8, "Klart", "Nej", "", "GENOMFORD", "nej"),
        (3, "Inköp", "Avtalstrohet livsmedel till skolmåltider",
         "Fakturagenomgång", "Ht", "Kostchef", 9, "Ej påbörjad", "",
         "Kostenheten har inte haft resurser, tas i oktober.", "EJ_GENOMFORD", "nej"),
        (4, "Löner", "Kontroll av timanställdas tidrapporter mot schema",
         "Stickprov", "Tertialvis", "Rektor", 6, "Utgår (se komm.)", "",
         "Flyttad till KS plan (kommungemensam lönekontroll), beslut BUN 2025-02-19 § 12.", "UTGAR", "nej"),
    ]
    vh = [
        (5, "Elevhälsa", "Loggkontroll i elevhälsojournalen (PMO) – obehörig åtkomst",
         "Loggutdrag", "Vår", "Verksamhetschef elevhälsa", 12, "Klar", "Nej",
         "Loggar för 15 elever kontrollerade.", "GENOMFORD", "nej"),
        (6, "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordning och riktlinjer",
         "Stickprov 15 beslut", "Ht", "Skolskjutssamordnare", 6, "Pågår", "",
         "Stickprov påbörjat i augusti inför höstterminen.", "DELVIS", "nej"),
        (7, "Kränkande behandling", "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         "Jämförelse anmälningar/ärenden", "Tertialvis", "Rektorer", 16, "Delvis", "Ja",
         "Rutinen följs på 9 av 11 enheter. Två enheter har anmält med upp till tre veckors fördröjning.",
         "DELVIS", "ja"),
        (8, "Dataskydd", "Personuppgiftsincidenter rapporteras inom 72 timmar",
         "Genomgång incidentlogg", "1 ggr/år", "Förvaltningens dataskyddssamordnare", 9, None, None,
         "Genomförd i juni. Inga incidenter som behövde anmälas till IMY, inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    r = 5
    for heading, block in (("EKONOMI", ek), ("VERKSAMHET", vh)):
        ws.cell(row=r, column=2, value=heading).font = Font(bold=True, color="FF375623")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        r += 1
        for row in block:
            put_row(ws, r, list(row[:10]))
            r += 1
    ws.cell(row=r + 1, column=2, value="Behandlas i BUN 2025-09-24. /JN").font = ITAL
    wb.save(path)
    expect(fil, "Barn- och utbildningsnämnden", [(x[2], x[10], x[11]) for x in ek + vh])
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))


# ====================================================================== 3 SN
def file_sn(path):
    fil = os.path.basename(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning IK"
    widths(ws)
    template_top(ws, "Socialnämnden", "Delår 2025", "Lena Öhman, kvalitetsstrateg", "2025-09-11")
    put_row(ws, 7, TEMPLATE_HEAD, font=BOLD, fill=HEAD_FILL)
    rows = [
        (1, "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut (stickprov 20 akter)",
         "Aktgranskning", "2 ggr/år", "Enhetschef försörjningsstöd", GREEN, "Nej",
         "20 akter granskade utan anmärkning.", "GENOMFORD", "nej"),
        (2, "Ekonomiskt bistånd", "Kontroll mot Försäkringskassan/A-kassa via SSBTEK görs innan beslut",
         "Stickprov", "2 ggr/år", "Enhetschef försörjningsstöd", GREEN, "Ja",
         "I 2 av 20 ärenden saknades dokumenterad kontroll. Återkopplat till handläggarna.", "GENOMFORD", "ja"),
        (3, "Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur Treserva", "Tertialvis", "Enhetschef barn och unga", YELLOW, "Ja",
         "82 % inom 14 dagar under jan–aug. Åtgärdsplan tas fram till oktober.", "DELVIS", "ja"),
        (4, "LSS", "LSS-beslut verkställs inom tre månader, ej verkställda beslut rapporteras till IVO",
         "Uttag ur Treserva", "Kvartalsvis", "Enhetschef LSS-handläggning", RED, "",
         "Kontrollen ej utförd på grund av vakant tjänst som kvalitetssamordnare.", "EJ_GENOMFORD", "nej"),
        (5, "Familjehem", "Arvoden och omkostnadsersättning till familjehem stäms av mot avtal",
         "Avstämning", "2 ggr/år", "Familjehemssekreterare", YELLOW, "Nej",
         "Avstämning gjord för barnfamiljehem, vuxna placeringar återstår.", "DELVIS", "nej"),
        (6, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse", "Tertialvis", "Nämndsekreterare", GREEN, "Nej", "", "GENOMFORD", "nej"),
        (7, "Dokumentation", "Journalanteckningar förs löpande (granskning i Treserva)",
         "Aktgranskning 10 akter", "1 ggr/år", "Kvalitetsstrateg", BLUE, "", "Se bilaga 2.", "OKLAR", "nej"),
        (8, "Hot och våld", "Handlingsplan hot och våld är känd och genomgången på APT i samtliga enheter",
         "Enkät till enhetschefer", "1 ggr/år", "Socialchef", GREEN, "Nej",
         "Genomgånget på APT i maj, alla enheter har svarat.", "GENOMFORD", "nej"),
        (9, "Klientmedel", "Hantering av klientmedel och kontanta medel på boenden",
         "Oanmäld kontroll", "2 ggr/år", "Enhetschef boende", None, "", "", "SAKNAS", "nej"),
        (10, "Upphandling", "Köp av placeringar (HVB) görs från ramavtal eller efter dokumenterad direktupphandling",
         "Genomgång av placeringar", "1 ggr/år", "Socialchef", RED, "Nej",
         "Ej påbörjad – prioriteras under hösten.", "EJ_GENOMFORD", "nej"),
    ]
    r = 8
    for row in rows:
        vals = list(row[:6]) + [None, row[7], row[8]]
        put_row(ws, r, vals)
        if row[6] is not None:
            ws.cell(row=r, column=7).fill = row[6]
        ws.cell(row=r, column=8).alignment = CENTER
        r += 1
    status_validation(ws, f"G8:G{r - 1}")
    ws.cell(row=r + 1, column=2, value="Bilaga 2: Journalgranskning Treserva (skickas separat)").font = ITAL
    listor_sheet(wb)
    wb.save(path)
    expect(fil, "Socialnämnden", [(x[2], x[9], x[10]) for x in rows])
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))


# ===================================================================== 4 SBN
def file_sbn(path):
    fil = os.path.basename(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning IK"
    widths(ws)
    template_top(ws, "Samhällsbyggnadsnämnden", "Delår (jan–aug) 2025", "Per Åström, ekonom",
                 dt.date(2025, 9, 5))
    # two-level header (they grouped the follow-up columns)
    for c, h in enumerate(TEMPLATE_HEAD[:6], start=1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = CENTER
        ws.merge_cells(start_row=7, start_column=c, end_row=8, end_column=c)
    ws.cell(row=7, column=7, value="Uppföljning delår").font = BOLD
    ws.cell(row=7, column=7).fill = HEAD_FILL
    ws.cell(row=7, column=7).alignment = CENTER
    ws.merge_cells("G7:I7")
    for c, h in zip((7, 8, 9), ("Status", "Avvikelse", "Kommentar")):
        cell = ws.cell(row=8, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = CENTER
    data = [
        ("1", "Fakturahantering", "Attest av leverantörsfakturor enligt attestordning", "Stickprov 20 fakturor",
         "2 ggr/år", "Ekonom", "G", "Nej", "Inga avvikelser."),
        ("2", None, "Fakturor betalas i tid – dröjsmålsräntor följs upp", "Konto 8420", "Tertialvis",
         "Ekonom", "G", "Ja", "Dröjsmålsränta 14 tkr jan–aug, främst VA-fakturor som legat i fel kö."),
        ("3", None, "Kontroll av dubbelbetalningar i leverantörsreskontran", "Rapport i Raindance",
         "Tertialvis", "Ekonomiassistent", "D", "Nej", "T1 kontrollerat, maj–aug pågår."),
        ("4", "Investeringar", "Investeringsprojekt har beslut innan start", "Genomgång projektlista",
         "1 ggr/år", "Controller", "D", "Nej",
         "Genomgång av 2024 och 2025 års projekt pågår, klar i oktober."),
        ("5", None, "Aktivering av avslutade investeringsprojekt sker löpande", "Genomgång projektlista",
         "1 ggr/år", "Controller", None, None, None),
        ("6", "Fordon och maskiner", "Körjournaler för kommunens fordon förs och kontrolleras",
         "Stickprov 10 fordon", "2 ggr/år", "Fordonssamordnare", "E", "Nej",
         "Ej genomförd – nytt system för elektroniska körjournaler upphandlas."),
        ("7", "Myndighetsutövning", "Bostadsanpassningsbidrag beslutas enligt delegation och inom handläggningstid",
         "Stickprov", "1 ggr/år", "Enhetschef bygglov/BAB", "U", "Nej",
         "Verksamheten överförd till Socialnämnden fr.o.m. 2025-05-01."),
    ]
    r = 9
    for row in data:
        put_row(ws, r, list(row))
        ws.cell(row=r, column=7).alignment = CENTER
        ws.cell(row=r, column=8).alignment = CENTER
        r += 1
    # merged process cells and one merged status/comment for two controls
    ws.merge_cells("B9:B11")
    ws.merge_cells("B12:B13")
    ws.merge_cells("G12:G13")
    ws.merge_cells("H12:H13")
    ws.merge_cells("I12:I13")
    for ref in ("B9", "B12"):
        ws[ref].alignment = Alignment(vertical="center", wrap_text=True)
    status_validation(ws, "G9:G15")
    r += 1
    ws.cell(row=r, column=2, value="Summa").font = BOLD
    ws.cell(row=r, column=3, value="G = 2, D = 3, E = 1, U = 1 (7 kontrollmoment)")
    ws.cell(row=r + 1, column=3, value="Se även flik ”Tillägg juni 2025”.").font = ITAL
    r = legend(ws, r + 3)
    instruction(ws, r + 1)

    ws2 = wb.create_sheet("Tillägg juni 2025")
    widths(ws2)
    ws2["A1"] = "Tillkommande kontrollmoment enligt beslut SBN 2025-06-12 § 88"
    ws2["A1"].font = TITLE
    ws2.merge_cells("A1:I1")
    put_row(ws2, 3, TEMPLATE_HEAD, font=BOLD, fill=HEAD_FILL)
    add = [
        ("8", "Entreprenader", "Vinterväghållning: entreprenörernas fakturor stäms av mot rapporterade timmar",
         "Avstämning mot körloggar", "Säsong", "Gatuchef", "G", "Ja",
         "Differens 38 timmar för en entreprenör, kreditering begärd och mottagen."),
        ("9", "Fastighet", "Nyckelhantering och passerkort i kommunens fastigheter – kvittenser finns",
         "Stickprov 3 fastigheter", "1 ggr/år", "Fastighetschef", "D", "Nej",
         "Två av tre fastigheter kontrollerade."),
    ]
    for i, row in enumerate(add, start=4):
        put_row(ws2, i, list(row))
    listor_sheet(wb)
    wb.save(path)
    exp = [
        (data[0][2], "GENOMFORD", "nej"),
        (data[1][2], "GENOMFORD", "ja"),
        (data[2][2], "DELVIS", "nej"),
        (data[3][2], "DELVIS", "nej"),
        (data[4][2], "DELVIS", "nej"),
        (data[5][2], "EJ_GENOMFORD", "nej"),
        (data[6][2], "UTGAR", "nej"),
        (add[0][2], "GENOMFORD", "ja"),
        (add[1][2], "DELVIS", "nej"),
    ]
    expect(fil, "Samhällsbyggnadsnämnden", exp)
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))


# ===================================================================== 5 KFN (.ods)
def file_kfn(xlsx_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    widths(ws, [5, 18, 46, 18, 10, 10, 10, 10, 11, 44, 3, 26])
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = BOLD
    ws["A3"] = "Uppföljningstillfälle: Delår 31 aug (T1 fylldes i i april)"
    head = ["Nr", "Process/rutin", "Kontrollmoment", "Ansvarig", "Status 2024", "Status T1 2025",
            "Status delår 2025", "Status helår 2025", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    put_row(ws, 5, head, font=BOLD, fill=HEAD_FILL)
    ws["E5"].fill = OLD_FILL
    for c in ("F5", "G5", "H5"):
        ws[c].fill = ADD_FILL
    rows = [
        (1, "Bidrag", "Föreningsbidrag betalas ut enligt beslut och riktlinjer (stickprov 10 föreningar)",
         "Föreningskonsulent", "G", "D", "G", None, "Ja",
         "En förening fick dubbel utbetalning av aktivitetsstöd, återkrävd i juli.", "GENOMFORD", "ja"),
        (2, "Kassahantering", "Dagskassor i simhallen och Kulturhuset stäms av mot kassasystemet",
         "Enhetschef bad", "D", "G", "G", None, "Nej", "", "GENOMFORD", "nej"),
        (3, "Uthyrning", "Uthyrning av lokaler och idrottshallar debiteras enligt taxa",
         "Bokningsansvarig", "E", "D", "D", None, "Nej",
         "Hallar kontrollerade, lokaler i Kulturhuset återstår.", "DELVIS", "nej"),
        (4, "IT-behörigheter", "Behörigheter i bokningssystemet Interbook gås igenom",
         "Systemförvaltare", "G", "G", None, None, "Nej",
         "Klar redan i april, se T1. Inga felaktiga behörigheter.", "GENOMFORD", "nej"),
        (5, "Bibliotek", "Förseningsavgifter och ersättningskrav på biblioteket hanteras enligt taxa",
         "Bibliotekschef", "G", None, "U", None, "",
         "Förseningsavgifterna slopade enligt KF 2025-01-28 § 9.", "UTGAR", "nej"),
        (6, "Representation", "Representation och interna möten följer riktlinjen",
         "Förvaltningsekonom", "G", None, "E", None, "",
         "Ej hunnit, planeras till oktober.", "EJ_GENOMFORD", "nej"),
        (7, "Inköp", "Avtalstrohet vid inköp av idrottsmateriel och förbrukningsmaterial",
         "Enhetschef fritid", "G", None, None, None, None, None, "SAKNAS", "nej"),
        (8, "Delegation", "Delegationsbeslut (bidrag, uthyrning) anmäls till nämnden",
         "Nämndsekreterare", "G", "D", "G", None, "Nej", "", "GENOMFORD", "nej"),
        (9, "Barn och unga", "Föreningar med bidrag för barn- och ungdomsverksamhet har kontrollerat ledarnas registerutdrag",
         "Föreningskonsulent", "", "D", "?", None, "", "", "OKLAR", "nej"),
    ]
    r = 6
    for row in rows:
        put_row(ws, r, list(row[:10]))
        for c in range(5, 10):
            ws.cell(row=r, column=c).alignment = CENTER
        ws.cell(row=r, column=5).fill = OLD_FILL
        r += 1
    # legend moved up to the right of the table
    ws["L5"] = "Teckenförklaring"
    ws["L5"].font = BOLD
    for i, t in enumerate(["G = Genomförd", "D = Delvis genomförd/pågår", "E = Ej genomförd",
                           "U = Utgår"], start=6):
        ws.cell(row=i, column=12, value=t)
    ws.cell(row=r + 1, column=2, value="Kolumnen Status 2024 är kvar från förra årets uppföljning.").font = ITAL
    wb.save(xlsx_path)
    return rows


# ===================================================================== 6 MHN (.xls)
def file_mhn(xlsx_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning IK"
    widths(ws)
    template_top(ws, "Miljökontoret", "Tertial 2 (jan–aug) 2025", "Sara Backman, miljöchef", "2025-09-09")
    put_row(ws, 7, TEMPLATE_HEAD, font=BOLD, fill=HEAD_FILL)
    rows = [
        (1, "Avgifter", "Debitering av tillsynsavgifter enligt taxa (stickprov 15 ärenden)",
         "Stickprov", "1 ggr/år", "Miljöchef", None, None,
         "Genomförd. 2 ärenden felaktigt debiterade (fel riskklass), rättade i juni.", "GENOMFORD", "ja"),
        (2, "Avgifter", "Timavgift för handläggning registreras i Ecos",
         "Stickprov", "2 ggr/år", "Administratör", None, None,
         "Pågår, klar under hösten.", "DELVIS", "nej"),
        (3, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse Ecos/protokoll", "Tertialvis", "Nämndsekreterare", None, "Nej",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        (4, "Jäv", "Handläggare har inte handlagt ärenden där jäv föreligger",
         "Genomgång av ärenden mot bisyssla/intresseförteckning", "1 ggr/år", "Miljöchef", None, None,
         "Ej genomförd. Prioriteras under T3.", "EJ_GENOMFORD", "nej"),
        (5, "Livsmedelskontroll", "Planerade livsmedelskontroller genomförs enligt kontrollplanen",
         "Uttag Ecos", "Tertialvis", "Livsmedelsinspektör", None, None, "Se bilaga", "OKLAR", "nej"),
        (6, "Diarieföring", "Inkomna handlingar diarieförs inom 2 arbetsdagar",
         "Stickprov 40 handlingar", "1 ggr/år", "Registrator", None, None,
         "Genomförd, men 6 av 40 handlingar diarieförda efter mer än 2 dagar (semesterperiod).",
         "GENOMFORD", "ja"),
        (7, "Attest", "Leverantörsfakturor attesteras av behörig attestant",
         "Stickprov", "1 ggr/år", "Miljöchef", "G", "Nej", "OK", "GENOMFORD", "nej"),
        (8, "Sekretess", "Begäran om allmän handling prövas av behörig och skyndsamt",
         "Genomgång", "1 ggr/år", "Registrator", None, None,
         "Utgår 2025, ingår i kommunstyrelsens granskning av allmänna handlingar.", "UTGAR", "nej"),
    ]
    r = 8
    for row in rows:
        put_row(ws, r, list(row[:9]))
        r += 1
    status_validation(ws, f"G8:G{r - 1}")
    ws.cell(row=r + 1, column=2, value="Bilaga: Sammanställning livsmedelskontroller jan–aug (pdf)").font = ITAL
    listor_sheet(wb)
    wb.save(xlsx_path)
    return rows


# ===================================================================== 7 VON (.docx)
def file_von(path):
    fil = os.path.basename(path)
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    p.add_run("Skellefteå kommun\nVård- och omsorgsförvaltningen").bold = True
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2025-09-08\nDnr: VON 2025/0412\nTill: Vård- och omsorgsnämnden")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår per 31 augusti", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Vård- och omsorgsnämnden antog internkontrollplan för 2025 den 10 december 2024 (§ 118). Planen "
        "innehåller åtta kontrollmoment. Av dessa är fyra genomförda, två pågår, ett har inte genomförts "
        "och ett utgår. Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig men att "
        "läkemedelshanteringen och avgiftshanteringen kräver fortsatt uppmärksamhet.")
    d.add_heading("Kontrollmoment som granskats under perioden", level=2)

    prose = [
        ("1. Avgifter inom äldreomsorgen",
         "Avgiftsbeslut i hemtjänst och särskilt boende baseras på aktuella inkomstuppgifter",
         ["Resultat: 30 avgiftsbeslut granskades. I 4 beslut var inkomstuppgifterna äldre än ett år och "
          "avgiften hade inte räknats om. Berörda brukare har fått nya beslut.",
          "Bedömning: Genomförd med anmärkning."], "GENOMFORD", "ja"),
        ("2. Hemtjänst",
         "Utförda hemtjänsttimmar stäms av mot beviljade timmar (Phoniro/Lifecare)",
         ["Resultat: Avstämning är gjord för fyra av tio hemtjänstgrupper. Hittills har inga avvikelser över "
          "10 procent noterats.", "Bedömning: Pågår, slutförs i november."], "DELVIS", "nej"),
        ("3. Läkemedelshantering",
         "Signeringslistor för läkemedel kontrolleras på särskilda boenden",
         ["Kontrollen genomfördes i maj på samtliga särskilda boenden av medicinskt ansvarig sjuksköterska. "
          "Brister i signeringen konstaterades på två enheter och en åtgärdsplan har upprättats."],
         "GENOMFORD", "ja"),
        ("4. Lex Sarah",
         "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
         ["Kontrollen har inte genomförts under perioden på grund av vakans som kvalitetsutvecklare. "
          "Den genomförs under hösten när tjänsten är tillsatt."], "EJ_GENOMFORD", "nej"),
        ("5. Informationssäkerhet",
         "Loggkontroll av åtkomst i verksamhetssystemet Lifecare",
         ["Resultat: Loggkontroll är gjord för två av fyra verksamhetsområden utan anmärkning.",
          "Bedömning: Delvis genomförd."], "DELVIS", "nej"),
    ]
    exp = []
    for head, km, paras, status, av in prose:
        d.add_heading(head, level=3)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        for t in paras:
            d.add_paragraph(t)
        exp.append((km, status, av))

    d.add_heading("Övriga kontrollmoment", level=2)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, ("Kontrollmoment", "Status", "Kommentar")):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    trows = [
        ("Attest av fakturor från bemanningsföretag", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Avtalstrohet – inköp av förbrukningsmaterial sker via ramavtal", "Genomförd",
         "8 procent av inköpen gjordes utanför avtal, främst inkontinenshjälpmedel. Information till enheterna.",
         "GENOMFORD", "ja"),
        ("Ej verkställda beslut enligt SoL rapporteras kvartalsvis", "Utgår",
         "Rapporteras av Socialnämnden för hela kommunen från 2025.", "UTGAR", "nej"),
    ]
    for km, s, k, status, av in trows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = km, s, k
        exp.append((km, status, av))

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplan 2025 per 31 augusti.")
    d.add_paragraph("\nMaria Berglund\nFörvaltningschef\n\nErik Sandström\nKvalitetsutvecklare")
    d.core_properties.author = "Erik Sandström"
    d.core_properties.title = "Uppföljning intern kontroll delår 2025"
    d.save(path)
    expect(fil, "Vård- och omsorgsnämnden", exp)
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))


# ===================================================================== 8 Stratsys CSV
def file_csv(path):
    fil = os.path.basename(path)
    head = ["Enhet", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status",
            "Statusfärg", "Avvikelse", "Kommentar", "Senast ändrad", "Ändrad av"]
    plan = "Internkontrollplan 2025"
    G, P, E, A = ("Genomförd", "Grön"), ("Pågående", "Gul"), ("Ej påbörjad", "Röd"), ("Avbruten", "Grå")
    N = ("", "")
    # (enhet, process, kontrollmoment, ansvarig, [(period, (status, färg), avvikelse, kommentar, datum, vem)])
    gn = [
        ("Studieadministration", "Studieavbrott rapporteras till CSN inom föreskriven tid", "Studie- och yrkesvägledare",
         [("2025 T1", P, "", "Genomgång av vårterminens avbrott pågår.", "2025-05-06", "karin.ek"),
          ("2025 Delår", G, "Ja", "3 avbrott rapporterades mer än en månad för sent. Rutin uppdaterad.",
           "2025-09-02", "karin.ek")], "GENOMFORD", "ja"),
        ("Ekonomi", "Interkommunala ersättningar faktureras korrekt", "Controller",
         [("2025 T1", E, "", "", "2025-05-06", "mats.lund"),
          ("2025 Delår", P, "Nej", "Vårterminen avstämd, höstterminen faktureras i oktober.",
           "2025-09-04", "mats.lund")], "DELVIS", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor – stickprov 20 fakturor", "Controller",
         [("2025 Delår", G, "Nej", "Inga avvikelser.", "2025-09-04", "mats.lund")], "GENOMFORD", "nej"),
        ("IT", "Behörigheter i elevadministrativt system (Extens) tas bort för personal som slutat",
         "Systemförvaltare",
         [("2025 Delår", E, "", "Väntar på ny behörighetsrutin från IT-avdelningen.", "2025-08-29", "jonas.rapp")],
         "EJ_GENOMFORD", "nej"),
        ("Betyg", "Ändring av betyg sker enligt delegationsordningen",
         "Rektor",
         [("2025 Delår", A, "", "Avbruten genom beslut GN 2025-05-20 § 31, ingår i Skolinspektionens granskning.",
           "2025-06-01", "karin.ek")], "UTGAR", "nej"),
        ("Ekonomi", "Lärlingsersättning till arbetsplatser betalas ut enligt avtal", "Rektor",
         [("2025 Delår", N, "", "", "", "")], "SAKNAS", "nej"),
    ]
    rtj = [
        ("Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", "Stf räddningschef",
         [("2025 T1", P, "", "12 av 40 planerade tillsyner gjorda.", "2025-05-08", "ola.nilsson"),
          ("2025 Delår", P, "Nej", "24 av 40 planerade tillsyner gjorda.", "2025-09-01", "ola.nilsson")],
         "DELVIS", "nej"),
        ("Ekonomi", "Debitering av tillsyn och onödiga automatlarm sker enligt taxa", "Administratör",
         [("2025 Delår", G, "Ja", "Två onödiga larm hade inte fakturerats, fakturerade i augusti.",
           "2025-09-01", "lisa.hed")], "GENOMFORD", "ja"),
        ("Personal", "Räddningspersonal i beredskap (RIB) har giltig utbildning", "Utbildningsansvarig",
         [("2025 Delår", G, "Nej", "", "2025-08-20", "ola.nilsson")], "GENOMFORD", "nej"),
        ("Fordon", "Drivmedelskort – tankningar kontrolleras mot fordon och körjournal", "Fordonsansvarig",
         [("2025 Delår", E, "", "Ej påbörjad, görs i samband med bokslut.", "2025-08-20", "lisa.hed")],
         "EJ_GENOMFORD", "nej"),
        ("Löner", "Larmersättning till deltidsbrandmän stäms av mot larmloggar", "Administratör",
         [("2025 T1", G, "Nej", "", "2025-05-08", "lisa.hed"),
          ("2025 Delår", G, "Ja", "En felaktig utbetalning (dubbelregistrerat larm), korrigerad i lön augusti.",
           "2025-09-01", "lisa.hed")], "GENOMFORD", "ja"),
    ]
    lines = []
    for enhet, block, namnd in (("Gymnasienämnden", gn, "Gymnasienämnden"),
                                ("Räddningstjänsten", rtj, "Räddningsnämnden")):
        exp = []
        for proc, km, ans, periods, status, av in block:
            for per, (s, farg), avv, kom, datum, vem in periods:
                lines.append([enhet, plan, proc, km, ans, per, s, farg, avv, kom, datum, vem])
            exp.append((km, status, av))
        expect(fil, namnd, exp)
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        w.writerows(lines)


# ===================================================================== 9 lock file
def file_lock(path):
    user = "Anna Lindström"
    a = user.encode("cp1252")
    b = bytes([len(a)]) + a
    b = b.ljust(55, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    while len(b) < 165:
        b += b" \x00"
    with open(path, "wb") as f:
        f.write(b[:165])
    FILES.append((os.path.basename(path), "AVVISAD", "", "", ""))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    out = HERE
    for fn in os.listdir(out):
        if fn.endswith((".xlsx", ".xls", ".ods", ".docx", ".csv")) and fn not in ("namnder.csv",):
            os.remove(os.path.join(out, fn))

    file_ks(os.path.join(out, "KS_Uppföljning IK delår 2025.xlsx"))
    file_bun(os.path.join(out, "BUN IK-uppföljning aug-25.xlsx"))
    file_sn(os.path.join(out, "Socialnämnden intern kontroll delår 2025.xlsx"))
    file_sbn(os.path.join(out, "SBN IKP uppföljning 2025-08.xlsx"))

    tmp = tempfile.mkdtemp(prefix="r87_")
    # KFN – LibreOffice user: template opened and saved as .ods
    kfn_name = "KFN uppföljning internkontroll 2025"
    rows = file_kfn(os.path.join(tmp, kfn_name + ".xlsx"))
    convert(os.path.join(tmp, kfn_name + ".xlsx"), "ods", out)
    expect(kfn_name + ".ods", "Kultur- och fritidsnämnden", [(x[2], x[10], x[11]) for x in rows])
    FILES.append((kfn_name + ".ods", "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))

    # MHN – old Excel 97-2003 file
    mhn_name = "Miljö o hälsa IK T2 2025"
    rows = file_mhn(os.path.join(tmp, mhn_name + ".xlsx"))
    convert(os.path.join(tmp, mhn_name + ".xlsx"), "xls", out)
    expect(mhn_name + ".xls", "Miljö- och hälsoskyddsnämnden", [(x[2], x[9], x[10]) for x in rows])
    FILES.append((mhn_name + ".xls", "INLAST", "Miljö- och hälsoskyddsnämnden", "2025", "T2"))
    shutil.rmtree(tmp)

    file_von(os.path.join(out, "VON Tjänsteskrivelse uppföljning intern kontroll delår 2025.docx"))
    file_csv(os.path.join(out, "Stratsys_export_internkontroll_20250912.csv"))
    file_lock(os.path.join(out, "~$KS_Uppföljning IK delår 2025.xlsx"))

    register = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Gymnasienämnden", "GN|Gymnasieförvaltningen|Gymnasie- och vuxenutbildningen"),
        ("Socialnämnden", "SN|Socialkontoret|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö och hälsa"),
        ("Byggnadsnämnden", "BN|Byggnadskontoret|Bygglovsenheten"),
        ("Räddningsnämnden", "RN|Räddningstjänsten|Räddningstjänsten Skellefteå"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret|Överförmyndaren"),
    ]
    with open(os.path.join(out, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in register:
            f.write(f"{n};{a}\n")

    order = [
        "KS_Uppföljning IK delår 2025.xlsx",
        "BUN IK-uppföljning aug-25.xlsx",
        "Socialnämnden intern kontroll delår 2025.xlsx",
        "SBN IKP uppföljning 2025-08.xlsx",
        kfn_name + ".ods",
        mhn_name + ".xls",
        "VON Tjänsteskrivelse uppföljning intern kontroll delår 2025.docx",
        "Stratsys_export_internkontroll_20250912.csv",
        "~$KS_Uppföljning IK delår 2025.xlsx",
    ]
    files = sorted(FILES, key=lambda x: order.index(x[0]))
    with open(os.path.join(out, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in files:
            f.write(";".join(row) + "\n")
    exp = sorted(EXPECTED, key=lambda x: order.index(x[0]))   # stable: keeps file order inside each file
    with open(os.path.join(out, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(exp)
    print(f"{len(order)} files, {len(files)} files.csv rows, {len(exp)} controls")


if __name__ == "__main__":
    main()
