#!/usr/bin/python3
"""Blind round r419 - Hammerdal kommun, helårsuppföljning 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round419"

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def fix_props(wb):
    wb.properties.creator = "Hammerdal kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(doc):
    cp = doc.core_properties
    cp.author = "Hammerdal kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Hammerdal kommun"


# ---------------------------------------------------------------------------
# 1. BUN - the kommun's original template, used as is (easy file)
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN Uppföljning internkontrollplan 2025 helår.xlsx"
    nam = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Barn- och utbildningsnämnden"
    ws["A3"] = "Period: Helår (januari–december)"
    ws["A4"] = "Upprättad av: Anna Sjödin, controller        Datum: 2026-01-22"
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Metod/frekvens", "Status", "Kommentar"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov 20 fakturor per tertial", "Genomförd", "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Controller",
         "Stickprov 10 verifikationer", "Genomförd med anmärkning",
         "I 3 av 10 verifikationer saknades deltagarförteckning. Påminnelse har skickats till rektorerna.",
         "GENOMFORD", "ja"),
        (3, "Elevhälsa", "Uppföljning av att anmälningar om kränkande behandling utreds inom 14 dagar",
         "Verksamhetschef grundskola", "Genomgång av samtliga ärenden i DF Respons", "Delvis genomförd",
         "Vårterminen granskad: av 41 ärenden utreddes 35 inom 14 dagar. Höstterminens ärenden granskas i februari 2026.",
         "DELVIS", "ja"),
        (4, "Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutssamordnare", "Stickprov 15 beslut", "Genomförd",
         "Samtliga granskade beslut fattade av rätt delegat.", "GENOMFORD", "nej"),
        (5, "Personal", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "HR-konsult", "Samtliga nyanställningar aug–dec", "Genomförd",
         "Utdrag saknades för 2 av 27 nyanställda (timvikarier). Rutinen har förtydligats för rektorerna.",
         "GENOMFORD", "ja"),
        (6, "Förskola", "Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift",
         "Handläggare barnomsorg", "Stickprov 25 hushåll", "Ej genomförd",
         "Kontrollen har skjutits till 2026 p.g.a. byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
        (7, "IT", "Kontroll av behörigheter i elevregistret (IST)", "Systemförvaltare",
         "Behörighetsgenomgång 2 ggr/år", "Genomförd",
         "Genomgång gjord i juni och december. Inga obehöriga konton.", "GENOMFORD", "nej"),
        (8, "Upphandling", "Kontroll av att inköp sker från avtalade leverantörer", "Inköpssamordnare",
         "Analys av leverantörsreskontra", "Utgår",
         "Kontrollen utgår enligt nämndens beslut 2025-05-20 § 48, ingår i kommunstyrelsens centrala kontroll.",
         "UTGAR", ""),
    ]
    r0 = 6
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BORDER
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r0 + 1 + i, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, nam, row[2], row[7], row[8])
    end = r0 + len(rows) + 2
    ws.cell(row=end, column=1, value="Sammanfattning: 5 av 8 kontroller genomförda, 1 delvis, 1 ej genomförd, 1 utgår.")
    ws.cell(row=end + 2, column=1, value="Granskat av förvaltningschef Per Olofsson 2026-01-26")
    for col, w in zip("ABCDEFG", (5, 14, 48, 22, 28, 22, 55)):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", nam, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. SN - copy of the template: renamed columns, extra Avvikelse column,
#    status column moved last, nämnd only in print header + alias in file name
# ---------------------------------------------------------------------------
def make_sn():
    fil = "IK uppföljning helår 2025 SOC.xlsx"
    nam = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws.oddHeader.left.text = "Socialnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Socialförvaltningen, kvalitetsenheten. Uppföljningen behandlas av nämnden 2026-02-18."
    head = ["Nr", "Process", "Kontrollaktivitet", "Ansvarig", "Utfall/iakttagelser",
            "Avvikelse (Ja/Nej)", "Åtgärd", "Status"]
    r0 = 4
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BORDER
    groups = [
        ("Individ- och familjeomsorg", [
            (1, "Myndighetsutövning",
             "Kontroll att förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan",
             "Enhetschef IFO barn och unga",
             "Av 60 granskade anmälningar gjordes förhandsbedömning inom 14 dagar i 57 fall.",
             "Ja", "Veckovis bevakningslista har införts.", "Genomförd", "GENOMFORD", "ja"),
            (2, "Myndighetsutövning", "Kontroll att utredningar avslutas inom fyra månader",
             "Enhetschef IFO barn och unga",
             "Samtliga utredningar avslutade inom lagstadgad tid; förlängning beslutad i 2 fall enligt delegation.",
             "Nej", "–", "Genomförd", "GENOMFORD", "nej"),
            (3, "Ekonomiskt bistånd", "Kontroll av att utbetalningar av ekonomiskt bistånd föregås av beslut",
             "Enhetschef försörjningsstöd", "Stickprov 30 utbetalningar, samtliga hade beslut.",
             "Nej", "", "Genomförd", "GENOMFORD", "nej"),
        ]),
        ("Vård och omsorg", [
            (4, "Hemtjänst",
             "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut om insats",
             "Enhetschef hemtjänst",
             "Granskning gjord för hemtjänsten: 7 av 20 brukare saknade genomförandeplan inom 14 dagar. Särskilt boende återstår.",
             "Ja", "Rutinen ses över.", "Pågår", "DELVIS", "ja"),
            (5, "Hälso- och sjukvård", "Kontroll av avvikelsehantering vid läkemedelshantering",
             "MAS", "Se bilaga 3", "", "", "", "OKLAR", ""),
            (6, "LSS", "Kontroll av att beslut enligt LSS verkställs inom tre månader", "Enhetschef LSS",
             "2 ej verkställda beslut har rapporterats till IVO.", "Ja", "", "Genomförd", "GENOMFORD", "ja"),
        ]),
        ("Gemensamt", [
            (7, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "Stickprov 20 fakturor. 1 faktura attesterad av jävig attestant.", "Ja",
             "Information till samtliga chefer om jävsreglerna.", "Genomförd", "GENOMFORD", "ja"),
            (8, "Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-partner",
             "Kontrollen har inte kunnat genomföras under året på grund av vakans på HR-funktionen.",
             "", "Genomförs T1 2026.", "", "EJ_GENOMFORD", ""),
            (9, "Bemanning", "Kontroll av att timanställningar avslutas i personalsystemet", "HR-partner",
             "Ersätts av kommunstyrelsens centrala kontroll.", "", "", "Utgår", "UTGAR", ""),
        ]),
    ]
    r = r0 + 1
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in rows:
            for c, v in enumerate(row[:8], 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, nam, row[2], row[8], row[9])
            r += 1
    for col, w in zip("ABCDEFGH", (5, 18, 45, 24, 55, 12, 30, 14)):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", nam, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. KFN - copy of template as .xls: T2 and Helår code columns + legend
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN_internkontroll_2025.xls"
    nam = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    cellf = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    codef = xlwt.easyxf("align: horiz center, vert top; borders: left thin, right thin, top thin, bottom thin")
    ital = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Uppföljning internkontrollplan 2025", title)
    ws.write(1, 0, "Nämnd: Kultur- och fritidsnämnden")
    ws.write(2, 0, "Uppföljningstillfällen: T2 (jan–aug) och helår (jan–dec)")
    ws.write(3, 0, "Teckenförklaring:", bold)
    ws.write(3, 2, "G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår", ital)
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Metod", "T2", "Helår", "Kommentar"]
    r0 = 5
    for c, h in enumerate(head):
        ws.write(r0, c, h, hdr)
    rows = [
        (1, "Föreningsbidrag", "Kontroll att föreningsbidrag betalas ut enligt beslutade riktlinjer",
         "Fritidskonsulent", "Stickprov 10 föreningar", "D", "G",
         "Samtliga granskade utbetalningar följde riktlinjerna.", "GENOMFORD", "nej"),
        (2, "Föreningsbidrag", "Kontroll av att föreningar som fått bidrag lämnat verksamhetsberättelse",
         "Fritidskonsulent", "Samtliga bidragsmottagare", "G", "G",
         "2 föreningar hade inte lämnat in verksamhetsberättelse; påminnelse skickad och handlingarna inkom i oktober.",
         "GENOMFORD", "ja"),
        (3, "Bibliotek", "Kontroll av att medieinköp görs från upphandlad leverantör",
         "Bibliotekschef", "Genomgång av fakturor", "E", "D",
         "Huvudbiblioteket granskat utan anmärkning, filialerna återstår.", "DELVIS", "nej"),
        (4, "Anläggningar", "Kontroll av att bokningar i bokningssystemet faktureras",
         "Bokningsansvarig", "Avstämning bokning mot faktura", "G", "",
         "Kontroll gjord i augusti, inga avvikelser.", "GENOMFORD", "nej"),
        (5, "Kassahantering", "Kontroll av kassahantering i simhallens reception", "Enhetschef bad",
         "Oanmäld kassainventering 2 ggr/år", "G", "G",
         "Kassadifferens på 450 kr i november har utretts och rapporterats.", "GENOMFORD", "ja"),
        (6, "Kulturskola", "Kontroll att avgifter för kulturskolan debiteras samtliga elever",
         "Kulturskolechef", "Avstämning elevregister mot fakturering", "U", "U",
         "Utgår – avgiften avskaffad från HT 2025 (KF 2025-04-14 § 31).", "UTGAR", ""),
        (7, "Personal", "Kontroll av att timredovisning attesteras av chef", "Enhetschefer",
         "Stickprov 10 timanställda", "", "E", "Ej hunnits med under året.", "EJ_GENOMFORD", ""),
    ]
    for i, row in enumerate(rows):
        r = r0 + 1 + i
        for c, v in enumerate(row[:8]):
            ws.write(r, c, v, codef if c in (0, 5, 6) else cellf)
        exp(fil, nam, row[2], row[8], row[9])
    ws.write(r0 + len(rows) + 2, 0, "Ansvarig för uppföljningen: Maria Berglund, kultur- och fritidschef")
    for c, w in enumerate((5, 16, 48, 20, 30, 6, 6, 55)):
        ws.col(c).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", nam, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsförvaltningen - three nämnder on separate sheets
#    plus a summary sheet; traffic-light fills on status; RN has extra column
# ---------------------------------------------------------------------------
FILLS = {
    "Genomförd": PatternFill("solid", fgColor="92D050"),
    "Delvis genomförd": PatternFill("solid", fgColor="FFFF00"),
    "Pågår": PatternFill("solid", fgColor="FFFF00"),
    "Ej genomförd": PatternFill("solid", fgColor="FF0000"),
    "Utgår": PatternFill("solid", fgColor="BFBFBF"),
}


def sbf_sheet(wb, fil, sheetname, nam, title, head, rows, status_col):
    ws = wb.create_sheet(sheetname)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A3"] = "Färgmarkering: grön = genomförd, gul = delvis/pågår, röd = ej genomförd, grå = utgår"
    ws["A3"].font = Font(italic=True, size=9)
    r0 = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BORDER
    for i, row in enumerate(rows):
        vals = row[:len(head)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r0 + 1 + i, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BORDER
            if c == status_col and v in FILLS:
                cell.fill = FILLS[v]
        exp(fil, nam, vals[2] if "Riskvärde" not in head else vals[3], row[-2], row[-1])
    widths = [5, 16] + ([10] if "Riskvärde" in head else []) + [50, 20, 12, 18, 10, 55]
    for idx, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(idx)].width = w
    ws.print_title_rows = "5:5"
    return ws


def make_sbf():
    fil = "Samhällsbyggnadsförvaltningen uppföljning IK 2025 helår.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    summ = wb.active
    summ.title = "Sammanställning"
    summ["A1"] = "Samhällsbyggnadsförvaltningen – sammanställning intern kontroll 2025"
    summ["A1"].font = Font(bold=True, size=13)
    summ.append([])
    summ.append(["Nämnd", "Antal kontroller", "Genomförda", "Delvis/pågår", "Ej genomförda", "Utgår", "Ej rapporterade"])
    for c in range(1, 8):
        summ.cell(row=3, column=c).font = Font(bold=True)
    summ.append(["Miljö- och byggnämnden", 5, 3, 1, 1, 0, 0])
    summ.append(["Tekniska nämnden", 6, 3, 1, 0, 1, 1])
    summ.append(["Räddningsnämnden", 4, 2, 1, 1, 0, 0])
    summ.append(["Totalt", 15, 8, 3, 2, 1, 1])
    summ.cell(row=7, column=1).font = Font(bold=True)
    summ["A9"] = "Detaljerad uppföljning per nämnd finns på flikarna MBN, TN och RN."
    summ.column_dimensions["A"].width = 28

    head = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status", "Avvikelse", "Kommentar"]
    mbn = [
        (1, "Bygglov", "Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "Tertialvis", "Genomförd", "Ja",
         "4 av 112 ärenden överskred handläggningstiden; avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        (2, "Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt taxa", "Administratör",
         "Halvår", "Genomförd", "Nej", "Stickprov 20 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        (3, "Tillsyn", "Kontroll att planerad livsmedelskontroll genomförs enligt kontrollplan", "Miljöchef",
         "Helår", "Delvis genomförd", "Ja",
         "78 % av planerade kontroller genomförda, resursbrist under hösten.", "DELVIS", "ja"),
        (4, "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Tertialvis", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        (5, "Arkiv", "Kontroll av att diarieförda ärenden avslutas och arkiveras", "Registrator",
         "Helår", "Ej genomförd", "", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
    ]
    tn = [
        (1, "VA", "Kontroll av att VA-anslutningsavgifter debiteras vid ny anslutning", "VA-chef",
         "Helår", "Genomförd", "Nej", "Samtliga 9 nyanslutningar debiterade.", "GENOMFORD", "nej"),
        (2, "Gata/park", "Kontroll av att vinterväghållning utförs enligt avtal med entreprenör", "Gatuchef",
         "Vintersäsong", "Genomförd", "Ja",
         "Vid 2 tillfällen plogades inte inom avtalad tid, vite har tagits ut.", "GENOMFORD", "ja"),
        (3, "Fastighet", "Kontroll av att lagstadgade besiktningar (OVK, hiss) utförs", "Fastighetschef",
         "Helår", "Delvis genomförd", "Ja", "OVK saknas för 3 byggnader, besiktning beställd.", "DELVIS", "ja"),
        (4, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Tertialvis", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        (5, "Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Inköpare",
         "Helår", "", "", "", "SAKNAS", ""),
        (6, "Avfall", "Kontroll av att renhållningsavgifter debiteras samtliga abonnenter",
         "Renhållningsansvarig", "Halvår", "Utgår", "",
         "Verksamheten överförd till regionalt avfallsbolag 2025-07-01.", "UTGAR", ""),
    ]
    rn_head = ["Nr", "Process", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status",
               "Avvikelse", "Kommentar"]
    rn = [
        (1, "Tillsyn", 12, "Kontroll att tillsyn enligt LSO genomförs enligt tillsynsplan", "Stf räddningschef",
         "Helår", "Genomförd", "Nej", "46 av 46 planerade tillsyner genomförda.", "GENOMFORD", "nej"),
        (2, "Beredskap", 16, "Kontroll av att anspänningstid för deltidsbrandmän uppfylls", "Räddningschef",
         "Tertialvis", "Genomförd", "Ja", "Anspänningstiden överskreds vid 5 larm under sommaren.",
         "GENOMFORD", "ja"),
        (3, "Utrustning", 9, "Kontroll av att andningsskydd provas och dokumenteras", "Materialansvarig",
         "Halvår", "Pågår", "", "Provning av 60 % av utrustningen dokumenterad.", "DELVIS", ""),
        (4, "Sotning", 6, "Kontroll av att sotning och brandskyddskontroll utförs enligt fastställda frister",
         "Räddningschef", "Helår", "Ej genomförd", "", "Kontrollen har inte påbörjats.", "EJ_GENOMFORD", ""),
    ]
    sbf_sheet(wb, fil, "MBN", "Miljö- och byggnämnden", "Miljö- och byggnämnden", head, mbn, 6)
    sbf_sheet(wb, fil, "TN", "Tekniska nämnden", "Tekniska nämnden", head, tn, 6)
    sbf_sheet(wb, fil, "RN", "Räddningsnämnden", "Räddningsnämnden", rn_head, rn, 7)
    wb.save(fil)
    for nam in ("Miljö- och byggnämnden", "Tekniska nämnden", "Räddningsnämnden"):
        FILES.append((fil, "INLAST", nam, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Governance-system export (Stratsys-like CSV): KS + ÖFN, T2 and Helår rows
# ---------------------------------------------------------------------------
def make_export():
    fil = "export_internkontroll_20260115.csv"
    head = ["Enhet", "Internkontrollplan", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig",
            "Period", "Status", "Kommentar", "Senast uppdaterad"]
    ks = "Kommunstyrelsen"
    ofn = "Överförmyndarnämnden"
    # (enhet, plan, process, risk, km, ansvarig, [(period, status, kommentar, datum)], exp_status, exp_avv)
    ctrls = [
        (ks, "IKP 2025 Kommunstyrelsen", "Ekonomi", "Felaktiga utbetalningar till bedragare",
         "Kontroll av ändringar av leverantörers bankuppgifter", "Redovisningsansvarig",
         [("Tertial 2 2025", "Genomförd", "Inga avvikelser.", "2025-09-12"),
          ("Helår 2025", "Genomförd", "Samtliga 23 ändringar verifierade via återkontakt med leverantören.",
           "2026-01-09")], "GENOMFORD", "nej"),
        (ks, "IKP 2025 Kommunstyrelsen", "Ekonomi", "Felaktig redovisning",
         "Kontroll av att avstämning av balanskonton sker månadsvis", "Redovisningschef",
         [("Tertial 2 2025", "Pågående", "", "2025-09-12"),
          ("Helår 2025", "Genomförd",
           "Avstämningar gjorda för samtliga månader; 2 konton stämdes av med fördröjning.", "2026-01-12")],
         "GENOMFORD", "ja"),
        (ks, "IKP 2025 Kommunstyrelsen", "Upphandling", "Inköp utanför avtal",
         "Kontroll av avtalstrohet vid inköp", "Upphandlingschef",
         [("Tertial 2 2025", "Pågående", "Analys av T1 klar.", "2025-09-15"),
          ("Helår 2025", "Pågående", "Analys av jan–sep klar, avtalstrohet 84 %. Okt–dec analyseras i februari.",
           "2026-01-14")], "DELVIS", ""),
        (ks, "IKP 2025 Kommunstyrelsen", "Personal", "Felaktiga löner",
         "Kontroll av att lönerevision registreras enligt beslut", "Lönechef",
         [("Tertial 2 2025", "Genomförd", "", "2025-09-10"),
          ("Helår 2025", "Genomförd", "", "2026-01-08")], "GENOMFORD", ""),
        (ks, "IKP 2025 Kommunstyrelsen", "IT och informationssäkerhet", "Obehörig åtkomst",
         "Kontroll av att behörigheter i ekonomisystemet tas bort när anställning avslutas", "IT-chef",
         [("Tertial 2 2025", "Ej påbörjad", "Planeras till hösten.", "2025-09-11"),
          ("Helår 2025", "", "", "")], "EJ_GENOMFORD", ""),
        (ks, "IKP 2025 Kommunstyrelsen", "Kansli", "Beslut fattas utan delegation",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         [("Tertial 2 2025", "Genomförd", "", "2025-09-09"),
          ("Helår 2025", "Utgår",
           "Utgår enligt KS beslut 2025-09-30 § 142, ersätts av digital anmälan i ärendehanteringssystemet.",
           "2026-01-07")], "UTGAR", ""),
        (ofn, "IKP 2025 Överförmyndarnämnden", "Tillsyn", "Bristande tillsyn av ställföreträdare",
         "Kontroll av att årsräkningar granskas inom sex månader", "Handläggare överförmyndare",
         [("Tertial 2 2025", "Pågående", "", "2025-09-18"),
          ("Helår 2025", "Genomförd", "Samtliga 148 årsräkningar granskade; 6 granskades efter tidsfristen.",
           "2026-01-13")], "GENOMFORD", "ja"),
        (ofn, "IKP 2025 Överförmyndarnämnden", "Förordnanden", "Olämpliga ställföreträdare",
         "Kontroll av att ställföreträdare lämnat registerutdrag innan förordnande",
         "Handläggare överförmyndare",
         [("Tertial 2 2025", "Genomförd", "", "2025-09-18"),
          ("Helår 2025", "Genomförd", "Inga avvikelser.", "2026-01-13")], "GENOMFORD", "nej"),
        (ofn, "IKP 2025 Överförmyndarnämnden", "Ekonomi", "Felaktiga arvoden",
         "Kontroll av arvodesberäkning för ställföreträdare", "Nämndsekreterare",
         [("Tertial 2 2025", "Ej påbörjad", "", "2025-09-18"),
          ("Helår 2025", "Ej påbörjad", "Skjuts upp till 2026.", "2026-01-13")], "EJ_GENOMFORD", ""),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        for c in ctrls:
            for per, st, kom, dat in c[6]:
                w.writerow([c[0], c[1], c[2], c[3], c[4], c[5], per, st, kom, dat])
            exp(fil, c[0], c[4], c[7], c[8])
    FILES.append((fil, "INLAST", ks, "2025", "HELAR"))
    FILES.append((fil, "INLAST", ofn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Hammerdal Energi AB - Word report: prose + one table + legend below
# ---------------------------------------------------------------------------
def make_heab():
    fil = "Hammerdal Energi AB - Rapport intern kontroll 2025.docx"
    nam = "Hammerdal Energi AB"
    doc = Document()
    fix_doc(doc)
    doc.add_heading("Rapport intern kontroll 2025", level=1)
    doc.add_paragraph("Hammerdal Energi AB (org.nr 556000-0000)")
    doc.add_paragraph(
        "Rapporten avser verksamhetsåret 2025 och redovisar resultatet av de kontroller som styrelsen "
        "beslutade om i internkontrollplanen 2025-02-13. Rapporten lämnas till kommunstyrelsen i Hammerdal "
        "kommun i enlighet med ägardirektivet.")
    doc.add_heading("Resultat av genomförda kontroller", level=2)
    rows = [
        ("1", "Inköp", "Kontroll av att inköp över 50 tkr har godkänd beställning",
         "Stickprov 15 inköp. Samtliga hade godkänd beställning.", "Ingen anmärkning", "GENOMFORD", "nej"),
        ("2", "Elnät", "Kontroll av att mätvärden från elmätare överförs korrekt till debiteringssystemet",
         "Avstämning månadsvis. Under mars saknades mätvärden för 112 kunder, korrigerat i april.",
         "Anmärkning", "GENOMFORD", "ja"),
        ("3", "Fjärrvärme", "Kontroll av att prisändringar kommuniceras till kunder i tid",
         "Information om prisändring skickad 2025-09-01, två månader före ikraftträdande.",
         "Ingen anmärkning", "GENOMFORD", "nej"),
        ("4", "IT-säkerhet", "Kontroll av behörigheter i driftövervakningssystemet",
         "Genomgång påbörjad i november, slutförs under första kvartalet 2026.", "Delvis utförd", "DELVIS", ""),
        ("5", "Ekonomi", "Kontroll av att avskrivningar beräknas enligt beslutade avskrivningstider",
         "Ej utförd under året på grund av byte av ekonomichef.", "Ej utförd", "EJ_GENOMFORD", ""),
        ("6", "Styrelsearbete", "Kontroll av att styrelsens beslut protokollförs och följs upp",
         "Genomgång av samtliga protokoll 2025 och beslutslogg.", "Ingen anmärkning", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollområde", "Kontrollmoment", "Genomförande och resultat", "Bedömning"]):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            cells[i].text = v
        exp(fil, nam, row[2], row[5], row[6])
    p = doc.add_paragraph()
    r = p.add_run("Bedömning: Ingen anmärkning = kontrollen utförd utan avvikelse. Anmärkning = kontrollen utförd, "
                  "brister har noterats. Delvis utförd = kontrollen påbörjad men inte slutförd. "
                  "Ej utförd = kontrollen har inte genomförts.")
    r.italic = True
    r.font.size = Pt(8)
    doc.add_paragraph("Hammerdal 2026-02-10")
    doc.add_paragraph("Lars Ek, verkställande direktör")
    doc.save(fil)
    FILES.append((fil, "INLAST", nam, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Hammerdals Bostäder AB - free-text report, no table, delivered as .odt
# ---------------------------------------------------------------------------
def make_hbab():
    fil = "HBAB uppföljning intern kontroll 2025.odt"
    nam = "Hammerdals Bostäder AB"
    doc = Document()
    fix_doc(doc)
    doc.add_heading("Uppföljning av intern kontroll 2025, helår", level=1)
    doc.add_paragraph("Hammerdals Bostäder AB")
    doc.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 20 februari 2025. Nedan redovisas "
        "utfallet för respektive kontroll.")
    items = [
        ("1. Hyresadministration",
         "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelse förs in korrekt i hyressystemet.",
         "Stickprov på 30 kontrakt, samtliga korrekta.", "Genomförd", "GENOMFORD", "nej"),
        ("2. Kundfordringar",
         "Kontroll av att kundfordringar äldre än 60 dagar överlämnas till inkasso.",
         "4 fordringar hade inte överlämnats i tid. Åtgärdat i oktober.", "Genomförd med anmärkning",
         "GENOMFORD", "ja"),
        ("3. Uthyrning",
         "Kontroll av att lägenheter fördelas enligt uthyrningspolicyn.",
         "12 av planerade 25 uthyrningar har granskats, utan anmärkning hittills.", "Delvis genomförd",
         "DELVIS", "nej"),
        ("4. Brandskydd",
         "Kontroll av att systematiskt brandskyddsarbete dokumenteras i samtliga fastigheter.",
         "Genomförs under våren 2026.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("5. Attest",
         "Kontroll av att attestordningen följs för underhållsfakturor.",
         "Stickprov 20 fakturor. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    ]
    for head, km, res, st, es, ea in items:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = doc.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        p = doc.add_paragraph()
        p.add_run("Status: ").bold = True
        p.add_run(st)
        exp(fil, nam, km, es, ea)
    doc.add_paragraph("Hammerdal den 5 februari 2026")
    doc.add_paragraph("Karin Holm, VD")
    tmpd = tempfile.mkdtemp(prefix="r419_")
    src = os.path.join(tmpd, "HBAB uppföljning intern kontroll 2025.docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "odt", "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, fil), fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", nam, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from socialförvaltningen
# ---------------------------------------------------------------------------
def make_missiv():
    fil = "Missiv internkontroll Socialnämnden 2025.docx"
    doc = Document()
    fix_doc(doc)
    doc.add_paragraph("Hammerdal kommun\nSocialförvaltningen")
    doc.add_paragraph("2026-01-28\nDnr SN 2025/112")
    doc.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    doc.add_heading("Översändande av helårsuppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för 2025. Uppföljningen "
        "finns i bifogad Excelfil och behandlas av nämnden vid sammanträdet den 18 februari 2026.")
    doc.add_paragraph(
        "Av nämndens nio kontroller har fem genomförts. En kontroll pågår fortfarande, en har inte kunnat "
        "genomföras på grund av vakans och en har utgått. Resultatet av kontrollen av läkemedelshanteringen redovisas i en "
        "separat rapport från medicinskt ansvarig sjuksköterska.")
    doc.add_paragraph("Frågor besvaras av undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nEva Lindqvist\nSocialchef")
    doc.add_paragraph("Bilaga: IK uppföljning helår 2025 SOC.xlsx")
    doc.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggnadsnämnden"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Räddningsnämnden", "RN|Räddningstjänsten"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Hammerdal Energi AB", "HEAB|Hammerdal Energi"),
        ("Hammerdals Bostäder AB", "HBAB|Hammerdals Bostäder"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert not any(";" in x for x in row), row
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    make_bun()
    make_sn()
    make_kfn()
    make_sbf()
    make_export()
    make_heab()
    make_hbab()
    make_missiv()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected rows")
