#!/usr/bin/python3
"""Round 64 – Kristianstads kommun (Skåne): januariinkorgen, uppföljning internkontroll helår 2025.

Builds all follow-up files plus namnder.csv, files.csv, expected.csv from scratch.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Ekonomiavdelningens mall (2025 års version)
# ---------------------------------------------------------------------------
GREEN = "00B050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "BFBFBF"
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
GROUP_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

TEMPLATE_HEADER = ["Nr", "Kontrollmoment", "Kontrollmetod/omfattning", "Ansvarig",
                   "Status", "Avvikelse (Ja/Nej)", "Resultat/kommentar", "Åtgärd/beslut"]


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def instruktion_sheet(wb, year=2025):
    ws = wb.create_sheet("Instruktion")
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 80
    ws["B1"] = f"Instruktion – uppföljning av internkontrollplan {year}"
    ws["B1"].font = Font(bold=True, size=13)
    lines = [
        "1. Fyll i nämnd, uppföljningsperiod, uppgiftslämnare och datum överst på fliken Uppföljning.",
        "2. Ange status för varje kontrollmoment genom att välja i listan i kolumnen Status.",
        "   Statuscellen kan även färgmarkeras enligt teckenförklaringen nedan.",
        "3. Ange om avvikelse har konstaterats (Ja/Nej). Beskriv resultat och vidtagna eller planerade åtgärder.",
        "4. Lägg inte till eller ta bort kolumner – filen sammanställs av ekonomiavdelningen.",
        f"5. Skicka filen till internkontroll@kristianstad.se senast 2026-01-23.",
    ]
    r = 3
    for t in lines:
        ws.cell(row=r, column=2, value=t)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring status").font = Font(bold=True)
    r += 1
    legend = [(GREEN, "Genomförd", "Kontrollen är utförd enligt plan (även om avvikelser hittats)"),
              (YELLOW, "Delvis genomförd", "Kontrollen är påbörjad men inte slutförd"),
              (RED, "Ej genomförd", "Kontrollen har inte utförts"),
              (GREY, "Utgår", "Kontrollmomentet har strukits genom beslut i nämnden")]
    for col, word, expl in legend:
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=word)
        ws.cell(row=r, column=3, value=expl)
        r += 1
    return ws


def write_template(path, namnd, person, datum, groups, header=None, status_header="Status",
                   status_fills=None, period="Helår (T3) 2025", widths=None, year=2025, extra_footer=True):
    """groups: list of (heading, [row values list matching header]).
    status_fills: dict {(gi, ri): hex} colours the status cell(s) named status_header."""
    header = header or TEMPLATE_HEADER
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ncol = len(header)
    ws["A1"] = "Kristianstads kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A2"] = f"Uppföljning av internkontrollplan {year}"
    ws["A2"].font = Font(bold=True, size=15)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    meta = [("Nämnd:", namnd), ("Uppföljningsperiod:", period), ("Uppgiftslämnare:", person), ("Datum:", datum)]
    for i, (k, v) in enumerate(meta):
        ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=3 + i, column=3, value=v)
        ws.merge_cells(start_row=3 + i, start_column=1, end_row=3 + i, end_column=2)
    hr = 8
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    status_idx = [i + 1 for i, h in enumerate(header) if h.startswith("Status")]
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    r = hr + 1
    first = r
    for gi, (heading, rows) in enumerate(groups):
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = GROUP_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ri, vals in enumerate(rows):
            assert len(vals) == ncol, (vals, header)
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.alignment = WRAP
                cell.border = BORDER
            for si in status_idx:
                dv.add(ws.cell(row=r, column=si))
            if status_fills and (gi, ri) in status_fills:
                sc = header.index(status_header) + 1
                ws.cell(row=r, column=sc).fill = fill(status_fills[(gi, ri)])
            r += 1
    last = r - 1
    if extra_footer:
        r += 1
        ws.cell(row=r, column=2, value="Antal kontrollmoment").font = Font(italic=True)
        ws.cell(row=r, column=3, value=f"=COUNTA(A{first}:A{last})-{len(groups)}")
        r += 2
        ws.cell(row=r, column=1, value="Fylls i av ekonomiavdelningen: Mottaget datum ________  Sign ______").font = Font(italic=True, color="808080")
    default_w = {"Nr": 6, "Kontrollmoment": 48, "Kontrollmetod/omfattning": 28, "Ansvarig": 18,
                 "Avvikelse (Ja/Nej)": 11, "Resultat/kommentar": 50, "Åtgärd/beslut": 32}
    for c, h in enumerate(header, 1):
        w = (widths or {}).get(h) or default_w.get(h) or (14 if h.startswith("Status") else 20)
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    instruktion_sheet(wb, year)
    wb.save(path)


# ---------------------------------------------------------------------------
# 1. BUN – mallen med tillagda kolumner (enhet, antal granskade, status T2, kommentar förv.chef)
# ---------------------------------------------------------------------------
def f_bun():
    fil = "Uppföljning IK helår 2025 BUN.xlsx"
    N = "Barn- och utbildningsnämnden"
    header = ["Nr", "Kontrollmoment", "Skolområde/enhet", "Kontrollmetod/omfattning", "Ansvarig",
              "Antal granskade", "Status delår (T2)", "Status helår (T3)", "Avvikelse (Ja/Nej)",
              "Resultat/kommentar", "Åtgärd/beslut", "Kommentar förvaltningschef"]
    # (nr, km, enhet, metod, ansvarig, antal, T2, T3, avv, resultat, åtgärd, kommentar fc) + expected
    data = [
        ("1. Ekonomi och inköp", [
            ("1.1", "Stickprov av 25 leverantörsfakturor per kvartal avseende attest och avtalstillhörighet",
             "Samtliga", "Stickprov ur Raindance, 25 st/kvartal", "Controller BUF", 100,
             "Delvis genomförd", "Genomförd", "Ja",
             "Samtliga fyra kvartal granskade. 7 av 100 fakturor avsåg inköp utanför avtal, främst livsmedel till fritidshem.",
             "Information till rektorer vid ledningsmöte 2025-12-04.", "",
             "GENOMFORD", "ja"),
            ("1.2", "Kontroll att representation och interna kurser följer kommunens riktlinjer för representation",
             "Förvaltningskontoret", "Genomgång av 10 verifikationer", "Ekonomichef BUF", 10,
             "Genomförd", "Genomförd", "Nej", "10 verifikationer granskade, inga avvikelser.", "", "",
             "GENOMFORD", "nej"),
            ("1.3", "Kontroll av att skolpeng och tilläggsbelopp till fristående huvudmän betalas ut enligt beslutade belopp",
             "Fristående huvudmän", "Avstämning utbetalningar mot beslut, 2 ggr/år", "Controller BUF", 24,
             "Ej genomförd", "Genomförd med anmärkning", "Ja",
             "Felaktigt tilläggsbelopp utbetalt i två fall (totalt 84 300 kr). Korrigerat i novemberutbetalningen.",
             "Dubbelkontroll av tilläggsbelopp införd från januari 2026.", "Bra att detta upptäcktes.",
             "GENOMFORD", "ja"),
        ]),
        ("2. Elevhälsa och trygghet", [
            ("2.1", "Kontroll att anmälan om kränkande behandling görs till huvudman inom fem arbetsdagar",
             "Grundskola", "Uttag ur DF Respons, samtliga anmälningar", "Verksamhetsutvecklare", "",
             "Delvis genomförd", "", "", "", "", "",
             "DELVIS", "nej"),
            ("2.2", "Genomgång av 20 elevakter avseende dokumentation i journalsystemet PMO",
             "Elevhälsan", "Stickprov 20 akter", "Verksamhetschef elevhälsa", 12,
             "Ej genomförd", "Delvis genomförd", "Nej",
             "12 av 20 akter granskade, resterande granskas vecka 4 2026. Inga brister hittills.", "", "",
             "DELVIS", "nej"),
            ("2.3", "Kontroll att utdrag ur belastningsregistret begärts in vid nyanställning i förskola och skola",
             "Samtliga", "Stickprov 15 nyanställningar", "HR-konsult", "",
             "", "Ej genomförd", "", "Ej hunnits med p.g.a. byte av HR-system under hösten.",
             "Flyttas till internkontrollplan 2026.", "",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("3. Lokaler och säkerhet", [
            ("3.1", "Uppföljning av att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
             "Samtliga", "Enkät till rektorer + stickprov 8 enheter", "Säkerhetssamordnare", 8,
             "Delvis genomförd", "Genomförd", "Ja",
             "Tre enheter saknade dokumenterade egenkontroller under våren. Åtgärdat till hösten.", "", "",
             "GENOMFORD", "ja"),
            ("3.2", "Kontroll av att inventarieförteckning finns och är uppdaterad på varje enhet",
             "Samtliga", "", "Lokalsamordnare", "",
             "Utgår", "Utgår", "", "Kontrollmomentet ströks av nämnden 2025-04-16 § 38.", "", "",
             "UTGAR", "nej"),
        ]),
    ]
    groups = [(h, [list(r[:12]) for r in rows]) for h, rows in data]
    write_template(fil, N, "Johanna Lindqvist, controller", "2026-01-19", groups, header=header,
                   widths={"Skolområde/enhet": 16, "Antal granskade": 10, "Kommentar förvaltningschef": 30})
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for h, rows in data:
        for r in rows:
            exp(fil, N, r[1], r[12], r[13])


# ---------------------------------------------------------------------------
# 2. ON – mallen, status lämnad tom, allt i kommentaren
# ---------------------------------------------------------------------------
def f_on():
    fil = "ON_internkontroll_T3_2025.xlsx"
    N = "Omsorgsnämnden"
    data = [
        ("1. Myndighetsutövning", [
            ("1.1", "Kontroll av att beslut om insatser enligt SoL fattas i enlighet med delegationsordningen",
             "Stickprov 25 beslut", "Enhetschef myndighet", "", "Nej",
             "Genomförd. 25 beslut granskade, samtliga fattade av behörig delegat.", "", "GENOMFORD", "nej"),
            ("1.2", "Stickprov på 15 genomförandeplaner inom hemtjänsten avseende aktualitet",
             "Stickprov 15 planer", "Verksamhetschef hemtjänst", "", "Ja",
             "Kontrollen är genomförd, 4 av 15 genomförandeplaner var inte uppdaterade inom sex månader.",
             "Påminnelse till samordnare, uppföljning i april 2026.", "GENOMFORD", "ja"),
            ("1.3", "Uppföljning av att lex Sarah-rapporter utreds och avslutas inom fastställd tid",
             "Genomgång av samtliga ärenden", "Kvalitetsutvecklare", "", "",
             "Påbörjad under hösten, 6 av 11 ärenden genomgångna. Resterande gås igenom i februari 2026.", "",
             "DELVIS", "nej"),
        ]),
        ("2. Ekonomi", [
            ("2.1", "Kontroll av att avgifter för hemtjänst och särskilt boende debiteras korrekt",
             "Stickprov 30 debiteringar", "Avgiftshandläggare", "", "",
             "Har inte genomförts p.g.a. vakans på avgiftshandläggartjänsten.", "", "EJ_GENOMFORD", "nej"),
            ("2.2", "Stickprov av 20 fakturor från externa utförare mot avtal och beställning",
             "Stickprov 20 fakturor", "Controller ON", "", "Nej", "Utförd utan anmärkning.", "",
             "GENOMFORD", "nej"),
            ("2.3", "Kontroll av hantering av brukares privata medel på särskilda boenden",
             "Kassakontroll 5 boenden", "Enhetschefer SÄBO", "", "", "", "", "SAKNAS", "nej"),
        ]),
        ("3. Informationssäkerhet", [
            ("3.1", "Loggkontroll i verksamhetssystemet Lifecare – 10 slumpvis utvalda användare per månad",
             "Loggutdrag månadsvis", "Systemförvaltare", "Genomförd", "",
             "Loggkontroll ej utförd under hösten p.g.a. systembyte, planeras till mars 2026.", "",
             "GENOMFORD", "nej"),
            ("3.2", "Kontroll av att behörigheter avslutas när anställning upphör",
             "Avstämning HR-system mot behörighetslista", "Systemförvaltare", "", "", "Se bilaga.", "",
             "OKLAR", "nej"),
            ("3.3", "Genomgång av rutin för hantering av sekretessbelagda handlingar vid utskick",
             "Dialog i ledningsgrupp", "Förvaltningschef", "", "", "Diskuterades på ledningsgruppen i oktober.", "",
             "OKLAR", "nej"),
        ]),
    ]
    groups = [(h, [list(r[:8]) for r in rows]) for h, rows in data]
    write_template(fil, N, "Mikael Ohlsson", "2026-01-14", groups)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for h, rows in data:
        for r in rows:
            exp(fil, N, r[1], r[8], r[9])


# ---------------------------------------------------------------------------
# 3. KFN – mallen, endast färg i statuscellen
# ---------------------------------------------------------------------------
def f_kfn():
    fil = "KFN IKP 2025 helår.xlsx"
    N = "Kultur- och fritidsnämnden"
    data = [
        ("1. Bidrag och föreningsstöd", [
            ("1.1", "Kontroll av att föreningsbidrag betalas ut enligt gällande bidragsregler – stickprov 10 ärenden",
             "Stickprov 10 ärenden", "Föreningskonsulent", "", "Ja",
             "10 ärenden granskade. Ett bidrag hade betalats ut utan komplett medlemsförteckning.",
             "Föreningen har kompletterat.", GREEN, "GENOMFORD", "ja"),
            ("1.2", "Uppföljning av att föreningar som fått anläggningsbidrag har redovisat användningen",
             "Genomgång av redovisningar", "Föreningskonsulent", "", "Nej",
             "Hälften av redovisningarna har kommit in, påminnelse skickad i december.", "", YELLOW, "DELVIS", "nej"),
        ]),
        ("2. Kassahantering och intäkter", [
            ("2.1", "Kontroll av dagskassor och kassaredovisning på simhallen – 4 oanmälda tillfällen",
             "Oanmäld kassakontroll", "Badchef", "", "Nej", "Fyra oanmälda kontroller, inga differenser.", "",
             GREEN, "GENOMFORD", "nej"),
            ("2.2", "Kontroll av att uthyrning av idrottshallar faktureras i enlighet med bokningssystemet",
             "Avstämning Interbook mot fakturering", "Bokningsansvarig", "", "",
             "Resursbrist på bokningsenheten under hösten.", "Görs Q1 2026.", RED, "EJ_GENOMFORD", "nej"),
        ]),
        ("3. Inventarier och utlåning", [
            ("3.1", "Inventering av konstsamlingen – 50 verk enligt förteckning",
             "Fysisk inventering", "Konstintendent", "", "",
             "Utgick, inventering sker i samband med flytten av konstarkivet 2026.", "", GREY, "UTGAR", "nej"),
            ("3.2", "Kontroll av att utlånad teknisk utrustning på Kulturhuset återlämnas och registreras",
             "Avstämning utlåningslogg", "Teknikansvarig", "", "", "", "", None, "SAKNAS", "nej"),
            ("3.3", "Stickprov av 15 inköp av material och tjänster till biblioteken mot ramavtal",
             "Stickprov 15 inköp", "Bibliotekschef", "", "Nej", "Genomförd i december, inga avvikelser.", "",
             None, "GENOMFORD", "nej"),
        ]),
    ]
    groups = [(h, [list(r[:8]) for r in rows]) for h, rows in data]
    fills = {}
    for gi, (h, rows) in enumerate(data):
        for ri, r in enumerate(rows):
            if r[8]:
                fills[(gi, ri)] = r[8]
    write_template(fil, N, "Sara Nilsson, nämndsekreterare", "2026-01-21", groups, status_fills=fills)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for h, rows in data:
        for r in rows:
            exp(fil, N, r[1], r[9], r[10])


# ---------------------------------------------------------------------------
# 4. Valnämnden – mallen korrekt ifylld (lätt fil)
# ---------------------------------------------------------------------------
def f_valn():
    fil = "Valnämnden IK 2025.xlsx"
    N = "Valnämnden"
    data = [
        ("1. Valorganisation", [
            ("1.1", "Kontroll att vallokaler och förtidsröstningslokaler för valet 2026 är bokade och tillgänglighetsanpassade",
             "Genomgång av lokallista", "Valkansliet", "Delvis genomförd", "Nej",
             "28 av 34 vallokaler bokade och besiktigade, resterande klart i mars 2026.", "", "DELVIS", "nej"),
            ("1.2", "Kontroll av behörigheter i valdatasystemet Valid",
             "Behörighetslista mot personal", "Valsamordnare", "Genomförd", "Ja",
             "Behörighetslistan granskad 2025-10-08, två inaktuella behörigheter togs bort.", "", "GENOMFORD", "ja"),
        ]),
        ("2. Ekonomi och säkerhet", [
            ("2.1", "Kontroll att arvoden till valnämndens ledamöter utbetalats enligt arvodesreglementet",
             "Samtliga utbetalningar", "Nämndsekreterare", "Genomförd", "Nej", "Inga avvikelser.", "",
             "GENOMFORD", "nej"),
            ("2.2", "Uppföljning av att säkerhetsskyddsanalys inför valet 2026 har upprättats",
             "Dokumentgranskning", "Säkerhetsskyddschef", "Genomförd", "Nej",
             "Analys upprättad och antagen av valnämnden 2025-11-19 § 14.", "", "GENOMFORD", "nej"),
        ]),
    ]
    groups = [(h, [list(r[:8]) for r in rows]) for h, rows in data]
    fills = {}
    colour = {"Genomförd": GREEN, "Delvis genomförd": YELLOW}
    for gi, (h, rows) in enumerate(data):
        for ri, r in enumerate(rows):
            fills[(gi, ri)] = colour[r[4]]
    write_template(fil, N, "Lena Berg, valsamordnare", "2026-01-12", groups, status_fills=fills)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for h, rows in data:
        for r in rows:
            exp(fil, N, r[1], r[8], r[9])


# ---------------------------------------------------------------------------
# 5. Styrsystemsexport (Stratsys-liknande), tre förvaltningar, rad per kontroll och period, Windows-1252
# ---------------------------------------------------------------------------
def f_export():
    fil = "Stratsys_export_internkontroll_2026-01-15.csv"
    plans = {
        "C4 Teknik": ("Tekniska nämnden", "Internkontrollplan 2025 Tekniska nämnden"),
        "Byggnadsförvaltningen": ("Byggnadsnämnden", "Internkontrollplan 2025 Byggnadsnämnden"),
        "Miljö- och hälsoskyddsförvaltningen": ("Miljö- och hälsoskyddsnämnden",
                                                "Internkontrollplan 2025 Miljö- och hälsoskyddsnämnden"),
    }
    # org -> list of (process, kontrollaktivitet, ansvarig, [(period, bedömning, kommentar, avvikelse, ts)], status, avv)
    T1, T2, T3 = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    data = {
        "C4 Teknik": [
            ("Investeringar och entreprenader", "Kontroll av att entreprenadfakturor stäms av mot ÄTA-beslut",
             "Projektchef", [(T2, "Pågående", "Granskning av tre projekt påbörjad.", "", "2025-09-02 10:14"),
                             (T3, "Genomförd", "Fem projekt granskade. Ett ÄTA-arbete fakturerat utan skriftligt beslut, reglerat med entreprenören.", "Ja", "2026-01-09 14:52")],
             "GENOMFORD", "ja"),
            ("Drift och underhåll", "Kontroll av att egenkontroller av lekplatser utförs enligt plan",
             "Parkchef", [(T2, "Genomförd", "Samtliga 62 lekplatser besiktigade under våren.", "Nej", "2025-08-28 08:40"),
                          (T3, "", "", "", "")],
             "GENOMFORD", "nej"),
            ("Inköp", "Stickprov av 20 inköp i e-handelssystemet mot ramavtal",
             "Inköpssamordnare", [(T2, "Ej påbörjad", "", "", "2025-09-01 13:05"),
                                  (T3, "Pågående", "10 av 20 inköp granskade, inga avvikelser hittills.", "Nej", "2026-01-12 09:31")],
             "DELVIS", "nej"),
            ("Fordon", "Kontroll av att drivmedelskort endast används för kommunens tjänstefordon",
             "Fordonssamordnare", [(T3, "Ej påbörjad", "Ej genomförd, flyttas till internkontrollplan 2026.", "", "2026-01-08 11:20")],
             "EJ_GENOMFORD", "nej"),
            ("Kost", "Uppföljning av kvalitetskontroller av kostenhetens matleveranser till äldreboenden",
             "Kostchef", [(T2, "Pågående", "Två av fyra kontroller utförda.", "", "2025-08-30 15:02"),
                          (T3, "Utgår", "Utgår enligt beslut TN 2025-10-22 § 118, kontrollen övertas av Omsorgsnämnden.", "", "2026-01-07 10:00")],
             "UTGAR", "nej"),
            ("VA-taxa", "Kontroll av att VA-anslutningsavgifter debiteras enligt gällande taxa",
             "VA-ekonom", [(T2, "Genomförd", "Stickprov 10 anslutningar, inga avvikelser.", "Nej", "2025-09-03 09:12"),
                           (T3, "Genomförd", "Stickprov ytterligare 10 anslutningar. Två fastigheter hade debiterats fel taxa, rättat.", "Ja", "2026-01-13 16:45")],
             "GENOMFORD", "ja"),
        ],
        "Byggnadsförvaltningen": [
            ("Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)",
             "Bygglovschef", [(T2, "Pågående", "Urval framtaget.", "", "2025-09-05 10:30"),
                              (T3, "", "Genomförd. 40 ärenden granskade, 3 överskred tidsfristen och avgiften reducerades.", "Ja", "2026-01-14 08:15")],
             "GENOMFORD", "ja"),
            ("Avgifter", "Stickprov av 15 debiterade bygglovsavgifter mot taxa",
             "Administrativ chef", [(T3, "Genomförd", "Inga avvikelser.", "Nej", "2026-01-10 13:40")],
             "GENOMFORD", "nej"),
            ("Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden månadsvis",
             "Nämndsekreterare", [(T2, "", "", "", ""), (T3, "", "", "", "")],
             "SAKNAS", "nej"),
            ("Tillsyn", "Kontroll av att tillsynsärenden om ovårdade tomter följs upp inom sex månader",
             "Byggnadsinspektör", [(T3, "Pågående", "Genomgång pågår, beräknas klar i februari 2026.", "", "2026-01-14 08:20")],
             "DELVIS", "nej"),
        ],
        "Miljö- och hälsoskyddsförvaltningen": [
            ("Livsmedelskontroll", "Kontroll av att planerad livsmedelskontroll genomförs enligt kontrollplanen",
             "Enhetschef livsmedel", [(T1, "Pågående", "", "", "2025-05-06 09:00"),
                                      (T2, "Pågående", "68 % av planerade kontroller utförda.", "", "2025-09-04 09:00"),
                                      (T3, "Genomförd", "Samtliga planerade kontroller utförda.", "Nej", "2026-01-09 09:00")],
             "GENOMFORD", "nej"),
            ("Avgifter", "Stickprov av 10 debiterade timavgifter mot tidsredovisning",
             "Administratör", [(T3, "Genomförd", "En debitering avsåg fel timtaxa, kunden har kompenserats.", "Ja", "2026-01-09 10:12")],
             "GENOMFORD", "ja"),
            ("Klagomål", "Kontroll av att klagomålsärenden påbörjas inom två veckor",
             "Miljöchef", [(T2, "Ej påbörjad", "", "", "2025-09-04 11:00"),
                           (T3, "Pågående", "Hälften av årets ärenden genomgångna.", "", "2026-01-09 11:05")],
             "DELVIS", "nej"),
            ("Myndighetsutövning", "Kontroll av att jäv dokumenteras vid handläggning av tillsynsärenden",
             "Miljöchef", [(T3, "Ej påbörjad", "Inte genomförd under året.", "", "2026-01-09 11:10")],
             "EJ_GENOMFORD", "nej"),
            ("Myndighetsutövning", "Uppföljning av att förelägganden med vite följs upp",
             "Miljöinspektör", [(T2, "Pågående", "", "", "2025-09-04 11:30"),
                                (T3, "", "Se separat rapport.", "", "2026-01-09 11:32")],
             "OKLAR", "nej"),
        ],
    }
    header = ["Organisation", "Plan", "Process", "Kontrollaktivitet", "Ansvarig", "Period",
              "Bedömning", "Kommentar", "Avvikelse", "Senast uppdaterad"]
    with open(fil, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for org, rows in data.items():
            namnd, plan = plans[org]
            for proc, km, ansv, periods, st, avv in rows:
                for per, bed, kom, av, ts in periods:
                    w.writerow([org, plan, proc, km, ansv, per, bed, kom, av, ts])
    for org, rows in data.items():
        namnd, plan = plans[org]
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
        for proc, km, ansv, periods, st, avv in rows:
            exp(fil, namnd, km, st, avv)


# ---------------------------------------------------------------------------
# 6. AVN – Word-rapport med en tabell per process, bedömning som meningar
# ---------------------------------------------------------------------------
def f_avn():
    fil = "AVN Uppföljning internkontrollplan helår 2025.docx"
    N = "Arbete och välfärdsnämnden"
    procs = [
        ("Ekonomiskt bistånd", [
            ("Stickprov av 20 utbetalningar av ekonomiskt bistånd avseende beslut och underlag",
             "Slumpvist urval ur verksamhetssystemet, 5 per kvartal",
             "20 utbetalningar granskade. Två utbetalningar saknade underlag för hyreskostnad.",
             "Kontrollen är genomförd. Avvikelser har noterats, se resultat.", "GENOMFORD", "ja"),
            ("Kontroll av att återkrav beslutas och följs upp enligt rutin",
             "Genomgång av samtliga återkravsärenden",
             "Samtliga 14 återkravsärenden genomgångna. Rutinen följs.",
             "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ]),
        ("Arbetsmarknadsinsatser", [
            ("Kontroll av att närvarorapportering för deltagare i arbetsmarknadsinsatser stämmer med utbetald aktivitetsersättning",
             "Avstämning närvarolistor mot utbetalningar",
             "Granskningen påbörjades i november, 9 av 12 verksamheter är granskade.",
             "Kontrollen är till största delen genomförd men ännu inte slutförd.", "DELVIS", "nej"),
            ("Uppföljning av att avtal med externa utbildningsanordnare följs upp minst en gång per år",
             "Genomgång av avtalsuppföljningar",
             "Ingen uppföljning har skett då tjänsten som avtalsansvarig varit vakant sedan maj.",
             "Kontrollen har inte genomförts under 2025.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Placeringar och köpt vård", [
            ("Kontroll av att placeringar på HVB föregås av direktupphandling eller avrop enligt ramavtal",
             "Samtliga nya placeringar under året",
             "Samtliga 11 nya placeringar granskade. Tre placeringar saknade dokumenterad direktupphandling.",
             "Genomförd med anmärkning – rutinen följs inte fullt ut.", "GENOMFORD", "ja"),
            ("Kontroll av fakturor för köpt vård mot beslut om placering",
             "Stickprov 15 fakturor",
             "Underlag har efterfrågats från enheten men har ännu inte inkommit.",
             "Det går i nuläget inte att bedöma om kontrollen har genomförts.", "OKLAR", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Kontroll av att behörigheter i verksamhetssystemet motsvarar aktuell tjänst – två gånger per år",
             "Behörighetslista mot bemanning",
             "Kontrollen ersätts av den kommunövergripande behörighetsgranskningen från 2025.",
             "Kontrollmomentet har strukits efter beslut i nämnden 2025-03-26 § 41.", "UTGAR", "nej"),
            ("Loggkontroll av åtkomst till sekretessmarkerade personakter",
             "Loggutdrag maj och november",
             "Loggar kontrollerade i maj och november. Ingen otillbörlig åtkomst konstaterad.",
             "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ]),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("Arbete och välfärdsförvaltningen")
    p.runs[0].font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    p = d.add_paragraph("Tjänsteskrivelse  2026-01-16   Dnr AVN 2025/0412")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Nämnd: Arbete och välfärdsnämnden")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Arbete och välfärdsnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 162). "
        "Planen omfattar åtta kontrollmoment inom fyra processer. I denna rapport redovisas resultatet av "
        "kontrollerna per den 31 december 2025. Ett kontrollmoment har strukits under året och ett har inte "
        "kunnat genomföras på grund av vakans. Avvikelser har noterats inom ekonomiskt bistånd och "
        "placeringar, och åtgärder har vidtagits enligt nedan.")
    d.add_heading("Resultat per process", level=2)
    for pname, rows in procs:
        d.add_heading(f"Process: {pname}", level=3)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Metod och omfattning", "Resultat", "Bedömning"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for km, met, res, bed, s, a in rows:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text, c[3].text = km, met, res, bed
        d.add_paragraph("")
    d.add_heading("Sammanställning", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Bedömning"
    t.rows[0].cells[1].text = "Antal kontrollmoment"
    for k, v in [("Genomförd", "4"), ("Delvis genomförd", "1"), ("Ej genomförd", "1"),
                 ("Utgår", "1"), ("Ej bedömd", "1"), ("Totalt", "8")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_paragraph("")
    d.add_paragraph("Kristianstad 2026-01-16")
    d.add_paragraph("Anna Persson\nFörvaltningschef, Arbete och välfärdsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for pname, rows in procs:
        for km, met, res, bed, s, a in rows:
            exp(fil, N, km, s, a)


# ---------------------------------------------------------------------------
# 7. ÖFN – .ods med status per år sida vid sida (2024 | 2025), symboler med teckenförklaring
# ---------------------------------------------------------------------------
def f_ofn():
    fil = "ÖFN internkontroll 2024-2025.ods"
    N = "Överförmyndarnämnden"
    rows = [
        ("Granskning av årsräkningar",
         "Stickprov av 15 granskade årsräkningar – kontroll av att granskningen dokumenterats enligt rutin",
         "✔", "✔", "15 akter granskade, inga brister.", "GENOMFORD", "nej"),
        ("Arvoden", "Kontroll att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "◐", "✔", "Två arvoden felberäknade, rättade i oktober.", "GENOMFORD", "ja"),
        ("Förvaltarskap", "Kontroll av att förteckningar inkommer inom två månader från förordnande",
         "✔", "", "", "SAKNAS", "nej"),
        ("Lämplighetsprövning",
         "Kontroll av att belastningsregister och skuldsaldo begärts in före förordnande av ny ställföreträdare",
         "", "◐", "8 av 12 nya förordnanden kontrollerade.", "DELVIS", "nej"),
        ("Dokumenthantering", "Kontroll av att inkomna handlingar diarieförs inom tre arbetsdagar",
         "✘", "✘", "Ej genomförd p.g.a. hög arbetsbelastning.", "EJ_GENOMFORD", "nej"),
        ("Uttagsmedgivanden", "Kontroll av att beslut om uttag från spärrat konto fattats av behörig delegat",
         "✔", "?", "Osäkert om alla beslut kommit med i urvalet, stäms av med handläggarna.", "OKLAR", "nej"),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet Wärna",
         "✔", "—", "Ingår från 2025 i kommunens gemensamma loggkontroll.", "UTGAR", "nej"),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000"))
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #000000"))
    center = Style(name="center", family="table-cell")
    center.addElement(TableCellProperties(border="0.5pt solid #000000"))
    center.addElement(ParagraphProperties(textalign="center"))
    for s in (bold, title, head, wrap, center):
        doc.automaticstyles.addElement(s)
    widths = ["5cm", "9cm", "2.5cm", "2.5cm", "8cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="IK 2024-2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None, styles=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            stl = (styles[i] if styles else style)
            kw = {"stylename": stl} if stl else {}
            if v == "" or v is None:
                tc = TableCell(**kw)
            else:
                tc = TableCell(valuetype="string", **kw)
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Överförmyndarnämnden – uppföljning av internkontroll 2024–2025"], title)
    row(["Avser: helårsuppföljning 2025 (jämförelse med 2024)"])
    row(["Upprättad av: Karin Holm, enhetschef överförmyndarenheten, 2026-01-20"])
    row([""])
    row(["Rutin", "Kontrollmoment", "Status 2024", "Status 2025", "Kommentar 2025"], head)
    for r in rows:
        row(list(r[:5]), styles=[wrap, wrap, center, center, wrap])
    row([""])
    row(["Teckenförklaring"], bold)
    for sym, txt in [("✔", "Genomförd"), ("◐", "Delvis genomförd"), ("✘", "Ej genomförd"), ("—", "Utgår")]:
        row(["", "", sym, txt])
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for r in rows:
        exp(fil, N, r[1], r[5], r[6])


# ---------------------------------------------------------------------------
# 8. KS – förra årets fil (2024 års mall) skickad av misstag, som .xls
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r64_")
    env = dict(os.environ, HOME=tmp)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(tmp, base + "." + ext), outname)
    shutil.rmtree(tmp, ignore_errors=True)


def f_ks2024():
    fil = "Uppföljning intern kontroll 2024 KS.xls"
    N = "Kommunstyrelsen"
    rows = [
        ("Ekonomi", "Avstämning av balanskonton i bokslutet mot underlag", "Årligen", "Ja",
         "Samtliga balanskonton avstämda och dokumenterade.", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att beslutsattest följer gällande attestförteckning – 30 stickprov", "Halvår", "Ja",
         "Två fakturor attesterade av ersättare utan giltigt förordnande.", "Attestförteckningen uppdaterad i november.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Kontroll av avtalstrohet – inköp över 100 000 kr hos leverantörer utan avtal", "Kvartal", "Delvis",
         "Kvartal 1–3 kontrollerade, kvartal 4 görs i samband med bokslutet.", "", "DELVIS", "nej"),
        ("Personal", "Kontroll av att löneutbetalningar till nyanställda överensstämmer med anställningsavtal",
         "Kvartal", "Ja", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Personal", "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato", "Halvår", "Nej",
         "Ej genomförd, HR har prioriterat införandet av nytt lönesystem.", "Flyttas till 2025.", "EJ_GENOMFORD", "nej"),
        ("IT", "Kontroll av behörigheter i ekonomisystemet Raindance", "Årligen", "Ja",
         "Behörighetslistan granskad i oktober, inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Dokumenthantering", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kvartal", "", "", "",
         "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2024"
    ws["A1"] = "Kristianstads kommun – Uppföljning intern kontroll 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/styrelse:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Period:"
    ws["B4"] = "Helår 2024"
    ws["A5"] = "Ansvarig:"
    ws["B5"] = "Per-Olof Svensson, kommunledningskontoret"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    header = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Utfört (Ja/Nej/Delvis)", "Iakttagelser", "Åtgärder"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
    for ri, r in enumerate(rows, 8):
        for ci, v in enumerate(r[:6], 1):
            c = ws.cell(row=ri, column=ci, value=(v or None))
            c.alignment = WRAP
            c.border = BORDER
    for col, w in zip("ABCDEF", [18, 55, 10, 12, 50, 35]):
        ws.column_dimensions[col].width = w
    tmpx = os.path.join(tempfile.mkdtemp(prefix="r64x_"), "Uppföljning intern kontroll 2024 KS.xlsx")
    wb.save(tmpx)
    soffice_convert(tmpx, "xls", fil)
    shutil.rmtree(os.path.dirname(tmpx), ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2024", "HELAR"))
    for r in rows:
        exp(fil, N, r[1], r[6], r[7])


# ---------------------------------------------------------------------------
# 9. PDF att avvisa – protokollsutdrag från Omsorgsnämnden
# ---------------------------------------------------------------------------
def f_pdf():
    fil = "Protokollsutdrag ON 2026-01-21 § 8.pdf"
    d = docx.Document()
    d.add_paragraph("KRISTIANSTADS KOMMUN").runs[0].bold = True
    d.add_paragraph("Omsorgsnämnden\nSammanträdesprotokoll 2026-01-21")
    d.add_heading("§ 8  Uppföljning av internkontrollplan 2025, helår", level=2)
    d.add_paragraph("Dnr ON 2024/1187")
    d.add_paragraph(
        "Ärendebeskrivning: Omsorgsförvaltningen har sammanställt uppföljningen av nämndens internkontrollplan "
        "för 2025. Uppföljningen redovisas i bilaga till tjänsteskrivelse daterad 2026-01-14.")
    d.add_paragraph("Beslut: Omsorgsnämnden beslutar att godkänna uppföljningen av internkontrollplan 2025 "
                    "samt att överlämna den till kommunstyrelsen.")
    d.add_paragraph("Expedieras: Kommunstyrelsen, ekonomiavdelningen")
    d.add_paragraph("Justerandes signatur: ______   ______")
    d.add_paragraph("Utdragsbestyrkande: ______")
    tmp = tempfile.mkdtemp(prefix="r64p_")
    src = os.path.join(tmp, "protokoll.docx")
    d.save(src)
    soffice_convert(src, "pdf", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
    ("Arbete och välfärdsnämnden", "AVN|Arbete och välfärdsförvaltningen|AVF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Tekniska nämnden", "TN|C4 Teknik"),
    ("Byggnadsnämnden", "BN|Byggnadsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|MHF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN"),
]


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir("."):
        if f not in keep and os.path.isfile(f):
            os.remove(f)
    f_bun()
    f_on()
    f_kfn()
    f_export()
    f_avn()
    f_ofn()
    f_valn()
    f_ks2024()
    f_pdf()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in REGISTER:
            fh.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            fh.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            fh.write(";".join(r) + "\n")
    print(f"files={len(set(r[0] for r in FILES))} namnd_rows={len(FILES)} controls={len(EXPECTED)}")


if __name__ == "__main__":
    main()
