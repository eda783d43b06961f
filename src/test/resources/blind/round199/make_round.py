#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r199 - Hällsjö kommun, helår 2025, ifyllt för hand i all hast.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import xlwt
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, PageLayout, PageLayoutProperties, MasterPage,
                       Header, Footer)
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round199"
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def norm(text):
    """Control text as a human reads it: line breaks become spaces, edges trimmed."""
    return " ".join(text.split())


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, norm(km), status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, tom kolumn A och tomma rader överst, sammanslagna
#    rubrikceller från gammal mall, process sammanslagen vertikalt, T2 + Helår.
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK uppföljning helår 2025 KS.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.column_dimensions["A"].width = 3
    for col, w in zip("BCDEFGH", (18, 48, 16, 10, 14, 14, 55)):
        ws.column_dimensions[col].width = w
    ws["B3"] = "Hällsjö kommun"
    ws["B4"] = "Uppföljning internkontrollplan 2025 – Kommunstyrelsen"
    ws["B4"].font = Font(bold=True, size=14)
    ws["B5"] = "Period: Helår (jan–dec)   "
    # header from old template: two rows, merged
    hdr = {"B": "Process", "C": "Kontrollmoment", "D": "Ansvarig",
           "E": "Antal stickprov", "H": "Kommentar / åtgärd"}
    for col, txt in hdr.items():
        ws[col + "7"] = txt
        ws.merge_cells(f"{col}7:{col}8")
    ws["F7"] = "Status"
    ws.merge_cells("F7:G7")
    ws["F8"] = "T2 (aug)"
    ws["G8"] = "Helår"
    for row in ws["B7:H8"]:
        for c in row:
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")

    rows = [
        # process, km, ansvarig, stickprov(text), T2, helår, kommentar, status, avv
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "40",
         "Genomförd", "Genomförd ",
         "Stickprov 40 fakturor, 2 saknade andra attest. Rutinen har påmints i ledningsgruppen.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Representation och förtroendekänsliga poster – kontroll mot riktlinjer",
         "Controller", "20", "Påbörjad", "genomförd.", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Avtalstrohet vid inköp – stickprov på 25 inköp över 50 000 kr",
         "Upphandlingschef", "25", "", "Delvis klar",
         "20 av 25 granskade, resterande görs i januari 2026. 3 inköp saknade avtal.",
         "DELVIS", "ja"),
        ("HR/Lön", "Löneutbetalningar – kontroll av nyanställda\noch avslutade i lönesystemet",
         "HR-chef", "30", "Klar!", "Klar!", "Inga felaktigheter hittade.", "GENOMFORD", "nej"),
        ("HR/Lön", "Bisysslor – att samtliga chefer har redovisat bisysslor", "HR-chef", "",
         "Genomförs", "", "", "DELVIS", ""),
        ("HR/Lön", "Behörigheter i lönesystemet – avslutade anställningar har tagits bort",
         "Lönechef", "", "Ej genomförd ännu", "",
         "Genomförd i november, 4 konton låg kvar och har nu stängts.", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Loggkontroll i ärendehanteringssystemet", "IT-chef", "",
         "ej aktuellt i år", "ej aktuellt i år ",
         "Flyttas till IKP 2026 pga byte av ärendehanteringssystem.", "UTGAR", ""),
        ("Informationssäkerhet", "Informationsklassning av nya system", "Informationssäkerhetssamordnare",
         "3", "Påbörjad", "Delvis klar ", "2 av 3 system klassade.", "DELVIS", ""),
        ("Diarieföring", "Diarieföring av inkomna handlingar inom 2 arbetsdagar", "Registrator", "30",
         "Genom-\nförd", "Genomförd", "Stickprov 30 handlingar, 27 diarieförda inom 2 dagar.",
         "GENOMFORD", "ja"),
        ("Diarieföring", "Delegationsbeslut anmäls till kommunstyrelsen", "Kommunsekreterare", "",
         "genomförd", "Nej – se kommentar",
         "Ingen kontroll gjord under hösten pga vakans på nämndsekreterartjänsten.",
         "EJ_GENOMFORD", ""),
    ]
    r = 9
    start = {}
    for proc, km, ans, n, t2, ha, kom, st, avv in rows:
        if proc not in start:
            start[proc] = r
            ws.cell(r, 2, proc)
        ws.cell(r, 3, km)
        ws.cell(r, 4, ans)
        if n:
            ws.cell(r, 5).value = n          # number stored as text
            ws.cell(r, 5).number_format = "@"
        if t2:
            ws.cell(r, 6, t2)
        if ha:
            ws.cell(r, 7, ha)
        if kom:
            ws.cell(r, 8, kom)
        for c in range(2, 9):
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).border = BOX
        expect(fil, namnd, km, st, avv)
        r += 1
    # merge process cells vertically (copied from old template)
    ends = {}
    for i, row in enumerate(rows):
        ends[row[0]] = 9 + i
    for proc, s in start.items():
        if ends[proc] > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=ends[proc], end_column=2)
    r += 1
    ws.cell(r, 2, "Upprättad av: Karin Ek, controller, 2026-01-22")
    ws.cell(r + 1, 2, "Behandlad i KSAU 2026-02-03")
    ws.oddHeader.center.text = "Hällsjö kommun – Kommunstyrelsen"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Vård- och omsorgsnämnden - xlsx, ett blad per verksamhetsområde + instruktion.
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON uppföljning IKP 2025 helår.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Internkontrollplan 2025 – Vård- och omsorgsnämnden"
    ins["A1"].font = Font(bold=True, size=13)
    lines = [
        "Varje verksamhetsområde fyller i sitt eget blad.",
        "Status för helår anges med: Genomförd / Delvis genomförd / Ej genomförd / Utgår.",
        "Ange i kolumnen Avvikelse Ja eller Nej. Beskriv avvikelsen och åtgärd i kommentaren.",
        "Skicka till ekonomienheten senast 2026-01-16.",
        "",
        "Kontaktperson: Maria Holm, kvalitetsstrateg",
    ]
    for i, t in enumerate(lines, start=3):
        ins.cell(i, 1, t)
    ins.column_dimensions["A"].width = 90

    sheets = [
        ("Hemtjänst", [
            ("1.1", "Utförd tid i hemtjänsten stämmer mot beviljad tid", "Stickprov i TES", "10",
             "Genomförd", "Ja", "Avvikelse i 2 av 10 ärenden, åtgärdat med respektive grupp.",
             "GENOMFORD", "ja"),
            ("1.2", "Nyckelhantering – kvittenslistor för nycklar till brukare", "Genomgång av listor", "6",
             "Delvis genom-\nförd", "Nej", "Två grupper kvar att kontrollera.", "DELVIS", "nej"),
            ("1.3", "Genomförandeplaner upprättade inom 14 dagar", "Stickprov", "15",
             "", "", "Genomförd. 12 av 15 planer upprättade i tid.", "GENOMFORD", "ja"),
        ]),
        ("Särskilt boende", [
            ("2.1", "Hantering av brukarnas privata medel", "Kontroll av kassabok och kvitton", "8",
             "Genomförd", "Nej", "", "GENOMFORD", "nej"),
            ("2.2", "Läkemedelshantering – signeringslistor", "Granskning av signeringslistor", "",
             "Påbörjad", "", "Kontrollen påbörjad i december, klar feb 2026.", "DELVIS", ""),
            ("2.3", "Avvikelserapportering enligt rutin (fall, läkemedel)", "Analys av avvikelsesystemet", "",
             "Genomförs", "Ja", "Underrapportering på ett av boendena, dialog med enhetschef.",
             "DELVIS", "ja"),
        ]),
        ("LSS", [
            ("3.1", "Korrekt debitering av personlig assistans (tidredovisning till FK)",
             "Stickprov tidrapporter", "5", "Klar", "Nej", "", "GENOMFORD", "nej"),
            ("3.2", "Brandskyddsrutiner på gruppbostäder – egenkontroll", "Checklista", "",
             "ej aktuellt i år", "", "Görs av räddningstjänsten under 2025.", "UTGAR", ""),
            ("3.3", "Dokumentation av genomförandeplaner LSS", "Stickprov", "10",
             "Ej genomförd ännu ", "", "", "EJ_GENOMFORD", ""),
        ]),
        ("Myndighet", [
            ("4.1", "Biståndsbeslut fattas enligt delegationsordningen", "Stickprov", "20",
             "Genomförd", "Nej", "Samtliga beslut fattade av behörig handläggare.", "GENOMFORD", "nej"),
            ("4.2", "Handläggningstider för ansökan om bistånd – stickprov 20 ärenden", "Stickprov", "20",
             "Genomförd med avvikelse", "Ja", "Snitt 34 dagar mot målet 21 dagar.", "GENOMFORD", "ja"),
            ("4.3", "Uppföljning av beslut inom 6 månader", "Rapport ur verksamhetssystemet", "",
             "Se kommentar", "", "Se bilaga 2", "OKLAR", ""),
        ]),
    ]
    headers = ["Nr", "Kontrollmoment", "Kontrollmetod", "Antal granskade", "Status helår",
               "Avvikelse (ja/nej)", "Kommentar"]
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        ws["A1"] = "Vård- och omsorgsförvaltningen"
        ws["A2"] = f"Verksamhetsområde: {title}"
        ws["A2"].font = BOLD
        ws["A3"] = "Uppföljning helår 2025"
        for col, w in zip("ABCDEFG", (6, 50, 28, 10, 16, 11, 50)):
            ws.column_dimensions[col].width = w
        for i, h in enumerate(headers, start=1):
            c = ws.cell(5, i, h)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BOX
            c.alignment = WRAP
        r = 6
        for nr, km, met, n, st_txt, avv_txt, kom, st, avv in rows:
            ws.cell(r, 1).value = nr
            ws.cell(r, 1).number_format = "@"
            ws.cell(r, 2, km)
            ws.cell(r, 3, met)
            if n:
                ws.cell(r, 4).value = n
                ws.cell(r, 4).number_format = "@"
            if st_txt:
                ws.cell(r, 5, st_txt)
            if avv_txt:
                ws.cell(r, 6, avv_txt)
            if kom:
                ws.cell(r, 7, kom)
            for c in range(1, 8):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            expect(fil, namnd, km, st, avv)
            r += 1
        ws.cell(r + 1, 1, "Ifylld av:")
        ws.cell(r + 1, 2, {"Hemtjänst": "Lena Sjöberg, verksamhetschef hemtjänst",
                           "Särskilt boende": "Per Axelsson",
                           "LSS": "Sara Nilsson, enhetschef",
                           "Myndighet": "Johan Berg, 1:e socialsekreterare"}[title])
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - .xls (xlwt), två små tabeller på ett blad,
#    en per process, rubrikrad upprepad, tom kolumn A, riskvärde som text.
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_IK_uppfoljning_2025.xls"
    namnd = "Barn- och utbildningsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Helår 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    for i, w in enumerate((3, 50, 9, 12, 18, 50)):
        ws.col(i).width = w * 256
    ws.write(1, 1, "Barn- och utbildningsförvaltningen – uppföljning av internkontrollplan 2025, helår",
             title)
    ws.write(2, 1, "Riskvärde = sannolikhet x konsekvens (1–16)")

    tables = [
        ("Process: Ekonomi och inköp", [
            ("Kontroll av att fakturor attesteras av behörig attestant", "12", "Årligen",
             "Genomförd", "Stickprov 30 fakturor utan anmärkning.", "GENOMFORD", "nej"),
            ("Inköp av läromedel sker från upphandlade leverantörer", "9", "Årligen",
             "Genomförd ", "Två skolor köpte utanför avtal, information skickad till rektorerna.",
             "GENOMFORD", "ja"),
            ("Kontanthantering i skolcaféer och kassor", "6", "Terminsvis",
             "ej aktuellt i år", "Kontanthantering avvecklad från HT 2025.", "UTGAR", ""),
            ("Avstämning av barnomsorgsavgifter mot inkomstuppgifter", "8", "Årligen",
             "Påbörjad", "Pågår, beräknas klart mars 2026.", "DELVIS", ""),
        ]),
        ("Process: Elevhälsa och skolplikt", [
            ("Frånvarorapportering – uppföljning av elever med hög frånvaro", "12", "Terminsvis",
             "Genom-\nförd", "", "GENOMFORD", ""),
            ("Anmälan av kränkande behandling till huvudman", "16", "Löpande",
             "Genomförs", "Kontroll pågår löpande. 3 anmälningar kom in för sent till huvudman.",
             "DELVIS", "ja"),
            ("Skolpliktsbevakning – elever folkbokförda i kommunen utan skolplacering", "9", "Terminsvis",
             "Ej genomförd ännu", "Ny rutin tas fram tillsammans med folkbokföringen.",
             "EJ_GENOMFORD", ""),
            ("Registerutdrag för nyanställd personal", "12", "Löpande",
             "Klar!", "", "GENOMFORD", ""),
            ("Elevhälsans journalföring – loggkontroll", "6", "Årligen",
             "", "Ej genomförd, prioriterades bort under hösten.", "EJ_GENOMFORD", ""),
        ]),
    ]
    hdrs = ["Kontrollmoment", "Risk-\nvärde", "Frekvens", "Resultat helår", "Kommentar"]
    r = 4
    total = 0
    for proc, rows in tables:
        ws.write(r, 1, proc, bold)
        r += 1
        for i, h in enumerate(hdrs):
            ws.write(r, 1 + i, h, head)
        r += 1
        for km, risk, frek, res, kom, st, avv in rows:
            ws.write(r, 1, km, cell)
            ws.write(r, 2, risk, cell)       # number stored as text
            ws.write(r, 3, frek, cell)
            ws.write(r, 4, res, cell)
            ws.write(r, 5, kom, cell)
            expect(fil, namnd, km, st, avv)
            total += 1
            r += 1
        r += 2
    ws.write(r, 1, "Antal kontrollmoment:")
    ws.write(r, 2, str(total))
    ws.write(r + 2, 1, "Rapporteras till BUN 2026-02-11")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Socialnämnden - docx, löptext + en tabell med sammanslagen rubrik från
#    gammal mall, statuskolumn Ja/Nej/Delvis.
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden - uppföljning intern kontroll helår 2025.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Hällsjö kommun\tSocialförvaltningen\tTjänsteskrivelse"
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Planen omfattar åtta "
        "kontrollmoment inom ekonomiskt bistånd, barn och unga, vuxen/missbruk, informationssäkerhet och "
        "personal. Nedan redovisas resultatet av kontrollerna för helåret.")
    d.add_paragraph(
        "Sammantaget bedöms den interna kontrollen vara i huvudsak tillräcklig. En kontroll har inte "
        "genomförts och en har utgått efter beslut i nämnden under våren.")
    rows = [
        ("1", "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker mot beslut i verksamhetssystemet", "Ja",
         "Stickprov 25 utbetalningar, samtliga hade beslut.", "GENOMFORD", "nej"),
        ("2", "Ekonomiskt bistånd",
         "Kontroll av dubbla utbetalningar (samma mottagare, samma period)", "Ja",
         "En dubbelutbetalning hittades och har återkrävts.", "GENOMFORD", "ja"),
        ("3", "Barn och unga",
         "Skyddsbedömning inom 24 timmar efter inkommen orosanmälan", "Nej – se kommentar",
         "Kontrollen har inte genomförts under året på grund av hög arbetsbelastning.\n"
         "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("4", "Barn och unga", "Förhandsbedömning inom 14 dagar", "Delvis",
         "Granskat 10 av planerade 20 ärenden.\n2 ärenden överskred 14 dagar.", "DELVIS", "ja"),
        ("5", "Vuxen/missbruk",
         "Placeringar på HVB – avtal finns med vårdgivaren", "Ja.", "Inga avvikelser", "GENOMFORD", "nej"),
        ("6", "Informationssäkerhet", "Loggkontroll i verksamhetssystemet", "",
         "Genomförd i oktober. Ingen obehörig åtkomst upptäcktes.", "GENOMFORD", "nej"),
        ("7", "Informationssäkerhet",
         "Utlämnande av allmän handling – sekretessprövning dokumenteras", "Påbörjad", "",
         "DELVIS", ""),
        ("8", "Personal",
         "Utdrag ur belastningsregistret vid anställning inom barn och unga", "Utgår",
         "Utgår enligt beslut SN 2025-05-14 § 48, ersätts av central kontroll hos HR.", "UTGAR", ""),
    ]
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, txt in enumerate(["Nr", "Process", "Kontrollmoment"]):
        m = h0[i].merge(h1[i])
        m.text = txt
    m = h0[3].merge(h0[4])
    m.text = "Uppföljning helår"
    h1[3].text = "Genomförd\n(Ja/Nej/Delvis)"
    h1[4].text = "Iakttagelser/kommentar"
    for row in t.rows[:2]:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.bold = True
    for nr, proc, km, st_txt, kom, st, avv in rows:
        cells = t.add_row().cells
        cells[0].text = nr
        cells[1].text = proc
        cells[2].text = km
        cells[3].text = st_txt
        cells[4].text = kom
        expect(fil, namnd, km, st, avv)
    widths = (Cm(1), Cm(3.2), Cm(5.5), Cm(2.8), Cm(5.5))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph("")
    d.add_heading("Åtgärder inför 2026", level=3)
    d.add_paragraph("Kontrollen av skyddsbedömningar (nr 3) förs över till internkontrollplanen 2026. "
                    "Rutinen för förhandsbedömningar ses över under första kvartalet.")
    d.add_paragraph("Hällsjö 2026-01-28")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - odt; nämnden bara i sidhuvudet och filnamnet,
#    process sammanslagen över flera rader.
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN IK 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm",
                                       printorientation="landscape", margin="1.5cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hd.addElement(P(text="Hällsjö kommun – Kultur- och fritidsnämnden"))
    mp.addElement(hd)
    ft = Footer()
    ft.addElement(P(text="Kultur- och fritidsförvaltningen, Storgatan 12, Hällsjö"))
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    hstyle = Style(name="Rubrik", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(hstyle)
    bstyle = Style(name="Fet", family="paragraph")
    bstyle.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bstyle)
    cstyle = Style(name="Cell", family="table-cell")
    cstyle.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cstyle)
    widths = ("3.5cm", "8cm", "4cm", "3cm", "8cm")
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name=f"col{i}", family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)

    doc.text.addElement(P(stylename=hstyle, text="Uppföljning internkontroll helår 2025"))
    doc.text.addElement(P(text="Uppföljningen avser kontrollmomenten i den internkontrollplan som "
                               "nämnden antog i januari 2025. Status anges per kontrollmoment."))
    doc.text.addElement(P(text=""))

    groups = [
        ("Bidrag", [
            ("Föreningsbidrag betalas ut enligt beslutade regler", "Bidragshandläggare", "Klar!",
             "12 ansökningar granskade. En förening fick för högt bidrag, återkrav skickat.",
             "GENOMFORD", "ja"),
            ("Kontroll av medlemsantal i bidragsberättigade föreningar", "Bidragshandläggare",
             "Genomförs", "Pågår, 6 av 15 föreningar kontrollerade.", "DELVIS", ""),
        ]),
        ("Bibliotek", [
            ("Medieinköp sker enligt upphandlat avtal", "Bibliotekschef", "Genomförd",
             "Ok", "GENOMFORD", "nej"),
            ("Hantering av kontanter vid bibliotekets kassa", "Bibliotekschef", "ej aktuellt i år",
             "Kortbetalning infördes 2024.", "UTGAR", ""),
        ]),
        ("Anläggningar", [
            ("Bokning och fakturering av idrottshallar", "Fritidskonsulent", "Delvis klar",
             "Faktureringen för hösten är ännu inte avstämd.", "DELVIS", ""),
            ("Egenkontroll av badvattenkvalitet i Hällsjöbadet", "Badchef", "genomförd.",
             "Provtagning enligt program. Ett prov över gränsvärdet i juli, åtgärdat.",
             "GENOMFORD", "ja"),
            ("Systematiskt brandskyddsarbete i kulturhuset", "Fastighetsansvarig",
             "Ej genomförd ännu", "", "EJ_GENOMFORD", ""),
        ]),
        ("Evenemang", [
            ("Avtal med externa artister och arrangörer följer mallen", "Evenemangssamordnare",
             "", "", "SAKNAS", ""),
        ]),
    ]
    tbl = Table(name="IK2025")
    for s in colstyles:
        tbl.addElement(TableColumn(stylename=s))

    def cellp(text, style=None):
        tc = TableCell(stylename=cstyle, valuetype="string")
        for line in text.split("\n"):
            tc.addElement(P(stylename=style, text=line) if style else P(text=line))
        return tc

    hr = TableRow()
    for h in ("Process", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"):
        hr.addElement(cellp(h, bstyle))
    tbl.addElement(hr)
    for proc, rows in groups:
        for i, (km, ans, st_txt, kom, st, avv) in enumerate(rows):
            tr = TableRow()
            if i == 0:
                pc = cellp(proc)
                if len(rows) > 1:
                    pc.setAttribute("numberrowsspanned", str(len(rows)))
                tr.addElement(pc)
            else:
                tr.addElement(CoveredTableCell())
            tr.addElement(cellp(km))
            tr.addElement(cellp(ans))
            tr.addElement(cellp(st_txt))
            tr.addElement(cellp(kom))
            tbl.addElement(tr)
            expect(fil, namnd, km, st, avv)
    doc.text.addElement(tbl)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Hällsjö den 19 januari 2026"))
    doc.text.addElement(P(text="Erik Söderlund, förvaltningschef"))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - ods (byggd som xlsx, konverterad), tomma inledande
#    kolumner/rader, status per tertial T1/T2/T3, förvaltningsnamn i stället för nämnd.
# ---------------------------------------------------------------------------
def file_tn(tmp):
    base = "Tekniska förvaltningen IKP 2025"
    fil = base + ".ods"
    namnd = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    for col, w in zip("ABCDEFGHI", (2, 2, 16, 46, 16, 13, 13, 16, 50)):
        ws.column_dimensions[col].width = w
    ws["C5"] = "Tekniska förvaltningen – Uppföljning internkontrollplan 2025 "
    ws["C5"].font = Font(bold=True, size=13)
    ws["C6"] = "T1 = jan–apr, T2 = maj–aug, T3 = sep–dec (helår)"
    ws["C6"].font = Font(italic=True)
    ws["F8"] = "Status per tertial"
    ws.merge_cells("F8:H8")
    hdr = ["Kontrollområde", "Kontrollmoment", "Omfattning", "T1", "T2", "T3", "Kommentar T3"]
    for i, h in enumerate(hdr):
        c = ws.cell(9, 3 + i, h)
    for row in ws["C8:I9"]:
        for c in row:
            c.font = BOLD
            c.fill = PatternFill("solid", fgColor="FCE4D6")
            c.border = BOX
            c.alignment = Alignment(horizontal="center", wrap_text=True)
    rows = [
        ("Gata/park", "Vinterväghållning – entreprenörens fakturor mot körjournaler", "10 fakturor",
         "Genomförd", "", "Genomförd",
         "Nov–dec kontrollerad. En faktura med fel antal timmar, krediterad.", "GENOMFORD", "ja"),
        ("Gata/park", "Besiktning av lekplatser enligt plan", "32", "", "Genomförd", "", "",
         "GENOMFORD", ""),
        ("Gata/park", "Parkeringsintäkter – avstämning automater mot bank", "12",
         "Genomförd", "Genomförd", "Utgår", "Automaterna avvecklade i september, betalning sker via app.",
         "UTGAR", ""),
        ("VA", "Debitering av VA-avgifter – nya abonnenter", "50", "Påbörjad", "Påbörjad",
         "Delvis klar", "30 av 50 kontrollerade.", "DELVIS", ""),
        ("VA", "Egenkontroll dricksvatten enligt kontrollprogram", "", "Genomförs", "Genomförs",
         "Klar!", "Inga anmärkningar.", "GENOMFORD", "nej"),
        ("Fastighet", "Internhyresavtal stämmer mot lokalregistret", "", "", "",
         "Ej genomförd ännu", "Resursbrist på fastighetsenheten.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Attest av fakturor för entreprenader över 100 tkr", "15", "", "",
         "Genomförd ", "Stickprov 15, ok.", "GENOMFORD", "nej"),
        ("Fordon", "Körjournaler förs för kommunens fordon", "", "", "Påbörjad",
         "Nej – se kommentar", "Kontrollen skjuts till 2026, nytt fordonssystem införs.",
         "EJ_GENOMFORD", ""),
    ]
    r = 10
    for omr, km, omf, t1, t2, t3, kom, st, avv in rows:
        vals = [omr + "  ", km, omf, t1, t2, t3, kom]
        for i, v in enumerate(vals):
            c = ws.cell(r, 3 + i)
            if v:
                c.value = v              # "32", "50" stay text
                c.number_format = "@"
            c.border = BOX
            c.alignment = WRAP
        expect(fil, namnd, km, st, avv)
        r += 1
    ws.cell(r + 1, 3, "Sammanställt 2026-01-15 / M. Lund")
    src = os.path.join(tmp, base + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 7. Samhällsbyggnadsförvaltningen - .xls (via LibreOffice), ett blad per nämnd,
#    "Nämnd:"/"År:"/"Period:" överst, sammanslagen titelrad, "Granskning genomförd".
# ---------------------------------------------------------------------------
def file_sbf(tmp):
    base = "Samhällsbyggnad IK helår 2025"
    fil = base + ".xls"
    wb = openpyxl.Workbook()
    sheets = [
        ("SBN", "Samhällsbyggnadsnämnden", [
            ("1", "Detaljplan", "Planavgifter debiteras enligt taxa", "Ingen", "-",
             "Granskning genomförd", "GENOMFORD", "nej"),
            ("2", "Mark och exploatering", "Markanvisningsavtal följer antagen policy",
             "Ett avtal saknade krav på säkerhet.", "Rutinen uppdateras.",
             "Granskning \ngenomförd", "GENOMFORD", "ja"),
            ("3", "Bostadsanpassning", "Bostadsanpassningsbidrag – beslut enligt delegation", "", "",
             "Påbörjad", "DELVIS", ""),
            ("4", "Upphandling", "Direktupphandlingar dokumenteras enligt riktlinje", "", "",
             "Granskning ej genomförd", "EJ_GENOMFORD", ""),
            ("5", "GIS", "Behörigheter i GIS-systemet ses över", "", "", "", "SAKNAS", ""),
        ]),
        ("BMN", "Bygg- och miljönämnden", [
            ("1", "Bygglov", "Handläggningstid för bygglov inom 10 veckor",
             "4 av 40 ärenden överskred 10 veckor, avgiften reducerades.",
             "Bevakning av tidsfrister i ärendesystemet.", "Granskning genomförd", "GENOMFORD", "ja"),
            ("2", "Bygglov", "Avgifter tas ut enligt PBL-taxan", "Ingen avvikelse", "",
             "Genomförd", "GENOMFORD", "nej"),
            ("3", "Miljötillsyn", "Tillsynsavgifter debiteras enligt taxa", "", "",
             "Delvis klar", "DELVIS", ""),
            ("4", "Miljötillsyn", "Jäv – handläggare har lämnat jävsdeklaration", "", "",
             "Ej genomförd ännu", "EJ_GENOMFORD", ""),
            ("5", "Livsmedel", "Livsmedelskontroll följer kontrollplanen",
             "Kontrollskuld på 12 objekt vid årets slut.", "Extra inspektör anlitas 2026.",
             "Klar!", "GENOMFORD", "ja"),
        ]),
    ]
    first = True
    for sname, namnd, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sname
        for col, w in zip("ABCDEF", (5, 22, 42, 40, 32, 20)):
            ws.column_dimensions[col].width = w
        ws["A1"] = "Nämnd:"
        ws["B1"] = namnd
        ws["A2"] = "År:"
        ws["B2"].value = "2025"
        ws["B2"].number_format = "@"
        ws["A3"] = "Period:"
        ws["B3"] = "Helår"
        for c in ("A1", "A2", "A3"):
            ws[c].font = BOLD
        ws["A5"] = "Uppföljning intern kontroll – Samhällsbyggnadsförvaltningen"
        ws.merge_cells("A5:F5")
        ws["A5"].alignment = Alignment(horizontal="center")
        ws["A5"].font = Font(bold=True, size=12)
        for i, h in enumerate(["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse",
                               "Förslag på åtgärder", "Status"], start=1):
            c = ws.cell(6, i, h)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BOX
        r = 7
        for idn, proc, km, avv_txt, atg, st_txt, st, avv in rows:
            ws.cell(r, 1).value = idn
            ws.cell(r, 1).number_format = "@"
            for i, v in enumerate([proc, km, avv_txt, atg, st_txt], start=2):
                if v:
                    ws.cell(r, i, v)
            for i in range(1, 7):
                ws.cell(r, i).border = BOX
                ws.cell(r, i).alignment = WRAP
            expect(fil, namnd, km, st, avv)
            r += 1
        FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    src = os.path.join(tmp, base + ".xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(HERE, fil))


# ---------------------------------------------------------------------------
# 8. Att avvisa: Excels låsfil från när KS-filen var öppen.
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$IK uppföljning helår 2025 KS.xlsx"
    user = "Karin Ek"
    data = bytes([len(user)]) + user.encode("latin-1")
    data = data.ljust(54, b" ")
    data += b"\x00\x00" + bytes([len(user), 0]) + user.encode("utf-16-le")
    data = data.ljust(165, b"\x00")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(data[:165])
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldre- och handikappomsorgen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Bygg- och miljönämnden", "BMN|Miljö- och byggnämnden"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Hällsjöbostäder AB", "HBAB|Hällsjöbostäder"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r199_")
    try:
        file_ks()
        file_von()
        file_bun()
        file_sn()
        file_kfn()
        file_tn(tmp)
        file_sbf(tmp)
        file_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} rows in files.csv, {len(EXPECTED)} controls in expected.csv")


if __name__ == "__main__":
    main()
