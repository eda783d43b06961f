#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 279 - Lindåsa kommun, ordinary inbox at delår 2025.

Builds 8 follow-up files + 1 file to reject, plus namnder.csv, files.csv,
expected.csv.  Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


def fix_wb(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def expect(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel, title rows, instruction, process headings (merged)
# ---------------------------------------------------------------------------
def ks():
    fil = "KS_internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    fix_wb(wb, "Anna Lindqvist")
    ws["A1"] = "Lindåsa kommun"
    ws["A1"].font = Font(size=10, color="555555")
    ws["A2"] = "Kommunstyrelsen – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Uppföljningsperiod: Delår, 1 januari – 31 augusti 2025"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = ("Instruktion: Välj status i rullistan (Genomförd / Genomförd med avvikelse / "
                "Pågår / Ej påbörjad / Utgår). Beskriv avvikelser och åtgärder i kommentarsfältet.")
    ws.merge_cells("A4:H4")
    ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 30
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Status delår", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("Ekonomiprocessen", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Tertial", "Redovisningschef", "Genomförd",
             "Stickprov 40 fakturor (T1+T2), inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
             "Stickprov 15 verifikationer", "Halvår", "Controller", "Genomförd med avvikelse",
             "3 av 15 verifikationer saknade deltagarförteckning.\nPåminnelse skickad till samtliga chefer i juni.",
             "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut",
             "Genomgång av avstämningsunderlag", "Månadsvis", "Redovisningsekonom", "Pågår",
             "Avstämt t.o.m. juli, augusti pågår.", "DELVIS", ""),
        ]),
        ("Personalprocessen", [
            ("2.1", "Lön", "Behörighet i lönesystemet – kontroll av att avslutade anställda tagits bort",
             "Systemrapport mot HR-lista", "Halvår", "HR-chef", "Genomförd", None, "GENOMFORD", "nej"),
            ("2.2", "Lön", "Uppföljning av att lönerevision genomförts enligt avtal",
             "Jämförelse lönelista/avtal", "Årligen", "Lönechef", "Utgår",
             "Utgår enligt KS beslut 2025-04-08 § 67, ersätts av central kontroll.", "UTGAR", ""),
            ("2.3", "Rehabilitering", "Rehabiliteringsärenden dokumenteras i Adato",
             "Stickprov 10 ärenden", "Halvår", "HR-specialist", None,
             "Kontrollen genomförd i juni. Samtliga 10 ärenden var dokumenterade.", "GENOMFORD", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("3.1", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Stickprov i diariet", "Tertial", "Upphandlingschef", "Ej påbörjad",
             "Genomförs under hösten p.g.a. vakans.", "EJ_GENOMFORD", ""),
            ("3.2", "Inköp", "Inköp görs från avtalade leverantörer (avtalstrohet)",
             "Analys i spendanalysverktyget", "Halvår", "Inköpssamordnare", "Genomförd med avvikelse",
             "Avtalstrohet 87 % (mål 90 %). Kontorsmaterial köps utanför avtal på två enheter.",
             "GENOMFORD", "ja"),
        ]),
        ("Informationssäkerhet", [
            ("4.1", "Behörigheter", "Kontroll av att behörigheter i ekonomisystemet är aktuella",
             "Genomgång av behörighetslista", "Halvår", "Systemförvaltare", "Pågår",
             "Genomgång påbörjad, hittills har 2 konton för avslutade anställda spärrats.", "DELVIS", "ja"),
            ("4.2", "Incidenter", "Incidentrapportering enligt informationssäkerhetspolicyn",
             "Genomgång av incidentloggen", "Tertial", "Informationssäkerhetssamordnare", None, None,
             "SAKNAS", ""),
        ]),
    ]
    r = 7
    exp = []
    for g, rows in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for row in rows:
            for i, v in enumerate(row[:8], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            exp.append((row[2], row[8], row[9]))
            r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G8:G{r}")
    r += 1
    ws.cell(row=r, column=1, value="Upprättad 2025-09-10 av Anna Lindqvist, controller, Kommunledningskontoret")
    ws.cell(row=r + 1, column=1, value="Behandlad av kommunstyrelsens arbetsutskott 2025-09-23")
    for col, w in zip("ABCDEFGH", [6, 18, 48, 28, 11, 22, 22, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    ws.print_title_rows = "6:6"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    expect(fil, N, exp)


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word, two tables (plan + follow-up summary)
# ---------------------------------------------------------------------------
def bun():
    fil = "BUN uppföljning IK delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_doc(d, "Johan Berg")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lindåsa kommun\tBarn- och utbildningsförvaltningen\tBUN 2025/112"
    p = d.add_paragraph("TJÄNSTESKRIVELSE")
    p.runs[0].bold = True
    d.add_paragraph("Datum: 2025-09-15\nDiarienummer: BUN 2025/112")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per augusti", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen "
                    "för perioden januari–augusti 2025 och överlämnar den till kommunstyrelsen.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 98). Planen "
                    "innehåller åtta kontrollmoment. Per den 31 augusti har fyra kontroller genomförts, "
                    "varav två med avvikelse. En kontroll pågår och en har skjutits till hösten. "
                    "Resultatet redovisas i tabell 2 nedan.")
    plan = [
        ("Skolpliktsbevakning", "Elever med hög frånvaro uppmärksammas inte",
         "Skolpliktsbevakning – frånvaro över 10 % anmäls till rektor och följs upp",
         "Stickprov i elevregistret", "Utvecklingsstrateg", "12"),
        ("Trygghet och studiero", "Kränkande behandling utreds inte skyndsamt",
         "Kränkande behandling anmäls till huvudman inom fem dagar",
         "Genomgång av anmälningar i DF Respons", "Kvalitetsansvarig", "16"),
        ("Personal", "Olämplig person anställs",
         "Registerkontroll av personal i förskola och skola (utdrag ur belastningsregistret)",
         "Stickprov nyanställda", "HR-partner", "15"),
        ("Skolskjuts", "Skolskjuts beviljas felaktigt",
         "Skolskjuts beviljas enligt riktlinjer", "Stickprov 20 beslut", "Skolskjutshandläggare", "8"),
        ("Ekonomi", "Felaktiga ersättningar betalas till andra huvudmän",
         "Fakturor för interkommunal ersättning kontrolleras mot elevregister",
         "Avstämning faktura/elevregister", "Controller", "9"),
        ("Arbetsmiljö", "Tillbud rapporteras inte",
         "Tillbud och arbetsskador i förskolan rapporteras i KIA",
         "Jämförelse KIA/enheternas loggar", "Förskolechef", "9"),
        ("Avgifter", "Felaktig avgift debiteras",
         "Barnomsorgsavgifter debiteras enligt aktuella inkomstuppgifter",
         "Inkomstkontroll mot Skatteverket", "Avgiftshandläggare", "8"),
        ("Elevhälsa", "Elever får inte stöd i tid",
         "Dokumentation av extra anpassningar och åtgärdsprogram",
         "Stickprov 3 skolor", "Verksamhetschef grundskola", "12"),
    ]
    follow = [
        ("Genomförd", "Samtliga 34 fall av hög frånvaro har följts upp enligt rutin.", "GENOMFORD", "nej"),
        ("Genomförd med avvikelse", "12 av 140 anmälningar kom in senare än fem dagar. "
         "Rutinen kommuniceras på rektorsmötet i september.", "GENOMFORD", "ja"),
        ("Genomförd", "Stickprov 25 nyanställningar, samtliga hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("Delvis genomförd", "Stickprov påbörjat, resterande beslut granskas i september.", "DELVIS", ""),
        ("Se bilaga 2", "", "OKLAR", ""),
        ("Ej genomförd", "Flyttas till hösten på grund av byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
        ("Genomförd", "Inkomstkontroll genomförd i maj. 18 hushåll hade för lågt angiven inkomst "
         "och har debiterats retroaktivt.", "GENOMFORD", "ja"),
        ("–", "–", "SAKNAS", ""),
    ]
    d.add_heading("Internkontrollplan 2025", level=2)
    d.add_paragraph("Tabell 1. Internkontrollplan 2025 (antagen av nämnden 2024-12-11 § 98)")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Riskvärde"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in plan:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens (1–16).")
    d.add_heading("Uppföljning per 31 augusti", level=2)
    d.add_paragraph("Tabell 2. Sammanställning av uppföljning per 31 augusti 2025")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Status", "Resultat och eventuella åtgärder"]):
        t2.rows[0].cells[i].text = h
        t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    exp = []
    for pl, fo in zip(plan, follow):
        cells = t2.add_row().cells
        cells[0].text = pl[2]
        cells[1].text = fo[0]
        cells[2].text = fo[1]
        exp.append((pl[2], fo[2], fo[3]))
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Avstämning interkommunal ersättning jan–aug 2025 (separat fil).")
    d.add_paragraph("")
    d.add_paragraph("Barn- och utbildningsförvaltningen")
    d.add_paragraph("Maria Ek\t\t\t\tJohan Berg")
    d.add_paragraph("Förvaltningschef\t\t\tNämndsekreterare")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    expect(fil, N, exp)


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Stratsys-like CSV export
# ---------------------------------------------------------------------------
def sn():
    fil = "Stratsys_export_Socialnamnden_20250905.csv"
    N = "Socialnämnden"
    org = "Lindåsa kommun/Socialnämnden"
    rows = [
        ("Myndighetsutövning barn och unga", "Rättsosäkra utredningar",
         "Utredningstid barnavårdsutredningar inom fyra månader (11 kap. 2 § SoL)",
         "Enhetschef barn och unga", "Tertial", "Klar",
         "Granskat 30 utredningar.\n4 överskred fyra månader utan beslut om förlängning. "
         "Åtgärd: veckovis genomgång av utredningstider på enhetsmöte.", "2025-09-02", "GENOMFORD", "ja"),
        ("Myndighetsutövning barn och unga", "Barn far illa utan att skyddsbedömning görs",
         "Förhandsbedömning inom 14 dagar efter orosanmälan", "Enhetschef mottagning", "Tertial",
         "Klar", "Samtliga granskade förhandsbedömningar inom tidsgränsen.", "2025-08-29", "GENOMFORD", "nej"),
        ("Placeringar", "Placerade barn får inte den uppföljning de har rätt till",
         "Kontroll av att placerade barn har tilldelad socialsekreterare och besöks enligt lag",
         "Enhetschef familjehem", "Halvår", "Pågående",
         "Besök dokumenterade i 22 av 25 ärenden, övriga tre följs upp under september.",
         "2025-09-01", "DELVIS", "ja"),
        ("Placeringar", "Kostnader för köpta platser överstiger avtal",
         "Uppföljning av köpta platser (HVB) mot avtal", "Controller", "Halvår", "Avbruten",
         "Avbruten genom beslut SN 2025-05-21 § 44, ingår i kommunrevisionens granskning.",
         "2025-05-22", "UTGAR", ""),
        ("Placeringar", "Felaktiga avgifter", "Avgifter för placeringar faktureras enligt beslut",
         "Avgiftshandläggare", "Halvår", "Ej påbörjad", "", "2025-04-30", "EJ_GENOMFORD", ""),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare",
         "Enhetschef försörjningsstöd", "Tertial", "Pågående",
         "Stickprov jan–juni klart, juli–augusti återstår.", "2025-08-30", "DELVIS", ""),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll av dubbla utbetalningar av ekonomiskt bistånd", "Controller", "Tertial", "Klar",
         "Inga dubbelutbetalningar identifierade.", "2025-08-28", "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktiga utbetalningar till leverantörer",
         "Attest av fakturor för externa placeringar", "Controller", "Tertial", "Klar",
         "Inga avvikelser.", "2025-08-28", "GENOMFORD", "nej"),
        ("Kvalitet", "Missförhållanden rapporteras inte",
         "Lex Sarah-rapporter handläggs och anmäls till IVO inom föreskriven tid",
         "Kvalitetsutvecklare", "Halvår", "Klar", "", "2025-06-18", "GENOMFORD", ""),
        ("Informationssäkerhet", "Obehöriga tar del av sekretessuppgifter",
         "Behörighetskontroll i verksamhetssystemet Lifecare", "Systemförvaltare", "Halvår",
         "", "", "", "SAKNAS", ""),
    ]
    path = out(fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Intern kontroll – uppföljning kontrollmoment"])
        w.writerow(["Period: Delår 2025 (2025-01-01–2025-08-31)"])
        w.writerow(["Utskriven: 2025-09-05 08:14 av ulla.sandberg"])
        w.writerow([])
        w.writerow(["Organisation", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
                    "Status", "Kommentar", "Senast uppdaterad"])
        exp = []
        for r in rows:
            w.writerow([org] + list(r[:8]))
            exp.append((r[2], r[8], r[9]))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    expect(fil, N, exp)


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - .ods, code legend, T1 + delår columns
# ---------------------------------------------------------------------------
def von():
    fil = "VON_IKP_2025_uppföljning.ods"
    N = "Vård- och omsorgsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    hdr = Style(name="hdr", family="table-cell")
    hdr.addElement(TextProperties(fontweight="bold"))
    hdr.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000",
                                       wrapoption="wrap"))
    grp = Style(name="grp", family="table-cell")
    grp.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
    grp.addElement(TableCellProperties(backgroundcolor="#FCE4D6"))
    cell = Style(name="cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    for s in (bold, big, hdr, grp, cell):
        doc.automaticstyles.addElement(s)
    widths = ["1.0cm", "7.5cm", "4.5cm", "3.5cm", "2.0cm", "1.8cm", "1.8cm", "8cm"]
    t = Table(name="IKP 2025")
    for i, wdt in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def add_row(vals, style=None, span=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if span and i == 0:
                kw["numbercolumnsspanned"] = span
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, int):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
            if span and i == 0:
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
        t.addElement(tr)

    add_row(["Vård- och omsorgsnämnden"], big)
    add_row(["Internkontrollplan 2025 med uppföljning T1 och delår"], bold)
    add_row(["Teckenförklaring status: 1 = Genomförd utan avvikelse   2 = Genomförd med avvikelse   "
             "3 = Påbörjad   4 = Ej påbörjad   5 = Utgår"])
    add_row([""])
    add_row(["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidplan", "Status T1",
             "Status delår", "Kommentar"], hdr)
    groups = [
        ("Hemtjänst", [
            ("1", "Utförd tid i hemtjänsten stämmer mot beviljad tid", "Avstämning TES/beslut",
             "Enhetschef hemtjänst", "T1–delår", 3, 1, "Avstämning gjord för januari–juni, inga differenser över 5 %.",
             "GENOMFORD", "nej"),
            ("2", "Nyckelhantering i hemtjänsten – kvittering av nycklar", "Inventering nyckelskåp",
             "Enhetschef hemtjänst", "T1", 1, None, "Kontroll genomförd i mars.", "GENOMFORD", "nej"),
        ]),
        ("Särskilt boende", [
            ("3", "Läkemedelsavvikelser rapporteras och analyseras", "Genomgång avvikelsesystemet",
             "MAS", "Löpande", 2, 2, "Brister i signeringslistor på Björkgården.\nUtbildningsinsats genomförd i maj.",
             "GENOMFORD", "ja"),
            ("4", "Genomförandeplaner upprättas inom 14 dagar från beslut", "Stickprov 20 brukare",
             "Enhetschefer SÄBO", "T1–delår", 3, 3, "Granskningen pågår, klar i oktober.", "DELVIS", ""),
            ("5", "Brukarnas privata medel hanteras enligt rutin", "Kontroll av kassaböcker",
             "Enhetschefer SÄBO", "Delår", 4, 2, "Kassaboken på Solbacka saknade kvitton för två uttag.",
             "GENOMFORD", "ja"),
            ("6", "Riskbedömningar (fall, trycksår, nutrition) registreras i Senior alert",
             "Uttag ur Senior alert", "Sjuksköterskor", "Delår", 4, 4, "Skjuts till T3 p.g.a. sjukskrivning.",
             "EJ_GENOMFORD", ""),
        ]),
        ("LSS", [
            ("7", "Beslut enligt LSS verkställs inom tre månader", "Uppföljning ej verkställda beslut",
             "Enhetschef LSS", "Tertial", 1, 1, None, "GENOMFORD", "nej"),
            ("8", "Rapportering av ej verkställda beslut till IVO", "Kontroll mot rapporteringslista",
             "Nämndsekreterare", "Tertial", 5, 5, "Utgår – ingår i kontroll 7.", "UTGAR", ""),
        ]),
        ("Ekonomi och avgifter", [
            ("9", "Avgiftsbeslut för hemtjänst och särskilt boende är korrekta", "Stickprov 15 beslut",
             "Avgiftshandläggare", "Delår", None, None, None, "SAKNAS", ""),
            ("10", "Fakturering av hyror för särskilt boende", "Avstämning hyreslista/fakturor",
             "Ekonom", "Delår", None, None, "Kontrollen genomförd i augusti, inga fel upptäckta.",
             "GENOMFORD", "nej"),
        ]),
    ]
    exp = []
    for g, rows in groups:
        add_row([g] + [""] * 7, grp)
        for r in rows:
            add_row(list(r[:8]), cell)
            exp.append((r[1], r[8], r[9]))
    add_row([""])
    add_row(["Uppföljningen behandlad i vård- och omsorgsnämnden 2025-09-24 § 81."])
    add_row(["Kontaktperson: Eva Holmgren, kvalitetsstrateg"])
    doc.spreadsheet.addElement(t)
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    expect(fil, N, exp)


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - old .xls (xlwt), tick columns
# ---------------------------------------------------------------------------
def sbn():
    fil = "Samhällsbyggnadsnämnden IK-uppföljning 2025.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_b = xlwt.easyxf("font: bold on")
    st_h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    st_c = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    st_x = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Samhällsbyggnadsnämnden", st_title)
    ws.write(1, 0, "Uppföljning internkontroll per 2025-08-31", st_b)
    ws.write(2, 0, "Markera med X i den kolumn som gäller. Ange Ja/Nej i kolumnen Avvikelse.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Utförd", "Delvis", "Ej utförd",
           "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, st_h)
    rows = [
        ("Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "X", "", "", "Ja",
         "5 av 120 ärenden överskred tiden, avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
        ("Bygglov", "Avgifter för bygglov debiteras enligt taxa", "Bygglovschef", "X", "", "", "Nej", "",
         "GENOMFORD", "nej"),
        ("Tillsyn", "Tillsyn av ovårdade tomter följer tillsynsplanen", "Byggnadsinspektör", "", "X", "", "",
         "Hälften av planerade besök genomförda.", "DELVIS", ""),
        ("Gata/park", "Kontroll av att fakturor för gatubelysning stäms av mot avtal", "Gatuchef", "", "", "X", "",
         "Avtalet under omförhandling, kontrollen görs efter nytt avtal.", "EJ_GENOMFORD", ""),
        ("Bostadsanpassning", "Bostadsanpassningsbidrag beviljas enligt lagen om bostadsanpassningsbidrag",
         "Handläggare BAB", "X", "", "", "Nej", "Stickprov 10 ärenden.", "GENOMFORD", "nej"),
        ("Gata/park", "Vinterväghållning – entreprenörens utförande kontrolleras mot avtal", "Driftchef",
         "X", "", "", "Ja", "Två tillfällen med försenad plogning i januari, vite har debiterats entreprenören.",
         "GENOMFORD", "ja"),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "", "", "", "", "",
         "SAKNAS", ""),
        ("Gata/park", "Kontroll av att schakttillstånd finns vid grävning i allmän mark", "Trafikingenjör",
         "X", "", "X", "", "", "OKLAR", ""),
        ("Mark och exploatering", "Markanvisningsavtal följs upp", "Exploateringschef", "", "", "", "",
         "Utgår – inga markanvisningar under 2025.", "UTGAR", ""),
    ]
    exp = []
    for r, row in enumerate(rows, start=5):
        for i, v in enumerate(row[:8]):
            ws.write(r, i, v, st_x if 3 <= i <= 6 else st_c)
        exp.append((row[1], row[8], row[9]))
    r = 5 + len(rows) + 2
    ws.write(r, 0, "Upprättad av: Per Nyström, kvalitetssamordnare, 2025-09-08")
    ws.write(r + 1, 0, "Samhällsbyggnadsförvaltningen, Lindåsa kommun")
    for i, w in enumerate([18, 50, 18, 8, 8, 9, 12, 50]):
        ws.col(i).width = 256 * w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    expect(fil, N, exp)


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - Word, text only (heading per control)
# ---------------------------------------------------------------------------
def kfn():
    fil = "Kultur och fritid - uppföljning internkontroll delår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fix_doc(d, "Lena Sjöberg")
    d.sections[0].header.paragraphs[0].text = "Kultur- och fritidsförvaltningen\tLindåsa kommun"
    d.add_heading("Kultur- och fritidsnämnden", level=0)
    d.add_heading("Uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph("Denna rapport redovisar resultatet av nämndens internkontrollplan 2025 för perioden "
                    "januari–augusti. Kontrollerna har genomförts av respektive ansvarig enhet och "
                    "sammanställts av förvaltningens controller.")
    items = [
        ("Föreningsbidrag betalas ut enligt fastställda bidragsregler", "Genomförd",
         "Stickprov 15 ansökningar. En förening hade fått bidrag för fel antal deltagartillfällen; "
         "återkrav har skickats.", "GENOMFORD", "ja"),
        ("Kontanthantering i simhallens kassa och på biblioteket", "Genomförd",
         "Oanmäld kassainventering i april och juni. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler debiteras enligt taxa", "Pågår",
         "Genomgång av bokningssystemet mot fakturering pågår och redovisas i helårsuppföljningen.",
         "DELVIS", ""),
        ("Inventering av kommunens konstsamling", "Ej påbörjad",
         "Planeras till november i samband med flytten av konstdepån.", "EJ_GENOMFORD", ""),
        ("Avtal med externa arrangörer är undertecknade av behörig person", "Genomförd",
         "Samtliga 9 avtal under perioden var undertecknade enligt delegationsordningen.", "GENOMFORD", "nej"),
        ("Registerkontroll av ledare i kommunens lovverksamhet", "Ej aktuell",
         "Lovverksamheten drivs 2025 av föreningar med föreningsbidrag, kommunen har ingen egen personal "
         "i verksamheten.", "UTGAR", ""),
        ("Skyddsronder genomförs enligt det systematiska arbetsmiljöarbetet", "–", "–", "SAKNAS", ""),
    ]
    exp = []
    for i, (km, st, res, s, a) in enumerate(items, 1):
        d.add_heading(f"Kontrollmoment {i}: {km}", level=2)
        p = d.add_paragraph()
        p.add_run("Status: ").bold = True
        p.add_run(st)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp.append((km, s, a))
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                    "Kontroller som inte hunnits med genomförs under hösten.")
    d.add_paragraph("")
    d.add_paragraph("Lindåsa 2025-09-09")
    d.add_paragraph("Lena Sjöberg\nFörvaltningschef, Kultur- och fritidsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    expect(fil, N, exp)


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden - Excel, status as fill colour only, legend
#    below, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def mhn():
    fil = "MHN uppföljning internkontroll aug 2025.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    fix_wb(wb, "Sofia Dahl")
    ws.oddHeader.left.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "Delår 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – delår (jan–aug)"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "Miljöförvaltningen, Lindåsa kommun"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    ORANGE = PatternFill("solid", fgColor="FFC000")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="BFBFBF")
    hdr = ["Kontrollmoment", "Riskvärde (S×K)", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("Tillsynsavgifter debiteras enligt taxa", 9, "Avdelningschef miljö", GREEN,
         "Stickprov 20 fakturor, samtliga korrekta.", "GENOMFORD", "nej"),
        ("Livsmedelskontroller genomförs enligt kontrollplanen", 12, "Avdelningschef livsmedel", ORANGE,
         "62 % av planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""),
        ("Handläggningstid för anmälan om värmepump och enskilt avlopp", 6, "Miljöinspektör", YELLOW,
         "3 ärenden handlades på längre tid än 6 veckor.", "GENOMFORD", "ja"),
        ("Jäv – handläggare intygar att jäv inte föreligger vid tillsyn", 8, "Förvaltningschef", GREEN,
         None, "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden", 6, "Nämndsekreterare", RED,
         "Ej genomförd p.g.a. vakans.", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkommande handlingar inom två arbetsdagar", 4, "Registrator", None, None,
         "SAKNAS", ""),
        ("Miljösanktionsavgifter beslutas i enlighet med miljöbalken", 6, "Avdelningschef miljö", GREY,
         "Ingen sanktionsavgift aktuell under perioden.", "UTGAR", ""),
        ("Timavgift för extra offentlig kontroll debiteras", 6, "Administratör", GREEN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    exp = []
    r = 5
    for row in rows:
        ws.cell(row=r, column=1, value=row[0])
        ws.cell(row=r, column=2, value=row[1])
        ws.cell(row=r, column=3, value=row[2])
        if row[3] is not None:
            ws.cell(row=r, column=4).fill = row[3]
        ws.cell(row=r, column=5, value=row[4])
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=c).alignment = WRAP
        exp.append((row[0], row[5], row[6]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring status").font = Font(bold=True)
    for fill, txt in [(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Genomförd med anmärkning"),
                      (ORANGE, "Pågår"), (RED, "Ej genomförd"), (GREY, "Utgår")]:
        r += 1
        ws.cell(row=r, column=4).fill = fill
        ws.cell(row=r, column=4).border = BOX
        ws.cell(row=r, column=5, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt 2025-09-04 / Sofia Dahl, förvaltningscontroller")
    for col, w in zip("ABCDE", [55, 14, 24, 10, 55]):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    expect(fil, N, exp)


# ---------------------------------------------------------------------------
# 8. Lindåsa Bostäder AB - Excel, bolag template, legend at top
# ---------------------------------------------------------------------------
def libo():
    fil = "Lindåsa Bostäder AB - Internkontroll 2025 uppf delår.xlsx"
    N = "Lindåsa Bostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    fix_wb(wb, "Karin Holm")
    ws["A1"] = "Lindåsa Bostäder AB"
    ws["A1"].font = Font(size=14, bold=True, color="2F5597")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår (per 31 augusti 2025)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Till styrelsemöte 2025-09-18, ärende 7"
    ws["A4"] = ("Status: OK = kontrollen utförd utan anmärkning · Ej OK = kontrollen utförd, brister noterade "
                "(se åtgärd) · Pågår · Ej utförd · Ej aktuell")
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Område", "Kontrollpunkt", "Risk", "Ansvarig", "Utförd (datum)", "Status", "Iakttagelser", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5597")
        c.border = BOX
    rows = [
        ("Hyresadministration", "Hyresavier skapas enligt gällande hyresavtal", "Medel", "Ekonomichef",
         datetime.date(2025, 4, 30), "OK", "Stickprov 25 avtal.", None, "GENOMFORD", "nej"),
        ("Hyresadministration", "Hyresfordringar – påminnelse och inkasso enligt kravrutin", "Hög",
         "Ekonomichef", datetime.date(2025, 6, 15), "Ej OK",
         "Två ärenden hade inte lämnats till inkasso inom 30 dagar.",
         "Kravrutinen uppdaterad, bevakning i systemet införd.", "GENOMFORD", "ja"),
        ("Uthyrning", "Uthyrning sker enligt bostadskön och uthyrningspolicyn", "Hög", "Uthyrningschef",
         datetime.date(2025, 5, 20), "OK", "Granskat 20 kontrakt, samtliga enligt kö.", None, "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av fakturor enligt attestordning", "Medel", "Ekonomichef",
         datetime.date(2025, 8, 25), "OK", None, None, "GENOMFORD", "nej"),
        ("Fastighet", "Brandskyddskontroller (SBA) i flerbostadshus", "Hög", "Fastighetschef", None, "Pågår",
         "12 av 31 fastigheter kontrollerade.", None, "DELVIS", ""),
        ("Fastighet", "OVK-besiktningar genomförs enligt plan", "Medel", "Fastighetschef", None, "Ej utförd",
         "Upphandling av besiktningsman pågår.", None, "EJ_GENOMFORD", ""),
        ("Inköp", "Avtalstrohet vid inköp av entreprenader", "Medel", "Inköpsansvarig", None, None, None, None,
         "SAKNAS", ""),
        ("Säkerhet", "Nyckel- och passerkortshantering", "Medel", "Driftchef", datetime.date(2025, 3, 10), "OK",
         "Inventering utan differenser.", None, "GENOMFORD", "nej"),
        ("Styrning", "Närståendetransaktioner med kommunen prissätts marknadsmässigt", "Låg", "VD", None,
         "Ej aktuell", "Inga sådana transaktioner under perioden.", None, "UTGAR", ""),
    ]
    exp = []
    r = 7
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, datetime.date):
                c.number_format = "yyyy-mm-dd"
        exp.append((row[1], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av VD Karin Holm 2025-09-11")
    for col, w in zip("ABCDEFGH", [20, 50, 8, 16, 14, 11, 45, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    expect(fil, N, exp)


# ---------------------------------------------------------------------------
# 9. Reject: Kultur och fritid budget report (ekonomisk månadsuppföljning)
# ---------------------------------------------------------------------------
def reject():
    fil = "KFN ekonomisk uppföljning augusti 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Augusti"
    fix_wb(wb, "Lena Sjöberg")
    ws["A1"] = "Kultur- och fritidsnämnden – ekonomisk uppföljning augusti 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    rows = [
        ("Nämnd och administration", 3200, 2105, 3150, 50, ""),
        ("Bibliotek", 14800, 9870, 14900, -100, "Ökade mediekostnader"),
        ("Simhall och idrottsanläggningar", 22500, 15620, 23300, -800, "Högre energikostnader"),
        ("Föreningsbidrag", 8900, 6400, 8900, 0, ""),
        ("Kulturskola", 11200, 7150, 11000, 200, "Vakanser under våren"),
        ("Fritidsgårdar", 6300, 4050, 6200, 100, ""),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v)
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for col in "BCDE":
        ws[f"{col}{r}"] = f"=SUM({col}5:{col}{r-1})"
        ws[f"{col}{r}"].font = Font(bold=True)
    for col, w in zip("ABCDEF", [34, 13, 15, 14, 20, 30]):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def namnder():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Lindåsa Bostäder AB", "LIBO|Lindåsabostäder|Lindåsa Bostäder"),
        ("Lindåsa Energi AB", "LEAB|Lindåsa Energi|Lindåsa Energi och Vatten"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)


def write_csvs():
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def normalize_zip(path):
    """Rewrite an OOXML/ODF zip with fixed timestamps so the build is byte-deterministic."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    stamp = "2025-09-12T09:00:00Z"
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                t = data.decode("utf-8")
                t = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>" + stamp, t)
                t = re.sub(r"(<meta:creation-date>)[^<]*", r"\g<1>2025-09-12T09:00:00", t)
                t = re.sub(r"(<dc:date>)[^<]*", r"\g<1>2025-09-12T09:00:00", t)
                data = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 9, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def main():
    ks()
    bun()
    sn()
    von()
    sbn()
    kfn()
    mhn()
    libo()
    reject()
    namnder()
    write_csvs()
    for fil, *_ in FILES:
        if fil.endswith((".xlsx", ".docx", ".ods")):
            normalize_zip(out(fil))
    print(f"{len(FILES)} files, {len(EXPECTED)} expected rows")


if __name__ == "__main__":
    main()
