#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 123 – Hedeby kommun, delår (per 31 augusti) 2025, Word-heavy inbox.

Builds every file of the round in the folder of this script, plus namnder.csv,
files.csv and expected.csv.  Run with /usr/bin/python3.
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round123"

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def reg_file(fil, utfall, namnd="", ar="", period=""):
    FILES.append([fil, utfall, namnd, ar, period])


def reg_ctrl(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"), status
    assert avv in ("ja", "nej")
    EXPECTED.append([fil, namnd, km, status, avv])


# ----------------------------------------------------------------------------
# generic docx helpers
# ----------------------------------------------------------------------------

def new_doc(font="Calibri", size=10, author="Hedeby kommun"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    a4(sec)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.title = ""
    cp.created = datetime.datetime(2025, 9, 2, 8, 30)
    cp.modified = datetime.datetime(2025, 9, 11, 15, 5)
    cp.revision = 4
    return doc


def a4(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(18)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcPr.append(shd)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_mm):
            gc.set(qn("w:w"), str(Mm(widths_mm[i]).twips))
    for tr in table._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            w = sum(widths_mm[col:col + span])
            tc.width = Mm(w)
            col += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:tblHeader"))


def cell_text(cell, text, bold=False, italic=False, size=None, align=None):
    """Write text (may contain \n for several paragraphs) into an empty cell."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
    return cell


def para(doc, text, bold=False, size=None, italic=False, align=None, space_after=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def header_text(doc, left, right=""):
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = left + ("\t\t" + right if right else "")
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def footer_text(doc, text):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = text
    for r in fp.runs:
        r.font.size = Pt(7)


# ----------------------------------------------------------------------------
# 1. BUN – control table with nested tables inside cells
# ----------------------------------------------------------------------------

def build_bun():
    fil = "BUN Uppföljning internkontroll delår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = new_doc("Arial", 9, "Lena Holmgren")
    header_text(doc, "HEDEBY KOMMUN  |  Barn- och utbildningsförvaltningen", "Dnr BUN 2025/118")
    footer_text(doc, "Barn- och utbildningsförvaltningen, Hedeby kommun  •  Besöksadress Skolgatan 4  •  0123-45 60 00")

    para(doc, "Uppföljning av internkontrollplan 2025", bold=True, size=16, space_after=2)
    para(doc, "Delårsuppföljning – perioden 1 januari till och med 31 augusti", size=11, space_after=10)
    para(doc, "Uppföljningen avser de kontrollmoment som nämnden beslutade i internkontrollplanen för 2025 "
              "(BUN 2024-12-11 § 121). Kontrollerna har utförts av förvaltningens controllers, "
              "verksamhetschefer och HR-konsult. Där kontrollen omfattat flera enheter redovisas resultatet "
              "per enhet i en deltabell i resultatkolumnen.")
    para(doc, "Statusbegrepp: Genomförd, Pågår, Ej genomförd, Utgår.", italic=True, size=8)

    cols = ["Nr", "Process/rutin", "Kontrollmoment", "Metod och frekvens", "Resultat", "Status", "Åtgärd"]
    widths = [7, 18, 34, 24, 46, 28, 29]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "1F4E79")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])

    def heading_row(text):
        r = t.add_row()
        m = r.cells[0].merge(r.cells[-1])
        cell_text(m, text, bold=True)
        shade(m, "D9E2F3")

    def nested(cell, header, rows, intro=None, outro=None, nwidths=None):
        if intro:
            cell_text(cell, intro)
        nt = cell.add_table(rows=1, cols=len(header))
        nt.style = "Table Grid"
        for i, h in enumerate(header):
            cell_text(nt.rows[0].cells[i], h, bold=True, size=8)
            shade(nt.rows[0].cells[i], "F2F2F2")
        for rw in rows:
            rr = nt.add_row()
            for i, v in enumerate(rw):
                cell_text(rr.cells[i], v, size=8)
        if nwidths is None:
            nwidths = {2: [22, 21], 3: [17, 15, 11]}[len(header)]
        set_widths(nt, nwidths)
        if outro:
            last = cell.paragraphs[-1]
            last.add_run(outro)

    def ctrl(nr, process, km, metod, resultat, status, atgard, exp, avv):
        r = t.add_row()
        c = r.cells
        cell_text(c[0], nr)
        cell_text(c[1], process)
        cell_text(c[2], km)
        cell_text(c[3], metod)
        if isinstance(resultat, str):
            cell_text(c[4], resultat)
        else:
            nested(c[4], *resultat)
        if isinstance(status, str):
            cell_text(c[5], status)
        else:
            nested(c[5], *status)
        cell_text(c[6], atgard)
        reg_ctrl(fil, namnd, km, exp, avv)

    heading_row("Ekonomi och administration")
    ctrl("1", "Attest",
         "Leverantörsfakturor attesteras av behörig beslutsattestant enligt attestförteckningen",
         "Stickprov 65 fakturor, mars och juni",
         (["Enhet", "Granskade fakturor", "Avvikelser"],
          [["Förskola", "20", "0"], ["Grundskola", "30", "2"], ["Gymnasiet", "15", "0"]],
          "Stickprov i ekonomisystemet mot gällande attestförteckning:",
          "Två fakturor i grundskolan hade attesterats av ersättare som inte fanns i attestförteckningen."),
         "Genomförd",
         "Attestförteckningen uppdateras inför höstterminen. Påminnelse till rektorer.",
         "GENOMFORD", "ja")
    ctrl("2", "Representation",
         "Representation och förtroendekänsliga poster – syfte och deltagare är angivna",
         "Stickprov 15 verifikationer, halvår",
         "Samtliga 15 granskade verifikationer hade syfte och deltagarförteckning. Inga avvikelser.",
         "Genomförd", "–", "GENOMFORD", "nej")
    ctrl("3", "Inköp",
         "Avtalstrohet vid inköp av läromedel och förbrukningsmaterial",
         "Uppföljning av andel inköp hos avtalsleverantör per kvartal",
         (["Kvartal", "Andel inom avtal", "Mål"],
          [["Q1", "82 %", "90 %"], ["Q2", "79 %", "90 %"], ["Q3", "mäts i oktober", "90 %"]],
          "Andel av inköpsvolymen som gjorts hos upphandlade leverantörer:",
          "Köp utanför avtal har noterats hos två leverantörer av förbrukningsmaterial."),
         "Pågår",
         "Information till skoladministratörer på höstens ekonomiträff.",
         "DELVIS", "ja")
    heading_row("Verksamhet")
    ctrl("4", "Skolplikt",
         "Rutin för uppföljning av elevers frånvaro följs, inklusive anmälan till huvudman vid upprepad frånvaro",
         "Genomgång av frånvarorapporter per skolområde, en gång per termin",
         "Kontrollen genomförs per skolområde. I de områden där den är gjord har rutinen följts utan avvikelser.",
         (["Skolområde", "Status"],
          [["Norra", "Genomförd"], ["Södra", "Genomförd"], ["Västra", "Ej påbörjad"]],
          "Per skolområde:", None, [13, 14]),
         "Västra skolområdet genomför kontrollen i september.",
         "DELVIS", "nej")
    ctrl("5", "Kränkande behandling",
         "Anmälan om kränkande behandling lämnas till huvudman inom fem arbetsdagar",
         "Genomgång av samtliga anmälningar i ärendesystemet jan–jun",
         (["Verksamhet", "Anmälningar", "Varav sena"],
          [["Förskola", "11", "1"], ["Grundskola F–6", "38", "6"], ["Grundskola 7–9", "15", "2"]],
          "Antal anmälningar och hur många som kom in senare än fem arbetsdagar:",
          "Totalt 9 av 64 anmälningar lämnades för sent."),
         "Genomförd",
         "Rutinen gås igenom på rektorsmöte i september.",
         "GENOMFORD", "ja")
    ctrl("6", "Modersmål",
         "Beslut om modersmålsundervisning fattas av rätt delegat enligt delegationsordningen",
         "Stickprov 10 beslut, vårterminen",
         "Kontrollen har inte genomförts på grund av sjukskrivning hos ansvarig handläggare.",
         "Ej genomförd",
         "Genomförs under hösten och redovisas i helårsuppföljningen.",
         "EJ_GENOMFORD", "nej")
    heading_row("Personal")
    ctrl("7", "Lön",
         "Timanställda får inte lön utbetald utan attesterad tidrapport",
         "Stickprov 40 utbetalningar i mars och maj",
         (["Månad", "Kontrollerade", "Fel"],
          [["Mars", "40", "1"], ["Maj", "40", "0"]],
          None,
          "En utbetalning i mars saknade attesterad tidrapport; beloppet har reglerats."),
         "Genomförd", "–", "GENOMFORD", "ja")
    ctrl("8", "Rekrytering",
         "Utdrag ur belastningsregistret har uppvisats före anställning i förskola och skola",
         "Kontroll av samtliga nyanställningar jan–jun (n = 27)",
         "Utdrag fanns dokumenterat för samtliga 27 nyanställda.",
         "Genomförd", "–", "GENOMFORD", "nej")
    ctrl("9", "IT-behörigheter",
         "Behörigheter i det elevadministrativa systemet avslutas när anställning upphör",
         "Jämförelse behörighetslista mot avslutade anställningar, halvår",
         "Kontrollen ersätts av en kommungemensam behörighetskontroll som Kommunstyrelsen ansvarar för.",
         "Utgår",
         "Beslut BUN 2025-04-23 § 38.",
         "UTGAR", "nej")
    r = t.add_row()
    m = r.cells[0].merge(r.cells[-1])
    cell_text(m, "Sammanfattning: 5 av 9 kontrollmoment genomförda, 2 pågår, 1 ej genomfört och 1 utgår.",
              italic=True)
    set_widths(t, widths)

    # landscape-ish wide table: keep portrait but narrow margins
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Mm(12)

    para(doc, "")
    para(doc, "Hedeby 2025-09-12")
    para(doc, "Lena Holmgren, förvaltningschef")
    doc.save(os.path.join(OUT, fil))
    reg_file(fil, "INLAST", namnd, "2025", "DELAR")


# ----------------------------------------------------------------------------
# 2. SN – status as check-box content controls (☐/☒) in three columns
# ----------------------------------------------------------------------------

_SDT_ID = [700100]


def checkbox(paragraph, checked):
    _SDT_ID[0] += 7
    sym = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt %s>'
        '<w:sdtPr>'
        '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/><w:sz w:val="24"/></w:rPr>'
        '<w:id w:val="%d"/>'
        '<w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
        '</w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
        '<w:sz w:val="24"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent>'
        '</w:sdt>' % (nsdecls("w", "w14"), _SDT_ID[0], 1 if checked else 0, sym))
    paragraph._p.append(parse_xml(xml))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_sn():
    fil = "Socialnämnden_IKP_delår_2025.docx"
    namnd = "Socialnämnden"
    doc = new_doc("Calibri", 10, "Karin Åberg")
    header_text(doc, "Hedeby kommun – Socialförvaltningen", "Bilaga till delårsrapport 2025")

    para(doc, "SOCIALNÄMNDEN", bold=True, size=12, space_after=0)
    para(doc, "Uppföljning av internkontrollplan 2025", bold=True, size=15, space_after=0)
    para(doc, "Period: januari–augusti (delår)", size=11, space_after=8)
    para(doc, "Instruktion: Markera status med kryss i en av rutorna Genomförd, Delvis genomförd eller "
              "Ej genomförd. Endast ett alternativ per kontrollmoment. Beskriv resultat och eventuella "
              "avvikelser i kommentarsfältet.", italic=True, size=9)

    cols = ["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis genomförd", "Ej genomförd", "Kommentar / iakttagelser"]
    widths = [50, 22, 19, 19, 19, 53]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True, size=9,
                  align=WD_ALIGN_PARAGRAPH.CENTER if 2 <= i <= 4 else None)
        shade(t.rows[0].cells[i], "C5E0B3")
    repeat_header(t.rows[0])

    def group(text):
        r = t.add_row()
        m = r.cells[0].merge(r.cells[-1])
        cell_text(m, text, bold=True)
        shade(m, "EDEDED")

    def ctrl(km, ansvarig, boxes, kommentar, exp=None, avv=None, example=False):
        r = t.add_row()
        c = r.cells
        cell_text(c[0], km, italic=example)
        cell_text(c[1], ansvarig, italic=example)
        for i in range(3):
            checkbox(c[2 + i].paragraphs[0], boxes[i])
        cell_text(c[5], kommentar, italic=example)
        if not example:
            reg_ctrl(fil, namnd, km, exp, avv)

    ctrl("Exempel: Kontroll av att rutin X följs (ta bort raden)", "Enhetschef", (1, 0, 0),
         "Exempel: 10 akter granskade, inga avvikelser.", example=True)
    group("Individ- och familjeomsorg – ekonomiskt bistånd")
    ctrl("Beslut om ekonomiskt bistånd fattas av behörig handläggare enligt delegationsordningen",
         "Enhetschef EKB", (1, 0, 0),
         "20 akter granskade. I ett ärende hade beslut fattats av vikarie utan delegation; beslutet har omprövats.",
         "GENOMFORD", "ja")
    ctrl("Utbetalningar av ekonomiskt bistånd stäms av mot beslut (stickprov 25 utbetalningar)",
         "Controller", (1, 0, 0), "Inga avvikelser.", "GENOMFORD", "nej")
    group("Individ- och familjeomsorg – barn och unga")
    ctrl("Skyddsbedömning görs inom 24 timmar efter inkommen orosanmälan",
         "Enhetschef Barn och unga", (0, 1, 0),
         "Januari–april granskat utan anmärkning. Maj–augusti granskas i september.",
         "DELVIS", "nej")
    ctrl("Placeringar på HVB – avtal finns och fakturor stäms av mot avtalat dygnspris",
         "Controller", (0, 0, 1),
         "Ej genomförd på grund av vakant controllertjänst under våren.",
         "EJ_GENOMFORD", "nej")
    ctrl("Dokumentation enligt SoL – journalanteckningar förs utan dröjsmål",
         "Enhetschef Barn och unga", (1, 0, 1),
         "Stickprov 10 akter.",
         "OKLAR", "nej")
    group("Gemensamt för förvaltningen")
    ctrl("Loggkontroll i verksamhetssystemet avseende otillbörlig åtkomst till personakter",
         "Systemförvaltare", (0, 0, 0),
         "Loggkontroll genomförd i maj och augusti. En otillbörlig åtkomst upptäcktes och har hanterats som personalärende.",
         "GENOMFORD", "ja")
    ctrl("Rapporterade händelser om hot och våld följs upp på arbetsplatsträff",
         "Enhetschefer", (0, 0, 0), "",
         "SAKNAS", "nej")
    ctrl("Avgiftsbeslut fattas för samtliga insatser där avgift ska tas ut",
         "Avgiftshandläggare", (0, 1, 0),
         "Pågår. Rutinen revideras och kontrollen slutförs efter revideringen.",
         "DELVIS", "nej")
    ctrl("Personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar",
         "Kvalitetsstrateg", (1, 0, 0),
         "Två incidenter under perioden, båda rapporterade inom 72 timmar.",
         "GENOMFORD", "nej")
    set_widths(t, widths)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Mm(14)

    para(doc, "")
    para(doc, "Upprättad av: Karin Åberg, kvalitetsstrateg, 2025-09-05", size=9)
    doc.save(os.path.join(OUT, fil))
    reg_file(fil, "INLAST", namnd, "2025", "DELAR")


# ----------------------------------------------------------------------------
# 3. VON – portrait text / landscape section with table / portrait text
# ----------------------------------------------------------------------------

def build_von():
    fil = "Delårsrapport 2025 VON bilaga 4 Intern kontroll.docx"
    namnd = "Vård- och omsorgsnämnden"
    doc = new_doc("Times New Roman", 11, "Anna Lindqvist")
    header_text(doc, "Hedeby kommun", "Vård- och omsorgsförvaltningen")

    para(doc, "Vård- och omsorgsnämnden", bold=True, size=13, space_after=0)
    para(doc, "Delårsrapport januari–augusti 2025", bold=True, size=18, space_after=0)
    para(doc, "Bilaga 4 – Uppföljning av intern kontroll", size=14, space_after=14)
    doc.add_heading("Inledning", level=2)
    para(doc, "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (VON § 98). Planen omfattar "
              "åtta kontrollmoment som bygger på nämndens risk- och väsentlighetsanalys. I denna bilaga redovisas "
              "status för varje kontrollmoment vid tertial 1 och vid delårsbokslutet per 31 augusti.")
    para(doc, "Tabellen på nästa sida visar status vid båda uppföljningstillfällena. Det är statusen vid "
              "delårsbokslutet som gäller; statusen vid tertial 1 visas för jämförelse.")
    doc.add_heading("Läsanvisning", level=2)
    para(doc, "Genomförd – kontrollen är utförd för perioden. Pågår – kontrollen är påbörjad men inte slutförd. "
              "Ej påbörjad / Ej genomförd – kontrollen har inte utförts. Utgår – kontrollen har strukits genom beslut.")

    # landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec2, landscape=True)
    para(doc, "Uppföljning av kontrollmoment 2025", bold=True, size=12)
    cols = ["Nr", "Risk/process", "Kontrollmoment", "Kontrollmetod", "Frekvens",
            "Status", "", "Kommentar delår", "Avvikelse"]
    widths = [9, 28, 48, 38, 19, 20, 21, 56, 18]
    t = doc.add_table(rows=2, cols=len(cols))
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, c in enumerate(cols):
        if i in (5, 6):
            continue
        m = h0[i].merge(h1[i])
        cell_text(m, c, bold=True, size=9)
    st = h0[5].merge(h0[6])
    cell_text(st, "Status", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(h1[5], "T1 (30/4)", bold=True, size=9)
    cell_text(h1[6], "Delår (31/8)", bold=True, size=9)
    for row in t.rows[:2]:
        for c in row.cells:
            shade(c, "FCE4D6")
        repeat_header(row)

    def ctrl(nr, risk, km, metod, frekv, t1, delar, kommentar, avv_txt, exp, avv):
        r = t.add_row().cells
        for i, v in enumerate([nr, risk, km, metod, frekv, t1, delar, kommentar, avv_txt]):
            cell_text(r[i], v, size=9)
        reg_ctrl(fil, namnd, km, exp, avv)

    ctrl("1", "Bemanning", "Schemaläggning följer arbetstidslagen avseende dygnsvila",
         "Stickprov scheman 6 enheter", "2 ggr/år", "Pågår", "Genomförd",
         "Brister i dygnsvila vid två enheter (Björkhagen, Solgården). Handlingsplan upprättad.", "Ja",
         "GENOMFORD", "ja")
    ctrl("2", "Läkemedel", "Avvikelser i läkemedelshanteringen rapporteras och åtgärdas",
         "Genomgång avvikelsesystemet, MAS", "Tertialvis", "Genomförd", "Genomförd",
         "Samtliga avvikelser hanterade enligt rutin.", "Nej",
         "GENOMFORD", "nej")
    ctrl("3", "Avgifter", "Fakturerade hemtjänstavgifter stämmer mot utförd tid",
         "Jämförelse tidrapportering – fakturering, 30 brukare", "2 ggr/år", "Ej påbörjad", "Pågår",
         "Underlag för 18 av 30 brukare kontrollerat, resterande klart i oktober.", "Nej",
         "DELVIS", "nej")
    ctrl("4", "LSS", "Gynnande LSS-beslut verkställs inom tre månader och ej verkställda beslut rapporteras till IVO",
         "Uttag ur verksamhetssystemet", "Kvartalsvis", "Genomförd", "Genomförd med anmärkning",
         "Två ej verkställda beslut rapporterades till IVO efter föreskriven tid.", "Ja",
         "GENOMFORD", "ja")
    ctrl("5", "Brukarnas medel", "Privata medel för boende i särskilt boende – kassabok och kvitton stämmer",
         "Stickprov 3 boenden", "1 gång/år", "Pågår", "Ej genomförd",
         "Kontrollen kunde inte slutföras på grund av personalbrist. Flyttas till 2026.", "Nej",
         "EJ_GENOMFORD", "nej")
    ctrl("6", "Upphandlad verksamhet", "Avtalsuppföljning av externa utförare inom hemtjänst enligt LOV",
         "Uppföljningsmöte och granskning av rapporter", "1 gång/år", "–", "Utgår",
         "Utgår enligt beslut VON 2025-05-20 § 47 – ingen extern LOV-utförare finns kvar i kommunen.", "–",
         "UTGAR", "nej")
    ctrl("7", "Nyckelhantering", "Nycklar till brukares bostäder i hemtjänsten kvitteras enligt rutin",
         "Inventering av nyckelskåp mot kvittenslistor", "Tertialvis", "Pågår", "Pågår",
         "Tre nycklar saknades i kvittenslistan vid Norra hemtjänstgruppen. Inventering av övriga grupper pågår.", "Ja",
         "DELVIS", "ja")
    ctrl("8", "Informationssäkerhet", "Behörigheter i verksamhetssystemet motsvarar medarbetarens uppdrag",
         "Jämförelse behörighetslista mot personalregister", "1 gång/år", "Ej påbörjad", "",
         "Kontrollen är planerad till oktober och har inte gjorts ännu.", "",
         "EJ_GENOMFORD", "nej")
    set_widths(t, widths)

    # portrait again
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec3, landscape=False)
    doc.add_heading("Samlad bedömning", level=2)
    para(doc, "Av nämndens åtta kontrollmoment är tre genomförda, två pågår, två har inte genomförts och ett "
              "har utgått. Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig men att "
              "kontrollen av brukarnas privata medel behöver prioriteras.")
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    cell_text(s.rows[0].cells[0], "Status vid delår", bold=True)
    cell_text(s.rows[0].cells[1], "Antal", bold=True)
    for a, b in [("Genomförd", "3"), ("Pågår", "2"), ("Ej genomförd / ej påbörjad", "2"), ("Utgår", "1"),
                 ("Summa", "8")]:
        r = s.add_row().cells
        cell_text(r[0], a)
        cell_text(r[1], b)
    set_widths(s, [60, 20])
    para(doc, "")
    para(doc, "Hedeby den 10 september 2025")
    para(doc, "Anna Lindqvist\nFörvaltningschef, vård- och omsorgsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    reg_file(fil, "INLAST", namnd, "2025", "DELAR")


# ----------------------------------------------------------------------------
# 4. KFN – tracked changes left in the document
# ----------------------------------------------------------------------------

_REV_ID = [1]


def _rid():
    _REV_ID[0] += 1
    return str(_REV_ID[0])


def _run(text, deleted=False, bold=False, size=None):
    r = OxmlElement("w:r")
    if bold or size:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if size:
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _rev(kind, author, date):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def tracked(p, segments, author="Jonas Berg", date="2025-09-08T10:14:00Z", bold=False, size=None):
    """segments: list of (kind, text) with kind in t/ins/del."""
    for kind, text in segments:
        if kind == "t":
            p._p.append(_run(text, bold=bold, size=size))
        elif kind == "ins":
            w = _rev("ins", author, date)
            w.append(_run(text, bold=bold, size=size))
            p._p.append(w)
        elif kind == "del":
            w = _rev("del", author, date)
            w.append(_run(text, deleted=True, bold=bold, size=size))
            p._p.append(w)
        else:
            raise ValueError(kind)


def mark_para_mark(p, kind, author, date):
    """Mark the paragraph mark itself as inserted/deleted (as Word does in whole-row revisions)."""
    pPr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_rev(kind, author, date))
    pPr.append(rpr)


def build_kfn():
    fil = "KFN uppföljning IK delår.docx"
    namnd = "Kultur- och fritidsnämnden"
    doc = new_doc("Calibri", 10, "Maria Ek")
    s = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    ps = s.find(qn("w:proofState"))
    ps.addnext(tr)
    header_text(doc, "Hedeby kommun", "Kultur- och fritidsförvaltningen")

    A1, D1 = "Maria Ek", "2025-09-03T08:41:00Z"
    A2, D2 = "Jonas Berg", "2025-09-08T13:22:00Z"

    p = doc.add_paragraph()
    tracked(p, [("t", "Kultur- och fritidsnämnden")], bold=True, size=12)
    p = doc.add_paragraph()
    tracked(p, [("t", "Uppföljning av internkontrollplan "), ("del", "2024"), ("ins", "2025")],
            author=A1, date=D1, bold=True, size=16)
    p = doc.add_paragraph()
    tracked(p, [("t", "Delårsbokslut per 31 augusti – redovisning till nämnden "),
                ("del", "2024-09-18"), ("ins", "2025-09-17")], author=A1, date=D1, size=11)
    p = doc.add_paragraph()
    tracked(p, [("t", "Nedan redovisas resultatet av de kontroller som genomförts under perioden januari–augusti. "),
                ("del", "Samtliga kontrollmoment har genomförts utan väsentliga avvikelser."),
                ("ins", "Flertalet kontrollmoment har genomförts; avvikelser redovisas i kommentarskolumnen.")],
            author=A2, date=D2)

    cols = ["Kontrollområde", "Kontrollmoment", "Metod", "Status", "Kommentar"]
    widths = [26, 50, 32, 28, 50]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "FFF2CC")
    repeat_header(t.rows[0])

    def ctrl(area, km, metod, status_segs, komm_segs, exp=None, avv=None, row_rev=None, author=A2, date=D2):
        r = t.add_row()
        c = r.cells
        values = [[("t", area)], [("t", km)], [("t", metod)], status_segs, komm_segs]
        if row_rev:
            trPr = r._tr.get_or_add_trPr()
            trPr.append(_rev(row_rev, author, date))
            kind = row_rev
            values = [[(kind, txt) for _, txt in segs] for segs in values]
        for i, segs in enumerate(values):
            pp = c[i].paragraphs[0]
            tracked(pp, [s_ for s_ in segs if s_[1]], author=author, date=date)
            if row_rev:
                mark_para_mark(pp, row_rev, author, date)
        if exp:
            reg_ctrl(fil, namnd, km, exp, avv)

    ctrl("Kontanthantering", "Dagsavstämning av simhallens kassa mot kassasystemet",
         "Stickprov 20 dagar",
         [("del", "Pågår"), ("ins", "Genomförd")],
         [("t", "20 dagar avstämda. En kassadifferens på 1 200 kr den 14 juni har utretts och rapporterats.")],
         "GENOMFORD", "ja")
    ctrl("Bidrag", "Utbetalda föreningsbidrag har beslut och redovisning enligt bidragsreglerna",
         "Granskning av 15 bidragsärenden",
         [("del", "Ej påbörjad"), ("ins", "Delvis genomförd")],
         [("ins", "Aktivitetsbidragen är granskade utan anmärkning. Lokalbidragen granskas i oktober.")],
         "DELVIS", "nej")
    ctrl("Uthyrning", "Bokningar av idrottshallar och samlingslokaler faktureras",
         "Jämförelse bokningssystem – kundreskontra",
         [("t", "Genomförd")],
         [("t", "Kontroll av bokningar jan–jun. "),
          ("ins", "Tre bokningar hade inte fakturerats; de faktureras i september.")],
         "GENOMFORD", "ja")
    ctrl("Inköp", "Mediainköp till biblioteken görs från upphandlad leverantör",
         "Genomgång av leverantörsfakturor",
         [("del", "Genomförd"), ("ins", "Ej genomförd")],
         [("del", "Inga avvikelser."), ("ins", "Kontrollen har inte gjorts. Flyttas till hösten.")],
         "EJ_GENOMFORD", "nej")
    # a duplicate row that was deleted with track changes on -> not part of the accepted document
    ctrl("Inköp", "Mediainköp sker från upphandlad leverantör (biblioteken)",
         "Fakturagranskning",
         [("t", "Genomförd")],
         [("t", "Inga avvikelser.")],
         row_rev="del", author=A2, date=D2)
    ctrl("Representation", "Vid representation anges syfte och deltagare på verifikationen",
         "Stickprov 10 verifikationer",
         [("t", "Genomförd")],
         [("t", "Inga avvikelser.")],
         "GENOMFORD", "nej")
    ctrl("Delegation", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse delegationslista – protokoll",
         [("del", "Genomförd"), ("ins", "Utgår")],
         [("ins", "Kontrollen har flyttats till kommungemensam kontroll under KS, beslut KFN 2025-06-11 § 52.")],
         "UTGAR", "nej")
    ctrl("Arvoden", "Avtal och F-skattsedel kontrolleras innan arvode betalas ut till kulturutövare",
         "Stickprov 12 utbetalningar",
         [("del", "Genomförd")],
         [("t", "Kontrollen påbörjades i augusti och slutförs i oktober.")],
         "DELVIS", "nej")
    # a row inserted with track changes on -> part of the accepted document
    ctrl("Inventarier", "Inventering av utrustning på fritidsgårdarna",
         "Inventering mot inventarieförteckning",
         [("t", "Pågår")],
         [("t", "Två av fyra fritidsgårdar inventerade.")],
         "DELVIS", "nej", row_rev="ins", author=A1, date=D1)
    set_widths(t, widths)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Mm(12)

    para(doc, "")
    p = doc.add_paragraph()
    tracked(p, [("t", "Kontaktperson: "), ("del", "Peter Sund"), ("ins", "Maria Ek"), ("t", ", controller")],
            author=A1, date=D1)
    doc.save(os.path.join(OUT, fil))
    reg_file(fil, "INLAST", namnd, "2025", "DELAR")


# ----------------------------------------------------------------------------
# 5. MHN – old binary .doc (built as docx, converted by LibreOffice)
# ----------------------------------------------------------------------------

def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt,
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def build_mhn(tmpdir):
    fil = "Miljokontoret IK-uppfoljning 2025-08-31.doc"
    namnd = "Miljö- och hälsoskyddsnämnden"
    doc = new_doc("Arial", 10, "miljo04")
    header_text(doc, "MILJÖKONTORET", "Hedeby kommun")

    para(doc, "Internkontroll 2025", bold=True, size=14, space_after=0)
    para(doc, "Uppföljning per 2025-08-31 (delår)", size=11, space_after=6)
    para(doc, "Kolumnen för 2024 visar utfallet vid förra årets uppföljning och är med för jämförelse.", size=9)

    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, c in [(0, "Nr"), (1, "Kontrollmoment"), (2, "Ansvarig"), (5, "Resultat / kommentar")]:
        m = h0[i].merge(h1[i])
        cell_text(m, c, bold=True)
    m = h0[3].merge(h0[4])
    cell_text(m, "Utfört", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(h1[3], "2024", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(h1[4], "2025 t.o.m. aug", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in t.rows[:2]:
        for c in row.cells:
            shade(c, "E2EFD9")

    def ctrl(nr, km, ansv, y24, y25, komm, exp, avv):
        r = t.add_row().cells
        for i, v in enumerate([nr, km, ansv, y24, y25, komm]):
            cell_text(r[i], v, align=WD_ALIGN_PARAGRAPH.CENTER if i in (3, 4) else None)
        reg_ctrl(fil, namnd, km, exp, avv)

    ctrl("1", "Avgifter för tillsyn debiteras enligt gällande taxa (stickprov 10 ärenden)", "Adm.",
         "J", "J", "Ett ärende hade debiterats med fel timtaxa; rättat och ny faktura skickad.", "GENOMFORD", "ja")
    ctrl("2", "Beslut fattade på delegation anmäls till nämnden", "Nämndsekr.",
         "J", "J", "Alla delegationsbeslut anmälda.", "GENOMFORD", "nej")
    ctrl("3", "Planerade livsmedelsinspektioner genomförs enligt tillsynsplanen", "Enhetschef livsmedel",
         "D", "D", "62 % av årets planerade inspektioner utförda t.o.m. augusti.", "DELVIS", "nej")
    ctrl("4", "Handläggningstider för klagomålsärenden om bostäder följs", "Enhetschef miljö",
         "N", "P", "", "OKLAR", "nej")
    ctrl("5", "Jäv anmäls och dokumenteras vid handläggning av tillsynsärenden", "Miljöchef",
         "–", "N", "Ej utförd, prioriteras under hösten.", "EJ_GENOMFORD", "nej")
    ctrl("6", "Leverantörsfakturor attesteras enligt attestordningen", "Adm.",
         "J", "J", "Inga avvikelser.", "GENOMFORD", "nej")
    ctrl("7", "Handlingar med sekretess markeras i diariet", "Registrator",
         "J", "U", "Ingår från 2025 i kommunstyrelsens gemensamma kontroll.", "UTGAR", "nej")
    ctrl("8", "Provsvar för badvatten registreras i ärendesystemet inom en vecka", "Miljöinspektör",
         "J", "", "", "SAKNAS", "nej")
    set_widths(t, [8, 62, 24, 13, 17, 52])
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Mm(14)

    para(doc, "")
    para(doc, "Förklaring: J = ja, utfört   D = delvis utfört   N = nej, ej utfört   U = utgår", size=9)
    para(doc, "Sammanställt av miljökontoret 2025-09-04", size=9)
    base = os.path.splitext(fil)[0]
    src = os.path.join(tmpdir, base + ".docx")
    doc.save(src)
    soffice_convert(src, "doc", OUT)
    assert os.path.exists(os.path.join(OUT, fil)), "doc conversion failed"
    reg_file(fil, "INLAST", namnd, "2025", "DELAR")


# ----------------------------------------------------------------------------
# 6. TN – .odt, tertialrapport 2, status as cell colour with legend
# ----------------------------------------------------------------------------

def build_tn():
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties)
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H

    fil = "TN_tertialrapport2_2025_internkontroll.odt"
    namnd = "Tekniska nämnden"
    doc = OpenDocumentText()
    from odf.dc import Creator
    doc.meta.addElement(Creator(text="Teknik- och serviceförvaltningen"))

    def pstyle(name, size="10pt", bold=False, italic=False):
        s = Style(name=name, family="paragraph")
        kw = {"fontsize": size, "fontfamily": "Liberation Sans", "fontname": "Liberation Sans"}
        if bold:
            kw["fontweight"] = "bold"
        if italic:
            kw["fontstyle"] = "italic"
        s.addElement(TextProperties(**kw))
        doc.automaticstyles.addElement(s)
        return s

    sTitle = pstyle("PTitle", "16pt", bold=True)
    sSub = pstyle("PSub", "12pt")
    sBody = pstyle("PBody", "10pt")
    sSmall = pstyle("PSmall", "8.5pt")
    sHead = pstyle("PHead", "9pt", bold=True)
    sItal = pstyle("PItal", "9pt", italic=True)

    def cstyle(name, color=None):
        s = Style(name=name, family="table-cell")
        kw = {"border": "0.5pt solid #000000", "padding": "0.08cm"}
        if color:
            kw["backgroundcolor"] = color
        s.addElement(TableCellProperties(**kw))
        doc.automaticstyles.addElement(s)
        return s

    COLORS = {"grön": "#00B050", "gul": "#FFFF00", "orange": "#FFC000", "röd": "#FF0000",
              "grå": "#A6A6A6", "lila": "#7030A0", None: None}
    cstyles = {k: cstyle("C_" + (k or "none").replace("ö", "o").replace("å", "a"), v) for k, v in COLORS.items()}
    sHeadCell = cstyle("C_head", "#DDEBF7")

    def table(name, widths_cm):
        ts = Style(name=name, family="table")
        ts.addElement(TableProperties(width="%.2fcm" % sum(widths_cm), align="left"))
        doc.automaticstyles.addElement(ts)
        tb = Table(name=name, stylename=ts)
        for i, w in enumerate(widths_cm):
            cs = Style(name="%s.%d" % (name, i), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            doc.automaticstyles.addElement(cs)
            tb.addElement(TableColumn(stylename=cs))
        return tb

    def row(tb, values, cell_styles, pst):
        tr = TableRow()
        for v, cs in zip(values, cell_styles):
            tc = TableCell(stylename=cs, valuetype="string")
            for line in (v or "").split("\n") if v else [""]:
                tc.addElement(P(stylename=pst, text=line))
            tr.addElement(tc)
        tb.addElement(tr)

    doc.text.addElement(P(stylename=sSmall, text="Hedeby kommun – Teknik- och serviceförvaltningen"))
    doc.text.addElement(P(stylename=sTitle, text="Tekniska nämnden"))
    doc.text.addElement(P(stylename=sSub, text="Tertialrapport 2 2025 (januari–augusti)"))
    doc.text.addElement(P(stylename=sSub, text="Avsnitt 7. Intern kontroll"))
    doc.text.addElement(P(stylename=sBody, text=(
        "Nämndens internkontrollplan för 2025 innehåller nio kontrollmoment. Status per 31 augusti redovisas "
        "med färg i kolumnen Status enligt förklaringen nedan. Eventuella avvikelser beskrivs i kolumnen Avvikelse.")))
    doc.text.addElement(P(stylename=sBody, text=""))
    doc.text.addElement(P(stylename=sHead, text="Färgförklaring"))
    lg = table("Forklaring", [1.2, 9.0])
    for col, txt in [("grön", "Genomförd, inga avvikelser"), ("gul", "Genomförd, avvikelser noterade"),
                     ("orange", "Påbörjad / pågår"), ("röd", "Ej genomförd"), ("grå", "Utgår")]:
        row(lg, ["", txt], [cstyles[col], cstyles[None]], sSmall)
    doc.text.addElement(lg)
    doc.text.addElement(P(stylename=sBody, text=""))

    tb = table("Kontroller", [0.8, 3.0, 5.6, 1.6, 3.6, 3.4])
    row(tb, ["Nr", "Område", "Kontrollmoment", "Status", "Kommentar", "Avvikelse"], [sHeadCell] * 6, sHead)

    def ctrl(nr, omr, km, colour, komm, avv_txt, exp, avv):
        row(tb, [nr, omr, km, "", komm, avv_txt],
            [cstyles[None], cstyles[None], cstyles[None], cstyles[colour], cstyles[None], cstyles[None]], sBody)
        reg_ctrl(fil, namnd, km, exp, avv)

    ctrl("1", "Ekonomi", "Leverantörsfakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
         "grön", "Stickprov 12 fakturor.", "Nej", "GENOMFORD", "nej")
    ctrl("2", "Investeringar", "Investeringsprojekt över 5 mnkr har beslut i nämnden före upphandling",
         "orange", "Fyra av sex projekt granskade, två återstår.", "Nej", "DELVIS", "nej")
    ctrl("3", "Fordon", "Körjournaler förs för kommunens fordon och drivmedelskort stäms av",
         "röd", "Ej genomförd under perioden.", "–", "EJ_GENOMFORD", "nej")
    ctrl("4", "Inköp", "Förbrukningsmaterial köps från avtalsleverantör (avtalstrohet)",
         "gul", "Genomgång av inköp jan–jun.", "Ja – tre inköp utanför avtal", "GENOMFORD", "ja")
    ctrl("5", "Gata/park", "Entreprenörens fakturor för vinterväghållning kontrolleras mot körrapporter",
         "grön", "Samtliga fakturor säsongen jan–mars kontrollerade.", "Nej", "GENOMFORD", "nej")
    ctrl("6", "Ekonomi", "Anläggningsregistret uppdateras när investeringsprojekt aktiveras",
         "grå", "Hanteras från 2025 av ekonomienheten.", "–", "UTGAR", "nej")
    ctrl("7", "Arbetsmiljö", "Skyddsronder genomförs på återvinningscentralen enligt plan",
         "lila", "", "", "OKLAR", "nej")
    ctrl("8", "Personal", "Övertidsersättning attesteras av närmaste chef",
         "gul", "Stickprov 30 övertidsposter.", "Ja – två poster attesterade av fel chef", "GENOMFORD", "ja")
    ctrl("9", "Säkerhet", "Passerkort avslutas för personal som slutat",
         None, "Kontrollen påbörjades i augusti och slutförs under hösten.", "", "DELVIS", "nej")
    doc.text.addElement(tb)
    doc.text.addElement(P(stylename=sBody, text=""))
    doc.text.addElement(P(stylename=sItal, text="Ansvarig: Henrik Dahl, controller, teknik- och serviceförvaltningen"))
    doc.save(os.path.join(OUT, fil))
    reg_file(fil, "INLAST", namnd, "2025", "T2")


# ----------------------------------------------------------------------------
# 7. SBN – covering letter only (the attachment was not sent) -> AVVISAD
# ----------------------------------------------------------------------------

def build_sbn():
    fil = "Tjänsteskrivelse uppföljning intern kontroll delår 2025 SBN.docx"
    doc = new_doc("Garamond", 12, "Erik Nyström")
    header_text(doc, "HEDEBY KOMMUN\nSamhällsbyggnadsförvaltningen", "TJÄNSTESKRIVELSE")
    para(doc, "Datum: 2025-09-15\t\tDnr: SBN 2025/211", size=10)
    para(doc, "Handläggare: Erik Nyström, verksamhetscontroller", size=10)
    para(doc, "Samhällsbyggnadsnämnden", bold=True, space_after=12)
    para(doc, "Uppföljning av internkontrollplan 2025 – delår per 31 augusti", bold=True, size=15)
    doc.add_heading("Förslag till beslut", level=2)
    para(doc, "Samhällsbyggnadsnämnden godkänner uppföljningen av internkontrollplan 2025 per den 31 augusti "
              "enligt bilaga 1 och överlämnar den till kommunstyrelsen.")
    doc.add_heading("Sammanfattning", level=2)
    para(doc, "Nämnden antog internkontrollplanen för 2025 i december 2024. Planen innehåller åtta "
              "kontrollmoment. Vid delårsuppföljningen har fem kontrollmoment genomförts, två pågår och ett har "
              "ännu inte påbörjats. Avvikelser har noterats inom debitering av bygglovsavgifter och inom "
              "anmälan av delegationsbeslut. Förvaltningen redovisar resultatet per kontrollmoment, kommentarer "
              "och föreslagna åtgärder i bilaga 1.")
    doc.add_heading("Ärendebeskrivning", level=2)
    para(doc, "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
              "Enligt kommunens reglemente för intern kontroll ska nämnden följa upp sin internkontrollplan vid "
              "delårsbokslutet och vid årsbokslutet och rapportera resultatet till kommunstyrelsen.")
    para(doc, "Uppföljningen har gjorts av förvaltningens controller tillsammans med enhetscheferna. "
              "Se bilaga 1 för redovisning av respektive kontrollmoment.")
    doc.add_heading("Ekonomiska konsekvenser", level=2)
    para(doc, "Ärendet har inga direkta ekonomiska konsekvenser.")
    doc.add_heading("Bilagor", level=2)
    para(doc, "1. Uppföljning internkontrollplan 2025, delår (Excel)")
    para(doc, "")
    para(doc, "Samhällsbyggnadsförvaltningen")
    para(doc, "Sofia Markström\t\t\tErik Nyström\nFörvaltningschef\t\t\tVerksamhetscontroller")
    para(doc, "")
    para(doc, "Beslutet skickas till: Kommunstyrelsen, ekonomienheten", size=10)
    doc.save(os.path.join(OUT, fil))
    reg_file(fil, "AVVISAD")


# ----------------------------------------------------------------------------
# 8. KS – free text only, one heading per control
# ----------------------------------------------------------------------------

def build_ks():
    fil = "KS uppföljning internkontrollplan jan-aug 2025.docx"
    namnd = "Kommunstyrelsen"
    doc = new_doc("Calibri", 11, "Sara Wikström")
    header_text(doc, "Hedeby kommun, Kommunledningsförvaltningen", "2025-09-11")
    doc.add_heading("Uppföljning av Kommunstyrelsens internkontrollplan 2025", level=1)
    para(doc, "Period: 1 januari – 31 augusti 2025 (delårsbokslut)", italic=True)
    doc.add_heading("Inledning", level=2)
    para(doc, "Kommunstyrelsen fastställde internkontrollplanen för 2025 den 3 december 2024 (KS § 212). "
              "Nedan redovisas varje kontrollmoment med vad som kontrollerats, resultatet och förvaltningens "
              "bedömning. Kontrollerna har utförts av ekonomienheten, HR-enheten och kanslienheten.")

    def ctrl(km, kontroll, resultat, status_line, exp, avv):
        doc.add_heading(km, level=2)
        p = doc.add_paragraph()
        p.add_run("Kontroll: ").bold = True
        p.add_run(kontroll)
        p = doc.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(resultat)
        if status_line:
            p = doc.add_paragraph()
            p.add_run("Status: ").bold = True
            p.add_run(status_line)
        reg_ctrl(fil, namnd, km, exp, avv)

    ctrl("Nyanställda registreras med rätt lön enligt anställningsavtalet",
         "Stickprov av 20 nyanställningar under perioden, jämförelse mellan anställningsavtal och lönesystem.",
         "I ett fall hade ett felaktigt lönetillägg registrerats. Felet har rättats och 3 400 kr har återbetalats "
         "genom löneavdrag.",
         "Genomförd.", "GENOMFORD", "ja")
    ctrl("Behörigheter i ekonomisystemet ses över två gånger per år",
         "Systemförvaltaren jämför behörighetslistan med aktuella anställningar och roller.",
         "Den första genomgången gjordes i mars och ledde till att 14 inaktuella behörigheter togs bort. "
         "Den andra genomgången görs i november.",
         "Pågår enligt plan.", "DELVIS", "nej")
    ctrl("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna",
         "Genomgång av samtliga direktupphandlingar över 100 000 kr januari–juni (12 st).",
         "Tre av tolv direktupphandlingar saknade dokumentation av konkurrensutsättning.",
         "Genomförd med avvikelse. Utbildning för beställare planeras i oktober.", "GENOMFORD", "ja")
    ctrl("Registerförteckningen enligt dataskyddsförordningen (art. 30) är uppdaterad",
         "Dataskyddsombudet stämmer av registerförteckningen mot verksamhetens system.",
         "Kontrollen har inte kunnat genomföras eftersom kommunen byter dataskyddsombud under hösten.",
         "Ej genomförd. Skjuts upp till 2026.", "EJ_GENOMFORD", "nej")
    ctrl("Kommunstyrelsens delegationsbeslut anmäls till styrelsen",
         "Kanslienheten jämför delegationslistor från verksamhetssystemen med anmälda beslut i protokollen.",
         "Samtliga delegationsbeslut under perioden har anmälts till kommunstyrelsen. Inga avvikelser.",
         None, "GENOMFORD", "nej")
    ctrl("Chefer har inhämtat uppgifter om medarbetarnas bisysslor",
         "Enkät till samtliga chefer inom kommunledningsförvaltningen.",
         "Enkäten skickades ut i maj och svar har hittills kommit in från 70 procent av cheferna. "
         "En påminnelse skickas i september och resultatet redovisas i årsbokslutet.",
         None, "DELVIS", "nej")
    ctrl("Kontaktlistorna i krisledningsplanen är aktuella",
         "Säkerhetssamordnaren kontrollerar namn och telefonnummer i krisledningsplanen.",
         "Kontrollmomentet har ersatts av en krisledningsövning i april där kontaktvägarna testades.",
         "Utgår enligt beslut KS 2025-03-04 § 41.", "UTGAR", "nej")

    doc.add_heading("Samlad bedömning", level=2)
    para(doc, "Av sju kontrollmoment är tre genomförda, två pågår, ett är inte genomfört och ett har utgått. "
              "Förvaltningen bedömer att den interna kontrollen inom kommunstyrelsens ansvarsområde är tillräcklig.")
    para(doc, "Sara Wikström\nEkonomichef")
    doc.save(os.path.join(OUT, fil))
    reg_file(fil, "INLAST", namnd, "2025", "DELAR")


# ----------------------------------------------------------------------------

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddskontoret|Miljökontoret"),
    ("Tekniska nämnden", "TN|Teknik- och serviceförvaltningen|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarkontoret"),
    ("Valnämnden", "VN|Valkansliet"),
]


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmpdir = tempfile.mkdtemp(prefix="round123_")
    try:
        build_bun()
        build_sn()
        build_von()
        build_kfn()
        build_mhn(tmpdir)
        build_tn()
        build_sbn()
        build_ks()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    for row in EXPECTED:
        assert ";" not in "".join(row)
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
