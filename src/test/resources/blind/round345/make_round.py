#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r345 - Östervik kommun, uppföljning internkontroll tertial 1 2025.

Builds every file of the round plus namnder.csv, files.csv, expected.csv in this folder.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/round345_build"
FIXED = datetime.datetime(2025, 5, 8, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


# ---------------------------------------------------------------------------
# register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Östervik Bostäder AB", "ÖBAB|Österviks Bostäder|Bostadsbolaget"),
]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def doc_props(d, title):
    cp = d.core_properties
    cp.title = title
    cp.author = "Östervik kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Östervik kommun"
    cp.revision = 1


def shade_cell(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. BUN - Excel template, plan + follow-up columns together
# ---------------------------------------------------------------------------
def make_bun():
    fil = "IK-plan med uppföljning 2025 BUN T1.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Barn- och utbildningsförvaltningen"
    ws = wb.active
    ws.title = "Internkontrollplan 2025"

    ws["A1"] = "Internkontrollplan med uppföljning 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:O1")
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Barn- och utbildningsnämnden"
    ws["A3"] = "Planen beslutad:"
    ws["B3"] = "BUN 2024-12-11 § 142"
    ws["A4"] = "Uppföljningsperiod:"
    ws["B4"] = "Tertial 1 (januari–april) 2025"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(bold=True)

    # two-row header
    grp = [("A6:I6", "PLAN"), ("J6:K6", "Uppföljning T1 (jan–apr)"),
           ("L6:M6", "Uppföljning T2 (maj–aug)"), ("N6:O6", "Uppföljning helår")]
    fills = {"PLAN": "D9E1F2", "Uppföljning T1 (jan–apr)": "FCE4D6",
             "Uppföljning T2 (maj–aug)": "E2EFDA", "Uppföljning helår": "EDEDED"}
    for rng, txt in grp:
        first = rng.split(":")[0]
        ws[first] = txt
        ws[first].font = Font(bold=True)
        ws[first].alignment = Alignment(horizontal="center")
        ws[first].fill = PatternFill("solid", fgColor=fills[txt])
        ws.merge_cells(rng)
    heads = ["Nr", "Process/rutin", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod",
             "Ansvarig", "Frekvens", "Tidpunkt", "Status", "Kommentar", "Status",
             "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.border = thin_border()
        c.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [5, 18, 28, 9, 42, 26, 18, 11, 11, 13, 45, 12, 30, 12, 30]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    data = [
        ("group", "1. Ekonomi"),
        ("1.1", "Fakturahantering", "Fakturor attesteras av person utan behörighet", 9,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Controller", "Tertial", "T1, T2, T3",
         "Genomförd",
         "20 fakturor granskade. 2 fakturor hade attesterats av vikarierande rektor utan "
         "beslutad attesträtt. Rutinen för ersättare vid frånvaro har förtydligats.",
         "GENOMFORD", "ja"),
        ("1.2", "Skolskjuts", "Kommunen betalar för turer som inte körts", 6,
         "Kontroll av att skolskjutsfakturor stämmer mot beställda turer",
         "Avstämning av mars månads fakturor", "Skolskjutssamordnare", "Årligen", "T1",
         "Genomförd", "Fakturorna för mars stämmer mot beställda turer. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("1.3", "Representation", "Kostnader som kan uppfattas som förtroendeskadliga", 6,
         "Representation och förtroendekänsliga poster – kontroll av syfte och deltagarförteckning",
         "Genomgång av samtliga konterade poster konto 7620", "Ekonom", "Årligen", "T2",
         None, None, "SAKNAS", ""),
        ("group", "2. Verksamhet"),
        ("2.1", "Närvaro", "Elever med hög frånvaro uppmärksammas inte", 12,
         "Frånvarouppföljning – elever med hög frånvaro har en upprättad åtgärdsplan",
         "Genomgång i Skolplattformen per skola", "Verksamhetschef grundskola", "Tertial",
         "T1, T3", "Pågår",
         "Genomgång gjord på 4 av 7 grundskolor. Återstående skolor granskas i maj.",
         "DELVIS", ""),
        ("2.2", "Kränkande behandling",
         "Huvudmannen får inte kännedom om kränkningar i tid", 12,
         "Anmälan av kränkande behandling till huvudman inom fem dagar",
         "Uttag ur anmälningssystemet, jämförelse händelsedatum/anmälningsdatum",
         "Kvalitetsstrateg", "Tertial", "T1, T2, T3", "Genomförd",
         "12 av 14 anmälningar kom in inom fem dagar. Två anmälningar från Sjövallens skola "
         "kom in för sent; rektor har fått återkoppling.", "GENOMFORD", "ja"),
        ("2.3", "Förskoleplacering", "Garantitiden för plats i förskola överskrids", 8,
         "Placering i förskola inom fyra månader från ansökan (garantitiden)",
         "Uttag ur kösystemet", "Placeringshandläggare", "Halvår", "T2",
         None, None, "SAKNAS", ""),
        ("2.4", "Särskilt stöd", "Beslut om särskilt stöd dokumenteras inte", 9,
         "Kontroll av att beslut om särskilt stöd/åtgärdsprogram finns dokumenterade i elevakt",
         "Stickprov 5 elever per skola", "Elevhälsochef", "Årligen", "Helår",
         None, None, "SAKNAS", ""),
        ("group", "3. Personal"),
        ("3.1", "Rekrytering", "Person med olämplig bakgrund anställs", 12,
         "Registerutdrag ur belastningsregistret har uppvisats före anställning",
         "Stickprov nyanställningar", "HR-specialist", "Tertial", "T1", "Genomförd",
         "Stickprov 15 nyanställningar jan–mars. Samtliga hade uppvisat utdrag före anställning.",
         "GENOMFORD", "nej"),
        ("3.2", "Arbetsmiljö", "Brister i den fysiska arbetsmiljön upptäcks inte", 6,
         "Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter",
         "Enkät till rektorer/förskolechefer", "HR-chef", "Årligen", "T3", "Utgår",
         "Utgår enligt beslut BUN 2025-02-12 § 18; ersätts av kommungemensam kontroll i KS plan.",
         "UTGAR", ""),
        ("group", "4. Informationssäkerhet"),
        ("4.1", "Behörigheter", "Obehöriga har åtkomst till elevuppgifter", 9,
         "Behörigheter i elevdokumentationssystemet (IST) tas bort när anställning upphör",
         "Avstämning lista avslutade anställningar mot behörighetslista", "Systemförvaltare",
         "Årligen", "T2", "Genomförd",
         "Kontrollen tidigarelagd. Samtliga 9 avslutade anställningar hade fått sina "
         "behörigheter borttagna.", "GENOMFORD", "nej"),
        ("4.2", "Journalföring elevhälsa", "Otillåten läsning i elevhälsojournal", 12,
         "Loggkontroll i elevhälsans journalsystem",
         "Slumpvis loggkontroll 10 journaler", "Verksamhetschef elevhälsa", "Halvår",
         "T1, T3", "Ej påbörjad",
         "Försenad på grund av byte av journalsystem. Genomförs under T2.",
         "EJ_GENOMFORD", ""),
    ]
    r = 8
    dv = DataValidation(type="list", formula1='"Genomförd,Pågår,Ej påbörjad,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    for row in data:
        if row[0] == "group":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
            r += 1
            continue
        nr, proc, risk, rv, km, met, ans, frek, tp, st, kom, est, eav = row
        vals = [nr, proc, risk, rv, km, met, ans, frek, tp, st, kom, None, None, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = thin_border()
        dv.add(ws.cell(row=r, column=10))
        dv.add(ws.cell(row=r, column=12))
        dv.add(ws.cell(row=r, column=14))
        exp(fil, namnd, km, est, eav)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16). "
            "Status väljs i rullistan, se fliken Instruktion.").font = Font(italic=True)
    ws.freeze_panes = "E8"

    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion för uppföljning av internkontrollplan",
        "",
        "1. Fyll i status och kommentar i kolumnerna för aktuell period.",
        "2. Status väljs i rullistan:",
        "   Genomförd – kontrollen är utförd (beskriv eventuella avvikelser i kommentaren)",
        "   Pågår – kontrollen är påbörjad men inte slutförd",
        "   Ej påbörjad – kontrollen har inte påbörjats",
        "   Utgår – kontrollen har strukits genom beslut i nämnden",
        "3. Kontroller som inte är planerade till perioden lämnas tomma.",
        "4. Skicka filen till ekonomiavdelningen senast 10 maj.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 90
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. SN - Word table with group rows, multi-line cell, "Se bilaga"
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Uppföljning internkontroll T1 2025 Socialnämnden.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    doc_props(d, "Uppföljning internkontroll T1 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Östervik kommun\tSocialförvaltningen\tDnr SN 2025/87"

    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    p = d.add_paragraph()
    p.add_run("Socialnämnden").bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 198). "
        "Planen omfattar tio kontrollmoment. I denna rapport redovisas resultatet av de "
        "kontroller som genomförts under perioden januari–april 2025. Kontroller som är "
        "planerade till senare under året redovisas med streck.")
    d.add_paragraph(
        "Sammanfattningsvis har fyra kontroller genomförts, varav två med avvikelser. "
        "En kontroll har utgått efter beslut i nämnden.")

    heads = ["Nr", "Kontrollmoment", "Ansvarig", "Planerad tidpunkt", "Resultat/kommentar T1",
             "Status"]
    rows = [
        ("group", "Ekonomiskt bistånd"),
        ("1", "Utbetalning av ekonomiskt bistånd sker enligt beslut\nStickprov 25 akter per tertial",
         "Enhetschef försörjningsstöd", "Varje tertial",
         "25 akter granskade. I en akt saknades underskrift av beslutsfattare på beslutet. "
         "Utbetalningen var korrekt.", "Klar med anmärkning", "GENOMFORD", "ja"),
        ("2", "Kontroll mot Försäkringskassan och Arbetsförmedlingen (dubbla utbetalningar)",
         "Enhetschef försörjningsstöd", "Varje tertial",
         "Matchning gjord i januari och april. Inga dubbelutbetalningar upptäcktes.",
         "Klar", "GENOMFORD", "nej"),
        ("3", "Återkrav av felaktigt utbetalt bistånd är beslutade och bevakade",
         "Ekonom", "T2", "–", "–", "SAKNAS", ""),
        ("group", "Barn och unga"),
        ("4", "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Enhetschef mottagning", "Varje tertial",
         "Av 212 anmälningar bedömdes 197 inom 14 dagar (93 %). Överskridandena beror på "
         "hög arbetsbelastning i februari.", "Klar", "GENOMFORD", "ja"),
        ("5", "Utredningstid högst fyra månader enligt 11 kap. 2 § SoL",
         "Enhetschef utredning", "T1 och T3",
         "Genomgång av utredningar avslutade januari–mars pågår, beräknas klar i maj.",
         "Pågående", "DELVIS", ""),
        ("6", "Familjehem – registerkontroll och hemutredning är gjorda före placering",
         "Enhetschef familjehem", "T2", "–", "–", "SAKNAS", ""),
        ("7", "Avtalstrohet vid köp av HVB-placeringar",
         "Upphandlare", "T3", "–", "–", "SAKNAS", ""),
        ("group", "Gemensamt för förvaltningen"),
        ("8", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Nämndsekreterare", "Varje tertial",
         "Beslut i Treserva januari–april har stämts av mot anmälningslistorna. "
         "Samtliga beslut var anmälda.", "Klar", "GENOMFORD", "nej"),
        ("9", "Hantering av synpunkter och klagomål – återkoppling inom två veckor",
         "Kvalitetsutvecklare", "T2",
         "Kontrollen utgår enligt SN beslut 2025-03-19 § 41 eftersom den ingår i "
         "kvalitetsledningssystemets egenkontroller.", "Utgår", "UTGAR", ""),
        ("10", "Kontroll av att sekretessbelagda handlingar skickas till rätt mottagare",
         "Förvaltningsjurist", "T1", "Se bilaga 3.", "", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bold_cell(t.rows[0].cells[i], h)
        shade_cell(t.rows[0].cells[i], "BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "group":
            m = cells[0].merge(cells[5])
            bold_cell(m, row[1])
            shade_cell(m, "EDEDED")
            continue
        nr, km, ans, tp, res, st, est, eav = row
        for i, v in enumerate([nr, km, ans, tp, res, st]):
            cells[i].text = v
        exp(fil, namnd, km, est, eav)

    d.add_paragraph()
    d.add_paragraph("Bilaga 3: Granskning av utskick av sekretessbelagda handlingar (separat dokument).")
    d.add_paragraph()
    d.add_paragraph("Östervik 2025-05-07")
    d.add_paragraph("Karin Eklund\nSocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. KS + ÖFN - Stratsys-like CSV export, two nämnder
# ---------------------------------------------------------------------------
def make_export():
    fil = "Stratsys_export_internkontroll_20250509.csv"
    head = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Frekvens",
            "Rapporteringsperiod", "Status", "Avvikelse", "Kommentar", "Senast ändrad"]
    ks = "Kommunstyrelsen"
    ofn = "Överförmyndarnämnden"
    rows = [
        ("Kommunledningsförvaltningen", ks, "Ekonomi",
         "Avstämning av balanskonton i samband med månadsbokslut", "Redovisningschef",
         "Månadsvis", "Klar", "Nej", "Samtliga balanskonton avstämda för januari–mars.",
         "2025-04-29", "GENOMFORD", "nej"),
        ("Kommunledningsförvaltningen", ks, "Ekonomi",
         "Kontroll av ändringar av bankuppgifter i leverantörsregistret (bedrägeriförsök)",
         "Redovisningschef", "Tertial", "Klar", "Ja",
         "Ett försök att ändra bankgironummer för en leverantör i februari stoppades vid "
         "kontrollen. Händelsen är polisanmäld.", "2025-05-02", "GENOMFORD", "ja"),
        ("Kommunledningsförvaltningen", ks, "Upphandling",
         "Direktupphandlingar över 100 000 kr är dokumenterade", "Upphandlingschef",
         "Tertial", "Pågående", "",
         "Stickprov påbörjat, 6 av 10 upphandlingar granskade.", "2025-05-06", "DELVIS", ""),
        ("Kommunledningsförvaltningen", ks, "Upphandling",
         "Avtalstrohet – inköp sker från avtalade leverantörer", "Upphandlingschef",
         "Halvår", "Ej rapporterad", "", "", "", "SAKNAS", ""),
        ("Kommunledningsförvaltningen", ks, "HR",
         "Löneutbetalningar – kontroll av nyupplagda anställningar i lönesystemet",
         "Lönechef", "Tertial", "Klar", "Nej",
         "Samtliga 31 nyupplägg kontrollerade mot anställningsavtal.", "2025-04-30",
         "GENOMFORD", "nej"),
        ("Kommunledningsförvaltningen", ks, "HR",
         "Bisysslor – anmälan och bedömning av bisysslor för chefer", "HR-chef",
         "Årligen", "Ej rapporterad", "", "", "", "SAKNAS", ""),
        ("Kommunledningsförvaltningen", ks, "Informationssäkerhet",
         "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Dataskyddssamordnare", "Tertial", "Ej startad", "",
         "Rutinen revideras. Kontrollen flyttas till T2.", "2025-04-15",
         "EJ_GENOMFORD", ""),
        ("Kommunledningsförvaltningen", ks, "Styrning och ledning",
         "Uppföljning av verkställighet av fullmäktiges beslut", "Kanslichef",
         "Årligen", "Makulerad", "",
         "Ersätts av ärendebalansrapporten, beslut KS 2025-02-04 § 22.", "2025-02-06",
         "UTGAR", ""),
        ("Överförmyndarenheten", ofn, "Tillsyn",
         "Granskning av årsräkningar som kommit in senast 1 mars", "Enhetschef",
         "Årligen", "Pågående", "Ja",
         "412 av 530 årsräkningar granskade. I 9 ärenden med oklara uttag har komplettering "
         "begärts.", "2025-05-05", "DELVIS", "ja"),
        ("Överförmyndarenheten", ofn, "Tillsyn",
         "Kontroll av att nya ställföreträdare har uppvisat utdrag ur belastningsregistret",
         "Handläggare", "Tertial", "Klar", "Nej",
         "Samtliga 14 nya ställföreträdare kontrollerade.", "2025-04-28", "GENOMFORD", "nej"),
        ("Överförmyndarenheten", ofn, "Arvoden",
         "Arvodesbeslut fattas enligt nämndens riktlinjer", "Enhetschef",
         "Halvår", "Ej rapporterad", "", "", "", "SAKNAS", ""),
        ("Överförmyndarenheten", ofn, "Tillsyn",
         "Spärrade konton – uttag sker endast med överförmyndarens samtycke", "Handläggare",
         "Halvår", "Klar", "Nej",
         "Utförd i förtid i samband med årsräkningsgranskningen. Inga otillåtna uttag.",
         "2025-04-22", "GENOMFORD", "nej"),
    ]
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        for org, nm, proc, km, ans, frek, st, avv, kom, dat, est, eav in rows:
            w.writerow([org, "Internkontrollplan 2025", proc, km, ans, frek,
                        "Tertial 1 2025", st, avv, kom, dat])
            exp(fil, nm, km, est, eav)
    FILES.append((fil, "INLAST", ks, "2025", "T1"))
    FILES.append((fil, "INLAST", ofn, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. VON - .xls, status as traffic-light fill only, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def make_von():
    base = "VON_IK_uppf_T1-25"
    fil = base + ".xls"
    namnd = "Vård- och omsorgsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "T1"
    ws.oddHeader.left.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll – tertial 1"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: 2025-01-01 – 2025-04-30"
    heads = ["Område", "Kontrollmoment", "Hur kontrolleras", "Ansvar", "När",
             "Uppföljning T1", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True)
        c.border = thin_border()
    for col, w in zip("ABCDEFG", [18, 44, 30, 18, 10, 13, 50]):
        ws.column_dimensions[col].width = w
    data = [
        ("Hälso- och sjukvård",
         "Läkemedelshantering – egenkontroll av läkemedelsförråd på särskilda boenden",
         "Egenkontroll enligt checklista", "MAS", "T1", GREEN,
         "Egenkontroll gjord på samtliga 6 boenden. Inga brister.", "GENOMFORD", "nej"),
        (None,
         "Avvikelser i verksamhetssystemet är analyserade och åtgärdade",
         "Uttag ur Lifecare, genomgång per enhet", "MAS", "T1, T3", YELLOW,
         "Av 48 avvikelser saknade 11 analys. Åtgärdsplan beslutad i ledningsgruppen 2025-04-22.",
         "GENOMFORD", "ja"),
        (None,
         "Signeringslistor för delegerade hälso- och sjukvårdsinsatser är kompletta",
         "Stickprov 20 brukare", "Enhetschef HSL", "T2", None, "", "SAKNAS", ""),
        ("Myndighetsutövning",
         "Beslut om bistånd enligt SoL verkställs inom tre månader",
         "Uttag ej verkställda beslut", "Biståndschef", "Varje tertial", RED,
         "Kontrollen hann inte genomföras på grund av vakant tjänst som kvalitetsutvecklare.",
         "EJ_GENOMFORD", ""),
        (None,
         "Genomförandeplaner upprättas inom 14 dagar efter verkställighet",
         "Stickprov 15 brukare", "Enhetschef hemtjänst", "T2", None, "", "SAKNAS", ""),
        ("Ekonomi",
         "Avgiftsdebitering hemtjänst – avgiftsbeslut stämmer mot fakturerat belopp",
         "Stickprov 30 fakturor", "Avgiftshandläggare", "T1", GREEN,
         "30 fakturor stämda mot beslut. Inga fel.", "GENOMFORD", "nej"),
        (None,
         "Hantering av brukares privata medel på särskilda boenden",
         "Oanmäld kassakontroll", "Controller", "T3", GREEN,
         "Genomförd i förtid i samband med införandet av ny rutin. Kassaboken stämde på "
         "samtliga enheter.", "GENOMFORD", "nej"),
        (None,
         "Bemanningsföretag – fakturerade timmar stämmer mot beställning",
         "Avstämning fakturor mot beställningar", "Controller", "T2", GREY,
         "Utgår. Inga avrop från bemanningsföretag sedan januari 2025 (beslut VON 2025-01-29 § 9).",
         "UTGAR", ""),
        ("Personal",
         "Timanställdas tidrapporter attesteras av chef inom löneperioden",
         "Stickprov 40 tidrapporter", "HR-konsult", "T1", YELLOW,
         "5 av 40 tidrapporter attesterades först efter lönekörningen.", "GENOMFORD", "ja"),
    ]
    r = 5
    for omr, km, hur, ans, nar, fill, kom, est, eav in data:
        vals = [omr, km, hur, ans, nar, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = thin_border()
        if fill:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fill)
        exp(fil, namnd, km, est, eav)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True)
    legend = [(GREEN, "Genomförd – inga avvikelser"),
              (YELLOW, "Genomförd – avvikelser har upptäckts, åtgärder vidtas"),
              (RED, "Ej genomförd"),
              (GREY, "Utgår"),
              (None, "Ingen färg = kontrollen är inte planerad till perioden")]
    for fill, txt in legend:
        r += 1
        if fill:
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=r, column=2, value=txt)
    tmp_x = os.path.join(TMP, base + ".xlsx")
    wb.save(tmp_x)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round345",
                    "--convert-to", "xls", "--outdir", TMP, tmp_x],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(TMP, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. KFN - Word document, text only (no tables)
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN uppföljning internkontroll tertial 1.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = docx.Document()
    doc_props(d, "Uppföljning internkontroll tertial 1")
    d.add_paragraph("Kultur- och fritidsnämnden").runs[0].bold = True
    d.add_paragraph("Tjänsteskrivelse 2025-05-06, Dnr KFN 2025/31")
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 innehåller sex kontrollmoment. Under tertial 1 "
        "har tre kontroller genomförts, en är påbörjad och en har utgått. Nedan redovisas "
        "varje kontrollmoment för sig.")
    items = [
        ("1. Föreningsbidrag",
         "Utbetalda aktivitetsbidrag stämmer mot inrapporterade deltagartillfällen",
         "Stickprov på tio föreningars ansökningar om aktivitetsbidrag för hösten 2024. "
         "En förening hade rapporterat 40 sammankomster för mycket. Nämnden har beslutat om "
         "återkrav.",
         "Kontrollen är genomförd. Avvikelsen har hanterats genom återkrav.",
         "GENOMFORD", "ja"),
        ("2. Kontanthantering",
         "Dagsavstämning av kassor på Österviksbadet och huvudbiblioteket",
         "Oanmäld kassakontroll gjordes på Österviksbadet den 18 mars och på huvudbiblioteket "
         "den 2 april. Kassorna stämde mot dagsrapporterna.",
         "Genomförd utan avvikelse.", "GENOMFORD", "nej"),
        ("3. Lokaluthyrning",
         "Debitering av uthyrning av idrottshallar sker enligt beslutad taxa",
         "Debiteringarna för januari och februari har granskats mot bokningssystemet Interbook "
         "utan anmärkning. Granskningen av mars och april återstår.",
         "Kontrollen är påbörjad och slutförs under maj.", "DELVIS", ""),
        ("4. Inventarier",
         "Inventering av stöldbegärlig utrustning (projektorer, datorer, ljudteknik)",
         None,
         "Kontrollen är inte påbörjad. Den är planerad till tertial 3 i samband med "
         "årsinventeringen.", "EJ_GENOMFORD", ""),
        ("5. Bibliotek",
         "Lånehistorik raderas enligt gällande gallringsbeslut",
         "Nämnden beslutade 2025-02-20 § 12 att kontrollen utgår, eftersom det nya "
         "bibliotekssystemet gallrar lånehistorik automatiskt.",
         None, "UTGAR", ""),
        ("6. Delegation",
         "Delegationsbeslut om bidrag under 50 000 kr anmäls till nämnden",
         "Samtliga 23 delegationsbeslut om bidrag som fattats under perioden har anmälts "
         "till nämnden.",
         "Genomförd.", "GENOMFORD", "nej"),
    ]
    for head, km, res, bed, est, eav in items:
        d.add_heading(head, level=3)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        if res:
            p = d.add_paragraph()
            p.add_run("Resultat: ").bold = True
            p.add_run(res)
        if bed:
            p = d.add_paragraph()
            p.add_run("Bedömning: ").bold = True
            p.add_run(bed)
        exp(fil, namnd, km, est, eav)
    d.add_paragraph()
    d.add_paragraph("Anna Lindqvist\nKultur- och fritidschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. SBN - OpenDocument spreadsheet, plan x-marks + tick column
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "Internkontroll SBN 2025 uppföljning T1.ods"
    namnd = "Samhällsbyggnadsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    headst = Style(name="head", family="table-cell")
    headst.addElement(TextProperties(fontweight="bold"))
    headst.addElement(TableCellProperties(backgroundcolor="#DDEBF7", border="0.5pt solid #808080",
                                          wrapoption="wrap"))
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #808080",
                                        verticalalign="top"))
    for s in (bold, title, headst, wrap):
        doc.automaticstyles.addElement(s)
    widths = ["3.5cm", "8cm", "3.5cm", "1.2cm", "1.2cm", "1.2cm", "1.8cm", "2cm", "9cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="IKP 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tc = TableCell(stylename=style) if style else TableCell()
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else \
                    TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Samhällsbyggnadsnämnden – internkontrollplan 2025"], title)
    row(["Uppföljning per 30 april 2025 (tertial 1)"], bold)
    row([])
    row(["Kontrollområde", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Utfört",
         "Avvikelse", "Kommentar"], headst)
    data = [
        ("Exploatering",
         "Fakturering av exploateringsersättning sker enligt exploateringsavtal",
         "Exploateringsingenjör", "", "x", "", "", "", "", "SAKNAS", ""),
        ("Mark",
         "Arrenden och markupplåtelser – avgifter är indexuppräknade och fakturerade",
         "Markhandläggare", "x", "", "", "✓", "Nej",
         "Samtliga 46 arrenden fakturerade med 2025 års index.", "GENOMFORD", "nej"),
        ("Gata",
         "Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler",
         "Gatuchef", "x", "", "x", "✓", "Ja",
         "Januari–februari avstämt. Fakturan för vecka 6 innehöll 12 dubbeldebiterade "
         "timmar; kreditering har begärts.", "GENOMFORD", "ja"),
        ("Gata",
         "Schakttillstånd – återställning kontrolleras före slutbesiktning",
         "Trafikingenjör", "", "x", "", "✓", "Nej",
         "Genomförd i förtid. 8 av 8 återställningar utan anmärkning.", "GENOMFORD", "nej"),
        ("Planering",
         "Detaljplaner – handläggningen följer tidplanen i planprogrammet",
         "Planchef", "x", "", "", "(✓)", "",
         "Genomgång gjord för 5 av 9 pågående planer.", "DELVIS", ""),
        ("Fastighet",
         "Hyresavtal för inhyrda lokaler – uppsägningstider bevakas i avtalsregistret",
         "Fastighetsstrateg", "x", "", "", "✗", "",
         "Avtalsregistret är under uppbyggnad, kontrollen flyttas till T2.",
         "EJ_GENOMFORD", ""),
        ("Kollektivtrafik",
         "Färdtjänst – fakturerade resor stämmer mot beställda resor",
         "Trafikplanerare", "", "", "x", "–", "",
         "Utgår – färdtjänsten är överförd till Region Östervik från 2025-01-01 "
         "(KF 2024-11-25 § 156).", "UTGAR", ""),
        ("Ekonomi",
         "Investeringsprojekt – beslut om projektstart finns före första utgift",
         "Controller", "", "x", "", "", "", "", "SAKNAS", ""),
        ("Park",
         "Lekplatsbesiktning – åtgärder enligt besiktningsprotokoll är utförda",
         "Parkchef", "", "x", "", "", "", "", "SAKNAS", ""),
    ]
    for omr, km, ans, t1, t2, t3, utf, avv, kom, est, eav in data:
        row([omr, km, ans, t1, t2, t3, utf, avv, kom], wrap)
        exp(fil, namnd, km, est, eav)
    row([])
    row(["Teckenförklaring:"], bold)
    row(["T1–T3: x = kontrollen är planerad till tertialet."])
    row(["Utfört: ✓ = genomförd, (✓) = delvis genomförd, ✗ = ej genomförd, – = utgår. "
         "Tom ruta = inte rapporterad denna period."])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. TN - Excel, status codes with legend, 2024 helår beside 2025 periods
# ---------------------------------------------------------------------------
def make_tn():
    fil = "Uppföljning IKP tekniska nämnden T1 2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1, med utfall helår 2024 som jämförelse"
    ws["A3"] = ("Statuskoder: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår. "
                "A i kolumnen Avv = avvikelse konstaterad.")
    ws["A3"].font = Font(italic=True)
    heads = ["Nr", "Kontrollmoment", "Kontrollant", "Metod", "Helår 2024", "T1 2025", "Avv",
             "Kommentar T1 2025", "T2 2025", "Helår 2025"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC" if "2025" in h else "D9D9D9")
        c.border = thin_border()
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    for col, w in zip("ABCDEFGHIJ", [5, 50, 18, 28, 10, 9, 6, 50, 9, 10]):
        ws.column_dimensions[col].width = w
    data = [
        ("1", "Drivmedelskort – tankning stämmer mot fordon och körjournal", "Fordonssamordnare",
         "Stickprov 50 tankningar", "G", "G", "", "Stickprov 50 tankningar, inga fel.",
         "GENOMFORD", "nej"),
        ("2", "VA-debitering – mätarbyten registreras i kundsystemet", "VA-ekonom",
         "Avstämning arbetsorder mot kundsystem", "D", "D", "",
         "Avstämning av 120 av 300 mätarbyten klar.", "DELVIS", ""),
        ("3", "Renhållningstaxa – abonnemang stämmer mot hämtställen", "Renhållningschef",
         "Jämförelse abonnemangsregister/turlistor", "G", "", "", "", "SAKNAS", ""),
        ("4", "Entreprenörer i pågående VA-projekt har F-skatt och betalda skatter",
         "Projektledare VA", "Kontroll via Skatteverket", "–", "G", "A",
         "En underentreprenör saknade F-skatt vid kontrollen i mars. Avtalet med "
         "underentreprenören har hävts.", "GENOMFORD", "ja"),
        ("5", "Riskbedömning görs före arbete på väg", "Arbetsledare gata",
         "Stickprov 10 arbetsplatser", "E", "E", "",
         "Ej genomförd, ansvarig arbetsledare föräldraledig.", "EJ_GENOMFORD", ""),
        ("6", "Förtroendekänsliga poster (representation, resor, kurser)", "Controller",
         "Genomgång konto 71xx/76xx", "G", "U", "",
         "Utgår 2025, ingår i KS kommungemensamma kontroll (TN 2025-01-22 § 5).", "UTGAR", ""),
        ("7", "Dricksvattenprover tas enligt kontrollprogrammet", "Driftchef VA",
         "Avstämning mot provtagningsplan", "G", "G", "", "Se bilaga 2", "GENOMFORD", ""),
        ("8", "Fakturor för snöröjning attesteras av behörig attestant", "Controller",
         "Stickprov 25 fakturor", "G", "", "", "Genomförd – inga avvikelser.",
         "GENOMFORD", "nej"),
        ("9", "Lagerinventering av VA-material i centralförrådet", "Förrådsansvarig",
         "Inventering", "G", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for nr, km, kontr, met, h24, t1, avv, kom, est, eav in data:
        vals = [nr, km, kontr, met, h24, t1, avv, kom, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = thin_border()
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (5, 6, 7, 9, 10) else None)
        exp(fil, namnd, km, est, eav)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Sammanställt av: Per Holm, controller, 2025-05-05")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Reject - covering letter from MBN, no follow-up in it
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Missiv MBN internkontroll T1 2025.docx"
    d = docx.Document()
    doc_props(d, "Missiv")
    d.add_paragraph("Miljö- och byggförvaltningen").runs[0].bold = True
    d.add_paragraph("2025-05-09")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Angående uppföljning av internkontrollplan tertial 1 2025", level=2)
    d.add_paragraph(
        "Miljö- och byggnadsnämndens uppföljning av internkontrollplanen för tertial 1 2025 "
        "behandlas på nämndens sammanträde den 21 maj och skickas till er direkt efter "
        "justeringen av protokollet.")
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 omfattar sju kontrollmoment, varav två är "
        "planerade till tertial 1. Vi ber om förståelse för att uppföljningen kommer in efter "
        "den utsatta tidpunkten.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Lars Berg\nFörvaltningschef, Miljö- och byggförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def main():
    os.makedirs(TMP, exist_ok=True)
    make_bun()
    make_sn()
    make_export()
    make_von()
    make_kfn()
    make_sbn()
    make_tn()
    make_reject()
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row), row
            f.write(";".join(row) + "\n")
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
