#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r524 - Götene kommun, tertial 2 2025.

Builds 7 follow-up files + 1 file to reject, and namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage)
from odf.text import H, P, Span
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r524_build"
LO_PROFILE = "file:///tmp/lo-round524"
FIXED = dt.datetime(2025, 9, 15, 9, 0, 0)

OK, NO, ONG, DASH = "\u2713", "\u2717", "?", "\u2013"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ----------------------------------------------------------------- docx helpers
def new_doc(landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Götene kommun"
    cp.revision = 1
    return d


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, center=False, italic=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def para(d, text, bold=False, italic=False, size=None, style=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ F1 BUN (.docx)
def f1_bun():
    fil = "BUN Uppföljning internkontrollplan T2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc(landscape=True)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "GÖTENE KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2024/187"
    para(d, "Uppföljning av internkontrollplan 2025 – tertial 2", bold=True, size=16)
    para(d, "Barn- och utbildningsnämnden", bold=True, size=12)
    para(d, "Uppföljningsperiod: 1 januari – 31 augusti 2025. Nämnden antog internkontrollplanen för 2025 "
            "den 10 december 2024 (§ 118). Nedan redovisas resultatet av de kontroller som genomförts under "
            "årets två första tertial. Avvikelser och vidtagna åtgärder beskrivs i kolumnen Kommentar/resultat.")
    para(d, "Teckenförklaring för kolumnen Status:  " + OK + " = kontrollen genomförd   " + NO +
            " = kontrollen ej genomförd   ? = kontrollen pågår/delvis genomförd   " + DASH +
            " = kontrollmomentet utgår", italic=True)

    rows = [
        ("H", "Ekonomi"),
        ("C", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per tertial", "Controller", OK,
         "25 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("C", "Avgifter i förskola och fritidshem debiteras enligt gällande taxa",
         "Stickprov 20 placeringar", "Förvaltningsekonom", OK,
         "2 av 20 placeringar hade felaktig inkomstuppgift. Rättelse gjord och rutinen för "
         "inkomstkontroll ses över.", "GENOMFORD", "ja"),
        ("C", "Representation och förtroendekänsliga poster hanteras enligt riktlinjerna",
         "Genomgång av samtliga representationsfakturor", "Controller", "?",
         "Genomgång av januari–april klar utan anmärkning.\nMaj–augusti pågår.", "DELVIS", "nej"),
        ("H", "Personal"),
        ("C", "Utdrag ur belastningsregistret har uppvisats vid nyanställning i förskola och skola",
         "Stickprov 15 nyanställningar", "HR-konsult", OK,
         "15 av 15 hade uppvisat utdrag före anställningen.", "GENOMFORD", "nej"),
        ("C", "Tidrapporter för timanställda är attesterade innan lön utbetalas",
         "Stickprov 20 tidrapporter", "Rektorer/HR", NO,
         "Ej genomförd under tertialen på grund av byte av lönesystem. Genomförs under T3.",
         "EJ_GENOMFORD", ""),
        ("H", "Verksamhet och elevhälsa"),
        ("C", "Anmälan till huvudman vid kränkande behandling sker inom fem arbetsdagar",
         "Uttag ur ärendesystemet", "Verksamhetsutvecklare", "",
         "Kontrollen genomförd i juni. 4 av 31 anmälningar inkom senare än fem arbetsdagar; "
         "påminnelse har skickats till rektorerna.", "GENOMFORD", "ja"),
        ("C", "Elever med hög frånvaro har en upprättad åtgärdsplan",
         "Stickprov per skolenhet", "Elevhälsochef", "?",
         "Kontrollen genomförd på två av fyra skolenheter (Källby, Hällekis).", "DELVIS", ""),
        ("C", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Genomgång av beslut", "Skolskjutshandläggare", DASH,
         "Utgår – skolskjutshandläggningen överfördes till kommunstyrelsen 2025-03-01.",
         "UTGAR", ""),
        ("H", "Informationssäkerhet"),
        ("C", "Behörigheter i elevdokumentationssystemet är aktuella",
         "Behörighetsgenomgång", "Systemförvaltare", OK,
         "Genomgång gjord i maj. 12 konton för personal som slutat var fortfarande aktiva och har avslutats.",
         "GENOMFORD", "ja"),
        ("C", "Personuppgiftsincidenter anmäls till dataskyddsombudet inom 72 timmar",
         "Genomgång av incidentloggen", "Förvaltningschef", NO, "", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status",
                           "Kommentar/resultat"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "1F4E79")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    proc = ""
    for r in rows:
        row = t.add_row()
        if r[0] == "H":
            proc = r[1]
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, r[1], bold=True)
            shade(m, "DEEAF6")
            continue
        _, km, met, ans, st, kom, es, ea = r
        set_cell(row.cells[0], proc, size=9)
        set_cell(row.cells[1], km)
        set_cell(row.cells[2], met, size=9)
        set_cell(row.cells[3], ans, size=9)
        set_cell(row.cells[4], st, center=True, size=12, bold=True)
        set_cell(row.cells[5], kom)
        exp(fil, N, km, es, ea)
    widths(t, [3.0, 6.5, 4.0, 3.0, 1.5, 7.5])
    para(d, "")
    para(d, "Götene 2025-09-15")
    para(d, "Anna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ============================================================ F2 SN (.docx, plan + follow-up)
def f2_sn():
    fil = "Socialnämnden - internkontrollplan 2025 samt uppföljning T2.docx"
    N = "Socialnämnden"
    d = new_doc(landscape=True)
    d.sections[0].header.paragraphs[0].text = "Götene kommun · Socialförvaltningen"
    d.add_heading("Internkontrollplan 2025 för socialnämnden", level=1)
    para(d, "Antagen av socialnämnden 2024-12-11, § 142. Planen bygger på förvaltningens risk- och "
            "väsentlighetsanalys. Riskvärde = sannolikhet × konsekvens (1–4).")
    plan = [
        ("Ekonomiskt bistånd", "Beslut fattas av fel delegat", "9",
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 30 beslut", "Tertial", "Enhetschef IFO"),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", "12",
         "Utbetalning av ekonomiskt bistånd överensstämmer med beslut",
         "Stickprov 30 utbetalningar", "Tertial", "Enhetschef IFO"),
        ("Barn och unga", "Barn far illa när anmälan inte bedöms i tid", "16",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef barn och unga"),
        ("Hemtjänst", "Insatser ges inte utifrån den enskildes behov", "8",
         "Genomförandeplaner inom hemtjänsten upprättas inom 14 dagar från verkställighet",
         "Stickprov 20 ärenden", "Halvår", "Enhetschef hemtjänst"),
        ("Hälso- och sjukvård", "Felaktig läkemedelshantering", "12",
         "Läkemedelshantering på särskilda boenden följer rutin (signeringslistor)",
         "Egenkontroll MAS", "Halvår", "MAS"),
        ("Avgifter", "Felaktigt debiterade avgifter", "9",
         "Avgifter inom äldreomsorgen beräknas korrekt (maxtaxa, förbehållsbelopp)",
         "Stickprov 40 ärenden", "Årligen", "Avgiftshandläggare"),
        ("Kvalitet", "Missförhållanden rapporteras inte", "8",
         "Rapporter enligt lex Sarah utreds och anmäls till IVO inom fastställd tid",
         "Genomgång av samtliga rapporter", "Tertial", "Kvalitetsstrateg"),
        ("Ekonomi", "Fakturor betalas utan korrekt attest", "6",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Tertial", "Controller"),
        ("Informationssäkerhet", "Obehörig åtkomst till journaler", "12",
         "Loggkontroll av journalsystemet genomförs månadsvis",
         "Slumpvis loggkontroll", "Månad", "Systemförvaltare"),
    ]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Process/rutin", "Risk", "Riskvärde", "Kontrollmoment", "Metod",
                           "Frekvens", "Ansvarig"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for r in plan:
        row = t.add_row()
        for i, v in enumerate(r):
            set_cell(row.cells[i], v, size=9, center=(i == 2))
    widths(t, [3.2, 4.5, 1.6, 6.5, 3.5, 2.0, 3.5])

    d.add_page_break()
    d.add_heading("Uppföljning tertial 2 (januari–augusti 2025)", level=1)
    para(d, "Tabellen redovisar status för respektive kontrollmoment per den 31 augusti 2025.")
    fu = [
        ("1", plan[0][3], "G", "Stickprov 30 beslut – samtliga fattade av rätt delegat.", "", "GENOMFORD", "nej"),
        ("2", plan[1][3], "G", "En dubbelutbetalning upptäcktes (4 850 kr).", "Återkrav upprättat.",
         "GENOMFORD", "ja"),
        ("3", plan[2][3], "D", "Kontrollerat för januari–juni: 88 % av förhandsbedömningarna gjordes inom "
                               "14 dagar. Juli–augusti följs upp i september.",
         "Genomgång av bemanning under semesterperioden.", "DELVIS", "ja"),
        ("4", plan[3][3], "E", "Ej genomförd på grund av vakans på kvalitetsenheten.", "Flyttas till T3.",
         "EJ_GENOMFORD", ""),
        ("5", plan[4][3], "G", "Egenkontroll utförd av MAS i maj. Brister i signering på ett boende.",
         "Åtgärdsplan upprättad tillsammans med enhetschef.", "GENOMFORD", "ja"),
        ("6", plan[5][3], "D", "20 av 40 ärenden granskade, inga fel hittills.", "", "DELVIS", "nej"),
        ("7", plan[6][3], "G", "", "", "GENOMFORD", ""),
        ("8", plan[7][3], "", "", "", "SAKNAS", ""),
        ("9", plan[8][3], "G", "Se separat rapport, bilaga 3.", "", "GENOMFORD", ""),
    ]
    t2 = d.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Status", "Iakttagelser/kommentar", "Åtgärd"]):
        set_cell(t2.rows[0].cells[i], h, bold=True)
        shade(t2.rows[0].cells[i], "D9D9D9")
    fills = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE"}
    for nr, km, st, kom, atg, es, ea in fu:
        row = t2.add_row()
        set_cell(row.cells[0], nr)
        set_cell(row.cells[1], km)
        set_cell(row.cells[2], st, center=True, bold=True)
        if st in fills:
            shade(row.cells[2], fills[st])
        set_cell(row.cells[3], kom)
        set_cell(row.cells[4], atg)
        exp(fil, N, km, es, ea)
    widths(t2, [1.0, 7.5, 1.6, 8.5, 5.5])
    para(d, "Status: G = Genomförd, D = Delvis genomförd, E = Ej genomförd. Avvikelser beskrivs i kolumnen "
            "Iakttagelser/kommentar.", italic=True, size=9)
    para(d, "")
    para(d, "Socialförvaltningen 2025-09-12\nMaria Bergström, socialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ============================================================ F3 TN (.odt native, one table per process)
def f3_tn():
    fil = "Tekniska nämnden uppföljning IK T2 2025.odt"
    N = "Tekniska nämnden"
    doc = OpenDocumentText()
    doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(
        text="Tekniska nämnden – uppföljning intern kontroll T2 2025"))
    pl = PageLayout(name="PL")
    pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape",
                                       margintop="1.8cm", marginbottom="1.8cm", marginleft="2cm",
                                       marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))

    s_title = Style(name="Titel", family="paragraph")
    s_title.addElement(TextProperties(fontsize="17pt", fontweight="bold"))
    s_title.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(s_title)
    s_h = Style(name="Heading 2", family="paragraph", defaultoutlinelevel="2")
    s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2E5E3E"))
    s_h.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
    doc.styles.addElement(s_h)
    s_body = Style(name="Body", family="paragraph")
    s_body.addElement(TextProperties(fontsize="10pt"))
    s_body.addElement(ParagraphProperties(marginbottom="0.15cm"))
    doc.styles.addElement(s_body)
    s_small = Style(name="Small", family="paragraph")
    s_small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.styles.addElement(s_small)
    s_th = Style(name="TH", family="paragraph")
    s_th.addElement(TextProperties(fontsize="9.5pt", fontweight="bold"))
    doc.automaticstyles.addElement(s_th)
    s_sym = Style(name="SYM", family="paragraph")
    s_sym.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    s_sym.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(s_sym)
    s_td = Style(name="TD", family="paragraph")
    s_td.addElement(TextProperties(fontsize="9.5pt"))
    doc.automaticstyles.addElement(s_td)
    s_tab = Style(name="Tab", family="table")
    s_tab.addElement(TableProperties(width="25.5cm", align="left"))
    doc.automaticstyles.addElement(s_tab)
    colw = ["9cm", "3.6cm", "1.6cm", "2cm", "9.3cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    c_hd = Style(name="CellHead", family="table-cell")
    c_hd.addElement(TableCellProperties(backgroundcolor="#D8E4BC", border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(c_hd)
    c_td = Style(name="CellBody", family="table-cell")
    c_td.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(c_td)

    def cellp(text, pstyle, cstyle):
        c = TableCell(stylename=cstyle, valuetype="string")
        for line in (text.split("\n") if text else [""]):
            c.addElement(P(stylename=pstyle, text=line))
        return c

    doc.text.addElement(P(stylename=s_title, text="Uppföljning av intern kontroll – tertial 2 2025"))
    doc.text.addElement(P(stylename=s_body, text="Tekniska nämnden, Götene kommun"))
    doc.text.addElement(P(stylename=s_body, text=(
        "Rapporten omfattar perioden januari–augusti 2025 och redovisar de kontrollmoment som ingår i "
        "nämndens internkontrollplan 2025 (TN 2024-11-27 § 96). Kontrollmomenten redovisas per process.")))
    doc.text.addElement(P(stylename=s_body, text=(
        "Status anges med symbol: " + OK + " = genomförd, " + NO + " = ej genomförd, ? = pågående, " + DASH +
        " = utgår. Har kontrollen visat avvikelse anges det med Ja i kolumnen Avvikelse.")))

    areas = [
        ("Upphandling och inköp", [
            ("Inköp görs från upphandlade leverantörer (avtalstrohet)", "Inköpssamordnare", OK, "Ja",
             "Köp utan avtal hos två leverantörer av maskinhyra, totalt 118 tkr. Upphandling startad.",
             "GENOMFORD", "ja"),
            ("Direktupphandlingar över 100 000 kr dokumenteras", "Inköpssamordnare", OK, "Nej", "",
             "GENOMFORD", "nej"),
        ]),
        ("Fastighetsförvaltning", [
            ("Lagstadgade besiktningar (OVK, hissar) genomförs enligt plan", "Fastighetschef", "?", "",
             "OVK klar för 14 av 22 objekt. Hissbesiktningar klara.", "DELVIS", ""),
            ("Nycklar och passerkort återlämnas vid avslutad anställning", "Fastighetsadministratör", NO, "",
             "Ny rutin i passersystemet införs hösten 2025; kontrollen skjuts upp.", "EJ_GENOMFORD", ""),
        ]),
        ("Gata och park", [
            ("Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler", "Gatuingenjör", OK, "Nej",
             "Säsongen januari–mars kontrollerad.", "GENOMFORD", "nej"),
            ("Egenkontroll av lekplatser utförs och dokumenteras", "Parkförman", "", "", "Se bilaga 2.",
             "OKLAR", ""),
        ]),
        ("Kost och lokalvård", [
            ("Egenkontroll av livsmedelshantering i tillagningskök", "Kostchef", OK, "Ja",
             "Temperaturloggar saknades för två veckor i juli vid Hällekis skola. Rutin för semestervikarier "
             "förtydligad.", "GENOMFORD", "ja"),
            ("Specialkost hanteras enligt rutin med intyg", "Kostchef", DASH, "",
             "Utgår 2025, ersätts av nytt kontrollmoment i planen för 2026.", "UTGAR", ""),
            ("Beställningar av lokalvård utöver avtal attesteras", "Lokalvårdschef", OK, "Nej",
             "Stickprov 10 beställningar, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ]),
    ]
    for n, (area, ctrls) in enumerate(areas, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=s_h, text="%d. Process: %s" % (n, area)))
        tb = Table(name="Process%d" % n, stylename=s_tab)
        for cs in colstyles:
            tb.addElement(TableColumn(stylename=cs))
        tr = TableRow()
        for h in ["Kontrollmoment", "Ansvarig", "Status", "Avvikelse", "Kommentar"]:
            tr.addElement(cellp(h, s_th, c_hd))
        tb.addElement(tr)
        for km, ans, st, av, kom, es, ea in ctrls:
            tr = TableRow()
            tr.addElement(cellp(km, s_td, c_td))
            tr.addElement(cellp(ans, s_td, c_td))
            tr.addElement(cellp(st, s_sym, c_td))
            tr.addElement(cellp(av, s_td, c_td))
            tr.addElement(cellp(kom, s_td, c_td))
            tb.addElement(tr)
            exp(fil, N, km, es, ea)
        doc.text.addElement(tb)
    doc.text.addElement(P(stylename=s_body, text=""))
    doc.text.addElement(P(stylename=s_small, text=(
        "Sammanställt av tekniska förvaltningen 2025-09-10. Bilaga 2 (protokoll lekplatsbesiktning) "
        "redovisas separat.")))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ============================================================ F4 KS (.docx, Ja/Nej)
def f4_ks():
    fil = "KS_IK-uppfoljning_T2_2025.docx"
    N = "Kommunstyrelsen"
    d = new_doc(landscape=True)
    d.sections[0].header.paragraphs[0].text = "Götene kommun – Kommunstyrelsen"
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = "Kommunledningsförvaltningen · Uppföljning intern kontroll T2 2025"
    para(d, "Uppföljning av internkontrollplan, tertial 2 2025", bold=True, size=15)
    para(d, "Kommunledningsförvaltningen redovisar här status per 31 augusti 2025 för de kontrollmoment som "
            "ingår i internkontrollplanen 2025. I kolumnen Genomförd enligt plan? anges Ja eller Nej. "
            "Konstaterade avvikelser redovisas i en egen kolumn tillsammans med vidtagna eller planerade "
            "åtgärder.")
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningsansvarig", "Ja",
         "3 av 50 fakturor attesterade av person utan behörighet.", "Attestförteckningen uppdaterad i juni.",
         "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Avstämning av balanskonton görs månadsvis", "Redovisningsansvarig", "Ja",
         "Inga", "", "GENOMFORD", "nej"),
        ("3", "Ekonomi", "Ändring av leverantörers bankgiro/kontonummer verifieras före registrering",
         "Ekonomichef", "Ja", DASH, "Samtliga 9 ändringar verifierade via telefon med känd kontaktperson.",
         "GENOMFORD", "nej"),
        ("4", "HR/lön", "Nyupplagda anställda i lönesystemet stäms av mot anställningsbeslut", "Lönechef",
         "Delvis", "Inga hittills", "Kontroll gjord för januari–maj, juni–augusti återstår.",
         "DELVIS", "nej"),
        ("5", "HR/lön", "Rehabiliteringsärenden följs upp enligt rutin", "HR-chef", "Nej", "",
         "Skjuts till T3 på grund av vakant tjänst som HR-specialist.", "EJ_GENOMFORD", ""),
        ("6", "Upphandling", "Avtalstrohet vid inköp av kontorsmaterial och IT-utrustning", "Upphandlare", "Ja",
         "Inköp utanför avtal i 4 av 30 stickprov.", "Information till beställare på APT.", "GENOMFORD", "ja"),
        ("7", "IT", "Behörighetsgenomgång i ekonomisystemet", "IT-chef", "Nej", "",
         "Kontrollmomentet utgår enligt KS beslut 2025-05-07 § 88 och ersätts av central "
         "behörighetsgranskning.", "UTGAR", ""),
        ("8", "Dokumenthantering", "Inkommande handlingar diarieförs inom tre arbetsdagar", "Registrator", "Ja",
         "Nej", "", "GENOMFORD", "nej"),
        ("9", "Styrning", "Beslut i kommunstyrelsen verkställs och återrapporteras", "Kanslichef", "", "", "",
         "SAKNAS", ""),
        ("10", "Säkerhet", "Krisledningsplanen är uppdaterad med aktuella kontaktuppgifter",
         "Säkerhetssamordnare", "Ja", "Kontaktlistor inaktuella för två funktioner.", "Listorna uppdaterade "
         "2025-08-20.", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Genomförd enligt plan?",
                           "Avvikelser", "Åtgärder/kommentar"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "FCE4D6")
    repeat_header(t.rows[0])
    for nr, omr, km, ans, ja, av, atg, es, ea in rows:
        row = t.add_row()
        for i, v in enumerate([nr, omr, km, ans, ja, av, atg]):
            set_cell(row.cells[i], v, center=(i == 4))
        exp(fil, N, km, es, ea)
    widths(t, [1.0, 2.6, 6.5, 3.2, 2.4, 5.5, 5.5])
    para(d, "")
    para(d, "Götene 2025-09-11")
    para(d, "Per Andersson, kommundirektör")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ============================================================ F5 Excel export (MBN + KFN)
def f5_export():
    fil = "Hypergene_export_IK_2025-09-12.xlsx"
    M, K = "Miljö- och byggnadsnämnden", "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    wb.properties.creator = "Hypergene"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    bold = Font(bold=True)
    ws["A1"] = "Intern kontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=13)
    meta = [("Organisation:", "Götene kommun"),
            ("Period:", "2025 Tertial 2 (2025-01-01 – 2025-08-31)"),
            ("Urval:", M + "; " + K),
            ("Utskriftsdatum:", "2025-09-12 08:14"),
            ("Utskriven av:", "katarina.holm")]
    for i, (k, v) in enumerate(meta, start=2):
        ws.cell(row=i, column=1, value=k).font = bold
        ws.cell(row=i, column=2, value=v)
    hdr_row = 8
    headers = ["Nämnd", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Status T2",
               "Avvikelse", "Kommentar T2"]
    thin = Side(style="thin", color="999999")
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hdr_row, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    data = [
        (M, "Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Uttag ur ärendesystemet", "Bygglovschef", "Genomförd", "Genomförd med avvikelse", "Ja",
         "3 av 45 ärenden överskred handläggningstiden; avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        (M, "Tillsyn", "Tillsynsavgifter debiteras enligt gällande taxa", "Stickprov 20 ärenden",
         "Miljöchef", "Pågående", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        (M, "Delegation", "Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslista/protokoll",
         "Nämndsekreterare", "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        (M, "Livsmedel", "Livsmedelskontroller genomförs enligt fastställd kontrollplan",
         "Uppföljning mot kontrollplan", "Miljöchef", "Pågående", "Pågående", "",
         "62 % av planerade kontroller utförda per 31/8.", "DELVIS", ""),
        (M, "Handläggning", "Handläggare har lämnat jävsdeklaration", "Genomgång av deklarationer",
         "Förvaltningschef", "Ej påbörjad", None, "", "", "EJ_GENOMFORD", ""),
        (M, "Arkiv", "Avslutade ärenden arkiveras i e-arkivet", "Stickprov 15 ärenden", "Arkivansvarig",
         "Genomförd", None, "Nej", "Årlig kontroll, genomförd under T1.", "GENOMFORD", "nej"),
        (K, "Föreningsstöd", "Föreningsbidrag betalas ut enligt beslutade bidragsregler",
         "Stickprov 10 ansökningar", "Fritidskonsulent", "Genomförd", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        (K, "Kontanthantering", "Dagskassor i badhuset stäms av mot kassasystemet", "Stickprov 20 dagar",
         "Badmästare", "Pågående", "Genomförd med avvikelse", "Ja",
         "Kassadifferens 1 200 kr i juli, utredd och rapporterad.", "GENOMFORD", "ja"),
        (K, "Bibliotek", "Kravrutin för ej återlämnade medier följs", "Uttag ur bibliotekssystemet",
         "Bibliotekschef", None, "Ej påbörjad", "", "Planeras till oktober.", "EJ_GENOMFORD", ""),
        (K, "Lokalbokning", "Bokningar av lokaler debiteras enligt taxa", "Stickprov 25 bokningar",
         "Bokningsansvarig", "Genomförd", "Utgår", "",
         "Utgår – lokalbokningen flyttad till tekniska förvaltningen från 1 maj.", "UTGAR", ""),
        (K, "Konst", "Inventering av den kommunala konstsamlingen", "Inventering", "Kultursamordnare",
         None, None, "", "", "SAKNAS", ""),
    ]
    fills = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C", "Pågående": "FFEB9C",
             "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    r = hdr_row
    for row in data:
        r += 1
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if c in (6, 7) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, row[0], row[2], row[9], row[10])
    r += 2
    ws.cell(row=r, column=1, value="Antal kontrollmoment: %d" % len(data)).font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Sida 1 av 1").font = Font(italic=True, color="808080")
    for col, w in zip("ABCDEFGHI", [26, 16, 48, 28, 18, 14, 22, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    ws.auto_filter.ref = "A8:I%d" % (hdr_row + len(data))
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", M, "2025", "T2"))
    FILES.append((fil, "INLAST", K, "2025", "T2"))


# ============================================================ F6 GVVAB (.doc via LO, T1/T2/T3 columns)
def f6_gvvab():
    fil = "GVVAB internkontroll 2025 uppföljning T2.doc"
    N = "Götene Vatten & Värme AB"
    d = new_doc(landscape=True)
    d.sections[0].header.paragraphs[0].text = "Götene Vatten & Värme AB"
    para(d, "Internkontrollplan 2025 – uppföljning efter tertial 2", bold=True, size=15)
    para(d, "Bolagets styrelse fastställde internkontrollplanen 2025-02-18. Uppföljning sker tertialvis; "
            "kolumnerna T1–T3 visar status vid respektive uppföljningstillfälle. Denna rapport avser "
            "tertial 2 (januari–augusti 2025).")
    para(d, "Symboler:   " + OK + "  genomförd      " + NO + "  ej genomförd      ?  pågår/delvis genomförd"
            "      " + DASH + "  ej aktuellt/utgår", bold=True)
    rows = [
        ("Ekonomi", "Fakturering av VA-avgifter överensstämmer med mätarställningar", "Tertial", OK, OK, "",
         "6 fakturor rättade efter felaktig mätaravläsning.", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Tertial", OK, OK, "",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Drift", "Provtagning av dricksvatten sker enligt kontrollprogrammet", "Månad", OK, "?", "",
         "Provtagningen i juli uteblev vid Hällekis vattenverk; tas i september.", "DELVIS", "ja"),
        ("Drift", "Driftstörningar och läckor registreras i driftsystemet inom 24 timmar", "Tertial", NO, OK, "",
         "", "GENOMFORD", ""),
        ("Fjärrvärme", "Avläsning och debitering av fjärrvärme stäms av mot avtal", "1 gång/år", OK, "", "",
         "", "GENOMFORD", ""),
        ("Arbetsmiljö", "Skyddsrond genomförs på reningsverket", "1 gång/år", "", "", "", "", "SAKNAS", ""),
        ("IT/OT", "Behörigheter i styr- och övervakningssystemet ses över", "Halvår", "?", NO, "",
         "Leverantörsbyte försenar översynen.", "EJ_GENOMFORD", ""),
        ("Upphandling", "Ramavtal för kemikalier följs vid avrop", "Tertial", DASH, DASH, "",
         "Ej aktuellt 2025, nytt ramavtal från oktober.", "UTGAR", ""),
        ("Miljö", "Mottagningskontroll av externt slam till reningsverket", "Tertial", OK, OK, "",
         "Ett lass avvisades i maj på grund av för höga metallhalter.", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in [(0, "Kontrollområde"), (1, "Kontrollmoment"), (2, "Frekvens"), (6, "Kommentar")]:
        m = h0[i].merge(h1[i])
        set_cell(m, h, bold=True)
    mm = h0[3].merge(h0[5])
    set_cell(mm, "Status 2025", bold=True, center=True)
    for i, h in [(3, "T1"), (4, "T2"), (5, "T3")]:
        set_cell(h1[i], h, bold=True, center=True)
    for row in t.rows[:2]:
        for c in row.cells:
            shade(c, "BDD7EE")
    for omr, km, frek, t1, t2, t3, kom, es, ea in rows:
        row = t.add_row()
        for i, v in enumerate([omr, km, frek, t1, t2, t3, kom]):
            set_cell(row.cells[i], v, center=(3 <= i <= 5), bold=(3 <= i <= 5))
        exp(fil, N, km, es, ea)
    widths(t, [2.8, 8.0, 2.2, 1.2, 1.2, 1.2, 9.0])
    para(d, "")
    para(d, "Lundsbrunn 2025-09-08\nJohan Ek, VD")
    src = os.path.join(TMP, "GVVAB internkontroll 2025 uppföljning T2.docx")
    d.save(src)
    lo_convert(src, "doc", TMP)
    shutil.copy(os.path.join(TMP, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ============================================================ F7 Götenehus (.odt via LO, tick columns)
def f7_gotenehus():
    fil = "Götenehus - Uppföljning internkontroll T2 2025.odt"
    N = "AB Götenehus"
    d = new_doc(landscape=False)
    para(d, "AB Götenehus", bold=True, size=14)
    para(d, "Uppföljning av internkontroll", bold=True, size=13)
    info = d.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Period", "Tertial 2 2025 (jan–aug)"),
                                ("Upprättad av", "Lena Svensson, ekonomichef"),
                                ("Datum", "2025-09-09")]):
        set_cell(info.rows[i].cells[0], k, bold=True)
        set_cell(info.rows[i].cells[1], v)
    widths(info, [4.0, 9.0])
    para(d, "")
    rows = [
        ("Hyror debiteras enligt hyreskontrakt vid nyuthyrning", "Uthyrare", (OK, "", ""),
         "20 kontrakt kontrollerade, inga fel.", "GENOMFORD", "nej"),
        ("Påminnelse och inkasso av hyresfordringar sker enligt rutin", "Ekonomiassistent", ("", OK, ""),
         "Rutinen följd t.o.m. juni; juli–augusti ej kontrollerat.", "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", (OK, "", ""),
         "2 fakturor saknade beställarens attest, rättat i efterhand.", "GENOMFORD", "ja"),
        ("Lägenheter förmedlas enligt bostadskön och gällande uthyrningspolicy", "Uthyrningschef",
         (OK, "", OK), "", "OKLAR", ""),
        ("Underhållsplanen följs upp mot budget", "Fastighetschef", ("", "", OK),
         "Skjuts till hösten i samband med budgetarbetet.", "EJ_GENOMFORD", ""),
        ("Systematiskt brandskyddsarbete – kontroll av trapphus och gemensamma utrymmen", "Driftchef",
         (OK, "", ""), "Brandfarligt material i trapphus på två adresser, åtgärdat.", "GENOMFORD", "ja"),
        ("Nycklar och taggar kvitteras vid utlämning", "Kundcenter", ("", "", ""), "", "SAKNAS", ""),
        ("Upphandling av entreprenader över tröskelvärdet följer LOU", "VD", ("", "", ""),
         "Utgår 2025 – inga upphandlingar över tröskelvärdet planeras.", "UTGAR", ""),
    ]
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in [(0, "Kontrollmoment"), (1, "Ansvarig"), (5, "Kommentar")]:
        set_cell(h0[i].merge(h1[i]), h, bold=True)
    set_cell(h0[2].merge(h0[4]), "Status T2", bold=True, center=True)
    for i, h in [(2, "Genomförd"), (3, "Delvis"), (4, "Ej genomförd")]:
        set_cell(h1[i], h, bold=True, center=True, size=8)
    for km, ans, ticks, kom, es, ea in rows:
        row = t.add_row()
        set_cell(row.cells[0], km)
        set_cell(row.cells[1], ans, size=9)
        for j, tk in enumerate(ticks):
            set_cell(row.cells[2 + j], tk, center=True, bold=True)
        set_cell(row.cells[5], kom, size=9)
        exp(fil, N, km, es, ea)
    widths(t, [5.5, 2.4, 1.6, 1.4, 1.6, 4.5])
    para(d, "Instruktion: markera med " + OK + " i den kolumn som stämmer för respektive kontrollmoment. "
            "Lämna kommentar vid delvis eller ej genomförd kontroll samt när avvikelse har upptäckts.",
         italic=True, size=9)
    src = os.path.join(TMP, "Götenehus - Uppföljning internkontroll T2 2025.docx")
    d.save(src)
    lo_convert(src, "odt", TMP)
    shutil.copy(os.path.join(TMP, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ============================================================ R reject: covering letter
def r_missiv():
    fil = "Missiv SN uppföljning IK T2 2025.docx"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Götene kommun · Socialförvaltningen"
    para(d, "MISSIV", bold=True, size=14)
    para(d, "Datum: 2025-09-25\nDnr: SN 2024/211")
    para(d, "Till: Ekonomiavdelningen, kommunledningsförvaltningen\nFrån: Socialförvaltningen")
    para(d, "")
    para(d, "Översändande av socialnämndens uppföljning av internkontrollplan 2025, tertial 2", bold=True,
         size=12)
    para(d, "Härmed översänds socialnämndens uppföljning av internkontrollplanen för 2025 avseende tertial 2 "
            "(januari–augusti). Uppföljningen behandlades av socialnämnden 2025-09-24, § 97, som beslutade att "
            "godkänna redovisningen och lägga den till handlingarna.")
    para(d, "Av planens nio kontrollmoment har merparten genomförts enligt plan. De avvikelser som "
            "upptäckts redovisas tillsammans med åtgärder i bilagan. Kontrollmoment som inte hunnit "
            "genomföras under tertialen kommer att följas upp i helårsrapporten.")
    para(d, "Vid frågor, kontakta undertecknad.")
    para(d, "")
    para(d, "Med vänlig hälsning\n\nMaria Bergström\nSocialchef\n0511-38 60 00")
    para(d, "")
    para(d, "Bilaga: Socialnämnden - internkontrollplan 2025 samt uppföljning T2.docx", italic=True)
    para(d, "Protokollsutdrag SN 2025-09-24 § 97", italic=True)
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ============================================================ CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Götene Vatten & Värme AB", "GVVAB|Götene Vatten och Värme|GVV"),
    ("AB Götenehus", "Götenehus|Götenehus AB"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    f1_bun()
    f2_sn()
    f3_tn()
    f4_ks()
    f5_export()
    f6_gvvab()
    f7_gotenehus()
    r_missiv()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
