#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 86 – Smedjebackens kommun (Dalarna), helår 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 from any directory; files are written next to this script.
"""
import csv
import os
import copy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml import OxmlElement
from docx.shared import Pt, Cm, RGBColor

import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableRowProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Smedjebackens kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, text, status, "ja" if avv else "nej"))


# ---------------------------------------------------------------- docx helpers
def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False, align=None):
    """Replace the cell's text; '\n' gives new paragraphs."""
    parts = str(text).split("\n")
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
    return first


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(1.8)


def add_numbering(doc, abstract_id, levels):
    """levels: list of (fmt, lvlText, left_twips, hanging_twips, bold). Returns numId."""
    numbering = doc.part.numbering_part.element
    lvl_xml = ""
    for i, (fmt, txt, left, hang, bold) in enumerate(levels):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lvl_xml += (
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{rpr}</w:lvl>')
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvl_xml}</w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{abstract_id}">'
                    f'<w:abstractNumId w:val="{abstract_id}"/></w:num>')
    numbering.append(num)
    return abstract_id


def numbered(doc, text, num_id, ilvl=0, bold=False, size=None, space_before=None):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                      f'<w:numId w:val="{num_id}"/></w:numPr>')
    pPr.append(numPr)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def labelled(doc, label, text, indent_cm=1.4, size=10.5):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(label + " ")
    r.bold = True
    r.font.size = Pt(size)
    r2 = p.add_run(text)
    r2.font.size = Pt(size)
    return p


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def footer_text(doc, text):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.text = text
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def core(doc, title, author, created_year=2026):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(created_year, 1, 20, 9, 14)
    cp.modified = datetime.datetime(created_year, 2, 3, 15, 2)


# =====================================================================
# 1. Socialnämnden – Word auto-numbered multilevel list (process / control)
# =====================================================================
def file_socialnamnden():
    fil = "SN bilaga 3 Uppföljning internkontrollplan 2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    base_font(doc, "Calibri", 11)
    num = add_numbering(doc, 90, [("decimal", "%1.", 360, 360, True),
                                  ("decimal", "%1.%2", 900, 540, False)])

    p = doc.add_paragraph()
    r = p.add_run("SMEDJEBACKENS KOMMUN\nSocialförvaltningen")
    r.font.size = Pt(9)
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Bilaga 3 till verksamhetsberättelse 2025\nDnr SN 2026/0014")
    r.font.size = Pt(9)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). Planen "
        "omfattar fyra processer och åtta kontrollmoment. Vid delårsuppföljningen per 31 augusti "
        "redovisades tre kontrollmoment som pågående. Nedan redovisas resultatet per 31 december 2025 "
        "för samtliga kontrollmoment. Bedömningen anges som Genomförd, Genomförd med avvikelse, "
        "Delvis genomförd, Ej genomförd eller Utgår.")
    doc.add_paragraph(
        "Kontrollerna har utförts av enhetschefer, controller och systemförvaltare enligt den "
        "ansvarsfördelning som framgår av planen. Avvikelser har återrapporterats till "
        "förvaltningens ledningsgrupp.")
    doc.add_heading("Resultat per process och kontrollmoment", level=2)

    data = [
        ("Ekonomiskt bistånd", [
            ("Stickprov av 20 utbetalningar av ekonomiskt bistånd – att beslut och attest finns före utbetalning",
             "Enhetschef IFO vuxen, två stickprov (april och oktober).",
             "Samtliga 20 granskade utbetalningar hade beslut fattat på rätt delegation och attest före utbetalning.",
             "Genomförd", "GENOMFORD", False),
            ("Kontroll att återkrav av ekonomiskt bistånd registreras och bevakas",
             "Controller, genomgång av samtliga återkravsbeslut 2025 (12 st).",
             "Tre av tolv återkrav saknade bevakning i verksamhetssystemet och hade inte fakturerats. "
             "Fakturering har skett i januari 2026 och rutinen har förtydligats.",
             "Genomförd med avvikelse", "GENOMFORD", True),
        ]),
        ("Myndighetsutövning SoL och LSS", [
            ("Kontroll att gynnande LSS-beslut som inte verkställts inom tre månader rapporteras till IVO",
             "Systemförvaltare tar fram lista kvartalsvis, enhetschef LSS kontrollerar.",
             "Två beslut om bostad med särskild service (9 § 9 LSS) har inte verkställts inom tre månader. "
             "Båda har rapporterats till IVO och revisorerna inom föreskriven tid.",
             "Genomförd", "GENOMFORD", False),
            ("Uppföljning av att delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare jämför beslutslistor ur verksamhetssystemet med anmälda beslut.",
             "Kontrollen har gjorts för januari–juni. Hösten har inte hunnit kontrolleras på grund av "
             "byte av nämndsekreterare. Inga avvikelser för första halvåret.",
             "Delvis genomförd", "DELVIS", False),
            ("Kontroll att orosanmälningar förhandsbedöms inom 14 dagar",
             "Stickprov 15 anmälningar per tertial.",
             "Kontrollen har inte genomförts under 2025 på grund av hög personalomsättning inom "
             "mottagningsgruppen. Kontrollmomentet föreslås ingå i planen för 2026.",
             "Ej genomförd", "EJ_GENOMFORD", False),
        ]),
        ("Informationssäkerhet och dataskydd", [
            ("Logguppföljning i verksamhetssystemet – stickprov tio användare per månad",
             "Systemförvaltare granskar loggar, avvikelser till enhetschef.",
             "Logguppföljning är gjord för januari–oktober utan anmärkning. November och december "
             "återstår och görs under februari 2026.",
             "Pågår", "DELVIS", False),
            ("Kontroll att behörigheter tas bort när anställning avslutas",
             "Jämförelse mellan avslutade anställningar i lönesystemet och aktiva konton.",
             "Fyra konton var fortfarande aktiva mellan två och sex veckor efter avslutad anställning. "
             "Kontona har spärrats och chefernas checklista vid avslut har kompletterats.",
             "Genomförd med avvikelse", "GENOMFORD", True),
        ]),
        ("Arbetsmiljö", [
            ("Uppföljning av att tillbud och arbetsskador rapporteras i KIA inom en vecka",
             "HR-konsult sammanställer per kvartal.",
             "Kommunstyrelsen beslutade 2025-05-13 § 61 att kontrollen genomförs centralt för alla "
             "förvaltningar. Kontrollmomentet har därför strukits ur nämndens plan.",
             "Utgår", "UTGAR", False),
        ]),
    ]
    for proc, ctrls in data:
        numbered(doc, proc, num, 0, bold=True, size=12, space_before=10)
        for text, metod, resultat, bed, status, avv in ctrls:
            numbered(doc, text, num, 1, bold=False, space_before=6)
            labelled(doc, "Metod:", metod)
            labelled(doc, "Resultat helår:", resultat)
            labelled(doc, "Bedömning:", bed)
            exp(fil, namnd, text, status, avv)

    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Av åtta kontrollmoment har fyra genomförts (varav två med avvikelse), två har genomförts delvis, "
        "ett har inte genomförts och ett har utgått. Förvaltningen bedömer att den interna kontrollen "
        "i huvudsak har varit tillräcklig men att uppföljningen av orosanmälningar behöver prioriteras 2026.")
    doc.add_paragraph("\nLena Hård af Segerstad\nSocialchef")
    footer_text(doc, "Smedjebackens kommun · Socialförvaltningen · Uppföljning IKP 2025")
    core(doc, "Uppföljning internkontrollplan 2025", "Lena Hård af Segerstad")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# =====================================================================
# 2. Barn- och utbildningsnämnden – vMerged process cells, symbols in a real footnote
# =====================================================================
FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> Teckenförklaring: ✓ = kontrollen genomförd utan anmärkning, '
    '✓* = kontrollen genomförd, avvikelse noterad (se kommentar), ✗ = kontrollen ej genomförd, '
    '– = ej aktuell för perioden / utgår.</w:t></w:r></w:p></w:footnote>'
    '</w:footnotes>')


def add_footnotes_part(doc):
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    # footnotePr must come fairly late in settings; put it before compat if present
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(fpr)
    else:
        settings.append(fpr)


def footnote_ref(paragraph, fid=1):
    r = OxmlElement("w:r")
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>')
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def file_bun():
    fil = "BUF Internkontroll 2025 uppföljning helår.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    base_font(doc, "Arial", 10)
    landscape(doc.sections[0])
    add_footnotes_part(doc)

    t = doc.add_paragraph()
    r = t.add_run("Barn- och utbildningsförvaltningen")
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    h = doc.add_paragraph()
    r = h.add_run("Uppföljning av intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Helårsuppföljning till Barn- och utbildningsnämnden 2026-02-10. "
                      "Tabellen visar utfall vid delårsbokslutet (31/8) och vid årets slut (31/12). "
                      "Vid skillnad gäller helårsutfallet.")

    tbl = doc.add_table(rows=2, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.4), Cm(7.0), Cm(4.2), Cm(1.9), Cm(1.9), Cm(7.5)]
    hdr1 = ["Process", "Kontrollmoment", "Metod / frekvens", "Utfall 2025", "", "Kommentar / åtgärd"]
    hdr2 = ["", "", "", "Delår 31/8", "Helår 31/12", ""]
    for i, txt in enumerate(hdr1):
        c = tbl.cell(0, i)
        cell_text(c, txt, bold=True, size=9)
        set_cell_bg(c, "BDD7EE")
    for i, txt in enumerate(hdr2):
        c = tbl.cell(1, i)
        if txt:
            cell_text(c, txt, bold=True, size=9)
        set_cell_bg(c, "BDD7EE")
    for i in (0, 1, 2, 5):
        tbl.cell(0, i).merge(tbl.cell(1, i))
    merged = tbl.cell(0, 3).merge(tbl.cell(0, 4))
    footnote_ref(merged.paragraphs[0], 1)
    repeat_header(tbl.rows[0])
    repeat_header(tbl.rows[1])

    rows = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor – rätt attestant enligt attestförteckning",
             "Stickprov 25 fakturor per halvår", "✓", "✓",
             "Inga avvikelser.", "GENOMFORD", False),
            ("Avtalstrohet vid inköp av läromedel och förbrukningsmaterial",
             "Stickprov 15 inköp, hösten", "–", "✓*",
             "2 av 15 inköp gjordes utanför avtal (bokhandel lokalt). Rektorerna informerade vid rektorsmöte i november.",
             "GENOMFORD", True),
            ("Representation och förtroendekänsliga poster – syfte och deltagare anges",
             "Stickprov 10 verifikationer per halvår", "✓", "✗",
             "Vårens stickprov utan anmärkning. Höstens stickprov hann inte genomföras före bokslutet.",
             "EJ_GENOMFORD", False),
        ]),
        ("Elevärenden och skolväsende", [
            ("Anmälan till huvudman om kränkande behandling sker skyndsamt",
             "Genomgång av samtliga anmälningar i DF Respons", "✓", "✓*",
             "Tre anmälningar registrerades mer än fem dagar efter händelsen. Rutinen har tagits upp i ledningsgruppen.",
             "GENOMFORD", True),
            ("Elever med frånvaro över 20 % – att utredning inleds enligt rutin",
             "Rapport ur Skola24 per månad, stickprov 10 elever", "✗", "✓",
             "Kontrollen kom igång först under hösten. Samtliga granskade elever hade påbörjad utredning.",
             "GENOMFORD", False),
            ("Skolskjuts – beslut fattas enligt delegationsordningen",
             "Genomgång av beslut inför läsåret", "✓", "",
             "Kontrollen avser besluten inför läsåret och gjordes i sin helhet i juni. Inga avvikelser.",
             "GENOMFORD", False),
        ]),
        ("Personal och lön", [
            ("Registerutdrag ur belastningsregistret uppvisas före anställning",
             "Stickprov 20 nyanställda", "✓", "✓",
             "Samtliga 20 hade uppvisat utdrag.", "GENOMFORD", False),
            ("Timanställdas tidrapporter stäms av mot schema innan lön betalas ut",
             "Stickprov en månad per termin", "–", "?",
             "Underlag från lönecentrum har inte kommit in.", "OKLAR", False),
        ]),
        ("Informationssäkerhet", [
            ("Behörigheter i elevdokumentationssystemet – avslutade användare tas bort",
             "Kvartalsvis avstämning mot personalsystemet", "✗", "–",
             "Systembyte hösten 2025. Kontrollen ersätts av behörighetsrutinen i det nya systemet.",
             "UTGAR", False),
        ]),
    ]
    for proc, ctrls in rows:
        start = len(tbl.rows)
        for (text, metod, d, hy, kom, status, avv) in ctrls:
            row = tbl.add_row()
            cant_split(row)
            vals = ["", text, metod, d, hy, kom]
            for i, v in enumerate(vals):
                if v:
                    cell_text(row.cells[i], v, size=9,
                              align=WD_ALIGN_PARAGRAPH.CENTER if i in (3, 4) else None)
            exp(fil, namnd, text, status, avv)
        end = len(tbl.rows) - 1
        top = tbl.cell(start, 0)
        cell_text(top, proc, bold=True, size=9)
        if end > start:
            top.merge(tbl.cell(end, 0))
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    doc.add_paragraph(
        "Samlad bedömning: Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har fungerat. "
        "Avvikelserna avseende avtalstrohet och anmälan av kränkande behandling följs upp i 2026 års plan. "
        "Kontrollen av timanställdas tidrapporter redovisas när underlag finns.")
    doc.add_paragraph("Anders Wiklund, förvaltningschef")
    footer_text(doc, "BUF · Internkontroll 2025")
    core(doc, "Internkontroll 2025 BUF", "Anders Wiklund")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# =====================================================================
# 3. Smedjebackens Bostäder AB – styrelserapport, symbols explained at the end
# =====================================================================
def file_bostader():
    fil = "Styrelserapport intern kontroll 2025 Smedjebackens Bostäder AB.docx"
    namnd = "Smedjebackens Bostäder AB"
    doc = Document()
    base_font(doc, "Cambria", 11)

    p = doc.add_paragraph()
    r = p.add_run("SMEDJEBACKENS BOSTÄDER AB")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
    p = doc.add_paragraph("Org.nr 883200-4417\nStyrelsemöte 2026-02-12, ärende 7")
    p.runs[0].font.size = Pt(9)

    doc.add_heading("Rapport till styrelsen: Intern kontroll räkenskapsåret 2025", level=1)
    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt ägardirektivet från Smedjebackens kommun ska bolaget årligen anta en plan för intern kontroll "
        "och rapportera utfallet till styrelsen och till kommunstyrelsen i samband med årsbokslutet. "
        "Styrelsen fastställde planen för 2025 vid sammanträdet 2025-02-20 (§ 9).")
    doc.add_heading("2. Sammanfattning", level=2)
    doc.add_paragraph(
        "Under året har fem av åtta planerade kontroller genomförts och en pågår fortfarande. En kontroll har "
        "inte genomförts och en kontroll har utgått. Avvikelser har konstaterats inom hyresreskontra och jävsdeklarationer; "
        "åtgärder har vidtagits. VD bedömer att den interna kontrollen har varit tillräcklig.")
    doc.add_heading("3. Utfall per kontroll", level=2)

    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Light Grid Accent 2"
    hdr = ["Nr", "Område", "Kontroll", "Utfall", "Iakttagelser och åtgärder"]
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, bold=True, size=9.5)
    rows = [
        ("1", "Hyresdebitering", "Hyreshöjning 2025 inlagd med rätt belopp för samtliga objekt",
         "✓", "Kontroll av 40 lägenheter mot förhandlingsprotokoll. Inga fel.", "GENOMFORD", False),
        ("2", "Hyresreskontra", "Avstämning hyresreskontra mot huvudbok varje månad",
         "✓", "Avstämning gjord alla månader. En differens om 14 200 kr i mars (dubbelregistrerad inbetalning) har utretts och rättats.",
         "GENOMFORD", True),
        ("3", "Upphandling", "Avrop av entreprenörer sker enligt gällande ramavtal (LOU)",
         "✗", "Ej genomförd på grund av vakant tjänst som inköpare under hösten. Flyttas till plan 2026.",
         "EJ_GENOMFORD", False),
        ("4", "Attest", "Fakturor attesteras enligt attestordning och beloppsgränser",
         "✓", "Stickprov 30 fakturor, samtliga korrekt attesterade.", "GENOMFORD", False),
        ("5", "Nyckel- och låshantering", "Inventering av huvudnycklar och kvittenser",
         "–", "Nytt elektroniskt passagesystem installerat i hela beståndet under våren. Kontrollen ersätts 2026 av behörighetskontroll i passagesystemet.",
         "UTGAR", False),
        ("6", "Dataskydd", "Registerförteckning enligt GDPR är uppdaterad och personuppgiftsbiträdesavtal finns",
         "Pågår", "Registerförteckningen är uppdaterad. Genomgång av biträdesavtal pågår, klart mars 2026.",
         "DELVIS", False),
        ("7", "Jäv och bisysslor", "Jävsdeklarationer inhämtade från styrelse och ledande befattningshavare",
         "✓", "En deklaration saknades vid kontrolltillfället, inhämtad i januari 2026.", "GENOMFORD", True),
        ("8", "Underhåll", "Utfall planerat underhåll följs upp mot budget per tertial",
         "✓", "Uppföljning redovisad för styrelsen vid varje tertial.", "GENOMFORD", False),
    ]
    for nr, omr, ktl, utf, kom, status, avv in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate([nr, omr, ktl, utf, kom]):
            cell_text(cells[i], v, size=9.5,
                      align=WD_ALIGN_PARAGRAPH.CENTER if i == 3 else None)
        exp(fil, namnd, ktl, status, avv)
    widths = [Cm(0.9), Cm(3.0), Cm(5.2), Cm(1.6), Cm(6.3)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_heading("4. Förslag till beslut", level=2)
    doc.add_paragraph("Styrelsen föreslås besluta att godkänna rapporten om intern kontroll för 2025 och "
                      "överlämna den till kommunstyrelsen i Smedjebackens kommun.")
    doc.add_paragraph("\nSmedjebacken 2026-02-02\n\nPer-Olof Stålberg\nVerkställande direktör")
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Teckenförklaring till tabellen i avsnitt 3")
    r.bold = True
    r.font.size = Pt(9)
    p = doc.add_paragraph("✓  kontrollen är genomförd (eventuella avvikelser framgår av kolumnen Iakttagelser)\n"
                          "✗  kontrollen är inte genomförd\n"
                          "–  kontrollen har utgått eller är inte aktuell")
    for r in p.runs:
        r.font.size = Pt(9)
    core(doc, "Styrelserapport intern kontroll 2025", "Per-Olof Stålberg")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))
    return fil


def lock_file(docname):
    # Word owner file: 1 byte length + user name (ANSI) padded to 54 bytes, then UTF-16 name, padded to 162 bytes
    user = "postl01"
    b = bytes([len(user)]) + user.encode("ascii")
    b = b.ljust(54, b"\x00")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(162, b"\x00")
    lock = "~$" + docname[2:]
    with open(os.path.join(OUT, lock), "wb") as f:
        f.write(b)
    FILES.append((lock, "AVVISAD", "", "", ""))


def resave_with_libreoffice(fil):
    import shutil, subprocess, tempfile
    tmp = tempfile.mkdtemp(prefix="r86lo_")
    src = os.path.join(tmp, "in_" + fil)
    shutil.copy(os.path.join(OUT, fil), src)
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", outdir, src],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    res = os.path.join(outdir, "in_" + fil)
    if os.path.exists(res):
        shutil.move(res, os.path.join(OUT, fil))
    shutil.rmtree(tmp, ignore_errors=True)


# =====================================================================
# 4. Kultur- och fritidsnämnden – covering letter, table at the end
# =====================================================================
def file_kfn():
    fil = "Missiv KFN uppföljning IKP 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    doc = Document()
    base_font(doc, "Garamond", 12)
    dec = add_numbering(doc, 91, [("decimal", "%1.", 720, 360, False)])

    p = doc.add_paragraph()
    r = p.add_run("Smedjebackens kommun\nKultur- och fritidsförvaltningen")
    r.bold = True
    p = doc.add_paragraph("2026-01-28")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Kommunstyrelsen\nEkonomienheten, att. Maria Lindkvist")
    p = doc.add_paragraph()
    r = p.add_run("Helårsuppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "Hej!\nHärmed översänds Kultur- och fritidsnämndens uppföljning av internkontrollplanen för 2025. "
        "Nämnden behandlade ärendet vid sitt sammanträde den 22 januari 2026 (§ 5) och beslutade följande:")
    numbered(doc, "att godkänna uppföljningen av internkontrollplan 2025,", dec, 0)
    numbered(doc, "att uppdra åt förvaltningschefen att redovisa åtgärder för kontrollen av "
                  "inventarieförteckning senast i april 2026, samt", dec, 0)
    numbered(doc, "att översända uppföljningen till kommunstyrelsen.", dec, 0)
    doc.add_paragraph(
        "Av sju kontrollmoment har fyra genomförts helt eller delvis, två har inte genomförts och ett har "
        "utgått då verksamheten inte bedrivits i egen regi. Resultatet per kontrollmoment framgår av "
        "tabellen på nästa sida. Hör av dig om något är oklart.")
    doc.add_paragraph("Med vänlig hälsning\n\nJohanna Ekström\nFörvaltningschef kultur och fritid\n"
                      "0240-660 00, johanna.ekstrom@smedjebacken.se")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    p = doc.add_paragraph()
    r = p.add_run("Bilaga – Uppföljning internkontrollplan 2025, Kultur- och fritidsnämnden")
    r.bold = True
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Genomförd\n(Ja/Nej/Delvis)", "Kommentar"]):
        cell_text(tbl.rows[0].cells[i], h, bold=True, size=10)
        set_cell_bg(tbl.rows[0].cells[i], "E2EFD9")
    rows = [
        ("Kontanthantering", "Dagskassor i simhallen och biblioteket stäms av mot kassarapport",
         "Ja", "Kassadifferenser vid två tillfällen (under 200 kr), utredda med kassapersonalen.",
         "GENOMFORD", True),
        ("Föreningsbidrag", "Stickprov att aktivitetsbidrag betalats ut enligt bidragsregler och beslut",
         "Ja", "10 ansökningar granskade, inga avvikelser.", "GENOMFORD", False),
        ("Lokaluthyrning", "Bokningar i bokningssystemet faktureras",
         "Delvis", "Kontroll gjord för jan–sep. Oktober–december kontrolleras i februari.", "DELVIS", False),
        ("Delegation", "Delegationsbeslut anmäls till nämnden",
         "Ja", "", "GENOMFORD", False),
        ("Inventarier", "Inventarieförteckning för utlåningsutrustning (Fritidsbanken) är aktuell",
         "Nej", "Förteckningen har inte upprättats. Åtgärd redovisas till nämnden i april.",
         "EJ_GENOMFORD", False),
        ("Inköp", "Avtalstrohet vid inköp av livsmedel till caféet i Folkets hus",
         "", "Kontrollen har inte genomförts under året.", "EJ_GENOMFORD", False),
        ("Personal", "Registerutdrag för ledare vid sommarlovsaktiviteter",
         "Ej aktuell", "Inga sommarlovsaktiviteter i egen regi 2025 (genomfördes av föreningar).",
         "UTGAR", False),
    ]
    for omr, ktl, g, kom, status, avv in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate([omr, ktl, g, kom]):
            if v:
                cell_text(cells[i], v, size=10)
        exp(fil, namnd, ktl, status, avv)
    widths = [Cm(3.0), Cm(6.0), Cm(2.4), Cm(5.6)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    core(doc, "Missiv", "Johanna Ekström")
    doc.save(os.path.join(OUT, fil))
    # The förvaltning works in LibreOffice Writer: let LibreOffice re-save the file as .docx
    resave_with_libreoffice(fil)
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# =====================================================================
# 5. Kommunstyrelsen – long landscape table, header row repeated on each page
# =====================================================================
def file_ks():
    fil = "KS Uppföljning internkontroll helår 2025.docx"
    namnd = "Kommunstyrelsen"
    doc = Document()
    base_font(doc, "Calibri", 10)
    landscape(doc.sections[0])

    p = doc.add_paragraph()
    r = p.add_run("Kommunledningsförvaltningen\nTjänsteskrivelse 2026-01-30, Dnr KS 2024/0389")
    r.font.size = Pt(9)
    doc.add_heading("Kommunstyrelsens internkontrollplan 2025 – uppföljning helår", level=1)
    doc.add_paragraph(
        "Kommunstyrelsen ansvarar för att leda och samordna arbetet med intern kontroll och har dessutom en "
        "egen internkontrollplan för kommunledningsförvaltningens verksamhet. I tabellen nedan redovisas "
        "status för varje kontrollmoment vid tertial 2 (T2) och vid helår. Helårsstatus är den som gäller. "
        "Där helårsstatus saknas har kontrollansvarig inte lämnat någon redovisning.")

    cols = ["Nr", "Process / rutin", "Kontrollmoment", "Metod och omfattning", "Ansvarig",
            "Status T2", "Status helår", "Resultat och iakttagelser", "Åtgärd"]
    widths = [Cm(0.9), Cm(2.6), Cm(4.2), Cm(3.6), Cm(2.0), Cm(1.9), Cm(2.2), Cm(5.4), Cm(3.0)]
    tbl = doc.add_table(rows=1, cols=len(cols))
    tbl.style = "Table Grid"
    for i, h in enumerate(cols):
        cell_text(tbl.rows[0].cells[i], h, bold=True, size=9)
        set_cell_bg(tbl.rows[0].cells[i], "D9D9D9")
    repeat_header(tbl.rows[0])

    long_metod = ("Urval görs med slumpfunktion i ekonomisystemet. Kontrollant dokumenteras i "
                  "kontrollmallen som sparas i ärendet. ")
    sections = [
        ("EKONOMIPROCESSER", [
            ("1", "Leverantörsbetalningar", "Kontroll av dubbelbetalningar av leverantörsfakturor",
             long_metod + "Analys av samtliga betalningar kvartalsvis.", "Redovisningsansvarig",
             "Genomförd", "Genomförd",
             "Analysen har gjorts för alla fyra kvartal. Inga dubbelbetalningar har hittats. Två misstänkta "
             "dubbletter visade sig vara delfakturor.", "Ingen", "GENOMFORD", False),
            ("2", "Leverantörsregister", "Ändringar av bankuppgifter i leverantörsregistret verifieras mot leverantören",
             long_metod + "Samtliga ändringar (47 st) granskade.", "Ekonomichef",
             "Genomförd", "Genomförd – avvikelse",
             "En ändring i oktober gjordes efter e-post utan att verifieras per telefon mot känd kontaktperson. "
             "Ingen felaktig betalning skedde, men rutinen följdes inte.",
             "Rutinen förtydligad, utbildning för ekonomiassistenter dec 2025.", "GENOMFORD", True),
            ("3", "Attest", "Attestförteckningen i ekonomisystemet överensstämmer med beslutad attestlista",
             "Jämförelse mellan systemets behörighetslista och beslutade attestförteckningar per nämnd.",
             "Controller", "Pågår", "Genomförd",
             "Tre attestanter som slutat sin anställning fanns kvar i systemet. Behörigheterna är borttagna.",
             "Påminnelse till chefer om avslutsrutin.", "GENOMFORD", True),
            ("4", "Representation", "Stickprov 15 representationsfakturor – syfte, deltagare och belopp enligt riktlinjen",
             long_metod, "Controller", "Ej påbörjad", "Delvis genomförd",
             "8 av 15 fakturor granskade. Två saknade deltagarförteckning. Resterande granskas i februari 2026.",
             "Komplettering begärd.", "DELVIS", True),
            ("5", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Genomgång av leverantörsreskontran mot upphandlingsdiariet.", "Upphandlare",
             "Pågår", "", "", "", "SAKNAS", False),
        ]),
        ("HR OCH LÖN", [
            ("6", "Lön", "Engångsutbetalningar och manuella lönetillägg över 10 000 kr",
             "Rapport ur lönesystemet varje månad, kontroll mot underlag.", "Lönechef",
             "Genomförd", "Genomförd",
             "Samtliga utbetalningar hade beslut och underlag. Inga avvikelser.", "Ingen",
             "GENOMFORD", False),
            ("7", "Lön", "Kontroll att anställda med avslutad anställning inte får lön",
             "Avstämning av avslutade anställningar mot nästa månads lönekörning.", "Lönechef",
             "Genomförd", "Genomförd",
             "En felaktig utbetalning (18 600 kr) till en timanställd efter avslut upptäcktes i juni. Återkrav är gjort och beloppet återbetalt.",
             "Avslut registreras nu direkt av HR.", "GENOMFORD", True),
        ]),
        ("IT, INFORMATIONSSÄKERHET OCH DATASKYDD", [
            ("8", "IT-behörigheter", "Årlig recertifiering av behörigheter i ekonomi- och lönesystemet",
             "Systemägare intygar behörigheter per användare.", "IT-chef",
             "–", "Ej genomförd",
             "Recertifieringen har skjutits upp till första kvartalet 2026 på grund av uppgradering av lönesystemet.",
             "Genomförs Q1 2026.", "EJ_GENOMFORD", False),
            ("9", "Dataskydd", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             "Dataskyddsombudet går igenom incidentloggen.", "Dataskyddsombud",
             "Genomförd", "Genomförd",
             "Fem incidenter 2025, varav två anmälningspliktiga. Båda anmäldes inom 72 timmar.", "Ingen",
             "GENOMFORD", False),
            ("10", "Krisberedskap", "Kontinuitetsplaner för samhällsviktig verksamhet är uppdaterade",
             "Genomgång av planerna tillsammans med beredskapssamordnaren.", "Säkerhetschef",
             "Pågår", "Utgår enl. KS beslut 2025-06-10 § 88",
             "Ingår i stället i arbetet med det nya civila försvaret (uppdrag från länsstyrelsen).", "",
             "UTGAR", False),
        ]),
        ("STYRNING OCH DELEGATION", [
            ("11", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
             "Kanslichef jämför beslut i ärendehanteringssystemet med anmälningslistor.", "Kanslichef",
             "Genomförd", "Genomförd",
             "Samtliga beslut har anmälts.", "Ingen", "GENOMFORD", False),
        ]),
    ]
    for sec, ctrls in sections:
        row = tbl.add_row()
        c = row.cells[0].merge(row.cells[-1])
        cell_text(c, sec, bold=True, size=9)
        set_cell_bg(c, "F2F2F2")
        for vals in ctrls:
            *cellvals, status, avv = vals
            row = tbl.add_row()
            cant_split(row)
            for i, v in enumerate(cellvals):
                if v:
                    cell_text(row.cells[i], v, size=9)
            exp(fil, namnd, cellvals[2], status, avv)
    for row in tbl.rows:
        for i, w in enumerate(widths):
            try:
                row.cells[i].width = w
            except IndexError:
                pass

    doc.add_paragraph()
    doc.add_heading("Sammanställning", level=2)
    st = doc.add_table(rows=1, cols=2)
    st.style = "Table Grid"
    cell_text(st.rows[0].cells[0], "Status helår", bold=True)
    cell_text(st.rows[0].cells[1], "Antal", bold=True)
    for a, b in [("Genomförd", "7"), ("Delvis genomförd", "1"), ("Ej genomförd", "1"),
                 ("Utgår", "1"), ("Ej redovisad", "1"), ("Summa kontrollmoment", "11")]:
        cells = st.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph("Kommunledningsförvaltningen\n\nKarin Mossberg, kommundirektör\t\tErik Dahl, ekonomichef")
    footer_text(doc, "Smedjebackens kommun · Kommunstyrelsen · Internkontroll 2025")
    core(doc, "KS internkontroll 2025", "Erik Dahl")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# =====================================================================
# 6. Bygg- och miljönämnden – .odt, one heading per control
# =====================================================================
def file_bmn():
    fil = "Uppföljning IK 2025 Bygg- och miljönämnden.odt"
    namnd = "Bygg- och miljönämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph", defaultoutlinelevel="1")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold", color="#2E5C3A"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph", defaultoutlinelevel="2")
    h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold", color="#2E5C3A"))
    h2.addElement(ParagraphProperties(margintop="0.45cm", marginbottom="0.12cm"))
    body = Style(name="Text body", family="paragraph")
    body.addElement(TextProperties(fontsize="11pt", fontfamily="Liberation Serif"))
    body.addElement(ParagraphProperties(marginbottom="0.15cm"))
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", color="#555555"))
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    for s in (h1, h2, body, small):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(bold)

    def para(text, style=body):
        doc.text.addElement(P(stylename=style, text=text))

    def lab(label, text):
        p = P(stylename=body)
        p.addElement(Span(stylename=bold, text=label + " "))
        p.addText(text)
        doc.text.addElement(p)

    para("Smedjebackens kommun – Samhällsbyggnadsförvaltningen", small)
    para("Ärende till Bygg- och miljönämnden 2026-02-17", small)
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av intern kontroll, verksamhetsår 2025"))
    para("Årsuppföljning. Nämndens internkontrollplan för 2025 innehåller åtta kontrollmoment. "
         "Varje kontrollmoment redovisas nedan under egen rubrik med syfte, genomförande, resultat "
         "och status vid årets slut.")

    ctrls = [
        ("Handläggningstid för bygglov – beslut inom tio veckor från komplett ansökan",
         "Säkerställa att den lagstadgade handläggningstiden i plan- och bygglagen hålls.",
         "Uttag ur ärendesystemet av samtliga beslutade bygglov 2025 (112 ärenden).",
         "105 av 112 ärenden (94 %) beslutades inom tio veckor. I sju ärenden överskreds tiden och "
         "avgiften har reducerats enligt 12 kap. 8 a § PBL.",
         "Genomförd. Avvikelse konstaterad.", "GENOMFORD", True),
        ("Avgiftsdebitering enligt taxa för bygglov och tillsyn",
         "Säkerställa att avgifter tas ut enligt fastställd taxa.",
         "Stickprov om 15 ärenden.",
         "Samtliga 15 ärenden var debiterade enligt taxa.",
         "Genomförd.", "GENOMFORD", False),
        ("Delegationsbeslut anmäls till nämnden",
         "Säkerställa att nämnden får kännedom om beslut fattade på delegation.",
         "Nämndsekreteraren jämför beslutslistor med anmälda beslut varje månad.",
         "Alla delegationsbeslut har anmälts.",
         "Genomförd.", "GENOMFORD", False),
        ("Tillsynsbesök inom miljö och livsmedel dokumenteras och kommuniceras inom fyra veckor",
         "Rättssäker tillsyn och korrekt underlag för timavgift.",
         "Stickprov 20 tillsynsbesök.",
         "Tio av tjugo planerade stickprov har granskats (vårens besök). Inga avvikelser i de granskade "
         "ärendena. Höstens stickprov har inte hunnit göras.",
         "Delvis genomförd.", "DELVIS", False),
        ("Inkomna handlingar diarieförs inom två arbetsdagar",
         "Säkerställa allmänhetens rätt att ta del av allmänna handlingar.",
         "Stickprov 25 inkomna handlingar.",
         None,
         None, "EJ_GENOMFORD", False),
        ("Bostadsanpassningsbidrag – beslut enligt delegation och utbetalning mot attesterad faktura",
         "Korrekt handläggning och utbetalning av bidrag.",
         "Genomgång av samtliga utbetalningar över 50 000 kr (9 st).",
         "Åtta av nio utbetalningar var korrekta. En utbetalning gjordes innan fakturan var attesterad av "
         "handläggaren; beloppet var riktigt.",
         "Genomförd med anmärkning.", "GENOMFORD", True),
        ("Strandskyddsdispenser – att beslut skickas till länsstyrelsen inom en vecka",
         "Länsstyrelsens överprövningsrätt ska kunna utövas.",
         "Samtliga beslut om strandskyddsdispens.",
         "Inga beslut om strandskyddsdispens fattades under 2025.",
         "Ej aktuell 2025.", "UTGAR", False),
        ("Behörigheter i ärendesystemet för bygg och miljö",
         "Endast behöriga ska kunna se och ändra ärenden.",
         "Systemförvaltaren stämmer av behörigheter mot personallista.",
         None,
         "Se bilaga 2.", "OKLAR", False),
    ]
    for i, (titel, syfte, genomf, resultat, status_txt, status, avv) in enumerate(ctrls, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=f"Kontrollmoment {i}: {titel}"))
        lab("Syfte:", syfte)
        lab("Genomförande:", genomf)
        if resultat:
            lab("Resultat:", resultat)
        if status_txt:
            lab("Status:", status_txt)
        if i == 5:
            para("Kontrollen har inte utförts under 2025 eftersom tjänsten som registrator har varit vakant "
                 "från mars till november. Kontrollmomentet flyttas till internkontrollplanen för 2026.")
        exp(fil, namnd, titel, status, avv)

    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Samlad bedömning"))
    para("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Handläggningstiderna för bygglov "
         "behöver fortsatt följas och kontrollen av diarieföring återkommer 2026.")
    para("Jonas Berglund, samhällsbyggnadschef", small)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# =====================================================================
# 7. Tekniska nämnden – .ods, tertial columns with letter codes and a Status 2024 column
# =====================================================================
def file_tn():
    fil = "TN internkontroll 2025 tertialuppföljning.ods"
    namnd = "Tekniska nämnden"
    doc = OpenDocumentSpreadsheet()

    def cstyle(name, bg=None, bold=False, size=None, wrap=True, color=None, border=True):
        s = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = bg
        if wrap:
            kw["wrapoption"] = "wrap"
        if border:
            kw["border"] = "0.5pt solid #808080"
        kw["verticalalign"] = "top"
        s.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if size:
            tk["fontsize"] = size
        if color:
            tk["color"] = color
        if tk:
            s.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(s)
        return s

    st_title = cstyle("title", bold=True, size="15pt", wrap=False, border=False)
    st_sub = cstyle("sub", size="10pt", wrap=False, border=False, color="#444444")
    st_hdr = cstyle("hdr", bg="#1F3864", bold=True, color="#FFFFFF")
    st_txt = cstyle("txt")
    st_old = cstyle("old", bg="#EDEDED", color="#7F7F7F")
    st_leg = cstyle("leg", size="9pt", wrap=False, border=False)
    st_sum = cstyle("sum", bold=True, bg="#F2F2F2")
    code_bg = {"G": "#A9D08E", "P": "#FFE699", "E": "#F4B084", "U": "#D9D9D9"}
    st_code = {k: cstyle("c" + k, bg=v, bold=True) for k, v in code_bg.items()}
    st_code_plain = cstyle("cplain", bold=True)

    widths = ["1.6cm", "3.2cm", "7.5cm", "3.2cm", "1.9cm", "1.3cm", "1.3cm", "1.3cm", "7cm"]
    t = Table(name="Uppföljning 2025")
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(TableCell())
                continue
            val, style, span = (c + (1,))[:3] if isinstance(c, tuple) else (c, st_txt, 1)
            kw = {"stylename": style} if style is not None else {}
            if span > 1:
                kw["numbercolumnsspanned"] = span
            tc = TableCell(valuetype="string", **kw) if val != "" else TableCell(**kw)
            if val != "":
                for line in str(val).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        t.addElement(tr)

    row([("Tekniska nämnden – Internkontroll 2025", st_title, 6)])
    row([("Uppföljning per tertial. T3 = årsuppföljning per 31/12. Uppdaterad 2026-01-19 /GS", st_sub, 6)])
    row([])
    row([(h, st_hdr) for h in ["Id", "Område", "Kontrollmoment", "Kontrollansvarig",
                                "Status 2024", "T1", "T2", "T3", "Notering"]])
    ctrls = [
        ("TN-01", "Fordon", "Körjournaler förs för kommunens leasingbilar", "Fordonssamordnare",
         "E", "P", "P", "G", "Kontroll av 12 bilar i december, samtliga hade körjournal.", "GENOMFORD", False),
        ("TN-02", "Fordon", "Drivmedelskort – stickprov av tankningar mot körjournal", "Fordonssamordnare",
         "G", "", "G", "G", "En tankning till privat bil upptäckt i oktober, beloppet återbetalt och ärendet hanterat av HR.",
         "GENOMFORD", True),
        ("TN-03", "Gata/park", "Entreprenör för gatubelysning fakturerar enligt avtalade à-priser", "Gatuchef",
         "-", "P", "P", "P", "Jämförelse mot avtal gjord för 60 % av fakturorna, resten under Q1 2026.", "DELVIS", False),
        ("TN-04", "Måltid", "Livsmedelsinköp görs från avtalade leverantörer (avtalstrohet)", "Kostchef",
         "G", "G", "G", "G", "Avtalstrohet 97 %.", "GENOMFORD", False),
        ("TN-05", "Gata/park", "Underlag för vinterväghållning attesteras före betalning", "Driftingenjör",
         "G", "G", "", "X", "", "OKLAR", False),
        ("TN-06", "Fastighet", "Kvalitetsuppföljning av extern städentreprenör (INSTA 800)", "Fastighetschef",
         "P", "E", "E", "E", "Avtalsuppföljning har inte prioriterats. Ny upphandling 2026.", "EJ_GENOMFORD", False),
        ("TN-07", "Förråd", "Inventering av centralförrådet vid årsskiftet", "Förrådsansvarig",
         "G", "—", "—", "G", "Inventering 2025-12-29. Differens mot lagersystemet 3 %, utredd och justerad.",
         "GENOMFORD", True),
        ("TN-08", "Avfall", "Abonnemang för hämtning av hushållsavfall debiteras enligt taxa", "Avfallssamordnare",
         "G", "U", "U", "U", "Ansvaret övergick till Dala Vatten och Avfall AB 2025-01-01.", "UTGAR", False),
        ("TN-09", "Fastighet", "Behörigheter i fastighetssystemet stäms av mot personallista", "Systemförvaltare",
         "G", "", "", "", "", "SAKNAS", False),
    ]
    for (cid, omr, ktl, ans, s24, t1, t2, t3, note, status, avv) in ctrls:
        def code(v):
            if v in st_code:
                return (v, st_code[v])
            return (v, st_code_plain if v else st_txt)
        row([(cid, st_txt), (omr, st_txt), (ktl, st_txt), (ans, st_txt), (s24, st_old),
             code(t1), code(t2), code(t3), (note, st_txt)])
        exp(fil, namnd, ktl, status, avv)
    n_g = sum(1 for c in ctrls if c[7] == "G")
    row([("", st_sum), ("", st_sum), ("Antal genomförda T3", st_sum), ("", st_sum), ("", st_sum),
         ("", st_sum), ("", st_sum), (str(n_g), st_sum), ("", st_sum)])
    row([])
    row([("", None), ("", None), ("Teckenförklaring", st_leg)])
    row([("", None), ("", None), ("G = Genomförd", st_leg)])
    row([("", None), ("", None), ("P = Påbörjad / pågår", st_leg)])
    row([("", None), ("", None), ("E = Ej genomförd", st_leg)])
    row([("", None), ("", None), ("U = Utgår", st_leg)])
    doc.spreadsheet.addElement(t)

    # second sheet: contacts, not controls
    t2 = Table(name="Kontakt")
    tr = TableRow()
    tc = TableCell(valuetype="string")
    tc.addElement(P(text="Frågor: Gunilla Sjöberg, nämndadministratör tekniska förvaltningen"))
    tr.addElement(tc)
    t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# =====================================================================
# 8. Smedjebackens Energi & Vatten AB – .xlsx, colour-only status cells
# =====================================================================
def file_sevab():
    fil = "SEVAB IKP 2025 helårsuppföljning.xlsx"
    namnd = "Smedjebackens Energi & Vatten AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {
        "grön": PatternFill("solid", fgColor="00B050"),
        "gul": PatternFill("solid", fgColor="FFC000"),
        "röd": PatternFill("solid", fgColor="FF0000"),
        "grå": PatternFill("solid", fgColor="BFBFBF"),
        "blå": PatternFill("solid", fgColor="5B9BD5"),
    }
    ws["A1"] = "Smedjebackens Energi & Vatten AB"
    ws["A1"].font = Font(bold=True, size=14, color="00507A")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår (rapport till styrelsen och ägaren)"
    ws["A2"].font = Font(italic=True, size=10)

    ws["F1"] = "Färgförklaring"
    ws["F1"].font = Font(bold=True, size=9)
    legend = [("grön", "Genomförd"), ("gul", "Delvis genomförd / pågår"),
              ("röd", "Ej genomförd"), ("grå", "Utgår")]
    for i, (col, txt) in enumerate(legend):
        r = 2 + i
        ws.cell(row=r, column=6).fill = fills[col]
        ws.cell(row=r, column=6).border = border
        ws.cell(row=r, column=7, value=txt).font = Font(size=9)

    hdr_row = 7
    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
               "Delår 31/8", "Helår 31/12", "Avvikelse (J/N)", "Kommentar helår"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hdr_row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00507A")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    ctrls = [
        (1, "Elnät", "Avvikande förbrukning vid mätaravläsning utreds innan fakturering",
         "Månadsrapport ur mätvärdessystemet", "Kundtjänstchef", "grön", "grön", "N",
         "Rapport kontrollerad varje månad.", "GENOMFORD", False),
        (2, "Fjärrvärme", "Prisändring per 1 januari är korrekt inlagd i debiteringssystemet",
         "Stickprov 30 kunder", "Ekonom", "grön", "grön", "J",
         "Felaktig prislista för 12 kunder i januari, krediterat i februari.", "GENOMFORD", True),
        (3, "Ekonomi", "Kravhantering av obetalda fakturor sker enligt rutin",
         "Genomgång av kundreskontra per kvartal", "Ekonom", "röd", "gul", "N",
         "Kvartal 3 och 4 granskade. Inkassorutinen ses över.", "DELVIS", False),
        (4, "Ekonomi", "Leverantörsfakturor över 50 tkr har dubbel attest",
         "Stickprov 20 fakturor", "Ekonomichef", "grön", "grön", "N",
         "Inga avvikelser.", "GENOMFORD", False),
        (5, "Inköp", "Direktupphandlingar dokumenteras enligt LUF och inköpspolicy",
         "Genomgång av direktupphandlingar > 100 tkr", "VD", "röd", "röd", "N",
         "Ej genomförd, resursbrist. Ingår i plan 2026.", "EJ_GENOMFORD", False),
        (6, "IT/OT", "Behörigheter i styrsystemet (SCADA) för fjärrvärme och VA granskas",
         "Behörighetslista mot personallista", "Driftchef", "gul", "blå", "",
         "Sekretess – redovisas muntligen för styrelsen.", "OKLAR", False),
        (7, "Ekonomi", "Representation och gåvor – stickprov enligt kommunens riktlinjer",
         "Stickprov 10 verifikationer", "Ekonom", "grön", "grön", "N", "", "GENOMFORD", False),
        (8, "Elsäkerhet", "Egenkontroll enligt elsäkerhetslagen dokumenteras",
         "Genomgång av egenkontrollprogram", "Elsäkerhetsansvarig", "gul", "grå", "N",
         "Ersätts av extern revision av elsäkerheten (genomförd nov 2025).", "UTGAR", False),
        (9, "Lön", "Beredskapsersättning stäms av mot beredskapsschema",
         "Stickprov två månader", "HR-specialist", "", "", "", "", "SAKNAS", False),
    ]
    for k, (nr, proc, ktl, metod, ans, d, h, avv_txt, kom, status, avv) in enumerate(ctrls):
        r = hdr_row + 1 + k
        vals = [nr, proc, ktl, metod, ans, None, None, avv_txt or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if d:
            ws.cell(row=r, column=6).fill = fills[d]
        if h:
            ws.cell(row=r, column=7).fill = fills[h]
        exp(fil, namnd, ktl, status, avv)
    last = hdr_row + len(ctrls)
    ws.cell(row=last + 2, column=1, value="Sammanställd av: Anna Forsgren, ekonomichef, 2026-01-26").font = Font(size=9, italic=True)
    for col, w in zip("ABCDEFGHI", [5, 12, 48, 30, 16, 11, 11, 11, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    ws.print_title_rows = "7:7"

    rs = wb.create_sheet("Riskanalys 2025")
    rs.append(["Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde", "Hantering"])
    for rrow in [
        ["Felaktig debitering av kunder", 3, 3, 9, "Kontroll i IKP"],
        ["Obehörig åtkomst till styrsystem", 2, 4, 8, "Kontroll i IKP"],
        ["Brister i kravhantering", 3, 2, 6, "Kontroll i IKP"],
        ["Otillåten direktupphandling", 2, 3, 6, "Kontroll i IKP"],
        ["Stöld av material från förråd", 1, 2, 2, "Accepteras"],
    ]:
        rs.append(rrow)
    rs.column_dimensions["A"].width = 38
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, 2025, "HELAR"))


# =====================================================================
def register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Bygg- och miljönämnden", "BMN|Samhällsbyggnadsförvaltningen|Bygg och miljö|Miljö- och byggnämnden"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Smedjebackens Bostäder AB", "Smedjebo|Bostadsbolaget|SBAB"),
        ("Smedjebackens Energi & Vatten AB", "SEVAB|Smedjebackens Energi och Vatten AB|Energi & Vatten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(rows)


def main():
    for fn in os.listdir(OUT):
        if fn.endswith((".docx", ".odt", ".ods", ".xlsx")) or fn.startswith("~$"):
            os.remove(os.path.join(OUT, fn))
    file_socialnamnden()
    file_bun()
    sb = file_bostader()
    lock_file(sb)
    file_kfn()
    file_ks()
    file_bmn()
    file_tn()
    file_sevab()
    register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "files,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
