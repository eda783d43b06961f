#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r602 – Svedala kommun, helår 2025. Builds every file + namnder.csv, files.csv, expected.csv."""
import csv
import datetime
import os
import random

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixprops(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Svedala kommun"


# ---------------------------------------------------------------------------------------------
# 1. Hypergene-like export: one row per control and period (T1, T2, T3), three nämnder
# ---------------------------------------------------------------------------------------------
def hypergene():
    fil = "Hypergene_export_internkontroll_20260116.xlsx"
    # (nämnd, org text, område, kontrollmoment, metod, ansvarig,
    #   [(status, avvikelse, kommentar) for T1, T2, T3], expected status, expected avvikelse)
    data = [
        ("Kommunstyrelsen", "Svedala kommun > Kommunstyrelsen", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Redovisningschef",
             [("Pågående", "", "Stickprov för jan–april klart."), ("Pågående", "", "Stickprov maj–aug klart."),
              ("Genomförd", "Nej", "30 fakturor granskade under året, samtliga korrekt attesterade.")],
             "GENOMFORD", "nej"),
            ("Styrning och ledning", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse diarium/protokoll", "Kanslichef",
             [("Genomförd", "Nej", ""), ("Genomförd", "Nej", ""),
              ("Genomförd med avvikelse", "Ja", "3 av 40 granskade beslut anmäldes senare än nästkommande sammanträde.")],
             "GENOMFORD", "ja"),
            ("Upphandling", "Efterlevnad av lagen om offentlig upphandling vid direktupphandlingar", "Stickprov 25 direktupphandlingar", "Upphandlingschef",
             [("Ej påbörjad", "", ""), ("Pågående", "", "Urval gjort."),
              ("Pågående", "Nej", "15 av 25 direktupphandlingar granskade, inga avvikelser hittills. Resterande slutförs februari 2026.")],
             "DELVIS", "nej"),
            ("IT och informationssäkerhet", "Behörighetsadministration i ekonomisystemet Raindance", "Genomgång av behörighetslista", "Systemförvaltare ekonomi",
             [("Ej påbörjad", "", ""), ("Ej påbörjad", "", ""),
              ("Ej genomförd", "", "Skjuts till 2026 på grund av byte av ekonomisystem.")],
             "EJ_GENOMFORD", ""),
            ("Ekonomi", "Hantering av representation och förtroendekänsliga poster", "Granskning 20 verifikationer", "Controller KLF",
             [("", "", ""), ("Genomförd", "Nej", "Kontroll genomförd i juni, 20 verifikationer granskade utan anmärkning."),
              ("", "", "")],
             "GENOMFORD", "nej"),
        ]),
        ("Barn- och utbildningsnämnden", "Svedala kommun > Barn- och utbildningsnämnden", [
            ("Elevhälsa och skolplikt", "Kontroll av att skolpliktsbevakning sker enligt rutin", "Genomgång av frånvarorapporter", "Verksamhetschef grundskola",
             [("Pågående", "", ""), ("Pågående", "", ""), ("Genomförd", "Nej", "Rutinen följs på samtliga skolenheter.")],
             "GENOMFORD", "nej"),
            ("Personal", "Registerkontroll i belastningsregistret vid nyanställning", "Stickprov 30 anställningar", "HR-specialist",
             [("Ej påbörjad", "", ""), ("Genomförd", "Nej", "Första stickprov utan anmärkning."),
              ("Genomförd med avvikelse", "Ja", "2 av 30 anställningar saknade uppvisat utdrag vid anställningsdatum. Rutin förtydligad för rektorer.")],
             "GENOMFORD", "ja"),
            ("Trygghet och studiero", "Hantering av kränkande behandling – anmälan till huvudman", "Jämförelse av anmälningar i DF Respons", "Kvalitetsstrateg",
             [("Pågående", "", ""), ("Pågående", "", ""), ("Pågående", "", "Analys av höstterminens anmälningar pågår.")],
             "DELVIS", ""),
            ("Ekonomi", "Debitering av barnomsorgsavgifter (maxtaxa)", "Stickprov 40 hushåll mot inkomstuppgift", "Avgiftshandläggare",
             [("Ej påbörjad", "", ""), ("Pågående", "", ""), ("Genomförd", "Nej", "40 hushåll kontrollerade, korrekt debitering.")],
             "GENOMFORD", "nej"),
            ("Skolskjuts", "Uppföljning av skolskjutsbeslut", "Stickprov", "Skolskjutshandläggare",
             [("Utgår", "", "Utgår enligt beslut BUN 2025-03-18 § 34, kontrollen flyttad till tekniska nämnden."), ("Utgår", "", ""), ("Utgår", "", "")],
             "UTGAR", ""),
            ("IT", "Inventering av IT-utrustning (elevdatorer)", "Inventering mot tillgångsregister", "IT-samordnare BUF",
             [("", "", ""), ("", "", ""), ("", "", "")],
             "SAKNAS", ""),
        ]),
        ("Socialnämnden", "Svedala kommun > Socialnämnden", [
            ("Ekonomiskt bistånd", "Handläggningstid för ansökan om ekonomiskt bistånd", "Uttag ur verksamhetssystem", "Enhetschef försörjningsstöd",
             [("Genomförd", "Nej", ""), ("Genomförd", "Nej", ""),
              ("Genomförd med avvikelse", "Ja", "Handläggningstiden översteg målet 10 arbetsdagar i 14 % av ärendena under hösten.")],
             "GENOMFORD", "ja"),
            ("Barn och unga", "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", "Uttag ur verksamhetssystem", "Enhetschef barn och unga",
             [("Genomförd", "Nej", ""), ("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Samtliga utredningar avslutade inom lagstadgad tid eller förlängda med beslut.")],
             "GENOMFORD", "nej"),
            ("Avgifter", "Avgiftsdebitering inom hemtjänst", "Stickprov 20 brukare", "Avgiftshandläggare",
             [("Ej påbörjad", "", ""), ("Ej påbörjad", "", ""), ("Ej genomförd", "", "Ej genomförd på grund av vakans på avgiftshandläggartjänsten.")],
             "EJ_GENOMFORD", ""),
            ("Äldreomsorg", "Hantering av brukares privata medel på särskilt boende", "Kassainventering", "Enhetschefer SÄBO",
             [("Ej påbörjad", "", ""), ("Pågående", "", ""),
              ("Pågående", "Nej", "Kassainventering genomförd på 4 av 5 boenden utan anmärkning. Bäckagården återstår (januari 2026).")],
             "DELVIS", "nej"),
            ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet Lifecare", "Slumpvis loggkontroll", "Systemförvaltare SOF",
             [("Genomförd", "Nej", ""), ("Genomförd", "Nej", ""),
              ("Genomförd", "Ja", "Två obefogade journalöppningar upptäcktes och har hanterats av personalenheten.")],
             "GENOMFORD", "ja"),
            ("Rapportering", "Rapportering av ej verkställda beslut till IVO", "Avstämning mot rapporter", "Nämndsekreterare",
             [("Genomförd", "Nej", ""), ("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Rapportering skett kvartalsvis i tid.")],
             "GENOMFORD", "nej"),
        ]),
    ]
    wb = openpyxl.Workbook()
    fixprops(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Uppföljning intern kontroll – Svedala kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportperiod: 2025-01-01 – 2025-12-31   Utskriven: 2026-01-16 08:42   Användare: ekonomi\\lmatt"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Period", "Status",
           "Avvikelse", "Kommentar", "Ansvarig", "Senast uppdaterad"]
    ws.append([])
    ws.append(hdr)
    for c in range(1, len(hdr) + 1):
        ws.cell(4, c).font = Font(bold=True, color="FFFFFF")
        ws.cell(4, c).fill = PatternFill("solid", fgColor="1F4E79")
    dates = ["2025-05-12", "2025-09-15", "2026-01-14"]
    for namnd, org, controls in data:
        first = True
        for omr, km, metod, ans, periods, st, av in controls:
            for i, (s, a, k) in enumerate(periods):
                ws.append([org if first else "", omr, km, metod, "T%d 2025" % (i + 1), s, a, k, ans,
                           dates[i] if (s or k) else ""])
                first = False
            exp(fil, namnd, km, st, av)
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    widths = [34, 24, 60, 30, 10, 24, 10, 70, 26, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=5):
        row[7].alignment = Alignment(wrap_text=True, vertical="top")
    ws.auto_filter.ref = "A4:J%d" % ws.max_row
    wb.save(fil)


# ---------------------------------------------------------------------------------------------
# 2. Stratsys-like CSV, Windows-1252, ';', quoted multi-line comments
# ---------------------------------------------------------------------------------------------
def stratsys():
    fil = "Stratsys_Internkontroll_TN_helar_2025.csv"
    namnd = "Tekniska nämnden"
    rows = [
        ("IK-TN-01", "Projekt och investeringar", "Ej godkända tilläggsarbeten ger kostnadsökning",
         "Kontroll av att ÄTA-arbeten godkänns innan utförande", "Stickprov 12 projekt", "Årligen", "Projektchef",
         "Klar", "Avvikelse", "I 2 av 12 projekt saknades skriftligt godkännande före utförande.\r\nÅtgärd: mall för ÄTA-beställning införd.",
         "GENOMFORD", "ja"),
        ("IK-TN-02", "VA", "Otjänligt dricksvatten", "Egenkontroll av dricksvattenkvalitet enligt provtagningsplan",
         "Avstämning provtagningsplan/analyssvar", "Löpande", "VA-chef", "Klar", "Ingen avvikelse",
         "Samtliga prover tagna enligt plan.", "GENOMFORD", "nej"),
        ("IK-TN-03", "VA", "Utebliven intäkt", "Fakturering av VA-anslutningsavgifter", "Avstämning mot bygglov",
         "Årligen", "Ekonom TF", "Pågår", "",
         "Genomgång av 2025 års anslutningar pågår, beräknas klar i mars 2026.", "DELVIS", ""),
        ("IK-TN-04", "Gata/park", "Olycksrisk", "Besiktning av lekplatser enligt SS-EN 1176", "Extern besiktning",
         "Årligen", "Parkchef", "Klar", "Ingen avvikelse", "Huvudbesiktning av 31 lekplatser genomförd i maj.",
         "GENOMFORD", "nej"),
        ("IK-TN-05", "Fordon", "Otillåten användning", "Kontroll av drivmedelskort och körjournaler",
         "Stickprov 10 fordon", "Årligen", "Fordonssamordnare", "Ej påbörjad", "",
         "Hinns inte med 2025.\r\nFlyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("IK-TN-06", "Inköp", "Bristande avtalstrohet", "Avtalstrohet vid inköp av entreprenadtjänster",
         "Leverantörsanalys", "Årligen", "Teknisk chef", "Avbruten", "",
         "Avbruten enligt beslut TN 2025-09-10 § 87 – ingår i kommunövergripande kontroll under KS.",
         "UTGAR", ""),
        ("IK-TN-07", "Avfall", "Förskingring", "Hantering av kassaflöden vid återvinningscentralen",
         "Avstämning kassa/kortterminal", "Två gånger per år", "Avfallschef", "Klar", "Ingen avvikelse",
         "Kontanthantering avvecklad i maj 2025. Kontroll av kortbetalningar utan anmärkning.",
         "GENOMFORD", "nej"),
        ("IK-TN-08", "Gata/park", "Felanmälningar åtgärdas inte", "Uppföljning av felanmälningar i gatuunderhåll",
         "Uttag ur felanmälningssystemet", "Årligen", "Gatuchef", "", "", "Se bilaga 3", "OKLAR", ""),
    ]
    hdr = ["Id", "Enhet", "Period", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Status", "Bedömning", "Kommentar", "Senast ändrad", "Ändrad av"]
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for i, r in enumerate(rows):
            w.writerow([r[0], "Tekniska förvaltningen", "Helårsuppföljning 2025", r[1], r[2], r[3], r[4], r[5],
                        r[6], r[7], r[8], r[9], "2026-01-%02d %02d:%02d" % (8 + i, 9 + i, 5 * i), "Karlsson, Ulf"])
            exp(fil, namnd, r[3], r[10], r[11])
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 3. Power BI export: filter block above the table, nämnd only in filter text
# ---------------------------------------------------------------------------------------------
def powerbi():
    fil = "data (3).xlsx"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        ("Bidrag", "Kontroll av föreningsbidrag – att utbetalt bidrag motsvarar beviljat", "Förenings­konsulent",
         "Q2", "Genomförd", "Genomförd", 0, "25 utbetalningar kontrollerade mot beslut.", "GENOMFORD", "nej"),
        ("Intäkter", "Hyresdebitering av lokaler och anläggningar (bokningssystemet Interbook)", "Bokningsansvarig",
         "Löpande", "Delvis genomförd", "Genomförd", 3,
         "3 bokningar hade inte fakturerats. Rättat i december 2025.", "GENOMFORD", "ja"),
        ("Kontanthantering", "Kontanthantering på biblioteken", "Bibliotekschef", "Q3", "Ej påbörjad",
         "Delvis genomförd", 0, "Kassainventering gjord på huvudbiblioteket; filialen i Bara återstår.",
         "DELVIS", "nej"),
        ("Personal", "Registerutdrag för ledare i kommunens sommarlovsverksamhet", "Fritidschef", "Q2",
         "Genomförd", "Genomförd", 0, "", "GENOMFORD", "nej"),
        ("Tillgångar", "Inventering av konstsamlingen", "Kulturchef", "Q4", "Ej påbörjad", "Ej genomförd", None,
         "Ej genomförd, ny inventering planeras 2026.", "EJ_GENOMFORD", ""),
        ("Avtal", "Uppföljning av avtal med extern driftentreprenör för ishallen", "Förvaltningschef", "Q3",
         "Ej aktuell", "Ej aktuell", None, "Avtalet upphörde 2025-06-30, driften i egen regi.", "UTGAR", ""),
        ("Bidrag", "Ansökningar om arrangemangsbidrag handläggs inom 30 dagar", "Föreningskonsulent", "Q4",
         "Ej påbörjad", None, None, "Kontrollen har inte genomförts under året.", "EJ_GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    fixprops(wb)
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = ("Filter tillämpade:\nÅr är 2025\nNämnd är Kultur- och fritidsnämnden\n"
                "Uppföljningsperiod är Helår\nTyp är Internkontroll")
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = 80
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Planerad tidpunkt", "Status T2", "Status helår",
           "Antal avvikelser", "Kommentar helår"]
    ws.append([])
    ws.append(hdr)
    for c in range(1, len(hdr) + 1):
        ws.cell(3, c).font = Font(bold=True)
    for r in rows:
        ws.append([r[0], r[1], r[2].replace("\u00ad", ""), r[3], r[4], r[5], r[6], r[7]])
        exp(fil, namnd, r[1], r[8], r[9])
    ws.append(["Totalt", None, None, None, None, None, 3, None])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for i, w in enumerate([18, 62, 22, 16, 18, 18, 14, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. SharePoint list export CSV (UTF-8 BOM, comma), internal column names
# ---------------------------------------------------------------------------------------------
def sharepoint():
    fil = "Internkontroll BMN 2025.csv"
    namnd = "Bygg- och miljönämnden"
    rows = [
        ("Handläggningstid för bygglov inom lagstadgade 10 veckor", "Bygglov", "Bygglovschef", "Genomförd", "Ja",
         "Stickprov påbörjat.", "4 av 112 ärenden överskred handläggningstiden; avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnd", "Nämndadministration", "Nämndsekreterare", "Genomförd", "Nej",
         "", "Samtliga delegationsbeslut anmälda.", "GENOMFORD", "nej"),
        ("Debitering av tillsynsavgifter enligt miljöbalken", "Miljötillsyn", "Miljöchef", "Pågår", "",
         "", "Stickprov på livsmedelstillsyn klart, miljötillsyn enligt miljöbalken återstår.", "DELVIS", ""),
        ("Diarieföring av inkomna ansökningar inom en arbetsdag", "Registratur", "Registrator", "", "",
         "", "Kontrollen genomförd i oktober, 25 ärenden granskade – samtliga diarieförda i tid.", "GENOMFORD", "nej"),
        ("Uppföljning av förelägganden med vite", "Tillsyn", "Miljöinspektör", "", "", "", "", "SAKNAS", ""),
        ("Kontroll av att strandskyddsdispenser följer delegationsordningen", "Strandskydd", "Planarkitekt",
         "Ej aktuell", "", "", "Ej aktuell 2025 – inga dispensärenden inkom.", "UTGAR", ""),
        ("Återrapportering av kartproduktion och mätuppdrag till ekonomi", "Mät och GIS", "GIS-ingenjör",
         "Ej påbörjad", "", "Ej påbörjad.", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Kontroll av att OVK-protokoll inkommer", "Byggnadstillsyn", "Byggnadsinspektör", "Genomförd", "Ja",
         "", "", "GENOMFORD", "ja"),
    ]
    hdr = ["ID", "Title", "Process0", "N_x00e4_mnd", "Ansvarig_x0020_tj_x00e4_nsteperson", "Status0",
           "Avvikelse", "Kommentar_x0020_T2", "Kommentar_x0020_hel_x00e5_r", "_x00c5_r", "Uppf_x00f6_ljning",
           "Created", "Modified", "Author", "Editor", "Item Type", "Path"]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for i, r in enumerate(rows):
            w.writerow([str(31 + i), r[0], r[1], "BMN", r[2], r[3], r[4], r[5], r[6], "2025", "Helår",
                        "2025-01-2%d 10:1%d" % (i % 7, i), "2026-01-1%d 15:2%d" % (i % 9, i),
                        "Nilsson, Eva", "Persson, Jonas" if i % 2 else "Nilsson, Eva", "Item",
                        "sites/Internkontroll/Lists/BMN IK 2025"])
            exp(fil, namnd, r[0], r[7], r[8])
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 5. Controller's hand-made xlsx for Överförmyndarnämnden: letters + fills, legend, group headings
# ---------------------------------------------------------------------------------------------
def ofn():
    fil = "ÖFN IKP uppföljning helår 2025.xlsx"
    namnd = "Överförmyndarnämnden"
    groups = [
        ("Handläggning", [
            ("Granskning av årsräkningar påbörjas inom två månader efter inkommen handling", "Handläggare", "Årligen",
             "", "D", "G", "Samtliga årsräkningar för 2024 granskade per 30 november.", "GENOMFORD", "nej"),
            ("Kontroll av att ställföreträdare har giltigt registerutdrag och UC-kontroll vid förordnande",
             "Handläggare", "Varje tertial", "G", "G", "GA",
             "1 förordnande i oktober saknade UC-kontroll. Kompletterat i efterhand.", "GENOMFORD", "ja"),
            ("Bevakning av att förteckningar lämnas in inom två månader", "Handläggare", "Årligen", "", "", "E",
             "Ej genomförd – resursbrist under hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi och ersättningar", [
            ("Arvoden till ställföreträdare beslutas och betalas ut enligt fastställda riktlinjer",
             "Nämndsekreterare", "Årligen", "", "", "G", "20 arvodesbeslut kontrollerade.", "GENOMFORD", "nej"),
            ("Kontroll av att uttag från spärrat konto har överförmyndarens samtycke", "Handläggare", "Årligen",
             "", "", "", "Se bilaga 2", "OKLAR", ""),
            ("Ersättning för resor och utlägg attesteras enligt attestordningen", "Nämndsekreterare", "Årligen",
             "", "", "–", "Ej aktuellt, hanteras av kommunstyrelsen från 2025.", "UTGAR", ""),
            ("Kontroll av hantering av allmänna handlingar och sekretess vid utlämnande", "Registrator",
             "Varje tertial", "G", "G", "G", "", "GENOMFORD", "nej"),
        ]),
    ]
    fills = {"G": "92D050", "GA": "FFC000", "D": "FFFF00", "E": "FF0000", "–": "BFBFBF"}
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    fixprops(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Överförmyndarnämnden Svedala"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status per 31 december 2025"
    ws["A2"].font = Font(italic=True)
    # two-row header
    ws["A4"], ws["B4"], ws["C4"], ws["D4"], ws["G4"] = "Kontrollmoment", "Ansvarig", "Frekvens", "Status", "Kommentar"
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5"); ws.merge_cells("C4:C5")
    ws.merge_cells("D4:F4"); ws.merge_cells("G4:G5")
    ws["D5"], ws["E5"], ws["F5"] = "T1", "T2", "Helår"
    for r in (4, 5):
        for c in range(1, 8):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(r, c).border = border
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    for g, ctrls in groups:
        ws.cell(r, 1, g).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for km, ans, frek, t1, t2, hel, kom, st, av in ctrls:
            vals = [km, ans, frek, t1 or None, t2 or None, hel or None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="center" if 4 <= c <= 6 else None)
                if 4 <= c <= 6 and v in fills:
                    cell.fill = PatternFill("solid", fgColor=fills[v])
            exp(fil, namnd, km, st, av)
            r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = Font(bold=True)
    legend = [("G", "Genomförd utan avvikelse"), ("GA", "Genomförd med avvikelse"), ("D", "Delvis genomförd / pågår"),
              ("E", "Ej genomförd"), ("–", "Ej aktuell / utgår")]
    for code, txt in legend:
        r += 1
        ws.cell(r, 1, "%s = %s" % (code, txt))
        ws.cell(r, 4, code).fill = PatternFill("solid", fgColor=fills[code])
        ws.cell(r, 4).alignment = Alignment(horizontal="center")
    r += 2
    ws.cell(r, 1, "Sammanställt av Karin Olsson, nämndsekreterare, 2026-01-19")
    for i, w in enumerate([58, 18, 14, 7, 7, 8, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Word table from the bolag Svedalahem AB
# ---------------------------------------------------------------------------------------------
def svedalahem():
    fil = "Svedalahem rapport intern kontroll 2025.docx"
    namnd = "Svedalahem AB"
    rows = [
        ("1", "Hyresintäkter", "Hyresavisering stäms av mot hyresreskontra varje månad", "Ekonomichef",
         "Avstämning gjord varje månad, inga differenser.", "Utförd", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "2 fakturor hade attesterats av samma person som beställt (jäv). Rättat och rutin påmind.",
         "Utförd med avvikelse", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Upphandling av ramavtal för fastighetsunderhåll enligt LOU", "Fastighetschef",
         "Två av tre ramavtal upphandlade; ramavtal måleri annonseras i februari 2026.", "Delvis utförd",
         "DELVIS", ""),
        ("4", "Fastighet", "Kontroll av att lägenhetsbesiktning sker vid avflyttning", "Förvaltare",
         "Stickprov 20 avflyttningar – besiktningsprotokoll fanns i samtliga.", "Utförd", "GENOMFORD", "nej"),
        ("5", "Hyresgäst", "Uppföljning av hyresskulder och avhysningar", "Uthyrningschef",
         "Ej utförd under 2025, flyttas till internkontrollplan 2026.", "Ej utförd", "EJ_GENOMFORD", ""),
        ("6", "Säkerhet", "Brandskyddskontroll (SBA) i samtliga bostadsområden", "Driftchef",
         "Genomförd i alla 14 områden. Blockerade utrymningsvägar i 2 trapphus, åtgärdat.", "Utförd",
         "GENOMFORD", "ja"),
        ("7", "Säkerhet", "Hantering av nycklar och passersystem", "Driftchef", "", "", "SAKNAS", ""),
    ]
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Svedalahem AB"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Rapport intern kontroll 2025", level=1)
    d.add_paragraph("Svedalahem AB – helårsuppföljning per 2025-12-31")
    d.add_paragraph(
        "Styrelsen fastställde internkontrollplanen för 2025 den 12 februari 2025. Nedan redovisas utfallet "
        "av de kontroller som ingår i planen. Rapporten lämnas till Svedala kommun som underlag för "
        "kommunstyrelsens uppsiktsplikt.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Utfall/kommentar", "Status"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r[:6]):
            c.text = v
        exp(fil, namnd, r[2], r[6], r[7])
    d.add_paragraph("")
    d.add_paragraph("Bolagets samlade bedömning är att den interna kontrollen under 2025 har varit tillräcklig, "
                    "med förbättringsbehov inom attest och brandskydd.")
    d.add_paragraph("Svedala 2026-02-10")
    d.add_paragraph("Per Lind, VD")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 7. Scanned page as PDF – image only, no text layer -> AVVISAD
# ---------------------------------------------------------------------------------------------
def scan():
    fil = "Skannat dokument 2026-01-21.pdf"
    rnd = random.Random(602)
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    dr.text((120, 110), "Uppfoljning internkontrollplan 2025 - helar", fill=30)
    dr.text((120, 140), "Valnamnden Svedala kommun", fill=40)
    y = 220
    for _ in range(4):
        x = 120
        while x < 1050:
            w = rnd.randint(25, 90)
            dr.rectangle([x, y, x + w, y + 9], fill=rnd.randint(40, 90))
            x += w + rnd.randint(8, 16)
        y += 26
    # table grid
    y0 = 360
    for i in range(9):
        dr.line([110, y0 + i * 90, 1130, y0 + i * 90], fill=60, width=2)
    for x in (110, 480, 760, 960, 1130):
        dr.line([x, y0, x, y0 + 8 * 90], fill=60, width=2)
    for i in range(8):
        for (xa, xb) in ((120, 470), (490, 750), (770, 950), (970, 1120)):
            yy = y0 + i * 90 + 15
            for k in range(rnd.randint(1, 3)):
                dr.rectangle([xa, yy + k * 22, xa + rnd.randint(40, xb - xa - 10), yy + k * 22 + 8],
                             fill=rnd.randint(50, 110))
    for _ in range(5000):
        dr.point((rnd.randint(0, W - 1), rnd.randint(0, H - 1)), fill=rnd.randint(150, 220))
    img = img.rotate(0.7, fillcolor=246).filter(ImageFilter.GaussianBlur(0.6))
    img.save(fil, "PDF", resolution=150.0)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Svedalahem AB", "Svedalahem|Bostadsbolaget"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in "".join(r)
            f.write(";".join(r) + "\n")


if __name__ == "__main__":
    hypergene()
    stratsys()
    powerbi()
    sharepoint()
    ofn()
    svedalahem()
    scan()
    registers()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
