#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 95 – Härslinge kommun (Skåne), tertial 2 2025: uppföljningar av
internkontrollplaner + en antagen plan för 2026 som kom med i samma utskick.

Builds every file of the round in this folder, plus namnder.csv, files.csv and
expected.csv. Run with /usr/bin/python3.
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round95"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("conversion failed: %s -> %s" % (src, fmt))
    return out


# ---------------------------------------------------------------------------
# 1. VON – real Excel 97 .xls (via soffice), status codes 1/2/3, legend at bottom
# ---------------------------------------------------------------------------
def build_von(tmp):
    fil = "VON uppföljning IK T2 2025.xls"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Tertial 2 (januari–augusti)"
    ws["A4"] = "Upprättad av: Lena Persson, controller"
    ws["F4"] = "Datum: 2025-09-09"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Status (kod)", "Kommentar / iakttagelser"]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = BOLD
        cell.fill = fill("D9E1F2")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        # process, kontrollmoment, metod, frekvens, ansvarig, kod, kommentar, status, avv
        ("Ekonomi",
         "Attest av leverantörsfakturor – beslutsattest görs av behörig attestant enligt attestförteckning",
         "Stickprov 20 fakturor per tertial", "Tertialvis", "Ekonom", 1,
         "20 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Avgiftsdebitering hemtjänst – avgiftsbeslut finns och rätt avgift debiteras",
         "Stickprov 15 brukare", "Tertialvis", "Avgiftshandläggare", 2,
         "2 av 15 brukare debiterades fel antal timmar efter ändrat biståndsbeslut. Korrigerat i augustifakturan.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning",
         "Delegationsbeslut enligt SoL anmäls till nämnden enligt delegationsordningen",
         "Avstämning beslutslista mot nämndprotokoll", "Tertialvis", "Nämndsekreterare", 1,
         "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
        ("Myndighetsutövning",
         "Verkställighet av LSS-beslut inom tre månader",
         "Uttag ur verksamhetssystemet över ej verkställda beslut", "Tertialvis", "Enhetschef LSS", 3,
         "Kontrollen har inte kunnat göras under T2 på grund av byte av verksamhetssystem. Görs till helår.",
         "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet",
         "Loggkontroll i journalsystemet – åtkomst till personuppgifter sker endast vid vårdrelation",
         "Stickprov 10 loggar", "Halvår", "MAS / informationssäkerhetssamordnare", 2,
         "En otillåten åtkomst upptäckt. Anmäld som personuppgiftsincident till IMY, arbetsrättsligt ärende pågår.",
         "GENOMFORD", "ja"),
        ("Särskilt boende",
         "Hantering av brukares privata medel – kassainventering på särskilt boende",
         "Oanmäld kassainventering på tre boenden", "Tertialvis", "Enhetschef SÄBO", 4,
         "Redovisas muntligt på nämndens sammanträde.", "OKLAR", "nej"),
        ("Personal",
         "Löneutbetalning timanställda – tidrapporter attesterade av chef före utbetalning",
         "Stickprov 25 tidrapporter", "Tertialvis", "HR-specialist", None,
         "Ingen kontroll gjord denna period – HR-specialisten har slutat och tjänsten är vakant.",
         "EJ_GENOMFORD", "nej"),
        ("Inköp",
         "Avtalstrohet vid inköp av förbrukningsmaterial (inkontinens- och hygienartiklar)",
         "Genomgång av inköpsstatistik från e-handelssystemet", "Halvår", "Inköpssamordnare", 1,
         "Avtalstrohet 98 %, inga köp utanför avtal.", "GENOMFORD", "nej"),
        ("Hemtjänst",
         "Genomförandeplaner i hemtjänsten upprättas inom 14 dagar från beslut",
         "Stickprov 20 ärenden", "Helår", "Enhetschef hemtjänst", None,
         "Genomförs under november enligt plan.", "EJ_GENOMFORD", "nej"),
    ]
    r = r0 + 1
    for i, (proc, km, metod, frekv, ansv, kod, komm, st, avv) in enumerate(rows, 1):
        vals = [i, proc, km, metod, frekv, ansv, kod, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fil, namnd, km, st, avv))
        r += 1
    # merge process cells for consecutive equal processes
    start = r0 + 1
    for rr in range(r0 + 2, r + 1):
        if rr == r or ws.cell(rr, 2).value != ws.cell(start, 2).value:
            if rr - 1 > start:
                for k in range(start + 1, rr):
                    ws.cell(k, 2).value = None
                ws.merge_cells(start_row=start, start_column=2, end_row=rr - 1, end_column=2)
            start = rr
    ws.cell(r, 2, "Antal kontrollmoment").font = BOLD
    ws.cell(r, 3, len(rows)).font = BOLD
    r += 2
    ws.cell(r, 2, "Förklaring statuskoder").font = BOLD
    ws.cell(r + 1, 2, "1 = Kontrollen genomförd – inga avvikelser")
    ws.cell(r + 2, 2, "2 = Kontrollen genomförd – avvikelse/-er noterade, se kommentar")
    ws.cell(r + 3, 2, "3 = Kontrollen ej genomförd")
    widths = [5, 18, 48, 30, 11, 20, 10, 55]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    src = os.path.join(tmp, "VON uppföljning IK T2 2025.xlsx")
    wb.save(src)
    out = soffice_convert(src, "xls:MS Excel 97", tmp)
    shutil.move(out, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. IFO – .ods, traffic-light fills without words, delår per 31 augusti
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY, BLUE = "00B050", "FFFF00", "FF0000", "BFBFBF", "00B0F0"


def build_ifo(tmp):
    fil = "IFO_internkontroll_delår_2025.ods"
    namnd = "Individ- och familjenämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Individ- och familjeomsorgen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – delårsuppföljning per 31 augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppgiftslämnare: Jonas Åkesson, verksamhetschef myndighet"
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "April", "Augusti", "Kommentar"]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd – beslut och attest finns före utbetalning",
         "Stickprov 30 utbetalningar", "April, augusti", "1:e socialsekreterare",
         GREEN, GREEN, "Stickprov 30 utbetalningar, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Dubbelutbetalningar – samma mottagare eller kontonummer under samma månad",
         "Uttag ur verksamhetssystemet", "April, augusti", "Controller",
         YELLOW, GREEN, "Två dubbelutbetalningar upptäckta i maj, återkrav skickat och betalt.",
         "GENOMFORD", "ja"),
        ("Barn och unga",
         "Orosanmälningar – förhandsbedömning klar inom 14 dagar",
         "Uttag ur verksamhetssystemet, samtliga anmälningar", "April, augusti", "Enhetschef barn och unga",
         RED, YELLOW, "Andelen inom 14 dagar är 81 % (mål 100 %). Åtgärdsplan tas fram under hösten.",
         "DELVIS", "ja"),
        ("Barn och unga",
         "Externa placeringar (HVB, familjehem) – avtal och beslut finns för samtliga placeringar",
         "Genomgång av samtliga pågående placeringar", "Augusti", "Enhetschef barn och unga",
         None, RED, "Ej genomförd – prioriterad bort p.g.a. hög ärendebelastning.", "EJ_GENOMFORD", "nej"),
        ("Barn och unga",
         "Barnavårdsutredningar avslutas inom fyra månader",
         "Uttag ur verksamhetssystemet", "1 ggr/år (april)", "Enhetschef barn och unga",
         GREEN, None, "", "GENOMFORD", "nej"),
        ("Informationssäkerhet",
         "Behörigheter i verksamhetssystemet – avslutade medarbetare tas bort",
         "Jämförelse behörighetslista mot personalsystemet", "April, augusti", "Systemförvaltare",
         YELLOW, GREY, "Utgår – kontrollen sköts centralt av IT-avdelningen från 1 juni.", "UTGAR", "nej"),
        ("Informationssäkerhet",
         "Utlämnande av allmän handling – sekretessprövning görs av behörig befattningshavare",
         "Stickprov 10 utlämnanden", "April, augusti", "Nämndsekreterare",
         GREEN, BLUE, "Se bilaga 3.", "OKLAR", "nej"),
        ("Arbetsmiljö",
         "Hot och våld – riskbedömning dokumenteras före hembesök",
         "Stickprov 10 hembesök", "April, augusti", "Enhetschef vuxen",
         None, None, "", "SAKNAS", "nej"),
    ]
    r = r0 + 1
    first_of_area = {}
    for (omr, km, metod, frekv, ansv, apr, aug, komm, st, avv) in rows:
        vals = [omr, km, metod, frekv, ansv, None, None, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        if apr:
            ws.cell(r, 6).fill = fill(apr)
        if aug:
            ws.cell(r, 7).fill = fill(aug)
        first_of_area.setdefault(omr, []).append(r)
        EXPECTED.append((fil, namnd, km, st, avv))
        r += 1
    for omr, rs in first_of_area.items():
        if len(rs) > 1:
            for k in rs[1:]:
                ws.cell(k, 1).value = None
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    widths = [18, 46, 30, 15, 22, 9, 9, 50]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    src = os.path.join(tmp, "IFO_internkontroll_delår_2025.xlsx")
    wb.save(src)
    out = soffice_convert(src, "ods", tmp)
    shutil.move(out, os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. BUN – .xlsx, status columns T1 | T2 | Helår per control (+ Helår 2024)
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Internkontrollplan 2025 uppföljning T2.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Till BUN 2025-09-24. Kolumnen Helår 2024 visas som jämförelse."
    ws["A3"].font = Font(italic=True)
    # two header rows
    ws.merge_cells("A5:A6"); ws["A5"] = "Nr"
    ws.merge_cells("B5:B6"); ws["B5"] = "Process"
    ws.merge_cells("C5:C6"); ws["C5"] = "Kontrollmoment"
    ws.merge_cells("D5:D6"); ws["D5"] = "Ansvarig"
    ws.merge_cells("E5:E6"); ws["E5"] = "Helår 2024"
    ws.merge_cells("F5:H5"); ws["F5"] = "Status 2025"
    ws["F6"] = "T1"; ws["G6"] = "T2"; ws["H6"] = "Helår"
    ws.merge_cells("I5:I6"); ws["I5"] = "Kommentar"
    for row in ws.iter_rows(min_row=5, max_row=6, min_col=1, max_col=9):
        for cell in row:
            cell.font = BOLD
            cell.fill = fill("FCE4D6")
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("Ekonomi", "Attest – beslutsattestant är inte samma person som mottagningsattestant",
         "Ekonomichef", "Genomförd", "Genomförd", "Genomförd", None,
         "Stickprov 25 fakturor under T2, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Representation och förtroendekänsliga poster – syfte och deltagare anges på verifikationen",
         "Controller", "Delvis", "Pågår", "Genomförd", None,
         "3 av 20 verifikationer saknade deltagarlista, har kompletterats.", "GENOMFORD", "ja"),
        ("Skolskjuts", "Skolskjutsbeslut fattas enligt riktlinjer och delegationsordning",
         "Skolskjutshandläggare", "Genomförd", "Ej påbörjad", "Pågår", None,
         "Granskning av 40 beslut pågår, klar i oktober.", "DELVIS", "nej"),
        ("Elevhälsa", "Elevhälsans journalföring – behörigheter och loggkontroll i journalsystemet",
         "Verksamhetschef elevhälsa", "Ej genomförd", "Ej påbörjad", "Ej genomförd", None,
         "Ej genomförd – ansvarig skolsköterska har varit sjukskriven.", "EJ_GENOMFORD", "nej"),
        ("Avgifter", "Barnomsorgsavgifter (maxtaxa) – inkomstuppgifter kontrolleras mot Skatteverket",
         "Avgiftshandläggare", "Genomförd", "Genomförd", None, None,
         "Kontrollen genomförd i juni. 12 hushåll har fått justerad avgift.", "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Kränkande behandling – anmälan till huvudman inom en vecka",
         "Kvalitetsstrateg", "Delvis", "Delvis genomförd", "Pågår", "Utgår",
         "Kontrollen utgår efter nämndens beslut 2025-09-10 § 71, ersätts av ny rutin.", "UTGAR", "nej"),
        ("Inköp", "Inköp av läromedel – avtalstrohet mot ramavtal",
         "Inköpssamordnare", "–", "Pågår", "?", None, "", "OKLAR", "nej"),
        ("Närvaro", "Frånvarorapportering – upprepad frånvaro anmäls till rektor",
         "Rektorer grundskola", "Genomförd", None, "Se kommentar", None,
         "Kontrollerat på fyra av sju skolor, övriga tre görs under hösten.", "DELVIS", "nej"),
        ("Personal", "Lönehantering – korrekt inrapportering av tillfälliga lönetillägg",
         "HR-konsult", "Genomförd", "Genomförd", "Genomförd m. anm.", None,
         "Två tillägg var inrapporterade på fel period, rättat i augustilönen.", "GENOMFORD", "ja"),
        ("Dataskydd", "Dataskydd – registerförteckning (art. 30) aktuell för alla system",
         "Dataskyddssamordnare", "Ej aktuell", None, None, None, "", "SAKNAS", "nej"),
    ]
    r = 7
    for i, (proc, km, ansv, h24, t1, t2, hel, komm, st, avv) in enumerate(rows, 1):
        vals = [i, proc, km, ansv, h24, t1, t2, hel, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(r, 5).font = Font(color="808080", italic=True)
        EXPECTED.append((fil, namnd, km, st, avv))
        r += 1
    # merge "Ekonomi" process cells
    ws.cell(8, 2).value = None
    ws.merge_cells("B7:B8")
    widths = [5, 18, 50, 22, 12, 14, 14, 12, 55]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "C7"
    r += 1
    ws.cell(r, 2, "Godkänd av: Per-Olof Nilsson, förvaltningschef").font = Font(italic=True)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Stratsys-like export, .xlsx, three förvaltningar (aliases of nämnder)
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_IK_T2_2025-09-15.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Härslinge kommun"
    ws["A2"] = "Internkontroll – uppföljning av kontrollmoment"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: 2025 Tertial 2"
    ws["A4"] = ("Urval: Samhällsbyggnadsförvaltningen; Miljö- och byggförvaltningen; "
                "Kultur- och fritidsförvaltningen")
    ws["A5"] = "Exporterad: 2025-09-15 08:42 av marie.holm"
    hdr = ["Namn", "Typ", "Ansvarig", "Frekvens", "Status", "Avvikelse", "Kommentar",
           "Senast uppdaterad"]
    r = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
    r += 1
    orgs = [
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", [
            ("Fastighetsförvaltning", [
                ("Felanmälningar åtgärdas inom utlovad tid", "Driftchef fastighet", "Tertial",
                 "Slutförd", "Nej", "Uttag ur felanmälningssystemet: 94 % åtgärdade inom tid.",
                 "2025-09-03", "GENOMFORD", "nej"),
                ("Ramavtal entreprenad – fakturerade á-priser stämmer med avtalet", "Upphandlare", "Tertial",
                 "Slutförd", "Ja", "Stickprov 15 fakturor, 2 med felaktigt á-pris. Kreditfakturor erhållna.",
                 "2025-09-05", "GENOMFORD", "ja"),
            ]),
            ("Mark och exploatering", [
                ("Markanvisningsavtal undertecknas enligt delegationsordningen", "Mark- och exploateringschef",
                 "Halvår", "Pågående", "", "Genomgång av 2025 års avtal påbörjad.", "2025-08-28",
                 "DELVIS", "nej"),
            ]),
            ("Gata och park", [
                ("Vinterväghållning – entreprenörens körjournaler stäms av mot faktura", "Gatuchef",
                 "Tertial", "Avbruten", "", "Avbruten genom beslut i SBN 2025-06-11 § 58, ersätts av GPS-uppföljning.",
                 "2025-06-12", "UTGAR", "nej"),
                ("Behörigheter i fastighetssystemet – endast behöriga har skrivrätt", "Systemförvaltare",
                 "Halvår", "Försenad", "", "Ej påbörjad p.g.a. systembyte, flyttas till T3.", "2025-09-01",
                 "EJ_GENOMFORD", "nej"),
            ]),
        ]),
        ("Miljö- och byggförvaltningen", "Miljö- och byggnämnden", [
            ("Bygglov", [
                ("Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
                 "Tertial", "Slutförd", "Ja",
                 "7 av 112 ärenden överskred tiden, avgiften reducerad enligt PBL.", "2025-09-10",
                 "GENOMFORD", "ja"),
            ]),
            ("Miljötillsyn", [
                ("Tillsynsavgifter miljö debiteras enligt gällande taxa", "Miljöchef", "Halvår",
                 "Slutförd", "Nej", "", "2025-09-10", "GENOMFORD", "nej"),
                ("Jävsdeklarationer finns för samtliga inspektörer", "Miljöchef", "Årlig",
                 "", "", "", "", "SAKNAS", "nej"),
            ]),
            ("Nämndadministration", [
                ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Tertial",
                 "Försenad", "", "Avstämningen är påbörjad men inte klar, slutförs i oktober.",
                 "2025-09-12", "DELVIS", "nej"),
            ]),
        ]),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", [
            ("Bidrag", [
                ("Föreningsbidrag – ansökningar kontrolleras mot villkoren (medlemsantal, aktiviteter)",
                 "Föreningskonsulent", "Årlig", "Slutförd", "Ja",
                 "En förening hade fått för högt aktivitetsstöd, återkrav skickat.", "2025-08-20",
                 "GENOMFORD", "ja"),
            ]),
            ("Intäkter", [
                ("Kassahantering i simhallen – dagskassor stäms av mot kassasystemet", "Badchef",
                 "Tertial", "Slutförd", "Nej", "Oanmälda kontroller i maj och augusti utan anmärkning.",
                 "2025-09-02", "GENOMFORD", "nej"),
                ("Uthyrning av lokaler – samtliga bokningar faktureras", "Bokningsansvarig", "Tertial",
                 "Pågående", "", "Stickprov maj–juni klart, juli–augusti återstår.", "2025-09-11",
                 "DELVIS", "nej"),
            ]),
            ("Tillgångar", [
                ("Inventarieförteckning för bibliotekens tekniska utrustning är aktuell", "Bibliotekschef",
                 "Årlig", "Ej påbörjad", "", "Planeras till november.", "2025-05-06",
                 "EJ_GENOMFORD", "nej"),
            ]),
            ("Personal", [
                ("OB-ersättning för timanställda i fritidsgårdsverksamheten utbetalas korrekt",
                 "Enhetschef fritid", "Tertial", "Slutförd", "Nej", "", "2025-09-04", "GENOMFORD", "nej"),
            ]),
        ]),
    ]
    n = 0
    for org, namnd, procs in orgs:
        ws.cell(r, 1, org).font = Font(bold=True, size=11)
        ws.cell(r, 2, "Förvaltning")
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("DDEBF7")
        r += 1
        for proc, kms in procs:
            ws.cell(r, 1, proc).font = Font(bold=True, italic=True)
            ws.cell(r, 1).alignment = Alignment(indent=1)
            ws.cell(r, 2, "Process")
            r += 1
            for (km, ansv, frekv, status, avvcol, komm, upd, st, avv) in kms:
                vals = [km, "Kontrollmoment", ansv, frekv, status or None, avvcol or None,
                        komm or None, upd or None]
                for c, v in enumerate(vals, 1):
                    ws.cell(r, c, v)
                ws.cell(r, 1).alignment = Alignment(indent=2, wrap_text=True)
                ws.cell(r, 7).alignment = Alignment(wrap_text=True)
                EXPECTED.append((fil, namnd, km, st, avv))
                n += 1
                r += 1
        FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: %d" % n).font = Font(italic=True)
    widths = [62, 16, 26, 10, 13, 11, 60, 16]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.auto_filter.ref = "A7:H%d" % (r - 2)
    wb.save(os.path.join(HERE, fil))


# ---------------------------------------------------------------------------
# 5. KS – .docx, table with symbol statuses, legend paragraph under table
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS uppföljning intern kontroll tertial 2 2025.docx"
    namnd = "Kommunstyrelsen"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    p = d.add_paragraph("Härslinge kommun\tTjänsteskrivelse")
    p = d.add_paragraph("Kommunledningskontoret\tDnr KS 2024/0412")
    p = d.add_paragraph("2025-09-11")
    d.add_heading("Uppföljning av intern kontroll 2025 – tertial 2", level=1)
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024, § 214. "
        "Planen omfattar nio kontrollmoment inom ekonomi, personal, IT och informationssäkerhet "
        "samt upphandling. Nedan redovisas kommunledningskontorets uppföljning per tertial 2 "
        "(januari–augusti). Slutlig redovisning sker i samband med årsredovisningen.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    hdr = ["Nr", "Kontrollmoment", "Metod", "Status", "Resultat och kommentar"]
    groups = [
        ("Ekonomi", [
            ("Leverantörsregister – ändring av bankgiro/kontonummer verifieras med leverantören",
             "Genomgång av samtliga ändringar i leverantörsregistret", "✔",
             "Samtliga 14 ändringar verifierade via telefon mot känt nummer.", "GENOMFORD", "nej"),
            ("Manuella utbetalningar attesteras av två personer",
             "Stickprov 10 manuella utbetalningar", "✔",
             "En utbetalning saknade andra attest. Rutinen har förtydligats för ekonomienheten.",
             "GENOMFORD", "ja"),
            ("Representation – förtäring vid interna möten följer riktlinjen för representation",
             "Stickprov 20 verifikationer", "◐",
             "Stickprovet påbörjat, 10 av 20 verifikationer granskade.", "DELVIS", "nej"),
        ]),
        ("Personal", [
            ("Nyanställda registreras med rätt lön enligt anställningsavtal",
             "Kontroll av samtliga nyanställningar under perioden", "✓",
             "12 nyanställningar kontrollerade, inga fel.", "GENOMFORD", "nej"),
            ("Bisysslor – chefer har redovisat sina bisysslor",
             "Genomgång av redovisningar i HR-systemet", "✖",
             "Ej genomförd. Skjuts till 2026 i samband med nytt HR-system.", "EJ_GENOMFORD", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("IT-behörigheter – konton för avslutade anställda inaktiveras inom fem dagar",
             "Uttag ur AD jämfört med lönesystemet", "◐ ✔",
             "Uttag gjort i juni och augusti.", "OKLAR", "nej"),
            ("Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             "Genomgång av incidentloggen", "✔",
             "Två incidenter under perioden, båda anmälda inom 72 timmar.", "GENOMFORD", "nej"),
        ]),
        ("Upphandling", [
            ("Direktupphandlingar över 100 000 kr dokumenteras",
             "Genomgång av direktupphandlingsregistret", "–",
             "Kontrollen har flyttats till upphandlingsenhetens egen internkontroll enligt KS beslut 2025-04-23 § 61.",
             "UTGAR", "nej"),
            ("Avtalstrohet – inköp hos leverantörer utan avtal",
             "Analys av leverantörsreskontran", "",
             "Analys av leverantörsreskontran jan–aug klar: 91 % av inköpsvolymen hos avtalsleverantörer, "
             "6 leverantörer utan avtal identifierade och kontaktade.", "GENOMFORD", "ja"),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        cell = t.rows[0].cells[c]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    ri = 1
    nr = 1
    for gname, items in groups:
        row = t.rows[ri]
        merged = row.cells[0].merge(row.cells[4])
        merged.text = ""
        run = merged.paragraphs[0].add_run(gname)
        run.bold = True
        ri += 1
        for (km, metod, sym, komm, st_, avv) in items:
            cells = t.rows[ri].cells
            cells[0].text = str(nr)
            cells[1].text = km
            cells[2].text = metod
            cells[3].text = sym
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cells[4].text = komm
            EXPECTED.append((fil, namnd, km, st_, avv))
            ri += 1
            nr += 1
    widths = [Cm(1.0), Cm(5.5), Cm(4.0), Cm(1.6), Cm(6.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            try:
                row.cells[c].width = w
            except IndexError:
                pass
    d.add_paragraph(
        "Teckenförklaring: ✔ = kontrollen genomförd, ◐ = kontrollen påbörjad/delvis genomförd, "
        "✖ = kontrollen ej genomförd, – = kontrollmomentet utgår.").runs[0].italic = True
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "Kommunledningskontoret bedömer att arbetet med intern kontroll i huvudsak följer plan. "
        "De avvikelser som konstaterats har åtgärdats eller är under åtgärd.")
    d.add_paragraph("")
    d.add_paragraph("Karin Ljungqvist\nKommundirektör")
    d.add_paragraph("Sofia Bengtsson\nEkonomichef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. KFN – adopted internkontrollplan 2026 (.xlsx), no follow-up -> AVVISAD
# ---------------------------------------------------------------------------
def build_kfn_plan():
    fil = "KFN Internkontrollplan 2026 antagen.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan 2026"
    ws["A1"] = "Internkontrollplan 2026 – Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av kultur- och fritidsnämnden 2025-09-18, § 67"
    ws["A3"] = "Dnr KFN 2025/0089"
    hdr = ["Process/rutin", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Återrapportering till nämnd"]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = BOLD
        cell.fill = fill("E2EFDA")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder", 3, 3,
         "Ansökningar kontrolleras mot villkoren i bidragsreglerna", "Stickprov 15 ansökningar",
         "Årlig", "Föreningskonsulent", "Helår"),
        ("Kassahantering", "Förskingring av kontanter i simhallens kassa", 2, 3,
         "Dagskassor stäms av mot kassasystemet", "Oanmäld kontroll", "Tertial", "Badchef", "T1, T2, Helår"),
        ("Lokaluthyrning", "Bokningar faktureras inte", 3, 2,
         "Samtliga bokningar i bokningssystemet har fakturerats", "Avstämning bokning–faktura",
         "Tertial", "Bokningsansvarig", "T2, Helår"),
        ("Inköp", "Inköp görs utanför avtal", 3, 3,
         "Avtalstrohet vid inköp av evenemangstjänster", "Genomgång leverantörsreskontra",
         "Halvår", "Controller", "T2, Helår"),
        ("Representation", "Representation strider mot riktlinjen", 2, 2,
         "Syfte och deltagare anges vid representation", "Stickprov 10 verifikationer",
         "Halvår", "Controller", "Helår"),
        ("Informationssäkerhet", "Obehöriga har åtkomst till bibliotekens lånesystem", 2, 4,
         "Behörigheter i lånesystemet motsvarar aktuell bemanning", "Behörighetslista mot personalsystem",
         "Årlig", "Systemförvaltare", "T2"),
        ("Personal", "Felaktig OB-ersättning till timanställda", 3, 2,
         "OB-ersättning stäms av mot schema", "Stickprov 20 lönespecifikationer",
         "Tertial", "Enhetschef fritid", "T1, T2, Helår"),
        ("Offentlig konst", "Konstverk saknas eller skadas", 2, 2,
         "Inventering av offentlig konst", "Fysisk inventering enligt konstregistret",
         "Vartannat år", "Kulturstrateg", "Helår"),
    ]
    r = r0 + 1
    for (proc, risk, s, k, km, metod, frekv, ansv, rapp) in rows:
        vals = [proc, risk, s, k, s * k, km, metod, frekv, ansv, rapp]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        rv = s * k
        ws.cell(r, 5).fill = fill("FF0000" if rv >= 9 else ("FFC000" if rv >= 6 else "92D050"))
        r += 1
    r += 1
    ws.cell(r, 1, "Riskvärde = sannolikhet × konsekvens. 1–5 låg, 6–8 medel, 9–16 hög.").font = Font(italic=True)
    widths = [18, 34, 11, 11, 9, 44, 30, 12, 20, 16]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningskontoret", "KLK"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "VOF"]),
    ("Individ- och familjenämnden", ["IFN", "Individ- och familjeomsorgen", "IFO",
                                     "Individ- och familjeförvaltningen"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen", "SBF"]),
    ("Miljö- och byggnämnden", ["MBN", "Miljö- och byggförvaltningen", "MBF"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "KFF"]),
    ("Arbetsmarknadsnämnden", ["AMN", "Arbetsmarknadsförvaltningen", "Jobbcentrum Härslinge"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten"]),
]


def main():
    # remove earlier outputs (but keep script and README)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f not in keep and os.path.isfile(os.path.join(HERE, f)):
            os.remove(os.path.join(HERE, f))
    tmp = tempfile.mkdtemp(prefix="round95_")
    try:
        # inbox order
        build_von(tmp)
        build_ifo(tmp)
        build_bun()
        build_stratsys()
        build_ks()
        build_kfn_plan()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in REGISTER:
            f.write("%s;%s\n" % (n, "|".join(al)))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES),
          "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
