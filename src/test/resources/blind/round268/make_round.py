#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round r268 – "an ordinary inbox": Ålsjö kommun, helår 2025 (one file delår 2025).

Builds every follow-up file plus namnder.csv, files.csv and expected.csv, deterministically.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 30, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round268"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmpd = tempfile.mkdtemp(prefix="r268conv_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


def fix_props_xlsx(wb):
    wb.properties.creator = "Ålsjö kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Ålsjö kommun"


def fix_props_docx(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – Excel, title rows, process heading rows, status words
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Internkontroll KS helår 2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    fix_props_xlsx(wb)
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Uppföljningsperiod: Helår 2025 (januari–december)"
    ws["A3"] = "Upprättad 2026-01-23 av controller Anna Berg, Kommunledningskontoret"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("H", "Ekonomiprocesser"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor per halvår", "Redovisningschef", "Genomförd",
         "Två fakturor saknade andra attest. Berörda chefer har påmints om rutinen.", "GENOMFORD", "ja"),
        ("1.2", "Bokslut", "Avstämning av balanskonton inför bokslut",
         "Genomgång av samtliga balanskonton i december", "Redovisningsekonom", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "Representation", "Representation och förtroendekänsliga poster redovisas med syfte och deltagare",
         "Stickprov 20 verifikationer", "Controller", "Delvis genomförd",
         "Stickprov gjort för januari–juni utan anmärkning. Andra halvåret granskas i februari 2026.",
         "DELVIS", "nej"),
        ("H", "Personal"),
        ("2.1", "Lön", "Löneutbetalningar efter avslutad anställning",
         "Kvartalsvis kontroll av lönelista mot avslutade anställningar", "HR-chef", "Genomförd",
         "En felaktig utbetalning (augusti) upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Genomgång av rehabärenden i HR-systemet", "HR-specialist", "Ej genomförd",
         "Ej genomförd på grund av vakans på HR-funktionen under hösten. Förs över till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("H", "IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
         "Halvårsvis avstämning mot personalsystemet", "Systemförvaltare", "Genomförd",
         "Sju inaktuella behörigheter har tagits bort.", "GENOMFORD", "ja"),
        ("3.2", "Informationssäkerhet", "Informationssäkerhetsklassning av verksamhetssystem",
         "Kontroll att klassning finns för kritiska system", "Informationssäkerhetssamordnare", "Utgår",
         "Utgår enligt KS beslut 2025-05-14 § 88, ersätts av kommungemensamt projekt.", "UTGAR", ""),
        ("H", "Upphandling och inköp"),
        ("4.1", "Inköp", "Köp sker från avtalade leverantörer (avtalstrohet)",
         "Analys av leverantörsreskontra, helår", "Upphandlingschef", "Genomförd",
         "Avtalstrohet 91 %. Köp utanför avtal inom IT-tillbehör har uppmärksammats och åtgärdas.",
         "GENOMFORD", "ja"),
        ("4.2", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras",
         "Stickprov 10 direktupphandlingar", "Upphandlare", "Delvis genomförd", None, "DELVIS", ""),
    ]
    for row in rows:
        r += 1
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            continue
        vals = row[:7]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, nm, row[2], row[7], row[8])
    r += 2
    ws.cell(row=r, column=2, value="Sammanfattning: 5 av 9 kontroller genomförda, 2 delvis, 1 ej genomförd, 1 utgår.")
    ws.cell(row=r, column=2).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 18, 45, 34, 22, 16, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – Word, one table, comments only in some rows, signature
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning internkontrollplan helår 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_props_docx(doc, "Barn- och utbildningsförvaltningen")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Ålsjö kommun\tDnr BUN 2025/0214")
    p.runs[0].font.size = Pt(9)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). Nedan redovisas utfallet "
        "för årets kontroller. Bedömningen anges som Utan anmärkning, Med anmärkning, Pågår, Ej utförd "
        "eller Ej aktuell. Kontroller med anmärkning kommenteras med vidtagna åtgärder.")
    rows = [
        ("Ekonomi", "Attest av fakturor inom förskola och grundskola sker enligt attestordningen",
         "Två gånger per år", "Utan anmärkning", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontanthantering i skolcaféer och elevkassor", "Årligen", "Med anmärkning",
         "Kassabok saknades vid en enhet (Norrbyskolan). Rektor har åtgärdat och ny rutin är införd.",
         "GENOMFORD", "ja"),
        ("Elevhälsa och trygghet", "Anmälningar om kränkande behandling utreds skyndsamt", "Per tertial",
         "Med anmärkning", "12 av 47 ärenden utreddes inte inom fastställd tid. Utbildning för rektorer genomförs vt 2026.",
         "GENOMFORD", "ja"),
        ("Elevhälsa och trygghet",
         "Åtgärdsprogram upprättas och följs upp för elever i behov av särskilt stöd", "Årligen", "Pågår",
         "Granskning klar på sex av tolv skolor. Resterande slutförs under vt 2026.", "DELVIS", ""),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer", "Årligen", "Utan anmärkning",
         "", "GENOMFORD", "nej"),
        ("Förskola", "Erbjudande om plats i förskola lämnas inom fyra månader", "Per kvartal", "Ej utförd",
         "Ej utförd eftersom nytt placeringssystem infördes under hösten och statistik saknas.",
         "EJ_GENOMFORD", ""),
        ("Förskola", "Avgiftsdebitering stäms av mot inkomstuppgifter (maxtaxa)", "Årligen", "",
         "Inkomstkontroll genomförd i oktober, inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal", "Utdrag ur belastningsregistret kontrolleras vid nyanställning", "Stickprov", "Ej aktuell",
         "Kontrollen ingår från 2025 i HR-centrums internkontrollplan.", "UTGAR", ""),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Frekvens", "Bedömning", "Resultat/kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        exp(fil, nm, row[1], row[5], row[6])
    doc.add_paragraph("")
    doc.add_paragraph("Sammantaget bedömer förvaltningen att den interna kontrollen har varit tillräcklig, "
                      "med de förbättringsområden som redovisas ovan.")
    doc.add_paragraph("")
    doc.add_paragraph("Ålsjö 2026-01-28")
    doc.add_paragraph("")
    doc.add_paragraph("Karin Lindqvist")
    doc.add_paragraph("Förvaltningschef, Barn- och utbildningsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys CSV export – two förvaltningar, T2 + Helår status columns
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_Internkontroll_export_2026-01-15.csv"
    hdr = ["Plan", "Organisation", "Process", "Kontrollmoment", "Ansvarig",
           "Status T2", "Kommentar T2", "Status Helår", "Kommentar Helår"]
    plan = "Internkontrollplan 2025"
    SOC = "Socialförvaltningen"
    VOF = "Vård- och omsorgsförvaltningen"
    rows = [
        (SOC, "Barn och unga", "Utredningar av barn som far illa avslutas inom fyra månader", "Enhetschef BoU",
         "Klar med avvikelse", "Fem utredningar överskred tiden.", "Klar med avvikelse",
         "Åtta utredningar under året överskred fyra månader, främst p.g.a. personalomsättning.\n"
         "Åtgärd: inhyrda konsulter under hösten, ny introduktionsrutin.",
         "Socialnämnden", "GENOMFORD", "ja"),
        (SOC, "Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd grundar sig på fullständigt underlag",
         "Enhetschef försörjningsstöd", "Pågår", "Stickprov påbörjat.", "Klar",
         "Stickprov 30 akter, inga brister.", "Socialnämnden", "GENOMFORD", "nej"),
        (SOC, "Placeringar", "Placeringar på HVB följs upp enligt avtal och vårdplan", "Enhetschef BoU",
         "Pågår", "Uppföljning av 9 av 14 placeringar klar.", "", "", "Socialnämnden", "DELVIS", ""),
        (SOC, "Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls till IVO", "Kvalitetsutvecklare",
         "Klar", "", "Klar", "Inga avvikelser.", "Socialnämnden", "GENOMFORD", "nej"),
        (SOC, "Ekonomi", "Utbetalningar av arvoden och omkostnader till familjehem kontrolleras",
         "Controller", "Ej påbörjad", "", "Ej påbörjad",
         "Skjuts till 2026 på grund av byte av verksamhetssystem.", "Socialnämnden", "EJ_GENOMFORD", ""),
        (SOC, "Dokumentation", "Dokumentation i journal sker inom fem arbetsdagar", "Enhetschef vuxen",
         "", "", "", "", "Socialnämnden", "SAKNAS", ""),
        (VOF, "Hälso- och sjukvård", "Läkemedelshantering på särskilda boenden", "MAS",
         "Pågår", "", "Klar",
         "Två boenden hade brister i signeringslistor. Åtgärdsplan upprättad och följs upp av MAS.",
         "Vård- och omsorgsnämnden", "GENOMFORD", "ja"),
        (VOF, "Avgifter", "Fakturerade hemtjänstavgifter stämmer mot utförd tid", "Avgiftshandläggare",
         "Klar", "", "Klar", "Differens i ca 3 % av fakturorna, rättade i november.",
         "Vård- och omsorgsnämnden", "GENOMFORD", "ja"),
        (VOF, "Myndighet", "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Enhetschef hemtjänst",
         "Ej påbörjad", "", "Pågår", "Uppföljning pågår i hemtjänstområde Norr och Söder.",
         "Vård- och omsorgsnämnden", "DELVIS", ""),
        (VOF, "Personal", "Tidrapporter för timavlönade attesteras före löneutbetalning", "Enhetschefer",
         "Klar", "", "Klar", "Inga avvikelser.", "Vård- och omsorgsnämnden", "GENOMFORD", "nej"),
        (VOF, "Kvalitet", "Riskbedömningar för fall, trycksår och undernäring görs i Senior alert",
         "Kvalitetsutvecklare", "Utgår", "Utgår – följs i kvalitetsledningssystemet.", "Utgår", "",
         "Vård- och omsorgsnämnden", "UTGAR", ""),
        (VOF, "Ekonomi", "Hantering av brukares privata medel på särskilt boende", "Enhetschef SÄBO",
         "Pågår", "", "Klar", "Se bilaga 3.", "Vård- och omsorgsnämnden", "GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow([plan] + list(row[:8]))
            exp(fil, row[8], row[2], row[9], row[10])
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden – Excel, traffic-light fills only, legend below, merged process cells
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN Internkontroll 2025 helårsuppföljning.xlsx"
    nm = "Samhällsbyggnadsnämnden"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="A6A6A6")
    fills = {"G": GREEN, "Y": YELLOW, "R": RED, "X": GREY, "": None}
    wb = Workbook()
    fix_props_xlsx(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True)
    hdr = ["Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Bygglov", "Handläggningstiden överskrids", 12,
         "Bygglovsbeslut fattas inom lagstadgad tid (10 veckor)", "Bygglovschef", "G",
         "Samtliga 212 ärenden avgjorda inom tid.", "GENOMFORD", "nej"),
        ("Bygglov", "Felaktig avgift tas ut", 9, "Avgifter för bygglov debiteras enligt taxa",
         "Bygglovschef", "G", "Stickprov 25 ärenden: två fel i timdebitering, rättade.", "GENOMFORD", "ja"),
        ("Planering", "Detaljplaner blir försenade", 6,
         "Detaljplaner följer tidplanen i planprioriteringen", "Planchef", "Y",
         "Uppföljning gjord för fem av sju planer, övriga följs upp i januari.", "DELVIS", ""),
        ("Lantmäteri", "Fel i fastighetsbildning", 8, "Kvalitetsgranskning av förrättningsakter",
         "Lantmäterichef", "R", "Ej genomförd på grund av resursbrist.", "EJ_GENOMFORD", ""),
        ("Mark och exploatering", "Markanvisning sker utan beslut", 9,
         "Markanvisningsavtal har beslut i rätt instans enligt delegationsordningen",
         "Exploateringschef", "G", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktiga utbetalningar", 8, "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomiansvarig", "G", "Stickprov 30 fakturor – inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Köavgifter bokförs inte", 6, "Avstämning av tomtkö och köavgifter mot ekonomisystemet",
         "Ekonomiansvarig", "X", "Tomtkön avvecklades 2025-03-01.", "UTGAR", ""),
        ("Kart och GIS", "Inaktuella grundkartor", 4, "Ajourhållning av primärkartan enligt plan",
         "GIS-samordnare", "", "Kontrollen flyttas till 2026 enligt beslut i ledningsgruppen.",
         "EJ_GENOMFORD", ""),
        ("Bostadsanpassning", "Bidrag beviljas utan fullständigt underlag", 9,
         "Beslut om bostadsanpassningsbidrag har intyg och kostnadsberäkning", "Handläggare BAB", "Y",
         "Genomgång av 15 av 40 ärenden klar.", "DELVIS", ""),
    ]
    r = r0
    for row in rows:
        r += 1
        for c, v in enumerate(row[:7], 1):
            if c == 6:
                cell = ws.cell(row=r, column=c)
                f = fills[row[5]]
                if f is not None:
                    cell.fill = f
            else:
                cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, nm, row[3], row[7], row[8])
    # merge process cells that span two rows (Bygglov rows 5–6, Ekonomi rows 10–11)
    ws.merge_cells(start_row=r0 + 1, start_column=1, end_row=r0 + 2, end_column=1)
    ws.merge_cells(start_row=r0 + 6, start_column=1, end_row=r0 + 7, end_column=1)
    # legend
    r += 2
    ws.cell(row=r, column=1, value="Teckenförklaring status").font = Font(bold=True)
    legend = [(GREEN, "Genomförd utan anmärkning"),
              (YELLOW, "Delvis genomförd / pågår"),
              (RED, "Ej genomförd"),
              (GREY, "Utgår")]
    for f, txt in legend:
        r += 1
        ws.cell(row=r, column=1).fill = f
        ws.cell(row=r, column=1).border = BORDER
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Avvikelser och åtgärder beskrivs i kolumnen Kommentar.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [20, 30, 10, 48, 20, 9, 50]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – ODS, delår 2025, Utfört / Avvikelse columns
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN IK-uppföljning delår 2025.ods"
    nm = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#FCE4D6", border="0.5pt solid #808080",
                                        wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap"))
    doc.automaticstyles.addElement(body)
    widths = ["7cm", "5.5cm", "2.5cm", "2.6cm", "2.6cm", "7cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    table = Table(name="Delår 2025")
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def add_row(values, style=None):
        tr = TableRow()
        for v in values:
            if v is None or v == "":
                tc = TableCell(stylename=style) if style else TableCell()
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        table.addElement(tr)

    add_row(["Kultur- och fritidsnämnden – Internkontrollplan 2025"], bold)
    add_row(["Uppföljning per 31 augusti 2025 (delårsrapport)"])
    add_row([])
    add_row(["Kontrollpunkt", "Hur kontrollen görs", "Tidpunkt", "Utfört (Ja/Nej/Delvis)",
             "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"], head)
    rows = [
        ("Bidrag till föreningar betalas ut enligt beslutade regler", "Stickprov 10 föreningar", "Maj",
         "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler och anläggningar faktureras enligt taxa",
         "Avstämning bokningssystem mot fakturering", "Kvartalsvis", "Ja", "Ja",
         "Tre bokningar i Ålsjöhallen var inte fakturerade. Fakturerades i juli.", "GENOMFORD", "ja"),
        ("Kassahantering i simhallen och på huvudbiblioteket", "Oanmäld kassainventering", "Två gånger/år",
         "Delvis", "Nej", "Simhallen kontrollerad i juni.\nBiblioteket kontrolleras i november.", "DELVIS", "nej"),
        ("Inventering av den kommunala konstsamlingen", "Inventering av 20 % av verken", "Oktober",
         "Nej", "", "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Avtal med externa arrangörer är undertecknade före evenemang", "Genomgång av evenemangsavtal",
         "Juni", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Närvaroregistrering i ungdomsverksamheten ligger till grund för statsbidrag",
         "Stickprov närvarolistor", "Augusti", "", "", "", "SAKNAS", ""),
        ("Sponsringsavtal följer kommunens riktlinjer för sponsring", "Genomgång av avtal", "Mars",
         "Ej aktuell", "", "Inga sponsringsavtal har tecknats 2025.", "UTGAR", ""),
    ]
    for row in rows:
        add_row(row[:6], body)
        exp(fil, nm, row[0], row[6], row[7])
    add_row([])
    add_row(["Uppföljningen redovisas till nämnden 2025-09-24 tillsammans med delårsrapporten."])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och hälsoskyddsnämnden – .xls, X tick columns, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "Miljöförvaltningen IK 2025 helår.xls"
    nm = "Miljö- och hälsoskyddsnämnden"
    wb = Workbook()
    fix_props_xlsx(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.left.text = "Ålsjö kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Markera med X om kontrollen är genomförd eller ej. Beskriv iakttagelser och åtgärder."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Kontrollmoment", "Omfattning", "Ansvarig", "Genomförd", "Ej genomförd", "Iakttagelser/åtgärder"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Tillsynsavgifter debiteras enligt taxa", "20 ärenden", "Miljöchef", "X", "",
         "Inga fel.", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden", "Samtliga beslut", "Nämndsekreterare", "X", "",
         "Två beslut anmäldes en månad för sent (juni/juli).", "GENOMFORD", "ja"),
        ("Planerade livsmedelskontroller genomförs enligt kontrollplanen", "Uppföljning av kontrollplan",
         "Livsmedelsinspektör", "", "X", "Kontrollen hanns inte med under året.", "EJ_GENOMFORD", ""),
        ("Jäv anmäls och hanteras i tillsynsärenden", "Ärendegranskning 15 ärenden", "Miljöchef",
         "X", "X", "", "OKLAR", ""),
        ("Inkommande handlingar diarieförs inom två arbetsdagar", "Stickprov 50 handlingar", "Registrator",
         "", "", "Se bilaga 2", "OKLAR", ""),
        ("Miljösanktionsavgifter beslutas enligt miljöbalken", "Samtliga ärenden", "Miljöinspektör",
         "X", "", "Tre beslut under året, samtliga korrekta.", "GENOMFORD", "nej"),
        ("Förelägganden mot miljöfarlig verksamhet följs upp", "Genomgång av förelägganden",
         "Miljöinspektör", "", "", "Klart i december, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = r0
    for row in rows:
        r += 1
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (4, 5) else None)
        exp(fil, nm, row[0], row[6], row[7])
    r += 3
    ws.cell(row=r, column=1, value="Avstämd med förvaltningsledningen 2026-01-20")
    for col, w in zip("ABCDEF", [46, 24, 20, 11, 11, 48]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="r268src_")
    src = os.path.join(tmpd, "Miljöförvaltningen IK 2025 helår.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden – .doc, status codes with legend, one table per process
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska nämnden uppföljning internkontroll 2025.doc"
    nm = "Tekniska nämnden"
    doc = Document()
    fix_props_docx(doc, "Tekniska förvaltningen")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Tekniska nämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan – helår 2025").runs[0].bold = True
    doc.add_paragraph(
        "Internkontrollplanen omfattar nio kontrollmoment fördelade på förvaltningens tre huvudprocesser. "
        "Status anges med följande koder:")
    for code in ["G = Genomförd utan avvikelse", "GA = Genomförd med avvikelse", "P = Påbörjad, ej avslutad",
                 "E = Ej genomförd", "U = Utgår"]:
        doc.add_paragraph(code, style="List Bullet")
    groups = [
        ("Process: Gata och park", [
            ("Vinterväghållning – entreprenörens fakturor kontrolleras mot körjournaler",
             "Stickprov tre månader", "GA",
             "Dubbeldebitering i februari upptäcktes, kreditfaktura har erhållits.", "GENOMFORD", "ja"),
            ("Lekplatser besiktigas enligt besiktningsplan", "Genomgång av besiktningsprotokoll", "G", "",
             "GENOMFORD", "nej"),
            ("Skadeståndsanspråk från allmänheten hanteras inom 30 dagar", "Ärendegenomgång", "P",
             "Genomgång pågår, klar i februari.", "DELVIS", ""),
        ]),
        ("Process: Vatten och avlopp", [
            ("Debitering av VA-avgifter stäms av mot mätarställningar", "Avstämning mot kundsystemet", "G",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Provtagning av dricksvatten sker enligt kontrollprogrammet", "Kontroll mot provtagningsplan", "GA",
             "Ett prov vecka 32 togs inte; ersättningsprov togs vecka 33.", "GENOMFORD", "ja"),
            ("Egenkontroll vid Ålsjö reningsverk dokumenteras", "Granskning av driftjournal", "E",
             "Ej genomförd – tjänsten som driftingenjör var vakant juni–november.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Fastighet", [
            ("Internhyror stäms av mot fastighetsregistret", "Avstämning i samband med budget", "G", "",
             "GENOMFORD", "nej"),
            ("Avvikande energiförbrukning i kommunens fastigheter utreds", "Månadsvis uppföljning", "U",
             "Utgår, ersätts av nytt energiuppföljningssystem 2026.", "UTGAR", ""),
            ("Utlämnade nycklar och passerkort stäms av mot behörighetslista", "Stickprov två fastigheter",
             "", "", "SAKNAS", ""),
        ]),
    ]
    for title, rows in groups:
        doc.add_paragraph("")
        hp = doc.add_paragraph(title)
        hp.runs[0].bold = True
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Status", "Kommentar"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = t.add_row().cells
            for i in range(4):
                cells[i].text = row[i]
            exp(fil, nm, row[0], row[4], row[5])
    doc.add_paragraph("")
    doc.add_paragraph("Behandlad av Tekniska nämnden 2026-02-05, § 14.")
    doc.add_paragraph("Per Holmgren, teknisk chef")
    tmpd = tempfile.mkdtemp(prefix="r268src_")
    src = os.path.join(tmpd, "Tekniska nämnden uppföljning internkontroll 2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: a covering letter (missiv) – no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv BUN internkontroll helår 2025.docx"
    doc = Document()
    fix_props_docx(doc, "Barn- och utbildningsförvaltningen")
    doc.add_paragraph("Ålsjö kommun\nBarn- och utbildningsförvaltningen")
    doc.add_paragraph("2026-01-28")
    doc.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    doc.add_heading("Översändande av uppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds Barn- och utbildningsnämndens uppföljning av internkontrollplanen för 2025 "
        "(helår). Uppföljningen behandlas av nämnden den 18 februari 2026 och protokollsutdrag skickas "
        "därefter till kommunstyrelsen.")
    doc.add_paragraph(
        "Vi vill uppmärksamma att två kontroller inte har slutförts under året och att en kontroll har "
        "flyttats till HR-centrums plan. Detaljerna framgår av bifogad uppföljning.")
    doc.add_paragraph("Frågor besvaras av undertecknad.")
    doc.add_paragraph("")
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Lena Åkesson\nEkonom, Barn- och utbildningsförvaltningen\nlena.akesson@alsjo.se")
    doc.add_paragraph("Bilaga: BUN uppföljning internkontrollplan helår 2025.docx")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def normalize_zip(path):
    """Rewrite a zip container (docx/xlsx/ods) with fixed entry timestamps so the build is deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 30, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            zout.writestr(ni, data)


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            wr = csv.writer(fh, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            for r in rows:
                wr.writerow(r)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    # kontrollmoment: collapse internal newlines to spaces (none contain any here)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    file_ks()
    file_bun()
    file_stratsys()
    file_sbn()
    file_kfn()
    file_mhn()
    file_tn()
    file_missiv()
    for f in sorted(os.listdir(OUT)):
        if f.endswith((".docx", ".xlsx", ".ods")):
            normalize_zip(os.path.join(OUT, f))
    write_csvs()


if __name__ == "__main__":
    main()
