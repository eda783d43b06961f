#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r303 - Hedvalla kommun, helår 2025.
Theme: the plan changed during the year (added, struck, merged, renumbered,
moved and split controls, 'Tillkommande kontroller' sections, change logs).
Run: /usr/bin/python3 make_round.py  (builds every file + namnder.csv, files.csv, expected.csv)
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TableColumnProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round303"
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb_props(wb):
    wb.properties.creator = "Hedvalla kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Hedvalla kommun"


def fix_doc_props(d):
    cp = d.core_properties
    cp.author = "Hedvalla kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Hedvalla kommun"
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, two status columns (delår / helår), NY column,
#    "Tillkommande kontroller" block under the ordinary ones, change-log sheet.
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Uppföljning IKP 2025 helår KS.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Hedvalla kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025, helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Plan fastställd av KS 2024-12-11 § 212, reviderad KS 2025-05-14 § 88 och KS 2025-06-18 § 112"
    ws["A5"] = ("Status anges med: Genomförd / Genomförd med anmärkning / Delvis genomförd / Ej påbörjad / "
                "Ej genomförd / Utgår.  Kolumnen Ny markeras NY för kontroller som tillkommit efter att planen fastställdes.")
    ws["A5"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Ny", "Process", "Kontrollmoment", "Metod / omfattning", "Ansvarig",
           "Status delår (aug)", "Status helår", "Resultat / kommentar helår"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BORDER
    widths = [12, 8, 18, 48, 30, 20, 16, 22, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    rows = [
        ("G", "Ekonomi"),
        ("C", "1.1", "", "Leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Redovisningschef", "Delvis genomförd", "Genomförd",
         "60 fakturor granskade under året. 2 fakturor (belopp under 5 000 kr) saknade andra attest. "
         "Påminnelse om attestordningen skickad till berörda chefer.", "GENOMFORD", "ja"),
        ("C", "1.2", "", "Representation",
         "Kontroll att representation följer riktlinjer för representation och gåvor",
         "Genomgång av samtliga verifikationer på konto 7610–7690", "Controller", "Genomförd", "Genomförd",
         "Inga avvikelser. Samtliga verifikationer hade syfte och deltagare angivna.", "GENOMFORD", "nej"),
        ("C", "1.3\n(tidigare 1.4)", "", "Avtalstrohet",
         "Inköp görs från upphandlade leverantörer (avtalstrohet)",
         "Analys i inköpsanalysverktyget per kvartal", "Upphandlingschef", "Ej påbörjad", "Delvis genomförd",
         "Analys gjord för kvartal 1–3, inga köp utanför avtal över direktupphandlingsgränsen. "
         "Kvartal 4 återstår p.g.a. byte av analysverktyg.", "DELVIS", "nej"),
        ("G", "Personal"),
        ("C", "2.1", "", "Lön",
         "Kontroll av att löneutbetalningar inte sker till avslutade anställningar",
         "Körning av lista avslutade anställningar mot utbetald lön, varje månad", "Lönechef",
         "Genomförd", "Genomförd",
         "En felaktig utbetalning upptäcktes i oktober (12 400 kr). Återkrav är gjort och beloppet återbetalt.",
         "GENOMFORD", "ja"),
        ("C", "2.2", "", "Bisysslor",
         "Anmälan och prövning av bisysslor för chefer",
         "Enkät till samtliga chefer", "HR-chef", "Ej påbörjad", "Utgår",
         "Utgår enligt beslut KS 2025-05-14 § 88. Ingår i kommungemensam HR-granskning 2026.",
         "UTGAR", ""),
        ("G", "Informationssäkerhet"),
        ("C", "3.1", "", "Behörigheter",
         "Behörighetsuppföljning i ekonomisystemet Raindance",
         "Genomgång av behörighetslista mot personalregister", "Systemförvaltare ekonomi",
         "Delvis genomförd", "Delvis genomförd",
         "Genomgång klar för kommunledningsförvaltningen; tre konton för avslutade användare har stängts. "
         "Övriga förvaltningar gås igenom kvartal 1 2026.", "DELVIS", "ja"),
        ("C", "3.2", "NY", "Dataskydd",
         "Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Genomgång av incidentloggen", "Dataskyddsombud", "–", "Genomförd",
         "Fyra anmälningspliktiga incidenter under året, samtliga anmälda inom 72 timmar.", "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            vals = row[1:10]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, row[4], row[10], row[11])
        r += 1
    r += 1
    ws.cell(r, 1, "Tillkommande kontroller efter beslut KS 2025-05-14 § 88 och KS 2025-06-18 § 112").font = Font(bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
    r += 1
    extra = [
        ("T1", "NY", "Delegering",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov 20 beslut", "Kanslichef", "–", "Genomförd med anmärkning",
         "3 av 20 beslut anmäldes först mer än två månader efter beslutsdatum. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("T2", "NY\n(överförd från SBN)", "Exploatering",
         "Uppföljning av att exploateringsavtal faktureras enligt avtalade tidpunkter",
         "Genomgång av samtliga gällande exploateringsavtal", "Mark- och exploateringschef", "–", "Ej genomförd",
         "Kontrollen överfördes från samhällsbyggnadsnämnden i juni och har inte hunnit genomföras. "
         "Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ("T3", "NY", "Krisberedskap",
         "Kontroll att kontinuitetsplaner finns för samhällsviktig verksamhet",
         "Inventering", "Säkerhetschef", "–", "", "", "SAKNAS", ""),
    ]
    for row in extra:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, N, row[3], row[9], row[10])
        r += 1
    r += 2
    ws.cell(r, 1, "Sammanställt av: Karin Ljung, controller, 2026-01-20")
    ws.cell(r + 1, 1, "Behandlad i kommunstyrelsens arbetsutskott 2026-02-03")
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Ändringar i planen")
    ws2["A1"] = "Ändringar i planen under året"
    ws2["A1"].font = Font(bold=True, size=12)
    log_hdr = ["Datum", "Beslut", "Ändring", "Berörd kontroll"]
    for c, h in enumerate(log_hdr, 1):
        ws2.cell(3, c, h).font = Font(bold=True)
    log = [
        ("2025-05-14", "KS § 88", "Kontrollen Bisysslor för chefer utgår ur planen", "2.2"),
        ("2025-05-14", "KS § 88", "Ny kontroll: anmälan av personuppgiftsincidenter till IMY", "3.2"),
        ("2025-05-14", "KS § 88", "Tillkommande kontroll: anmälan av delegationsbeslut", "T1"),
        ("2025-06-18", "KS § 112", "Kontroll av kontantkassor (tidigare 1.3) överförd till tekniska nämnden; "
                                   "tidigare 1.4 numreras om till 1.3", "1.3"),
        ("2025-06-18", "KS § 112", "Kontroll av exploateringsavtal överförd från samhällsbyggnadsnämnden (SBN 2.2)", "T2"),
        ("2025-09-10", "KS § 150", "Tillkommande kontroll: kontinuitetsplaner för samhällsviktig verksamhet", "T3"),
    ]
    for i, row in enumerate(log, 4):
        for c, v in enumerate(row, 1):
            ws2.cell(i, c, v).alignment = WRAP
    for col, w in zip("ABCD", [12, 12, 80, 16]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, one table, process merged vertically,
#    T1/T2/T3 letter codes with legend paragraph; struck, merged (ersätter), renumbered rows;
#    "Ändringar i planen under året" bullet list after the table.
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def build_bun():
    fil = "BUN Uppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_doc_props(d)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Hedvalla kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/14"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 122). Planen har reviderats två gånger "
        "under året, se avsnittet Ändringar i planen under året. Nedan redovisas resultatet av kontrollerna per tertial. "
        "Kontroller som strukits eller ersatts finns kvar i tabellen för spårbarhetens skull.")
    p = d.add_paragraph()
    r = p.add_run("Teckenförklaring: G = Genomförd, D = Delvis genomförd/pågår, E = Ej genomförd, "
                  "U = Utgår/struken, – = ingen kontroll planerad för perioden")
    r.italic = True
    r.font.size = Pt(9)

    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "T1", "T2", "T3", "Kommentar"]
    data = [
        # nr, process, km, metod, t1, t2, t3, kommentar, status, avv
        ("1.1", "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Stickprov 15 beslut", "G", "–", "–", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Skolskjuts", "Fakturor från skolskjutsentreprenör kontrolleras mot beställda turer",
         "Jämförelse faktura/turlista, en månad per tertial", "D", "D", "G",
         "Felaktig debitering av 14 turer i mars upptäcktes. Kreditering har erhållits.", "GENOMFORD", "ja"),
        ("2.1", "Elevhälsa och trygghet", "Anmälan om kränkande behandling utreds skyndsamt",
         "Genomgång av ärenden i DF Respons", "E", "D", "D",
         "Genomsnittlig utredningstid 24 dagar mot målet 14 dagar. Arbete med ny rutin pågår.", "DELVIS", "ja"),
        ("(2.2)\nstruken", "Elevhälsa och trygghet", "Kontroll av läkemedelshantering i skolan",
         "Genomgång av signeringslistor", "U", "U", "U",
         "Struken enligt beslut BUN 2025-03-19 § 31. Granskas av elevhälsans medicinska insats.", "UTGAR", ""),
        ("2.2\n(tidigare 2.3)", "Elevhälsa och trygghet",
         "Upprepad frånvaro anmäls till rektor och elevhälsa enligt frånvarorutinen",
         "Stickprov 10 elever med >15 % frånvaro", "–", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3.1", "Ekonomi", "Sökta statsbidrag återredovisas korrekt och i tid",
         "Genomgång av återredovisningar", "–", "D", "G",
         "Återredovisning av likvärdighetsbidraget och läxhjälp gjord i tid.", "GENOMFORD", "nej"),
        ("3.2", "Ekonomi", "Kontroll av elevpeng till fristående skolor", "Avstämning mot elevregistret",
         "G", "U", "U", "Utgår – ersatt av 3.4 (beslut BUN 2025-06-11 § 58).", "UTGAR", ""),
        ("3.3", "Ekonomi", "Kontroll av interkommunal ersättning (IKE)", "Avstämning mot elevregistret",
         "D", "U", "U", "Utgår – ersatt av 3.4 (beslut BUN 2025-06-11 § 58).", "UTGAR", ""),
        ("3.4\nNY – ersätter 3.2 och 3.3", "Ekonomi",
         "Samlad kontroll av ersättningar till andra huvudmän (elevpeng och IKE) mot elevregistret",
         "Avstämning per termin", "–", "G", "D",
         "Avstämning för vårterminen klar utan anmärkning. Höstterminens avstämning ej klar p.g.a. försenad "
         "elevregistrering.", "DELVIS", "nej"),
        ("4.1", "Systematiskt kvalitetsarbete",
         "Rektorerna har genomfört och dokumenterat kvalitetsuppföljning enligt årshjulet",
         "Genomgång av dokumentation för samtliga enheter", "–", "–", "E",
         "Ej genomförd. Skjuts till 2026 p.g.a. ny ledningsorganisation.", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1 + len(data), cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for ri, row in enumerate(data, 1):
        for ci in range(8):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], row[ci])
        exp(fil, N, row[2], row[8], row[9])
    # merge process cells vertically
    ri = 1
    while ri <= len(data):
        proc = data[ri - 1][1]
        end = ri
        while end + 1 <= len(data) and data[end][1] == proc:
            end += 1
        c = t.cell(ri, 1)
        if end > ri:
            c = c.merge(t.cell(end, 1))
        set_cell(c, proc, bold=True)
        ri = end + 1
    d.add_paragraph()
    d.add_heading("Ändringar i planen under året", level=2)
    for s in [
        "BUN 2025-03-19 § 31: Kontroll 2.2 Läkemedelshantering i skolan stryks. Tidigare 2.3 numreras om till 2.2.",
        "BUN 2025-06-11 § 58: Kontrollerna 3.2 Elevpeng till fristående skolor och 3.3 Interkommunal ersättning "
        "ersätts av en samlad kontroll 3.4 från och med tertial 2.",
        "BUN 2025-06-11 § 58: Kontrollmetoden för 1.2 ändras från helårsgenomgång till en månad per tertial.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig. Avvikelser har "
        "konstaterats inom skolskjuts och hantering av kränkande behandling, och åtgärder har vidtagits.")
    d.add_paragraph("Hedvalla 2026-01-22\nAnna Berg\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - .ods, status by background colour only, legend at top,
#    "Ändring" column (NY / Delad / Utgår), "Tillkommande kontroller" block.
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden IK-uppföljning helår 2025.ods"
    N = "Socialnämnden"
    doc = OpenDocumentSpreadsheet()

    def cstyle(name, bg=None, bold=False, italic=False, size=None):
        st = Style(name=name, family="table-cell")
        kw = {"wrapoption": "wrap", "verticalalign": "top", "border": "0.5pt solid #999999"}
        if bg:
            kw["backgroundcolor"] = bg
        st.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if italic:
            tk["fontstyle"] = "italic"
        if size:
            tk["fontsize"] = size
        if tk:
            st.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(st)
        return st

    plain = cstyle("plain")
    title = cstyle("title", bold=True, size="14pt")
    bold = cstyle("bold", bold=True)
    hdrs = cstyle("hdr", bg="#D9D9D9", bold=True)
    sect = cstyle("sect", bg="#FCE4D6", bold=True)
    colors = {"G": cstyle("green", bg="#00B050"), "Y": cstyle("yellow", bg="#FFC000"),
              "R": cstyle("red", bg="#FF0000"), "S": cstyle("grey", bg="#A6A6A6"), "": plain}
    widths = ["1.4cm", "2.8cm", "4.5cm", "7.5cm", "4cm", "2.2cm", "9cm"]
    tbl = Table(name="Helår 2025")
    for i, w in enumerate(widths):
        cs = Style(name="col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        tbl.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for val, st in cells:
            tc = TableCell(stylename=st, valuetype="string") if val != "" else TableCell(stylename=st)
            if val != "":
                for line in val.split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        tbl.addElement(tr)

    row([("Socialnämnden, Hedvalla kommun", title)])
    row([("Uppföljning av internkontrollplan – helår 2025", bold)])
    row([("Färgförklaring:", bold), ("", colors["G"]), ("Genomförd", plain), ("", colors["Y"]),
         ("Delvis genomförd / pågår", plain), ("", colors["R"]), ("Ej genomförd", plain)])
    row([("", plain), ("", colors["S"]), ("Utgår", plain)])
    row([])
    row([(h, hdrs) for h in ["Id", "Ändring", "Risk", "Kontrollmoment", "Kontrollansvarig", "Bedömning",
                             "Kommentar helår"]])
    data = [
        ("1", "", "Felaktiga utbetalningar av ekonomiskt bistånd",
         "Kontroll att beslut om ekonomiskt bistånd är attesterade innan utbetalning",
         "Enhetschef försörjningsstöd", "G", "40 ärenden granskade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "", "Barn far illa p.g.a. sen handläggning",
         "Förhandsbedömning av orosanmälan slutförs inom 14 dagar",
         "Enhetschef barn och unga", "Y",
         "88 % av förhandsbedömningarna slutförda inom 14 dagar (mål 100 %). Åtgärdsplan framtagen.",
         "DELVIS", "ja"),
        ("3", "", "Hot och våld mot personal",
         "Handlingsplan för hot och våld tas upp på APT i samtliga verksamheter",
         "Avdelningschefer", "R", "Har inte genomförts under året. Planeras till APT i februari 2026.",
         "EJ_GENOMFORD", ""),
        ("4", "", "Otillbörlig åtkomst till personuppgifter",
         "Kontroll av loggar i verksamhetssystemet Lifecare",
         "Systemförvaltare", "G",
         "Loggkontroll varje månad. Två fall av otillbörlig åtkomst upptäcktes och har anmälts som "
         "personuppgiftsincident.", "GENOMFORD", "ja"),
        ("5.1a", "Delad\n(tidigare 5.1)", "Placeringar utanför avtal",
         "Kontroll att placeringar på HVB görs hos upphandlade leverantörer",
         "Enhetschef barn och unga", "Y",
         "3 av 19 placeringar gjordes utanför avtal p.g.a. platsbrist. Direktupphandling dokumenterad i 2 av 3.",
         "DELVIS", "ja"),
        ("5.1b", "Delad\n(tidigare 5.1)", "Felaktiga fakturor",
         "Kontroll att fakturor för externa placeringar stämmer mot beslut",
         "Controller", "G", "Samtliga fakturor oktober–december kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("6", "Utgår", "Långa handläggningstider",
         "Kontroll av handläggningstider för färdtjänsttillstånd",
         "Enhetschef myndighet", "S",
         "Utgår – färdtjänsthandläggningen överförd till tekniska nämnden 2025-04-01.", "UTGAR", ""),
    ]
    for d_ in data:
        row([(d_[0], plain), (d_[1], plain), (d_[2], plain), (d_[3], plain), (d_[4], plain),
             ("", colors[d_[5]]), (d_[6], plain)])
        exp(fil, N, d_[3], d_[7], d_[8])
    row([])
    row([("Tillkommande kontroller (beslut SN 2025-04-23 § 61)", sect)])
    extra = [
        ("7", "NY", "Olämplig person anställs",
         "Kontroll att registerutdrag har begärts vid anställning inom barn och unga",
         "HR-partner", "",
         "Genomförd i november. Två anställda saknade registerutdrag; utdrag har begärts och kompletterats.",
         "GENOMFORD", "ja"),
        ("8", "NY", "Intäktsbortfall",
         "Kontroll av att återsökning av medel från Migrationsverket sker",
         "Controller", "", "", "SAKNAS", ""),
        ("9", "NY", "Brister i kvalitet uppmärksammas inte",
         "Rutin för synpunkter och klagomål följs",
         "Kvalitetsutvecklare", "G",
         "Se separat rapport Granskning av synpunkter och klagomål (SN 2025-11-19 § 140).", "GENOMFORD", ""),
    ]
    for d_ in extra:
        row([(d_[0], plain), (d_[1], plain), (d_[2], plain), (d_[3], plain), (d_[4], plain),
             ("", colors[d_[5]]), (d_[6], plain)])
        exp(fil, N, d_[3], d_[7], d_[8])
    row([])
    row([("Rapporterad av: Lena Holm, kvalitetsstrateg, 2026-01-15", plain)])
    doc.spreadsheet.addElement(tbl)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV export, two nämnder (VON + KFN), one row per control and period.
# ---------------------------------------------------------------------------
def build_csv():
    fil = "Stratsys_export_internkontroll_2025.csv"
    hdr = ["Organisation", "Styrdokument", "Kontroll-ID", "Kontrollmoment", "Kontrollansvarig", "Period",
           "Status", "Kommentar", "Ändringsnotering"]
    VON = "Vård- och omsorgsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    plan = "Internkontrollplan 2025"
    controls = [
        # org, id, km, ansvarig, [(period, status, kommentar)], notering, expected status, avv
        (VON, "VON-01", "Kontroll att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Enhetschef hemtjänst",
         [("T1 2025", "Pågående", "Stickprov påbörjat."),
          ("T2 2025", "Pågående", "45 av 90 ärenden granskade."),
          ("Helår 2025", "Genomförd", "82 av 90 genomförandeplaner upprättade inom 14 dagar. Påminnelse till "
                                      "samtliga enheter om rutinen.")],
         "", "GENOMFORD", "ja"),
        (VON, "VON-02", "Avgiftsdebitering i hemtjänsten stämmer mot utförd tid",
         "Avgiftshandläggare",
         [("T1 2025", "Genomförd", "Inga avvikelser."),
          ("T2 2025", "Genomförd", "Inga avvikelser."),
          ("Helår 2025", "Genomförd", "Inga avvikelser under året.")],
         "", "GENOMFORD", "nej"),
        (VON, "VON-03", "Läkemedelsavvikelser rapporteras och åtgärdas enligt rutin",
         "Medicinskt ansvarig sjuksköterska",
         [("T1 2025", "Ej påbörjad", ""),
          ("T2 2025", "Pågående", "Genomgång av avvikelser januari–juni påbörjad."),
          ("Helår 2025", "", "")],
         "", "DELVIS", ""),
        (VON, "VON-04", "Medarbetares bisysslor anmäls och prövas",
         "HR-partner",
         [("T1 2025", "Ej påbörjad", ""),
          ("T2 2025", "Avbruten", "Överförd till KS – ingår i kommungemensam kontroll enligt beslut KS 2025-05-14 § 88.")],
         "Överförd till KS", "UTGAR", ""),
        (VON, "VON-05", "Bemanningsföretag anlitas enligt gällande ramavtal",
         "Verksamhetscontroller",
         [("T2 2025", "Ej påbörjad", "Ny kontroll, genomförs under hösten."),
          ("Helår 2025", "Genomförd", "Genomförd med avvikelse: två avrop gjordes utanför ramavtalet. "
                                      "Berörda chefer har informerats.")],
         "Ny kontroll fr.o.m. T2 (VON 2025-05-21 § 44)", "GENOMFORD", "ja"),
        (VON, "VON-06", "Privata medel för boende på särskilt boende hanteras enligt rutin",
         "Enhetschef särskilt boende",
         [("T1 2025", "Genomförd", "Kassaräkning på tre boenden, inga differenser."),
          ("T2 2025", "", ""),
          ("Helår 2025", "Genomförd", "Kassaräkning på samtliga sex boenden. En differens på 230 kr har utretts "
                                      "och rättats.")],
         "Omnumrerad, tidigare VON-08", "GENOMFORD", "ja"),
        (KFN, "KFN-01", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Föreningskonsulent",
         [("T1 2025", "Genomförd", "Inga avvikelser."),
          ("T2 2025", "Genomförd", "Inga avvikelser."),
          ("Helår 2025", "Genomförd", "Samtliga 38 bidragsbeslut kontrollerade, inga avvikelser.")],
         "", "GENOMFORD", "nej"),
        (KFN, "KFN-02", "Kontantkassor i simhallen och på huvudbiblioteket stäms av",
         "Enhetschef fritid",
         [("T1 2025", "Pågående", ""),
          ("T2 2025", "Pågående", ""),
          ("Helår 2025", "Pågående", "Kassakontroll genomförd i simhallen utan differens. Huvudbiblioteket "
                                     "återstår och görs i januari.")],
         "", "DELVIS", "nej"),
        (KFN, "KFN-03", "Uthyrning av kommunens lokaler faktureras enligt taxa",
         "Bokningsansvarig",
         [("T1 2025", "Pågående", ""),
          ("T2 2025", "Avbruten", "Utgår ur planen enligt beslut KFN 2025-05-20 § 47.")],
         "Struken enligt beslut", "UTGAR", ""),
        (KFN, "KFN-04", "Bidragsmottagande föreningar uppfyller kommunens demokrativillkor",
         "Föreningskonsulent",
         [("T2 2025", "Pågående", "Checklista tas fram."),
          ("Helår 2025", "Ej påbörjad", "Kontrollen kunde inte genomföras – nationell vägledning inväntas. "
                                        "Flyttas till plan 2026.")],
         "Tillkommande kontroll (KFN 2025-05-20 § 47)", "EJ_GENOMFORD", ""),
        (KFN, "KFN-05", "Avtal med externa arrangörer följs vid evenemang",
         "Evenemangssamordnare",
         [("T1 2025", "", ""),
          ("T2 2025", "", ""),
          ("Helår 2025", "", "Se bilaga 1.")],
         "", "OKLAR", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, cid, km, ans, periods, note, st, avv in controls:
            for per, status, kom in periods:
                w.writerow([org, plan, cid, km, ans, per, status, kom, note])
            exp(fil, org, km, st, avv)
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - free text report (no table), docx -> odt.
# ---------------------------------------------------------------------------
def build_sbn(tmp):
    fil = "SBN_uppfoljning_internkontroll_helar_2025.odt"
    N = "Samhällsbyggnadsnämnden"
    d = docx.Document()
    fix_doc_props(d)
    d.add_heading("Uppföljning av intern kontroll – helår 2025", level=0)
    d.add_paragraph("Samhällsbyggnadsnämnden, Hedvalla kommun\nDnr SBN 2025/77")
    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Samhällsbyggnadsnämnden antog internkontrollplan för 2025 den 4 december 2024. Planen innehöll fyra "
        "kontroller. Under året har en kontroll överförts till kommunstyrelsen och två kontroller har tillkommit. "
        "Nedan redovisas varje kontroll med status och resultat.")
    d.add_heading("Kontroller enligt antagen plan", level=1)
    items = [
        ("1.1 Kontroll att planavgift tas ut enligt gällande plantaxa",
         "Metod: Stickprov tio bygglovsärenden inom detaljplan med planavgift.",
         "Status: Genomförd",
         "Resultat: I ett av tio ärenden hade planavgift inte debiterats. Efterdebitering har skett och "
         "checklistan för handläggare har kompletterats.", "GENOMFORD", "ja"),
        ("1.2 Kontroll att markanvisningar följer riktlinjer för markanvisning",
         "Metod: Genomgång av årets markanvisningsavtal.",
         "Status: Delvis genomförd",
         "Resultat: Två av tre markanvisningar har granskats utan anmärkning. Den tredje granskas när avtalet "
         "undertecknats.", "DELVIS", "nej"),
        ("2.1 Kontroll av att detaljplaner handläggs enligt tidplan i planprogrammet",
         "Metod: Avstämning av tidplaner mot faktisk handläggning.",
         "Status: Ej genomförd",
         "Resultat: Kontrollen har inte genomförts på grund av vakans på planenheten. Den förs över till 2026.",
         "EJ_GENOMFORD", ""),
        ("2.2 Uppföljning av att exploateringsavtal faktureras enligt avtalade tidpunkter",
         "Metod: Genomgång av samtliga gällande exploateringsavtal.",
         "Status: Överförd till KS",
         "Kontrollen flyttades till kommunstyrelsen enligt beslut KS 2025-06-18 § 112 i samband med att mark- och "
         "exploateringsenheten organiserades under kommunledningsförvaltningen. Resultatet redovisas i "
         "kommunstyrelsens uppföljning.", "UTGAR", ""),
    ]
    added = [
        ("3.1 (NY) Kontroll av att beställda nybyggnadskartor faktureras",
         "Metod: Avstämning av kartbeställningar mot fakturerat.",
         "Status: Genomförd",
         "Resultat: Samtliga 27 nybyggnadskartor har fakturerats. Inga avvikelser.", "GENOMFORD", "nej"),
        ("3.2 (ny kontroll fr.o.m. T2) Kontroll av arrendeavtal – indexuppräkning och uppsägningstider",
         "Metod: Genomgång av samtliga 42 arrendeavtal.",
         "Status: Delvis genomförd",
         "Resultat: Indexuppräkningen är kontrollerad; fyra arrenden hade inte räknats upp och har justerats från "
         "2026. Genomgången av uppsägningstider återstår.", "DELVIS", "ja"),
    ]
    for block in (items, None, added):
        if block is None:
            d.add_heading("Tillkommande kontroller", level=1)
            d.add_paragraph("Kontrollerna nedan beslutades av nämnden 2025-05-07 § 58 och gäller från tertial 2.")
            continue
        for head, metod, status, res, st, avv in block:
            d.add_heading(head, level=2)
            d.add_paragraph(metod)
            p = d.add_paragraph()
            p.add_run(status).bold = True
            d.add_paragraph(res)
            km = head.split(" ", 1)[1]
            if km.startswith("("):
                km = km.split(") ", 1)[1]
            exp(fil, N, km, st, avv)
    d.add_heading("Ändringar i planen under året", level=1)
    for s in [
        "SBN 2025-05-07 § 58: Två nya kontroller (3.1 och 3.2) läggs till planen.",
        "KS 2025-06-18 § 112: Kontroll 2.2 Exploateringsavtal överförs till kommunstyrelsen.",
        "SBN 2025-09-03 § 97: Ansvarig för kontroll 1.2 ändras till mark- och exploateringsingenjör.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Samlad bedömning", level=1)
    d.add_paragraph("Nämndens interna kontroll bedöms som i huvudsak tillräcklig.")
    d.add_paragraph("Per Åkesson\nSamhällsbyggnadschef")
    src = os.path.join(tmp, "SBN_uppfoljning_internkontroll_helar_2025.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnämnden - delår, .xls via LibreOffice, tick columns with X,
#    separate sheet "Tillkommande kontroller" and "Ändringslogg".
# ---------------------------------------------------------------------------
def build_mbn(tmp):
    fil = "MBN IK delår 2025.xls"
    N = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Miljö- och byggnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti"
    ws["A3"] = "Markera med X i den kolumn som stämmer. Tillkommande kontroller redovisas på egen flik."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Utgår",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    for i, w in enumerate([14, 14, 50, 18, 11, 9, 12, 8, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    data = [
        # nr, område, km, ansv, ticks(G,D,E,U), komm, status, avv, is_control
        ("1.1", "Bygglov", "Kontroll att bygglovsbeslut fattas inom tio veckor enligt PBL",
         "Bygglovschef", "X", "", "", "",
         "93 % inom tid. Fyra ärenden översteg tidsgränsen och avgiften har reducerats enligt PBL.",
         "GENOMFORD", "ja", True),
        ("1.2 (tidigare 2.3)", "Livsmedel", "Kontroll att avgifter för livsmedelskontroll debiteras enligt taxa",
         "Miljöchef", "", "X", "", "", "Genomgång av första halvåret klar utan anmärkning. Resten görs i T3.",
         "DELVIS", "nej", True),
        ("1.3", "Bygglov", "Kontroll att startbesked inte ges innan kontrollplan fastställts",
         "Bygglovschef", "", "", "X", "", "Ej påbörjad, planerad till hösten.", "EJ_GENOMFORD", "", True),
        ("2.1", "Miljötillsyn", "Kontroll att tillsynsplanen följs (antal genomförda inspektioner mot plan)",
         "Miljöchef", "X", "X", "", "", "Se kommentar i delårsrapporten.", "OKLAR", "", True),
        ("2.2", "Miljötillsyn", "Kontroll av att jäv beaktas vid handläggning",
         "Miljöchef", "", "", "", "X", "Struken enligt beslut MBN 2025-04-16 § 39.", "UTGAR", "", True),
        ("2.3", "Miljötillsyn", "(flyttad – se 1.2)", "", "", "", "", "", "", None, None, False),
        ("2.4", "Miljötillsyn", "Kontroll att klagomål diarieförs och besvaras inom två veckor",
         "Nämndsekreterare", "", "", "", "", "", "SAKNAS", "", True),
    ]
    r = 6
    for row in data:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP if c not in (5, 6, 7, 8) else Alignment(horizontal="center", vertical="top")
        if row[11]:
            exp(fil, N, row[2], row[9], row[10])
        r += 1
    ws.cell(r + 1, 1, "Uppgiftslämnare: Sofia Nyberg, 2025-09-12")

    ws2 = wb.create_sheet("Tillkommande kontroller")
    ws2["A1"] = "Tillkommande kontroller beslutade av nämnden efter att planen antagits"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Nr", "Kontrollmoment", "Beslut", "Genomförd", "Delvis", "Ej genomförd", "Utgår", "Kommentar"]
    for c, h in enumerate(hdr2, 1):
        cell = ws2.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    for i, w in enumerate([6, 50, 18, 11, 9, 12, 8, 50], 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    extra = [
        ("T1", "Kontroll att förelägganden med vite följs upp", "MBN 2025-04-16 § 39", "", "X", "", "",
         "Pågår. 5 av 9 förelägganden uppföljda.", "DELVIS", ""),
        ("T2", "Kontroll att beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka",
         "MBN 2025-06-11 § 61", "X", "", "", "", "12 av 12 beslut skickade i tid.", "GENOMFORD", "nej"),
    ]
    for i, row in enumerate(extra, 4):
        for c, v in enumerate(row[:8], 1):
            cell = ws2.cell(i, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, row[1], row[8], row[9])

    ws3 = wb.create_sheet("Ändringslogg")
    ws3["A1"] = "Ändringslogg internkontrollplan 2025"
    ws3["A1"].font = Font(bold=True)
    for c, h in enumerate(["Datum", "Paragraf", "Kontroll", "Ändring"], 1):
        ws3.cell(2, c, h).font = Font(bold=True)
    log = [
        ("2025-04-16", "§ 39", "2.2", "Kontroll av jäv stryks ur planen"),
        ("2025-04-16", "§ 39", "T1", "Ny kontroll: uppföljning av förelägganden med vite"),
        ("2025-04-16", "§ 39", "2.3 → 1.2", "Kontroll av livsmedelsavgifter flyttas till område 1 och blir 1.2"),
        ("2025-06-11", "§ 61", "T2", "Ny kontroll: strandskyddsdispenser till länsstyrelsen"),
    ]
    for i, row in enumerate(log, 3):
        for c, v in enumerate(row, 1):
            ws3.cell(i, c, v)
    ws3.column_dimensions["D"].width = 70
    src = os.path.join(tmp, "MBN IK delår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - xlsx, T1/T2/T3 side by side with symbols, legend below,
#    nämnd only in the print header / file name; split control 2.2 -> 2.2a/2.2b.
# ---------------------------------------------------------------------------
def build_tn():
    fil = "IKP 2025 uppf T3 TN.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Hedvalla kommun"
    ws.oddHeader.center.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 3 (helår)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Tekniska förvaltningen, ekonomi- och verksamhetsstöd"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollant", "T1", "T2", "T3", "Kommentar (senaste uppföljning)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BORDER
        cell.alignment = WRAP
    for i, w in enumerate([10, 14, 55, 20, 6, 6, 6, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    data = [
        ("1.1", "VA", "Kontroll att VA-anslutningsavgifter debiteras enligt VA-taxan", "VA-ekonom",
         "●", "●", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Avfall", "Kontroll av vägning och fakturering vid återvinningscentralen", "Avfallschef",
         "◐", "○", "●", "Felaktig prislista i vågsystemet upptäcktes och rättades i oktober. Berörda kunder "
                         "har fått kreditfaktura.", "GENOMFORD", "ja"),
        ("2.1", "Fordon", "Kontroll av körjournaler för kommunens fordon", "Fordonssamordnare",
         "◐", "✕", "", "Struken enligt beslut TN 2025-06-11 § 54 – ersätts av digital körjournal.", "UTGAR", ""),
        ("2.2", "Fordon", "Kontroll av drivmedelskort", "Fordonssamordnare",
         "○", "✕", "", "Utgår – delad i 2.2a och 2.2b (TN 2025-06-11 § 54).", "UTGAR", ""),
        ("2.2a", "Fordon", "Kontroll att drivmedelskort är kopplade till rätt fordon och förare",
         "Fordonssamordnare", "–", "◐", "●", "Samtliga 64 kort kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("2.2b", "Fordon", "Kontroll av tankningar mot fordonets tankvolym", "Controller",
         "–", "○", "◐", "Oktober–december kontrollerat. Tre tankningar översteg tankvolymen och utreds.",
         "DELVIS", "ja"),
        ("3.1", "Kassor", "Kontroll av kontantkassa vid återvinningscentralen (överförd från KS, tidigare KS 1.3)",
         "Avfallschef", "–", "●", "●", "Kassaräkning två gånger per tertial, inga differenser.", "GENOMFORD", "nej"),
        ("3.2", "Färdtjänst", "Kontroll av att färdtjänsttillstånd prövas enligt riktlinjer (övertagen från SN)",
         "Enhetschef resor", "–", "○", "○", "Ej genomförd. Riktlinjerna revideras och kontrollen görs 2026.",
         "EJ_GENOMFORD", ""),
        ("4.1", "Upphandling", "Kontroll av att vinterväghållningsentreprenörer fakturerar enligt avtal",
         "Gatuchef", "●", "●", "", "Inga avvikelser (T2).", "GENOMFORD", "nej"),
    ]
    r = 5
    center = Alignment(horizontal="center", vertical="top")
    for row in data:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = center if c in (5, 6, 7) else WRAP
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    ws.cell(r, 1, "Tillkommande kontroller").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
    r += 1
    extra = [("5.1 NY", "Gata", "Kontroll att schakttillstånd följs upp med återställningsbesiktning",
              "Gatuingenjör", "–", "–", "◐", "Besiktning gjord för 18 av 31 schakter.", "DELVIS", "")]
    for row in extra:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = center if c in (5, 6, 7) else WRAP
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = Font(bold=True)
    ws.cell(r + 1, 1, "● = Genomförd    ◐ = Påbörjad/delvis genomförd    ○ = Ej genomförd    "
                      "✕ = Utgår    – = ej aktuell för perioden")
    ws.cell(r + 3, 1, "Upprättad 2026-01-19 av Jonas Ek, verksamhetscontroller")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: protocol extract about revising KFN's plan - no follow-up.
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Protokollsutdrag KFN 2025-05-20 § 47 Revidering internkontrollplan.docx"
    d = docx.Document()
    fix_doc_props(d)
    d.add_paragraph("HEDVALLA KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\tSammanträdesdatum 2025-05-20")
    d.add_heading("§ 47  Revidering av internkontrollplan 2025", level=1)
    d.add_paragraph("Dnr KFN 2024/58")
    d.add_heading("Beslut", level=2)
    d.add_paragraph(
        "Kultur- och fritidsnämnden beslutar att kontrollen av fakturering av lokaluthyrning (KFN-03) utgår ur "
        "internkontrollplanen 2025, samt att en ny kontroll av att bidragsmottagande föreningar uppfyller "
        "kommunens demokrativillkor läggs till från och med tertial 2.")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 10 december 2024. Fakturering av lokaluthyrning ingår "
        "sedan april i det nya bokningssystemets automatiska kontroller och bedöms inte längre behöva granskas "
        "särskilt. Kommunfullmäktige har under våren antagit nya riktlinjer för föreningsbidrag med ett "
        "demokrativillkor, och förvaltningen föreslår att efterlevnaden kontrolleras redan under 2025.")
    d.add_paragraph(
        "Uppföljning av planen sker enligt kommunens anvisningar i samband med delårsrapport och "
        "verksamhetsberättelse.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse 2025-05-06")
    d.add_paragraph("Beslutet skickas till: Kommunstyrelsen, ekonomienheten")
    d.add_paragraph("Justerandes signatur ______    Utdragsbestyrkande ______")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Hedvalla Bostäder AB", "HBAB|Hedvallabostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r303_")
    try:
        build_ks()
        build_bun()
        build_sn()
        build_csv()
        build_sbn(tmp)
        build_mbn(tmp)
        build_tn()
        build_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
