#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 131 – Solvära kommun, tertial 1 2026.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 from any directory; output goes to this script's folder.
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round131"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def clean_old():
    for f in os.listdir(OUT):
        if f in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header(ws, row, labels, col=1):
    for i, lab in enumerate(labels):
        c = ws.cell(row=row, column=col + i, value=lab)
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.alignment = CENTER
        c.border = BOX


# ---------------------------------------------------------------------------
# A. Kommunstyrelsen – 1–4 scale, legend beside the table, T3 2025 + T1 2026
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppföljning IK-plan T1 2026.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2026"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2026 – uppföljning tertial 1 (januari–april)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporteringsdatum: 2026-04-30    Förvaltning: Kommunledningsförvaltningen, ekonomiavdelningen"
    header(ws, 5, ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
                   "Bedömning T3 2025", "Bedömning T1 2026", "Kommentar T1 2026"])
    rows = [
        # nr, process, moment, metod, frekvens, ansvarig, t3_2025, t1_2026, kommentar, status, avv
        (1, "Ekonomi", "Attest av leverantörsfakturor sker enligt attestreglementet",
         "Stickprov 20 fakturor per tertial", "Tertial", "Redovisningsansvarig", 4, 4,
         "20 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (2, "", "Representation – syfte och deltagare är dokumenterade på verifikationen",
         "Stickprov 10 verifikationer", "Tertial", "Controller", 3, 4,
         "10 verifikat granskade, 2 saknade deltagarförteckning. Kompletterat i efterhand, påminnelse till chefer skickad.",
         "GENOMFORD", "ja"),
        (3, "", "Ändring av bankgironummer i leverantörsregistret verifieras mot leverantören",
         "Kontroll av samtliga ändringar", "Löpande", "Ekonomiassistent", 4, 2,
         "Januari–februari kontrollerade utan anmärkning, mars–april återstår.", "DELVIS", "nej"),
        (4, "Upphandling", "Avtalstrohet vid inköp över 100 tkr",
         "Uttag ur inköpsanalysen, jämförelse mot avtalsdatabas", "Halvår", "Upphandlingschef", 2, 1,
         "Planeras till T2 när nya inköpsanalysen är införd.", "EJ_GENOMFORD", "nej"),
        (5, "HR/lön", "Löneutbetalningar till nyanställda och avslutade stäms av mot HR-systemet",
         "Månadsvis avstämning", "Månad", "Lönechef", 4, 3,
         "Januari–mars avstämda. En felaktig slutlön (januari) upptäckt, återkrav skickat.", "DELVIS", "ja"),
        (6, "IT", "IT-behörigheter i ekonomisystemet tas bort vid avslutad anställning",
         "Behörighetslista jämförs mot personalregistret", "Tertial", "Systemförvaltare", 1, 4,
         "Tre konton var aktiva efter avslutad anställning, spärrade 2026-03-12.", "GENOMFORD", "ja"),
        (7, "Dataskydd", "Registerförteckningen enligt GDPR är uppdaterad",
         "Genomgång med dataskyddsombudet", "Helår", "Kanslichef", 4, None, None, "SAKNAS", "nej"),
        (8, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Delegationslistor jämförs mot protokoll", "Tertial", "Nämndsekreterare", 3, 5,
         "Se protokoll KS 2026-04-22", "OKLAR", "nej"),
        (9, "Diarium", "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov i ärendehanteringssystemet", "Tertial", "Registrator", "–", "–",
         "Kontrollen utgår 2026 enligt KS beslut 2026-01-28 § 9, ersätts av kontroll av e-arkiv.", "UTGAR", "nej"),
    ]
    r = 6
    for row in rows:
        vals = row[:9]
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = BOX
            c.alignment = CENTER if ci in (1, 7, 8) else WRAP
        EXPECTED.append((fil, namnd, row[2], row[9], row[10]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: controller Lena Hedberg, 2026-05-04")
    # legend beside the table
    ws["K5"] = "Bedömningsskala"
    ws["K5"].font = Font(bold=True)
    legend = [(4, "Genomförd"), (3, "Till största delen genomförd"), (2, "Påbörjad"),
              (1, "Ej påbörjad"), ("–", "Utgår (beslut anges i kommentar)")]
    for i, (k, t) in enumerate(legend):
        ws.cell(row=6 + i, column=11, value=k).alignment = CENTER
        ws.cell(row=6 + i, column=12, value=t)
        ws.cell(row=6 + i, column=11).border = BOX
        ws.cell(row=6 + i, column=12).border = BOX
    ws["K12"] = "Avvikelser beskrivs i kommentarsfältet."
    ws["K12"].font = Font(italic=True)
    widths(ws, [5, 14, 42, 32, 10, 18, 11, 11, 48, 3, 8, 30])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T1"))


# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden – 0–100 %, controls merged over several rows,
#    legend below the table
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN internkontroll 2026 - uppföljning tertial 1.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "BARN- OCH UTBILDNINGSFÖRVALTNINGEN"
    ws["A1"].font = Font(bold=True, color="1F4E78")
    ws["A2"] = "Internkontroll 2026 – Barn- och utbildningsnämnden"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Avrapportering tertial 1 (t.o.m. 30 april 2026)"
    header(ws, 5, ["Process", "Kontrollmomet", "Verksamhet", "Iakttagelser", "Genomfört (%)",
                   "Avvikelse J/N", "Åtgärd/kommentar"])
    controls = [
        ("Ekonomi", "Leverantörsfakturor – beslutsattest görs av behörig attestant",
         [("Förskola", "15 fakturor granskade", ""),
          ("Grundskola", "20 fakturor granskade", ""),
          ("Central förvaltning", "10 fakturor granskade", "Inga avvikelser")],
         1.0, "N", "GENOMFORD", "nej"),
        ("", "Inköp med inköpskort – kortutdrag matchas mot kvitton",
         [("Grundskola", "Två kvitton saknades på Björkskolan", "Kvitton inhämtade, rektor påmind"),
          ("Gymnasiet", "Inga brister", "")],
         1.0, "J", "GENOMFORD", "ja"),
        ("Elevärenden", "Elever med hög frånvaro anmäls till huvudmannen (skolpliktsbevakning)",
         [("Grundskola F–6", "Genomgång gjord för 6 av 10 skolor", "Resterande skolor i maj"),
          ("Grundskola 7–9", "Ej påbörjad", ""),
          ("Anpassad grundskola", "Klar", "")],
         0.6, "N", "DELVIS", "nej"),
        ("", "Kränkande behandling – anmälan till huvudmannen inom 5 arbetsdagar",
         [("Förskola", "4 anmälningar, samtliga i tid", ""),
          ("Grundskola", "38 anmälningar, 5 inkom efter mer än 5 dagar", "Påminnelse i rektorsgruppen"),
          ("Gymnasiet", "9 anmälningar, samtliga i tid", "")],
         1.0, "J", "GENOMFORD", "ja"),
        ("Personal", "Utdrag ur belastningsregistret uppvisas före anställning",
         [("Samtliga verksamheter", "Kontrollen genomförs i maj enligt plan", ""),
          ("", "", "")],
         0.0, "N", "EJ_GENOMFORD", "nej"),
        ("Dataskydd", "Personuppgiftsincidenter rapporteras till DSO inom 72 timmar",
         [("Central förvaltning", "1 incident (felskickat e-post), anmäld till IMY inom 48 h", ""),
          ("Grundskola", "Inga incidenter rapporterade", "")],
         1.0, "N", "GENOMFORD", "nej"),
        ("Skolskjuts", "Skolskjutsbeslut fattas av rätt delegat",
         [("Skolskjutsenheten", "30 beslut granskade av planerade 60", ""),
          ("", "Ett beslut fattat av rektor i stället för skolskjutshandläggare", "Beslutet omprövat")],
         "50 %", "J", "DELVIS", "ja"),
        ("Bidrag", "Statsbidrag – ansökningar och återrapportering lämnas i tid",
         [("Central förvaltning", "Återrapportering till Skolverket lämnad 2026-03-31.", ""),
          ("", "Samtliga ansökningar under perioden inskickade i tid. Kontrollen är klar.", "Inga avvikelser")],
         None, None, "GENOMFORD", "nej"),
    ]
    r = 6
    first = r
    for proc, moment, subs, pct, avv, status, a in controls:
        n = len(subs)
        for i, (verk, iakt, atg) in enumerate(subs):
            ws.cell(row=r + i, column=3, value=verk or None)
            ws.cell(row=r + i, column=4, value=iakt or None)
            ws.cell(row=r + i, column=7, value=atg or None)
        ws.cell(row=r, column=1, value=proc or None)
        ws.cell(row=r, column=2, value=moment)
        c = ws.cell(row=r, column=5, value=pct)
        if isinstance(pct, float):
            c.number_format = "0%"
        ws.cell(row=r, column=6, value=avv)
        for col in (1, 2, 5, 6):
            if n > 1:
                ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
        for rr in range(r, r + n):
            for col in range(1, 8):
                ws.cell(row=rr, column=col).border = BOX
                ws.cell(row=rr, column=col).alignment = CENTER if col in (5, 6) else WRAP
        EXPECTED.append((fil, namnd, moment, status, a))
        r += n
    ws.cell(row=r, column=4, value="Genomsnitt genomfört, samtliga kontrollmoment").font = Font(bold=True)
    c = ws.cell(row=r, column=5, value="=AVERAGE(E%d:E%d)" % (first, r - 1))
    c.number_format = "0%"
    c.font = Font(bold=True)
    r += 3
    legend = [
        "Förklaring till kolumn Genomfört (%):",
        "100 % = kontrollen är genomförd för perioden",
        "1–99 % = kontrollen är påbörjad / delvis genomförd",
        "0 % = kontrollen är inte påbörjad",
        "Avvikelse J = brist eller fel har upptäckts vid kontrollen (beskriv i kommentar), N = inga avvikelser",
    ]
    for i, t in enumerate(legend):
        cell = ws.cell(row=r + i, column=1, value=t)
        if i == 0:
            cell.font = Font(bold=True)
        else:
            cell.font = Font(italic=True, color="595959")
    widths(ws, [14, 40, 20, 46, 13, 11, 32])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T1"))


# ---------------------------------------------------------------------------
# C. Kultur- och fritidsnämnden – ODS, 1–5 stars, legend on another sheet
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_IKP2026_T1.ods"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#FCE4D6", border="0.5pt solid #808080"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top", border="0.5pt solid #808080"))
    stars = Style(name="stars", family="table-cell")
    stars.addElement(TextProperties(color="#C65911", fontsize="13pt"))
    stars.addElement(TableCellProperties(verticalalign="top", border="0.5pt solid #808080"))
    stars.addElement(ParagraphProperties(textalign="center"))
    italic = Style(name="italic", family="table-cell")
    italic.addElement(TextProperties(fontstyle="italic"))
    for s in (bold, title, wrap, stars, italic):
        doc.automaticstyles.addElement(s)
    colw = []
    for i, w in enumerate(["3cm", "8cm", "4cm", "3cm", "9cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colw.append(cs)

    def cell(val, style=None, span=1):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span > 1:
            kw["numbercolumnsspanned"] = span
        if val is None or val == "":
            return TableCell(**kw)
        c = TableCell(valuetype="string", **kw)
        for line in str(val).split("\n"):
            c.addElement(P(text=line))
        return c

    def row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        return tr

    t = Table(name="Uppföljning")
    for cs in colw:
        t.addElement(TableColumn(stylename=cs))
    t.addElement(row([cell("Kultur- och fritidsnämnden", title, span=5)] + [CoveredTableCell() for _ in range(4)]))
    t.addElement(row([cell("Intern kontroll 2026 · Tertialuppföljning 1 (jan–apr)", span=5)]
                     + [CoveredTableCell() for _ in range(4)]))
    t.addElement(row([cell("Betygsskalan förklaras på fliken Teckenförklaring.", italic, span=5)]
                     + [CoveredTableCell() for _ in range(4)]))
    t.addElement(row([cell("")]))
    t.addElement(row([cell(h, bold) for h in ["Område", "Kontrollmoment", "Kontrollansvarig", "Betyg", "Kommentar"]]))
    controls = [
        ("Bidrag", "Föreningsbidrag – medlemsantal kontrolleras mot årsmöteshandlingar", "Föreningskonsulent",
         "★★★★☆", "Stickprov 8 föreningar. En förening hade redovisat fel antal medlemmar, bidraget justerat.",
         "GENOMFORD", "ja"),
        ("Kassor", "Dagskassor i bibliotek och simhall stäms av mot kassasystemet", "Enhetschef bibliotek/bad",
         "★★★★★", "Avstämt varje vecka, inga differenser.", "GENOMFORD", "nej"),
        ("Uthyrning", "Uthyrda lokaler och anläggningar faktureras enligt bokning", "Bokningsansvarig",
         "★★★☆☆", "Januari–mars kontrollerade, april återstår.", "DELVIS", "nej"),
        ("Inköp", "Avtalstrohet vid inköp av artister och programverksamhet", "Kulturchef",
         "★☆☆☆☆", "", "EJ_GENOMFORD", "nej"),
        ("Personal", "Registerkontroll för personal som arbetar med barn (fritidsgårdar, sommarlovsledare)",
         "HR-partner", "★★☆☆☆",
         "Cirka 60 % av sommarlovsledarna kontrollerade. Två utdrag saknades vid anställning. Resten klart i maj.",
         "DELVIS", "ja"),
        ("Konst", "Inventering av konstsamlingen mot konstregistret", "Konstintendent", "Utgår",
         "Stryks 2026 enligt KFN 2026-02-10 § 7, flyttas till 2027.", "UTGAR", "nej"),
        ("IT", "Behörigheter i bokningssystemet följs upp", "Systemförvaltare", "?", "", "OKLAR", "nej"),
    ]
    for omr, moment, ansv, betyg, komm, status, a in controls:
        t.addElement(row([cell(omr, wrap), cell(moment, wrap), cell(ansv, wrap), cell(betyg, stars),
                          cell(komm, wrap)]))
        EXPECTED.append((fil, namnd, moment, status, a))
    t.addElement(row([cell("")]))
    t.addElement(row([cell("Godkänt av förvaltningschef 2026-05-06", italic, span=3)]
                     + [CoveredTableCell() for _ in range(2)]))
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Teckenförklaring")
    t2.addElement(TableColumn(stylename=colw[3]))
    t2.addElement(TableColumn(stylename=colw[4]))
    t2.addElement(row([cell("Betyg", bold), cell("Betydelse", bold)]))
    for s, txt in [("★★★★★", "Genomförd, inga brister"),
                   ("★★★★☆", "Genomförd, mindre brister som har åtgärdats"),
                   ("★★★☆☆", "Pågår enligt tidplan"),
                   ("★★☆☆☆", "Pågår men är försenad"),
                   ("★☆☆☆☆", "Ej påbörjad"),
                   ("Utgår", "Kontrollmomentet har strukits genom beslut i nämnden")]:
        t2.addElement(row([cell(s, stars), cell(txt, wrap)]))
    t2.addElement(row([cell("")]))
    t2.addElement(row([cell("Brister beskrivs alltid i kommentarskolumnen.", italic, span=2), CoveredTableCell()]))
    doc.spreadsheet.addElement(t2)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T1"))


# ---------------------------------------------------------------------------
# D. Samhällsbyggnadsnämnden + Tekniska nämnden – one workbook, two sheets,
#    reversed 1–5 scale (1 = best), legend in a merged "text box" area
# ---------------------------------------------------------------------------
def file_sbn_tn():
    fil = "SBF_TF_Internkontroll_T1_2026.xlsx"
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "Försättsblad"
    ws0["B2"] = "Uppföljning av internkontrollplaner 2026"
    ws0["B2"].font = Font(bold=True, size=16)
    ws0["B4"] = "Samhällsbyggnadsförvaltningen och Tekniska förvaltningen"
    ws0["B5"] = "Uppföljningsperiod: tertial 1, per 30 april 2026"
    ws0["B7"] = "Flikar:"
    ws0["B7"].font = Font(bold=True)
    ws0["B8"] = "SBN – Samhällsbyggnadsnämndens kontrollmoment"
    ws0["B9"] = "TN – Tekniska nämndens kontrollmoment"
    ws0["B11"] = "Kontaktperson: Johan Ek, förvaltningscontroller"
    ws0.column_dimensions["B"].width = 60

    fills = {1: "C6EFCE", 2: "E2EFDA", 3: "FFEB9C", 4: "FFC7CE", 5: "D9D9D9"}

    def sheet(title, namnd_text, namnd, controls):
        ws = wb.create_sheet(title)
        ws["A1"] = namnd_text
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Internkontrollplan 2026"
        ws["A3"] = "Uppföljning T1 (jan–apr)"
        ws.merge_cells("G1:H6")
        box = ws["G1"]
        box.value = ("STATUSSKALA\n1 = Genomförd utan anmärkning\n2 = Genomförd med anmärkning\n"
                     "3 = Påbörjad\n4 = Ej påbörjad\n5 = Utgår / ej aktuell\nAnge siffra i kolumnen Status.")
        box.alignment = Alignment(wrap_text=True, vertical="top")
        box.fill = PatternFill("solid", fgColor="FFF2CC")
        box.font = Font(size=9)
        for rr in range(1, 7):
            for cc in (7, 8):
                ws.cell(row=rr, column=cc).border = BOX
        header(ws, 8, ["Nr", "Process", "Kontrollmoment", "Metod", "Status", "Kommentar / iakttagelser", "Åtgärd"])
        r = 9
        for i, (proc, moment, metod, st, komm, atg, status, a) in enumerate(controls, start=1):
            vals = [i, proc, moment, metod, st, komm, atg]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v if v != "" else None)
                c.border = BOX
                c.alignment = CENTER if ci in (1, 5) else WRAP
            if isinstance(st, int) and st in fills:
                ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=fills[st])
            EXPECTED.append((fil, namnd, moment, status, a))
            r += 1
        ws.cell(row=r + 1, column=2, value="Antal kontrollmoment: %d" % len(controls))
        widths(ws, [5, 14, 40, 28, 8, 44, 30, 22])
        ws.row_dimensions[1].height = 22

    sbn = [
        ("Bygglov", "Bygglov handläggs inom 10 veckor enligt PBL", "Uttag ur ByggR, samtliga beslut",
         2, "3 av 40 ärenden överskred 10 veckor, avgiften reducerad enligt PBL 12 kap. 8 a §.",
         "Veckovis bevakning av tidsfrister", "GENOMFORD", "ja"),
        ("Bygglov", "Bygglovsavgifter debiteras enligt gällande taxa", "Stickprov 15 beslut",
         1, "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", "Jämförelse beslutslista/protokoll",
         3, "Anmälan för januari–februari gjord, mars–april anmäls på junisammanträdet.", "", "DELVIS", "nej"),
        ("Planering", "Plankostnadsavtal – planavgifter debiteras", "Genomgång av pågående detaljplaner",
         4, "", "", "EJ_GENOMFORD", "nej"),
        ("Lantmäteri", "Adressregistret ajourhålls mot beviljade bygglov", "Stickprov 20 adresser",
         1, "", "", "GENOMFORD", "nej"),
        ("IT", "Behörigheter i ärendesystemet ByggR följs upp", "Behörighetslista mot personalförteckning",
         None, "", "", "SAKNAS", "nej"),
    ]
    tn = [
        ("Gata", "Vinterväghållning – entreprenörens fakturor kontrolleras mot körjournaler",
         "Samtliga fakturor jan–mars", 2,
         "Två fakturor med för många debiterade timmar, kreditering erhållen.", "", "GENOMFORD", "ja"),
        ("Fastighet", "Externa hyresavtal räknas upp med rätt index", "Genomgång av samtliga avtal",
         1, "", "", "GENOMFORD", "nej"),
        ("Fordon", "Drivmedelskort – tankning stäms av mot fordonets körjournal", "Stickprov 10 fordon",
         3, "6 av 10 fordon kontrollerade.", "", "DELVIS", "nej"),
        ("Upphandling", "Avtalstrohet – ramavtal för maskin- och entreprenadtjänster",
         "Leverantörsreskontra mot avtalsdatabas", 4, "Ej påbörjad på grund av vakans.", "Rekrytering pågår",
         "EJ_GENOMFORD", "nej"),
        ("Kost", "Livsmedelsinköp görs enligt upphandlat avtal", "Inköpsstatistik",
         5, "Kostenheten överförd till barn- och utbildningsnämnden fr.o.m. 2026.", "", "UTGAR", "nej"),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga depåer", "Protokoll från skyddsronder",
         3, "Skyddsrond gjord på Norra depån, Södra depån i maj.", "", "DELVIS", "nej"),
    ]
    sheet("SBN", "Samhällsbyggnadsnämnden", "Samhällsbyggnadsnämnden", sbn)
    sheet("TN", "Tekniska nämnden", "Tekniska nämnden", tn)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2026", "T1"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2026", "T1"))


# ---------------------------------------------------------------------------
# E. Socialnämnden – .xlsm, 0–3 scale with legend in a header cell,
#    years 2025 and 2026 side by side, controls merged over two rows
# ---------------------------------------------------------------------------
def file_sn(tmpdir):
    fil = "Socialnämnden_IK_T1_2026.xlsm"
    namnd = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2026"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan – per 30 april 2026 (tertial 1)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Socialförvaltningen, stab kvalitet och utveckling"
    ws.merge_cells("D4:I4")
    ws["D4"] = ("Status enligt skala 0–3:  3 = genomförd utan avvikelse · 2 = genomförd med avvikelse · "
                "1 = påbörjad · 0 = ej påbörjad")
    ws["D4"].alignment = CENTER
    ws["D4"].font = Font(italic=True, size=9)
    ws.row_dimensions[4].height = 30
    for col, lab in [("A", "Område"), ("B", "Kontrollmoment"), ("C", "Kontrollmetod / urval"),
                     ("J", "Komentar (senaste period)")]:
        ws.merge_cells("%s5:%s6" % (col, col))
        ws["%s5" % col] = lab
    ws.merge_cells("D5:F5")
    ws["D5"] = "2025"
    ws.merge_cells("G5:I5")
    ws["G5"] = "2026"
    for col, lab in zip("DEFGHI", ["T1", "T2", "T3", "T1", "T2", "T3"]):
        ws["%s6" % col] = lab
    for rr in (5, 6):
        for cc in range(1, 11):
            c = ws.cell(row=rr, column=cc)
            c.font = Font(bold=True)
            c.fill = HEAD_FILL
            c.alignment = CENTER
            c.border = BOX
    controls = [
        ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd finns före utbetalning",
         ["Metod: stickprov i verksamhetssystemet", "Urval: 25 utbetalningar"],
         (3, 3, 3), 3, "25 utbetalningar granskade, beslut fanns i samtliga.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Dubbelutbetalningar – kontroll mot Försäkringskassan via SSBTEK",
         ["Metod: matchning av utbetalningsfil", "Urval: samtliga utbetalningar jan–mars"],
         (2, 3, 3), 2, "En dubbelutbetalning upptäckt (4 200 kr), återkrav beslutat.", "GENOMFORD", "ja"),
        ("LSS", "Gynnande LSS-beslut verkställs inom tre månader",
         ["Metod: bevakningslista ej verkställda beslut", "Urval: samtliga beslut"],
         (1, 2, 2), 1, "Genomgång pågår. Två ej verkställda beslut har rapporterats till IVO.", "DELVIS", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         ["Metod: uttag ur verksamhetssystemet", "Urval: samtliga anmälningar"],
         (3, 3, 2), None, None, "SAKNAS", "nej"),
        ("Placeringar", "Placeringar på HVB görs enligt ramavtal (avtalstrohet)",
         ["Metod: fakturor mot avtalslista", "Urval: samtliga placeringar"],
         (None, None, None), 0, "Ny kontroll 2026, startar efter sommaren.", "EJ_GENOMFORD", "nej"),
        ("Dokumentation", "Loggkontroll i verksamhetssystemet – otillåten åtkomst",
         ["Metod: logguttag", "Urval: 15 slumpvis valda personakter"],
         (None, None, None), 3, "Stickprov 15 loggar, ingen otillåten åtkomst.", "GENOMFORD", "nej"),
        ("Personal", "Registerkontroll vid anställning inom LSS-boenden",
         ["Metod: personalakt", "Urval: nyanställda under perioden"],
         (3, 3, 3), "Utgår", "Utgår – ersätts av central kontroll hos HR enligt SN 2026-02-18 § 12.",
         "UTGAR", "nej"),
        ("Ekonomi", "Återsökning av statlig ersättning från Migrationsverket",
         ["Metod: avstämning ansökningar/utbetalningar", "Urval: samtliga ärenden"],
         (2, 2, 3), 4, "", "OKLAR", "nej"),
        ("Ekonomi", "Fakturor för externa placeringar attesteras mot beslut",
         ["Metod: stickprov", "Urval: 10 fakturor per månad"],
         (None, None, None), 1, "Januari–mars klart.", "DELVIS", "nej"),
    ]
    r = 7
    for omr, moment, metod, y25, t1, komm, status, a in controls:
        ws.cell(row=r, column=1, value=omr)
        ws.cell(row=r, column=2, value=moment)
        ws.cell(row=r, column=3, value=metod[0])
        ws.cell(row=r + 1, column=3, value=metod[1])
        for ci, v in zip((4, 5, 6), y25):
            ws.cell(row=r, column=ci, value=v)
        ws.cell(row=r, column=7, value=t1)
        ws.cell(row=r, column=10, value=komm)
        for col in (1, 2, 4, 5, 6, 7, 8, 9, 10):
            ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
        for rr in (r, r + 1):
            for cc in range(1, 11):
                ws.cell(row=rr, column=cc).border = BOX
                ws.cell(row=rr, column=cc).alignment = CENTER if 4 <= cc <= 9 else WRAP
        EXPECTED.append((fil, namnd, moment, status, a))
        r += 2
    ws.cell(row=r + 1, column=1, value="Rapporten uppdateras via makro 'Uppdatera' på fliken Data.").font = Font(
        italic=True, color="808080")
    ws2 = wb.create_sheet("Data")
    ws2["A1"] = "Senast uppdaterad"
    ws2["B1"] = "2026-05-05"
    widths(ws, [16, 40, 34, 6, 6, 6, 6, 6, 6, 46])
    tmp_xlsx = os.path.join(tmpdir, "Socialnämnden_IK_T1_2026.xlsx")
    wb.save(tmp_xlsx)
    subprocess.run(["soffice", "-env:UserInstallation=%s" % LO_PROFILE, "--headless", "--convert-to",
                    "xlsm:Calc MS Excel 2007 VBA XML", "--outdir", tmpdir, tmp_xlsx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, "Socialnämnden_IK_T1_2026.xlsm"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T1"))
    return fil


# ---------------------------------------------------------------------------
# F. Vård- och omsorgsnämnden – real .xls, genomförandegrad 2024/2025/T1 2026
#    side by side, no legend, controls merged over two rows
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON IK uppföljning T1 2026.xls"
    namnd = "Vård- och omsorgsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll")
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_bold = xlwt.easyxf("font: bold on")
    st_head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                          "align: wrap on, vert centre, horiz centre; borders: left thin, right thin, top thin, bottom thin")
    st_wrap = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    st_pct = xlwt.easyxf("align: vert centre, horiz centre; borders: left thin, right thin, top thin, bottom thin",
                         num_format_str="0%")
    st_txt_c = xlwt.easyxf("align: wrap on, vert centre, horiz centre; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Vård- och omsorgsnämnden", st_title)
    ws.write(1, 0, "Internkontroll – uppföljning av kontrollmoment", st_bold)
    ws.write(2, 0, "Tertial 1 2026 (januari–april)")
    heads = ["Kontrollområde", "Kontrollmoment", "Metod / urval", "Genomförandegrad 2024",
             "Genomförandegrad 2025", "Genomförandegrad T1 2026", "Kommentar T1 2026"]
    for ci, h in enumerate(heads):
        ws.write(4, ci, h, st_head)
    controls = [
        ("Avgifter", "Avgiftsbeslut i hemtjänsten debiteras enligt taxa",
         ["Stickprov", "25 kunder"], 1.0, 1.0, 1.0,
         "En felaktig avgift upptäckt och korrigerad.", "GENOMFORD", "ja"),
        ("Bemanning", "Timanställdas lönerapportering stäms av mot schema i Time Care",
         ["Jämförelse schema/lönefil", "Två enheter per månad"], 0.8, 1.0, 0.5,
         "Januari och februari klara.", "DELVIS", "nej"),
        ("Läkemedel", "Signeringslistor för läkemedel kontrolleras i särskilt boende",
         ["Genomgång av signeringslistor", "Samtliga boenden, en vecka"], 1.0, 1.0, None,
         "Kontrollen genomförd i mars på samtliga boenden, inga avvikelser.", "GENOMFORD", "nej"),
        ("Dataskydd", "Loggkontroll – åtkomst till sociala journaler",
         ["Logguttag", "10 slumpvisa journaler"], 0.5, 0.75, 0.0,
         "Ej påbörjad, ny loggrutin tas fram.", "EJ_GENOMFORD", "nej"),
        ("Hemtjänst", "Utförd tid i hemtjänsten jämförs med beviljad tid",
         ["Uttag ur planeringssystemet", "Samtliga kunder"], None, 1.0, None,
         "", "SAKNAS", "nej"),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial (inkontinensskydd)",
         ["Fakturagenomgång", "Samtliga fakturor"], "–", "–", "ej aktuell 2026",
         "Avtalet upphandlas av regionen fr.o.m. 2026.", "UTGAR", "nej"),
        ("Privata utförare", "Avtalsuppföljning av privata utförare enligt LOV",
         ["Uppföljningsbesök", "Två utförare per tertial"], "–", 1.0, 1.0,
         "Två utförare följda. Brister i genomförandeplaner hos en utförare, åtgärdsplan begärd.",
         "GENOMFORD", "ja"),
    ]
    r = 5
    for omr, moment, metod, v24, v25, v26, komm, status, a in controls:
        ws.write_merge(r, r + 1, 0, 0, omr, st_wrap)
        ws.write_merge(r, r + 1, 1, 1, moment, st_wrap)
        ws.write(r, 2, metod[0], st_wrap)
        ws.write(r + 1, 2, "Urval: " + metod[1], st_wrap)
        for ci, v in zip((3, 4, 5), (v24, v25, v26)):
            if isinstance(v, float):
                ws.write_merge(r, r + 1, ci, ci, v, st_pct)
            elif v is None:
                ws.write_merge(r, r + 1, ci, ci, "", st_txt_c)
            else:
                ws.write_merge(r, r + 1, ci, ci, v, st_txt_c)
        ws.write_merge(r, r + 1, 6, 6, komm, st_wrap)
        EXPECTED.append((fil, namnd, moment, status, a))
        r += 2
    ws.write(r, 1, "Genomsnitt", st_bold)
    ws.write(r, 5, xlwt.Formula("AVERAGE(F6:F%d)" % r), st_pct)
    ws.write(r + 1, 1, "Antal kontrollmoment", st_bold)
    ws.write(r + 1, 5, len(controls))
    ws.write(r + 3, 0, "Justerat av förvaltningschef Maria Lund, 2026-05-07")
    for ci, w in enumerate([16, 40, 28, 13, 13, 13, 46]):
        ws.col(ci).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2026", "T1"))


# ---------------------------------------------------------------------------
# G. Överförmyndarnämnden – last year's T1 (2025) sent by mistake, tick marks
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN uppföljning internkontroll T1.xlsx"
    namnd = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Överförmyndarnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A3"] = "Tertial 1 – läget per 2025-04-30"
    header(ws, 5, ["Nr", "Kontrollmoment", "Genomförd", "Delvis genomförd", "Ej genomförd", "Kommentar"])
    controls = [
        ("Arvode till ställföreträdare beräknas enligt nämndens riktlinjer", "X", "", "",
         "20 arvodesbeslut granskade.", "GENOMFORD", "nej"),
        ("Uttag från spärrat konto görs endast efter överförmyndarens samtycke", "", "X", "",
         "Kontroll av två banker klar, tredje banken har inte svarat.", "DELVIS", "nej"),
        ("Nya gode män kontrolleras i belastningsregistret och hos Kronofogden", "X", "", "",
         "En god man hade fått uppdrag innan utdrag från Kronofogden inkommit – kontrollen gjord i efterhand utan anmärkning, rutinen skärpt.", "GENOMFORD", "ja"),
        ("Årsräkningar granskas senast 30 juni", "", "", "X",
         "Granskningen sker maj–juni.", "EJ_GENOMFORD", "nej"),
        ("Behörigheter i verksamhetssystemet Wärna GO följs upp", "X", "X", "",
         "", "OKLAR", "nej"),
    ]
    r = 6
    for i, (moment, g, d, e, komm, status, a) in enumerate(controls, start=1):
        for ci, v in enumerate([i, moment, g, d, e, komm], start=1):
            c = ws.cell(row=r, column=ci, value=v if v != "" else None)
            c.border = BOX
            c.alignment = CENTER if ci in (1, 3, 4, 5) else WRAP
        EXPECTED.append((fil, namnd, moment, status, a))
        r += 1
    ws.cell(row=r + 1, column=2, value="Markera med X i den kolumn som stämmer.").font = Font(italic=True)
    widths(ws, [5, 50, 11, 11, 11, 44])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# H. Miljö- och hälsoskyddsnämnden – Stratsys-like CSV, 0–3 scale, legend at the end
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "Stratsys_Rapport_Internkontroll_MHN_2026-05-05.csv"
    namnd = "Miljö- och hälsoskyddsnämnden"
    controls = [
        ("Tillsyn", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", "Enhetschef livsmedel",
         "Tertial", "3", "", "GENOMFORD", "nej"),
        ("Tillsyn", "Handläggningstid registreras i ärendesystemet för timdebitering", "Enhetschef miljö",
         "Tertial", "2", "Stickprov 10 ärenden, 3 saknade tidsregistrering. Fortsätter i maj.", "DELVIS", "ja"),
        ("Delegation", "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare",
         "Månad", "3", "Återrapporterat vid varje sammanträde.", "GENOMFORD", "nej"),
        ("Dataskydd", "Gallring av personuppgifter i ärendesystemet enligt dokumenthanteringsplanen",
         "Registrator", "Helår", "1", "Ej påbörjad.", "EJ_GENOMFORD", "nej"),
        ("Ekonomi", "Attest – ingen attesterar egna utlägg (jäv)", "Controller", "Tertial", "3",
         "En egen utläggsräkning var attesterad av den som lagt ut, rättad och ny attest gjord.",
         "GENOMFORD", "ja"),
        ("Provtagning", "Provtagning av dricksvatten följer kontrollprogrammet", "Miljöinspektör",
         "Tertial", "0", "", "SAKNAS", "nej"),
        ("Fordon", "Körjournaler förs för förvaltningens tjänstebilar", "Administratör", "Tertial", "2",
         "Två av tre bilar kontrollerade.", "DELVIS", "nej"),
    ]
    lines = [
        ["Rapport: Internkontroll – uppföljning"],
        ["Organisation: Miljö- och hälsoskyddsnämnden"],
        ["Period: Tertial 1 2026"],
        ["Utskriftsdatum: 2026-05-05 09:14"],
        [],
        ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Frekvens", "Bedömning", "Kommentar"],
    ]
    for omr, moment, ansv, frek, bed, komm, status, a in controls:
        lines.append([omr, moment, ansv, frek, bed, komm])
        EXPECTED.append((fil, namnd, moment, status, a))
    lines += [
        [],
        ["Bedömning: 3 = Genomförd, 2 = Delvis genomförd, 1 = Ej genomförd, 0 = Ej bedömd"],
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", namnd, "2026", "T1"))


# ---------------------------------------------------------------------------
# I. Excel lock file left in the inbox – rejected
# ---------------------------------------------------------------------------
def file_lock(target):
    fil = "~$" + target
    user = "Karin Sjöberg"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_meta():
    register = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddskontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in register:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    clean_old()
    tmpdir = tempfile.mkdtemp(prefix="r131_")
    try:
        file_ks()
        file_bun()
        file_kfn()
        file_sbn_tn()
        sn = file_sn(tmpdir)
        file_von()
        file_ofn()
        file_mhn()
        file_lock(sn)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_meta()
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
