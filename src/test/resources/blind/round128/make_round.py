#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 128 – Norrbyns kommun, delår (per 31 augusti) 2025.

Builds every file of the inbox plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 from any folder; files are written next to this script.
"""
import csv
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TextProperties,
                       TableColumnProperties, ParagraphProperties)
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF|Individ- och familjeomsorgen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Äldreomsorgen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF|Samhällsbyggnad"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur & fritid|KoF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och bygg|Bygg- och miljö"),
    ("Teknik- och servicenämnden", "TSN|Teknik- och serviceförvaltningen|Tekniska förvaltningen|Serviceförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen – xlsx, title rows, merged process headings,
#     T1 column beside delår column, totals row, status list
# ---------------------------------------------------------------------------
def f1():
    fil = "KS delårsuppföljning internkontroll 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Norrbyns kommun"
    ws["A1"].font = Font(size=9, italic=True)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Uppföljningsperiod: delår, januari–augusti (per 2025-08-31)"
    ws["A4"] = "Upprättad av: Kommunledningsförvaltningen, ekonomiavdelningen        Datum: 2025-09-12"
    ws["A4"].font = Font(size=9)
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T1\n(jan–apr)", "Status delår\n(jan–aug)", "Kommentar / iakttagelser"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    ws.row_dimensions[r].height = 32

    blocks = [
        ("Process: Ekonomi och redovisning", [
            ("1.1", "Attest av leverantörsfakturor – kontroll att beslutsattest sker enligt attestreglementet",
             "Stickprov 20 fakturor per tertial", "Tertial", "Redovisningschef",
             "Genomförd", "Genomförd",
             "40 fakturor granskade. 2 fakturor saknade beslutsattest – återkopplat till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.2", "Leverantörsregistret – ändring av bankuppgifter verifieras innan utbetalning",
             "Kontroll av samtliga ändringar", "Månadsvis", "Ekonomichef",
             "Pågår", "Genomförd",
             "Samtliga 14 ändringar verifierade genom återringning till känt nummer. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("1.3", "Representation och övriga förtroendekänsliga poster bokförs med syfte och deltagare",
             "Stickprov 15 verifikationer", "Halvår", "Controller",
             "Ej påbörjad", None,
             "Granskningen genomfördes i augusti. Tre av femton verifikationer saknade deltagarförteckning; "
             "kompletterat i efterhand.",
             "GENOMFORD", "ja"),
        ]),
        ("Process: Personal och lön", [
            ("2.1", "Löneutbetalningar – nyanställda och avslutade stäms av mellan HR-system och lönesystem",
             "Avstämning listor", "Månadsvis", "HR-chef",
             "Genomförd", "Delvis genomförd",
             "Avstämning gjord jan–maj. Juni–augusti ej gjord p.g.a. semester och vakant lönehandläggartjänst.",
             "DELVIS", "nej"),
            ("2.2", "Bisysslor – samtliga chefer har redovisat eventuella bisysslor",
             "Genomgång i HR-systemet", "Årligen", "HR-chef",
             "–", "Ej genomförd",
             "Planeras till oktober i samband med medarbetarsamtalen.",
             "EJ_GENOMFORD", "nej"),
            ("2.3", "Tillfälliga lönetillägg och engångsbelopp är attesterade av behörig chef",
             "Stickprov 10 per månad", "Tertial", "Lönechef",
             "Genomförd", "Pågår",
             "",
             "DELVIS", "nej"),
        ]),
        ("Process: IT, informationssäkerhet och ärendehantering", [
            ("3.1", "Behörigheter i ekonomisystemet tas bort när anställning avslutas",
             "Behörighetslista mot personalregister", "Halvår", "Systemförvaltare ekonomi",
             "Ej påbörjad", "Genomförd",
             "Fem konton för avslutade anställningar var fortfarande aktiva – stängda 2025-06-19.",
             "GENOMFORD", "ja"),
            ("3.2", "Registerförteckning över personuppgiftsbehandlingar enligt GDPR är uppdaterad",
             "Genomgång med dataskyddsombud", "Årligen", "Kanslichef",
             "Pågår", None,
             "Arbetet pågår fortfarande – förteckningen är uppdaterad för två av fyra avdelningar.",
             "DELVIS", "nej"),
            ("3.3", "Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse delegationslista mot anmälda beslut", "Tertial", "Nämndsekreterare",
             "Genomförd", "Utgår",
             "Utgår enligt KS beslut 2025-05-07 § 88. Ersätts av automatisk kontroll i nya ärendehanteringssystemet.",
             "UTGAR", "nej"),
        ]),
    ]
    r = 7
    grey = PatternFill("solid", fgColor="D9D9D9")
    for head, rows in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1, value=head).font = Font(bold=True, italic=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = grey
            ws.cell(row=r, column=c).border = BORDER
        r += 1
        for row in rows:
            vals = row[:8]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, namnd, row[1], row[8], row[9])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summa")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r, column=2, value="Antal kontrollmoment: 9")
    ws.cell(row=r, column=7, value="Genomförda 4 / Delvis-pågår 3 / Ej genomförda 1 / Utgår 1")
    ws.cell(row=r, column=7).alignment = WRAP
    for c in range(1, 9):
        ws.cell(row=r, column=c).border = Border(top=Side(style="double"))
    r += 2
    ws.cell(row=r, column=1, value="Statusalternativ: Genomförd, Delvis genomförd, Pågår, Ej påbörjad, "
                                   "Ej genomförd, Utgår (ange beslut i kommentaren).")
    ws.cell(row=r, column=1).font = Font(size=9, italic=True)
    widths = [6, 48, 26, 11, 20, 13, 15, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden – docx, symbols, legend below the table,
#     "Se bilaga" alone, "?", signature
# ---------------------------------------------------------------------------
def f2():
    fil = "BUN_IK_delar_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    p = d.add_paragraph("NORRBYNS KOMMUN\nBarn- och utbildningsförvaltningen")
    p.runs[0].font.size = Pt(9)
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=1)
    d.add_paragraph("Period: 1 januari – 31 augusti 2025. Dnr BUN 2025/0112")
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). "
        "Nedan redovisas utfallet av de kontrollmoment som skulle vara påbörjade eller genomförda till "
        "delårsbokslutet. Bedömningen anges med symbol enligt teckenförklaringen efter tabellen.")
    rows = [
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutssamordnare", "Stickprov 25 beslut vårterminen. Samtliga fattade av behörig delegat.",
         "●", "GENOMFORD", "nej"),
        ("Elevfrånvaro", "Upprepad eller långvarig frånvaro anmäls till huvudman enligt rutin",
         "Rektorer / elevhälsochef",
         "4 av 12 skolor hade inte anmält frånvaro över 20 % inom angiven tid. Rutinen har förtydligats på rektorsmöte 2025-06-05.",
         "◐", "GENOMFORD", "ja"),
        ("Kränkande behandling", "Anmälan om kränkande behandling når huvudmannen inom fem arbetsdagar",
         "Verksamhetschef grundskola", "Se bilaga 2", "", "OKLAR", "nej"),
        ("Inköp", "Avtalstrohet vid inköp av läromedel och förbrukningsmaterial",
         "Controller", "Genomgång av inköp jan–jun pågår och slutförs i september.",
         "◔", "DELVIS", "nej"),
        ("Avgifter förskola", "Inkomstuppgifter för barnomsorgsavgift kontrolleras mot Skatteverkets uppgifter",
         "Handläggare barnomsorgsavgifter",
         "Har inte påbörjats på grund av byte av verksamhetssystem under våren.",
         "○", "EJ_GENOMFORD", "nej"),
        ("Tilläggsbelopp", "Beslut om tilläggsbelopp följs upp inom beslutad tid",
         "Utvecklingsledare elevhälsa",
         "30 ärenden genomgångna. Två beslut saknade dokumenterad uppföljning; komplettering begärd.",
         "◐", "GENOMFORD", "ja"),
        ("IT-behörigheter", "Behörigheter i lärplattform och elevdokumentation avslutas när anställningen upphör",
         "IT-samordnare", "Kontrollerat i juni mot personallistor. Inga avvikelser.",
         "●", "GENOMFORD", "nej"),
        ("Synpunkter och klagomål", "Inkomna klagomål registreras och besvaras inom tio dagar",
         "Nämndsekreterare", "", "?", "OKLAR", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Ansvarig", "Resultat per 31 augusti", "Bed."]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for omr, km, ans, res, sym, st, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate([omr, km, ans, res, sym]):
            cells[i].text = v
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, namnd, km, st, av)
    widths = [Cm(2.8), Cm(5.2), Cm(3.2), Cm(6.0), Cm(1.2)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring bedömning: ").bold = True
    p.add_run("● genomförd utan anmärkning   ◐ genomförd med anmärkning   ◔ påbörjad, ej slutförd   "
              "○ ej påbörjad   — utgår/ej aktuell")
    d.add_paragraph("Bilaga 2: Sammanställning anmälningar kränkande behandling jan–aug 2025 (separat dokument).")
    d.add_paragraph("")
    d.add_paragraph("Norrby den 10 september 2025")
    d.add_paragraph("\n\nMaria Sundqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  Vård- och omsorgsnämnden – ods, status only as fill colour,
#     legend to the right, colour not in legend, "Utgår" text, empty row
# ---------------------------------------------------------------------------
def f3():
    fil = "VON_internkontroll_uppfoljning_aug25.ods"
    namnd = "Vård- och omsorgsnämnden"
    doc = OpenDocumentSpreadsheet()

    def cstyle(name, bg=None, bold=False, wrap=True, size=None):
        s = Style(name=name, family="table-cell")
        kw = {"verticalalign": "top"}
        if wrap:
            kw["wrapoption"] = "wrap"
        if bg:
            kw["backgroundcolor"] = bg
        kw["border"] = "0.5pt solid #808080"
        s.addElement(TableCellProperties(**kw))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    def plain(name, bold=False, size=None):
        s = Style(name=name, family="table-cell")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    S = {
        "n": cstyle("n"),
        "h": cstyle("h", bg="#BDD7EE", bold=True),
        "green": cstyle("green", bg="#00B050"),
        "yellow": cstyle("yellow", bg="#FFD966"),
        "red": cstyle("red", bg="#FF0000"),
        "blue": cstyle("blue", bg="#5B9BD5"),
        "title": plain("title", bold=True, size="14pt"),
        "sub": plain("sub"),
        "leg": plain("leg", bold=True),
    }
    widths = ["5cm", "7cm", "4.5cm", "2cm", "7.5cm", "0.6cm", "1.2cm", "5cm"]
    t = Table(name="Uppföljning")
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for v, st in cells:
            if st is None:
                st = S["n"] if v else None
            tc = TableCell(stylename=st, valuetype="string") if st is not None else TableCell()
            if v:
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    E = ("", None)
    row([("Vård- och omsorgsförvaltningen", S["sub"]), E, E, E, E, E, ("Färgkod status", S["leg"]), E])
    row([("Internkontrollplan 2025 – uppföljning per 31 augusti", S["title"]), E, E, E, E, E,
         ("", S["green"]), ("Kontrollen genomförd", S["sub"])])
    row([("Vård- och omsorgsnämnden, sammanträde 2025-09-24", S["sub"]), E, E, E, E, E,
         ("", S["yellow"]), ("Delvis genomförd / pågår", S["sub"])])
    row([E, E, E, E, E, E, ("", S["red"]), ("Ej genomförd", S["sub"])])
    row([E] * 8)
    row([("Risk", S["h"]), ("Kontrollmoment", S["h"]), ("Metod / omfattning", S["h"]),
         ("Status", S["h"]), ("Kommentar", S["h"]), E, E, E])
    data = [
        ("Felaktig debitering av omsorgsavgifter",
         "Avgiftsbeslut stämmer med beviljade och utförda insatser", "Stickprov 30 ärenden",
         "green", "", "Inga fel funna.", "GENOMFORD", "nej"),
        ("Brister i läkemedelshantering",
         "Signeringslistor för läkemedel kontrolleras på särskilda boenden", "Samtliga 6 SÄBO, en vecka",
         "green", "", "Tre av sex enheter hade osignerade doser. Åtgärdsplan upprättad med MAS.",
         "GENOMFORD", "ja"),
        ("Beslut verkställs inte i tid",
         "Ej verkställda gynnande beslut rapporteras till IVO inom tre månader", "Kvartalsvis rapport",
         "yellow", "", "Kvartal 1 och 2 rapporterade. Kvartal 3 pågår.", "DELVIS", "nej"),
        ("Ersättning till hemtjänst för ej utförd tid",
         "Utförd tid i hemtjänsten stäms av mot beviljad tid", "Avstämning planeringssystem",
         "red", "", "Kunde inte genomföras – fel i tidsregistreringen under våren, leverantören felsöker.",
         "EJ_GENOMFORD", "nej"),
        ("Otillbörlig åtkomst till journaler",
         "Loggkontroll i journalsystemet (slumpvis 20 användare)", "Logguttag",
         "blue", "", "", "OKLAR", "nej"),
        ("Lex Sarah-utredningar drar ut på tiden",
         "Utredningar enligt lex Sarah avslutas inom två månader", "Genomgång av samtliga utredningar",
         "yellow", "", "Sju utredningar hittills. Två överskred två månader.", "DELVIS", "ja"),
        ("Förskingring av brukarmedel",
         "Kassaboksinventering av brukarnas kontanter på boendena", "Inventering",
         None, "Utgår", "Kontanthanteringen avvecklad fr.o.m. 2025-03-01 enligt VON beslut § 23.",
         "UTGAR", "nej"),
        ("Bristande delegering av HSL-uppgifter",
         "Delegeringar av hälso- och sjukvårdsuppgifter förnyas årligen", "Utdrag ur delegeringsregister",
         "green", "", "", "GENOMFORD", "nej"),
        ("Nyanställda saknar introduktion",
         "Introduktionsprogram genomförs för samtliga nyanställda inom hemtjänsten", "Checklista per person",
         None, "", "", "SAKNAS", "nej"),
    ]
    for risk, km, metod, col, txt, kom, st, av in data:
        row([(risk, None), (km, None), (metod, None),
             (txt, S[col] if col else S["n"]), (kom, S["n"]), E, E, E])
        exp(fil, namnd, km, st, av)
    row([E] * 8)
    row([("Sammanställt av: kvalitetsstrateg Lena Öhman, 2025-09-09", S["sub"]), E, E, E, E, E, E, E])
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F4  Stratsys export – two nämnder in one CSV (förvaltning names),
#     process rows, blank status decided by comment
# ---------------------------------------------------------------------------
def f4():
    fil = "Stratsys_export_internkontroll_20250915.csv"
    K = "Kultur- och fritidsförvaltningen"
    M = "Miljö- och byggförvaltningen"
    KN = "Kultur- och fritidsnämnden"
    MN = "Miljö- och byggnadsnämnden"
    per = "Delår 2025 (jan-aug)"
    rows = [
        (K, "Process", "Bidragsgivning", "", "", "", "", "", None),
        (K, "Kontrollmoment", "Beslut om föreningsbidrag följer antagna bidragsregler",
         "Stickprov 10 beslut", per, "Klar", "Nej", "Inga anmärkningar.", ("GENOMFORD", "nej")),
        (K, "Process", "Intäkter och kassahantering", "", "", "", "", "", None),
        (K, "Kontrollmoment", "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Bokningssystem mot fakturering", per, "Klar", "Ja",
         "Två bokningar hade inte fakturerats. Fakturerat i juli.", ("GENOMFORD", "ja")),
        (K, "Kontrollmoment", "Dagskassor i simhallen stäms av mot kassasystem",
         "Oanmäld kassakontroll", per, "Pågående", "Nej", "", ("DELVIS", "nej")),
        (K, "Process", "Skydd av tillgångar", "", "", "", "", "", None),
        (K, "Kontrollmoment", "Inventering av kommunens konstsamling",
         "Fysisk inventering mot register", per, "Ej startad", "Nej",
         "Skjuts till 2026 på grund av personalbrist.", ("EJ_GENOMFORD", "nej")),
        (K, "Kontrollmoment", "Behörigheter i bibliotekssystemet är aktuella",
         "Behörighetslista", per, "", "",
         "Ej genomförd ännu – planeras till november.", ("EJ_GENOMFORD", "nej")),
        (M, "Process", "Myndighetsutövning", "", "", "", "", "", None),
        (M, "Kontrollmoment", "Bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Uttag ur ärendesystem", per, "Klar", "Ja",
         "3 av 48 ärenden överskred tiden; avgiften reducerades enligt PBL.", ("GENOMFORD", "ja")),
        (M, "Kontrollmoment", "Tillsynsavgifter livsmedel debiteras enligt taxa",
         "Stickprov 20 objekt", per, "Pågående", "Nej", "Halva stickprovet klart.", ("DELVIS", "nej")),
        (M, "Kontrollmoment", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista", per, "Klar", "Nej", "", ("GENOMFORD", "nej")),
        (M, "Process", "Opartiskhet och jäv", "", "", "", "", "", None),
        (M, "Kontrollmoment", "Jävsdeklaration upprättas inför inspektioner",
         "Genomgång inspektionsrapporter", per, "Ej aktuell", "Nej",
         "Utgår enligt MBN beslut 2025-03-12 § 31 – hanteras i ny rutin för opartiskhet.", ("UTGAR", "nej")),
        (M, "Process", "Informationshantering", "", "", "", "", "", None),
        (M, "Kontrollmoment", "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov 50 handlingar", per, "Klar", "Ja",
         "Endast 88 % diarieförda inom två dagar.", ("GENOMFORD", "ja")),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Internkontroll 2025 - Uppföljning;Export 2025-09-15 08:42;Användare: ekonomi\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Organisation", "Typ", "Namn", "Kontrollmetod", "Period", "Status",
                    "Avvikelse", "Kommentar"])
        for r in rows:
            w.writerow(r[:8])
            if r[8]:
                exp(fil, KN if r[0] == K else MN, r[2], r[8][0], r[8][1])
    FILES.append((fil, "INLAST", KN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F5  Socialnämnden – real .xls (xlwt), "Status 2024" column to ignore,
#     empty helår 2025 column, "Avbruten genom beslut"
# ---------------------------------------------------------------------------
def f5():
    fil = "SN uppföljning IKP delår 2025.xls"
    namnd = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning IKP")
    title = xlwt.easyxf("font: bold on, height 280;")
    sub = xlwt.easyxf("font: height 200;")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre;")
    cel = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    grey = xlwt.easyxf("font: colour grey50; borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top;")
    ws.write_merge(0, 0, 0, 6, "Socialförvaltningen – Norrbyns kommun", sub)
    ws.write_merge(1, 1, 0, 6, "Uppföljning av internkontrollplan 2025", title)
    ws.write(2, 0, "Rapporttillfälle:", sub)
    ws.write(2, 1, "Delårsrapport per 31 aug", sub)
    ws.write(3, 0, "Ansvarig:", sub)
    ws.write(3, 1, "Ekonom Johan Berg / avd.chef IFO", sub)
    heads = ["Kontrollområde", "Kontrollmoment", "Status 2024\n(helår)", "Delår 2025",
             "Helår 2025", "Avvikelse\n(Ja/Nej)", "Kommentar"]
    for c, h in enumerate(heads):
        ws.write(5, c, h, hdr)
    data = [
        ("Ekonomiskt bistånd", "Utbetalningar stäms av mot beslut, stickprov 25 ärenden per månad",
         "Genomförd", "Genomförd med anmärkning", "", "Ja",
         "Två dubbelutbetalningar upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Inkomstuppgifter kontrolleras via SSBTEK före beslut",
         "Delvis", "Genomförd", "", "Nej", "", "GENOMFORD", "nej"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Ej genomförd", "Delvis", "", "Ja", "82 % av förhandsbedömningarna klara inom 14 dagar.",
         "DELVIS", "ja"),
        ("Placeringar", "Placeringar på HVB görs hos avtalade leverantörer enligt ramavtal",
         "Genomförd", "Ej genomförd", "", "Nej",
         "Flyttad till hösten pga vakant upphandlartjänst. Ej gjord per 31/8.", "EJ_GENOMFORD", "nej"),
        ("LSS", "Gynnande beslut enligt LSS verkställs inom tre månader",
         "Genomförd", "Påbörjad", "", "Nej", "Uttag för jan–jun gjort, analys pågår.", "DELVIS", "nej"),
        ("Familjehem", "Arvoden och omkostnadsersättningar till familjehem följer SKR:s riktlinjer",
         "Genomförd", "", "", "", "", "SAKNAS", "nej"),
        ("Dataskydd", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Ej aktuell", "Genomförd", "", "Nej", "En incident under perioden, anmäld inom tid.",
         "GENOMFORD", "nej"),
        ("Hot och våld", "Handlingsplan mot hot och våld gås igenom på APT i alla arbetsgrupper",
         "Delvis", "Avbruten genom beslut", "", "Nej",
         "Ersätts av kommungemensam rutin, SN 2025-06-18 § 71.", "UTGAR", "nej"),
        ("Kvalitet", "Klagomål och synpunkter besvaras inom tio arbetsdagar",
         "Genomförd", "Genomförd", "", "Nej", "", "GENOMFORD", "nej"),
    ]
    r = 6
    for omr, km, s24, dl, ha, av_txt, kom, st, av in data:
        vals = [omr, km, s24, dl, ha, av_txt, kom]
        for c, v in enumerate(vals):
            ws.write(r, c, v, grey if c == 2 else cel)
        exp(fil, namnd, km, st, av)
        r += 1
    ws.write(r + 1, 0, "Helårskolumnen fylls i vid verksamhetsberättelsen.", sub)
    for c, w in enumerate([18, 50, 14, 18, 12, 11, 48]):
        ws.col(c).width = 256 * w
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  Samhällsbyggnadsnämnden – xlsx, instruction sheet with example row,
#     tick columns under a merged heading, two boxes ticked
# ---------------------------------------------------------------------------
def f6():
    fil = "SBN IK-avrapportering delår 2025.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion för avrapportering av intern kontroll",
        "",
        "1. Markera utfallet med X i en av kolumnerna Genomförd / Delvis / Ej genomförd / Ej aktuell.",
        "2. Beskriv iakttagelser och eventuella avvikelser i kolumnen Iakttagelser.",
        "3. Vid 'Ej aktuell' ska beslut anges.",
        "",
        "Exempel:",
    ]
    for i, l in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=l)
    ins["A1"].font = Font(bold=True, size=13)
    ex_hdr = ["Id", "Risk", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell", "Iakttagelser"]
    for c, h in enumerate(ex_hdr, 1):
        ins.cell(row=8, column=c, value=h).font = Font(bold=True)
    ex = ["EX", "Felaktiga utbetalningar", "Exempel: Kontroll av att fakturor attesteras av behörig person",
          "X", "", "", "", "Exempeltext: 20 fakturor kontrollerade, inga fel."]
    for c, v in enumerate(ex, 1):
        ins.cell(row=9, column=c, value=v).font = Font(italic=True, color="808080")
    ins.column_dimensions["A"].width = 8
    ins.column_dimensions["B"].width = 24
    ins.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Uppföljning 2025")
    ws["A1"] = "SAMHÄLLSBYGGNADSFÖRVALTNINGEN"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Intern kontroll 2025 – avrapportering delår (jan–aug) till samhällsbyggnadsnämnden"
    ws["A2"].font = Font(size=12, bold=True)
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    ws.merge_cells("D4:G4")
    ws.merge_cells("H4:H5")
    ws["A4"] = "Id"
    ws["B4"] = "Risk"
    ws["C4"] = "Kontrollmoment"
    ws["D4"] = "Utfall per 31/8"
    ws["H4"] = "Iakttagelser / åtgärder"
    for c, h in zip("DEFG", ["Genomförd", "Delvis", "Ej genomförd", "Ej aktuell"]):
        ws[f"{c}5"] = h
    fill = PatternFill("solid", fgColor="E2EFDA")
    for row in ws["A4:H5"]:
        for cell in row:
            cell.font = Font(bold=True)
            cell.fill = fill
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    data = [
        ("SB1", "Markanvisning strider mot policy", "Markanvisningsavtal följer antagen markanvisningspolicy",
         "X", "", "", "", "Två avtal granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("SB2", "Betalning för ej beställda arbeten",
         "Fakturor från entreprenörer stäms av mot avtal och beställda ÄTA-arbeten",
         "X", "", "", "", "ÄTA-arbeten för 340 tkr saknade skriftlig beställning. Rutin skärpt.",
         "GENOMFORD", "ja"),
        ("SB3", "Bristande avtalstrohet", "Inköp av material sker från ramavtalsleverantör",
         "", "X", "", "", "Endast kvartal 1 kontrollerat.", "DELVIS", "nej"),
        ("SB4", "Arbetsskador", "Skyddsronder genomförs på samtliga arbetsplatser enligt plan",
         "X", "X", "", "", "", "OKLAR", "nej"),
        ("SB5", "Otillåten privat användning av fordon", "Körjournaler förs för kommunens fordon",
         "", "", "X", "", "Ej genomförd under perioden.", "EJ_GENOMFORD", "nej"),
        ("SB6", "Felaktiga beslut om bostadsanpassning",
         "Beslut om bostadsanpassningsbidrag fattas enligt delegation",
         "", "", "", "X", "Bostadsanpassningen flyttad till socialnämnden fr.o.m. 2025-01-01 (KF 2024-11-25 § 142).",
         "UTGAR", "nej"),
        ("SB7", "Uteblivna intäkter", "Planavgift debiteras enligt plantaxa vid bygglov",
         "✓", "", "", "", "Sex planärenden kontrollerade.", "GENOMFORD", "nej"),
    ]
    r = 6
    for d in data:
        for c, v in enumerate(d[:8], 1):
            cell = ws.cell(row=r, column=c, value=v if v else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 4 <= c <= 7 else None)
        exp(fil, namnd, d[2], d[8], d[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av förvaltningschef Per Holm 2025-09-08")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 30, 50, 11, 9, 12, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F7  Teknik- och servicenämnden – docx, free text only
# ---------------------------------------------------------------------------
def f7():
    fil = "TSN delårsuppföljning internkontroll 2025.docx"
    namnd = "Teknik- och servicenämnden"
    d = Document()
    d.add_paragraph("Teknik- och serviceförvaltningen").runs[0].font.size = Pt(9)
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Delår per 31 augusti – rapport till teknik- och servicenämnden")
    d.add_paragraph(
        "Förvaltningen har följt upp de sju kontrollmoment som ingår i nämndens internkontrollplan för 2025. "
        "Resultatet redovisas per kontrollmoment nedan. Avvikelser som kräver åtgärd beskrivs under respektive punkt.")
    items = [
        ("1. Kost – livsmedelssäkerhet",
         "Egenkontrollprogrammet följs i samtliga tillagningskök",
         "Egenkontrollerna i nio kök har granskats. I två kök saknades temperaturloggar för juni; "
         "köken har fått ny checklista.", "GENOMFORD", "ja"),
        ("2. Fastighet – internhyror",
         "Internhyra debiteras enligt gällande hyresavtal",
         "Kontrollen har påbörjats men är inte slutförd. Avstämning återstår för ungefär hälften av objekten.",
         "DELVIS", "nej"),
        ("3. Lokalvård",
         "Beställd städning stäms av mot utförd städning",
         "Inte utförd under perioden – görs under hösten.", "EJ_GENOMFORD", "nej"),
        ("4. Fordon och drivmedel",
         "Transaktioner med drivmedelskort stäms av mot körjournal",
         "Kontrollen är genomförd enligt plan (halvårsvis) för januari–juni, 412 transaktioner. "
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("5. Upphandling",
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Genomförd. 7 av 19 direktupphandlingar saknade dokumentation. Utbildning för beställare "
         "hålls i oktober.", "GENOMFORD", "ja"),
        ("6. VA-avgifter",
         "Brukningsavgifter för VA debiteras enligt taxa",
         "Ej aktuellt längre – VA-verksamheten överfördes till Norrbyn Vatten AB den 1 januari 2025.",
         "UTGAR", "nej"),
        ("7. Reservkraft",
         "Reservkraftverk provkörs enligt underhållsplan",
         "", "SAKNAS", "nej"),
    ]
    for head, km, res, st, av in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat delår: ").bold = True
        if res:
            p.add_run(res)
        exp(fil, namnd, km, st, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                    "Kontrollmoment som inte hunnits med genomförs under hösten och redovisas i verksamhetsberättelsen.")
    d.add_paragraph("Norrby 2025-09-11")
    d.add_paragraph("Anders Wikström, förvaltningschef")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F8  Misplaced file – attestförteckning (no controls) -> AVVISAD
# ---------------------------------------------------------------------------
def f8():
    fil = "BUF attestförteckning 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Attestanter 2025"
    ws["A1"] = "Förteckning över beslutsattestanter 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Barn- och utbildningsförvaltningen – gäller från 2025-09-01"
    hdr = ["Ansvar", "Verksamhet", "Beslutsattestant", "Ersättare", "Beloppsgräns (kr)"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    rows = [
        ("4100", "Förvaltningsledning", "Maria Sundqvist", "Erik Nordin", "obegränsat"),
        ("4210", "Förskola Norrby centrum", "Sara Lind", "Maria Sundqvist", 200000),
        ("4220", "Förskola Västerbyn", "Ulla Sten", "Sara Lind", 200000),
        ("4310", "Norrbyskolan F–6", "Jonas Ek", "Karin Holm", 300000),
        ("4320", "Bäckskolan F–3", "Karin Holm", "Jonas Ek", 300000),
        ("4410", "Norrbyns högstadieskola", "Peter Ås", "Jonas Ek", 300000),
        ("4510", "Gymnasiet", "Lina Berg", "Peter Ås", 500000),
        ("4610", "Elevhälsa", "Nina Dahl", "Erik Nordin", 100000),
        ("4710", "Skolskjuts", "Erik Nordin", "Maria Sundqvist", 500000),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    ws.cell(row=15, column=1, value="Beslutad av förvaltningschef enligt delegation, BUN 2025-02-12 § 9.")
    for col, w in zip("ABCDE", [8, 28, 20, 20, 18]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
        fn()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"files: {len(set(r[0] for r in FILES))}, files.csv rows: {len(FILES)}, controls: {len(EXPECTED)}")


if __name__ == "__main__":
    main()
