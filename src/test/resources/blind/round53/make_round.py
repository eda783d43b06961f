#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 53 - Strömsunds kommun (Jämtland), delår 2025.

Builds every follow-up file and namnder.csv, files.csv, expected.csv from scratch.
Run: /usr/bin/python3 make_round.py
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Strömsunds kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    km = km.replace("\n", " ").replace(";", ",").strip()
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# python-docx helpers (the kommun's document-management template "Rapport")
# ---------------------------------------------------------------------------

def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def add_simple_field(par, instr, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _fldchar(run, kind):
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    run._r.append(el)


def _instr(run, text):
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = text
    run._r.append(el)


def ensure_style(doc, name, size=10, bold=False, italic=False, base="Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles[base]
        st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = italic
        return st


def base_document(header_text, footer_text, first_page_header, landscape=False,
                  nämnd_in="header", header_table=None):
    """Document with the kommun's template chrome: A4, different first page,
    the nämnd named in the running header or footer only."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for h, sz in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        doc.styles[h].font.name = "Arial"
        doc.styles[h].font.size = Pt(sz)
        doc.styles[h].font.color.rgb = RGBColor(0x00, 0x3A, 0x6E)
    doc.styles["Title"].font.name = "Arial"
    doc.styles["Title"].font.size = Pt(24)
    toc1 = ensure_style(doc, "TOC 1", 10)
    toc2 = ensure_style(doc, "TOC 2", 10)
    toc2.paragraph_format.left_indent = Cm(0.6)
    for s in (toc1, toc2):
        s.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    fn = ensure_style(doc, "Fotnot under tabell", 8, italic=True)
    fn.paragraph_format.space_before = Pt(2)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    fp = sec.first_page_header.paragraphs[0]
    fp.text = first_page_header
    fp.runs[0].font.bold = True
    fp.runs[0].font.size = Pt(14)

    if header_table is not None:
        hdr = sec.header
        hdr.paragraphs[0].text = ""
        t = hdr.add_table(1, len(header_table), Cm(17))
        for i, txt in enumerate(header_table):
            c = t.rows[0].cells[i]
            c.text = txt
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(8)
    else:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        for r in hp.runs:
            r.font.size = Pt(8)
    fpar = sec.footer.paragraphs[0]
    fpar.text = footer_text
    for r in fpar.runs:
        r.font.size = Pt(8)
    fpar.add_run("\tSida ").font.size = Pt(8)
    add_simple_field(fpar, "PAGE", "2")
    fpar.add_run(" av ").font.size = Pt(8)
    add_simple_field(fpar, "NUMPAGES", "4")
    # first page footer: template text only
    ffp = sec.first_page_footer.paragraphs[0]
    ffp.text = "Strömsunds kommun · Ringvägen 6 · 833 24 Strömsund · 0670-164 00 · www.stromsund.se"
    for r in ffp.runs:
        r.font.size = Pt(7)
    return doc


def cover_page(doc, title, subtitle, meta=None, note=None):
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph(subtitle)
    p.runs[0].font.size = Pt(14)
    doc.add_paragraph()
    if meta:
        t = doc.add_table(rows=0, cols=2)
        t.style = doc.styles["Table Grid"]
        for k, v in meta:
            cells = t.add_row().cells
            cells[0].text = k
            cells[1].text = v
            cells[0].width = Cm(4.5)
            cells[1].width = Cm(9)
            cells[0].paragraphs[0].runs[0].font.size = Pt(8)
            cells[0].paragraphs[0].runs[0].font.bold = True
            cells[1].paragraphs[0].runs[0].font.size = Pt(9)
    if note:
        doc.add_paragraph()
        p = doc.add_paragraph(note)
        p.runs[0].font.size = Pt(8)
        p.runs[0].font.italic = True
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def toc(doc, entries):
    """A TOC field with its cached (updated) result, as Word leaves it."""
    h = doc.add_paragraph("Innehåll", style="TOC Heading")
    h.runs[0].font.size = Pt(14)
    n = len(entries)
    for i, (level, text, page) in enumerate(entries):
        p = doc.add_paragraph(style="TOC %d" % level)
        if i == 0:
            r = p.add_run()
            _fldchar(r, "begin")
            r = p.add_run()
            _instr(r, ' TOC \\o "1-2" \\h \\z \\u ')
            r = p.add_run()
            _fldchar(r, "separate")
        p.add_run("%s\t%d" % (text, page))
        if i == n - 1:
            r = p.add_run()
            _fldchar(r, "end")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, size=9, bold=False, bullets=None):
    """First paragraph = text; bullets appended as 'List Bullet' paragraphs."""
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.bold = bold
    for b in bullets or []:
        bp = cell.add_paragraph(style="List Bullet")
        rr = bp.add_run(b)
        rr.font.size = Pt(size)


def bullet_only_cell(doc, cell, items, size=9):
    cell.text = ""
    first = True
    for it in items:
        if first:
            p = cell.paragraphs[0]
            p.style = doc.styles["List Bullet"]
            first = False
        else:
            p = cell.add_paragraph(style="List Bullet")
        p.add_run(it).font.size = Pt(size)


def header_row(table, labels, fill="1F4E79", size=9):
    row = table.rows[0]
    for i, lab in enumerate(labels):
        c = row.cells[i]
        c.text = ""
        p = c.paragraphs[0]
        if lab.endswith("¹") or lab.endswith("*"):
            r = p.add_run(lab[:-1])
            r.font.bold = True
            r.font.size = Pt(size)
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            r2 = p.add_run(lab[-1] if lab[-1] == "*" else "1")
            r2.font.superscript = True
            r2.font.bold = True
            r2.font.size = Pt(size)
            r2.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        else:
            r = p.add_run(lab)
            r.font.bold = True
            r.font.size = Pt(size)
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)
    set_repeat_header(row)


def widths(table, cm_list):
    for row in table.rows:
        for i, w in enumerate(cm_list):
            row.cells[i].width = Cm(w)


def footnote_legend(doc, text, marker="1"):
    p = doc.add_paragraph(style="Fotnot under tabell")
    r = p.add_run(marker)
    r.font.superscript = True
    p.add_run(" " + text)
    return p


BED_LEGEND = ("Bedömning: 1 = Genomförd utan anmärkning, 2 = Genomförd med anmärkning, "
              "3 = Delvis genomförd/pågår, 4 = Ej genomförd.")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - docx, one table, merged process cells, bullets, Bedömning 1-4
# ---------------------------------------------------------------------------

def build_ks():
    fil = "KS Uppföljning internkontrollplan delår 2025.docx"
    namnd = "Kommunstyrelsen"
    doc = base_document("Strömsunds kommun\tKommunstyrelsen\tDnr KS 2025/214",
                        "Uppföljning av internkontrollplan 2025 – delår", KOMMUN)
    doc.core_properties.title = "Uppföljning av internkontrollplan 2025 - delår"
    doc.core_properties.author = "Lars Ersson"
    doc.core_properties.comments = "Mall: Rapport (Ciceron) v3.2"
    cover_page(doc, "Uppföljning av internkontrollplan 2025",
               "Delårsuppföljning per den 31 augusti 2025",
               meta=[("Dokumenttyp", "Rapport"), ("Diarienummer", "KS 2025/214"),
                     ("Datum", "2025-09-16"), ("Handläggare", "Lars Ersson, controller"),
                     ("Förvaltning", "Kommunledningsförvaltningen"),
                     ("Status", "Slutlig")])
    toc(doc, [(1, "1 Inledning", 3), (1, "2 Sammanfattning", 3),
              (1, "3 Uppföljning per kontrollmoment", 3), (1, "4 Förslag till åtgärder", 4)])

    doc.add_heading("1 Inledning", level=1)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är "
        "tillräcklig. Internkontrollplanen för 2025 antogs i december 2024. I denna rapport "
        "redovisas utfallet av de kontrollmoment som ingår i planen per den 31 augusti 2025. "
        "Helårsuppföljningen redovisas i samband med årsredovisningen.")
    doc.add_heading("2 Sammanfattning", level=1)
    doc.add_paragraph(
        "Av planens åtta kontrollmoment har fem genomförts, ett är delvis genomfört och två har "
        "inte genomförts per den 31 augusti. Avvikelser har noterats inom leverantörsfakturor, "
        "avslut av anställningar och informationssäkerhetsutbildning.")
    doc.add_heading("3 Uppföljning per kontrollmoment", level=1)
    doc.add_paragraph("Tabellen visar samtliga kontrollmoment i internkontrollplanen 2025. "
                      "Bedömningsskalan förklaras under tabellen.")

    rows = [
        # process, km, km_bullets, metod, resultat_lead, resultat_bullets, bed, status, avv
        ("Inköp och upphandling",
         "Stickprov av 20 leverantörsfakturor per tertial mot avtal och avtalade priser", None,
         "Stickprov i Raindance, 20 fakturor jan–aug",
         "Kontrollen är genomförd.",
         ["20 fakturor granskade",
          "3 fakturor avvek från avtalat pris, totalt 4 812 kr",
          "Kreditering har begärts från leverantören (kontorsmaterial)"],
         "2", "GENOMFORD", "ja"),
        (None,
         "Kontroll av att direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinjen",
         None, "Genomgång av samtliga direktupphandlingar i avtalsdatabasen",
         "Sex direktupphandlingar över 100 000 kr under perioden.",
         ["Samtliga dokumenterade i enlighet med riktlinjen"],
         "1", "GENOMFORD", "nej"),
        (None,
         "Kontroll av representation och förtroendekänsliga poster, stickprov 15 verifikationer avseende:",
         ["representation", "kurser och konferenser", "resor och logi"],
         "Stickprov, ekonomienheten",
         "10 av 15 verifikationer är granskade, resterande fem granskas i september.",
         ["Inga avvikelser hittills"],
         "3", "DELVIS", "nej"),
        ("Lön och personal",
         "Avstämning av att avslutade anställningar avslutats i lönesystemet (Personec P) inom en månad",
         None, "Jämförelse av avslutslista mot lönesystemet, jan–jun",
         "Kontrollen är genomförd.",
         ["41 avslutade anställningar kontrollerade",
          "2 anställningar avslutades för sent i systemet",
          "1 felaktig utbetalning om 11 400 kr har återkrävts"],
         "2", "GENOMFORD", "ja"),
        ("IT och informationssäkerhet",
         "Kontroll av behörigheter i ekonomisystemet (Raindance) mot aktuell befattning", None,
         "Utdrag av behörighetslista, avstämning mot HR-lista",
         "Inte genomförd. Kontrollen har skjutits upp på grund av pågående byte av ekonomisystem "
         "och genomförs i det nya systemet under hösten.",
         None, "4", "EJ_GENOMFORD", "nej"),
        (None,
         "Uppföljning av att informationssäkerhetsutbildning genomförts av samtliga chefer", None,
         "Uttag ur lärplattformen",
         "Endast 62 % av cheferna har genomfört utbildningen per 31 augusti.",
         ["Påminnelse skickad till förvaltningscheferna"],
         "1", "GENOMFORD", "ja"),
        ("Ärendehantering",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         None, "Jämförelse beslutslistor mot anmälda delegationsbeslut",
         "Kontrollen är planerad till oktober 2025.",
         None, "", "EJ_GENOMFORD", "nej"),
        (None,
         "Kontroll av att allmänna handlingar diarieförs inom tre arbetsdagar från inkomstdatum",
         None, "Stickprov 30 handlingar i Ciceron",
         "Stickprov på 30 inkomna handlingar.",
         ["Samtliga diarieförda inom tre arbetsdagar"],
         "1", "GENOMFORD", "nej"),
    ]
    labels = ["Process", "Kontrollmoment", "Metod/omfattning", "Resultat per 31 augusti", "Bedömning¹"]
    t = doc.add_table(rows=1, cols=5)
    t.style = doc.styles["Table Grid"]
    header_row(t, labels)
    proc_start = None
    starts = []
    for i, (proc, km, kmb, metod, res, resb, bed, status, avv) in enumerate(rows):
        cells = t.add_row().cells
        if proc:
            cell_text(cells[0], proc, bold=True)
            starts.append(i + 1)
        cell_text(cells[1], km, bullets=kmb)
        cell_text(cells[2], metod)
        cell_text(cells[3], res, bullets=resb)
        cell_text(cells[4], bed, bold=True)
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, namnd, km, status, avv)
    # vertical merge of process cells
    starts.append(len(rows) + 1)
    for a, b in zip(starts, starts[1:]):
        if b - 1 > a:
            t.cell(a, 0).merge(t.cell(b - 1, 0))
    widths(t, [2.8, 4.8, 3.2, 5.0, 1.6])
    footnote_legend(doc, BED_LEGEND)

    doc.add_heading("4 Förslag till åtgärder", level=1)
    doc.add_paragraph("Förvaltningen föreslår följande åtgärder:")
    for b in ["Påminnelse till samtliga chefer om informationssäkerhetsutbildningen före 31 oktober.",
              "Rutinen för avslut av anställning förtydligas med checklista i HR-portalen.",
              "Behörighetskontrollen genomförs i det nya ekonomisystemet i november."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph()
    doc.add_paragraph("Lars Ersson\nController, Kommunledningsförvaltningen")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx with TWO tables: risk assessment, then follow-up
# ---------------------------------------------------------------------------

def build_bun():
    fil = "BUN_IK-uppföljning_delår_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = base_document("", "Barn- och utbildningsnämnden · Dnr BUN 2025/88", KOMMUN)
    doc.sections[0].header.paragraphs[0].text = "Strömsunds kommun\t\t2025-09-11"
    doc.core_properties.title = "Internkontroll delår 2025"
    doc.core_properties.author = "Maria Olofsson"
    cover_page(doc, "Intern kontroll 2025",
               "Uppföljning januari–augusti (delår)",
               note="Rapporten är framtagen av förvaltningens ledningsstöd. "
                    "Bilaga 2 (sammanställning e-handel) redovisas separat.")
    toc(doc, [(1, "1 Bakgrund", 3), (1, "2 Riskbedömning enligt plan", 3),
              (1, "3 Uppföljning per 31 augusti", 4), (1, "4 Kommentarer", 5)])

    doc.add_heading("1 Bakgrund", level=1)
    doc.add_paragraph(
        "Internkontrollplanen 2025 antogs 2024-12-11 § 98. Planen bygger på en risk- och "
        "väsentlighetsanalys där varje risk har bedömts utifrån sannolikhet och konsekvens. "
        "Nedan återges först riskbedömningen ur planen och därefter uppföljningen av "
        "kontrollmomenten per den 31 augusti 2025.")

    ctrls = [
        # process, risk, km, S, K, resultat_lead, bullets, avvikelse, bed, åtgärd, status, avv
        ("Elevhälsa och närvaro", "Frånvaro registreras inte och uppmärksammas inte i tid",
         "Kontroll av att frånvaro i grundskolan registreras i Skola24 samma dag", 3, 3,
         "Uttag ur Skola24 för tre slumpvis valda veckor.",
         ["Vattudalsskolan, Hammerdals skola och Gäddede skola kontrollerade",
          "Registrering sker samma dag"],
         "Nej", "1", "–", "GENOMFORD", "nej"),
        (None, "Kränkande behandling anmäls inte till huvudman",
         "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman inom fem dagar",
         2, 4, "Samtliga 41 anmälningar jan–jun granskade.",
         ["3 anmälningar kom in till huvudman efter 6–11 dagar",
          "Berörda rektorer har informerats"],
         "Ja", "2", "Rutinen gås igenom på rektorsmöte i september.", "GENOMFORD", "ja"),
        ("Skolskjuts", "Skolskjuts beviljas på felaktiga grunder",
         "Stickprov av 10 elevers skolskjutsbeslut mot gällande riktlinje", 2, 2,
         "6 av 10 beslut granskade.",
         ["Inga fel i granskade beslut", "Återstående granskas i september"],
         "Nej", "3", "–", "DELVIS", "nej"),
        ("Personal", "Personal anställs utan kontroll av belastningsregistret",
         "Kontroll av att registerutdrag inhämtats för all nyanställd personal i förskola och skola",
         2, 4, "28 nyanställningar jan–aug kontrollerade.",
         ["2 av 28 saknade registerutdrag vid anställningstillfället",
          "Utdrag har därefter inhämtats, inga anmärkningar"],
         "Ja", "2", "HR lägger in kontrollpunkt i rekryteringsmodulen.", "GENOMFORD", "ja"),
        ("Avgifter", "Felaktiga avgifter i förskola och fritidshem",
         "Uppföljning av fakturering av barnomsorgsavgifter mot inkomstuppgifter", 3, 2,
         "Kontrollen har inte genomförts. Ansvarig handläggare har varit tjänstledig.",
         None, "", "4", "Genomförs under hösten.", "EJ_GENOMFORD", "nej"),
        ("Särskilt stöd", "Stödinsatser dokumenteras inte",
         "Kontroll av att extra anpassningar och åtgärdsprogram dokumenteras", 3, 3,
         "", None, "", "", "", "SAKNAS", "nej"),
        ("Inköp", "Inköp görs utanför avtal",
         "Kontroll av inköp via e-handel – andel inköp utanför upphandlade avtal", 3, 2,
         "Se bilaga 2.", None, "", "", "", "OKLAR", "nej"),
    ]

    doc.add_heading("2 Riskbedömning enligt plan", level=1)
    t1 = doc.add_table(rows=1, cols=6)
    t1.style = doc.styles["Table Grid"]
    header_row(t1, ["Process", "Risk", "Kontrollmoment", "S", "K", "Riskvärde"], fill="7F7F7F")
    starts = []
    for i, c in enumerate(ctrls):
        cells = t1.add_row().cells
        if c[0]:
            cell_text(cells[0], c[0], bold=True)
            starts.append(i + 1)
        cell_text(cells[1], c[1])
        cell_text(cells[2], c[2])
        cell_text(cells[3], str(c[3]))
        cell_text(cells[4], str(c[4]))
        cell_text(cells[5], str(c[3] * c[4]))
    starts.append(len(ctrls) + 1)
    for a, b in zip(starts, starts[1:]):
        if b - 1 > a:
            t1.cell(a, 0).merge(t1.cell(b - 1, 0))
    widths(t1, [3.0, 5.0, 6.0, 0.9, 0.9, 1.6])
    p = doc.add_paragraph(style="Fotnot under tabell")
    p.add_run("S = sannolikhet, K = konsekvens, bedömda på skalan 1–4 (1 = låg, 4 = mycket hög). "
              "Riskvärde = S × K.")

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("3 Uppföljning per 31 augusti", level=1)
    t2 = doc.add_table(rows=1, cols=6)
    t2.style = doc.styles["Table Grid"]
    header_row(t2, ["Nr", "Kontrollmoment", "Genomförande och resultat", "Avvikelse",
                    "Bedömning¹", "Åtgärd"])
    for i, c in enumerate(ctrls):
        cells = t2.add_row().cells
        set_cant_split(t2.rows[-1])
        cell_text(cells[0], "%d" % (i + 1))
        cell_text(cells[1], c[2])
        cell_text(cells[2], c[5], bullets=c[6])
        cell_text(cells[3], c[7])
        cell_text(cells[4], c[8], bold=True)
        cell_text(cells[5], c[9])
        exp(fil, namnd, c[2], c[10], c[11])
    widths(t2, [0.8, 4.8, 6.0, 1.6, 1.7, 3.0])
    footnote_legend(doc, BED_LEGEND)

    doc.add_heading("4 Kommentarer", level=1)
    doc.add_paragraph(
        "Kontrollen av fakturering av barnomsorgsavgifter flyttas till hösten. Resultatet av "
        "kontrollen av e-handel redovisas i bilaga 2. Förvaltningen bedömer att den interna "
        "kontrollen i huvudsak är tillräcklig.")
    doc.add_paragraph("Maria Olofsson, kvalitetsstrateg")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, one small label/value table per control
# ---------------------------------------------------------------------------

def build_sn():
    fil = "SN_uppfoljning_IKP_delar2025.docx"
    namnd = "Socialnämnden"
    doc = base_document("Socialnämnden\t\tUppföljning IKP 2025, delår",
                        "Socialförvaltningen", KOMMUN)
    doc.core_properties.title = "Uppföljning internkontrollplan 2025"
    doc.core_properties.author = "Sofia Andersson"
    cover_page(doc, "Uppföljning internkontrollplan 2025",
               "Delår 1 januari – 31 augusti 2025",
               meta=[("Dnr", "SN 2025/61"), ("Datum", "2025-09-09"),
                     ("Upprättad av", "Sofia Andersson, verksamhetsutvecklare"),
                     ("Förvaltning", "Socialförvaltningen")])
    toc(doc, [(1, "1 Inledning", 3), (1, "2 Uppföljning av kontrollmoment", 3),
              (2, "2.1 Ekonomiskt bistånd", 3), (2, "2.2 Barn och unga", 3),
              (2, "2.3 Informationssäkerhet", 4), (2, "2.4 Äldreomsorg och LSS", 4),
              (1, "3 Samlad bedömning", 4)])
    doc.add_heading("1 Inledning", level=1)
    doc.add_paragraph(
        "Socialförvaltningen redovisar här uppföljningen av internkontrollplanen 2025 per den "
        "31 augusti. Varje kontrollmoment redovisas i en egen tabell med bedömning enligt "
        "kommunens gemensamma skala (se not efter sista tabellen).")
    doc.add_heading("2 Uppföljning av kontrollmoment", level=1)

    groups = [
        ("2.1 Ekonomiskt bistånd", [
            ("Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut och riksnorm",
             "Felaktiga utbetalningar", "Stickprov i Treserva, 25 utbetalningar mars–juni",
             "Enhetschef IFO vuxen",
             "Granskningen är genomförd.",
             ["23 utbetalningar korrekta", "2 dubbelutbetalningar om totalt 6 240 kr, återkrav beslutat"],
             "2", "GENOMFORD", "ja"),
        ]),
        ("2.2 Barn och unga", [
            ("Kontroll att utredningstiden i barnavårdsutredningar inte överstiger fyra månader",
             "Utredningar drar ut på tiden", "Uttag av avslutade utredningar, 40 st",
             "Enhetschef IFO barn och unga",
             "20 av planerade 40 utredningar är granskade.",
             ["4 av de granskade utredningarna överskred fyra månader utan beslut om förlängning"],
             "3", "DELVIS", "ja"),
            ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
             "Barn som far illa uppmärksammas inte", "Samtliga orosanmälningar jan–jun",
             "Enhetschef IFO barn och unga",
             "312 anmälningar kontrollerade, samtliga förhandsbedömda inom 14 dagar.",
             None, "1", "GENOMFORD", "nej"),
        ]),
        ("2.3 Informationssäkerhet", [
            ("Loggkontroll i Treserva – stickprov 10 användare per kvartal",
             "Obehörig åtkomst till personuppgifter", "Loggutdrag",
             "Systemförvaltare",
             "Kontrollmomentet utgår enligt beslut SN 2025-05-20 § 47. Loggkontrollen ersätts av "
             "kommunens centrala loggkontroll.",
             None, "Utgår", "UTGAR", "nej"),
        ]),
        ("2.4 Äldreomsorg och LSS", [
            ("Kontroll av att genomförandeplaner finns och är uppdaterade inom hemtjänsten",
             "Insatser utförs inte utifrån den enskildes behov", "Stickprov 20 brukare",
             "Enhetschefer hemtjänst",
             "Ej genomförd. Planeras till november.",
             None, "4", "EJ_GENOMFORD", "nej"),
            ("Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas",
             "Patientsäkerhet", "Genomgång av avvikelser i Lifecare",
             "MAS",
             "Genomförd. Samtliga läkemedelsavvikelser under perioden har rapporterats i "
             "systemet och åtgärdats.",
             None, "", "GENOMFORD", "nej"),
            ("Kontroll av att gynnande LSS-beslut verkställs inom tre månader",
             "Beslut verkställs inte i tid", "Uttag ej verkställda beslut",
             "Enhetschef LSS",
             "Två beslut om bostad med särskild service har inte verkställts inom tre månader.",
             ["Rapporterat till IVO enligt 28 f § LSS"],
             "2 / 3", "OKLAR", "ja"),
            ("Kontroll av avgiftsbeslut inom äldreomsorgen – stickprov 15 beslut",
             "Felaktiga avgifter", "Stickprov 15 avgiftsbeslut",
             "Avgiftshandläggare",
             "15 beslut granskade utan anmärkning.",
             None, "1", "GENOMFORD", "nej"),
        ]),
    ]
    labels = ["Kontrollmoment", "Risk", "Metod", "Ansvarig", "Resultat", "Bedömning¹"]
    for gname, ctrls in groups:
        doc.add_heading(gname, level=2)
        for km, risk, metod, ansv, res, resb, bed, status, avv in ctrls:
            t = doc.add_table(rows=6, cols=2)
            t.style = doc.styles["Table Grid"]
            vals = [km, risk, metod, ansv, None, bed]
            for i, lab in enumerate(labels):
                c0, c1 = t.rows[i].cells
                c0.text = ""
                p = c0.paragraphs[0]
                if lab.endswith("¹"):
                    r = p.add_run(lab[:-1])
                    r.font.bold = True
                    r.font.size = Pt(9)
                    r2 = p.add_run("1")
                    r2.font.superscript = True
                    r2.font.size = Pt(9)
                else:
                    r = p.add_run(lab)
                    r.font.bold = True
                    r.font.size = Pt(9)
                shade(c0, "DDEBF7")
                if i == 4:
                    cell_text(c1, res, bullets=resb)
                else:
                    cell_text(c1, vals[i], bold=(i in (0, 5)))
            widths(t, [3.2, 13.5])
            doc.add_paragraph()
            exp(fil, namnd, km, status, avv)
    footnote_legend(doc, BED_LEGEND)
    doc.add_heading("3 Samlad bedömning", level=1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen är i huvudsak tillräcklig. Brister har "
        "noterats avseende utredningstider och verkställighet av LSS-beslut. Helårsuppföljning "
        "redovisas i februari 2026.")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - docx, header is a table, REVERSED 4..1 scale,
#    the header row repeated literally in the middle of the table
# ---------------------------------------------------------------------------

def build_sbn():
    fil = "SBN delårsuppföljning internkontroll 2025.docx"
    namnd = "Samhällsbyggnadsnämnden"
    doc = base_document(None, "Dokumentmall Rapport, version 2023-04", KOMMUN,
                        header_table=["Strömsunds kommun", "Samhällsbyggnadsnämnden",
                                      "2025-09-12", "Dnr SBN 2025/132"])
    doc.core_properties.title = "Delårsuppföljning internkontroll 2025"
    doc.core_properties.author = "Johan Nilsson"
    cover_page(doc, "Internkontroll 2025",
               "Delårsuppföljning – kontrollmoment per den 31 augusti 2025")
    toc(doc, [(1, "Uppföljning av kontrollmoment", 3), (1, "Analys", 3)])
    doc.add_heading("Uppföljning av kontrollmoment", level=1)
    doc.add_paragraph("Bedömningen görs enligt skalan i fotnoten under tabellen. Observera att "
                      "förvaltningen använder skalan där 4 är högsta bedömning.")
    labels = ["Process", "Kontrollmoment", "Kontrollmetod", "Utfall/kommentar", "Bedömning*"]
    data = [
        ("Fastighetsförvaltning",
         "Kontroll av att lagstadgade besiktningar (hiss, OVK, lekplatser) genomförts enligt plan",
         "Genomgång av besiktningsprotokoll i Incit Xpand",
         "Besiktningar genomförda enligt plan med undantag för:",
         ["OVK för Hoting skola har förfallit", "OVK för Backe förskola har förfallit",
          "Beställning lagd, utförs v. 39"], "3", "GENOMFORD", "ja"),
        (None,
         "Kontroll av att felanmälningar i fastighetssystemet åtgärdas inom angiven tid",
         "Uttag ur Incit Xpand, jan–aug",
         "94 % av felanmälningarna åtgärdade inom angiven tid, vilket är över målnivån 90 %.",
         None, "4", "GENOMFORD", "nej"),
        ("VA och renhållning",
         "Kontroll av att VA-taxa debiteras korrekt för nyanslutna fastigheter",
         "Jämförelse anslutningsbeslut mot debitering i EDP Future",
         "Pågår. 7 av 12 nyanslutningar kontrollerade.",
         None, "2", "DELVIS", "nej"),
        (None,
         "Stickprov av 10 slamtömningar mot debitering",
         "Körlistor från entreprenör mot fakturering",
         "Kontrollen genomförd, inga avvikelser.",
         None, "4", "GENOMFORD", "nej"),
        "REPEAT",
        ("Gata och park",
         "Kontroll av att beställningar av gatuarbeten har attesterats av behörig beställare",
         "Stickprov 15 beställningar",
         "15 beställningar kontrollerade:",
         ["13 korrekt attesterade", "2 attesterade av person utan beställarbehörighet"],
         "3", "GENOMFORD", "ja"),
        (None,
         "Kontroll av att vinterväghållningsentreprenörers fakturor stäms av mot körjournal",
         "Avstämning av fakturor mot körjournaler",
         "Avstämning för januari–mars genomförd.",
         None, "0", "OKLAR", "nej"),
        ("Mark och exploatering",
         "Kontroll av att markupplåtelser och arrendeavtal faktureras",
         "Jämförelse arrenderegister mot kundreskontra",
         "Ej påbörjad, arrenderegistret håller på att uppdateras.",
         None, "1", "EJ_GENOMFORD", "nej"),
        ("Ekonomi",
         "Kontroll att attestförteckningen är aktuell",
         "Genomgång av attestförteckning",
         "Attestförteckningen har uppdaterats och fastställts 2025-03-12, kontrollen är "
         "genomförd utan anmärkning.",
         None, "", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = doc.styles["Table Grid"]
    header_row(t, labels, fill="385623")
    for d in data:
        cells = t.add_row().cells
        if d == "REPEAT":
            # pasted-in continuation from another document: header row repeated as plain row
            for i, lab in enumerate(labels):
                cell_text(cells[i], lab, bold=True)
                shade(cells[i], "385623")
                for r in cells[i].paragraphs[0].runs:
                    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            continue
        proc, km, metod, res, resb, bed, status, avv = d
        cell_text(cells[0], proc or "", bold=True)
        cell_text(cells[1], km)
        cell_text(cells[2], metod)
        cell_text(cells[3], res, bullets=resb)
        cell_text(cells[4], bed, bold=True)
        exp(fil, namnd, km, status, avv)
    widths(t, [2.8, 5.0, 3.4, 5.2, 1.8])
    footnote_legend(doc, "Bedömning: 4 = Genomförd utan avvikelse, 3 = Genomförd med avvikelse, "
                         "2 = Delvis genomförd/pågår, 1 = Ej påbörjad.", marker="*")
    doc.add_heading("Analys", level=1)
    doc.add_paragraph(
        "De flesta kontrollerna är genomförda. Förfallna OVK-besiktningar och brister i "
        "beställarbehörighet åtgärdas under hösten. Kontrollen av arrenden genomförs när "
        "registret är uppdaterat.")
    doc.add_paragraph("Johan Nilsson, förvaltningsekonom")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Arbetsmarknads- och integrationsnämnden - last year's helår report (2024)
# ---------------------------------------------------------------------------

def build_amin():
    fil = "AMIN uppföljning internkontroll helår 2024.docx"
    namnd = "Arbetsmarknads- och integrationsnämnden"
    doc = base_document("Strömsunds kommun\tArbetsmarknads- och integrationsnämnden\tDnr AMIN 2024/19",
                        "Uppföljning av internkontrollplan 2024 – helår", KOMMUN)
    doc.core_properties.title = "Uppföljning av internkontrollplan 2024 - helår"
    doc.core_properties.author = "Erik Jonsson"
    cover_page(doc, "Uppföljning av internkontrollplan 2024",
               "Helårsuppföljning",
               meta=[("Dokumenttyp", "Rapport"), ("Diarienummer", "AMIN 2024/19"),
                     ("Datum", "2025-01-28"), ("Handläggare", "Erik Jonsson, enhetschef")])
    toc(doc, [(1, "1 Uppföljning 2024", 3), (1, "2 Slutsatser", 3)])
    doc.add_heading("1 Uppföljning 2024", level=1)
    labels = ["Kontrollmoment", "Resultat helår 2024", "Status"]
    data = [
        ("Kontroll av att beslut om anställningsstöd följer riktlinjer och avtal",
         "12 beslut granskade utan anmärkning.", None, "Genomförd", "GENOMFORD", "nej"),
        ("Stickprov av 10 utbetalningar av lönebidrag till arbetsgivare",
         "Granskning genomförd.", ["1 utbetalning gjordes för en månad där anställningen upphört",
                                   "Återkrav 14 300 kr"],
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Kontroll av närvarorapportering för deltagare i arbetsmarknadsinsatser",
         "Kontroll gjord för Strömsund, återstår för Hammerdal och Gäddede.", None,
         "Delvis", "DELVIS", "nej"),
        ("Kontroll av att etableringsersättning återsökts från Migrationsverket",
         "Inte genomförd, flyttas till plan 2025.", None, "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att handlingsplaner upprättas för samtliga deltagare inom 30 dagar",
         "Stickprov 20 deltagare, samtliga har handlingsplan inom 30 dagar.", None,
         "Genomförd", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = doc.styles["Table Grid"]
    header_row(t, labels)
    for km, res, resb, st, status, avv in data:
        cells = t.add_row().cells
        cell_text(cells[0], km)
        cell_text(cells[1], res, bullets=resb)
        cell_text(cells[2], st)
        exp(fil, namnd, km, status, avv)
    widths(t, [6.5, 7.5, 3.0])
    doc.add_heading("2 Slutsatser", level=1)
    doc.add_paragraph("Den interna kontrollen under 2024 bedöms som tillräcklig. Återsökning av "
                      "etableringsersättning förs över till internkontrollplanen 2025.")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - .odt
# ---------------------------------------------------------------------------

def build_kfn():
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties, MasterPage, PageLayout,
                           PageLayoutProperties, Header, Footer, ListLevelProperties,
                           TabStops, TabStop, HeaderStyle, HeaderFooterProperties)
    from odf.text import (P, H, List, ListItem, ListStyle, ListLevelStyleBullet, TableOfContent,
                          TableOfContentSource, IndexBody, IndexTitle, IndexTitleTemplate,
                          TableOfContentEntryTemplate, IndexEntryText, IndexEntryPageNumber,
                          IndexEntryTabStop, IndexEntryChapter, Span, PageNumber, PageCount)
    from odf.table import (Table, TableColumn, TableRow, TableCell, TableHeaderRows,
                           CoveredTableCell)

    fil = "KFN_Uppföljning_internkontroll_2025-08-31.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()

    # --- styles
    pl = PageLayout(name="A4")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                       marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
    hs = HeaderStyle()
    hs.addElement(HeaderFooterProperties(minheight="0.8cm", marginbottom="0.4cm"))
    pl.addElement(hs)
    doc.automaticstyles.addElement(pl)

    std = Style(name="Standard", family="paragraph")
    std.addElement(TextProperties(fontsize="10pt", fontname="Liberation Sans"))
    doc.styles.addElement(std)
    title = Style(name="Title", family="paragraph", parentstylename="Standard")
    title.addElement(TextProperties(fontsize="24pt", fontweight="bold"))
    title.addElement(ParagraphProperties(margintop="6cm", marginbottom="0.4cm"))
    doc.styles.addElement(title)
    sub = Style(name="Subtitle", family="paragraph", parentstylename="Standard")
    sub.addElement(TextProperties(fontsize="14pt"))
    doc.styles.addElement(sub)
    h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph",
               parentstylename="Standard", defaultoutlinelevel="1")
    h1.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#003a6e"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    hdrst = Style(name="Header", family="paragraph", parentstylename="Standard")
    hdrst.addElement(TextProperties(fontsize="8pt"))
    doc.styles.addElement(hdrst)
    tocst = Style(name="Contents_20_1", displayname="Contents 1", family="paragraph",
                  parentstylename="Standard")
    pp = ParagraphProperties()
    ts = TabStops()
    ts.addElement(TabStop(position="17cm", type="right", leaderstyle="dotted", leadertext="."))
    pp.addElement(ts)
    tocst.addElement(pp)
    doc.styles.addElement(tocst)
    tochead = Style(name="Contents_20_Heading", displayname="Contents Heading", family="paragraph",
                    parentstylename="Standard")
    tochead.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.styles.addElement(tochead)
    note = Style(name="Tabellnot", family="paragraph", parentstylename="Standard")
    note.addElement(TextProperties(fontsize="8pt", fontstyle="italic"))
    doc.styles.addElement(note)

    brk = Style(name="PBreak", family="paragraph", parentstylename="Standard")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(brk)
    brkh = Style(name="PBreakH1", family="paragraph", parentstylename="Heading_20_1")
    brkh.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(brkh)
    cellp = Style(name="CellP", family="paragraph", parentstylename="Standard")
    cellp.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(cellp)
    cellb = Style(name="CellB", family="paragraph", parentstylename="Standard")
    cellb.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(cellb)
    cellw = Style(name="CellW", family="paragraph", parentstylename="Standard")
    cellw.addElement(TextProperties(fontsize="9pt", fontweight="bold", color="#ffffff"))
    doc.automaticstyles.addElement(cellw)

    bl = ListStyle(name="Punktlista")
    lvl = ListLevelStyleBullet(level=1, bulletchar="•")
    lvl.addElement(ListLevelProperties(spacebefore="0.2cm", minlabelwidth="0.4cm"))
    bl.addElement(lvl)
    doc.automaticstyles.addElement(bl)

    tstyle = Style(name="Tbl", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    colw = [("TblA", "5.5cm"), ("TblB", "2.4cm"), ("TblC", "2.6cm"), ("TblD", "6.5cm")]
    for n, w in colw:
        s = Style(name=n, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
    c_head = Style(name="CHead", family="table-cell")
    c_head.addElement(TableCellProperties(backgroundcolor="#1f4e79", border="0.5pt solid #000000",
                                          padding="0.08cm"))
    doc.automaticstyles.addElement(c_head)
    c_grp = Style(name="CGrp", family="table-cell")
    c_grp.addElement(TableCellProperties(backgroundcolor="#dde8f3", border="0.5pt solid #000000",
                                         padding="0.08cm"))
    doc.automaticstyles.addElement(c_grp)
    c_norm = Style(name="CNorm", family="table-cell")
    c_norm.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(c_norm)

    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hp = P(stylename=hdrst, text="Kultur- och fritidsnämnden – uppföljning internkontroll 2025")
    hd.addElement(hp)
    mp.addElement(hd)
    ft = Footer()
    fp = P(stylename=hdrst, text="Strömsunds kommun   Sida ")
    fp.addElement(PageNumber(selectpage="current", text="1"))
    fp.addText(" (")
    fp.addElement(PageCount(text="4"))
    fp.addText(")")
    ft.addElement(fp)
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    # --- cover
    doc.text.addElement(P(stylename=title, text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(stylename=sub, text="Delår – per den 31 augusti 2025"))
    doc.text.addElement(P(stylename=std, text="Dnr KFN 2025/37"))
    doc.text.addElement(P(stylename=std, text="Upprättad 2025-09-10 av Anna Persson, "
                                              "administrativ chef"))

    # --- TOC (cached)
    tocel = TableOfContent(name="Innehållsförteckning1", protected="true")
    src = TableOfContentSource(outlinelevel="2")
    itt = IndexTitleTemplate(stylename=tochead)
    itt.addText("Innehåll")
    src.addElement(itt)
    for lv in (1, 2):
        tpl = TableOfContentEntryTemplate(outlinelevel=str(lv), stylename=tocst)
        tpl.addElement(IndexEntryChapter())
        tpl.addElement(IndexEntryText())
        tpl.addElement(IndexEntryTabStop(type="right", leaderchar="."))
        tpl.addElement(IndexEntryPageNumber())
        src.addElement(tpl)
    tocel.addElement(src)
    body = IndexBody()
    it = IndexTitle(name="Innehållsförteckning1_Head")
    it.addElement(P(stylename=brk, text="Innehåll"))
    body.addElement(it)
    for txt, pg in (("1 Inledning", 3), ("2 Uppföljning per kontrollmoment", 3),
                    ("3 Sammanfattande bedömning", 3)):
        body.addElement(P(stylename=tocst, text="%s\t%d" % (txt, pg)))
    tocel.addElement(body)
    doc.text.addElement(tocel)

    doc.text.addElement(H(outlinelevel=1, stylename=brkh, text="1 Inledning"))
    doc.text.addElement(P(stylename=std, text=(
        "Förvaltningen har följt upp de kontrollmoment som ingår i internkontrollplanen för 2025. "
        "Uppföljningen avser perioden januari–augusti. Status anges som Genomförd, Genomförd med "
        "anmärkning, Pågår, Ej påbörjad eller Utgår.")))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="2 Uppföljning per kontrollmoment"))

    groups = [
        ("Bidrag och föreningsstöd", [
            ("Kontroll av att utbetalda föreningsbidrag har beslut och redovisning enligt bidragsreglerna",
             "Bidragshandläggare", "Genomförd med anmärkning",
             ["32 utbetalningar granskade",
              "2 föreningar saknade verksamhetsberättelse för 2024",
              "Utbetalning av höstens bidrag till dessa är stoppad tills redovisning kommit in"],
             "GENOMFORD", "ja"),
            ("Stickprov av 5 utbetalda arrangemangsbidrag mot inlämnad slutredovisning",
             "Bidragshandläggare", "Pågår",
             ["3 av 5 granskade, inga avvikelser hittills"], "DELVIS", "nej"),
        ]),
        ("Anläggningar och uthyrning", [
            ("Kontroll av att uthyrning av idrottshallar faktureras enligt bokningssystemet (Interbook Go)",
             "Fritidskonsulent", "Genomförd",
             ["Bokningar jan–jun jämförda mot fakturering", "Inga avvikelser"],
             "GENOMFORD", "nej"),
            ("Kontroll av att kassahanteringen i simhallen i Strömsund stäms av dagligen",
             "Badmästare", "Ej påbörjad",
             ["Simhallen var stängd för renovering maj–augusti", "Kontroll görs under hösten"],
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Bibliotek och kulturskola", [
            ("Kontroll av att avgifter för kulturskolan debiteras samtliga inskrivna elever",
             "Kulturskolechef", "Se kommentar", [], "OKLAR", "nej"),
            ("Inventering av bibliotekets utlånade läsplattor och bärbara datorer",
             "Bibliotekschef", "Utgår",
             ["Utrustningen har avvecklats, beslut KFN 2025-03-18 § 22"], "UTGAR", "nej"),
            ("Kontroll av att barn- och ungdomsverksamhet har rutin för registerkontroll av ledare",
             "Fritidskonsulent", "",
             ["Kontrollen har inte genomförts under perioden."], "EJ_GENOMFORD", "nej"),
        ]),
    ]
    tbl = Table(name="Uppfoljning", stylename=tstyle)
    for n, _ in colw:
        tbl.addElement(TableColumn(stylename=n))
    thr = TableHeaderRows()
    tr = TableRow()
    for lab in ("Kontrollmoment", "Ansvarig", "Status", "Kommentar"):
        tc = TableCell(stylename=c_head, valuetype="string")
        tc.addElement(P(stylename=cellw, text=lab))
        tr.addElement(tc)
    thr.addElement(tr)
    tbl.addElement(thr)
    for gname, ctrls in groups:
        tr = TableRow()
        tc = TableCell(stylename=c_grp, numbercolumnsspanned="4", valuetype="string")
        tc.addElement(P(stylename=cellb, text="Process: " + gname))
        tr.addElement(tc)
        for _ in range(3):
            tr.addElement(CoveredTableCell())
        tbl.addElement(tr)
        for km, ansv, st, comments, status, avv in ctrls:
            tr = TableRow()
            for txt, bold in ((km, False), (ansv, False), (st, True)):
                tc = TableCell(stylename=c_norm, valuetype="string")
                tc.addElement(P(stylename=cellb if bold else cellp, text=txt))
                tr.addElement(tc)
            tc = TableCell(stylename=c_norm, valuetype="string")
            if comments:
                lst = List(stylename=bl)
                for cm in comments:
                    li = ListItem()
                    li.addElement(P(stylename=cellp, text=cm))
                    lst.addElement(li)
                tc.addElement(lst)
            else:
                tc.addElement(P(stylename=cellp))
            tr.addElement(tc)
            tbl.addElement(tr)
            exp(fil, namnd, km, status, avv)
    doc.text.addElement(tbl)
    doc.text.addElement(P(stylename=note, text=(
        "Statusbegreppen följer kommunens anvisning för uppföljning av intern kontroll. "
        "Utgår = kontrollmomentet har strukits genom beslut i nämnden.")))

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="3 Sammanfattande bedömning"))
    doc.text.addElement(P(stylename=std, text=(
        "Tre av sju kontrollmoment är genomförda eller påbörjade. Kassakontrollen i simhallen och "
        "kontrollen av registerkontroll av ledare genomförs under hösten.")))
    doc.text.addElement(P(stylename=std, text="Anna Persson, administrativ chef"))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Servicenämnden - xlsx, traffic light fills per tertial T1|T2|T3
# ---------------------------------------------------------------------------

def build_sen():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fil = "Servicenämnden IKP 2025 T2.xlsx"
    namnd = "Servicenämnden"
    G = PatternFill("solid", fgColor="00B050")
    Y = PatternFill("solid", fgColor="FFFF00")
    R = PatternFill("solid", fgColor="FF0000")
    GR = PatternFill("solid", fgColor="A6A6A6")
    HEAD = PatternFill("solid", fgColor="1F4E79")
    GRP = PatternFill("solid", fgColor="D9E1F2")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Servicenämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – tertial 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Upprättad av: Karin Mattsson, controller Serviceförvaltningen    Datum: 2025-09-08"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    groups = [
        ("KOST", "Måltidsverksamhet", [
            ("1.1", "Kontroll av att livsmedelsinköp görs från upphandlade leverantörer (stickprov 20 fakturor)",
             "Kostchef", "Tertial", (G, None), (G, None), None, "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("1.2", "Egenkontroll av temperaturloggar i tillagningskök (Hammerdal, Hoting, Gäddede)",
             "Kökschefer", "Månadsvis", (Y, None), (G, None), None,
             "Loggar saknades för v. 14–15 i Hoting (T1). Rutinen är förtydligad.",
             "GENOMFORD", "ja"),
            ("1.3", "Kontroll av att specialkoster dokumenteras och uppdateras vid terminsstart",
             "Kostchef", "2 ggr/år", None, (Y, "Pågår"), None,
             "Uppdatering inför ht pågår.", "DELVIS", "nej"),
        ]),
        ("STÄD OCH LOKALVÅRD", "Lokalvård", [
            ("2.1", "Kvalitetsuppföljning av lokalvård enligt INSTA 800 – stickprov 10 objekt",
             "Städsamordnare", "Tertial", (R, None), (R, None), None,
             "Ej genomförd pga vakant tjänst som städsamordnare.", "EJ_GENOMFORD", "nej"),
            ("2.2", "Kontroll av beställningar av förbrukningsmaterial mot avtal",
             "Städsamordnare", "1 gång/år", (G, None), None, None,
             "Årlig kontroll, genomförd i april.", "GENOMFORD", "nej"),
        ]),
        ("FORDON OCH TRANSPORT", "Fordonsförvaltning", [
            ("3.1", "Kontroll av körjournaler för kommunens leasingbilar – stickprov 10 bilar",
             "Fordonssamordnare", "1 gång/år", None, (G, None), None,
             "3 körjournaler ofullständigt ifyllda, återkoppling till berörda förvaltningar.",
             "GENOMFORD", "ja"),
            ("3.2", "Kontroll av drivmedelskort – transaktioner mot fordon och förare",
             "Fordonssamordnare", "Tertial", (GR, None), (GR, None), None,
             "Drivmedelskorten har ersatts av ny tankningslösning.", "UTGAR", "nej"),
        ]),
        ("IT OCH TELEFONI", "IT-drift", [
            ("4.1", "Kontroll av att avslutade anställda tas bort ur AD inom 5 arbetsdagar",
             "IT-chef", "Tertial", (Y, None), None, None,
             "Klart i juni, inga avvikelser.", "DELVIS", "nej"),
            ("4.2", "Inventering av mobiltelefoner och surfplattor mot abonnemangslista",
             "IT-samordnare", "1 gång/år", None, None, None, "", "SAKNAS", "nej"),
            ("4.3", "Kontroll av licenser för Microsoft 365 mot aktiva användarkonton",
             "IT-chef", "Tertial", None, (None, "?"), None,
             "Osäkert om kontrollen även ska omfatta skolornas licenser.", "OKLAR", "nej"),
        ]),
    ]
    r = 6
    for gtitle, proc, ctrls in groups:
        ws.cell(row=r, column=1, value=gtitle).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = GRP
            ws.cell(row=r, column=col).border = border
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for nr, km, ansv, frek, t1, t2, t3, kom, status, avv in ctrls:
            vals = [nr, proc if r == first else None, km, ansv, frek, None, None, None, kom]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = border
                c.alignment = Alignment(vertical="top", wrap_text=True)
            for col, tv in zip((6, 7, 8), (t1, t2, t3)):
                if tv:
                    fill, txt = tv
                    c = ws.cell(row=r, column=col)
                    if fill is not None:
                        c.fill = fill
                    if txt:
                        c.value = txt
                        c.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, km, status, avv)
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring").font = Font(bold=True)
    r += 1
    for fill, txt in ((G, "Genomförd"), (Y, "Pågår / delvis genomförd"), (R, "Ej genomförd"),
                      (GR, "Utgår")):
        ws.cell(row=r, column=2).fill = fill
        ws.cell(row=r, column=2).border = border
        ws.cell(row=r, column=3, value=txt)
        r += 1
    for col, w in zip("ABCDEFGHI", (5, 18, 55, 16, 11, 6, 6, 6, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnämnden + Överförmyndarnämnden - Stratsys-like export, .xls
# ---------------------------------------------------------------------------

def build_export():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    fil = "Export_internkontroll_SBF_20250910.xls"
    rows = []
    # org, process, km, [(period, status, avvikelse, kommentar, user)], expected status, avv
    data = [
        ("Miljö- och byggnämnden", "Bygglov",
         "Kontroll av att beslut om bygglov fattas inom lagstadgad handläggningstid",
         [("2025 T1", "Påbörjad", "", "Uttag för jan–apr gjort.", "joni01"),
          ("2025 T2", "Genomförd", "Ja", "4 av 62 ärenden överskred 10 veckor, avgiften reducerad "
           "enligt PBL 12 kap 8 a §.", "joni01")], "GENOMFORD", "ja"),
        ("Miljö- och byggnämnden", "Livsmedelskontroll",
         "Kontroll av att planerade livsmedelskontroller genomförs enligt kontrollplan",
         [("2025 T1", "Pågår", "", "", "malu02"),
          ("2025 T2", "Pågår", "Nej", "62 % av planerade kontroller utförda per 31/8.", "malu02")],
         "DELVIS", "nej"),
        ("Miljö- och byggnämnden", "Miljötillsyn",
         "Stickprov av 10 avgiftsbeslut i miljötillsyn mot gällande taxa",
         [("2025 T1", "", "", "", ""),
          ("2025 T2", "Ej påbörjad", "", "Planeras till oktober.", "malu02")],
         "EJ_GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Nämndadministration",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         [("2025 T1", "Genomförd", "Nej", "Samtliga beslut anmälda.", "kaha01"),
          ("2025 T2", "", "", "", "")], "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Miljötillsyn",
         "Kontroll av att tillsynsbesök dokumenteras i Ecos inom två veckor",
         [("2025 T1", "", "", "", ""), ("2025 T2", "", "", "", "")], "SAKNAS", "nej"),
        ("Miljö- och byggnämnden", "Strandskydd",
         "Kontroll av att beslut om strandskyddsdispens skickas till Länsstyrelsen",
         [("2025 T1", "", "", "", ""),
          ("2025 T2", "Utgår", "", "Utgår enligt beslut MBN 2025-06-11 § 61.", "kaha01")],
         "UTGAR", "nej"),
        ("Överförmyndarnämnden", "Granskning",
         "Granskning av årsräkningar – stickprov 10 % mot underlag",
         [("2025 T1", "Pågår", "", "", "lisv01"),
          ("2025 T2", "Genomförd", "Ja", "3 årsräkningar med ej redovisade uttag, "
           "återremitterade till ställföreträdare.", "lisv01")], "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", "Ställföreträdare",
         "Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         [("2025 T1", "", "", "", ""),
          ("2025 T2", "Delvis genomförd", "Nej", "Utdrag inhämtade för 41 av 58.", "lisv01")],
         "DELVIS", "nej"),
        ("Överförmyndarnämnden", "Arvoden",
         "Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer",
         [("2024 T3", "Genomförd", "Nej", "Stickprov 12 arvodesbeslut utan anmärkning.", "lisv01"),
          ("2025 T1", "", "", "", ""), ("2025 T2", "", "", "", "")], "SAKNAS", "nej"),
        ("Överförmyndarnämnden", "Akthantering",
         "Kontroll av att akter hålls uppdaterade i Wärna",
         [("2025 T1", "Ej påbörjad", "", "", "lisv01"),
          ("2025 T2", "Avbruten", "", "", "lisv01")], "EJ_GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Rapport: Internkontroll – kontrollmoment per period"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Uttag 2025-09-10 14:32  Urval: Samhällsbyggnadsförvaltningen, 2024–2025"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse",
           "Kommentar", "Senast ändrad av"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    r = 5
    for org, proc, km, periods, status, avv in data:
        for per, st, av, kom, usr in periods:
            for col, v in enumerate([org, proc, km, per, st, av, kom, usr], 1):
                ws.cell(row=r, column=col, value=v if v != "" else None)
            r += 1
        exp(fil, org, km, status, avv)
    for col, w in zip("ABCDEFGH", (26, 20, 60, 9, 16, 9, 60, 14)):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r53_")
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    prof = "file://" + os.path.join(tmp, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "xls",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, fil), os.path.join(HERE, fil))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 9. Word owner/lock file left next to the SN report
# ---------------------------------------------------------------------------

def build_lockfile(sn_fil):
    fil = "~$" + sn_fil[2:]
    user = "Sofia Andersson"
    b = bytearray(162)
    b[0] = len(user)
    b[1:1 + len(user)] = user.encode("cp1252")
    u = user.encode("utf-16-le")
    b[54] = len(user)
    b[56:56 + len(u)] = u
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(bytes(b))
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Servicenämnden", "SEN|Serviceförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Arbetsmarknads- och integrationsnämnden", "AMIN|Arbetsmarknadsnämnden|Arbete och integration"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")


def clean():
    keep = {"make_round.py", "README.md"}
    for n in os.listdir(HERE):
        if n in keep or n.startswith("."):
            continue
        p = os.path.join(HERE, n)
        if os.path.isfile(p):
            os.remove(p)


if __name__ == "__main__":
    clean()
    build_ks()
    build_bun()
    sn = build_sn()
    build_kfn()
    build_sbn()
    build_sen()
    build_export()
    build_amin()
    build_lockfile(sn)
    write_csvs()
    print("files:", len(set(f[0] for f in FILES)), "files.csv rows:", len(FILES),
          "controls:", len(EXPECTED))
