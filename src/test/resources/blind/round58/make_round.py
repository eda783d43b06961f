#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 58 – Västerås (Västmanland), delår 2025 (per 31 augusti).

Builds all follow-up files plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km
    EXPECTED.append((fil, namnd, km, status, avv))


def clean_old():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)


THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Governance-system report (Stratsys-like), grouped by nämnd, coloured band
#    per nämnd, counts per group. Three nämnder in one file.
# ---------------------------------------------------------------------------
def file_system_report():
    fn = "Rapport_Internkontroll_Delår2_2025_ÄN_NPF_IFN.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontrollmoment per nämnd"

    ws["A1"] = "Internkontroll 2025 – Uppföljning Delår 2 (per 2025-08-31)"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Rapport: Kontrollmoment per nämnd   |   Utskriven 2025-09-10 09:42 av Maria Sjöberg, ekonomienheten"
    ws["A2"].font = Font(italic=True, size=9, color="595959")
    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status",
           "Kommentar", "Avvikelse", "Uppdaterad"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
    statusfill = {"Klar": "92D050", "Pågående": "FFD966", "Ej påbörjad": "FF7C80", "Utgår": "BFBFBF"}

    groups = [
        ("Äldrenämnden", "1F4E79", "DDEBF7", [
            ("Läkemedelshantering",
             "Stickprovskontroll av signeringslistor för läkemedel på tre särskilda boenden per tertial",
             "Medicinskt ansvarig sjuksköterska", "Tertial", "Klar",
             "Kontroll genomförd på Vallby, Hammarby och Skultuna vård- och omsorgsboenden. Två osignerade doser noterade på Hammarby, avvikelse registrerad och åtgärdad.",
             "Ja", "2025-08-28", "GENOMFORD", "ja"),
            ("Avgiftshantering",
             "Kontroll av att beslut om omsorgsavgift fattas inom 30 dagar efter beviljad insats (stickprov 25 ärenden)",
             "Avgiftshandläggare", "Halvår", "Klar",
             "25 ärenden granskade, samtliga beslut fattade inom 30 dagar.",
             "Nej", "2025-06-19", "GENOMFORD", "nej"),
            ("Inköp",
             "Avtalstrohet: granskning av 30 leverantörsfakturor mot gällande ramavtal",
             "Controller", "Halvår", "Pågående",
             "Granskning av 18 av 30 fakturor klar, hittills inga köp utanför avtal.",
             "Nej", "2025-08-30", "DELVIS", "nej"),
            ("Hemtjänst",
             "Jämförelse mellan beviljad och utförd tid i hemtjänsten (TES) för 20 brukare",
             "Enhetschef beställarenheten", "Tertial", "Pågående",
             "Klar. Utförd tid avviker mer än 15 % från beviljad tid hos 4 brukare, dialog med utförare pågår.",
             "Ja", "2025-08-25", "DELVIS", "ja"),
            ("Bemanning",
             "Kontroll av att timavlönade inte överskrider antal LAS-dagar (månadsvis)",
             "HR-konsult", "Månad", "Ej påbörjad",
             "Planeras till oktober p.g.a. byte av lönesystem.",
             "Nej", "2025-08-12", "EJ_GENOMFORD", "nej"),
            ("Dokumentation",
             "Genomförandeplaner upprättade inom 14 dagar för nya brukare i ordinärt boende",
             "Enhetschef hemtjänst", "Halvår", "", "", "", "", "SAKNAS", "nej"),
        ]),
        ("Nämnden för personer med funktionsnedsättning", "375623", "E2EFDA", [
            ("Personlig assistans",
             "Kontroll av tidrapporter från externa assistansanordnare mot beslutade timmar (10 ärenden)",
             "Verksamhetscontroller", "Halvår", "Klar",
             "Tre anordnare har fakturerat fler timmar än beslutat, totalt 46 timmar. Återkrav har skickats.",
             "Ja", "2025-08-21", "GENOMFORD", "ja"),
            ("Boende enligt LSS",
             "Stickprov av att aktuella genomförandeplaner finns för boende i gruppbostad",
             "Områdeschef LSS-boende", "Årligen", "Klar",
             "12 av 12 granskade planer var aktuella.",
             "Nej", "2025-05-30", "GENOMFORD", "nej"),
            ("Brukares privata medel",
             "Kontroll av hantering av brukares privata medel (kassaböcker och kvitton) på fem enheter",
             "Enhetschef daglig verksamhet", "Halvår", "",
             "Kontrollen är genomförd på samtliga fem enheter. Mindre brister i kvittohanteringen på en enhet, rutinen har gåtts igenom på APT.",
             "Ja", "2025-08-29", "GENOMFORD", "ja"),
            ("Informationssäkerhet",
             "Logguppföljning i verksamhetssystemet Lifecare, 10 slumpvis valda användare",
             "Systemförvaltare", "Tertial", "Utgår",
             "Ersätts av kommungemensam loggkontroll enligt beslut NPF 2025-03-18 § 31.",
             "Nej", "2025-03-20", "UTGAR", "nej"),
            ("Delegation",
             "Kontroll av att delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare", "Halvår", "Pågående",
             "Första halvåret kontrollerat, inga brister.",
             "Nej", "2025-07-02", "DELVIS", "nej"),
        ]),
        ("Individ- och familjenämnden", "7030A0", "E4DFEC", [
            ("Ekonomiskt bistånd",
             "Stickprov av 20 utbetalningar av ekonomiskt bistånd mot beslut och underlag",
             "Enhetschef försörjningsstöd", "Tertial", "Klar",
             "Två utbetalningar saknade attest av behörig handläggare. Påminnelse om delegationsordningen har gått ut.",
             "Ja", "2025-08-27", "GENOMFORD", "ja"),
            ("Ekonomiskt bistånd",
             "Kontroll av att samtliga nyansökningar kontrolleras mot SSBTEK",
             "Biträdande enhetschef", "Tertial", "Klar",
             "Inga avvikelser.",
             "Nej", "2025-08-27", "GENOMFORD", "nej"),
            ("Barn och unga",
             "Förhandsbedömningar av orosanmälningar inom 14 dagar (uttag ur Treserva)",
             "Enhetschef mottagning", "Tertial", "Pågående",
             "Uttag för januari–juni klart: 87 % av förhandsbedömningarna inom 14 dagar. Juli–augusti återstår.",
             "Ja", "2025-08-15", "DELVIS", "ja"),
            ("Placeringar",
             "Kontroll av att avtal finns för samtliga externa placeringar (HVB och familjehem)",
             "Placeringssamordnare", "Halvår", "Ej påbörjad", "",
             "", "2025-04-30", "EJ_GENOMFORD", "nej"),
            ("Familjehem",
             "Kontroll av att registerutdrag och hembesök genomförts innan familjehemsplacering",
             "Enhetschef familjehem", "Halvår", "Klar", "",
             "Nej", "2025-06-10", "GENOMFORD", "nej"),
            ("Synpunkter och klagomål",
             "Uppföljning av att inkomna klagomål besvaras inom 10 arbetsdagar",
             "Kvalitetsutvecklare", "Tertial", "",
             "Se bilaga",
             "", "2025-08-31", "OKLAR", "nej"),
            ("Missbruk och beroende",
             "Kontroll av att vårdplaner upprättas vid placering enligt LVM",
             "Enhetschef vuxen", "Halvår", "Pågående",
             "Pågår, redovisas vid helår.",
             "Nej", "2025-08-20", "DELVIS", "nej"),
        ]),
    ]
    r = 5
    total = 0
    for namnd, band, light, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, f"{namnd}  –  {len(rows)} kontrollmoment")
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = fill(band)
        for col in range(1, 9):
            ws.cell(r, col).fill = fill(band)
        r += 1
        counts = {}
        for (proc, km, ansv, frekv, st, kom, avv, upd, exp_st, exp_avv) in rows:
            vals = [proc, km, ansv, frekv, st, kom, avv, upd]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(r, col, v if v != "" else None)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if st in statusfill:
                ws.cell(r, 5).fill = fill(statusfill[st])
            key = st if st else "Ej rapporterad"
            counts[key] = counts.get(key, 0) + 1
            exp(fn, namnd, km, exp_st, exp_avv)
            r += 1
        order = ["Klar", "Pågående", "Ej påbörjad", "Utgår", "Ej rapporterad"]
        txt = f"Antal {namnd}: {len(rows)}   (" + ", ".join(
            f"{k} {counts[k]}" for k in order if k in counts) + ")"
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, txt)
        c.font = Font(italic=True, bold=True)
        for col in range(1, 9):
            ws.cell(r, col).fill = fill(light)
        total += len(rows)
        r += 2
        FILES.append((fn, "INLAST", namnd, "2025", "DELAR"))
    ws.cell(r, 1, f"Totalt antal kontrollmoment i rapporten: {total}").font = Font(bold=True)
    widths = [22, 60, 26, 10, 13, 60, 10, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fn))


# ---------------------------------------------------------------------------
# 2. UTF-16 text export (Hypergene-like), two nämnder, one row per control and
#    period (2025 T1 / 2025 Delår).
# ---------------------------------------------------------------------------
def file_utf16_export():
    fn = "IK_export_BUF_2025-09-05.txt"
    header = ["Enhet", "Period", "Process", "Kontrollmoment", "Status", "Kommentar", "Avvikelse", "Ansvarig"]
    # (enhet, process, km, ansvarig, [(T1 status, T1 kommentar, T1 avv), (Delår ...)], exp, avv)
    data = [
        ("Förskolenämnden", "Intäktskontroll",
         "Kontroll av att barnomsorgsavgifter debiteras enligt inkomstuppgift (stickprov 30 hushåll)",
         "Avgiftshandläggare",
         [("Pågår", "15 av 30 hushåll kontrollerade.", "Nej"),
          ("Genomförd", "30 hushåll kontrollerade, 2 felaktiga debiteringar har rättats.", "Ja")],
         "GENOMFORD", "ja"),
        ("Förskolenämnden", "Placering i kö",
         "Kontroll att erbjudande om förskoleplats lämnas inom fyra månader",
         "Placeringshandläggare",
         [("Genomförd", "Samtliga erbjudanden lämnade inom garantitiden.", "Nej"),
          ("", "", "")],
         "GENOMFORD", "nej"),
        ("Förskolenämnden", "Inköp",
         "Stickprov av 15 inköp av förbrukningsmaterial mot avtal",
         "Controller BUF",
         [("Ej påbörjad", "", "Nej"),
          ("Pågår", "Påbörjad i augusti.", "Nej")],
         "DELVIS", "nej"),
        ("Förskolenämnden", "Arbetsmiljö",
         "Uppföljning av att skyddsronder genomförts på samtliga förskolor",
         "HR-strateg",
         [("Ej påbörjad", "", "Nej"),
          ("", "Skyddsronder är genomförda på alla 64 förskolor. Brister i 5 lokaler har anmälts till fastighetsförvaltningen.", "Ja")],
         "GENOMFORD", "ja"),
        ("Förskolenämnden", "Kränkande behandling",
         "Kontroll att anmälningar om kränkande behandling skickas till huvudman samma dag",
         "Verksamhetsutvecklare",
         [("", "", ""), ("", "", "")],
         "SAKNAS", "nej"),
        ("Grundskolenämnden", "Skolpeng",
         "Kontroll av elevregister mot utbetald skolpeng till fristående skolor (mars- och oktobermätning)",
         "Controller BUF",
         [("Genomförd", "Marsmätningen kontrollerad, 3 elever dubbelregistrerade.", "Ja"),
          ("Genomförd", "Återkrav för 3 elever skickat till huvudmannen.", "Ja")],
         "GENOMFORD", "ja"),
        ("Grundskolenämnden", "Frånvaro",
         "Uppföljning av att hög frånvaro (över 15 %) anmäls till rektor och elevhälsa",
         "Elevhälsochef",
         [("Pågår", "", "Nej"),
          ("Pågår", "Vårterminen uppföljd, höstterminen återstår.", "Nej")],
         "DELVIS", "nej"),
        ("Grundskolenämnden", "Betyg",
         "Kontroll av att betygskatalog signeras av rektor inom föreskriven tid",
         "Skolchef",
         [("", "", ""),
          ("Genomförd", "Samtliga 41 skolor kontrollerade, inga brister.", "Nej")],
         "GENOMFORD", "nej"),
        ("Grundskolenämnden", "Skolskjuts",
         "Stickprov av 20 skolskjutsbeslut mot riktlinjer",
         "Skolskjutshandläggare",
         [("Ej påbörjad", "", "Nej"),
          ("Ej påbörjad", "Flyttas till hösten.", "Nej")],
         "EJ_GENOMFORD", "nej"),
        ("Grundskolenämnden", "Representation",
         "Granskning av representationsfakturor (syfte, deltagare, moms)",
         "Controller BUF",
         [("Genomförd", "Inga avvikelser.", "Nej"),
          ("Utgår", "Utgår enligt beslut GSN 2025-05-20 § 77, ersätts av kommungemensam kontroll.", "Nej")],
         "UTGAR", "nej"),
        ("Grundskolenämnden", "Informationssäkerhet",
         "Kontroll av behörigheter i Skolplattformen för personal som slutat",
         "IT-samordnare",
         [("Pågår", "", "Nej"),
          ("?", "Oklart om kontrollen hunnits med, återkommer.", "")],
         "OKLAR", "nej"),
    ]
    lines = ["\t".join(header)]
    seen = set()
    for enhet, proc, km, ansv, periods, st, avv in data:
        for per, (s, k, a) in zip(["2025 T1", "2025 Delår"], periods):
            lines.append("\t".join([enhet, per, proc, km, s, k, a, ansv]))
        exp(fn, enhet, km, st, avv)
        if enhet not in seen:
            seen.add(enhet)
            FILES.append((fn, "INLAST", enhet, "2025", "DELAR"))
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(text.encode("utf-16"))   # LE with BOM


# ---------------------------------------------------------------------------
# 3. Wide export, Tekniska nämnden, "Kontrollaktivitet", status codes G/Gu/R
#    explained on a second sheet.
# ---------------------------------------------------------------------------
def file_wide_export():
    fn = "TN_Internkontroll_export_20250908.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Internkontrollplan 2025 – Tekniska nämnden – uppföljning per 2025-08-31 (delår)"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["ID", "Nämnd", "Förvaltning", "Planår", "Process", "Risk", "Sannolikhet", "Konsekvens",
           "Riskvärde", "Kontrollaktivitet", "Kontrollmetod", "Omfattning", "Frekvens", "Ansvarig",
           "Status", "Statuskommentar", "Avvikelse", "Åtgärd", "Åtgärd klar", "Uppföljningsperiod",
           "Senast ändrad"]
    hr = 3
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("44546A")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    codefill = {"G": "00B050", "g": "00B050", "Gu": "FFFF00", "R": "FF0000", "Gr": "A6A6A6"}
    rows = [
        ("TN-01", "Upphandling och inköp", "Köp görs utanför avtal", 3, 3,
         "Stickprov av 25 leverantörsfakturor mot avtal i avtalsdatabasen",
         "Stickprov", "25 fakturor", "Halvår", "Inköpssamordnare",
         "G", "25 fakturor granskade, 2 köp utanför avtal (snöröjningsmaterial).", "Ja",
         "Information till driftenheten om avtalade leverantörer", "2025-09-30",
         "GENOMFORD", "ja"),
        ("TN-02", "Upphandling och inköp", "Direktupphandlingar dokumenteras inte", 2, 3,
         "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
         "Registeruttag", "Samtliga", "Halvår", "Upphandlare",
         "G", "Samtliga 9 direktupphandlingar är dokumenterade i diariet.", "Nej", "", "",
         "GENOMFORD", "nej"),
        ("TN-03", "Investeringar", "Investeringsprojekt överskrider budget utan beslut", 3, 4,
         "Uppföljning av investeringsprojekt med avvikelse över 10 % mot budget",
         "Genomgång projektrapporter", "Projekt > 5 mnkr", "Tertial", "Projektcontroller",
         "Gu", "Projekt Kopparbergsvägen och Bangatan följs upp, rapport klar i oktober.", "Nej", "", "",
         "DELVIS", "nej"),
        ("TN-04", "Parkering", "Intäkter redovisas felaktigt", 2, 3,
         "Avstämning av intäkter från parkeringsautomater mot bankinsättningar",
         "Avstämning", "Två månader", "Tertial", "Parkeringshandläggare",
         "R", "Ej genomförd p.g.a. byte av betalsystem.", "Nej", "", "",
         "EJ_GENOMFORD", "nej"),
        ("TN-05", "Gata och park – entreprenader", "ÄTA-arbeten utförs utan beställning", 3, 3,
         "Kontroll av att ÄTA-arbeten är beställda skriftligt innan utförande",
         "Stickprov", "6 entreprenader", "Halvår", "Byggledare",
         "Gr", "Kontrollerat 6 ÄTA, en beställning gjord muntligt.", "Ja", "Påminnelse till byggledare", "",
         "OKLAR", "ja"),
        ("TN-06", "Avfall och återvinning", "Felaktig debitering av kunder", 2, 2,
         "Kontroll av att kundfakturering av slamtömning överensstämmer med utförda tömningar",
         "Stickprov", "30 kunder", "Årligen", "Avfallsingenjör",
         "", "Kontrollen är inte genomförd ännu, planeras till november.", "", "", "",
         "EJ_GENOMFORD", "nej"),
        ("TN-07", "Fordon och maskiner", "Privat användning av kommunens fordon", 2, 2,
         "Kontroll av körjournaler för förmånsbilar och poolbilar",
         "Stickprov", "10 fordon", "Halvår", "Fordonssamordnare",
         "R", "Genomförd i juni, inga avvikelser.", "Nej", "", "",
         "EJ_GENOMFORD", "nej"),
        ("TN-08", "Arbetsmiljö", "Olycksrisk vid arbete på väg", 2, 4,
         "Uppföljning av att riskbedömning görs inför arbete på väg (TA-planer)",
         "Stickprov", "10 arbetsplatser", "Tertial", "Arbetsmiljösamordnare",
         "Gu", "", "", "", "",
         "DELVIS", "nej"),
        ("TN-09", "Färdtjänst", "Felaktigt fakturerade resor", 3, 2,
         "Stickprov av 30 färdtjänstresor mot tillstånd och fakturerat belopp",
         "Stickprov", "30 resor", "Tertial", "Färdtjänsthandläggare",
         "G", "Inga avvikelser.", "Nej", "", "",
         "GENOMFORD", "nej"),
        ("TN-10", "Informationssäkerhet", "Obehöriga har åtkomst till ärendesystem", 2, 3,
         "Kontroll av behörigheter i ärendesystemet för avslutade anställningar",
         "Systemuttag", "Samtliga", "Halvår", "Systemförvaltare",
         "g", "Behörigheter för 4 avslutade anställda har tagits bort efter kontrollen.", "Ja",
         "Rutin för avslut förtydligad", "2025-08-20",
         "GENOMFORD", "ja"),
    ]
    r = hr + 1
    for (id_, proc, risk, sann, kons, km, metod, omf, frekv, ansv, st, kom, avv,
         atg, atgklar, exp_st, exp_avv) in rows:
        vals = [id_, "Tekniska nämnden", "Tekniska förvaltningen", 2025, proc, risk, sann, kons,
                sann * kons, km, metod, omf, frekv, ansv, st, kom, avv, atg, atgklar,
                "Delår 2025", "2025-09-0" + str(1 + (r % 7))]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if st in codefill:
            ws.cell(r, 15).fill = fill(codefill[st])
            ws.cell(r, 15).alignment = Alignment(horizontal="center", vertical="top")
        exp(fn, "Tekniska nämnden", km, exp_st, exp_avv)
        r += 1
    widths = [7, 18, 20, 7, 22, 30, 6, 6, 6, 55, 18, 14, 9, 22, 7, 50, 9, 30, 11, 14, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = f"A{hr}:{get_column_letter(len(hdr))}{r - 1}"
    ws.freeze_panes = ws.cell(hr + 1, 11)

    lg = wb.create_sheet("Statusförklaring")
    lg["A1"] = "Förklaring statuskoder"
    lg["A1"].font = Font(bold=True, size=12)
    lg["A3"], lg["B3"] = "Kod", "Betydelse"
    lg["A3"].font = lg["B3"].font = Font(bold=True)
    legend = [("G", "Grön – kontrollaktiviteten är genomförd", "00B050"),
              ("Gu", "Gul – kontrollaktiviteten är påbörjad men inte slutförd", "FFFF00"),
              ("R", "Röd – kontrollaktiviteten är inte genomförd", "FF0000"),
              ("(tom)", "Ej rapporterad", None)]
    for i, (k, t, col) in enumerate(legend, 4):
        lg.cell(i, 1, k)
        lg.cell(i, 2, t)
        if col:
            lg.cell(i, 1).fill = fill(col)
    lg["A9"] = "Avvikelse anges med Ja/Nej. Uttaget ur systemet 2025-09-08."
    lg.column_dimensions["A"].width = 9
    lg.column_dimensions["B"].width = 60
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Tekniska nämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9.5)


# ---------------------------------------------------------------------------
# 4. Kulturnämnden: Word table per kontrollområde, columns Kontrollmoment |
#    Metod | Iakttagelse | Bedömning (word scale with legend).
# ---------------------------------------------------------------------------
def file_kultur_docx():
    fn = "Kulturnämnden uppföljning internkontroll delår 2025.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    p.add_run("Kulturförvaltningen").bold = True
    p.add_run("\nTjänsteskrivelse\t\t\t\t\tDnr KUN 2025/00123-1.2.3")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår per 31 augusti", level=1)
    d.add_paragraph("Kulturnämnden")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Kulturnämnden antog internkontrollplanen för 2025 den 12 december 2024. Planen omfattar åtta "
        "kontrollmoment inom tre kontrollområden. Uppföljningen per 31 augusti visar att merparten av "
        "kontrollerna är genomförda. Två kontroller har gett anmärkning av mindre omfattning och en "
        "kontroll har strukits efter beslut i nämnden. Förvaltningen bedömer att den interna kontrollen "
        "i huvudsak är tillräcklig.")
    d.add_heading("Bedömningsskala", level=2)
    d.add_paragraph("I kolumnen Bedömning används följande skala:")
    for term, expl in [
        ("Ingen anmärkning", "kontrollen är genomförd och inga brister har noterats."),
        ("Anmärkning", "kontrollen är genomförd och brister har noterats, se iakttagelse."),
        ("Pågår", "kontrollen är påbörjad men inte slutförd."),
        ("Ej utförd", "kontrollen har inte genomförts under perioden."),
        ("Utgår", "kontrollen har strukits ur planen genom beslut."),
    ]:
        bp = d.add_paragraph(style="List Bullet")
        bp.add_run(term).bold = True
        bp.add_run(" – " + expl)

    areas = [
        ("Kontrollområde 1: Ekonomi och bidrag", [
            ("Granskning av 15 representationsfakturor avseende syfte, deltagarförteckning och moms",
             "Stickprov ur ekonomisystemet, controller",
             "Samtliga 15 fakturor granskade. I tre fall saknades deltagarförteckning.",
             "Anmärkning", "GENOMFORD", "ja"),
            ("Kontroll av kassahantering på Stadsbiblioteket och Västerås konstmuseum (oanmäld kassainventering)",
             "Oanmäld inventering, ekonom",
             "Oanmäld inventering genomförd 2025-05-14 på båda enheterna. Kassan stämde.",
             "Ingen anmärkning", "GENOMFORD", "nej"),
            ("Avstämning av utbetalda föreningsbidrag mot beslut",
             "Avstämning samtliga utbetalningar, bidragshandläggare",
             "Kontrollen är genomförd. 48 utbetalda bidrag stämdes av mot beslut utan avvikelser.",
             "", "GENOMFORD", "nej"),
        ]),
        ("Kontrollområde 2: Lokaler, säkerhet och samlingar", [
            ("Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga bibliotek",
             "Genomgång av egenkontroller, säkerhetssamordnare",
             "Kontroll genomförd på 7 av 11 bibliotek, samtliga hade dokumenterade egenkontroller. "
             "Återstående fyra bibliotek kontrolleras under hösten.",
             "Pågår", "DELVIS", "nej"),
            ("Inventering av konstsamlingen – stickprov 50 verk i offentlig miljö",
             "Fysisk kontroll, intendent",
             "Tre verk kunde inte lokaliseras vid stickprovet. Polisanmälan och försäkringsärende är gjorda.",
             "Anmärkning", "GENOMFORD", "ja"),
        ]),
        ("Kontrollområde 3: Personal och informationshantering", [
            ("Kontroll av att tillfälligt anställda kulturskolelärare har lämnat utdrag ur belastningsregistret",
             "Stickprov 10 anställningar, HR",
             "",
             "Ej utförd", "EJ_GENOMFORD", "nej"),
            ("Uppföljning av att allmänna handlingar diarieförs inom tre arbetsdagar",
             "Stickprov 40 handlingar, registrator",
             "Stickprov på 40 handlingar, 36 var diarieförda inom tre arbetsdagar. Kontrollen fortsätter under hösten.",
             "Ingen anmärkning / Pågår", "OKLAR", "ja"),
            ("Kontroll av samtycken enligt GDPR för bilder i Kulturskolans sociala medier",
             "Genomgång av publicerade bilder, kommunikatör",
             "Kontrollen stryks enligt nämndbeslut 2025-04-10 § 38 då kanalerna har avvecklats.",
             "Utgår", "UTGAR", "nej"),
        ]),
    ]
    d.add_heading("Uppföljning per kontrollområde", level=2)
    for title, rows in areas:
        d.add_heading(title, level=3)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Metod/ansvarig", "Iakttagelse", "Bedömning"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "C6D9F1")
        for km, metod, iakt, bed, es, ea in rows:
            cells = t.add_row().cells
            for i, v in enumerate([km, metod, iakt, bed]):
                set_cell(cells[i], v)
            exp(fn, "Kulturnämnden", km, es, ea)
        d.add_paragraph()
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kulturnämnden godkänner uppföljningen av internkontrollplan 2025 per 31 augusti.")
    d.add_paragraph("Västerås 2025-09-12\n\nEva Bergström\nKulturdirektör")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Kulturnämnden", "2025", "DELAR"))
    return fn


# ---------------------------------------------------------------------------
# 5. Byggnadsnämnden: each control a heading, two-column table under it.
# ---------------------------------------------------------------------------
def file_bygg_docx():
    fn = "BN delårsuppföljning IKP 2025.docx"
    d = docx.Document()
    d.add_heading("Byggnadsnämnden – uppföljning av internkontrollplan 2025", level=0)
    d.add_paragraph("Stadsbyggnadsförvaltningen, Västerås stad")
    d.add_paragraph("Uppföljningsperiod: januari–augusti 2025 (delår)")
    d.add_paragraph("Handläggare: Johan Ekholm, verksamhetscontroller")
    d.add_heading("Kontrollmoment", level=1)
    d.add_paragraph(
        "Nedan redovisas varje kontrollmoment i nämndens plan. Fältet ”Kontroll genomförd” fylls i med "
        "Ja, Delvis eller Nej. Avvikelse anges när kontrollen visat brister.")
    controls = [
        ("Handläggningstid bygglov – kontroll att beslut fattas inom lagstadgad tid (10 veckor)",
         "Bygglov", "Beslut fattas för sent och avgiften ska reduceras",
         "Uttag ur ByggR för samtliga beslut", "Enhetschef bygglov",
         "Ja",
         "Uttag för januari–juni: 94 % av besluten fattade inom 10 veckor. 11 ärenden överskred tiden och "
         "avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "Ja", "Veckovis bevakning av ärenden som närmar sig 8 veckor.",
         "GENOMFORD", "ja"),
        ("Debitering av bygglovsavgifter enligt taxa – stickprov 20 ärenden",
         "Bygglov", "Felaktig debitering",
         "Stickprov 20 ärenden", "Administratör",
         "Ja",
         "20 ärenden kontrollerade, debiteringen var korrekt i samtliga.",
         "Nej", "",
         "GENOMFORD", "nej"),
        ("Tillsyn olovligt byggande – kontroll att ärenden påbörjas inom fyra veckor från anmälan",
         "Tillsyn", "Ärenden blir liggande och preskriberas",
         "Stickprov 20 ärenden", "Byggnadsinspektör",
         "",
         "Kontrollen påbörjades i maj. Hittills har 8 av 20 ärenden granskats, samtliga påbörjade i tid.",
         "", "",
         "DELVIS", "nej"),
        ("Delegationsbeslut – kontroll att beslut anmäls till nämnden vid nästkommande sammanträde",
         "Nämndadministration", "Delegationsbeslut anmäls inte",
         "Jämförelse delegationslista mot protokoll", "Nämndsekreterare",
         "Nej",
         "Ej hunnits med p.g.a. vakant nämndsekreterartjänst. Genomförs under hösten.",
         "", "",
         "EJ_GENOMFORD", "nej"),
        ("Lantmäteri – kontroll av att förrättningsavgifter faktureras inom 30 dagar",
         "Lantmäteri", "Intäktsbortfall",
         "Stickprov 15 förrättningar", "Förrättningslantmätare",
         "Utgår",
         "Den kommunala lantmäterimyndigheten har flyttats till kommunstyrelsen fr.o.m. 2025-03-01. "
         "Kontrollen utgår ur nämndens plan.",
         "", "",
         "UTGAR", "nej"),
        ("Arkiv – kontroll av att avslutade bygglovsärenden arkiveras digitalt enligt dokumenthanteringsplan",
         "Arkiv och registratur", "Handlingar gallras eller försvinner",
         "Stickprov 25 ärenden", "Registrator",
         "Se kommentar",
         "",
         "", "",
         "OKLAR", "nej"),
        ("Geodata – kontroll av att nybyggnadskartor levereras inom överenskommen tid",
         "Geodata", "Förseningar i bygglovsprocessen",
         "Uttag ur beställningssystemet", "Enhetschef geodata",
         "Delvis",
         "Mätning för januari–juni klar: 31 av 35 kartor levererade inom tid, fyra förseningar.",
         "Ja", "Resursförstärkning under sommaren.",
         "DELVIS", "ja"),
    ]
    for km, proc, risk, metod, ansv, gen, res, avv, atg, es, ea in controls:
        d.add_heading(km, level=2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in [("Process", proc), ("Risk", risk), ("Kontrollmetod", metod),
                         ("Ansvarig", ansv), ("Kontroll genomförd (Ja/Delvis/Nej)", gen),
                         ("Resultat", res), ("Avvikelse", avv), ("Åtgärd", atg)]:
            cells = t.add_row().cells
            set_cell(cells[0], lab, bold=True)
            shade(cells[0], "EDEDED")
            set_cell(cells[1], val)
        exp(fn, "Byggnadsnämnden", km, es, ea)
        d.add_paragraph()
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Byggnadsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Idrotts- och friluftsnämnden: .ods with tick columns.
# ---------------------------------------------------------------------------
def file_ods_ticks():
    fn = "Internkontroll Idrott och friluft delår 2025.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    grp = Style(name="grp", family="table-cell")
    grp.addElement(TextProperties(fontweight="bold"))
    grp.addElement(TableCellProperties(backgroundcolor="#D9E1F2"))
    doc.automaticstyles.addElement(grp)
    hdrs = Style(name="hdr", family="table-cell")
    hdrs.addElement(TextProperties(fontweight="bold"))
    hdrs.addElement(TableCellProperties(backgroundcolor="#BFBFBF", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(hdrs)
    widths = ["1.2cm", "9cm", "4cm", "2.2cm", "2.2cm", "2.2cm", "2.2cm", "9cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    table = Table(name="Delår 2025")
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def row(values, style=None, styles=None):
        tr = TableRow()
        for i, v in enumerate(values):
            stl = (styles[i] if styles else style)
            kw = {"stylename": stl} if stl is not None else {}
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                tc.addElement(P(text=v))
            tr.addElement(tc)
        table.addElement(tr)

    row(["Idrotts- och friluftsnämnden – Uppföljning internkontrollplan 2025"], style=title)
    row(["Uppföljningsperiod: Delår (t.o.m. 31 augusti 2025)"])
    row(["Markera med X i den kolumn som stämmer. Kommentera alltid vid Påbörjad, Ej påbörjad och Utgår."])
    row([])
    row(["Nr", "Kontrollmoment", "Ansvarig", "Genomförd", "Påbörjad", "Ej påbörjad", "Utgår", "Kommentar"],
        style=hdrs)
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Avstämning av intäkter för uthyrning av idrottshallar mot bokningssystemet (Interbook)",
             "Ekonom", "X", "", "", "",
             "Avstämt jan–jun. Differens 12 400 kr p.g.a. ej fakturerade bokningar, fakturerat i juli.",
             "GENOMFORD", "ja"),
            ("1.2", "Oanmäld kontroll av kassa och kortterminal på Lögarängsbadet",
             "Ekonom", "X", "", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Stickprov 20 fakturor – attest och kontering",
             "Controller", "", "x", "", "", "10 av 20 klara.", "DELVIS", "nej"),
        ]),
        ("2. Anläggningar", [
            ("2.1", "Kontroll av att besiktning av lekredskap och utegym genomförs enligt plan",
             "Anläggningschef", "X", "X", "", "", "Besiktning klar på 14 av 18 platser.", "OKLAR", "nej"),
            ("2.2", "Kontroll av att badvattenprover tas enligt egenkontrollprogram",
             "Badchef", "", "", "", "",
             "Klart, samtliga prover tagna enligt program. Ett prov i juli över gränsvärde, åtgärdat samma vecka.",
             "GENOMFORD", "ja"),
            ("2.3", "Uppföljning av driftentreprenad Rocklunda – vite vid avvikelser",
             "Anläggningschef", "", "", "X", "", "", "EJ_GENOMFORD", "nej"),
        ]),
        ("3. Föreningsstöd", [
            ("3.1", "Kontroll av underlag för aktivitetsstöd (LOK-stöd) – stickprov 10 föreningar",
             "Föreningskonsulent", "", "", "", "", "", "SAKNAS", "nej"),
            ("3.2", "Kontroll att föreningar med anläggningsbidrag lämnat verksamhetsberättelse",
             "Föreningskonsulent", "", "", "", "X",
             "Bidragsformen är avskaffad från 2025 (beslut i kommunfullmäktige).", "UTGAR", "nej"),
        ]),
    ]
    counts = [0, 0, 0, 0]
    for gname, items in groups:
        row([gname, "", "", "", "", "", "", ""], style=grp)
        for nr, km, ansv, g, p, e, u, kom, es, ea in items:
            row([nr, km, ansv, g, p, e, u, kom])
            for i, v in enumerate([g, p, e, u]):
                if v:
                    counts[i] += 1
            exp(fn, "Idrotts- och friluftsnämnden", km, es, ea)
    row(["", "Antal markeringar", ""] + counts + [""], style=bold)
    row([])
    row(["", "Ifylld av: Karin Öberg, 2025-09-03"])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Idrotts- och friluftsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och konsumentnämnden: delår file with Helår columns present but
#    empty; merged two-level header. Saved as .xls via soffice.
# ---------------------------------------------------------------------------
def file_mkn_xls(tmpdir):
    fn = "MKN_IK-plan_2025_uppfoljning.xls"
    src = os.path.join(tmpdir, "MKN_IK-plan_2025_uppfoljning.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Miljö- och konsumentnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Rapporterat per: 2025-08-31"
    r1, r2 = 5, 6
    for c, h in enumerate(["Process", "Kontrollmoment", "Metod", "Ansvarig"], 1):
        ws.cell(r1, c, h)
        ws.merge_cells(start_row=r1, start_column=c, end_row=r2, end_column=c)
    ws.cell(r1, 5, "Delår 2025")
    ws.merge_cells(start_row=r1, start_column=5, end_row=r1, end_column=6)
    ws.cell(r1, 7, "Helår 2025")
    ws.merge_cells(start_row=r1, start_column=7, end_row=r1, end_column=8)
    for c, h in zip(range(5, 9), ["Status", "Kommentar", "Status", "Kommentar"]):
        ws.cell(r2, c, h)
    for rr in (r1, r2):
        for c in range(1, 9):
            cell = ws.cell(rr, c)
            cell.font = Font(bold=True)
            cell.fill = fill("C6E0B4")
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("Tillsyn",
         "Kontroll av att planerad livsmedelskontroll följer kontrollplanen (antal utförda kontroller mot plan)",
         "Uttag ur EDP Vision", "Enhetschef livsmedel", "60 %",
         "312 av 520 planerade kontroller utförda.", "DELVIS", "nej"),
        ("Tillsyn",
         "Stickprov av 15 tillsynsärenden – kommunicering före beslut",
         "Stickprov", "Miljöinspektör", "Genomförd",
         "I 2 av 15 ärenden saknades kommunicering före beslut.", "GENOMFORD", "ja"),
        ("Avgifter",
         "Kontroll av att timavgift debiteras för nedlagd handläggningstid (stickprov 20 ärenden)",
         "Stickprov", "Administratör", "Genomförd",
         "Korrekt debitering i samtliga ärenden.", "GENOMFORD", "nej"),
        ("Avgifter",
         "Avstämning av årliga tillsynsavgifter mot objektsregistret i EDP Vision",
         "Avstämning", "Controller", "Nej",
         "Inte genomförd, registret uppdateras under hösten.", "EJ_GENOMFORD", "nej"),
        ("Konsumentvägledning",
         "Uppföljning av att ärenden i konsumentvägledningen besvaras inom fem arbetsdagar",
         "Uttag ur ärendelogg", "Konsumentvägledare", "Delvis",
         "Första kvartalet kontrollerat, samtliga besvarade i tid.", "DELVIS", "nej"),
        ("Verksamhetsstöd",
         "Kontroll av att jäv anmälts och dokumenterats av inspektörer",
         "Genomgång jävsanmälningar", "Förvaltningschef", "Ej aktuell",
         "Ersatt av ny rutin för årlig jävsdeklaration, beslut MKN 2025-02-26 § 12.", "UTGAR", "nej"),
        ("Verksamhetsstöd",
         "Kontroll av behörigheter i EDP Vision",
         "Systemuttag", "Systemförvaltare", "",
         "Osäkert om kontrollen gjorts, ansvarig slutade i maj.", "OKLAR", "nej"),
    ]
    r = r2 + 1
    for proc, km, metod, ansv, st, kom, es, ea in rows:
        for c, v in enumerate([proc, km, metod, ansv, st, kom, None, None], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fn, "Miljö- och konsumentnämnden", km, es, ea)
        r += 1
    for i, w in enumerate([20, 55, 20, 20, 12, 45, 12, 45], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmpdir, "lo_profile"),
                    "--headless", "--convert-to", "xls", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, "MKN_IK-plan_2025_uppfoljning.xls"), os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Miljö- och konsumentnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: Word owner/lock file left next to the Kulturnämnden document.
# ---------------------------------------------------------------------------
def file_lockfile(docname):
    fn = "~$" + docname[2:]
    user = "Eva Bergström"
    b = bytearray()
    a = user.encode("cp1252")
    b.append(len(user))
    b += a + b" " * (53 - len(a))
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b += b"\x20\x00" * (54 - len(user))
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(bytes(b[:162]).ljust(162, b"\x00"))
    FILES.append((fn, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Stadsledningskontoret"),
        ("Äldrenämnden", "ÄN|Äldrenämnd"),
        ("Nämnden för personer med funktionsnedsättning", "NPF|Funktionshindernämnden"),
        ("Individ- och familjenämnden", "IFN|Individ och familj"),
        ("Förskolenämnden", "FSN|Förskolenämnd"),
        ("Grundskolenämnden", "GSN|Grundskolenämnd"),
        ("Utbildnings- och arbetsmarknadsnämnden", "UAN|Utbildning och arbetsmarknad"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Byggnadsnämnden", "BN|Stadsbyggnadsförvaltningen"),
        ("Miljö- och konsumentnämnden", "MKN|Miljö- och konsumentförvaltningen"),
        ("Kulturnämnden", "KUN|Kulturförvaltningen"),
        ("Idrotts- och friluftsnämnden", "IFRN|Idrott och friluft|Idrotts- och friluftsförvaltningen"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")


def main():
    clean_old()
    tmp = tempfile.mkdtemp(prefix="r58_")
    try:
        file_system_report()
        file_utf16_export()
        file_wide_export()
        kdoc = file_kultur_docx()
        file_bygg_docx()
        file_ods_ticks()
        file_mkn_xls(tmp)
        file_lockfile(kdoc)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(f"files: {len(set(r[0] for r in FILES))}, files.csv rows: {len(FILES)}, controls: {len(EXPECTED)}")


if __name__ == "__main__":
    main()
