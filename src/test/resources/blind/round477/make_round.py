#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 477 - Söderköpings kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
all directly in the folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round477"
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


def one_line(text):
    """Expected kontrollmoment: the cell text with line breaks turned into spaces."""
    return " ".join(text.split())


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, one_line(km), status, avv))


def fixed_props(wb):
    wb.properties.creator = "Söderköpings kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Söderköpings kommun"


def soffice_convert(src, fmt):
    """Convert src (in HERE) with LibreOffice into HERE, return produced path."""
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", HERE, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# F1  Stratsys-like export, Kommunstyrelsen (hierarchy Nämnd > Process > Kontrollmoment)
# ---------------------------------------------------------------------------
def f1_stratsys_ks():
    fil = "Stratsys_Kommunstyrelsen_Internkontroll_Delår 2025.xlsx"
    nd = "Kommunstyrelsen"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontrollplan 2025 – Uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Verksamhet: Kommunstyrelsen"
    ws["A3"] = "Period: Delår 2025 (januari–augusti)"
    ws["A4"] = "Utdrag från Stratsys 2025-09-10 14:32 av ekonomienheten"
    ws["A4"].font = Font(italic=True, color="666666")
    head = ["Nivå", "Namn", "Ansvarig", "Frekvens", "Status", "Senaste kommentar", "Uppdaterad"]
    ws.append([])
    ws.append(head)
    for c in ws[6]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
    status_fill = {"Genomförd": "63BE7B", "Genomförd med avvikelse": "63BE7B",
                   "Pågående": "FFEB84", "Ej påbörjad": "F8696B", "Utgår": "BFBFBF"}
    A = "Kontrollmoment"
    rows = [
        ("Nämnd", "Kommunstyrelsen", "Kommundirektör", "", "", "", ""),
        ("Process", "Ekonomiadministration", "Ekonomichef", "", "", "", ""),
        (A, "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Tertialvis",
         "Genomförd",
         "Stickprov 40 fakturor jan–jun. 2 fakturor saknade andra attest, rättat och berörda attestanter har informerats.",
         "2025-08-28", ("GENOMFORD", "ja")),
        (A, "Kontroll av att ändringar av bankgironummer i leverantörsregistret verifieras mot leverantör",
         "Redovisningsansvarig", "Månadsvis", "Genomförd",
         "Samtliga 14 ändringar verifierade per telefon mot kontaktperson hos leverantören. Inga avvikelser.",
         "2025-08-30", ("GENOMFORD", "nej")),
        # exact duplicate of the row above (export glitch) - one control only
        (A, "Kontroll av att ändringar av bankgironummer i leverantörsregistret verifieras mot leverantör",
         "Redovisningsansvarig", "Månadsvis", "Genomförd",
         "Samtliga 14 ändringar verifierade per telefon mot kontaktperson hos leverantören. Inga avvikelser.",
         "2025-08-30", None),
        (A, "Representation och förtroendekänsliga poster – kontroll av syfte och deltagare", "Controller",
         "Delår/helår", "Pågående",
         "Stickprov för januari–april klart, inga avvikelser i det urvalet. Maj–augusti granskas i september.",
         "2025-09-02", ("DELVIS", "nej")),
        ("Process", "Personal och lön", "HR-chef", "", "", "", ""),
        (A, "Löneutbetalningar till avslutade anställningar\n(kontroll mot HR-systemets avslutsdatum)",
         "Lönechef", "Månadsvis", "Genomförd",
         "En felaktig utbetalning efter avslut upptäcktes i mars (7 800 kr). Återkrav skickat, beloppet återbetalt i maj.",
         "2025-08-25", ("GENOMFORD", "ja")),
        (A, "Kontroll av att bisysslor redovisas och bedöms årligen av chef", "HR-chef", "Årligen",
         "Ej påbörjad", "Genomförs i samband med medarbetarsamtalen under hösten.", "2025-06-10",
         ("EJ_GENOMFORD", "")),
        ("Process", "Upphandling och inköp", "Upphandlingschef", "", "", "", ""),
        (A, "Avtalstrohet – inköp utan avtal över direktupphandlingsgränsen", "Upphandlingschef",
         "Delår/helår", "Genomförd med avvikelse",
         "Analys av leverantörsreskontran jan–jun: 3 inköp (sammanlagt 412 tkr) saknar avtal. Dialog förs med berörda chefer.",
         "2025-09-01", ("GENOMFORD", "ja")),
        (A, "Dokumentation av direktupphandlingar över 100 000 kr", "Upphandlingschef", "Tertialvis",
         "Pågående", "", "2025-05-15", ("DELVIS", "")),
        ("Process", "Informationssäkerhet", "IT-chef", "", "", "", ""),
        (A, "Behörigheter i ekonomisystemet – kontroll av att avslutade användare tagits bort", "IT-chef",
         "Halvårsvis", "Genomförd",
         "Behörighetslistan granskad 2025-06-12. Fem konton för avslutade medarbetare var fortfarande aktiva och har nu stängts.",
         "2025-06-13", ("GENOMFORD", "ja")),
        (A, "Informationsklassning av verksamhetssystem", "Informationssäkerhetssamordnare", "Årligen",
         "Utgår", "Utgår enligt KS beslut 2025-04-09 § 58, hanteras inom införandet av nytt ledningssystem för informationssäkerhet.",
         "2025-04-10", ("UTGAR", "")),
        ("Process", "Nämndadministration", "Kanslichef", "", "", "", ""),
        (A, "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "Tertialvis", "", "", "",
         ("SAKNAS", "")),
        (A, "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Registrator", "Tertialvis",
         "Genomförd", "Stickprov 30 handlingar i maj, samtliga diarieförda inom två arbetsdagar.",
         "2025-06-03", ("GENOMFORD", "nej")),
    ]
    r = 7
    for row in rows:
        vals = row[:7]
        ws.append(list(vals))
        for c in ws[r]:
            c.border = BOX
            c.alignment = WRAP
        niva = vals[0]
        if niva == "Nämnd":
            for c in ws[r]:
                c.font = Font(bold=True, size=12)
                c.fill = fill("D9E1F2")
        elif niva == "Process":
            for c in ws[r]:
                c.font = BOLD
                c.fill = fill("EDEDED")
        else:
            ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top", indent=2)
        if vals[4] in status_fill:
            ws.cell(r, 5).fill = fill(status_fill[vals[4]])
        if niva == A and row[7] is not None:
            expect(fil, nd, vals[1], *row[7])
        r += 1
    for col, w in zip("ABCDEFG", [15, 60, 22, 13, 22, 70, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F2  Hypergene-like CSV, Vård- och omsorgsnämnden, one row per control and period
# ---------------------------------------------------------------------------
def f2_hypergene_csv():
    fil = "Hypergene_export_IK_20250915.csv"
    nd = "Vård- och omsorgsnämnden"
    org = "Vård- och omsorgsförvaltningen"
    plan = "Internkontrollplan 2025"
    head = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Bedömning", "Kommentar",
            "Avvikelse", "Registrerad av", "Registrerad"]
    K1 = "Läkemedelshantering – kontroll av signeringslistor på särskilda boenden"
    K2 = "Beslut om hemtjänst verkställs inom 14 dagar"
    K3 = "Avgiftsdebitering hemtjänst – utförd tid stämmer mot debiterad avgift"
    K4 = "Hantering av enskildas kontanta medel på särskilda boenden"
    K5 = "Avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid"
    K6 = "Sjuksköterskors delegeringar till omvårdnadspersonal är aktuella"
    K7 = "Loggkontroll i journalsystemet"
    K8 = "Kontroll av inköp med betalkort inom hemtjänsten"
    T1, DL = "T1 2025", "Delår 2025"
    rows = [
        ("Vård och omsorg", K1, T1, "Pågår", "Två av fem boenden granskade, resterande i maj–juni.", "", "Maria Ek", "2025-04-29"),
        ("Vård och omsorg", K1, DL, "Genomförd",
         "Samtliga fem boenden granskade.\nBrister i signering på Ängsgården (12 osignerade tillfällen i maj).\nÅtgärdsplan upprättad tillsammans med enhetschef.",
         "Ja", "Maria Ek", "2025-09-03"),
        ("Vård och omsorg", K2, T1, "Genomförd", "Inga avvikelser.", "Nej", "Lars Holm", "2025-04-25"),
        ("Vård och omsorg", K2, DL, "Genomförd", "Stickprov 25 beslut, samtliga verkställda inom 14 dagar.", "Nej", "Lars Holm", "2025-09-01"),
        ("Ekonomi", K3, T1, "Ej påbörjad", "", "", "Sara Berg", "2025-04-30"),
        ("Ekonomi", K3, DL, "Pågår", "Underlag för januari–juni uttaget ur planeringssystemet.\nAvstämning mot debiteringslistor pågår.", "", "Sara Berg", "2025-09-05"),
        ("Ekonomi", K4, T1, "Genomförd", "Kassaräkning på samtliga enheter i mars, inga differenser.", "Nej", "Sara Berg", "2025-04-30"),
        ("Ekonomi", K4, DL, "", "", "", "", ""),
        ("Kvalitet och patientsäkerhet", K5, T1, "Pågår", "Tre utredningar pågår.", "", "Eva Nord", "2025-04-28"),
        ("Kvalitet och patientsäkerhet", K5, DL, "Ej bedömd", "Resultatet redovisas i separat rapport till nämnden i oktober.", "", "Eva Nord", "2025-09-08"),
        ("Kvalitet och patientsäkerhet", K6, DL, "Ej genomförd",
         "Kontrollen har inte kunnat genomföras på grund av vakant tjänst som MAS.\nFlyttas till hösten.", "", "Eva Nord", "2025-09-08"),
        ("Informationssäkerhet", K7, T1, "Genomförd", "20 slumpvis valda journaler, ingen obehörig åtkomst.", "Nej", "Jonas Lund", "2025-04-22"),
        ("Informationssäkerhet", K7, DL, "Genomförd", "Ny loggkontroll i juni, 20 journaler, inga avvikelser.", "Nej", "Jonas Lund", "2025-08-29"),
        ("Ekonomi", K8, T1, "Utgår", "Betalkorten avvecklade från 2025-02-01, kontrollen utgår.", "", "Sara Berg", "2025-02-05"),
        ("Ekonomi", K8, DL, "", "", "", "", ""),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(head)
        for proc, km, per, st, kom, avv, who, dat in rows:
            w.writerow([org, plan, proc, km, per, st, kom, avv, who, dat])
    expect(fil, nd, K1, "GENOMFORD", "ja")
    expect(fil, nd, K2, "GENOMFORD", "nej")
    expect(fil, nd, K3, "DELVIS", "")
    expect(fil, nd, K4, "GENOMFORD", "nej")
    expect(fil, nd, K5, "OKLAR", "")
    expect(fil, nd, K6, "EJ_GENOMFORD", "")
    expect(fil, nd, K7, "GENOMFORD", "nej")
    expect(fil, nd, K8, "UTGAR", "")
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  percent-of-completion export, Barn- och utbildningsnämnden, saved as .xls
# ---------------------------------------------------------------------------
def f3_percent_xls():
    fil = "BUN_IK_uppfoljning_delar_2025.xls"
    tmp = "BUN_IK_uppfoljning_delar_2025.xlsx"
    nd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Aktiviteter"
    ws["A1"] = "Barn- och utbildningsnämnden – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Delårsuppföljning, status per 2025-08-31"
    head = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Startdatum", "Slutdatum",
            "Färdigställt", "Kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.fill = fill("DDEBF7")
        c.border = BOX
    data = [
        ("Skolskjuts", [
            ("Beviljade skolskjutsar följer kommunens riktlinjer för skolskjuts", "Stickprov 30 beslut",
             "Skolskjutssamordnare", "2025-02-01", "2025-06-30", "100 %",
             "Stickprov 30 beslut. 2 skolskjutsar beviljade trots att avståndskravet inte var uppfyllt. Rutinen har förtydligats.",
             "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Tilldelning av tilläggsbelopp till fristående skolor – kontroll av underlag", "Granskning av samtliga ansökningar",
             "Controller", "2025-01-15", "2025-05-31", "100 %", "Samtliga 9 ansökningar granskade, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Barnomsorgsavgifter – kontroll av inkomstuppgifter mot Skatteverket", "Maskinell avstämning",
             "Avgiftshandläggare", "2025-03-01", "2025-10-31", "50 %",
             "Inkomstkontroll av 2023 års inkomster pågår, ungefär hälften av hushållen är kontrollerade.",
             "DELVIS", ""),
            ("Attest av fakturor inom förvaltningen", "Stickprov 25 fakturor", "Förvaltningsekonom",
             "2025-05-01", "2025-08-31", "", "", "SAKNAS", ""),
        ]),
        ("Personal", [
            ("Registerkontroll av personal i förskola och skola (utdrag ur belastningsregistret)",
             "Kontroll av samtliga nyanställningar", "HR-konsult", "2025-01-01", "2025-08-31", "100 %",
             "Samtliga 38 nyanställda har uppvisat utdrag före anställning.", "GENOMFORD", "nej"),
        ]),
        ("Elevhälsa och trygghet", [
            ("Anmälan om kränkande behandling – huvudmannen informeras samma dag", "Genomgång av anmälningar vt 2025",
             "Verksamhetsutvecklare", "2025-06-01", "2025-09-30", "75 %",
             "Genomgången av vårterminen är klar för grundskolan, förskolan återstår. Två anmälningar kom in sent till huvudmannen.",
             "DELVIS", "ja"),
            ("Uppföljning av elever med hög frånvaro", "Stickprov i elevregistret", "Elevhälsochef",
             "2025-10-01", "2025-11-30", "0 %", "Planerad till oktober.", "EJ_GENOMFORD", ""),
            ("Skolmåltider – specialkost serveras enligt intyg", "Besök på samtliga kök", "Kostchef",
             "2025-04-01", "2025-06-15", "", "Genomförd i maj på samtliga kök, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("IT", [
            ("Inventarieförteckning över elevdatorer", "Avstämning mot inventarieregister", "IT-samordnare",
             "2025-03-01", "2025-06-30", "0 %",
             "Utgår. Ersätts av central kontroll i kommunstyrelsens plan, beslut BUN 2025-03-18 § 22.",
             "UTGAR", ""),
        ]),
    ]
    r = 5
    for omr, items in data:
        start = r
        for km, met, ans, sd, ed, pct, kom, st, avv in items:
            vals = [omr if r == start else None, km, met, ans, sd, ed, pct, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            expect(fil, nd, km, st, avv)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "Färdigställt anges i procent av planerad kontroll (0 %, 25 %, 50 %, 75 %, 100 %).").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [20, 55, 30, 22, 12, 12, 12, 60]):
        ws.column_dimensions[col].width = w
    wb.save(p(tmp))
    soffice_convert(p(tmp), "xls")
    os.remove(p(tmp))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F4  Hypergene-like wide xlsx, several organisations, T1 and Delår side by side
# ---------------------------------------------------------------------------
def f4_hypergene_wide():
    fil = "Hypergene_rapport_Internkontroll_2025-09-08.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll 2025 – uppföljning per organisation"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Urval: Samhällsbyggnadsförvaltningen; Miljö- och byggförvaltningen; Söderköpingshem AB"
    ws["A3"] = "Perioder: T1 2025, Delår 2025"
    head = ["Organisation", "Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig",
            "T1 status", "T1 kommentar", "Delår status", "Delår kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.border = BOX
        c.alignment = WRAP
    colours = {"Grön": "00B050", "Gul": "FFC000", "Röd": "FF0000", "Grå": "A6A6A6"}
    SBN, BMN, SH = "Samhällsbyggnadsnämnden", "Bygg- och miljönämnden", "Söderköpingshem AB"
    orgname = {SBN: "Samhällsbyggnadsförvaltningen", BMN: "Miljö- och byggförvaltningen", SH: "Söderköpingshem AB"}
    rows = [
        (SBN, "Gata/park", "Vinterväghållningsentreprenörens fakturor stämmer mot körjournaler",
         "Stickprov 10 fakturor", "Gatuchef", "Grön", "Januari–mars kontrollerade, inga avvikelser.", "", "",
         "GENOMFORD", "nej"),
        (SBN, "Exploatering", "Fakturering enligt exploateringsavtal",
         "Genomgång av samtliga aktiva avtal", "Exploateringsingenjör", "Röd", "Ej påbörjad.",
         "Gul", "Två av fem avtal genomgångna.", "DELVIS", ""),
        (SBN, "VA", "Avläsning av vattenmätare – uppskattade förbrukningar följs upp",
         "Uttag ur debiteringssystemet", "VA-chef", "Gul", "Uttag gjort.", "Grön",
         "Kontrollen genomförd. 46 mätare har haft skattad förbrukning i mer än två år, avläsning beställd.",
         "GENOMFORD", "ja"),
        (SBN, "Investeringar", "ÄTA-arbeten i entreprenader är beslutade av behörig person",
         "Stickprov 3 projekt", "Projektchef", "", "", "Röd",
         "Ej genomförd på grund av personalbrist, flyttas till tertial 3.", "EJ_GENOMFORD", ""),
        (SBN, "Färdtjänst", "Färdtjänstresor stämmer mot beviljade tillstånd",
         "Stickprov 50 resor", "Färdtjänsthandläggare", "", "", "", "", "SAKNAS", ""),
        (BMN, "Bygglov", "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan",
         "Uttag ur ärendesystemet", "Bygglovschef", "Grön", "Alla ärenden inom tid.", "Grön",
         "2 av 61 ärenden över 10 veckor, avgiften har reducerats enligt PBL.", "GENOMFORD", "ja"),
        (BMN, "Miljötillsyn", "Samtliga tillsynsobjekt har debiterats årlig tillsynsavgift",
         "Avstämning debiteringslista mot ärendesystem", "Miljöchef", "", "", "Gul",
         "Debiteringslistan avstämd mot ärendesystemet till ca 60 %.", "DELVIS", ""),
        (BMN, "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista – protokoll", "Nämndsekreterare", "Grön", "Inga avvikelser.",
         "Grön", "Inga avvikelser.", "GENOMFORD", "nej"),
        (BMN, "Bygglov", "Jäv vid handläggning av bygglovsärenden",
         "Stickprov 10 ärenden", "Bygglovschef", "Grå",
         "Utgår enligt beslut BMN 2025-02-12 § 9, ingår i kommunövergripande kontroll.", "", "",
         "UTGAR", ""),
        (SH, "Hyresadministration", "Nya hyror efter hyresförhandling debiteras korrekt",
         "Stickprov 50 kontrakt", "Ekonomichef Söderköpingshem", "Grön", "Stickprov 50 kontrakt, inga fel.",
         "", "", "GENOMFORD", "nej"),
        (SH, "Hyresadministration", "Hyresfordringar äldre än 60 dagar överlämnas till inkasso",
         "Uttag kundreskontra", "Ekonomichef Söderköpingshem", "", "", "Röd",
         "Ej genomförd – ny rutin i hyressystemet införs, kontrollen görs i november.", "EJ_GENOMFORD", ""),
        (SH, "Inköp", "Avtalstrohet vid beställning av underhållsentreprenader",
         "Analys leverantörsreskontra", "Fastighetschef", "", "", "Gul", "Uppföljning pågår.",
         "DELVIS", ""),
    ]
    r = 6
    for nd, omr, km, met, ans, t1s, t1k, dls, dlk, st, avv in rows:
        vals = [orgname[nd], omr, km, met, ans, t1s, t1k, dls, dlk]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        for col, v in ((6, t1s), (8, dls)):
            if v in colours:
                ws.cell(r, col).fill = fill(colours[v])
        expect(fil, nd, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: %d" % len(rows)).font = BOLD
    r += 2
    ws.cell(r, 1, "Teckenförklaring").font = BOLD
    for word, text in (("Grön", "Genomförd"), ("Gul", "Påbörjad / delvis genomförd"),
                       ("Röd", "Ej genomförd"), ("Grå", "Utgår")):
        r += 1
        ws.cell(r, 1, word).fill = fill(colours[word])
        ws.cell(r, 2, text)
    for col, w in zip("ABCDEFGHI", [28, 20, 50, 28, 24, 10, 40, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p(fil))
    for nd in (SBN, BMN, SH):
        FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F5  hand-made xlsx, Socialnämnden, header on row 6, tick columns
# ---------------------------------------------------------------------------
def f5_handmade_sn():
    fil = "Uppföljning IK Socialnämnden delår 2025.xlsx"
    nd = "Socialnämnden"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "SÖDERKÖPINGS KOMMUN"
    ws["A1"].font = Font(bold=True, size=18, color="00587A")
    ws["A2"] = "Socialnämnden"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljning internkontrollplan 2025 – Delår (januari–augusti)"
    ws["A3"].font = Font(bold=True)
    ws["A4"] = ("Instruktion: Markera med X i den kolumn som stämmer för respektive kontrollmoment. "
                "Beskriv resultat och eventuella avvikelser i kommentarsfältet. "
                "Skickas till ekonomienheten senast 12 september.")
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("A4:J4")
    ws["A4"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[4].height = 32
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd",
            "Delvis genomförd", "Ej genomförd", "Avvikelse (J/N)", "Kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = fill("FCE4D6")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    groups = [
        ("Ekonomiskt bistånd", [
            ("1.1", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Stickprov 20 akter", "Enhetschef försörjningsstöd",
             "X", "", "", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Kontroll mot Försäkringskassan och a-kassa\n(dubbla utbetalningar)", "Samkörning via SSBTEK",
             "Enhetschef försörjningsstöd", "X", "", "", "J",
             "En dubbelutbetalning upptäckt (4 350 kr), återkrav upprättat.", "GENOMFORD", "ja"),
            ("1.3", "Hyreskontrakt och hyresavi kontrolleras vid nybesök", "Stickprov 10 nybesök",
             "Socialsekreterare", "", "X", "", "",
             "Rutinen infördes i april, stickprov gjort för maj–juni. Juli–augusti återstår.", "DELVIS", ""),
        ]),
        ("Barn och unga", [
            ("2.1", "Förhandsbedömning av orosanmälan inom 14 dagar", "Uttag ur verksamhetssystemet",
             "Enhetschef barn och unga", "X", "", "X", "", "", "OKLAR", ""),
            ("2.2", "Barnavårdsutredningar avslutas inom fyra månader", "Uttag ur verksamhetssystemet",
             "Enhetschef barn och unga", "", "", "X", "",
             "Kontrollen har inte genomförts under våren på grund av hög ärendebelastning.", "EJ_GENOMFORD", ""),
            ("2.3", "Fakturor för HVB-placeringar följer avtal", "Granskning av samtliga fakturor jan–apr",
             "Administratör", "", "X", "", "J",
             "Fakturor januari–april granskade, en faktura med felaktigt dygnspris (krediterad). Maj–aug granskas i september.",
             "DELVIS", "ja"),
        ]),
        ("Vuxen och missbruk", [
            ("3.1", "Ersättning till familjehem enligt SKR:s riktlinjer", "Stickprov 5 uppdragstagare",
             "Enhetschef vuxen", "", "", "", "", "", "SAKNAS", ""),
            ("3.2", "Genomförandeplaner finns och är aktuella", "Stickprov 10 akter", "Enhetschef vuxen",
             "", "", "", "", "Utgår – området ingår i IVO:s tillsyn 2025.", "UTGAR", ""),
        ]),
    ]
    r = 7
    for proc, items in groups:
        start = r
        for nr, km, met, ans, g, d, e, av, kom, st, avv in items:
            vals = [nr, proc if r == start else None, km, met, ans, g, d, e, av, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
            for col in (6, 7, 8, 9):
                ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
            expect(fil, nd, km, st, avv)
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(start, 2).alignment = Alignment(vertical="center", wrap_text=True)
    r += 2
    ws.cell(r, 1, "Upprättad av: Anna Lindqvist, verksamhetscontroller")
    ws.cell(r, 6, "Datum: 2025-09-05")
    ws.cell(r + 1, 1, "Behandlad i förvaltningens ledningsgrupp 2025-09-09")
    for col, w in zip("ABCDEFGHIJ", [6, 20, 45, 28, 24, 11, 11, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  Word document table, Överförmyndarnämnden, status codes with legend below
# ---------------------------------------------------------------------------
def f6_word_ofn():
    fil = "Överförmyndarnämnden uppföljning internkontroll delår 2025.docx"
    nd = "Överförmyndarnämnden"
    doc = Document()
    doc.core_properties.author = "Överförmyndarenheten"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.title = "Uppföljning internkontroll delår 2025"
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Söderköpings kommun\tTjänsteskrivelse\t2025-09-04"
    doc.add_heading("Överförmyndarnämnden", level=1)
    doc.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 vid sammanträdet 2025-01-22 § 4. "
        "Planen omfattar fem kontrollmoment. Nedan redovisas resultatet av uppföljningen för perioden "
        "januari–augusti 2025. Kontrollerna har utförts av handläggare vid överförmyndarenheten.")
    rows = [
        ("Granskning av årsräkningar – samtliga årsräkningar granskas före 1 juli",
         "Uttag ur verksamhetssystemet",
         "312 av 312 årsräkningar granskade före 1 juli. I 4 ärenden saknades verifikationer, kompletteringar har begärts.",
         "G", "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Stickprov 15 beslut", "Inga avvikelser.", "G", "GENOMFORD", "nej"),
        ("Ställföreträdare har giltigt utdrag ur belastningsregistret vid förordnande",
         "Kontroll av samtliga nya förordnanden",
         "Kontroll görs löpande. Hälften av årets förordnanden är kontrollerade.", "D", "DELVIS", ""),
        ("Uttag från spärrade konton sker endast med uttagstillstånd",
         "Stickprov 10 ärenden", "Ej påbörjad, planeras till oktober.", "E", "EJ_GENOMFORD", ""),
        ("Förteckning över huvudmannens tillgångar inlämnas inom två månader efter förordnande",
         "Stickprov 10 ärenden", "Kontrollen är genomförd utan anmärkning.", "", "GENOMFORD", "nej"),
    ]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, ["Kontrollmoment", "Metod", "Resultat delår 2025", "Status"]):
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
    for km, met, res, code, st, avv in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = km, met, res, code
        expect(fil, nd, km, st, avv)
    doc.add_paragraph()
    leg = doc.add_paragraph()
    leg.add_run("Status: ").bold = True
    leg.add_run("G = genomförd, D = delvis genomförd, E = ej genomförd, U = utgår")
    doc.add_paragraph(
        "Överförmyndarnämnden bedömer att den interna kontrollen under perioden i allt väsentligt är tillräcklig. "
        "De brister som noterats i årsräkningarna hanteras inom ordinarie handläggning.")
    doc.add_paragraph("Karin Sjöberg\nEnhetschef, överförmyndarenheten")
    for par in doc.paragraphs:
        for run in par.runs:
            run.font.size = Pt(11)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F7  .ods, Kultur- och fritidsnämnden, plan columns beside T1 and delår columns
# ---------------------------------------------------------------------------
def f7_ods_kfn():
    fil = "KFN_internkontroll_2025.ods"
    tmp = "KFN_internkontroll_2025.xlsx"
    nd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A3"] = "Statusord: Klar / Pågår / Ej startad / Utgår"
    ws["A3"].font = Font(italic=True)
    head1 = ["PLAN", None, None, None, None, None, "UPPFÖLJNING", None, None]
    head2 = ["Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmetod / frekvens",
             "Ansvarig", "T1", "Delår", "Kommentar delår"]
    for i, h in enumerate(head1, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5")
    ws.merge_cells("G5:I5")
    for i, h in enumerate(head2, 1):
        c = ws.cell(6, i, h)
        c.font = BOLD
        c.fill = fill("E2EFDA")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Kassaavstämning av kontantkassor på bibliotek och badhus", 3, 3, "Oanmäld inventering, 2 ggr/år",
         "Enhetschef bibliotek", "Klar", "Klar",
         "Oanmälda kassainventeringar i juni. Differens 150 kr på badhuset, utrett och rapporterat.",
         "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut först när redovisning inkommit", 2, 3, "Kontroll av samtliga utbetalningar",
         "Föreningskonsulent", "Pågår", "Klar", "Samtliga 42 föreningar har redovisat före utbetalning.",
         "GENOMFORD", "nej"),
        ("Uthyrning av lokaler faktureras enligt bokningssystemet", 3, 2, "Stickprov 20 bokningar/tertial",
         "Bokningsansvarig", "Pågår", "", "", "DELVIS", ""),
        ("Hantering av hittegods och kvarglömda värdesaker", 2, 2, "Genomgång av hittegodsliggare",
         "Badhuschef", "", "Utgår", "Ej aktuell efter omorganisationen, hanteras av kommunens kontaktcenter.",
         "UTGAR", ""),
        ("Avtalstrohet vid inköp av evenemangstjänster", 3, 3, "Analys av leverantörsreskontra",
         "Kulturchef", "Ej startad", "Ej startad", "Görs i samband med helårsuppföljningen.",
         "EJ_GENOMFORD", ""),
        ("Behörigheter i bokningssystemet är aktuella", 2, 3, "Genomgång av behörighetslista 1 ggr/år",
         "Systemförvaltare", "", "", "", "SAKNAS", ""),
        ("Redovisning av lotteritillstånd", 1, 2, "Kontroll att redovisning inkommit",
         "Lotteriinspektör", "", "Se bilaga 2", "", "OKLAR", ""),
        ("Simlärare har giltig livräddarutbildning", 2, 4, "Kontroll av intyg före säsongsstart",
         "Badhuschef", "", "Klar", "Alla 14 simlärare har giltigt intyg.", "GENOMFORD", "nej"),
    ]
    r = 7
    for km, s, k, met, ans, t1, dl, kom, st, avv in rows:
        vals = [km, s, k, s * k, met, ans, t1 or None, dl or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = WRAP
        expect(fil, nd, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Riskvärde = sannolikhet × konsekvens (1–4). Bilaga 2: Lotteriredovisning 2025.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [50, 11, 11, 10, 32, 22, 11, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p(tmp))
    soffice_convert(p(tmp), "ods")
    os.remove(p(tmp))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F8  to reject: meeting invitation (.docx) about the follow-ups
# ---------------------------------------------------------------------------
def f8_kallelse():
    fil = "Kallelse arbetsmöte internkontroll delår 2025.docx"
    doc = Document()
    doc.core_properties.author = "Ekonomienheten"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.add_heading("Kallelse", level=1)
    doc.add_paragraph("Till: controllers, nämndsekreterare och internkontrollsamordnare i samtliga förvaltningar")
    doc.add_paragraph("Från: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_heading("Arbetsmöte – uppföljning av internkontrollplaner i delårsrapporten 2025", level=2)
    doc.add_paragraph("Tid: måndag 22 september 2025 kl. 13.00–15.00")
    doc.add_paragraph("Plats: Stadshuset, Rådhussalen (även via Teams)")
    doc.add_paragraph(
        "Välkomna till ett gemensamt arbetsmöte inför delårsrapporten. Vi går igenom de uppföljningar av "
        "internkontrollplanerna som kommit in och hur resultatet ska sammanställas till kommunstyrelsen. "
        "Ta gärna med er nämnds uppföljning och eventuella frågor om mallen.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tid", "Punkt", "Ansvarig"]):
        c.text = h
    for row in [("13.00", "Välkommen och syfte med mötet", "Ekonomichef"),
                ("13.10", "Läget för inkomna uppföljningar per nämnd", "Redovisningsansvarig"),
                ("13.40", "Gemensamma iakttagelser: attest, avtalstrohet och behörigheter", "Controller"),
                ("14.20", "Tidplan för helårsuppföljning och internkontrollplan 2026", "Ekonomichef"),
                ("14.50", "Övriga frågor", "Alla")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    doc.add_paragraph("Anmäl deltagande senast 17 september till ekonomienheten.")
    doc.add_paragraph("Välkomna!\nMikael Strand, ekonomichef")
    doc.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Bygg- och miljönämnden", "BMN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Söderköpingshem AB", "Söderköpingshem|SHAB"),
]


def write_csv(name, header, rows):
    with open(p(name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


def main():
    f1_stratsys_ks()
    f2_hypergene_csv()
    f3_percent_xls()
    f4_hypergene_wide()
    f5_handmade_sn()
    f6_word_ofn()
    f7_ods_kfn()
    f8_kallelse()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
