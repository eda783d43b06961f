#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 141 - Norrvikens kommun, delår 2025 (januari-augusti).

Builds the inbox files in ./files/ plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import datetime

import openpyxl
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TableCellProperties, TableColumnProperties,
                       TableProperties, TextProperties, ParagraphProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo-round141"
FIXED_DT = (2025, 9, 15, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    km = re.sub(r"\s+", " ", km).strip()
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            if info.filename in ("docProps/core.xml",):
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>2025-09-10T07:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>2025-09-15T08:30:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            if info.filename == "meta.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<(dc:date|meta:creation-date|meta:print-date)>)[^<]*(</\\2>)",
                             r"\g<1>2025-09-15T08:30:00\g<3>", txt)
                txt = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                             "<meta:editing-duration>PT12M</meta:editing-duration>", txt)
                data = txt.encode("utf-8")
            if info.filename == "settings.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1048576", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, align=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
    return cell


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips if hasattr(Cm(w), "twips") else Cm(w) / 635)))
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def new_doc(author, title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(2025, 9, 10, 7, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 15, 8, 30, 0)
    cp.revision = 3
    cp.comments = ""
    return d


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Cm(1.8)


def para(d, text, bold=False, italic=False, size=None, style=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def label_para(d, label, text):
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(text)
    return p


# ====================================================================
# 1. Kommunstyrelsen - tjänsteskrivelse, one table per process, symbols
# ====================================================================
def make_ks():
    fil = "KS_Tjansteskrivelse_IK_delar_2025.docx"
    namnd = "Kommunstyrelsen"
    d = new_doc("Jonas Ek", "Uppföljning internkontrollplan 2025 delår")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "NORRVIKENS KOMMUN\tTJÄNSTESKRIVELSE\t2025-09-15"
    hp2 = sec.header.add_paragraph("Kommunledningsförvaltningen\t\tDnr KS 2025/0112")
    fp = sec.footer.paragraphs[0]
    fp.text = "Postadress: Norrvikens kommun, 746 80 Norrvik   Besök: Stadshuset, Storgatan 12   Tel 0171-52 00 00"

    para(d, "Ekonomiavdelningen", italic=True)
    para(d, "Handläggare: Jonas Ek, controller", italic=True)
    para(d, "Kommunstyrelsen", bold=True)
    d.add_heading("Uppföljning av kommunstyrelsens internkontrollplan 2025 – delår januari–augusti", level=1)

    d.add_heading("Förslag till beslut", level=2)
    para(d, "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen per den 31 augusti 2025 "
            "och lägger den till handlingarna.")
    d.add_heading("Sammanfattning", level=2)
    para(d, "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024, § 212. Planen omfattar "
            "elva kontrollmoment fördelade på fem processer. Per den 31 augusti har fem kontroller genomförts, "
            "två av dem med avvikelser. Två kontroller pågår, en har inte kunnat genomföras och en kontroll "
            "utgår efter beslut i kommunstyrelsen. Två kontroller är enligt planen förlagda till hösten och "
            "redovisas i samband med årsbokslutet.")
    d.add_heading("Beslutsunderlag", level=2)
    para(d, "Tjänsteskrivelse daterad 2025-09-15")
    para(d, "Internkontrollplan 2025 för kommunstyrelsen, KS 2024-12-11 § 212")
    d.add_heading("Ärendet", level=2)
    para(d, "Enligt kommunallagen 6 kap. 6 § ska kommunstyrelsen se till att den interna kontrollen är "
            "tillräcklig. Enligt kommunens reglemente för intern kontroll ska uppföljning av "
            "internkontrollplanen rapporteras till kommunstyrelsen i samband med delårsrapporten och "
            "årsredovisningen. Kontrollerna har genomförts av respektive ansvarig funktion inom "
            "kommunledningsförvaltningen och sammanställts av ekonomiavdelningen.")
    para(d, "I tabellerna nedan redovisas varje kontrollmoment per process. Status anges i den högra "
            "kolumnen med följande symboler: ● betyder att kontrollen är genomförd utan anmärkning, "
            "▲ att kontrollen är genomförd men att avvikelser har noterats (se resultat), ◑ att kontrollen "
            "är påbörjad men inte slutförd och ○ att kontrollen inte har genomförts. Kontroller som enligt "
            "planen ska utföras under september–december är markerade med Ht. Ett streck (–) anger att "
            "kontrollmomentet utgår.")

    head = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat per 31 augusti", "Status"]
    widths = [4.6, 3.2, 2.4, 5.6, 1.4]
    processes = [
        ("Process: Ekonomi och redovisning", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Ekonomichef",
             "Stickprov av 60 fakturor (januari–april och maj–augusti). Två fakturor saknade "
             "beslutsattest; berörda attestanter har informerats.", "▲", "GENOMFORD", "ja"),
            ("Kontroll av att representation och förtroendekänsliga poster redovisas med syfte och deltagare",
             "Genomgång av samtliga representationsfakturor", "Redovisningsansvarig",
             "Samtliga 14 fakturor har granskats. Syfte och deltagare fanns angivna i alla fall.",
             "●", "GENOMFORD", "nej"),
            ("Avstämning av balanskonton vid månadsbokslut",
             "Granskning av avstämningsunderlag", "Redovisningsansvarig",
             "Avstämningar för april och juni är granskade utan att differenser noterats. "
             "Granskningen av augusti pågår.", "◑", "DELVIS", "nej"),
        ]),
        ("Process: Upphandling och inköp", [
            ("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
             "Stickprov 10 direktupphandlingar", "Upphandlingschef",
             "Stickprov av 10 direktupphandlingar. Dokumentation av konkurrensutsättning saknades i tre fall. "
             "Påminnelse har skickats till samtliga budgetansvariga.", "▲", "GENOMFORD", "ja"),
            ("Avtalstrohet vid inköp av kontorsmaterial och IT-utrustning",
             "Analys av leverantörsreskontra", "Upphandlingschef",
             "Kontrollen genomförs i oktober enligt plan.", "Ht", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Personal och lön", [
            ("Kontroll av att löneutbetalningar inte sker efter avslutad anställning",
             "Rapport avslutade anställningar mot utbetalningar", "Lönechef",
             "Rapporten har körts för januari–augusti. Inga felaktiga utbetalningar har hittats.",
             "●", "GENOMFORD", "nej"),
            ("Uppföljning av att rehabiliteringsärenden dokumenteras i Adato",
             "Stickprov 15 ärenden", "HR-chef",
             "Kontrollen har inte genomförts på grund av vakans på HR-avdelningen under våren.",
             "○", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Informationssäkerhet och IT", [
            ("Behörigheter i ekonomisystemet Raindance följs upp två gånger per år",
             "Genomgång av behörighetslista med respektive chef", "Systemförvaltare ekonomi",
             "Vårens genomgång är klar; fyra behörigheter för personal som slutat togs bort. "
             "Höstens genomgång görs i november.", "◑", "DELVIS", "ja"),
            ("Säkerhetskopiering och återläsningstest av verksamhetskritiska system",
             "Dokumenterat återläsningstest", "IT-chef",
             "Utgår enligt kommunstyrelsens beslut 2025-04-23 § 67. Ersätts av IT-avdelningens "
             "kontinuitetsplan.", "–", "UTGAR", ""),
        ]),
        ("Process: Nämndadministration", [
            ("Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
             "Jämförelse delegationslistor mot diarium", "Kanslichef",
             "Delegationslistorna februari–juni har jämförts mot diariet. Samtliga beslut var anmälda.",
             "●", "GENOMFORD", "nej"),
            ("Diarieföring av inkomna handlingar sker inom fem arbetsdagar",
             "Stickprov 40 handlingar", "Registrator",
             "Planerad till september–oktober.", "Ht", "EJ_GENOMFORD", ""),
        ]),
    ]
    for title, rows in processes:
        d.add_heading(title, level=3)
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], "1F4E79")
            for r in t.rows[0].cells[i].paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        repeat_header(t.rows[0])
        for km, met, ans, res, sym, status, avv in rows:
            cells = t.add_row().cells
            set_cell(cells[0], km, size=9)
            set_cell(cells[1], met, size=9)
            set_cell(cells[2], ans, size=9)
            set_cell(cells[3], res, size=9)
            set_cell(cells[4], sym, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            exp(fil, namnd, km, status, avv)
        set_col_widths(t, widths)
        para(d, "")

    d.add_heading("Bedömning", level=2)
    para(d, "Kommunledningsförvaltningen bedömer att den interna kontrollen i allt väsentligt är tillräcklig. "
            "Avvikelserna avseende attest och direktupphandling åtgärdas genom information till chefer och "
            "budgetansvariga samt förnyad kontroll i samband med helårsuppföljningen.")
    para(d, "")
    para(d, "Anna Lindqvist")
    para(d, "Kommundirektör")
    para(d, "")
    para(d, "Jonas Ek")
    para(d, "Controller")
    para(d, "")
    para(d, "Beslutet skickas till: Ekonomiavdelningen, Kommunens revisorer", italic=True)
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ====================================================================
# 2. Barn- och utbildningsnämnden - delårsrapport chapter, colour only
# ====================================================================
def make_bun():
    fil = "BUN_Delarsrapport_2025_kap7_Intern_kontroll.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = new_doc("Sara Holm", "Delårsrapport 2025 BUN kapitel 7")
    sec = d.sections[0]
    landscape(sec)
    sec.header.paragraphs[0].text = "Delårsrapport januari–augusti 2025\tBarn- och utbildningsnämnden"
    sec.footer.paragraphs[0].text = "Norrvikens kommun\t\t14 (22)"

    d.add_heading("7 Intern kontroll", level=1)
    para(d, "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 december 2024, § 98. "
            "Planen innehåller tio kontrollmoment inom fyra processer. Kontrollerna utförs av "
            "barn- och utbildningsförvaltningens stabsfunktioner och rektorer enligt den tidplan "
            "som anges i planen.")
    d.add_heading("7.1 Uppföljning av kontrollmoment", level=2)
    para(d, "Tabellen visar utfallet för perioden januari–augusti. Bedömningen i den högra kolumnen "
            "redovisas med färg: grön innebär att kontrollen är genomförd (eventuella avvikelser "
            "framgår av utfallet), gul att kontrollen är delvis genomförd eller pågår, röd att kontrollen "
            "inte har genomförts och grå att kontrollen enligt planen genomförs under hösten.")

    G, Y, R, GR = "92D050", "FFFF00", "FF0000", "BFBFBF"
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Fakturor för skolskjuts stäms av mot avtal och körjournaler",
             "Stickprov 20 fakturor", "Mars, juni",
             "Stickprov av 20 fakturor. Två fakturor avsåg körningar som inte fanns i körjournalen; "
             "kreditering har begärts från entreprenören.", G, "GENOMFORD", "ja"),
            ("1.2", "Interkommunala ersättningar (IKE) faktureras och betalas enligt gällande prislista",
             "Avstämning mot elevregister", "Februari, augusti",
             "Faktureringen för vårterminen 2025 har kontrollerats mot elevregistret. Inga avvikelser.",
             G, "GENOMFORD", "nej"),
            ("1.3", "Elevdatorer och andra digitala verktyg registreras i inventarieförteckningen",
             "Inventering på tre skolor", "Oktober",
             "Kontrollen genomförs under hösten.", GR, "EJ_GENOMFORD", ""),
        ]),
        ("2. Elevhälsa och trygghet", [
            ("2.1", "Anmälan om kränkande behandling rapporteras till huvudman inom fem dagar",
             "Uttag ur ärendesystemet", "Löpande, sammanställs per tertial",
             "Av 212 anmälningar januari–juni rapporterades 171 (81 %) inom fem dagar. Rutinen har "
             "förtydligats för rektorerna.", G, "GENOMFORD", "ja"),
            ("2.2", "Elevers frånvaro följs upp enligt rutinen för problematisk skolfrånvaro",
             "Stickprov på fyra skolor", "Maj, september",
             "Stickprov har gjorts på två av fyra skolor (Strandskolan och Norrviks centralskola) utan "
             "avvikelser. Resterande skolor granskas i september.", Y, "DELVIS", "nej"),
            ("2.3", "Utdrag ur belastningsregistret uppvisas vid nyanställning i förskola och skola",
             "Stickprov 25 anställningar", "April",
             "Ej genomförd under perioden på grund av byte av HR-system.", R, "EJ_GENOMFORD", ""),
        ]),
        ("3. Personal", [
            ("3.1", "Timanställda vikariers tidrapporter attesteras av chef före löneutbetalning",
             "Stickprov 40 tidrapporter", "Maj",
             "Stickprov av 40 tidrapporter, samtliga var attesterade före utbetalning.",
             G, "GENOMFORD", "nej"),
            ("3.2", "Skyddsronder genomförs och dokumenteras på samtliga enheter",
             "Enkät till rektorer och förskolechefer", "November",
             "", GR, "EJ_GENOMFORD", ""),
        ]),
        ("4. Information och dokumenthantering", [
            ("4.1", "Elevakter och åtgärdsprogram arkiveras enligt dokumenthanteringsplanen",
             "Stickprov 10 elevakter", "Juni",
             "Utgår enligt nämndens beslut 2025-03-20 § 21, då motsvarande granskning görs av "
             "kommunens revisorer under 2025.", None, "UTGAR", ""),
            ("4.2", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             "Genomgång av incidentregistret", "Löpande",
             "Tre incidenter har inträffat under perioden. Samtliga anmäldes inom 72 timmar.",
             G, "GENOMFORD", "nej"),
        ]),
    ]
    head = ["Nr", "Kontrollmoment", "Metod och omfattning", "Tidpunkt", "Utfall januari–augusti 2025", "Bedömning"]
    widths = [1.0, 6.5, 4.0, 3.0, 9.0, 2.2]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    for gtitle, rows in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[len(head) - 1])
        set_cell(m, gtitle, bold=True, size=10)
        shade(m, "DEEAF6")
        for nr, km, met, tid, utf, fill, status, avv in rows:
            cells = t.add_row().cells
            set_cell(cells[0], nr, size=10)
            set_cell(cells[1], km, size=10)
            set_cell(cells[2], met, size=10)
            set_cell(cells[3], tid, size=10)
            set_cell(cells[4], utf, size=10)
            set_cell(cells[5], "", size=10)
            if fill:
                shade(cells[5], fill)
            exp(fil, namnd, km, status, avv)
    set_col_widths(t, widths)
    para(d, "")
    d.add_heading("7.2 Samlad bedömning", level=2)
    para(d, "Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig. Avvikelserna "
            "inom skolskjuts och rapportering av kränkande behandling har lett till åtgärder som följs "
            "upp i helårsrapporten. Kontrollen av belastningsregisterutdrag genomförs så snart det nya "
            "HR-systemet är i drift.")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ====================================================================
# 3. Socialnämnden - ODT (odfpy), one form table per control
# ====================================================================
def make_sn():
    fil = "Socialnamnden_uppfoljning_internkontroll_delar2025.odt"
    namnd = "Socialnämnden"
    doc = OpenDocumentText()
    s_bold = Style(name="Fet", family="text")
    s_bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(s_bold)
    s_title = Style(name="Titel", family="paragraph")
    s_title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    s_title.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.3cm"))
    doc.automaticstyles.addElement(s_title)
    s_h = Style(name="Rubrik2", family="paragraph")
    s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    s_h.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.15cm"))
    doc.automaticstyles.addElement(s_h)
    s_tab = Style(name="Formular", family="table")
    s_tab.addElement(TableProperties(width="16.5cm", align="left"))
    doc.automaticstyles.addElement(s_tab)
    s_c1 = Style(name="KolA", family="table-column")
    s_c1.addElement(TableColumnProperties(columnwidth="4.5cm"))
    doc.automaticstyles.addElement(s_c1)
    s_c2 = Style(name="KolB", family="table-column")
    s_c2.addElement(TableColumnProperties(columnwidth="12cm"))
    doc.automaticstyles.addElement(s_c2)
    s_lab = Style(name="Etikett", family="table-cell")
    s_lab.addElement(TableCellProperties(border="0.5pt solid #000000", backgroundcolor="#E7E6E6", padding="0.1cm"))
    doc.automaticstyles.addElement(s_lab)
    s_val = Style(name="Varde", family="table-cell")
    s_val.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(s_val)

    doc.text.addElement(P(stylename=s_title, text="Socialnämnden – uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Uppföljningsperiod: delår, 1 januari – 31 augusti 2025"))
    doc.text.addElement(P(text="Socialförvaltningen, kvalitets- och utvecklingsenheten. Dnr SN 2025/031"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Uppföljningen görs i förvaltningens formulär för intern kontroll. Ett formulär "
                               "fylls i för varje kontrollmoment i den plan som nämnden fastställde "
                               "2024-12-18 § 144. Fältet Status fylls i med Genomförd, Genomförd med avvikelse, "
                               "Delvis genomförd, Pågående, Ej påbörjad eller Ej aktuell. Eventuella avvikelser "
                               "anges i fältet Avvikelse."))

    forms = [
        dict(process="Ekonomiskt bistånd", risk="Felaktiga utbetalningar",
             km="Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut i Viva",
             metod="Stickprov 30 utbetalningar", ansv="Enhetschef försörjningsstöd", frekv="Mars och juni",
             datum="2025-06-27", res="Stickprov av 30 utbetalningar i mars och juni. Samtliga överensstämde "
             "med fattade beslut.", status="Genomförd", avv="Nej", atg="–",
             exp=("GENOMFORD", "nej")),
        dict(process="Barn och unga", risk="Utredningar blir inte klara inom lagstadgad tid",
             km="Kontroll av att utredningstiden för barnavårdsutredningar inte överstiger fyra månader",
             metod="Uttag ur Viva, samtliga avslutade utredningar", ansv="Enhetschef barn och unga",
             frekv="Per tertial", datum="2025-08-29",
             res="11 av 64 avslutade utredningar överskred fyra månader, främst under våren då två "
             "tjänster var vakanta.", status="Genomförd med avvikelse", avv="Ja",
             atg="Veckovis genomgång av utredningstider i arbetsgruppen.", exp=("GENOMFORD", "ja")),
        dict(process="Barn och unga", risk="Orosanmälningar bedöms inte skyndsamt",
             km="Förhandsbedömning av orosanmälan görs inom 14 dagar",
             metod="Uttag ur Viva", ansv="Enhetschef mottagning", frekv="Per tertial", datum="",
             res="Uppföljningen för januari–april är klar: 96 % av förhandsbedömningarna gjordes inom 14 dagar. "
             "Perioden maj–augusti sammanställs i september.", status="Pågående",
             avv="Ja, 4 % av bedömningarna januari–april överskred 14 dagar", atg="",
             exp=("DELVIS", "ja")),
        dict(process="Placeringar", risk="Placerade barn följs inte upp",
             km="Placeringar i HVB och familjehem följs upp med besök minst fyra gånger per år",
             metod="Genomgång av journalanteckningar", ansv="Enhetschef familjehem", frekv="Augusti",
             datum="2025-08-22", res="Kontrollen är genomförd för samtliga 23 placerade barn. Inga brister "
             "noterades.", status="", avv="", atg="", exp=("GENOMFORD", "nej")),
        dict(process="Funktionsnedsättning", risk="Köpta platser motsvarar inte avtalad kvalitet",
             km="Avtalsuppföljning av köpta platser enligt LSS",
             metod="Avtalsuppföljning enligt mall", ansv="Avtalscontroller", frekv="Vår",
             datum="", res="Se bilaga 3.", status="Se bilaga 3", avv="", atg="", exp=("OKLAR", "")),
        dict(process="Informationssäkerhet", risk="Obehörig åtkomst till personakter",
             km="Loggkontroll i verksamhetssystemet Viva avseende otillåten åtkomst till personakter",
             metod="Slumpvis loggkontroll av 20 användare", ansv="Systemförvaltare", frekv="Oktober",
             datum="", res="Loggkontrollen genomförs i oktober enligt plan.", status="Planerad till oktober",
             avv="", atg="", exp=("EJ_GENOMFORD", "")),
        dict(process="Bostadsanpassning", risk="Bidrag beviljas i strid med lagen",
             km="Handläggning av ärenden om bostadsanpassning sker enligt delegationsordning",
             metod="Stickprov 10 ärenden", ansv="Enhetschef myndighet", frekv="Maj", datum="",
             res="Bostadsanpassningen har från 2025-01-01 flyttats till samhällsbyggnadsnämnden.",
             status="Ej aktuell", avv="", atg="", exp=("UTGAR", "")),
        dict(process="Ekonomiskt bistånd", risk="Otillåtna förfrågningar om inkomster",
             km="Kontroll av att inkomstförfrågningar (SSBTEK) endast görs i aktuella ärenden",
             metod="Loggutdrag SSBTEK, stickprov 25 förfrågningar", ansv="Systemförvaltare",
             frekv="April", datum="", res="Kontrollen har inte påbörjats eftersom behörig systemförvaltare "
             "har saknats under våren.", status="Ej påbörjad", avv="", atg="Genomförs under hösten.",
             exp=("EJ_GENOMFORD", "")),
        dict(process="Arbetsmiljö", risk="Medarbetare utsätts för hot och våld",
             km="Rutinen för hot- och våldssituationer är känd av alla medarbetare",
             metod="Genomgång på APT, dokumenteras i minnesanteckningar", ansv="Respektive enhetschef",
             frekv="Vår", datum="", res="Rutinen har gåtts igenom på APT inom individ- och familjeomsorgen. "
             "Återstår inom socialpsykiatrin.", status="Delvis genomförd", avv="Nej", atg="",
             exp=("DELVIS", "nej")),
    ]
    labels = [("Process", "process"), ("Risk", "risk"), ("Kontrollmoment", "km"),
              ("Kontrollmetod", "metod"), ("Ansvarig", "ansv"), ("Tidpunkt enligt plan", "frekv"),
              ("Datum för kontroll", "datum"), ("Resultat", "res"), ("Status", "status"),
              ("Avvikelse", "avv"), ("Åtgärd", "atg")]
    for n, f in enumerate(forms, 1):
        doc.text.addElement(P(stylename=s_h, text="Kontroll %d av %d" % (n, len(forms))))
        t = Table(name="Kontroll%d" % n, stylename=s_tab)
        t.addElement(TableColumn(stylename=s_c1))
        t.addElement(TableColumn(stylename=s_c2))
        for lab, key in labels:
            tr = TableRow()
            c1 = TableCell(stylename=s_lab, valuetype="string")
            p = P()
            p.addElement(Span(stylename=s_bold, text=lab))
            c1.addElement(p)
            c2 = TableCell(stylename=s_val, valuetype="string")
            c2.addElement(P(text=f[key]))
            tr.addElement(c1)
            tr.addElement(c2)
            t.addElement(tr)
        doc.text.addElement(t)
        exp(fil, namnd, f["km"], f["exp"][0], f["exp"][1])
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Sammanställt 2025-09-08 av Lena Sjöberg, kvalitetsutvecklare"))
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ====================================================================
# 4. Vård- och omsorgsnämnden - text only, nämnd only in page header
# ====================================================================
def make_von():
    fil = "Uppfoljning_IK_delar_2025_slutlig.docx"
    namnd = "Vård- och omsorgsnämnden"
    d = new_doc("Malin Berg", "Uppföljning IK delår 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Vård- och omsorgsförvaltningen\tNorrvikens kommun\t2025-09-05"
    sec.footer.paragraphs[0].text = "Dnr VON 2025/045"

    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsbokslut per 31 augusti", level=1)
    para(d, "Nedan redovisas förvaltningens uppföljning av de kontrollmoment som nämnden beslutade i "
            "internkontrollplanen för 2025. Uppföljningen avser perioden januari–augusti. För varje "
            "kontrollmoment beskrivs hur kontrollen har gått till, vilket resultat den har gett och "
            "förvaltningens bedömning av status. Kontroller som enligt planen ska göras under hösten "
            "redovisas i helårsuppföljningen.")

    items = [
        ("1. Läkemedelshantering",
         "Signeringslistor för läkemedelsgivning granskas månadsvis på särskilda boenden",
         ["Medicinskt ansvarig sjuksköterska har granskat signeringslistorna varje månad på samtliga fem "
          "särskilda boenden. På Solgården saknades signering vid tolv tillfällen i mars. En åtgärdsplan "
          "har upprättats och uppföljningen i juni och juli visade inga nya brister.",
          "Bedömning: Kontrollen är genomförd med avvikelse."], "GENOMFORD", "ja"),
        ("2. Hemtjänst",
         "Utförd tid i hemtjänsten stäms av mot beviljad tid",
         ["Avstämning har gjorts för januari–juni mellan planeringssystemet och beviljade beslut. Utförd "
          "tid motsvarade 94 procent av beviljad tid, vilket ligger inom målvärdet. Kontrollen är "
          "genomförd utan anmärkning."], "GENOMFORD", "nej"),
        ("3. Verkställighet av beslut",
         "Gynnande beslut enligt SoL som inte verkställts inom tre månader rapporteras till IVO",
         ["Rapporteringen för kvartal 1 och kvartal 2 har gjorts i tid och inga ej rapporterade beslut "
          "har upptäckts. Kontrollen pågår och slutförs efter rapporteringen för kvartal 3."],
         "DELVIS", "nej"),
        ("4. Avgifter",
         "Avgiftsbeslut för vård och omsorg beräknas korrekt utifrån inkomstuppgifter",
         ["Kontrollen är schemalagd till oktober 2025 och har därför inte påbörjats."],
         "EJ_GENOMFORD", ""),
        ("5. Bemanning",
         "Inhyrning av bemanningssjuksköterskor sker enligt ramavtal",
         ["Kontrollen har inte genomförts under perioden. Den görs i samband med helårsbokslutet."],
         "EJ_GENOMFORD", ""),
        ("6. Dokumentation",
         "Genomförandeplaner upprättas inom 14 dagar efter att insatsen påbörjats",
         ["Stickprov om 40 ärenden i hemtjänst och särskilt boende. I 29 av ärendena fanns en "
          "genomförandeplan inom 14 dagar. Kontrollen är genomförd, men resultatet visar brister som "
          "följs upp i förvaltningens ledningsgrupp."], "GENOMFORD", "ja"),
        ("7. Avvikelsehantering",
         "Rapporter enligt lex Sarah utreds och anmäls inom föreskriven tid",
         ["Status: Delvis genomförd. Två av tre utredningar har granskats, den tredje utredningen "
          "pågår fortfarande."], "DELVIS", ""),
        ("8. Trygghetslarm",
         "Trygghetslarm testas och kvitteras enligt rutin",
         ["Utgår. Kontrollen ersattes i mars av den kommungemensamma kontrollen av larmkedjan, som "
          "redovisas av kommunstyrelsen."], "UTGAR", ""),
        ("9. Inköp",
         "Förbrukningsmaterial köps från upphandlad leverantör",
         ["Se bilaga."], "OKLAR", ""),
    ]
    for head, km, texts, status, avv in items:
        d.add_heading(head, level=2)
        label_para(d, "Kontrollmoment: ", km)
        for tx in texts:
            para(d, tx)
        exp(fil, namnd, km, status, avv)

    d.add_heading("Sammanfattande bedömning", level=2)
    para(d, "Förvaltningen bedömer att den interna kontrollen är tillräcklig men att dokumentationen av "
            "genomförandeplaner och signering av läkemedel behöver förbättras. Åtgärder redovisas i "
            "verksamhetsplanen för 2026.")
    para(d, "")
    para(d, "Malin Berg")
    para(d, "Förvaltningschef")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ====================================================================
# 5. Kultur- och fritidsnämnden - docx -> ODT via LibreOffice,
#    plan columns beside T1 / delår / helår, letter codes
# ====================================================================
def make_kfn(tmp):
    stem = "KFN delårsrapport 2025 avsnitt intern kontroll"
    fil = stem + ".odt"
    namnd = "Kultur- och fritidsnämnden"
    d = new_doc("Per Nyström", "Delårsrapport 2025 KFN – intern kontroll")
    sec = d.sections[0]
    landscape(sec)
    sec.header.paragraphs[0].text = "Kultur- och fritidsnämnden – Delårsrapport 2025"
    d.add_heading("5. Intern kontroll", level=1)
    para(d, "Nämnden fastställde internkontrollplanen 2025-01-22 § 4. Uppföljning sker tertialvis. I tabellen "
            "redovisas planens kontrollmoment tillsammans med status vid tertial 1 och vid delårsbokslutet. "
            "Kolumnen för helår fylls i vid årsbokslutet.")

    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer och mot korrekt redovisat underlag",
         "Apr, aug", "Bidragshandläggare", "P", "G", "", "Stickprov 15 föreningar, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("", "Föreningar som får aktivitetsstöd har deltagare registrerade i närvarosystemet",
         "Mars", "Bidragshandläggare", "G*", "", "",
         "Två föreningar hade redovisat deltagare utan registrerad närvaro. Bidraget har återkrävts.",
         "GENOMFORD", "ja"),
        ("Bokning och uthyrning", "Intäkter från uthyrning av idrottshallar faktureras i rätt tid och till rätt taxa",
         "Jun, dec", "Bokningsansvarig", "E", "P", "",
         "Vårterminens fakturering kontrollerad utan fel. Höstterminen återstår.", "DELVIS", "nej"),
        ("", "Nycklar och passerkort till anläggningarna kvitteras och återlämnas",
         "Maj", "Anläggningschef", "", "E", "", "Ej genomförd på grund av byte av passersystem.",
         "EJ_GENOMFORD", ""),
        ("Kassahantering", "Kassan på Norrviksbadet och biblioteken stäms av dagligen",
         "Löpande", "Enhetschefer", "G", "G", "", "Oanmälda kassakontroller i april och juli utan anmärkning.",
         "GENOMFORD", "nej"),
        ("", "Försäljning i kulturhusets café redovisas mot kassarapport",
         "Löpande", "Kulturhuschef", "U", "U", "", "Caféet drivs från 2025 av extern entreprenör.",
         "UTGAR", ""),
        ("Inköp och avtal", "Inköp av konstverk följer riktlinjerna för offentlig konst",
         "Nov", "Kulturchef", "", "", "", "", "SAKNAS", ""),
        ("", "Driftavtalet för ishallen följs upp mot avtalade nyckeltal",
         "Sep–okt", "Fritidschef", "", "", "", "Genomförs i oktober tillsammans med tekniska förvaltningen.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Timanställdas arbetstid rapporteras och attesteras månadsvis",
         "Månadsvis", "Enhetschefer", "G", "P", "",
         "Attest saknades för juni och juli under semesterperioden på två enheter. Åtgärdas.",
         "DELVIS", "ja"),
        ("", "Utdrag ur belastningsregistret begärs för ledare i sommarlovsverksamheten",
         "Jun", "Fritidsgårdschef", "", "G", "", "Utdrag uppvisades för samtliga 34 sommarledare.",
         "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    # merged header
    a = h0[0].merge(h1[0]); set_cell(a, "Process", bold=True, size=9)
    b = h0[1].merge(h1[1]); set_cell(b, "Kontrollmoment", bold=True, size=9)
    c = h0[2].merge(h0[3]); set_cell(c, "Plan", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(h1[2], "När", bold=True, size=9)
    set_cell(h1[3], "Ansvarig", bold=True, size=9)
    u = h0[4].merge(h0[6]); set_cell(u, "Uppföljning 2025", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(h1[4], "T1", bold=True, size=9)
    set_cell(h1[5], "Delår", bold=True, size=9)
    set_cell(h1[6], "Helår", bold=True, size=9)
    k = h0[7].merge(h1[7]); set_cell(k, "Kommentar", bold=True, size=9)
    for row in t.rows[:2]:
        for cc in row.cells:
            shade(cc, "C6E0B4")
    start = None
    for i, (proc, km, nar, ansv, t1, dl, hl, kom, status, avv) in enumerate(rows):
        cells = t.add_row().cells
        set_cell(cells[0], proc, size=9, bold=True)
        set_cell(cells[1], km, size=9)
        set_cell(cells[2], nar, size=9)
        set_cell(cells[3], ansv, size=9)
        set_cell(cells[4], t1, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[5], dl, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[6], hl, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[7], kom, size=9)
        exp(fil, namnd, km, status, avv)
    # merge the process cells vertically (process name only in the first row of each group)
    body = t.rows[2:]
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j][0] == "":
            j += 1
        if j - i > 1:
            top = body[i].cells[0]
            txt = rows[i][0]
            m = top.merge(body[j - 1].cells[0])
            set_cell(m, txt, size=9, bold=True)
        i = j
    set_col_widths(t, [3.0, 7.0, 1.8, 3.0, 1.2, 1.2, 1.2, 6.5])
    para(d, "")
    para(d, "Teckenförklaring: G = genomförd, G* = genomförd med avvikelse (se kommentar), P = påbörjad eller "
            "delvis genomförd, E = ej genomförd, U = utgår.", italic=True, size=9)
    para(d, "Samtliga avvikelser har hanterats av ansvarig chef. Nämnden bedömer att den interna kontrollen "
            "hittills under året har varit tillräcklig.")
    src = os.path.join(tmp, stem + ".docx")
    d.save(src)
    lo_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    normalize_zip(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ====================================================================
# 6. Samhällsbyggnadsförvaltningen - two nämnder in one docx
# ====================================================================
def make_sbf():
    fil = "SBF_Tjansteskrivelse_internkontroll_delar_2025_SBN_MHN.docx"
    d = new_doc("Karin Åberg", "Uppföljning internkontroll delår 2025 SBN och MHN")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Norrvikens kommun\tSamhällsbyggnadsförvaltningen\tTjänsteskrivelse"
    sec.footer.paragraphs[0].text = "Dnr SBN 2025/210, MHN 2025/088"
    para(d, "2025-09-12", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "Till Samhällsbyggnadsnämnden och Miljö- och hälsoskyddsnämnden")
    d.add_heading("Uppföljning av internkontrollplaner 2025, delår januari–augusti", level=1)
    d.add_heading("Förslag till beslut", level=2)
    para(d, "1. Samhällsbyggnadsnämnden godkänner uppföljningen enligt bilaga 1.")
    para(d, "2. Miljö- och hälsoskyddsnämnden godkänner uppföljningen enligt bilaga 2.")
    d.add_heading("Ärendet", level=2)
    para(d, "Samhällsbyggnadsförvaltningen är gemensam för de två nämnderna och redovisar därför "
            "uppföljningen av båda nämndernas internkontrollplaner i samma tjänsteskrivelse. Respektive "
            "nämnds kontrollmoment redovisas i en egen tabell.")
    para(d, "Status anges med följande begrepp: Klar – kontrollen är genomförd utan anmärkning; "
            "Klar, avvikelse – kontrollen är genomförd men avvikelse har noterats; Pågår – kontrollen "
            "är påbörjad; Ej startad – kontrollen har inte påbörjats; Höst – kontrollen genomförs enligt "
            "planen under september–december; Utgår – kontrollmomentet har strukits.")

    head = ["Nr", "Område", "Kontrollmoment", "Iakttagelser delår 2025", "Status"]
    widths = [1.0, 2.8, 5.2, 5.8, 2.2]

    def block(title, namnd, rows, summary_title):
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], "FCE4D6")
        counts = {}
        for nr, omr, km, iakt, st, status, avv in rows:
            cells = t.add_row().cells
            set_cell(cells[0], nr, size=9)
            set_cell(cells[1], omr, size=9)
            set_cell(cells[2], km, size=9)
            set_cell(cells[3], iakt, size=9)
            set_cell(cells[4], st, size=9)
            counts[st] = counts.get(st, 0) + 1
            exp(fil, namnd, km, status, avv)
        set_col_widths(t, widths)
        para(d, "")
        para(d, summary_title, bold=True, size=9)
        s = d.add_table(rows=1, cols=2)
        s.style = "Table Grid"
        set_cell(s.rows[0].cells[0], "Status", bold=True, size=9)
        set_cell(s.rows[0].cells[1], "Antal kontroller", bold=True, size=9)
        for key in ["Klar", "Klar, avvikelse", "Pågår", "Ej startad", "Höst", "Utgår"]:
            c = s.add_row().cells
            set_cell(c[0], key, size=9)
            set_cell(c[1], str(counts.get(key, 0)), size=9)
        c = s.add_row().cells
        set_cell(c[0], "Totalt", bold=True, size=9)
        set_cell(c[1], str(len(rows)), bold=True, size=9)
        para(d, "")

    sbn = [
        ("1", "Bygglov", "Handläggningstiden från komplett ansökan till beslut om bygglov är högst tio veckor",
         "Av 143 beslut fattades 139 inom tio veckor. I fyra ärenden överskreds tiden och avgiften "
         "reducerades enligt plan- och bygglagen.", "Klar, avvikelse", "GENOMFORD", "ja"),
        ("2", "Bygglov", "Bygglovsavgifter debiteras enligt gällande taxa",
         "Stickprov 20 ärenden. Korrekt taxa i samtliga ärenden.", "Klar", "GENOMFORD", "nej"),
        ("3", "Bostadsanpassning", "Bostadsanpassningsbidrag beviljas enligt lagen och kommunens riktlinjer\n"
         "(stickprov 25 ärenden)",
         "Verksamheten övertogs från socialnämnden 1 januari. 12 av 25 ärenden har granskats, inga "
         "avvikelser hittills.", "Pågår", "DELVIS", "nej"),
        ("4", "Mark och exploatering", "Avgifter för lantmäteriförrättningar faktureras inom en månad efter avslutad förrättning",
         "", "Höst", "EJ_GENOMFORD", ""),
        ("5", "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         "Kontroll av samtliga delegationslistor januari–juni.", "Klar", "GENOMFORD", "nej"),
        ("6", "Planering", "Plankostnadsavtal tecknas innan planarbete påbörjas",
         "Utgår efter beslut 2025-02-19 § 12; kontrollen ingår i kommunstyrelsens plan.", "Utgår", "UTGAR", ""),
    ]
    mhn = [
        ("1", "Miljötillsyn", "Tillsyn enligt miljöbalken genomförs enligt fastställd tillsynsplan",
         "62 % av planerade tillsynsbesök är genomförda per 31 augusti (delmål 60 %). Inga avvikelser mot plan.",
         "Pågår", "DELVIS", "nej"),
        ("2", "Livsmedelskontroll", "Avgifter för livsmedelskontroll debiteras enligt taxa",
         "Stickprov 15 fakturor. En faktura hade felaktig timtaxa och har rättats.",
         "Klar, avvikelse", "GENOMFORD", "ja"),
        ("3", "Klagomål", "Handläggning av klagomål påbörjas inom två veckor",
         "Ej påbörjad på grund av personalbrist under våren.", "Ej startad", "EJ_GENOMFORD", ""),
        ("4", "Rättssäkerhet", "Jävsdeklarationer upprättas årligen för samtliga inspektörer",
         "", "Höst", "EJ_GENOMFORD", ""),
        ("5", "Livsmedelskontroll", "Livsmedelsanläggningar registreras inom två veckor från anmälan",
         "Samtliga 31 anmälningar under perioden registrerades inom två veckor.", "Klar", "GENOMFORD", "nej"),
    ]
    d.add_heading("Bilaga 1. Samhällsbyggnadsnämnden – internkontrollplan 2025", level=2)
    block("Kontrollmoment och status per 31 augusti", "Samhällsbyggnadsnämnden", sbn,
          "Sammanställning Samhällsbyggnadsnämnden")
    d.add_heading("Bilaga 2. Miljö- och hälsoskyddsnämnden – internkontrollplan 2025", level=2)
    block("Kontrollmoment och status per 31 augusti", "Miljö- och hälsoskyddsnämnden", mhn,
          "Sammanställning Miljö- och hälsoskyddsnämnden")
    para(d, "Karin Åberg")
    para(d, "Förvaltningschef, samhällsbyggnadsförvaltningen")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Miljö- och hälsoskyddsnämnden", "2025", "DELAR"))


# ====================================================================
# 7. Tekniska nämnden - tick columns, docx -> .doc via LibreOffice
# ====================================================================
def make_tn(tmp):
    stem = "TN_IK_uppfoljning_delar_2025"
    fil = stem + ".doc"
    namnd = "Tekniska nämnden"
    d = new_doc("Erik Dahl", "TN internkontroll delår 2025")
    sec = d.sections[0]
    landscape(sec)
    sec.header.paragraphs[0].text = "Tekniska förvaltningen, Norrvikens kommun"
    d.add_heading("Tekniska nämnden – internkontrollplan 2025, uppföljning delår (januari–augusti)", level=1)
    para(d, "Uppföljningen redovisas till nämnden 2025-09-24. Markera med X i den kolumn som motsvarar "
            "kontrollens status per 31 augusti. Kommentera alltid delvis genomförda och ej genomförda kontroller.",
         italic=True)
    rows = [
        ("Gata och park", "Felaktig fakturering från vinterentreprenör", "9",
         "Vinterväghållning: entreprenörens utryckningar stäms av mot faktura och väderdata",
         "X", "", "", "Januari–mars kontrollerat. Två felaktiga fakturarader har krediterats.",
         "GENOMFORD", "ja"),
        ("Gata och park", "Schakt utan tillstånd skadar gatan", "6",
         "Kontroll av att grävtillstånd finns för schakt i allmän mark",
         "", "X", "", "10 av 20 planerade stickprov gjorda, inga avvikelser.", "DELVIS", "nej"),
        ("Vatten och avlopp", "Felaktig debitering", "8",
         "Avvikande förbrukning vid avläsning av vattenmätare utreds innan debitering",
         "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Vatten och avlopp", "Otjänligt dricksvatten", "12",
         "Egenkontroll av dricksvatten enligt kontrollprogram",
         "X", "", "X", "", "OKLAR", ""),
        ("Fastighet", "Förlorade hyresintäkter", "6",
         "Hyresavtal för externa hyresgäster indexuppräknas årligen",
         "", "", "X", "Genomförs i november i samband med hyresdebiteringen.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Hög energiförbrukning upptäcks inte", "4",
         "Energiförbrukningen i kommunens fastigheter följs upp månadsvis",
         "", "", "", "", "SAKNAS", ""),
        ("Måltid", "Inköp utanför avtal", "9",
         "Livsmedelsinköp görs från upphandlade avtal (avtalstrohet)",
         "", "X", "", "Avtalstrohet 87 %, målet är 95 %. Köp utanför avtal främst från lokala bagerier.",
         "DELVIS", "ja"),
        ("Avfall", "Felaktig fakturering av abonnemang", "6",
         "Fakturering av avfallsabonnemang överensstämmer med hämtningsregistret",
         "X", "", "", "Stickprov 50 abonnemang, inga fel.", "GENOMFORD", "nej"),
        ("Fordon", "Privat användning av drivmedelskort", "4",
         "Drivmedelskort används enbart för tjänstefordon",
         "", "", "", "Utgår – drivmedelskorten avvecklades i februari.", "UTGAR", ""),
    ]
    t = d.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for idx, txt in [(0, "Process"), (1, "Risk"), (2, "Risk-\nvärde"), (3, "Kontrollmoment"), (7, "Kommentar")]:
        m = h0[idx].merge(h1[idx])
        set_cell(m, txt, bold=True, size=9)
    m = h0[4].merge(h0[6])
    set_cell(m, "Status per 31 augusti 2025", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(h1[4], "Genomförd", bold=True, size=8)
    set_cell(h1[5], "Delvis", bold=True, size=8)
    set_cell(h1[6], "Ej genomförd", bold=True, size=8)
    for row in t.rows[:2]:
        for cc in row.cells:
            shade(cc, "DDEBF7")
    tot = [0, 0, 0]
    for proc, risk, rv, km, g, dv, e, kom, status, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([proc, risk, rv, km, g, dv, e, kom]):
            set_cell(cells[i], v, size=9,
                     align=WD_ALIGN_PARAGRAPH.CENTER if i in (2, 4, 5, 6) else None)
        for i, v in enumerate([g, dv, e]):
            if v:
                tot[i] += 1
        exp(fil, namnd, km, status, avv)
    # merge process cells in consecutive rows
    body = t.rows[2:]
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j][0] == rows[i][0]:
            j += 1
        if j - i > 1:
            m = body[i].cells[0].merge(body[j - 1].cells[0])
            set_cell(m, rows[i][0], size=9)
        i = j
    cells = t.add_row().cells
    m = cells[0].merge(cells[3])
    set_cell(m, "Summa", bold=True, size=9)
    for i in range(3):
        set_cell(cells[4 + i], str(tot[i]), bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(t, [2.6, 4.0, 1.3, 6.0, 1.7, 1.5, 1.7, 6.0])
    para(d, "")
    para(d, "Riskvärde = sannolikhet × konsekvens (skala 1–4). Ansvarig för sammanställningen: Erik Dahl, "
            "controller tekniska förvaltningen.", size=9)
    src = os.path.join(tmp, stem + ".docx")
    d.save(src)
    lo_convert(src, "doc", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ====================================================================
# 8. Norrvikens Bostäder AB - xlsx with status words and fills
# ====================================================================
def make_nbab():
    fil = "Norrvikens_Bostader_IK_2025_augusti.xlsx"
    namnd = "Norrvikens Bostäder AB"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Helena Vik"
    wb.properties.created = datetime.datetime(2025, 9, 10, 7, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 15, 8, 30, 0)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Norrvikens Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 2025-08-31"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Till styrelsens sammanträde 2025-09-25, ärende 7"
    ws["A3"].font = Font(italic=True)
    heads = ["Id", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Status", "Kommentar"]
    hr = 5
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.border = border
    GREEN, YEL, RED = "C6EFCE", "FFEB9C", "FFC7CE"
    rows = [
        ("IK-01", "Hyresadministration", "Hyresavier skickas ut enligt gällande hyreslista efter årets hyresförhandling",
         "Hyresadministratör", "Årligen (april)", "Genomförd", GREEN,
         "Kontroll av 40 avier efter den retroaktiva höjningen 1 april. Inga fel.", "GENOMFORD", "nej"),
        ("IK-02", "Hyresadministration", "Hyresskulder äldre än 60 dagar överlämnas till inkasso",
         "Ekonomichef", "Kvartalsvis", "Genomförd med anmärkning", YEL,
         "Tre ärenden låg kvar utan åtgärd; de har nu överlämnats.", "GENOMFORD", "ja"),
        ("IK-03", "Underhåll", "Beställningar av underhållsarbeten över 50 tkr attesteras av två personer",
         "Teknisk chef", "Halvår", "Pågående", YEL, "Stickprov för kvartal 1–2 klart, kvartal 3 återstår.",
         "DELVIS", ""),
        ("IK-04", "Underhåll", "Lekplatser besiktigas enligt SS-EN 1176",
         "Förvaltare", "Årligen", "Ej påbörjad", RED, "Planerad till september.", "EJ_GENOMFORD", ""),
        ("IK-05", "Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)",
         "Uthyrningschef", "Halvår", "Genomförd", GREEN, "Stickprov 25 kontrakt, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("IK-06", "IT", "Behörigheter i fastighetssystemet ses över vid personalförändringar",
         "IT-samordnare", "Löpande", None, None,
         "Kontrollen genomfördes i juni. Två konton för avslutade anställningar inaktiverades.",
         "GENOMFORD", "ja"),
        ("IK-07", "Fastighetsdrift", "OVK (obligatorisk ventilationskontroll) genomförs enligt besiktningsplanen",
         "Driftchef", "Årligen (oktober)", None, None, None, "SAKNAS", ""),
    ]
    r = hr + 1
    for idv, proc, km, ansv, frek, st, fill, kom, status, avv in rows:
        vals = [idv, proc, km, ansv, frek, st, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if fill:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fill)
        exp(fil, namnd, km, status, avv)
        r += 1
    dv = DataValidation(type="list", allow_blank=True,
                        formula1='"Genomförd,Genomförd med anmärkning,Pågående,Ej påbörjad,Utgår"')
    ws.add_data_validation(dv)
    dv.add("F%d:F%d" % (hr + 1, r - 1))
    r += 1
    ws.cell(row=r, column=1, value="Status: Genomförd / Genomförd med anmärkning / Pågående / Ej påbörjad / Utgår. "
                                   "Färgmarkering: grön = genomförd, gul = anmärkning eller pågående, röd = ej påbörjad.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value="Godkänd av VD Thomas Lund 2025-09-12")
    for col, w in zip("ABCDEFG", [8, 20, 55, 20, 18, 24, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    ws.oddHeader.center.text = "Norrvikens Bostäder AB – intern kontroll"

    ws2 = wb.create_sheet("Instruktion")
    instr = [
        "Instruktion för uppföljning av intern kontroll",
        "1. Fyll i kolumnen Status för varje kontrollmoment med något av alternativen i listan.",
        "2. Kommentera alltid kontroller med anmärkning eller som ej påbörjats.",
        "3. Uppföljningen lämnas till ekonomichefen senast 5 september och redovisas för styrelsen.",
        "4. Kontroller som enligt planen görs senare under året lämnas tomma.",
    ]
    for i, line in enumerate(instr, 1):
        ws2.cell(row=i, column=1, value=line)
    ws2["A1"].font = Font(bold=True)
    ws2.column_dimensions["A"].width = 100
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ====================================================================
# 9. Reject: covering letter (följebrev) - no follow-up in it
# ====================================================================
def make_foljebrev():
    fil = "Foljebrev_delarsrapport_2025_BUN.docx"
    d = new_doc("Sara Holm", "Följebrev delårsrapport 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tNorrvikens kommun\t2025-09-16"
    para(d, "Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    para(d, "Från: Barn- och utbildningsförvaltningen")
    d.add_heading("Översändande av delårsrapport per 31 augusti 2025", level=1)
    para(d, "Härmed översänds barn- och utbildningsnämndens delårsrapport för perioden januari–augusti 2025. "
            "Rapporten behandlas av nämnden den 24 september 2025.")
    para(d, "Handlingar som bifogas:")
    for line in ["Delårsrapport 2025, barn- och utbildningsnämnden (kapitel 1–8)",
                 "Kapitel 7 Intern kontroll – uppföljning av internkontrollplan 2025 (separat fil)",
                 "Investeringsredovisning per projekt",
                 "Prognos för helår 2025"]:
        para(d, line, style="List Bullet")
    para(d, "Observera att uppföljningen av den interna kontrollen ännu inte är justerad av nämnden. "
            "Eventuella ändringar efter nämndens sammanträde meddelas senast 26 september.")
    para(d, "Frågor om rapporten besvaras av undertecknad.")
    para(d, "")
    para(d, "Med vänlig hälsning")
    para(d, "Sara Holm")
    para(d, "Ekonom, barn- och utbildningsförvaltningen")
    para(d, "sara.holm@norrviken.se, 0171-52 04 18")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalize_zip(path)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsnämnden"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Äldreomsorgen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljönämnden|Miljö- och hälsoskyddskontoret"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Norrvikens Bostäder AB", "NBAB|Norrviksbostäder|Norrvikens Bostäder|Bostadsbolaget"),
]


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="round141_")
    try:
        make_ks()
        make_bun()
        make_sn()
        make_von()
        make_kfn(tmp)
        make_sbf()
        make_tn(tmp)
        make_nbab()
        make_foljebrev()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    names = {n for n, _ in NAMNDER}
    for fil, utf, n, _, _ in FILES:
        assert utf == "AVVISAD" or n in names, n
    for fil, n, *_ in EXPECTED:
        assert (fil, n) in {(a, c) for a, b, c, _, _ in FILES if b == "INLAST"}, (fil, n)
    write_csvs()
    print("files:", len(set(f[0] for f in FILES)), "rows in files.csv:", len(FILES),
          "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
