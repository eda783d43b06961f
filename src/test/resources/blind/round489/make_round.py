#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r489 - Arboga kommun, helår 2025 (delår + helår in every file).

Run:  /usr/bin/python3 make_round.py
Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv
in the folder of this script.  Deterministic: all content comes from the tables below.
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TableColumnProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"
PERIOD = "HELAR"
FIXED_DT = datetime.datetime(2026, 1, 28, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round489"

# --------------------------------------------------------------------------------------
# Register
# --------------------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "Kommunstyrelseförvaltningen"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "Individ- och familjeomsorgen", "IFO"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen"]),
    ("Tekniska nämnden", ["TN", "Tekniska förvaltningen", "Tekniska kontoret"]),
    ("Västra Mälardalens myndighetsförbund", ["VMMF", "Myndighetsförbundet", "Förbundsdirektionen"]),
    ("Arbogabostäder AB", ["Arboga Bostäder", "ABAB", "Arbogabostäder"]),
    ("Valnämnden", ["VN"]),
    ("Överförmyndarnämnden i Västra Mälardalen", ["ÖFN", "Överförmyndarnämnden", "Överförmyndarkontoret"]),
]

# expected rows collected while building: (fil, nämnd, kontrollmoment, status, avvikelse)
EXPECTED = []
# files rows: (fil, utfall, nämnd, år, period)
FILES = []


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ======================================================================================
# F1  Kommunstyrelsen - xlsx, "Status delår | Kommentar delår | Status helår | Kommentar helår"
# ======================================================================================
F1 = "IK-uppföljning 2025 Kommunstyrelsen.xlsx"
F1_ROWS = [
    # (group, nr, kontrollmoment, metod, ansvarig, st_d, kom_d, st_h, kom_h, expected, avv)
    ("Ekonomi", None),
    ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor per tertial", "Redovisningschef",
     "Genomförd", "20 fakturor kontrollerade. En faktura saknade beslutsattest.",
     "Genomförd", "Totalt 40 fakturor kontrollerade under året, 2 saknade beslutsattest. "
                  "Rutinen har förtydligats på APT i oktober.",
     "GENOMFORD", "ja"),
    ("1.2", "Kontroll av representation och övriga förtroendekänsliga poster",
     "Stickprov 10 verifikationer per halvår", "Ekonomichef",
     "Delvis genomförd", "Stickprov för januari–april klart, maj–augusti återstår.",
     "Genomförd", "Samtliga stickprov genomförda. Syfte och deltagare fanns angivna, inga avvikelser.",
     "GENOMFORD", "nej"),
    ("1.3", "Avstämning av balanskonton vid månadsbokslut",
     "Genomgång av avstämningsmallar", "Redovisningschef",
     "Genomförd", "Inga avvikelser.",
     "Genomförd", "Samtliga månader avstämda utan anmärkning.",
     "GENOMFORD", "nej"),
    ("Personal", None),
    ("2.1", "Timanställdas löner – kontroll av att utbetald lön har underlag i tidrapport attesterad av chef",
     "Stickprov 15 timanställda per månad", "Lönechef",
     "Ej genomförd", "Planeras till hösten.",
     "Delvis genomförd", "Kontroll gjord för oktober och november, inga avvikelser. "
                         "December hann inte kontrolleras p.g.a. bokslutsarbetet.",
     "DELVIS", "nej"),
    ("2.2", "Rehabiliteringsärenden hanteras enligt kommunens rehabiliteringsrutin",
     "Genomgång av samtliga pågående rehabärenden", "HR-chef",
     "Genomförd", "Sex ärenden granskade, rutinen följs.",
     "Genomförd med anmärkning", "3 av 12 ärenden saknade dokumenterad rehabiliteringsplan "
                                 "inom 30 dagar. Påminnelse till chefer skickad.",
     "GENOMFORD", "ja"),
    ("2.3", "Bisysslor redovisas och bedöms årligen",
     "Enkät till samtliga chefer", "HR-chef",
     "Genomförd", "Redovisning inhämtad från samtliga chefer i maj.",
     "Utgår", "Kontrollmomentet utgår enligt KS beslut 2025-10-07 § 156. Bisysslor hanteras "
              "fr.o.m. hösten i HR-systemet med automatisk årlig påminnelse.",
     "UTGAR", ""),
    ("Upphandling och inköp", None),
    ("3.1", "Avtalstrohet – inköp görs från avtalade leverantörer",
     "Analys av leverantörsreskontra mot avtalsdatabasen", "Upphandlingschef",
     "Delvis genomförd", "Analys av leverantörsreskontran påbörjad.",
     "Ej genomförd", "Analysverktyget har inte levererats. Kontrollen flyttas till internkontrollplan 2026.",
     "EJ_GENOMFORD", ""),
    ("3.2", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen för direktupphandling",
     "Granskning av samtliga direktupphandlingar > 100 tkr", "Upphandlingschef",
     "Genomförd", "5 direktupphandlingar granskade, samtliga dokumenterade.",
     "Genomförd", "Ytterligare 4 granskade under hösten. En saknade dokumentation av konkurrensutsättning.",
     "GENOMFORD", "ja"),
    ("Informationssäkerhet", None),
    ("4.1", "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personal",
     "Utdrag behörighetslista mot personalregister", "Systemförvaltare ekonomi",
     "Ej genomförd", "Genomförs under hösten.",
     "Genomförd", "Avstämning gjord i oktober. 6 behörigheter för avslutade anställningar har tagits bort.",
     "GENOMFORD", "ja"),
    ("Ärendehantering", None),
    ("5.1", "Inkomna handlingar diarieförs inom fem arbetsdagar",
     "Stickprov 30 handlingar", "Kanslichef",
     "Pågår", "Stickprov för våren pågår.",
     "Genomförd", "30 handlingar kontrollerade, 27 diarieförda inom fem arbetsdagar. "
                  "Tre registrerades för sent under semesterperioden.",
     "GENOMFORD", "ja"),
]


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def build_f1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Arboga kommun"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E79")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Delårsuppföljning per 2025-08-31 och helårsuppföljning per 2025-12-31"
    ws["A4"] = "Statusalternativ: Genomförd / Genomförd med anmärkning / Delvis genomförd / Ej genomförd / Utgår"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Kommentar delår",
           "Status helår", "Kommentar helår"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = thin_border()
    r += 1
    n_h = {}
    for row in F1_ROWS:
        if row[1] is None:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
            continue
        nr, km, metod, ansv, sd, kd, sh, kh, st, avv = row
        vals = [nr, km, metod, ansv, sd, kd, sh, kh]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = thin_border()
        exp(F1, "Kommunstyrelsen", km, st, avv)
        n_h[st] = n_h.get(st, 0) + 1
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning helår: %d genomförda, %d delvis genomförd, "
                                   "%d ej genomförd, %d utgår (av %d kontrollmoment)"
            % (n_h.get("GENOMFORD", 0), n_h.get("DELVIS", 0), n_h.get("EJ_GENOMFORD", 0),
               n_h.get("UTGAR", 0), sum(n_h.values()))).font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Eva Lindqvist, controller, 2026-01-28")
    ws.cell(row=r + 1, column=1, value="Behandlad i kommunstyrelsen 2026-02-10")
    widths = [6, 48, 30, 22, 16, 40, 22, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.properties.creator = "Eva Lindqvist"
    wb.properties.created = FIXED_DT
    wb.save(os.path.join(OUT, F1))
    FILES.append((F1, "INLAST", "Kommunstyrelsen", YEAR, PERIOD))


# ======================================================================================
# F2  Barn- och utbildningsnämnden - xlsx with sheets "Instruktion", "Delår", "Helår".
#     The nämnd is only in the print header and in the file name (BUF).
# ======================================================================================
F2 = "BUF_IK_2025.xlsx"
F2_ROWS = [
    # (område, km, metod, ansvarig, delår status, delår kommentar, helår status, helår kommentar, åtgärd, exp, avv)
    ("Elevhälsa och närvaro",
     "Vårdnadshavare kontaktas samma dag vid ogiltig frånvaro",
     "Stickprov i Skola24 på tre skolor", "Rektorer",
     "Klar", "Rutinen följs på Gäddgårdsskolan och Stureskolan.",
     "Klar", "Stickprov även på Nybyskolan under hösten. Rutinen följs.", "",
     "GENOMFORD", "nej"),
    ("Personal",
     "Registerutdrag ur belastningsregistret har uppvisats före anställning",
     "Kontroll av samtliga nyanställningar", "HR-konsult",
     "Klar", "25 anställningar kontrollerade, 2 saknade dokumenterat utdrag.",
     "Klar", "Totalt 43 anställningar kontrollerade under året. 2 saknade dokumenterat registerutdrag "
             "(vårens avvikelser, åtgärdade).", "Checklista för anställning uppdaterad.",
     "GENOMFORD", "ja"),
    ("Ekonomi",
     "Fakturor för skolskjuts stäms av mot beställda turer",
     "Månadsvis avstämning mot turlistor", "Skolskjutssamordnare",
     "Pågår", "Avstämning januari–juni klar.",
     "Klar", "Samtliga månader avstämda. En felfakturering om 14 tkr har krediterats av entreprenören.", "",
     "GENOMFORD", "ja"),
    ("Trygghet och studiero",
     "Anmälan om kränkande behandling görs skyndsamt till huvudmannen",
     "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola",
     "Klar", "Samtliga anmälningar vårterminen inkomna inom tre dagar.",
     "Pågår", "Uppföljning av höstterminens anmälningar pågår, redovisas i februari.", "",
     "DELVIS", ""),
    ("Ekonomi",
     "Inventering av digitala enheter (elevdatorer och lärplattor) mot inventarieförteckning",
     "Inventering på två skolor", "IT-samordnare",
     "Klar", "Inventering genomförd på Gäddgårdsskolan, förteckningen stämde.",
     "Utgår", "Utgår enligt beslut BUN 2025-10-21 § 92 – ersätts av leasingavtal med full spårbarhet.", "",
     "UTGAR", ""),
    ("Ekonomi",
     "Grundbelopp till fristående förskolor beräknas enligt beslutad bidragsmodell",
     "Omräkning av två bidragsbeslut", "Förvaltningsekonom",
     "Ej påbörjad", "",
     "Ej påbörjad", "Skjuts till 2026 p.g.a. vakans på ekonomtjänsten.", "",
     "EJ_GENOMFORD", ""),
    ("Personal",
     "Lärare som tillsvidareanställs har legitimation och behörighet för undervisningen",
     "Kontroll mot Skolverkets legitimationsregister", "HR-konsult",
     "Klar", "Samtliga 9 tillsvidareanställda lärare har legitimation.",
     "Klar", "Ytterligare 6 kontrollerade, alla legitimerade.", "",
     "GENOMFORD", "nej"),
    ("Elevhälsa och närvaro",
     "Närvaro i modersmålsundervisningen registreras i Skola24",
     "Stickprov 20 elever", "Samordnare modersmål",
     "Pågår", "Stickprov påbörjat.",
     "", "Kontrollen slutförd i december. Närvaron registreras korrekt för samtliga 20 elever.", "",
     "GENOMFORD", "nej"),
]


def build_f2():
    wb = openpyxl.Workbook()
    wi = wb.active
    wi.title = "Instruktion"
    lines = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "Kontrollansvarig fyller i status och resultat på flikarna Delår och Helår.",
        "Delår avser perioden januari–augusti och lämnas senast 15 september.",
        "Helår avser hela året och lämnas senast 20 januari.",
        "",
        "Status väljs i rullistan:",
        "   Klar = kontrollen är genomförd",
        "   Pågår = kontrollen är påbörjad men inte avslutad",
        "   Ej påbörjad = kontrollen har inte påbörjats",
        "   Utgår = kontrollmomentet har strukits efter beslut",
        "",
        "Beskriv alltid resultatet och eventuella avvikelser i kolumnen Resultat/kommentar.",
        "Frågor: Lena Holm, förvaltningsekonom",
    ]
    for i, t in enumerate(lines, 1):
        wi.cell(row=i, column=1, value=t)
    wi["A1"].font = Font(bold=True, size=13)
    wi.column_dimensions["A"].width = 90

    for sheet, title, cols in (
            ("Delår", "Uppföljning internkontrollplan 2025 – Delår (januari–augusti)",
             ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat/kommentar"]),
            ("Helår", "Uppföljning internkontrollplan 2025 – Helår",
             ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat/kommentar",
              "Åtgärd"])):
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppdaterad 2025-09-12" if sheet == "Delår" else "Uppdaterad 2026-01-19"
        ws["A2"].font = Font(italic=True, size=9)
        for c, h in enumerate(cols, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="FCE4D6")
            cell.border = thin_border()
        dv = DataValidation(type="list", formula1='"Klar,Pågår,Ej påbörjad,Utgår"', allow_blank=True)
        ws.add_data_validation(dv)
        for i, row in enumerate(F2_ROWS):
            omr, km, metod, ansv, sd, kd, sh, kh, atg, st, avv = row
            r = 5 + i
            if sheet == "Delår":
                vals = [omr, km, metod, ansv, sd, kd]
            else:
                vals = [omr, km, metod, ansv, sh, kh, atg]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = thin_border()
            dv.add(ws.cell(row=r, column=5))
        for col, w in zip("ABCDEFG", [22, 50, 30, 24, 13, 55, 35]):
            ws.column_dimensions[col].width = w
        ws.oddHeader.center.text = "Barn- och utbildningsnämnden – Internkontroll 2025"
        ws.oddHeader.right.text = "&D"
        ws.oddFooter.center.text = "Sida &P av &N"
        ws.page_setup.orientation = "landscape"
        ws.print_title_rows = "4:4"
    for row in F2_ROWS:
        exp(F2, "Barn- och utbildningsnämnden", row[1], row[9], row[10])
    wb.properties.creator = "Lena Holm"
    wb.properties.created = FIXED_DT
    wb.active = 2
    wb.save(os.path.join(OUT, F2))
    FILES.append((F2, "INLAST", "Barn- och utbildningsnämnden", YEAR, PERIOD))


# ======================================================================================
# F3  Stratsys export (CSV) - two nämnder, one row per control and period.
# ======================================================================================
F3 = "Stratsys_IK_export_20260115.csv"
COLOR = {"Genomförd": "Grön", "Delvis genomförd": "Gul", "Ej genomförd": "Röd", "Avbruten": "Grå", "": ""}
F3_CONTROLS = [
    # (org, process, km, ansvarig, [(period, status, kommentar, user, date)], exp, avv)
    ("Vård- och omsorgsnämnden", "Hälso- och sjukvård",
     "Läkemedelshantering – signeringslistor kontrolleras månadsvis", "MAS Karin Sjöberg",
     [("2025 Delår", "Delvis genomförd", "Kontroll gjord på 4 av 6 enheter.", "ksjob", "2025-09-10 10:14"),
      ("2025 Helår", "Genomförd", "Samtliga enheter kontrollerade. 11 osignerade administreringar "
                                  "upptäcktes, åtgärdsplan upprättad tillsammans med enhetscheferna.",
       "ksjob", "2026-01-12 15:40")],
     "GENOMFORD", "ja"),
    ("Vård- och omsorgsnämnden", "Avgifter",
     "Avgiftsdebitering inom hemtjänsten stämmer med beviljade insatser", "Avgiftshandläggare",
     [("2025 Delår", "Genomförd", "Stickprov 25 brukare, 1 felaktig debitering rättad.", "mnyst",
       "2025-09-08 09:02"),
      ("2025 Helår", "Genomförd", "Totalt 50 brukare i stickprov, 2 felaktiga debiteringar har rättats.",
       "mnyst", "2026-01-09 11:21")],
     "GENOMFORD", "ja"),
    ("Vård- och omsorgsnämnden", "Informationssäkerhet",
     "Loggkontroll i verksamhetssystemet Treserva", "Systemförvaltare",
     [("2025 Delår", "Ej genomförd", "Ny loggfunktion är inte driftsatt.", "pandr", "2025-09-11 13:45"),
      ("2025 Helår", "Delvis genomförd", "Loggkontroll genomförd för hemtjänsten, inga otillåtna "
                                         "åtkomster. Särskilt boende återstår.", "pandr", "2026-01-14 08:30")],
     "DELVIS", "nej"),
    ("Vård- och omsorgsnämnden", "Myndighetsutövning",
     "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut", "Enhetschefer",
     [("2025 Delår", "Genomförd", "Stickprov 30 planer, 28 inom tidsgränsen.", "lfors", "2025-09-09 16:05"),
      ("2025 Helår", "Avbruten", "Kontrollmomentet avbröts genom beslut i VON 2025-11-12 § 104 och ersätts av "
                                 "kvalitetsuppföljning i ledningssystemet.", "lfors", "2026-01-13 10:02")],
     "UTGAR", ""),
    ("Vård- och omsorgsnämnden", "Personal",
     "Timanställdas arbetade tid stäms av mot schema i bemanningssystemet", "Bemanningsenheten",
     [("2025 Delår", "Ej genomförd", "", "bemann", "2025-09-15 08:00"),
      ("2025 Helår", "Ej genomförd", "Ej genomförd p.g.a. byte av bemanningssystem under hösten.", "bemann",
       "2026-01-15 07:55")],
     "EJ_GENOMFORD", ""),
    ("Vård- och omsorgsnämnden", "Ekonomi",
     "Brukares privata medel (kontantkassor) på särskilt boende inventeras", "Enhetschefer SÄBO",
     [("2025 Delår", "Genomförd", "Kassorna på Ekbacken och Lindgården inventerade, inga avvikelser.", "lfors",
       "2025-09-09 16:20")],
     "GENOMFORD", "nej"),
    ("Socialnämnden", "Ekonomiskt bistånd",
     "Utbetalning av ekonomiskt bistånd kontrolleras mot beslut och underlag", "Enhetschef försörjningsstöd",
     [("2025 Delår", "Genomförd", "20 ärenden granskade, inga avvikelser.", "jhamm", "2025-09-05 14:12"),
      ("2025 Helår", "Genomförd", "Totalt 40 ärenden granskade, inga felaktiga utbetalningar.", "jhamm",
       "2026-01-08 09:47")],
     "GENOMFORD", "nej"),
    ("Socialnämnden", "Barn och unga",
     "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef barn och unga",
     [("2025 Delår", "Delvis genomförd", "Granskning av första halvåret klar.", "sbeng", "2025-09-12 11:00"),
      ("2025 Helår", "Genomförd", "92 % av anmälningarna bedömdes inom 14 dagar. 7 anmälningar bedömdes för "
                                  "sent under sommaren.", "sbeng", "2026-01-13 13:31")],
     "GENOMFORD", "ja"),
    ("Socialnämnden", "Placeringar",
     "Placeringar i HVB och familjehem görs enligt ramavtal", "Enhetschef barn och unga",
     [("2025 Delår", "Genomförd", "Samtliga placeringar under våren enligt avtal.", "sbeng", "2025-09-12 11:04"),
      ("2025 Helår", "Delvis genomförd", "Två placeringar utanför ramavtal under hösten, motiveringen granskas "
                                         "fortfarande.", "sbeng", "2026-01-13 13:40")],
     "DELVIS", "ja"),
    ("Socialnämnden", "Personal",
     "Registerutdrag kontrolleras vid anställning inom barn- och ungdomsvården", "HR-konsult",
     [("2025 Delår", "Ej genomförd", "Inga nyanställningar under perioden.", "hrkon", "2025-09-03 10:00"),
      ("2025 Helår", "Genomförd", "Samtliga 6 nyanställda har uppvisat registerutdrag.", "hrkon",
       "2026-01-07 10:10")],
     "GENOMFORD", "nej"),
    ("Socialnämnden", "Informationssäkerhet",
     "Samtycke dokumenteras vid informationsutbyte med andra myndigheter", "Enhetschef vuxen",
     [("2025 Delår", "Ej genomförd", "", "tlars", "2025-09-15 09:00"),
      ("2025 Helår", "", "Se bilaga 3.", "tlars", "2026-01-15 09:12")],
     "OKLAR", ""),
]


def build_f3():
    path = os.path.join(OUT, F3)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Statusfärg",
                    "Kommentar", "Uppdaterad av", "Uppdaterad"])
        for org, proc, km, ansv, periods, st, avv in F3_CONTROLS:
            for per, s, kom, user, dt in periods:
                w.writerow([org, proc, km, ansv, per, s, COLOR[s], kom, user, dt])
            exp(F3, org, km, st, avv)
    FILES.append((F3, "INLAST", "Vård- och omsorgsnämnden", YEAR, PERIOD))
    FILES.append((F3, "INLAST", "Socialnämnden", YEAR, PERIOD))


# ======================================================================================
# F4  Kultur- och fritidsnämnden - docx, header row "Uppföljning" merged over "Delår | Helår"
# ======================================================================================
F4 = "KFN uppföljning internkontrollplan 2025.docx"
F4_ROWS = [
    # (process, km, metod, delår, helår, exp, avv)
    ("Bidragshantering",
     "Föreningsbidrag betalas ut enligt beslutade riktlinjer och med fullständigt underlag",
     "Stickprov 10 bidragsbeslut per halvår",
     "Genomförd.\n10 bidragsbeslut granskade, inga avvikelser.",
     "Genomförd.\nTotalt 22 beslut granskade. Ett beslut saknade verksamhetsberättelse – komplettering har begärts.",
     "GENOMFORD", "ja"),
    ("Bidragshantering",
     "Uthyrning av idrottsanläggningar faktureras enligt beslutad taxa",
     "Avstämning bokningssystem mot fakturering",
     "Delvis genomförd.\nAvstämning för vårterminen pågår.",
     "Genomförd.\nAvstämning klar för hela året, inga differenser.",
     "GENOMFORD", "nej"),
    ("Kontanthantering",
     "Dagskassor på biblioteket och Arboga badhus stäms av dagligen",
     "Kontroll av kassarapporter en vecka per månad",
     "Genomförd.\nInga differenser.",
     "Genomförd med anmärkning.\nDifferens på 450 kr på badhuset i november, utredd och rapporterad.",
     "GENOMFORD", "ja"),
    ("Konst och kulturarv",
     "Inköpta konstverk registreras i konstregistret",
     "Jämförelse inköpsfakturor mot register",
     "Ej påbörjad.",
     "Ej genomförd.\nKonstregistret byts ut 2026 och kontrollen flyttas till nästa års plan.",
     "EJ_GENOMFORD", ""),
    ("Säkerhet",
     "Säkerhetsgenomgång av lekplatser och spontanidrottsytor",
     "Okulär besiktning två gånger per år",
     "Genomförd.\nVårens genomgång klar, två lekredskap åtgärdade.",
     "Utgår.\nAnsvaret för lekplatserna överfördes till Tekniska nämnden 2025-09-01.",
     "UTGAR", ""),
    ("Säkerhet",
     "Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete",
     "Genomgång av protokoll från skyddsronder",
     "Delvis genomförd.\nSkyddsronder klara på biblioteket och badhuset.",
     "Delvis genomförd.\nSkyddsrond på Medborgarhuset återstår, bokad i januari 2026.",
     "DELVIS", ""),
    ("Fritidsgårdar",
     "Ledare i fritidsgårdsverksamheten har uppvisat utdrag ur belastningsregistret",
     "Kontroll av samtliga ledare",
     "Genomförd.\nSamtliga ledare kontrollerade.",
     "Genomförd.\nSamtliga 14 ledare har uppvisat utdrag, inga avvikelser.",
     "GENOMFORD", "nej"),
]


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def fix_core(d, author):
    d.core_properties.author = author
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1


def build_f4():
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "ARBOGA KOMMUN\tKultur- och fritidsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden – helårsuppföljning")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 88). Planen innehåller sju "
        "kontrollmoment. Kontrollerna har följts upp vid delår (per 31 augusti) och vid helår (per 31 december). "
        "Resultatet redovisas i tabellen nedan, där kolumnen Delår visar vad som rapporterades i "
        "delårsrapporten och kolumnen Helår visar årets slutliga resultat.")
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Process", "Kontrollmoment", "Kontrollmetod/frekvens"]
    for i, h in enumerate(heads):
        a = t.cell(0, i).merge(t.cell(1, i))
        cell_text(a, h, bold=True)
        set_cell_bg(a, "D9E2F3")
    m = t.cell(0, 3).merge(t.cell(0, 4))
    cell_text(m, "Uppföljning", bold=True)
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_cell_bg(m, "D9E2F3")
    cell_text(t.cell(1, 3), "Delår", bold=True)
    cell_text(t.cell(1, 4), "Helår", bold=True)
    set_cell_bg(t.cell(1, 3), "D9E2F3")
    set_cell_bg(t.cell(1, 4), "D9E2F3")
    # mark header rows as repeating
    for ri in (0, 1):
        trPr = t.rows[ri]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)
    start = None
    prev = None
    for proc, km, metod, dl, hl, st, avv in F4_ROWS:
        row = t.add_row()
        ri = len(t.rows) - 1
        cell_text(row.cells[1], km)
        cell_text(row.cells[2], metod)
        cell_text(row.cells[3], dl)
        cell_text(row.cells[4], hl)
        if proc == prev:
            # vertical merge of the process cell
            merged = t.cell(start, 0).merge(t.cell(ri, 0))
            cell_text(merged, proc)
        else:
            cell_text(row.cells[0], proc)
            start = ri
        prev = proc
        exp(F4, "Kultur- och fritidsnämnden", km, st, avv)
    widths = [Cm(3.0), Cm(5.0), Cm(3.5), Cm(3.5), Cm(4.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning: Förvaltningen bedömer att den interna kontrollen under 2025 "
                    "i huvudsak har varit tillräcklig. De avvikelser som upptäckts har åtgärdats.")
    d.add_paragraph("Arboga 2026-01-20")
    d.add_paragraph("Anna Berg\nKultur- och fritidschef")
    fix_core(d, "Anna Berg")
    d.save(os.path.join(OUT, F4))
    FILES.append((F4, "INLAST", "Kultur- och fritidsnämnden", YEAR, PERIOD))


# ======================================================================================
# F5  Tekniska nämnden - .ods; delår has words, helår is only a fill colour (+ optional comment)
# ======================================================================================
F5 = "Tekniska nämnden IK helår 2025.ods"
HEX = {"grön": "#00B050", "gul": "#FFC000", "röd": "#FF0000", "grå": "#A6A6A6"}
F5_ROWS = [
    # (nr, område, km, risk, ansvarig, delår status, delår kommentar, helår färg, helår kommentar, exp, avv)
    (1, "Gata/park", "Fakturor för vinterväghållning stäms av mot entreprenörens körjournaler", 12,
     "Gatuchef", "Genomförd", "Januari–mars kontrollerade, inga avvikelser.",
     "grön", "November–december kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
    (2, "VA", "Provtagning av dricksvatten sker enligt fastställt kontrollprogram", 16,
     "VA-chef", "Genomförd", "Samtliga prover utan anmärkning.",
     "grön", "Alla prover under året tagna enligt programmet, inga otjänliga prover.", "GENOMFORD", "nej"),
    (3, "Ekonomi", "Leverantörsfakturor beslutsattesteras av behörig attestant enligt attestlistan", 9,
     "Controller", "Delvis genomförd", "Stickprov på gata/park klart, fastighet återstår.",
     "grön", "Fastighet kontrollerad i oktober. Inga avvikelser.", "GENOMFORD", "nej"),
    (4, "Gata/park", "Huvudbesiktning av kommunens lekplatser", 12,
     "Parkingenjör", "Ej påbörjad", "Ansvaret för lekplatserna överförs från KFN 1 september.",
     "gul", "Huvudbesiktning gjord på 12 av 19 lekplatser.", "DELVIS", ""),
    (5, "Upphandling", "Priser för asfaltering faktureras enligt ramavtal", 8,
     "Gatuchef", "Ej påbörjad", "Asfalteringssäsongen pågår.",
     "röd", "Ej utförd – kontrollansvarig sjukskriven under hösten.", "EJ_GENOMFORD", ""),
    (6, "Fastighet", "Nyckelkvittenser finns för utlämnade nycklar till kommunens fastigheter", 6,
     "Fastighetschef", "Genomförd", "Kvittenser kontrollerade för tre skolor.",
     "grå", "Nytt elektroniskt låssystem infört i september, kontrollen utgår.", "UTGAR", ""),
    (7, "Fordon", "Tankkort och körjournaler för kommunens fordon stäms av", 6,
     "Fordonssamordnare", "Pågår", "",
     "grön", "", "GENOMFORD", ""),
    (8, "Fastighet", "Felanmälningar åtgärdas inom utlovad tid", 4,
     "Driftchef", "Genomförd", "85 % av felanmälningarna åtgärdade inom utlovad tid.",
     "gul", "Uppföljning av hösten påbörjad, rapporten är inte färdig.", "DELVIS", ""),
]


def build_f5():
    doc = OpenDocumentSpreadsheet()
    auto = doc.automaticstyles

    def cstyle(name, bg=None, bold=False, size=None, wrap=True, italic=False):
        s = Style(name=name, family="table-cell")
        kw = {"border": "0.5pt solid #808080", "verticalalign": "top"}
        if wrap:
            kw["wrapoption"] = "wrap"
        if bg:
            kw["backgroundcolor"] = bg
        s.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if italic:
            tk["fontstyle"] = "italic"
        if size:
            tk["fontsize"] = size
        if tk:
            s.addElement(TextProperties(**tk))
        auto.addElement(s)
        return s

    def plain(name, bold=False, size=None, italic=False):
        s = Style(name=name, family="table-cell")
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if italic:
            tk["fontstyle"] = "italic"
        if size:
            tk["fontsize"] = size
        s.addElement(TextProperties(**tk))
        auto.addElement(s)
        return s

    st_title = plain("title", bold=True, size="14pt")
    st_sub = plain("sub", italic=True)
    st_plain = plain("pl")
    st_head = cstyle("head", bg="#D9D9D9", bold=True)
    st_body = cstyle("body")
    st_col = {k: cstyle("fill_" + str(i), bg=v) for i, (k, v) in enumerate(HEX.items())}

    widths = ["1.0cm", "2.6cm", "7.5cm", "1.6cm", "3.2cm", "3.2cm", "6.0cm", "2.0cm", "6.5cm"]
    table = Table(name="IK 2025")
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        auto.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def txtcell(text, style=None, span=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        if text is None or text == "":
            return TableCell(**kw)
        if isinstance(text, (int, float)):
            c = TableCell(valuetype="float", value=text, **kw)
            c.addElement(P(text=str(text)))
            return c
        c = TableCell(valuetype="string", **kw)
        for line in str(text).split("\n"):
            c.addElement(P(text=line))
        return c

    def addrow(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        table.addElement(tr)

    addrow([txtcell("Tekniska nämnden – Internkontroll 2025", st_title)])
    addrow([txtcell("Uppföljning delår (per 31 augusti) och helår (per 31 december)", st_sub)])
    addrow([txtcell("Helår markeras med färg i kolumn H, se färgförklaring nedanför tabellen.", st_sub)])
    addrow([TableCell()])
    heads = ["Nr", "Område", "Kontrollmoment", "Risk (1–16)", "Ansvarig", "Delår status", "Delår kommentar",
             "Helår", "Helår kommentar"]
    addrow([txtcell(h, st_head) for h in heads])
    for nr, omr, km, risk, ansv, sd, kd, col, kh, st, avv in F5_ROWS:
        addrow([txtcell(nr, st_body), txtcell(omr, st_body), txtcell(km, st_body), txtcell(risk, st_body),
                txtcell(ansv, st_body), txtcell(sd, st_body), txtcell(kd, st_body),
                TableCell(stylename=st_col[col]), txtcell(kh, st_body)])
        exp(F5, "Tekniska nämnden", km, st, avv)
    addrow([TableCell()])
    addrow([txtcell("Färgförklaring helår:", plain("lg", bold=True))])
    for col, label in (("grön", "Genomförd"), ("gul", "Delvis genomförd / pågår"), ("röd", "Ej genomförd"),
                       ("grå", "Utgår")):
        addrow([TableCell(), TableCell(stylename=st_col[col]), txtcell(label, st_plain)])
    addrow([TableCell()])
    addrow([txtcell("Upprättad av: Johan Ek, teknisk chef, 2026-01-16", st_plain)])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, F5))
    FILES.append((F5, "INLAST", "Tekniska nämnden", YEAR, PERIOD))


# ======================================================================================
# F6  Västra Mälardalens myndighetsförbund - .xls (via LibreOffice), codes G/D/E/U,
#     "Status 31 aug | Status 31 dec", helår left blank for some controls.
# ======================================================================================
F6 = "VMMF_internkontroll_2025.xls"
F6_ROWS = [
    # (process, km, ansvarig, frekvens, aug, dec, kommentar, exp, avv)
    ("Bygglov", "Beslut om bygglov fattas inom 10 veckor från komplett ansökan", "Enhetschef bygg",
     "Tertialvis", "D", "D", "88 % av besluten inom lagstadgad tid. 9 ärenden överskred tidsfristen.",
     "DELVIS", "ja"),
    ("Livsmedel", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", "Administratör",
     "Halvår", "G", "G", "Stickprov 30 fakturor, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
    ("Handläggning", "Handläggare har inte handlagt ärenden där jäv föreligger", "Förbundsdirektör",
     "Årlig", "G", None, "Genomgång av 40 ärenden vid delår, inget jäv konstaterat.", "GENOMFORD", "nej"),
    ("Handläggning", "Delegationsbeslut anmäls till direktionen", "Nämndsekreterare",
     "Varje sammanträde", "G", None, None, "GENOMFORD", ""),
    ("Miljö", "Tillsynsplanen för miljöfarlig verksamhet följs", "Enhetschef miljö",
     "Halvår", "D", None, "Per 31 augusti genomförda 45 % av planerade inspektioner.", "DELVIS", ""),
    ("Arkiv", "Avslutade bygglovsärenden arkiveras enligt dokumenthanteringsplanen", "Arkivredogörare",
     "Halvår", "E", "G", "Eftersläpningen ikapp i november.", "GENOMFORD", "nej"),
    ("Informationssäkerhet", "Behörigheter i ärendesystemet Ecos stäms av mot personallista",
     "Systemförvaltare", "Årlig", None, None, None, "SAKNAS", ""),
    ("Handläggning", "Förelägganden granskas av jurist innan beslut", "Jurist",
     "Löpande", "E", "U", "Utgår enligt direktionsbeslut 2025-09-18 § 41.", "UTGAR", ""),
]


def build_f6(tmp):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Västra Mälardalens myndighetsförbund"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Förbundsdirektionen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Medlemskommuner: Arboga, Köping, Kungsör"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status 31 aug", "Status 31 dec",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = thin_border()
    for i, (proc, km, ansv, frek, aug, dec, kom, st, avv) in enumerate(F6_ROWS):
        r = 6 + i
        for c, v in enumerate([proc, km, ansv, frek, aug, dec, kom], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal=("center" if c in (5, 6) else None))
            cell.border = thin_border()
        exp(F6, "Västra Mälardalens myndighetsförbund", km, st, avv)
    r = 6 + len(F6_ROWS) + 1
    ws.cell(row=r, column=1, value="Förklaring:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="G = Genomförd")
    ws.cell(row=r + 2, column=1, value="D = Delvis genomförd")
    ws.cell(row=r + 3, column=1, value="E = Ej genomförd")
    ws.cell(row=r + 4, column=1, value="U = Utgår")
    ws.cell(row=r + 6, column=1, value="Redovisad för direktionen 2026-02-05")
    for col, w in zip("ABCDEFG", [18, 55, 20, 16, 13, 13, 55]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "VMMF_internkontroll_2025.xlsx")
    wb.properties.created = FIXED_DT
    wb.save(src)
    lo_convert(src, "xls:MS Excel 97", tmp)
    shutil.move(os.path.join(tmp, "VMMF_internkontroll_2025.xls"), os.path.join(OUT, F6))
    FILES.append((F6, "INLAST", "Västra Mälardalens myndighetsförbund", YEAR, PERIOD))


# ======================================================================================
# F7  Arbogabostäder AB - .doc (via LibreOffice); "Status 2024" beside "Status 2025", the 2025
#     cell holds "Delår: …" and "Helår: …" lines.
# ======================================================================================
F7 = "Arbogabostäder IK 2025.doc"
F7_ROWS = [
    # (nr, km, ansvarig, status 2024, status 2025 (multi-line), kommentar 2025, exp, avv)
    (1, "Hyresavier – 2025 års hyreshöjning har lagts in korrekt", "Ekonomichef",
     "Genomförd", "Delår: Genomförd\nHelår: Genomförd", "Stickprov 30 lägenheter, samtliga korrekta.",
     "GENOMFORD", "nej"),
    (2, "Nya leverantörer och ändrade bankuppgifter i leverantörsregistret verifieras", "Ekonomichef",
     "Ej genomförd", "Delår: Delvis\nHelår: Genomförd",
     "Samtliga ändringar av bankgiro verifierade genom återringning. En bluffaktura stoppades i oktober.",
     "GENOMFORD", "ja"),
    (3, "Anställda lämnar årlig redovisning av bisysslor och jävsförhållanden", "VD",
     "Genomförd", "Delår: Ej påbörjad\nHelår: Delvis", "18 av 24 anställda har lämnat redovisning.",
     "DELVIS", ""),
    (4, "Systematiskt brandskyddsarbete – kontroll av trapphus i flerbostadshus", "Förvaltare",
     "Delvis", "Delår: Genomförd\nHelår: Utgår",
     "Utgår som internkontrollmoment – ingår från hösten i de ordinarie fastighetsronderna.",
     "UTGAR", ""),
    (5, "Lägenheter förmedlas enligt uthyrningspolicyn (kötid och förtur)", "Uthyrningsansvarig",
     "Genomförd", "Delår: Ej genomförd\nHelår: Ej genomförd", "Ej genomförd p.g.a. byte av hyressystem.",
     "EJ_GENOMFORD", ""),
    (6, "Avtalsuppföljning av entreprenörer för snöröjning och grönyteskötsel", "Driftchef",
     "Ej genomförd", "Delår: Genomförd", "Inga avvikelser vid delårsuppföljningen.",
     "GENOMFORD", "nej"),
    (7, "Fakturor attesteras enligt bolagets attestordning", "Ekonomichef",
     "Genomförd", "Delår: Genomförd\nHelår: Genomförd med avvikelse",
     "2 fakturor hade attesterats av person med jäv. Attestlistan har uppdaterats.",
     "GENOMFORD", "ja"),
    (8, "Kundfordringar äldre än 90 dagar följs upp och hyresförluster bokförs", "Ekonomichef",
     "Genomförd", "", "", "SAKNAS", ""),
]


def build_f7(tmp):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Arbogabostäder AB\tInternkontroll\t2026-02-12"
    d.add_heading("Internkontroll 2025 – uppföljning", level=1)
    d.add_paragraph("Rapport till styrelsen för Arbogabostäder AB, sammanträde 2026-02-12. "
                    "Tabellen visar föregående års status samt årets status vid delår och helår.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Ansvarig", "Status 2024", "Status 2025", "Kommentar 2025"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        set_cell_bg(t.rows[0].cells[i], "E7E6E6")
    for nr, km, ansv, s24, s25, kom, st, avv in F7_ROWS:
        row = t.add_row()
        for i, v in enumerate([str(nr), km, ansv, s24, s25, kom]):
            cell_text(row.cells[i], v)
        exp(F7, "Arbogabostäder AB", km, st, avv)
    widths = [Cm(1.0), Cm(7.5), Cm(3.2), Cm(2.8), Cm(4.2), Cm(7.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Statusalternativ: Genomförd, Genomförd med avvikelse, Delvis, Ej påbörjad, Ej genomförd, "
                    "Utgår.")
    d.add_paragraph("Per Axelsson, VD")
    fix_core(d, "Per Axelsson")
    src = os.path.join(tmp, "Arbogabostäder IK 2025.docx")
    d.save(src)
    lo_convert(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, "Arbogabostäder IK 2025.doc"), os.path.join(OUT, F7))
    FILES.append((F7, "INLAST", "Arbogabostäder AB", YEAR, PERIOD))


# ======================================================================================
# R  Reject: a covering letter (följebrev) - no follow-up in it.
# ======================================================================================
R1 = "Följebrev intern kontroll helår 2025 KFN.docx"


def build_reject():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "ARBOGA KOMMUN\tKultur- och fritidsförvaltningen"
    d.add_paragraph("2026-01-21")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_paragraph("Dnr KFN 2024/61")
    p = d.add_paragraph()
    r = p.add_run("Följebrev – uppföljning av intern kontroll helår 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Härmed översänds Kultur- och fritidsnämndens uppföljning av internkontrollplanen för 2025 "
        "(helår) inför kommunstyrelsens sammanställning.")
    d.add_paragraph(
        "Uppföljningen finns i den bifogade filen ”KFN uppföljning internkontrollplan 2025”. "
        "Nämnden behandlar uppföljningen på sitt sammanträde den 5 februari 2026. Protokollsutdrag "
        "skickas när protokollet är justerat.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Anna Berg\nKultur- och fritidschef\n0589-870 00")
    fix_core(d, "Anna Berg")
    d.save(os.path.join(OUT, R1))
    FILES.append((R1, "AVVISAD", "", "", ""))


# --------------------------------------------------------------------------------------
def lo_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", fmt,
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, al in NAMNDER:
            fh.write("%s;%s\n" % (n, "|".join(al)))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="round489-")
    try:
        build_f1()
        build_f2()
        build_f3()
        build_f4()
        build_f5()
        build_f6(tmp)
        build_f7(tmp)
        build_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
