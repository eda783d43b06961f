#!/usr/bin/python3
"""Blind round r302 - Norra Skogsby kommun, T2/delår 2025, an ordinary inbox.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic content)
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

FIXED = dt.datetime(2025, 9, 10, 8, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnämnden"
OFN = "Överförmyndarnämnden"
BOLAG = "Skogsbyhem AB"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_props(wb):
    wb.properties.creator = "Norra Skogsby kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Norra Skogsby kommun"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, drop-down statuses, T1 + T2 columns, group rows
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK uppföljning T2 2025 KS.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "T2 2025"
    ws["A1"] = "Norra Skogsby kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljningsperiod: tertial 2 (januari–augusti)"
    ws["A4"] = "Status väljs i rullistan: Klar / Pågående / Ej påbörjad / Ej aktuell i år"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process/område", "Kontrollmoment", "Ansvarig", "När", "Status T1",
           "Status T2", "Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    ws.freeze_panes = "A7"
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Ekonomichef", "Stickprov april och augusti", "Klar", "Klar",
             "30 fakturor per stickprov granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Kontanthantering", "Kontroll av kontantkassor i receptionen och på turistbyrån",
             "Redovisningsekonom", "T1, T2", "Klar", "Klar",
             "Vid T2-kontrollen saknades kvitto för ett uttag på 350 kr i turistbyråns kassa. "
             "Rutinen har förtydligats för personalen.", "GENOMFORD", "ja"),
            ("1.3", "Representation",
             "Granskning av att representation följer riktlinjerna (syfte och deltagare angivna)",
             "Controller", "T2", None, "Pågående",
             "Stickprov påbörjat i augusti, resultat redovisas i T3.", "DELVIS", ""),
        ]),
        ("2. HR/Personal", [
            ("2.1", "Lön",
             "Kontroll av att timanställdas tidrapporter är attesterade före löneutbetalning",
             "HR-chef", "Varje tertial", "Klar", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("2.2", "Arbetsmiljö", "Uppföljning av att medarbetarsamtal har genomförts",
             "HR-strateg", "T2", "Ej påbörjad", "Ej påbörjad",
             "Enkät till cheferna skickas ut i september.", "EJ_GENOMFORD", ""),
            ("2.3", "Lön",
             "Kontroll av att behörigheter i lönesystemet avslutas när anställningen upphör",
             "Lönechef", "T1", "Klar", None, None, "GENOMFORD", ""),
        ]),
        ("3. Upphandling", [
            ("3.1", "Direktupphandling",
             "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
             "Upphandlare", "T2", None, "Klar",
             "Tre av tolv direktupphandlingar saknade dokumentation. Information till "
             "beställarna på chefsforum i september.", "GENOMFORD", "ja"),
            ("3.2", "Avtalstrohet",
             "Stickprov på inköp utanför avtal (kontorsmaterial och IT-tillbehör)",
             "Upphandlare", "T2", None, None, None, "SAKNAS", ""),
        ]),
        ("4. Kansli och administration", [
            ("4.1", "Delegation",
             "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
             "Kanslichef", "Varje tertial", "Klar", "Klar", "Inga anmärkningar.", "GENOMFORD", "nej"),
            ("4.2", "Diarieföring",
             "Kontroll av att inkomna handlingar diarieförs inom två arbetsdagar",
             "Registrator", "T2", None, "Ej aktuell i år",
             "Ersätts av granskning i samband med byte av ärendehanteringssystem 2026.",
             "UTGAR", ""),
            ("4.3", "Informationssäkerhet",
             "Uppföljning av att alla medarbetare har genomfört utbildning i informationssäkerhet",
             "IT-chef", "T2", "Pågående", "Pågående",
             "68 % har genomfört utbildningen per 31 augusti.", "DELVIS", ""),
        ]),
    ]
    r = 7
    for gi, (gname, rows) in enumerate(groups):
        if gi > 0:
            r += 1  # empty row between groups
        ws.cell(r, 1, gname).font = BOLD
        for c in range(1, 9):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            vals = row[:8]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            exp(fil, KS, row[2], row[8], row[9])
            r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1='"Klar,Pågående,Ej påbörjad,Ej aktuell i år"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F7:G{last}")
    r += 2
    ws.cell(r, 1, "Norra Skogsby 2025-09-10")
    ws.cell(r + 2, 1, "Maria Ek")
    ws.cell(r + 3, 1, "kommundirektör")
    widths = [6, 20, 48, 18, 18, 13, 13, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(fil)
    FILES.append((fil, "INLAST", KS, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word delårsrapport with one IK table
# ---------------------------------------------------------------------------
def file_bun():
    import docx
    from docx.shared import Pt, Cm
    fil = "BUN Delårsrapport jan-aug 2025.docx"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Barn- och utbildningsförvaltningen"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Barn- och utbildningsförvaltningen"
    cp.title = "Delårsrapport januari–augusti 2025"
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Norra Skogsby kommun\tBarn- och utbildningsnämnden\tDnr BUN 2025/118"
    d.add_heading("Delårsrapport januari–augusti 2025", 0)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_heading("1. Sammanfattning", 1)
    d.add_paragraph(
        "Nämnden redovisar för perioden januari–augusti ett överskott på 1,8 mnkr jämfört med "
        "periodiserad budget. Prognosen för helåret är ett resultat i balans. Barnantalet i förskolan "
        "har minskat något medan elevantalet i grundskolan är oförändrat jämfört med föregående år.")
    d.add_heading("2. Ekonomi", 1)
    d.add_paragraph(
        "Personalkostnaderna ligger under budget till följd av vakanser inom elevhälsan. "
        "Kostnaderna för skolskjuts har ökat med 6 % efter ny upphandling. Intäkterna från "
        "barnomsorgsavgifter följer budget.")
    t0 = d.add_table(rows=4, cols=4)
    t0.style = "Table Grid"
    for i, row in enumerate([("Mnkr", "Budget helår", "Utfall jan–aug", "Prognos helår"),
                             ("Intäkter", "38,2", "25,9", "38,5"),
                             ("Kostnader", "-412,6", "-271,3", "-412,9"),
                             ("Nettokostnad", "-374,4", "-245,4", "-374,4")]):
        for j, v in enumerate(row):
            t0.cell(i, j).text = v
    d.add_heading("3. Verksamhet", 1)
    d.add_paragraph(
        "Samtliga förskolor har genomfört det systematiska kvalitetsarbetet enligt årshjulet. "
        "Meritvärdet i årskurs 9 uppgick till 221 poäng (föregående år 216).")
    d.add_heading("4. Intern kontroll", 1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (BUN § 98). Planen omfattar "
        "nio kontrollmoment. Tabellen nedan visar uppföljningen per delåret. Kontrollmoment som inte "
        "är avslutade redovisas på nytt i helårsuppföljningen.")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor inom förskola och grundskola",
         "Förvaltningsekonom", "Stickprov på 40 fakturor i maj. Samtliga korrekt attesterade.",
         "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att avgifter i barnomsorgen debiteras enligt inkomstuppgift",
         "Handläggare barnomsorgsavgifter",
         "25 hushåll kontrollerade. Två hushåll hade felaktig avgift, avgifterna har korrigerats.",
         "Genomförd – avvikelse", "GENOMFORD", "ja"),
        ("Elevhälsa", "Kontroll av att elevhälsans journaler förs enligt patientdatalagen",
         "Verksamhetschef elevhälsa", "Granskning av 15 journaler genomförd, rapport skrivs.",
         "Pågående", "DELVIS", ""),
        ("Skolplikt", "Uppföljning av rutin för frånvaroanmälan och problematisk skolfrånvaro",
         "Rektorer", "Granskning klar på tre av fem skolor.", "Pågående", "DELVIS", ""),
        ("Skolskjuts", "Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen",
         "Skolskjutshandläggare", "–", "Planeras T3", "EJ_GENOMFORD", ""),
        ("Trygghet", "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman och utreds",
         "Utvecklingsstrateg",
         "112 anmälningar t.o.m. augusti, samtliga anmälda till huvudman. Nio utredningar har inte "
         "avslutats inom rutinens tidsgräns.", "Genomförd – avvikelse", "GENOMFORD", "ja"),
        ("Personal", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "HR-konsult", "20 nyanställningar kontrollerade, utdrag fanns i samtliga fall.",
         "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("Personal", "Kontroll av legitimation för nyanställda lärare",
         "HR-konsult", "Ej genomförd ännu – görs vid höstterminens start.", "", "EJ_GENOMFORD", ""),
        ("Lokaler", "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
         "Lokalsamordnare", "Räddningstjänsten genomför tillsyn på alla enheter under året.",
         "Ej aktuell i år", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Område", "Kontrollmoment", "Ansvarig", "Uppföljning delår", "Bedömning"]):
        cell = t.rows[0].cells[j]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row[:5]):
            cells[j].text = v
        exp(fil, BUN, row[1], row[5], row[6])
    note = t.add_row().cells
    merged = note[0].merge(note[4])
    merged.text = "Kontrollmomenten redovisas i sin helhet i helårsuppföljningen till nämnden i februari 2026."
    for p in merged.paragraphs:
        for run in p.runs:
            run.italic = True
            run.font.size = Pt(8)
    d.add_paragraph()
    d.add_paragraph(
        "Förvaltningens bedömning är att den interna kontrollen i huvudsak är tillräcklig. Åtgärder "
        "med anledning av avvikelserna inom barnomsorgsavgifter och kränkande behandling pågår.")
    d.add_heading("5. Förslag till beslut", 1)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner delårsrapporten för januari–augusti 2025.")
    d.add_paragraph()
    d.add_paragraph("Erik Holm\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, traffic-light fills only, legend at top, merged process cells
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden internkontroll 2025 uppföljning T2.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    GRON, GUL, ORANGE, ROD, GRA = "00B050", "FFFF00", "FFC000", "FF0000", "A6A6A6"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2, januari–augusti"
    ws["A3"] = "Teckenförklaring:"
    ws["A3"].font = BOLD
    legend = [(GRON, "Genomförd, inga avvikelser"), (ORANGE, "Genomförd, avvikelse noterad"),
              (GUL, "Pågående / delvis genomförd"), (ROD, "Ej genomförd"), (GRA, "Utgår")]
    col = 2
    for color, text in legend:
        ws.cell(3, col).fill = PatternFill("solid", fgColor=color)
        ws.cell(3, col).border = BOX
        ws.cell(3, col + 1, text).font = Font(size=9)
        col += 2
    # legend sits in B3..K3 -> it shares columns with the table, like real sheets
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "Kommentar/åtgärd"]
    HR = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BOX
    blocks = [
        ("Myndighetsutövning IFO", [
            ("Beslut fattas utan delegation",
             "Kontroll av att beslut inom ekonomiskt bistånd fattas enligt delegationsordningen",
             "Stickprov 20 ärenden per tertial", "Enhetschef IFO", GRON, GRON, "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Utredningar drar ut på tiden",
             "Uppföljning av att barnavårdsutredningar avslutas inom fyra månader",
             "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", GUL, GRON,
             "6 av 41 utredningar förlängda med beslut, samtliga förlängningar motiverade.",
             "GENOMFORD", "nej"),
            ("Orosanmälningar bedöms inte i tid",
             "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", GRON, ROD,
             "Ej genomförd under T2 på grund av vakans. Görs i oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("Vård och omsorg", [
            ("Insatser utförs inte enligt beslut",
             "Kontroll av att genomförandeplaner finns och är uppdaterade inom hemtjänsten",
             "Stickprov 15 brukare", "Enhetschef hemtjänst", None, GUL,
             "10 av 15 brukare kontrollerade.", "DELVIS", ""),
            ("Läkemedelsfel",
             "Kontroll av att läkemedelsavvikelser rapporteras och analyseras",
             "Genomgång av avvikelserapporter", "MAS", GRON, ORANGE,
             "Analys saknades i 4 av 22 avvikelser. MAS följer upp med enhetscheferna.",
             "GENOMFORD", "ja"),
            ("Larm besvaras inte",
             "Kontroll av att trygghetslarm besvaras inom fastställd tid",
             "Uttag larmstatistik", "Enhetschef hemtjänst", GRON, None,
             "Kontrollen genomförd i juni, samtliga larm besvarade inom 30 minuter.",
             "GENOMFORD", "nej"),
        ]),
        ("Ekonomi", [
            ("Felaktig fakturering",
             "Kontroll av att fakturering av hemtjänstavgifter överensstämmer med utförd tid",
             "Stickprov 20 brukare", "Avgiftshandläggare", None, GRA,
             "Utgår – ersätts av ny kontroll efter byte av planeringssystem (SN § 56).",
             "UTGAR", ""),
            ("Felaktiga utbetalningar",
             "Kontroll av att utbetalningar av ekonomiskt bistånd stäms av mot beslut",
             "Stickprov 30 utbetalningar", "Enhetschef IFO", None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = HR + 1
    for pname, rows in blocks:
        start = r
        for (risk, km, metod, ansv, t1, t2, kom, st, avv) in rows:
            ws.cell(r, 2, risk)
            ws.cell(r, 3, km)
            ws.cell(r, 4, metod)
            ws.cell(r, 5, ansv)
            if t1:
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=t1)
            if t2:
                ws.cell(r, 7).fill = PatternFill("solid", fgColor=t2)
            if kom:
                ws.cell(r, 8, kom)
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = WRAP
            exp(fil, SN, km, st, avv)
            r += 1
        ws.cell(start, 1, pname).font = BOLD
        ws.cell(start, 1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Rapporten fastställd av socialchef Lena Berg 2025-09-05")
    ws.cell(r, 1).font = Font(italic=True)
    for i, w in enumerate([20, 26, 46, 26, 22, 7, 7, 52], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - .ods, only the period's status ("Utfall T2")
# ---------------------------------------------------------------------------
def file_sbn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    from odf import meta, dc

    fil = "SBN_IK_T2_2025.ods"
    doc = OpenDocumentSpreadsheet()
    doc.meta.addElement(meta.CreationDate(text="2025-09-04T10:00:00"))
    doc.meta.addElement(dc.Date(text="2025-09-04T10:00:00"))
    doc.meta.addElement(meta.InitialCreator(text="Johan Nilsson"))
    bold = Style(name="fet", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    big = Style(name="rubrik", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(big)
    colstyles = []
    for i, w in enumerate(["3.5cm", "4.5cm", "8cm", "4cm", "3cm", "3cm", "9cm"]):
        s = Style(name=f"co{i}", family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)

    table = Table(name="Uppföljning")
    for s in colstyles:
        table.addElement(TableColumn(stylename=s))

    def add_row(values, style=None):
        tr = TableRow()
        for v in values:
            if v is None or v == "":
                tr.addElement(TableCell())
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
                tr.addElement(tc)
        table.addElement(tr)

    add_row(["Samhällsbyggnadsförvaltningen"], bold)
    add_row(["Internkontroll 2025 – uppföljning per 31 augusti (T2)"], big)
    add_row([])
    add_row(["Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Utfall T2",
             "Kommentar"], bold)
    rows = [
        ("Gata/park", "Felaktig fakturering från entreprenör",
         "Kontroll av att fakturor för vinterväghållning stämmer mot körjournaler", "Gatuchef",
         "Två gånger per år", "Utförd",
         "Fakturor januari–mars kontrollerade mot körjournaler. En dubbelfakturering upptäcktes och har krediterats.",
         "GENOMFORD", "ja"),
        ("VA", "Felaktig debitering",
         "Kontroll av att nya VA-abonnemang debiteras anslutningsavgift", "VA-ingenjör",
         "Per tertial", "Utförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("VA", "Otillräcklig egenkontroll",
         "Uppföljning av egenkontrollprogram för vattenverken", "Driftchef VA", "Löpande",
         "Delvis utförd", "Två av tre vattenverk klara, Skogsby vattenverk återstår.", "DELVIS", ""),
        ("VA", "Taxan är inte kostnadstäckande",
         "Kontroll av att VA-taxan är kostnadstäckande", "Ekonom", "Årligen", "Utgår",
         "Se not nedan.", "UTGAR", ""),
        ("Fastighet", "Eftersatt underhåll",
         "Kontroll av att planerat underhåll enligt underhållsplanen genomförs", "Fastighetschef",
         "T2", "Ej utförd", "Resursbrist under sommaren, planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Obehörig åtkomst till lokaler",
         "Kontroll av nyckel- och passerkortsregister", "Fastighetstekniker", "Årligen", "Utförd",
         "14 passerkort utan aktiv anställning har spärrats.", "GENOMFORD", "ja"),
        ("Ekonomi", "Överskridna projektbudgetar",
         "Kontroll av att investeringsprojekt följs upp mot budget månadsvis", "Controller",
         "Månadsvis", "",
         "Uppföljning sker i månadsrapporterna, samtliga projekt följda t.o.m. juli.",
         "GENOMFORD", ""),
        ("Renhållning", "Felaktig avgift",
         "Kontroll av att kunder med hemkompostering har giltig anmälan",
         "Renhållningshandläggare", "T2", "Delvis utförd", "Stickprov på 30 av 60 kunder genomfört.",
         "DELVIS", ""),
    ]
    for row in rows:
        add_row(row[:7])
        exp(fil, SBN, row[2], row[7], row[8])
    add_row([])
    add_row(["Not: Kontrollen av VA-taxan har flyttats till 2026 enligt beslut i SBN 2025-04-15 § 32."])
    add_row([])
    add_row(["Upprättad av: Johan Nilsson, controller, 2025-09-04"])
    doc.spreadsheet.addElement(table)
    doc.save(fil)
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Governance-system export (CSV) - two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def file_export():
    fil = "Export_Stratsys_IK_2025-09-03.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Period",
           "Status", "Kommentar", "Senast ändrad"]
    P1, P2 = "Tertial 1 2025", "Tertial 2 2025"
    plan = "Internkontrollplan 2025"
    data = [
        # (org, process, km, ansvarig, [(period, status, kommentar, ändrad)], expected status, avv)
        (KFN, "Föreningsbidrag",
         "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna", "Fritidskonsulent",
         [(P1, "Genomförd", "10 ansökningar granskade, inga avvikelser.", "2025-04-28 09:14"),
          (P2, "Genomförd", "Vårens aktivitetsbidrag granskade. En förening fick återbetala 4 200 kr för felaktigt redovisade sammankomster.", "2025-08-29 14:12")],
         "GENOMFORD", "ja"),
        (KFN, "Kassahantering", "Kontroll av kassahantering i simhallen", "Badmästare",
         [(P1, "Genomförd", "Inga avvikelser.", "2025-04-30 11:02"),
          (P2, "Genomförd", "Inga avvikelser.", "2025-08-27 10:40")],
         "GENOMFORD", "nej"),
        (KFN, "Bibliotek", "Uppföljning av att mediainköp sker inom avtal", "Bibliotekschef",
         [(P1, "Ej påbörjad", "", "2025-04-25 15:30"),
          (P2, "Pågår", "Genomgång av inköp januari–juni pågår.", "2025-08-28 08:55")],
         "DELVIS", ""),
        (KFN, "Anläggningar", "Kontroll av att lekplatser och utegym besiktigas årligen",
         "Anläggningschef",
         [(P2, "Ej påbörjad", "Besiktning beställd till oktober.", "2025-08-26 13:20")],
         "EJ_GENOMFORD", ""),
        (KFN, "Uthyrning", "Kontroll av att bokningar i bokningssystemet faktureras",
         "Bokningsansvarig",
         [(P1, "Genomförd", "Inga avvikelser.", "2025-04-29 09:45"),
          (P2, "Genomförd", "Inga avvikelser.", "2025-08-29 09:10"),
          (P2, "Genomförd", "Inga avvikelser.", "2025-08-29 09:10")],   # duplicate export row
         "GENOMFORD", "nej"),
        (KFN, "Fritidsgård", "Kontroll av att närvaro på fritidsgården registreras",
         "Fritidsledare",
         [(P2, "Ej aktuell", "Fritidsgården är stängd för renovering under 2025.", "2025-08-25 16:05")],
         "UTGAR", ""),
        (OFN, "Årsräkningar", "Granskning av inkomna årsräkningar", "Handläggare överförmyndare",
         [(P1, "Pågår", "180 av 212 årsräkningar granskade.", "2025-04-30 14:00"),
          (P2, "Genomförd", "Samtliga årsräkningar granskade.", "2025-08-20 10:30")],
         "GENOMFORD", ""),
        (OFN, "Arvoden",
         "Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjerna",
         "Handläggare överförmyndare",
         [(P2, "Genomförd", "Två felberäknade arvoden har rättats.", "2025-08-21 09:00")],
         "GENOMFORD", "ja"),
        (OFN, "Förordnanden",
         "Kontroll av att lämplighetsprövning (belastningsregister och kreditupplysning) görs före förordnande",
         "Enhetschef överförmyndarenheten",
         [(P2, "", "", "")],
         "SAKNAS", ""),
        (OFN, "Förteckningar",
         "Kontroll av att förteckningar inkommer inom två månader från förordnandet",
         "Handläggare överförmyndare",
         [(P1, "Genomförd", "Inga avvikelser.", "2025-04-29 13:10")],
         "GENOMFORD", "nej"),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for org, proc, km, ansv, periods, st, avv in data:
            for (per, s, k, ch) in periods:
                w.writerow([org, plan, proc, km, ansv, per, s, k, ch])
            exp(fil, org, km, st, avv)
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnämnden - xlsx, letter codes + legend at bottom, nämnd only in
#    print header and file name
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN uppföljning IK tertial 2.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Miljö- och byggnämnden"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporterat per 2025-08-31"
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Tidpunkt", "T1", "T2", "T3", "Notering"]
    HR = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("Bygglov", "Kontroll av att bygglov beslutas inom tio veckor enligt PBL", "Bygglovschef",
         "Varje tertial", "G", "GA", None,
         "3 av 58 ärenden tog mer än tio veckor, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt taxa",
         "Bygglovsadministratör", "T2", None, "G", None, None, "GENOMFORD", "nej"),
        ("Miljötillsyn", "Uppföljning av att tillsynsplanen följs", "Miljöchef", "Varje tertial",
         "P", "P", None, "62 % av planerade tillsynsbesök genomförda.", "DELVIS", ""),
        ("Miljötillsyn", "Kontroll av att tillsynsavgifter faktureras efter tillsynsbesök",
         "Miljöadministratör", "T2", None, "E", None, "Har inte hunnits med, flyttas till T3.",
         "EJ_GENOMFORD", ""),
        ("Livsmedel", "Kontroll av att livsmedelskontroller genomförs enligt kontrollplanen",
         "Livsmedelsinspektör", "Varje tertial", None, None, None, None, "SAKNAS", ""),
        ("Strandskydd", "Kontroll av att beslut om strandskyddsdispens skickas till länsstyrelsen",
         "Miljöchef", "T2", None, "U", None, "Inga dispenser beviljade under året.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor", "Förvaltningschef", "Varje tertial", "G", "G",
         None, None, "GENOMFORD", "nej"),
        ("Dokumenthantering", "Kontroll av att ärenden avslutas och arkiveras i ärendesystemet",
         "Nämndsekreterare", "T2", None, "P", None, "Genomgång av 2023 års ärenden pågår.",
         "DELVIS", ""),
    ]
    r = HR + 1
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP if c in (2, 8) else Alignment(horizontal="center" if c in (5, 6, 7) else None, vertical="top")
        exp(fil, MBN, row[1], row[8], row[9])
        r += 1
    dv = DataValidation(type="list", formula1='"G,GA,P,E,U"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E{HR+1}:G{r-1}")
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = BOLD
    leg = ["G = Genomförd utan anmärkning", "GA = Genomförd med anmärkning", "P = Påbörjad",
           "E = Ej genomförd", "U = Utgår"]
    for i, t in enumerate(leg):
        ws.cell(r + 1 + i, 1, t)
    for i, w in enumerate([18, 52, 20, 14, 6, 6, 6, 48], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = f"{HR}:{HR}"
    wb.save(fil)
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Skogsbyhem AB - old .xls template, only the period's status
# ---------------------------------------------------------------------------
def file_bolag():
    import xlwt
    fil = "Skogsbyhem IK-uppföljning T2 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin")
    cellst = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Internkontrollplan 2025 Skogsbyhem AB", title)
    ws.write(1, 0, "Uppföljning per 2025-08-31 (T2)")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Klart (datum)", "Status", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, bold)
    rows = [
        ("1", "Kontroll av att hyresavier stämmer mot hyresavtal", "Stickprov 25 avtal",
         "Ekonomichef", "2025-05-31", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Uppföljning av hyresfordringar och inkassoärenden", "Månadsvis genomgång",
         "Hyresadministratör", "Löpande", "Pågående", "", "DELVIS", ""),
        ("3", "Kontroll av att lägenheter fördelas enligt uthyrningspolicyn",
         "Stickprov 10 uthyrningar", "Uthyrningschef", "2025-08-31", "Klar",
         "En uthyrning saknade dokumenterad kötid. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("4", "Kontroll av att felanmälningar åtgärdas inom utlovad tid",
         "Uttag ur felanmälningssystemet", "Förvaltare", "2025-06-30", "Klar",
         "92 % åtgärdade inom utlovad tid (målet är 90 %).", "GENOMFORD", "nej"),
        ("5", "Kontroll av att OVK-besiktningar är utförda enligt plan",
         "Genomgång av besiktningsprotokoll", "Teknisk chef", "2025-10-31", "Ej påbörjad",
         "Planeras T3.", "EJ_GENOMFORD", ""),
        ("6", "Kontroll av att attestordningen följs för entreprenadfakturor",
         "Stickprov 20 fakturor", "VD", "2025-08-31", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "Kontroll av att avrop från ramavtal görs enligt LOU", "Genomgång av avrop",
         "Inköpsansvarig", "2025-12-31", "Ej aktuell", "Inga avrop har gjorts under 2025.",
         "UTGAR", ""),
    ]
    r = 4
    for row in rows:
        for c, v in enumerate(row[:7]):
            ws.write(r, c, v, cellst)
        exp(fil, BOLAG, row[1], row[7], row[8])
        r += 1
    ws.write(r + 2, 0, "Skogsbyhem AB 2025-09-12")
    ws.write(r + 3, 0, "Per Sjöberg, VD")
    for i, w in enumerate([5, 50, 28, 20, 14, 13, 50]):
        ws.col(i).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", BOLAG, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file left in the folder
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$IK uppföljning T2 2025 KS.xlsx"
    user = "Maria Ek"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += b"\x00\x00" + bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    b = b[:162] + b"\x00\x00\x00"
    with open(fil, "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            (KS, "KS|Kommunledningsförvaltningen|KLF"),
            (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
            (SN, "SN|Socialförvaltningen|SOC"),
            (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
            (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
            (MBN, "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
            (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
            ("Valnämnden", "VN"),
            (BOLAG, "Skogsbyhem|Norra Skogsby Bostads AB"),
            ("Norra Skogsby Energi AB", "Skogsby Energi|NSE"),
        ]:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row)
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_export()
    file_mbn()
    file_bolag()
    file_lock()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
