#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r491 - Kumla kommun, T1 2025: an inbox with awkward metadata.

Builds every file of the round plus namnder.csv, files.csv and expected.csv in the
folder of this script.  Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import xlwt

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties,
                       TableColumnProperties, TableCellProperties, TableProperties)
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta as odfmeta, dc as odfdc

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = (2025, 5, 14, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path, mimetype_first=False):
    """Rewrite a zip container with fixed timestamps (deterministic output)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if mimetype_first:
        items.sort(key=lambda x: 0 if x[0] == "mimetype" else 1)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. IK_SN_T1_2025.xlsx - Socialnämnden; nämnd/år/period ONLY in the file name
# ---------------------------------------------------------------------------
def file1():
    fil = "IK_SN_T1_2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    wb.properties.creator = "Lena Berg"
    wb.properties.lastModifiedBy = "Lena Berg"
    wb.properties.created = dt.datetime(2025, 1, 20, 9, 0)
    wb.properties.modified = dt.datetime(2025, 5, 7, 15, 12)
    wb.properties.title = None

    ws["A1"] = "Uppföljning intern kontroll"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Fylls i av respektive verksamhetsområde. Status anges som Genomförd / "
                "Delvis genomförd / Ej genomförd / Utgår. Beskriv resultat och eventuella avvikelser i kommentaren.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:G2")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar/resultat"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Myndighetsutövning IFO",
         "Utredningstid barnavårdsutredningar inom fyra månader enligt 11 kap. 2 § SoL",
         "Stickprov 10 utredningar", "Enhetschef IFO barn och unga", "Genomförd",
         "Samtliga 10 granskade utredningar avslutade inom fyra månader.", "GENOMFORD", "nej"),
        ("Myndighetsutövning IFO",
         "Förhandsbedömning av orosanmälningar inom 14 dagar",
         "Stickprov 15 anmälningar", "Enhetschef IFO barn och unga", "Genomförd",
         "2 av 15 anmälningar bedömda efter 16 resp. 18 dagar. Rutinen har påmints om vid APT.",
         "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 5 ärenden/månad", "Enhetschef försörjningsstöd", "Delvis genomförd",
         "Stickprov gjort för periodens två första månader, resterande månader återstår. Inga avvikelser i granskade ärenden.",
         "DELVIS", "nej"),
        ("Ekonomiskt bistånd",
         "Avstämning av utbetalningar av ekonomiskt bistånd mot beslut i verksamhetssystemet",
         "Avstämning utbetalningslista", "Controller", "Genomförd",
         "Inga felaktiga utbetalningar upptäcktes.", "GENOMFORD", "nej"),
        ("Vård och omsorg",
         "Uppföljning av rapporter enligt lex Sarah – utredning påbörjad inom en vecka",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", "Ej genomförd",
         "Ej gjord – planeras till hösten p.g.a. vakans på kvalitetsutvecklartjänsten.", "EJ_GENOMFORD", ""),
        ("Vård och omsorg",
         "Kontroll av att genomförandeplaner finns och är uppdaterade inom hemtjänsten",
         "Stickprov 20 brukare", "Enhetschefer hemtjänst", "Delvis genomförd",
         "Granskning av 2 av 4 hemtjänstgrupper klar. 6 av 20 genomförandeplaner var inte "
         "uppdaterade under senaste halvåret.", "DELVIS", "ja"),
        ("Vård och omsorg",
         "Läkemedelshantering – signeringslistor kontrolleras månadsvis på särskilda boenden",
         "Månadsvis genomgång", "MAS", "Genomförd",
         "Kontroll genomförd varje månad under perioden. Enstaka saknade signeringar, återkopplat till berörd enhetschef.",
         "GENOMFORD", "ja"),
        ("Personal",
         "Kontroll av att utdrag ur belastningsregistret har begärts vid nyanställning inom LSS",
         "Samtliga nyanställningar", "HR-partner", None,
         "Samtliga 7 nyanställda under perioden har visat upp utdrag innan anställning. Kontrollen är utförd.",
         "GENOMFORD", "nej"),
        ("Informationssäkerhet",
         "Behörighetsuppföljning i verksamhetssystemet (loggkontroll)",
         "Loggkontroll 10 slumpvisa användare", "Systemförvaltare", None, None, "SAKNAS", ""),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Controller", "Genomförd",
         "Stickprov 25 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Avgiftsdebitering hemtjänst – kontroll av att avgiftsbeslut stämmer med utförd tid",
         "Stickprov 15 brukare", "Avgiftshandläggare", "Utgår",
         "Utgår efter nämndbeslut i februari, ersätts av automatisk kontroll i nya planeringssystemet.",
         "UTGAR", ""),
    ]
    r = 5
    for i, row in enumerate(rows, 1):
        proc, km, metod, ansv, status, komm, st, avv = row
        vals = [i, proc, km, metod, ansv, status, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, N, km, st, avv)
        r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F5:F%d" % (r - 1))
    for col, w in zip("ABCDEFG", [5, 22, 50, 26, 26, 16, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. BUN docx - nämnd/år/period ONLY in document title property and the footer
# ---------------------------------------------------------------------------
def add_page_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file2():
    fil = "Uppfoljning_internkontroll.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    cp = d.core_properties
    cp.title = "Uppföljning intern kontroll T1 2025 – Barn- och utbildningsnämnden"
    cp.author = "Anna Lindqvist"
    cp.last_modified_by = "Anna Lindqvist"
    cp.created = dt.datetime(2025, 5, 5, 10, 0)
    cp.modified = dt.datetime(2025, 5, 8, 14, 30)
    cp.revision = 3
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    fp = sec.footer.paragraphs[0]
    fp.text = "Barn- och utbildningsnämnden – Uppföljning internkontrollplan, tertial 1 2025\tSida "
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    d.add_heading("Uppföljning av intern kontroll", level=1)
    d.add_paragraph(
        "Nedan redovisas utfallet av förvaltningens kontroller enligt den plan som nämnden fastställt. "
        "Kolumnen Genomförd anges med Ja, Nej eller Delvis. Kolumnen Avvikelse anger om kontrollen "
        "visat på fel eller brister. Åtgärder vid avvikelse beskrivs i sista kolumnen.")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ja", "Nej",
         "Stickprov om 30 fakturor. Samtliga attesterade av behörig attestant.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att inköp görs från upphandlade leverantörer (avtalstrohet)", "Ja", "Ja",
         "Avtalstroheten uppgick till 87 %. Köp av förbrukningsmaterial utanför avtal på två skolor; "
         "information lämnad till berörda rektorer.", "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Anmälan om kränkande behandling till huvudman utan dröjsmål", "Delvis", "Nej",
         "Granskning av förskolorna klar utan anmärkning. Grundskolan granskas i maj.", "DELVIS", "nej"),
        ("Skolplikt", "Uppföljning av elever med hög frånvaro enligt rutin för problematisk skolfrånvaro",
         "Nej", "–", "Ej påbörjad, genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Personal", "Kontroll av utdrag ur belastningsregistret vid anställning i förskola och skola", "Ja", "Ja",
         "1 av 22 nyanställda saknade registrerat utdrag. Utdrag har inhämtats i efterhand.", "GENOMFORD", "ja"),
        ("Informationssäkerhet",
         "Behörigheter i elevdokumentationssystemet tas bort för personal som slutat", "Ja", "Nej",
         "Samtliga avslutade anställningar under perioden har fått sina behörigheter borttagna.",
         "GENOMFORD", "nej"),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Utgår", "",
         "Kontrollen utgår då handläggningen flyttats till kommunens gemensamma skolskjutshandläggning.",
         "UTGAR", ""),
        ("Avgifter", "Kontroll av inkomstuppgifter för barnomsorgsavgift (maxtaxa)", "", "",
         "Se bilaga 2", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Område", "Kontrollmoment", "Genomförd", "Avvikelse", "Resultat och åtgärder"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_bg(c, "D9E2F3")
    for row in rows:
        omr, km, gen, avv_txt, res, st, avv = row
        cells = t.add_row().cells
        for i, v in enumerate([omr, km, gen, avv_txt, res]):
            cells[i].text = v
        exp(fil, N, km, st, avv)
    widths = [Cm(3.5), Cm(8), Cm(2.3), Cm(2.3), Cm(9.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2 skickas separat.")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return path


# ---------------------------------------------------------------------------
# 3. SBN form xlsx - "Nämnd/styrelse:" label with the value to the right in merged cells
# ---------------------------------------------------------------------------
def file3():
    fil = "Blankett_uppfoljning_intern_kontroll.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.lastModifiedBy = "Per Holm"
    wb.properties.title = "Blankett uppföljning intern kontroll"
    wb.properties.created = dt.datetime(2023, 1, 10, 8, 0)
    wb.properties.modified = dt.datetime(2025, 5, 6, 16, 40)

    ws.merge_cells("A1:H1")
    ws["A1"] = "UPPFÖLJNING AV INTERN KONTROLL"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    ws["A2"] = "Blankett fastställd av ekonomiavdelningen, version 2023-01"
    ws["A2"].font = Font(italic=True, size=8, color="808080")
    ws["A2"].alignment = Alignment(horizontal="center")
    meta = [("Nämnd/styrelse:", "Samhällsbyggnadsnämnden"),
            ("År:", 2025),
            ("Uppföljningsperiod:", "Tertial 1 (januari–april)"),
            ("Uppgiftslämnare:", "Per Holm, controller")]
    for i, (lab, val) in enumerate(meta):
        r = 4 + i
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        ws.cell(row=r, column=1, value=lab).font = Font(bold=True)
        c = ws.cell(row=r, column=3, value=val)
        c.alignment = Alignment(horizontal="left")
        for col in range(3, 7):
            ws.cell(row=r, column=col).border = Border(bottom=thin)
    hr = 9
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Status",
           "Avvikelse (Ja/Nej)", "Kommentar", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BOX
        cell.alignment = WRAP
    fills = {"Genomförd": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    rows = [
        ("Bygglov", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "Genomförd", "Nej", "Stickprov 20 ärenden, samtliga beslutade inom tidsfristen.", "", "GENOMFORD", "nej"),
        ("Bygglov", "Debitering av bygglovsavgift enligt gällande taxa", "Bygglovschef",
         "Genomförd", "Ja", "2 av 20 ärenden debiterade enligt föregående års taxa.",
         "Rättelse av fakturor, mallar i ärendesystemet uppdaterade.", "GENOMFORD", "ja"),
        ("Gata/park", "Kontroll av att besiktning av lekplatser genomförts enligt plan", "Parkchef",
         "Pågår", "Nej", "Huvudbesiktning påbörjad, beräknas klar i juni.", "", "DELVIS", "nej"),
        ("Gata/park", "Uppföljning av vinterväghållningsentreprenörens fakturor mot utförda insatser",
         "Gatuchef", "Genomförd", "Nej", "Fakturor dec–mars avstämda mot körjournaler.", "", "GENOMFORD", "nej"),
        ("Fastighet",
         "Kontroll av att lagstadgade besiktningar (OVK, hissar) är utförda i kommunens fastigheter",
         "Fastighetschef", "Ej påbörjad", "", "Skjuts till T2 p.g.a. byte av fastighetssystem.", "",
         "EJ_GENOMFORD", ""),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "Förvaltningschef",
         "Genomförd", "Ja", "3 av 8 direktupphandlingar saknade dokumentation.",
         "Utbildning för beställare planeras i september.", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd", "Nej", "Stickprov 25 fakturor utan anmärkning.", "", "GENOMFORD", "nej"),
        ("Kart och mät", "Kontroll av att lägenhetsregistret uppdateras efter slutbesked", "GIS-samordnare",
         "Utgår", "", "Utgår – kontrollen ingår från 2025 i lantmäteriets egen kvalitetskontroll.", "",
         "UTGAR", ""),
        ("Trafik", "Handläggning av parkeringstillstånd för rörelsehindrade inom fyra veckor",
         "Trafikhandläggare", None, None, None, None, "SAKNAS", ""),
    ]
    r = hr + 1
    for i, row in enumerate(rows, 1):
        proc, km, ansv, status, avv_txt, komm, atg, st, avv = row
        for c, v in enumerate([i, proc, km, ansv, status, avv_txt, komm, atg], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        if status in fills:
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=fills[status])
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring status:").font = Font(bold=True, size=9)
    legend = ["Genomförd = kontrollen är utförd för perioden",
              "Pågår = kontrollen är påbörjad men inte avslutad",
              "Ej påbörjad = kontrollen har inte startat",
              "Utgår = kontrollen har strukits ur planen"]
    for j, txt in enumerate(legend):
        ws.merge_cells(start_row=r + 1 + j, start_column=1, end_row=r + 1 + j, end_column=4)
        c = ws.cell(row=r + 1 + j, column=1, value=txt)
        c.font = Font(size=9)
    r += len(legend) + 2
    ws.cell(row=r, column=1, value="Godkänd av förvaltningschef:")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(row=r, column=3, value="Sofia Karlsson 2025-05-06")
    for col, w in zip("ABCDEFGH", [5, 16, 48, 18, 13, 11, 44, 34]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "9:9"
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsförvaltningen (alias) - .odt with a table
# ---------------------------------------------------------------------------
def file4():
    fil = "Uppfoljning_IK_T1_2025_kultur_fritid.odt"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    doc.meta.addElement(odfmeta.InitialCreator(text="Maria Ek"))
    doc.meta.addElement(odfdc.Creator(text="Maria Ek"))
    doc.meta.addElement(odfdc.Date(text="2025-05-09T11:20:00"))
    doc.meta.addElement(odfmeta.CreationDate(text="2025-05-02T09:00:00"))

    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="8pt", fontstyle="italic"))
    bold = Style(name="Fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontsize="9pt"))
    norm = Style(name="Cellnormal", family="paragraph")
    norm.addElement(TextProperties(fontsize="9pt"))
    tstyle = Style(name="Tabell", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    cstyle = Style(name="Cell", family="table-cell")
    cstyle.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#E2EFDA"))
    for s in (h1, h2, small, bold, norm, tstyle, cstyle, hcell):
        doc.automaticstyles.addElement(s)
    colw = ["2.8cm", "5.4cm", "2cm", "1.9cm", "4.9cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name="Kol%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(stylename=h1, text="Kultur- och fritidsförvaltningen"))
    doc.text.addElement(P(stylename=h2, text="Uppföljning av internkontrollplan 2025 – tertial 1"))
    doc.text.addElement(P(text=(
        "Förvaltningen redovisar här utfallet av de kontroller som enligt internkontrollplanen ska "
        "följas upp under årets första tertial. Kontroller med årlig frekvens redovisas i den mån de "
        "har påbörjats.")))
    doc.text.addElement(P(text=""))
    rows = [
        ("Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler",
         "Tertial", "Klar", "Stickprov 12 utbetalningar, samtliga överensstämmer med beslut.", "GENOMFORD", "nej"),
        ("Föreningsbidrag",
         "Kontroll av att bidragsberättigade föreningar lämnat verksamhetsberättelse och revisionsberättelse",
         "Årlig", "Klar",
         "Två föreningar saknade revisionsberättelse. Bidraget hålls inne tills underlag inkommit.",
         "GENOMFORD", "ja"),
        ("Bibliotek", "Hantering av kontanter och kortbetalningar i bibliotekets kassa – dagsavstämning",
         "Månadsvis", "Pågår", "Avstämning gjord för januari–mars, april återstår. Inga differenser hittills.",
         "DELVIS", "nej"),
        ("Fritidsgårdar", "Registerkontroll av personal och ideella ledare som arbetar med barn",
         "Halvår", "Ej startad", "Genomförs i augusti inför höstterminen.", "EJ_GENOMFORD", ""),
        ("Bad och idrott", "Kontroll av att egenkontrollprogram för badvattenkvalitet följs",
         "Månadsvis", "Klar",
         "Provtagning enligt plan. Ett prov i mars visade förhöjd halt av bundet klor, åtgärdat samma dag.",
         "GENOMFORD", "ja"),
        ("Lokalbokning", "Avstämning av fakturerade lokalbokningar mot bokningssystemet",
         "Tertial", "", "Har inte utförts under perioden p.g.a. sjukskrivning. Görs i T2.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Tertial", "Klar",
         "Stickprov 20 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kulturskola", "Avgifter i kulturskolan debiteras enligt beslutad taxa", "Tertial", "Ej aktuell",
         "Kulturskolan är avgiftsfri från och med 2025 enligt beslut i kommunfullmäktige.", "UTGAR", ""),
    ]
    t = Table(name="Kontroller", stylename=tstyle)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Utfall T1", "Kommentar"]
    tr = TableRow()
    for h in hdr:
        tc = TableCell(stylename=hcell, valuetype="string")
        tc.addElement(P(stylename=bold, text=h))
        tr.addElement(tc)
    t.addElement(tr)
    for row in rows:
        omr, km, frek, utf, komm, st, avv = row
        tr = TableRow()
        for v in (omr, km, frek, utf, komm):
            tc = TableCell(stylename=cstyle, valuetype="string")
            tc.addElement(P(stylename=norm, text=v))
            tr.addElement(tc)
        t.addElement(tr)
        exp(fil, N, km, st, avv)
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=small, text=(
        "Utfall: Klar = kontrollen genomförd, Pågår = påbörjad, Ej startad = ej påbörjad, "
        "Ej aktuell = kontrollen utgår.")))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Kumla 2025-05-09"))
    doc.text.addElement(P(text="Maria Ek, förvaltningschef"))
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path, mimetype_first=True)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Stratsys CSV export - three nämnder by abbreviation in a column
# ---------------------------------------------------------------------------
def file5():
    fil = "Stratsys_export_internkontroll_20250506.csv"
    abbr = {"MN": "Miljönämnden", "ÖFN": "Överförmyndarnämnden", "VN": "Valnämnden"}
    hdr = ["Organisation", "Id", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Period",
           "Status", "Kommentar", "Senast uppdaterad"]
    rows = [
        ("MN", "IK-MN-01", "Miljötillsyn", "Tillsyn enligt fastställd tillsynsplan för miljöfarlig verksamhet",
         "Uppföljning mot tillsynsplan", "Miljöchef", "Pågående",
         "32 % av planerade tillsynsbesök genomförda, i nivå med planen.", "2025-05-02", "DELVIS", "nej"),
        ("MN", "IK-MN-02", "Avgifter", "Timavgift för tillsyn debiteras enligt taxa",
         "Stickprov 15 ärenden", "Administratör", "Genomförd",
         "1 av 15 ärenden felaktigt debiterat, faktura krediterad och ny skickad.", "2025-04-28",
         "GENOMFORD", "ja"),
        ("MN", "IK-MN-03", "Livsmedelskontroll", "Livsmedelskontroller utförs enligt kontrollplan",
         "Uppföljning mot kontrollplan", "Miljöchef", "Genomförd",
         "Samtliga planerade kontroller för perioden utförda.", "2025-05-02", "GENOMFORD", "nej"),
        ("MN", "IK-MN-04", "Ärendehantering", "Diarieföring av inkomna klagomål inom tre arbetsdagar",
         "Stickprov 10 ärenden", "Registrator", "Ej påbörjad", "", "2025-01-15", "EJ_GENOMFORD", ""),
        ("ÖFN", "IK-ÖFN-01", "Granskning", "Granskning av årsräkningar inom sex månader från inlämning",
         "Uppföljning i verksamhetssystemet", "Enhetschef överförmyndarenheten", "Pågående",
         "Granskning pågår, 64 av 180 årsräkningar granskade.", "2025-05-05", "DELVIS", ""),
        ("ÖFN", "IK-ÖFN-02", "Granskning",
         "Kontroll av att ställföreträdare har lämnat förteckning inom två månader",
         "Samtliga nya ärenden", "Handläggare", "Genomförd",
         "3 förteckningar inkom för sent, påminnelse och föreläggande skickat.", "2025-04-30",
         "GENOMFORD", "ja"),
        ("ÖFN", "IK-ÖFN-03", "Förvaltning av medel",
         "Uttag från spärrade konton kontrolleras mot överförmyndarens samtycke",
         "Stickprov 10 uttag", "Handläggare", "Genomförd", "Inga avvikelser.", "2025-04-30",
         "GENOMFORD", "nej"),
        ("ÖFN", "IK-ÖFN-04", "Rekrytering",
         "Registerkontroll av nya ställföreträdare (belastningsregistret och Kronofogden)",
         "Samtliga nya ställföreträdare", "Handläggare", "", "", "", "SAKNAS", ""),
        ("VN", "IK-VN-01", "Valadministration",
         "Kontroll av att valsedlar och valmaterial förvaras säkert enligt rutin",
         "Inventering", "Valsamordnare", "Inte aktuell",
         "Kontrollen utgår 2025 eftersom inget val genomförs under året.", "2025-02-10", "UTGAR", ""),
        ("VN", "IK-VN-02", "Valadministration",
         "Kontroll av att röstmottagare har genomgått obligatorisk utbildning",
         "Närvarolistor utbildning", "Valsamordnare", "Ej påbörjad",
         "Rekrytering och utbildning av röstmottagare inför valet 2026 har inte startat.", "2025-02-10",
         "EJ_GENOMFORD", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(hdr)
    for row in rows:
        org, idn, proc, km, metod, ansv, status, komm, upd, st, avv = row
        w.writerow([org, idn, proc, km, metod, ansv, "Tertial 1 2025", status, komm, upd])
        exp(fil, abbr[org], km, st, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    for a in ("MN", "ÖFN", "VN"):
        FILES.append((fil, "INLAST", abbr[a], "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Kumlabostäder AB - text-only Word 97 .doc, dated 2025-05-12, "Rapport per 30 april"
# ---------------------------------------------------------------------------
def file6(tmpdir):
    fil = "Kumlabostader_IK_rapport.doc"
    N = "Kumlabostäder AB"
    d = docx.Document()
    cp = d.core_properties
    cp.title = "Intern kontroll – rapport"
    cp.author = "Lars Nyström"
    cp.created = dt.datetime(2025, 5, 12, 9, 0)
    cp.modified = dt.datetime(2025, 5, 12, 9, 0)
    p = d.add_paragraph()
    r = p.add_run("Kumlabostäder AB"); r.bold = True; r.font.size = Pt(11)
    p.add_run("\t\t\t\tDatum: 2025-05-12")
    d.add_heading("Intern kontroll – rapport per 30 april", level=1)
    d.add_paragraph("Till styrelsen för Kumlabostäder AB")
    d.add_paragraph(
        "Styrelsen har fastställt bolagets internkontrollplan för innevarande år. Nedan lämnas en "
        "lägesrapport för varje kontrollpunkt i planen. Rapporten behandlas vid styrelsemötet den 20 maj.")
    items = [
        ("Hyresdebitering",
         "Kontroll av att hyresdebitering överensstämmer med gällande hyresavtal och årets hyresförhandling",
         "Genomförd",
         "Stickprov om 40 avtal efter årets hyresförhandling. Samtliga debiterade korrekt.",
         "GENOMFORD", "nej"),
        ("Uthyrning",
         "Kontroll av att lägenheter fördelas enligt bolagets uthyrningspolicy och kötid",
         "Genomförd med anmärkning",
         "1 av 15 granskade kontrakt hade tecknats utan dokumenterad motivering till avsteg från kötid. "
         "Uthyrningsrutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Kundfordringar",
         "Uppföljning av hyresskulder och inkassoärenden månadsvis",
         "Pågår",
         "Rutinen följd för januari–mars, avstämningen för april görs i maj.",
         "DELVIS", ""),
        ("Underhåll",
         "Kontroll av att planerat underhåll följer beslutad underhållsplan",
         "Ej genomförd",
         "Genomförs i samband med delårsbokslutet per 31 augusti.",
         "EJ_GENOMFORD", ""),
        ("Attest",
         "Attest av leverantörsfakturor enligt bolagets attestinstruktion",
         "Genomförd",
         "Stickprov om 30 fakturor. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Nyckelhantering",
         "Kontroll av nyckel- och passersystem – spärr av borttappade brickor",
         "Utgår",
         "Kontrollen utgår enligt styrelsebeslut 2025-02-18 då nytt passersystem installeras under året.",
         "UTGAR", ""),
        ("Brandskydd",
         "Systematiskt brandskyddsarbete – egenkontroll i bostadsområdena",
         "Genomförd",
         "Egenkontroll utförd i samtliga områden. Brister i två trapphus (belamrade med barnvagnar och "
         "cyklar) har åtgärdats.",
         "GENOMFORD", "ja"),
    ]
    for i, (rub, km, status, res, st, avv) in enumerate(items, 1):
        d.add_heading("%d. %s" % (i, rub), level=2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(status)
        p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        exp(fil, N, km, st, avv)
    d.add_paragraph("")
    d.add_paragraph("Kumla som ovan")
    d.add_paragraph("Lars Nyström\nVD, Kumlabostäder AB")
    src = os.path.join(tmpdir, "Kumlabostader_IK_rapport.docx")
    d.save(src)
    convert(src, "doc:MS Word 97", tmpdir)
    shutil.copy(os.path.join(tmpdir, "Kumlabostader_IK_rapport.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round491",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 7. Kommunstyrelsen .xls - "Internkontrollplan 2025", period only in column header "Uppföljning T1"
# ---------------------------------------------------------------------------
def file7():
    fil = "Internkontrollplan_2025_KS_uppf.xls"
    N = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK-plan")
    title = xlwt.easyxf("font: bold on, height 320;")
    sub = xlwt.easyxf("font: italic on, height 180;")
    hdrs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top;")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin;")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top;")
    codest = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                         "align: horiz center, vert top;")
    ws.write_merge(0, 0, 0, 8, "Internkontrollplan 2025", title)
    ws.write_merge(1, 1, 0, 8, "Kommunstyrelsen – fastställd av kommunstyrelsen 2024-12-11 § 210", sub)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Uppföljning T1", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, hdrs)
    groups = [
        ("Ekonomi", [
            ("Leverantörsfakturor", "Felaktiga utbetalningar", 9,
             "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor",
             "Ekonomichef", "Tertialvis", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Leverantörsregister", "Bedrägeri/felaktiga utbetalningar", 12,
             "Kontroll av ändringar av leverantörers bankkontonummer", "Samtliga ändringar",
             "Redovisningsansvarig", "Löpande", "G",
             "Ett bedrägeriförsök med falsk ändring av kontonummer upptäcktes och stoppades i mars. Polisanmält.",
             "GENOMFORD", "ja"),
            ("Representation", "Förtroendeskada", 6,
             "Representation och förtroendekänsliga poster redovisas med syfte och deltagare",
             "Stickprov 20 verifikationer", "Controller", "Tertialvis", "D",
             "12 av 20 granskade, 3 saknade deltagarförteckning.", "DELVIS", "ja"),
        ]),
        ("HR", [
            ("Lön", "Felaktiga löneutbetalningar", 9,
             "Löneutbetalningar – kontroll av att avslutade anställningar avslutas i lönesystemet",
             "Avstämning avgångslista mot lönesystem", "HR-chef", "Månadsvis", "G",
             "Inga felaktiga utbetalningar efter avslutad anställning.", "GENOMFORD", "nej"),
            ("Arbetsmiljö", "Långa sjukskrivningar", 6,
             "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
             "Genomgång rehabärenden", "HR-chef", "Helår", "", "", "SAKNAS", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("Behörigheter", "Obehörig åtkomst", 8, "Behörighetsgenomgång i ekonomisystemet",
             "Genomgång av samtliga användare", "IT-chef", "Halvår", "E",
             "Ej genomförd på grund av resursbrist, genomförs i juni.", "EJ_GENOMFORD", ""),
            ("Säkerhetskopiering", "Förlust av data", 12, "Återläsningstest av säkerhetskopior",
             "Test av återläsning", "IT-chef", "Tertialvis", "G",
             "Test utfört 2025-03-14 utan anmärkning.", "GENOMFORD", "nej"),
        ]),
        ("Upphandling", [
            ("Inköp", "Köp utanför avtal", 9, "Avtalstrohet vid inköp av varor och tjänster",
             "Spendanalys", "Upphandlingschef", "Tertialvis", "D",
             "Analys av spendunderlag för perioden pågår.", "DELVIS", ""),
        ]),
        ("Kommunövergripande", [
            ("Delegation", "Beslut fattas utan behörighet", 6,
             "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
             "Genomgång anmälda beslut", "Kanslichef", "Tertialvis", "G",
             "Samtliga beslut anmälda, men två beslut anmäldes först efter tre månader.", "GENOMFORD", "ja"),
            ("Diarieföring", "Handlingar registreras inte", 4,
             "Diarieföring av allmänna handlingar inom tre dagar", "Stickprov 30 handlingar", "Registrator",
             "Tertialvis", "G", "Ej genomförd p.g.a. byte av ärendehanteringssystem.", "OKLAR", ""),
            ("Bolagsstyrning", "Bristande uppsikt", 4, "Uppföljning av att bolagen följer ägardirektiven",
             "Genomgång av bolagens rapporter", "Kanslichef", "Helår", "U",
             "Utgår, hanteras i ägardialogen enligt KS beslut 2025-03-04 § 45.", "UTGAR", ""),
        ]),
    ]
    r = 4
    for gname, items in groups:
        ws.write_merge(r, r, 0, 8, gname, grp)
        r += 1
        for it in items:
            proc, risk, rv, km, metod, ansv, frek, code, komm, st, avv = it
            for c, v in enumerate([proc, risk, rv, km, metod, ansv, frek]):
                ws.write(r, c, v, cellst)
            ws.write(r, 7, code, codest)
            ws.write(r, 8, komm, cellst)
            exp(fil, N, km, st, avv)
            r += 1
    r += 1
    ws.write(r, 0, "Förklaring uppföljning:", xlwt.easyxf("font: bold on;"))
    ws.write(r + 1, 0, "G = Genomförd    D = Delvis genomförd/pågår    E = Ej genomförd    U = Utgår")
    ws.write(r + 2, 0, "Riskvärde = sannolikhet × konsekvens (1–16)")
    for c, w in enumerate([18, 22, 9, 45, 26, 18, 11, 12, 50]):
        ws.col(c).width = w * 256
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(4)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Reject: workbook with only an empty sheet
# ---------------------------------------------------------------------------
def file8():
    fil = "Uppföljning internkontroll T1 2025.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Blad1"
    wb.properties.creator = "Maria Ek"
    wb.properties.created = dt.datetime(2025, 5, 9, 11, 25)
    wb.properties.modified = dt.datetime(2025, 5, 9, 11, 25)
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|Kommunledningsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljönämnden", "MN|Miljöförvaltningen|Miljö- och hälsoskyddsenheten"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Kumlabostäder AB", "KBAB|Kumlabostäder"),
    ("Sydnärkes utbildningsförbund", "SUF|Utbildningsförbundet Sydnärke"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r491-")
    try:
        file1()
        file2()
        file3()
        file4()
        file5()
        file6(tmpdir)
        file7()
        file8()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
