#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 25 - Roxlunda kommun (Östergötland), internkontroll 2025, januari-inkorgen 2026.

Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run with /usr/bin/python3 from anywhere; output lands beside this script.
"""
import csv
import os
import shutil
import struct
import subprocess
import zlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "_build")
LO_PROFILE = "file:///tmp/lo-round25"

KOMMUN = "Roxlunda kommun"

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "Kommunledningskontoret"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "VOF"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen"]),
    ("Miljö- och byggnadsnämnden", ["MBN", "Miljö- och byggförvaltningen", "Bygg- och miljöenheten"]),
    ("Gymnasie- och arbetsmarknadsnämnden", ["GAN", "Gymnasie- och arbetsmarknadsförvaltningen", "GAF"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "KoF"]),
    ("Tekniska nämnden", ["TN", "Tekniska förvaltningen", "Tekniska kontoret"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten"]),
    ("Valnämnden", ["VN"]),
]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    assert ";" not in text and "\n" not in text, text
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "SAKNAS", "OKLAR", "UTGAR")
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, text, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stem = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, stem + "." + fmt)


# ---------------------------------------------------------------- common Excel template
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
TEMPLATE_HEAD = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod och frekvens",
                 "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
STATUS_LIST = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]


def template_sheet(ws, namnd_cell, ar, period, datum, rows, status_validation=True):
    """The kommun's common template 'IK-uppföljning v3'. rows: list of 8-tuples (None = blank).
    Returns the next free row after the table."""
    ws["A1"] = KOMMUN.upper()
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Uppföljning av internkontrollplan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    labels = [("Nämnd:", namnd_cell), ("År:", ar), ("Period:", period), ("Uppföljningsdatum:", datum)]
    for i, (lab, val) in enumerate(labels):
        r = 4 + i
        ws.cell(r, 1, lab).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        if val is not None:
            ws.cell(r, 2, val)
    hr = 9
    for c, h in enumerate(TEMPLATE_HEAD, 1):
        cell = ws.cell(hr, c, h)
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
        r += 1
    if status_validation:
        dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$5", allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("F%d:F%d" % (hr + 1, hr + 40))
        dv2 = DataValidation(type="list", formula1="=Listor!$C$2:$C$3", allow_blank=True)
        ws.add_data_validation(dv2)
        dv2.add("G%d:G%d" % (hr + 1, hr + 40))
    for col, w in zip("ABCDEFGH", (5, 18, 48, 30, 18, 16, 12, 48)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A10"
    ws.oddHeader.center.text = KOMMUN + " – Internkontroll"
    ws.oddFooter.left.text = "Mall IK-uppföljning v3 (2024-11)"
    ws.oddFooter.right.text = "Sida &P av &N"
    return r


def template_aux_sheets(wb):
    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion – uppföljning av internkontrollplan",
        "",
        "1. Fyll i nämnd, år och period (Delår eller Helår) i huvudet på bladet Uppföljning.",
        "2. Kopiera in kontrollmomenten från nämndens antagna internkontrollplan.",
        "3. Välj status i listan: Genomförd, Delvis genomförd, Ej genomförd eller Utgår.",
        "4. Avvikelse: ange Ja om kontrollen visat fel eller brister, annars Nej.",
        "5. Beskriv avvikelser och beslutade åtgärder i kolumnen Kommentar/åtgärd.",
        "6. Skicka filen till ekonomiavdelningen senast den 15 januari (helår) resp. 15 september (delår).",
        "",
        "Frågor: ekonomiavdelningen, controller Karin Ljung, tfn 0141-55 12 40",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 100
    lst = wb.create_sheet("Listor")
    lst["A1"], lst["B1"], lst["C1"] = "Status", "Period", "Avvikelse"
    for i, s in enumerate(STATUS_LIST, 2):
        lst.cell(i, 1, s)
    for i, s in enumerate(["Delår", "Helår"], 2):
        lst.cell(i, 2, s)
    for i, s in enumerate(["Ja", "Nej"], 2):
        lst.cell(i, 3, s)
    lst.sheet_state = "hidden"


# ---------------------------------------------------------------- 1. KS – template, clean
def file_ks():
    fil = "KS Uppföljning internkontrollplan 2025 helår (rev 2026-01-09).xlsx"
    nm = "Kommunstyrelsen"
    C = [
        ("Attest", "Kontroll att leverantörsfakturor attesteras av behörig attestant enligt attestförteckningen",
         "Stickprov 20 fakturor per kvartal", "Ekonomichef", "Genomförd", "Nej",
         "Stickprov Q1–Q4 genomförda, inga avvikelser.", "GENOMFORD", "nej"),
        ("Delegation", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av samtliga anmälda beslut två gånger per år", "Kanslichef", "Genomförd", "Ja",
         "3 av 41 beslut anmäldes senare än två månader efter beslut. Påminnelse till handläggare i oktober.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Stickprov 12 direktupphandlingar", "Upphandlingschef", "Delvis genomförd", "Ja",
         "Dokumentation saknades i 4 av 12 granskade fall. Resterande stickprov slutförs Q1 2026.",
         "DELVIS", "ja"),
        ("Löner", "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
         "Avstämning avslutade anställningar mot lönelista, månadsvis", "HR-chef", "Genomförd", "Nej",
         "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Kontroll av behörigheter i ekonomisystemet Raindance vid personalförändringar",
         "Jämförelse behörighetslista mot personalregister, halvår", "Systemförvaltare ekonomi", "Genomförd", "Ja",
         "Två konton för avslutade medarbetare var fortfarande aktiva; spärrade 2025-10-03.", "GENOMFORD", "ja"),
        ("Förtroendekänsliga poster", "Kontroll av att representation och förtroendekänsliga poster följer riktlinjen",
         "Genomgång av samtliga representationsfakturor", "Controller", "Ej genomförd", "Nej",
         "Ej genomförd på grund av vakans på ekonomienheten. Läggs in i plan 2026.", "EJ_GENOMFORD", "nej"),
        ("Avtal", "Kontroll att samtliga avtal registreras i avtalsdatabasen inom en månad",
         "Stickprov 15 avtal", "Upphandlingschef", "Utgår", "Nej",
         "Utgår enligt beslut KS 2025-06-11 § 142, ersätts av ny avtalsrutin.", "UTGAR", "nej"),
        ("Dataskydd", "Kontroll av att förteckningen över personuppgiftsbehandlingar (registerförteckning) är uppdaterad",
         "Genomgång med dataskyddsombud", "Kanslichef", "Genomförd", "Nej",
         "Förteckningen uppdaterad i november.", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    rows = [(i, p, k, m, a, s, av, kom) for i, (p, k, m, a, s, av, kom, _, _) in enumerate(C, 1)]
    r = template_sheet(ws, nm, 2025, "Helår", "2026-01-09", rows)
    ws.cell(r + 2, 1, "Sammanställt av: Karin Ljung, controller, 2026-01-09")
    template_aux_sheets(wb)
    wb.properties.title = "Uppföljning internkontrollplan 2025"
    wb.properties.creator = "Karin Ljung"
    wb.save(os.path.join(HERE, fil))
    for p, k, m, a, s, av, kom, st, ea in C:
        exp(fil, nm, k, st, ea)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 2. BUN – template, sloppy
def file_bun():
    fil = "BUN IK-uppföljning 2025.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    rows = [
        (1, "Elevhälsa", "Kontroll av att elevhälsans journaler förs enligt patientdatalagen",
         "Stickprov 10 journaler per skolenhet", "Verksamhetschef elevhälsa", None, None,
         "Genomförd. Inga avvikelser."),
        (2, "Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt gällande riktlinjer",
         "Stickprov 25 beslut", "Skolskjutssamordnare", "Genomförd", "Ja",
         "4 beslut saknade motivering. Mallen för beslut har uppdaterats."),
        (3, "Kränkande behandling",
         "Kontroll att anmälningar om kränkande behandling rapporteras till huvudman inom fem dagar",
         "Uppföljning i Draftit, per termin", "Kvalitetsstrateg", None, None,
         "Delvis – rutinen följs på grundskolan men inte inom förskolan. Åtgärdsplan tas fram."),
        (4, "Frånvaro", "Kontroll av att hög frånvaro hos elever utreds enligt skollagen 7 kap. 19 a §",
         "Genomgång av frånvarorapporter", "Rektorer", "Ej genomförd", None, "Flyttas till 2026."),
        (5, "Inköp", "Stickprov av attest av inköp via inköpskort på förskolor och skolor",
         "Stickprov 30 transaktioner", "Förvaltningsekonom", None, None, "Se bilaga"),
        (6, "Avgifter", "Kontroll av att avgifter för barnomsorg debiteras enligt inkomstuppgift (maxtaxa)",
         "Stickprov 20 hushåll", "Handläggare barnomsorg", None, None, None),
        (7, "Rekrytering", "Kontroll av att registerutdrag från polisen har uppvisats före anställning",
         "Genomgång av samtliga nyanställningar", "HR-konsult", "Genomförd", "Nej", None),
        (None, None, "i förskola och skola (samtliga nyanställda under året)", None, None, None, None, None),
        (8, "Behörighet", "Kontroll av att lärare som undervisar har legitimation och behörighet",
         "Avstämning mot Skolverkets lärarregister", "HR-konsult", None, None,
         "Status: Genomförd. Avvikelse: 3 obehöriga lärare utan dispens upptäcktes."),
        (9, "Lokaler", "Uppföljning av att skolans lokaler har godkänd OVK och brandskyddskontroll",
         "Genomgång av besiktningsprotokoll", "Lokalsamordnare", None, None,
         "Ej aktuell – ansvaret har flyttats till tekniska nämnden."),
    ]
    r = template_sheet(ws, "BUN", "2025", "helår", None, rows)
    ws.cell(r + 1, 3, "OBS! Stickprovet av inköpskort redovisas i separat PM till nämnden i februari.")
    ws.cell(r + 2, 1, "Övrigt:")
    ws.cell(r + 2, 2, "Förvaltningen har under hösten bytt journalsystem för elevhälsan.")
    ws.cell(r + 3, 1, "Antal kontroller:")
    ws.cell(r + 3, 3, 9)
    ws.cell(r + 5, 1, "Justerat av förvaltningschef Per Holm 2026-01-12")
    template_aux_sheets(wb)
    wb.properties.creator = "BUF ekonomi"
    wb.save(os.path.join(HERE, fil))
    exp(fil, nm, "Kontroll av att elevhälsans journaler förs enligt patientdatalagen", "GENOMFORD", "nej")
    exp(fil, nm, "Kontroll av att beslut om skolskjuts fattas enligt gällande riktlinjer", "GENOMFORD", "ja")
    exp(fil, nm, "Kontroll att anmälningar om kränkande behandling rapporteras till huvudman inom fem dagar",
        "DELVIS", "ja")
    exp(fil, nm, "Kontroll av att hög frånvaro hos elever utreds enligt skollagen 7 kap. 19 a §",
        "EJ_GENOMFORD", "nej")
    exp(fil, nm, "Stickprov av attest av inköp via inköpskort på förskolor och skolor", "OKLAR", "nej")
    exp(fil, nm, "Kontroll av att avgifter för barnomsorg debiteras enligt inkomstuppgift (maxtaxa)",
        "SAKNAS", "nej")
    exp(fil, nm, "Kontroll av att registerutdrag från polisen har uppvisats före anställning "
                 "i förskola och skola (samtliga nyanställda under året)", "GENOMFORD", "nej")
    exp(fil, nm, "Kontroll av att lärare som undervisar har legitimation och behörighet", "GENOMFORD", "ja")
    exp(fil, nm, "Uppföljning av att skolans lokaler har godkänd OVK och brandskyddskontroll", "UTGAR", "nej")
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. TN – template as .xls, Delår + Helår sheets
def file_tn():
    fil = "TN internkontroll 2025.xls"
    nm = "Tekniska nämnden"
    # (process, text, metod, ansvarig, delår status, delår avv, delår komm, helår status, helår avv, helår komm, exp)
    C = [
        ("Entreprenad", "Kontroll av att fakturor från entreprenörer stäms av mot avtal och ÄTA-beslut",
         "Stickprov 15 fakturor", "Projektchef",
         "Delvis genomförd", None, "Stickprov 1 klart.",
         "Genomförd", "Ja", "Två fakturor med felaktiga á-priser, krediterade i november.", ("GENOMFORD", "ja")),
        ("Fordon", "Kontroll att kommunens fordon har genomgått besiktning och service enligt plan",
         "Genomgång av fordonsregister", "Fordonssamordnare",
         "Genomförd", "Nej", None,
         "Genomförd", "Nej", None, ("GENOMFORD", "nej")),
        ("Gata/park", "Uppföljning av att vinterväghållningsentreprenörer utför snöröjning enligt avtal",
         "Stickprov körjournaler och GPS-loggar", "Gatuchef",
         "Ej genomförd", None, "Görs under vintersäsongen.",
         "Delvis genomförd", "Nej", "Uppföljning gjord för tätorten, ej för ytterområdena.", ("DELVIS", "nej")),
        ("VA", "Kontroll av att VA-anslutningsavgifter faktureras enligt gällande taxa",
         "Avstämning nya anslutningar mot fakturering", "VA-chef",
         "Ej genomförd", None, None,
         "Ej genomförd", None, "Ej påbörjad, resursbrist på VA-avdelningen.", ("EJ_GENOMFORD", "nej")),
        ("Förråd", "Kontroll av att inventarieförteckning för verkstad och förråd är uppdaterad",
         "Inventering en gång per år", "Förrådsansvarig",
         "Genomförd", "Nej", "Inventering gjord i juni.",
         None, None, "Klar i juni, se delårsrapporten.", ("GENOMFORD", "nej")),
        ("Arbetsmiljö", "Kontroll att arbetsmiljörond genomförs på samtliga arbetsplatser inom gata/park",
         "Protokoll från skyddsronder", "Avdelningschefer",
         "Delvis genomförd", None, "4 av 7 arbetsplatser klara.",
         "Genomförd", "Nej", "Samtliga 7 arbetsplatser ronderade.", ("GENOMFORD", "nej")),
        ("Badplatser", "Kontroll av att drift av kommunala badplatser följer egenkontrollprogrammet",
         "Genomgång av egenkontrollprotokoll", "Driftchef",
         "Genomförd", "Nej", None,
         "Utgår", None, "Badplatserna överfördes till kultur- och fritidsnämnden 2025-04-01.", ("UTGAR", "nej")),
    ]
    wb = Workbook()
    ws_d = wb.active
    ws_d.title = "Delår"
    rows_d = [(i, c[0], c[1], c[2], c[3], c[4], c[5], c[6]) for i, c in enumerate(C, 1)]
    template_sheet(ws_d, None, 2025, "Delår", "2025-09-10", rows_d)
    ws_h = wb.create_sheet("Helår")
    rows_h = [(i, c[0], c[1], c[2], c[3], c[7], c[8], c[9]) for i, c in enumerate(C, 1)]
    r = template_sheet(ws_h, None, 2025, "Helår", "2026-01-13", rows_h)
    ws_h.cell(r + 1, 1, "Uppgiftslämnare: Lars Ek, controller tekniska förvaltningen")
    template_aux_sheets(wb)
    wb.properties.creator = "Lars Ek"
    wb.active = 1
    src = os.path.join(BUILD, "TN internkontroll 2025.xlsx")
    wb.save(src)
    out = soffice_convert(src, "xls", BUILD)
    shutil.move(out, os.path.join(HERE, fil))
    for c in C:
        exp(fil, nm, c[1], c[10][0], c[10][1])
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 4. KFN – template as .ods, status only as fill colour
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")


def file_kfn():
    fil = "Internkontroll KFN T3 2025.ods"
    nm = "Kultur- och fritidsnämnden"
    C = [
        ("Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Stickprov 15 ansökningar", "Föreningskonsulent", GREEN, "Ja",
         "En förening fick dubbel utbetalning av aktivitetsstöd, beloppet är återkrävt.", "GENOMFORD", "ja"),
        ("Kassahantering", "Kontroll av att kassahantering i simhallen stäms av dagligen mot kassasystemet",
         "Stickprov 10 dagar", "Badchef", GREEN, "Nej", None, "GENOMFORD", "nej"),
        ("Lokalbokning", "Kontroll av att lokalbokningar i Interbook debiteras korrekt",
         "Stickprov 30 bokningar", "Bokningsansvarig", YELLOW, "Nej",
         "Stickprov gjort för vårterminen, hösten återstår.", "DELVIS", "nej"),
        ("Inköp", "Kontroll av att biblioteksmedia köps in via upphandlat avtal",
         "Genomgång av leverantörsreskontra", "Bibliotekschef", RED, "Nej",
         "Kontrollen hann inte genomföras under året.", "EJ_GENOMFORD", "nej"),
        ("Barn och unga", "Kontroll av att ledare i fritidsgårdsverksamheten har visat registerutdrag",
         "Genomgång av personalakter", "Fritidsgårdschef", GREEN, "Ja",
         "Två timanställda saknade registerutdrag och fick inte arbeta förrän det visats.", "GENOMFORD", "ja"),
        ("Anläggningar", "Kontroll av att hyresavtal för idrottsanläggningar med föreningar är aktuella",
         "Genomgång av avtalsregister", "Anläggningschef", None, None, None, "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    rows = [(i, p, k, m, a, None, av, kom) for i, (p, k, m, a, f, av, kom, _, _) in enumerate(C, 1)]
    r = template_sheet(ws, nm, 2025, "Tertial 3 (helår)", "2026-01-14", rows, status_validation=False)
    for i, c in enumerate(C):
        if c[4] is not None:
            ws.cell(10 + i, 6).fill = c[4]
    ws.cell(r + 1, 1, "Färgkod status:")
    ws.cell(r + 2, 2, "Genomförd").fill = GREEN
    ws.cell(r + 3, 2, "Delvis genomförd").fill = YELLOW
    ws.cell(r + 4, 2, "Ej genomförd").fill = RED
    ws.cell(r + 6, 1, "Kultur- och fritidsförvaltningen, Maria Sund")
    template_aux_sheets(wb)
    wb.properties.creator = "Maria Sund"
    src = os.path.join(BUILD, "Internkontroll KFN T3 2025.xlsx")
    wb.save(src)
    out = soffice_convert(src, "ods", BUILD)
    shutil.move(out, os.path.join(HERE, fil))
    for c in C:
        exp(fil, nm, c[1], c[7], c[8])
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 5. SN – Word, one form table per control
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)


def file_sn():
    fil = "Socialnämnden helårsuppföljning internkontroll 2025.docx"
    nm = "Socialnämnden"
    C = [
        ("Ekonomiskt bistånd", "Kontroll av att utbetalningar av ekonomiskt bistånd föregås av beslut och attest",
         "Stickprov 40 utbetalningar per halvår",
         "Delår: 40 utbetalningar granskade utan anmärkning. Helår: ytterligare 40 granskade, samtliga hade beslut och attest.",
         "Genomförd", "Nej", "GENOMFORD", "nej"),
        ("Barn och unga", "Kontroll av att förhandsbedömning av orosanmälan sker inom 14 dagar",
         "Uppföljning i verksamhetssystemet, samtliga anmälningar",
         "6 av 50 förhandsbedömningar under hösten tog längre tid än 14 dagar, främst under semesterperioden.",
         "Genomförd", "Ja – 6 ärenden över lagstadgad tid", "GENOMFORD", "ja"),
        ("Barn och unga", "Kontroll av att vårdplaner upprättas för placerade barn inom sex veckor",
         "Genomgång av samtliga nya placeringar",
         "Kontroll gjord för placeringar januari–augusti. I 3 av 11 ärenden saknades vårdplan efter sex veckor.",
         "Delvis genomförd", "Ja", "DELVIS", "ja"),
        ("Informationssäkerhet", "Kontroll av loggar i verksamhetssystemet Lifecare avseende otillbörlig åtkomst",
         "Loggkontroll av 20 slumpvis valda personakter per kvartal",
         "Delår: Loggkontroll ej påbörjad. Helår: Loggkontroll genomförd för september–december, "
         "ingen otillbörlig åtkomst upptäcktes.",
         "", "Nej", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att återsökning av statliga medel från Migrationsverket görs",
         "Avstämning ansökningar mot ärendelista",
         "Ej aktuell 2025 då förvaltningen inte har några ärenden som berättigar till ersättning.",
         "Utgår", "–", "UTGAR", "nej"),
        ("Uppdragstagare", "Kontroll av att kontaktpersoner och kontaktfamiljer har aktuellt registerutdrag",
         "Genomgång av resursregistret",
         "Se kommentar",
         "Osäkert", "–", "OKLAR", "nej"),
        ("Avgifter", "Kontroll av att egenavgifter inom IFO debiteras enligt KF:s taxebeslut",
         "Stickprov 15 ärenden",
         "Kontrollen har inte genomförts. Rutinen för egenavgifter revideras och kontrollen flyttas till 2026.",
         "Ej genomförd", "Nej", "EJ_GENOMFORD", "nej"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.title = "Helårsuppföljning internkontrollplan 2025"
    d.core_properties.author = "Socialförvaltningen"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = KOMMUN + "\tSocialförvaltningen\tDnr SN 2024/211"
    sec.footer.paragraphs[0].text = "Helårsuppföljning internkontroll 2025"
    d.add_heading("Helårsuppföljning av Socialnämndens internkontrollplan 2025", level=1)
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig "
        "och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Socialnämnden antog "
        "internkontrollplanen för 2025 den 18 december 2024 (§ 156). Planen omfattar sju kontrollmoment som "
        "har valts ut efter en risk- och väsentlighetsanalys.")
    d.add_paragraph(
        "Nedan redovisas resultatet av varje kontrollmoment. Bedömningen anges som Genomförd, Delvis "
        "genomförd, Ej genomförd eller Utgår. Under Avvikelse anges om kontrollen visat fel eller brister.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    for i, (proc, text, metod, res, bed, avv, _, _) in enumerate(C, 1):
        d.add_heading("%d. %s" % (i, proc), level=3)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        for j, (lab, val) in enumerate([("Kontrollmoment", text), ("Metod", metod), ("Resultat", res),
                                        ("Bedömning", bed), ("Avvikelse", avv), ("Ansvarig", "Enhetschef")]):
            set_cell(t.cell(j, 0), lab, bold=True)
            set_cell(t.cell(j, 1), val)
            t.cell(j, 0).width = Cm(3.5)
            t.cell(j, 1).width = Cm(12.5)
        d.add_paragraph()
    d.add_heading("Sammanställning", level=2)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    summ = [("Bedömning", "Antal kontrollmoment"), ("Genomförd", "3"), ("Delvis genomförd", "1"),
            ("Ej genomförd", "1"), ("Utgår", "1"), ("Summa", "7")]
    for j, (a, b) in enumerate(summ):
        set_cell(t.cell(j, 0), a, bold=(j == 0 or a == "Summa"))
        set_cell(t.cell(j, 1), b, bold=(j == 0 or a == "Summa"))
    d.add_paragraph()
    d.add_paragraph("Kommentar till kontrollmoment 6: sammanställningen från enheterna kom in efter "
                    "rapportens sista dag och redovisas muntligt på nämndens sammanträde.")
    d.add_paragraph("Socialförvaltningen 2026-01-15")
    d.add_paragraph("Anna Berg\nsocialchef")
    d.save(os.path.join(HERE, fil))
    for c in C:
        exp(fil, nm, c[1], c[6], c[7])
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. VON – OpenDocument text, tick columns
def shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_von():
    fil = "Internkontroll helår 2025 (slutversion).odt"
    nm = "Vård- och omsorgsnämnden"
    # group, process, text, G, D, E, avv, comment, expected
    rows = [
        ("Myndighetsutövning", None),
        ("LSS", "Kontroll av att beslut enligt LSS verkställs inom tre månader",
         "X", "", "", "J", "Två ej verkställda beslut har rapporterats till IVO.", ("GENOMFORD", "ja")),
        ("Bistånd SoL", "Kontroll av att avgifter för äldreomsorg beräknas utifrån aktuell inkomstförfrågan",
         "", "", "X", "N", "Kontrollen sköts upp på grund av byte av avgiftshandläggare.", ("EJ_GENOMFORD", "nej")),
        ("Kvalitet", "Kontroll av att avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid",
         "", "", "", "", "Utgår – ersatt av egenkontroll i ledningssystemet enligt beslut VON 2025-05-14 § 48.",
         ("UTGAR", "nej")),
        ("Hemtjänst och särskilt boende", None),
        ("Hemtjänst", "Kontroll av att genomförandeplaner i hemtjänsten är aktuella och signerade",
         "", "✓", "", "J", "Granskat i 2 av 4 hemtjänstgrupper, i 9 av 30 ärenden saknades aktuell plan.",
         ("DELVIS", "ja")),
        ("Hemtjänst", "Kontroll av att utförda hemtjänsttimmar i TES stämmer mot fakturerade timmar",
         "✓", "", "", "N", "Avstämning per månad utan avvikelser.", ("GENOMFORD", "nej")),
        ("Särskilt boende", "Kontroll av att läkemedelshantering på särskilda boenden följer rutin (signeringslistor)",
         "X", "", "X", "", "", ("OKLAR", "nej")),
        ("Särskilt boende", "Kontroll av att brukares privata medel (fickpengar) redovisas och stäms av månadsvis",
         "", "", "", "", "", ("SAKNAS", "nej")),
        ("Ekonomi och administration", None),
        ("Informationssäkerhet", "Kontroll av att personalens behörighet i journalsystemet motsvarar tjänst",
         "X", "", "", "J", "Fem behörigheter för personal som bytt tjänst togs bort.", ("GENOMFORD", "ja")),
    ]
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    d.core_properties.author = "Kvalitetsenheten"
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Vård- och omsorgsförvaltningen · " + KOMMUN
    sec.footer.paragraphs[0].text = "Kvalitetsenheten, januari 2026"
    h = d.add_paragraph()
    r = h.add_run("Uppföljning internkontrollplan 2025 – helår")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Förklaring: Markera med X i den kolumn som stämmer. Avvikelse noterad anges J eller N. "
                    "Kommentera alltid om kontrollen inte är genomförd.")
    head = ["Process", "Kontrollmoment", "Genom-\nförd", "Delvis", "Ej genom-\nförd", "Avvikelse\nnoterad (J/N)",
            "Kommentar"]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, hh in enumerate(head):
        set_cell(t.rows[0].cells[c], hh, bold=True)
        shade(t.rows[0].cells[c], "D9E2F3")
    nG = nD = nE = 0
    for row in rows:
        cells = t.add_row().cells
        if row[1] is None:
            m = cells[0].merge(cells[6])
            set_cell(m, row[0], bold=True)
            shade(m, "F2F2F2")
            continue
        proc, text, g, dl, e, avv, kom, _ = row
        for c, v in enumerate([proc, text, g, dl, e, avv, kom]):
            set_cell(cells[c], v)
        nG += bool(g) and not e
        nD += bool(dl)
        nE += bool(e) and not g
    cells = t.add_row().cells
    for c, v in enumerate(["Antal", "", str(nG), str(nD), str(nE), "", ""]):
        set_cell(cells[c], v, bold=True)
    widths = [Cm(3.2), Cm(7.5), Cm(1.6), Cm(1.6), Cm(1.6), Cm(2.2), Cm(7.5)]
    for rr in t.rows:
        for c, w in enumerate(widths):
            rr.cells[c].width = w
    d.add_paragraph()
    d.add_paragraph("Rapporten behandlades i förvaltningens ledningsgrupp 2026-01-08 och överlämnas till nämnden "
                    "för beslut 2026-01-28.")
    src = os.path.join(BUILD, "Internkontroll helår 2025 (slutversion).docx")
    d.save(src)
    out = soffice_convert(src, "odt", BUILD)
    shutil.move(out, os.path.join(HERE, fil))
    for row in rows:
        if row[1] is not None:
            exp(fil, nm, row[1], row[7][0], row[7][1])
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. Stratsys export, several nämnder, long format
def file_export():
    fil = "Stratsys_export_internkontroll_2026-01-14.csv"
    SBN = "Samhällsbyggnadsnämnden"
    MBN = "Miljö- och byggnadsnämnden"
    GAN = "Gymnasie- och arbetsmarknadsnämnden"
    head = ["Enhet", "Kontrollområde", "Kontrollmoment", "År", "Period", "Status", "Avvikelse", "Kommentar"]
    data = []  # rows
    # (enhet as written, nämnd, område, text, [(år, period, status, avv, komm)], expected)
    C = [
        ("Samhällsbyggnadsnämnden", SBN, "Exploatering",
         "Kontroll av att exploateringsavtal följs upp avseende ekonomiska åtaganden",
         [("2025", "Delår", "Pågående", "", "Två av fem avtal genomgångna."),
          ("2025", "Helår", "Genomförd", "Nej", "Samtliga fem avtal uppföljda, åtaganden uppfyllda.")],
         ("GENOMFORD", "nej")),
        ("Samhällsbyggnadsnämnden", SBN, "Bostadsanpassning",
         "Kontroll av att beslut om bostadsanpassningsbidrag fattas inom åtta veckor",
         [("2025", "Delår", "Genomförd", "Nej", ""),
          ("2025", "Helår", "Genomförd", "Ja", "3 ärenden överskred handläggningstiden; orsak: sjukfrånvaro.")],
         ("GENOMFORD", "ja")),
        ("Samhällsbyggnadsnämnden", SBN, "Mark",
         "Kontroll av att markanvisningar sker enligt antagen markanvisningspolicy",
         [("2025", "Delår", "Ej påbörjad", "", ""),
          ("2025", "Helår", "Ej påbörjad", "", "Inga markanvisningar har gjorts under året; kontrollen har inte startats.")],
         ("EJ_GENOMFORD", "nej")),
        ("Samhällsbyggnadsnämnden", SBN, "Taxor",
         "Kontroll av att planavgifter debiteras enligt plan- och bygglovtaxan",
         [("2025", "Delår", "Pågående", "", ""),
          ("2025", "Helår", "Pågående", "Ja", "Två detaljplaner saknade debitering av planavgift,\n"
                                             "fakturering sker i februari.")],
         ("DELVIS", "ja")),
        ("Samhällsbyggnadsnämnden", SBN, "Mark",
         "Kontroll av att arrendeavtal för kommunal mark är aktuella och indexuppräknade",
         [("2024", "Helår", "Genomförd", "Nej", "Samtliga 23 arrenden uppräknade."),
          ("2025", "Helår", "", "", "")],
         ("SAKNAS", "nej")),
        ("Miljö- och byggnadsnämnden", MBN, "Bygglov",
         "Kontroll av att bygglovsansökningar handläggs inom tio veckor från komplett ansökan",
         [("2025", "Delår", "Pågående", "", ""),
          ("2025", "Helår", "Genomförd", "Ja", "12 av 180 ärenden över tidsgränsen; avgiftsreduktion har tillämpats.")],
         ("GENOMFORD", "ja")),
        ("Miljö- och byggnadsnämnden", MBN, "Livsmedel",
         "Kontroll av att livsmedelskontroller utförs enligt fastställd kontrollplan",
         [("2025", "Delår", "Pågående", "", ""),
          ("2025", "Helår", "Pågående", "Ja", "82 % av planerade kontroller utförda; skuld till 2026.")],
         ("DELVIS", "ja")),
        ("Miljö- och byggnadsnämnden", MBN, "Avgifter",
         "Kontroll av att tillsynsavgifter för miljöfarlig verksamhet faktureras",
         [("2025", "Delår", "Ej påbörjad", "", ""),
          ("2025", "Helår", "Genomförd", "Nej", "")],
         ("GENOMFORD", "nej")),
        ("Miljö- och byggnadsnämnden", MBN, "Delegation",
         "Kontroll av att delegationsbeslut inom miljö och bygg anmäls vid nästa sammanträde",
         [("2025", "Delår", "Genomförd", "Nej", ""),
          ("2025", "Helår", "Ej aktuell", "", "Avbruten genom beslut MBN 2025-09-17 § 77 (ny delegationsordning).")],
         ("UTGAR", "nej")),
        ("Bygg- och miljöenheten", MBN, "Tillsyn",
         "Kontroll av att beslut om enskilda avlopp följs upp med efterkontroll",
         [("2025", "Delår", "Pågående", "", ""),
          ("2025", "Helår", "", "", "Klart, samtliga 14 beslut efterkontrollerade utan avvikelser.")],
         ("GENOMFORD", "nej")),
        ("Gymnasie- och arbetsmarknadsförvaltningen", GAN, "Gymnasieskola",
         "Kontroll av att elevers närvaro rapporteras till CSN enligt rutin",
         [("2025", "Delår", "Genomförd", "Nej", "")],
         ("GENOMFORD", "nej")),
        ("Gymnasie- och arbetsmarknadsförvaltningen", GAN, "Gymnasieskola",
         "Kontroll av att utbetalning av lärlingsersättning sker enligt beslut",
         [("2025", "Delår", "Pågående", "Nej", "Vårterminen kontrollerad.")],
         ("DELVIS", "nej")),
        ("Gymnasie- och arbetsmarknadsförvaltningen", GAN, "Arbetsmarknad",
         "Kontroll av att deltagare i arbetsmarknadsinsatser har giltigt beslut om anvisning",
         [("2025", "Delår", "Ej påbörjad", "", "")],
         ("EJ_GENOMFORD", "nej")),
        ("Gymnasie- och arbetsmarknadsförvaltningen", GAN, "Ekonomi",
         "Kontroll av att interkommunala ersättningar (IKE) faktureras enligt riksprislistan",
         [("2025", "Delår", "Genomförd", "Ja", "Fyra elever fakturerades enligt fel program; rättat.")],
         ("GENOMFORD", "ja")),
    ]
    for enh, nm, omr, text, periods, ex in C:
        for ar, per, st, avv, kom in periods:
            data.append([enh, omr, text, ar, per, st, avv, kom])
        exp(fil, nm, text, ex[0], ex[1])
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Stratsys - Rapport: Internkontroll uppföljning 2025\r\n")
        f.write("Utskriven 2026-01-14 08:42 av Ekonomiavdelningen\r\n")
        f.write("\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(head)
        for row in data:
            w.writerow(row)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", GAN, "2025", "DELAR"))


# ---------------------------------------------------------------- 8. ÖFN – a screenshot saved with .xlsx extension
def file_broken():
    fil = "ÖFN uppföljning internkontroll 2025.xlsx"
    w, h = 320, 120

    def chunk(typ, data):
        c = struct.pack(">I", len(data)) + typ + data
        return c + struct.pack(">I", zlib.crc32(typ + data) & 0xffffffff)
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            if y < 20:
                raw += b"\x1f\x4e\x78"
            elif (y // 20) % 2 == 0 and x % 80 < 78:
                raw += b"\xf2\xf2\xf2"
            else:
                raw += b"\xff\xff\xff"
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(png)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------- main
def main():
    os.makedirs(BUILD, exist_ok=True)
    file_ks()
    file_bun()
    file_tn()
    file_kfn()
    file_sn()
    file_von()
    file_export()
    file_broken()
    shutil.rmtree(BUILD)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in NAMNDER:
            f.write("%s;%s\n" % (n, "|".join(al)))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    texts = [e[2] for e in EXPECTED]
    assert len(texts) == len(set(texts)), "duplicate control text"
    assert all(len(t) >= 25 for t in texts)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")
    print("files:", len(set(r[0] for r in FILES)), "nämnd rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
