#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r612 - Tallnäs kommun, tertial 1 2025 (early-year inbox).

Builds every follow-up file plus namnder.csv, files.csv, expected.csv
directly in this folder.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 13, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(HERE, name)


def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Tallnäs kommun"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx with Status T1 | T2 | T3, only T1 filled
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK-uppföljning T1 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Uppföljning per tertial. Ange status för aktuellt tertial: Genomförd / Påbörjad / "
                "Ej genomförd / Planerad till T2 resp. T3. Beskriv avvikelser i kommentarsfältet.")
    ws.merge_cells("A2:I2")
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[2].height = 30
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Status T3", "Kommentar / avvikelse"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = box
    rows = [
        ("H", "1. Ekonomiadministration"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Varje tertial", "Genomförd",
         "Stickprov 30 fakturor jan–april. 2 fakturor attesterade av ersättare utan gällande "
         "delegation. Information till attestanterna har gått ut.", "GENOMFORD", "ja"),
        ("1.2", "Ekonomi", "Kontroll av att representation följer riktlinjerna (syfte och deltagare anges)",
         "Redovisningsansvarig", "Varje tertial", "Genomförd",
         "15 verifikationer granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton vid bokslut", "Redovisningsansvarig",
         "T1 och T3", "Genomförd", "Bokslut 2024 avstämt, inga differenser.", "GENOMFORD", "nej"),
        ("1.4", "Upphandling", "Kontroll av inköp mot ramavtal (avtalstrohet)", "Upphandlingschef",
         "1 ggr/år", "Planerad till T2", "Analys av inköpsdata görs i juni.", "EJ_GENOMFORD", ""),
        ("H", "2. Personal"),
        ("2.1", "Lön", "Behörighetskontroll i lönesystemet", "HR-chef", "2 ggr/år", "Påbörjad",
         "Behörighetslista uttagen, genomgång med cheferna pågår.", "DELVIS", ""),
        ("2.2", "Rekrytering", "Kontroll av att anställningar beslutas enligt delegationsordningen",
         "HR-chef", "1 ggr/år", "Planerad till T3", "", "EJ_GENOMFORD", ""),
        ("2.3", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-specialist",
         "Varje tertial", "Genomförd", "Samtliga ärenden över 28 dagar har rehabplan. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("H", "3. Information och IT"),
        ("3.1", "Dokumenthantering", "Kontroll av att diarieföring sker inom föreskriven tid", "Registrator",
         "2 ggr/år", None,
         "Stickprov genomfört i mars: 4 av 40 handlingar diarieförda mer än en vecka efter ankomst.",
         "GENOMFORD", "ja"),
        ("3.2", "Dataskydd", "Uppföljning av registerförteckning enligt GDPR", "Dataskyddsombud",
         "1 ggr/år", "Ej aktuellt för T1", "", "EJ_GENOMFORD", ""),
        ("3.3", "IT-säkerhet", "Test av återläsning av säkerhetskopior", "IT-chef", "1 ggr/år (T3)",
         "Genomförd", "Tidigarelagd – återläsning testad i februari utan anmärkning.", "GENOMFORD", "nej"),
        ("3.4", "IT-säkerhet", "Kontroll av att avslutade anställda tagits bort ur behörighetssystemen",
         "IT-chef", "Varje tertial", None, None, "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = bold
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        nr, proc, km, ans, frek, st, kom, es, ea = row
        vals = [nr, proc, km, ans, frek, st, None, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, es, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt 2025-05-08 av ekonomienheten, kommunledningsförvaltningen.")
    widths = [6, 16, 48, 20, 14, 18, 12, 12, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    fix_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word report, one table per process
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning internkontroll tertial 1 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Socialförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Socialnämnden\nDnr SN 2025/87\n2025-05-06")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Planen omfattar nio kontrollmoment "
        "fördelade på tre processer. Flera kontroller är enligt planen schemalagda till senare under året "
        "och redovisas därför först i tertial 2 eller i helårsuppföljningen. Av de kontroller som genomförts "
        "under tertial 1 har avvikelser konstaterats i tre fall; åtgärder redovisas i tabellerna nedan.")
    procs = [
        ("Process: Handläggning av ekonomiskt bistånd", [
            ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 20 akter",
             "Varje tertial",
             "20 akter granskade. 1 beslut fattat av handläggare utan delegation för beloppet. "
             "Genomgång av delegationsordningen på APT i april.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med beslut",
             "Registerkontroll", "Varje tertial", "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
            ("Uppföljning av återkrav", "Genomgång av reskontra", "Oktober",
             "Kontrollen görs i oktober enligt plan.", "–", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Barn och unga", [
            ("Förhandsbedömning av orosanmälan inom 14 dagar", "Uttag ur verksamhetssystemet",
             "Varje tertial",
             "87 % av förhandsbedömningarna klara inom 14 dagar (mål 100 %). Orsak: vakanser januari–februari.",
             "Genomförd", "GENOMFORD", "ja"),
            ("Utredningstid högst fyra månader", "Uttag ur verksamhetssystemet", "Varje tertial",
             "Uttag gjort för januari–mars, april återstår.", "Pågår", "DELVIS", ""),
            ("Uppföljning av placerade barn (samtal enligt 11 kap. 3 a § SoL)", "Aktgranskning", "T2",
             "", "Planerad till T2", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Systematiskt kvalitetsarbete", [
            ("Hantering av lex Sarah-rapporter inom fastställd tid", "Genomgång av samtliga rapporter",
             "Varje tertial", "6 rapporter inkomna, samtliga utredda inom fastställd tid.", "Genomförd",
             "GENOMFORD", "nej"),
            ("Synpunkter och klagomål besvaras inom 10 arbetsdagar", "Stickprov 25 ärenden", "Halvår",
             "Genomgången tidigarelagd. 3 av 25 ärenden besvarades för sent.", "Genomförd",
             "GENOMFORD", "ja"),
            ("Kontroll av avtalsuppföljning av HVB-placeringar", "Genomgång av avtal", "Helår",
             "Ej aktuellt för T1. Görs i samband med helårsuppföljningen.", "", "EJ_GENOMFORD", ""),
        ]),
    ]
    for title, ctrls in procs:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Tidpunkt", "Resultat T1", "Bedömning"]):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for km, met, tid, res, bed, es, ea in ctrls:
            cells = t.add_row().cells
            for i, v in enumerate([km, met, tid, res, bed]):
                cells[i].text = v
            exp(fil, N, km, es, ea)
        d.add_paragraph("")
    d.add_paragraph("Anna Lind\nförvaltningschef, socialförvaltningen")
    d.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Stratsys-like CSV (cp1252), three nämnder
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_Internkontroll_export_20250513.csv"
    data = [
        ("Tallnäs kommun/Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden", [
            ("Skolskjuts", "Kontroll av att skolskjutsbeslut fattas enligt riktlinjerna", "Skolskjutssamordnare",
             "Genomförd", "Nej", "Stickprov 15 beslut, samtliga enligt riktlinjerna.", "GENOMFORD", "nej"),
            ("Elevhälsa", "Uppföljning av frånvaro och anmälan till rektor vid upprepad ogiltig frånvaro",
             "Verksamhetsutvecklare", "Påbörjad", "", "Rutinen gås igenom på tre av sju skolor.", "DELVIS", ""),
            ("Personal", "Kontroll av att registerutdrag ur belastningsregistret begärts vid nyanställning",
             "HR-partner", "Genomförd", "Ja",
             "2 av 22 nyanställda saknade registerutdrag i personalakten.\nKompletterat i april.",
             "GENOMFORD", "ja"),
            ("Trygghet", "Anmälan om kränkande behandling till huvudmannen inom en vecka", "Kvalitetsstrateg",
             "Ej påbörjad", "", "Genomförs under T2.", "EJ_GENOMFORD", ""),
            ("Ekonomi", "Kontroll av elevpeng och interkommunala ersättningar", "Controller",
             "Ej aktuell under perioden", "", "Avstäms mot höstens elevräkning i oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("Tallnäs kommun/Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", [
            ("Bidrag", "Kontroll av föreningsbidrag mot redovisade medlemsuppgifter", "Föreningskonsulent",
             "Genomförd", "Nej", "Samtliga 12 ansökningar kontrollerade.", "GENOMFORD", "nej"),
            ("Kontanthantering", "Kassahantering i simhallen – dagliga kassaavstämningar", "Badchef",
             "Genomförd", "Ja", "Differens 340 kr den 14/3, utredd och rapporterad.", "GENOMFORD", "ja"),
            ("Lokaler", "Uthyrning av lokaler enligt fastställd taxa", "Bokningsansvarig",
             "", "", "", "SAKNAS", ""),
            ("Tillgångar", "Inventering av konstsamlingen", "Kulturchef", "Utgår", "",
             "Utgår enligt beslut KFN 2025-02-18 § 14, ersätts av digital registrering.", "UTGAR", ""),
        ]),
        ("Tallnäs kommun/Tekniska nämnden", "Tekniska nämnden", [
            ("Investeringar", "Kontroll av att fakturor från entreprenör stämmer mot avtal och ÄTA-beslut",
             "Projektchef", "Genomförd", "Nej", "Tre projekt kontrollerade utan anmärkning.", "GENOMFORD", "nej"),
            ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkingenjör", "Ej påbörjad", "",
             "Besiktning planerad till maj (T2).", "EJ_GENOMFORD", ""),
            ("Fordon", "Kontroll av fordonsflottans körjournaler", "Fordonssamordnare", "Påbörjad", "",
             "Hälften av fordonen kontrollerade.", "DELVIS", ""),
            ("Gata/park", "Uppföljning av vinterväghållning mot avtal", "Driftchef", "Genomförd", "Ja",
             "Två tillfällen med sen plogning i Norrby.\nVite har utkrävts av entreprenören.", "GENOMFORD", "ja"),
            ("Avfall", "Kontroll av att avfallstaxan debiteras korrekt", "Avfallschef",
             "Ej aktuell under perioden", "", "", "EJ_GENOMFORD", ""),
        ]),
    ]
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig",
           "Uppföljningsperiod", "Status", "Avvikelse", "Kommentar"]
    with open(p(fil), "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Internkontroll - uppföljning\r\n")
        f.write("Utskriven: 2025-05-13 08:41 av ekonomikontoret\r\n")
        f.write("\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, N, rows in data:
            for proc, km, ans, st, av, kom, es, ea in rows:
                w.writerow([org, "Internkontrollplan 2025", proc, km, ans, "Tertial 1 2025", st, av, kom])
                exp(fil, N, km, es, ea)
    for _, N, _ in data:
        FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnämnden - .ods with symbols and legend sentence
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "Uppföljning IKP 2025 tertial 1 MBN.ods"
    N = "Miljö- och byggnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(big)
    widths = ["4.5cm", "8cm", "2cm", "3.5cm", "2.2cm", "9cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="Tertial 1")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tr.addElement(TableCell())
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
                tr.addElement(tc)
        t.addElement(tr)

    row(["Miljö- och byggnämnden"], big)
    row(["Internkontrollplan 2025 – uppföljning tertial 1 (jan–apr)"], bold)
    row([])
    row(["Risk", "Kontrollmoment", "Riskvärde", "Ansvarig", "Utfall T1", "Kommentar"], bold)
    ctrls = [
        ("Lagstadgade tidsfrister överskrids", "Handläggningstid för bygglov inom 10 veckor", "12",
         "Bygglovschef", "✔",
         "94 % inom tid. 3 ärenden överskred fristen utan att förlängning beslutats.", "GENOMFORD", "ja"),
        ("Felaktig debitering", "Debitering av bygglovsavgift enligt taxa", "9", "Administratör", "✔",
         "Stickprov 10 ärenden, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        ("Tillsynsskuld byggs upp", "Tillsynsplan för livsmedelskontroll följs", "12", "Miljöchef", "◐",
         "32 av 120 planerade inspektioner gjorda (27 %).", "DELVIS", ""),
        ("Beslut fattas utan stöd i delegation",
         "Kontroll av att delegationsbeslut anmäls till nämnden", "8", "Nämndsekreterare", "✔",
         "Samtliga delegationslistor anmälda, inga avvikelser.", "GENOMFORD", "nej"),
        ("Förelägganden följs inte", "Kontroll av att förelägganden följs upp", "6", "Miljöinspektör", "○",
         "", "EJ_GENOMFORD", ""),
        ("Felaktig debitering", "Kontroll av avgiftsuttag för enskilda avlopp", "6", "Miljöinspektör", "✘",
         "Ej genomförd på grund av vakans. Flyttas till T2.", "EJ_GENOMFORD", ""),
        ("Handlingar gallras felaktigt", "Arkivering av avslutade bygglovsärenden", "4", "Arkivarie", "—",
         "Ersätts av e-arkiv från 2025.", "UTGAR", ""),
        ("Jäv och otillåten påverkan",
         "Kontroll av att handläggare anmält bisysslor", "9", "Förvaltningschef", "○",
         "Enkät skickas ut i september.", "EJ_GENOMFORD", ""),
    ]
    for risk, km, rv, ans, sym, kom, es, ea in ctrls:
        row([risk, km, rv, ans, sym, kom])
        exp(fil, N, km, es, ea)
    row([])
    row(["Teckenförklaring: ✔ = genomförd, ◐ = påbörjad/delvis genomförd, ✘ = ej genomförd, "
         "○ = ej aktuell ännu (planerad till T2 eller T3), — = utgår."])
    row(["Rapporterad av Karin Ek, förvaltningschef, 2025-05-05"])
    doc.spreadsheet.addElement(t)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Controller's summary workbook: counts + one tab with ÖFN's controls
# ---------------------------------------------------------------------------
def file_summary():
    fil = "Sammanställning internkontroll T1 2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Översikt"
    ws["A1"] = "Sammanställning intern kontroll – tertial 1 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal kontrollmoment per nämnd och status enligt inkomna uppföljningar (ekonomikontoret)."
    hdr = ["Nämnd", "Antal kontrollmoment", "Genomförda", "Påbörjade", "Ej genomförda / ej aktuella ännu",
           "Utgår", "Ej redovisade"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    counts = [
        ("Kommunstyrelsen", 11, 6, 1, 3, 0, 1),
        ("Socialnämnden", 9, 5, 1, 3, 0, 0),
        ("Vård- och omsorgsnämnden", 8, 2, 1, 2, 0, 3),
        ("Barn- och utbildningsnämnden", 5, 2, 1, 2, 0, 0),
        ("Kultur- och fritidsnämnden", 4, 2, 0, 0, 1, 1),
        ("Tekniska nämnden", 5, 2, 1, 2, 0, 0),
        ("Miljö- och byggnämnden", 8, 3, 1, 3, 1, 0),
        ("Överförmyndarnämnden", 5, 2, 1, 2, 0, 0),
        ("Tallnäs Bostäder AB", 7, 3, 1, 2, 0, 1),
    ]
    r = 5
    for row in counts:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for c in range(2, 8):
        col = chr(64 + c)
        ws.cell(row=r, column=c, value="=SUM(%s5:%s%d)" % (col, col, r - 1)).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Valnämnden har inga kontrollmoment 2025. Tallnäs Vatten AB har ännu inte rapporterat.")
    ws.column_dimensions["A"].width = 32
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 18

    w2 = wb.create_sheet("ÖFN (inkom per mejl)")
    w2["A1"] = "Överförmyndarnämnden – intern kontroll, uppföljning T1 2025"
    w2["A1"].font = Font(bold=True)
    w2["A2"] = "Inklistrat från mejl från överförmyndarenheten 2025-05-09 (ingen egen mall)."
    for c, h in enumerate(["Kontrollmoment", "Status", "Kommentar"], 1):
        w2.cell(row=4, column=c, value=h).font = Font(bold=True)
    ctrls = [
        ("Granskning av årsräkningar inom fastställd tid", "Påbörjad",
         "410 av 520 årsräkningar granskade per 30 april.", "DELVIS", ""),
        ("Kontroll av att arvoden till ställföreträdare beslutas enligt riktlinjer", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att förteckningar inkommer inom två månader", "Genomförd",
         "2 förteckningar inkom för sent, påminnelser skickade.", "GENOMFORD", "ja"),
        ("Lämplighetsprövning av nya gode män (belastningsregister och Kronofogden)", "Planerad till T2",
         "", "EJ_GENOMFORD", ""),
        ("Uppföljning av ställföreträdares utbildning", "Görs i oktober", "", "EJ_GENOMFORD", ""),
    ]
    r = 5
    for km, st, kom, es, ea in ctrls:
        w2.cell(row=r, column=1, value=km)
        w2.cell(row=r, column=2, value=st)
        w2.cell(row=r, column=3, value=kom)
        exp(fil, N, km, es, ea)
        r += 1
    w2.column_dimensions["A"].width = 70
    w2.column_dimensions["B"].width = 18
    w2.column_dimensions["C"].width = 50
    fix_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden - .xls, nämnd only in the file name, X columns
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_IK_T1_2025.xls"
    N = "Vård- och omsorgsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    b = xlwt.easyxf("font: bold on")
    wrap = xlwt.easyxf("align: wrap on, vert top")
    ws.write(0, 0, "Uppföljning intern kontroll – tertial 1 2025", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Markera med X i en av kolumnerna. Kommentera alltid avvikelser.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, b)
    ctrls = [
        ("Hemtjänst", "Beviljad tid i hemtjänsten stämmer med utförd tid", "X", "", "",
         "Avvikelse över 10 % i två hemtjänstgrupper, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("", "Genomförandeplaner upprättas inom 14 dagar", "", "X", "",
         "Kontrollerat på 3 av 6 enheter.", "DELVIS", ""),
        ("Särskilt boende", "Läkemedelshantering – kontroll av signeringslistor", "X", "", "",
         "Inga brister.", "GENOMFORD", "nej"),
        ("", "Kontroll av brukarnas medel (kontanthantering på boenden)", "X", "", "X",
         "", "OKLAR", ""),
        ("", "Riskbedömningar (fall, trycksår, nutrition) i Senior alert", "", "", "",
         "Görs i oktober i samband med punktprevalensmätningen.", "EJ_GENOMFORD", ""),
        ("LSS", "Debitering av omvårdnadsavgifter enligt beslut", "", "", "X",
         "Ej aktuellt för T1 – avgiftsöversyn i september.", "EJ_GENOMFORD", ""),
        ("", "Kontroll av att privata utförare rapporterar avvikelser", "", "", "",
         "Se bilaga 2", "OKLAR", ""),
        ("", "Registerutdrag vid anställning inom LSS", "", "", "", "", "SAKNAS", ""),
    ]
    r = 4
    for omr, km, g, dl, ej, kom, es, ea in ctrls:
        for c, v in enumerate([omr, km, g, dl, ej, kom]):
            if v:
                ws.write(r, c, v, wrap)
        exp(fil, N, km, es, ea)
        r += 1
    ws.write(r + 1, 0, "Ifylld av: M. Berg, kvalitetssamordnare, 2025-05-07")
    for c, w in enumerate([18, 55, 11, 9, 13, 60]):
        ws.col(c).width = w * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Tallnäs Bostäder AB - traffic-light fills, legend rows above the table
# ---------------------------------------------------------------------------
def file_tbab():
    fil = "Tallnäsbostäder internkontroll 2025 uppföljning T1.xlsx"
    N = "Tallnäs Bostäder AB"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tallnäs Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1"
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "Färgförklaring"
    ws["A4"].font = Font(italic=True)
    legend = [(GREEN, "Genomförd, inga avvikelser"), (RED, "Genomförd – avvikelse konstaterad"),
              (YELLOW, "Pågående"), (GREY, "Ej aktuell under T1 (planerad senare under året)")]
    r = 5
    for col, txt in legend:
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r, column=2, value=txt)
        r += 1
    hr = r + 1
    for c, h in enumerate(["Status", "Kontrollaktivitet", "Risk", "Ansvarig", "Kommentar"], 1):
        ws.cell(row=hr, column=c, value=h).font = Font(bold=True)
    ctrls = [
        (GREEN, "Hyresavisering – kontroll av hyreshöjning 2025 mot förhandlingsresultat",
         "Felaktiga hyror", "Ekonomichef", "50 lägenheter kontrollerade.", "GENOMFORD", "nej"),
        (RED, "Attest av fakturor över 100 tkr (dubbel attest)", "Otillåtna utbetalningar", "VD",
         "1 faktura (118 tkr) utan dubbel attest.", "GENOMFORD", "ja"),
        (YELLOW, "Hantering av hyresfordringar och avhysningar", "Kundförluster", "Kundchef",
         "Genomgång av kundreskontran pågår.", "DELVIS", ""),
        (GREEN, "Nyckelhantering – kvittens av utlämnade nycklar", "Obehörigt tillträde",
         "Förvaltare", "Inga avvikelser.", "GENOMFORD", "nej"),
        (GREY, "Uppföljning av ramavtal för fastighetsunderhåll", "Avtalsbrott", "Teknisk chef",
         "", "EJ_GENOMFORD", ""),
        (GREY, "Brandskyddskontroll (SBA) i flerbostadshus", "Brand", "Fastighetschef",
         "Planeras till hösten.", "EJ_GENOMFORD", ""),
        (None, "Kontroll av köhantering vid lägenhetsuthyrning", "Favorisering", "Uthyrningschef",
         "", "SAKNAS", ""),
    ]
    r = hr + 1
    for col, km, risk, ans, kom, es, ea in ctrls:
        if col:
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=risk)
        ws.cell(row=r, column=4, value=ans)
        ws.cell(row=r, column=5, value=kom or None)
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Behandlad av styrelsen 2025-05-20.")
    for col, w in zip("ABCDE", [10, 60, 24, 18, 50]):
        ws.column_dimensions[col].width = w
    fix_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file left in the folder
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$Sammanställning internkontroll T1 2025.xlsx"
    name = "Lena Holm"
    data = bytes([len(name)]) + name.encode("latin-1") + b" " * (54 - len(name))
    data += bytes([len(name), 0]) + name.encode("utf-16-le") + b"\x20\x00" * (54 - len(name))
    data = data[:165].ljust(165, b"\x00")
    with open(p(fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Samhällsbyggnad teknik"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Tallnäs Bostäder AB", "Tallnäsbostäder|TBAB"),
        ("Tallnäs Vatten AB", "Tallnäs Vatten|TVAB"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))


def write_csvs():
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    file_ks()
    file_sn()
    file_stratsys()
    file_mbn()
    file_summary()
    file_von()
    file_tbab()
    file_lock()
    write_register()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))
