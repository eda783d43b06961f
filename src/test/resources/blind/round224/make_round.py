#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r224 - Norrvalla kommun, helår 2025.
Theme: statuses as numbers and scales (1-4 / 0-3 scales with legends elsewhere,
percent, risk 'Bedömning' 1-5 beside the status, dot/star ratings, Y/N export).
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, 1-4 scale, legend on separate sheet "Skala"
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_IKP_2025_helar.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Norrvalla kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Helår (januari–december) 2025"
    ws["A4"] = "Status anges med siffra 1–4, se fliken ”Skala”."
    ws["A4"].font = Font(italic=True)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Status (1–4)", "Resultat/kommentar", "Åtgärd"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Ekonomiadministration", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Tertial", "Redovisningschef", 4,
             "Stickprov totalt 90 fakturor. Samtliga korrekt attesterade.", "",
             "GENOMFORD", "nej"),
            ("1.2", "Förtroendekänsliga poster",
             "Förtroendekänsliga poster – representation, resor och kurser",
             "Granskning av samtliga representationsfakturor över 2 000 kr", "Halvår", "Controller", 3,
             "2 av 41 fakturor saknade uppgift om deltagare och syfte. Återkoppling har skett till berörda chefer.",
             "Utbildning för chefer i februari 2026", "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut",
             "Kontroll av avstämningsunderlag", "Månadsvis", "Redovisningsekonom", 4,
             "Genomförd varje månad.", "", "GENOMFORD", "nej"),
        ]),
        ("Personal och lön", [
            ("2.1", "Lön",
             "Ändringar i lönesystemet (nyanställning, avslut, lönerevision) registreras i rätt tid",
             "Stickprov 20 ärenden per kvartal", "Kvartal", "HR-chef", 2,
             "Kvartal 1–3 kontrollerade. Kontrollen av kvartal 4 pågår och redovisas i februari 2026.", "",
             "DELVIS", ""),
            ("2.2", "Bisysslor", "Uppföljning av att bisysslor anmäls och prövas",
             "Enkät till samtliga chefer", "År", "HR-strateg", 1,
             "Ej genomförd på grund av vakans. Flyttas till 2026.", "Läggs in i IKP 2026",
             "EJ_GENOMFORD", ""),
        ]),
        ("Upphandling och inköp", [
            ("3.1", "Avtalstrohet", "Köp utanför ramavtal (avtalstrohet)",
             "Analys av leverantörsreskontran", "Halvår", "Upphandlingschef", 3,
             "Avtalstroheten uppgår till 87 %. Köp utanför avtal hos tre leverantörer av konsulttjänster.",
             "Dialog med berörda avdelningar", "GENOMFORD", "ja"),
            ("3.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Granskning av samtliga direktupphandlingar", "Halvår", "Upphandlingschef", None,
             "Kontrollen genomförd i november. Samtliga 12 granskade direktupphandlingar var dokumenterade, inga avvikelser.",
             "", "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet och ärendehantering", [
            ("4.1", "Behörigheter",
             "Behörigheter i ekonomisystemet följs upp och inaktuella konton tas bort",
             "Genomgång av behörighetslista", "Halvår", "Systemförvaltare", 4,
             "Genomgång gjord i juni och december.", "", "GENOMFORD", "nej"),
            ("4.2", "Diarieföring",
             "Allmänna handlingar diarieförs inom föreskriven tid",
             "Stickprov i ärendehanteringssystemet", "Tertial", "Kanslichef", "Utgår",
             "Utgår enligt beslut KS 2025-04-09 § 61. Ersätts av ny kontroll i 2026 års plan.", "",
             "UTGAR", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for row in rows:
            vals = row[:9]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, row[2], row[9], row[10])
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 9 kontrollmoment, varav 6 genomförda, 1 pågående, 1 ej genomförd och 1 utgången.")
    r += 2
    ws.cell(r, 1, "Sammanställt av: Karin Lund, controller, 2026-01-20")
    widths = [6, 22, 45, 32, 11, 20, 10, 55, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"

    sk = wb.create_sheet("Skala")
    sk["A1"] = "Statusskala för uppföljning av intern kontroll"
    sk["A1"].font = Font(bold=True)
    sk.append([])
    sk.append(["Status", "Betydelse"])
    for s, b in [(1, "Ej genomförd"), (2, "Påbörjad / pågår"),
                 (3, "Genomförd med avvikelse"), (4, "Genomförd utan avvikelse")]:
        sk.append([s, b])
    sk.append([])
    sk.append(["Kontrollmoment som strukits under året markeras ”Utgår” med hänvisning till beslut."])
    sk.column_dimensions["A"].width = 10
    sk.column_dimensions["B"].width = 30
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Karin Lund"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, percent "grad av genomförande" T2 + helår
# ---------------------------------------------------------------------------
def set_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1


def file_bun():
    fil = "BUN IK-uppföljning helår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    set_doc_props(d, "Barn- och utbildningsförvaltningen")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll 2025 – helårsrapport", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). I denna rapport redovisas "
        "genomförandet av planens kontrollmoment vid andra tertialet (T2, t.o.m. augusti) och för helåret. "
        "Iakttagelser och eventuella avvikelser beskrivs per kontrollmoment.")
    p = d.add_paragraph()
    run = p.add_run("Grad av genomförande anges i procent: 0 % = ej påbörjad, 25–75 % = påbörjad/delvis genomförd, "
                    "100 % = genomförd. ”–” = kontrollen har utgått.")
    run.italic = True
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Grad av genomförande T2", "Grad av genomförande helår",
           "Iakttagelser / avvikelser"]
    rows = [
        ("Ekonomi", "Kontroll av att elevpeng till fristående skolor betalas ut enligt beslutade belopp",
         "Ekonomichef BUF", "50 %", "100 %",
         "Samtliga utbetalningar oktober–december kontrollerade. Ett felaktigt belopp (tillägg för modersmål) "
         "korrigerades i november.", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller BUF", "50 %", "100 %",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Elevhälsa och trygghet",
         "Anmälningar om kränkande behandling anmäls till huvudman och utreds inom föreskriven tid",
         "Verksamhetschef grundskola", "50 %", "50 %",
         "Stickprov för vårterminen genomfört. Stickprovet för hösterminen görs i januari 2026.", "DELVIS", ""),
        ("Elevhälsa och trygghet", "Rutin för anmälan vid hög frånvaro följs upp", "Rektorer", "0 %", "0 %",
         "Ej genomförd. Ny frånvarorutin införs 2026 och kontrollen flyttas dit.", "EJ_GENOMFORD", ""),
        ("Förskola", "Barnomsorgsavgifter debiteras enligt maxtaxa och aktuella inkomstuppgifter",
         "Avgiftshandläggare", "100 %", "",
         "Kontrollen genomfördes i juni. 3 av 25 hushåll hade inaktuella inkomstuppgifter, avgifterna har "
         "justerats.", "GENOMFORD", "ja"),
        ("Personal", "Utdrag ur belastningsregistret har visats upp vid nyanställning",
         "HR-partner", "50 %", "100 %",
         "Stickprov 15 anställningar – samtliga utdrag uppvisade och dokumenterade.", "GENOMFORD", "nej"),
        ("Personal", "Lärare som undervisar och sätter betyg har legitimation och behörighet",
         "HR-partner", "50 %", "", "", "DELVIS", ""),
        ("Skolskjuts", "Beslut om skolskjuts fattas i enlighet med delegationsordningen",
         "Skolskjutshandläggare", "–", "–",
         "Utgår. Ansvaret för skolskjuts har flyttats till tekniska nämnden från 2025-07-01.", "UTGAR", ""),
        ("IT", "Inventering av elevdatorer och surfplattor mot inventarieregistret", "IT-samordnare",
         "0 %", "25 %", "Inventering påbörjad på 4 av 14 skolor.", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cells[i].text = v
        exp(fil, N, row[1], row[6], row[7])
    d.add_paragraph()
    d.add_paragraph("Sammanställning helår")
    t2 = d.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "Grad av genomförande helår"
    t2.rows[0].cells[1].text = "Antal kontrollmoment"
    for a, b in [("100 %", "3"), ("25–75 %", "2"), ("0 %", "1"), ("Ej ifyllt", "2"), ("Utgår", "1")]:
        cs = t2.add_row().cells
        cs[0].text = a
        cs[1].text = b
    d.add_paragraph()
    d.add_paragraph("Rapporten behandlades av barn- och utbildningsnämnden 2026-02-11 § 14.")
    d.add_paragraph("Maria Ek\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, two-row header, "Bedömning" = risk 1-5, status 0-3 with footnote legend
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_internkontroll_2025_helar.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per tertial. Denna version: helår 2025 (fastställd av nämnden 2026-01-22)."
    # two-row header
    top = ["Process", "Risk", "Kontrollmoment", "Bedömning*", "Kontrollansvarig", "Status**", None, None,
           "Kommentar helår"]
    sub = [None, None, None, None, None, "T1", "T2", "Helår", None]
    for c, v in enumerate(top, 1):
        if v is not None:
            ws.cell(4, c, v)
    for c, v in enumerate(sub, 1):
        if v is not None:
            ws.cell(5, c, v)
    for c in (1, 2, 3, 4, 5, 9):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=8)
    for rr in (4, 5):
        for c in range(1, 10):
            cell = ws.cell(rr, c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    rows = [
        ("Myndighetsutövning barn och unga", "Risk att utredningar inte avslutas inom fyra månader",
         "Kontroll av utredningstider barn och unga (11 kap. 2 § SoL)", 4, "Enhetschef barn och unga",
         1, 2, 3,
         "86 % av utredningarna avslutade inom fyra månader. 9 utredningar överskred tiden utan beslut om förlängning.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning barn och unga", "Risk att orosanmälningar inte förhandsbedöms inom 14 dagar",
         "Stickprov: förhandsbedömning av orosanmälningar inom 14 dagar", 5, "Enhetschef mottagning",
         1, 3, 3, "Samtliga 40 stickprov bedömda inom 14 dagar.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Risk för felaktiga utbetalningar",
         "Utbetalning av ekonomiskt bistånd föregås av dokumenterat beslut", 4, "Enhetschef försörjningsstöd",
         0, 1, 2, "30 akter av planerade 45 granskade. Kontroll av resterande 15 akter återstår.", "DELVIS", ""),
        ("Ekonomiskt bistånd", "Risk att beslutade återkrav inte följs upp",
         "Uppföljning av beslutade återkrav", 3, "Socialsekreterare, ekonomiskt bistånd",
         0, 0, 0, "Ej genomförd på grund av personalbrist. Läggs in i planen för 2026.", "EJ_GENOMFORD", ""),
        ("LSS", "Risk att gynnande beslut inte verkställs inom tre månader",
         "Rapportering av ej verkställda beslut till IVO och revisorerna", 4, "Verksamhetschef LSS",
         None, 3, None, None, "GENOMFORD", ""),
        ("Ekonomi", "Risk för felaktig attest",
         "Attest av leverantörsfakturor enligt attestordningen", 2, "Controller",
         3, 3, 3, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal", "Risk att personal saknar registerkontroll",
         "Kontroll av registerutdrag vid anställning inom LSS och barn och unga", 3, "HR-partner",
         None, None, None, "Se bilaga 2", "OKLAR", ""),
        ("Dokumentation", "Risk att genomförandeplaner saknas eller inte följs upp",
         "Granskning av genomförandeplaner inom LSS-boende", 3, "Enhetschef LSS-boende",
         None, None, None, None, "SAKNAS", ""),
        ("Placeringar", "Risk för placeringar utan avtal",
         "Placeringar på HVB sker hos ramavtalad leverantör eller efter dokumenterad direktupphandling", 4,
         "Enhetschef barn och unga", 1, 2, 3,
         "Två placeringar hos icke avtalad leverantör utan dokumenterad direktupphandling.", "GENOMFORD", "ja"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        for c in (4, 6, 7, 8):
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(r, 1, "* Bedömning = riskvärdering enligt nämndens riskmatris: 1 = obetydlig, 2 = låg, 3 = måttlig, "
                  "4 = hög, 5 = mycket hög risk.").font = Font(italic=True, size=9)
    ws.cell(r + 1, 1, "** Status: 0 = ej påbörjad, 1 = pågår, 2 = delvis genomförd, 3 = genomförd. "
                      "Eventuella avvikelser beskrivs i kommentaren.").font = Font(italic=True, size=9)
    for i, w in enumerate([24, 34, 46, 11, 24, 7, 7, 7, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys export - CSV, two förvaltningar (TN, KFN), Y/N columns, rows per period
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_IK_2025-12_TN_KFN.csv"
    hdr = ["Unit", "Plan", "Period", "ID", "Kontrollmoment", "Process", "Responsible",
           "Executed (Y/N)", "Deviation (Y/N)", "Comment", "Last modified"]
    TN = "Tekniska nämnden"
    KFN = "Kultur- och fritidsnämnden"
    tn_unit = "Tekniska förvaltningen"
    kfn_unit = "Kultur- och fritidsförvaltningen"
    plan = "Internkontrollplan 2025"
    lines = []
    tn = [
        ("TN-01", "Arbetsorder för gatuunderhåll attesteras av behörig beställare", "Gata/park", "Gatuchef",
         "Y", "N", "Stickprov 25 arbetsorder utan anmärkning.", "2025-12-15", "GENOMFORD", "nej"),
        ("TN-02", "Entreprenörers fakturering följer avtalade à-priser (vinterväghållning)", "Gata/park",
         "Driftingenjör", "Y", "Y",
         "Felaktigt debiterade maskintimmar hos en entreprenör, 48 tkr krediterat.", "2025-12-18",
         "GENOMFORD", "ja"),
        ("TN-03", "Drivmedelskort används endast för tjänstefordon", "Fordon", "Fordonssamordnare",
         "N", "", "Kontrollen har inte genomförts, rapportverktyget från leverantören har saknats under året.",
         "2025-12-19", "EJ_GENOMFORD", ""),
        ("TN-04", "Egenkontroll av dricksvattenprover enligt provtagningsprogram", "VA", "VA-chef",
         "Y", "N", "", "2025-12-10", "GENOMFORD", "nej"),
        ("TN-05", "Besiktning av lekplatser enligt SS-EN 1176", "Gata/park", "Parkingenjör",
         "", "", "Pågår, 31 av 46 lekplatser besiktigade.", "2025-12-20", "DELVIS", ""),
        ("TN-06", "Inventering av fastighetsnycklar och passerkort", "Fastighet", "Fastighetschef",
         "N/A", "", "Utgår - ersatt av nytt passersystem, beslut TN 2025-05-20 § 44.", "2025-06-02",
         "UTGAR", ""),
        ("TN-07", "Beställda skolskjutsturer stäms av mot fakturerade turer", "Skolskjuts",
         "Trafikhandläggare", "Y", "N",
         "Kontroll gjord för höstterminen 2025 (ansvaret övertogs från BUN 1 juli).", "2025-12-12",
         "GENOMFORD", "nej"),
    ]
    for t in tn:
        lines.append([tn_unit, plan, "2025 Helår", t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]])
        exp(fil, TN, t[1], t[8], t[9])
    # KFN: T2 rows and Helår rows
    kfn = [
        ("KFN-01", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningsstöd",
         "Föreningskonsulent",
         ("Y", "N", "Vårens aktivitetsstöd kontrollerat."),
         ("Y", "Y", "2 föreningar fick aktivitetsstöd för deltagare över åldersgränsen; återkrav skickat."),
         "GENOMFORD", "ja"),
        ("KFN-02", "Kontantkassor i simhall och bibliotek stäms av dagligen", "Kassahantering",
         "Enhetschef bad",
         ("Y", "N", ""),
         ("Y", "N", "Stickprov tre gånger per tertial, inga differenser."),
         "GENOMFORD", "nej"),
        ("KFN-03", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokning",
         "Bokningsansvarig",
         ("", "", ""),
         ("Y", "", ""),
         "GENOMFORD", ""),
        ("KFN-04", "Inventarieförteckningen för den offentliga konstsamlingen är uppdaterad", "Konst",
         "Konstintendent",
         ("N", "", "Ej påbörjad."),
         ("N", "", "Påbörjad under hösten, ca 60 % av verken inventerade. Slutförs våren 2026."),
         "DELVIS", ""),
        ("KFN-05", "Gallring och avskrivning av biblioteksmedia sker enligt rutin", "Bibliotek",
         "Bibliotekschef",
         ("", "", ""),
         ("", "", ""),
         "SAKNAS", ""),
    ]
    for k in kfn:
        lines.append([kfn_unit, plan, "2025 T2", k[0], k[1], k[2], k[3], k[4][0], k[4][1], k[4][2], "2025-09-10"])
    for k in kfn:
        lines.append([kfn_unit, plan, "2025 Helår", k[0], k[1], k[2], k[3], k[5][0], k[5][1], k[5][2],
                      "2025-12-22" if k[5][0] else ""])
        exp(fil, KFN, k[1], k[6], k[7])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsförvaltningen (MBN) - ODS with dot ratings, legend on row 3
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "SBF internkontroll 2025 helår.ods"
    N = "Miljö- och byggnadsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #000000", verticalalign="top"))
    doc.automaticstyles.addElement(cellst)
    widths = ["3.5cm", "8cm", "2.5cm", "3cm", "2.2cm", "9cm", "4cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    table = Table(name="Uppföljning 2025")
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def row(vals, style=None, span=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if span and i == 0:
                kw["numbercolumnsspanned"] = span
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(**kw)
                if v:
                    for part in str(v).split("\n"):
                        tc.addElement(P(text=part))
            tr.addElement(tc)
        table.addElement(tr)

    row(["Samhällsbyggnadsförvaltningen"], title)
    row(["Internkontroll 2025 – uppföljning helår"])
    row(["Genomförandegrad: ●●● = genomförd   ●●○ = till största delen genomförd   ●○○ = påbörjad   "
         "○○○ = ej påbörjad. Riskvärde = sannolikhet × konsekvens (1–16)."])
    row([])
    row(["Kontrollområde", "Kontrollmoment", "Riskvärde", "Genomförandegrad", "Avvikelse", "Resultat och åtgärder",
         "Ansvarig"], bold)
    data = [
        ("Bygglov", "Handläggningstid för bygglov inom tio veckor (9 kap. 27 § PBL)", 12, "●●●", "Ja",
         "94 % av ärendena avgjordes inom lagstadgad tid. 11 ärenden överskred tiden och avgiften reducerades.",
         "Bygglovschef", "GENOMFORD", "ja"),
        ("Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", 9, "●●●", "Nej",
         "Stickprov 20 ärenden.", "Bygglovschef", "GENOMFORD", "nej"),
        ("Tillsyn", "Planerad livsmedelskontroll genomförs enligt kontrollplanen", 8, "●●○", "Nej",
         "82 % av planerade kontroller genomförda. Resterande flyttas till första kvartalet 2026.",
         "Miljöchef", "DELVIS", "nej"),
        ("Tillsyn", "Årlig tillsynsavgift för miljöfarlig verksamhet debiteras", 6, "●○○", "",
         "Påbörjad i december.", "Administratör", "DELVIS", ""),
        ("Tillsyn", "Uppföljning av förelägganden med vite", 6, "○○○", "",
         "Ej genomförd.", "Miljöchef", "EJ_GENOMFORD", ""),
        ("Administration", "Delegationsbeslut anmäls till nämnden", 4, "●●●", "Nej", "",
         "Nämndsekreterare", "GENOMFORD", "nej"),
        ("Administration", "Jäv och bisysslor bland inspektörer och handläggare", 8, "Utgår", "",
         "Ingår i kommunstyrelsens kommungemensamma kontroll.", "Förvaltningschef", "UTGAR", ""),
        ("GIS/kart", "Adressregistret uppdateras löpande i Lantmäteriets system", 4, "", "",
         "Se separat rapport från GIS-enheten.", "GIS-samordnare", "OKLAR", ""),
    ]
    for d in data:
        row(list(d[:7]), cellst)
        exp(fil, N, d[1], d[7], d[8])
    row([])
    row(["Rapporten redovisad för miljö- och byggnadsnämnden 2026-02-04."])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorg - .xls, nämnd only in print header + file name, reversed 1-4 scale
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_uppfoljning_internkontroll_2025.xls"
    N = "Vård- och omsorgsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    # xlwt header setter is broken on py3 for str; set the private attribute directly
    ws._Worksheet__header_str = "&L&8Vård- och omsorgsnämnden&R&8Norrvalla kommun"
    ws._Worksheet__footer_str = "&CSida &P av &N"
    h1 = xlwt.easyxf("font: bold on, height 280")
    hb = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, "
                     "top thin, bottom thin; alignment: wrap on, vert centre")
    cw = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    cc = xlwt.easyxf("alignment: horiz centre, vert top; borders: left thin, right thin, top thin, bottom thin")
    fn = xlwt.easyxf("font: italic on, height 160")
    ws.write(0, 0, "Uppföljning internkontrollplan 2025", h1)
    ws.write(1, 0, "Helårsuppföljning, rapporterad 2026-01-28")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Utfall T1*", "Utfall T2*",
           "Utfall helår*", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, hb)
    rows = [
        ("V1", "Hemtjänst", "Utförd tid i hemtjänsten stämmer med beviljad tid",
         "Jämförelse planerad/utförd tid i planeringssystemet", "Enhetschefer hemtjänst", 3, 3, 2,
         "Utförd tid avviker mer än 15 % hos två hemtjänstgrupper. Åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("V2", "Läkemedel", "Läkemedelshantering enligt lokala rutiner – uppföljning av avvikelser",
         "Granskning av MAS", "MAS", 1, 1, 1, "", "GENOMFORD", "nej"),
        ("V3", "Avgifter", "Omsorgsavgifter beräknas på aktuella inkomstuppgifter",
         "Stickprov 30 brukare", "Avgiftshandläggare", 4, 3, 3,
         "Kontroll av 18 av 30 stickprov klar.", "DELVIS", ""),
        ("V4", "Särskilt boende",
         "Fallriskbedömning enligt Senior alert görs inom 14 dagar efter inflyttning",
         "Uttag ur kvalitetsregistret", "Sjuksköterskor SÄBO", 4, 4, 4,
         "Ej genomförd, registreringsstöd har saknats under året.", "EJ_GENOMFORD", ""),
        ("V5", "Ekonomi", "Hantering av brukares privata medel på särskilda boenden",
         "Kontroll av kassabok och kvitton", "Enhetschefer SÄBO", 3, 2, "",
         "Kontrollen avslutad i augusti. Kvitton saknades för tre inköp.", "GENOMFORD", "ja"),
        ("V6", "Personal", "Tidrapporter för timanställda attesteras före löneutbetalning",
         "Stickprov i personalsystemet", "Enhetschefer", "", "", 1, "", "GENOMFORD", "nej"),
        ("V7", "Bemanning", "Inhyrd personal från bemanningsföretag avropas enligt avtal",
         "Genomgång av fakturor", "Verksamhetschef", "", "", "Utgår",
         "Inga inhyrningar har gjorts under 2025.", "UTGAR", ""),
        ("V8", "Kvalitet", "Lex Sarah-rapporter utreds och avslutas inom två månader",
         "Genomgång av ärendelogg", "Kvalitetsstrateg", "", "", "", "", "SAKNAS", ""),
        ("V9", "Trygghetslarm", "Trygghetslarm testas och kvitteras vid installation",
         "Stickprov 20 installationer", "Larmsamordnare", 2, 1, 1, "", "GENOMFORD", "nej"),
    ]
    r = 4
    for row in rows:
        for c, v in enumerate(row[:9]):
            ws.write(r, c, v, cc if c in (0, 5, 6, 7) else cw)
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.write(r, 0, "* Skala: 1 = Genomförd utan avvikelse, 2 = Genomförd med avvikelse, 3 = Påbörjad, "
                   "4 = Ej påbörjad/ej genomförd", fn)
    ws.write(r + 1, 0, "Tom ruta = ingen rapportering för perioden.", fn)
    for i, w in enumerate([5, 16, 45, 32, 22, 9, 9, 10, 50]):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Norrvalla Bostäder AB (Norrvallahem) - Word .doc, one table per area, star ratings
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round224",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def file_bolag():
    fil = "Norrvallahem_IK_2025.doc"
    N = "Norrvalla Bostäder AB"
    d = docx.Document()
    set_doc_props(d, "Norrvallahem")
    d.add_heading("Norrvallahem – Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Rapport till styrelsen för Norrvalla Bostäder AB, sammanträde 2026-02-05.")
    d.add_paragraph(
        "Bolagets internkontrollplan för 2025 fastställdes av styrelsen i februari 2025. Nedan redovisas "
        "helårsutfallet per verksamhetsområde. Genomförandet anges med stjärnor enligt förklaring sist i rapporten.")
    hdr = ["Kontrollmoment", "Ansvarig", "Risk", "Genomförande", "Kommentar"]
    areas = [
        ("Hyresadministration", [
            ("Hyresavier skickas ut och hyresförändringar registreras korrekt efter hyresförhandling",
             "Ekonomichef", "Hög", "★★★",
             "Kontroll av 50 lägenheter efter 2025 års hyreshöjning, inga fel.", "GENOMFORD", "nej"),
            ("Hyresskulder överlämnas till inkasso enligt kravrutinen", "Kundtjänstchef", "Medel", "★★☆",
             "Rutinen följs. Uppföljningen av fjärde kvartalet återstår.", "DELVIS", ""),
        ]),
        ("Fastighetsförvaltning", [
            ("OVK (obligatorisk ventilationskontroll) genomförs enligt besiktningsplan", "Teknisk förvaltare",
             "Hög", "★★★", "Två fastigheter underkändes, åtgärdade i oktober.", "GENOMFORD", "ja"),
            ("Systematiskt brandskyddsarbete – egenkontroll i trapphus och källare", "Driftchef", "Hög", "★☆☆",
             "Egenkontrollerna har inte genomförts under hösten på grund av personalbrist.",
             "EJ_GENOMFORD", ""),
            ("Fakturor för underhållsentreprenader kontrolleras mot beställning före attest", "Projektchef",
             "Medel", "★★★", "", "GENOMFORD", ""),
        ]),
        ("Uthyrning", [
            ("Lägenheter fördelas enligt uthyrningspolicyn (kötid och förtur)", "Uthyrningschef", "Hög", "★★★",
             "Stickprov 20 kontrakt. I ett fall hade förtur getts utan dokumenterat beslut.", "GENOMFORD", "ja"),
            ("Kontroll av otillåten andrahandsuthyrning", "Uthyrningschef", "Medel", "–",
             "Ej aktuell 2025, ingår i ett projekt med extern part.", "UTGAR", ""),
            ("Nycklar kvitteras vid in- och utflyttning", "Kundtjänst", "Låg", "★★★", "", "GENOMFORD", ""),
        ]),
    ]
    for aname, rows in areas:
        d.add_heading(aname, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:5]):
                cells[i].text = v
            exp(fil, N, row[0], row[5], row[6])
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Förklaring genomförande: ★★★ Genomförd   ★★☆ Delvis genomförd   ★☆☆ Ej genomförd   "
                  "– Ej aktuell/utgår. Risk bedöms som Låg, Medel eller Hög.")
    r.italic = True
    r.font.size = Pt(8)
    d.add_paragraph("Norrvalla 2026-01-29\nAnna Berg, VD")
    tmp = tempfile.mkdtemp(prefix="r224_")
    src = os.path.join(tmp, "Norrvallahem_IK_2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, "Norrvallahem_IK_2025.doc"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. To reject: covering letter (missiv) from Socialnämnden, no controls
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv_SN_internkontroll_helar_2025.docx"
    d = docx.Document()
    set_doc_props(d, "Socialförvaltningen")
    d.add_paragraph("Norrvalla kommun\nSocialförvaltningen")
    d.add_paragraph("Dnr SN 2026/0031")
    d.add_paragraph("2026-01-23")
    d.add_paragraph("Till: Kommunstyrelsen, ekonomiavdelningen")
    d.add_heading("Överlämnande av uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Socialnämnden beslutade 2026-01-22 § 8 att godkänna uppföljningen av nämndens internkontrollplan för "
        "2025 och att överlämna den till kommunstyrelsen.")
    d.add_paragraph(
        "Av planens nio kontrollmoment har fem genomförts, ett är delvis genomfört och ett har inte genomförts. "
        "För ett kontrollmoment redovisas resultatet i en separat bilaga och ett har ännu inte rapporterats. Avvikelser har konstaterats inom "
        "utredningstider för barn och unga samt placeringar på HVB, och åtgärder pågår. Nämnden bedömer att den "
        "interna kontrollen varit tillräcklig.")
    d.add_paragraph("Uppföljningen finns i bifogad fil SN_internkontroll_2025_helar.xlsx.")
    d.add_paragraph("Med vänlig hälsning\n\nPer Holm\nSocialchef")
    d.add_paragraph("Bilaga: Internkontrollplan 2025 med uppföljning helår")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF|Miljö- och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Norrvalla Bostäder AB", "Norrvallahem|NBAB"),
]


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


if __name__ == "__main__":
    file_ks()
    file_bun()
    file_sn()
    file_stratsys()
    file_mbn()
    file_von()
    file_bolag()
    file_missiv()
    write_csvs()
    print("files:", len(FILES), "expected controls:", len(EXPECTED))
