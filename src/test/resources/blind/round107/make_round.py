#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 107 – Norrhamns kommun, T2 2025.

Builds the inbox of the economy office (Kommunledningsförvaltningen) on 2025-09-22:
mostly Word follow-ups (.docx, one .doc via soffice), one .odt, one small .xlsx,
plus a covering letter without controls.  Also writes namnder.csv, files.csv and
expected.csv from the same data that builds the files.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from odf.opendocument import OpenDocumentText
from odf.style import (GraphicProperties, ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties, PageLayout,
                       PageLayoutProperties, MasterPage)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


# ----------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------
def new_doc(landscape=False, font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % W_NS)
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (W_NS, fill))
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        if i < len(table.columns):
            table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def labelled(doc, label, text, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if text:
        p.add_run(" " + text)
    p.paragraph_format.space_after = Pt(2)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def checkbox_sdt(checked):
    """A Word 2010+ checkbox content control (what you get from Developer > Check Box)."""
    ch = "\u2612" if checked else "\u2610"
    return parse_xml(
        '<w:sdt %s %s><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        '<w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (W_NS, W14_NS, abs(hash((checked, id(ch)))) % 2000000000, 1 if checked else 0, ch))


_sdt_id = [1000]


def put_checkbox(cell, checked):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sdt = checkbox_sdt(checked)
    _sdt_id[0] += 1
    sdt.find(".//" + qn("w:id")).set(qn("w:val"), str(_sdt_id[0]))
    p._p.append(sdt)


def add_numbering(doc):
    """Own multilevel list: level 0 '1.', level 1 'a)'. Two instances so that lists restart."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="50"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%2)"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="850" w:hanging="425"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % W_NS)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    for nid in (101, 102, 103):
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="50"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (W_NS, nid)))


def numbered(doc, text, num_id, level=0, bold=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = level
    numPr.get_or_add_numId().val = num_id
    p.paragraph_format.space_after = Pt(3)
    return p


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ----------------------------------------------------------------------------------------
# 1. Socialnämnden – block per control with labelled lines
# ----------------------------------------------------------------------------------------
def make_sn():
    fil = "Uppföljning IKP T2 2025 Socialnämnden.docx"
    N = "Socialnämnden"
    d = new_doc(font="Arial", size=10)
    p = d.add_paragraph()
    r = p.add_run("NORRHAMNS KOMMUN\nSocialförvaltningen")
    r.bold = True
    r.font.size = Pt(9)
    p = d.add_paragraph("Tjänsteskrivelse\t2025-09-09\tDnr SN 2025/00412")
    p.runs[0].font.size = Pt(9)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (SN § 212). "
        "Planen omfattar åtta kontrollmoment. I denna uppföljning redovisas resultatet av de kontroller som "
        "genomförts under perioden januari–augusti 2025. Varje kontrollmoment redovisas nedan med resultat, "
        "förvaltningens bedömning och eventuella åtgärder.")
    d.add_paragraph("Sammanställning av bedömningar per tertial 2").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Bedömning", "Antal kontrollmoment"), ("Genomförd", "3"), ("Delvis genomförd / pågår", "2"),
                 ("Ej genomförd", "1"), ("Utgår", "1"), ("Redovisas i bilaga", "1"), ("Summa", "8")]:
        row = t.add_row()
        set_cell(row.cells[0], a, bold=a in ("Bedömning", "Summa"))
        set_cell(row.cells[1], b, bold=a in ("Bedömning", "Summa"), align="c")
    shade(t.rows[0].cells[0], "D9E2F3")
    shade(t.rows[0].cells[1], "D9E2F3")
    col_widths(t, [6, 4])
    d.add_paragraph()

    blocks = [
        ("area", "Område 1: Myndighetsutövning inom individ- och familjeomsorgen"),
        dict(head="1.1 Utbetalning av ekonomiskt bistånd",
             km="Stickprov på 20 utbetalningar av ekonomiskt bistånd – att beslut finns, är attesterat och att utbetalt belopp stämmer med beslutet.",
             metod="Stickprov, 20 ärenden per tertial", ansv="Enhetschef försörjningsstöd",
             res="20 ärenden granskades i juli. Beloppen stämde i samtliga ärenden. I två ärenden saknades attest av beslutet i Viva innan utbetalning skedde.",
             bed="Genomförd med anmärkning",
             atg="Påminnelse om attestrutinen på APT 2025-09-04. Ny kontroll i tertial 3.",
             st="GENOMFORD", avv="ja"),
        dict(head="1.2 Återsökning av statlig ersättning",
             km="Kontroll att återsökning av statlig ersättning från Migrationsverket görs inom tre månader efter utgiftsmånaden.",
             metod="Avstämning av ansökningar mot utgifter", ansv="Ekonom IFO",
             res="Ansökningarna för januari–april är inskickade i tid. Maj och juni är ännu inte kontrollerade eftersom ansvarig handläggare har varit tjänstledig.",
             bed="Delvis genomförd", atg="Kontrollen slutförs i oktober.", st="DELVIS", avv="nej"),
        dict(head="1.3 Anmälan av delegationsbeslut",
             km="Kontroll att samtliga delegationsbeslut inom IFO anmäls till nämnden enligt delegationsordningen.",
             metod="Avstämning av beslutslistor ur verksamhetssystemet mot anmälda beslut", ansv="Nämndsekreterare",
             res="Beslutslistor för januari–juni (312 beslut) har stämts av mot nämndens protokoll. Inga avvikelser.",
             bed="Genomförd", atg="–", st="GENOMFORD", avv="nej"),
        ("area", "Område 2: Barn och unga"),
        dict(head="2.1 Förhandsbedömning av orosanmälningar",
             km="Kontroll att förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar.",
             metod="Statistikuttag ur verksamhetssystemet, samtliga anmälningar", ansv="Enhetschef mottagning barn och unga",
             res="Kontrollen har inte genomförts under perioden. Statistikuttag har inte varit möjligt under bytet av verksamhetssystem i maj–juni.",
             bed="Ej genomförd – flyttas till tertial 3", atg="Uttag beställt av systemförvaltaren.", st="EJ_GENOMFORD", avv="nej"),
        dict(head="2.2 Placeringar på HVB och stödboende",
             km="Kontroll av att placeringar på HVB och stödboende sker hos ramavtalsleverantör eller efter direktupphandling.",
             metod="Genomgång av samtliga nya placeringar", ansv="Placeringssamordnare",
             res="Kontrollen har överförts till kommunstyrelsens kommungemensamma kontroll av avtalstrohet (KS 2025-03-12 § 41).",
             bed="Utgår", atg="–", st="UTGAR", avv="nej"),
        ("area", "Område 3: Informationssäkerhet och dataskydd"),
        dict(head="3.1 Behörigheter i verksamhetssystemet",
             km="Genomgång av behörigheter i verksamhetssystemet – att avslutade medarbetare och konsulter inte har kvar aktiva konton.",
             metod="Jämförelse mellan behörighetslista och personalsystemet", ansv="Systemförvaltare",
             res="Behörighetsgenomgången genomfördes 2025-06-10 tillsammans med systemförvaltaren. 14 konton tillhörande avslutade anställningar var fortfarande aktiva och har nu inaktiverats. Kontrollen är därmed genomförd.",
             bed="", atg="Rutin för avslut av konton ses över med HR.", st="GENOMFORD", avv="ja"),
        dict(head="3.2 Loggkontroll", label_km="Kontrolmoment:",
             km="Loggkontroll av åtkomst till journaler för personer med skyddade personuppgifter, 10 slumpvis valda ärenden.",
             metod="Loggutdrag och granskning", ansv="Informationssäkerhetssamordnare",
             res="Loggutdrag har beställts från leverantören och granskningen påbörjades i augusti.",
             bed="Pågår", atg="Redovisas vid helårsuppföljningen.", st="DELVIS", avv="nej"),
        ("area", "Område 4: Ekonomi"),
        dict(head="4.1 Representation",
             km="Kontroll av representation och förtroendekänsliga poster – att syfte och deltagare framgår av verifikationen.",
             metod="Stickprov 15 verifikationer", ansv="Controller",
             res="Se bilaga 2.", bed="Se bilaga 2", atg="", st="OKLAR", avv="nej"),
    ]
    for b in blocks:
        if isinstance(b, tuple):
            d.add_heading(b[1], level=2)
            continue
        p = d.add_paragraph()
        r = p.add_run(b["head"])
        r.bold = True
        r.font.size = Pt(11)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        labelled(d, b.get("label_km", "Kontrollmoment:"), b["km"])
        labelled(d, "Metod/frekvens:", b["metod"])
        labelled(d, "Ansvarig:", b["ansv"])
        labelled(d, "Resultat:", b["res"])
        labelled(d, "Bedömning:", b["bed"])
        labelled(d, "Åtgärd:", b["atg"])
        exp(fil, N, b["km"], b["st"], b["avv"])
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De brister som har upptäckts gäller "
        "attest av beslut om ekonomiskt bistånd och inaktivering av behörigheter. Åtgärder har vidtagits. "
        "Kontrollen av orosanmälningar genomförs under tertial 3.")
    d.add_paragraph()
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef")
    d.add_paragraph("Bilagor: 1. Internkontrollplan 2025, 2. Granskning av representation T2")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------
# 2. Vård- och omsorgsnämnden – table with checkbox content controls
# ----------------------------------------------------------------------------------------
def make_von():
    fil = "VON_IK_uppföljning_T2_2025.docx"
    N = "Vård- och omsorgsnämnden"
    d = new_doc(landscape=True, font="Calibri", size=10)
    p = d.add_paragraph()
    r = p.add_run("Vård- och omsorgsnämnden")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll – tertial 2 2025 (januari–augusti)")
    r.font.size = Pt(12)
    d.add_paragraph("Vård- och omsorgsförvaltningen, kvalitetsenheten. Redovisas för nämnden 2025-09-24.")
    d.add_paragraph("Instruktion: Markera ett statusalternativ per kontrollmoment genom att klicka i rutan. "
                    "Kryssa i kolumnen Avvikelse om kontrollen har visat fel eller brister. Exempelraden tas bort före inlämning.").runs[0].italic = True

    cols = ["Nr", "Process/risk", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell",
            "Avvikelse upptäckt", "Kommentar T2"]
    t = d.add_table(rows=2, cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i in (0, 1, 2, 7, 8):
        m = h0[i].merge(h1[i])
        set_cell(m, cols[i], bold=True, size=9)
    m = h0[3].merge(h0[6])
    set_cell(m, "Status T2 (markera ett alternativ)", bold=True, size=9, align="c")
    for i in range(3, 7):
        set_cell(h1[i], cols[i], bold=True, size=8, align="c")
    for c in t.rows[0].cells + t.rows[1].cells:
        shade(c, "DEEAF6")

    rows = [
        # nr, process, kontrollmoment, ticks(G,D,E,A), avvikelse tick, kommentar, status, avv, example?
        ("Ex.", "Exempel: Inköp", "Exempel – kontroll av att fakturor har rätt referenskod (radera raden)",
         (1, 0, 0, 0), 0, "Exempel: 20 fakturor kontrollerade, inga fel.", None, None, True),
        ("1", "Ekonomi – attest",
         "Kontroll att leverantörsfakturor attesteras av behörig attestant enligt gällande attestförteckning, stickprov 30 fakturor.",
         (1, 0, 0, 0), 0, "30 fakturor kontrollerade. Samtliga korrekt attesterade.", "GENOMFORD", "nej", False),
        ("2", "Inköp",
         "Avtalstrohet vid inköp av förbrukningsmaterial och inkontinenshjälpmedel.",
         (1, 0, 0, 0), 1, "25 inköp granskade, 3 gjorda utanför avtal (lokal handlare). Återkoppling till berörda enhetschefer.",
         "GENOMFORD", "ja", False),
        ("3", "Hälso- och sjukvård",
         "Kontroll av signeringslistor för läkemedelsöverlämning på särskilda boenden.",
         (0, 1, 0, 0), 0, "Genomförd på 6 av 11 boenden. Resterande boenden kontrolleras i september.",
         "DELVIS", "nej", False),
        ("4", "Myndighetsutövning",
         "Ej verkställda biståndsbeslut rapporteras till IVO och nämnden inom föreskriven tid.",
         (0, 0, 0, 0), 0, "", "SAKNAS", "nej", False),
        ("5", "Brukarnas medel",
         "Kassaräkning av brukares kontanta medel som förvaras på enheten (särskilt boende).",
         (1, 0, 1, 0), 0, "", "OKLAR", "nej", False),
        ("6", "Arbetsmiljö",
         "Hot och våld – att tillbud och arbetsskador registreras i KIA inom en vecka.",
         (0, 0, 1, 0), 0, "Skjuts till T3 på grund av semesterperioden.", "EJ_GENOMFORD", "nej", False),
        ("7", "Hemtjänst – nycklar",
         "Kontroll av nyckel- och larmkvittenser i hemtjänstens nyckelskåp.",
         (0, 0, 0, 1), 0, "Digitala lås (nyckelfri hemtjänst) infördes i hela kommunen i mars. Kontrollen är inte längre aktuell.",
         "UTGAR", "nej", False),
        ("8", "Lön",
         "Kontroll av timanställdas registrerade tid i Time Care mot utbetald lön, stickprov 20 personer.",
         (1, 0, 0, 0), 1, "Felaktigt OB-tillägg i 4 fall, rättat i augustilönen.", "GENOMFORD", "ja", False),
        ("9", "Valfrihetssystem",
         "Avtalsuppföljning av privata utförare i hemtjänsten (LOV).",
         (0, 0, 0, 0), 0, "Uppföljning genomförd i juni för samtliga fyra utförare. Inga avvikelser.",
         "GENOMFORD", "nej", False),
    ]
    for nr, proc, km, ticks, avt, kom, st, avv, ex in rows:
        c = t.add_row().cells
        grey = "808080" if ex else None
        set_cell(c[0], nr, size=9, italic=ex, color=grey)
        set_cell(c[1], proc, size=9, italic=ex, color=grey)
        set_cell(c[2], km, size=9, italic=ex, color=grey)
        for i, tk in enumerate(ticks):
            put_checkbox(c[3 + i], bool(tk))
        put_checkbox(c[7], bool(avt))
        set_cell(c[8], kom, size=9, italic=ex, color=grey)
        if ex:
            for cc in c:
                shade(cc, "F2F2F2")
        else:
            exp(fil, N, km, st, avv)
    col_widths(t, [1.0, 3.0, 7.0, 1.7, 1.5, 1.7, 1.6, 1.9, 6.3])
    d.add_paragraph()
    d.add_paragraph("\u2612 = markerat alternativ   \u2610 = ej markerat")
    d.add_paragraph("Uppgiftslämnare: Karin Sjöberg, kvalitetsutvecklare, 2025-09-11")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – tjänsteskrivelse with numbered lists
# ----------------------------------------------------------------------------------------
def make_bun():
    fil = "BUN Tjänsteskrivelse uppföljning internkontroll T2.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc(font="Times New Roman", size=12)
    add_numbering(d)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Barn- och utbildningsförvaltningen\tTJÄNSTESKRIVELSE\t2025-09-08"
    p = d.add_paragraph("Dnr BUN 2025/118\nHandläggare: Johan Ek, controller\nTill: Barn- och utbildningsnämnden")
    p.runs[0].font.size = Pt(10)
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    d.add_heading("Förslag till beslut", level=2)
    numbered(d, "Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen per tertial 2 2025.", 101)
    numbered(d, "Nämnden uppdrar åt förvaltningen att återrapportera kontrollen av skolskjuts i samband med helårsuppföljningen.", 101)
    numbered(d, "Uppföljningen överlämnas till kommunstyrelsen.", 101)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 innehåller sju kontrollmoment. Per den 31 augusti är tre kontrollmoment "
        "genomförda, två delvis genomförda eller pågående, ett ej genomfört och ett har utgått efter beslut i nämnden. "
        "Två av de genomförda kontrollerna har visat avvikelser som har åtgärdats.")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden följa upp sin internkontrollplan i samband med "
        "tertialuppföljningarna och verksamhetsberättelsen. Nedan redovisas kontrollmomenten i den ordning de står i planen "
        "tillsammans med resultatet per tertial 2.")

    items = [
        ("Kontroll av att elever med skolskjuts har ett giltigt beslut om skolskjuts",
         ["Samtliga beslut för grundskolans elever har stämts av mot skolskjutsplaneringen inför höstterminen. "
          "Kontrollen av elever i anpassad gymnasieskola återstår och genomförs i oktober. Bedömning: delvis genomförd."],
         None, "DELVIS", "nej"),
        ("Inkomstkontroll av avgifter för förskola och fritidshem (maxtaxa)",
         ["Inkomstuppgifter för 120 slumpvis valda hushåll har jämförts med uppgifter från Skatteverket. "
          "Kontrollen är genomförd och visade följande avvikelser:"],
         ["9 hushåll hade för låg avgift på grund av ej anmäld inkomstökning,",
          "2 hushåll hade debiterats dubbelt för juni månad."],
         "GENOMFORD", "ja"),
        ("Kontroll att anmälningar om kränkande behandling anmäls till huvudmannen utan dröjsmål",
         ["Genomgång av 40 anmälningar i ärendesystemet. Samtliga hade anmälts till huvudmannen inom fem dagar. "
          "Kontrollen är genomförd utan anmärkning."],
         None, "GENOMFORD", "nej"),
        ("Kontroll av lärarlegitimation vid nyanställning",
         ["Kontrollen har inte genomförts. Den görs när höstens nyrekryteringar är klara och redovisas vid tertial 3."],
         None, "EJ_GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av läromedel",
         ["Pågår. Inköpsstatistik för januari–juni har tagits fram och analyseras av förvaltningens inköpssamordnare."],
         None, "DELVIS", "nej"),
        ("Kontroll av att utdrag ur belastningsregistret har uppvisats vid anställning i förskola och skola",
         ["30 nyanställningar under perioden har granskats. I två fall saknades anteckning om uppvisat registerutdrag "
          "i personakten. Kontrollen är genomförd och rektorerna har fått en påminnelse om rutinen."],
         None, "GENOMFORD", "ja"),
        ("Kontroll av personuppgiftsbiträdesavtal för digitala lärverktyg och appar",
         ["Kontrollen utgår enligt nämndens beslut 2025-05-14 § 48, eftersom den ingår i kommunstyrelsens "
          "kommungemensamma granskning av informationssäkerhet."],
         None, "UTGAR", "nej"),
    ]
    for title, paras, sub, st, avv in items:
        numbered(d, title, 102, bold=True)
        for tx in paras:
            p = d.add_paragraph(tx)
            p.paragraph_format.left_indent = Cm(0.75)
            p.paragraph_format.space_after = Pt(4)
        if sub:
            for s in sub:
                numbered(d, s, 102, level=1)
            p = d.add_paragraph("Felaktigheterna har rättats och berörda vårdnadshavare har kontaktats.")
            p.paragraph_format.left_indent = Cm(0.75)
        exp(fil, N, title, st, avv)

    d.add_heading("Förvaltningens bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen är tillräcklig men att rutinerna kring avgifter och "
        "registerkontroll vid anställning behöver förstärkas. Åtgärder redovisas i helårsuppföljningen.")
    d.add_heading("Beslutsunderlag", level=2)
    for s in ("Denna tjänsteskrivelse", "Internkontrollplan 2025, BUN 2024-12-11 § 131"):
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Maria Holm\t\t\tJohan Ek\nFörvaltningschef\t\tController")
    d.add_paragraph("Beslutet skickas till: Kommunstyrelsen, Revisionen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – report, status only in the prose
# ----------------------------------------------------------------------------------------
def make_kfn():
    fil = "KFN_IK_delår_aug2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = new_doc(font="Garamond", size=12)
    p = d.add_paragraph()
    r = p.add_run("Kultur- och fritidsförvaltningen")
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    d.add_heading("Uppföljning av intern kontroll per den 31 augusti 2025", level=0)
    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Denna rapport utgör Kultur- och fritidsnämndens andra tertialuppföljning (T2) av internkontrollplanen för 2025 "
        "och avser perioden januari–augusti. Planen antogs av nämnden i december 2024 och omfattar sju kontroller inom "
        "följande områden:")
    for s in ("föreningsbidrag", "kontanthantering", "lokaluthyrning", "konstsamlingen", "representation",
              "säkerhet vid evenemang", "lönehantering"):
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "Kontrollerna har utförts av förvaltningens controller tillsammans med respektive verksamhetschef. "
        "Nedan beskrivs varje kontroll och vad den har visat hittills under året.")
    d.add_heading("Resultat av kontrollerna", level=1)
    ctrls = [
        ("Föreningsbidrag – kontroll att utbetalda bidrag har beslut och att redovisning har kommit in",
         ["Granskningen av 25 utbetalda aktivitets- och verksamhetsbidrag gjordes i maj. Samtliga utbetalningar hade "
          "ett beslut, men två föreningar hade inte lämnat in verksamhetsberättelse och revisionsberättelse för 2024 "
          "trots att detta är ett villkor för bidraget.",
          "Förvaltningen har begärt in handlingarna och inga nya bidrag betalas ut till föreningarna förrän de har kommit in. "
          "Granskningen är därmed klar för året."],
         "GENOMFORD", "ja"),
        ("Kassahantering vid entréer i simhallen och sporthallarna",
         ["Kassaavstämningar har gjorts vid simhallen och vid Norrvallens sporthall under våren utan anmärkning. "
          "Kulturhusets café och entrékassan vid sommarteatern har ännu inte kontrollerats; de granskas under hösten."],
         "DELVIS", "nej"),
        ("Uthyrning av lokaler – att rätt taxa debiteras",
         ["Arbetet med kontrollen har inte kunnat påbörjas. Det nya bokningssystemet togs i drift i juni och "
          "rapportuttag för perioden före driftstarten saknas. Kontrollen planeras till tertial 3."],
         "EJ_GENOMFORD", "nej"),
        ("Inventering av konstverk i kommunens lokaler",
         ["Inventeringen av den offentliga konstsamlingen har gjorts i samtliga förvaltningars lokaler under mars–juni. "
          "14 av 1 212 registrerade konstverk kunde inte lokaliseras. De saknade verken har polisanmälts och "
          "registret har uppdaterats."],
         "GENOMFORD", "ja"),
        ("Representation och förtroendekänsliga poster",
         ["Nämnden beslutade i juni (KFN § 61) att stryka kontrollen ur årets plan eftersom representation granskas "
          "i kommunstyrelsens kommungemensamma kontroll för samtliga förvaltningar."],
         "UTGAR", "nej"),
        ("Säkerhetsrutiner vid större evenemang",
         ["Uppföljningen av säkerhetsplaner pågår. Tre av sommarens sex större evenemang har följts upp, bland annat "
          "Hamnfestivalen, och där fanns godkända säkerhets- och utrymningsplaner. Resterande evenemang följs upp i oktober."],
         "DELVIS", "nej"),
        ("Lönehantering för timavlönade inom fritidsgårdarna",
         ["Ingen återrapportering har inkommit från fritidsenheten inför denna uppföljning."],
         "SAKNAS", "nej"),
    ]
    for title, paras, st, avv in ctrls:
        d.add_heading(title, level=2)
        for tx in paras:
            d.add_paragraph(tx)
        exp(fil, N, title, st, avv)
    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen fungerar tillfredsställande. Avvikelserna kring "
        "föreningsbidrag och konstsamlingen har hanterats. Kontrollerna som återstår genomförs under hösten och "
        "redovisas i verksamhetsberättelsen 2025.")
    d.add_paragraph("Norrhamn 2025-09-12\nPeter Nyström, kultur- och fritidschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------
# 5. Tekniska nämnden – old Word 97 template (.doc) with status codes per tertial
# ----------------------------------------------------------------------------------------
def make_tn(tmpdir):
    fil = "TN uppföljning internkontrollplan 2025.doc"
    N = "Tekniska nämnden"
    d = new_doc(landscape=True, font="Arial", size=9)
    p = d.add_paragraph()
    r = p.add_run("TEKNISKA NÄMNDEN")
    r.bold = True
    r.font.size = Pt(13)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning internkontrollplan 2025 – Tertialrapport 2")
    r.bold = True
    r.font.size = Pt(11)
    d.add_paragraph("Statuskoder: G = Genomförd   P = Påbörjad   E = Ej påbörjad   U = Utgår.  "
                    "Status anges för varje tertial. T3 fylls i vid bokslut.")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "T1", "T2", "T3", "Kommentar"]
    t = d.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    a, b = t.rows[0].cells, t.rows[1].cells
    for i in (0, 1, 2, 3, 7):
        set_cell(a[i].merge(b[i]), hdr[i], bold=True)
    set_cell(a[4].merge(a[6]), "Status 2025", bold=True, align="c")
    for i in (4, 5, 6):
        set_cell(b[i], hdr[i], bold=True, align="c")
    for c in t.rows[0].cells + t.rows[1].cells:
        shade(c, "C6E0B4")
    rows = [
        ("1", "Ekonomi – leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestreglementet", "Stickprov 25 fakturor per tertial",
         "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", None,
         "Kontroll av dubbla utbetalningar till leverantörer", "Rapport ur ekonomisystemet, samtliga betalningar",
         "P", "G", "", "En dubbelbetalning om 48 tkr upptäcktes i maj och har återkrävts.", "GENOMFORD", "ja"),
        ("3", "Upphandling och avtal",
         "Avtalstrohet vid köp av markentreprenader inom ramavtal", "Analys av inköp per leverantör",
         "E", "P", "", "Analys av inköp januari–juni påbörjad.", "DELVIS", "nej"),
        ("4", None,
         "Kontroll av ÄTA-arbeten mot entreprenadavtal i investeringsprojekt", "Genomgång av 3 projekt",
         "E", "E", "", "Resursbrist på projektavdelningen. Kontrollen flyttas till 2026.", "EJ_GENOMFORD", "nej"),
        ("5", "Fordon",
         "Körjournaler för tjänstefordon förs och attesteras månadsvis", "Samtliga 64 fordon",
         "G", "", "", "Helårskontrollen genomfördes i april, inga avvikelser.", "GENOMFORD", "nej"),
        ("6", None,
         "Kontroll av tankning med drivmedelskort mot fordonets registreringsnummer", "Stickprov 40 transaktioner",
         "P", "X", "", "", "OKLAR", "nej"),
        ("7", "Kundtjänst",
         "Felanmälningar registreras och återkopplas inom 5 arbetsdagar", "Uttag ur ärendesystemet",
         "U", "U", "", "Utgår – ersätts av uppföljning i nytt ärendesystem.", "UTGAR", "nej"),
        ("8", "Myndighetsutövning",
         "Delegationsbeslut om parkeringstillstånd för rörelsehindrade anmäls till nämnden", "Avstämning mot protokoll",
         "G", "G", "", "Två beslut i juni saknade anmälan, anmäls i september.", "GENOMFORD", "ja"),
        ("9", "IT och VA-drift",
         "Behörigheter i styr- och övervakningssystemet för VA-verken (SCADA)", "Genomgång av samtliga konton",
         "–", "P", "", "Inventering av konton påbörjad tillsammans med IT-avdelningen.", "DELVIS", "nej"),
    ]
    first_of_proc = None
    for nr, proc, km, metod, t1, t2, t3, kom, st, avv in rows:
        c = t.add_row().cells
        set_cell(c[0], nr)
        if proc is not None:
            set_cell(c[1], proc, bold=True)
            first_of_proc = c[1]
        else:
            first_of_proc.merge(c[1])
        set_cell(c[2], km)
        set_cell(c[3], metod)
        for i, v in ((4, t1), (5, t2), (6, t3)):
            set_cell(c[i], v, align="c", bold=True)
        set_cell(c[7], kom)
        exp(fil, N, km, st, avv)
    c = t.add_row().cells
    m = c[0].merge(c[7])
    set_cell(m, "Antal genomförda kontrollmoment T2: 3 av 9", italic=True)
    col_widths(t, [0.9, 3.4, 6.5, 4.0, 1.0, 1.0, 1.0, 7.9])
    d.add_paragraph()
    d.add_paragraph("Tekniska förvaltningen, ekonomienheten – 2025-09-15")
    tmp_docx = os.path.join(tmpdir, "TN uppföljning internkontrollplan 2025.docx")
    d.save(tmp_docx)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round107", "--headless",
                    "--convert-to", "doc", "--outdir", tmpdir, tmp_docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden – .odt, status as traffic-light fill, last year's column
# ----------------------------------------------------------------------------------------
def make_mbn():
    fil = "IK_uppf_2024_MBN.odt"
    N = "Miljö- och byggnadsnämnden"
    doc = OpenDocumentText()
    pl = PageLayout(name="Landscape")
    pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape",
                                       margintop="1.5cm", marginbottom="1.5cm", marginleft="1.5cm", marginright="1.5cm"))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))

    def pstyle(name, size="10pt", bold=False):
        s = Style(name=name, family="paragraph")
        kw = dict(fontsize=size, fontname="Liberation Sans")
        if bold:
            kw["fontweight"] = "bold"
        s.addElement(TextProperties(**kw))
        doc.automaticstyles.addElement(s)
        return s

    ptitle = pstyle("PTitle", "15pt", True)
    psub = pstyle("PSub", "12pt", True)
    pnorm = pstyle("PNorm", "10pt")
    pcell = pstyle("PCell", "9pt")
    pcellb = pstyle("PCellB", "9pt", True)

    def cstyle(name, fill=None):
        s = Style(name=name, family="table-cell")
        kw = dict(border="0.5pt solid #000000", padding="0.08cm")
        if fill:
            kw["backgroundcolor"] = fill
        s.addElement(TableCellProperties(**kw))
        doc.automaticstyles.addElement(s)
        return s

    colours = {"green": "#00B050", "yellow": "#FFC000", "red": "#FF0000", "grey": "#A6A6A6",
               "blue": "#5B9BD5", None: None}
    cst = {k: cstyle("C_%s" % (k or "plain"), v) for k, v in colours.items()}
    chead = cstyle("C_head", "#D9D9D9")

    tstyle = Style(name="Tbl", family="table")
    tstyle.addElement(TableProperties(width="26.7cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    widths = ["0.9cm", "7.5cm", "3.2cm", "2.6cm", "2.4cm", "1.8cm", "8.3cm"]
    colst = []
    for i, w in enumerate(widths):
        s = Style(name="Col%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colst.append(s)

    doc.text.addElement(P(stylename=pnorm, text="NORRHAMNS KOMMUN – Miljö- och byggförvaltningen"))
    doc.text.addElement(P(stylename=ptitle, text="Miljö- och byggnadsnämnden"))
    doc.text.addElement(P(stylename=psub, text="Intern kontroll 2025 – delårsuppföljning per 2025-08-31"))
    doc.text.addElement(P(stylename=pnorm, text=(
        "Tabellen visar uppföljningen av nämndens internkontrollplan 2025. Kolumnen för 2024 visar föregående års "
        "helårsresultat för de kontroller som fanns med i planen då. Status för 2025 markeras med färg enligt "
        "förklaringen under tabellen.")))
    doc.text.addElement(P(stylename=pnorm, text=""))

    tbl = Table(name="IK2025", stylename=tstyle)
    for s in colst:
        tbl.addElement(TableColumn(stylename=s))
    heads = ["Nr", "Kontrollmoment", "Ansvarig", "Status 2024 (helår)", "Status delår 2025", "Avvikelse (J/N)",
             "Kommentar"]
    tr = TableRow()
    for h in heads:
        tc = TableCell(stylename=chead, valuetype="string")
        tc.addElement(P(stylename=pcellb, text=h))
        tr.addElement(tc)
    tbl.addElement(tr)
    rows = [
        ("1", "Beslut i bygglovsärenden fattas inom 10 veckor från komplett ansökan", "Bygglovschef",
         "Genomförd", "green", "J",
         "3 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("2", "Debitering av årliga tillsynsavgifter inom livsmedelskontrollen", "Miljöchef",
         "Delvis", "yellow", "N", "Fakturering för 2025 skickad för ca 80 % av anläggningarna.", "DELVIS", "nej"),
        ("3", "Jävsdeklarationer för inspektörer och handläggare är upprättade och aktuella", "Förvaltningschef",
         "Genomförd", "green", "N", "Samtliga 23 medarbetare har lämnat deklaration.", "GENOMFORD", "nej"),
        ("4", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde", "Nämndsekreterare",
         "Genomförd", "red", "N", "Ej utförd på grund av vakans som nämndsekreterare.", "EJ_GENOMFORD", "nej"),
        ("5", "Diarieföring av inkomna handlingar inom två arbetsdagar", "Registrator",
         "–", "blue", "", "", "OKLAR", "nej"),
        ("6", "Handläggning av bostadsanpassningsbidrag – stickprov på beviljade bidrag", "Handläggare BAB",
         "Genomförd", "grey", "", "Verksamheten överförd till Funktionsstödsnämnden 2025-01-01.", "UTGAR", "nej"),
        ("7", "Arkivering av antagna detaljplaner i e-arkivet", "Planchef",
         "Genomförd", None, "", "", "SAKNAS", "nej"),
        ("8", "Tillsyn av enskilda avlopp enligt tillsynsplanen", "Miljöchef",
         "Ej genomförd", "green", "N", "40 tillsynsbesök genomförda enligt plan.", "GENOMFORD", "nej"),
    ]
    for nr, km, ansv, s24, col, av, kom, st, avv in rows:
        tr = TableRow()
        for i, val in enumerate([nr, km, ansv, s24, "", av, kom]):
            style = cst[col] if i == 4 else cst[None]
            tc = TableCell(stylename=style, valuetype="string")
            tc.addElement(P(stylename=pcell, text=val))
            tr.addElement(tc)
        tbl.addElement(tr)
        exp(fil, N, km, st, avv)
    doc.text.addElement(tbl)
    doc.text.addElement(P(stylename=pnorm, text=""))
    doc.text.addElement(P(stylename=pcellb, text="Förklaring status 2025"))
    lt = Table(name="Legend")
    lcs = []
    for i, w in enumerate(["1.2cm", "7cm"]):
        s = Style(name="LCol%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        lt.addElement(TableColumn(stylename=s))
    for col, txt in [("green", "Genomförd"), ("yellow", "Påbörjad / delvis genomförd"),
                     ("red", "Ej genomförd"), ("grey", "Utgår")]:
        tr = TableRow()
        tc = TableCell(stylename=cst[col], valuetype="string")
        tc.addElement(P(stylename=pcell, text=""))
        tr.addElement(tc)
        tc = TableCell(stylename=cst[None], valuetype="string")
        tc.addElement(P(stylename=pcell, text=txt))
        tr.addElement(tc)
        lt.addElement(tr)
    doc.text.addElement(lt)
    doc.text.addElement(P(stylename=pnorm, text=""))
    doc.text.addElement(P(stylename=pnorm, text="Sammanställt av: Eva Gran, verksamhetscontroller, 2025-09-05"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ----------------------------------------------------------------------------------------
# 7. Kommunstyrelsen – small Excel file, one sheet per tertial
# ----------------------------------------------------------------------------------------
def make_ks():
    fil = "KS_IK_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    controls = [
        ("1", "Löner", "Stickprov nyanställda – lön i Heroma stämmer med anställningsavtalet", "HR-chef"),
        ("2", "Representation", "Representation och förtroendekänsliga poster följer kommunens riktlinjer", "Ekonomichef"),
        ("3", "Inköp", "Avtalstrohet – andel inköp hos avtalsleverantörer (kommungemensam kontroll)", "Upphandlingschef"),
        ("4", "IT", "Behörigheter i ekonomisystemet Raindance gås igenom och rensas", "Systemförvaltare"),
        ("5", "Dataskydd", "Registerförteckningen över personuppgiftsbehandlingar är uppdaterad", "Dataskyddsombud"),
        ("6", "Jäv", "Bisysslor – samtliga chefer har lämnat bisyssleredovisning", "HR-chef"),
    ]
    t2 = [("Ja", "Nej", "15 nyanställningar kontrollerade, inga fel.", "GENOMFORD", "nej"),
          ("Ja", "Ja", "2 fakturor saknade deltagarförteckning, kompletterat i juli.", "GENOMFORD", "ja"),
          ("Delvis", "Nej", "Analys av kvartal 1–2 klar, kvartal 3 återstår.", "DELVIS", "nej"),
          ("Nej", "", "Planeras till oktober.", "EJ_GENOMFORD", "nej"),
          ("?", "", "Osäkert – dataskyddsombudet återkommer.", "OKLAR", "nej"),
          ("Ej aktuell 2025", "", "Kontrollen görs vartannat år, nästa gång 2026.", "UTGAR", "nej")]
    t1 = [("Delvis", "Nej", "8 av 15 kontrollerade."),
          ("Nej", "", "Görs i juni."),
          ("Nej", "", ""),
          ("Nej", "", "Planeras till hösten."),
          ("Nej", "", ""),
          ("Ej aktuell 2025", "", "")]
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="1F4E78")

    def sheet(ws, sub, vals):
        ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = sub
        ws["A2"].font = Font(bold=True, size=11)
        ws["A3"] = "Uppgiftslämnare: Kommunledningsförvaltningen, ekonomiavdelningen"
        ws["A3"].font = Font(italic=True, size=9)
        heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Genomförd (Ja/Nej/Delvis)", "Avvikelse",
                 "Kommentar"]
        for i, h in enumerate(heads, 1):
            c = ws.cell(row=5, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = hfill
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = border
        r = 6
        for (nr, omr, km, ansv), v in zip(controls, vals):
            for i, val in enumerate([int(nr), omr, km, ansv, v[0], v[1], v[2]], 1):
                c = ws.cell(row=r, column=i, value=val)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = border
            r += 1
        ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: 6").font = Font(italic=True)
        for col, w in zip("ABCDEFG", [5, 16, 55, 18, 14, 12, 45]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A6"

    ws = wb.active
    ws.title = "T2 2025"
    sheet(ws, "Uppföljning tertial 2 (januari–augusti)", t2)
    for (nr, omr, km, ansv), v in zip(controls, t2):
        exp(fil, N, km, v[3], v[4])
    ws1 = wb.create_sheet("T1 2025")
    sheet(ws1, "Uppföljning tertial 1 (januari–april)", t1)
    wb.active = 0
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------
# 8. Överförmyndarnämnden – covering letter, attachment missing (reject)
# ----------------------------------------------------------------------------------------
def make_ofn():
    fil = "Följebrev ÖFN uppföljning IK T2.docx"
    d = new_doc(font="Calibri", size=11)
    d.add_paragraph("Överförmyndarnämnden\nNorrhamns kommun")
    d.add_paragraph("2025-09-16")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    p = d.add_paragraph()
    p.add_run("Uppföljning av internkontrollplan 2025 – tertial 2").bold = True
    d.add_paragraph(
        "Hej!\n\nHärmed översänds Överförmyndarnämndens uppföljning av internkontrollplanen för tertial 2 2025, som "
        "behandlades av nämnden 2025-09-10 § 34. Själva uppföljningen finns i den bifogade Excelfilen "
        "(ÖFN IK T2 2025.xlsx).\n\n"
        "Sammanfattningsvis är fem av nämndens sex kontrollmoment genomförda. Granskningen av årsräkningar visade "
        "brister i två ärenden som har återremitterats till ställföreträdaren. Kontrollen av arvodesbeslut "
        "pågår fortfarande och redovisas i verksamhetsberättelsen.\n\n"
        "Hör av er om något är oklart.")
    d.add_paragraph("Med vänlig hälsning\n\nLena Berg\nNämndsekreterare, Överförmyndarenheten\n0611-34 80 12")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ----------------------------------------------------------------------------------------
# 9. Arbetsmarknadsnämnden + Gymnasie- och vuxenutbildningsnämnden – one docx, small table per control
# ----------------------------------------------------------------------------------------
def make_amn_gvn():
    fil = "Uppföljning intern kontroll T2 2025 AMN och GVN.docx"
    d = new_doc(font="Calibri", size=10.5)
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=0)
    d.add_paragraph(
        "Arbetsmarknadsförvaltningen och Gymnasie- och vuxenutbildningsförvaltningen har gemensam ledning och "
        "administrativ enhet. Uppföljningen av de två nämndernas internkontrollplaner redovisas därför i samma "
        "dokument men behandlas av respektive nämnd. Perioden är januari–augusti 2025.")
    opts = ["Genomförd", "Delvis", "Ej genomförd", "Utgår"]

    def status_text(sel):
        return "   ".join(("\u2612 " if o in sel else "\u2610 ") + o for o in opts)

    def avv_text(v):
        return "%s Ja   %s Nej" % ("\u2612" if v == "J" else "\u2610", "\u2612" if v == "N" else "\u2610")

    parts = [
        ("Del 1 – Arbetsmarknadsnämnden", "Arbetsmarknadsnämnden", [
            ("1.1", "Kontroll att beslut om arbetsmarknadsanställning (extratjänst) finns innan lön betalas ut",
             "Enhetschef arbetsmarknadsenheten", ["Genomförd"], "N",
             "Stickprov 15 anställningar, samtliga hade beslut.", "GENOMFORD", "nej"),
            ("1.2", "Närvarorapportering för deltagare i arbetsmarknadsinsatser som uppbär ekonomiskt bistånd",
             "Samordnare", ["Delvis"], "J",
             "Närvarorapporter saknades för 6 av 40 deltagare i juni. Juli–augusti återstår.", "DELVIS", "ja"),
            ("1.3", "Utbetalning av lön till feriearbetande ungdomar stämmer mot tidrapport",
             "Lönehandläggare", ["Genomförd"], "J",
             "Två ungdomar fick dubbel lön för vecka 27, återbetalning pågår.", "GENOMFORD", "ja"),
            ("1.4", "Avtalsuppföljning av kompletterande aktörer inom arbetsmarknadsinsatser",
             "Verksamhetsutvecklare", ["Ej genomförd"], "",
             "Avtalen byttes ut i juni efter ny upphandling. Kontrollen görs under T3.", "EJ_GENOMFORD", "nej"),
            ("1.5", "Behörigheter i verksamhetssystemet för arbetsmarknadsenheten",
             "Systemförvaltare", [], "", "", "SAKNAS", "nej"),
        ]),
        ("Del 2 – Gymnasie- och vuxenutbildningsnämnden", "Gymnasie- och vuxenutbildningsnämnden", [
            ("2.1", "Interkommunal ersättning – elever från andra kommuner faktureras korrekt",
             "Ekonom", ["Genomförd"], "J",
             "4 elever hade inte fakturerats för vårterminen, faktureras i september.", "GENOMFORD", "ja"),
            ("2.2", "Frånvarorapportering till CSN görs varje månad",
             "Studie- och yrkesvägledare", ["Genomförd"], "N", "Rapportering har skett varje månad.",
             "GENOMFORD", "nej"),
            ("2.3", "Betygskataloger inom Komvux signeras av behörig lärare",
             "Rektor Komvux", ["Delvis"], "N",
             "Kontrollerat för vårterminens kurser på grundläggande nivå, gymnasial nivå återstår.", "DELVIS", "nej"),
            ("2.4", "Inventarieförteckning över elevdatorer stämmer med utlämnade datorer",
             "IT-samordnare", ["Utgår"], "",
             "Elevdatorerna leasas sedan 2025. Kontrollen utgår enligt beslut GVN 2025-03-20 § 22.", "UTGAR", "nej"),
            ("2.5", "Busskort för gymnasieelever delas endast ut till elever med rätt till elevresor",
             "Administratör elevresor", ["Ej genomförd"], "",
             "Kontrollen görs när höstens busskort är utdelade.", "EJ_GENOMFORD", "nej"),
        ]),
    ]
    for title, N, ctrls in parts:
        d.add_heading(title, level=1)
        for nr, km, ansv, sel, av, kom, st, avv in ctrls:
            d.add_heading("Kontroll %s" % nr, level=3)
            t = d.add_table(rows=5, cols=2)
            t.style = "Table Grid"
            for i, (lab, val) in enumerate([("Kontrollmoment", km), ("Kontrollansvarig", ansv),
                                            ("Status T2", status_text(sel)), ("Avvikelse", avv_text(av)),
                                            ("Kommentar", kom)]):
                set_cell(t.rows[i].cells[0], lab, bold=True)
                shade(t.rows[i].cells[0], "EDEDED")
                set_cell(t.rows[i].cells[1], val)
            col_widths(t, [3.5, 13.0])
            exp(fil, N, km, st, avv)
        d.add_paragraph()
    d.add_paragraph("Sammanställt av administrativa enheten 2025-09-10. Behandlas av AMN 2025-09-23 och GVN 2025-09-25.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Arbetsmarknadsnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Gymnasie- och vuxenutbildningsnämnden", "2025", "T2"))


# ----------------------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Äldreomsorgen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen|Gymnasienämnden"),
        ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen|Arbetsmarknadsenheten"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
        ("Funktionsstödsnämnden", "FSN|Funktionsstödsförvaltningen|LSS-förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarförvaltningen"),
        ("Valnämnden", "VN|Valkansliet"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
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
    # remove earlier outputs of this script (keep script + README)
    for fn in os.listdir(OUT):
        if fn not in ("make_round.py", "README.md") and os.path.isfile(os.path.join(OUT, fn)):
            os.remove(os.path.join(OUT, fn))
    tmpdir = tempfile.mkdtemp(prefix="r107_")
    try:
        make_sn()
        make_von()
        make_bun()
        make_kfn()
        make_tn(tmpdir)
        make_mbn()
        make_ks()
        make_ofn()
        make_amn_gvn()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
